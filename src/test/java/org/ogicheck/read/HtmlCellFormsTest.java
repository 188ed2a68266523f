package org.ogicheck.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ogicheck.TestSupport;
import org.ogicheck.model.Cell;
import org.ogicheck.model.Finding;
import org.ogicheck.model.Severity;
import org.ogicheck.parse.ParsedReport;
import org.ogicheck.parse.ReportParser;

/**
 * Issue 10: the corpus pages with their cells written as other publishers write them — header cells as {@code <th>},
 * counts of four digits and more with a thousands separator (1,234, or the full-width 1，234) — read into the same
 * cells and give exactly the page's ERRORs. (A table split at a page break with its header repeated, a 序号 column and
 * full-width digits are TablePerturbationTest's variants.)
 */
class HtmlCellFormsTest {
    private static final Pattern NUMBER_CELL = Pattern.compile("(>\\s*)(\\d{4,})(\\s*<)");

    private static String grouped(String html, char separator) {
        Matcher m = NUMBER_CELL.matcher(html);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String g = String.format("%,d", Long.parseLong(m.group(2))).replace(',', separator);
            m.appendReplacement(sb, Matcher.quoteReplacement(m.group(1) + g + m.group(3)));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static ParsedReport parse(String name, String html, Charset cs) throws Exception {
        return org.ogicheck.app.Ogicheck.parse(name, html.getBytes(cs), ReportParser.Options.NONE);
    }

    private static List<String> cells(ParsedReport p) {
        return p.cells().stream().map(c -> c.getTable() + "/" + c.getRow() + "/" + c.getColumn() + "=" + value(c)).sorted().toList();
    }

    private static String value(Cell c) {
        return c.getValue().isNumeric() ? c.getValue().getNumber().stripTrailingZeros().toPlainString() : c.getValue().getKind().name();
    }

    private static List<String> errors(ParsedReport p) throws Exception {
        return TestSupport.engine().check(p, "zh").findings().stream().filter(f -> f.getSeverity() == Severity.ERROR)
            .map(Finding::getRuleId).sorted().toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"html/2023_pingtan_city.html", "html/2023_shuyang_fagaiju_department.html"})
    void headerCellsAndThousandsSeparators(String page) throws Exception {
        byte[] bytes = Files.readAllBytes(TestSupport.corpus(page));
        // both pages are UTF-8 (the GB pages of the reader's own tests are HtmlReaderTest's)
        Charset cs = StandardCharsets.UTF_8;
        String html = new String(bytes, cs);
        ParsedReport original = parse(page, html, cs);
        List<UnaryOperator<String>> forms = List.of(
            h -> h.replaceAll("<td(?=[\\s>])", "<th").replace("</td>", "</th>"),
            h -> grouped(h, ','),
            h -> grouped(h, '，'));
        for (UnaryOperator<String> form : forms) {
            String changed = form.apply(html);
            assertThat(changed).isNotEqualTo(html);
            ParsedReport p = parse(page, changed, cs);
            assertThat(cells(p)).isEqualTo(cells(original));
            assertThat(errors(p)).isEqualTo(errors(original));
        }
    }
}
