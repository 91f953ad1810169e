package com.pilotstatus.embed.platform.chat;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.fasterxml.jackson.databind.JsonNode;
import com.pilotstatus.embed.platform.auth.Caller;
import com.pilotstatus.embed.platform.error.ApiError;
import com.pilotstatus.embed.platform.sandbox.ClockTicker;
import com.pilotstatus.embed.platform.number.NumberRepository;
import com.pilotstatus.embed.platform.number.NumberState;
import com.pilotstatus.embed.platform.number.WhatsappNumber;
import com.pilotstatus.embed.platform.session.ChatClaims;
import com.pilotstatus.embed.platform.template.MessageTemplate;
import com.pilotstatus.embed.platform.template.TemplateService;
import com.pilotstatus.embed.platform.webhook.WebhookPublisher;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The inbox data behind the chat embed. Requirements: every call re-checks the token's scope — a conversation of a
 * number outside {@code whatsappNumberIds}, of another tenant, or of a removed number is 404 like a missing one;
 * a retried send with the same {@code Idempotency-Key} never duplicates; every change is published to the
 * {@link EventLog} for live inboxes; inbound messages fire {@code message.received}; a free-form reply outside the
 * {@link CustomerServiceWindow} is refused with 409 {@code window_closed} (never stored), while an approved template
 * of the conversation's number can always be sent; a reply may quote an earlier message of the same conversation
 * ({@code replyTo}), any other id is 400 {@code invalid_request} on {@code replyTo} and nothing is stored.
 */
public final class ChatService {

  /** How long an Idempotency-Key is remembered: retries come within seconds; a day later a key is new again. */
  public static final Duration IDEMPOTENCY_KEY_RETENTION = Duration.ofHours(24);

  private static final Comparator<Conversation> NEWEST_FIRST =
      Comparator.comparing(Conversation::updatedAt).reversed().thenComparing(Conversation::id, Comparator.reverseOrder());

  private final ConversationRepository conversations;
  private final NumberRepository numbers;
  private final EventLog events;
  private final WebhookPublisher webhooks;
  private final SendFaults faults;
  private final TemplateService templates;
  private final MediaStore media;
  private final MediaSubscriptions mediaPlans;
  private final Clock clock;
  private final ScheduledExecutorService timers;
  private final Duration deliveryDelay;
  /** What each Idempotency-Key did, kept for a day (as Stripe keeps them), so the map cannot grow without end. */
  private final Cache<String, IdempotentSend> sends;

  private record IdempotentSend(String fingerprint, String conversationId, String messageId) {
  }

  public ChatService(ConversationRepository conversations, NumberRepository numbers, EventLog events,
                     WebhookPublisher webhooks, SendFaults faults, TemplateService templates, MediaStore media,
                     MediaSubscriptions mediaPlans, Clock clock, ScheduledExecutorService timers, Duration deliveryDelay) {
    this.media = media;
    this.mediaPlans = mediaPlans;
    this.conversations = conversations;
    this.numbers = numbers;
    this.events = events;
    this.webhooks = webhooks;
    this.faults = faults;
    this.templates = templates;
    this.clock = clock;
    this.timers = timers;
    this.deliveryDelay = deliveryDelay;
    this.sends = Caffeine.newBuilder()
        .expireAfterWrite(IDEMPOTENCY_KEY_RETENTION)
        .ticker(ClockTicker.of(clock))
        .build();
  }

  // ---------------------------------------------------------------- scope

  /** The token's numbers that still exist and still belong to its tenant. */
  public List<WhatsappNumber> numbersOf(ChatClaims claims) {
    List<WhatsappNumber> out = new ArrayList<>();
    for (String id : claims.whatsappNumberIds()) {
      numbers.find(id).filter(n -> n.tenantId().equals(claims.tenantId())).ifPresent(out::add);
    }
    return out;
  }

  private List<String> numberIdsOf(ChatClaims claims) {
    return numbersOf(claims).stream().map(WhatsappNumber::id).toList();
  }

