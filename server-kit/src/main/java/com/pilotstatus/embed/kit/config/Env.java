package com.pilotstatus.embed.kit.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The one reader of {@code PS_*} settings. Every getter follows one rule, the same for every server and type:
 * <ul>
 *   <li>absent or blank (only white space) → the documented default, passed by the caller;</li>
 *   <li>present but not of the type → {@link InvalidSetting} naming the variable and what it expects: a server with a
 *       typo in its environment does not start, it never runs on a silent fallback;</li>
 *   <li>surrounding white space is ignored.</li>
 * </ul>
 * Each key read is remembered ({@link #keysRead()}) so a test can check the README's configuration table against
 * what the config classes really read. Built once in {@code main} from {@code System.getenv()}; nothing else calls
 * {@code System.getenv}.
 */
public final class Env {

  private final Map<String, String> values;
  private final Set<String> keysRead = Collections.synchronizedSet(new TreeSet<>());

  private Env(Map<String, String> values) {
    this.values = Map.copyOf(values);
  }

  public static Env of(Map<String, String> values) {
    return new Env(Objects.requireNonNull(values, "values"));
  }

  /** The raw value, trimmed; {@code null} when absent or blank. */
  public String raw(String key) {
    keysRead.add(key);
    String value = values.get(key);
    return value == null || value.isBlank() ? null : value.trim();
  }

  public boolean isSet(String key) {
    return raw(key) != null;
  }

  public String string(String key, String fallback) {
    String value = raw(key);
    return value == null ? fallback : value;
  }

  /**
   * A secret (API key, webhook secret): read like a string, but an error never repeats its value.
   */
  public Secret secret(String key, String fallback) {
    return new Secret(string(key, fallback));
  }

  public int integer(String key, int fallback, int min, int max) {
    String value = raw(key);
    if (value == null) {
      return fallback;
    }
    try {
      int parsed = Integer.parseInt(value);
      if (parsed >= min && parsed <= max) {
        return parsed;
      }
    } catch (NumberFormatException e) {
      // reported below, with the range
    }
    throw new InvalidSetting(key, "a whole number from " + min + " to " + max, quoted(value));
  }

  /** A TCP port, 0 meaning "any free port". */
  public int port(String key, int fallback) {
    return integer(key, fallback, 0, 65_535);
  }

  /** {@code true}/{@code 1} or {@code false}/{@code 0}, any case: a typo must not silently mean false. */
  public boolean bool(String key, boolean fallback) {
    String value = raw(key);
    if (value == null) {
      return fallback;
    }
    if (value.equalsIgnoreCase("true") || value.equals("1")) {
      return true;
    }
    if (value.equalsIgnoreCase("false") || value.equals("0")) {
      return false;
    }
    throw new InvalidSetting(key, "true or false", quoted(value));
  }

  /** A duration given in whole milliseconds ({@code PS_…_MS}). */
  public Duration millis(String key, Duration fallback, Duration min) {
    return duration(key, fallback, min, "milliseconds", Duration::ofMillis);
  }

  /** A duration given in whole seconds ({@code PS_…_SECONDS}). */
  public Duration seconds(String key, Duration fallback, Duration min) {
    return duration(key, fallback, min, "seconds", Duration::ofSeconds);
  }

  /** An absolute http(s) URL; a trailing {@code /} is dropped so paths can be appended. */
  public URI httpUrl(String key, String fallback) {
    String value = string(key, fallback);
    try {
      URI uri = new URI(value);
      String scheme = uri.getScheme();
      if (uri.getHost() != null && ("http".equals(scheme) || "https".equals(scheme))) {
        String text = uri.toString();
        while (text.endsWith("/")) {
          text = text.substring(0, text.length() - 1);
        }
        return URI.create(text);
      }
    } catch (URISyntaxException e) {
      // reported below
    }
    throw new InvalidSetting(key, "an absolute http(s) URL such as " + fallback, quoted(value));
  }

  /** A comma- or space-separated list; empty when absent or blank. */
  public List<String> list(String key, List<String> fallback) {
    String value = raw(key);
    if (value == null) {
      return fallback;
    }
    return Arrays.stream(value.split("[,\\s]+")).filter(s -> !s.isEmpty()).toList();
  }

  /** One of an enum's constants, by name in any case ({@code json}, {@code JSON}). */
  public <E extends Enum<E>> E oneOf(String key, Class<E> type, E fallback) {
    String value = raw(key);
    if (value == null) {
      return fallback;
    }
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equalsIgnoreCase(value)) {
        return constant;
      }
    }
    String names = String.join(" or ", Arrays.stream(type.getEnumConstants())
        .map(c -> c.name().toLowerCase(Locale.ROOT)).toList());
    throw new InvalidSetting(key, names, quoted(value));
  }

  /** Every key a getter was asked for so far, sorted. */
  public Set<String> keysRead() {
    synchronized (keysRead) {
      return Set.copyOf(keysRead);
    }
  }

  private Duration duration(String key, Duration fallback, Duration min, String unit, Function<Long, Duration> of) {
    String value = raw(key);
    if (value == null) {
      return fallback;
    }
    try {
      Duration parsed = of.apply(Long.parseLong(value));
      if (parsed.compareTo(min) >= 0) {
        return parsed;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    long floor = unit.equals("seconds") ? min.toSeconds() : min.toMillis();
    throw new InvalidSetting(key, "a whole number of " + unit + ", at least " + floor, quoted(value));
  }

  private static String quoted(String value) {
    return "\"" + value + "\"";
  }

  /** A value that must not reach a log or an error message: {@link #toString()} hides it. */
  public record Secret(String value) {
    public boolean isEmpty() {
      return value == null || value.isEmpty();
    }

    @Override
    public String toString() {
      return "Secret[***]";
    }
  }
}
