package com.pilotstatus.embed.platform.number;

import com.pilotstatus.embed.platform.auth.ApiKeys;
import com.pilotstatus.embed.platform.auth.Caller;
import com.pilotstatus.embed.platform.error.ApiError;
import com.pilotstatus.embed.platform.provider.Connection;
import com.pilotstatus.embed.platform.provider.CurrentQr;
import com.pilotstatus.embed.platform.provider.SimulatedProvider;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;

/**
 * The number lifecycle (seed 004) and the simulated connection state machine:
 * CLOSE → CONNECTING (QR batch) → no scan: CLOSE; scan → linking → OPEN. Time-driven transitions are applied lazily on
 * every read ({@link #current}) and by timers at the moment they are due, so webhooks and stream events fire on time
 * while tests with a controlled clock stay deterministic.
 */
public final class NumberService {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final NumberRepository numbers;
  private final ApiKeys apiKeys;
  private final SimulatedProvider provider;
  private final Clock clock;
  private final ScheduledExecutorService timers;
  private final NumberListener listener;

  public NumberService(NumberRepository numbers, ApiKeys apiKeys, SimulatedProvider provider, Clock clock,
                       ScheduledExecutorService timers, NumberListener listener) {
    this.numbers = numbers;
    this.apiKeys = apiKeys;
    this.provider = provider;
    this.clock = clock;
    this.timers = timers;
    this.listener = listener;
  }

  // ---------------------------------------------------------------- reads

  /** The numbers the caller may see: all of its tenant's, or only its own for a number-scoped key. */
  public List<WhatsappNumber> list(Caller caller) {
    return numbers.findByTenant(caller.tenantId()).stream()
        .filter(n -> caller.canSee(n.tenantId(), n.id()))
        .map(n -> current(n.id()).orElse(n))
        .toList();
  }

  /** The number, or 404 when it does not exist or is outside the caller's scope. */
  public WhatsappNumber get(Caller caller, String id) {
    return current(id).filter(n -> caller.canSee(n.tenantId(), n.id()))
        .orElseThrow(() -> ApiError.notFound("Number " + id));
  }

  /** The number with every due time-driven transition applied. */
  public Optional<WhatsappNumber> current(String id) {
    Instant now = clock.instant();
    Optional<WhatsappNumber> before = numbers.find(id);
    if (before.isEmpty() || before.get().connection() == null) {
      return before;
    }
    return change(id, n -> advance(n, now));
  }

  /** Atomically changes the number and tells the listener about a state change, exactly once. */
  private Optional<WhatsappNumber> change(String id, UnaryOperator<WhatsappNumber> fn) {
    AtomicReference<WhatsappNumber> previous = new AtomicReference<>();
    Optional<WhatsappNumber> after = numbers.update(id, n -> {
      previous.set(n);
      return fn.apply(n);
    });
    after.ifPresent(n -> announce(previous.get(), n));
    return after;
  }

  /** The QR shown now for a number in CONNECTING, or {@code null}. */
  public CurrentQr qr(WhatsappNumber number) {
    return number.connection() == null ? null : provider.current(number.connection(), clock.instant());
  }

  // ---------------------------------------------------------------- lifecycle

  /**
   * Creates an unofficial (QR) number; {@code startConnecting} starts its first QR batch ({@code POST /v1/numbers})
   * or leaves it CLOSE ({@code POST /v1/numbers/remote-pairing}). With a number-scoped key and {@code linkToApiKey},
   * the key is re-pointed to the new number; a tenant-scoped key is never linked.
   */
  public WhatsappNumber create(Caller caller, String name, String digits, boolean linkToApiKey,
                               NumberProvider kind, boolean startConnecting) {
    Instant now = clock.instant();
    String id = "wa_" + HexFormat.of().formatHex(randomBytes(6));
    boolean link = linkToApiKey && !caller.isTenantScoped();
    Connection connection = startConnecting ? provider.start(now) : null;
    WhatsappNumber number = new WhatsappNumber(id, caller.tenantId(),
        "PS-" + caller.tenantId() + "-" + id.substring(3), digits, name, kind,
        startConnecting ? NumberState.CONNECTING : NumberState.CLOSE, link ? caller.keyId() : null, now, connection,
        null);
    numbers.save(number);
    if (link) {
      apiKeys.repoint(caller.keyId(), id);
    }
    listener.created(number);
    if (connection != null) {
      scheduleRefresh(id, provider.schedule().batchEndsAt(now));
    }
    return number;
  }

  /** Saves a number as given (the demo seed). */
  public void seed(WhatsappNumber number) {
    numbers.save(number);
  }

  /** Creates a Meta number from BYO-WABA credentials: OPEN at once ({@code POST /v1/numbers/meta}). */
  public WhatsappNumber createMeta(Caller caller, String name, String digits, boolean linkToApiKey,
                                   MetaAccount account) {
    WhatsappNumber created = create(caller, name, digits, linkToApiKey, NumberProvider.META, false);
    return connectMeta(created.id(), account);
  }

