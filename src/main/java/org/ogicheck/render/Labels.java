package org.ogicheck.render;

import java.util.ArrayList;
import java.util.List;
import org.ogicheck.model.Severity;
import org.ogicheck.model.Report;
import org.ogicheck.model.SourceRef;

/** Words shared by the renderers, in both languages. */
final class Labels {
    private Labels() {
    }

    static String severity(Severity sev, String lang) {
        if ("en".equals(lang)) return sev.name();
        return switch (sev) {
            case ERROR -> "错误";
            case WARNING -> "警告";
            case INFO -> "提示";
        };
    }

    static String kind(String kind, String lang) {
        if (kind == null) return "en".equals(lang) ? "kind unknown" : "类型未知";
        boolean gov = kind.equals("government");
        if ("en".equals(lang)) return gov ? "people's government" : "department";
        return gov ? "人民政府" : "政府部门";
    }

    static String section(String numeral, String lang) {
        if (numeral == null) return "en".equals(lang) ? "Whole report" : "全文";
        String[] zh = {"一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
            "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"};
        String[] en = {"1 General", "2 Proactive disclosure", "3 Applications", "4 Reconsideration and litigation",
            "5 Problems and improvements", "6 Other matters"};
        int i = "一二三四五六".indexOf(numeral);
        if (i < 0) return numeral;
        return "en".equals(lang) ? en[i] : zh[i];
    }

    /** "洪泽区人民政府 · 人民政府 · 2023年度 · 2021版格式 · 发布日期 未知": who, what kind, which year and format */
    static String report(Report rep, String lang) {
        boolean en = "en".equals(lang);
        return (rep.getAgency() == null ? (en ? "agency unknown" : "机关未知") : rep.getAgency()) + " · "
            + kind(rep.getKind(), lang) + " · "
            + (rep.getYear() == null ? (en ? "year unknown" : "年度未知") : rep.getYear() + (en ? "" : "年度")) + " · "
            + (rep.getEdition() == null ? (en ? "format unknown" : "格式未知")
                : (en ? rep.getEdition() + " format" : rep.getEdition() + "版格式"))
            + " · " + (en ? "published " : "发布日期 ")
            + (rep.getPublished() == null ? (en ? "unknown" : "未知") : rep.getPublished().toString());
    }

    /** the label of an evidence key: expected, actual, difference in words; other keys as they are */
    static String evidence(String key, String lang) {
        if ("en".equals(lang)) return key;
        return switch (key) {
            case "expected" -> "应为";
            case "actual" -> "实际";
            case "difference" -> "相差";
            default -> key;
        };
    }

    /** the column headings of a summary, in the order of {@code Findings.SUMMARY} */
    static List<String> summaryHeader(String lang) {
        return "en".equals(lang)
            ? List.of("Rank", "Source", "Agency", "Year", "Format", "Score", "Grade", "Errors", "Warnings", "Notes")
            : List.of("排名", "来源", "机关", "年度", "格式", "得分", "等级", "错误", "警告", "提示");
    }

    /** where in the source file: 第3页第5行 / page 3 line 5, 表2第3行第4列 / table 2 row 3 column 4 */
    static String source(SourceRef s, String lang) {
        if (!"en".equals(lang)) return s.describe();
        List<String> parts = new ArrayList<>();
        if (s.page() != null) parts.add("page " + s.page());
        if (s.table() != null) {
            parts.add("table " + s.table());
            if (s.row() != null) parts.add("row " + s.row());
            if (s.col() != null) parts.add("column " + s.col());
        } else if (s.line() > 0) {
            parts.add("line " + s.line());
        }
        return String.join(" ", parts);
    }

    /** a report table by its id: 第二十条第（一）项, the applications table, the litigation table */
    static String table(String id, String lang) {
        boolean en = "en".equals(lang);
        if (id.startsWith("A20.")) {
            String item = id.substring(4);
            return en ? "Article 20, item (" + item + ")" : "第二十条第（" + item + "）项";
        }
        return switch (id) {
            case "APP" -> en ? "Applications received and handled" : "收到和处理政府信息公开申请情况";
            case "LIT" -> en ? "Administrative reconsideration and litigation" : "政府信息公开行政复议、行政诉讼情况";
            default -> id;
        };
    }

    /** the column headings of a findings sheet, in the order of {@code Findings.COLUMNS} */
    static List<String> findingHeader(String lang) {
        return "en".equals(lang) ? Findings.COLUMNS
            : List.of("来源", "机关", "年度", "规则", "严重程度", "类别", "部分", "表", "行", "列", "行号", "说明", "应为", "实际",
                "相差", "扣分");
    }
}
