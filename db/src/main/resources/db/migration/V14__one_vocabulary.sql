-- One vocabulary (issue 13): the catalogue, findings and priorities share one list of sectors and one list of themes
-- (the backend's themes package).
--
-- Sectors: the catalogue's HBO and WO become HO, the sector findings and priorities already use for higher education
-- and teacher training; every sector array now only holds the six sectors.
update catalogue_entry
   set sectors = array(select distinct case when s in ('HBO', 'WO') then 'HO' else s end
                         from unnest(sectors) as s order by 1)
 where sectors && array['HBO', 'WO']::text[];

alter table catalogue_entry add constraint catalogue_entry_sectors_known
    check (sectors <@ array['PO', 'SO', 'VO', 'MBO', 'HO', 'KINDEROPVANG']::text[]);
alter table finding add constraint finding_sectors_known
    check (sectors <@ array['PO', 'SO', 'VO', 'MBO', 'HO', 'KINDEROPVANG']::text[]);

-- Themes: a priority is about an ABC sub-theme or one of the themes of the regional context. Those were sub-themes of
-- a theme CONTEXT that no other part of the workspace knew; they are themes of their own now, without a sub-theme.
alter table priority drop constraint priority_theme_and_sub_theme;
alter table priority alter column sub_theme drop not null;
update priority set theme = sub_theme, sub_theme = null where theme = 'CONTEXT';
alter table priority add constraint priority_theme_and_sub_theme check ((theme, coalesce(sub_theme, '')) in (
    ('AANTREKKEN', 'WERVEN'), ('AANTREKKEN', 'MATCHEN'), ('AANTREKKEN', 'OPLEIDEN'),
    ('BEHOUDEN', 'BEGELEIDEN'), ('BEHOUDEN', 'PROFESSIONALISEREN'), ('BEHOUDEN', 'VERZUIM_WERKGELUK'),
    ('CONTINUEREN', 'OMGAAN_MET_SCHAARSTE'),
    ('REGIONALE_CONTEXT', ''), ('KANSENGELIJKHEID', ''), ('ONDERWIJSKWALITEIT', '')));
