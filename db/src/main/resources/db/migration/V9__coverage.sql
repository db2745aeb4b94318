-- National coverage for the Realisatie-Eenheid. The application role never reads another region's register,
-- findings or priorities: row-level security still applies to it everywhere. Instead, the schema owner provides
-- SECURITY DEFINER functions that return aggregates only (counts, shares, dates), plus a drill-down that returns
-- only region, catalogue entry, status and dates (never notes, contact persons, holder names or agreement details).
-- They run as the owner, for whom (and only for whom) the read policies below open the rows, and they refuse to run
-- unless the application opened the 'national' scope after checking the caller's national role.

-- When a finding was (last) published, for the national trend.
alter table finding add column published_at timestamptz;
update finding set published_at = coalesce(shared_at, updated_at) where published;
create index finding_published_at on finding (published_at) where published and not deleted;
create index register_entry_received_on on register_entry (received_on) where not deleted and received_on is not null;
create index register_entry_by_catalogue on register_entry (catalogue_entry_id, region_id) where not deleted;

do $$
begin
    execute format('create policy register_entry_owner_aggregates on register_entry for select to %I using (true)',
                   current_user);
    execute format('create policy finding_owner_aggregates on finding for select to %I using (true)', current_user);
    execute format('create policy priority_owner_aggregates on priority for select to %I using (true)', current_user);
end
$$;

create function coverage_guard() returns void
    language plpgsql stable
    as $$
    begin
        if current_scope() is distinct from 'national' then
            raise exception 'Het landelijk overzicht is alleen voor de Realisatie-Eenheid.' using errcode = '42501';
        end if;
    end
    $$;

-- Region × catalogue theme: how many of the theme's (current) entries the region has in its register in any
-- status, and how many it has received; plus the region's last register activity.
create function coverage_matrix()
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
        used as (
            select r.region_id, c.theme,
                   count(distinct r.catalogue_entry_id)::integer as registered,
                   (count(distinct r.catalogue_entry_id) filter (where r.received_on is not null))::integer
                       as received
              from register_entry r join catalogue_entry c on c.id = r.catalogue_entry_id
             where not r.deleted and not c.retired
             group by r.region_id, c.theme),
        activity as (
            select r.region_id, max(r.updated_at) as last from register_entry r group by r.region_id)
        select g.id, g.name, g.kind, t.theme, t.n, coalesce(u.registered, 0), coalesce(u.received, 0), a.last
          from region g cross join themes t
          left join used u on u.region_id = g.id and u.theme = t.theme
          left join activity a on a.region_id = g.id
         where g.active
         order by g.name, t.theme;
    end
    $$;

-- Per closed catalogue entry: how many regions want, requested, received or were refused it, and how many
-- different holders gave it in total. The Vfpf's entries first, then those held by school boards.
create function coverage_sources()
    returns table (entry_id text, information text, theme text, partner_id text, partner_name text,
                   wanted integer, requested integer, received integer, refused integer, holders integer)
    language plpgsql stable security definer set search_path = public, pg_temp
    as $$
    #variable_conflict use_column
    begin
        perform coverage_guard();
        return query
        select c.id, c.information, c.theme, c.partner_id, p.name,
               (count(distinct r.region_id) filter (where r.status = 'GEWENST'))::integer,
               (count(distinct r.region_id) filter (where r.status = 'AANGEVRAAGD'))::integer,
               (count(distinct r.region_id) filter (where r.received_on is not null))::integer,
               (count(distinct r.region_id) filter (where r.status = 'AFGEWEZEN'))::integer,
               (count(distinct lower(btrim(r.holder_name))) filter (where r.received_on is not null))::integer
          from catalogue_entry c
          left join data_partner p on p.id = c.partner_id
          left join register_entry r on r.catalogue_entry_id = c.id and not r.deleted
         where c.access = 'CLOSED' and not c.retired
         group by c.id, c.information, c.theme, c.partner_id, p.name, c.position
         order by case c.partner_id when 'vfpf' then 0 when 'schoolbesturen' then 1 else 2 end, c.position;
    end
    $$;

-- Gaps: catalogue entries no region has in its register.
create function coverage_unused_entries()
    returns table (entry_id text, information text, theme text, access text, partner_name text)
    language plpgsql stable security definer set search_path = public, pg_temp
    as $$
    #variable_conflict use_column
    begin
        perform coverage_guard();
        return query
        select c.id, c.information, c.theme, c.access, p.name
          from catalogue_entry c left join data_partner p on p.id = c.partner_id
         where not c.retired
           and not exists (select 1 from register_entry r where r.catalogue_entry_id = c.id and not r.deleted)
         order by c.position;
    end
    $$;

