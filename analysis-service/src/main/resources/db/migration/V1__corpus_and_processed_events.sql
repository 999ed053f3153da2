-- Events already handled (a redelivered event id is not processed twice).
create table processed_event (
    event_id     varchar(100) primary key,
    article_id   varchar(300),
    event_type   varchar(100),
    processed_at timestamp with time zone not null
);

-- Document frequency of each term over the articles seen so far.
create table term_document_frequency (
    term      varchar(200) primary key,
    documents bigint       not null
);

-- Corpus-wide counters (one row).
create table corpus_statistics (
    id        integer primary key,
    documents bigint  not null
);
insert into corpus_statistics (id, documents) values (1, 0);
