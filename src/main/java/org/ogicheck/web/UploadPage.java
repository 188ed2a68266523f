package org.ogicheck.web;

import static org.ogicheck.web.Page.t;

/**
 * The start page: drop or choose one or several reports, or paste one, and say what the report
 * does not (kind, year, publication date, last year's report). Dropping needs no script: the
 * file field itself is the drop zone.
 */
final class UploadPage {
    private UploadPage() {
    }

    static String body(String lang, long maxUploadMb) {
        String q = "en".equals(lang) ? "?lang=en" : "";
        return "<h1>" + t(lang, "检查政府信息公开工作年度报告", "Check an annual report on government information disclosure") + "</h1>\n"
            + "<p>" + t(lang, "发布之前先检查：表格是否平衡、各部分是否齐全、数字与文字是否一致。报告只在内存中检查，检查后即丢弃，不会保存。",
                "Check a draft before it is published: do the tables balance, are all sections there, do numbers and text agree. "
                    + "Reports are checked in memory and dropped afterwards; nothing is stored.") + "</p>\n"
            + "<form class=\"upload\" method=\"post\" action=\"/check" + q + "\" enctype=\"multipart/form-data\">\n"
            + "<label class=\"drop\">" + t(lang, "把报告文件拖到这里，或点击选择（可多选）：文本、网页、Word、PDF",
                "Drop report files here, or click to choose (several allowed): text, HTML, Word, PDF")
            + "<input type=\"file\" name=\"file\" multiple></label>\n"
            + "<label>" + t(lang, "或粘贴报告全文：", "Or paste the report's text:")
            + "<textarea name=\"text\" spellcheck=\"false\"></textarea></label>\n"
            + "<fieldset><legend>" + t(lang, "可选：报告里没写清楚的信息", "Optional: what the report may not say") + "</legend>\n"
            + "<label>" + t(lang, "机关类型", "Agency kind") + " <select name=\"kind\"><option value=\"\">"
            + t(lang, "自动判断", "detect") + "</option><option value=\"government\">" + t(lang, "人民政府", "government")
            + "</option><option value=\"department\">" + t(lang, "政府部门", "department") + "</option></select></label>\n"
            + "<label>" + t(lang, "报告年度", "Report year") + " <input type=\"number\" name=\"year\" min=\"2008\" max=\"2100\"></label>\n"
            + "<label>" + t(lang, "发布日期", "Publication date") + " <input type=\"date\" name=\"published\"></label>\n"
            + "<label>" + t(lang, "机关名称", "Agency name") + " <input type=\"text\" name=\"agency\"></label><br>\n"
            + "<label>" + t(lang, "上一年度的报告（用于跨年度规则）", "Last year's report (for the cross-year rules)")
            + " <input type=\"file\" name=\"previous\"></label>\n</fieldset>\n"
            + "<button type=\"submit\">" + t(lang, "开始检查", "Check") + "</button>\n"
            + "<p class=\"hint\">" + t(lang, "单次上传总大小不超过 " + maxUploadMb + " MB。",
                "At most " + maxUploadMb + " MB per upload.") + "</p>\n</form>\n";
    }
}
