package com.pilotstatus.embed.platform.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import com.pilotstatus.embed.platform.error.ApiError;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request's JSON object with typed getters that fail with a 400 naming the field ({@code prefix.name}), so every
 * handler validates its input the same way.
 */
public final class JsonBody {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final JsonNode node;
  private final String prefix;

  private JsonBody(JsonNode node, String prefix) {
    this.node = node;
    this.prefix = prefix;
  }

  /** The body of {@code ctx}; an empty body counts as {@code {}}. 400 when it is not a JSON object. */
  public static JsonBody of(Context ctx) {
    String text = ctx.body();
    if (text == null || text.isBlank()) {
      return new JsonBody(MAPPER.createObjectNode(), "");
    }
    JsonNode node;
    try {
      node = MAPPER.readTree(text);
    } catch (Exception e) {
      throw ApiError.invalid(null, "The request body is not valid JSON");
    }
    if (node == null || !node.isObject()) {
      throw ApiError.invalid(null, "The request body must be a JSON object");
    }
    return new JsonBody(node, "");
  }

  public static JsonBody of(JsonNode node, String prefix) {
    return new JsonBody(node, prefix);
  }

  public String path(String name) {
    return prefix.isEmpty() ? name : prefix + "." + name;
  }

  public boolean has(String name) {
    JsonNode value = node.get(name);
    return value != null && !value.isNull();
  }

  /** True when the member is there, even as {@code null} (which {@link #has} does not count). */
  public boolean hasKey(String name) {
    return node.has(name);
  }

  /** A required non-blank string. */
  public String requiredString(String name) {
    String value = optionalString(name);
    if (value == null || value.isBlank()) {
      throw ApiError.invalid(path(name), path(name) + " is required");
    }
    return value;
  }

  /** A string or {@code null} when absent; 400 when present with another type. */
  public String optionalString(String name) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw ApiError.invalid(path(name), path(name) + " must be a string");
    }
    return value.asText();
  }

  public boolean optionalBoolean(String name, boolean fallback) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      return fallback;
    }
    if (!value.isBoolean()) {
      throw ApiError.invalid(path(name), path(name) + " must be true or false");
    }
    return value.asBoolean();
  }

  /** An integer or {@code fallback} when absent; 400 for fractions and non-numbers. */
  public long optionalLong(String name, long fallback) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      return fallback;
    }
    if (!value.isIntegralNumber() || !value.canConvertToLong()) {
      throw ApiError.invalid(path(name), path(name) + " must be an integer");
    }
    return value.asLong();
  }

  /** A required array of strings. */
  public List<String> requiredStrings(String name) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      throw ApiError.invalid(path(name), path(name) + " is required");
    }
    if (!value.isArray()) {
      throw ApiError.invalid(path(name), path(name) + " must be an array of strings");
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < value.size(); i++) {
      JsonNode item = value.get(i);
      if (!item.isTextual()) {
        throw ApiError.invalid(path(name) + "[" + i + "]", path(name) + "[" + i + "] must be a string");
      }
      out.add(item.asText());
    }
    return out;
  }

  /** The raw value of {@code name}, or {@code null} when absent or null (for rules a getter cannot express). */
  public JsonNode optionalNode(String name) {
    JsonNode value = node.get(name);
    return value == null || value.isNull() ? null : value;
  }

  /** A nested object, or {@code null} when absent. */
  public JsonBody optionalObject(String name) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isObject()) {
      throw ApiError.invalid(path(name), path(name) + " must be an object");
    }
    return new JsonBody(value, path(name));
  }

  /** The string members of this object (others are refused with 400). */
  public Map<String, String> stringMembers() {
    Map<String, String> out = new LinkedHashMap<>();
    node.fields().forEachRemaining(entry -> {
      JsonNode value = entry.getValue();
      if (value.getNodeType() == JsonNodeType.NULL) {
        return;
      }
      if (!value.isTextual()) {
        throw ApiError.invalid(path(entry.getKey()), path(entry.getKey()) + " must be a string");
      }
      out.put(entry.getKey(), value.asText());
    });
    return out;
  }
}
