package org.ogicheck.workspace;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.ogicheck.score.Scorecard;

/** What the workspace stores, as read back. */
public final class Records {
    private Records() {
    }

    /**
     * A report file, stored once by the SHA-256 of its bytes.
     *
     * @param type      the file's format (txt, pdf, html, docx, …, from its name)
     * @param reportKey the report part of every review key of its findings (agency/year, else the file name)
     */
    public record StoredReport(long id, String sha256, String name, String type, long size, String agency, String kind,
                               String level, String region, Integer year, LocalDate published, String reportKey,
                               Instant uploadedAt) {
        /** agency and year in the language asked, or the file name when they are not known */
        public String title(String lang) {
            return agency != null && year != null ? Words.t(lang, "report.title", agency, year) : name;
        }
    }

    /**
     * One check of a report: what makes it reproducible (tool version, rule-pack hash, parameters) and what it found.
     *
     * @param parameters JSON: language, rule folders, the previous year's report it was paired with
     */
    public record StoredCheck(long id, long reportId, Instant checkedAt, String toolVersion, String rulesHash, String parameters,
                              List<StoredFinding> findings, Scorecard scorecard, int errors, int warnings, int infos) {
        public double score() {
            return scorecard.score();
        }
    }

    /** the decisions a reviewer records */
    public enum Decision {
        CONFIRM, DISMISS, COMMENT;

        /** the decision in words, in the language asked */
        public String word(String lang) {
            return Words.t(lang, "decision." + name());
        }

        public static Decision parse(String s) {
            if (s == null) return null;
            for (Decision d : values()) if (d.name().equalsIgnoreCase(s.strip())) return d;
            return null;
        }
    }

    /** one review record; records are never changed: the latest confirm or dismiss of a key is in force */
    public record Review(long id, String key, String reportKey, String ruleId, String location, Decision decision, String reason,
                         String note, String who, Instant at, LocalDate expires) {
        public boolean activeOn(LocalDate day) {
            return expires == null || !day.isAfter(expires);
        }
    }

    /** an upload of a file (the same bytes uploaded again are one report with several uploads) */
    public record Upload(long reportId, String name, String who, Instant at) {
    }
}
