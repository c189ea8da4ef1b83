-- A refused attempt on a child's data is audit-logged too.
alter table audit_log drop constraint audit_log_action_check;
alter table audit_log add constraint audit_log_action_check check (action in ('READ', 'WRITE', 'REFUSED'));
