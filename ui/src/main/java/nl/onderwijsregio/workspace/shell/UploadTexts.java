package nl.onderwijsregio.workspace.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import java.util.List;

/** The upload control's own texts (button, drop label, remove, errors) in the tab's language, not Vaadin's English. */
public final class UploadTexts {

    private UploadTexts() {}

    /** Sets every text of {@code upload} from the bundles; {@code owner} is the screen or dialog it sits in. */
    public static void apply(Upload upload, Component owner) {
        UploadI18N i18n = new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles()
                        .setOne(t(owner, "upload.add.one"))
                        .setMany(t(owner, "upload.add.many")))
                .setDropFiles(new UploadI18N.DropFiles()
                        .setOne(t(owner, "upload.drop.one"))
                        .setMany(t(owner, "upload.drop.many")))
                .setError(new UploadI18N.Error()
                        .setTooManyFiles(t(owner, "upload.error.too-many"))
                        .setFileIsTooBig(t(owner, "upload.error.too-big"))
                        .setIncorrectFileType(t(owner, "upload.error.type")))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status()
                                .setConnecting(t(owner, "upload.status.connecting"))
                                .setStalled(t(owner, "upload.status.stalled"))
                                .setProcessing(t(owner, "upload.status.processing"))
                                .setHeld(t(owner, "upload.status.held")))
                        .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                                .setPrefix(t(owner, "upload.remaining.prefix"))
                                .setUnknown(t(owner, "upload.remaining.unknown")))
                        .setError(new UploadI18N.Uploading.Error()
                                .setServerUnavailable(t(owner, "upload.error.server-unavailable"))
                                .setUnexpectedServerError(t(owner, "upload.error.server"))
                                .setForbidden(t(owner, "upload.error.forbidden"))
                                .setFileTooLarge(t(owner, "upload.error.too-big"))))
                .setFile(new UploadI18N.File()
                        .setRetry(t(owner, "upload.file.retry"))
                        .setStart(t(owner, "upload.file.start"))
                        .setRemove(t(owner, "upload.file.remove")))
                .setUnits(List.of("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"));
        upload.setI18n(i18n);
    }

    private static String t(Component owner, String key) {
        return owner.getTranslation(key);
    }
}
