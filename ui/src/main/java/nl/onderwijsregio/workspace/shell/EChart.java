package nl.onderwijsregio.workspace.shell;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;

/**
 * A chart drawn by ECharts, loaded as a static webjar (no frontend build): the option is ECharts' JSON. The element
 * is an image for assistive technology with a summary of the values as its label; always show the same numbers in a
 * table beside it.
 */
public class EChart extends Div {

    public static final String SCRIPT = "context://webjars/echarts/5.3.1/dist/echarts.min.js";
    private String option;

    public EChart(String option, String ariaLabel) {
        this.option = option;
        addClassName("echart");
        getElement().setAttribute("role", "img");
        getElement().setAttribute("aria-label", ariaLabel);
    }

    public String option() {
        return option;
    }

    /** Draws another option (and says what it shows). */
    public void setOption(String option, String ariaLabel) {
        this.option = option;
        getElement().setAttribute("aria-label", ariaLabel);
        draw();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI().getPage().addJavaScript(SCRIPT);
        draw();
    }

    private void draw() {
        if (!isAttached()) {
            return;
        }
        getElement().executeJs("""
                const el = this, option = JSON.parse($0);
                const draw = (tries) => {
                  if (!window.echarts) { if (tries > 0) setTimeout(() => draw(tries - 1), 100); return; }
                  (echarts.getInstanceByDom(el) || echarts.init(el)).setOption(option, true);
                  if (!el.$resizing && window.ResizeObserver) {
                    el.$resizing = new ResizeObserver(() => { const c = echarts.getInstanceByDom(el); if (c) c.resize(); });
                    el.$resizing.observe(el);
                  }
                };
                draw(100);""", option);
    }

    /** A JSON string literal. */
    public static String quote(String text) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '\u2028' || c == '\u2029') {
                        json.append("\\u%04x".formatted((int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"').toString();
    }
}
