package nl.onderwijsregio.workspace.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import nl.onderwijsregio.workspace.security.EndedLogins;
import nl.onderwijsregio.workspace.testing.Browser;
import nl.onderwijsregio.workspace.testing.FullStackTest;
import nl.onderwijsregio.workspace.testing.KeycloakAdmin;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One person on two devices at once, as with a laptop and a phone: a Dutch browser at 1280×900 and an English one at
 * 390×844 send Keycloak's login form at the same moment; both are signed in, and both keep working, in turns, on
 * several screens that show the person's data (each a full page load, so every request passes the session checks).
 * Logging out on the phone then ends the phone's session and its Keycloak session only: the laptop stays signed in.
 * (Keycloak's brute-force protection refused the second of two simultaneous logins of one person, "user temporarily
 * disabled", until the product's Keycloak allowed concurrent logins; see README, Keycloak.)
 */
class TwoDevicesJourneyIT extends FullStackTest {

    @Autowired
    EndedLogins endedLogins;

    /** A screen and what on it shows the person's data. */
    private record Screen(String path, By data, String text) {}

    @Test
    void national_staff_sign_in_on_a_laptop_and_a_phone_at_the_same_moment_and_work_on_both() throws Exception {
        onTwoDevices(
                "national",
                "Pieter Smit",
                List.of(
                        new Screen("/landelijk?deel=dekking", By.id("coverage-matrix"), "Onderwijsregio Noordkust"),
                        new Screen("/landelijk?deel=bronnen", By.id("sources-grid"), ""),
                        new Screen("/landelijk?deel=kaart", By.id("national-map"), ""),
                        new Screen("/", By.tagName("h1"), "Pieter Smit")),
                false);
    }

    @Test
    void the_platform_admin_signs_in_on_a_laptop_and_a_phone_at_once_and_logging_out_on_one_ends_only_that_one()
            throws Exception {
        onTwoDevices(
                "beheer",
                "Ruben de Jong",
                List.of(
                        new Screen("/beheer", By.id("rename-region-noordkust"), ""),
                        new Screen("/beheer/gebieden", By.id("municipality-grid"), ""),
                        new Screen("/logboek", By.id("logbook-grid"), ""),
                        new Screen("/", By.tagName("h1"), "Ruben de Jong")),
                true);
    }

    private void onTwoDevices(String user, String name, List<Screen> screens, boolean thenLogOutOnThePhone)
            throws Exception {
        // Keycloak tells the app under test (on its free port) about ended sessions; the demo realm names the demo
        // app's.
        KeycloakAdmin.ofTestKeycloak()
                .setClientAttribute(
                        "workspace", "backchannel.logout.url", APP + "/logout/connect/back-channel/keycloak");
        Set<String> before = KeycloakAdmin.ofTestKeycloak().sessionIds(user);
        try (Browser laptop = new Browser("two-devices-" + user + "-laptop", "nl");
                Browser phone = new Browser("two-devices-" + user + "-phone", "en")) {
            laptop.size(1280, 900);
            phone.size(390, 844);
            for (Browser device : List.of(laptop, phone)) {
                device.open(APP + "/");
                device.fillInKeycloakLogin(user, "demo");
            }
            atTheSameMoment(laptop::submitKeycloakLogin, phone::submitKeycloakLogin);
            for (Browser device : List.of(laptop, phone)) {
                signedIn(device, name, "after the simultaneous login");
                device.shot("signed-in");
            }
            Set<String> sessions = new HashSet<>(KeycloakAdmin.ofTestKeycloak().sessionIds(user));
            sessions.removeAll(before);
            assertThat(sessions).as("a Keycloak session per device").hasSize(2);

            // both keep working, in turns, on every screen
            for (int turn = 0; turn < 2; turn++) {
                for (Screen screen : screens) {
                    for (Browser device : turn == 0 ? List.of(laptop, phone) : List.of(phone, laptop)) {
                        shows(device, screen, name);
                    }
                }
            }
            if (!thenLogOutOnThePhone) {
                return;
            }

            phone.click(phone.waitFor(By.tagName("vaadin-drawer-toggle")));
            phone.click(phone.waitFor(By.id("drawer-logout")));
            phone.waitFor(By.id("login"));
            phone.shot("logged-out");
            assertThat(phone.driver().getCurrentUrl()).endsWith("/welkom");
            // Keycloak ended the phone's session and told the app (back-channel logout, by its sid) ...
            Set<String> left = KeycloakAdmin.ofTestKeycloak().sessionIds(user);
            assertThat(left).as("the laptop's Keycloak session is left").containsAnyElementsOf(sessions);
            List<String> ended =
                    sessions.stream().filter(sid -> !left.contains(sid)).toList();
            assertThat(ended).as("the phone's Keycloak session ended").hasSize(1);
            laptop.until(driver -> endedLogins.ended(ended.getFirst()));
            String laptopSid = sessions.stream()
                    .filter(sid -> !sid.equals(ended.getFirst()))
                    .findFirst()
                    .orElseThrow();
            assertThat(endedLogins.ended(laptopSid)).isFalse();
            // ... and the laptop, whose session was not ended, keeps working on every screen
            for (Screen screen : screens) {
                shows(laptop, screen, name);
            }
            laptop.shot("still-signed-in");
            // the phone's Keycloak session is gone as well: signing in again asks for the password
            phone.open(APP + "/");
            phone.waitFor(By.id("login")).click();
            phone.waitFor(By.id("password"));
            phone.shot("login-asked-again");
        }
    }

    /** Opens {@code screen} (a full page load) and waits until it shows the person's data, signed in. */
    private static void shows(Browser device, Screen screen, String name) {
        device.open(APP + screen.path());
        signedIn(device, name, "on " + screen.path());
        try {
            if (screen.text().isEmpty()) {
                device.waitFor(screen.data());
            } else {
                device.waitForText(screen.data(), screen.text());
            }
        } catch (TimeoutException e) {
            device.shot("failed");
            throw new AssertionError(
                    device.language() + " device: no " + screen.data() + " on "
                            + device.driver().getCurrentUrl(),
                    e);
        }
    }

    /** The page is the app's, signed in as {@code name} (header or drawer), not the landing page or Keycloak's. */
    private static void signedIn(Browser device, String name, String when) {
        try {
            device.until(driver -> driver.getCurrentUrl().startsWith(APP)
                    && !driver.getCurrentUrl().contains("/welkom")
                    && name.equals(((JavascriptExecutor) driver).executeScript("""
                                    const n = document.querySelector('.user-name, .drawer-user-name');
                                    return n ? n.textContent.trim() : null;""")));
        } catch (TimeoutException e) {
            device.shot("not-signed-in");
            String error =
                    device
                            .driver()
                            .findElements(By.cssSelector("#input-error, .kc-feedback-text, .alert-error"))
                            .stream()
                            .map(element -> element.getText())
                            .findFirst()
                            .orElse("");
            throw new AssertionError(
                    "The " + device.language() + " device is not signed in " + when + ": "
                            + device.driver().getCurrentUrl()
                            + (error.isEmpty() ? "" : " (Keycloak says: " + error + ")"),
                    e);
        }
    }

    /** Runs the actions at the same moment, each on a thread of its own, and waits for all of them. */
    private static void atTheSameMoment(Runnable... actions) throws Exception {
        CyclicBarrier start = new CyclicBarrier(actions.length);
        List<CompletableFuture<Void>> runs = new ArrayList<>();
        // a thread per action (the common pool has one thread on a 2-core machine: the barrier would never open)
        ExecutorService threads = Executors.newFixedThreadPool(actions.length);
        for (Runnable action : actions) {
            runs.add(CompletableFuture.runAsync(
                    () -> {
                        try {
                            start.await(30, TimeUnit.SECONDS);
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                        action.run();
                    },
                    threads));
        }
        try {
            CompletableFuture.allOf(runs.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        } finally {
            threads.shutdownNow();
        }
    }
}
