package org.ogicheck.workspace;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.ogicheck.engine.Messages;
import org.ogicheck.workspace.Overview.Coverage;
import org.ogicheck.workspace.Overview.Ranked;
import org.ogicheck.workspace.Overview.Status;
import org.ogicheck.workspace.Records.Review;
import org.ogicheck.workspace.Workspace.Reviewed;

/**
 * The region's overview to download, in the language asked (Chinese by default): a formatted workbook (column widths, wrapped text,
 * findings coloured by severity; every dismissal listed with its reason) and a Word brief for a leader.
 */
public final class Exports {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private Exports() {
    }

    // ------------------------------------------------------------------ XLSX

    /** the workbook in the language asked; {@code messages} words the stored findings again (the rules serving) */
    public static byte[] xlsx(Overview o, Messages messages, String lang) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle head = wb.createCellStyle();
            Font bold = wb.createFont();
            bold.setBold(true);
            head.setFont(bold);
            head.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            head.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            head.setWrapText(true);
            border(head);
            CellStyle wrap = style(wb, null);
            CellStyle error = style(wb, IndexedColors.ROSE);
            CellStyle warning = style(wb, IndexedColors.LIGHT_YELLOW);
            CellStyle info = style(wb, IndexedColors.PALE_BLUE);
            CellStyle dismissed = style(wb, IndexedColors.GREY_25_PERCENT);
            CellStyle missing = style(wb, IndexedColors.ROSE);
            CellStyle late = style(wb, IndexedColors.LIGHT_YELLOW);

            Sheet rank = sheet(wb, lang, "xlsx.ranking", head, new int[] {8, 6, 30, 8, 34, 10, 11, 7, 7, 7, 9});
            int r = 1;
            for (Ranked x : o.ranking()) {
                row(rank, r++, wrap, x.year(), x.rank(), x.agency(), x.level(), x.view().report().name(), x.score(), x.reviewed(),
                    x.check().errors(), x.check().warnings(), x.check().infos(), x.view().dismissed().size());
            }
            if (o.hasRoster()) {
                Sheet cov = sheet(wb, lang, "xlsx.coverage", head, new int[] {8, 30, 8, 24, 18, 12, 34});
                r = 1;
                for (Coverage c : o.coverage()) {
                    CellStyle s = c.status() == Status.MISSING ? missing : c.status() == Status.LATE ? late : wrap;
                    row(cov, r++, s, c.year(), c.entry().name(), c.entry().level(), c.entry().parent(), c.status().word(lang),
                        c.report() == null || c.report().published() == null ? "" : c.report().published().toString(),
                        c.report() == null ? "" : c.report().name());
                }
            }
            Sheet all = sheet(wb, lang, "xlsx.findings", head, new int[] {24, 7, 9, 10, 22, 14, 60, 7, 10, 36, 10, 16});
            Sheet dis = sheet(wb, lang, "xlsx.dismissed", head, new int[] {24, 7, 10, 14, 50, 40, 30, 10, 16, 11});
            r = 1;
            int d = 1;
            for (Ranked x : o.heat()) {
                for (Reviewed f : x.view().findings()) {
                    StoredFinding sf = f.finding();
                    Review rv = f.decision();
                    CellStyle s = f.dismissed() ? dismissed : switch (sf.level()) {
                        case ERROR -> error;
                        case WARNING -> warning;
                        default -> info;
                    };
                    row(all, r++, s, x.agency(), x.year(), RegionPage.severity(sf.severity(), lang), sf.ruleId(), sf.ruleName(), sf.place(lang), sf.message(messages, lang),
                        sf.points(), rv == null ? Words.t(lang, "notReviewed") : rv.decision().word(lang), rv == null ? "" : nz(rv.reason()), rv == null ? "" : rv.who(),
                        rv == null ? "" : WHEN.format(rv.at()));
                    if (f.dismissed()) {
                        row(dis, d++, wrap, x.agency(), x.year(), sf.ruleId(), sf.place(lang), sf.message(messages, lang), rv.reason(), nz(rv.note()), rv.who(),
                            WHEN.format(rv.at()), rv.expires() == null ? "" : rv.expires().toString());
                    }
                }
            }
            Sheet rules = sheet(wb, Words.t(lang, "xlsx.rules"), head, Words.list(lang, "rules.header"), new int[] {10, 40, 8, 8, 8});
            r = 1;
            for (Overview.RuleCount c : o.rules()) {
                row(rules, r++, wrap, c.ruleId(), c.name(), RegionPage.severity(c.severity(), lang), c.reports(), c.findings());
            }
            Sheet dup = sheet(wb, lang, "xlsx.duplicates", head, new int[] {18, 30, 8, 60});
            r = 1;
            for (Overview.Duplicate x : o.duplicates()) {
                row(dup, r++, wrap, x.kind().word(lang), x.agency(), x.year() == null ? "" : x.year(),
                    Words.joined(lang, x.reports().stream().map(Records.StoredReport::name).toList())
                        + (x.uploads().isEmpty() ? "" : Words.t(lang, "xlsx.uploads", x.uploads().size())));
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static CellStyle style(XSSFWorkbook wb, IndexedColors fill) {
        CellStyle s = wb.createCellStyle();
        s.setWrapText(true);
        s.setVerticalAlignment(VerticalAlignment.TOP);
        border(s);
        if (fill != null) {
            s.setFillForegroundColor(fill.getIndex());
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
        return s;
    }

    private static void border(CellStyle s) {
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
    }

    /** a sheet named by {@code key} of the bundle, its column headings those of {@code key.header} */
    private static Sheet sheet(XSSFWorkbook wb, String lang, String key, CellStyle head, int[] widths) {
        return sheet(wb, Words.t(lang, key), head, Words.list(lang, key + ".header"), widths);
    }

    private static Sheet sheet(XSSFWorkbook wb, String name, CellStyle head, List<String> columns, int[] widths) {
        Sheet s = wb.createSheet(name);
        Row r = s.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            var c = r.createCell(i);
            c.setCellValue(columns.get(i));
            c.setCellStyle(head);
            s.setColumnWidth(i, widths[i] * 256 + 512);
        }
        s.createFreezePane(0, 1);
        s.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(0, 0, 0, columns.size() - 1));
        return s;
    }

