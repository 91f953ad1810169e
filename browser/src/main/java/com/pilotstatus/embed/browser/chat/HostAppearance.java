package com.pilotstatus.embed.browser.chat;

import com.pilotstatus.embed.appearance.Appearance;
import com.pilotstatus.embed.branding.Contrast;
import com.pilotstatus.embed.browser.dom.Dom;
import com.pilotstatus.embed.browser.dom.Js;
import com.pilotstatus.embed.protocol.Message;

/**
 * The host's appearance variables on the chat iframe: each one, from {@code init} or {@code set-appearance}, becomes
 * CSS custom properties on the root element, over the theme's values in chat.css (host appearance over the defaults;
 * issue 17).
 *
 * <p>Requirements: a posted message is anyone's (the host page may be compromised), so every value passes
 * shared-protocol's {@link Appearance#normalize} again before it reaches a style; one that fails is ignored with a
 * console warning that names it, and the theme's value stays. A message replaces the whole appearance: a variable it
 * leaves out goes back to the theme's value. The primary colour brings its own text colour
 * ({@link Contrast#readableOn}), so button text stays readable on any colour a host picks.
 */
final class HostAppearance {

  private HostAppearance() {
  }

  /** Applies the appearance variables of an {@code init} or {@code set-appearance} message. */
  static void apply(Message message) {
    String encoded = message.string(Appearance.FIELD);
    for (int i = 0; i < Appearance.COUNT; i++) {
      String name = Appearance.name(i);
      String raw = encoded == null ? null : Js.formValue(encoded, name);
      String value = Appearance.normalize(i, raw);
      if (raw != null && value == null) {
        Js.logWarning("appearance.variables." + name + " ignored: " + raw + " is not a valid value");
      }
      Dom.setRootProperty(property(i), value);
      if (i == 0) {
        Dom.setRootProperty("--on-accent", value == null ? null : Contrast.readableOn(value));
      }
    }
  }

  /** chat.css's custom property that variable {@code index} sets. */
  private static String property(int index) {
    switch (index) {
      case 0: return "--accent";
      case 1: return "--bg";
      case 2: return "--text";
      case 3: return "--danger";
      case 4: return "--font";
      case 5: return "--font-size";
      case 6: return "--radius";
      default: return "--space";
    }
  }
}
