package org.ogicheck.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ogicheck.model.Cell;
import org.ogicheck.parse.ParsedReport;
import org.ogicheck.parse.ReportParser;

/** Comparison of a report read from HTML or Word with its plain-text twin, cell by cell. */
final class Twins {
    static final Path CORPUS = Path.of("..", "shared", "corpus");

    private Twins() {
    }

    static ParsedReport parse(Document doc) {
        return new ReportParser().parse(doc, ReportParser.Options.NONE);
    }

    static ParsedReport parseText(String name) throws ReadException {
        return parse(Readers.read(CORPUS.resolve("text").resolve(name + ".txt")));
    }

    /** table/row/column → kind and number, for the tables A20.*, APP and LIT */
    static Map<String, String> tableCells(ParsedReport r) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Cell c : r.cells()) {
            if (!c.getTable().startsWith("A20.") && !c.getTable().equals("APP") && !c.getTable().equals("LIT")) continue;
            String number = c.getNumber() == null ? "" : " " + c.getNumber().stripTrailingZeros().toPlainString();
            out.put(c.getTable() + "/" + c.getRow() + "/" + c.getColumn(), c.getKind() + number);
        }
        return out;
    }

    /** every table cell of {@code read} has the same kind and value as in the text twin, and no more */
    static void assertSameCells(ParsedReport read, ParsedReport text) {
        Map<String, String> expected = tableCells(text);
        assertThat(expected).as("text twin has tables").hasSizeGreaterThan(100);
        assertThat(tableCells(read)).containsExactlyInAnyOrderEntriesOf(expected);
    }
}
