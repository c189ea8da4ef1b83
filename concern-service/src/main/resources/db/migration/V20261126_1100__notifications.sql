-- Underretninger: notifications to the authority under the professionals' heightened duty (Barnets lov § 133).
-- received_at is when the authority got it (the moment it was stored): the statutory deadlines run from it.
-- The authority's three steps are each done once, by one caseworker, at one time: all or none of their columns.
create table notification (
    id                          uuid primary key,
    version                     bigint      not null,
    child_id                    uuid        not null references child (id),
    concern_id                  uuid references concern (id),
    ground                      text        not null
        check (ground in ('SAERLIG_STOETTE', 'UFOEDT_BARN', 'ULOVLIGT_SKOLEFRAVAER', 'OVERGREB')),
    known_or_suspected          text        not null,
    parents_informed            boolean     not null,
    parents_not_informed_reason text,
    notified_by                 text        not null,
    notifier_profession         text        not null
        check (notifier_profession in ('sundhedsplejerske', 'paedagog', 'laerer', 'klubmedarbejder')),
    received_at                 timestamptz not null,
    urgency                     text check (urgency in ('AKUT', 'IKKE_AKUT')),
    urgency_assessed_by         text,
    urgency_assessed_at         timestamptz,
    receipt_sent_by             text,
    receipt_sent_at             timestamptz,
    outcome                     text
        check (outcome in ('INGEN_FORANSTALTNING', 'AFDAEKNING', 'BOERNEFAGLIG_UNDERSOEGELSE', 'STOETTE')),
    outcome_decided_by          text,
    outcome_decided_at          timestamptz,
    check (parents_informed = (parents_not_informed_reason is null)),
    check ((urgency is null) = (urgency_assessed_by is null) and (urgency is null) = (urgency_assessed_at is null)),
    check ((receipt_sent_by is null) = (receipt_sent_at is null)),
    check ((outcome is null) = (outcome_decided_by is null) and (outcome is null) = (outcome_decided_at is null))
);
create index notification_child on notification (child_id);
create index notification_notified_by on notification (notified_by, received_at);

-- The authority sees the children notified to it, and only those: each notification grants it the child.
create table authority_child_access (
    notification_id uuid primary key references notification (id),
    child_id        uuid        not null references child (id),
    granted_at      timestamptz not null
);
create index authority_child_access_child on authority_child_access (child_id);

-- Notifying the authority involves the professional with the child.
alter table child_involvement drop constraint child_involvement_reason_check;
alter table child_involvement add constraint child_involvement_reason_check
    check (reason in ('RECORDED_CONCERN', 'ADDED_BY_COLLEAGUE', 'CONSULTATION_LINKED', 'NOTIFIED_AUTHORITY'));
