package com.pilotstatus.embed.platform.quickreply;

import com.pilotstatus.embed.platform.error.ApiError;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every tenant's quick replies, in memory. Requirements: a shortcut is unique within its tenant (409 otherwise); the
 * text uses only the documented {@link #VARIABLES}; another tenant's quick reply is 404 like a missing one; a tenant
 * keeps at most {@link #MAX_PER_TENANT}.
 */
public final class QuickReplies {

  /** What a quick reply's text may contain between {@code {{ }}}: filled from the conversation when inserted. */
  public static final Set<String> VARIABLES = Set.of("contact.name", "contact.firstName", "contact.number");
  public static final int MAX_TEXT = 1024;
  public static final int MAX_PER_TENANT = 500;
  private static final Pattern SHORTCUT = Pattern.compile("[a-z0-9][a-z0-9_-]{0,31}");
  private static final Pattern VARIABLE = Pattern.compile("\\{\\{\\s*([^}]*?)\\s*}}");

  private final Map<String, QuickReply> byId = new LinkedHashMap<>();
  private final Clock clock;

  public QuickReplies(Clock clock) {
    this.clock = clock;
  }

  /** The tenant's quick replies, by shortcut. */
  public synchronized List<QuickReply> of(String tenantId) {
    List<QuickReply> out = new ArrayList<>();
    for (QuickReply q : byId.values()) {
      if (q.tenantId().equals(tenantId)) {
        out.add(q);
      }
    }
    out.sort(Comparator.comparing(QuickReply::shortcut));
    return out;
  }

  public synchronized QuickReply create(String tenantId, String shortcut, String text) {
    check(shortcut, text);
    if (of(tenantId).size() >= MAX_PER_TENANT) {
      throw ApiError.conflict("A tenant keeps at most " + MAX_PER_TENANT + " quick replies; delete one first");
    }
    requireFree(tenantId, shortcut, null);
    QuickReply created = new QuickReply("qr_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16),
        tenantId, shortcut, text, clock.instant(), clock.instant());
    byId.put(created.id(), created);
    return created;
  }

  public synchronized QuickReply replace(String tenantId, String id, String shortcut, String text) {
    QuickReply current = find(tenantId, id);
    check(shortcut, text);
    requireFree(tenantId, shortcut, id);
    QuickReply replaced = new QuickReply(id, tenantId, shortcut, text, current.createdAt(), clock.instant());
    byId.put(id, replaced);
    return replaced;
  }

  public synchronized void delete(String tenantId, String id) {
    byId.remove(find(tenantId, id).id());
  }

  private QuickReply find(String tenantId, String id) {
    QuickReply q = byId.get(id);
    if (q == null || !q.tenantId().equals(tenantId)) {
      throw ApiError.notFound("Quick reply " + id);
    }
    return q;
  }

  private void requireFree(String tenantId, String shortcut, String exceptId) {
    for (QuickReply q : of(tenantId)) {
      if (q.shortcut().equals(shortcut) && !q.id().equals(exceptId)) {
        throw ApiError.conflict("The shortcut /" + shortcut + " is taken by " + q.id() + "; choose another");
      }
    }
  }

  private static void check(String shortcut, String text) {
    if (!SHORTCUT.matcher(shortcut).matches()) {
      throw ApiError.invalid("shortcut", "shortcut must be 1 to 32 lowercase letters, digits, '_' or '-', starting"
          + " with a letter or digit (e.g. \"greeting\")");
    }
    if (text.isBlank() || text.length() > MAX_TEXT) {
      throw ApiError.invalid("text", "text must be 1 to " + MAX_TEXT + " characters");
    }
    Matcher m = VARIABLE.matcher(text);
    while (m.find()) {
      if (!VARIABLES.contains(m.group(1))) {
        throw ApiError.invalid("text", "{{" + m.group(1) + "}} is not a variable; use {{contact.name}},"
            + " {{contact.firstName}} or {{contact.number}}");
      }
    }
  }
}
