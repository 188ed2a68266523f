package org.ogicheck.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ogicheck.model.Value;
import org.ogicheck.parse.ParsedReport;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

class WordReaderTest {
    private static final Path FIXTURES = Path.of("fixtures", "read");

    private static Document fixture(String file) throws ReadException {
        return Readers.read(FIXTURES.resolve(file));
    }

    @ParameterizedTest
    @CsvSource({
        "2023_pingtan_city, docx", "2023_shuyang_fagaiju_department, docx",
        "2023_pingtan_city, doc", "2023_shuyang_fagaiju_department, doc"})
    void tablesMatchTheTextTwin(String name, String ext) throws Exception {
        Document doc = fixture(name + "." + ext);
        assertThat(doc.format()).isEqualTo(ext);
        ParsedReport word = Twins.parse(doc);
        ParsedReport text = Twins.parseText(name);
        Twins.assertSameCells(word, text);
        assertThat(word.sections()).extracting(s -> s.number() + " " + s.title() + " " + s.text().length())
            .containsExactlyElementsOf(text.sections().stream().map(s -> s.number() + " " + s.title() + " "
                + s.text().length()).toList());
        assertThat(word.report().getTitle()).isEqualTo(text.report().getTitle());
    }

    @ParameterizedTest
    @CsvSource({"docx", "doc"})
    void mergedCellsOfTheFixture(String ext) throws Exception {
        List<Block> rows = fixture("2023_pingtan_city." + ext).blocks().stream().filter(Block::isRow).toList();
        // gridSpan: caption over 4 columns stands once; the value spanning 3 columns keeps them
        assertThat(rows).filteredOn(b -> b.text().contains("第二十条第（五）项")).singleElement()
            .extracting(Block::cells).isEqualTo(List.of("第二十条第（五）项"));
        assertThat(rows).filteredOn(b -> b.text().startsWith("行政许可")).singleElement()
            .extracting(Block::cells).isEqualTo(List.of("行政许可", "2629", "", ""));
        // vMerge: 三、本年度办理结果 (over 22 rows) and （三）不予公开 (over 8) start only their first row
        assertThat(rows).filteredOn(b -> b.text().contains("三、本年度办理结果")).hasSize(1);
        assertThat(rows).filteredOn(b -> b.text().contains("（三）不予公开")).singleElement()
            .extracting(b -> b.cells().get(1)).isEqualTo("1.属于国家秘密");
        Block second = rows.stream().filter(b -> b.text().startsWith("2.其他法律行政法规禁止公开")).findFirst()
            .orElseThrow();
        assertThat(second.cells()).hasSize(8);
        assertThat(second.cellSrc(1).col()).as("values keep their grid column").isEqualTo(4);
    }

    @Test
    void shuyangLegalPersonCellsStayBlank() throws Exception {
        ParsedReport r = Twins.parse(fixture("2023_shuyang_fagaiju_department.docx"));
        assertThat(r.cell("APP", "granted", "research").getKind()).isEqualTo(Value.Kind.BLANK);
        assertThat(r.cell("APP", "granted", "total").getN()).isEqualTo(26);
    }

    /** hidden text (w:vanish) is not what Word shows: a hidden "1" before 26 and before a cell's 26 reads 26 */
    @Test
    void hiddenRunsAreNotRead() throws Exception {
        byte[] bytes;
        try (XWPFDocument d = new XWPFDocument(Files.newInputStream(FIXTURES.resolve("2023_shuyang_fagaiju_department.docx")));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            org.apache.poi.xwpf.usermodel.XWPFParagraph said = d.getParagraphs().stream()
                .filter(p -> p.getText().contains("共收到依申请信息公开26件")).findFirst().orElseThrow();
            int at = 0;
            while (!said.getRuns().get(at).text().startsWith("26")) at++;
            said.insertNewRun(at).setText("1");
            said.getRuns().get(at).setVanish(true);
            XWPFTableCell cell = d.getTables().stream().flatMap(t -> t.getRows().stream()).filter(r -> r.getCell(0) != null
                    && r.getCell(0).getText().contains("本年新收"))
                .map(r -> r.getTableCells().get(r.getTableCells().size() - 1)).findFirst().orElseThrow();
            org.apache.poi.xwpf.usermodel.XWPFRun hidden = cell.getParagraphs().get(0).insertNewRun(0);
            hidden.setText("9");
            hidden.setVanish(true);
            d.write(out);
            bytes = out.toByteArray();
        }
        Document doc = Readers.read("hidden.docx", bytes);
        assertThat(doc.blocks()).extracting(Block::text).anySatisfy(t -> assertThat(t).contains("共收到依申请信息公开26件"))
            .noneSatisfy(t -> assertThat(t).contains("126件"));
        Twins.assertSameCells(Twins.parse(doc), Twins.parse(fixture("2023_shuyang_fagaiju_department.docx")));
    }

