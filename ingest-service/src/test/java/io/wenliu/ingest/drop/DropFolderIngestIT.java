package io.wenliu.ingest.drop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.wenliu.ingest.events.Topics;
import io.wenliu.ingest.extract.TestDocuments;
import io.wenliu.ingest.ledger.ArticleEntity;
import io.wenliu.ingest.ledger.ArticleStatus;
import io.wenliu.ingest.ledger.DocumentEntity;
import io.wenliu.ingest.ledger.DocumentStatus;
import io.wenliu.ingest.ledger.FailureReason;
import io.wenliu.ingest.support.DropFiles;
import io.wenliu.ingest.support.Ledger;
import io.wenliu.ingest.support.TopicReader;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** The file drop against real Kafka and PostgreSQL: from a dropped file to events, duplicates, failures, deletes. */
@QuarkusTest
class DropFolderIngestIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Inject
    DropFolders folders;

    @Test
    void seedPageDroppedBecomesArticleIngestedEvents() throws IOException {
        byte[] seed = Files.readAllBytes(Path.of("../seeds/002_c2a65b4d6f57a7a3.txt"));
        String name = "002_c2a65b4d6f57a7a3-" + UUID.randomUUID() + ".txt";
        DropFiles.drop(folders.drop(), name, seed);

        DocumentEntity document = Ledger.awaitDocument(name, DocumentStatus.PROCESSED, DocumentStatus.DUPLICATE);
        List<ArticleEntity> articles = Ledger.articles(document.id);
        assertThat(articles).hasSizeGreaterThanOrEqualTo(3);
        assertThat(folders.processed().resolve(name)).exists();
        assertThat(folders.drop().resolve(name)).doesNotExist();

        // On a reused database the page may have been ingested before: then its articles point at the published ones.
        ArticleEntity first = articles.get(0);
        String publishedId = first.status == ArticleStatus.DUPLICATE ? first.duplicateOf : first.id;
        try (TopicReader topic = TopicReader.open(Topics.ARTICLES_INGESTED)) {
            ConsumerRecord<String, String> record = topic.await(
                            1, e -> publishedId.equals(e.path("articleId").asText()))
                    .get(0);
            JsonNode event = TopicReader.json(record.value());
            assertThat(record.key()).isEqualTo(publishedId);
            assertThat(event.path("eventType").asText()).isEqualTo("ArticleIngested");
            assertThat(event.path("schemaVersion").asInt()).isEqualTo(1);
            if (first.status != ArticleStatus.DUPLICATE) {
                assertThat(TopicReader.header(record, "traceparent"))
                        .as("a dropped file starts a trace that its events carry")
                        .matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]")
                        .isEqualTo(Ledger.outbox(publishedId).get(0).traceParent);
            }
            assertThat(event.path("version").asLong())
                    .isEqualTo(Ledger.outbox(publishedId).get(0).id);
            JsonNode payload = event.path("payload");
            assertThat(payload.path("segmentIndex").asInt()).isZero();
            assertThat(payload.path("title").asText()).isEqualTo("抗疫情抓生产 筑堡垒当先锋");
            assertThat(payload.path("authors")).extracting(JsonNode::asText).containsExactly("王鹏", "江琳");
            assertThat(payload.path("source").asText()).isEqualTo("新华社");
            assertThat(payload.path("dateline").path("raw").asText()).isEqualTo("（新华社北京3月12日电）");
            assertThat(payload.path("contentHash").asText())
                    .isEqualTo(first.contentHash)
                    .hasSize(64);
            assertThat(payload.path("languageHint").asText()).isEqualTo("zh-Hans");
            assertThat(payload.path("body").asText()).isNotBlank().doesNotContain("\n\n\n");
            assertThat(TopicReader.header(record, "ce_id"))
                    .isEqualTo(event.path("eventId").asText());
            assertThat(TopicReader.header(record, "ce_type")).isEqualTo("io.wenliu.ArticleIngested.v1");
            assertThat(TopicReader.header(record, "ce_source")).isEqualTo("/wenliu/ingest-service");
            assertThat(TopicReader.header(record, "ce_specversion")).isEqualTo("1.0");
            assertThat(Instant.parse(TopicReader.header(record, "ce_time"))).isNotNull();
            assertThat(TopicReader.header(record, "content-type")).isEqualTo("application/json");
        }
        if (document.status == DocumentStatus.PROCESSED) {
            await().atMost(TIMEOUT)
                    .untilAsserted(() -> assertThat(Ledger.articles(document.id))
                            .extracting(a -> a.status)
                            .containsOnly(ArticleStatus.PUBLISHED));
        }
    }

    @Test
    void sameContentDroppedAgainUnderAnotherNameIsDuplicateAndNotPublished() throws IOException {
        String text = DropFiles.uniqueArticle("重复检测");
        String original = "original-" + UUID.randomUUID() + ".txt";
        DropFiles.drop(folders.drop(), original, text);
        DocumentEntity first = awaitStatus(original, DocumentStatus.PROCESSED);

        String renamed = "改名 副本-" + UUID.randomUUID() + ".txt";
        DropFiles.drop(folders.drop(), renamed, text);
        DocumentEntity second = awaitStatus(renamed, DocumentStatus.DUPLICATE);

        String firstArticle = Ledger.articles(first.id).get(0).id;
        ArticleEntity duplicate = Ledger.articles(second.id).get(0);
        assertThat(duplicate.status).isEqualTo(ArticleStatus.DUPLICATE);
        assertThat(duplicate.duplicateOf).isEqualTo(firstArticle);
        assertThat(Ledger.outbox(duplicate.id)).isEmpty();
        assertThat(Ledger.outbox(firstArticle)).hasSize(1);
        assertThat(folders.processed().resolve(renamed)).exists();
    }

    @Test
    void sameArticleReEncodedAsGb18030IsDuplicate() throws IOException {
        String text = DropFiles.uniqueArticle("编码不同内容相同");
        String utf8 = "utf8-" + UUID.randomUUID() + ".txt";
        DropFiles.drop(folders.drop(), utf8, text);
        DocumentEntity first = awaitStatus(utf8, DocumentStatus.PROCESSED);

        String gb = "gb18030-" + UUID.randomUUID() + ".txt";
        DropFiles.drop(folders.drop(), gb, text.getBytes(Charset.forName("GB18030")));
        DocumentEntity second = awaitStatus(gb, DocumentStatus.DUPLICATE);

        assertThat(second.charset).startsWithIgnoringCase("GB");
        assertThat(Ledger.articles(second.id).get(0).duplicateOf)
                .isEqualTo(Ledger.articles(first.id).get(0).id);
    }

    @Test
    void traditionalChineseInBig5IsKeptAsWrittenAndTaggedZhHant() throws IOException {
        String body = "臺灣各縣市持續加強防疫工作，衛生單位呼籲民眾勤洗手、戴口罩，編號" + UUID.randomUUID() + "。";
        String name = "big5-" + UUID.randomUUID() + ".txt";
        DropFiles.drop(folders.drop(), name, ("防疫工作持續進行\n" + body + "\n").getBytes(Charset.forName("Big5")));

        DocumentEntity document = awaitStatus(name, DocumentStatus.PROCESSED);
        assertThat(document.charset).containsIgnoringCase("Big5");
        String articleId = Ledger.articles(document.id).get(0).id;
        try (TopicReader topic = TopicReader.open(Topics.ARTICLES_INGESTED)) {
            JsonNode payload = TopicReader.json(topic.await(
                                    1, e -> articleId.equals(e.path("articleId").asText()))
                            .get(0)
                            .value())
                    .path("payload");
            assertThat(payload.path("languageHint").asText()).isEqualTo("zh-Hant");
            assertThat(payload.path("body").asText()).contains("臺灣各縣市持續加強防疫工作");
        }
    }

    @Test
    void badInputEndsInFailedWithReasonAndTheServiceKeepsGoing() throws IOException {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Map<String, FailureReason> expected = Map.of(
                "empty-" + tag + ".txt", FailureReason.EMPTY,
                "garbage-" + tag + ".txt", FailureReason.UNDECODABLE,
                "too-big-" + tag + ".txt", FailureReason.TOO_LARGE,
                "program-" + tag + ".exe", FailureReason.UNSUPPORTED_TYPE,
                "scan-" + tag + ".pdf", FailureReason.NO_TEXT,
                "一个 目录-" + tag, FailureReason.NOT_A_FILE,
                "link-" + tag + ".txt", FailureReason.NOT_A_FILE);
        DropFiles.drop(folders.drop(), "empty-" + tag + ".txt", new byte[0]);
        DropFiles.drop(folders.drop(), "garbage-" + tag + ".txt", garbage());
        DropFiles.drop(folders.drop(), "too-big-" + tag + ".txt", "大".repeat(100_000));
        DropFiles.drop(folders.drop(), "program-" + tag + ".exe", new byte[] {0x4D, 0x5A, 0, 1});
        DropFiles.drop(folders.drop(), "scan-" + tag + ".pdf", TestDocuments.pdf(null));
        Path dir =
                Files.createDirectories(folders.drop().resolveSibling("staging").resolve("一个 目录-" + tag));
        Files.writeString(dir.resolve("inside.txt"), "内容");
        Files.move(dir, folders.drop().resolve(dir.getFileName()));
        Path secret = Files.writeString(dir.resolveSibling("secret-" + tag + ".txt"), "不应读取的内容");
        Files.createSymbolicLink(folders.drop().resolve("link-" + tag + ".txt"), secret.toAbsolutePath());

        for (Map.Entry<String, FailureReason> entry : expected.entrySet()) {
            DocumentEntity document = awaitStatus(entry.getKey(), DocumentStatus.FAILED);
            assertThat(document.failureReason).as(entry.getKey()).isEqualTo(entry.getValue());
            assertThat(document.errorMessage).isNotBlank();
            Path failed = folders.failed().resolve(document.finalName);
            assertThat(failed).exists();
            JsonNode sidecar = TopicReader.json(Files.readString(
                    failed.resolveSibling(document.finalName + ".error.json"), StandardCharsets.UTF_8));
            assertThat(sidecar.path("reason").asText())
                    .isEqualTo(entry.getValue().name());
            assertThat(sidecar.path("documentId").asText()).isEqualTo(document.id.toString());
        }

        String good = "after-failures-" + tag + ".txt";
        DropFiles.drop(folders.drop(), good, DropFiles.uniqueArticle("仍在运行"));
        awaitStatus(good, DocumentStatus.PROCESSED);
    }

    @Test
    void anArticleTooLargeForOneEventFailsItsDocumentAndLaterArticlesArePublished() throws IOException {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String big = "oversized-article-" + tag + ".txt";
        // 86 KB of text: under the test's max-file-size (200,000), over its max-article-bytes (60,000)
        DropFiles.drop(folders.drop(), big, "超长稿件" + tag + "\n\n" + "这是一段很长的正文，用来检验过大的稿件会被拒绝。".repeat(1_200) + "\n");
        String good = "after-oversized-" + tag + ".txt";
        DropFiles.drop(folders.drop(), good, DropFiles.uniqueArticle("超长之后"));

        DocumentEntity failed = awaitStatus(big, DocumentStatus.FAILED);
        assertThat(failed.failureReason).isEqualTo(FailureReason.TOO_LARGE);
        assertThat(failed.errorMessage).contains("bytes of text").contains("wenliu.ingest.max-article-bytes");
        assertThat(Ledger.articles(failed.id)).isEmpty();
        DocumentEntity published = awaitStatus(good, DocumentStatus.PROCESSED);
        String articleId = Ledger.articles(published.id).get(0).id;
        try (TopicReader topic = TopicReader.open(Topics.ARTICLES_INGESTED)) {
            assertThat(topic.await(1, e -> articleId.equals(e.path("articleId").asText())))
                    .hasSize(1);
        }
    }

    @Test
    void aDocumentWithMoreTextThanTheLimitFailsAsTooLargeAndTheNextIsIngested() throws IOException {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        // 150,000 characters of varied words: a 60 KB DOCX, under the test's max-file-size (200,000 bytes), over its
        // max-text-chars (100,000)
        String[] words = {"发展", "经济", "人民", "合作", "建设", "国家", "社会", "企业", "政府", "城市", "教育", "科技"};
        Random random = new Random(7);
        String[] paragraphs = new String[3_000];
        for (int p = 0; p < paragraphs.length; p++) {
            StringBuilder paragraph = new StringBuilder();
            while (paragraph.length() < 49) {
                paragraph.append(words[random.nextInt(words.length)]);
            }
            paragraphs[p] = paragraph.append('。').toString();
        }
        byte[] docx = TestDocuments.docx(paragraphs);
        assertThat(docx.length).isLessThan(200_000);
        String big = "long-document-" + tag + ".docx";
        DropFiles.drop(folders.drop(), big, docx);
        String good = "after-long-document-" + tag + ".txt";
        DropFiles.drop(folders.drop(), good, DropFiles.uniqueArticle("长文档之后"));

        DocumentEntity failed = awaitStatus(big, DocumentStatus.FAILED);
        assertThat(failed.failureReason).isEqualTo(FailureReason.TOO_LARGE);
        assertThat(failed.errorMessage)
                .isEqualTo(
                        "document has more than 100,000 characters of text (wenliu.ingest.max-text-chars): split it");
        assertThat(Ledger.articles(failed.id)).isEmpty();
        awaitStatus(good, DocumentStatus.PROCESSED);
    }

    @Test
    void namesWithSpacesAndChineseCharactersAreKept() throws IOException {
        String name = "人民日报 第 1 版 (副本) " + UUID.randomUUID() + ".txt";
        DropFiles.drop(folders.drop(), name, DropFiles.uniqueArticle("中文文件名"));

        DocumentEntity document = awaitStatus(name, DocumentStatus.PROCESSED);

        assertThat(document.finalName).isEqualTo(name);
        assertThat(folders.processed().resolve(name)).exists();
    }

    @Test
    void nameClashesInProcessedNeverOverwrite() throws IOException {
        String name = "clash-" + UUID.randomUUID() + ".txt";
        DropFiles.drop(folders.drop(), name, DropFiles.uniqueArticle("第一篇"));
        DocumentEntity first = awaitStatus(name, DocumentStatus.PROCESSED);
        DropFiles.drop(folders.drop(), name, DropFiles.uniqueArticle("第二篇"));

        await().atMost(TIMEOUT)
                .until(() -> Ledger.documentNamed(name)
                        .filter(d -> !d.id.equals(first.id) && d.finalName != null)
                        .isPresent());
        DocumentEntity second = Ledger.documentNamed(name).orElseThrow();

        assertThat(second.finalName).isEqualTo(name.replace(".txt", " (1).txt"));
        assertThat(Files.readString(folders.processed().resolve(name))).contains("第一篇");
        assertThat(Files.readString(folders.processed().resolve(second.finalName)))
                .contains("第二篇");
    }

    @Test
    void ignoredAndTooYoungFilesAreLeftAlone() throws IOException {
        String tag = UUID.randomUUID().toString();
        List<String> ignored =
                List.of(".hidden-" + tag + ".txt", tag + ".txt.part", tag + ".tmp", tag + ".txt.crdownload");
        for (String name : ignored) {
            DropFiles.drop(folders.drop(), name, DropFiles.uniqueArticle("忽略"));
        }
        String young = "young-" + tag + ".txt";
        Path youngFile = DropFiles.drop(folders.drop(), young, DropFiles.uniqueArticle("还在写"));
        Files.setLastModifiedTime(youngFile, FileTime.from(Instant.now().plusSeconds(4)));
        String marker = "marker-" + tag + ".txt";
        DropFiles.drop(folders.drop(), marker, DropFiles.uniqueArticle("标记"));

        awaitStatus(marker, DocumentStatus.PROCESSED);

        assertThat(Files.exists(folders.drop().resolve(young)))
                .as("young file still waiting")
                .isTrue();
        for (String name : ignored) {
            assertThat(folders.drop().resolve(name)).exists();
            assertThat(Ledger.documentNamed(name)).isEmpty();
        }
        awaitStatus(young, DocumentStatus.PROCESSED);
        for (String name : ignored) {
            Files.delete(folders.drop().resolve(name));
        }
    }

    @Test
    void removingAProcessedFilePublishesArticleDeleted() throws IOException {
        String name = "to-remove-" + UUID.randomUUID() + ".txt";
        DropFiles.drop(folders.drop(), name, DropFiles.uniqueArticle("将被删除"));
        DocumentEntity document = awaitStatus(name, DocumentStatus.PROCESSED);
        String articleId = Ledger.articles(document.id).get(0).id;

        Files.delete(folders.processed().resolve(name));

        try (TopicReader topic = TopicReader.open(Topics.ARTICLES_INGESTED)) {
            List<ConsumerRecord<String, String>> events =
                    topic.await(2, e -> articleId.equals(e.path("articleId").asText()));
            JsonNode deleted = TopicReader.json(events.get(1).value());
            assertThat(deleted.path("eventType").asText()).isEqualTo("ArticleDeleted");
            assertThat(deleted.path("payload").path("reason").asText()).isEqualTo("source file removed");
            assertThat(deleted.path("payload").path("documentId").asText()).isEqualTo(document.id.toString());
            assertThat(deleted.path("version").asLong())
                    .isGreaterThan(TopicReader.json(events.get(0).value())
                            .path("version")
                            .asLong());
            assertThat(TopicReader.header(events.get(1), "ce_type")).isEqualTo("io.wenliu.ArticleDeleted.v1");
        }
        assertThat(Ledger.document(document.id).status).isEqualTo(DocumentStatus.DELETED);
        assertThat(Ledger.articles(document.id)).extracting(a -> a.status).containsOnly(ArticleStatus.DELETED);
    }

    @Test
    void claimedButUnfinishedFileIsResumed() throws IOException {
        UUID id = UUID.randomUUID();
        Path dir = Files.createDirectories(folders.claimed().resolve(id.toString()));
        String name = "interrupted-" + id + ".txt";
        Files.writeString(dir.resolve(name), DropFiles.uniqueArticle("重启后继续"));

        await().atMost(TIMEOUT).until(() -> {
            DocumentEntity document = Ledger.document(id);
            return document != null && document.status == DocumentStatus.PROCESSED && document.finalName != null;
        });
        assertThat(folders.processed().resolve(name)).exists();
        assertThat(dir).doesNotExist();
    }

    private static DocumentEntity awaitStatus(String sourceFile, DocumentStatus status) {
        return Ledger.awaitDocument(sourceFile, status);
    }

    private static byte[] garbage() {
        byte[] bytes = new byte[4096];
        new Random(42).nextBytes(bytes);
        bytes[0] = 0;
        bytes[1] = (byte) 0x80;
        return bytes;
    }
}
