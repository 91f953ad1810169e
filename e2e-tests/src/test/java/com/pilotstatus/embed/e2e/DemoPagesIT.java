package com.pilotstatus.embed.e2e;

/** The demo's pages, button by button, on a fresh stack (one connected number: {@code wa_demo}). */
class DemoPagesIT extends DemoPageJourneys {

  @Override
  int minimumNumbersInTheInbox() {
    return 1;
  }

  @Override
  String run() {
    return "fresh";
  }
}
