-- Ledger: one row per source document and per article found in it.
create table document (
    id              uuid primary key,
    source_file     varchar(1024) not null,
    origin          varchar(16)   not null,
    status          varchar(16)   not null,
    size_bytes      bigint,
    content_type    varchar(120),
    charset         varchar(40),
    failure_reason  varchar(40),
    error_message   text,
    final_name      varchar(1100),
    received_at     timestamptz   not null,
    finished_at     timestamptz,
    deleted_at      timestamptz
);
create index document_status_received on document (status, received_at);

create table article (
    id                 varchar(40)  primary key,
    document_id        uuid         not null references document (id),
    segment_index      int          not null,
    title              text,
    content_hash       char(64)     not null,
    status             varchar(16)  not null,
    duplicate_of       varchar(40),
    created_at         timestamptz  not null,
    published_at       timestamptz,
    enriched_at        timestamptz,
    indexed_at         timestamptz,
    deleted_at         timestamptz
);
create index article_document on article (document_id);
-- At most one live (published, not deleted) article per content hash, even across instances.
create unique index article_live_hash on article (content_hash) where status <> 'DUPLICATE' and deleted_at is null;

-- Outbox: events written in the same transaction as the ledger rows, published by the relay.
create sequence outbox_event_seq start with 1 increment by 1;
create table outbox_event (
    id           bigint       primary key,
    event_id     uuid         not null unique,
    event_type   varchar(40)  not null,
    article_id   varchar(40)  not null,
    occurred_at  timestamptz  not null,
    payload      text         not null,
    sent_at      timestamptz,
    attempts     int          not null default 0,
    last_error   text
);
create index outbox_event_unsent on outbox_event (id) where sent_at is null;
