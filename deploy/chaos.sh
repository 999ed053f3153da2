#!/usr/bin/env bash
# The fault run: starts a stack of its own in data/chaos/stack, streams generated articles into its drop folder while
# killing -9 analysis, search, Kafka, ingest, PostgreSQL and OpenSearch one after the other at moments drawn from the
# seed (the stack's supervisor restarts each), then checks through the public APIs that every article is searchable
# exactly once, the ingest ledger shows every document PROCESSED and article INDEXED, and no dead-letter topic grew.
# Prints the recovery time of each fault. Options: deploy/chaos.sh --help (--articles, --rate, --faults, --seed).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/launcher.sh"

need_stack
need_java_module deploy/bench io/wenliu/bench/Chaos.class deploy/bench/src/main
case " $* " in *" --help "* | *" -h "*) ;; *) need_services ;; esac
build_needed

run_main 512m \
  "$ROOT/deploy/bench/target/classes:$ROOT/deploy/local-stack/target/classes:$(cat deploy/bench/target/classpath.txt)" \
  io.wenliu.bench.Chaos "$@"
