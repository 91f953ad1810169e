package com.pilotstatus.embed.platform.testing;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** One sandbox on a free port per test class, with an {@link Api} client for it. */
public abstract class SandboxTest {

  protected static Sandbox sandbox;
  protected static Api api;

  @BeforeAll
  static void startSandbox() {
    sandbox = Sandbox.start();
    api = sandbox.api;
  }

  @AfterAll
  static void stopSandbox() {
    sandbox.close();
  }
}
