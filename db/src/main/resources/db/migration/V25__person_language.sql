-- The language a person chose in the workspace (issue 17): 'nl' or 'en'; null until they choose, and then the
-- language chosen on the Keycloak login page (the token's locale claim), else the browser's, applies.
-- user_preference keeps its row-level security of V13 (own person only) and stays out of the audit log (V22).
alter table user_preference add column language text check (language in ('nl', 'en'));
