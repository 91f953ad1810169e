package com.pilotstatus.embed.branding;

/**
 * WCAG 2.x contrast, computed: the relative luminance of an sRGB colour and the contrast ratio of two colours
 * ({@code (L1 + 0.05) / (L2 + 0.05)}, 1 to 21), and the foreground of a set of candidates that reads best on a
 * background. Used wherever a colour a tenant may choose is put under text, so that readability is computed for
 * every colour, not guessed from a luminance threshold (which picks white on {@code #128c7e}: 4.13:1, below AA's
 * 4.5:1, while {@code #111111} gives 4.57:1).
 *
 * <p>Colours are {@code #rgb} or {@code #rrggbb} (as {@link BrandingRules} normalises them); anything else throws
 * {@link IllegalArgumentException}.
 */
public final class Contrast {

  /** WCAG AA for normal text. */
  public static final double AA_TEXT = 4.5;

  private Contrast() {
  }

  /** The WCAG contrast ratio of two colours, 1.0 (same luminance) to 21.0 (black on white); order does not matter. */
  public static double ratio(String a, String b) {
    double la = luminance(a);
    double lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  /** The candidate with the highest contrast ratio on {@code background}; the first one on a tie. */
  public static String bestOn(String background, String... candidates) {
    if (candidates.length == 0) {
      throw new IllegalArgumentException("bestOn needs at least one candidate colour");
    }
    String best = candidates[0];
    double bestRatio = ratio(background, best);
    for (int i = 1; i < candidates.length; i++) {
      double r = ratio(background, candidates[i]);
      if (r > bestRatio) {
        best = candidates[i];
        bestRatio = r;
      }
    }
    return best;
  }

  /**
   * The text colour for {@code background}: {@code #ffffff} or {@code #111111}, whichever has the higher contrast
   * ratio with it. For the few mid-tones where neither reaches AA's 4.5:1 (e.g. {@code #777777}), pure black or white
   * instead, which always reaches it (at worst 4.58:1): every colour a tenant or host may set keeps its text
   * readable.
   */
  public static String readableOn(String background) {
    String preferred = bestOn(background, "#ffffff", "#111111");
    return ratio(background, preferred) >= AA_TEXT ? preferred : bestOn(background, "#ffffff", "#000000");
  }

  /** WCAG relative luminance, 0.0 (black) to 1.0 (white). */
  public static double luminance(String color) {
    int rgb = parse(color);
    return 0.2126 * channel((rgb >> 16) & 0xff) + 0.7152 * channel((rgb >> 8) & 0xff) + 0.0722 * channel(rgb & 0xff);
  }

  private static double channel(int value) {
    double c = value / 255.0;
    return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }

  /** {@code #rgb} / {@code #rrggbb} as {@code 0xrrggbb}. */
  static int parse(String color) {
    if (color == null || color.isEmpty() || color.charAt(0) != '#' || (color.length() != 4 && color.length() != 7)) {
      throw new IllegalArgumentException("colour must be #rgb or #rrggbb, was " + color);
    }
    int value = 0;
    for (int i = 1; i < color.length(); i++) {
      int digit = hexDigit(color.charAt(i));
      if (digit < 0) {
        throw new IllegalArgumentException("colour must be #rgb or #rrggbb, was " + color);
      }
      value = color.length() == 4 ? (value << 8) | (digit << 4) | digit : (value << 4) | digit;
    }
    return value;
  }

  private static int hexDigit(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    return -1;
  }
}
