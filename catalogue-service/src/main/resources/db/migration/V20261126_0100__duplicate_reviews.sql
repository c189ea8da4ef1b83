-- The katalogredaktør's verdict on two interventions that look like the same offer (dobbeltindsats). A pair is kept
-- once, in id order; without a row here the pair is open for review.
create table duplicate_review (
    id          uuid primary key,
    first_id    uuid        not null references intervention (id),
    second_id   uuid        not null references intervention (id),
    decision    text        not null check (decision in ('COORDINATED', 'MERGED', 'DISTINCT')),
    note        text,
    decided_by  text        not null,
    decided_at  timestamptz not null,
    unique (first_id, second_id),
    check (first_id < second_id)
);
