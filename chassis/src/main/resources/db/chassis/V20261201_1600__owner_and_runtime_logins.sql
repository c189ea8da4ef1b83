-- The service's tables belong to its migration login (<db>_owner), which Flyway uses; the service itself runs as its
-- runtime login (${runtime_login}, the datasource's username), which may read and change its data but not its
-- schema, and may only add to and read the audit log (ADR 0006, docs/architecture.md).
do $$
begin
    if current_user = '${runtime_login}' then
        raise exception 'Flyway runs as the runtime login ${runtime_login}: set quarkus.flyway.username/password to the owner login (${runtime_login}_owner)';
    end if;
end
$$;

grant select, insert, update, delete on all tables in schema public to ${runtime_login};
grant usage, select on all sequences in schema public to ${runtime_login};
-- Every later migration's tables and sequences (created by this owner) get the same grants.
alter default privileges in schema public grant select, insert, update, delete on tables to ${runtime_login};
alter default privileges in schema public grant usage, select on sequences to ${runtime_login};

-- Append-only: the service writes and reads its audit log, never changes or removes an entry.
revoke all on audit_log from ${runtime_login};
grant insert, select on audit_log to ${runtime_login};
-- The migration history is the owner's business.
revoke all on flyway_schema_history from ${runtime_login};