-- Gaps: active regions with their number of register entries, entries received, and last register activity; the
-- caller picks those without received data or without activity for some days.
create function coverage_region_activity()
    returns table (region_id text, region_name text, region_kind text, registered integer, received integer,
                   last_activity timestamptz)
    language plpgsql stable security definer set search_path = public, pg_temp
    as $$
    #variable_conflict use_column
    begin
        perform coverage_guard();
        return query
        select g.id, g.name, g.kind,
               (count(r.id) filter (where not r.deleted))::integer,
               (count(r.id) filter (where not r.deleted and r.received_on is not null))::integer,
               max(r.updated_at)
          from region g left join register_entry r on r.region_id = g.id
         where g.active
         group by g.id, g.name, g.kind
         order by g.name;
    end
    $$;

-- Published priorities per theme and sub-theme, and which regions have one (priorities are public once published).
create function coverage_priorities()
    returns table (theme text, sub_theme text, priorities integer, regions integer, region_names text[])
    language plpgsql stable security definer set search_path = public, pg_temp
    as $$
    #variable_conflict use_column
    begin
        perform coverage_guard();
        return query
        select p.theme, p.sub_theme, count(*)::integer, count(distinct p.region_id)::integer,
               array_agg(distinct g.name order by g.name)
          from priority p join region g on g.id = p.region_id
         where p.published and g.active
         group by p.theme, p.sub_theme
         order by p.theme, p.sub_theme;
    end
    $$;

-- Published findings as counts: per theme and kind for those shared with all; per theme only (kind left empty)
-- for those kept in the own region or shared with the neighbours. Never a title, text or region.
create function coverage_findings()
    returns table (theme text, kind text, visibility text, findings integer)
    language plpgsql stable security definer set search_path = public, pg_temp
    as $$
    #variable_conflict use_column
    begin
        perform coverage_guard();
        return query
        select f.theme, case when f.visibility = 'ALL' then f.kind end, f.visibility, count(*)::integer
          from finding f
         where f.published and not f.deleted
         group by f.theme, case when f.visibility = 'ALL' then f.kind end, f.visibility
         order by f.theme, 2, f.visibility;
    end
    $$;

-- Per month from p_from up to this month: closed data received and findings published, nationally.
create function coverage_trend(p_from date)
    returns table (month date, received integer, published_findings integer)
    language plpgsql stable security definer set search_path = public, pg_temp
    as $$
    #variable_conflict use_column
    begin
        perform coverage_guard();
        return query
        with months as (
            select generate_series(date_trunc('month', p_from), date_trunc('month', current_date),
                                   interval '1 month')::date as m),
        received as (
            select date_trunc('month', r.received_on)::date as m, count(*)::integer as n
              from register_entry r
             where not r.deleted and r.received_on >= date_trunc('month', p_from)
             group by 1),
        published as (
            select date_trunc('month', f.published_at)::date as m, count(*)::integer as n
              from finding f
             where f.published and not f.deleted and f.published_at >= date_trunc('month', p_from)
             group by 1)
        select months.m, coalesce(received.n, 0), coalesce(published.n, 0)
          from months left join received on received.m = months.m left join published on published.m = months.m
         order by months.m;
    end
    $$;

-- The list behind a number: register lines with region, catalogue entry, status and dates only. Every filter is
-- optional; p_received limits to received data. At most 2000 lines.
create function coverage_register_lines(p_region text, p_theme text, p_entry text, p_status text,
                                        p_received boolean)
    returns table (region_id text, region_name text, entry_id text, information text, theme text, status text,
                   requested_on date, received_on date, closed_on date, retention_until date,
                   updated_at timestamptz)
    language plpgsql stable security definer set search_path = public, pg_temp
    as $$
    #variable_conflict use_column
    begin
        perform coverage_guard();
        return query
        select g.id, g.name, c.id, c.information, c.theme, r.status, r.requested_on, r.received_on, r.closed_on,
               r.retention_until, r.updated_at
          from register_entry r
          join region g on g.id = r.region_id
          join catalogue_entry c on c.id = r.catalogue_entry_id
         where not r.deleted
           and (p_region is null or r.region_id = p_region)
           and (p_theme is null or c.theme = p_theme)
           and (p_entry is null or r.catalogue_entry_id = p_entry)
           and (p_status is null or r.status = p_status)
           and (p_received is not true or r.received_on is not null)
         order by g.name, c.position, r.updated_at desc
         limit 2000;
    end
    $$;

revoke all on function coverage_guard() from public;
revoke all on function coverage_matrix() from public;
revoke all on function coverage_sources() from public;
revoke all on function coverage_unused_entries() from public;
revoke all on function coverage_region_activity() from public;
revoke all on function coverage_priorities() from public;
revoke all on function coverage_findings() from public;
revoke all on function coverage_trend(date) from public;
revoke all on function coverage_register_lines(text, text, text, text, boolean) from public;
grant execute on function coverage_matrix() to ${app_role};
grant execute on function coverage_sources() to ${app_role};
grant execute on function coverage_unused_entries() to ${app_role};
grant execute on function coverage_region_activity() to ${app_role};
grant execute on function coverage_priorities() to ${app_role};
grant execute on function coverage_findings() to ${app_role};
grant execute on function coverage_trend(date) to ${app_role};
grant execute on function coverage_register_lines(text, text, text, text, boolean) to ${app_role};
