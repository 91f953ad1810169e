package com.pilotstatus.embed.platform.sandbox;

import com.pilotstatus.embed.platform.chat.ChatService.InboundFile;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;

/**
 * Real, small files for the sandbox's inbound media control, made on the spot so demos and tests show every kind
 * without shipping binaries: a PNG photo and sticker (drawn), a one-page PDF, a WAV tone for audio and voice notes, and
 * a short WebM clip (the one stored binary, {@code sample-video.webm}, 2 s) with a drawn poster.
 */
final class SampleMedia {

  private SampleMedia() {
  }

  /** The sample of {@code kind} ({@code image|document|audio|voice|video|sticker}). */
  static InboundFile of(String kind, String fileName) {
    return switch (kind) {
      case "image" -> new InboundFile(kind, "image/png", name(fileName, "photo.png"), picture(640, 480, "Photo"), null);
      case "sticker" -> new InboundFile(kind, "image/png", name(fileName, "sticker.png"), sticker(), null);
      case "document" -> new InboundFile(kind, "application/pdf", name(fileName, "invoice-4821.pdf"), pdf(), null);
      case "audio" -> new InboundFile(kind, "audio/wav", name(fileName, "audio.wav"), tone(440, 3), null);
      case "voice" -> new InboundFile(kind, "audio/wav", name(fileName, "voice-note.wav"), tone(330, 2), null);
      case "video" -> new InboundFile(kind, "video/webm", name(fileName, "clip.webm"), resource("sample-video.webm"),
          picture(320, 180, "Video"));
      default -> throw new IllegalArgumentException("not a media kind: " + kind);
    };
  }

  private static String name(String given, String fallback) {
    return given == null ? fallback : given;
  }

  private static byte[] picture(int width, int height, String label) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setPaint(new GradientPaint(0, 0, new Color(0x2a, 0x9d, 0x8f), width, height, new Color(0x26, 0x46, 0x53)));
    g.fillRect(0, 0, width, height);
    g.setColor(new Color(0xe9, 0xc4, 0x6a));
    g.fillOval(width * 3 / 4 - height / 8, height / 6, height / 4, height / 4);
    g.setColor(new Color(0x1d, 0x35, 0x57));
    g.fillPolygon(new int[] {0, width / 3, width * 2 / 3, width}, new int[] {height, height / 2, height * 3 / 4, height},
        4);
    g.setColor(Color.WHITE);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, height / 10));
    g.drawString(label, width / 10, height / 5);
    g.dispose();
    return png(image);
  }

  private static byte[] sticker() {
    BufferedImage image = new BufferedImage(256, 256, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(new Color(0xff, 0xc8, 0x3d));
    g.fillOval(16, 16, 224, 224);
    g.setColor(new Color(0x5a, 0x3a, 0x00));
    g.fillOval(80, 90, 28, 40);
    g.fillOval(148, 90, 28, 40);
    g.setStroke(new java.awt.BasicStroke(12));
    g.drawArc(70, 110, 116, 80, 200, 140);
    g.dispose();
    return png(image);
  }

  private static byte[] png(BufferedImage image) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** A valid one-page PDF with one line of text; the cross-reference offsets are computed, not guessed. */
  private static byte[] pdf() {
    String[] objects = {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
            + " /Resources << /Font << /F1 5 0 R >> >> >>",
        null,
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
    String text = "BT /F1 24 Tf 72 760 Td (Invoice #4821) Tj ET";
    objects[3] = "<< /Length " + text.length() + " >>\nstream\n" + text + "\nendstream";
    StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
    int[] offsets = new int[objects.length];
    for (int i = 0; i < objects.length; i++) {
      offsets[i] = pdf.length();
      pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
    }
    int xref = pdf.length();
    pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
    for (int offset : offsets) {
      pdf.append(String.format("%010d 00000 n \n", offset));
    }
    pdf.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref)
        .append("\n%%EOF\n");
    return pdf.toString().getBytes(StandardCharsets.US_ASCII);
  }

  /** {@code seconds} of a sine tone at {@code hertz}, 8 kHz mono 8-bit PCM in a WAV container. */
  private static byte[] tone(int hertz, int seconds) {
    int rate = 8000;
    int samples = rate * seconds;
    ByteBuffer wav = ByteBuffer.allocate(44 + samples).order(ByteOrder.LITTLE_ENDIAN);
    wav.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(36 + samples).put("WAVE".getBytes(StandardCharsets.US_ASCII));
    wav.put("fmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16).putShort((short) 1).putShort((short) 1)
        .putInt(rate).putInt(rate).putShort((short) 1).putShort((short) 8);
    wav.put("data".getBytes(StandardCharsets.US_ASCII)).putInt(samples);
    for (int i = 0; i < samples; i++) {
      double fade = Math.min(1, Math.min(i, samples - i) / 400.0);
      wav.put((byte) (128 + 60 * fade * Math.sin(2 * Math.PI * hertz * i / rate)));
    }
    return wav.array();
  }

  private static byte[] resource(String name) {
    try (InputStream in = SampleMedia.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing from the sandbox's resources");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
