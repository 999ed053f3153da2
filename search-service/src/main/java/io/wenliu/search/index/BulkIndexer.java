package io.wenliu.search.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.wenliu.search.config.SearchConfig;
import io.wenliu.search.index.ActionResult.Outcome;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.VersionType;
import org.opensearch.client.opensearch.core.BulkResponse;
import org.opensearch.client.opensearch.core.bulk.BulkOperation;
import org.opensearch.client.opensearch.core.bulk.BulkResponseItem;

/**
 * Sends index actions to OpenSearch in bulk requests bounded by count and bytes, with external versioning, and
 * classifies each item's result.
 */
@Singleton
public class BulkIndexer implements BulkWriter {

    private static final int ACTION_OVERHEAD_BYTES = 200;

    private final OpenSearchClient client;
    private final ObjectMapper mapper;
    private final int maxDocs;
    private final long maxBytes;
    private final Timer latency;

    @Inject
    public BulkIndexer(OpenSearchClient client, ObjectMapper mapper, SearchConfig config, MeterRegistry registry) {
        this(client, mapper, config.bulkMaxDocs(), config.bulkMaxBytes(), registry);
    }

    BulkIndexer(OpenSearchClient client, ObjectMapper mapper, int maxDocs, long maxBytes, MeterRegistry registry) {
        this.client = client;
        this.mapper = mapper;
        this.maxDocs = maxDocs;
        this.maxBytes = maxBytes;
        this.latency = Timer.builder("wenliu.search.bulk")
                .description("Time of one OpenSearch bulk request")
                .publishPercentileHistogram()
                .register(registry);
    }

    /**
     * Applies every action to every target index. Throws when OpenSearch cannot be reached; otherwise returns one
     * result per action (the worst over its target indices).
     */
    @Override
    public List<ActionResult> apply(List<IndexAction> actions, List<String> indices) throws IOException {
        Map<IndexAction, ActionResult> results = new IdentityHashMap<>();
        List<BulkOperation> operations = new ArrayList<>();
        List<IndexAction> owners = new ArrayList<>();
        long bytes = 0;
        for (IndexAction action : actions) {
            JsonBytes source = source(action);
            long size = (source == null ? 0 : source.length()) + ACTION_OVERHEAD_BYTES;
            for (String index : indices) {
                if (!operations.isEmpty() && (operations.size() >= maxDocs || bytes + size > maxBytes)) {
                    send(operations, owners, results);
                    operations.clear();
                    owners.clear();
                    bytes = 0;
                }
                operations.add(operation(action, source, index));
                owners.add(action);
                bytes += size;
            }
        }
        if (!operations.isEmpty()) {
            send(operations, owners, results);
        }
        List<ActionResult> ordered = new ArrayList<>();
        for (IndexAction action : actions) {
            ordered.add(results.getOrDefault(action, new ActionResult(action, Outcome.DONE, null)));
        }
        return ordered;
    }

    private void send(List<BulkOperation> operations, List<IndexAction> owners, Map<IndexAction, ActionResult> results)
            throws IOException {
        List<BulkOperation> batch = List.copyOf(operations);
        BulkResponse response;
        Timer.Sample sample = Timer.start();
        try {
            response = client.bulk(b -> b.operations(batch));
        } finally {
            sample.stop(latency);
        }
        List<BulkResponseItem> items = response.items();
        for (int i = 0; i < items.size(); i++) {
            ActionResult result = classify(owners.get(i), items.get(i));
            results.merge(owners.get(i), result, BulkIndexer::worse);
        }
    }

    static ActionResult classify(IndexAction action, BulkResponseItem item) {
        int status = item.status();
        if (item.error() == null || status == 409) {
            return new ActionResult(action, Outcome.DONE, null);
        }
        String reason = item.error().type() + ": " + item.error().reason();
        if (status == 429 || status >= 500) {
            return new ActionResult(action, Outcome.RETRY, reason);
        }
        return new ActionResult(action, Outcome.REJECTED, reason);
    }

    private static ActionResult worse(ActionResult a, ActionResult b) {
        return a.outcome().compareTo(b.outcome()) >= 0 ? a : b;
    }

    /**
     * The document of an upsert serialised once: the same bytes go into every target index's operation and give the
     * size estimate. Null for a delete.
     */
    private JsonBytes source(IndexAction action) throws JsonProcessingException {
        if (action instanceof IndexAction.Upsert upsert) {
            return new JsonBytes(mapper.writeValueAsBytes(upsert.document()));
        }
        return null;
    }

    private static BulkOperation operation(IndexAction action, JsonBytes source, String index) {
        if (action instanceof IndexAction.Upsert upsert) {
            return BulkOperation.of(op -> op.index(i -> i.index(index)
                    .id(upsert.articleId())
                    .version(upsert.version())
                    .versionType(VersionType.External)
                    .document(source.asRawValue())));
        }
        return BulkOperation.of(op -> op.delete(d ->
                d.index(index).id(action.articleId()).version(action.version()).versionType(VersionType.External)));
    }
}
