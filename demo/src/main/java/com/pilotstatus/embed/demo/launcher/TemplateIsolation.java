package com.pilotstatus.embed.demo.launcher;

import java.net.URL;
import java.net.URLClassLoader;
import java.security.CodeSource;
import java.util.function.Supplier;

/**
 * Lets several jte apps share one JVM although they precompile their templates into the same default package.
 *
 * <p>chat-app and connect-app both precompile {@code layout/page.jte} to
 * {@code gg.jte.generated.precompiled.layout.JtepageGenerated}; on one class path only one of those classes exists,
 * and the other app's pages fail with {@code NoSuchMethodError}. A precompiled {@code TemplateEngine} (created without
 * a class directory) loads its templates through the thread's context class loader as it was when the engine was
 * created. So each app is started with a context class loader that finds {@code gg.jte.generated.*} in that app's own
 * jar (or classes directory) first and everything else in the normal class path.
 *
 * <p>The real fix is one setting per module (a {@code packageName} of its own for jte-maven-plugin and
 * {@code TemplateEngine.createPrecompiled(null, ContentType.Html, null, thatPackage)}); once every module has it, this
 * class changes nothing and can go. It needs each module on the class path as its own jar: the launcher is therefore
 * a thin jar with its dependencies in {@code lib/}, not a shaded one.
 */
final class TemplateIsolation {

  private static final String GENERATED = "gg.jte.generated.";

  private TemplateIsolation() {
  }

  /** Runs {@code start} (which creates {@code app}'s template engine) with {@code app}'s templates first. */
  static <T> T startWithOwnTemplates(Class<?> app, Supplier<T> start) {
    CodeSource source = app.getProtectionDomain().getCodeSource();
    if (source == null || source.getLocation() == null) {
      return start.get();
    }
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(new OwnTemplatesFirst(source.getLocation(), app.getClassLoader()));
    try {
      return start.get();
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  /** Child-first for generated templates only; parent-first (the shared classes) for everything else. */
  private static final class OwnTemplatesFirst extends URLClassLoader {

    static {
      ClassLoader.registerAsParallelCapable();
    }

    OwnTemplatesFirst(URL location, ClassLoader parent) {
      super(new URL[] {location}, parent);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      if (!name.startsWith(GENERATED)) {
        return super.loadClass(name, resolve);
      }
      synchronized (getClassLoadingLock(name)) {
        Class<?> loaded = findLoadedClass(name);
        if (loaded == null) {
          try {
            loaded = findClass(name);
          } catch (ClassNotFoundException notHere) {
            loaded = getParent().loadClass(name);
          }
        }
        if (resolve) {
          resolveClass(loaded);
        }
        return loaded;
      }
    }
  }
}
