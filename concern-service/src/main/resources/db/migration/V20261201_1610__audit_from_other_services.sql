-- The uses of a child's data in the other services (dk.rodtraad.audit.child-data-used.v1 from rodtraad.audit), kept
-- for the citizen's report beside this service's own audit_log. Pseudonymous, as they arrive: no username.
create table audit_elsewhere (
    event_id   uuid primary key,
    child_id   uuid        not null,
    at         timestamptz not null,
    service    text        not null,
    action     text        not null check (action in ('READ', 'WRITE', 'REFUSED')),
    what       text        not null,
    purpose    text        not null,
    role       text        not null,
    discipline text,
    status     int         not null
);
create index audit_elsewhere_child on audit_elsewhere (child_id, at);
