package nl.onderwijsregio.workspace.keycloak;

import java.util.List;
import java.util.Map;

/**
 * Server options every Keycloak of the workspace runs with: the dev server ({@link KeycloakDevServer}), the
 * production-mode check and the Keycloak resource of the Kubernetes setup ({@code infra/k8s/base/keycloak}, whose
 * {@code additionalOptions} a test compares with {@link #OPTIONS}).
 *
 * <p><b>Concurrent logins of one person.</b> With brute-force detection on (the realm's {@code bruteForceProtected}),
 * Keycloak 26 by default refuses a login while another login of the same user is still being processed on that node:
 * the second one fails with {@code user_temporarily_disabled}, although its password was right. Someone who signs in
 * on a laptop and a phone at the same moment lost one of the two. Keycloak's own switch for this, {@code
 * allowConcurrentRequests} of its {@code default-brute-force-detector}, lets both through. Brute-force detection stays
 * as the realm sets it: failed logins are counted, the account is locked after 10 failures and for a minute after two
 * failures within a second; only the serialising of one person's logins, which keeps the failure count exact under a
 * burst of simultaneous guesses, is given up (with twelve-character passwords such a burst gains an attacker nothing
 * worth keeping a person out for).
 */
public final class KeycloakServerOptions {

    /** Keycloak's option (without the leading {@code --}) that lets one person's logins run at the same time. */
    public static final String CONCURRENT_LOGINS =
            "spi-brute-force-protector--default-brute-force-detector--allow-concurrent-requests";

    /** The options and their values, as {@code additionalOptions} of the Kubernetes resource lists them. */
    public static final Map<String, String> OPTIONS = Map.of(CONCURRENT_LOGINS, "true");

    private KeycloakServerOptions() {}

    /** The options as command-line arguments of {@code kc.sh start} or {@code kc.sh start-dev}. */
    public static List<String> arguments() {
        return OPTIONS.entrySet().stream()
                .map(option -> "--" + option.getKey() + "=" + option.getValue())
                .sorted()
                .toList();
    }
}
