package com.pilotstatus.embed.chat.i18n;

import com.pilotstatus.embed.protocol.ChatHeaders;
import com.pilotstatus.embed.i18n.EmbedLocale;
import io.javalin.http.Context;
import java.time.Clock;

/**
 * Who is looking: the locale and time zone every fragment is rendered in. The runtime sends {@code X-PS-Locale} (the
 * host's {@code init}/{@code set-locale}) and {@code X-PS-Time-Zone} (the browser's); without them, the
 * {@code Accept-Language} header and UTC. Unknown locales fall back to English.
 */
public record Viewer(Texts texts, Dates dates) {

  public static final String LOCALE_HEADER = ChatHeaders.LOCALE;
  public static final String ZONE_HEADER = ChatHeaders.TIME_ZONE;

  public static Viewer of(Context ctx, Clock clock) {
    return of(ctx.header(LOCALE_HEADER), ctx.header("Accept-Language"), ctx.header(ZONE_HEADER), clock);
  }

  public static Viewer of(String locale, String acceptLanguage, String zone, Clock clock) {
    EmbedLocale parsed = EmbedLocale.parse(locale);
    Texts texts = Texts.of(parsed != null ? parsed : EmbedLocale.fromAcceptLanguage(acceptLanguage));
    return new Viewer(texts, new Dates(texts, Dates.zone(zone), clock));
  }
}
