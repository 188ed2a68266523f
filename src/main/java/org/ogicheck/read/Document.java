package org.ogicheck.read;

import java.util.List;
import java.util.Map;

/**
 * A report file as read: its blocks in order, plus metadata the container gave (an HTML page's
 * title and 发布日期, a PDF's info). Keys of {@code meta}: title, published (yyyy-MM-dd), agency.
 *
 * @param source file name as given by the user
 * @param format text, html, docx, doc or pdf
 */
public record Document(String source, String format, List<Block> blocks, Map<String, String> meta) {
}
