package nl.onderwijsregio.workspace.team.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Predicate;
import nl.onderwijsregio.workspace.team.TeamRole;
import nl.onderwijsregio.workspace.team.TeamService;

/** Invite a colleague: e-mail address, name and role; errors at the field they concern. */
class InviteForm extends Div {

    private final EmailField email = new EmailField();
    private final TextField firstName = new TextField();
    private final TextField lastName = new TextField();
    private final RadioButtonGroup<TeamRole> role = new RadioButtonGroup<>();

    InviteForm(Predicate<TeamService.Invitation> onInvite) {
        setId("team-invite");
        addClassName("team-invite");
        email.setLabel(getTranslation("team.invite.email"));
        email.setId("invite-email");
        email.setRequiredIndicatorVisible(true);
        firstName.setLabel(getTranslation("team.invite.first-name"));
        firstName.setId("invite-first-name");
        lastName.setLabel(getTranslation("team.invite.last-name"));
        lastName.setId("invite-last-name");
        role.setLabel(getTranslation("team.role"));
        role.setItems(TeamRole.values());
        role.setItemLabelGenerator(r -> getTranslation("team.role." + r));
        role.setValue(TeamRole.MEMBER);
        role.setId("invite-role");
        Button send = new Button(getTranslation("team.invite.send"), e -> {
            clearErrors();
            TeamService.Invitation invitation = new TeamService.Invitation(
                    email.getValue(),
                    firstName.getValue(),
                    lastName.getValue(),
                    role.getValue() == null ? TeamRole.MEMBER : role.getValue());
            if (onInvite.test(invitation)) {
                email.clear();
                firstName.clear();
                lastName.clear();
                role.setValue(TeamRole.MEMBER);
                clearErrors(); // emptied for the next one, not wrong: the required address is not flagged
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("invite-send");
        add(new H2(getTranslation("team.invite.title")), email, firstName, lastName, role, send);
    }

    /** Shows the message at its field (the e-mail address unless it is about the name). */
    void showError(String key, String message) {
        if (key.equals("team.error.name")) {
            (firstName.isEmpty() ? firstName : lastName).setErrorMessage(message);
            (firstName.isEmpty() ? firstName : lastName).setInvalid(true);
        } else {
            email.setErrorMessage(message);
            email.setInvalid(true);
        }
    }

    private void clearErrors() {
        email.setInvalid(false);
        firstName.setInvalid(false);
        lastName.setInvalid(false);
    }
}
