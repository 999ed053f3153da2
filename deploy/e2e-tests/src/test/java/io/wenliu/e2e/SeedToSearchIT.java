package io.wenliu.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wenliu.stack.Http;
import io.wenliu.stack.LocalStack;
import io.wenliu.stack.ProjectRoot;
import io.wenliu.stack.SearchProbe;
import io.wenliu.stack.SeedDropper;
import io.wenliu.stack.ServiceProcess;
import io.wenliu.stack.StackOptions;
import io.wenliu.testing.contracts.EventSchema;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seed files dropped into the ingest drop dir become searchable, checked for quality across the real services. */
class SeedToSearchIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PHRASE = "党旗在疫情防控斗争第一线高高飘扬";
    private static final String RESUMPTION_TITLE = "抗疫情抓生产 筑堡垒当先锋";

    @TempDir
    static Path dataDir;

    private static LocalStack stack;
    private static List<String> seedFiles;
    /** Every indexed article as served by {@code GET /api/articles/{id}}, by article id. */
    private static Map<String, JsonNode> articles;

    @BeforeAll
    static void startStackAndIndexSeeds() throws Exception {
        stack = LocalStack.start(StackOptions.ephemeral(ProjectRoot.find(), dataDir));
        assertThat(total(search("疫情防控"))).as("nothing indexed before the drop").isZero();

        seedFiles = SeedDropper.dropAll(
                ProjectRoot.find().resolve("seeds"), stack.options().dropDir());
        assertThat(seedFiles).as("seed files").hasSize(5);

        AtomicReference<List<String>> indexed = new AtomicReference<>();
        Awaitility.await("every article of the " + seedFiles.size() + " seed files INDEXED in the ingest ledger")
                .atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofSeconds(1))
                .ignoreExceptions()
                .until(() -> {
                    indexed.set(indexedArticleIds());
                    return indexed.get() != null;
                });
        Map<String, JsonNode> byId = new LinkedHashMap<>();
        for (String id : indexed.get()) {
            Http.Response response = Http.get(stack.searchUrl() + "/api/articles/" + id);
            assertThat(response.status())
                    .as("GET /api/articles/%s: %s", id, response.body())
                    .isEqualTo(200);
            byId.put(id, JSON.readTree(response.body()));
        }
        articles = byId;
        Awaitility.await("search sees every indexed article")
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .ignoreExceptions()
                .until(() -> total(search("")) == articles.size());
    }

    @AfterAll
    static void stopStack() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void watchTopicShowsEnrichedEventsWithTheirCloudEventsHeaders() throws Exception {
        Process watch = new ProcessBuilder(
                        "bash",
                        "deploy/watch-topic.sh",
                        "articles.enriched",
                        "--bootstrap-server",
                        stack.kafkaBootstrapServers(),
                        "--max-messages",
                        "2",
                        "--timeout-ms",
                        "60000")
                .directory(ProjectRoot.find().toFile())
                .redirectErrorStream(true)
                .start();
        String output = new String(watch.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(watch.waitFor()).as(output).isZero();
        assertThat(output)
                .contains("ce_type:io.wenliu.ArticleEnriched.v1")
                .contains("\"eventType\":\"ArticleEnriched\"")
                .contains("Processed a total of 2 messages");
    }

    @Test
    void anotherTeamReadsEveryArticleFromArticlesEnrichedAgainstTheSchemaAnalysisServes() throws Exception {
        String analysisUrl = stack.services().stream()
                .filter(service -> service.name().equals("analysis-service"))
                .findFirst()
                .orElseThrow()
                .url();
        Http.Response served = Http.get(analysisUrl + "/contracts/articles.enriched/v1/ArticleEnriched.schema.json");
        assertThat(served.status()).isEqualTo(200);
        EventSchema schema = EventSchema.parse(served.body(), Path.of("GET /contracts/articles.enriched/v1"));

        Map<String, JsonNode> latest = new LinkedHashMap<>();
        List<String> violations = new ArrayList<>();
        try (EnrichedTopicConsumer consumer =
                new EnrichedTopicConsumer(stack.kafkaBootstrapServers(), "example-" + System.nanoTime())) {
            Awaitility.await("every indexed article read from articles.enriched")
                    .atMost(Duration.ofSeconds(60))
                    .until(() -> {
                        consumer.poll(
                                event -> {
                                    violations.addAll(schema.violations(event));
                                    latest.merge(
                                            event.get("articleId").asText(),
                                            event,
                                            (a, b) -> a.get("version").asLong()
                                                            >= b.get("version").asLong()
                                                    ? a
                                                    : b);
                                },
                                record -> violations.add("unexpected record at offset " + record.offset()));
                        return latest.keySet().containsAll(articles.keySet());
                    });
        }
        assertThat(violations).isEmpty();
        assertThat(latest.get(articles.keySet().iterator().next()).at("/payload/enrichment/entities"))
                .isNotEmpty();
    }

    @Test
    void searchAdminApiAcceptsOnlyTheKeyTheStackGenerated() throws Exception {
        String url = stack.searchUrl() + "/api/admin/reindex";
        assertThat(Http.get(url).status()).as("GET %s without a key", url).isEqualTo(401);
        Http.Response withKey = Http.get(url, "X-API-Key", stack.searchAdminApiKey());
        assertThat(withKey.status())
                .as("GET %s with the key: %s", url, withKey.body())
                .isEqualTo(200);
        assertThat(Files.readString(stack.options().dataDir().resolve("search-admin-api-key")))
                .as("data/search-admin-api-key")
                .isEqualToIgnoringWhitespace(stack.searchAdminApiKey());
    }

    /**
     * A newswire story (not a seed): its head is cut from the body into byline, source and dateline, and its
     * reporters find it by free text and by the author filter.
     */
    @Test
    void wireStoryIsFoundByItsReporterAndTheAuthorFilter(@TempDir Path files) throws Exception {
        Drops.dropAndAwaitOneHit(
                files.resolve("wire-story.txt"),
                "长江口航道疏浚工程完工\n新华社上海3月12日电（记者 禹天翔、闫可欣）长江口深水航道疏浚工程12日完工，万吨级船舶可全天候通航。\n",
                stack.options().dropDir(),
                stack.searchUrl(),
                "禹天翔",
                Duration.ofMinutes(2));
        String id = ids(search("禹天翔")).get(0);
        JsonNode article = JSON.readTree(
                Http.get(stack.searchUrl() + "/api/articles/" + id).body());
        assertThat(article.path("title").asText()).isEqualTo("长江口航道疏浚工程完工");
        assertThat(article.path("authors").toString()).isEqualTo("[\"禹天翔\",\"闫可欣\"]");
        assertThat(article.path("source").asText()).isEqualTo("新华社");
        assertThat(article.path("body").asText()).startsWith("长江口深水航道疏浚工程");

        String byAuthor = stack.searchUrl() + "/api/search?author=" + URLEncoder.encode("闫可欣", StandardCharsets.UTF_8);
        assertThat(total(JSON.readTree(Http.get(byAuthor).body())))
                .as("articles by 闫可欣")
                .isEqualTo(1);
    }

    /**
     * A page whose headline opens with a bullet: the line is the title (not a byline) and a word of it finds the
     * article; its dateline prints no year and the text shows none, so the article has the printed date and no year.
     */
    @Test
    void bulletHeadlineIsSearchableAndAYearlessDateStaysWithoutYear(@TempDir Path files) throws Exception {
        Drops.dropAndAwaitOneHit(
                files.resolve("bullet-headline.txt"),
                "●定位———一个不能缺少缙云关怀的空间\n\n新华社杭州4月7日电 社区是居民生活的家园，也是基层治理的基本单元。\n",
                stack.options().dropDir(),
                stack.searchUrl(),
                "缙云关怀",
                Duration.ofMinutes(2));
        JsonNode hit = search("缙云关怀").path("hits").get(0);
        assertThat(hit.path("title").asText()).isEqualTo("定位———一个不能缺少缙云关怀的空间");
        assertThat(hit.path("date").isNull()).as("no year is invented").isTrue();
        assertThat(hit.path("printedDate").asText()).isEqualTo("4月7日");
    }

    /** The local stack restarts a service that dies, as a container platform would. */
    @Test
    void killedServiceIsRestartedBySupervisor() {
        ServiceProcess analysis = stack.services().stream()
                .filter(service -> service.name().equals("analysis-service"))
                .findFirst()
                .orElseThrow();
        ProcessHandle.of(analysis.pid()).ifPresent(ProcessHandle::destroyForcibly);

        Awaitility.await("analysis-service restarted and ready again")
                .atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofSeconds(1))
                .ignoreExceptions()
                .until(() -> stack.restarts().get("analysis-service") == 1
                        && Http.get(analysis.url() + "/q/health/ready").status() == 200);
    }

    @Test
    void droppedSeedArticleIsFoundBySearch() throws Exception {
        JsonNode result = search("疫情防控");
        assertThat(total(result)).as("hits of %s", result).isPositive();
        assertThat(result.path("hits").get(0).path("id").asText())
                .as("id of the first hit")
                .isNotBlank();

        JsonNode unrelated = search("龘鱻");
        assertThat(total(unrelated)).as("characters in no seed").isZero();
    }

    @Test
    void epidemicControlFindsTheMainArticleOfEverySeedFile() throws Exception {
        List<String> hitIds = ids(search("疫情防控"));
        Set<String> hitFiles = new TreeSet<>();
        for (String id : hitIds) {
            hitFiles.add(sourceFile(article(id)));
        }
        assertThat(hitFiles).as("source files of the 疫情防控 hits").containsAll(seedFiles);
        for (String file : seedFiles) {
            assertThat(hitIds).as("the main (longest) article of %s", file).contains(mainArticleOf(file));
        }
    }

    @Test
    void resumptionOfWorkRanksThe002ArticleFirst() throws Exception {
        List<String> hitIds = ids(search("复工复产"));
        assertThat(hitIds).as("hits of 复工复产").isNotEmpty();
        JsonNode first = article(hitIds.get(0));
        assertThat(sourceFile(first)).as("source file of the first hit").startsWith("002_");
        assertThat(first.path("title").asText()).as("title of the first hit").isEqualTo(RESUMPTION_TITLE);
    }

    @Test
    void quotedPhraseFindsExactlyTheArticlesContainingIt() throws Exception {
        List<String> expected = articles.entrySet().stream()
                .filter(e -> e.getValue().path("body").asText().contains(PHRASE)
                        || e.getValue().path("title").asText().contains(PHRASE))
                .map(Map.Entry::getKey)
                .toList();
        assertThat(expected).as("articles containing the phrase").isNotEmpty();
        assertThat(ids(search("\"" + PHRASE + "\"")))
                .as("hits of the quoted phrase")
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void personNameFindsThe000ArticleAndHighlightsIt() throws Exception {
        JsonNode result = search("邱海波");
        JsonNode hit = null;
        for (JsonNode candidate : result.path("hits")) {
            if (sourceFile(article(candidate.path("id").asText())).startsWith("000_")) {
                hit = candidate;
            }
        }
        assertThat(hit).as("a hit from the 000 seed among %s", result).isNotNull();
        List<String> snippets = new ArrayList<>();
        hit.path("highlights").path("title").forEach(s -> snippets.add(s.asText()));
        hit.path("highlights").path("body").forEach(s -> snippets.add(s.asText()));
        assertThat(snippets).as("highlighted snippets of the 000 hit").anySatisfy(snippet -> {
            assertThat(snippet).contains("<em>");
            assertThat(snippet.replace("<em>", "").replace("</em>", "")).contains("邱海波");
        });
    }

    @Test
    void personFacetCountsTheArticlesMentioningXiJinping() throws Exception {
        long expected = articles.values().stream()
                .filter(SeedToSearchIT::mentionsXiJinping)
                .count();
        assertThat(expected).as("articles whose persons contain 习近平").isPositive();
        JsonNode persons = search("").path("facets").path("persons");
        JsonNode xi = null;
        for (JsonNode bucket : persons) {
            if ("习近平".equals(bucket.path("value").asText())) {
                xi = bucket;
            }
        }
        assertThat(xi).as("习近平 in the person facet %s", persons).isNotNull();
        assertThat(xi.path("count").asLong()).as("count of 习近平").isEqualTo(expected);
    }

    @Test
    void traditionalScriptFindsTheSameArticlesAsSimplified() throws Exception {
        List<String> simplified = ids(search("复工复产"));
        assertThat(simplified).as("hits of 复工复产").isNotEmpty();
        assertThat(ids(search("復工復產"))).as("hits of 復工復產").isEqualTo(simplified);
    }

    /** The ids of every article of the seed documents, or null while some document or article is not yet done. */
    private static List<String> indexedArticleIds() throws Exception {
        JsonNode page = JSON.readTree(
                Http.get(stack.ingestUrl() + "/api/documents?size=100").body());
        JsonNode items = page.path("items");
        if (items.size() < seedFiles.size()) {
            return null;
        }
        List<String> ids = new ArrayList<>();
        for (JsonNode item : items) {
            JsonNode document = JSON.readTree(Http.get(stack.ingestUrl() + "/api/documents/"
                            + item.path("id").asText())
                    .body());
            assertThat(document.path("status").asText())
                    .as("status of %s", document.path("sourceFile"))
                    .isNotEqualTo("FAILED");
            String status = document.path("status").asText();
            if (!("PROCESSED".equals(status) || "DUPLICATE".equals(status))
                    || document.path("articles").isEmpty()) {
                return null;
            }
            for (JsonNode article : document.path("articles")) {
                String articleStatus = article.path("status").asText();
                if ("INDEXED".equals(articleStatus)) {
                    ids.add(article.path("id").asText());
                } else if (!"DUPLICATE".equals(articleStatus)) {
                    return null;
                }
            }
        }
        return ids;
    }

    private static boolean mentionsXiJinping(JsonNode article) {
        for (JsonNode entity : article.path("enrichment").path("entities")) {
            if ("PERSON".equals(entity.path("type").asText())
                    && "习近平".equals(entity.path("text").asText())) {
                return true;
            }
        }
        return false;
    }

    private static JsonNode article(String id) {
        JsonNode article = articles.get(id);
        assertThat(article)
                .as("hit %s is one of the indexed articles %s", id, articles.keySet())
                .isNotNull();
        return article;
    }

    private static String sourceFile(JsonNode article) {
        JsonNode file = article.path("sourceFile");
        if (file.isMissingNode()) {
            file = article.path("provenance").path("sourceFile");
        }
        return file.asText();
    }

    /** The article with the longest body among those from {@code file}. */
    private static String mainArticleOf(String file) {
        String main = null;
        int longest = -1;
        for (Map.Entry<String, JsonNode> e : articles.entrySet()) {
            int length = e.getValue().path("body").asText().length();
            if (file.equals(sourceFile(e.getValue())) && length > longest) {
                main = e.getKey();
                longest = length;
            }
        }
        assertThat(main).as("an article from %s", file).isNotNull();
        return main;
    }

    private static JsonNode search(String query) throws Exception {
        String url = SearchProbe.queryUrl(stack.searchUrl(), query) + "&size=100";
        Http.Response response = Http.get(url);
        assertThat(response.status()).as("GET %s: %s", url, response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static List<String> ids(JsonNode result) {
        List<String> ids = new ArrayList<>();
        result.path("hits").forEach(hit -> ids.add(hit.path("id").asText()));
        assertThat((long) ids.size()).as("all hits on one page of %s", result).isEqualTo(total(result));
        return ids;
    }

    private static long total(JsonNode result) {
        JsonNode total = result.path("total");
        return total.isObject() ? total.path("value").asLong() : total.asLong();
    }
}
