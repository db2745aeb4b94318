-- Suggestions from regions for the shared catalogue: a new source or a correction of an entry.
-- A region sees its own suggestions and their outcome; the catalogue maintainer's queue sees all, but only inside a
-- transaction that the service opened with the 'catalogue-review' scope after checking the maintainer's role.
create function current_scope() returns text
    language sql stable parallel safe
    as $$ select nullif(current_setting('app.scope', true), '') $$;

grant execute on function current_scope() to ${app_role};

create table catalogue_suggestion (
    id              bigint generated always as identity primary key,
    region_id       text not null default current_region_id() references region (id),
    kind            text not null constraint catalogue_suggestion_kind check (kind in ('NEW', 'CORRECTION')),
    entry_id        text references catalogue_entry (id),
    proposal        text not null
                    constraint catalogue_suggestion_proposal_length check (length(btrim(proposal)) between 1 and 2000),
    suggested_by    text not null,
    suggested_at    timestamptz not null default now(),
    status          text not null default 'OPEN'
                    constraint catalogue_suggestion_status check (status in ('OPEN', 'ACCEPTED', 'DECLINED')),
    decided_by      text,
    decided_at      timestamptz,
    decision_note   text,
    applied_entry   text references catalogue_entry (id),
    constraint catalogue_suggestion_correction_has_entry check (kind = 'NEW' or entry_id is not null),
    constraint catalogue_suggestion_decline_has_reason
        check (status <> 'DECLINED' or length(btrim(coalesce(decision_note, ''))) > 0)
);

create index catalogue_suggestion_by_region on catalogue_suggestion (region_id, suggested_at desc);
create index catalogue_suggestion_open on catalogue_suggestion (status, suggested_at) where status = 'OPEN';

alter table catalogue_suggestion enable row level security;
alter table catalogue_suggestion force row level security;
create policy catalogue_suggestion_read on catalogue_suggestion for select
    using (region_id = current_region_id() or current_scope() = 'catalogue-review');
create policy catalogue_suggestion_submit on catalogue_suggestion for insert
    with check (region_id = current_region_id() and status = 'OPEN');
create policy catalogue_suggestion_review on catalogue_suggestion for update
    using (current_scope() = 'catalogue-review')
    with check (current_scope() = 'catalogue-review');
grant select, insert, update on catalogue_suggestion to ${app_role};
