#!/usr/bin/env bash
# Benchmarks the whole Wenliu pipeline against plain OpenSearch on this machine: burst drop, raw _bulk reference,
# uploads, freshness (idle and under load), search latency, where the time goes, resident memory. Uses the stack
# running on the default ports if there is one, else starts its own in data/bench/stack (stopped at the end).
# Prints one table on stdout and writes data/bench/<yyyyMMdd-HHmmss>.json and data/bench/latest.json.
# Options: deploy/bench.sh --help (e.g. --smoke for a quick run, --own-stack, --instances N, --skip fill,search).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

if [[ -x ./mvnw ]]; then MVN=(./mvnw); else MVN=(mvn); fi
if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then JAVA="$JAVA_HOME/bin/java"; else JAVA=java; fi
if ! command -v "$JAVA" >/dev/null 2>&1; then
  echo "No java found: install a JDK 17+ (e.g. apt-get install openjdk-17-jdk-headless) or set JAVA_HOME" >&2
  exit 1
fi

# A module needs building when its output is missing or older than any of its sources.
stale() {
  local output="$1"; shift
  [[ ! -e "$output" ]] && return 0
  [[ -n "$(find "$@" -newer "$output" -type f -print -quit 2>/dev/null)" ]]
}

# --help needs nothing but the benchmark's own classes.
wants_help=false
case " $* " in *" --help "* | *" -h "*) wants_help=true ;; esac

modules=()
if stale deploy/kafka-runtime/target/kafka.classpath deploy/kafka-runtime/pom.xml; then
  modules+=(deploy/kafka-runtime)
fi
if stale deploy/local-stack/target/classpath.txt deploy/local-stack/pom.xml pom.xml \
   || stale deploy/local-stack/target/classes/io/wenliu/stack/LocalStack.class deploy/local-stack/src; then
  modules+=(deploy/local-stack)
fi
if stale deploy/bench/target/classpath.txt deploy/bench/pom.xml pom.xml \
   || stale deploy/bench/target/classes/io/wenliu/bench/Bench.class deploy/bench/src/main; then
  modules+=(deploy/bench)
fi
if ! $wants_help; then
  for service in ingest-service analysis-service search-service; do
    if stale "$service/target/quarkus-app/quarkus-run.jar" "$service/src/main" "$service/pom.xml" pom.xml; then
      modules+=("$service")
    fi
  done
fi

if (( ${#modules[@]} > 0 )); then
  list="$(IFS=,; echo "${modules[*]}")"
  echo "Building ${list} (${MVN[*]} -B -q -Dmaven.test.skip=true -pl ${list} -am package)..." >&2
  "${MVN[@]}" -B -q -Dmaven.test.skip=true -pl "$list" -am package
fi

# A shell started in the background ignores SIGINT, and a JVM cannot catch an ignored signal: restore the default,
# so Ctrl-C reaches the benchmark and its shutdown hook stops a stack it started.
RESET_SIGNALS=()
if env --default-signal=INT true 2>/dev/null; then RESET_SIGNALS=(env --default-signal=INT,TERM); fi

CLASSPATH_FILE=deploy/bench/target/classpath.txt
exec "${RESET_SIGNALS[@]}" "$JAVA" \
  -Xmx512m \
  -Dwenliu.project.root="$ROOT" \
  -Dslf4j.internal.verbosity=ERROR \
  '-Djava.util.logging.SimpleFormatter.format=%1$tT %4$s %5$s%6$s%n' \
  -cp "$ROOT/deploy/bench/target/classes:$ROOT/deploy/local-stack/target/classes:$(cat "$CLASSPATH_FILE")" \
  io.wenliu.bench.Bench "$@"
