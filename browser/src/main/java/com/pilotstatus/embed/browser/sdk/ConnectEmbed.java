package com.pilotstatus.embed.browser.sdk;

import com.pilotstatus.embed.browser.dom.Dom;
import com.pilotstatus.embed.browser.dom.Js;
import com.pilotstatus.embed.protocol.EmbedErrorCode;
import com.pilotstatus.embed.protocol.Envelope;
import com.pilotstatus.embed.protocol.HostCallbacks;
import com.pilotstatus.embed.protocol.Message;
import com.pilotstatus.embed.protocol.MessageType;
import com.pilotstatus.embed.protocol.Surface;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/**
 * One connect (number pairing) iframe: {@code PilotStatus.connect.open(options)} in a modal, or
 * {@code PilotStatus.connect.mount(target, options)} inline.
 *
 * <p>Requirements (seed 001): the pairing token is in the iframe URL ({@code /connect/{token}}), there is no
 * {@code init}; the SDK only listens ({@link FrameEmbed} says which messages count) and turns {@code connect:paired},
 * {@code connect:error} and {@code connect:expired} into {@code onPaired}, {@code onError(PAIRING_FAILED)} and
 * {@code onExpired}, and its {@code ready} (posted once the page rendered a token it accepted) into {@code onReady};
 * {@code connect:escape} (Esc pressed inside the iframe) closes a modal as Esc on the page does. The handle's
 * {@code update} (issue 17 §3) sends {@code set-theme}, {@code set-locale}, {@code set-appearance} once the page said
 * {@code ready}; the page applies them by loading itself again with that query.
 * The sandbox adds {@code allow-popups-to-escape-sandbox} for Meta's Embedded Signup popup.
 */
final class ConnectEmbed extends FrameEmbed {

  static final String SANDBOX =
      "allow-scripts allow-same-origin allow-forms allow-popups allow-popups-to-escape-sandbox";

  private static final int ON_USER_CLOSE = FIRST_SURFACE_OP;

  private JSObject closeModal;
  private boolean announced;
  /** The iframe said {@code ready}: it takes settings now. */
  private boolean frameReady;
  /** {@code update} changed a setting before {@code ready}: the iframe gets them all then. */
  private boolean settingsWaiting;

  /** {@code {origin}/connect/{token}?parentOrigin=…[&locale=…][&theme=…][&colorPrimary=……]} (seed 001). */
  private ConnectEmbed(String origin, JSObject options, String token, String appearance) {
    super(Surface.CONNECT, origin, Js.concat("/connect/", Js.encodeUriComponent(token)), "baseUrl", options,
        appearance, SANDBOX, "Pilot Status connect");
  }

  /** {@code connect.open}: a centred modal. The handle (update, setTheme, setLocale, destroy), or a failure. */
  static JSObject open(JSObject options) {
    JSObject failure = check(options);
    if (failure != null) {
      return failure;
    }
    ConnectEmbed embed = create(options);
    embed.listen();
    embed.closeModal = ConnectModal.open(embed.frame, embed.port, ON_USER_CLOSE);
    embed.loaderStarted();
    return handle(embed.port);
  }

  /** {@code connect.mount}: inline in {@code target}. The handle, as for {@link #open}, or a failure. */
  static JSObject mount(JSObject target, JSObject options) {
    JSObject element = Dom.findElement(target);
    if (element == null) {
      return SdkErrors.failure(EmbedErrorCode.MOUNT_TARGET_NOT_FOUND, Js.concat("connect.mount: ", noElement(target)));
    }
    JSObject failure = check(options);
    if (failure != null) {
      return failure;
    }
    ConnectEmbed embed = create(options);
    embed.listen();
    Dom.append(element, embed.frame);
    embed.loaderStarted();
    return handle(embed.port);
  }

  private static JSObject check(JSObject options) {
    if (clip(Js.string(options, "token"), Integer.MAX_VALUE) == null) {
      return SdkErrors.failure(EmbedErrorCode.INVALID_OPTIONS, "connect needs the pairing token (string) in options.token");
    }
    String baseUrl = Js.string(options, "baseUrl");
    if (baseUrl != null && SdkSettings.originOf(baseUrl) == null) {
      return SdkErrors.failure(EmbedErrorCode.INVALID_OPTIONS,
          Js.concat("connect: baseUrl ", baseUrl, " is not an origin such as https://connect.example.com"));
    }
    return null;
  }

  private static ConnectEmbed create(JSObject options) {
    String baseUrl = Js.string(options, "baseUrl");
    String origin = baseUrl == null ? SdkSettings.connectOrigin : SdkSettings.originOf(baseUrl);
    return new ConnectEmbed(origin, options, Js.string(options, "token"), AppearanceOption.encode(options, "connect"));
  }

  @Override
  JSObject dispatch(int op, JSObject a, JSObject b) {
    if (op != ON_USER_CLOSE) {
      return super.dispatch(op, a, b);
    }
    closedByUser(); // close button or Esc on the page
    return null;
  }

  /** The user closed the modal: it goes (focus back, scroll unlocked; a no-op for a modal that already went). */
  private void closedByUser() {
    destroy();
    callback(HostCallbacks.ON_CLOSE, null);
  }

  @Override
  void receive(Message message) {
    MessageType type = message.type();
    if (type == MessageType.READY) {
      onReady();
    } else if (type == MessageType.CONNECT_PAIRED) {
      callback(HostCallbacks.ON_PAIRED, paired(message.string("numberId"), message.string("redirectUrl")));
    } else if (type == MessageType.CONNECT_ERROR) {
      report(EmbedErrorCode.PAIRING_FAILED, message.string("message"));
    } else if (type == MessageType.CONNECT_EXPIRED) {
      callback(HostCallbacks.ON_EXPIRED, null);
    } else if (type == MessageType.CONNECT_ESCAPE && closeModal != null) {
      closedByUser(); // Esc inside the iframe, which the page never sees
    }
  }

  /**
   * The page rendered a token it accepted (else it says error/expired): {@code onReady} the first time. The page says
   * {@code ready} again after it reloaded for an {@code update}, which then already holds the settings.
   */
  private void onReady() {
    frameReady = true;
    if (settingsWaiting) {
      settingsWaiting = false;
      send(Envelope.setTheme(theme)); // no theme or locale: nothing is sent (the encoder refuses null)
      send(Envelope.setLocale(locale));
      send(Envelope.setAppearance(appearance));
    }
    if (!announced) {
      announced = true;
      callback(HostCallbacks.ON_READY, null);
    }
  }

  /** Sent at once when the iframe said {@code ready}; before that, all settings go when it does. */
  @Override
  void settingChanged(Message message) {
    if (frameReady) {
      send(message);
    } else {
      settingsWaiting = true;
    }
  }

  @Override
  void destroy() {
    if (closeModal != null) {
      Js.run(closeModal);
      closeModal = null;
      ConnectModal.release();
    }
    super.destroy();
  }

  @JSBody(params = {"numberId", "redirectUrl"}, script = "var ps_d = {};"
      + " if (numberId !== null) ps_d.numberId = numberId; if (redirectUrl !== null) ps_d.redirectUrl = redirectUrl;"
      + " return ps_d;")
  private static native JSObject paired(String numberId, String redirectUrl);

}
