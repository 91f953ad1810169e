package com.pilotstatus.embed.platform.template;

import java.util.List;
import java.util.Optional;

/** Where templates live. Implementations are thread-safe. */
public interface TemplateRepository {

  void save(MessageTemplate template);

  Optional<MessageTemplate> find(String id);

  /** The number's templates, oldest first. */
  List<MessageTemplate> findByNumber(String numberId);

  void deleteByNumber(String numberId);
}
