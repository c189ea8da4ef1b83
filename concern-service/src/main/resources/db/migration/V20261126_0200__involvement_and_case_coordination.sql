-- The professionals involved with a child: only they may see the child's data.
create table child_involvement (
    id         uuid primary key,
    child_id   uuid        not null references child (id),
    username   text        not null,
    profession text check (profession in ('sundhedsplejerske', 'paedagog', 'laerer', 'klubmedarbejder')),
    reason     text        not null check (reason in ('RECORDED_CONCERN', 'ADDED_BY_COLLEAGUE')),
    added_by   text        not null,
    added_at   timestamptz not null,
    unique (child_id, username)
);

-- Whoever recorded a concern before this migration is involved; their discipline was not kept then.
insert into child_involvement (id, child_id, username, profession, reason, added_by, added_at)
select gen_random_uuid(), child_id, recorded_by, null, 'RECORDED_CONCERN', recorded_by, min(recorded_at)
from concern
group by child_id, recorded_by;

-- One per child: the disciplines on the case and its tovholder (the TovholderRule: a case with two or more
-- disciplines has exactly one). Created by the child's next concern for children known before this migration.
create table case_coordination (
    child_id    uuid primary key references child (id),
    version     bigint  not null,
    disciplines text[]  not null check (cardinality(disciplines) >= 1),
    tovholder   text,
    open        boolean not null,
    check (not open or cardinality(disciplines) < 2 or tovholder is not null)
);
