-- The municipality's own results of each intervention, as followup-service's evaluation last published them
-- (intervention-results.v1 on rodtraad.followup.results): groups of children only, never a child. One row per
-- intervention, the latest by computed_at; shown to staff beside the intervention's description (docs/catalogue.md).
create table intervention_results (
    intervention_id uuid primary key,
    computed_at     timestamptz not null,
    results         text        not null,
    received_at     timestamptz not null
);
