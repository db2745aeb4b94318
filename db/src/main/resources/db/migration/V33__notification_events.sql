-- Events the e-mail notifications mail about that no screen lists as such (issue 21): an analysis put up for review
-- or established, a vastgestelde version shared with the neighbours, a catalogue suggestion accepted or declined.
-- Written in the transaction of the change itself (a rolled-back change leaves no event), read by the sending job
-- as each recipient. The row holds references only; what the mail says is read again at send time through the
-- screens' services and policies.
create table notification_event (
    id          bigint generated always as identity primary key,
    -- the region where it happened (the suggestion's region, the analysis's region)
    region_id   text        not null references region (id),
    kind        text        not null check (kind in ('ANALYSIS_STATUS', 'SUGGESTION_HANDLED')),
    -- unique: the same change recorded twice (a retry, a second click) is one event
    event_key   text        not null unique,
    item_id     text        not null,
    -- REGION: the region's team; NEIGHBOURS: the teams of its neighbours; PERSON: only recipient
    audience    text        not null check (audience in ('REGION', 'NEIGHBOURS', 'PERSON')),
    recipient   text,
    -- who made the change (not mailed about their own change)
    actor       text,
    occurred_at timestamptz not null default now(),
    check ((audience = 'PERSON') = (recipient is not null))
);

create index notification_event_region on notification_event (region_id, occurred_at);

alter table notification_event enable row level security;
alter table notification_event force row level security;
-- a region reads its own events and those its neighbours addressed to their neighbours; the catalogue maintainer
-- the suggestion events (their own decisions; an insert's ON CONFLICT checks the new row against this policy too)
create policy notification_event_read on notification_event for select to ${app_role}
    using (region_id = (select current_region_id())
           or (audience = 'NEIGHBOURS' and region_id in (
                   select n.neighbour_id from region_neighbour_pair n
                    where n.region_id = (select current_region_id())))
           or ((select current_scope()) = 'catalogue-review' and kind = 'SUGGESTION_HANDLED'));
-- written in the region's own transaction, or by the catalogue maintainer deciding a region's suggestion
create policy notification_event_write on notification_event for insert to ${app_role}
    with check (region_id = (select current_region_id())
                or ((select current_scope()) = 'catalogue-review' and kind = 'SUGGESTION_HANDLED'));
create policy notification_event_owner_erasure on notification_event to current_user using (true) with check (true);
grant select, insert on notification_event to ${app_role};
-- Not audited: like register_event, an append-only record of what happened (the change itself is audited).

-- Who made a suggestion, as a login name (suggested_by holds the display name): the person to mail the outcome to.
alter table catalogue_suggestion add column suggested_by_username text default current_username();
