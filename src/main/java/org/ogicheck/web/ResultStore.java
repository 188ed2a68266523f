package org.ogicheck.web;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.ogicheck.app.Result;

/**
 * The last checks, in memory only, keyed by a random id that is the only way to see them again.
 * Bounded: the least recently seen is dropped past {@code capacity}. Each entry keeps its
 * results per language, the one asked first and any other computed when a page asks for it.
 */
final class ResultStore {
    /** one stored check */
    record Entry(Checks.Checked checked, Map<String, List<Result>> byLang) {
    }

    private final SecureRandom random = new SecureRandom();
    private final Map<String, Entry> entries;

    ResultStore(int capacity) {
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized String put(Checks.Checked checked, String lang) {
        byte[] b = new byte[16];
        random.nextBytes(b);
        String id = HexFormat.of().formatHex(b);
        Map<String, List<Result>> byLang = new ConcurrentHashMap<>();
        byLang.put(lang, checked.results());
        entries.put(id, new Entry(checked, byLang));
        return id;
    }

    synchronized Entry get(String id) {
        return entries.get(id);
    }
}
