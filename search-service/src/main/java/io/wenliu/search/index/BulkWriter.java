package io.wenliu.search.index;

import java.io.IOException;
import java.util.List;

/** Applies index actions to target indices; implemented by {@link BulkIndexer}. */
public interface BulkWriter {

    /** One result per action; throws when the backend cannot be reached at all. */
    List<ActionResult> apply(List<IndexAction> actions, List<String> indices) throws IOException;
}