    private static void row(Sheet s, int at, CellStyle style, Object... values) {
        Row r = s.createRow(at);
        for (int i = 0; i < values.length; i++) {
            var c = r.createCell(i);
            Object v = values[i];
            if (v instanceof Number n) c.setCellValue(n.doubleValue());
            else c.setCellValue(v == null ? "" : v.toString());
            c.setCellStyle(style);
        }
    }

    // ------------------------------------------------------------------ DOCX

    /** a brief for a leader: the figures, who did not publish or published late, the ranking, the frequent problems */
    public static byte[] docx(Overview o, Messages messages, String lang) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            String region = o.region() == null || o.region().isBlank() ? Words.t(lang, "docx.thisRegion") : o.region();
            XWPFParagraph title = doc.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            XWPFRun t = title.createRun();
            t.setBold(true);
            t.setFontSize(18);
            t.setFontFamily("SimHei");
            t.setText(Words.t(lang, "docx.title", region));

            long agencies = o.ranking().stream().map(Ranked::agency).distinct().count();
            double avg = o.ranking().stream().mapToDouble(Ranked::reviewed).average().orElse(0);
            long dismissed = o.heat().stream().mapToLong(x -> x.view().dismissed().size()).sum();
            // the headings are numbered in order: the publication's only with a roster
            List<String> numerals = Words.list(lang, "docx.numerals");
            int[] next = {0};
            java.util.function.Consumer<String> numbered = key -> heading(doc, Words.t(lang, "docx.heading", numerals.get(next[0]++), Words.t(lang, key)));
            numbered.accept("docx.overall");
            para(doc, Words.t(lang, "docx.summary", agencies, o.ranking().size(), years(o, lang), RegionPage.fmt(avg), dismissed));
            if (o.hasRoster()) {
                numbered.accept("docx.coverage");
                List<Coverage> missing = o.with(Status.MISSING);
                List<Coverage> late = o.with(Status.LATE);
                para(doc, missing.isEmpty() ? Words.t(lang, "docx.allPublished") : Words.t(lang, "docx.missing", missing.size(), names(missing, lang)));
                para(doc, late.isEmpty() ? Words.t(lang, "docx.noLate") : Words.t(lang, "docx.late", late.size(), names(late, lang)));
                List<Coverage> unknown = o.with(Status.DATE_UNKNOWN);
                if (!unknown.isEmpty()) para(doc, Words.t(lang, "docx.dateUnknown", unknown.size(), names(unknown, lang)));
            }
            numbered.accept("docx.ranking");
            XWPFTable table = doc.createTable(1, 5);
            List<String> head = Words.list(lang, "docx.ranking.header");
            for (int i = 0; i < head.size(); i++) table.getRow(0).getCell(i).setText(head.get(i));
            for (Ranked r : o.ranking()) {
                var row = table.createRow();
                row.getCell(0).setText(String.valueOf(r.year()));
                row.getCell(1).setText(String.valueOf(r.rank()));
                row.getCell(2).setText(r.agency());
                row.getCell(3).setText(RegionPage.fmt(r.score()));
                row.getCell(4).setText(RegionPage.fmt(r.reviewed()));
            }
            numbered.accept("docx.rules");
            int n = 0;
            for (Overview.RuleCount c : o.rules()) {
                if (n++ >= 5) break;
                para(doc, Words.t(lang, "docx.rule", n, c.name(), c.ruleId(), c.reports(), c.findings()));
            }
            if (o.rules().isEmpty()) para(doc, Words.t(lang, "docx.noFindings"));
            if (!o.duplicates().isEmpty()) {
                numbered.accept("docx.duplicates");
                for (Overview.Duplicate d : o.duplicates()) {
                    String files = Words.joined(lang, d.reports().stream().map(Records.StoredReport::name).toList());
                    para(doc, d.year() == null ? Words.t(lang, "docx.duplicate", d.kind().word(lang), d.agency(), files)
                        : Words.t(lang, "docx.duplicateYear", d.kind().word(lang), d.agency(), d.year(), files));
                }
            }
            heading(doc, Words.t(lang, "docx.dismissedHeading"));
            if (dismissed == 0) para(doc, Words.t(lang, "docx.none"));
            for (Ranked x : o.heat()) {
                for (Reviewed f : x.view().dismissed()) {
                    para(doc, Words.t(lang, "docx.dismissed", x.agency(), x.year(), f.finding().ruleId(), f.finding().place(lang), f.finding().message(messages, lang),
                        f.decision().reason(), f.decision().who(), WHEN.format(f.decision().at())));
                }
            }
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static String years(Overview o, String lang) {
        if (o.years().isEmpty()) return Words.t(lang, "docx.yearUnknown");
        int a = o.years().get(0);
        int b = o.years().get(o.years().size() - 1);
        return a == b ? Words.t(lang, "docx.year", a) : Words.t(lang, "docx.years", a, b);
    }

    private static String names(List<Coverage> cs, String lang) {
        return Words.joined(lang, cs.stream().map(c -> Words.t(lang, "docx.agencyYear", c.entry().name(), c.year())).toList());
    }

    private static void heading(XWPFDocument doc, String text) {
        XWPFRun r = doc.createParagraph().createRun();
        r.setBold(true);
        r.setFontSize(14);
        r.setFontFamily("SimHei");
        r.setText(text);
    }

    private static void para(XWPFDocument doc, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setFirstLineIndent(480);
        XWPFRun r = p.createRun();
        r.setFontSize(12);
        r.setFontFamily("SimSun");
        r.setText(text);
    }
}
