-- The shared catalogue of data sources (Handreiking Databronnen): one list for all regions, no tenant column.
-- Dutch full-text search (generated tsvector) plus trigram similarity for small typos.
create extension if not exists pg_trgm;

create table catalogue_release (
    version     text primary key,
    title       text not null,
    published   date not null default current_date,
    loaded_at   timestamptz not null default now()
);

create table data_partner (
    id          text primary key
                constraint data_partner_id_is_slug check (id ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    position    integer not null,
    name        text not null constraint data_partner_name_not_blank check (length(btrim(name)) > 0),
    description text not null default '',
    access      text not null constraint data_partner_access_known check (access in ('OPEN', 'CLOSED')),
    breakdown   text,
    link        text constraint data_partner_link_is_http check (link is null or link ~ '^https?://'),
    retired     boolean not null default false,
    updated_at  timestamptz not null default now(),
    updated_by  text not null default 'import'
);

create table catalogue_entry (
    id              text primary key,
    position        integer not null,
    theme           text not null,
    sub_theme       text,
    information     text not null constraint catalogue_entry_information_not_blank check (length(btrim(information)) > 0),
    source          text not null,
    level           text,
    link            text constraint catalogue_entry_link_is_http check (link is null or link ~ '^https?://'),
    navigation_hint text,
    same_as         text references catalogue_entry (id),
    access          text not null constraint catalogue_entry_access_known check (access in ('OPEN', 'CLOSED')),
    sectors         text[] not null default '{}',
    granularities   text[] not null default '{}',
    partner_id      text references data_partner (id),
    retired         boolean not null default false,
    revision        integer not null default 1,
    updated_at      timestamptz not null default now(),
    updated_by      text not null default 'import',
    search          tsvector generated always as (
                        setweight(to_tsvector('dutch'::regconfig, information), 'A')
                        || setweight(to_tsvector('dutch'::regconfig, source), 'B')
                        || setweight(to_tsvector('dutch'::regconfig, theme || ' ' || coalesce(sub_theme, '')), 'C')
                        || setweight(to_tsvector('dutch'::regconfig, coalesce(level, '') || ' '
                                                 || coalesce(navigation_hint, '')), 'D')) stored
);

create index catalogue_entry_search on catalogue_entry using gin (search);
create index catalogue_entry_trigram on catalogue_entry using gin ((information || ' ' || source) gin_trgm_ops);
create index catalogue_entry_by_theme on catalogue_entry (theme, sub_theme, position);
create index catalogue_entry_by_partner on catalogue_entry (partner_id);

-- Every change to an entry or partner: who, when, what (before and after as JSON).
create table catalogue_change (
    id          bigint generated always as identity primary key,
    occurred_at timestamptz not null default now(),
    actor       text not null,
    subject     text not null,
    action      text not null,
    summary     text not null default '',
    before      jsonb,
    after       jsonb
);
create index catalogue_change_by_subject on catalogue_change (subject, occurred_at desc);

grant select, insert on catalogue_release to ${app_role};
grant select, insert, update on data_partner, catalogue_entry to ${app_role};
grant select, insert on catalogue_change to ${app_role};
