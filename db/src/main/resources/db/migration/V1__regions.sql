-- Regions are the tenants of the workspace; neighbour pairs are kept once, in canonical order (a < b),
-- which makes the relation symmetric and rules out self-pairs and duplicates by construction.
create table region (
    id         text primary key
               constraint region_id_is_slug check (id ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(id) <= 40),
    name       text not null
               constraint region_name_not_blank check (length(btrim(name)) between 1 and 120),
    kind       text not null
               constraint region_kind_known check (kind in ('GEOGRAPHIC', 'NATIONAL')),
    active     boolean not null default true,
    demo       boolean not null default false,
    created_at timestamptz not null default now()
);

create unique index region_name_unique on region (lower(name));

create table region_neighbour (
    region_a   text not null references region (id),
    region_b   text not null references region (id),
    created_at timestamptz not null default now(),
    primary key (region_a, region_b),
    constraint region_neighbour_canonical_order check (region_a < region_b)
);

create index region_neighbour_by_b on region_neighbour (region_b);

-- Both directions of every pair, for queries that ask "who are the neighbours of X".
create view region_neighbour_pair as
    select region_a as region_id, region_b as neighbour_id from region_neighbour
    union all
    select region_b as region_id, region_a as neighbour_id from region_neighbour;

-- Regions are never hard-deleted (they are deactivated), so the application role gets no DELETE on them.
grant select, insert, update on region to ${app_role};
grant select, insert, delete on region_neighbour to ${app_role};
grant select on region_neighbour_pair to ${app_role};
