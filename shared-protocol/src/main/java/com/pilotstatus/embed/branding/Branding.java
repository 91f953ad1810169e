package com.pilotstatus.embed.branding;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One layer of branding: a value (or nothing) per {@link BrandingField}. Immutable. A layer may hold unchecked input
 * (query parameters, stored JSON); {@link BrandingRules} decides what of it is usable.
 */
public final class Branding {

  /** The product default: colours only; titles come from the page's locale when no layer sets them. */
  public static final Branding DEFAULT = builder()
      .set(BrandingField.PRIMARY_COLOR, "#128c7e")
      .set(BrandingField.BACKGROUND_COLOR, "#ffffff")
      .set(BrandingField.TEXT_COLOR, "#111b21")
      .build();

  public static final Branding EMPTY = builder().build();

  private final String[] values;

  private Branding(String[] values) {
    this.values = values;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A layer from name/value pairs (query parameters, a JSON object's string members); unknown names are ignored. */
  public static Branding fromMap(Map<String, String> map) {
    Builder builder = builder();
    if (map != null) {
      for (Map.Entry<String, String> entry : map.entrySet()) {
        BrandingField field = BrandingField.fromWireName(entry.getKey());
        if (field != null) {
          builder.set(field, entry.getValue());
        }
      }
    }
    return builder.build();
  }

  /** The value of {@code field}, or {@code null} when this layer does not set it. */
  public String get(BrandingField field) {
    return values[field.ordinal()];
  }

  public boolean isEmpty() {
    for (String value : values) {
      if (value != null) {
        return false;
      }
    }
    return true;
  }

  public String logoUrl() {
    return get(BrandingField.LOGO_URL);
  }

  public String primaryColor() {
    return get(BrandingField.PRIMARY_COLOR);
  }

  public String backgroundColor() {
    return get(BrandingField.BACKGROUND_COLOR);
  }

  public String textColor() {
    return get(BrandingField.TEXT_COLOR);
  }

  public String title() {
    return get(BrandingField.TITLE);
  }

  public String subtitle() {
    return get(BrandingField.SUBTITLE);
  }

  public String companyName() {
    return get(BrandingField.COMPANY_NAME);
  }

  /** The fields this layer sets, by wire name, in {@link BrandingField} order (for JSON output). */
  public Map<String, String> toMap() {
    Map<String, String> out = new LinkedHashMap<>();
    for (BrandingField field : BrandingField.values()) {
      if (values[field.ordinal()] != null) {
        out.put(field.wireName(), values[field.ordinal()]);
      }
    }
    return out;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Branding && toMap().equals(((Branding) o).toMap());
  }

  @Override
  public int hashCode() {
    return toMap().hashCode();
  }

  @Override
  public String toString() {
    return "Branding" + toMap();
  }

  /** Builds a {@link Branding}. Setting {@code null} clears a field. */
  public static final class Builder {
    private final String[] values = new String[BrandingField.values().length];

    private Builder() {
    }

    public Builder set(BrandingField field, String value) {
      values[field.ordinal()] = value;
      return this;
    }

    public Branding build() {
      return new Branding(values.clone());
    }
  }
}
