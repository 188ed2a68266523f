package org.ogicheck.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ogicheck.parse.ReportParser;
import org.ogicheck.pipeline.ReportFacts;

/**
 * What a request asks to check: the report files (multipart fields {@code file}, any other file
 * field, or pasted {@code text}; or the raw body), last year's report ({@code previous}) and what
 * the user says about the report (kind, year, published, agency; query or form fields). A body
 * that is not multipart is the report itself, whatever its declared type: the content decides.
 */
record Submission(List<Upload> files, Upload previous, ReportParser.Options options) {

    /** the request cannot be checked as it is; the message is for the person who sent it */
    static final class Invalid extends Exception {
        Invalid(String message) {
            super(message);
        }
    }

    static Submission of(Http http) throws IOException, Invalid {
        byte[] body = http.body();
        String contentType = http.header("Content-Type");
        Map<String, String> fields = new LinkedHashMap<>();
        List<Upload> files = new ArrayList<>();
        Upload previous = null;
        if (Multipart.is(contentType)) {
            List<Multipart.Part> parts;
            try {
                parts = Multipart.parse(contentType, body);
            } catch (Multipart.Malformed e) {
                throw new Invalid("上传内容格式有误（" + e.getMessage() + "）。");
            }
            for (Multipart.Part p : parts) {
                if (p.filename() == null) {
                    fields.putIfAbsent(p.name(), p.text().strip());
                } else if (p.data().length > 0) {
                    Upload u = new Upload(p.filename().isBlank() ? "upload" : p.filename(), p.data());
                    if (p.name().equals("previous")) previous = u;
                    else files.add(u);
                }
            }
            String text = fields.getOrDefault("text", "");
            if (!text.isBlank()) files.add(new Upload("pasted.txt", text.getBytes(StandardCharsets.UTF_8)));
        } else if (body.length > 0) {
            String name = http.query("name");
            files.add(new Upload(name == null || name.isBlank() ? "upload" : name, body));
        }
        for (String k : List.of("kind", "year", "published", "agency")) {
            String q = http.query(k);
            if (q != null && !fields.containsKey(k)) fields.put(k, q.strip());
        }
        if (files.isEmpty()) throw new Invalid("没有收到报告：请选择文件或粘贴报告全文。");
        return new Submission(files, previous, options(fields));
    }

    private static ReportParser.Options options(Map<String, String> f) throws Invalid {
        try {
            return ReportFacts.of(f.get("year"), f.get("published"), f.get("agency"), f.get("kind"));
        } catch (ReportFacts.Invalid e) {
            throw new Invalid(switch (e.problem()) {
                case KIND -> "机关类型“" + e.value() + "”无效：应为 department（部门）或 government（政府）。";
                case YEAR -> "报告年度“" + e.value() + "”无效：应为 2008 至 2100 之间的年份。";
                case PUBLISHED -> "发布日期“" + e.value() + "”无效：应写作 2024-01-31。";
            });
        }
    }

}
