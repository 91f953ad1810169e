#!/usr/bin/env bash
# embed-cdn serving embed.js beside nginx serving the very same bytes (gzip_static), in one run (issue 17, §2):
# wrk -t2 -c64 with Accept-Encoding: gzip against each, after the same warm-up (a cold JVM measures about 0.2x),
# in alternating halves.
#
# Usage (after `mvn -q -pl demo -am package -DskipTests`, which ./sandbox.sh also runs; needs wrk and nginx):
#   bench/cdn-vs-nginx.sh [seconds=10] [warmup=10]
# Everything runs on free loopback ports and stops by itself.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-10}
warmup=${2:-10}
jar=demo/target/pilot-status-sandbox.jar
work=$(mktemp -d)
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
cdn_port=$(free_port)
nginx_port=$(free_port)
cleanup() {
  [ -n "${cdn_pid:-}" ] && kill "$cdn_pid" 2>/dev/null || true
  [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

PS_CDN_PORT=$cdn_port java -Xmx256m -cp "$jar" com.pilotstatus.embed.cdn.EmbedCdn > "$work/cdn.log" 2>&1 &
cdn_pid=$!
for _ in $(seq 100); do curl -sf -o /dev/null "http://127.0.0.1:$cdn_port/embed.js" && break; sleep 0.2; done

# nginx gets exactly the bytes embed-cdn serves: the stamped file and its gzip.
mkdir -p "$work/www" "$work/tmp"
curl -sf "http://127.0.0.1:$cdn_port/embed.js" -o "$work/www/embed.js"
curl -sf -H 'Accept-Encoding: gzip' "http://127.0.0.1:$cdn_port/embed.js" -o "$work/www/embed.js.gz"
cat > "$work/nginx.conf" <<CONF
worker_processes 2;
pid $work/nginx.pid;
error_log $work/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $work/tmp; proxy_temp_path $work/tmp; fastcgi_temp_path $work/tmp;
  uwsgi_temp_path $work/tmp; scgi_temp_path $work/tmp;
  types { text/javascript js; }
  server {
    listen 127.0.0.1:$nginx_port;
    root $work/www;
    gzip_static on;
    etag on;
    location / { add_header Cache-Control "public, max-age=300"; }
  }
}
CONF
nginx -c "$work/nginx.conf"
for _ in $(seq 50); do curl -sf -o /dev/null "http://127.0.0.1:$nginx_port/embed.js" && break; sleep 0.1; done

# Both are warmed up first, then measured in alternating halves (embed-cdn, nginx, embed-cdn, nginx): on a shared
# machine the background load drifts, and measuring one after the other would give the drift to one side only.
warm() { wrk -t2 -c64 -d"${warmup}s" -H 'Accept-Encoding: gzip' "$1" > /dev/null; }
requests() { # url seconds -> requests completed
  wrk -t2 -c64 -d"$2s" -H 'Accept-Encoding: gzip' "$1" | awk '/requests in/ {print $1}'
}
bytes=$(stat -c %s "$work/www/embed.js.gz")
cdn_url="http://127.0.0.1:$cdn_port/embed.js"
ngx_url="http://127.0.0.1:$nginx_port/embed.js"
warm "$cdn_url"
warm "$ngx_url"
half=$(python3 -c "print(max(1, round($seconds / 2)))")
cdn1=$(requests "$cdn_url" "$half"); ngx1=$(requests "$ngx_url" "$half")
cdn2=$(requests "$cdn_url" "$half"); ngx2=$(requests "$ngx_url" "$half")
cdn=$(python3 -c "print(round(($cdn1 + $cdn2) / (2 * $half), 1))")
ngx=$(python3 -c "print(round(($ngx1 + $ngx2) / (2 * $half), 1))")
echo "[cdn-vs-nginx] embed.js, gzip $bytes bytes, wrk -t2 -c64, ${warmup} s of warm-up each, then 2 x ${half} s each, alternating"
echo "[cdn-vs-nginx] embed-cdn: $cdn req/s; nginx gzip_static: $ngx req/s; ratio $(python3 -c "print(round($cdn/$ngx, 2))")x (target >= 0.6x)"
