package io.wenliu.ingest.ledger;

/** Why a document could not be ingested. */
public enum FailureReason {
    EMPTY,
    TOO_LARGE,
    UNSUPPORTED_TYPE,
    UNDECODABLE,
    NO_TEXT,
    NO_ARTICLES,
    NOT_A_FILE,
    BAD_NAME,
    IO_ERROR,
    INTERNAL_ERROR
}
