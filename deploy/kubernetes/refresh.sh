#!/usr/bin/env bash
# Copies the manifests quarkus-kubernetes generates at package time into services/generated/ (run after changing a
# service's quarkus.kubernetes.* settings; KubernetesManifestsTest fails while the copies are stale).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
./mvnw -B -q -pl ingest-service,analysis-service,search-service -am package -DskipTests
for service in ingest-service analysis-service search-service; do
  cp "$service/target/kubernetes/kubernetes.yml" "deploy/kubernetes/services/generated/$service.yml"
done
echo "deploy/kubernetes/services/generated/ refreshed"
