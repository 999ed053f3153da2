#!/usr/bin/env bash
# Starts the Wenliu local stack in the foreground: Kafka, OpenSearch, PostgreSQL and the three services,
# drops seeds/*.txt into data/drop and waits until they are searchable. Ctrl-C stops everything.
# Flags: --no-seeds (skip the seed drop), --no-services (servers only), --data-dir=DIR (default <root>/data),
# --instances=N (N instances each of analysis-service and search-service; ingest stays single).
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

modules=()
if stale deploy/kafka-runtime/target/kafka.classpath deploy/kafka-runtime/pom.xml; then
  modules+=(deploy/kafka-runtime)
fi
if stale deploy/local-stack/target/classpath.txt deploy/local-stack/pom.xml pom.xml \
   || stale deploy/local-stack/target/classes/io/wenliu/stack/LocalStack.class deploy/local-stack/src; then
  modules+=(deploy/local-stack)
fi
if [[ " $* " != *" --no-services "* ]]; then
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

# A shell started in the background ignores SIGINT, and a JVM cannot catch an ignored signal: restore the default.
RESET_SIGNALS=()
if env --default-signal=INT true 2>/dev/null; then RESET_SIGNALS=(env --default-signal=INT,TERM); fi

CLASSPATH_FILE=deploy/local-stack/target/classpath.txt
exec "${RESET_SIGNALS[@]}" "$JAVA" \
  -Xmx256m \
  -Dwenliu.project.root="$ROOT" \
  -Dslf4j.internal.verbosity=ERROR \
  '-Djava.util.logging.SimpleFormatter.format=%1$tT %4$s %5$s%6$s%n' \
  -cp "$(cat "$CLASSPATH_FILE"):$ROOT/deploy/local-stack/target/classes" \
  io.wenliu.stack.LocalStack "$@"
