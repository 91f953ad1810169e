package com.pilotstatus.embed.browser.sdk;

import com.pilotstatus.embed.browser.dom.Browser;
import com.pilotstatus.embed.browser.dom.Dom;
import com.pilotstatus.embed.browser.dom.Js;
import com.pilotstatus.embed.protocol.EmbedErrorCode;
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
 * {@code connect:escape} (Esc pressed inside the iframe) closes a modal as Esc on the page does.
 * The sandbox adds {@code allow-popups-to-escape-sandbox} for Meta's Embedded Signup popup.
 */
final class ConnectEmbed extends FrameEmbed {

  static final String SANDBOX =
      "allow-scripts allow-same-origin allow-forms allow-popups allow-popups-to-escape-sandbox";

  private static final int ON_USER_CLOSE = FIRST_SURFACE_OP;

  private JSObject closeModal;

  private ConnectEmbed(String origin, JSObject options, String token) {
    super(Surface.CONNECT, origin, "baseUrl", options, src(origin, token, options), SANDBOX, "Pilot Status connect");
  }

  /**
   * {@code {origin}/connect/{token}?parentOrigin=…[&locale=…][&theme=…]} (seed 001), then the appearance
   * variables ({@code &colorPrimary=…}; {@link AppearanceOption} throws for a wrong one before the embed exists,
   * and connect-app checks each again and ignores what fails).
   */
  private static String src(String origin, String token, JSObject options) {
    String path = Js.concat(origin, "/connect/", Js.encodeUriComponent(token));
    String query = Js.concat("?parentOrigin=", Js.encodeUriComponent(Browser.locationOrigin()));
    String extras = Js.concat(param("&locale=", clip(Js.string(options, "locale"), MessageType.MAX_LOCALE)),
        param("&theme=", clip(Js.string(options, "theme"), MessageType.MAX_THEME)));
    return Js.concat(path, query, Js.concat(extras, AppearanceOption.encode(options, "connect")));
  }

  /** {@code connect.open}: a centred modal. The handle {@code {destroy}}, or an {@link SdkErrors#failure}. */
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

  /** {@code connect.mount}: inline in {@code target}. The handle {@code {destroy}}, or an {@link SdkErrors#failure}. */
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
    return new ConnectEmbed(origin, options, Js.string(options, "token"));
  }

  /** {@code "&name=value"} (the prefix carries {@code &} and {@code =}), or nothing when there is no value. */
  private static String param(String prefix, String value) {
    return value == null ? "" : Js.concat(prefix, Js.encodeUriComponent(value));
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
      callback(HostCallbacks.ON_READY, null); // the page rendered a token it accepted (else it says error/expired)
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

  @JSBody(params = "port", script = "return { destroy: function () { port(" + DESTROY + ", null, null); } };")
  private static native JSObject handle(Js.Port port);
}
