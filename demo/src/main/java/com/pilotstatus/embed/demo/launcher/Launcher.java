package com.pilotstatus.embed.demo.launcher;

import java.util.Map;

/** {@code java -jar demo/target/pilot-status-sandbox.jar}: starts the whole stack, prints the URLs, stops on Ctrl-C. */
public final class Launcher {

  private Launcher() {
  }

  public static void main(String[] args) {
    long started = System.nanoTime();
    SandboxStack stack;
    try {
      stack = SandboxStack.start(System.getenv());
    } catch (RuntimeException e) {
      // Typically a port in use: say which setting to change instead of a bare stack trace.
      System.err.println("[pilot-status] the stack could not start: " + e);
      System.err.println("[pilot-status] every port and origin is an environment variable: see"
          + " docs/running-the-stack.md");
      System.exit(1);
      return;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      System.out.println();
      System.out.println("[pilot-status] stopping…");
      stack.close();
      System.out.println("[pilot-status] stopped.");
    }, "stack-shutdown"));
    System.out.println();
    System.out.println("Pilot Status sandbox is up in " + (System.nanoTime() - started) / 1_000_000 + " ms:");
    for (Map.Entry<String, String> url : stack.urls().entrySet()) {
      System.out.printf("  %-30s %s%n", url.getKey(), url.getValue());
    }
    System.out.println("Tenant API key (server side only, e.g. for curl): "
        + System.getenv().getOrDefault("PS_SANDBOX_TENANT_KEY", "ps_sandbox_demo_tenant_key"));
    System.out.println("Press Ctrl-C to stop.");
  }
}
