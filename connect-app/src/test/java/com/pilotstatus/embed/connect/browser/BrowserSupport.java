package com.pilotstatus.embed.connect.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.LuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.microsoft.playwright.Page;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/** Helpers shared by the browser tests: the host page's recorded messages, waiting, decoding a screenshot. */
final class BrowserSupport {

  private static final ObjectMapper JSON = new ObjectMapper();

  private BrowserSupport() {
  }

  /** The messages the host page accepted from the connect iframe, oldest first. */
  static List<JsonNode> messages(Page host) {
    try {
      JsonNode all = JSON.readTree((String) host.evaluate("() => JSON.stringify(window.__messages)"));
      List<JsonNode> out = new ArrayList<>();
      all.forEach(out::add);
      return out;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Waits until the host page has received a message of {@code type}; returns it. */
  static JsonNode awaitMessage(Page host, String type, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      for (JsonNode message : messages(host)) {
        if (type.equals(message.path("type").asText())) {
          return message;
        }
      }
      host.waitForTimeout(100);
    }
    throw new AssertionError("no " + type + " message within " + timeout + "; got " + messages(host));
  }

  /**
   * Decodes a QR from a PNG screenshot of the QR element, as a phone camera would read the screen. ZXing's
   * finder-pattern detector misses about 1% of such renders (measured on 3,000 anti-aliased 264 px renders: 26), which
   * made this flaky; like a phone held at another angle, a miss is read again turned by 90 degrees (both missed: 0 of
   * the 3,000).
   */
  static String decodePng(byte[] png) {
    LuminanceSource screen;
    try {
      screen = new BufferedImageLuminanceSource(ImageIO.read(new ByteArrayInputStream(png)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(screen))).getText();
    } catch (ReaderException detectorMissed) {
      try {
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(screen.rotateCounterClockwise())))
            .getText();
      } catch (ReaderException e) {
        throw new AssertionError("the screenshot does not decode as a QR code", e);
      }
    }
  }

}
