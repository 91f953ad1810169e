package com.pilotstatus.embed.platform.chat;

import java.util.List;
import java.util.Optional;

/** Where conversations and their messages live. Implementations are thread-safe. */
public interface ConversationRepository {

  void save(Conversation conversation);

  Optional<Conversation> find(String id);

  /** Every conversation of the given numbers (any order). */
  List<Conversation> findByNumbers(List<String> numberIds);

  Optional<Conversation> findByContact(String numberId, String contactNumber);

  /** Appends a message to its conversation's history. */
  void append(ChatMessage message);

  /** Replaces a stored message (same id). */
  void replace(ChatMessage message);

  /** The history of a conversation, oldest first. */
  List<ChatMessage> messages(String conversationId);

  void deleteByNumber(String numberId);
}
