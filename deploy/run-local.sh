#!/usr/bin/env bash
# Starts the Wenliu local stack in the foreground: Kafka, OpenSearch, PostgreSQL and the three services,
# drops seeds/*.txt into data/drop and waits until they are searchable. Ctrl-C stops everything.
# Flags: --no-seeds (skip the seed drop), --no-services (servers only), --data-dir=DIR (default <root>/data),
# --instances=N (N instances each of analysis-service and search-service; ingest stays single).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/launcher.sh"

need_stack
if [[ " $* " != *" --no-services "* ]]; then
  need_services
fi
build_needed

run_main 256m "$(cat deploy/local-stack/target/classpath.txt):$ROOT/deploy/local-stack/target/classes" \
  io.wenliu.stack.LocalStack "$@"
