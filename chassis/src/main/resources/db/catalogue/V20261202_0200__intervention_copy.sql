-- The copy of the catalogue's interventions (build property rodtraad.catalogue.replica.enabled, Flyway location
-- db/catalogue), kept by InterventionReplica from catalogue-service's events: a referral or an agreement names an
-- intervention the municipality really offers, even while catalogue-service is down.
--
-- followup-service kept this copy itself before, in a table of the same name made by its own migration
-- V20261126_0200 (still in its db/migration: Flyway must find every migration it applied). There the table is kept,
-- elsewhere it is made here, with the same columns. Then it gains the intervention's type, which the old copy did
-- not keep: the copy is emptied, with the inbox's record of the events it applied, and rebuilt from the topic, which
-- keeps every event for ever, by the replica's own consumer group (<service>-interventions) reading it from the start.
create table if not exists intervention_copy (
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
create index if not exists intervention_copy_offered on intervention_copy (status, name);

delete from intervention_copy;
delete from processed_event where consumer = 'interventions';
-- e.g. civilsamfund: a network participant from civil society may be linked to such an intervention.
alter table intervention_copy add column type text not null;
create index intervention_copy_offered_by_type on intervention_copy (status, type, name);
