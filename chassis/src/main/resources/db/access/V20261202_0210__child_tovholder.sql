-- Who each child's tovholder is, in the services that keep the replica of who may see a child: kept from
-- concern-service's tovholder-assigned events on rodtraad.concern.access (ADR: the tovholder as a replica). One row
-- per child with an open case that has a tovholder; the row goes when the tovholder's access to the child ends
-- (the case closed).
create table child_tovholder (
    child_id    uuid primary key,
    username    text        not null,
    discipline  text        not null,
    assigned_at timestamptz not null
);
create index child_tovholder_username on child_tovholder (username);
