package org.ogicheck.render;

/** Words shared by the renderers, in both languages. */
final class Labels {
    private Labels() {
    }

    static String severity(String sev, String lang) {
        if ("en".equals(lang)) return sev;
        return switch (sev) {
            case "ERROR" -> "错误";
            case "WARNING" -> "警告";
            default -> "提示";
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
}
