package dev.mockloop.ui.history;

import dev.mockloop.review.HistoryRow;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.collections.ObservableListBase;

/**
 * The history table's items: a list as long as the filtered history, holding only the
 * pages of {@value #PAGE} rows that were on screen lately (at most {@value #MAX_PAGES}).
 * A row not loaded yet reads as {@code null}, its page is fetched off the UI thread, and
 * the rows are reported as replaced when it arrives, so the table redraws them. This is
 * what lets 100,000 attempts open at once: the table asks only for the rows it shows.
 */
final class PagedRows extends ObservableListBase<HistoryRow> {

    static final int PAGE = 100;
    static final int MAX_PAGES = 40;

    /** Loads rows {@code offset} to {@code offset + limit} and hands them to the consumer on the UI thread. */
    interface Loader {
        void load(int offset, int limit, Consumer<List<HistoryRow>> onLoaded);
    }

    private final Loader loader;
    private final Map<Integer, List<HistoryRow>> pages = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, List<HistoryRow>> eldest) {
            return size() > MAX_PAGES;
        }
    };
    private final Set<Integer> pending = new HashSet<>();
    private int size;
    private int generation;

    PagedRows(Loader loader) {
        this.loader = loader;
    }

    /** Starts over with a new list: its length and first page; pages of the old list are dropped. */
    void reset(int total, List<HistoryRow> firstPage) {
        generation++;
        pages.clear();
        pending.clear();
        pages.put(0, List.copyOf(firstPage));
        int old = size;
        size = total;
        beginChange();
        if (old > 0) {
            nextRemove(0, java.util.Collections.nCopies(old, (HistoryRow) null));
        }
        if (total > 0) {
            nextAdd(0, total);
        }
        endChange();
    }

    @Override
    public HistoryRow get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        int page = index / PAGE;
        List<HistoryRow> rows = pages.get(page);
        if (rows == null) {
            request(page);
            return null;
        }
        int at = index % PAGE;
        return at < rows.size() ? rows.get(at) : null;
    }

    @Override
    public int size() {
        return size;
    }

    /** @return how many rows are held in memory now */
    int loadedRows() {
        return pages.values().stream().mapToInt(List::size).sum();
    }

    private void request(int page) {
        if (!pending.add(page)) {
            return;
        }
        int asked = generation;
        // Later, not inside get(): the table is laying out its cells right now.
        Platform.runLater(() -> {
            if (asked != generation) {
                return;
            }
            loader.load(page * PAGE, PAGE, rows -> arrived(asked, page, rows));
        });
    }

    private void arrived(int asked, int page, List<HistoryRow> rows) {
        if (asked != generation) {
            return;
        }
        pending.remove(page);
        pages.put(page, List.copyOf(rows));
        int from = page * PAGE;
        int to = Math.min(size, from + PAGE);
        beginChange();
        for (int i = from; i < to; i++) {
            nextSet(i, null);
        }
        endChange();
    }
}
