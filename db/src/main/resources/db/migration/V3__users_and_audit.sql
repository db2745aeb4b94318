-- Per person (not per region): the region they last worked for, so a person in several regions returns to it.
create table user_preference (
    username         text primary key,
    last_region_id   text references region (id),
    updated_at       timestamptz not null default now()
);
grant select, insert, update on user_preference to ${app_role};

-- Every change to the national lists (regions, neighbour pairs): who, when, what. Append-only for the application.
create table platform_audit (
    id          bigint generated always as identity primary key,
    occurred_at timestamptz not null default now(),
    actor       text not null,
    action      text not null,
    subject     text not null,
    details     text not null default ''
);
create index platform_audit_by_time on platform_audit (occurred_at desc);
grant select, insert on platform_audit to ${app_role};
