package nl.onderwijsregio.workspace.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/** A link that downloads a file made when it is asked for (an export), under a fixed file name. */
public final class DownloadLink {

    private DownloadLink() {}

    public static Anchor of(String text, String fileName, String type, Supplier<byte[]> content) {
        Anchor anchor = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] bytes = inTab(event.getUI(), content);
                    return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, type, bytes.length);
                }),
                text);
        anchor.getElement().setAttribute("download", fileName);
        return anchor;
    }

    /** Makes the file inside its tab, so an export is always of the region that tab shows. */
    private static byte[] inTab(UI ui, Supplier<byte[]> content) {
        AtomicReference<byte[]> bytes = new AtomicReference<>();
        ui.accessSynchronously(() -> bytes.set(content.get()));
        return bytes.get();
    }
}
