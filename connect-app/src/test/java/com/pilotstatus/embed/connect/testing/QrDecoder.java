package com.pilotstatus.embed.connect.testing;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.util.Map;

/**
 * Decodes the QR an SVG of ours draws: rasterises its {@code M x y h w v1 h-w z} runs (and white background) into
 * pixels, then lets ZXing's reader find and decode the symbol as a camera would.
 */
public final class QrDecoder {

  private QrDecoder() {
  }

  public static String decode(String svg) {
    int viewBox = svg.indexOf("viewBox=\"0 0 ");
    int sizeEnd = svg.indexOf(' ', viewBox + 13);
    int size = Integer.parseInt(svg.substring(viewBox + 13, sizeEnd));
    int scale = 6;
    int px = size * scale;
    int[] pixels = new int[px * px];
    java.util.Arrays.fill(pixels, 0xffffff);
    String d = svg.substring(svg.indexOf(" d=\"") + 4);
    d = d.substring(0, d.indexOf('"'));
    int i = 0;
    while ((i = d.indexOf('M', i)) >= 0) {
      int space = d.indexOf(' ', i);
      int h = d.indexOf('h', space);
      int v = d.indexOf('v', h);
      int x = Integer.parseInt(d.substring(i + 1, space));
      int y = Integer.parseInt(d.substring(space + 1, h));
      int w = Integer.parseInt(d.substring(h + 1, v));
      for (int yy = y * scale; yy < (y + 1) * scale; yy++) {
        for (int xx = x * scale; xx < (x + w) * scale; xx++) {
          pixels[yy * px + xx] = 0;
        }
      }
      i = v;
    }
    try {
      return new QRCodeReader().decode(
          new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(px, px, pixels))),
          Map.of(DecodeHintType.PURE_BARCODE, Boolean.FALSE)).getText();
    } catch (Exception e) {
      throw new AssertionError("the SVG does not decode as a QR code", e);
    }
  }
}
