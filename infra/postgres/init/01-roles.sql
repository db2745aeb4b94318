-- Werkruimte Onderwijsregio's: the two database roles and the ownership of the database.
--
--   workspace_owner  owns the database and schema public; Flyway migrates as this role, so it owns every table.
--   workspace_app    the login role the application connects as: no superuser, no BYPASSRLS, owns nothing and only
--                    gets the GRANTs from the migrations. Row-level security always applies to it.
--
-- These are the same roles as the app's embedded PostgreSQL (DatabaseRoles.java) and the Testcontainers tests
-- (backend/src/test/resources/testing/roles.sql) create.
--
-- Run by psql, connected as a superuser (or an admin role with CREATEROLE that may SET ROLE to the owner) to the
-- workspace database. The postgres image runs it once, on an empty data volume (docker-entrypoint-initdb.d).
-- By hand against another server (psql 15 or newer, for \getenv):
--
--   WORKSPACE_OWNER_PASSWORD=... WORKSPACE_APP_PASSWORD=... \
--     psql -h HOST -U ADMIN -d workspace -f infra/postgres/init/01-roles.sql
--
-- Idempotent: an existing role is kept as it is (its password is not changed), but the script fails when the
-- application role could bypass row-level security. Role names can be changed with psql -v owner_role=... and
-- -v app_role=... (then set WORKSPACE_DB_APP_ROLE and SPRING_DATASOURCE_USERNAME to the same app role name).

\set ON_ERROR_STOP on

\if :{?owner_role}
\else
\set owner_role workspace_owner
\endif
\if :{?app_role}
\else
\set app_role workspace_app
\endif

-- Passwords from the environment; the defaults are for a local database only.
\set owner_password workspace_owner
\set app_password workspace_app
\getenv owner_password WORKSPACE_OWNER_PASSWORD
\getenv app_password WORKSPACE_APP_PASSWORD

-- Handed to the DO block below as session settings (psql variables are not expanded inside $$ ... $$).
set workspace.owner_role = :'owner_role';
set workspace.app_role = :'app_role';
set workspace.owner_password = :'owner_password';
set workspace.app_password = :'app_password';

do $$
declare
    owner_role     text := current_setting('workspace.owner_role');
    app_role       text := current_setting('workspace.app_role');
    owner_password text := current_setting('workspace.owner_password');
    app_password   text := current_setting('workspace.app_password');
begin
    if owner_role = app_role then
        raise exception 'The owner role and the application role must be two different roles (both are %).', app_role;
    end if;

    if not exists (select from pg_roles where rolname = owner_role) then
        if owner_password = '' then
            raise exception 'WORKSPACE_OWNER_PASSWORD is empty.';
        end if;
        execute format('create role %I login nosuperuser nobypassrls nocreatedb nocreaterole password %L',
                       owner_role, owner_password);
        raise notice 'Created the owner role %.', owner_role;
    end if;

    if not exists (select from pg_roles where rolname = app_role) then
        if app_password = '' then
            raise exception 'WORKSPACE_APP_PASSWORD is empty.';
        end if;
        -- No superuser, no BYPASSRLS, owns nothing: row-level security always applies to it.
        execute format('create role %I login nosuperuser nobypassrls nocreatedb nocreaterole password %L',
                       app_role, app_password);
        raise notice 'Created the application role %.', app_role;
    end if;

    -- Checks also for roles that existed before: the application role must never get around row-level security.
    if exists (select from pg_roles where rolname = app_role and (rolsuper or rolbypassrls)) then
        raise exception 'Role % is a superuser or has BYPASSRLS: row-level security would not apply to it.', app_role;
    end if;
    if pg_has_role(app_role, owner_role, 'MEMBER') then
        raise exception 'Role % is a member of the owner role %: it must not own or be able to alter the tables.',
                        app_role, owner_role;
    end if;

    execute format('alter database %I owner to %I', current_database(), owner_role);
    execute format('alter schema public owner to %I', owner_role);
end
$$;

reset workspace.owner_role;
reset workspace.app_role;
reset workspace.owner_password;
reset workspace.app_password;
