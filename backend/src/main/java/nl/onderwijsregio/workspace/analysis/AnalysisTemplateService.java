package nl.onderwijsregio.workspace.analysis;

import static nl.onderwijsregio.workspace.security.Role.Claim.CATALOGUE_ADMIN;

import jakarta.validation.Valid;
import java.util.List;
import nl.onderwijsregio.workspace.security.CurrentUser;
import nl.onderwijsregio.workspace.tenancy.Tenancy;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.validation.annotation.Validated;

/**
 * The national chapter template, kept by the catalogue maintainer. A changed template applies to editions started
 * after it; editions already started keep their chapters.
 */
@Service
@Validated
public class AnalysisTemplateService {

    static final int MAX_CHAPTERS = 40;

    private final Templates templates;
    private final Tenancy tenancy;
    private final CurrentUser currentUser;

    AnalysisTemplateService(Templates templates, Tenancy tenancy, CurrentUser currentUser) {
        this.templates = templates;
        this.tenancy = tenancy;
        this.currentUser = currentUser;
    }

    @PreAuthorize("isAuthenticated()")
    public List<TemplateChapter> chapters() {
        return tenancy.withoutRegion(templates::chapters);
    }

    /**
     * Replaces the template with {@code chapters} if it still is {@code opened} (what the maintainer started from):
     * two maintainers saving at once never silently overwrite each other; the second is told to reload.
     */
    @PreAuthorize("hasRole('" + CATALOGUE_ADMIN + "')")
    public List<TemplateChapter> replace(List<TemplateChapter> opened, List<@Valid TemplateChapter> chapters) {
        if (chapters.isEmpty() || chapters.size() > MAX_CHAPTERS) {
            throw new AnalysisRuleException("analysis.sjabloon-heeft-tot-hoofdstukken", MAX_CHAPTERS);
        }
        if (chapters.stream().filter(TemplateChapter::generated).count() != 1) {
            throw new AnalysisRuleException("analysis.sjabloon-heeft-precies-n");
        }
        String actor = currentUser.require().username();
        boolean replaced = tenancy.withoutRegion(() -> templates.replaceIfUnchanged(opened, chapters, actor));
        if (!replaced) {
            throw new AnalysisConflictException("analysis.iemand-anders-heeft-sjabloon");
        }
        return chapters();
    }
}
