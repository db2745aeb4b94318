-- A region that leaves the workspace: the platform administrator erases its tenant rows. Runs as the owner
-- (SECURITY DEFINER) and only in the scope 'region-erasure' that the service opens after checking the role. The
-- region row stays (deactivated: the name is no personal data, and the audit summary and national history refer
-- to it); its audit rows keep who/when/what kind but lose their content; one ERASE row per table says how many rows
-- went. Deleting writes no audit rows of its own (app.erasing, honoured by audit_row()).

-- The owner reaches every row of the tables holding region data (the application role's policies are untouched).
do $$
declare
    t record;
begin
    for t in select c.relname
               from pg_class c join pg_namespace n on n.oid = c.relnamespace
              where n.nspname = current_schema() and c.relkind in ('r', 'p') and c.relrowsecurity
                and c.relname <> 'audit_event'
              order by c.relname
    loop
        execute format('create policy %I on %I to %I using (true) with check (true)',
                       t.relname || '_owner_erasure', t.relname, current_user);
    end loop;
end
$$;

create function erase_region(target text) returns jsonb
    language plpgsql security definer set search_path = public, pg_temp
    as $$
    declare
        tables text[];
        pending text[];
        still text[];
        t text;
        n bigint;
        removed jsonb := '{}'::jsonb;
    begin
        if current_scope() is distinct from 'region-erasure' then
            raise exception 'Een regio wissen kan alleen de platformbeheerder.' using errcode = '42501';
        end if;
        if not exists (select 1 from region where id = target) then
            raise exception 'Onbekende regio: %', target using errcode = '22023';
        end if;
        perform set_config('app.erasing', target, true);
        -- rows of other people or regions that point at this region's rows
        delete from finding_read where finding_id in (select id from finding where region_id = target);
        delete from priority_finding_link where finding_id in (select id from finding where region_id = target);
        update user_preference set last_region_id = null where last_region_id = target;
        select array_agg(c.relname::text order by c.relname) into tables
          from pg_class c join pg_namespace ns on ns.oid = c.relnamespace
         where ns.nspname = current_schema() and c.relkind in ('r', 'p') and c.relrowsecurity
           and c.relname <> 'audit_event'
           and exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'region_id'
                                                      and not a.attisdropped);
        pending := tables;
        -- in whatever order the foreign keys allow: a table whose rows are still referred to waits for the next round
        while coalesce(array_length(pending, 1), 0) > 0 loop
            still := '{}';
            foreach t in array pending loop
                begin
                    execute format('delete from %I where region_id = $1', t) using target;
                    get diagnostics n = row_count;
                    removed := removed || jsonb_build_object(t, coalesce((removed ->> t)::bigint, 0) + n);
                exception when foreign_key_violation then
                    still := still || t;
                end;
            end loop;
            if array_length(still, 1) = array_length(pending, 1) then
                raise exception 'Kon de regio % niet helemaal wissen: % verwijst nog naar andere rijen.', target, still;
            end if;
            pending := still;
        end loop;
        update audit_event set old_values = null, new_values = null where region_id = target;
        insert into audit_event (region_id, actor, entity_table, entity_id, operation, new_values)
        select target, coalesce(current_username(), 'system'), key, '*', 'ERASE', jsonb_build_object('rows', value)
          from jsonb_each(removed) where (value #>> '{}')::bigint > 0;
        update region set active = false where id = target;
        return removed;
    end
    $$;

revoke execute on function erase_region(text) from public;
grant execute on function erase_region(text) to ${app_role};
