package com.pilotstatus.embed.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * A real nginx (Debian's {@code /usr/sbin/nginx}; {@code .ci/run} installs it) in front of several instances of one
 * server, on a free loopback port, round robin with no stickiness: the load balancer the deployment guide describes
 * (SSE unbuffered, long read timeouts, a failed upstream retried on the next one for idempotent requests).
 * Started from a generated configuration in a temporary directory; {@link #close} stops it.
 */
public final class Nginx implements AutoCloseable {

  private static final Path BINARY = Path.of("/usr/sbin/nginx");

  private final Process process;
  private final Path dir;
  private final int port;

  private Nginx(Process process, Path dir, int port) {
    this.process = process;
    this.dir = dir;
    this.port = port;
  }

  /** Balances {@code upstreamPorts} (on 127.0.0.1) behind one listening port. */
  public static Nginx balancing(List<Integer> upstreamPorts) {
    if (!Files.isExecutable(BINARY)) {
      throw new IllegalStateException("nginx is missing: apt-get install -y nginx (.ci/run does it)");
    }
    try {
      Path dir = Files.createTempDirectory("ps-nginx-");
      Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxrwx")); // workers run as nobody
      int port = FreePorts.pick();
      String servers = upstreamPorts.stream()
          .map(p -> "    server 127.0.0.1:" + p + " max_fails=1 fail_timeout=10s;")
          .collect(Collectors.joining("\n"));
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
            upstream app {
          %2$s
            }
            server {
              listen 127.0.0.1:%3$d;
              location / {
                proxy_pass http://app;
                proxy_http_version 1.1;
                proxy_set_header Connection "";
                proxy_set_header Host $http_host;
                proxy_set_header X-Forwarded-For $remote_addr;
                proxy_buffering off;
                proxy_read_timeout 1h;
                proxy_next_upstream error timeout http_502 http_503;
              }
            }
          }
          """.formatted(dir, servers, port);
      Path file = dir.resolve("nginx.conf");
      Files.writeString(file, config);
      Process process = new ProcessBuilder(BINARY.toString(), "-p", dir.toString(), "-c", file.toString())
          .redirectErrorStream(true).redirectOutput(dir.resolve("stdout.log").toFile()).start();
      Nginx nginx = new Nginx(process, dir, port);
      nginx.awaitListening();
      return nginx;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public int port() {
    return port;
  }

  private void awaitListening() throws IOException {
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
