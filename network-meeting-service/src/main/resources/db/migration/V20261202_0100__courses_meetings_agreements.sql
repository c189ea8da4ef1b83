-- Network meetings by the seven principles of Åben Dialog (issue 13, docs/network-meeting.md). A course (forløb)
-- starts at the first contact about a child; its meetings hold each voice in its own words; its agreements are
-- followed up at the next meeting. Codes are stored as the Java enums' constant names (docs/network-meeting.md lists
-- them with their Danish words). Names of family and network are kept here and never leave the service.

-- The course (forløb): who was contacted, when, by whom and about what (Hurtig hjælp); who carries the responsibility
-- (Ansvar), handed over only explicitly; the unit and district of the professional who started it.
create table course (
    id                     uuid primary key,
    version                bigint      not null,
    child_id               uuid        not null,
    first_contact_at       timestamptz not null,
    contacted_username     text        not null,
    contacted_discipline   text        not null check (contacted_discipline in ('sundhedsplejerske', 'paedagog', 'laerer', 'klubmedarbejder')),
    contact_from           text        not null check (contact_from in ('FORAELDER', 'BARNET', 'FAGPERSON', 'NETVAERK', 'ANDEN')),
    contact_about          text        not null,
    responsible_username   text        not null,
    responsible_discipline text        not null check (responsible_discipline in ('sundhedsplejerske', 'paedagog', 'laerer', 'klubmedarbejder')),
    unit                   text,
    district               text,
    status                 text        not null check (status in ('AABEN', 'LUKKET')),
    started_by             text        not null,
    started_at             timestamptz not null,
    closed_at              timestamptz,
    closed_by              text,
    closed_reason          text,
    check ((status = 'LUKKET') = (closed_at is not null) and (closed_at is null) = (closed_by is null))
);
-- One open course per child at a time; a closed one stays as it was, and a later contact starts a new one.
create unique index course_open_per_child on course (child_id) where status = 'AABEN';
create index course_child on course (child_id);
create index course_responsible on course (responsible_username) where status = 'AABEN';

-- The core team (kerneteam, Kontinuitet): the professionals who stay with the course through all its meetings. A
-- change keeps the row, with when and why: from joined_at to left_at a professional was on it. The members named at
-- the start have no joined_reason; every later change has one.
create table core_team_member (
    id            uuid primary key,
    course_id     uuid        not null references course (id),
    username      text        not null,
    discipline    text        not null check (discipline in ('sundhedsplejerske', 'paedagog', 'laerer', 'klubmedarbejder')),
    joined_at     timestamptz not null,
    joined_reason text,
    added_by      text        not null,
    left_at       timestamptz,
    left_reason   text,
    removed_by    text,
    check ((left_at is null) = (left_reason is null) and (left_at is null) = (removed_by is null))
);
create unique index core_team_member_active on core_team_member (course_id, username) where left_at is null;
create index core_team_member_course on core_team_member (course_id);
create index core_team_member_username on core_team_member (username) where left_at is null;

-- The family's network (Det sociale netværks perspektiv): whom the family chose to invite, each with the family's
-- consent (given by whom, when); withdrawn consent keeps the row with when. A civil-society participant may name the
-- catalogue's intervention it comes from. The name is the family's word for the person and stays in this service.
create table network_participant (
    id                    uuid primary key,
    course_id             uuid        not null references course (id),
    name                  text        not null,
    role                  text        not null check (role in ('SOESKENDE', 'BEDSTEMOR', 'BEDSTEFAR', 'ANDEN_SLAEGTNING',
                                                               'VEN', 'NABO', 'TRAENER', 'FRIVILLIG', 'ANDEN_FRA_NETVAERKET')),
    kind                  text        not null check (kind in ('FAMILIENETVAERK', 'CIVILSAMFUND')),
    intervention_id       uuid,
    consent_given_by      text        not null check (consent_given_by in ('MOR', 'FAR', 'FORAELDER', 'BARNET', 'DEN_UNGE')),
    consent_given_on      date        not null,
    consent_recorded_by   text        not null,
    consent_recorded_at   timestamptz not null,
    withdrawn_on          date,
    withdrawn_recorded_by text,
    withdrawn_recorded_at timestamptz,
    check (intervention_id is null or kind = 'CIVILSAMFUND'),
    check ((withdrawn_on is null) = (withdrawn_recorded_by is null) and (withdrawn_on is null) = (withdrawn_recorded_at is null))
);
create index network_participant_course on network_participant (course_id);

