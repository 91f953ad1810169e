package com.pilotstatus.embed.protocol;

/**
 * Receives the fields of a {@link Message}'s payload, in the type's order: how a sender turns a message into what it
 * posts (a JavaScript object in the browser, JSON text on the JVM).
 */
public interface PayloadWriter {

  void string(String name, String value);

  void integer(String name, int value);
}
