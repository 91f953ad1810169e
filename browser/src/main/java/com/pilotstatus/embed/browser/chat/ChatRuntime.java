package com.pilotstatus.embed.browser.chat;

import com.pilotstatus.embed.browser.dom.Browser;
import com.pilotstatus.embed.browser.dom.Dom;
import com.pilotstatus.embed.browser.dom.Js;
import com.pilotstatus.embed.browser.dom.JsWireObject;
import com.pilotstatus.embed.browser.dom.WindowMessageEvent;
import com.pilotstatus.embed.i18n.EmbedLocale;
import com.pilotstatus.embed.origin.OriginCheck;
import com.pilotstatus.embed.origin.OriginPolicy;
import com.pilotstatus.embed.protocol.Decoded;
import com.pilotstatus.embed.protocol.Direction;
import com.pilotstatus.embed.protocol.Envelope;
import com.pilotstatus.embed.protocol.LiveEvents;
import com.pilotstatus.embed.protocol.Message;
import com.pilotstatus.embed.protocol.MessageType;
import com.pilotstatus.embed.protocol.ProtocolVersion;
import com.pilotstatus.embed.protocol.Surface;
import com.pilotstatus.embed.theme.Theme;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSExport;
import org.teavm.jso.JSObject;
import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.events.EventListener;

/**
 * The chat iframe's runtime (compiled by TeaVM into {@code chat-runtime.js}, served by chat-app same-origin): the
 * handshake with the host page, and the parts of the inbox wired together.
 *
 * <p>Requirements of the handshake (DESIGN.md "Contracts", issue 4):
 * <ol>
 *   <li>No protocol without a valid {@code parentOrigin} and a parent window. {@code ready} goes to that origin
 *       only, after every load.</li>
 *   <li>{@code init}, {@code set-theme}, {@code set-locale}, {@code set-appearance} are accepted only from
 *       {@code parentOrigin} and {@code window.parent}; a later {@code init} starts a fresh session in the same page
 *       (the SDK re-inits after {@code session-expired}). An {@code init} of another major protocol version
 *       ({@code ProtocolVersion}) starts nothing: the page shows that state and the host hears
 *       {@code PROTOCOL_MISMATCH}.</li>
 *   <li>The server renders all markup; the parts fetch fragments and swap them in: {@link Session} (token, refresh,
 *       expiry, error states), {@link ConversationList}, {@link ThreadPane}, {@link Composer}, {@link Attachments}
 *       (files), {@link Live}, and
 *       {@link UserInput} for what the user does. {@link ParentChannel} is everything the host hears.</li>
 * </ol>
 */
public final class ChatRuntime {

  private final ParentChannel parent;
  private final Session session;
  private final Live live;
  private final Composer composer;
  private final Attachments attachments;
  private final ThreadPane thread;
  private final ConversationList list;
  private String theme = Theme.LIGHT.code();

  private ChatRuntime(ParentChannel parent) {
    this.parent = parent;
    this.session = new Session(parent, EmbedLocale.EN.code(), this::stopAll);
    this.live = new Live(session, this::onLiveEvent);
    this.composer = new Composer(session);
    this.attachments = new Attachments(session);
    this.thread = new ThreadPane(session, parent, composer, attachments);
    this.list = new ConversationList(session, parent, thread);
  }

  /** Runs once when the bundle loads (exported, not a {@code main}: TeaVM then skips its argument conversion). */
  @JSExport
  public static void start() {
    Dom.mark("pilot-status:runtime-start");
    // chat-app already refused to serve this page for an invalid parentOrigin; this is the browser-side twin.
    OriginCheck check = OriginPolicy.allowingHttp().parse(Browser.queryParam("parentOrigin"));
    if (!check.isValid() || !Browser.isFramed()) {
      return;
    }
    // ready before anything else: the host's init is on its way while the runtime is built. It cannot be missed:
    // it arrives in a later task, and the listener is added in this one. Usually chat-app's boot script
    // (chat-boot.js) has posted it already, kept what the host sent since and, for a plain init, painted the inbox.
    ParentChannel parent = new ParentChannel(check.origin().serialized(), Browser.parentWindow());
    boolean booted = bootIsWaiting();
    if (!booted) {
      parent.post(Envelope.ready());
    }
    ChatRuntime runtime = new ChatRuntime(parent);
    EventListener<WindowMessageEvent> onMessage = runtime::onMessage;
    Window.current().addEventListener("message", onMessage);
    new UserInput(runtime.session, runtime.list, runtime.thread, runtime.composer, runtime.attachments,
        runtime::reload).listen();
    runtime.session.connection().listen(runtime.composer::flush, () -> {
      if (runtime.session.isActive()) {
        runtime.live.restart(); // the browser is online again: try the stream now, not after its backoff
      }
    });
    Dom.onDocumentHeight(runtime.parent::reportHeight);
    if (booted) {
      takeOverFromBoot(onMessage); // the init that came while this file loaded, now that every part listens
    }
  }

