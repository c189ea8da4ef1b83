-- The shared language (fælles sprog): versions of the taxonomy of signs and the concern scale. A published version
-- is immutable; drafts are edited by the katalogredaktør under optimistic locking.
create table shared_language_version (
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
-- At most one draft at a time: editors work on the next version together.
create unique index shared_language_one_draft on shared_language_version (status) where status = 'DRAFT';
