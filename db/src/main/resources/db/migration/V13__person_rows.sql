-- Per-person rows (issue 13): a person reads and writes only their own preferences and markers.
-- The application sets the signed-in person per transaction, next to the region:
-- select set_config('app.username', ?, true). Without it (or with ''), current_username() is null and the policies
-- below match no row: fail closed, as current_region_id() does for the tenant tables.
create function current_username() returns text
    language sql stable parallel safe
    as $$ select nullif(current_setting('app.username', true), '') $$;

grant execute on function current_username() to ${app_role};

-- The settings are read through (select …), evaluated once per statement (see V11). No policy opens these tables to
-- the owner: none of the owner's SECURITY DEFINER functions (coverage_*, V9 and V12) reads them, and the benchmark
-- loads them as the superuser.

-- The region a person last worked for (V3).
alter table user_preference enable row level security;
alter table user_preference force row level security;
create policy user_preference_own_person on user_preference to ${app_role}
    using (username = (select current_username()))
    with check (username = (select current_username()));

-- Which shared findings a person opened (V7): their unread markers.
alter table finding_read enable row level security;
alter table finding_read force row level security;
create policy finding_read_own_person on finding_read to ${app_role}
    using (username = (select current_username()))
    with check (username = (select current_username()));

-- When a person last looked at their notifications, per region (V7): their own, in the active region.
alter table notification_seen enable row level security;
alter table notification_seen force row level security;
create policy notification_seen_own_person on notification_seen to ${app_role}
    using (username = (select current_username()) and region_id = (select current_region_id()))
    with check (username = (select current_username()) and region_id = (select current_region_id()));
