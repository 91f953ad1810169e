#!/usr/bin/env bash
# Builds what the sandbox stack needs and starts it: platform-sandbox, chat-app, connect-app, embed-cdn and the demo.
# Every setting is an environment variable (see README.md, "Configuration"). Ctrl-C stops everything.
set -euo pipefail
cd "$(dirname "$0")"
mvn -q -B -ntp -DskipTests -pl demo -am package
exec java -jar demo/target/pilot-status-sandbox.jar
