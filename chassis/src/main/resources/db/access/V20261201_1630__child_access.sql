-- The replica of who may see which child (ADR 0006), in the services that do not decide it themselves: kept from
-- concern-service's grants and revocations on rodtraad.concern.access. One row per child, audience and username
-- (null for the authority unit, which is granted as a whole).
create table child_access (
    id         bigint generated always as identity primary key,
    child_id   uuid        not null,
    audience   text        not null check (audience in ('fagperson', 'myndighed')),
    username   text,
    discipline text,
    basis      text        not null,
    granted_at timestamptz not null,
    constraint child_access_one_per_audience unique nulls not distinct (child_id, audience, username),
    constraint child_access_username_for_professionals check ((audience = 'fagperson') = (username is not null))
);
