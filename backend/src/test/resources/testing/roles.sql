-- The two roles of production, for a Testcontainers PostgreSQL (the embedded one creates them itself).
create role workspace_owner login password 'workspace_owner';
create role workspace_app login nosuperuser nobypassrls password 'workspace_app';
alter database workspace owner to workspace_owner;
alter schema public owner to workspace_owner;
