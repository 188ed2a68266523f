package org.ogicheck.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ogicheck.TestSupport;
import org.ogicheck.parse.ParsedReport;

/**
 * A report that sits inside a layout table (a page pasted into Word keeps the page's frame: one
 * table, one cell, the whole report in it, its statistics tables nested) reads like the report
 * itself: the same cells and the same findings. Built from the corpus reports' Word twins, their
 * whole body put into the one cell of an outer table.
 */
class LayoutTableTest {

    private static final Pattern BODY = Pattern.compile("<w:body>(.*)(<w:sectPr.*</w:sectPr>)\\s*</w:body>", Pattern.DOTALL);

    static byte[] inOneCell(byte[] docx) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx)); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                if (e.getName().equals("word/document.xml")) {
                    String xml = new String(bytes, StandardCharsets.UTF_8);
                    Matcher m = BODY.matcher(xml);
                    assertThat(m.find()).as("document body").isTrue();
                    String wrapped = "<w:tbl><w:tblPr><w:tblW w:w=\"5000\" w:type=\"pct\"/></w:tblPr><w:tblGrid><w:gridCol w:w=\"9000\"/>"
                        + "</w:tblGrid><w:tr><w:tc><w:tcPr><w:tcW w:w=\"9000\" w:type=\"dxa\"/></w:tcPr>" + m.group(1)
                        + "<w:p/></w:tc></w:tr></w:tbl><w:p/>";
                    bytes = (xml.substring(0, m.start(1)) + wrapped + xml.substring(m.start(2))).getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(bytes);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static List<String> findings(ParsedReport p) throws Exception {
        return TestSupport.engine().check(p, "zh").findings().stream()
            .map(f -> f.getRuleId() + " " + f.getSeverity() + " " + f.getTable() + "/" + f.getRow() + "/" + f.getColumn())
            .sorted().toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023_pingtan_city.docx", "2023_shuyang_fagaiju_department.docx"})
    void aWordReportInsideALayoutTableReadsLikeTheReport(String name) throws Exception {
        byte[] docx = Files.readAllBytes(TestSupport.FIXTURES.resolve("read").resolve(name));
        ParsedReport original = Twins.parse(Readers.read(name, docx));
        ParsedReport framed = Twins.parse(Readers.read(name, inOneCell(docx)));

        assertThat(framed.sections()).hasSameSizeAs(original.sections());
        assertThat(Twins.tableCells(framed)).containsExactlyInAnyOrderEntriesOf(Twins.tableCells(original));
        assertThat(findings(framed)).isEqualTo(findings(original));
        assertThat(framed.cells()).isNotEmpty();
    }
}
