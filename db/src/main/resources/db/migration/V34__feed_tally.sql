-- The neighbour feed's counts without reading every shared finding (issue 22).
--
-- The feed counts (all, unread) of a region include every finding that any other region shared with all. Counted
-- from the findings, that reads one index entry per such finding and checks it against the read policy: linear in
-- the number of regions' findings (24,000 entries a count at 500 regions, 240,000 at 5,000). Kept as a number per
-- region, in the same transaction as the finding's change, the part shared with all is a sum over the regions, and
-- its unread part that sum minus the person's own read marks of such findings.

create table finding_shared_count (
    region_id       text    primary key references region (id) on delete cascade,
    shared_with_all integer not null default 0 check (shared_with_all >= 0)
);
comment on table finding_shared_count is
    'Per region: how many of its findings are published, not deleted and shared with all (kept by a trigger on finding).';

alter table finding_shared_count enable row level security;
alter table finding_shared_count force row level security;
-- The number of what everyone may read: readable by whoever may read findings shared with all (policy finding_read).
create policy finding_shared_count_read on finding_shared_count for select to ${app_role}
    using ((select current_region_id()) is not null or (select current_scope()) = 'national');
-- Written only by the trigger below, which runs as the owner.
create policy finding_shared_count_owner on finding_shared_count to current_user using (true) with check (true);
grant select on finding_shared_count to ${app_role};

create function finding_shared_count_track() returns trigger
    language plpgsql security definer set search_path = public, pg_temp
    as $$
    declare
        was boolean := false;
        is_now boolean := false;
    begin
        if tg_op <> 'INSERT' then
            was := old.published and not old.deleted and old.visibility = 'ALL';
        end if;
        if tg_op <> 'DELETE' then
            is_now := new.published and not new.deleted and new.visibility = 'ALL';
        end if;
        if was and (not is_now or old.region_id <> new.region_id) then
            update finding_shared_count set shared_with_all = shared_with_all - 1 where region_id = old.region_id;
        end if;
        if is_now and (not was or old.region_id <> new.region_id) then
            insert into finding_shared_count as c (region_id, shared_with_all) values (new.region_id, 1)
                on conflict (region_id) do update set shared_with_all = c.shared_with_all + 1;
        end if;
        return null;
    end
    $$;
revoke all on function finding_shared_count_track() from public;

create trigger finding_shared_count after insert or delete or update of published, deleted, visibility, region_id
    on finding for each row execute function finding_shared_count_track();

-- What is there already (the owner reads every finding through V9's policy finding_owner_aggregates).
insert into finding_shared_count (region_id, shared_with_all)
    select region_id, count(*) from finding
     where published and not deleted and visibility = 'ALL'
     group by region_id;
