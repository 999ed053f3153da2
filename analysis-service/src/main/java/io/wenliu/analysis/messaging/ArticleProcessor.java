package io.wenliu.analysis.messaging;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import io.wenliu.analysis.corpus.CorpusFrequencies;
import io.wenliu.analysis.corpus.ProcessedEvents;
import io.wenliu.analysis.events.EnrichedEvents;
import io.wenliu.analysis.events.IngestedEvent;
import io.wenliu.analysis.nlp.AnalyzedDocument;
import io.wenliu.analysis.nlp.AnalyzerHolder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.jboss.logging.Logger;

/**
 * Handles one ingested event: enrich or pass through, publish, learn frequencies, remember the id. The send is
 * acknowledged before the database commit; if that commit fails the event is processed again and published again
 * under the same event id (at least once, never lost).
 */
@ApplicationScoped
public class ArticleProcessor {
    private static final Logger LOG = Logger.getLogger(ArticleProcessor.class);

    @Inject
    AnalyzerHolder analyzer;

    @Inject
    CorpusFrequencies corpus;

    @Inject
    ProcessedEvents processed;

    @Inject
    EnrichedPublisher publisher;

    /** Processes the event in one transaction; transient failures are retried with exponential backoff. */
    @Retry(
            maxRetries = 4,
            delay = 200,
            jitter = 50,
            abortOn = {InvalidEventException.class, UnenrichableException.class})
    @ExponentialBackoff(maxDelay = 5000)
    public void process(IngestedEvent event) {
        QuarkusTransaction.requiringNew().run(() -> handle(event));
    }

    private void handle(IngestedEvent event) {
        if (processed.seen(event.eventId())) {
            LOG.debugf("event %s already processed, skipped", event.eventId());
            return;
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        String type = event.eventType();
        if (IngestedEvent.ARTICLE_DELETED.equals(type)) {
            publisher.publish(EnrichedEvents.deleted(event, EnrichedEvents.eventIdFor(event), now));
        } else if (IngestedEvent.ARTICLE_INGESTED.equals(type)) {
            AnalyzedDocument document = enrich(event);
            publisher.publish(
                    EnrichedEvents.enriched(event, document.enrichment(), EnrichedEvents.eventIdFor(event), now));
            corpus.addDocument(document.terms());
        } else {
            LOG.infof("event %s of unknown type %s ignored", event.eventId(), type);
        }
        processed.record(event.eventId(), event.articleId(), type);
    }

    private AnalyzedDocument enrich(IngestedEvent event) {
        String body = event.payloadText("body");
        if (body == null) {
            throw new UnenrichableException("ArticleIngested payload has no body", null);
        }
        try {
            return analyzer.get().analyzeDocument(event.payloadText("title"), body, corpus);
        } catch (IllegalStateException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new UnenrichableException("analysis failed: " + e, e);
        }
    }
}
