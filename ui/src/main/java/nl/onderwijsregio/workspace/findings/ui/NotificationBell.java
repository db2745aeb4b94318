package nl.onderwijsregio.workspace.findings.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.UIScope;
import java.util.List;
import nl.onderwijsregio.workspace.findings.FindingService;
import nl.onderwijsregio.workspace.findings.Notification;
import nl.onderwijsregio.workspace.security.RegionAccess;
import nl.onderwijsregio.workspace.shell.HeaderPart;
import nl.onderwijsregio.workspace.shell.Moments;

/**
 * The bell in the header: how many findings were newly shared with the region and how many comments others placed on
 * the region's findings since the person last looked; opening it lists them and marks them seen.
 */
@SpringComponent
@UIScope
public class NotificationBell extends Div implements HeaderPart, AfterNavigationObserver {

    private final FindingService findings;
    private final RegionAccess access;
    private final Button bell = new Button(VaadinIcon.BELL_O.create());
    private final Span count = new Span();
    private final Div content = new Div();

    public NotificationBell(FindingService findings, RegionAccess access) {
        this.findings = findings;
        this.access = access;
        addClassName("notification-bell");
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        bell.setId("notification-bell");
        count.addClassName("bell-count");
        count.getElement().setAttribute("aria-hidden", "true");
        content.addClassName("notification-list");
        Popover popover = new Popover();
        popover.setTarget(bell);
        popover.setPosition(PopoverPosition.BOTTOM_END);
        popover.add(content);
        popover.setAriaLabelledBy("notifications-heading");
        popover.addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                fill();
                findings.markNotificationsSeen();
            } else {
                update();
            }
        });
        add(bell, count);
        add(popover);
        setVisible(access.member());
        update();
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        update();
    }

    private void update() {
        if (!access.member()) {
            setVisible(false);
            return;
        }
        setVisible(true);
        int unread = findings.unreadNotifications();
        count.setText(unread > 99 ? "99+" : String.valueOf(unread));
        count.setVisible(unread > 0);
        bell.setAriaLabel(
                unread == 0
                        ? getTranslation("notifications.none.label")
                        : getTranslation("notifications.unread.label", unread));
    }

    private void fill() {
        content.removeAll();
        H2 heading = new H2(getTranslation("notifications.title"));
        heading.setId("notifications-heading");
        content.add(heading);
        List<Notification> notifications = findings.notifications(15);
        if (notifications.isEmpty()) {
            content.add(new Paragraph(getTranslation("notifications.empty")));
        }
        for (Notification n : notifications) {
            String text = getTranslation(
                    n.kind() == Notification.Kind.NEW_FINDING ? "notifications.newFinding" : "notifications.comment",
                    n.who(),
                    n.findingTitle());
            RouterLink link = new RouterLink(text, FindingView.class, FindingView.params(n.findingId()));
            Div item = new Div(link, new Span(Moments.dateTime(n.at(), getLocale())));
            item.addClassName("notification");
            if (n.unread()) {
                item.addClassName("notification-unread");
            }
            content.add(item);
        }
    }

    @Override
    public Component component() {
        return this;
    }

    @Override
    public int order() {
        return 5;
    }
}
