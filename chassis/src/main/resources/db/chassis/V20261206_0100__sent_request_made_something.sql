-- A key is kept only for a request that made something: a request that made nothing (a child the user may not see)
-- gives its key back in its own transaction (IdempotentRequests.once), so every row left has made_id once committed.
-- The first version of the table, a few hours older, kept such keys with no made_id; they go, as the day's cleanup
-- would have done.
delete from sent_request where made_id is null;