  /** The conversation, or 404 when missing or outside the token's scope. */
  public Conversation conversation(ChatClaims claims, String id) {
    return conversations.find(id)
        .filter(c -> c.tenantId().equals(claims.tenantId()) && numberIdsOf(claims).contains(c.whatsappNumberId()))
        .orElseThrow(() -> ApiError.notFound("Conversation " + id));
  }

  // ---------------------------------------------------------------- reads

  public int unreadCount(ChatClaims claims) {
    return conversations.findByNumbers(numberIdsOf(claims)).stream().mapToInt(Conversation::unreadCount).sum();
  }

  /** A page of conversations plus the cursor of the next page. */
  public record Page(List<Conversation> data, String nextCursor) {
  }

  /**
   * Conversations newest first, optionally of one number, matching {@code q} (contact name, number or last message
   * text, case-insensitive) and of one {@code status} ({@code null}: any). Keyset pagination: the cursor names the last item seen, so concurrent updates never make a
   * page repeat an item.
   */
  public Page list(ChatClaims claims, String numberId, String q, String status, int limit, String cursor) {
    List<String> scope = numberIdsOf(claims);
    if (numberId != null && !scope.contains(numberId)) {
      throw ApiError.notFound("Number " + numberId);
    }
    List<String> wanted = numberId == null ? scope : List.of(numberId);
    String needle = q == null || q.isBlank() ? null : q.trim().toLowerCase(Locale.ROOT);
    Conversation after = cursor == null || cursor.isEmpty() ? null : decodeCursor(cursor);
    List<Conversation> matching = conversations.findByNumbers(wanted).stream()
        .filter(c -> needle == null || matches(c, needle))
        .filter(c -> status == null || status.equals(c.status()))
        .sorted(NEWEST_FIRST)
        .filter(c -> after == null || NEWEST_FIRST.compare(c, after) > 0)
        .toList();
    List<Conversation> page = matching.subList(0, Math.min(limit, matching.size()));
    String next = matching.size() > limit ? encodeCursor(page.get(page.size() - 1)) : null;
    return new Page(page, next);
  }

  private static boolean matches(Conversation c, String needle) {
    return c.contactName().toLowerCase(Locale.ROOT).contains(needle)
        || c.contactNumber().contains(needle.startsWith("+") ? needle.substring(1) : needle)
        || (c.lastMessage() != null && c.lastMessage().text().toLowerCase(Locale.ROOT).contains(needle));
  }

