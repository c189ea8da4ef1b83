-- Which intervention continues after two were merged (sammenlagt), so the verdict shows it and the form to change the
-- verdict starts from it. Only a merged pair has one, and it is one of the two.
alter table duplicate_review add column kept_id uuid references intervention (id);
alter table duplicate_review add constraint duplicate_review_kept_of_pair
    check (kept_id is null or kept_id in (first_id, second_id));

-- Verdicts from before: merging retired the other one, so the kept one is the one of the two that is not retired.
update duplicate_review r
set kept_id = case when second.status = 'RETIRED' then r.first_id else r.second_id end
from intervention first, intervention second
where r.decision = 'MERGED' and first.id = r.first_id and second.id = r.second_id
  and (first.status = 'RETIRED') <> (second.status = 'RETIRED');

alter table duplicate_review add constraint duplicate_review_merged_keeps_one
    check ((decision = 'MERGED') = (kept_id is not null)) not valid;
