package com.pilotstatus.embed.platform.quickreply;

import java.time.Instant;

/**
 * A tenant's saved response: what an agent inserts by typing {@code /} and its {@code shortcut} in the composer.
 *
 * @param text the response, with {@link QuickReplies#VARIABLES} filled from the conversation when inserted
 */
public record QuickReply(String id, String tenantId, String shortcut, String text, Instant createdAt,
                         Instant updatedAt) {
}
