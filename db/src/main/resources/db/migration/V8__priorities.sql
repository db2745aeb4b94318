-- A region's priorities (as in its activity plan), ranked, along the ABC themes; a lead keeps them, members read them.
-- Drafts stay in the own region; published priorities are readable by every region and the Realisatie-Eenheid, so
-- neighbours can compare. Deleting is a hard delete (the region's activity log keeps who deleted what); the ranks
-- of the region's other priorities close the gap in the same transaction.
create table priority (
    id           bigint generated always as identity primary key,
    region_id    text not null default current_region_id() references region (id),
    rank         integer not null
                 constraint priority_rank_positive check (rank >= 1),
    title        text not null
                 constraint priority_title_length check (length(btrim(title)) between 1 and 200),
    theme        text not null,
    sub_theme    text not null,
    description  text not null default ''
                 constraint priority_description_length check (length(description) <= 4000),
    sectors      text[] not null default '{}'
                 constraint priority_sectors_known check (sectors <@ array['PO', 'VO', 'MBO', 'SO', 'KINDEROPVANG',
                     'HO']::text[]),
    measures     text constraint priority_measures_length check (length(measures) <= 4000),
    indicator    text constraint priority_indicator_length check (length(indicator) <= 500),
    target_value text constraint priority_target_value_length check (length(target_value) <= 200),
    start_year   integer not null
                 constraint priority_start_year_in_scheme check (start_year between 2026 and 2029),
    end_year     integer not null
                 constraint priority_end_year_in_scheme check (end_year between 2026 and 2029),
    status       text not null default 'GEPLAND'
                 constraint priority_status check (status in ('GEPLAND', 'LOPEND', 'AFGEROND', 'GESTOPT')),
    published    boolean not null default false,
    revision     integer not null default 1,
    created_at   timestamptz not null default now(),
    created_by   text not null,
    updated_at   timestamptz not null default now(),
    updated_by   text not null,
    constraint priority_period_in_order check (end_year >= start_year),
    constraint priority_theme_and_sub_theme check ((theme, sub_theme) in (
        ('AANTREKKEN', 'WERVEN'), ('AANTREKKEN', 'MATCHEN'), ('AANTREKKEN', 'OPLEIDEN'),
        ('BEHOUDEN', 'BEGELEIDEN'), ('BEHOUDEN', 'PROFESSIONALISEREN'), ('BEHOUDEN', 'VERZUIM_WERKGELUK'),
        ('CONTINUEREN', 'OMGAAN_MET_SCHAARSTE'),
        ('CONTEXT', 'REGIONALE_CONTEXT'), ('CONTEXT', 'KANSENGELIJKHEID'), ('CONTEXT', 'ONDERWIJSKWALITEIT'))),
    -- Deferred, so a reorder can pass through duplicate ranks within its transaction.
    constraint priority_rank_unique unique (region_id, rank) deferrable initially deferred
);

create index priority_published_by_region on priority (region_id, rank) where published;

alter table priority enable row level security;
alter table priority force row level security;
create policy priority_read_own_or_published on priority for select
    using (region_id = current_region_id() or published);
create policy priority_insert_own_region on priority for insert
    with check (region_id = current_region_id());
create policy priority_update_own_region on priority for update
    using (region_id = current_region_id())
    with check (region_id = current_region_id());
create policy priority_delete_own_region on priority for delete
    using (region_id = current_region_id());
grant select, insert, update, delete on priority to ${app_role};

-- Catalogue entries that support a priority; readable wherever the priority is, written by its own region only.
create table priority_catalogue_link (
    priority_id        bigint not null references priority (id) on delete cascade,
    catalogue_entry_id text not null references catalogue_entry (id),
    region_id          text not null default current_region_id() references region (id),
    primary key (priority_id, catalogue_entry_id)
);

create index priority_catalogue_link_by_region on priority_catalogue_link (region_id, priority_id);

alter table priority_catalogue_link enable row level security;
alter table priority_catalogue_link force row level security;
create policy priority_catalogue_link_read on priority_catalogue_link for select
    using (region_id = current_region_id()
           or exists (select 1 from priority p where p.id = priority_id and p.published));
create policy priority_catalogue_link_insert_own_region on priority_catalogue_link for insert
    with check (region_id = current_region_id()
                and exists (select 1 from priority p where p.id = priority_id and p.region_id = current_region_id()));
create policy priority_catalogue_link_delete_own_region on priority_catalogue_link for delete
    using (region_id = current_region_id());
grant select, insert, delete on priority_catalogue_link to ${app_role};
