package nl.onderwijsregio.workspace.shell;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import nl.onderwijsregio.workspace.messages.Language;

/**
 * Nederlands / English: a button named in the other language's own words (with its {@code lang}), as language
 * menus do; choosing it stores the choice and shows the page again in that language.
 */
public class LanguageSwitch extends Button {

    public LanguageSwitch(SessionLanguage sessionLanguage) {
        Language other = Language.of(getLocale()) == Language.NL ? Language.EN : Language.NL;
        addClassName("language-switch");
        setId("language-switch");
        setText(getTranslation("language.name." + other.tag()));
        getElement().setAttribute("lang", other.tag());
        getElement().setAttribute("title", getTranslation("language.switch.to." + other.tag()));
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addClickListener(e -> sessionLanguage.choose(getUI().orElseThrow(), other));
    }
}