-- A meeting (netværksmøde, Fleksibilitet og mobilitet): a time and a place the family can make. When the family chose
-- a time later than 24 hours after the first contact, its reason is recorded (family_later_reason). Moving keeps the
-- earlier time and place in meeting_move.
create table meeting (
    id                  uuid primary key,
    version             bigint      not null,
    course_id           uuid        not null references course (id),
    starts_at           timestamptz not null,
    ends_at             timestamptz not null,
    place               text        not null check (place in ('HJEMMET', 'DAGTILBUD', 'SKOLE', 'KLUB', 'SUNDHEDSPLEJE',
                                                              'RAADHUS', 'ONLINE', 'ANDET')),
    place_detail        text,
    family_later_reason text,
    status              text        not null check (status in ('PLANLAGT', 'AFHOLDT', 'AFLYST')),
    scheduled_by        text        not null,
    scheduled_at        timestamptz not null,
    recorded_by         text,
    recorded_at         timestamptz,
    cancelled_by        text,
    cancelled_at        timestamptz,
    cancelled_reason    text,
    check (ends_at > starts_at),
    check ((status = 'AFHOLDT') = (recorded_at is not null) and (recorded_at is null) = (recorded_by is null)),
    check ((status = 'AFLYST') = (cancelled_at is not null) and (cancelled_at is null) = (cancelled_by is null))
);
create index meeting_course on meeting (course_id, starts_at);

create table meeting_move (
    id                  uuid primary key,
    meeting_id          uuid        not null references meeting (id),
    from_starts_at      timestamptz not null,
    from_ends_at        timestamptz not null,
    from_place          text        not null,
    to_starts_at        timestamptz not null,
    to_ends_at          timestamptz not null,
    to_place            text        not null,
    reason              text        not null,
    moved_by            text        not null,
    moved_at            timestamptz not null
);
create index meeting_move_meeting on meeting_move (meeting_id, moved_at);

-- Who takes part: a professional (username and discipline), a parent or the child (by role), or a network participant
-- (only with consent). Invited when the meeting is planned; present is recorded when it is held (null before).
create table meeting_participant (
    id                     uuid primary key,
    meeting_id             uuid    not null references meeting (id),
    role                   text    not null check (role in ('MOR', 'FAR', 'FORAELDER', 'BARNET', 'DEN_UNGE', 'SOESKENDE', 'BEDSTEMOR', 'BEDSTEFAR', 'ANDEN_SLAEGTNING', 'VEN', 'NABO',
                                           'TRAENER', 'FRIVILLIG', 'ANDEN_FRA_NETVAERKET', 'SUNDHEDSPLEJERSKE', 'PAEDAGOG', 'LAERER',
                                           'KLUBMEDARBEJDER', 'ANDEN_FAGPERSON')),
    username               text,
    discipline             text check (discipline in ('sundhedsplejerske', 'paedagog', 'laerer', 'klubmedarbejder')),
    network_participant_id uuid references network_participant (id),
    invited                boolean not null,
    present                boolean,
    check ((username is null) = (discipline is null)),
    check (username is null or network_participant_id is null)
);
create index meeting_participant_meeting on meeting_participant (meeting_id);

