package io.wenliu.ingest.ledger;

/**
 * Fired (CDI event) once a transaction that added outbox rows has committed: the relay observes it and looks for
 * unsent rows at once instead of at its next poll.
 */
public record OutboxCommitted() {}
