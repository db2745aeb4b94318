package nl.onderwijsregio.workspace.shell;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Corrections to what Vaadin itself renders, made once for every browser tab (the welcome page included), so
 * that no screen has to think of them:
 *
 * <ul>
 *   <li>Flow puts its {@code vaadin-connection-indicator} (the loading bar and "connection lost" messages) straight
 *       into {@code <body>}, outside every landmark (axe {@code region}). It is a status message, so it gets {@code
 *       role="status"}: a live region needs no landmark, and a screen reader hears "connection lost".
 *   <li>{@code vaadin-tabs} (also inside {@code TabSheet}) has a focusable scroll container ({@code div[tabindex]}) in
 *       its shadow DOM between the {@code tablist} and its tabs, which is not an allowed child of a tablist (axe
 *       {@code aria-required-children}, critical). The tabs themselves keep their roving tabindex and arrow keys, so
 *       the container loses its tabindex, in every tab strip present or added later (dialogs included).
 *   <li>{@code vaadin-confirm-dialog} renders its header as a {@code <header>} (outside {@code <main>} a second
 *       banner landmark: axe {@code landmark-no-duplicate-banner}) and its buttons in a {@code <footer
 *       role="toolbar">} (a role a footer may not have: axe {@code aria-allowed-role}). Inside the alert dialog both
 *       become plain groups.
 *   <li>When a dialog closes and the focus is nowhere (on the page body, or still in the closed dialog), it goes back
 *       to what had it before the dialog took it, usually the button that opened it (WCAG 2.4.3, focus order): a
 *       keyboard user goes on where they were.
 * </ul>
 */
@Component
class AccessibilityPatches implements VaadinServiceInitListener {

    static final String SCRIPT = """
            let tries = 0;
            const mark = () => {
              const indicator = document.querySelector('vaadin-connection-indicator');
              if (indicator) {
                indicator.setAttribute('role', 'status');
              } else if (tries++ < 50) {
                setTimeout(mark, 100);
              }
            };
            mark();
            if (!window.__workspaceTabsPatched) {
              window.__workspaceTabsPatched = true;
              const untab = tabs => {
                const apply = () => tabs.shadowRoot
                    && tabs.shadowRoot.querySelectorAll('[tabindex]').forEach(e => e.removeAttribute('tabindex'));
                apply();
                Promise.resolve(tabs.updateComplete).then(apply);
              };
              const confirmGroups = dialog => {
                const apply = () => {
                  const overlay = dialog.shadowRoot && dialog.shadowRoot.querySelector('#overlay');
                  const root = overlay && overlay.shadowRoot;
                  if (!root) return false;
                  root.querySelectorAll('header[part="header"], footer[part="footer"]')
                      .forEach(e => e.setAttribute('role', 'group'));
                  return true;
                };
                const soon = () => {
                  let tries = 0;
                  const retry = () => { if (!apply() && tries++ < 40) setTimeout(retry, 50); };
                  setTimeout(retry, 0);
                };
                soon();
                dialog.addEventListener('opened-changed', soon);
              };
              const watch = (name, fix) => customElements.whenDefined(name).then(() => {
                document.querySelectorAll(name).forEach(fix);
                new MutationObserver(records => records.forEach(r => r.addedNodes.forEach(n => {
                  if (n.nodeType !== 1) return;
                  if (n.localName === name) fix(n);
                  n.querySelectorAll(name).forEach(fix);
                }))).observe(document.body, {childList: true, subtree: true});
              });
              watch('vaadin-confirm-dialog', confirmGroups);
              let lastFocus = null;
              const DIALOGS = 'vaadin-dialog, vaadin-confirm-dialog';
              document.addEventListener('focusin', e => {
                const target = e.target;
                const dialog = target && target.closest ? target.closest(DIALOGS) : null;
                if (dialog && !dialog.__opener && lastFocus && !dialog.contains(lastFocus)) {
                  dialog.__opener = lastFocus;
                }
                lastFocus = target;
              }, true);
              new MutationObserver(records => records.forEach(r => {
                const dialog = r.target;
                if (!dialog.matches || !dialog.matches(DIALOGS) || dialog.hasAttribute('opened')) return;
                const opener = dialog.__opener;
                dialog.__opener = null;
                if (!opener) return;
                setTimeout(() => {
                  const active = document.activeElement;
                  if (opener.isConnected && (!active || active === document.body || dialog.contains(active))) {
                    opener.focus();
                  }
                }, 0);
              })).observe(document.body, {subtree: true, attributes: true, attributeFilter: ['opened']});
              customElements.whenDefined('vaadin-tabs').then(() => {
                document.querySelectorAll('vaadin-tabs').forEach(untab);
                new MutationObserver(records => records.forEach(r => r.addedNodes.forEach(n => {
                  if (n.nodeType !== 1) return;
                  if (n.localName === 'vaadin-tabs') untab(n);
                  n.querySelectorAll('vaadin-tabs').forEach(untab);
                }))).observe(document.body, {childList: true, subtree: true});
              });
            }""";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().getPage().executeJs(SCRIPT));
    }
}
