-- A timeline entry, keyed by its event id, is the record that the event was applied (Effect.recordsItself): the inbox
-- no longer writes a processed_event row for the timeline consumer, so the rows it wrote before are dropped.
delete from processed_event where consumer = 'timeline';
