-- ADR 0006: the professionals involved with a child become its case team (sagsteam). Every member keeps the access
-- they had; each joining now records its basis (sagsopretter, samtykke with its three facts, or a listed ground), and
-- leaving keeps the row with when and why, so a later case can start a new team.
alter table child_involvement rename to case_team_member;
alter table case_team_member rename constraint child_involvement_reason_check to case_team_member_reason_check;
alter table case_team_member drop constraint case_team_member_reason_check;
alter table case_team_member add constraint case_team_member_reason_check
    check (reason in ('RECORDED_CONCERN', 'ADDED_BY_COLLEAGUE', 'CONSULTATION_LINKED', 'NOTIFIED_AUTHORITY',
                      'STARTED_CASE', 'ADDED_BY_MEMBER', 'REQUEST_ACCEPTED'));

alter table case_team_member add column basis text;
alter table case_team_member add column consent_given_on date;
alter table case_team_member add column consent_given_to text;
alter table case_team_member add column consent_scope text;
alter table case_team_member add column left_at timestamptz;
alter table case_team_member add column left_by text;
alter table case_team_member add column left_reason text check (left_reason in ('fjernet', 'sag-lukket'));

-- Members from before the case team: whoever came first on a child started its case; the others were on it before
-- a basis was recorded (their access stands until the tovholder removes them or the case is closed).
update case_team_member m
set basis = case when m.added_at = (select min(o.added_at) from case_team_member o where o.child_id = m.child_id)
                 then 'sagsopretter' else 'foer-sagsteam' end;
alter table case_team_member alter column basis set not null;
alter table case_team_member add constraint case_team_member_basis_check check (basis ~ '^[a-z0-9-]{1,60}$');
alter table case_team_member add constraint case_team_member_consent_check
    check (basis <> 'samtykke' or (consent_given_on is not null and consent_given_to is not null and consent_scope is not null));

-- One active membership per child and professional; a professional may join a later case again.
alter table case_team_member drop constraint child_involvement_child_id_username_key;
create unique index case_team_member_active on case_team_member (child_id, username) where left_at is null;
create index case_team_member_child on case_team_member (child_id);

-- A professional with their own records about a child asks to join its case team; the tovholder decides.
create table case_team_request (
    id               uuid primary key,
    child_id         uuid        not null references child (id),
    username         text        not null,
    discipline       text        not null check (discipline in ('sundhedsplejerske', 'paedagog', 'laerer', 'klubmedarbejder')),
    basis            text        not null check (basis ~ '^[a-z0-9-]{1,60}$'),
    consent_given_on date,
    consent_given_to text,
    consent_scope    text,
    message          text,
    requested_at     timestamptz not null,
    status           text        not null check (status in ('PENDING', 'ACCEPTED', 'DECLINED')),
    decided_by       text,
    decided_at       timestamptz,
    check (basis <> 'samtykke' or (consent_given_on is not null and consent_given_to is not null and consent_scope is not null))
);
create unique index case_team_request_pending on case_team_request (child_id, username) where status = 'PENDING';

-- The other services' replicas learn the access that stands: one grant per member and per notified child, in the
-- outbox like every later change (dk.rodtraad.concern.child-access-granted.v1 on rodtraad.concern.access). A member
-- whose discipline was never kept gets none: the event needs one, so they see the child in concern-service only.
insert into outbox_event (event_id, event_type, topic, subject_id, occurred_at, payload, created_at)
select gen_random_uuid(), 'dk.rodtraad.concern.child-access-granted.v1', 'rodtraad.concern.access', m.child_id,
       now(), jsonb_build_object('childId', m.child_id, 'audience', 'fagperson', 'username', m.username,
                                 'discipline', m.profession, 'basis', m.basis,
                                 'grantedAt', to_char(m.added_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')),
       now()
from case_team_member m
where m.profession is not null;

insert into outbox_event (event_id, event_type, topic, subject_id, occurred_at, payload, created_at)
select gen_random_uuid(), 'dk.rodtraad.concern.child-access-granted.v1', 'rodtraad.concern.access', a.child_id,
       now(), jsonb_build_object('childId', a.child_id, 'audience', 'myndighed', 'username', null,
                                 'discipline', null, 'basis', 'underretning',
                                 'grantedAt', to_char(min(a.granted_at) at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')),
       now()
from authority_child_access a
group by a.child_id;
