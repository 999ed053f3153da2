#!/usr/bin/env bash
# Benchmarks the whole Wenliu pipeline against plain OpenSearch on this machine: burst drop, raw _bulk reference,
# uploads, freshness (idle and under load), search latency, where the time goes, resident memory. Uses the stack
# running on the default ports if there is one, else starts its own in data/bench/stack (stopped at the end).
# Prints one table on stdout and writes data/bench/<yyyyMMdd-HHmmss>.json and data/bench/latest.json.
# Options: deploy/bench.sh --help (e.g. --smoke for a quick run, --own-stack, --instances N, --skip fill,search).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/launcher.sh"

need_stack
need_java_module deploy/bench io/wenliu/bench/Bench.class deploy/bench/src/main
# --help needs nothing but the benchmark's own classes.
case " $* " in *" --help "* | *" -h "*) ;; *) need_services ;; esac
build_needed

run_main 512m \
  "$ROOT/deploy/bench/target/classes:$ROOT/deploy/local-stack/target/classes:$(cat deploy/bench/target/classpath.txt)" \
  io.wenliu.bench.Bench "$@"
