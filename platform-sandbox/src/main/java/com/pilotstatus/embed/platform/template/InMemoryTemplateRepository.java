package com.pilotstatus.embed.platform.template;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

public final class InMemoryTemplateRepository implements TemplateRepository {

  private final ConcurrentHashMap<String, MessageTemplate> templates = new ConcurrentHashMap<>();

  @Override
  public void save(MessageTemplate template) {
    templates.put(template.id(), template);
  }

  @Override
  public Optional<MessageTemplate> find(String id) {
    return id == null ? Optional.empty() : Optional.ofNullable(templates.get(id));
  }

  @Override
  public List<MessageTemplate> findByNumber(String numberId) {
    return templates.values().stream().filter(t -> t.whatsappNumberId().equals(numberId))
        .sorted(Comparator.comparing(MessageTemplate::createdAt).thenComparing(MessageTemplate::id)).toList();
  }

  @Override
  public void deleteByNumber(String numberId) {
    templates.values().removeIf(t -> t.whatsappNumberId().equals(numberId));
  }
}
