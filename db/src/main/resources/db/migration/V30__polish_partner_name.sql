-- The seed text had the fund's abbreviation as "Vvpf" while its entries (and the fund itself) say "Vfpf": the
-- catalogue facets showed both. Databases loaded from the old seed get the corrected name (a maintainer's own rename
-- is kept).
update data_partner
   set name = 'Vervangingsfonds Participatiefonds (Vfpf)'
 where id = 'vfpf'
   and name = 'Vervangingsfonds Participatiefonds (Vvpf)';
