-- A use reported by another service, keyed by its event id in audit_elsewhere, is the record that the event was
-- applied (Effect.recordsItself): the inbox no longer writes a processed_event row for the citizen's report's
-- consumer, so the rows it wrote before are dropped. When a use was stored moves to the row itself (the rows before
-- this have none), for the rebuild's count of what it applied and when.
delete from processed_event where consumer = 'citizens-report';
alter table audit_elsewhere add column received_at timestamptz;
