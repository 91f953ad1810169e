package com.pilotstatus.embed.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * A real nginx (Debian's {@code /usr/sbin/nginx}; {@code .ci/run} installs it) in front of several instances of a
 * server, on a free loopback port, round robin with no stickiness: the load balancer the deployment guide describes
 * (SSE unbuffered, long read timeouts, a failed upstream retried on the next one for idempotent requests).
 * {@link #balancingEach} puts several such groups (say chat-app's and connect-app's instances) behind one nginx, each
 * on its own port. Every answer names the instance that gave it in {@code X-PS-Upstream} (all of them, comma
 * separated, when nginx tried more than one), so a test can see where a request went.
 * Started from a generated configuration in a temporary directory; {@link #close} stops it.
 */
public final class Nginx implements AutoCloseable {

  private static final Path BINARY = Path.of("/usr/sbin/nginx");

  private final Process process;
  private final Path dir;
  private final List<Integer> ports;

  private Nginx(Process process, Path dir, List<Integer> ports) {
    this.process = process;
    this.dir = dir;
    this.ports = ports;
  }

  /** Balances {@code upstreamPorts} (on 127.0.0.1) behind one listening port. */
  public static Nginx balancing(List<Integer> upstreamPorts) {
    return balancingEach(List.of(upstreamPorts));
  }

  /**
   * One listening port per group of {@code groups} ({@link #port(int)}), each balancing its own upstream ports.
   * An instance that failed stays out of its group for 10 s (nginx's {@code max_fails=1 fail_timeout=10s}).
   */
  public static Nginx balancingEach(List<List<Integer>> groups) {
    return start(groups, "max_fails=1 fail_timeout=10s");
  }

  /**
   * Like {@link #balancingEach}, but an instance that failed stays in the rotation ({@code max_fails=0}): requests
   * keep alternating strictly between the instances of a group, so a test can tell which instance the next request
   * goes to, even while one of them refuses requests.
   */
  public static Nginx balancingEachStrictly(List<List<Integer>> groups) {
    return start(groups, "max_fails=0");
  }

  private static Nginx start(List<List<Integer>> groups, String serverParameters) {
    if (!Files.isExecutable(BINARY)) {
      throw new IllegalStateException("nginx is missing: apt-get install -y nginx (.ci/run does it)");
    }
    try {
      Path dir = Files.createTempDirectory("ps-nginx-");
      Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxrwx")); // workers run as nobody
      List<Integer> ports = new ArrayList<>();
      StringBuilder blocks = new StringBuilder();
      for (int g = 0; g < groups.size(); g++) {
        int port = FreePorts.pick();
        ports.add(port);
        String servers = groups.get(g).stream()
            .map(p -> "      server 127.0.0.1:" + p + " " + serverParameters + ";")
            .collect(Collectors.joining("\n"));
        blocks.append("""
              upstream app%1$d {
            %2$s
              }
              server {
                listen 127.0.0.1:%3$d;
                location / {
                  proxy_pass http://app%1$d;
                  proxy_http_version 1.1;
                  proxy_set_header Connection "";
                  proxy_set_header Host $http_host;
                  proxy_set_header X-Forwarded-For $remote_addr;
                  proxy_buffering off;
                  proxy_read_timeout 1h;
                  proxy_next_upstream error timeout http_502 http_503;
                  add_header X-PS-Upstream $upstream_addr always;
                }
              }
            """.formatted(g, servers, port));
      }
      String config = """
          worker_processes 1;
          daemon off;
          pid %1$s/nginx.pid;
          error_log %1$s/error.log warn;
          events { worker_connections 1024; }
          http {
            access_log off;
            client_body_temp_path %1$s/body;
            proxy_temp_path %1$s/proxy;
            fastcgi_temp_path %1$s/fastcgi;
            uwsgi_temp_path %1$s/uwsgi;
            scgi_temp_path %1$s/scgi;
          %2$s}
          """.formatted(dir, blocks);
      Path file = dir.resolve("nginx.conf");
      Files.writeString(file, config);
      Process process = new ProcessBuilder(BINARY.toString(), "-p", dir.toString(), "-c", file.toString())
          .redirectErrorStream(true).redirectOutput(dir.resolve("stdout.log").toFile()).start();
      Nginx nginx = new Nginx(process, dir, List.copyOf(ports));
      try {
        for (int port : ports) {
          nginx.awaitListening(port);
        }
      } catch (RuntimeException | IOException e) {
        nginx.close();
        throw e;
      }
      return nginx;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The listening port of the only (or first) group. */
  public int port() {
    return port(0);
  }

  /** The listening port of group {@code group} (in the order given). */
  public int port(int group) {
    return ports.get(group);
  }

  private void awaitListening(int port) throws IOException {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (System.nanoTime() < end) {
      if (!process.isAlive()) {
        throw new IllegalStateException("nginx exited: " + Files.readString(dir.resolve("stdout.log"))
            + (Files.exists(dir.resolve("error.log")) ? Files.readString(dir.resolve("error.log")) : ""));
      }
      try (Socket ignored = new Socket("127.0.0.1", port)) {
        return;
      } catch (IOException notYet) {
        try {
          Thread.sleep(50);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
    throw new IllegalStateException("nginx did not listen on " + port + " within 10 s");
  }

  @Override
  public void close() {
    process.destroy(); // SIGTERM: nginx's fast shutdown
    try {
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
