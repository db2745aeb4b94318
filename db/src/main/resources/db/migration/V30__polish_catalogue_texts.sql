-- The seed text had the fund's abbreviation as "Vvpf" while its entries (and the fund itself) say "Vfpf": the
-- catalogue facets showed both. Databases loaded from the old seed get the corrected name (a maintainer's own rename
-- is kept).
update data_partner
   set name = 'Vervangingsfonds Participatiefonds (Vfpf)'
 where id = 'vfpf'
   and name = 'Vervangingsfonds Participatiefonds (Vvpf)';

-- The catalogue import logged its release in English ("145 entries added"); say it in Dutch, as the import now does.
update catalogue_change
   set summary = regexp_replace(summary, ': (\d+) partners, (\d+) entries added$', ': \1 datapartners en \2 bronnen toegevoegd')
 where action = 'RELEASE_IMPORTED'
   and summary ~ ': \d+ partners, \d+ entries added$';
