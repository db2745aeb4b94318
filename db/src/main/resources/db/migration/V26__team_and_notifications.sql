-- The region's team and e-mail notifications (issue 21).
-- Membership itself lives in Keycloak (the region groups, the realm roles); the workspace keeps what Keycloak does
-- not: since when someone is in the team, who added or removed them (audited), when they were last active, and per
-- person which e-mails they want and which were sent.

-- A region's team as the workspace saw it: one row per person who was ever in it. removed_at marks a former member
-- (their findings and texts stay, shown as written by a former member). Written by the team service after Keycloak
-- confirmed the change, and when a member first opens the region. Audited: every change is in the Logboek.
create table team_member (
    region_id    text        not null references region (id),
    username     text        not null,
    display_name text        not null,
    email        text,
    role         text        not null check (role in ('LEAD', 'MEMBER')),
    member_since timestamptz not null default now(),
    removed_at   timestamptz,
    changed_by   text        not null,
    primary key (region_id, username)
);

alter table team_member enable row level security;
alter table team_member force row level security;
create policy team_member_own_region on team_member to ${app_role}
    using (region_id = (select current_region_id()))
    with check (region_id = (select current_region_id()));
create policy team_member_owner_erasure on team_member to current_user using (true) with check (true);
grant select, insert, update on team_member to ${app_role};
select audit_attach('team_member');

-- When a person last worked for a region (at most one write per person and region every few minutes). The team
-- reads everyone's; a person writes only their own. Not audited: a mark of activity, not content.
create table member_activity (
    region_id      text        not null references region (id),
    username       text        not null,
    last_active_at timestamptz not null,
    primary key (region_id, username)
);

alter table member_activity enable row level security;
alter table member_activity force row level security;
create policy member_activity_read on member_activity for select to ${app_role}
    using (region_id = (select current_region_id()));
create policy member_activity_insert_own on member_activity for insert to ${app_role}
    with check (region_id = (select current_region_id()) and username = (select current_username()));
create policy member_activity_update_own on member_activity for update to ${app_role}
    using (region_id = (select current_region_id()) and username = (select current_username()))
    with check (region_id = (select current_region_id()) and username = (select current_username()));
create policy member_activity_owner_erasure on member_activity to current_user using (true) with check (true);
grant select, insert, update on member_activity to ${app_role};

-- A person's e-mail settings: address and language for the mails, and the token of their unsubscribe link.
-- Per-person, like user_preference: only the person reads and writes it (the sending job reads it through the
-- owner's function notification_recipients, unsubscribing through notification_unsubscribe). Not audited.
create table notification_subscriber (
    username          text primary key,
    email             text        not null,
    language          text        not null default 'nl' check (language in ('nl', 'en')),
    unsubscribe_token uuid        not null unique default gen_random_uuid(),
    updated_at        timestamptz not null default now()
);

alter table notification_subscriber enable row level security;
alter table notification_subscriber force row level security;
create policy notification_subscriber_own_person on notification_subscriber to ${app_role}
    using (username = (select current_username()))
    with check (username = (select current_username()));
create policy notification_subscriber_owner on notification_subscriber to current_user using (true) with check (true);
grant select, insert, update on notification_subscriber to ${app_role};

-- Per person and kind of event: immediately, in a daily or weekly digest, or never. No row: the kind's default.
-- enabled_at: events before it are never mailed (switching a kind on does not send the past).
create table notification_setting (
    username   text        not null,
    kind       text        not null check (kind in ('NEW_FINDING', 'COMMENT', 'REGISTER_REMINDER', 'ANALYSIS_STATUS',
                                                    'SUGGESTION_HANDLED')),
    frequency  text        not null check (frequency in ('IMMEDIATELY', 'DAILY', 'WEEKLY', 'NEVER')),
    enabled_at timestamptz not null default now(),
    primary key (username, kind)
);

alter table notification_setting enable row level security;
alter table notification_setting force row level security;
create policy notification_setting_own_person on notification_setting to ${app_role}
    using (username = (select current_username()))
    with check (username = (select current_username()));
create policy notification_setting_owner on notification_setting to current_user using (true) with check (true);
grant select, insert, update, delete on notification_setting to ${app_role};

-- Every mail the workspace owes someone, one row per event and recipient: the unique key makes a second job (another
-- instance, a retry) unable to queue the same event twice, and sent_at is set in the transaction that claimed the row
-- (for update skip locked), so a row is mailed once. The row holds references only (kind, item id); what the mail
-- says is read again at send time, as the recipient, through the same services and policies as the screens.
create table mail_outbox (
    id              bigint generated always as identity primary key,
    region_id       text        not null references region (id),
    recipient       text        not null,
    event_key       text        not null,
    kind            text        not null,
    item_id         text        not null,
    occurred_at     timestamptz not null,
    frequency       text        not null check (frequency in ('IMMEDIATELY', 'DAILY', 'WEEKLY')),
    due_at          timestamptz not null,
    attempts        int         not null default 0,
    next_attempt_at timestamptz not null default now(),
    last_error      text,
    sent_at         timestamptz,
    skipped_reason  text,
    created_at      timestamptz not null default now(),
    unique (event_key, recipient)
);

create index mail_outbox_due on mail_outbox (region_id, due_at) where sent_at is null and skipped_reason is null;

alter table mail_outbox enable row level security;
alter table mail_outbox force row level security;
create policy mail_outbox_own_region on mail_outbox to ${app_role}
    using (region_id = (select current_region_id()))
    with check (region_id = (select current_region_id()));
create policy mail_outbox_owner_erasure on mail_outbox to current_user using (true) with check (true);
grant select, insert, update on mail_outbox to ${app_role};
-- Not audited: the queue is itself the record of which mail went to whom and when (sent_at, attempts, skipped_reason),
-- as register_event is for the register; an audit row per queued and per sent mail would bury the Logboek.

-- The sending job, per region, reads the e-mail settings of the active region's current team (team_member, not
-- removed) and nobody else's: only address, language, unsubscribe token and the frequency per kind.
create function notification_recipients()
    returns table (username text, role text, email text, language text, unsubscribe_token uuid, kind text,
                   frequency text, enabled_at timestamptz)
    language sql stable security definer set search_path = public, pg_temp
    as $$
        select s.username, t.role, s.email, s.language, s.unsubscribe_token, n.kind, n.frequency, n.enabled_at
          from team_member t
          join notification_subscriber s on s.username = t.username
          join notification_setting n on n.username = s.username
         where t.region_id = current_region_id() and t.removed_at is null and n.frequency <> 'NEVER'
    $$;

-- The unsubscribe link, without logging in: the token names the person; one kind, or every kind (null).
create function notification_unsubscribe(token uuid, only_kind text) returns text
    language plpgsql security definer set search_path = public, pg_temp
    as $$
    declare
        who text;
    begin
        select username into who from notification_subscriber where unsubscribe_token = token;
        if who is null then
            return null;
        end if;
        update notification_setting set frequency = 'NEVER'
         where username = who and (only_kind is null or kind = only_kind);
        return who;
    end
    $$;

revoke execute on function notification_recipients() from public;
revoke execute on function notification_unsubscribe(uuid, text) from public;
grant execute on function notification_recipients() to ${app_role};
grant execute on function notification_unsubscribe(uuid, text) to ${app_role};
