package com.pilotstatus.embed.kit.health;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The checks {@code /readyz} runs, registered by the app: "platform reachable", "templates loaded", "JWKS fetched".
 * A check is ready when it returns, not ready when it throws; its message says why. Checks should be cheap or
 * cached: load balancers call {@code /readyz} every few seconds.
 */
public final class Readiness {

  /** One named condition of readiness. */
  @FunctionalInterface
  public interface Check {
    /** Returns when ready; throws, with a message an operator understands, when not. */
    void verify() throws Exception;
  }

  private final Map<String, Check> checks = new LinkedHashMap<>();

  public synchronized Readiness add(String name, Check check) {
    checks.put(name, check);
    return this;
  }

  /** Runs every check, in registration order: name → {@code "ok"} or the reason it failed. */
  public Map<String, String> run() {
    Map<String, Check> snapshot;
    synchronized (this) {
      snapshot = new LinkedHashMap<>(checks);
    }
    Map<String, String> results = new LinkedHashMap<>();
    snapshot.forEach((name, check) -> {
      try {
        check.verify();
        results.put(name, "ok");
      } catch (Exception e) {
        results.put(name, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
      }
    });
    return results;
  }
}
