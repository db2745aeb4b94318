-- Review fixes to the audit log and the region erasure (issue 20), found before release:
-- 1. audit_row() skipped rows when the session setting app.erasing named their region; any session can set that,
--    so the application could have written without a trace. The erasure now marks its own transaction in a table
--    only the owner can write (audit_erasing), and audit_row() checks that instead.
-- 2. erase_region() failed for a region whose findings had reactions of other regions (finding_comment carries the
--    commenter's region): those reactions go first now.
-- 3. audit_prune() ran in any transaction with any retention of a day or more: it now runs only in the scope
--    'audit-retention' that the retention job opens, and keeps at least 30 days.

-- Which transaction is erasing which region; the application role has no privilege on it at all.
create table audit_erasing (
    txid   xid8 primary key,
    target text not null
);
revoke all on audit_erasing from public;

create or replace function audit_row() returns trigger
    language plpgsql security definer set search_path = public, pg_temp
    as $$
    declare
        old_json jsonb := case when tg_op in ('UPDATE', 'DELETE') then to_jsonb(old) end;
        new_json jsonb := case when tg_op in ('INSERT', 'UPDATE') then to_jsonb(new) end;
        row_json jsonb := coalesce(new_json, old_json);
        old_changed jsonb;
        new_changed jsonb;
        entity text;
        region text;
    begin
        region := coalesce(row_json ->> 'region_id', current_region_id());
        if region is not null
           and exists (select 1 from audit_erasing e where e.txid = pg_current_xact_id() and e.target = region) then
            return null;
        end if;
        select string_agg(coalesce(row_json ->> key, ''), '|' order by ord) into entity
          from unnest(tg_argv) with ordinality as k(key, ord);
        if tg_op = 'UPDATE' then
            select jsonb_object_agg(o.key, audit_value(o.value)), jsonb_object_agg(o.key, audit_value(n.value))
              into old_changed, new_changed
              from jsonb_each(old_json) o join jsonb_each(new_json) n on n.key = o.key
             where o.value is distinct from n.value;
            old_changed := coalesce(old_changed, '{}'::jsonb);
            new_changed := coalesce(new_changed, '{}'::jsonb);
        elsif tg_op = 'INSERT' then
            new_changed := audit_values(new_json);
        else
            old_changed := audit_values(old_json);
        end if;
        insert into audit_event (region_id, actor, entity_table, entity_id, operation, old_values, new_values)
        values (region, coalesce(current_username(), 'system'), tg_table_name, coalesce(entity, ''), tg_op,
                old_changed, new_changed);
        return null;
    end
    $$;

create or replace function erase_region(target text) returns jsonb
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
        insert into audit_erasing (txid, target) values (pg_current_xact_id(), target);
        -- rows of other people or regions that point at this region's rows: reading marks, links, and the
        -- reactions other regions wrote on its findings (they carry the commenter's region, not this one)
        delete from finding_comment where finding_id in (select id from finding where region_id = target);
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
        delete from audit_erasing where txid = pg_current_xact_id();
        return removed;
    end
    $$;

create or replace function audit_prune(keep_days integer) returns bigint
    language plpgsql security definer set search_path = public, pg_temp
    as $$
    declare
        removed bigint;
    begin
        if current_scope() is distinct from 'audit-retention' then
            raise exception 'Het logboek opschonen doet alleen de bewaartaak.' using errcode = '42501';
        end if;
        if keep_days is null or keep_days < 30 then
            raise exception 'De bewaartermijn van het logboek is ten minste 30 dagen.' using errcode = '22023';
        end if;
        if not pg_try_advisory_xact_lock(hashtext('audit_prune')) then
            return -1;
        end if;
        delete from audit_event where occurred_at < now() - make_interval(days => keep_days);
        get diagnostics removed = row_count;
        return removed;
    end
    $$;
