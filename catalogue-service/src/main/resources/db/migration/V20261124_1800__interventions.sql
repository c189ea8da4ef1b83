-- The catalogue of early interventions (indsatskatalog). Lists (signs, competences, locations) are text arrays; the
-- search document is Danish full text (stemming and stop words of PostgreSQL's 'danish' configuration),
-- weighted: name and method first, then the short description, then the long one.
create table intervention (
    id                uuid primary key,
    code              text        not null unique,
    status            text        not null check (status in ('DRAFT', 'PUBLISHED', 'PAUSED', 'RETIRED')),
    revision          integer     not null,
    name              text        not null,
    short_description text        not null,
    long_description  text        not null,
    age_from_years    integer     not null,
    age_to_years      integer     not null,
    signs             text[]      not null,
    type              text        not null,
    prevention_level  text        not null,
    step              integer     not null check (step between 1 and 6),
    department        text        not null,
    anchoring         text        not null,
    legal_basis       text        not null,
    method            text,
    evidence_level    text        not null,
    competences       text[]      not null,
    capacity_per_year integer,
    waiting_weeks     integer     not null,
    access            text        not null,
    contact           text        not null,
    locations         text[]      not null,
    changed_at        timestamptz not null,
    changed_by        text        not null,
    first_published_at timestamptz,
    lock_version      bigint      not null,
    search_document   tsvector generated always as (
        setweight(to_tsvector('danish', name), 'A') ||
        setweight(to_tsvector('danish', coalesce(method, '')), 'A') ||
        setweight(to_tsvector('danish', short_description), 'B') ||
        setweight(to_tsvector('danish', long_description || ' ' || department), 'C')) stored,
    check (age_from_years <= age_to_years)
);
create index intervention_search on intervention using gin (search_document);
create index intervention_signs on intervention using gin (signs);

-- Every saved step of an intervention: what it said, its status, who and when. Never updated.
create table intervention_revision (
    id              uuid primary key,
    intervention_id uuid        not null references intervention (id),
    revision        integer     not null,
    change          text        not null,
    status          text        not null,
    content         jsonb       not null,
    changed_at      timestamptz not null,
    changed_by      text        not null,
    unique (intervention_id, revision)
);
