package org.ogicheck.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ogicheck.model.Cell;
import org.ogicheck.model.Section;
import org.ogicheck.model.Value;
import org.ogicheck.parse.ParsedReport;
import org.ogicheck.parse.ReportParser;

class PdfReaderTest {
    private static final Path CORPUS = Path.of("../shared/corpus");

    private static Document pdf(String name) throws IOException, ReadException {
        Path file = CORPUS.resolve("pdf/" + name + ".pdf");
        return new PdfReader().read(file.toString(), Files.readAllBytes(file));
    }

    private static Document text(String name) throws IOException, ReadException {
        Path file = CORPUS.resolve("text/" + name + ".txt");
        return new TextReader().read(file.toString(), Files.readAllBytes(file));
    }

    private static ParsedReport parse(Document doc) {
        return new ReportParser().parse(doc, ReportParser.Options.NONE);
    }

    /** table/row/column → kind and number of every cell of the Article 20, applications and litigation tables */
    private static Map<String, String> tableCells(ParsedReport r) {
        Map<String, String> out = new TreeMap<>();
        for (Cell c : r.cells()) {
            String t = c.getTable();
            if (!t.startsWith("A20.") && !t.equals("APP") && !t.equals("LIT")) continue;
            Value v = c.getValue();
            String n = v.getNumber() == null ? "" : " " + v.getNumber().stripTrailingZeros().toPlainString();
            out.put(t + "/" + c.getRow() + "/" + c.getColumn(), v.getKind() + n);
        }
        return out;
    }