  private static String encodeCursor(Conversation c) {
    String raw = c.updatedAt().toEpochMilli() + "|" + c.updatedAt().getNano() + "|" + c.id();
    return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  private static Conversation decodeCursor(String cursor) {
    try {
      String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|", 3);
      Instant at = Instant.ofEpochSecond(Math.floorDiv(Long.parseLong(parts[0]), 1000), Integer.parseInt(parts[1]));
      return new Conversation(parts[2], "", "", "", "", null, 0, at, null, null);
    } catch (RuntimeException e) {
      throw ApiError.invalid("cursor", "cursor is not a cursor this API returned");
    }
  }

  /**
   * A run of messages, oldest→newest: whether older ones exist ({@code hasMore}) and newer ones ({@code hasNewer}).
   */
  public record History(List<ChatMessage> data, boolean hasMore, boolean hasNewer) {
  }

  /**
   * The newest {@code limit} messages, or those older than {@code beforeId}, or newer than {@code afterId}, or the run
   * centred on {@code aroundId} (a search hit opened in its context); at most one of the three. An id that is not a
   * message of this conversation is 400 naming the parameter.
   */
  public History history(ChatClaims claims, String conversationId, String beforeId, String afterId, String aroundId,
                         int limit) {
    conversation(claims, conversationId);
    int given = (isSet(beforeId) ? 1 : 0) + (isSet(afterId) ? 1 : 0) + (isSet(aroundId) ? 1 : 0);
    if (given > 1) {
      throw ApiError.invalid("before", "Give at most one of before, after and around");
    }
    List<ChatMessage> all = conversations.messages(conversationId);
    int start;
    int end;
    if (isSet(afterId)) {
      start = indexOf(all, afterId, "after") + 1;
      end = Math.min(all.size(), start + limit);
    } else if (isSet(aroundId)) {
      int at = indexOf(all, aroundId, "around");
      start = Math.max(0, Math.min(at - limit / 2, all.size() - limit));
      end = Math.min(all.size(), start + limit);
    } else {
      end = isSet(beforeId) ? indexOf(all, beforeId, "before") : all.size();
      start = Math.max(0, end - limit);
    }
    return new History(all.subList(start, end), start > 0, end < all.size());
  }

  private static boolean isSet(String value) {
    return value != null && !value.isEmpty();
  }

  private static int indexOf(List<ChatMessage> messages, String id, String field) {
    for (int i = messages.size() - 1; i >= 0; i--) {
      if (messages.get(i).id().equals(id)) {
        return i;
      }
    }
    throw ApiError.invalid(field, field + " must be the id of a message of this conversation");
  }

  /** A message that matched a search, with its conversation. */
  public record Hit(Conversation conversation, ChatMessage message) {
  }

  /**
   * Messages of the token's numbers (or of one of them) whose text contains {@code q} (case-insensitive), newest
   * first, at most {@code limit}: what the inbox's search shows below the conversations it matched.
   */
  public List<Hit> search(ChatClaims claims, String numberId, String q, int limit) {
    List<String> scope = numberIdsOf(claims);
    if (numberId != null && !scope.contains(numberId)) {
      throw ApiError.notFound("Number " + numberId);
    }
    String needle = q.trim().toLowerCase(Locale.ROOT);
    List<Hit> hits = new ArrayList<>();
    for (Conversation c : conversations.findByNumbers(numberId == null ? scope : List.of(numberId))) {
      List<ChatMessage> log = conversations.messages(c.id());
      for (int i = log.size() - 1; i >= 0; i--) { // newest first, so equal times keep the log's order (stable sort)
        ChatMessage m = log.get(i);
        if (m.text() != null && m.text().toLowerCase(Locale.ROOT).contains(needle)) {
          hits.add(new Hit(c, m));
        }
      }
    }
    hits.sort(Comparator.comparing((Hit h) -> h.message().createdAt()).reversed());
    return hits.subList(0, Math.min(limit, hits.size()));
  }

  // ---------------------------------------------------------------- writes

  /** The outcome of a send: the message, and whether it was created now (201) or replayed (200). */
  public record Sent(ChatMessage message, boolean created) {
  }

  /**
   * Sends a free-form text reply, only within the customer service window. The same idempotency key with the same
   * conversation, text and {@code replyTo} returns the first message; with anything else it is a 409. An injected
   * provider failure stores nothing, so a retry with the same key can succeed. {@code replyTo} ({@code null}: none)
   * must be a message of this conversation.
   */
  public synchronized Sent send(ChatClaims claims, String conversationId, String idempotencyKey, String text,
                                String replyTo) {
    Conversation conversation = conversation(claims, conversationId);
    Quote quote = quoteOf(conversationId, replyTo);
    String fingerprint = conversationId + "\n" + text + "\n" + replyTo;
    Sent earlier = replay(claims, idempotencyKey, fingerprint);
    if (earlier != null) {
      return earlier;
    }
    requireOpen(numberOf(conversation));
    requireWindowOpen(conversation);
    return store(claims, conversation, idempotencyKey, fingerprint, text, null, quote, null);
  }

  /**
   * Sends an uploaded file ({@code mediaId}, one of this conversation's) with an optional caption, within the customer
   * service window like any free-form reply. Idempotent like {@link #send}; the fingerprint holds the file's content
   * hash, not its id, so a client that uploads the same file again for a retry under the same key gets the first
   * message back. An id that is not one of this conversation's uploads is 400 on {@code mediaId}; a number whose plan
   * has no media is 402 (checked first: no retry can help).
   */
  public synchronized Sent sendMedia(ChatClaims claims, String conversationId, String idempotencyKey, String mediaId,
                                     String caption, String replyTo) {
    Conversation conversation = conversation(claims, conversationId);
    mediaPlans.require(conversation.whatsappNumberId());
    MediaFile file = media.find(mediaId).filter(f -> f.conversationId().equals(conversationId))
        .orElseThrow(() -> ApiError.invalid("mediaId", "mediaId must be a file uploaded to this conversation"));
    Quote quote = quoteOf(conversationId, replyTo);
    String text = caption == null ? "" : caption;
    String fingerprint = conversationId + "\nmedia:" + file.sha256() + "\n" + text + "\n" + replyTo;
    Sent earlier = replay(claims, idempotencyKey, fingerprint);
    if (earlier != null) {
      return earlier;
    }
    requireOpen(numberOf(conversation));
    requireWindowOpen(conversation);
    return store(claims, conversation, idempotencyKey, fingerprint, text, null, quote, Media.of(file, null));
  }

  /** 409 {@code window_closed} unless the conversation's 24-hour customer service window is open now. */
  private void requireWindowOpen(Conversation conversation) {
    if (!CustomerServiceWindow.isOpen(conversation.lastInboundAt(), clock.instant())) {
      Instant closed = CustomerServiceWindow.closesAt(conversation.lastInboundAt());
      throw ApiError.windowClosed(closed == null
          ? "The contact has not written yet, so the customer service window is closed; send an approved template"
          : "The 24-hour customer service window closed at " + closed + "; send an approved template until the"
              + " contact writes again");
    }
  }

  /**
   * Sends an approved template of the conversation's number, filled with {@code variables} (any time: this is what
   * re-opens a conversation whose window closed). 404 for an unknown template or another number's; 400 naming the
   * variable at fault. Idempotent like {@link #send}.
   */
  public synchronized Sent sendTemplate(ChatClaims claims, String conversationId, String idempotencyKey,
                                        String templateId, JsonNode variables, String replyTo) {
    Conversation conversation = conversation(claims, conversationId);
    WhatsappNumber number = numberOf(conversation);
    MessageTemplate template = templates.sendable(number, templateId);
    List<String> values = TemplateService.variables(variables, template);
    Quote quote = quoteOf(conversationId, replyTo);
    String fingerprint = conversationId + "\n" + templateId + "\n" + String.join("\u0000", values) + "\n" + replyTo;
    Sent earlier = replay(claims, idempotencyKey, fingerprint);
    if (earlier != null) {
      return earlier;
    }
    requireOpen(number);
    return store(claims, conversation, idempotencyKey, fingerprint, template.render(values), template, quote, null);
  }

  /**
   * The quote of message {@code replyTo} of conversation {@code conversationId}, or {@code null} when there is none to
   * quote. An unknown id and another conversation's id get the same 400: a reply quotes only its own thread.
   */
  private Quote quoteOf(String conversationId, String replyTo) {
    if (replyTo == null) {
      return null;
    }
    return conversations.messages(conversationId).stream()
        .filter(m -> m.id().equals(replyTo)).findFirst().map(Quote::of)
        .orElseThrow(() -> ApiError.invalid("replyTo", "replyTo must be the id of a message of this conversation"));
  }

  /** The approved templates of the conversation's number: what its composer may offer. */
  public List<MessageTemplate> templatesFor(ChatClaims claims, String conversationId) {
    return templates.approvedOf(numberOf(conversation(claims, conversationId)));
  }

  /** The first message sent with this key, when the key was used before with the same fingerprint; 409 otherwise. */
  private Sent replay(ChatClaims claims, String idempotencyKey, String fingerprint) {
    IdempotentSend earlier = sends.getIfPresent(claims.tenantId() + "\n" + idempotencyKey);
    if (earlier == null) {
      return null;
    }
    if (!earlier.fingerprint().equals(fingerprint)) {
      throw ApiError.conflict("This Idempotency-Key was already used for another message; use a new key");
    }
    ChatMessage first = conversations.messages(earlier.conversationId()).stream()
        .filter(m -> m.id().equals(earlier.messageId())).findFirst()
        .orElseThrow(() -> ApiError.notFound("Message " + earlier.messageId()));
    return new Sent(first, false);
  }

  private WhatsappNumber numberOf(Conversation conversation) {
    return numbers.find(conversation.whatsappNumberId())
        .orElseThrow(() -> ApiError.notFound("Conversation " + conversation.id()));
  }

  private static void requireOpen(WhatsappNumber number) {
    if (number.state() != NumberState.OPEN) {
      throw ApiError.conflict("The number is not connected (" + number.state() + "); reconnect it to send");
    }
  }

  private Sent store(ChatClaims claims, Conversation conversation, String idempotencyKey, String fingerprint,
                     String text, MessageTemplate template, Quote quote, Media file) {
    if (faults.takeFailure()) {
      throw ApiError.providerUnavailable("WhatsApp did not accept the message; retry with the same Idempotency-Key");
    }
    ChatMessage message = new ChatMessage(newMessageId(), conversation.id(), "outbound", text, "sent",
        clock.instant(), template == null ? null : template.id(), template == null ? null : template.name(), quote,
        null, file, null);
    conversations.append(message);
    Conversation updated = conversation.withMessage(message, conversation.unreadCount());
    conversations.save(updated);
    sends.put(claims.tenantId() + "\n" + idempotencyKey,
        new IdempotentSend(fingerprint, conversation.id(), message.id()));
    publishMessage("message.created", updated, message);
    scheduleStatus(message, "delivered", 1);
    scheduleStatus(message, "read", 2);
    return new Sent(message, true);
  }

  private void scheduleStatus(ChatMessage message, String status, int steps) {
    timers.schedule(() -> advanceStatus(message.id(), message.conversationId(), status),
        deliveryDelay.toMillis() * steps, TimeUnit.MILLISECONDS);
  }

  private synchronized void advanceStatus(String messageId, String conversationId, String status) {
    ChatMessage current = conversations.messages(conversationId).stream()
        .filter(m -> m.id().equals(messageId)).findFirst().orElse(null);
    Conversation conversation = conversations.find(conversationId).orElse(null);
    if (current == null || conversation == null) {
      return;
    }
    ChatMessage next = current.withStatus(status);
    conversations.replace(next);
    if (conversation.lastMessage() != null && conversation.lastMessage().id().equals(messageId)) {
      conversation = conversation.withLastMessage(next);
      conversations.save(conversation);
    }
    events.publish(conversation.whatsappNumberId(), "message.updated", messagePayload(conversation, next));
  }

  /** Marks the conversation read. */
  public synchronized Conversation markRead(ChatClaims claims, String conversationId) {
    Conversation conversation = conversation(claims, conversationId);
    if (conversation.unreadCount() == 0) {
      return conversation;
    }
    Conversation read = conversation.read();
    conversations.save(read);
    events.publish(read.whatsappNumberId(), "conversation.updated", Map.of("conversation", ConversationView.of(read)));
    return read;
  }

  /**
   * A contact writes to one of the tenant's numbers; creates the conversation when new. {@code replyTo} (or
   * {@code null}): the contact replies to that earlier message of their conversation, else 400 and nothing stored.
   */
  public synchronized ChatMessage receive(WhatsappNumber number, String fromDigits, String name, String text,
                                          String replyTo) {
    return receive(number, fromDigits, name, text, replyTo, null, null);
  }

  /** A file a contact sends: its bytes, and a poster image for a video ({@code null} otherwise). */
  public record InboundFile(String kind, String mimeType, String fileName, byte[] bytes, byte[] poster) {
  }

  /**
   * {@link #receive(WhatsappNumber, String, String, String, String)} with a file ({@code text} its caption) or a
   * location ({@code text} empty), either {@code null}; the file is stored with the conversation.
   */
  public synchronized ChatMessage receive(WhatsappNumber number, String fromDigits, String name, String text,
                                          String replyTo, InboundFile file, Location location) {
    Instant now = clock.instant();
    Conversation conversation = conversations.findByContact(number.id(), fromDigits).orElse(null);
    Quote quote = quoteOf(conversation == null ? "" : conversation.id(), replyTo);
    if (conversation == null) {
      conversation = new Conversation("cv_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16),
          number.tenantId(), number.id(), name == null || name.isBlank() ? "+" + fromDigits : name, fromDigits, null,
          0, now, null, null);
    }
    Media attached = file == null ? null : store(conversation, file, now);
    ChatMessage message = new ChatMessage(newMessageId(), conversation.id(), "inbound", text, "received", now, null,
        null, quote, null, attached, location);
    conversations.append(message);
    Conversation updated = conversation.withMessage(message, conversation.unreadCount() + 1);
    conversations.save(updated);
    publishMessage("message.created", updated, message);
    webhooks.publish(number.tenantId(), "message.received", messagePayload(updated, message));
    return message;
  }

  private Media store(Conversation conversation, InboundFile file, Instant now) {
    String posterId = file.poster() == null ? null
        : media.save(MediaFile.of(conversation, "image", "image/png", null, file.poster(), now)).id();
    MediaFile saved = media.save(MediaFile.of(conversation, file.kind(), file.mimeType(),
        MediaService.cleanName(file.fileName()), file.bytes(), now));
    return Media.of(saved, posterId);
  }

  /**
   * Sandbox control: moves when the contact last wrote (and so when the window closes), without touching the
   * messages; the inboxes hear it as {@code conversation.updated}. 404 for a conversation outside the tenant.
   */
  public synchronized Conversation moveLastInbound(Caller caller, String conversationId, Instant at) {
    Conversation conversation = conversation(caller, conversationId);
    Conversation moved = conversation.withLastInboundAt(at);
    conversations.save(moved);
    events.publish(moved.whatsappNumberId(), "conversation.updated",
        Map.of("conversation", ConversationView.of(moved)));
    return moved;
  }

  /** The conversation for a sandbox control, or 404 when it is not in the API key's scope. */
  private Conversation conversation(Caller caller, String conversationId) {
    return conversations.find(conversationId)
        .filter(c -> c.tenantId().equals(caller.tenantId()))
        .filter(c -> numbers.find(c.whatsappNumberId()).filter(n -> caller.canSee(n.tenantId(), n.id())).isPresent())
        .orElseThrow(() -> ApiError.notFound("Conversation " + conversationId));
  }

  // ---------------------------------------------------------------- status, notes, reactions

  /**
   * Sets the conversation's status ({@code open} or {@code resolved}), published as {@code conversation.updated}.
   * It changes neither the order of the list nor what may be sent: a resolved conversation still takes replies.
   */
  public synchronized Conversation setStatus(ChatClaims claims, String conversationId, String status) {
    Conversation conversation = conversation(claims, conversationId);
    if (conversation.status().equals(status)) {
      return conversation;
    }
    Conversation changed = conversation.withStatus(status);
    conversations.save(changed);
    events.publish(changed.whatsappNumberId(), "conversation.updated",
        Map.of("conversation", ConversationView.of(changed)));
    return changed;
  }

  /**
   * An internal note in the thread, published to the inboxes as {@code message.created}. It is never delivered to the
   * contact and fires no webhook, and it is not a WhatsApp message: the last message, the order, the unread count and
   * the customer service window stay as they were.
   */
  public synchronized ChatMessage addNote(ChatClaims claims, String conversationId, String text) {
    Conversation conversation = conversation(claims, conversationId);
    ChatMessage note = new ChatMessage(newMessageId(), conversation.id(), ChatMessage.NOTE, text, "internal",
        clock.instant(), null, null, null, null, null, null);
    conversations.append(note);
    events.publish(conversation.whatsappNumberId(), "message.created", messagePayload(conversation, note));
    return note;
  }

  /**
   * The agent reacts to a message of the conversation with {@code emoji}, or removes its reaction ({@code null}). On
   * WhatsApp either is a free-form message to the contact, so only inside the customer service window.
   */
  public synchronized ChatMessage react(ChatClaims claims, String conversationId, String messageId, String emoji) {
    Conversation conversation = conversation(claims, conversationId);
    requireOpen(numberOf(conversation));
    requireWindowOpen(conversation);
    return react(conversation, messageId, Reaction.AGENT, emoji);
  }

  /** Sandbox control: the contact reacts to a message of their conversation, or removes it ({@code null}). */
  public synchronized ChatMessage contactReacts(Caller caller, String conversationId, String messageId,
                                                String emoji) {
    return react(conversation(caller, conversationId), messageId, Reaction.CONTACT, emoji);
  }

  /** One reaction per side and message: a new one replaces the old; published as {@code message.updated}. */
  private ChatMessage react(Conversation conversation, String messageId, String from, String emoji) {
    ChatMessage message = conversations.messages(conversation.id()).stream()
        .filter(m -> m.id().equals(messageId)).findFirst()
        .orElseThrow(() -> ApiError.notFound("Message " + messageId));
    if (message.isNote()) {
      throw ApiError.invalid("messageId", "An internal note takes no reactions: it is not a WhatsApp message");
    }
    ChatMessage next = message.withReaction(from, emoji == null ? null : new Reaction(from, emoji, clock.instant()));
    conversations.replace(next);
    if (conversation.lastMessage() != null && conversation.lastMessage().id().equals(messageId)) {
      conversations.save(conversation.withLastMessage(next));
    }
    events.publish(conversation.whatsappNumberId(), "message.updated", messagePayload(conversation, next));
    return next;
  }

  /** Seeds a past message with its own time (the demo data). */
  public synchronized void seed(WhatsappNumber number, String fromDigits, String name, String direction, String text,
                                Instant at, boolean unread) {
    Conversation conversation = conversations.findByContact(number.id(), fromDigits).orElseGet(() ->
        new Conversation("cv_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16), number.tenantId(),
            number.id(), name, fromDigits, null, 0, at, null, null));
    ChatMessage message = new ChatMessage(newMessageId(), conversation.id(), direction, text,
        direction.equals("inbound") ? "received" : "read", at, null, null, null, null, null, null);
    conversations.append(message);
    conversations.save(conversation.withMessage(message, conversation.unreadCount() + (unread ? 1 : 0)));
  }

  /** Tells the front-ends that only {@code currentKid} signs valid tokens now (a rotation that revoked the rest). */
  public void signingKeysRevoked(String currentKid) {
    events.publishKeysRevoked(currentKid);
  }

  /** Publishes a number's state to the inboxes that show it. */
  public void numberChanged(WhatsappNumber number) {
    events.publish(number.id(), "number.updated",
        Map.of("number", Map.of("id", number.id(), "state", number.state().name())));
  }

  public void numberRemoved(WhatsappNumber number) {
    conversations.deleteByNumber(number.id());
    media.deleteByNumber(number.id());
    mediaPlans.set(number.id(), true);
    // Front-ends drop what they keep of this number's inbox (the internal feed carries every event).
    events.publish(number.id(), "number.removed", Map.of("number", Map.of("id", number.id())));
  }

  private void publishMessage(String type, Conversation conversation, ChatMessage message) {
    events.publish(conversation.whatsappNumberId(), type, messagePayload(conversation, message));
    events.publish(conversation.whatsappNumberId(), "conversation.updated",
        Map.of("conversation", ConversationView.of(conversation)));
  }

  private static Map<String, Object> messagePayload(Conversation conversation, ChatMessage message) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("conversationId", conversation.id());
    data.put("message", MessageView.of(message));
    return data;
  }

  private static String newMessageId() {
    return "msg_" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
  }
}
