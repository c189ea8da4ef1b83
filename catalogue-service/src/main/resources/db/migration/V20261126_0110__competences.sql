-- Who in the municipality masters which method (kompetenceoversigt), by unit: the seeds' "competences are unknown".
create table competence (
    id          uuid primary key,
    method      text    not null,
    unit        text    not null,
    staff_count integer not null check (staff_count >= 0),
    contact     text    not null,
    unique (method, unit)
);
create index competence_method on competence (lower(method));
