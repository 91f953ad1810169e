package com.pilotstatus.embed.browser.sdk;

import com.pilotstatus.embed.browser.dom.Browser;
import com.pilotstatus.embed.browser.dom.Dom;
import com.pilotstatus.embed.browser.dom.Js;
import com.pilotstatus.embed.browser.dom.WindowMessageEvent;
import com.pilotstatus.embed.protocol.Decoded;
import com.pilotstatus.embed.protocol.Direction;
import com.pilotstatus.embed.protocol.Envelope;
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
 * {@code init}; the SDK only listens, and a message counts only if its origin is the connect origin, its source is this
 * iframe's window and its envelope decodes as a connect frame→parent message. The sandbox adds
 * {@code allow-popups-to-escape-sandbox} for Meta's Embedded Signup popup.
 */
final class ConnectEmbed {

  static final String SANDBOX =
      "allow-scripts allow-same-origin allow-forms allow-popups allow-popups-to-escape-sandbox";

  private static final int ON_MESSAGE = 0;
  private static final int ON_USER_CLOSE = 1;
  private static final int DESTROY = 2;

  private final Js.Port port = this::dispatch;
  private final String connectOrigin;
  private final JSObject options;
  private final JSObject frame;
  private JSObject unlisten;
  private JSObject closeModal;
  private boolean destroyed;

  private ConnectEmbed(String connectOrigin, JSObject options, String token) {
    this.connectOrigin = connectOrigin;
    this.options = options;
    String locale = SdkSettings.clip(Js.string(options, "locale"), 35);
    String theme = SdkSettings.clip(Js.string(options, "theme"), 16);
    String src = connectOrigin + "/connect/" + Js.encodeUriComponent(token)
        + "?parentOrigin=" + Js.encodeUriComponent(Browser.locationOrigin())
        + (locale == null ? "" : "&locale=" + Js.encodeUriComponent(locale))
        + (theme == null ? "" : "&theme=" + Js.encodeUriComponent(theme));
    this.frame = Dom.createFrame(src, SANDBOX, ChatEmbed.title(options, "Pilot Status connect"));
  }

  /** {@code connect.open}: a centred modal. The handle {@code {destroy}}, or an {@link SdkFailure}. */
  static JSObject open(JSObject options) {
    JSObject failure = check(options);
    if (failure != null) {
      return failure;
    }
    ConnectEmbed embed = create(options);
    embed.listen();
    embed.closeModal = ConnectModal.open(embed.frame, embed.port, ON_USER_CLOSE);
    return handle(embed.port);
  }

  /** {@code connect.mount}: inline in {@code target}. The handle {@code {destroy}}, or an {@link SdkFailure}. */
  static JSObject mount(JSObject target, JSObject options) {
    JSObject element = Dom.findElement(target);
    if (element == null) {
      return SdkFailure.of(ErrorCodes.MOUNT_TARGET_NOT_FOUND, "connect.mount: no element for "
          + ChatEmbed.describe(target) + "; pass a CSS selector that matches an element on the page, or the element");
    }
    JSObject failure = check(options);
    if (failure != null) {
      return failure;
    }
    ConnectEmbed embed = create(options);
    embed.listen();
    Dom.append(element, embed.frame);
    return handle(embed.port);
  }

  private static JSObject check(JSObject options) {
    String token = Js.string(options, "token");
    if (token == null || token.isEmpty()) {
      return SdkFailure.of(ErrorCodes.INVALID_OPTIONS, "connect needs the pairing token (string) in options.token");
    }
    String baseUrl = Js.string(options, "baseUrl");
    if (baseUrl != null && SdkSettings.originOf(baseUrl) == null) {
      return SdkFailure.of(ErrorCodes.INVALID_OPTIONS,
          "connect baseUrl must be an origin such as https://connect.example.com, got '" + baseUrl + "'");
    }
    return null;
  }

  private static ConnectEmbed create(JSObject options) {
    String baseUrl = Js.string(options, "baseUrl");
    String origin = baseUrl == null ? SdkSettings.connectOrigin : SdkSettings.originOf(baseUrl);
    return new ConnectEmbed(origin, options, Js.string(options, "token"));
  }

  private void listen() {
    unlisten = Js.listen(Js.window(), "message", port, ON_MESSAGE, false);
  }

  private JSObject dispatch(int op, JSObject a, JSObject b) {
    if (op == ON_MESSAGE) {
      onMessage(a);
    } else if (op == ON_USER_CLOSE) {
      onUserClose();
    } else if (op == DESTROY) {
      destroy();
    }
    return null;
  }

  private void onMessage(JSObject raw) {
    if (destroyed) {
      return;
    }
    WindowMessageEvent event = raw.cast();
    JSObject frameWindow = Dom.contentWindow(frame);
    if (frameWindow == null || !connectOrigin.equals(event.getOrigin())
        || !Browser.isSame(event.getSource(), frameWindow)) {
      return;
    }
    Decoded decoded = Envelope.decode(Browser.stringify(event.getData()), Direction.FRAME_TO_PARENT, Surface.CONNECT);
    if (!decoded.isAccepted()) {
      return;
    }
    Message message = decoded.message();
    MessageType type = message.type();
    if (type == MessageType.RESIZE) {
      Dom.setHeight(frame, (int) message.integer("height", 0));
    } else if (type == MessageType.CONNECT_PAIRED) {
      Js.call(Js.function(options, "onPaired"), paired(message.string("numberId"), message.string("redirectUrl")));
    } else if (type == MessageType.CONNECT_ERROR) {
      ErrorReport.send(options, ErrorCodes.PAIRING_FAILED, message.string("message"));
    } else if (type == MessageType.CONNECT_EXPIRED) {
      Js.call(Js.function(options, "onExpired"));
    }
  }

  /** The user closed the modal (close button or Esc): tear down, then tell the host. */
  private void onUserClose() {
    closeModal = null; // the modal already removed itself and restored focus
    ConnectModal.release();
    destroy();
    Js.call(Js.function(options, "onClose"));
  }

  private void destroy() {
    if (destroyed) {
      return;
    }
    destroyed = true;
    Js.run(unlisten);
    if (closeModal != null) {
      Js.run(closeModal);
      closeModal = null;
      ConnectModal.release();
    }
    Dom.remove(frame);
  }

  @JSBody(params = {"numberId", "redirectUrl"}, script = "var ps_d = {};"
      + " if (numberId !== null) ps_d.numberId = numberId; if (redirectUrl !== null) ps_d.redirectUrl = redirectUrl;"
      + " return ps_d;")
  private static native JSObject paired(String numberId, String redirectUrl);

  @JSBody(params = "port", script = "return { destroy: function () { port(2, null, null); } };")
  private static native JSObject handle(Js.Port port);
}
