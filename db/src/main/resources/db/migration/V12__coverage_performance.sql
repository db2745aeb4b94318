-- Query performance of the two national aggregates that missed 150 ms at ten times the national scale (issue 9):
-- both first reduce the register to one row per region and catalogue entry with hash aggregates (instead of
-- count(distinct …) over sorted groups of every register line), and the matrix reads each region's last change
-- from the register's (region_id, updated_at) index instead of grouping the whole table once more.
-- Same answers; CoverageServiceTest checks them on its fixture.
create index register_entry_coverage on register_entry (region_id, catalogue_entry_id) include (received_on)
    where not deleted and catalogue_entry_id is not null;

create or replace function coverage_matrix()
    returns table (region_id text, region_name text, region_kind text, theme text, theme_entries integer,
                   registered integer, received integer, last_activity timestamptz)
    language plpgsql stable security definer set search_path = public, pg_temp
    as $$
    #variable_conflict use_column
    begin
        perform coverage_guard();
        return query
        with themes as (
            select c.theme, count(*)::integer as n from catalogue_entry c where not c.retired group by c.theme),
        pairs as (
            select r.region_id, r.catalogue_entry_id, bool_or(r.received_on is not null) as received
              from register_entry r
             where not r.deleted and r.catalogue_entry_id is not null
             group by r.region_id, r.catalogue_entry_id),
        used as (
            select p.region_id, c.theme, count(*)::integer as registered,
                   (count(*) filter (where p.received))::integer as received
              from pairs p join catalogue_entry c on c.id = p.catalogue_entry_id
             where not c.retired
             group by p.region_id, c.theme),
        regions as (
            select g.id, g.name, g.kind,
                   (select max(r.updated_at) from register_entry r
                     where r.region_id = g.id and not r.deleted) as last
              from region g where g.active)
        select g.id, g.name, g.kind, t.theme, t.n, coalesce(u.registered, 0), coalesce(u.received, 0), g.last
          from regions g cross join themes t
          left join used u on u.region_id = g.id and u.theme = t.theme
         order by g.name, t.theme;
    end
    $$;

create or replace function coverage_sources()
    returns table (entry_id text, information text, theme text, partner_id text, partner_name text,
                   wanted integer, requested integer, received integer, refused integer, holders integer)
    language plpgsql stable security definer set search_path = public, pg_temp
    as $$
    #variable_conflict use_column
    begin
        perform coverage_guard();
        return query
        with closed as (
            select c.id, c.information, c.theme, c.partner_id, c.position from catalogue_entry c
             where c.access = 'CLOSED' and not c.retired),
        per_region as (
            select r.catalogue_entry_id, r.region_id,
                   bool_or(r.status = 'GEWENST') as wanted, bool_or(r.status = 'AANGEVRAAGD') as requested,
                   bool_or(r.received_on is not null) as received, bool_or(r.status = 'AFGEWEZEN') as refused
              from register_entry r join closed c on c.id = r.catalogue_entry_id
             where not r.deleted
             group by r.catalogue_entry_id, r.region_id),
        per_entry as (
            select p.catalogue_entry_id,
                   (count(*) filter (where p.wanted))::integer as wanted,
                   (count(*) filter (where p.requested))::integer as requested,
                   (count(*) filter (where p.received))::integer as received,
                   (count(*) filter (where p.refused))::integer as refused
              from per_region p group by p.catalogue_entry_id),
        holders as (
            select h.catalogue_entry_id, count(*)::integer as n
              from (select distinct r.catalogue_entry_id, lower(btrim(r.holder_name))
                      from register_entry r join closed c on c.id = r.catalogue_entry_id
                     where not r.deleted and r.received_on is not null) as h (catalogue_entry_id, holder)
             group by h.catalogue_entry_id)
        select c.id, c.information, c.theme, c.partner_id, p.name, coalesce(e.wanted, 0), coalesce(e.requested, 0),
               coalesce(e.received, 0), coalesce(e.refused, 0), coalesce(h.n, 0)
          from closed c
          left join data_partner p on p.id = c.partner_id
          left join per_entry e on e.catalogue_entry_id = c.id
          left join holders h on h.catalogue_entry_id = c.id
         order by case c.partner_id when 'vfpf' then 0 when 'schoolbesturen' then 1 else 2 end, c.position;
    end
    $$;
