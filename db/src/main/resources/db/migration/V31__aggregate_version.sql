-- The data version of the national aggregates (issue 22). Each app instance caches the aggregates of the
-- Realisatie-Eenheid's overview (coverage_…() functions) with the version they were computed at, and recomputes when
-- the version differs: one cheap read per request, correct across instances without any message between them.
--
-- Every write to a table the aggregates read bumps the version in the writing transaction, so the new version and
-- the new rows become visible together. The bump runs at commit (a deferred constraint trigger) and once per
-- transaction: the row lock on the single version row is held only for the commit itself, so writers of different
-- regions do not wait for each other's whole transactions, and a transaction that waits for the lock has no other
-- lock left to take (no deadlock). The app reads the version before it computes an aggregate; a write that commits
-- in between makes the cached answer look older than it is (recomputed next time), never newer.
create table aggregate_version (
    id      boolean primary key default true check (id),
    version bigint  not null
);
comment on table aggregate_version is
    'One row: the version of the data behind the national aggregates, bumped by every write to their tables.';
insert into aggregate_version (id, version) values (true, 1);
grant select on aggregate_version to ${app_role};

create function aggregate_version_bump() returns trigger
    language plpgsql security definer set search_path = public, pg_temp
    as $$
    begin
        -- once per transaction: the first of its deferred events bumps, the others find the mark
        if current_setting('app.aggregate_bumped', true) is distinct from pg_current_xact_id()::text then
            perform set_config('app.aggregate_bumped', pg_current_xact_id()::text, true);
            update aggregate_version set version = version + 1 where id;
        end if;
        return null;
    end
    $$;
revoke all on function aggregate_version_bump() from public;

do $$
declare
    t text;
begin
    foreach t in array array['region', 'register_entry', 'catalogue_entry', 'data_partner', 'finding', 'priority',
                             'analysis', 'analysis_chapter', 'analysis_evidence', 'analysis_release']
    loop
        execute format('create constraint trigger %I after insert or update or delete on %I'
                       ' deferrable initially deferred for each row execute function aggregate_version_bump()',
                       t || '_aggregate_version', t);
    end loop;
end
$$;
