-- Requests sent with an Idempotency-Key (an API client's retry, a form sent twice): what the first made, so the
-- same request sent again is answered with it rather than made twice (IdempotentRequests). Per user, so one user's
-- key says nothing about another's. The request is kept as a digest only: it may name a child. Forgotten after a day.
create table sent_request (
    username        text        not null,
    idempotency_key text        not null,
    request_digest  text        not null,
    made_id         uuid,
    sent_at         timestamptz not null,
    primary key (username, idempotency_key)
);
create index sent_request_sent_at on sent_request (sent_at);
