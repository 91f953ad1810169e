package com.pilotstatus.embed.origin;

/** Why a string is not an acceptable origin. Each constant carries the sentence shown to the developer. */
public enum OriginError {
  EMPTY("is empty"),
  WHITESPACE("has spaces or control characters; remove them"),
  NULL_ORIGIN("is the opaque origin \"null\", which cannot be allowed"),
  BAD_SCHEME("must start with https:// (or http:// for localhost)"),
  INSECURE_SCHEME("must use https:// (http:// is only allowed for localhost and loopback addresses)"),
  HAS_USERINFO("must not contain user info (user@host)"),
  HAS_PATH("must not contain a path; an origin is scheme://host[:port]"),
  HAS_QUERY("must not contain a query string"),
  HAS_FRAGMENT("must not contain a fragment"),
  WILDCARD("must not contain wildcards; list each origin exactly"),
  NON_ASCII_HOST("has a non-ASCII host; use its punycode (xn--) form"),
  BAD_HOST("has an invalid host name"),
  TRAILING_DOT("has a host ending in a dot; remove the trailing dot"),
  BAD_PORT("has an invalid port (1-65535)");

  private final String sentence;

  OriginError(String sentence) {
    this.sentence = sentence;
  }

  /** What is wrong, as the end of a sentence: {@code "https://x/y" + " " + sentence()}. */
  public String sentence() {
    return sentence;
  }
}
