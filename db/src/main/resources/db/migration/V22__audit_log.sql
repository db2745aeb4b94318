-- The audit log (Logboek): every write of every tenant table, one row per written row, kept by one trigger function.
-- Who: app.username (set per transaction by the tenancy seam next to app.region_id); when: now(); which region: the
-- row's region_id (else the active region); which entity: table and primary key; what changed: the old and new values
-- of the changed fields (the whole row on insert and delete), long texts replaced by their length and SHA-256.
-- The application role only reads it (its own region; the platform administrator every region in the scope
-- 'platform-audit'); rows are written by the trigger as the owner (SECURITY DEFINER) and removed only by the owner's
-- retention function and region erasure. Never updated or deleted by the application.
create table audit_event (
    id           bigint generated always as identity primary key,
    occurred_at  timestamptz not null default now(),
    -- no foreign key: the summary outlives the rows of a region that is erased
    region_id    text,
    actor        text not null,
    entity_table text not null,
    entity_id    text not null,
    operation    text not null
                 constraint audit_event_operation_known check (operation in ('INSERT', 'UPDATE', 'DELETE', 'ERASE')),
    old_values   jsonb,
    new_values   jsonb
);

create index audit_event_by_region_time on audit_event (region_id, occurred_at desc, id desc);
create index audit_event_by_time on audit_event (occurred_at);

alter table audit_event enable row level security;
alter table audit_event force row level security;
create policy audit_event_read on audit_event for select to ${app_role}
    using (region_id = (select current_region_id())
           or ((select current_scope()) = 'platform-audit' and (select current_region_id()) is null));
grant select on audit_event to ${app_role};

-- The owner (the trigger and the functions below run as the owner) writes, reads and prunes every row.
do $$
begin
    execute format('create policy audit_event_owner_all on audit_event to %I using (true) with check (true)',
                   current_user);
end
$$;

-- A value for the log: a text longer than 1000 characters (a chapter, a long note) only as its length and hash.
create function audit_value(v jsonb) returns jsonb
    language sql immutable parallel safe
    as $$
    select case
               when jsonb_typeof(v) = 'string' and length(v #>> '{}') > 1000
                   then jsonb_build_object('length', length(v #>> '{}'),
                                           'sha256', encode(sha256(convert_to(v #>> '{}', 'UTF8')), 'hex'))
               else v
           end
    $$;

create function audit_values(row_json jsonb) returns jsonb
    language sql immutable parallel safe
    as $$ select coalesce(jsonb_object_agg(key, audit_value(value)), '{}'::jsonb) from jsonb_each(row_json) $$;

-- The trigger function: its arguments are the table's primary key columns (audit_attach passes them).
-- During the erasure of a region (app.erasing = that region) the rows go without any record: erase_region keeps one
-- summary row per table instead.
create function audit_row() returns trigger
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
        if region is not null and region = nullif(current_setting('app.erasing', true), '') then
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

-- Attaches the audit trigger to a table (later migrations call it for every new tenant table).
create function audit_attach(t regclass) returns void
    language plpgsql
    as $$
    declare
        keys text;
    begin
        select string_agg(quote_literal(a.attname), ', ' order by array_position(i.indkey, a.attnum)) into keys
          from pg_index i join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any (i.indkey)
         where i.indrelid = t and i.indisprimary;
        execute format('create trigger audit_row after insert or update or delete on %s'
                       || ' for each row execute function audit_row(%s)', t, coalesce(keys, ''));
    end
    $$;

-- Every table under row-level security, except the log itself, the activity logs that already are a log of what
-- happened, and per-person reading marks and preferences (no region's content).
do $$
declare
    t regclass;
begin
    for t in select c.oid::regclass
               from pg_class c join pg_namespace n on n.oid = c.relnamespace
              where n.nspname = current_schema() and c.relkind in ('r', 'p') and c.relrowsecurity
                and c.relname not in ('audit_event', 'region_activity', 'register_event', 'finding_read',
                                      'notification_seen', 'user_preference')
              order by c.relname
    loop
        perform audit_attach(t);
    end loop;
end
$$;

-- Retention: removes audit rows older than keep_days, at most once at a time across all instances (an advisory lock
-- for the transaction; an instance that does not get it removes nothing and returns -1).
create function audit_prune(keep_days integer) returns bigint
    language plpgsql security definer set search_path = public, pg_temp
    as $$
    declare
        removed bigint;
    begin
        if keep_days is null or keep_days < 1 then
            raise exception 'De bewaartermijn van het logboek is ten minste 1 dag.' using errcode = '22023';
        end if;
        if not pg_try_advisory_xact_lock(hashtext('audit_prune')) then
            return -1;
        end if;
        delete from audit_event where occurred_at < now() - make_interval(days => keep_days);
        get diagnostics removed = row_count;
        return removed;
    end
    $$;

revoke execute on function audit_prune(integer) from public;
grant execute on function audit_prune(integer) to ${app_role};
revoke execute on function audit_attach(regclass) from public;