    private static List<Integer> sections(ParsedReport r) {
        return r.sections().stream().map(Section::number).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023_hongzequ_county", "2024_hongzequ_county", "2024_huaian_city"})
    void tablesAndSectionsMatchTheTextTwin(String name) throws Exception {
        ParsedReport fromPdf = parse(pdf(name));
        ParsedReport fromText = parse(text(name));

        Map<String, String> expected = tableCells(fromText);
        assertThat(expected).as("text twin cells").hasSizeGreaterThan(150);
        assertThat(expected.keySet()).anyMatch(k -> k.startsWith("A20.一/"))
            .anyMatch(k -> k.startsWith("APP/")).anyMatch(k -> k.startsWith("LIT/"));
        assertThat(tableCells(fromPdf)).isEqualTo(expected);

        assertThat(sections(fromText)).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(sections(fromPdf)).isEqualTo(sections(fromText));
        // the narrative reads the same, up to white space (lines of a paragraph joined, page numbers gone)
        for (int i = 0; i < fromText.sections().size(); i++) {
            assertThat(squeeze(fromPdf.sections().get(i).text())).as("section %d text", i + 1)
                .isEqualTo(squeeze(fromText.sections().get(i).text()));
        }
    }

    private static String squeeze(String s) {
        return s.replaceAll("\\s+", "");
    }

    @Test
    void knownLitigationDefectOf2023HongzeIsReadAsPublished() throws Exception {
        ParsedReport r = parse(pdf("2023_hongzequ_county"));
        assertThat(r.cell("LIT", "review", "total").getValue().getNumber()).isEqualByComparingTo("0");
        assertThat(r.cell("LIT", "review", "upheld").getValue().getNumber()).isEqualByComparingTo("10");
        assertThat(r.cell("LIT", "review", "corrected").getValue().getNumber()).isEqualByComparingTo("1");
        assertThat(r.cell("LIT", "afterReview", "upheld").getValue().getNumber()).isEqualByComparingTo("5");
        assertThat(r.cell("LIT", "afterReview", "total").getValue().getNumber()).isEqualByComparingTo("0");
    }

    @Test
    void tableRowsHaveTheShapeOfTheTextRows() throws Exception {
        Document d = pdf("2024_huaian_city");
        List<String> rows = d.blocks().stream().filter(Block::isRow).map(Block::text).toList();
        // a merged label cut by the page break is one cell, and the row below it carries no empty cells
        assertThat(rows).contains("（四）无法提供 | 1.本机关不掌握相关政府信息 | 746 | 12 | 0 | 0 | 10 | 1 | 769");
        assertThat(rows).contains("2.没有现成信息需要另行制作 | 11 | 0 | 0 | 0 | 0 | 0 | 11");
        // wrapped label text stays in its cell; vertical text is read as one label
        assertThat(rows).contains("三、本年度办理结果 | （一）予以公开 | 1288 | 21 | 0 | 0 | 50 | 3 | 1362");
        assertThat(rows).contains("（二）部分公开（区分处理的，只计这一情形，不计其他情形） | 447 | 7 | 0 | 0 | 0 | 0 | 454");
        assertThat(rows).contains("72 | 64 | 178 | 37 | 351 | 13 | 4 | 8 | 1 | 26 | 12 | 1 | 1 | 6 | 20");
        assertThat(rows).contains("第二十条第（一）项");
    }

    @Test
    void verticalLabelsAndUnusedLabelCells() throws Exception {
        List<String> rows2023 = pdf("2023_hongzequ_county").blocks().stream().filter(Block::isRow).map(Block::text).toList();
        // 三、本年度办理结果 is set one character per line, with a wide advance: it stays in its narrow cell
        assertThat(rows2023).contains("三、本年度办理结果 | （一）予以公开 | 0 | 0 | 0 | 0 | 0 | 0 | 0",
            "（三）不予公开 | 1.属于国家秘密 | 1 | 0 | 0 | 0 | 0 | 0 | 1",
            "3.补正后申请内容仍不明确 | 0 | 0 | 0 | 0 | 0 | 0 | 0");
        List<String> rows2024 = pdf("2024_hongzequ_county").blocks().stream().filter(Block::isRow).map(Block::text).toList();
        // an empty sub-label cell beside （六）其他处理 is no value cell
        assertThat(rows2024).contains("（六）其他处理 | 0 | 0 | 0 | 0 | 0 | 0 | 0", "（七）总计 | 95 | 0 | 0 | 0 | 0 | 0 | 95");
    }

    @Test
    void headingsAreLinesOfTheirOwnAndParagraphsAreJoined() throws Exception {
        Document d = pdf("2023_hongzequ_county");
        List<String> lines = d.blocks().stream().filter(b -> !b.isRow()).map(Block::text).toList();
        assertThat(lines).contains("一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
            "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项");
        // a paragraph running over a page break is one line; page numbers are gone
        assertThat(lines).anyMatch(l -> l.contains("执行信息审核发布制度。严格执行“分级审核、先审后发”程序"));
        assertThat(lines).noneMatch(l -> l.matches("[-\\s\\d]+"));
        assertThat(d.meta()).containsEntry("title", "洪泽区人民政府2023年政府信息公开工作年度报告");
    }

    @Test
    void cellsKnowTheirPageTableRowAndColumn() throws Exception {
        Document d = pdf("2023_hongzequ_county");
        Block row = d.blocks().stream().filter(b -> b.isRow() && b.text().startsWith("10 | 1 |")).findFirst().orElseThrow();
        assertThat(row.src().page()).isEqualTo(4);
        assertThat(row.cellSrc(0).table()).isEqualTo(3);
        assertThat(row.cellSrc(0).row()).isEqualTo(4);
        assertThat(row.cellSrc(0).col()).isEqualTo(1);
        assertThat(row.cellSrc(14).col()).isEqualTo(15);
        // the applications table runs from page 3 onto page 4 as one table
        Block carriedOut = d.blocks().stream().filter(b -> b.isRow() && b.text().startsWith("四、结转下年度")).findFirst()
            .orElseThrow();
        assertThat(carriedOut.src().page()).isEqualTo(4);
        assertThat(carriedOut.src().table()).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(ints = {90, 180, 270})
    void tableOnATurnedPageIsFound(int rotation) throws Exception {
        byte[] bytes;
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            page.setRotation(rotation);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                // content drawn turned back, so that it reads upright on the turned page
                switch (rotation) {
                    case 90 -> cs.transform(new Matrix(0, 1, -1, 0, 595, 0));
                    case 180 -> cs.transform(new Matrix(-1, 0, 0, -1, 595, 842));
                    default -> cs.transform(new Matrix(0, -1, 1, 0, 0, 842));
                }
                cs.beginText();
                cs.setFont(font, 12);
                cs.newLineAtOffset(50, 540);
                cs.showText("A line above the table on a turned page");
                cs.endText();
                float[] xs = {50, 200, 300, 400};
                for (int r = 0; r <= 2; r++) {
                    cs.moveTo(50, 500 - r * 30);
                    cs.lineTo(400, 500 - r * 30);
                }
                for (float x : xs) {
                    cs.moveTo(x, 500);
                    cs.lineTo(x, 440);
                }
                cs.stroke();
                String[][] cells = {{"label", "12", "3"}, {"other", "4", "56"}};
                for (int r = 0; r < 2; r++) {
                    for (int c = 0; c < 3; c++) {
                        cs.beginText();
                        cs.setFont(font, 10);
                        cs.newLineAtOffset(xs[c] + 5, 500 - r * 30 - 18);
                        cs.showText(cells[r][c]);
                        cs.endText();
                    }
                }
            }
            doc.save(out);
            bytes = out.toByteArray();
        }
        Document d = new PdfReader().read("turned.pdf", bytes);
        assertThat(d.blocks()).extracting(Block::text).containsExactly(
            "A line above the table on a turned page", "label | 12 | 3", "other | 4 | 56");
        assertThat(d.blocks().get(1).isRow()).isTrue();
    }

