package nl.onderwijsregio.workspace.regions.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.Supplier;
import nl.onderwijsregio.workspace.regions.Region;
import nl.onderwijsregio.workspace.regions.RegionAdministration;
import nl.onderwijsregio.workspace.regions.RegionKind;
import nl.onderwijsregio.workspace.regions.RegionRuleException;
import nl.onderwijsregio.workspace.shell.Dialogs;
import nl.onderwijsregio.workspace.shell.Translations;

/** The small forms of Beheer: a new region, a new name, a new neighbour pair. Rule errors stay in the dialog. */
final class RegionDialogs {

    private RegionDialogs() {}

    static void create(RegionAdministration administration, Runnable onDone) {
        Dialog dialog = Dialogs.identify(new Dialog(), "admin-new-region");
        TextField id = new TextField(dialog.getTranslation("region.id"));
        id.setHelperText(dialog.getTranslation("admin.region.id.help"));
        id.setRequired(true);
        TextField name = new TextField(dialog.getTranslation("region.name"));
        name.setRequired(true);
        RadioButtonGroup<RegionKind> kind = new RadioButtonGroup<>(dialog.getTranslation("region.kind"));
        kind.setItems(RegionKind.values());
        kind.setItemLabelGenerator(k -> dialog.getTranslation("region.kind." + k.name()));
        kind.setValue(RegionKind.GEOGRAPHIC);
        open(
                dialog,
                "admin.region.new",
                new FormLayout(id, name, kind),
                onDone,
                () -> administration.create(id.getValue(), name.getValue(), kind.getValue()),
                () -> dialog.getTranslation(
                        "admin.region.created", name.getValue().strip()));
    }

    static void rename(RegionAdministration administration, Region region, Runnable onDone) {
        Dialog dialog = Dialogs.identify(new Dialog(), "admin-rename-region");
        TextField name = new TextField(dialog.getTranslation("region.name"), region.name(), "");
        name.setRequired(true);
        open(
                dialog,
                "admin.region.rename",
                new FormLayout(name),
                onDone,
                () -> administration.rename(region.id(), name.getValue()),
                () -> dialog.getTranslation(
                        "admin.region.renamed", name.getValue().strip()));
    }

    static void pair(RegionAdministration administration, List<Region> regions, Runnable onDone) {
        Dialog dialog = Dialogs.identify(new Dialog(), "admin-new-pair");
        List<Region> geographic = regions.stream()
                .filter(r -> r.kind() == RegionKind.GEOGRAPHIC && r.active())
                .toList();
        ComboBox<Region> first = new ComboBox<>(dialog.getTranslation("admin.pair.first"), geographic);
        ComboBox<Region> second = new ComboBox<>(dialog.getTranslation("admin.pair.second"), geographic);
        first.setItemLabelGenerator(Region::name);
        second.setItemLabelGenerator(Region::name);
        open(
                dialog,
                "admin.pair.new",
                new FormLayout(first, second),
                onDone,
                () -> {
                    if (first.isEmpty() || second.isEmpty()) {
                        throw new RegionRuleException(dialog.getTranslation("admin.pair.choose"));
                    }
                    return administration.addNeighbours(
                            first.getValue().id(), second.getValue().id());
                },
                () -> dialog.getTranslation(
                        "admin.pair.created",
                        first.getValue().name(),
                        second.getValue().name()));
    }

    private static void open(
            Dialog dialog,
            String titleKey,
            FormLayout form,
            Runnable onDone,
            Supplier<?> save,
            Supplier<String> confirmation) {
        dialog.setHeaderTitle(dialog.getTranslation(titleKey));
        Paragraph error = new Paragraph();
        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        dialog.add(form, error);
        Button ok = new Button(dialog.getTranslation("action.save"), e -> {
            try {
                save.get();
                dialog.close();
                onDone.run();
                Notification.show(confirmation.get(), 4000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (RegionRuleException rule) {
                error.setText(Translations.explain(
                        rule, dialog.getUI().map(ui -> ui.getLocale()).orElse(Translations.DUTCH)));
                error.setVisible(true);
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(dialog.getTranslation("action.cancel"), e -> dialog.close()), ok);
        dialog.setWidth("min(32rem, 95vw)");
        dialog.open();
    }
}
