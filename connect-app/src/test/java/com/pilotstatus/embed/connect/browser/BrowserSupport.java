package com.pilotstatus.embed.connect.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.microsoft.playwright.Page;
import java.io.ByteArrayInputStream;
import java.io.IOException;
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

  /** Decodes a QR from a PNG screenshot, as a phone camera would read the screen. */
  static String decodePng(byte[] png) {
    try {
      return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
          new BufferedImageLuminanceSource(ImageIO.read(new ByteArrayInputStream(png)))))).getText();
    } catch (Exception e) {
      throw new AssertionError("the screenshot does not decode as a QR code", e);
    }
  }
}
