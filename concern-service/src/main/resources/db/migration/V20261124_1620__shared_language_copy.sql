-- concern-service's own copy of every published version of the shared language, from catalogue-service's events,
-- so recording a concern never depends on catalogue-service being up.
create table shared_language_copy (
    version      integer primary key,
    published_at timestamptz not null,
    content      jsonb       not null,
    received_at  timestamptz not null
);
