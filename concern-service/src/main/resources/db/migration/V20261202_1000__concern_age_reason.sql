-- Why the municipality acts for someone who was 18 or older on the day observed (issue 19): a code of
-- rodtraad.age.reasons such as 'eftervaern'. Null for a child, and for every concern recorded before: those were all
-- accepted without an age check, so no reason can be inferred for them.
alter table concern add column age_reason text;
