package com.pilotstatus.embed.protocol;

/**
 * One object of a received envelope, as its receiver sees it: in the browser the structured clone of what the other
 * window posted ({@code browser.dom.JsWireObject}), on the JVM (tests) JSON text read by Jackson. The
 * decoder asks nothing else, so both sides apply the same rules to the same answers.
 *
 * <p>Members are looked up by name among the object's own members. Implementations never throw.
 */
public interface WireObject {

  /** The member is missing, {@code null} (or {@code undefined} in JavaScript). */
  int ABSENT = 0;
  /** The member is a string. */
  int STRING = 1;
  /** The member is a number whose value is an integer ({@code 1.0} is one, as in JavaScript). */
  int INTEGER = 2;
  /** The member is a plain object (not an array, not a Date or any other special object). */
  int OBJECT = 3;
  /** Anything else: booleans, fractions, arrays, … */
  int OTHER = 4;

  /** What the member {@code name} is: one of the constants above. */
  int kind(String name);

  /** The member's value when it is a {@link #STRING}, else {@code null}. */
  String string(String name);

  /**
   * The member's value when it is an {@link #INTEGER}, clamped to the {@code int} range (so any bound of a field,
   * which lies strictly inside that range, still refuses a huge value); 0 for anything else.
   */
  int integer(String name);

  /** The member when it is an {@link #OBJECT}, else {@code null}. */
  WireObject object(String name);
}
