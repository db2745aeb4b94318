-- Municipalities as national reference data (CBS gebiedsindelingen via PDOK, simplified TopoJSON shipped in the
-- backend's resources/geo), the adjacency between them, and each region's area as a set of municipalities.
-- No table holds a person's data; region_area is public like region_neighbour (allow-listed in the RLS test).

-- One row per boundary file year loaded; the loader skips the derivation when the file's year is stored.
create table geo_release (
    year        integer primary key constraint geo_release_year_sane check (year between 2000 and 2100),
    loaded_at   timestamptz not null default now(),
    summary     text not null default ''
);

-- The province, COROP area and arbeidsmarktregio are derived once from the shapes (JTS) and stored.
create table municipality (
    code                text primary key constraint municipality_code_form check (code ~ '^GM[0-9]{4}$'),
    name                text not null constraint municipality_name_not_blank check (length(btrim(name)) > 0),
    year                integer not null,
    province_code       text,
    province_name       text,
    corop_code          text,
    corop_name          text,
    labour_market_code  text,
    labour_market_name  text,
    -- the boundary as WKT (WGS84 longitude/latitude on the files' 0.001° grid), for maps and the GeoJSON endpoint
    boundary_wkt        text not null
);

create index municipality_by_name on municipality (lower(name));

-- Adjacency in canonical order (a < b). BORDER: the two share an arc of the TopoJSON (a common border).
-- ISLAND: a municipality without any land border (the Wadden islands) joined to the nearest municipality of its
-- province that has one; counts for contiguity only, never for neighbouring regions.
create table municipality_adjacency (
    municipality_a text not null references municipality (code),
    municipality_b text not null references municipality (code),
    kind           text not null constraint municipality_adjacency_kind_known check (kind in ('BORDER', 'ISLAND')),
    primary key (municipality_a, municipality_b),
    constraint municipality_adjacency_canonical_order check (municipality_a < municipality_b)
);

create index municipality_adjacency_by_b on municipality_adjacency (municipality_b);

-- A region's area: the primary key makes a municipality belong to at most one region, also under parallel writes.
create table region_area (
    municipality_code text primary key references municipality (code),
    region_id         text not null references region (id),
    assigned_at       timestamptz not null default now()
);

create index region_area_by_region on region_area (region_id);

grant select, insert, update on geo_release to ${app_role};
grant select, insert, update on municipality to ${app_role};
grant select, insert, delete on municipality_adjacency to ${app_role};
grant select, insert, delete on region_area to ${app_role};
