-- Anonymous consultation (anonym sparring): a situation described without the child's name, linked to the child
-- later. child_id stays null while it is anonymous.
create table consultation (
    id              uuid primary key,
    version         bigint      not null,
    situation       text        not null,
    setting         text        not null,
    child_age_years integer check (child_age_years between 0 and 18),
    opened_by       text        not null,
    opened_at       timestamptz not null,
    child_id        uuid references child (id),
    linked_by       text,
    linked_at       timestamptz,
    check ((child_id is null) = (linked_by is null) and (child_id is null) = (linked_at is null))
);
create index consultation_child on consultation (child_id);

-- Its history, kept as it was when the consultation is linked.
create table consultation_note (
    id              uuid primary key,
    consultation_id uuid        not null references consultation (id),
    text            text        not null,
    written_by      text        not null,
    written_at      timestamptz not null
);
create index consultation_note_consultation on consultation_note (consultation_id, written_at);

-- Linking a consultation involves the professional with the child.
alter table child_involvement drop constraint child_involvement_reason_check;
alter table child_involvement add constraint child_involvement_reason_check
    check (reason in ('RECORDED_CONCERN', 'ADDED_BY_COLLEAGUE', 'CONSULTATION_LINKED'));
