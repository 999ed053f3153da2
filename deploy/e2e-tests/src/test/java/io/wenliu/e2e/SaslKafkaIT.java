package io.wenliu.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wenliu.stack.Http;
import io.wenliu.stack.LocalStack;
import io.wenliu.stack.ProjectRoot;
import io.wenliu.stack.StackOptions;
import java.nio.file.Path;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The three services against a broker they can reach only with SASL PLAIN credentials, given as {@code KAFKA_*}
 * environment variables as a platform team would: an article flows through every topic (ingest's outbox relay,
 * analysis's channels, search's hand-built consumer and publisher, ingest's status consumers) to INDEXED.
 */
class SaslKafkaIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataDir;

    @TempDir
    Path files;

    @Test
    void anArticleIsIndexedAndReportedBackThroughTheSaslListener() throws Exception {
        StackOptions options =
                StackOptions.ephemeral(ProjectRoot.find(), dataDir).withKafkaSasl(true);
        try (LocalStack stack = LocalStack.start(options)) {
            Drops.dropAndAwaitOneHit(
                    files.resolve("sasl-story.txt"),
                    "滇池湿地补植水生植物\n新华社昆明5月6日电（记者 岑晓雯）滇池东岸湿地6日起补植芦苇和海菜花，面积约两百亩，预计今年秋季成片开花。\n",
                    stack.options().dropDir(),
                    stack.searchUrl(),
                    "岑晓雯",
                    Duration.ofMinutes(2));
            Awaitility.await("ingest's ledger says INDEXED: the status came back over articles.indexed")
                    .atMost(Duration.ofMinutes(1))
                    .pollInterval(Duration.ofMillis(500))
                    .ignoreExceptions()
                    .until(() -> "INDEXED".equals(articleStatus(stack)));
        }
    }

    private static String articleStatus(LocalStack stack) throws Exception {
        JsonNode page = JSON.readTree(
                Http.get(stack.ingestUrl() + "/api/documents?size=10").body());
        String id = page.path("items").get(0).path("id").asText();
        JsonNode document = JSON.readTree(
                Http.get(stack.ingestUrl() + "/api/documents/" + id).body());
        return document.path("articles").get(0).path("status").asText();
    }
}
