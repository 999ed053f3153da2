#!/usr/bin/env bash
# Prints the records of a topic (headers, key, value) as Kafka's kafka-console-consumer.sh does, with the Kafka tools
# of deploy/kafka-runtime, so nothing needs installing: deploy/watch-topic.sh articles.enriched [options of
# kafka-console-consumer, e.g. --max-messages 5 or --group my-team]. Reads from the beginning, from the local stack
# (127.0.0.1:9092) unless --bootstrap-server is given.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/launcher.sh"

if (( $# < 1 )) || [[ "$1" == -* ]]; then
  echo "usage: deploy/watch-topic.sh TOPIC [kafka-console-consumer options]" >&2
  exit 2
fi
topic="$1"
shift
if stale deploy/kafka-runtime/target/kafka.classpath deploy/kafka-runtime/pom.xml; then
  modules+=(deploy/kafka-runtime)
fi
build_needed

args=(--topic "$topic" --from-beginning --property print.headers=true --property print.key=true)
case " $* " in *" --bootstrap-server "*) ;; *) args+=(--bootstrap-server 127.0.0.1:9092) ;; esac
exec "$JAVA" -Xmx256m -Dlog4j2.level=WARN -cp "$(cat deploy/kafka-runtime/target/kafka.classpath)" \
  org.apache.kafka.tools.consumer.ConsoleConsumer "${args[@]}" "$@"
