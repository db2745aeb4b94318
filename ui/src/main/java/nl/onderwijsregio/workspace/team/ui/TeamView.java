package nl.onderwijsregio.workspace.team.ui;

import static nl.onderwijsregio.workspace.security.Role.Claim.PLATFORM_ADMIN;
import static nl.onderwijsregio.workspace.security.Role.Claim.REGIO_LEAD;
import static nl.onderwijsregio.workspace.security.Role.Claim.REGIO_MEMBER;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import nl.onderwijsregio.workspace.regions.Region;
import nl.onderwijsregio.workspace.regions.RegionService;
import nl.onderwijsregio.workspace.security.CurrentUser;
import nl.onderwijsregio.workspace.security.Role;
import nl.onderwijsregio.workspace.shell.Dialogs;
import nl.onderwijsregio.workspace.shell.Moments;
import nl.onderwijsregio.workspace.shell.Translations;
import nl.onderwijsregio.workspace.team.TeamMember;
import nl.onderwijsregio.workspace.team.TeamRole;
import nl.onderwijsregio.workspace.team.TeamRuleException;
import nl.onderwijsregio.workspace.team.TeamService;
import org.jspecify.annotations.Nullable;

/**
 * Team: the region's members with role, since when and last active. The lead invites, changes roles and removes
 * (after a confirmation); members read; the platform administrator picks any region and does what the lead does.
 */
@Route("team")
@RolesAllowed({REGIO_LEAD, REGIO_MEMBER, PLATFORM_ADMIN})
public class TeamView extends VerticalLayout implements HasDynamicTitle {

    private final TeamService team;
    private final boolean platform;
    private final ComboBox<Region> region = new ComboBox<>();
    private final Grid<TeamMember> current = new Grid<>();
    private final Grid<TeamMember> former = new Grid<>();
    private final Grid.Column<TeamMember> roleColumn;
    private final H2 formerTitle = new H2();
    private final Div problem = new Div();
    private final InviteForm invite;

