package org.ogicheck.read;

import java.util.List;
import java.util.Map;

/**
 * A report file as read: its blocks in order, plus metadata the container gave (an HTML page's
 * title and 发布日期, a PDF's info). Keys of {@code meta}: title, published (yyyy-MM-dd), agency.
 *
 * @param source file name as given by the user
 * @param format text, html, docx, doc or pdf
 * @param issues what the reader met but could not read as written (bytes replaced, a table cut at
 *               the cell limit), each one line in Chinese with its place; the parser makes them
 *               PARSE findings
 */
public record Document(String source, String format, List<Block> blocks, Map<String, String> meta, List<Issue> issues) {

    /** something the reader met but could not read as written */
    public record Issue(String kind, org.ogicheck.i18n.Said detail, org.ogicheck.model.SourceRef src) {
    }

    public Document(String source, String format, List<Block> blocks, Map<String, String> meta) {
        this(source, format, blocks, meta, List.of());
    }
}
