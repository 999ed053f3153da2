package io.wenliu.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.wenliu.stack.FreePorts;
import io.wenliu.stack.Http;
import io.wenliu.stack.KafkaCluster;
import io.wenliu.stack.OpenSearchCluster;
import io.wenliu.stack.OpenSearchNode;
import io.wenliu.stack.PostgresServer;
import io.wenliu.stack.ProjectRoot;
import io.wenliu.stack.SearchProbe;
import io.wenliu.stack.ServiceProcess;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The three services on a Kafka cluster of three brokers and an OpenSearch cluster of two nodes (all local
 * processes): the topics they create are replicated three times with min.insync.replicas 2, the index has a replica,
 * and after one broker and one OpenSearch node are killed, a new article still becomes searchable and the first one
 * is still found.
 */
class MultiNodeIT {

    private static final Path ROOT = ProjectRoot.find();
    private static final List<String> TOPICS = List.of("articles.ingested", "articles.enriched", "articles.indexed");

    @TempDir
    Path dir;

    @Test
    void articlesFlowOnClustersAndSurviveALostBrokerAndALostSearchNode() throws Exception {
        List<ServiceProcess> services = new ArrayList<>();
        try (KafkaCluster kafka = KafkaCluster.start(ROOT, dir.resolve("kafka"), 3);
                OpenSearchCluster openSearch = OpenSearchCluster.start(
                        ROOT, OpenSearchNode.sharedInstallRoot(), dir.resolve("opensearch"), 2);
                PostgresServer postgres = PostgresServer.startThrowAway(dir.resolve("postgres"), 0)) {
            postgres.createDatabase("ingest");
            postgres.createDatabase("analysis");
            for (String service : ServiceSettings.SERVICES) {
                services.add(ServiceProcess.launch(
                        ROOT,
                        service,
                        FreePorts.pick(),
                        environment(service, kafka, openSearch, postgres),
                        dir.resolve("logs")));
            }
            services.forEach(ServiceProcess::awaitReady);
            String searchUrl = services.get(2).url();

            storyFoundBy("first-story.txt", "洱海湿地迎来越冬候鸟", "洱海湿地", searchUrl);
            try (Admin admin =
                    Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
                Map<String, TopicDescription> topics =
                        admin.describeTopics(TOPICS).allTopicNames().get(30, TimeUnit.SECONDS);
                assertThat(topics.values())
                        .allSatisfy(topic -> assertThat(topic.partitions())
                                .allSatisfy(partition ->
                                        assertThat(partition.replicas()).hasSize(3)));
                for (String topic : TOPICS) {
                    ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
                    Config config = admin.describeConfigs(List.of(resource))
                            .all()
                            .get(30, TimeUnit.SECONDS)
                            .get(resource);
                    assertThat(config.get("min.insync.replicas").value())
                            .as(topic)
                            .isEqualTo("2");
                }
            }

            String health = Http.get(openSearch.urls().split(",")[0]
                            + "/_cluster/health/articles?wait_for_status=green&timeout=60s")
                    .body();
            assertThat(health).as("the index has a copy on each node").contains("\"status\":\"green\"");

            kafka.kill(2);
            openSearch.kill(1);

            storyFoundBy("second-story.txt", "抚仙湖沿岸完成生态修复", "抚仙湖", searchUrl);
            assertThat(SearchProbe.total(searchUrl, "洱海湿地"))
                    .as("the article indexed before the losses")
                    .isEqualTo(1);
        } finally {
            services.forEach(ServiceProcess::close);
        }
    }

    private Map<String, String> environment(
            String service, KafkaCluster kafka, OpenSearchCluster openSearch, PostgresServer postgres) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        env.put("OPENSEARCH_URL", openSearch.urls());
        env.put("WENLIU_SEARCH_INDEX_REPLICAS", "1");
        env.put("DB_URL", postgres.jdbcUrl(service.startsWith("ingest") ? "ingest" : "analysis"));
        env.put("DB_USER", PostgresServer.USER);
        env.put("DB_PASSWORD", PostgresServer.PASSWORD);
        env.put("INGEST_DROP_DIR", dir.resolve("drop").toString());
        env.put("INGEST_PROCESSED_DIR", dir.resolve("processed").toString());
        env.put("INGEST_FAILED_DIR", dir.resolve("failed").toString());
        return env;
    }

    /** Drops a short wire story titled {@code title} that mentions {@code term} and waits until search finds it. */
    private void storyFoundBy(String name, String title, String term, String searchUrl) throws Exception {
        Drops.dropAndAwaitOneHit(
                dir.resolve(name),
                title + "\n新华社昆明11月20日电（记者 严勇）" + title + "，当地群众和游客纷纷前往观赏。" + term + "的保护工作持续推进，生态环境明显改善。\n",
                dir.resolve("drop"),
                searchUrl,
                term,
                Duration.ofMinutes(3));
    }
}
