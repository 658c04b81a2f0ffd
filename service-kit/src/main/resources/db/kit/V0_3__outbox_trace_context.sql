-- The trace an event belongs to (issue 19): the W3C traceparent of the span that published it, and the tenant it was
-- published for. The relay sends both as Kafka headers (traceparent, csp-tenant), so each consumer's transaction
-- continues the trace of the request that caused it. Null for rows written before, and for events published outside
-- any trace: their consumers start a trace of their own.
alter table outbox_event add column traceparent text, add column tenant text;
alter table outbox_parked add column traceparent text, add column tenant text;
