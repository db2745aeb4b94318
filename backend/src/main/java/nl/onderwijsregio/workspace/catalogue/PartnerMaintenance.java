package nl.onderwijsregio.workspace.catalogue;

import static nl.onderwijsregio.workspace.security.Role.Claim.CATALOGUE_ADMIN;

import jakarta.validation.Valid;
import nl.onderwijsregio.workspace.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import tools.jackson.databind.json.JsonMapper;

/** Keeping the data partners current, for the catalogue maintainer only; partners are retired, never deleted. */
@Service
@Validated
@Transactional
@PreAuthorize("hasRole('" + CATALOGUE_ADMIN + "')")
public class PartnerMaintenance {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final DataPartners partners;
    private final CatalogueChanges changes;
    private final CurrentUser currentUser;

    PartnerMaintenance(DataPartners partners, CatalogueChanges changes, CurrentUser currentUser) {
        this.partners = partners;
        this.changes = changes;
        this.currentUser = currentUser;
    }

    public DataPartner update(String id, @Valid PartnerChange change) {
        DataPartner before = existing(id);
        partners.update(id, change, currentUser.actorName());
        changes.record(
                currentUser.actorName(),
                "partner:" + id,
                "PARTNER_CHANGED",
                change.name(),
                JSON.writeValueAsString(PartnerChange.of(before)),
                JSON.writeValueAsString(change));
        return existing(id);
    }

    public DataPartner setRetired(String id, boolean retired) {
        existing(id);
        partners.setRetired(id, retired, currentUser.actorName());
        changes.record(
                currentUser.actorName(),
                "partner:" + id,
                retired ? "PARTNER_RETIRED" : "PARTNER_REINSTATED",
                "",
                null,
                null);
        return existing(id);
    }

    private DataPartner existing(String id) {
        return partners.byId(id)
                .orElseThrow(() -> new CatalogueConflictException("catalogue.onbekende-datapartner", id));
    }
}
