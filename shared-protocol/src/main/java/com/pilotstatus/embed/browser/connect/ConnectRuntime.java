package com.pilotstatus.embed.browser.connect;

import com.pilotstatus.embed.browser.dom.Browser;
import com.pilotstatus.embed.origin.OriginCheck;
import com.pilotstatus.embed.origin.OriginPolicy;
import com.pilotstatus.embed.protocol.Envelope;
import org.teavm.jso.JSBody;

/**
 * The connect page's runtime (first cut): when framed with a valid {@code parentOrigin}, reports the page height with
 * {@code resize} to that origin only.
 */
public final class ConnectRuntime {

  private ConnectRuntime() {
  }

  @JSBody(script = "return Math.ceil(document.documentElement.scrollHeight);")
  private static native int pageHeight();

  public static void main(String[] args) {
    OriginCheck parent = OriginPolicy.allowingHttp().parse(Browser.queryParam("parentOrigin"));
    if (!parent.isValid() || !Browser.isFramed()) {
      return;
    }
    Browser.post(Browser.parentWindow(), Envelope.resize(pageHeight()).toJson(), parent.origin().serialized());
  }
}
