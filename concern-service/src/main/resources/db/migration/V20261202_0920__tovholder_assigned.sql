-- The other services' replicas learn who the tovholder of every open case is (dk.rodtraad.concern.tovholder-assigned.v1
-- on rodtraad.concern.access), in the outbox like every later naming and handover. When: the latest naming of or
-- handover to that professional the audit log records, else now. A tovholder whose discipline was never kept gets
-- none: the event needs one.
insert into outbox_event (event_id, event_type, topic, subject_id, occurred_at, payload, created_at)
select gen_random_uuid(), 'dk.rodtraad.concern.tovholder-assigned.v1', 'rodtraad.concern.access', c.child_id,
       now(), jsonb_build_object('childId', c.child_id, 'username', c.tovholder, 'discipline', m.profession,
                                 'assignedAt', to_char(coalesce(named.at, now()) at time zone 'UTC',
                                                       'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')),
       now()
from case_coordination c
join case_team_member m on m.child_id = c.child_id and m.username = c.tovholder and m.left_at is null
left join lateral (select max(a.at) as at from audit_log a
                   where a.child_id = c.child_id and a.what = 'coordination' and a.concerning = c.tovholder
                     and a.purpose in ('Tovholder udpeget', 'Tovholderopgaven overdraget')) named on true
where c.open and c.tovholder is not null and m.profession is not null;
