-- Several app instances on one database (issue 19). Neither table holds region or person data.

-- Jobs that must run once however many instances run them (the retention watch): an instance runs a job only when
-- it moves locked_until forward from the past, by the database's clock, so a second instance that fires moments later
-- (its clock a little behind, its scheduler busy) finds the lock taken and skips. After the run the lock stays until
-- locked_at + the job's minimum interval.
create table scheduled_job_lock (
    job          text primary key,
    locked_until timestamptz not null,
    locked_at    timestamptz not null,
    instance     text        not null
);

grant select, insert, update on scheduled_job_lock to ${app_role};

-- OIDC back-channel logout: Keycloak tells one instance that a login session (sid) ended; every instance ends its
-- own HTTP sessions of that sid when they next make a request. Rows older than the longest app session are removed.
create table oidc_session_end (
    sid      text primary key,
    ended_at timestamptz not null default now()
);

grant select, insert, update, delete on oidc_session_end to ${app_role};
