package io.wenliu.ingest.status;

import io.smallrye.reactive.messaging.annotations.Blocking;
import io.wenliu.ingest.ledger.ArticleProgress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Records ENRICHED and INDEXED from articles.enriched and articles.indexed. Unreadable records are logged and
 * skipped: they carry status only, so nothing is lost.
 */
@ApplicationScoped
public class PipelineStatusListener {

    /** Channel reading articles.enriched. */
    public static final String ENRICHED_CHANNEL = "articles-enriched";

    /** Channel reading articles.indexed. */
    public static final String INDEXED_CHANNEL = "articles-indexed";

    private static final Logger LOG = Logger.getLogger(PipelineStatusListener.class);

    @Inject
    ArticleProgress progress;

    @Incoming(ENRICHED_CHANNEL)
    @Blocking
    void onEnriched(String value) {
        apply(value, ENRICHED_CHANNEL);
    }

    @Incoming(INDEXED_CHANNEL)
    @Blocking
    void onIndexed(String value) {
        apply(value, INDEXED_CHANNEL);
    }

    private void apply(String value, String channel) {
        Optional<StatusUpdate> update;
        try {
            update = value == null ? Optional.empty() : StatusUpdate.parse(value);
        } catch (IllegalArgumentException e) {
            LOG.warnf("%s: skipping unreadable record: %s", channel, e.getMessage());
            return;
        }
        update.ifPresent(u -> {
            boolean known = u.kind() == StatusUpdate.Kind.ENRICHED
                    ? progress.markEnriched(u.articleId(), u.at())
                    : progress.markIndexed(u.articleId(), u.at());
            if (!known) {
                LOG.debugf("%s: unknown article %s", channel, u.articleId());
            }
        });
    }
}
