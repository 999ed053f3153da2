# Sourced by run-local.sh and bench.sh (not run on its own): finds Maven and Java, builds the modules whose output is
# missing or older than their sources, and runs a main class of the deploy modules in the foreground.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

if [[ -x ./mvnw ]]; then MVN=(./mvnw); else MVN=(mvn); fi
if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then JAVA="$JAVA_HOME/bin/java"; else JAVA=java; fi
if ! command -v "$JAVA" >/dev/null 2>&1; then
  echo "No java found: install a JDK 17+ (e.g. apt-get install openjdk-17-jdk-headless) or set JAVA_HOME" >&2
  exit 1
fi

modules=()

# A module needs building when its output is missing or older than any of its sources.
stale() {
  local output="$1"; shift
  [[ ! -e "$output" ]] && return 0
  [[ -n "$(find "$@" -newer "$output" -type f -print -quit 2>/dev/null)" ]]
}

# need_java_module MODULE MAIN_CLASS_FILE SOURCES: a plain Java module, its classpath file and its main class.
need_java_module() {
  if stale "$1/target/classpath.txt" "$1/pom.xml" pom.xml || stale "$1/target/classes/$2" "$3"; then
    modules+=("$1")
  fi
}

# The Kafka broker's classpath and the local stack.
need_stack() {
  if stale deploy/kafka-runtime/target/kafka.classpath deploy/kafka-runtime/pom.xml; then
    modules+=(deploy/kafka-runtime)
  fi
  need_java_module deploy/local-stack io/wenliu/stack/LocalStack.class deploy/local-stack/src/main
}

# The three services' runnable jars.
need_services() {
  local service
  for service in ingest-service analysis-service search-service; do
    if stale "$service/target/quarkus-app/quarkus-run.jar" "$service/src/main" "$service/pom.xml" pom.xml; then
      modules+=("$service")
    fi
  done
}

# Builds the modules found stale. deploy/bench lists the services only to order the reactor, so -am brings them in:
# unless one of them is stale itself, their runnable jars are left alone (-Dquarkus.build.skip), since a running stack
# loads classes from them and a service whose jar is rewritten under it can fail to load one, or hang when stopped.
build_needed() {
  if (( ${#modules[@]} > 0 )); then
    local list args=(-B -q -Dmaven.test.skip=true)
    list="$(IFS=,; echo "${modules[*]}")"
    [[ ",$list," == *-service,* ]] || args+=(-Dquarkus.build.skip=true)
    echo "Building ${list} (${MVN[*]} ${args[*]} -pl ${list} -am package)..." >&2
    "${MVN[@]}" "${args[@]}" -pl "$list" -am package
  fi
}

# run_main HEAP CLASSPATH MAIN_CLASS ARGS...: replaces the shell by the JVM.
run_main() {
  local heap="$1" classpath="$2" main="$3"
  shift 3
  # A shell started in the background ignores SIGINT, and a JVM cannot catch an ignored signal: restore the default,
  # so that Ctrl-C reaches the JVM and its shutdown hook stops what it started.
  local reset_signals=()
  if env --default-signal=INT true 2>/dev/null; then reset_signals=(env --default-signal=INT,TERM); fi
  exec "${reset_signals[@]}" "$JAVA" \
    "-Xmx$heap" \
    -Dwenliu.project.root="$ROOT" \
    -Dslf4j.internal.verbosity=ERROR \
    '-Djava.util.logging.SimpleFormatter.format=%1$tT %4$s %5$s%6$s%n' \
    -cp "$classpath" \
    "$main" "$@"
}
