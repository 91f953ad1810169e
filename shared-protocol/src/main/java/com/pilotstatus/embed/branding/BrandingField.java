package com.pilotstatus.embed.branding;

/**
 * The white-label fields of the connect page and the chat theme, with their rule. The wire name is the same in JSON
 * ({@code PUT /v1/branding}, {@code brandingOverride}) and in URL query parameters ({@code ?primaryColor=%23ff6600}).
 */
public enum BrandingField {
  LOGO_URL("logoUrl", Kind.URL, 2048),
  PRIMARY_COLOR("primaryColor", Kind.COLOR, 7),
  BACKGROUND_COLOR("backgroundColor", Kind.COLOR, 7),
  TEXT_COLOR("textColor", Kind.COLOR, 7),
  TITLE("title", Kind.TEXT, 80),
  SUBTITLE("subtitle", Kind.TEXT, 200),
  COMPANY_NAME("companyName", Kind.TEXT, 80);

  /** What kind of value a field holds, which decides its validation. */
  public enum Kind { COLOR, URL, TEXT }

  private final String wireName;
  private final Kind kind;
  private final int maxLength;

  BrandingField(String wireName, Kind kind, int maxLength) {
    this.wireName = wireName;
    this.kind = kind;
    this.maxLength = maxLength;
  }

  public String wireName() {
    return wireName;
  }

  public Kind kind() {
    return kind;
  }

  public int maxLength() {
    return maxLength;
  }

  /** The field with this wire name, or {@code null}. */
  public static BrandingField fromWireName(String name) {
    for (BrandingField field : values()) {
      if (field.wireName.equals(name)) {
        return field;
      }
    }
    return null;
  }
}
