package io.wenliu.ingest.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Typed configuration of the ingest service ({@code wenliu.ingest.*}). */
@ConfigMapping(prefix = "wenliu.ingest")
public interface IngestConfig {

    /** Folder watched for new files (env INGEST_DROP_DIR). */
    @WithDefault("data/drop")
    String dropDir();

    /** Folder for successfully processed files; defaults to a sibling {@code processed} of the drop folder. */
    Optional<String> processedDir();

    /** Folder for failed files and their error sidecars; defaults to a sibling {@code failed} of the drop folder. */
    Optional<String> failedDir();

    /** Folder where claimed files wait while processed; defaults to a sibling {@code claimed} of the drop folder. */
    Optional<String> claimedDir();

    /** Name of this instance: its claimed files live under {@code claimed/<instance-id>/}; defaults to the host name. */
    Optional<String> instanceId();

    /** Whether the drop folder is watched at all. */
    @WithDefault("true")
    boolean watchEnabled();

    /**
     * A dropped file is claimed once it was last modified at least this long ago and two scans at least this long
     * apart saw the same size and modification time.
     */
    @WithDefault("150ms")
    Duration minFileAge();

    /** Documents processed in parallel (each on its own thread, in its own transactions). */
    @WithDefault("2")
    int workers();

    /** Period of the safety-net rescan of the drop folder. */
    @WithDefault("5s")
    Duration rescanInterval();

    /**
     * Period of the safety-net check of processed/ against the ledger (a deletion is normally seen at once by the
     * watch service); each check streams every filed document's row from the ledger and looks its file up, so it is
     * not run often.
     */
    @WithDefault("1m")
    Duration processedCheckInterval();

    /**
     * A document still RECEIVED this long after it arrived, with no claimed folder in any instance's claimed/, lost its
     * file before it was processed (removed by hand): it is marked FAILED so that it is not waiting forever.
     */
    @WithDefault("1m")
    Duration vanishedClaimAfter();

    /** Largest accepted document, in bytes (drop and upload). */
    @WithDefault("10485760")
    long maxFileSize();

    /**
     * Largest article, in bytes of UTF-8 text (title, subtitle, byline and body): a document with a larger one fails
     * with TOO_LARGE. The default leaves room under the Kafka producer's 1 MiB request limit for the event's envelope
     * and for the enrichment analysis adds to the same text in articles.enriched (at most about 350 KB: one entity
     * mention per two of the 50,000 characters it analyses); raise both together.
     */
    @WithDefault("650000")
    long maxArticleBytes();

    /**
     * Most characters of text one document may have, whatever its format: a PDF or DOCX of a few megabytes can hold far
     * more text than its size (compressed streams), and all of it is held in memory while the document is split.
     * Extraction stops at this length and the document fails with TOO_LARGE.
     */
    @WithDefault("3000000")
    int maxTextChars();

    /** API key required for uploads and deletes in header X-API-Key (env INGEST_API_KEY); unset disables them. */
    Optional<String> apiKey();

    /** Year given to datelines printed without one (e.g. 3月12日) when the document shows none; unset leaves them without. */
    Optional<Integer> datelineDefaultYear();

    /** Outbox relay settings. */
    Outbox outbox();

    /** Settings of the consumers of articles.enriched and articles.indexed. */
    Status status();

    /** Settings of the consumers of articles.enriched and articles.indexed. */
    interface Status {

        /** First wait before a status record whose handling failed (e.g. database down) is tried again. */
        @WithDefault("500ms")
        Duration retryInitialBackoff();

        /** Longest wait between attempts; the wait doubles from the initial one and attempts never stop. */
        @WithDefault("30s")
        Duration retryMaxBackoff();
    }

    /** Outbox relay settings. */
    interface Outbox {

        /**
         * How often the relay looks for unsent events when nothing wakes it; a document's commit wakes it at once.
         */
        @WithDefault("1s")
        Duration pollInterval();

        /** Most events published per relay round. */
        @WithDefault("200")
        int batchSize();

        /** How long a single send may take before the round is abandoned and retried. */
        @WithDefault("10s")
        Duration sendTimeout();

        /** Longest wait between relay attempts while Kafka is unreachable (the wait doubles from 1s). */
        @WithDefault("30s")
        Duration maxBackoff();

        /** How long published events stay in the outbox table before they are purged. */
        @WithDefault("7d")
        Duration retention();
    }
}