    @Test
    void truncatedPdfIsAReadError() throws Exception {
        byte[] whole = Files.readAllBytes(CORPUS.resolve("pdf/2024_hongzequ_county.pdf"));
        for (int cut : new int[] {whole.length / 10, whole.length / 2, whole.length - 100}) {
            byte[] part = Arrays.copyOf(whole, cut);
            assertThatThrownBy(() -> new PdfReader().read("cut.pdf", part))
                .isInstanceOf(ReadException.class)
                .hasMessageStartingWith("cut.pdf：")
                .hasMessageContaining("不完整或已损坏")
                .satisfies(e -> assertThat(((ReadException) e).message("en")).contains("truncated"))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        }
    }

    @Test
    void truncatedPdfWithAnEndMarkerAddedIsAReadError() throws Exception {
        byte[] whole = Files.readAllBytes(CORPUS.resolve("pdf/2024_huaian_city.pdf"));
        byte[] cut = Arrays.copyOf(whole, whole.length / 2);
        byte[] eof = "\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        byte[] part = Arrays.copyOf(cut, cut.length + eof.length);
        System.arraycopy(eof, 0, part, cut.length, eof.length);
        assertThatThrownBy(() -> new PdfReader().read("cut.pdf", part))
            .isInstanceOf(ReadException.class)
            .hasMessageStartingWith("cut.pdf：PDF 文件不完整或已损坏")
            .satisfies(e -> assertThat(((ReadException) e).message("en")).startsWith("cut.pdf: truncated or damaged PDF"));
    }

