-- An audit entry names the discipline of whoever used the data (the token's profession claim, null for a role
-- without one), the status the use was answered with, and, apart from the purpose (always a fixed phrase), the
-- colleague a change concerned (e.g. the one involved or named tovholder): never sent in an event.
alter table audit_log add column discipline text;
alter table audit_log add column status int;
alter table audit_log add column concerning text;
