-- Findings search under row-level security (issue 22). The text match (tsvector @@ tsquery) is not LEAKPROOF, so
-- PostgreSQL may not evaluate it before the read policy of finding: it cannot use the GIN index finding_search and
-- instead checks the policy and then the match on every finding it can read (the bench at scale 10: 0.9 s a search
-- against 0.3 s without row-level security). This function looks up the matching findings through the index as the
-- owner and keeps only those the active region may read under the same rule as the policy finding_read (V11); the
-- query around it still reads finding under row-level security, so it can only narrow, never widen, what is
-- visible. It returns ids only, of findings the caller may read anyway.
create function finding_search_ids(p_query text) returns setof bigint
    language sql stable security definer set search_path = public, pg_temp
    as $$
        select f.id
          from finding f
         where f.search @@ websearch_to_tsquery('dutch', p_query)
           and (f.region_id = (select current_region_id())
                or (f.published and not f.deleted and (
                       (f.visibility = 'ALL' and ((select current_region_id()) is not null
                                                  or (select current_scope()) = 'national'))
                    or (f.visibility = 'NEIGHBOURS' and f.region_id in (
                           select n.neighbour_id from region_neighbour_pair n
                            where n.region_id = (select current_region_id()))))))
    $$;
revoke all on function finding_search_ids(text) from public;
grant execute on function finding_search_ids(text) to ${app_role};
