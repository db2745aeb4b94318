package nl.onderwijsregio.workspace.coverage;

import java.util.Arrays;
import nl.onderwijsregio.workspace.findings.FindingKind;
import nl.onderwijsregio.workspace.findings.Visibility;
import nl.onderwijsregio.workspace.register.RegisterStatus;
import org.jspecify.annotations.Nullable;

/** Dutch labels for the codes the aggregate functions return. */
public final class CoverageLabels {

    private CoverageLabels() {
    }

    public static String regionKind(String kind) {
        return "NATIONAL".equals(kind) ? "Landelijk" : "Geografisch";
    }

    public static String findingKind(@Nullable String code) {
        return code == null ? "(per thema)" : Arrays.stream(FindingKind.values()).filter(k -> k.name().equals(code))
                .findFirst().map(FindingKind::label).orElse(code);
    }

    public static String visibility(String code) {
        return Arrays.stream(Visibility.values()).filter(v -> v.name().equals(code)).findFirst()
                .map(Visibility::label).orElse(code);
    }

    public static String status(String code) {
        return Arrays.stream(RegisterStatus.values()).filter(s -> s.name().equals(code)).findFirst()
                .map(RegisterStatus::label).orElse(code);
    }
}