-- The polyphonic record (Dialogisme): each participant's perspective in their own words, attributed to their role in
-- the meeting; no single conclusion speaks for all. The child's own voice with its age-adapted method.
create table perspective (
    id             uuid primary key,
    meeting_id     uuid    not null references meeting (id),
    position       integer not null,
    role           text    not null check (role in ('MOR', 'FAR', 'FORAELDER', 'BARNET', 'DEN_UNGE', 'SOESKENDE', 'BEDSTEMOR', 'BEDSTEFAR', 'ANDEN_SLAEGTNING', 'VEN', 'NABO',
                                           'TRAENER', 'FRIVILLIG', 'ANDEN_FRA_NETVAERKET', 'SUNDHEDSPLEJERSKE', 'PAEDAGOG', 'LAERER',
                                           'KLUBMEDARBEJDER', 'ANDEN_FAGPERSON')),
    participant_id uuid references meeting_participant (id),
    words          text    not null,
    unique (meeting_id, position)
);

create table child_voice (
    meeting_id uuid primary key references meeting (id),
    method     text not null check (method in ('SAMTALE', 'TEGNING', 'SMILEY_SKALA', 'OBSERVATION', 'ANDET')),
    words      text not null
);

-- Open questions (Tolerance for usikkerhed): a meeting may end without a decision; each question is carried to the
-- next meetings until one answers it.
create table open_question (
    id                     uuid primary key,
    course_id              uuid    not null references course (id),
    raised_at_meeting_id   uuid    not null references meeting (id),
    position               integer not null,
    question               text    not null,
    answered_at_meeting_id uuid references meeting (id),
    answer                 text,
    check ((answered_at_meeting_id is null) = (answer is null))
);
create index open_question_course on open_question (course_id);

-- Agreements (aftaler): what, carried by whom (a professional, a parent or the child, a network participant), by when,
-- optionally a catalogue intervention. Followed up at a later meeting; done, changed and dropped close it, partly and
-- not done keep it open to the next.
create table agreement (
    id                             uuid primary key,
    course_id                      uuid    not null references course (id),
    made_at_meeting_id             uuid    not null references meeting (id),
    position                       integer not null,
    what                           text    not null,
    carrier_role                   text    not null check (carrier_role in ('MOR', 'FAR', 'FORAELDER', 'BARNET', 'DEN_UNGE', 'SOESKENDE', 'BEDSTEMOR', 'BEDSTEFAR', 'ANDEN_SLAEGTNING', 'VEN', 'NABO',
                                           'TRAENER', 'FRIVILLIG', 'ANDEN_FRA_NETVAERKET', 'SUNDHEDSPLEJERSKE', 'PAEDAGOG', 'LAERER',
                                           'KLUBMEDARBEJDER', 'ANDEN_FAGPERSON')),
    carrier_username               text,
    carrier_discipline             text check (carrier_discipline in ('sundhedsplejerske', 'paedagog', 'laerer', 'klubmedarbejder')),
    carrier_network_participant_id uuid references network_participant (id),
    due_on                         date    not null,
    intervention_id                uuid,
    status                         text    not null check (status in ('AABEN', 'GENNEMFOERT', 'AENDRET', 'DROPPET')),
    replaces_agreement_id          uuid references agreement (id),
    check ((carrier_username is null) = (carrier_discipline is null)),
    check (carrier_username is null or carrier_network_participant_id is null)
);
create index agreement_course on agreement (course_id);
create index agreement_carrier on agreement (carrier_username) where status = 'AABEN';

create table follow_up (
    id           uuid primary key,
    agreement_id uuid        not null references agreement (id),
    meeting_id   uuid        not null references meeting (id),
    outcome      text        not null check (outcome in ('GENNEMFOERT', 'DELVIST', 'IKKE_GENNEMFOERT', 'AENDRET', 'DROPPET')),
    why          text,
    recorded_by  text        not null,
    recorded_at  timestamptz not null,
    unique (agreement_id, meeting_id)
);
create index follow_up_meeting on follow_up (meeting_id);
