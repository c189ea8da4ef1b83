-- The outbox carries catalogue events too, whose subject is not a child: the key column is the event's subject.
alter table outbox_event rename column child_id to subject_id;
