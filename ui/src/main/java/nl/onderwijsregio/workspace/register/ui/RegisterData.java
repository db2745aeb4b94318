package nl.onderwijsregio.workspace.register.ui;

import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.DataProvider;
import java.util.List;
import java.util.stream.Stream;
import nl.onderwijsregio.workspace.register.RegisterEntry;
import nl.onderwijsregio.workspace.register.RegisterFilter;
import nl.onderwijsregio.workspace.register.RegisterOverview;
import nl.onderwijsregio.workspace.register.RegisterService;
import nl.onderwijsregio.workspace.register.RegisterSort;
import org.jspecify.annotations.Nullable;

/**
 * The register grid's rows, fetched lazily. When the screen has just read an overview (first page and total in the
 * same transaction as the status counts), the grid's first count and first window are answered from it instead of
 * asking the database again; later requests go to the service.
 */
final class RegisterData {

    private final RegisterService register;
    private final RegisterFilter filter;
    private final RegisterSort sort;
    private @Nullable RegisterOverview firstCount;
    private @Nullable RegisterOverview firstPage;

    RegisterData(
            RegisterService register, RegisterFilter filter, RegisterSort sort, @Nullable RegisterOverview overview) {
        this.register = register;
        this.filter = filter;
        this.sort = sort;
        this.firstCount = overview;
        this.firstPage = overview;
    }

    CallbackDataProvider<RegisterEntry, Void> provider() {
        return DataProvider.fromCallbacks(q -> fetch(q.getOffset(), q.getLimit()), q -> count());
    }

    private Stream<RegisterEntry> fetch(int offset, int limit) {
        RegisterOverview overview = firstPage;
        firstPage = null;
        if (overview != null && offset == 0) {
            List<RegisterEntry> page = overview.firstPage();
            if (limit <= page.size() || page.size() == overview.total()) {
                return page.stream().limit(limit);
            }
        }
        return register.page(filter, offset, limit, sort).stream();
    }

    private int count() {
        RegisterOverview overview = firstCount;
        firstCount = null;
        return overview != null ? overview.total() : register.count(filter);
    }
}
