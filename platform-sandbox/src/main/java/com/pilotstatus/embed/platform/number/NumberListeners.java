package com.pilotstatus.embed.platform.number;

import java.util.concurrent.CopyOnWriteArrayList;

/** Fans number events out to every registered listener, in registration order. */
public final class NumberListeners implements NumberListener {

  private final CopyOnWriteArrayList<NumberListener> listeners = new CopyOnWriteArrayList<>();

  public NumberListeners add(NumberListener listener) {
    listeners.add(listener);
    return this;
  }

  @Override
  public void created(WhatsappNumber number) {
    listeners.forEach(l -> l.created(number));
  }

  @Override
  public void stateChanged(WhatsappNumber number) {
    listeners.forEach(l -> l.stateChanged(number));
  }

  @Override
  public void connected(WhatsappNumber number) {
    listeners.forEach(l -> l.connected(number));
  }

  @Override
  public void removed(WhatsappNumber number) {
    listeners.forEach(l -> l.removed(number));
  }
}
