-- The neighbour feed's count of what the neighbours shared with their neighbours, from a tally per region (issue 22).
--
-- V34 keeps per region the number of its findings shared with all; the part of the feed shared with the neighbours
-- was still counted from the findings: an index-only range per neighbour (about 700 entries a count at scale 10),
-- with the read policy of finding checked on every entry. That check made the feed's count 1.45 times slower than
-- the same count without row-level security (pgbench, prepared). Kept as a number per region as well, in the same
-- transaction as the finding's change, the count is a sum over the ~6 neighbours' tally rows.

create table finding_neighbour_count (
    region_id              text    primary key references region (id) on delete cascade,
    shared_with_neighbours integer not null default 0 check (shared_with_neighbours >= 0)
);
comment on table finding_neighbour_count is
    'Per region: how many of its findings are published, not deleted and shared with the neighbours (kept by a trigger'
    ' on finding).';

alter table finding_neighbour_count enable row level security;
alter table finding_neighbour_count force row level security;
-- Readable by the region's neighbours only, as those findings are (policy finding_read): the number is theirs to see.
create policy finding_neighbour_count_read on finding_neighbour_count for select to ${app_role}
    using (region_id in (select n.neighbour_id from region_neighbour_pair n
                          where n.region_id = (select current_region_id())));
-- Written only by the trigger below, which runs as the owner.
create policy finding_neighbour_count_owner on finding_neighbour_count to current_user using (true) with check (true);
grant select on finding_neighbour_count to ${app_role};

-- V34's trigger function, now keeping both tallies. A finding counts in at most one of them (by its visibility).
-- The tally of what is shared with all is always written before the tally of the neighbours, so two transactions
-- that move findings of one region in opposite directions lock the two rows in the same order: no deadlock.
create or replace function finding_shared_count_track() returns trigger
    language plpgsql security definer set search_path = public, pg_temp
    as $$
    declare
        was text;    -- 'ALL', 'NEIGHBOURS' or null: the tally the old row counted in
        is_now text; -- the same for the new row
        moved boolean := tg_op = 'UPDATE' and old.region_id <> new.region_id;
    begin
        if tg_op <> 'INSERT' and old.published and not old.deleted and old.visibility in ('ALL', 'NEIGHBOURS') then
            was := old.visibility;
        end if;
        if tg_op <> 'DELETE' and new.published and not new.deleted and new.visibility in ('ALL', 'NEIGHBOURS') then
            is_now := new.visibility;
        end if;
        if was is not distinct from is_now and not moved then
            return null;
        end if;
        if was = 'ALL' then
            update finding_shared_count set shared_with_all = shared_with_all - 1 where region_id = old.region_id;
        end if;
        if is_now = 'ALL' then
            insert into finding_shared_count as c (region_id, shared_with_all) values (new.region_id, 1)
                on conflict (region_id) do update set shared_with_all = c.shared_with_all + 1;
        end if;
        if was = 'NEIGHBOURS' then
            update finding_neighbour_count set shared_with_neighbours = shared_with_neighbours - 1
             where region_id = old.region_id;
        end if;
        if is_now = 'NEIGHBOURS' then
            insert into finding_neighbour_count as c (region_id, shared_with_neighbours) values (new.region_id, 1)
                on conflict (region_id) do update set shared_with_neighbours = c.shared_with_neighbours + 1;
        end if;
        return null;
    end
    $$;
revoke all on function finding_shared_count_track() from public;

-- What is there already (the owner reads every finding through V9's policy finding_owner_aggregates).
insert into finding_neighbour_count (region_id, shared_with_neighbours)
    select region_id, count(*) from finding
     where published and not deleted and visibility = 'NEIGHBOURS'
     group by region_id;
