-- Findings of the own region that support a priority (issue 7, next to the catalogue links of V8). A link is
-- readable where both the priority and the finding are: the row-level security of priority and finding applies
-- inside the subqueries, so a region that cannot read the finding (a draft, or not shared with it) does not see the
-- link either. Only the own region links its own priorities to its own findings.
create table priority_finding_link (
    priority_id bigint not null references priority (id) on delete cascade,
    finding_id  bigint not null references finding (id),
    region_id   text not null default current_region_id() references region (id),
    primary key (priority_id, finding_id)
);

create index priority_finding_link_by_region on priority_finding_link (region_id, priority_id);

alter table priority_finding_link enable row level security;
alter table priority_finding_link force row level security;
create policy priority_finding_link_read on priority_finding_link for select
    using (exists (select 1 from priority p where p.id = priority_id)
           and exists (select 1 from finding f where f.id = finding_id));
create policy priority_finding_link_insert_own_region on priority_finding_link for insert
    with check (region_id = current_region_id()
                and exists (select 1 from priority p where p.id = priority_id and p.region_id = current_region_id())
                and exists (select 1 from finding f where f.id = finding_id and f.region_id = current_region_id()
                                                      and not f.deleted));
create policy priority_finding_link_delete_own_region on priority_finding_link for delete
    using (region_id = current_region_id());
grant select, insert, delete on priority_finding_link to ${app_role};
