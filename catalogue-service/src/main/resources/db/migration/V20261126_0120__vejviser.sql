-- The Vejviser (the guide): for each sign and level of the shared language, what to look for, what to do, whom to
-- involve, what parents and the network can do, linked to interventions. Versioned like the shared language.
create table vejviser_version (
    number       integer primary key,
    status       text        not null check (status in ('DRAFT', 'PUBLISHED')),
    content      jsonb       not null,
    created_at   timestamptz not null,
    created_by   text        not null,
    published_at timestamptz,
    published_by text,
    lock_version bigint      not null,
    check ((status = 'PUBLISHED') = (published_at is not null))
);
create unique index vejviser_one_draft on vejviser_version (status) where status = 'DRAFT';
