-- Policies read the active region once per statement (issue 22).
--
-- current_region_id() is a SQL function that PostgreSQL inlines into nullif(current_setting('app.region_id', true),
-- ''): written bare in a policy, that expression is evaluated again for every row the policy checks, and for every
-- row of every sub-select in it. Where the policy is an index condition that costs nothing, but where it is a filter
-- (region_id = current_region_id() or published, the link policies' exists over priority) it is most of the row-level
-- security overhead: the priority comparison at scale 10 ran 1.25x slower with the policies than without them, 1.10x
-- with the policies below (pgbench, prepared, the comparison's queries). Written as (select current_region_id()) it is
-- an init plan, evaluated once, as the read policy of finding does since V11 and the person tables since V13.
--
-- Who may read or write what does not change: every expression below is the one it replaces with the region read
-- through a sub-select. The tests of the tenancy seam and of each feature's isolation check that.

alter policy region_profile_own_region on region_profile
    using (region_id = (select current_region_id()))
    with check (region_id = (select current_region_id()));
alter policy region_activity_own_region on region_activity
    using (region_id = (select current_region_id()))
    with check (region_id = (select current_region_id()));

alter policy catalogue_suggestion_read on catalogue_suggestion
    using (region_id = (select current_region_id()) or (select current_scope()) = 'catalogue-review');
alter policy catalogue_suggestion_submit on catalogue_suggestion
    with check (region_id = (select current_region_id()) and status = 'OPEN');
alter policy catalogue_suggestion_review on catalogue_suggestion
    using ((select current_scope()) = 'catalogue-review')
    with check ((select current_scope()) = 'catalogue-review');

alter policy register_entry_own_region on register_entry
    using (region_id = (select current_region_id()))
    with check (region_id = (select current_region_id()));
alter policy register_event_own_region on register_event
    using (region_id = (select current_region_id()))
    with check (region_id = (select current_region_id()));

alter policy finding_write on finding
    with check (region_id = (select current_region_id()));
alter policy finding_change on finding
    using (region_id = (select current_region_id()))
    with check (region_id = (select current_region_id()));
alter policy finding_revision_own_region on finding_revision
    using (region_id = (select current_region_id()))
    with check (region_id = (select current_region_id()));
alter policy finding_comment_read on finding_comment
    using (exists (select 1 from finding f
                    where f.id = finding_comment.finding_id
                      and (not finding_comment.hidden or f.region_id = (select current_region_id()))));
alter policy finding_comment_write on finding_comment
    with check (region_id = (select current_region_id()) and not hidden
                and exists (select 1 from finding f
                             where f.id = finding_comment.finding_id and f.published and not f.deleted));
alter policy finding_comment_moderate on finding_comment
    using (exists (select 1 from finding f
                    where f.id = finding_comment.finding_id and f.region_id = (select current_region_id())))
    with check (exists (select 1 from finding f
                         where f.id = finding_comment.finding_id and f.region_id = (select current_region_id())));

alter policy priority_read_own_or_published on priority
    using (region_id = (select current_region_id()) or published);
alter policy priority_insert_own_region on priority
    with check (region_id = (select current_region_id()));
alter policy priority_update_own_region on priority
    using (region_id = (select current_region_id()))
    with check (region_id = (select current_region_id()));
alter policy priority_delete_own_region on priority
    using (region_id = (select current_region_id()));

alter policy priority_catalogue_link_read on priority_catalogue_link
    using (region_id = (select current_region_id())
           or exists (select 1 from priority p where p.id = priority_id and p.published));
alter policy priority_catalogue_link_insert_own_region on priority_catalogue_link
    with check (region_id = (select current_region_id())
                and exists (select 1 from priority p
                             where p.id = priority_id and p.region_id = (select current_region_id())));
alter policy priority_catalogue_link_delete_own_region on priority_catalogue_link
    using (region_id = (select current_region_id()));

alter policy priority_finding_link_insert_own_region on priority_finding_link
    with check (region_id = (select current_region_id())
                and exists (select 1 from priority p
                             where p.id = priority_id and p.region_id = (select current_region_id()))
                and exists (select 1 from finding f
                             where f.id = finding_id and f.region_id = (select current_region_id()) and not f.deleted));
alter policy priority_finding_link_delete_own_region on priority_finding_link
    using (region_id = (select current_region_id()));
