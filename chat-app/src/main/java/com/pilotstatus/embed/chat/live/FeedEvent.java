package com.pilotstatus.embed.chat.live;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One event of the platform's internal feed.
 *
 * @param id       the platform's event id (a global, increasing sequence): the {@code id:} browsers resume from
 * @param type     {@code message.created|message.updated|conversation.updated|number.updated|number.removed|…}
 * @param numberId the number it belongs to (streams and caches filter on it); null for platform-wide events
 * @param data     the payload of the public stream's event of that type
 */
public record FeedEvent(long id, String type, String numberId, JsonNode data) {
}
