-- The template's ABC chapters name their sub-themes (issue 14): a chapter is tied to catalogue themes and, within
-- Aantrekken, Behouden and Continueren, to sub-themes. Naming all of a theme's sub-themes covers the whole theme, as
-- naming none does; the names make the structure visible and are what a lead narrows. New editions only.
update analysis_template_chapter set sub_themes = '{"Werven","Matchen","Opleiden"}'
 where title = 'Aantrekken' and themes = '{"Aantrekken"}';
update analysis_template_chapter set sub_themes = '{"Begeleiden","Professionaliseren","Verzuim & werkgeluk"}'
 where title = 'Behouden' and themes = '{"Behouden"}';
update analysis_template_chapter set sub_themes = '{"Omgaan met schaarste"}'
 where title = 'Continueren' and themes = '{"Continueren"}';
