package org.ogicheck.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ogicheck.model.Finding;
import org.ogicheck.model.Report;

/**
 * Recorded findings that a later run hides: a baseline ("known, not new") and waivers (an entry
 * with a reason, an author and an expiry date; an expired waiver stops hiding). Entries are
 * matched by a fingerprint of the report (agency and year, else the file name), the rule ID and
 * the location keys (section, table, row, column) — never message text or line numbers, so an
 * entry survives re-parsing, reformatting and message edits.
 */
public final class Baseline {
    /** one recorded finding */
    public record Entry(String fingerprint, String ruleId, String report, String location, String reason, String author,
                        LocalDate expires) {
        public boolean activeOn(LocalDate day) {
            return expires == null || !day.isAfter(expires);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final Map<String, Entry> entries;

    private Baseline(List<Entry> list) {
        this.entries = list.stream().collect(Collectors.toMap(Entry::fingerprint, Function.identity(), (a, b) -> a));
    }

    public List<Entry> entries() {
        return List.copyOf(entries.values());
    }

    /** the report part of a fingerprint: agency and year when both are known, else the file name */
    public static String reportKey(Result r) {
        Report rep = r.parsed().report();
        if (rep.getAgency() != null && rep.getYear() != null) return rep.getAgency() + "/" + rep.getYear();
        return Path.of(r.source()).getFileName().toString();
    }

    public static String fingerprint(String reportKey, Finding f) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest((reportKey + "|" + f.locationKey()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Baseline of(List<Result> results) {
        List<Entry> list = new ArrayList<>();
        for (Result r : results) list.addAll(entriesOf(r));
        return new Baseline(list);
    }

    /** one result's findings as entries ({@link #of} a batch is these of each result, in input order) */
    public static List<Entry> entriesOf(Result r) {
        List<Entry> list = new ArrayList<>();
        String key = reportKey(r);
        for (Finding f : r.findings()) {
            list.add(new Entry(fingerprint(key, f), f.getRuleId(), key, f.locationKey(), null, null, null));
        }
        return list;
    }

    /** the baseline of these entries ({@link #entriesOf} each result of a streamed batch, in input order) */
    public static Baseline ofEntries(List<Entry> entries) {
        return new Baseline(entries);
    }

    /** whether an active entry hides this finding on the given day */
    public boolean hides(String reportKey, Finding f, LocalDate day) {
        Entry e = entries.get(fingerprint(reportKey, f));
        return e != null && e.activeOn(day);
    }

    public String toJson(String tool, String version) throws IOException {
        ObjectNode o = JSON.createObjectNode();
        o.put("tool", tool);
        o.put("version", version);
        o.put("note", "Findings listed here are hidden by 'check --baseline'. Add reason, author and expires (YYYY-MM-DD) "
            + "to make an entry a waiver; an expired entry stops hiding.");
        ArrayNode arr = o.putArray("entries");
        for (Entry e : entries.values().stream().sorted((a, b) -> (a.report() + a.location()).compareTo(b.report() + b.location())).toList()) {
            ObjectNode n = arr.addObject();
            n.put("fingerprint", e.fingerprint());
            n.put("ruleId", e.ruleId());
            n.put("report", e.report());
            n.put("location", e.location());
            n.put("reason", e.reason());
            n.put("author", e.author());
            n.put("expires", e.expires() == null ? null : e.expires().toString());
        }
        return JSON.writeValueAsString(o) + "\n";
    }

    /** a baseline file that cannot be used: one line naming the file and the entry at fault (app/texts_zh|en.properties) */
    public static final class Unreadable extends IOException {
        private static final org.ogicheck.i18n.Texts TEXTS = org.ogicheck.i18n.Texts.of("org.ogicheck.app.texts");
        private final String key;
        private final transient Object[] args;

        Unreadable(String key, Object... args) {
            super(TEXTS.get("zh", key, args));
            this.key = key;
            this.args = args.clone();
        }

        /** the line in the language asked (zh or en) */
        public String message(String lang) {
            return said().in(lang);
        }

        /** the line, not yet worded */
        public org.ogicheck.i18n.Said said() {
            return org.ogicheck.i18n.Said.of("org.ogicheck.app.texts", key, args);
        }
    }

    /** reads a baseline file; the message of the exception names the file and the entry at fault */
    public static Baseline read(Path file) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new Unreadable("baseline.notJson", file, e.getMessage().lines().findFirst().orElse(""));
        }
        JsonNode arr = root == null ? null : root.get("entries");
        if (arr == null || !arr.isArray()) throw new Unreadable("baseline.noEntries", file);
        List<Entry> list = new ArrayList<>();
        int i = 0;
        for (JsonNode n : arr) {
            i++;
            String fp = text(n, "fingerprint");
            if (fp == null) throw new Unreadable("baseline.noFingerprint", file, i);
            LocalDate expires = null;
            String exp = text(n, "expires");
            if (exp != null) {
                try {
                    expires = LocalDate.parse(exp);
                } catch (DateTimeParseException e) {
                    throw new Unreadable("baseline.badExpiry", file, i, exp);
                }
            }
            list.add(new Entry(fp, text(n, "ruleId"), text(n, "report"), text(n, "location"), text(n, "reason"),
                text(n, "author"), expires));
        }
        return new Baseline(list);
    }

    private static String text(JsonNode n, String k) {
        JsonNode v = n.get(k);
        return v == null || v.isNull() ? null : v.asText();
    }
}
