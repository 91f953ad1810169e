package com.pilotstatus.embed.browser.chat;

import com.pilotstatus.embed.browser.dom.Browser;
import com.pilotstatus.embed.protocol.Envelope;
import com.pilotstatus.embed.protocol.Message;
import org.teavm.jso.JSObject;

/**
 * What the chat iframe tells the host page: every message goes to {@code window.parent} at the validated
 * {@code parentOrigin} only. Unread counts and heights are sent when they change, not on every answer.
 */
final class ParentChannel {

  private final String origin;
  private final JSObject window;
  private int lastUnread = -1;
  private int lastHeight = -1;

  ParentChannel(String origin, JSObject window) {
    this.origin = origin;
    this.window = window;
  }

  /** The parent's origin, as validated from {@code ?parentOrigin=}. */
  String origin() {
    return origin;
  }

  /** True when {@code source} is the parent window (strict identity). */
  boolean isParent(JSObject source) {
    return Browser.isSame(source, window);
  }

  void post(Message message) {
    Browser.post(window, message, origin);
  }

  /** A new session: the next unread count is reported even when it equals the last one. */
  void forgetUnread() {
    lastUnread = -1;
  }

  /** Reports the count of an {@code X-PS-Unread-Count} header (or a live event) when it changed. */
  void reportUnread(String header) {
    if (header == null || header.isEmpty()) {
      return;
    }
    reportUnread(parseCount(header));
  }

  /** Reports {@code count} when it changed (a negative count is no count). */
  void reportUnread(int count) {
    if (count >= 0 && count != lastUnread) {
      lastUnread = count;
      post(Envelope.unreadCount(count));
    }
  }

  void reportHeight(int height) {
    if (height != lastHeight && height >= 0) {
      lastHeight = height;
      post(Envelope.resize(height));
    }
  }

  /** The unread count of a header: up to 9 digits (the protocol's bound is 10^9), else -1. */
  private static int parseCount(String s) {
    if (s.length() > 9) {
      return -1;
    }
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }
}
