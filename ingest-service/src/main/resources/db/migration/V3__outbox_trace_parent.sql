-- The W3C trace context (traceparent) of the work that queued an event, sent as the event's traceparent header, so
-- that one trace follows an article from its upload or drop through the other services.
alter table outbox_event add column trace_parent varchar(64);
