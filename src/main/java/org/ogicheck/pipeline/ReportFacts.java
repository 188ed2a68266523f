package org.ogicheck.pipeline;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.ogicheck.parse.ReportParser;

/**
 * What a person may say about a report that its text may not (year, publication date, agency,
 * kind), checked in one place for the command line and the web page alike. Each front words the
 * problem in its own terms (an option, a form field); the rule is the same.
 */
public final class ReportFacts {
    /** the kinds of agency the formats know */
    public static final String DEPARTMENT = "department";
    public static final String GOVERNMENT = "government";
    public static final int FIRST_YEAR = 2008;
    public static final int LAST_YEAR = 2100;

    /** which statement is wrong and how */
    public enum Problem { YEAR, PUBLISHED, KIND }

    /** a statement that cannot be used as it is */
    public static final class Invalid extends Exception {
        private final Problem problem;
        private final String value;

        Invalid(Problem problem, String value) {
            super(problem + ": " + value);
            this.problem = problem;
            this.value = value;
        }

        public Problem problem() {
            return problem;
        }

        /** the value as it was given */
        public String value() {
            return value;
        }
    }

    private ReportFacts() {
    }

    /**
     * The parser's options from what was given; null or blank means "not given" (read from the
     * report). A year is four digits from {@value #FIRST_YEAR} to {@value #LAST_YEAR}, a date is
     * written 2024-01-31, a kind is department or government.
     */
    public static ReportParser.Options of(String year, String published, String agency, String kind) throws Invalid {
        String y = blankToNull(year);
        Integer yr = null;
        if (y != null) {
            yr = y.matches("\\d{4}") ? Integer.valueOf(y) : null;
            if (yr == null || yr < FIRST_YEAR || yr > LAST_YEAR) throw new Invalid(Problem.YEAR, y);
        }
        String p = blankToNull(published);
        LocalDate date = null;
        if (p != null) {
            try {
                date = LocalDate.parse(p);
            } catch (DateTimeParseException e) {
                throw new Invalid(Problem.PUBLISHED, p);
            }
        }
        String k = blankToNull(kind);
        if (k != null && !k.equals(DEPARTMENT) && !k.equals(GOVERNMENT)) throw new Invalid(Problem.KIND, k);
        return new ReportParser.Options(yr, date, blankToNull(agency), k);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
