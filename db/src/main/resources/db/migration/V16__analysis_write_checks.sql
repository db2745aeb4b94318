-- Defence in depth for the analysis (review of issue 14): a row that belongs to a chapter or an analysis may only be
-- written for a chapter or analysis the region can read, i.e. its own. Foreign keys ignore row-level security, so
-- without these checks plain SQL could hang a version, evidence, a comment or a release on another region's
-- chapter or analysis (and skew that region's national numbers). The application never did; now it cannot.
drop policy analysis_chapter_version_own_region on analysis_chapter_version;
create policy analysis_chapter_version_own_region on analysis_chapter_version
    using (region_id = (select current_region_id()))
    with check (region_id = (select current_region_id())
                and exists (select 1 from analysis_chapter c where c.id = chapter_id));

drop policy analysis_evidence_own_region on analysis_evidence;
create policy analysis_evidence_own_region on analysis_evidence
    using (region_id = (select current_region_id()))
    with check (region_id = (select current_region_id())
                and exists (select 1 from analysis_chapter c where c.id = chapter_id));

drop policy analysis_comment_own_region on analysis_comment;
create policy analysis_comment_own_region on analysis_comment
    using (region_id = (select current_region_id()))
    with check (region_id = (select current_region_id())
                and exists (select 1 from analysis_chapter c where c.id = chapter_id));

drop policy analysis_release_write on analysis_release;
create policy analysis_release_write on analysis_release for insert
    with check (region_id = (select current_region_id())
                and exists (select 1 from analysis a where a.id = analysis_id));
