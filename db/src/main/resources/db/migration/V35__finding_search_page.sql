-- Findings search, first page and count without reading every match (issue 22). V32's finding_search_ids returns
-- all matches, so a search for a common word read and sorted all of them for a page of 20, and counted them all
-- again (linear in the matches: 0.6 s at 500 regions, 23 s at 5,000). These two functions take the search's scope
-- and stop early:
--   finding_search_page  the ids of one page, newest first, in the screen's order: PostgreSQL chooses per search
--                        between the GIN index (rare words: read the few matches, sort them) and the order's index
--                        with the match as a filter (common words: stop after the page);
--   finding_search_count the number of matches, counted up to p_cap (the screen then says "more than …").
-- Both keep only findings the active region may read, under the same rule as the policy finding_read (V11), as the
-- owner, like V32 (the text match is not LEAKPROOF, so under row-level security it could use no index). The page's
-- query around the ids still reads finding under row-level security, so it can only narrow what is visible. Each
-- statement is planned with its own words (EXECUTE), because the better plan depends on how common they are.

-- The order of the screen's tabs "Alles" and "Gedeeld" over every finding that is not deleted (V11's finding_feed
-- holds only published shared ones; a region's own drafts are part of "Alles").
create index finding_visible_order on finding ((coalesce(shared_at, updated_at)) desc, id desc) where not deleted;

create function finding_search_where(p_scope text) returns text
    language sql immutable set search_path = public, pg_temp
    as $$
        select 'f.search @@ websearch_to_tsquery(''dutch'', $1) and not f.deleted'
            || ' and (f.region_id = (select current_region_id())'
            || '      or (f.published and ('
            || '             (f.visibility = ''ALL'' and ((select current_region_id()) is not null'
            || '                                        or (select current_scope()) = ''national''))'
            || '          or (f.visibility = ''NEIGHBOURS'' and f.region_id in ('
            || '                 select n.neighbour_id from region_neighbour_pair n'
            || '                  where n.region_id = (select current_region_id()))))))'
            || case p_scope
                   when 'OWN' then ' and f.region_id = (select current_region_id())'
                   when 'FEED' then ' and f.region_id <> (select current_region_id()) and f.published'
                                    || ' and f.visibility <> ''OWN'''
                   when 'VISIBLE' then ''
                   when 'SHARED_WITH_ALL' then ' and f.published and f.visibility = ''ALL'''
               end
    $$;
revoke all on function finding_search_where(text) from public;

create function finding_search_page(p_query text, p_scope text, p_offset integer, p_limit integer)
    returns setof bigint
    language plpgsql stable security definer set search_path = public, pg_temp
    as $$
    declare
        condition text := finding_search_where(p_scope);
    begin
        if condition is null then
            raise exception 'unknown findings scope %', p_scope using errcode = '22023';
        end if;
        return query execute
            'select f.id from finding f where ' || condition
            || case when p_scope = 'OWN' then ' order by f.updated_at desc, f.id desc'
                    else ' order by coalesce(f.shared_at, f.updated_at) desc, f.id desc' end
            || ' offset $2 limit $3'
            using p_query, greatest(p_offset, 0), greatest(p_limit, 0);
    end
    $$;
revoke all on function finding_search_page(text, text, integer, integer) from public;
grant execute on function finding_search_page(text, text, integer, integer) to ${app_role};

create function finding_search_count(p_query text, p_scope text, p_cap integer) returns integer
    language plpgsql stable security definer set search_path = public, pg_temp
    as $$
    declare
        condition text := finding_search_where(p_scope);
        counted integer;
    begin
        if condition is null then
            raise exception 'unknown findings scope %', p_scope using errcode = '22023';
        end if;
        execute 'select count(*) from (select 1 from finding f where ' || condition || ' limit $2) m'
            into counted
            using p_query, greatest(p_cap, 0);
        return counted;
    end
    $$;
revoke all on function finding_search_count(text, text, integer) from public;
grant execute on function finding_search_count(text, text, integer) to ${app_role};
