package io.wenliu.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wenliu.stack.Http;
import io.wenliu.stack.LocalStack;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Waits until the ingest ledger shows every document of a run PROCESSED with every article INDEXED. */
final class LedgerCheck {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final LocalStack stack;
    private final int articles;
    private final Duration timeout;

    LedgerCheck(LocalStack stack, int articles, Duration timeout) {
        this.stack = stack;
        this.articles = articles;
        this.timeout = timeout;
    }

    /** Returns once the ledger is complete for {@code run}; fails with what is missing after the timeout. */
    void requireComplete(String run) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        String problem;
        do {
            problem = problem(run);
            if (problem == null) {
                return;
            }
            Pause.millis(1000);
        } while (System.nanoTime() < deadline);
        throw new PhaseFailure("[chaos] ledger incomplete: " + problem);
    }

    private String problem(String run) throws Exception {
        List<String> ids = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode list = JSON.readTree(Http.get(stack.ingestUrl() + "/api/documents?size=200&page=" + page)
                    .body());
            for (JsonNode item : list.path("items")) {
                if (item.path("sourceFile").asText().startsWith(run)) {
                    if (!item.path("status").asText().equals("PROCESSED")) {
                        return item.path("sourceFile").asText() + " is "
                                + item.path("status").asText();
                    }
                    ids.add(item.path("id").asText());
                }
            }
            if (list.path("items").size() < 200) {
                break;
            }
        }
        if (ids.size() != articles) {
            return ids.size() + " documents of " + articles + " in the ledger";
        }
        for (String id : ids) {
            JsonNode document = JSON.readTree(
                    Http.get(stack.ingestUrl() + "/api/documents/" + id).body());
            for (JsonNode article : document.path("articles")) {
                if (!article.path("status").asText().equals("INDEXED")) {
                    return "document " + id + " has an article "
                            + article.path("status").asText();
                }
            }
        }
        return null;
    }
}
