package nl.onderwijsregio.workspace.persondata;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.onderwijsregio.workspace.messages.Message;
import nl.onderwijsregio.workspace.security.CurrentUser;
import nl.onderwijsregio.workspace.security.Role;
import nl.onderwijsregio.workspace.security.WorkspaceUser;
import nl.onderwijsregio.workspace.tenancy.Tenancy;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * The signed-in person's own data as one ZIP: {@code person.json} (name, e-mail, roles and regions as the login gives
 * them), {@code personal/<table>.json} (settings and reading marks) and {@code regions/<region>/<table>.json} with
 * every row of that region in which the person is named as author, actor or changer — the Logboek's rows of their own
 * actions included; for national staff {@code national/<table>.json} with their rows of the catalogue, the template and
 * the national lists' log. Read per region with that region's own tenancy, so row-level security decides as everywhere.
 */
@Service
public class PersonDataService {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final PersonTables tables;
    private final CurrentUser currentUser;
    private final Tenancy tenancy;
    private final Clock clock;

    PersonDataService(PersonTables tables, CurrentUser currentUser, Tenancy tenancy, Clock clock) {
        this.tables = tables;
        this.currentUser = currentUser;
        this.tenancy = tenancy;
        this.clock = clock;
    }

    /** Everything the workspace keeps about the signed-in person. */
    @PreAuthorize("isAuthenticated()")
    public byte[] ownArchive() {
        WorkspaceUser user = currentUser.require();
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("person.json", person(user));
        tenancy.withoutRegion(() -> {
            for (String table : PersonTables.PERSONAL) {
                files.put("personal/" + table + ".json", utf8(tables.personalRows(table, user.username())));
            }
        });
        if (user.has(Role.NATIONAL) || user.has(Role.CATALOGUE_ADMIN) || user.has(Role.PLATFORM_ADMIN)) {
            files.putAll(tenancy.national(() -> nationalFiles(user)));
        }
        for (String region : user.regions().stream().sorted().toList()) {
            files.putAll(tenancy.inRegion(region, () -> regionFiles(region, user)));
        }
        return zip(files);
    }

    private Map<String, byte[]> regionFiles(String region, WorkspaceUser user) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> table : tables.regionTables().entrySet()) {
            files.put(
                    "regions/" + region + "/" + table.getKey() + ".json",
                    utf8(tables.rowsOf(table.getKey(), table.getValue(), user)));
        }
        return files;
    }

    private Map<String, byte[]> nationalFiles(WorkspaceUser user) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> table : tables.nationalTables().entrySet()) {
            files.put(
                    "national/" + table.getKey() + ".json",
                    utf8(tables.nationalRowsOf(table.getKey(), table.getValue(), user)));
        }
        return files;
    }

    private byte[] person(WorkspaceUser user) {
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("username", user.username());
        person.put("name", user.displayName());
        person.put("email", user.email());
        person.put("roles", user.roles().stream().map(Role::claim).sorted().toList());
        person.put("regions", user.regions().stream().sorted().toList());
        person.put("exportedAt", Instant.now(clock).toString());
        person.put("note", Message.of("persondata.note").dutch());
        person.put("noteEnglish", Message.of("persondata.note").text(Locale.ENGLISH));
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(person);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] zip(Map<String, byte[]> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
