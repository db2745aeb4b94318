-- The region's labour-market analysis (arbeidsmarktanalyse), written in the workspace (issue 14).
--
-- analysis                   one edition per region and name (e.g. "Arbeidsmarktanalyse 2026"): status and version
-- analysis_chapter           its chapters, in order, each tied to themes / ABC sub-themes, with Markdown text
-- analysis_chapter_version   every saved version of a chapter (who, when, title and text)
-- analysis_evidence          what a chapter rests on: catalogue entries, register entries, findings, priorities
-- analysis_comment           remarks of the region's people per chapter while the analysis is ter bespreking
-- analysis_release           a vastgestelde (frozen, numbered) version, and with whom the region shares it
-- analysis_release_chapter   the frozen chapters of a release
-- analysis_template_chapter  the national default chapter structure, kept by the catalogue maintainer
--
-- Nobody outside the region reads any text of a working analysis. A release is read by the own region, by the
-- neighbouring regions when the region shared it with them, and by the Realisatie-Eenheid (the 'national' scope)
-- when shared with it: the read policies below decide this, exactly as for findings. National numbers come from a
-- SECURITY DEFINER aggregate (coverage_analyses) that returns counts and status only.

create table analysis_template_chapter (
    id          bigint generated always as identity primary key,
    position    integer not null constraint analysis_template_position check (position >= 1),
    title       text not null
                constraint analysis_template_title_length check (length(btrim(title)) between 1 and 200),
    guidance    text not null default ''
                constraint analysis_template_guidance_length check (length(guidance) <= 4000),
    themes      text[] not null default '{}',
    sub_themes  text[] not null default '{}',
    generated   boolean not null default false,
    changed_at  timestamptz not null default now(),
    changed_by  text not null default 'systeem',
    constraint analysis_template_position_unique unique (position) deferrable initially deferred
);
grant select, insert, update, delete on analysis_template_chapter to ${app_role};

insert into analysis_template_chapter (position, title, guidance, themes, sub_themes, generated) values
    (1, 'Inleiding en de regio',
     'Waarom deze analyse, voor wie, en hoe de regio is samengesteld (besturen, gemeenten, sectoren).',
     '{"Indeling onderwijsregio''s"}', '{}', false),
    (2, 'Kwantitatief beeld van de onderwijsarbeidsmarkt',
     'De basisanalyse van juni, verdiept: tekorten, vacatures, instroom en uitstroom per sector.',
     '{"(Onderwijs)arbeidsmarkt"}', '{}', false),
    (3, 'Regionale context',
     'Demografie, woningmarkt, bereikbaarheid en de arbeidsmarkt buiten het onderwijs.',
     '{"Regionale context"}', '{}', false),
    (4, 'Aantrekken', 'Hoe de regio nieuwe mensen voor het onderwijs wint: studenten, zij-instromers, herintreders.',
     '{"Aantrekken"}', '{}', false),
    (5, 'Behouden', 'Hoe de regio mensen behoudt: begeleiding, werkdruk, loopbaan, verzuim en uitstroom.',
     '{"Behouden"}', '{}', false),
    (6, 'Continueren', 'Hoe het onderwijs doorgaat bij tekorten: anders organiseren, inzet van onderwijsondersteuners.',
     '{"Continueren"}', '{}', false),
    (7, 'Kansengelijkheid en onderwijskwaliteit',
     'Waar de tekorten neerslaan en wat dat betekent voor kansengelijkheid en kwaliteit.',
     '{"Kansengelijkheid","Onderwijskwaliteit"}', '{}', false),
    (8, 'Voorschoolse educatie', 'Personeel in de voorschoolse educatie en de kinderopvang.',
     '{"Voorschoolse educatie"}', '{}', false),
    (9, 'Samenwerking met aanpalende regio''s en organisaties',
     'Wat de regio deelt met de buurregio''s, lerarenopleidingen, gemeenten en andere partners.',
     '{"Aanpalende organisaties"}', '{}', false),
    (10, 'Prioriteiten en vervolg', 'De prioriteiten van de regio langs ABC en wat er nu gebeurt.',
     '{"Aantrekken","Behouden","Continueren"}', '{}', false),
    (11, 'Bronnenverantwoording',
     'Wordt samengesteld uit de gebruikte en aangehaalde bronnen; hier schrijft niemand.', '{}', '{}', true);

create table analysis (
    id               bigint generated always as identity primary key,
    region_id        text not null default current_region_id() references region (id),
    edition          text not null
                     constraint analysis_edition_length check (length(btrim(edition)) between 1 and 120),
    status           text not null default 'CONCEPT'
                     constraint analysis_status check (status in ('CONCEPT', 'TER_BESPREKING', 'VASTGESTELD')),
    version          integer not null default 1 constraint analysis_version_positive check (version >= 1),
    based_on         bigint references analysis (id),
    revision         integer not null default 1,
    created_at       timestamptz not null default now(),
    created_by       text not null,
    updated_at       timestamptz not null default now(),
    updated_by       text not null,
    updated_by_name  text not null,
    constraint analysis_edition_unique unique (region_id, edition)
);
create index analysis_by_region_created on analysis (region_id, created_at desc);

