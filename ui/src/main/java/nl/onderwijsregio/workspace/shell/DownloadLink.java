package nl.onderwijsregio.workspace.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.function.Supplier;

/** A link that downloads a file made when it is asked for (an export), under a fixed file name. */
public final class DownloadLink {

    private DownloadLink() {
    }

    public static Anchor of(String text, String fileName, String type, Supplier<byte[]> content) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = content.get();
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, type, bytes.length);
        }), text);
        anchor.getElement().setAttribute("download", fileName);
        return anchor;
    }
}
