-- The other services' audit entries are audit entries too: append-only for this service's login, and kept exactly as
-- long as its own (at least 183 days), purged only by a function owned by the owner, as purge_audit_log is.
revoke update, delete, truncate on audit_elsewhere from ${runtime_login};

create function purge_audit_elsewhere(keep_days int) returns bigint
    language sql
    security definer
    set search_path = public, pg_temp
as $$
    with purged as (
        delete from audit_elsewhere where at < now() - make_interval(days => greatest(keep_days, 183)) returning 1
    )
    select count(*) from purged;
$$;
revoke all on function purge_audit_elsewhere(int) from public;
grant execute on function purge_audit_elsewhere(int) to ${runtime_login};