alter table analysis enable row level security;
alter table analysis force row level security;
create policy analysis_own_region on analysis
    using (region_id = (select current_region_id()))
    with check (region_id = (select current_region_id()));
grant select, insert, update on analysis to ${app_role};

create table analysis_chapter (
    id               bigint generated always as identity primary key,
    analysis_id      bigint not null references analysis (id),
    region_id        text not null default current_region_id() references region (id),
    position         integer not null constraint analysis_chapter_position check (position >= 1),
    title            text not null
                     constraint analysis_chapter_title_length check (length(btrim(title)) between 1 and 200),
    guidance         text not null default ''
                     constraint analysis_chapter_guidance_length check (length(guidance) <= 4000),
    themes           text[] not null default '{}',
    sub_themes       text[] not null default '{}',
    generated        boolean not null default false,
    body             text not null default ''
                     constraint analysis_chapter_body_length check (length(body) <= 100000),
    removed          boolean not null default false,
    revision         integer not null default 1,
    updated_at       timestamptz not null default now(),
    updated_by       text not null,
    updated_by_name  text not null
);
create index analysis_chapter_by_analysis on analysis_chapter (analysis_id, position) where not removed;
create index analysis_chapter_by_region on analysis_chapter (region_id);

alter table analysis_chapter enable row level security;
alter table analysis_chapter force row level security;
create policy analysis_chapter_own_region on analysis_chapter
    using (region_id = (select current_region_id()))
    with check (region_id = (select current_region_id())
                and exists (select 1 from analysis a where a.id = analysis_id));
grant select, insert, update on analysis_chapter to ${app_role};

create table analysis_chapter_version (
    id           bigint generated always as identity primary key,
    chapter_id   bigint not null references analysis_chapter (id),
    region_id    text not null default current_region_id() references region (id),
    revision     integer not null,
    title        text not null,
    body         text not null,
    at           timestamptz not null default now(),
    actor        text not null,
    actor_name   text not null,
    constraint analysis_chapter_version_unique unique (chapter_id, revision)
);

alter table analysis_chapter_version enable row level security;
alter table analysis_chapter_version force row level security;
create policy analysis_chapter_version_own_region on analysis_chapter_version
    using (region_id = (select current_region_id()))
    with check (region_id = (select current_region_id()));
grant select, insert on analysis_chapter_version to ${app_role};

create table analysis_evidence (
    id           bigint generated always as identity primary key,
    chapter_id   bigint not null references analysis_chapter (id),
    region_id    text not null default current_region_id() references region (id),
    kind         text not null
                 constraint analysis_evidence_kind check (kind in ('CATALOGUE', 'REGISTER', 'FINDING', 'PRIORITY')),
    ref          text not null constraint analysis_evidence_ref_length check (length(ref) between 1 and 40),
    added_at     timestamptz not null default now(),
    added_by     text not null,
    constraint analysis_evidence_unique unique (chapter_id, kind, ref)
);
create index analysis_evidence_by_region on analysis_evidence (region_id, kind);

alter table analysis_evidence enable row level security;
alter table analysis_evidence force row level security;
create policy analysis_evidence_own_region on analysis_evidence
    using (region_id = (select current_region_id()))
    with check (region_id = (select current_region_id()));
grant select, insert, delete on analysis_evidence to ${app_role};

create table analysis_comment (
    id           bigint generated always as identity primary key,
    chapter_id   bigint not null references analysis_chapter (id),
    region_id    text not null default current_region_id() references region (id),
    author       text not null,
    author_name  text not null,
    body         text not null
                 constraint analysis_comment_body_length check (length(btrim(body)) between 1 and 4000),
    created_at   timestamptz not null default now()
);
create index analysis_comment_by_chapter on analysis_comment (chapter_id, created_at);

alter table analysis_comment enable row level security;
alter table analysis_comment force row level security;
create policy analysis_comment_own_region on analysis_comment
    using (region_id = (select current_region_id()))
    with check (region_id = (select current_region_id()));
grant select, insert on analysis_comment to ${app_role};

create table analysis_release (
    id                   bigint generated always as identity primary key,
    analysis_id          bigint not null references analysis (id),
    region_id            text not null default current_region_id() references region (id),
    edition              text not null,
    number               integer not null constraint analysis_release_number check (number >= 1),
    established_at       timestamptz not null default now(),
    established_by       text not null,
    established_by_name  text not null,
    shared_neighbours    boolean not null default false,
    shared_national      boolean not null default false,
    shared_at            timestamptz,
    constraint analysis_release_unique unique (analysis_id, number)
);
create index analysis_release_by_region on analysis_release (region_id, established_at desc);
create index analysis_release_shared on analysis_release (established_at desc)
    where shared_neighbours or shared_national;

