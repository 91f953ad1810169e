#!/usr/bin/env bash
# Starts the whole sandbox stack in one JVM: platform-sandbox, chat-app, connect-app, embed-cdn and the demo host SaaS.
# Builds it first when the launcher jar is missing or older than any source (PS_SKIP_BUILD=true skips that check).
# Every setting is an environment variable (docs/running-the-stack.md). Ctrl-C stops everything.
set -euo pipefail
cd "$(dirname "$0")"

jar=demo/target/pilot-status-sandbox.jar
if [[ "${PS_SKIP_BUILD:-false}" != "true" ]]; then
  if [[ ! -f "$jar" ]] || [[ -n "$(find pom.xml ./*/pom.xml ./*/src/main -newer "$jar" -print -quit 2>/dev/null)" ]]; then
    echo "[pilot-status] building the stack (mvn -pl demo -am package; the first build takes a few minutes)…"
    mvn -q -B -ntp -Dstyle.color=never -DskipTests -pl demo -am package
  fi
fi
exec java ${JAVA_OPTS:-} -jar "$jar"
