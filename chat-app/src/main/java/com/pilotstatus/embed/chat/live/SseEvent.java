package com.pilotstatus.embed.chat.live;

/** One server-sent event as read from the platform's stream. */
record SseEvent(String id, String name, String data) {
}
