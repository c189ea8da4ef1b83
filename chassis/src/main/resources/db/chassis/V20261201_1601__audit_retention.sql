-- Retention of the audit log: the only way an entry goes. Owned by the owner and run with its rights (security
-- definer), so the runtime login can purge what is old without being able to delete anything else. Whatever it is
-- asked, it keeps at least 183 days (6 months).
create function purge_audit_log(keep_days int) returns bigint
    language sql
    security definer
    set search_path = public, pg_temp
as $$
    with purged as (
        delete from audit_log where at < now() - make_interval(days => greatest(keep_days, 183)) returning 1
    )
    select count(*) from purged;
$$;
revoke all on function purge_audit_log(int) from public;
grant execute on function purge_audit_log(int) to ${runtime_login};
