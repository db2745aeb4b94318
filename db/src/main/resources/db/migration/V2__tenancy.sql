-- Row-level security machinery used by every tenant table.
-- The application sets the active region per transaction: select set_config('app.region_id', ?, true).
-- Without it (or with ''), current_region_id() is null and every policy below matches no row: fail closed.
create function current_region_id() returns text
    language sql stable parallel safe
    as $$ select nullif(current_setting('app.region_id', true), '') $$;

grant execute on function current_region_id() to ${app_role};

-- A region's own profile (one settings row per region), shown on its home page.
create table region_profile (
    region_id     text primary key default current_region_id() references region (id),
    introduction  text not null default ''
                  constraint region_profile_introduction_length check (length(introduction) <= 2000),
    website       text
                  constraint region_profile_website_is_http check (website is null or website ~ '^https?://'),
    contact_email text
                  constraint region_profile_email_shape check (contact_email is null or contact_email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$'),
    updated_at    timestamptz not null default now(),
    updated_by    text not null
);

alter table region_profile enable row level security;
alter table region_profile force row level security;
create policy region_profile_own_region on region_profile
    using (region_id = current_region_id())
    with check (region_id = current_region_id());
grant select, insert, update, delete on region_profile to ${app_role};

-- What happened in a region, newest first on its home page (append-only for the application).
create table region_activity (
    id          bigint generated always as identity primary key,
    region_id   text not null default current_region_id() references region (id),
    occurred_at timestamptz not null default now(),
    actor       text not null,
    kind        text not null,
    summary     text not null
                constraint region_activity_summary_length check (length(summary) between 1 and 500)
);

create index region_activity_by_region_time on region_activity (region_id, occurred_at desc);

alter table region_activity enable row level security;
alter table region_activity force row level security;
create policy region_activity_own_region on region_activity
    using (region_id = current_region_id())
    with check (region_id = current_region_id());
grant select, insert on region_activity to ${app_role};
