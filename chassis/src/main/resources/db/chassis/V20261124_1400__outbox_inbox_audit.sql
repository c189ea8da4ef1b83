-- Chassis tables, in every service's database. Migrations are named by their creation time, so the chassis's and
-- the service's own migrations (db/migration) interleave in the order they were written.

-- Transactional outbox: written in the same transaction as the state change, published by OutboxRelay.
create table outbox_event (
    id          bigint generated always as identity primary key,
    event_id    uuid        not null unique,
    event_type  text        not null,
    topic       text        not null,
    child_id    uuid        not null,
    occurred_at timestamptz not null,
    payload     jsonb       not null,
    created_at  timestamptz not null,
    sent_at     timestamptz
);
create index outbox_event_unsent on outbox_event (id) where sent_at is null;

-- Idempotent inbox: the events each consumer has applied, written in the same transaction as the effect.
create table processed_event (
    consumer     text        not null,
    event_id     uuid        not null,
    processed_at timestamptz not null,
    primary key (consumer, event_id)
);

-- Every read and write of a child's data: who, role, when, what, why.
create table audit_log (
    id       bigint generated always as identity primary key,
    at       timestamptz not null,
    username text        not null,
    roles    text        not null,
    action   text        not null check (action in ('READ', 'WRITE')),
    what     text        not null,
    child_id uuid,
    purpose  text        not null
);
create index audit_log_child on audit_log (child_id, at);
