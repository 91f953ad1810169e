package com.pilotstatus.embed.demo.page;

import com.pilotstatus.embed.kit.http.SecurityHeadersPlugin;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo's Content-Security-Policy, in one place (issue 16, item 9: every HTML response keeps a CSP). Like a
 * careful host would write it for the embeds: nothing by default; scripts from this origin and the CDN that serves
 * {@code embed.js} only, no inline script except the seed snippets' verbatim blocks, allowed by their SHA-256; styles
 * from this origin only (the SDK styles through the CSSOM, which {@code style-src} does not restrict); the page cannot
 * be framed. {@code frame-src} allows any http(s) origin: the chat and connect origins are stamped into
 * {@code embed.js} by the CDN and the demo does not know them.
 */
public final class PagePolicy {

  private final String cdnOrigin;

  public PagePolicy(String cdnOrigin) {
    this.cdnOrigin = cdnOrigin;
  }

  /** The policy for a page whose only inline scripts are {@code inlineScripts} (none for the jte pages). */
  public String forPage(List<String> inlineScripts) {
    StringBuilder scripts = new StringBuilder("'self' ").append(cdnOrigin);
    for (String script : inlineScripts) {
      scripts.append(' ').append(SecurityHeadersPlugin.scriptHashSource(script));
    }
    return "default-src 'none'"
        + "; script-src " + scripts
        + "; style-src 'self'"
        + "; img-src 'self' data:"
        + "; connect-src 'self'"
        + "; frame-src http: https:"
        + "; base-uri 'none'"
        + "; form-action 'self'"
        + "; frame-ancestors 'none'";
  }

  /** The bodies of the inline {@code <script>} elements of {@code html} (those without {@code src}). */
  public static List<String> inlineScripts(String html) {
    List<String> out = new ArrayList<>();
    int from = 0;
    while (true) {
      int open = html.indexOf("<script", from);
      if (open < 0) {
        return out;
      }
      int tagEnd = html.indexOf('>', open);
      int close = html.indexOf("</script>", tagEnd);
      if (tagEnd < 0 || close < 0) {
        return out;
      }
      if (!html.substring(open, tagEnd).contains(" src=")) {
        out.add(html.substring(tagEnd + 1, close));
      }
      from = close;
    }
  }
}
