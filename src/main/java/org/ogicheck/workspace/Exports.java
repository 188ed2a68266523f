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
import org.ogicheck.workspace.Overview.Coverage;
import org.ogicheck.workspace.Overview.Ranked;
import org.ogicheck.workspace.Overview.Status;
import org.ogicheck.workspace.Records.Review;
import org.ogicheck.workspace.Workspace.Reviewed;

/**
 * The region's overview to download, in Chinese: a formatted workbook (column widths, wrapped text,
 * findings coloured by severity; every dismissal listed with its reason) and a Word brief for a leader.
 */
public final class Exports {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private Exports() {
    }

    // ------------------------------------------------------------------ XLSX

    public static byte[] xlsx(Overview o) throws IOException {
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

            Sheet rank = sheet(wb, "排名", head, List.of("年度", "名次", "单位", "级别", "文件", "检查得分", "审核后得分", "错误", "警告", "提示", "不予采纳"),
                new int[] {8, 6, 30, 8, 34, 10, 11, 7, 7, 7, 9});
            int r = 1;
            for (Ranked x : o.ranking()) {
                row(rank, r++, wrap, x.year(), x.rank(), x.agency(), x.level(), x.view().report().name(), x.score(), x.reviewed(),
                    x.check().errors(), x.check().warnings(), x.check().infos(), x.view().dismissed().size());
            }
            if (o.hasRoster()) {
                Sheet cov = sheet(wb, "发布情况", head, List.of("年度", "单位", "级别", "上级", "情况", "发布日期", "文件"), new int[] {8, 30, 8, 24, 18, 12, 34});
                r = 1;
                for (Coverage c : o.coverage()) {
                    CellStyle s = c.status() == Status.MISSING ? missing : c.status() == Status.LATE ? late : wrap;
                    row(cov, r++, s, c.year(), c.entry().name(), c.entry().level(), c.entry().parent(), c.status().zh(),
                        c.report() == null || c.report().published() == null ? "" : c.report().published().toString(),
                        c.report() == null ? "" : c.report().name());
                }
            }
            Sheet all = sheet(wb, "问题清单", head, List.of("单位", "年度", "级别", "规则", "名称", "位置", "说明", "扣分", "审核", "理由", "审核人", "审核时间"),
                new int[] {24, 7, 9, 10, 22, 14, 60, 7, 10, 36, 10, 16});
            Sheet dis = sheet(wb, "不予采纳", head, List.of("单位", "年度", "规则", "位置", "说明", "理由", "备注", "审核人", "审核时间", "有效期至"),
                new int[] {24, 7, 10, 14, 50, 40, 30, 10, 16, 11});
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
                    row(all, r++, s, x.agency(), x.year(), severity(sf.severity()), sf.ruleId(), sf.ruleName(), place(sf), sf.message(), sf.points(),
                        rv == null ? "未审核" : rv.decision().zh(), rv == null ? "" : nz(rv.reason()), rv == null ? "" : rv.who(),
                        rv == null ? "" : WHEN.format(rv.at()));
                    if (f.dismissed()) {
                        row(dis, d++, wrap, x.agency(), x.year(), sf.ruleId(), place(sf), sf.message(), rv.reason(), nz(rv.note()), rv.who(),
                            WHEN.format(rv.at()), rv.expires() == null ? "" : rv.expires().toString());
                    }
                }
            }
            Sheet rules = sheet(wb, "常见问题", head, List.of("规则", "名称", "级别", "报告数", "问题数"), new int[] {10, 40, 8, 8, 8});
            r = 1;
            for (Overview.RuleCount c : o.rules()) row(rules, r++, wrap, c.ruleId(), c.name(), severity(c.severity()), c.reports(), c.findings());
            Sheet dup = sheet(wb, "重复", head, List.of("类型", "单位", "年度", "文件"), new int[] {18, 30, 8, 60});
            r = 1;
            for (Overview.Duplicate x : o.duplicates()) {
                row(dup, r++, wrap, x.kind(), x.agency(), x.year() == null ? "" : x.year(),
                    String.join("、", x.reports().stream().map(Records.StoredReport::name).toList())
                        + (x.uploads().isEmpty() ? "" : "（上传 " + x.uploads().size() + " 次）"));
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static String severity(String s) {
        return switch (s) {
            case "ERROR" -> "错误";
            case "WARNING" -> "警告";
            default -> "提示";
        };
    }

    /** where a finding is, in report terms: the section and the place in the file */
    public static String place(StoredFinding f) {
        StringBuilder sb = new StringBuilder();
        if (f.section() != null && !f.section().isEmpty()) sb.append(f.section()).append("、");
        if (f.place() != null && !f.place().isEmpty()) sb.append(f.place());
        String s = sb.toString();
        return s.endsWith("、") ? s.substring(0, s.length() - 1) : s;
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
    public static byte[] docx(Overview o) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            String region = o.region() == null || o.region().isBlank() ? "本地区" : o.region();
            XWPFParagraph title = doc.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            XWPFRun t = title.createRun();
            t.setBold(true);
            t.setFontSize(18);
            t.setFontFamily("SimHei");
            t.setText(region + "政府信息公开工作年度报告检查情况简报");

            long agencies = o.ranking().stream().map(Ranked::agency).distinct().count();
            double avg = o.ranking().stream().mapToDouble(Ranked::reviewed).average().orElse(0);
            long dismissed = o.heat().stream().mapToLong(x -> x.view().dismissed().size()).sum();
            heading(doc, "一、总体情况");
            para(doc, "本次共检查 " + agencies + " 个单位的 " + o.ranking().size() + " 份年度报告（" + years(o) + "），审核后平均得分 "
                + RegionPage.fmt(avg) + " 分。经人工审核，不予采纳的问题 " + dismissed + " 项，理由逐项列于文末。");
            if (o.hasRoster()) {
                heading(doc, "二、发布情况");
                List<Coverage> missing = o.with(Status.MISSING);
                List<Coverage> late = o.with(Status.LATE);
                para(doc, missing.isEmpty() ? "名单内单位均已发布年度报告。"
                    : "未发布年度报告的单位 " + missing.size() + " 个：" + names(missing) + "。");
                para(doc, late.isEmpty() ? "未发现逾期发布（部门晚于次年1月31日、人民政府晚于次年3月31日）的报告。" : "逾期发布的单位 " + late.size() + " 个：" + names(late) + "。");
                List<Coverage> unknown = o.with(Status.DATE_UNKNOWN);
                if (!unknown.isEmpty()) para(doc, "发布日期无法从报告中读出的 " + unknown.size() + " 份，需核实：" + names(unknown) + "。");
            }
            heading(doc, o.hasRoster() ? "三、得分排名" : "二、得分排名");
            XWPFTable table = doc.createTable(1, 5);
            String[] head = {"年度", "名次", "单位", "检查得分", "审核后得分"};
            for (int i = 0; i < head.length; i++) table.getRow(0).getCell(i).setText(head[i]);
            for (Ranked r : o.ranking()) {
                var row = table.createRow();
                row.getCell(0).setText(String.valueOf(r.year()));
                row.getCell(1).setText(String.valueOf(r.rank()));
                row.getCell(2).setText(r.agency());
                row.getCell(3).setText(RegionPage.fmt(r.score()));
                row.getCell(4).setText(RegionPage.fmt(r.reviewed()));
            }
            heading(doc, o.hasRoster() ? "四、主要问题" : "三、主要问题");
            int n = 0;
            for (Overview.RuleCount c : o.rules()) {
                if (n++ >= 5) break;
                para(doc, n + ". " + c.name() + "（" + c.ruleId() + "）：" + c.reports() + " 份报告，共 " + c.findings() + " 处。");
            }
            if (o.rules().isEmpty()) para(doc, "未发现问题。");
            if (!o.duplicates().isEmpty()) {
                heading(doc, o.hasRoster() ? "五、重复报送" : "四、重复报送");
                for (Overview.Duplicate d : o.duplicates()) {
                    para(doc, d.kind() + "：" + d.agency() + (d.year() == null ? "" : " " + d.year() + " 年度") + "，"
                        + String.join("、", d.reports().stream().map(Records.StoredReport::name).toList()) + "。");
                }
            }
            heading(doc, "附：不予采纳的问题及理由");
            if (dismissed == 0) para(doc, "无。");
            for (Ranked x : o.heat()) {
                for (Reviewed f : x.view().dismissed()) {
                    para(doc, x.agency() + " " + x.year() + " 年度，" + f.finding().ruleId() + "（" + place(f.finding()) + "）：" + f.finding().message()
                        + " —— 理由：" + f.decision().reason() + "（" + f.decision().who() + "，" + WHEN.format(f.decision().at()) + "）");
                }
            }
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static String years(Overview o) {
        if (o.years().isEmpty()) return "年度不明";
        int a = o.years().get(0);
        int b = o.years().get(o.years().size() - 1);
        return a == b ? a + " 年度" : a + "—" + b + " 年度";
    }

    private static String names(List<Coverage> cs) {
        return String.join("、", cs.stream().map(c -> c.entry().name() + "（" + c.year() + "）").toList());
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
