package com.pilotstatus.embed.chat.conversation;

/**
 * A line of the thread's log: a day separator, the "N unread messages" divider ({@code unreadLabel} set), or a
 * message ({@code bubble} set).
 */
public record LogEntry(String dayKey, String dayLabel, Bubble bubble, String unreadLabel) {

  public static LogEntry separator(String dayKey, String dayLabel) {
    return new LogEntry(dayKey, dayLabel, null, null);
  }

  public static LogEntry message(Bubble bubble) {
    return new LogEntry(bubble.dayKey(), null, bubble, null);
  }

  public static LogEntry unreadDivider(String label) {
    return new LogEntry(null, null, null, label);
  }

  public boolean isSeparator() {
    return bubble == null && unreadLabel == null;
  }

  public boolean isUnreadDivider() {
    return unreadLabel != null;
  }
}
