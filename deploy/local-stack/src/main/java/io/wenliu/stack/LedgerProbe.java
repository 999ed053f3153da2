package io.wenliu.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Asks ingest-service's document API how far dropped files got. */
public final class LedgerProbe {

    private static final ObjectMapper JSON = new ObjectMapper();

    private LedgerProbe() {}

    /**
     * How far a set of dropped files got: {@code done} counts those whose every article is INDEXED (or a duplicate of
     * an indexed one, or the whole file a duplicate), {@code failed} names those ingest refused, with the reason.
     */
    public record Progress(int files, int done, int articlesIndexed, List<String> failed) {

        /** Every file is done or failed. */
        public boolean finished() {
            return done + failed.size() == files;
        }
    }

    /** The progress of {@code files} (file names as dropped), the newest document of each name counting. */
    public static Progress of(String ingestUrl, Collection<String> files) throws IOException, InterruptedException {
        JsonNode page =
                JSON.readTree(Http.get(ingestUrl + "/api/documents?size=100").body());
        Set<String> seen = new HashSet<>();
        int done = 0;
        int indexed = 0;
        List<String> failed = new ArrayList<>();
        for (JsonNode item : page.path("items")) {
            String file = item.path("sourceFile").asText();
            if (!files.contains(file) || !seen.add(file)) {
                continue; // not one of ours, or an older drop of the same name (the list is newest first)
            }
            switch (item.path("status").asText()) {
                case "FAILED" -> failed.add(file + " (" + item.path("error").asText() + ")");
                case "DUPLICATE" -> done++;
                case "PROCESSED" -> {
                    int articles = indexedArticles(ingestUrl, item.path("id").asText());
                    if (articles >= 0) {
                        done++;
                        indexed += articles;
                    }
                }
                default -> {
                    // RECEIVED: still being read
                }
            }
        }
        return new Progress(files.size(), done, indexed, List.copyOf(failed));
    }

    /** The number of the document's articles that are INDEXED, or -1 while any is not yet (nor a duplicate). */
    private static int indexedArticles(String ingestUrl, String id) throws IOException, InterruptedException {
        JsonNode document =
                JSON.readTree(Http.get(ingestUrl + "/api/documents/" + id).body());
        int indexed = 0;
        for (JsonNode article : document.path("articles")) {
            switch (article.path("status").asText()) {
                case "INDEXED" -> indexed++;
                case "DUPLICATE", "DELETED" -> {
                    // not published on purpose
                }
                default -> {
                    return -1;
                }
            }
        }
        return indexed;
    }
}
