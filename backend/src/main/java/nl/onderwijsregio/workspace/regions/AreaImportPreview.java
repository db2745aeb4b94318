package nl.onderwijsregio.workspace.regions;

import java.util.List;
import java.util.Map;
import nl.onderwijsregio.workspace.messages.Message;

/**
 * What an area import would do: each line, the municipalities each named region would lose (the file gives the whole
 * area of every region it names), and the rules the resulting areas would break. Nothing is imported unless
 * {@link #acceptable()}.
 */
public record AreaImportPreview(List<AreaImportLine> lines, Map<String, List<String>> removed, List<Message> problems) {

    public boolean acceptable() {
        return problems.isEmpty() && lines.stream().noneMatch(l -> l.outcome() == AreaImportLine.Outcome.ERROR);
    }
}
