package org.ogicheck.pipeline;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiConsumer;
import org.ogicheck.app.Baseline;
import org.ogicheck.parse.ReportParser;

/**
 * How to check: the defaults of the command line and the web page, in one place. Change one with
 * the {@code with…} methods.
 *
 * @param lang     zh (the default) or en: the language of the findings' messages
 * @param report   what the person says about the report (see {@link ReportFacts})
 * @param previous the same agency's report of the year before, for every input; null pairs the
 *                 consecutive years of one agency within the batch
 * @param baseline findings to hide (a baseline or waiver file), or null
 * @param day      the day a baseline entry's expiry is judged on
 * @param explain  whether findings keep their derivation
 * @param timeout  the time limit per report for reading, parsing and checking, or null for none
 * @param trace    where each rule firing goes (input's name, line), or null
 * @param maxInputBytes the largest input read, in bytes (a larger one fails without being read), or 0 for no limit
 */
public record Settings(String lang, ReportParser.Options report, Input previous, Baseline baseline, LocalDate day,
                       boolean explain, Duration timeout, BiConsumer<String, String> trace, long maxInputBytes) {
    /** the languages of messages */
    public static final List<String> LANGUAGES = org.ogicheck.i18n.Texts.LANGUAGES;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);
    public static final long DEFAULT_MAX_INPUT_MB = 50;

    public Settings {
        if (!LANGUAGES.contains(lang)) throw new IllegalArgumentException("lang: '" + lang + "' is not one of zh, en");
        if (report == null) report = ReportParser.Options.NONE;
        if (day == null) day = LocalDate.now();
    }

    /** Chinese, nothing said about the report, no baseline, no derivations, 60 seconds and 50 MB a report */
    public static Settings defaults() {
        return new Settings("zh", ReportParser.Options.NONE, null, null, null, false, DEFAULT_TIMEOUT, null,
            DEFAULT_MAX_INPUT_MB * 1024 * 1024);
    }

    public Settings withLang(String l) { return new Settings(l, report, previous, baseline, day, explain, timeout, trace, maxInputBytes); }
    public Settings withReport(ReportParser.Options r) { return new Settings(lang, r, previous, baseline, day, explain, timeout, trace, maxInputBytes); }
    public Settings withPrevious(Input p) { return new Settings(lang, report, p, baseline, day, explain, timeout, trace, maxInputBytes); }
    public Settings withBaseline(Baseline b) { return new Settings(lang, report, previous, b, day, explain, timeout, trace, maxInputBytes); }
    public Settings withExplain(boolean e) { return new Settings(lang, report, previous, baseline, day, e, timeout, trace, maxInputBytes); }
    public Settings withTimeout(Duration t) { return new Settings(lang, report, previous, baseline, day, explain, t, trace, maxInputBytes); }
    public Settings withTrace(BiConsumer<String, String> t) { return new Settings(lang, report, previous, baseline, day, explain, timeout, t, maxInputBytes); }
    public Settings withMaxInputBytes(long m) { return new Settings(lang, report, previous, baseline, day, explain, timeout, trace, m); }
}
