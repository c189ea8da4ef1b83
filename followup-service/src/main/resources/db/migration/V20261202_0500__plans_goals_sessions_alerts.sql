-- Intervention plans with goals, FIT at every session, and the alerts they raise (issue 14, docs/followup.md). Codes
-- are stored as the Java enums' constant names; the API and the events speak their Danish codes. The FIT forms' wording
-- is never stored (the forms are licensed to agencies): only scores, dates and the raters' roles.

-- The plan (indsatsplan) for one child: the intervention (one the catalogue publishes, or a described local effort),
-- the responsible professional on the case team, the start date, the child's birth month (this service holds no CPR
-- number; the FIT form follows the child's age at each session), and its end with a reason.
create table plan (
    id                     uuid primary key,
    version                bigint      not null,
    child_id               uuid        not null,
    intervention_id        uuid,
    local_effort           text,
    responsible_username   text        not null,
    responsible_discipline text        not null check (responsible_discipline in ('sundhedsplejerske', 'paedagog', 'laerer', 'klubmedarbejder')),
    starts_on              date        not null,
    birth_month            date        not null check (extract(day from birth_month) = 1),
    status                 text        not null check (status in ('AKTIV', 'AFSLUTTET')),
    started_by             text        not null,
    started_at             timestamptz not null,
    ended_on               date,
    end_reason             text check (end_reason in ('GENNEMFOERT', 'STOPPET_AF_FAMILIEN', 'SKIFTET_INDSATS', 'UNDERRETTET')),
    ended_by               text,
    ended_at               timestamptz,
    check ((intervention_id is null) <> (local_effort is null)),
    check (birth_month <= starts_on),
    check ((status = 'AFSLUTTET') = (ended_on is not null) and (ended_on is null) = (end_reason is null)
           and (ended_on is null) = (ended_by is null) and (ended_on is null) = (ended_at is null)),
    check (ended_on is null or ended_on >= starts_on)
);
create index plan_child on plan (child_id);
create index plan_responsible on plan (responsible_username) where status = 'AKTIV';
create index plan_intervention on plan (intervention_id);

-- The dates the plan is reviewed (opfølgning): its goals are evaluated then, and repeated red is weighed there.
create table plan_review (
    id        uuid primary key,
    plan_id   uuid not null references plan (id),
    review_on date not null,
    unique (plan_id, review_on)
);

-- A goal in plain words, how we will know it is reached, by when, and whose it is: the professional's, the family's or
-- the child's own, in their own words.
create table goal (
    id          uuid primary key,
    plan_id     uuid        not null references plan (id),
    position    integer     not null,
    owner       text        not null check (owner in ('FAGPERSON', 'FAMILIEN', 'BARNET')),
    description text        not null,
    indicator   text        not null,
    due_on      date        not null,
    set_by      text        not null,
    set_at      timestamptz not null,
    unique (plan_id, position)
);

-- A goal evaluated at a review or at the end: reached, partly or not, with the family's view in its own words.
create table goal_evaluation (
    id           uuid primary key,
    goal_id      uuid        not null references goal (id),
    occasion     text        not null check (occasion in ('OPFOELGNING', 'AFSLUTNING')),
    evaluated_on date        not null,
    attainment   text        not null check (attainment in ('NAAET', 'DELVIST', 'IKKE_NAAET')),
    family_view  text,
    evaluated_by text        not null,
    evaluated_at timestamptz not null
);
create index goal_evaluation_goal on goal_evaluation (goal_id, evaluated_on);

-- A session (a meeting of professional and family) on a date, numbered in the plan's order, with the colour and
-- trend FIT gave it from all sessions so far, and the expectation rule that was used.
create table session (
    id               uuid primary key,
    plan_id          uuid        not null references plan (id),
    number           integer     not null check (number >= 1),
    held_on          date        not null,
    colour           text        not null check (colour in ('GREY', 'GREEN', 'ORANGE', 'RED')),
    trend            text        not null check (trend in ('IMPROVING', 'NO_PROGRESS', 'DETERIORATING', 'TOO_EARLY')),
    expectation_rule text        not null check (expectation_rule in ('DEFAULT', 'DERIVED')),
    recorded_by      text        not null,
    recorded_at      timestamptz not null,
    unique (plan_id, number),
    unique (plan_id, held_on)
);

-- The scores of one rater at a session: the outcome form at its start (kind OUTCOME), the alliance form at its end
-- (ALLIANCE). Four items on a 0-10 line with one decimal; the total is their sum. The form fits the rater and the
-- child's age at the session.
create table score (
    id         uuid primary key,
    session_id uuid         not null references session (id),
    rater      text         not null check (rater in ('CHILD', 'PARENT', 'OTHER_ADULT')),
    kind       text         not null check (kind in ('OUTCOME', 'ALLIANCE')),
    form       text         not null check (form in ('ORS', 'CORS', 'YCORS', 'SRS', 'CSRS', 'YCSRS')),
    item_1     numeric(3,1) not null check (item_1 between 0 and 10),
    item_2     numeric(3,1) not null check (item_2 between 0 and 10),
    item_3     numeric(3,1) not null check (item_3 between 0 and 10),
    item_4     numeric(3,1) not null check (item_4 between 0 and 10),
    total      numeric(3,1) not null check (total = item_1 + item_2 + item_3 + item_4),
    check ((kind = 'OUTCOME') = (form in ('ORS', 'CORS', 'YCORS'))),
    unique (session_id, rater, kind)
);

-- An alert: a session came out orange or red. For the responsible professional and the tovholder of that moment,
-- with what to consider (advice codes); acknowledged by one of them.
create table alert (
    id                   uuid primary key,
    plan_id              uuid        not null references plan (id),
    session_id           uuid        not null references session (id) unique,
    colour               text        not null check (colour in ('ORANGE', 'RED')),
    advice               text[]      not null,
    responsible_username text        not null,
    tovholder_username   text,
    raised_at            timestamptz not null,
    acknowledged_by      text,
    acknowledged_at      timestamptz,
    check ((acknowledged_by is null) = (acknowledged_at is null))
);
create index alert_plan on alert (plan_id);
