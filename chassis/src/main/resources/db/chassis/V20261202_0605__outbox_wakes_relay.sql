-- Wakes the outbox relays the moment a transaction that wrote outbox events commits (OutboxCommits listens).
-- PostgreSQL delivers a notification at commit, never for a rollback, and folds a transaction's identical
-- notifications into one: one wake-up per transaction, however many events it wrote. Per statement, not per row,
-- so a bulk insert costs one call.
create function outbox_event_inserted() returns trigger
    language plpgsql
as $$
begin
    perform pg_notify('outbox_event', '');
    return null;
end
$$;

create trigger outbox_event_inserted
    after insert on outbox_event
    for each statement
execute function outbox_event_inserted();