  /** True when chat-boot.js posted {@code ready} and keeps the parent's messages for this runtime. */
  @JSBody(script = "return !!window.pilotStatusBoot;")
  private static native boolean bootIsWaiting();

  /**
   * Ends the boot script's watch: {@code listener} hears the messages it kept, in order. Replaying its {@code init}
   * claims the first inbox it already asked for ({@link SessionHttp#fetch}).
   */
  @JSBody(params = "listener", script = "window.pilotStatusBoot.take(listener);")
  private static native void takeOverFromBoot(EventListener<WindowMessageEvent> listener);

  // ---- protocol in -------------------------------------------------------------------------------------------

  private void onMessage(WindowMessageEvent event) {
    if (!parent.origin().equals(event.getOrigin()) || !parent.isParent(event.getSource())) {
      return;
    }
    Decoded decoded = Envelope.decode(JsWireObject.of(event.getData()), Direction.PARENT_TO_FRAME, Surface.CHAT);
    if (!decoded.isAccepted()) {
      return;
    }
    Message message = decoded.message();
    if (message.type() == MessageType.INIT && !Browser.speaksOurProtocol(message.string(ProtocolVersion.FIELD))) {
      session.refuseProtocol(message.string(ProtocolVersion.FIELD));
    } else if (message.type() == MessageType.INIT) {
      Dom.mark("pilot-status:init");
      applyTheme(message.string("theme"));
      HostAppearance.apply(message);
      applyLocale(message.string("locale"));
      startSession(message.string("token"));
    } else if (message.type() == MessageType.OPEN_CONVERSATION) {
      thread.openForHost(message.string("conversationId"));
    } else if (message.type() == MessageType.SET_THEME) {
      applyTheme(message.string("theme"));
    } else if (message.type() == MessageType.SET_APPEARANCE) {
      HostAppearance.apply(message);
    } else if (message.type() == MessageType.SET_LOCALE && applyLocale(message.string("locale"))
        && session.isActive()) {
      list.reload();
      live.restart();
    }
  }

  private void applyTheme(String requested) {
    Theme parsed = Theme.parse(requested);
    if (parsed != null) {
      theme = parsed.code();
    }
    Dom.setRootAttr("data-theme", theme);
  }

  /** Sets the locale the host asked for (or its fallback); true when it changed. */
  private boolean applyLocale(String requested) {
    EmbedLocale next = EmbedLocale.resolve(requested);
    Dom.setRootAttr("lang", next.languageTag());
    if (next.code().equals(session.locale)) {
      return false;
    }
    session.locale = next.code();
    return true;
  }

  // ---- the session and its parts -----------------------------------------------------------------------------

  /** A new session with {@code token}: the session check and the first inbox go out together. */
  private void startSession(String token) {
    parent.forgetUnread();
    live.reset();
    thread.reset();
    composer.reset();
    attachments.reset();
    boolean[] failed = new boolean[1];
    int gen = session.start(token, failed, this::onSessionChecked);
    list.load(gen, failed);
  }

  /** The token held: the host hears it ({@code onReady}) and the live stream starts. */
  private void onSessionChecked() {
    parent.post(Envelope.sessionStarted());
    live.restart();
  }

  /** The error state's "try again": the last session's token, from the start. */
  private void reload() {
    String token = session.token();
    if (token != null) {
      startSession(token);
    }
  }

  /** The session stopped: so does everything that runs for it. */
  private void stopAll() {
    live.stop();
    list.stopTimers();
    thread.stopTimers();
  }

  private void onLiveEvent(String name, JSObject event) {
    if (LiveEvents.MESSAGE.equals(name)) {
      thread.onLiveMessage(event);
    } else if (LiveEvents.CONVERSATION.equals(name)) {
      list.onLiveConversation(event);
    } else if (LiveEvents.UNREAD.equals(name)) {
      parent.reportUnread(Js.integer(event, "count", 0));
    } else if (LiveEvents.RESET.equals(name)) {
      list.reload();
    }
  }
}
