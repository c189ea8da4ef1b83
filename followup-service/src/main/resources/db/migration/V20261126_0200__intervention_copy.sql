-- followup-service's copy of the catalogue's interventions, from catalogue-service's events: a referral names an
-- intervention the municipality really offers, even while catalogue-service is down.
create table intervention_copy (
    id              uuid primary key,
    code            text        not null,
    revision        integer     not null,
    status          text        not null check (status in ('offentliggjort', 'pause', 'udgaaet')),
    name            text        not null,
    department      text        not null,
    step            integer     not null,
    age_from_years  integer     not null,
    age_to_years    integer     not null,
    waiting_weeks   integer     not null,
    changed_at      timestamptz not null
);
create index intervention_copy_offered on intervention_copy (status, name);
