package com.pilotstatus.embed.kit.error;

import io.javalin.http.Context;

/**
 * An app's texts, in the language of the request: the one place error pages take their words from. Keys the
 * kit asks for: {@code error.title}, {@code error.notFound}, {@code error.unavailable}, {@code error.internal},
 * {@code error.refused}. Return {@code null} for a key the app does not have: the kit's English text is used.
 */
@FunctionalInterface
public interface MessageSource {
  String text(Context ctx, String key);
}
