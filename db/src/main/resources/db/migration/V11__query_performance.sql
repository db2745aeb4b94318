-- Query performance, from the benchmark (issue 9).
--
-- 1. The read policy of finding called finding_visible() for every candidate row. PostgreSQL never inlines a SQL
--    function whose body has a sub-select, so each row ran the function, with its neighbour lookup, on its own
--    (~20 µs a row: 180 ms for the feed's count at 50 regions, and ten times that at 500). The same rule written in
--    the policy itself is planned with the statement: the region's neighbours are looked up once (a hashed
--    sub-plan) and the rest are plain column comparisons. Who may read what does not change.
drop policy finding_read on finding;
drop function finding_visible(text, boolean, boolean, text);
--    The settings are read through (select …), which PostgreSQL evaluates once per statement (an init plan)
--    instead of once per row and comparison: the feed's count compares some 24,000 rows at 500 regions.
create policy finding_read on finding for select
    using (region_id = (select current_region_id())
           or (published and not deleted and (
                  (visibility = 'ALL' and ((select current_region_id()) is not null
                                           or (select current_scope()) = 'national'))
               or (visibility = 'NEIGHBOURS' and region_id in (
                      select n.neighbour_id from region_neighbour_pair n
                       where n.region_id = (select current_region_id()))))));

-- 2. The feed's order (newest share first) as an index, so its first page reads a few dozen rows instead of sorting
--    every shared finding.
create index finding_feed on finding ((coalesce(shared_at, updated_at)) desc, id desc)
    where published and not deleted and visibility <> 'OWN';

-- 3. The feed's counts (all, unread) read only this index (index-only: a few MB instead of the table, which is large
--    with its texts). They count the part shared with all and the part shared with the neighbours separately, each a
--    range of this index; the included columns let the read policy be checked without the table.
create index finding_feed_members on finding (visibility, region_id) include (id, published, deleted)
    where published and not deleted and visibility <> 'OWN';

-- 4. The register's default order (last change first) within a region, so the first page is read in order instead
--    of sorting all of the region's entries.
create index register_entry_by_region_updated on register_entry (region_id, updated_at desc, id desc)
    where not deleted;
