package com.pilotstatus.embed.connect.branding;

import com.pilotstatus.embed.appearance.Appearance;
import com.pilotstatus.embed.branding.BrandingField;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The host's appearance variables as the connect page gets them: query parameters by {@link Appearance}'s names
 * ({@code ?colorPrimary=%23635bff&borderRadius=4px}, what {@code connect.open({appearance})} appends), each checked
 * with {@link Appearance#normalize} here, on the server, before it reaches the page; one that fails is ignored, as a
 * bad branding query value is (DESIGN.md "Branding precedence").
 *
 * <p>The three colours the branding model already has ({@code colorPrimary}, {@code colorBackground},
 * {@code colorText}) join the branding's query layer ({@link #brandingColor}), so they keep its precedence (query &gt;
 * link &gt; tenant &gt; default) and its readable text on the primary colour; the rest become connect.css's custom
 * properties ({@link #declarations}).
 *
 * @param values one checked value per {@link Appearance} variable, in its order ({@code null} = not set or invalid)
 */
public record HostAppearance(List<String> values) {

  /** Nothing set. */
  public static final HostAppearance NONE = new HostAppearance(Collections.nCopies(Appearance.COUNT, null));

  /** One CSS custom property of the page's {@code :root}. */
  public record Declaration(String property, String value) {
  }

  /** The valid appearance variables among query parameters (the first value of each). */
  public static HostAppearance fromQuery(Map<String, List<String>> query) {
    List<String> values = new ArrayList<>(Appearance.COUNT);
    for (int i = 0; i < Appearance.COUNT; i++) {
      List<String> given = query.get(Appearance.name(i));
      values.add(given == null || given.isEmpty() ? null : Appearance.normalize(i, given.get(0)));
    }
    return new HostAppearance(Collections.unmodifiableList(values));
  }

  /** The host's colour for a branding colour field, or {@code null}. */
  public String brandingColor(BrandingField field) {
    switch (field) {
      case PRIMARY_COLOR:
        return values.get(Appearance.indexOf(Appearance.COLOR_PRIMARY));
      case BACKGROUND_COLOR:
        return values.get(Appearance.indexOf(Appearance.COLOR_BACKGROUND));
      case TEXT_COLOR:
        return values.get(Appearance.indexOf(Appearance.COLOR_TEXT));
      default:
        return null;
    }
  }

  /** connect.css's custom properties for the variables set that are not branding colours. */
  public List<Declaration> declarations() {
    List<Declaration> out = new ArrayList<>();
    add(out, "--ps-danger", Appearance.COLOR_DANGER);
    add(out, "--ps-font", Appearance.FONT_FAMILY);
    add(out, "--ps-font-size", Appearance.FONT_SIZE_BASE);
    add(out, "--ps-radius", Appearance.BORDER_RADIUS);
    add(out, "--ps-space", Appearance.SPACING_UNIT);
    return out;
  }

  private void add(List<Declaration> out, String property, String variable) {
    String value = values.get(Appearance.indexOf(variable));
    if (value != null) {
      out.add(new Declaration(property, value));
    }
  }
}
