-- The child timeline replica, in the services that show a child's timeline.
create table timeline_entry (
    event_id    uuid primary key,
    child_id    uuid        not null,
    occurred_at timestamptz not null,
    event_type  text        not null,
    source      text        not null,
    payload     jsonb       not null,
    received_at timestamptz not null
);
-- The one order every replica shows: event time, then event id.
create index timeline_entry_child on timeline_entry (child_id, occurred_at, event_id);
