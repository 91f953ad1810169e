package com.pilotstatus.embed.platform.chat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

public final class InMemoryConversationRepository implements ConversationRepository {

  private final ConcurrentHashMap<String, Conversation> conversations = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, List<ChatMessage>> histories = new ConcurrentHashMap<>();

  @Override
  public void save(Conversation conversation) {
    conversations.put(conversation.id(), conversation);
  }

  @Override
  public Optional<Conversation> find(String id) {
    return Optional.ofNullable(conversations.get(id));
  }

  @Override
  public List<Conversation> findByNumbers(List<String> numberIds) {
    return conversations.values().stream().filter(c -> numberIds.contains(c.whatsappNumberId())).toList();
  }

  @Override
  public Optional<Conversation> findByContact(String numberId, String contactNumber) {
    return conversations.values().stream()
        .filter(c -> c.whatsappNumberId().equals(numberId) && c.contactNumber().equals(contactNumber))
        .findFirst();
  }

  @Override
  public void append(ChatMessage message) {
    histories.computeIfAbsent(message.conversationId(), k -> Collections.synchronizedList(new ArrayList<>()))
        .add(message);
  }

  @Override
  public void replace(ChatMessage message) {
    List<ChatMessage> history = histories.get(message.conversationId());
    if (history == null) {
      return;
    }
    synchronized (history) {
      for (int i = 0; i < history.size(); i++) {
        if (history.get(i).id().equals(message.id())) {
          history.set(i, message);
        }
      }
    }
  }

  @Override
  public List<ChatMessage> messages(String conversationId) {
    List<ChatMessage> history = histories.get(conversationId);
    if (history == null) {
      return List.of();
    }
    synchronized (history) {
      return List.copyOf(history);
    }
  }

  @Override
  public void deleteByNumber(String numberId) {
    conversations.values().removeIf(c -> {
      if (c.whatsappNumberId().equals(numberId)) {
        histories.remove(c.id());
        return true;
      }
      return false;
    });
  }
}
