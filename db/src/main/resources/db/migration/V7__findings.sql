-- Qualitative findings of a region (interviews, school visits, signals from the profession …), optionally shared
-- with its neighbouring regions or with all regions and the Realisatie-Eenheid. Who may read a finding is decided
-- here, by row-level security over the neighbour list, so no query path of the application can show it to others.
create table finding (
    id                 bigint generated always as identity primary key,
    region_id          text not null default current_region_id() references region (id),
    title              text not null
                       constraint finding_title_length check (length(btrim(title)) between 1 and 200),
    body               text not null default ''
                       constraint finding_body_length check (length(body) <= 20000),
    theme              text not null constraint finding_theme_length check (length(theme) between 1 and 100),
    sub_theme          text constraint finding_sub_theme_length check (length(sub_theme) <= 200),
    kind               text not null
                       constraint finding_kind check (kind in ('INTERVIEW', 'SCHOOLBEZOEK', 'ENQUETE',
                           'SIGNAAL_BEROEPSGROEP', 'OVERLEG', 'DOCUMENTANALYSE', 'OVERIG')),
    observed_from      date not null,
    observed_until     date,
    sectors            text[] not null default '{}',
    catalogue_entry_ids text[] not null default '{}',
    register_entry_ids bigint[] not null default '{}',
    published          boolean not null default false,
    visibility         text not null default 'OWN'
                       constraint finding_visibility check (visibility in ('OWN', 'NEIGHBOURS', 'ALL')),
    shared_at          timestamptz,
    deleted            boolean not null default false,
    revision           integer not null default 1,
    created_at         timestamptz not null default now(),
    created_by         text not null,
    created_by_name    text not null,
    updated_at         timestamptz not null default now(),
    updated_by         text not null,
    search             tsvector generated always as (
                           setweight(to_tsvector('dutch', coalesce(title, '')), 'A')
                           || setweight(to_tsvector('dutch', coalesce(body, '')), 'B')) stored,
    constraint finding_period_in_order check (observed_until is null or observed_until >= observed_from)
);

create index finding_by_region_updated on finding (region_id, updated_at desc) where not deleted;
create index finding_shared on finding (shared_at desc) where published and not deleted and visibility <> 'OWN';
create index finding_search on finding using gin (search);

-- Whether the current transaction may read a finding of region_id with this publication and visibility.
-- National staff (no region) read what is shared with all, inside the 'national' scope their service opened.
create function finding_visible(owner text, is_published boolean, is_deleted boolean, shared text) returns boolean
    language sql stable parallel safe
    as $$
        select owner = current_region_id()
            or (is_published and not is_deleted and (
                   (shared = 'ALL' and (current_region_id() is not null or current_scope() = 'national'))
                or (shared = 'NEIGHBOURS' and exists (
                       select 1 from region_neighbour n
                        where (n.region_a = owner and n.region_b = current_region_id())
                           or (n.region_b = owner and n.region_a = current_region_id())))))
    $$;
grant execute on function finding_visible(text, boolean, boolean, text) to ${app_role};

alter table finding enable row level security;
alter table finding force row level security;
create policy finding_read on finding for select
    using (finding_visible(region_id, published, deleted, visibility));
create policy finding_write on finding for insert
    with check (region_id = current_region_id());
create policy finding_change on finding for update
    using (region_id = current_region_id())
    with check (region_id = current_region_id());
grant select, insert, update on finding to ${app_role};

-- Earlier versions of a finding, kept on every change: only its own region reads them.
create table finding_revision (
    id          bigint generated always as identity primary key,
    finding_id  bigint not null references finding (id),
    region_id   text not null default current_region_id() references region (id),
    at          timestamptz not null default now(),
    actor       text not null,
    summary     text not null,
    title       text not null,
    body        text not null,
    visibility  text not null,
    published   boolean not null
);
create index finding_revision_by_region_finding on finding_revision (region_id, finding_id, at);

alter table finding_revision enable row level security;
alter table finding_revision force row level security;
create policy finding_revision_own_region on finding_revision
    using (region_id = current_region_id())
    with check (region_id = current_region_id());
grant select, insert on finding_revision to ${app_role};

-- Comments on a published finding, by people of any region that can read the finding; readable by whoever can
-- read the finding. The finding's own region can hide a comment (it then sees it as hidden, nobody else sees it).
create table finding_comment (
    id           bigint generated always as identity primary key,
    finding_id   bigint not null references finding (id),
    region_id    text not null default current_region_id() references region (id),
    author       text not null,
    author_name  text not null,
    body         text not null
                 constraint finding_comment_body_length check (length(btrim(body)) between 1 and 4000),
    created_at   timestamptz not null default now(),
    hidden       boolean not null default false,
    hidden_by    text,
    hidden_at    timestamptz
);
create index finding_comment_by_finding on finding_comment (finding_id, created_at);

alter table finding_comment enable row level security;
alter table finding_comment force row level security;
create policy finding_comment_read on finding_comment for select
    using (exists (select 1 from finding f
                    where f.id = finding_comment.finding_id
                      and (not finding_comment.hidden or f.region_id = current_region_id())));
create policy finding_comment_write on finding_comment for insert
    with check (region_id = current_region_id() and not hidden
                and exists (select 1 from finding f
                             where f.id = finding_comment.finding_id and f.published and not f.deleted));
create policy finding_comment_moderate on finding_comment for update
    using (exists (select 1 from finding f
                    where f.id = finding_comment.finding_id and f.region_id = current_region_id()))
    with check (exists (select 1 from finding f
                         where f.id = finding_comment.finding_id and f.region_id = current_region_id()));
grant select, insert on finding_comment to ${app_role};
grant update (hidden, hidden_by, hidden_at) on finding_comment to ${app_role};

-- Per person: which shared findings they have opened (unread markers) and when they last looked at their
-- notifications in a region. Only finding ids and times, never content.
create table finding_read (
    username    text not null,
    finding_id  bigint not null references finding (id),
    read_at     timestamptz not null default now(),
    primary key (username, finding_id)
);
grant select, insert, update on finding_read to ${app_role};

create table notification_seen (
    username    text not null,
    region_id   text not null references region (id),
    seen_at     timestamptz not null default now(),
    primary key (username, region_id)
);
grant select, insert, update on notification_seen to ${app_role};