    /** Word's own markup: vMerge without a value continues, gridSpan, hMerge, gridBefore */
    @Test
    void wordMergeMarkup() throws Exception {
        byte[] bytes;
        try (XWPFDocument d = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            d.createParagraph().createRun().setText("三、收到和处理政府信息公开申请情况");
            XWPFTable t = d.createTable(3, 4);
            set(t, 0, 0, "（三）不予公开");
            tcPr(t, 0, 0).addNewVMerge().setVal(STMerge.RESTART);
            set(t, 0, 1, "1.属于国家秘密");
            set(t, 0, 2, "5");
            set(t, 0, 3, "");
            tcPr(t, 1, 0).addNewVMerge(); // no w:val: continue
            set(t, 1, 1, "2.其他法律行政法规禁止公开");
            set(t, 1, 2, "7");
            tcPr(t, 1, 2).addNewHMerge().setVal(STMerge.RESTART);
            tcPr(t, 1, 3).addNewHMerge().setVal(STMerge.CONTINUE);
            // row 3: one cell spanning 3 columns after one column left out by gridBefore
            XWPFTableRow row = t.getRow(2);
            row.removeCell(3);
            row.removeCell(2);
            row.removeCell(1);
            row.getCtRow().addNewTrPr().addNewGridBefore().setVal(BigInteger.ONE);
            set(t, 2, 0, "（七）总计");
            tcPr(t, 2, 0).addNewGridSpan().setVal(BigInteger.valueOf(3));
            d.write(out);
            bytes = out.toByteArray();
        }
        Document doc = Readers.read("made.docx", bytes);
        assertThat(doc.blocks()).extracting(Block::text).containsExactly(
            "三、收到和处理政府信息公开申请情况",
            "（三）不予公开 | 1.属于国家秘密 | 5 | ",
            "2.其他法律行政法规禁止公开 | 7 | ",
            "（七）总计");
        Block r2 = doc.blocks().get(2);
        assertThat(r2.cellSrc(0).col()).isEqualTo(2);
        assertThat(r2.cellSrc(2).col()).as("hMerge continuation of a value is a blank in its column").isEqualTo(4);
        assertThat(doc.blocks().get(3).cellSrc(0).col()).as("after gridBefore").isEqualTo(2);
    }

    private static void set(XWPFTable t, int r, int c, String text) {
        XWPFTableCell cell = t.getRow(r).getCell(c);
        cell.getParagraphs().get(0).createRun().setText(text);
    }

    private static CTTcPr tcPr(XWPFTable t, int r, int c) {
        XWPFTableCell cell = t.getRow(r).getCell(c);
        return cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
    }

    @Test
    void docxThatIsNotAZip() {
        byte[] notZip = "一、总体情况\n这不是一个Word文件。".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> new DocxReader().read("broken.docx", notZip))
            .isInstanceOf(ReadException.class)
            .hasMessage("broken.docx：不是可读取的 Word .docx 文件（不是 zip 压缩包）")
            .satisfies(e -> assertThat(((ReadException) e).message("en")).isEqualTo("broken.docx: not a readable Word .docx file (not a zip archive)"))
            .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void zipWithoutDocumentXml() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("hello.txt"));
            zip.write("hello".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertThatThrownBy(() -> Readers.read("empty.docx", out.toByteArray()))
            .isInstanceOf(ReadException.class)
            .hasMessage("empty.docx：不是可读取的 Word .docx 文件（压缩包中没有 word/document.xml）")
            .satisfies(e -> assertThat(((ReadException) e).message("en")).isEqualTo("empty.docx: not a readable Word .docx file (no word/document.xml in the archive)"));
    }

    @Test
    void truncatedDocx() throws Exception {
        byte[] whole = Files.readAllBytes(FIXTURES.resolve("2023_pingtan_city.docx"));
        byte[] cut = Arrays.copyOf(whole, whole.length / 2);
        assertThatThrownBy(() -> Readers.read("cut.docx", cut))
            .isInstanceOf(ReadException.class)
            .hasMessageStartingWith("cut.docx：不是可读取的 Word .docx 文件")
            .satisfies(e -> assertThat(((ReadException) e).message("en")).startsWith("cut.docx: not a readable Word .docx file"));
    }

    @Test
    void damagedDoc() throws Exception {
        byte[] whole = Files.readAllBytes(FIXTURES.resolve("2023_pingtan_city.doc"));
        byte[] cut = Arrays.copyOf(whole, 4096);
        assertThatThrownBy(() -> Readers.read("cut.doc", cut))
            .isInstanceOf(ReadException.class)
            .hasMessageStartingWith("cut.doc：不是可读取的 Word 97-2003 .doc 文件")
            .satisfies(e -> assertThat(((ReadException) e).message("en")).startsWith("cut.doc: not a readable Word 97-2003 .doc file"))
            .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }
}
