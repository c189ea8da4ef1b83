-- The child as concern-service knows it: the only place a CPR number and a name are kept. Everywhere else the child
-- is its pseudonymous id.
create table child (
    id   uuid primary key,
    cpr  text not null unique,
    name text not null
);

create table concern (
    id          uuid primary key,
    child_id    uuid        not null references child (id),
    level       text        not null check (level in ('GREEN', 'YELLOW', 'RED')),
    setting     text        not null,
    observed_on date        not null,
    observation text        not null,
    recorded_by text        not null,
    recorded_at timestamptz not null
);
create index concern_child on concern (child_id);
