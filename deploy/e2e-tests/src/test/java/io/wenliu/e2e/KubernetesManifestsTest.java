package io.wenliu.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.wenliu.stack.ProjectRoot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * deploy/kubernetes renders, without a cluster, into what the services need: every variable they read is set, the
 * probes hit their health endpoints, the images are named as Jib builds them, no consumer has more replicas than
 * partitions to share, and no Secret is in a manifest. Nothing here ran on a cluster.
 */
class KubernetesManifestsTest {

    private static final Path ROOT = ProjectRoot.find();
    private static final Path KUBERNETES = ROOT.resolve("deploy/kubernetes");
    private static final List<String> SERVICES = ServiceSettings.SERVICES;
    /** What each service consumes (its replicas share these topics' partitions). */
    private static final Map<String, List<String>> CONSUMES = Map.of(
            "ingest-service", List.of("articles.enriched", "articles.indexed"),
            "analysis-service", List.of("articles.ingested"),
            "search-service", List.of("articles.enriched"));

    private final List<JsonNode> rendered = Manifests.lite(KUBERNETES);

    @ParameterizedTest
    @FieldSource("SERVICES")
    void theCommittedManifestIsWhatQuarkusGeneratesNow(String service) {
        Path generated = ROOT.resolve(service).resolve("target/kubernetes/kubernetes.yml");
        assertThat(generated)
                .as("package %s first (the e2e module builds after it)", service)
                .exists();

        assertThat(Manifests.normalized(KUBERNETES.resolve("services/generated/" + service + ".yml")))
                .as("stale copy: run deploy/kubernetes/refresh.sh")
                .isEqualTo(Manifests.normalized(generated));
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void everyVariableTheServiceReadsIsSet(String service) throws IOException {
        JsonNode container = container(service);
        Set<String> set = new TreeSet<>();
        container.path("env").forEach(env -> set.add(env.path("name").asText()));
        for (JsonNode source : container.path("envFrom")) {
            if (source.has("configMapRef")) {
                String name = source.path("configMapRef").path("name").asText();
                Manifests.find(rendered, "ConfigMap", name)
                        .path("data")
                        .fieldNames()
                        .forEachRemaining(set::add);
            } else {
                String name = source.path("secretRef").path("name").asText();
                Path example = KUBERNETES.resolve("secrets/" + name + ".env.example");
                assertThat(example)
                        .as("the keys of Secret %s are documented", name)
                        .exists();
                Properties keys = new Properties();
                try (var reader = Files.newBufferedReader(example)) {
                    keys.load(reader);
                }
                set.addAll(keys.stringPropertyNames());
            }
        }

        assertThat(set).containsAll(ServiceSettings.of(service).environment());
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void probesAskTheServicesHealthEndpointsOnItsPort(String service) {
        JsonNode container = container(service);
        int port = ServiceSettings.of(service).httpPort();

        assertThat(container.path("ports").get(0).path("containerPort").asInt()).isEqualTo(port);
        assertThat(Map.of(
                        "livenessProbe", "/q/health/live",
                        "readinessProbe", "/q/health/ready",
                        "startupProbe", "/q/health/started"))
                .allSatisfy((probe, path) -> {
                    assertThat(container
                                    .path(probe)
                                    .path("httpGet")
                                    .path("path")
                                    .asText())
                            .as(probe)
                            .isEqualTo(path);
                    assertThat(container
                                    .path(probe)
                                    .path("httpGet")
                                    .path("port")
                                    .asInt())
                            .as(probe)
                            .isEqualTo(port);
                });
        assertThat(Manifests.find(rendered, "Service", service)
                        .path("spec")
                        .path("ports")
                        .get(0)
                        .path("targetPort")
                        .asInt())
                .isEqualTo(port);
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void theImageIsNamedAsJibBuildsIt(String service) {
        assertThat(container(service).path("image").asText())
                .isEqualTo(ServiceSettings.of(service).image());
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void noConsumerHasMoreReplicasThanPartitions(String service) {
        int replicas = deployment(service).path("spec").path("replicas").asInt();

        assertThat(replicas).isPositive();
        for (String topic : CONSUMES.get(service)) {
            assertThat(replicas)
                    .as("%s replicas reading %s", service, topic)
                    .isLessThanOrEqualTo(Manifests.find(rendered, "KafkaTopic", topic)
                            .path("spec")
                            .path("partitions")
                            .asInt());
        }
    }

    @Test
    void topicsAreReplicatedThreeTimesAndAcknowledgedByTwo() {
        List<JsonNode> topics = rendered.stream()
                .filter(r -> r.path("kind").asText().equals("KafkaTopic"))
                .toList();

        assertThat(topics).hasSize(6);
        assertThat(topics).allSatisfy(topic -> {
            assertThat(topic.path("spec").path("replicas").asInt()).isEqualTo(3);
            assertThat(topic.path("spec")
                            .path("config")
                            .path("min.insync.replicas")
                            .asInt())
                    .isEqualTo(2);
        });
        assertThat(Manifests.find(rendered, "KafkaTopic", "articles.enriched")
                        .path("spec")
                        .path("config")
                        .path("cleanup.policy")
                        .asText())
                .isEqualTo("compact");
    }

    @Test
    void noSecretIsInAManifestAndEveryMountedVolumeExists() {
        assertThat(rendered).noneMatch(r -> r.path("kind").asText().equals("Secret"));
        for (String service : SERVICES) {
            JsonNode pod = deployment(service).path("spec").path("template").path("spec");
            Set<String> volumes = new TreeSet<>();
            pod.path("volumes").forEach(v -> volumes.add(v.path("name").asText()));
            container(service)
                    .path("volumeMounts")
                    .forEach(mount ->
                            assertThat(volumes).contains(mount.path("name").asText()));
            pod.path("volumes").forEach(volume -> {
                if (volume.has("persistentVolumeClaim")) {
                    Manifests.find(
                            rendered,
                            "PersistentVolumeClaim",
                            volume.path("persistentVolumeClaim")
                                    .path("claimName")
                                    .asText());
                }
            });
        }
    }

    @Test
    void kubectlKustomizeRendersTheSameObjects() throws Exception {
        Optional<List<JsonNode>> kubectl = Manifests.kubectl(KUBERNETES);
        org.junit.jupiter.api.Assumptions.assumeTrue(kubectl.isPresent(), "kubectl is not installed");

        assertThat(summary(kubectl.get())).isEqualTo(summary(rendered));
    }

    private static Set<String> summary(List<JsonNode> resources) {
        Set<String> summary = new TreeSet<>();
        for (JsonNode r : resources) {
            summary.add(r.path("kind").asText() + " "
                    + r.path("metadata").path("namespace").asText("-") + "/"
                    + r.path("metadata").path("name").asText() + " replicas="
                    + r.path("spec").path("replicas").asText("-"));
        }
        return summary;
    }

    private JsonNode deployment(String service) {
        return Manifests.find(rendered, "Deployment", service);
    }

    private JsonNode container(String service) {
        return deployment(service)
                .path("spec")
                .path("template")
                .path("spec")
                .path("containers")
                .get(0);
    }
}
