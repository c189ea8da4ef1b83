-- The birth date comes from the CPR number (century from the serial digit), which the service reads; children
-- registered before this migration get it when they are next identified.
alter table child add column birth_date date;

-- A concern's current assessment (level, acute flag, signs in a taxonomy version), the parents' involvement or the
-- reason they are not involved, and the child's own view. Concerns recorded before this migration have none of
-- these, so the rules hold for new rows only (not valid: existing rows are not checked).
alter table concern
    add column version                     bigint  not null default 0,
    add column acute                       boolean not null default false,
    add column signs                       text[],
    add column taxonomy_version            integer,
    add column parents_involved_on         date,
    add column parents_contact             text check (parents_contact in ('SAMTALE', 'TELEFON', 'MOEDE', 'BREV', 'ANDET')),
    add column parents_involved_by         text,
    add column parents_perspective         text,
    add column parents_not_involved_reason text,
    add column child_view_method           text check (child_view_method in ('SAMTALE', 'TEGNING', 'SMILEY_SKALA', 'OBSERVATION', 'ANDET')),
    add column child_view                  text;
alter table concern add constraint concern_assessed
    check (signs is not null and taxonomy_version is not null) not valid;
alter table concern add constraint concern_parents_involved_or_reason
    check ((parents_involved_on is not null and parents_contact is not null and parents_involved_by is not null)
        <> (parents_not_involved_reason is not null)) not valid;
alter table concern add constraint concern_child_view
    check (child_view_method is not null and child_view is not null) not valid;

-- Every assessment of a concern, the first included: the history a reassessment never overwrites.
create table concern_assessment (
    id               uuid primary key,
    concern_id       uuid        not null references concern (id),
    level            text        not null check (level in ('GREEN', 'YELLOW', 'RED')),
    acute            boolean     not null,
    signs            text[]      not null,
    taxonomy_version integer     not null,
    assessed_by      text        not null,
    assessed_at      timestamptz not null
);
create index concern_assessment_concern on concern_assessment (concern_id, assessed_at);
