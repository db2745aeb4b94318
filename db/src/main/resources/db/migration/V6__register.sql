-- The register of obtained closed data (gesloten data): per region, what was asked of whom, under which agreement,
-- kept until when, and when its deletion was confirmed. Metadata about the data only, never the data itself (AVG).
-- Rows are never deleted by the application (soft delete); register_event keeps the history of every entry.
create table register_entry (
    id                     bigint generated always as identity primary key,
    region_id              text not null default current_region_id() references region (id),
    catalogue_entry_id     text references catalogue_entry (id),
    source_text            text
                           constraint register_entry_source_text_length check (length(source_text) <= 500),
    what                   text not null
                           constraint register_entry_what_length check (length(btrim(what)) between 1 and 2000),
    granularity            text constraint register_entry_granularity_length check (length(granularity) <= 200),
    period                 text constraint register_entry_period_length check (length(period) <= 200),
    holder_kind            text not null
                           constraint register_entry_holder_kind check (holder_kind in ('BESTUUR', 'VFPF', 'DUO',
                               'CBS', 'LERARENOPLEIDING', 'KINDEROPVANG', 'GEMEENTE', 'REGIONAAL_LOKET', 'OTHER')),
    holder_name            text not null
                           constraint register_entry_holder_name_length check (length(btrim(holder_name)) between 1 and 300),
    bestuursnummer         text constraint register_entry_bestuursnummer_digits check (bestuursnummer ~ '^[0-9]{1,10}$'),
    status                 text not null default 'GEWENST'
                           constraint register_entry_status check (status in ('GEWENST', 'AANGEVRAAGD', 'ONTVANGEN',
                               'AFGEWEZEN', 'INGETROKKEN', 'VERWIJDERD')),
    requested_on           date,
    received_on            date,
    closed_on              date,
    agreement_type         text
                           constraint register_entry_agreement_type check (agreement_type in ('VERWERKERSOVEREENKOMST',
                               'GEGEVENSDELINGSOVEREENKOMST', 'NIET_NODIG_GEAGGREGEERD', 'OTHER')),
    agreement_reference    text constraint register_entry_agreement_reference_length check (length(agreement_reference) <= 300),
    agreement_signed_on    date,
    legal_basis            text constraint register_entry_legal_basis_length check (length(legal_basis) <= 1000),
    retention_until        date,
    deletion_confirmed_on  date,
    deletion_confirmed_by  text,
    contact_name           text constraint register_entry_contact_name_length check (length(contact_name) <= 200),
    contact_role           text constraint register_entry_contact_role_length check (length(contact_role) <= 200),
    notes                  text constraint register_entry_notes_length check (length(notes) <= 4000),
    overdue                boolean not null default false,
    deleted                boolean not null default false,
    revision               integer not null default 1,
    created_at             timestamptz not null default now(),
    created_by             text not null,
    updated_at             timestamptz not null default now(),
    updated_by             text not null,
    constraint register_entry_has_source
        check (catalogue_entry_id is not null or length(btrim(coalesce(source_text, ''))) > 0),
    constraint register_entry_retention_after_receipt
        check (retention_until is null or received_on is null or retention_until >= received_on),
    constraint register_entry_received_after_request
        check (received_on is null or requested_on is null or received_on >= requested_on)
);

create index register_entry_by_region_status on register_entry (region_id, status) where not deleted;
create index register_entry_by_region_retention on register_entry (region_id, retention_until) where not deleted;
create index register_entry_by_region_catalogue on register_entry (region_id, catalogue_entry_id) where not deleted;

alter table register_entry enable row level security;
alter table register_entry force row level security;
create policy register_entry_own_region on register_entry
    using (region_id = current_region_id())
    with check (region_id = current_region_id());
grant select, insert, update on register_entry to ${app_role};

-- What happened to a register entry, oldest first: who, when, which action, the status before and after.
create table register_event (
    id          bigint generated always as identity primary key,
    entry_id    bigint not null references register_entry (id),
    region_id   text not null default current_region_id() references region (id),
    at          timestamptz not null default now(),
    actor       text not null,
    action      text not null,
    from_status text,
    to_status   text,
    summary     text not null default ''
                constraint register_event_summary_length check (length(summary) <= 1000)
);

create index register_event_by_region_entry on register_event (region_id, entry_id, at);

alter table register_event enable row level security;
alter table register_event force row level security;
create policy register_event_own_region on register_event
    using (region_id = current_region_id())
    with check (region_id = current_region_id());
grant select, insert on register_event to ${app_role};
