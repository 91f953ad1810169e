package com.pilotstatus.embed.teavm;

import org.teavm.model.ClassHolder;
import org.teavm.model.ClassHolderTransformer;
import org.teavm.model.ClassHolderTransformerContext;
import org.teavm.model.MethodDescriptor;
import org.teavm.model.MethodHolder;
import org.teavm.model.emit.ProgramEmitter;

/**
 * Gives {@code java.lang.Object.toString()} a constant body in the browser bundles.
 *
 * <p>Why: TeaVM's own {@code Object.toString()} builds {@code "<java_object>@" + hex(identity)}, and TeaVM emits it
 * into every bundle (it backs the JS {@code toString} of every Java object). That one method brings
 * {@code StringBuilder}, hex formatting, {@code Character}'s tables and the Java-exception plumbing of their bounds
 * checks: 1.4 KB of the 3.1 KB gzip that an empty TeaVM program weighs, a sixth of {@code embed.js}'s 8 KB budget. No
 * browser code prints a Java object that does not override {@code toString()}, so the text carries no information
 * anyone reads; classes that matter ({@code String}, our own) keep their overrides.
 */
public final class PlainObjectToString implements ClassHolderTransformer {

  /** What {@code toString()} of a Java object without its own override returns in the bundles. */
  public static final String TEXT = "<java_object>";

  @Override
  public void transformClass(ClassHolder cls, ClassHolderTransformerContext context) {
    if (!cls.getName().equals("java.lang.Object")) {
      return;
    }
    MethodHolder method = cls.getMethod(new MethodDescriptor("toString", String.class));
    if (method == null) {
      return; // a TeaVM without it has nothing to trim
    }
    // create() gives the method a fresh program; emitting into it replaces the old body.
    ProgramEmitter.create(method, context.getHierarchy()).constant(TEXT).returnValue();
  }
}