    @Test
    void garbageAfterThePdfHeaderIsAReadError() {
        byte[] junk = "%PDF-1.7\nthis is not a pdf at all\n%%EOF\n".getBytes();
        assertThatThrownBy(() -> Readers.read("junk.pdf", junk))
            .isInstanceOf(ReadException.class)
            .hasMessageStartingWith("junk.pdf：")
            .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void imageOnlyPdfIsScanned() throws Exception {
        byte[] bytes;
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(200, 280, java.awt.image.BufferedImage.TYPE_INT_RGB);
            java.awt.Graphics2D g = img.createGraphics();
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, 200, 280);
            g.setColor(java.awt.Color.BLACK);
            g.drawString("scanned page", 20, 40);
            g.dispose();
            PDImageXObject x = LosslessFactory.createFromImage(doc, img);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(x, 50, 200, 400, 560);
            }
            doc.save(out);
            bytes = out.toByteArray();
        }
        // the page without text is rendered and read by OCR (Tesseract), the document says which page
        Document d = Readers.read("scan.pdf", bytes);
        assertThat(d.meta()).containsEntry("ocr", "1");
    }

    @Test
    void vectorOnlyPdfHasNoTextLayer() throws Exception {
        byte[] bytes;
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int p = 0; p < 2; p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    // a ruled grid and nothing else
                    for (int i = 0; i <= 5; i++) {
                        cs.moveTo(50, 700 - i * 20);
                        cs.lineTo(500, 700 - i * 20);
                        cs.moveTo(50 + i * 90, 700);
                        cs.lineTo(50 + i * 90, 600);
                    }
                    cs.stroke();
                }
            }
            doc.save(out);
            bytes = out.toByteArray();
        }
        assertThatThrownBy(() -> new PdfReader().read("drawing.pdf", bytes))
            .isInstanceOf(ReadException.class)
            .hasMessageContaining("OCR");
    }

    /** how the generated table's borders are drawn: as Word, WPS and other converters do */
    enum Borders { STROKED_LINES, THIN_FILLED_RECTANGLES, STROKED_CELL_BOXES }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(Borders.class)
    void generatedRuledTableIsReadCellByCell(Borders borders) throws Exception {
        byte[] bytes;
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        String[][] cells = {{"label", "12", "3"}, {"other", "4", "56"}, {"wrapped", "7", ""}};
        float[] xs = {50, 150, 180, 250};
        float top = 720;
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(font, 12);
                cs.newLineAtOffset(50, 760);
                cs.showText("A heading line above the table with enough text to count");
                cs.endText();
                switch (borders) {
                    case STROKED_LINES -> {
                        for (int r = 0; r <= 3; r++) {
                            cs.moveTo(xs[0], top - r * 30);
                            cs.lineTo(xs[3], top - r * 30);
                        }
                        for (float x : xs) {
                            cs.moveTo(x, top);
                            cs.lineTo(x, top - 90);
                        }
                        cs.stroke();
                    }
                    case THIN_FILLED_RECTANGLES -> {
                        for (int r = 0; r <= 3; r++) cs.addRect(xs[0], top - r * 30 - 0.25f, xs[3] - xs[0], 0.5f);
                        for (float x : xs) cs.addRect(x - 0.25f, top - 90, 0.5f, 90);
                        cs.fill();
                    }
                    case STROKED_CELL_BOXES -> {
                        for (int r = 0; r < 3; r++) {
                            for (int c = 0; c < 3; c++) cs.addRect(xs[c], top - (r + 1) * 30, xs[c + 1] - xs[c], 30);
                        }
                        cs.stroke();
                    }
                }
                for (int r = 0; r < 3; r++) {
                    for (int c = 0; c < 3; c++) {
                        if (cells[r][c].isEmpty()) continue;
                        cs.beginText();
                        cs.setFont(font, 10);
                        // numbers set right at the cell edge, close to the next cell's number
                        float x = c == 0 ? xs[0] + 2 : xs[c + 1] - 2 - font.getStringWidth(cells[r][c]) / 100;
                        cs.newLineAtOffset(x, top - r * 30 - 18);
                        cs.showText(cells[r][c]);
                        cs.endText();
                    }
                }
                // the last label wraps onto a second line inside its cell
                cs.beginText();
                cs.setFont(font, 10);
                cs.newLineAtOffset(xs[0] + 2, top - 2 * 30 - 28);
                cs.showText("label");
                cs.endText();
            }
            doc.save(out);
            bytes = out.toByteArray();
        }
        Document d = new PdfReader().read("gen.pdf", bytes);
        List<Block> rows = d.blocks().stream().filter(Block::isRow).toList();
        assertThat(rows).extracting(Block::cells).containsExactly(
            List.of("label", "12", "3"), List.of("other", "4", "56"), List.of("wrapped label", "7", ""));
        assertThat(d.blocks().get(0).isRow()).isFalse();
        assertThat(d.blocks().get(0).text()).startsWith("A heading line");
    }
}
