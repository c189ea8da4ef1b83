-- What the evaluation last published of each intervention (intervention-results.v1 on rodtraad.followup.results): a
-- fingerprint of the results, so that they are sent again only when they change (docs/followup-evaluation.md).
create table published_results (
    intervention_id uuid primary key,
    fingerprint     text        not null,
    published_at    timestamptz not null
);
