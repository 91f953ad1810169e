package com.pilotstatus.embed.chat.conversation;

/** A line of the thread's log: a day separator ({@code bubble} null) or a message. */
public record LogEntry(String dayKey, String dayLabel, Bubble bubble) {

  public static LogEntry separator(String dayKey, String dayLabel) {
    return new LogEntry(dayKey, dayLabel, null);
  }

  public static LogEntry message(Bubble bubble) {
    return new LogEntry(bubble.dayKey(), null, bubble);
  }

  public boolean isSeparator() {
    return bubble == null;
  }
}