  /** A Meta number whose credentials or signup code were accepted goes OPEN. 409 for a QR number. */
  public WhatsappNumber connectMeta(String id, MetaAccount account) {
    WhatsappNumber before = numbers.find(id).orElseThrow(() -> ApiError.notFound("Number " + id));
    if (before.provider() != NumberProvider.META) {
      throw ApiError.conflict("This number pairs by QR code, not through Meta");
    }
    if (before.state() == NumberState.OPEN) {
      throw ApiError.conflict("This number is already connected");
    }
    return change(id, n -> n.state() == NumberState.OPEN ? n : n.connectedToMeta(account))
        .orElseThrow(() -> ApiError.notFound("Number " + id));
  }

  /**
   * A fresh QR batch and pairing code ({@code GET /v1/numbers/{id}/connect}). 409 when OPEN (nothing to pair), while
   * linking, and for Meta numbers (they do not pair by QR).
   */
  public WhatsappNumber restartConnection(Caller caller, String id) {
    WhatsappNumber number = get(caller, id);
    return startConnection(number, true);
  }

  /** Starts a batch when none runs, otherwise keeps the running one (the public pairing endpoint). */
  public WhatsappNumber ensureConnecting(String id) {
    WhatsappNumber number = current(id).orElseThrow(() -> ApiError.notFound("Number " + id));
    return startConnection(number, false);
  }

  private WhatsappNumber startConnection(WhatsappNumber number, boolean restart) {
    if (number.provider() == NumberProvider.META) {
      throw ApiError.conflict("Meta numbers do not pair by QR code; use Meta Embedded Signup or credentials");
    }
    if (number.state() == NumberState.OPEN) {
      throw ApiError.conflict("The number is already connected (OPEN); there is nothing to pair");
    }
    if (number.connection() != null && number.connection().isScanned()) {
      throw ApiError.conflict("The phone already scanned the code; the number is linking");
    }
    if (!restart && number.state() == NumberState.CONNECTING) {
      return number;
    }
    Instant now = clock.instant();
    Connection connection = provider.start(now);
    WhatsappNumber after = change(number.id(), n -> n.withState(NumberState.CONNECTING, connection))
        .orElseThrow(() -> ApiError.notFound("Number " + number.id()));
    scheduleRefresh(number.id(), provider.schedule().batchEndsAt(now));
    return after;
  }

  /** The phone scans the current QR or types the pairing code. 409 when there is nothing to scan. */
  public WhatsappNumber scan(Caller caller, String id) {
    WhatsappNumber number = get(caller, id);
    if (number.state() != NumberState.CONNECTING || number.connection() == null
        || number.connection().isScanned()) {
      throw ApiError.conflict("There is no QR code to scan: the number is " + number.state()
          + (number.state() == NumberState.CLOSE ? "; start a connection first" : ""));
    }
    Instant now = clock.instant();
    WhatsappNumber after = change(id, n -> n.connection() == null || n.connection().isScanned() ? n
        : n.withState(n.state(), n.connection().scanned(now)))
        .orElseThrow(() -> ApiError.notFound("Number " + id));
    scheduleRefresh(id, now.plus(provider.schedule().linking()));
    return current(id).orElse(after);
  }

  /** Removes the number ({@code DELETE /v1/numbers/{id}}); 404 outside the caller's scope. */
  public WhatsappNumber delete(Caller caller, String id) {
    WhatsappNumber number = get(caller, id);
    numbers.delete(id);
    listener.removed(number);
    return number;
  }

  // ---------------------------------------------------------------- time

  private WhatsappNumber advance(WhatsappNumber n, Instant now) {
    Connection connection = n.connection();
    if (connection == null || n.state() != NumberState.CONNECTING) {
      return n;
    }
    if (provider.isLinked(connection, now)) {
      return n.withState(NumberState.OPEN, null);
    }
    if (provider.isOver(connection, now)) {
      return n.withState(NumberState.CLOSE, null);
    }
    return n;
  }

  private void announce(WhatsappNumber before, WhatsappNumber after) {
    if (before.state() == after.state()) {
      return;
    }
    listener.stateChanged(after);
    if (after.state() == NumberState.OPEN) {
      listener.connected(after);
    }
  }

  private void scheduleRefresh(String id, Instant at) {
    long delay = Math.max(0, Duration.between(clock.instant(), at).toMillis()) + 1;
    timers.schedule(() -> {
      try {
        current(id);
      } catch (RuntimeException e) {
        // a failing listener must not kill the timer thread; the next read retries the transition
      }
    }, delay, TimeUnit.MILLISECONDS);
  }

  private static byte[] randomBytes(int n) {
    byte[] b = new byte[n];
    RANDOM.nextBytes(b);
    return b;
  }
}
