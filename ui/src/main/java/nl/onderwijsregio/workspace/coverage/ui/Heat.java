package nl.onderwijsregio.workspace.coverage.ui;

import com.vaadin.flow.component.HasStyle;

/**
 * The shade of a matrix cell by the share of a theme's sources a region has in its register: dark text on the light
 * shades, white text only on the dark ones (every pair at least 4.5:1, WCAG AA).
 */
enum Heat {
    NONE(0, "#f4f6f9", "#1b2733"),
    LOW(1, "#dde7f3", "#1b2733"),
    MEDIUM(25, "#a9c4e4", "#1b2733"),
    HIGH(50, "#3d6fa8", "#ffffff"),
    FULL(75, "#154273", "#ffffff");

    private final int from;
    private final String background;
    private final String text;

    Heat(int from, String background, String text) {
        this.from = from;
        this.background = background;
        this.text = text;
    }

    static Heat of(int percent) {
        Heat heat = NONE;
        for (Heat h : values()) {
            if (percent >= h.from && (h != NONE || percent == 0)) {
                heat = h;
            }
        }
        return heat;
    }

    int from() {
        return from;
    }

    /** The lowest percentage of the next shade minus one, or 100. */
    int to() {
        return ordinal() + 1 < values().length ? values()[ordinal() + 1].from - 1 : 100;
    }

    String background() {
        return background;
    }

    String text() {
        return text;
    }

    void paint(HasStyle component) {
        component.getStyle().setBackground(background).setColor(text);
    }
}
