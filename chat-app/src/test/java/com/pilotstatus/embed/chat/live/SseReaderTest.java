package com.pilotstatus.embed.chat.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SseReaderTest {

  private static SseReader reading(String text) {
    return new SseReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void next_fullEvent_givesIdNameAndData() throws Exception {
    SseReader reader = reading("retry: 2000\n: connected\n\nid: 7\nevent: message.created\ndata: {\"a\":1}\n\n");

    assertThat(reader.next()).isEqualTo(new SseEvent(null, ":", "connected"));
    assertThat(reader.next()).isEqualTo(new SseEvent("7", "message.created", "{\"a\":1}"));
    assertThat(reader.next()).isNull();
  }

  @Test
  void next_multiLineData_isJoinedWithNewlines() throws Exception {
    assertThat(reading("data: one\ndata:two\n\n").next()).isEqualTo(new SseEvent(null, "message", "one\ntwo"));
  }

  @Test
  void next_unterminatedEvent_isNotDispatched() throws Exception {
    assertThat(reading("id: 3\nevent: x\ndata: cut").next()).isNull();
  }
}
