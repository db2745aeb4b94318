package nl.onderwijsregio.workspace.register;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.onderwijsregio.workspace.messages.Language;
import nl.onderwijsregio.workspace.messages.Message;
import nl.onderwijsregio.workspace.messages.Texts;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a CSV into the active region's register: first a preview of what each line will do, then an all-or-nothing
 * commit. Lines already in the register (same source, what and holder) are skipped, so a re-import adds nothing.
 */
@Service
@PreAuthorize("@regionAccess.member()")
public class RegisterImport {

    public static final int MAX_BYTES = 1_000_000;
    public static final int MAX_ROWS = 2_000;
    private final RegisterService register;
    private final Validator validator;

    RegisterImport(RegisterService register, Validator validator) {
        this.register = register;
        this.validator = validator;
    }

    @Transactional(readOnly = true)
    public List<ImportRow> preview(byte[] file) {
        if (file.length > MAX_BYTES) {
            throw new RegisterRuleException("register.bestand-groter-dan-mb");
        }
        List<List<String>> rows = CsvLines.parse(text(file));
        if (rows.isEmpty()) {
            throw new RegisterRuleException("register.bestand-leeg");
        }
        if (rows.size() - 1 > MAX_ROWS) {
            throw new RegisterRuleException("register.bestand-heeft-meer-dan", MAX_ROWS);
        }
        Map<String, Integer> columns = new HashMap<>();
        List<String> header = rows.getFirst();
        for (int i = 0; i < header.size(); i++) {
            columns.putIfAbsent(RegisterCsvColumns.id(header.get(i)), i);
        }
        for (String required : List.of("wat", "soort-houder", "houder")) {
            if (!columns.containsKey(required)) {
                throw new RegisterRuleException(
                        "register.kolom-ontbreekt-gebruik-kolommen", Message.of("register.change." + required));
            }
        }
        Set<String> existing = new HashSet<>();
        register.page(RegisterFilter.all(), 0, 10_000, RegisterSort.UPDATED)
                .forEach(e -> existing.add(key(e.catalogueEntryId(), e.sourceText(), e.what(), e.holderName())));
        List<ImportRow> result = new ArrayList<>();
        Map<String, Boolean> known = new HashMap<>();
        for (int r = 1; r < rows.size(); r++) {
            result.add(row(r + 1, rows.get(r), header, columns, existing, known));
        }
        return result;
    }

    /** Creates every new line, or nothing at all when any line has an error. Returns how many were created. */
    @Transactional
    public int commit(byte[] file) {
        List<ImportRow> rows = preview(file);
        if (rows.stream().anyMatch(ImportRow::error)) {
            throw new RegisterRuleException("register.staan-fouten-bestand-niets");
        }
        int created = 0;
        for (ImportRow row : rows) {
            if ("CREATE".equals(row.action())) {
                register.create(row.draft());
                created++;
            }
        }
        return created;
    }

    private ImportRow row(
            int line,
            List<String> cells,
            List<String> header,
            Map<String, Integer> columns,
            Set<String> existing,
            Map<String, Boolean> known) {
        List<Message> errors = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            if (hasControlCharacter(cells.get(i))) {
                String column = i < header.size() ? header.get(i).strip() : String.valueOf(i + 1);
                errors.add(Message.of(
                        "register.import.control-character",
                        hasControlCharacter(column) ? String.valueOf(i + 1) : column));
            }
        }
        Optional<HolderKind> kind = holderKind(cell(cells, columns, "soort-houder"));
        if (kind.isEmpty()) {
            errors.add(Message.of(
                    "register.import.unknown-holder-kind", String.valueOf(cell(cells, columns, "soort-houder"))));
        }
        RegisterDraft draft = new RegisterDraft(
                cell(cells, columns, "catalogusbron"),
                cell(cells, columns, "catalogusbron") == null ? cell(cells, columns, "bron") : null,
                text(cell(cells, columns, "wat")),
                cell(cells, columns, "detailniveau"),
                cell(cells, columns, "periode"),
                kind.orElse(null),
                text(cell(cells, columns, "houder")),
                cell(cells, columns, "bestuursnummer"),
                null,
                null,
                null,
                cell(cells, columns, "kenmerk-overeenkomst"),
                null,
                cell(cells, columns, "grondslag"),
                null,
                cell(cells, columns, "contactpersoon"),
                cell(cells, columns, "rol-contactpersoon"),
                cell(cells, columns, "notities"));
        for (ConstraintViolation<RegisterDraft> violation : validator.validate(draft)) {
            errors.add(explained(violation));
        }
        String code = draft.catalogueEntryId();
        if (code != null && !known.computeIfAbsent(code, register::knownCatalogueEntry)) {
            errors.add(UnknownCatalogueSourceException.message(code));
        }
        if (!errors.isEmpty()) {
            return new ImportRow(line, draft, "ERROR", errors);
        }
        boolean duplicate =
                !existing.add(key(draft.catalogueEntryId(), draft.sourceText(), draft.what(), draft.holderName()));
        return new ImportRow(line, draft, duplicate ? "DUPLICATE" : "CREATE", List.of());
    }

    /** A validation message as its key ({@code {key}} in the constraint), so that the preview says it in any language. */
    private static Message explained(ConstraintViolation<?> violation) {
        String template = violation.getMessageTemplate();
        if (template != null && template.matches("\\{[\\w.-]+}")) {
            String key = template.substring(1, template.length() - 1);
            if (Texts.has(key)) {
                return Message.of(key);
            }
        }
        return Message.verbatim(violation.getMessage());
    }

    /** A control character other than a line break or tab (PostgreSQL refuses NUL; the rest is never meant). */
    private static boolean hasControlCharacter(String value) {
        return value.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t');
    }

    private static Optional<HolderKind> holderKind(@Nullable String value) {
        return value == null
                ? Optional.empty()
                : Arrays.stream(HolderKind.values())
                        .filter(k -> k.name().equalsIgnoreCase(value.strip())
                                || Arrays.stream(Language.values())
                                        .anyMatch(l -> k.label(l.locale()).equalsIgnoreCase(value.strip())))
                        .findFirst();
    }

    private static @Nullable String cell(List<String> cells, Map<String, Integer> columns, String name) {
        Integer index = columns.get(name);
        if (index == null || index >= cells.size() || cells.get(index).isBlank()) {
            return null;
        }
        String value = cells.get(index).strip();
        return value.startsWith("'") && value.length() > 1 && "=+-@".indexOf(value.charAt(1)) >= 0
                ? value.substring(1)
                : value;
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }

    private static String key(@Nullable String catalogueEntry, @Nullable String source, String what, String holder) {
        return String.join("|", String.valueOf(catalogueEntry), String.valueOf(source), what.strip(), holder.strip())
                .toLowerCase(Locale.ROOT);
    }

    /**
     * The file's text: UTF-8 when it is valid UTF-8, else Windows-1252, which is what Excel on a Dutch Windows saves
     * as "CSV (gescheiden door lijstscheidingsteken)". Read as UTF-8, that file's é and ë would silently become
     * replacement characters and be stored so.
     */
    static String text(byte[] file) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(file))
                    .toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return new String(file, java.nio.charset.Charset.forName("windows-1252"));
        }
    }
}
