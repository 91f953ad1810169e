package com.pilotstatus.embed.platform.pairing;

import com.pilotstatus.embed.branding.Branding;
import com.pilotstatus.embed.branding.BrandingResolver;
import com.pilotstatus.embed.branding.BrandingRules;
import com.pilotstatus.embed.platform.auth.Caller;
import com.pilotstatus.embed.platform.error.ApiError;
import com.pilotstatus.embed.platform.number.MetaAccount;
import com.pilotstatus.embed.platform.number.NumberListener;
import com.pilotstatus.embed.platform.number.NumberProvider;
import com.pilotstatus.embed.platform.number.NumberService;
import com.pilotstatus.embed.platform.number.NumberState;
import com.pilotstatus.embed.platform.number.WhatsappNumber;
import com.pilotstatus.embed.platform.tenant.Tenant;
import com.pilotstatus.embed.platform.tenant.TenantRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Hosted pairing links (seed 003). Requirements:
 * <ul>
 *   <li>The token is a random UUID that lives 24 h and authorises only this link's public endpoints.</li>
 *   <li>Single use: consumed when its number connects, never by a GET or a page view (link previews and refreshes
 *       must not burn it).</li>
 *   <li>Unknown, expired and used tokens get the same answer ({@link InvalidPairingLink}); only {@code /status} keeps
 *       answering {@code open} for {@link #CONFIRM_WINDOW} after the connection, so the page that paired can confirm.</li>
 * </ul>
 */
public final class PairingService implements NumberListener {

  public static final Duration TTL = Duration.ofHours(24);
  public static final Duration CONFIRM_WINDOW = Duration.ofMinutes(10);

  private final PairingLinkRepository links;
  private final NumberService numbers;
  private final TenantRepository tenants;
  private final BrandingRules rules;
  private final Clock clock;

  public PairingService(PairingLinkRepository links, NumberService numbers, TenantRepository tenants,
                        BrandingRules rules, Clock clock) {
    this.links = links;
    this.numbers = numbers;
    this.tenants = tenants;
    this.rules = rules;
    this.clock = clock;
  }

  /** Creates the number (CLOSE) and its link. */
  public PairingLink create(Caller caller, String name, String digits, NumberProvider provider, String metaFlow,
                            Branding override) {
    WhatsappNumber number = numbers.create(caller, name, digits, false, provider, false);
    Instant now = clock.instant();
    PairingLink link = new PairingLink(UUID.randomUUID().toString(), caller.tenantId(), number.id(),
        rules.sanitize(override), provider, metaFlow, now, now.plus(TTL), null);
    links.save(link);
    return link;
  }

  /** The usable link and its number, or {@link InvalidPairingLink}. */
  public Linked open(String token) {
    PairingLink link = links.find(token).filter(l -> l.isUsable(clock.instant()))
        .orElseThrow(InvalidPairingLink::new);
    WhatsappNumber number = numbers.current(link.numberId()).orElseThrow(InvalidPairingLink::new);
    // a connection may have just completed on this read: the link is used from now on
    PairingLink fresh = links.find(token).filter(l -> l.isUsable(clock.instant()))
        .orElseThrow(InvalidPairingLink::new);
    return new Linked(fresh, number);
  }

  /**
   * The link's state for {@code /status}: usable links, and links used less than {@link #CONFIRM_WINDOW} ago.
   */
  public Linked status(String token) {
    PairingLink link = links.find(token).orElseThrow(InvalidPairingLink::new);
    Instant now = clock.instant();
    if (link.consumedAt() == null && !now.isBefore(link.expiresAt())) {
      throw new InvalidPairingLink();
    }
    if (link.consumedAt() != null && !now.isBefore(link.consumedAt().plus(CONFIRM_WINDOW))) {
      throw new InvalidPairingLink();
    }
    WhatsappNumber number = numbers.current(link.numberId()).orElseThrow(InvalidPairingLink::new);
    return new Linked(links.find(token).orElse(link), number);
  }

  /** Starts (or keeps) a QR batch for the link's number. 409 when OPEN or for Meta links. */
  public Linked connect(String token) {
    Linked linked = connectable(token);
    WhatsappNumber number = numbers.ensureConnecting(linked.number().id());
    return new Linked(linked.link(), number);
  }

  /** A Meta link's number connected through Embedded Signup or credentials. */
  public WhatsappNumber connectMeta(String token, MetaAccount account) {
    Linked linked = connectable(token);
    return numbers.connectMeta(linked.number().id(), account);
  }

  /**
   * The link for a connection attempt: usable, or 409 when its number is already OPEN (a link used less than
   * {@link #CONFIRM_WINDOW} ago answers 409 too, rather than "invalid", to the page that just paired).
   */
  private Linked connectable(String token) {
    Linked linked = status(token);
    if (linked.link().consumedAt() != null || linked.isFullyConnected()) {
      throw ApiError.conflict("The number is already connected (OPEN); there is nothing to pair");
    }
    return linked;
  }

  /** The branding the link's page shows: the link's override over the tenant's, field by field, no defaults. */
  public Branding branding(PairingLink link) {
    Branding tenant = tenants.find(link.tenantId()).map(Tenant::branding).orElse(Branding.EMPTY);
    return new BrandingResolver(rules, Branding.EMPTY).resolve(null, link.brandingOverride(), tenant);
  }

  /** Consumes every usable link of a number that just connected. */
  @Override
  public void connected(WhatsappNumber number) {
    Instant now = clock.instant();
    for (PairingLink link : links.findByNumber(number.id())) {
      links.update(link.token(), l -> l.isUsable(now) ? l.consumed(now) : l);
    }
  }

  /** A link with its number, as of now. */
  public record Linked(PairingLink link, WhatsappNumber number) {

    public boolean isFullyConnected() {
      return number.state() == NumberState.OPEN;
    }
  }
}
