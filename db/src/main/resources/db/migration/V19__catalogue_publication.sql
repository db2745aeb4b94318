-- What the public DCAT-AP-NL 3.0 feed needs of a data partner and the catalogue maintainer fills in (issue 18):
-- the organisation's persistent IRI (TOOI/OWMS where the organisation is listed there), a public contact address,
-- and the licence under which the partner publishes its data. data_partner is a public national list without
-- region or person data (no row-level security, as in V4).
alter table data_partner
    add column organisation_iri text
        constraint data_partner_organisation_iri_is_http check (organisation_iri is null or organisation_iri ~ '^https?://\S+$'),
    add column contact_email text
        constraint data_partner_contact_email_is_address
            check (contact_email is null or contact_email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$'),
    add column licence text
        constraint data_partner_licence_is_http check (licence is null or licence ~ '^https?://\S+$');

-- CBS publishes its StatLine open data under CC BY 4.0 (the licence as listed in the DONL licence list). A fresh
-- database gets it from the curated catalogue file at import.
update data_partner
set licence = 'http://creativecommons.org/licenses/by/4.0/deed.nl'
where id = 'cbs' and licence is null;
