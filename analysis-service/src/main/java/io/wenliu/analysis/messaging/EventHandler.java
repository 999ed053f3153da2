package io.wenliu.analysis.messaging;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.wenliu.analysis.config.AnalysisConfig;
import io.wenliu.analysis.corpus.DocumentFrequencies;
import io.wenliu.analysis.corpus.FrequenciesUnavailableException;
import io.wenliu.analysis.corpus.HandledEvent;
import io.wenliu.analysis.entity.CreditedPeople;
import io.wenliu.analysis.events.EnrichedEvents;
import io.wenliu.analysis.events.IngestedEvent;
import io.wenliu.analysis.metrics.AnalysisMetrics;
import io.wenliu.analysis.pipeline.AnalyzedDocument;
import io.wenliu.analysis.pipeline.AnalyzerHolder;
import io.wenliu.analysis.pipeline.TextAnalyzer;
import io.wenliu.analysis.pipeline.TextBudget;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * Handles one ingested event: an article is enriched against the given corpus statistics, a deletion passes through,
 * an unknown type is only recorded. The result depends on the event and the statistics alone.
 */
@ApplicationScoped
public class EventHandler {
    private static final Logger LOG = Logger.getLogger(EventHandler.class);

    private final AnalyzerHolder analyzer;
    private final AnalysisMetrics metrics;
    private final Tracer tracer;
    private final int maxTextChars;

    @Inject
    public EventHandler(AnalyzerHolder analyzer, AnalysisMetrics metrics, Tracer tracer, AnalysisConfig config) {
        this(analyzer, metrics, tracer, config.maxTextChars());
    }

    EventHandler(AnalyzerHolder analyzer, AnalysisMetrics metrics, Tracer tracer, int maxTextChars) {
        this.analyzer = analyzer;
        this.metrics = metrics;
        this.tracer = tracer;
        this.maxTextChars = maxTextChars;
    }

    /**
     * The outcome; throws only for transient trouble (models not loaded, statistics unreadable), never for a bad
     * article, which comes back as a failure.
     */
    Outcome handle(IngestedEvent event, DocumentFrequencies frequencies) {
        MDC.put("articleId", event.articleId());
        MDC.put("eventId", event.eventId());
        MDC.put("documentId", String.valueOf(event.payloadText("documentId")));
        MDC.put("traceId", Span.current().getSpanContext().getTraceId());
        try {
            return handleWithContext(event, frequencies);
        } finally {
            MDC.remove("articleId");
            MDC.remove("eventId");
            MDC.remove("documentId");
            MDC.remove("traceId");
        }
    }

    private Outcome handleWithContext(IngestedEvent event, DocumentFrequencies frequencies) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        String type = event.eventType();
        if (IngestedEvent.ARTICLE_DELETED.equals(type)) {
            return Outcome.publish(
                    EnrichedEvents.deleted(event, EnrichedEvents.eventIdFor(event), now),
                    HandledEvent.withoutDocument(event.eventId(), event.articleId(), type));
        }
        if (!IngestedEvent.ARTICLE_INGESTED.equals(type)) {
            LOG.infof("event %s of unknown type %s ignored", event.eventId(), type);
            return Outcome.recordOnly(HandledEvent.withoutDocument(event.eventId(), event.articleId(), type));
        }
        String body = event.payloadText("body");
        if (body == null) {
            return Outcome.failed("unenrichable: ArticleIngested payload has no body", null);
        }
        TextAnalyzer models = analyzer.get();
        String analysed = TextBudget.prefix(body, maxTextChars);
        if (analysed.length() < body.length()) {
            LOG.warnf(
                    "article %s has %d characters: entities, keywords and summary come from its first %d"
                            + " (wenliu.analysis.max-text-chars %d); its whole body passes on",
                    event.articleId(), body.length(), analysed.length(), maxTextChars);
        }
        AnalyzedDocument document;
        long started = System.nanoTime();
        Span analysis = tracer.spanBuilder("analyze text").startSpan();
        try (Scope scope = analysis.makeCurrent()) {
            document = models.analyzeDocument(event.payloadText("title"), analysed, frequencies, this::inSpan);
        } catch (FrequenciesUnavailableException e) {
            throw e;
        } catch (RuntimeException e) {
            return Outcome.failed("unenrichable: analysis failed: " + e, e);
        } finally {
            analysis.end();
        }
        metrics.enriched(System.nanoTime() - started);
        return Outcome.publish(
                EnrichedEvents.enriched(
                        event,
                        document.enrichment().withCredited(CreditedPeople.of(event.credits())),
                        EnrichedEvents.eventIdFor(event),
                        now),
                new HandledEvent(event.eventId(), event.articleId(), type, true, document.terms()));
    }

    /** Runs one stage of the analysis in a span of its own (segmentation, entities, keywords...). */
    private void inSpan(String stage, Runnable work) {
        Span span = tracer.spanBuilder(stage).startSpan();
        try (Scope scope = span.makeCurrent()) {
            work.run();
        } finally {
            span.end();
        }
    }
}