alter table analysis_release enable row level security;
alter table analysis_release force row level security;
create policy analysis_release_read on analysis_release for select
    using (region_id = (select current_region_id())
           or (shared_national and (select current_scope()) = 'national' and (select current_region_id()) is null)
           or (shared_neighbours and region_id in (
                  select n.neighbour_id from region_neighbour_pair n
                   where n.region_id = (select current_region_id()))));
create policy analysis_release_write on analysis_release for insert
    with check (region_id = (select current_region_id()));
create policy analysis_release_share on analysis_release for update
    using (region_id = (select current_region_id()))
    with check (region_id = (select current_region_id()));
grant select, insert on analysis_release to ${app_role};
grant update (shared_neighbours, shared_national, shared_at) on analysis_release to ${app_role};

create table analysis_release_chapter (
    id           bigint generated always as identity primary key,
    release_id   bigint not null references analysis_release (id),
    region_id    text not null default current_region_id() references region (id),
    position     integer not null,
    title        text not null,
    themes       text[] not null default '{}',
    generated    boolean not null default false,
    body         text not null default '',
    evidence     text[] not null default '{}'
);
create index analysis_release_chapter_by_release on analysis_release_chapter (release_id, position);

-- Readable wherever its release is: the sub-select is itself subject to analysis_release's read policy.
alter table analysis_release_chapter enable row level security;
alter table analysis_release_chapter force row level security;
create policy analysis_release_chapter_read on analysis_release_chapter for select
    using (exists (select 1 from analysis_release r where r.id = release_id));
create policy analysis_release_chapter_write on analysis_release_chapter for insert
    with check (region_id = (select current_region_id())
                and exists (select 1 from analysis_release r
                             where r.id = release_id and r.region_id = (select current_region_id())));
grant select, insert on analysis_release_chapter to ${app_role};

-- For the national aggregate below (it runs as the owner): the owner reads every row, the application role not.
do $$
begin
    execute format('create policy analysis_owner_aggregates on analysis for select to %I using (true)',
                   current_user);
    execute format('create policy analysis_chapter_owner_aggregates on analysis_chapter for select to %I using (true)',
                   current_user);
    execute format('create policy analysis_evidence_owner_aggregates on analysis_evidence for select to %I using (true)',
                   current_user);
    execute format('create policy analysis_release_owner_aggregates on analysis_release for select to %I using (true)',
                   current_user);
end
$$;

-- Per active region its latest edition: status, version, last change, chapters with text, and how many distinct
-- catalogue sources and closed datasets (register entries) its chapters rest on; whether its latest release is
-- shared with the Realisatie-Eenheid. Numbers and status only, never text.
create function coverage_analyses()
    returns table (region_id text, region_name text, edition text, status text, version integer,
                   last_change timestamptz, chapters integer, chapters_with_text integer, sources integer,
                   closed_datasets integer, released_version integer, shared_national boolean)
    language plpgsql stable security definer set search_path = public, pg_temp
    as $$
    #variable_conflict use_column
    begin
        perform coverage_guard();
        return query
        with latest as (
            select distinct on (a.region_id) a.*
              from analysis a
             order by a.region_id, a.created_at desc, a.id desc),
        chapters as (
            select c.analysis_id,
                   count(*) filter (where not c.generated)::integer as chapters,
                   count(*) filter (where not c.generated and length(btrim(c.body)) > 0)::integer as with_text,
                   max(c.updated_at) as last
              from analysis_chapter c join latest l on l.id = c.analysis_id
             where not c.removed
             group by c.analysis_id),
        evidence as (
            select c.analysis_id,
                   count(distinct e.ref) filter (where e.kind = 'CATALOGUE')::integer as sources,
                   count(distinct e.ref) filter (where e.kind = 'REGISTER')::integer as closed
              from analysis_evidence e
              join analysis_chapter c on c.id = e.chapter_id and not c.removed
              join latest l on l.id = c.analysis_id
             group by c.analysis_id),
        released as (
            select distinct on (r.analysis_id) r.analysis_id, r.number, r.shared_national
              from analysis_release r join latest l on l.id = r.analysis_id
             order by r.analysis_id, r.number desc)
        select g.id, g.name, l.edition, l.status, l.version,
               greatest(l.updated_at, ch.last), coalesce(ch.chapters, 0), coalesce(ch.with_text, 0),
               coalesce(ev.sources, 0), coalesce(ev.closed, 0), rl.number, coalesce(rl.shared_national, false)
          from region g
          left join latest l on l.region_id = g.id
          left join chapters ch on ch.analysis_id = l.id
          left join evidence ev on ev.analysis_id = l.id
          left join released rl on rl.analysis_id = l.id
         where g.active and g.kind = 'GEOGRAPHIC'
         order by g.name;
    end
    $$;
revoke all on function coverage_analyses() from public;
grant execute on function coverage_analyses() to ${app_role};
