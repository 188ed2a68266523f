package org.ogicheck.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ogicheck.i18n.Texts;
import org.ogicheck.model.CellRef;
import org.ogicheck.model.Report;
import org.ogicheck.model.Severity;
import org.ogicheck.model.SourceRef;
import org.ogicheck.score.Scorecard;

/**
 * Words shared by the renderers, in the language asked: every one from
 * {@code org/ogicheck/render/labels_zh|en.properties} (the one place of the renderers' wording).
 * A severity and a place in the source file are worded here for the other fronts too (the
 * workspace's pages, {@code demo}).
 */
public final class Labels {
    private static final Texts TEXTS = Texts.of("org.ogicheck.render.labels");

    private Labels() {
    }

    /** the label of a key in the language asked, its {0}-style arguments filled in */
    static String t(String lang, String key, Object... args) {
        return TEXTS.get(lang, key, args);
    }

    /** a list label (items separated by |) */
    static List<String> list(String lang, String key) {
        return Arrays.asList(TEXTS.get(lang, key).split("\\|", -1));
    }

    /** the language as a document declares it: zh-CN, en */
    static String tag(String lang) {
        return t(lang, "lang.tag");
    }

    /** a severity in words: 错误/警告/提示, ERROR/WARNING/INFO */
    public static String severity(Severity sev, String lang) {
        return t(lang, "severity." + sev.name());
    }

    /** the grade of a scorecard in the language asked (the scoring settings name it in both) */
    static String grade(Scorecard sc, String lang) {
        return Texts.named(lang, sc.grade(), sc.gradeEn());
    }

    /** a category's name in the language asked (the scoring settings name it in both) */
    static String category(Scorecard.CategoryScore c, String lang) {
        return Texts.named(lang, c.name(), c.nameEn());
    }

    static String kind(String kind, String lang) {
        if (kind == null) return t(lang, "kind.unknown");
        return t(lang, kind.equals("government") ? "kind.government" : "kind.department");
    }

    static String section(String numeral, String lang) {
        if (numeral == null) return t(lang, "section.whole");
        int i = "一二三四五六".indexOf(numeral);
        if (i < 0) return numeral;
        return t(lang, "section." + (i + 1));
    }

    /** "洪泽区人民政府 · 人民政府 · 2023年度 · 2021版格式 · 发布日期 未知": who, what kind, which year and format */
    static String report(Report rep, String lang) {
        String unknown = t(lang, "report.unknown");
        return (rep.getAgency() == null ? t(lang, "report.agencyUnknown") : rep.getAgency()) + " · "
            + kind(rep.getKind(), lang) + " · "
            + (rep.getYear() == null ? t(lang, "report.yearUnknown") : t(lang, "report.year", rep.getYear())) + " · "
            + (rep.getEdition() == null ? t(lang, "report.editionUnknown") : t(lang, "report.edition", rep.getEdition()))
            + " · " + t(lang, "report.published", rep.getPublished() == null ? unknown : rep.getPublished().toString());
    }

    /** the label of an evidence key: expected, actual, difference in words; other keys as they are */
    static String evidence(String key, String lang) {
        return TEXTS.has(lang, "evidence." + key) ? t(lang, "evidence." + key) : key;
    }

    /** the column headings of a summary, in the order of {@code Findings.SUMMARY} */
    static List<String> summaryHeader(String lang) {
        return list(lang, "summary.header");
    }

    /** where in the source file: 第3页第5行 / page 3 line 5, 表2第3行第4列 / table 2 row 3 column 4 */
    public static String source(SourceRef s, String lang) {
        List<String> parts = new ArrayList<>();
        if (s.page() != null) parts.add(t(lang, "source.page", s.page()));
        if (s.table() != null) {
            parts.add(t(lang, "source.table", s.table()));
            if (s.row() != null) parts.add(t(lang, "source.row", s.row()));
            if (s.col() != null) parts.add(t(lang, "source.column", s.col()));
        } else if (s.line() > 0) {
            parts.add(t(lang, "source.line", s.line()));
            if (s.col() != null) parts.add(t(lang, "source.cell", s.col()));
        }
        parts.removeIf(String::isEmpty);
        return String.join(t(lang, "source.join"), parts);
    }

    /** a cell a finding cites: "行政许可 / 处理决定数量 = 62379（第18行第4格）" / "… = 62379 (line 18 cell 4)" */
    public static String cell(CellRef c, String lang) {
        String place = source(c.src(), lang);
        return place.isEmpty() ? t(lang, "cellRef", c.name(), c.value()) : t(lang, "cellRef.placed", c.name(), c.value(), place);
    }

    /** a report table by its id: 第二十条第（一）项, the applications table, the litigation table */
    static String table(String id, String lang) {
        if (id.startsWith("A20.")) return t(lang, "table.A20", id.substring(4));
        return TEXTS.has(lang, "table." + id) ? t(lang, "table." + id) : id;
    }

    /** the column headings of a findings sheet, in the order of {@code Findings.COLUMNS} */
    static List<String> findingHeader(String lang) {
        return list(lang, "findings.header");
    }
}
