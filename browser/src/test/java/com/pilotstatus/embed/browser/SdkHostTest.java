package com.pilotstatus.embed.browser;

import com.pilotstatus.embed.testing.Chromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * The lifecycle the SDK browser tests share: one Chromium and one {@link FixtureServer} per class, and a fresh host
 * page ({@code /host.html}, SDK initialised on the fixture origins) per test.
 */
abstract class SdkHostTest {

  static Chromium chromium;
  static FixtureServer server;
  SdkPage host;

  @BeforeAll
  static void startBrowserAndServer() {
    server = FixtureServer.start();
    chromium = Chromium.launch();
  }

  @AfterAll
  static void stopBrowserAndServer() {
    chromium.close();
    server.close();
  }

  @BeforeEach
  void openHostPage() {
    host = new SdkPage(chromium, server, "/host.html");
    host.initSdk();
  }

  @AfterEach
  void closeHostPage() {
    host.close();
  }
}
