package io.wenliu.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Renders a kustomization without a cluster. {@link #kubectl} runs {@code kubectl kustomize} where kubectl is
 * installed; {@link #lite} follows the subset of kustomize the project uses (resources, namespace, replicas) so that
 * the checks run on any machine.
 */
final class Manifests {

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Set<String> CLUSTER_SCOPED = Set.of("Namespace");
    private static final Set<String> UNORDERED = Set.of("env", "envFrom", "volumes", "volumeMounts");

    private Manifests() {}

    /** Every document of a (multi-document) YAML text. */
    static List<JsonNode> documents(String yaml) {
        try {
            List<JsonNode> documents = new ArrayList<>();
            try (var values = YAML.readerFor(JsonNode.class).readValues(yaml)) {
                while (values.hasNext()) {
                    JsonNode document = (JsonNode) values.next();
                    if (document != null && !document.isNull() && !document.isEmpty()) {
                        documents.add(document);
                    }
                }
            }
            return documents;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<JsonNode> documents(Path file) {
        try {
            return documents(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The documents of {@code file} with the lists whose order means nothing to Kubernetes (env, envFrom, volumes,
     * volume mounts) sorted: the generator does not keep one order from build to build.
     */
    static List<JsonNode> normalized(Path file) {
        List<JsonNode> documents = documents(file);
        documents.forEach(Manifests::sortUnorderedLists);
        return documents;
    }

    private static void sortUnorderedLists(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.fields().forEachRemaining(field -> {
                if (UNORDERED.contains(field.getKey()) && field.getValue().isArray()) {
                    List<JsonNode> items = new ArrayList<>();
                    field.getValue().forEach(items::add);
                    items.sort(Comparator.comparing(JsonNode::toString));
                    ArrayNode sorted = object.arrayNode().addAll(items);
                    field.setValue(sorted);
                }
                sortUnorderedLists(field.getValue());
            });
        } else if (node instanceof ArrayNode array) {
            array.forEach(Manifests::sortUnorderedLists);
        }
    }

    /** {@code kubectl kustomize dir}, or empty when kubectl is not installed. */
    static Optional<List<JsonNode>> kubectl(Path dir) throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder("kubectl", "kustomize", dir.toString())
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException notInstalled) {
            return Optional.empty();
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException("kubectl kustomize " + dir + " failed:\n" + output);
        }
        return Optional.of(documents(output));
    }

    /** The resources of {@code dir}'s kustomization.yaml, recursively, with its namespace and replica counts. */
    static List<JsonNode> lite(Path dir) {
        JsonNode kustomization = documents(dir.resolve("kustomization.yaml")).get(0);
        List<JsonNode> resources = new ArrayList<>();
        for (JsonNode entry : kustomization.path("resources")) {
            Path path = dir.resolve(entry.asText());
            resources.addAll(Files.isDirectory(path) ? lite(path) : documents(path));
        }
        for (JsonNode replicas : kustomization.path("replicas")) {
            resources.stream()
                    .filter(r -> r.path("kind").asText().equals("Deployment"))
                    .filter(r -> r.path("metadata")
                            .path("name")
                            .asText()
                            .equals(replicas.path("name").asText()))
                    .forEach(r -> ((ObjectNode) r.path("spec"))
                            .put("replicas", replicas.path("count").asInt()));
        }
        String namespace = kustomization.path("namespace").asText("");
        if (!namespace.isEmpty()) {
            resources.stream()
                    .filter(r -> !CLUSTER_SCOPED.contains(r.path("kind").asText()))
                    .forEach(r -> ((ObjectNode) r.path("metadata")).put("namespace", namespace));
        }
        return resources;
    }

    /** The one resource of {@code kind} named {@code name}. */
    static JsonNode find(List<JsonNode> resources, String kind, String name) {
        return resources.stream()
                .filter(r -> r.path("kind").asText().equals(kind))
                .filter(r -> r.path("metadata").path("name").asText().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " " + name + " in the rendered manifests"));
    }
}