    public TeamView(TeamService team, RegionService regions, CurrentUser currentUser) {
        this.team = team;
        this.platform = currentUser.get().map(u -> u.has(Role.PLATFORM_ADMIN)).orElse(false);
        addClassName("page");
        add(new H1(getTranslation("team.title")), new Paragraph(getTranslation("team.intro")));
        region.setLabel(getTranslation("team.region"));
        region.setItems(platform ? regions.allRegions() : List.of());
        region.setItemLabelGenerator(Region::name);
        region.setVisible(platform);
        region.setId("team-region");
        region.addValueChangeListener(e -> refresh());
        problem.setId("team-problem");
        problem.addClassName("field-error");
        problem.getElement().setAttribute("role", "alert");

        invite = new InviteForm(this::invite);
        current.setId("team-members");
        current.setAriaLabel(getTranslation("team.members"));
        // fits the width (1280 px and less beside the menu): cells wrap, names and addresses share what is left over
        // after the dates and the actions; on a phone the grid scrolls within itself, never the page
        current.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        current.addColumn(TeamMember::name)
                .setHeader(getTranslation("team.name"))
                .setWidth("8rem")
                .setFlexGrow(1);
        current.addColumn(m -> m.email() == null ? "" : m.email())
                .setHeader(getTranslation("team.email"))
                .setWidth("9rem")
                .setFlexGrow(1);
        roleColumn = current.addColumn(m -> getTranslation("team.role." + m.role()))
                .setHeader(getTranslation("team.role"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        current.addColumn(m -> Moments.date(m.since(), getLocale()))
                .setHeader(getTranslation("team.since"))
                .setWidth("7.5rem")
                .setFlexGrow(0);
        current.addColumn(m -> m.lastActive() == null
                        ? getTranslation("team.never")
                        : Moments.dateTime(m.lastActive(), getLocale()))
                .setHeader(getTranslation("team.last-active"))
                .setWidth("8rem")
                .setFlexGrow(0);
        current.addComponentColumn(this::actions)
                .setHeader(getTranslation("team.actions"))
                .setWidth("18rem")
                .setFlexGrow(0);
        current.setAllRowsVisible(true);

        former.setId("team-former");
        former.setAriaLabel(getTranslation("team.former"));
        former.addColumn(TeamMember::name)
                .setHeader(getTranslation("team.name"))
                .setAutoWidth(true);
        former.addColumn(m -> Moments.date(m.since(), getLocale()))
                .setHeader(getTranslation("team.since"))
                .setAutoWidth(true);
        former.addColumn(m -> Moments.date(m.removedAt(), getLocale()))
                .setHeader(getTranslation("team.removed"))
                .setAutoWidth(true);
        former.setAllRowsVisible(true);
        formerTitle.setText(getTranslation("team.former"));

        add(region, problem, invite, new H2(getTranslation("team.members")), current, formerTitle, former);
        refresh();
    }

    private @Nullable String chosenRegion() {
        return platform && region.getValue() != null ? region.getValue().id() : null;
    }

    private boolean regionChosen() {
        return !platform || region.getValue() != null;
    }

    void refresh() {
        problem.setText("");
        boolean chosen = regionChosen();
        boolean manage = chosen && team.mayManage(chosenRegion());
        invite.setVisible(manage);
        current.getColumns().getLast().setVisible(manage);
        roleColumn.setVisible(!manage); // who manages changes the role in the actions column, which shows it
        if (!chosen) {
            current.setItems(List.of());
            former.setItems(List.of());
            formerTitle.setVisible(false);
            former.setVisible(false);
            return;
        }
        try {
            List<TeamMember> all = team.team(chosenRegion());
            current.setItems(all.stream().filter(TeamMember::current).toList());
            List<TeamMember> gone = all.stream().filter(m -> !m.current()).toList();
            former.setItems(gone);
            formerTitle.setVisible(!gone.isEmpty());
            former.setVisible(!gone.isEmpty());
        } catch (TeamRuleException e) {
            problem.setText(Translations.explain(e, getLocale()));
        }
    }

    private HorizontalLayout actions(TeamMember member) {
        Select<TeamRole> role = new Select<>();
        role.setItems(TeamRole.values());
        role.setItemLabelGenerator(r -> getTranslation("team.role." + r));
        role.setValue(member.role());
        role.setAriaLabel(getTranslation("team.change-role", member.name()));
        role.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                attempt(
                        () -> team.changeRole(chosenRegion(), member.username(), e.getValue()),
                        getTranslation("team.role-changed", member.name()));
            }
        });
        Button remove = new Button(getTranslation("team.remove"), e -> confirmRemoval(member));
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        remove.setAriaLabel(getTranslation("team.remove-who", member.name()));
        remove.addClassName("team-remove");
        role.setWidth("8rem");
        HorizontalLayout actions = new HorizontalLayout(role, remove);
        actions.setWrap(true);
        actions.setSpacing(false);
        actions.addClassName("team-actions");
        return actions;
    }

    private void confirmRemoval(TeamMember member) {
        ConfirmDialog confirm = new ConfirmDialog(
                getTranslation("team.remove.title", member.name()),
                getTranslation("team.remove.text", member.name()),
                getTranslation("team.remove.confirm"),
                e -> attempt(
                        () -> team.remove(chosenRegion(), member.username()),
                        getTranslation("team.removed-who", member.name())));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("team.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        Dialogs.identify(confirm, "team-remove-confirm");
        confirm.open();
    }

    private boolean invite(TeamService.Invitation invitation) {
        try {
            TeamMember added = team.invite(chosenRegion(), invitation);
            Notification.show(getTranslation("team.invited", added.name(), invitation.email()));
            refresh();
            return true;
        } catch (TeamRuleException e) {
            invite.showError(e.key(), Translations.explain(e, getLocale()));
            return false;
        }
    }

    private void attempt(Runnable change, String done) {
        try {
            change.run();
            Notification.show(done);
        } catch (TeamRuleException e) {
            problem.setText(Translations.explain(e, getLocale()));
            return;
        }
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("team.title");
    }
}
