package com.pilotstatus.embed.demo.launcher;

import java.util.Map;

/** {@code java -jar demo/target/pilot-status-sandbox.jar}: starts the whole stack, prints the URLs, stops on Ctrl-C. */
public final class Launcher {

  private Launcher() {
  }

  public static void main(String[] args) {
    long started = System.nanoTime();
    SandboxStack stack = SandboxStack.start(System.getenv());
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      System.out.println("\n[pilot-status] stopping…");
      stack.close();
    }, "stack-shutdown"));
    System.out.println();
    System.out.println("Pilot Status sandbox is up in " + (System.nanoTime() - started) / 1_000_000 + " ms:");
    for (Map.Entry<String, String> url : stack.urls().entrySet()) {
      System.out.printf("  %-28s %s%n", url.getKey(), url.getValue());
    }
    System.out.println("Tenant API key (backend only): "
        + System.getenv().getOrDefault("PS_SANDBOX_TENANT_KEY", "ps_sandbox_demo_tenant_key"));
    System.out.println("Press Ctrl-C to stop.");
  }
}
