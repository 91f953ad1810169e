package com.pilotstatus.embed.kit.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A server's {@code main} in a child JVM with this module's test classpath and {@code PS_LOG_FORMAT=json}: every
 * line it prints is kept, so a test can check that each parses as JSON, and the port it logs is read back.
 * {@link #terminate()} sends SIGTERM.
 */
public final class ChildServer implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private final Process process;
  private final List<String> lines = new CopyOnWriteArrayList<>();
  private final Thread reader;

  private ChildServer(Process process) {
    this.process = process;
    reader = new Thread(() -> {
      try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
          StandardCharsets.UTF_8))) {
        String line;
        while ((line = in.readLine()) != null) {
          lines.add(line);
        }
      } catch (IOException e) {
        lines.add("READER-ERROR " + e);
      }
    }, "child-output");
    reader.setDaemon(true);
    reader.start();
  }

  /** Starts {@code mainClass} with {@code env} added to this JVM's environment. */
  public static ChildServer start(Class<?> mainClass, Map<String, String> env) {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder = new ProcessBuilder(java, "-Xmx256m", "-XX:TieredStopAtLevel=1",
        "-cp", System.getProperty("java.class.path"), mainClass.getName()).redirectErrorStream(true);
    builder.environment().put("PS_LOG_FORMAT", "json");
    builder.environment().putAll(env);
    try {
      return new ChildServer(builder.start());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Waits for a log line matching {@code pattern} (group 1 is returned), failing after {@code timeout}. */
  public String awaitLine(Pattern pattern, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      for (String line : lines) {
        Matcher m = pattern.matcher(line);
        if (m.find()) {
          return m.groupCount() > 0 ? m.group(1) : line;
        }
      }
      if (!process.isAlive()) {
        break;
      }
      Thread.sleep(25);
    }
    throw new AssertionError("no line matching " + pattern + " in:\n" + String.join("\n", lines));
  }

  /** SIGTERM. Through the handle: {@link Process#destroy()} would also close our end of its output. */
  public void terminate() {
    process.toHandle().destroy();
  }

  /** The exit code, or fails when the process is still running after {@code timeout}. */
  public int awaitExit(Duration timeout) throws InterruptedException {
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      throw new AssertionError("still running after " + timeout + ":\n" + String.join("\n", lines));
    }
    reader.join(5_000); // every line printed before the exit
    return process.exitValue();
  }

  /**
   * SIGTERM, then the contract of every server: exit code 0 within {@code PS_SHUTDOWN_GRACE_SECONDS} (10 s).
   *
   * @throws AssertionError when it exits otherwise or later
   */
  public void terminateAndExpectCleanExit() throws InterruptedException {
    long signalled = System.nanoTime();
    terminate();
    int code = awaitExit(Duration.ofSeconds(10));
    Duration took = Duration.ofNanos(System.nanoTime() - signalled);
    if (code != 0 || took.compareTo(Duration.ofSeconds(10)) > 0) {
      throw new AssertionError("exit " + code + " after " + took.toMillis() + " ms:\n" + String.join("\n", lines));
    }
  }

  /** A GET with a 20 s timeout. */
  public static HttpResponse<String> get(String url) throws IOException, InterruptedException {
    return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  public List<String> lines() {
    return List.copyOf(lines);
  }

  /** Every line parsed as JSON; fails on the first that is not an object. */
  public List<JsonNode> jsonLines() {
    return lines.stream().map(line -> {
      try {
        JsonNode node = JSON.readTree(line);
        if (!node.isObject()) {
          throw new AssertionError("not a JSON object: " + line);
        }
        return node;
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + line, e);
      }
    }).toList();
  }

  @Override
  public void close() {
    if (process.isAlive()) {
      process.destroyForcibly();
    }
  }
}
