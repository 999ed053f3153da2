-- An event the broker can never accept (a record over its size limit) is given up instead of retried for ever:
-- kept with its error for inspection, no longer holding up the events queued after it.
alter table outbox_event add column given_up_at timestamptz;
drop index outbox_event_unsent;
create index outbox_event_unsent on outbox_event (id) where sent_at is null and given_up_at is null;
