package io.wenliu.analysis.messaging;

import io.opentelemetry.context.Context;
import io.wenliu.analysis.corpus.CorpusFrequencies;
import io.wenliu.analysis.corpus.CorpusRecorder;
import io.wenliu.analysis.corpus.HandledEvent;
import io.wenliu.analysis.events.IngestedEvent;
import io.wenliu.analysis.events.OutgoingEvent;
import io.wenliu.analysis.events.Topics;
import io.wenliu.analysis.metrics.AnalysisMetrics;
import io.wenliu.platform.events.TraceHeaders;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;

/**
 * Handles a batch of {@code articles.ingested} records: events already handled are skipped, the others are enriched
 * against one snapshot of the corpus statistics, their events published in record order and awaited, and then the
 * batch is recorded (event ids and term counts) in one transaction. Records that can never be handled go to the
 * dead-letter topic, among them an article whose enriched event is too large for a record. Transient failures repeat
 * the whole batch until it passes; a repeat publishes under the same event ids, so consumers recognise it.
 */
@ApplicationScoped
public class IngestedBatchProcessor {

    private final IngestedEventReader reader;
    private final BatchEnricher enricher;
    private final EnrichedPublisher publisher;
    private final DeadLetterPublisher deadLetters;
    private final CorpusFrequencies corpus;
    private final CorpusRecorder recorder;
    private final RetryUntilDone retry;
    private final AnalysisMetrics metrics;

    public IngestedBatchProcessor(
            IngestedEventReader reader,
            BatchEnricher enricher,
            EnrichedPublisher publisher,
            DeadLetterPublisher deadLetters,
            CorpusFrequencies corpus,
            CorpusRecorder recorder,
            RetryUntilDone retry,
            AnalysisMetrics metrics) {
        this.reader = reader;
        this.enricher = enricher;
        this.publisher = publisher;
        this.deadLetters = deadLetters;
        this.corpus = corpus;
        this.recorder = recorder;
        this.retry = retry;
        this.metrics = metrics;
    }

    /** Returns once every record is published and recorded, or dead-lettered. */
    public void process(List<ConsumerRecord<String, String>> records) {
        long now = System.currentTimeMillis();
        List<Received> received = new ArrayList<>(records.size());
        for (ConsumerRecord<String, String> record : records) {
            metrics.queued(record.timestamp(), now);
            try {
                received.add(new Received(
                        record, reader.read(record.value()), null, TraceHeaders.extract(record.headers())));
            } catch (InvalidEventException e) {
                received.add(new Received(record, null, e, null));
            }
        }
        retry.run("batch of " + records.size() + " articles.ingested records", () -> handle(received));
    }

    private void handle(List<Received> received) {
        List<String> ids = new ArrayList<>();
        for (Received r : received) {
            if (r.event() != null) {
                ids.add(r.event().eventId());
            }
        }
        Set<String> handled = new HashSet<>(recorder.alreadyHandled(ids));
        List<Received> todo = new ArrayList<>();
        List<IngestedEvent> events = new ArrayList<>();
        List<Context> traces = new ArrayList<>();
        for (Received r : received) {
            if (r.event() == null || handled.add(r.event().eventId())) {
                todo.add(r);
                if (r.event() != null) {
                    events.add(r.event());
                    traces.add(r.trace());
                }
            }
        }
        List<Outcome> outcomes = enricher.handleAll(events, traces, corpus.snapshot());
        List<OutgoingEvent> outputs = new ArrayList<>();
        for (Outcome outcome : outcomes) {
            if (outcome.output() != null) {
                outputs.add(outcome.output());
            }
        }
        List<Outcome> settled = withRefusals(outcomes, publisher.publishAll(outputs));
        List<HandledEvent> records = new ArrayList<>();
        for (Outcome outcome : settled) {
            if (outcome.handled() != null) {
                records.add(outcome.handled());
            }
        }
        recorder.record(records);
        metrics.published(
                (int) records.stream().filter(HandledEvent::addsDocument).count());
        deadLetter(todo, settled);
    }

    /**
     * The outcomes with each output the broker can never accept (a refusal, in the order of the outputs) turned into a
     * failure: its article is dead-lettered and not recorded as handled.
     */
    private static List<Outcome> withRefusals(List<Outcome> outcomes, List<RecordTooLargeException> refusals) {
        List<Outcome> settled = new ArrayList<>(outcomes.size());
        int next = 0;
        for (Outcome outcome : outcomes) {
            RecordTooLargeException refusal = outcome.output() == null ? null : refusals.get(next++);
            settled.add(
                    refusal == null
                            ? outcome
                            : Outcome.failed(
                                    "its " + outcome.output().eventType() + " event is too large for " + Topics.ENRICHED
                                            + ": " + refusal.getMessage(),
                                    refusal));
        }
        return settled;
    }

    private void deadLetter(List<Received> todo, List<Outcome> outcomes) {
        int next = 0;
        for (Received r : todo) {
            if (r.invalid() != null) {
                InvalidEventException e = r.invalid();
                send(r.record(), "unparseable: " + e.getMessage(), e.getCause() == null ? e : e.getCause(), e.kind());
                continue;
            }
            Outcome outcome = outcomes.get(next++);
            if (outcome.isFailure()) {
                String kind = outcome.cause() instanceof RecordTooLargeException ? "too-large" : "invalid";
                send(r.record(), outcome.failure(), outcome.cause(), kind);
            }
        }
    }

    private void send(ConsumerRecord<String, String> record, String reason, Throwable cause, String kind) {
        deadLetters.send(record, reason, cause);
        metrics.deadLettered(kind);
    }

    /** A consumed record with its event and the trace it came in, or why it could not be read. */
    private record Received(
            ConsumerRecord<String, String> record, IngestedEvent event, InvalidEventException invalid, Context trace) {}
}
