package org.ogicheck.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogicheck.TestSupport;
import org.ogicheck.model.Finding;
import org.ogicheck.model.Severity;

/**
 * A table published as a picture in a PDF, an OFD or a .doc is a picture the reader sees, as in a page or a Word
 * file: section 三 of the real 2023 平潭 report (its Word twin) with its table replaced by a picture, printed to PDF
 * by LibreOffice, is the WARNING {@code image}; with its table gone and nothing under the heading it is the ERROR
 * {@code nothing} that the Word file gets. What is no picture of a table leaves that verdict as it is: a red seal
 * (公章), a watermark under the text, a logo in the page's head; and a page that shows a drawing of curves (a table
 * drawn as lines with its text as outlines) makes the reader unsure, so nothing under the heading stays the
 * WARNING {@code empty}.
 */
class PicturesInPrintsTest {
    @TempDir
    static Path tmp;

    private static byte[] original;
    private static byte[] asPicture;
    private static byte[] gone;
    private static byte[] seal;

    @BeforeAll
    static void print() throws Exception {
        byte[] docx = Files.readAllBytes(TestSupport.FIXTURES.resolve("read").resolve("2023_pingtan_city.docx"));
        Files.write(tmp.resolve("original.docx"), docx);
        Files.write(tmp.resolve("picture.docx"), replaced(docx, png(table()), 420, 260));
        Files.write(tmp.resolve("gone.docx"), replaced(docx, null, 0, 0));
        Files.write(tmp.resolve("seal.docx"), replaced(docx, png(seal()), 120, 120));
        soffice("pdf", "pdf");
        soffice("doc:MS Word 97", "doc");
        original = Files.readAllBytes(tmp.resolve("pdf/original.pdf"));
        asPicture = Files.readAllBytes(tmp.resolve("pdf/picture.pdf"));
        gone = Files.readAllBytes(tmp.resolve("pdf/gone.pdf"));
        seal = Files.readAllBytes(tmp.resolve("pdf/seal.pdf"));
    }

    private static void soffice(String filter, String folder) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("soffice", "--headless", "-env:UserInstallation=file://" + tmp.resolve("lo-profile"),
            "--convert-to", filter, "--outdir", tmp.resolve(folder).toString()));
        for (String n : List.of("original", "picture", "gone", "seal")) cmd.add(tmp.resolve(n + ".docx").toString());
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(tmp.resolve(folder + ".log").toFile()).start();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("soffice finished").isTrue();
        assertThat(p.exitValue()).as(Files.readString(tmp.resolve(folder + ".log"))).isZero();
    }

    /** the Word file with table 三 (本年新收) replaced by a picture of {@code w} × {@code h} points, or removed when png is null */
    private static byte[] replaced(byte[] docx, byte[] png, int w, int h) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(docx))) {
            XWPFTable app = d.getTables().stream().filter(t -> t.getText().contains("本年新收")).findFirst().orElseThrow();
            if (png != null) {
                XWPFParagraph p = d.insertNewParagraph(app.getCTTbl().newCursor());
                p.createRun().addPicture(new ByteArrayInputStream(png), org.apache.poi.xwpf.usermodel.Document.PICTURE_TYPE_PNG,
                    "table.png", Units.toEMU(w), Units.toEMU(h));
            }
            d.removeBodyElement(d.getPosOfTable(app));
            d.write(out);
        }
        return out.toByteArray();
    }

    /** a picture of a table: black rulings and dark figures on white */
    private static BufferedImage table() {
        BufferedImage img = new BufferedImage(840, 520, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 840, 520);
        g.setColor(Color.BLACK);
        for (int y = 10; y <= 510; y += 50) g.drawLine(10, y, 830, y);
        for (int x = 10; x <= 830; x += 164) g.drawLine(x, 10, x, 510);
        for (int r = 0; r < 10; r++) for (int c = 1; c < 5; c++) g.drawString(String.valueOf(r * 7 + c), 20 + c * 164, 40 + r * 50);
        g.dispose();
        return img;
    }

    /** a red seal: a ring, a star and a red band on white */
    private static BufferedImage seal() {
        BufferedImage img = new BufferedImage(240, 240, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 240, 240);
        g.setColor(new Color(220, 20, 30));
        g.setStroke(new BasicStroke(10));
        g.drawOval(10, 10, 220, 220);
        g.fillPolygon(new int[] {120, 135, 180, 142, 155, 120, 85, 98, 60, 105}, new int[] {70, 105, 105, 125, 170, 142, 170, 125, 105, 105}, 10);
        g.fillRect(50, 180, 140, 12);
        g.dispose();
        return img;
    }

    private static byte[] png(BufferedImage img) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    private static List<Finding> check(String name, byte[] bytes) throws Exception {
        return TestSupport.engine().check(Twins.parse(Readers.read(name, bytes)), "zh").findings();
    }

    private static List<String> sec004(List<Finding> fs) {
        return fs.stream().filter(f -> f.getRuleId().equals("SEC-004"))
            .map(f -> f.getSeverity() + " " + f.getSection() + " " + f.getMessageKey()).toList();
    }

    private static List<String> errors(List<Finding> fs) {
        return fs.stream().filter(f -> f.getSeverity() == Severity.ERROR).map(f -> f.getRuleId() + " " + f.getSection()).sorted().toList();
    }

    @Test
    void theOriginalPrintHasNoPictureAndNoSectionWithoutItsTable() throws Exception {
        Document d = Readers.read("original.pdf", original);
        assertThat(d.showsPictures()).isTrue();
        assertThat(d.blocks()).noneMatch(Block::isImage);
        assertThat(sec004(check("original.pdf", original))).isEmpty();
    }

    @Test
    void aTablePrintedAsAPictureIsTheWarningImage() throws Exception {
        List<Finding> after = check("picture.pdf", asPicture);
        assertThat(sec004(after)).containsExactly("WARNING 三 SEC-004.image");
        assertThat(errors(after)).isSubsetOf(errors(check("original.pdf", original)));
        // the picture is where the table was: after the heading of 三, before that of 四
        List<Block> blocks = Readers.read("picture.pdf", asPicture).blocks();
        int image = blocks.indexOf(blocks.stream().filter(Block::isImage).findFirst().orElseThrow());
        assertThat(blocks.subList(0, image)).anyMatch(b -> b.text().startsWith("三、"));
        assertThat(blocks.subList(image, blocks.size())).anyMatch(b -> b.text().startsWith("四、"));
    }

    @Test
    void nothingUnderTheHeadingIsTheErrorOfTheWordFile() throws Exception {
        byte[] docx = Files.readAllBytes(tmp.resolve("gone.docx"));
        assertThat(sec004(check("gone.docx", docx))).containsExactly("ERROR 三 SEC-004.nothing");
        assertThat(sec004(check("gone.pdf", gone))).containsExactly("ERROR 三 SEC-004.nothing");
    }

    @Test
    void aRedSealIsNoPictureOfATable() throws Exception {
        assertThat(Readers.read("seal.pdf", seal).blocks()).noneMatch(Block::isImage);
        assertThat(sec004(check("seal.pdf", seal))).containsExactly("ERROR 三 SEC-004.nothing");
    }

    @Test
    void aWatermarkUnderTheTextAndALogoInTheHeadAreNoPictures() throws Exception {
        byte[] marked = drawn(gone, (doc, page, cs) -> {
            PDImageXObject img = LosslessFactory.createFromImage(doc, table());
            float w = page.getCropBox().getWidth();
            float h = page.getCropBox().getHeight();
            cs.drawImage(img, 40, 80, w - 80, h - 160); // under the whole text of the page
            cs.drawImage(img, 40, h - 50, 120, 40); // a banner in the page's head
        }, true);
        Document d = Readers.read("marked.pdf", marked);
        assertThat(d.blocks()).noneMatch(Block::isImage);
        assertThat(sec004(check("marked.pdf", marked))).containsExactly("ERROR 三 SEC-004.nothing");
        assertThat(errors(check("marked.pdf", drawn(original, (doc, page, cs) -> {
            PDImageXObject img = LosslessFactory.createFromImage(doc, table());
            cs.drawImage(img, 40, 80, page.getCropBox().getWidth() - 80, page.getCropBox().getHeight() - 160);
        }, true)))).isEqualTo(errors(check("original.pdf", original)));
    }

    @Test
    void aDrawingOfCurvesLeavesTheReaderUnsure() throws Exception {
        byte[] curves = drawn(gone, (doc, page, cs) -> {
            // outlined text: small filled shapes of curves, as a table whose text was turned into outlines
            cs.setNonStrokingColor(Color.BLACK);
            for (int i = 0; i < 40; i++) {
                float x = 80 + (i % 10) * 40;
                float y = 300 + (i / 10) * 20;
                cs.moveTo(x, y);
                cs.curveTo(x + 4, y + 10, x + 8, y + 10, x + 12, y);
                cs.closePath();
                cs.fill();
            }
        }, false);
        Document d = Readers.read("curves.pdf", curves);
        assertThat(d.showsPictures()).isFalse();
        assertThat(sec004(check("curves.pdf", curves))).containsExactly("WARNING 三 SEC-004.empty");
    }

    /** the OFD twin of a print (OfdTwins: its glyphs, rulings and images where the PDF page draws them) */
    private static byte[] ofd(String name, byte[] pdf) throws Exception {
        Path out = tmp.resolve(name + ".ofd");
        OfdTwins.write(pdf, out);
        return Files.readAllBytes(out);
    }

    @Test
    void theOfdTwinsGetThePrintsVerdicts() throws Exception {
        Document twin = Readers.read("picture.ofd", ofd("picture", asPicture));
        assertThat(twin.format()).isEqualTo("ofd");
        assertThat(twin.showsPictures()).isTrue();
        assertThat(sec004(check("picture.ofd", ofd("picture", asPicture)))).containsExactly("WARNING 三 SEC-004.image");
        assertThat(sec004(check("gone.ofd", ofd("gone", gone)))).containsExactly("ERROR 三 SEC-004.nothing");
        assertThat(sec004(check("seal.ofd", ofd("seal", seal)))).containsExactly("ERROR 三 SEC-004.nothing");
        assertThat(sec004(check("original.ofd", ofd("original", original)))).isEmpty();
    }

    @Test
    void theWord97CopiesGetTheWordFilesVerdicts() throws Exception {
        for (String n : List.of("original", "picture", "gone", "seal")) {
            byte[] doc = Files.readAllBytes(tmp.resolve("doc").resolve(n + ".doc"));
            byte[] docx = Files.readAllBytes(tmp.resolve(n + ".docx"));
            assertThat(Readers.read(n + ".doc", doc).showsPictures()).isTrue();
            List<String> expected = switch (n) {
                case "picture" -> List.of("WARNING 三 SEC-004.image");
                case "gone", "seal" -> List.of("ERROR 三 SEC-004.nothing");
                default -> List.of();
            };
            assertThat(sec004(check(n + ".doc", doc))).as(n + ".doc").isEqualTo(expected);
            if (!n.equals("seal")) assertThat(sec004(check(n + ".docx", docx))).as(n + ".docx").isEqualTo(expected);
        }
    }

    private interface Drawer {
        void draw(PDDocument doc, PDPage page, PDPageContentStream cs) throws IOException;
    }

    /** the PDF with {@code drawer} drawing on the page of section 三's heading, under its content or over it */
    private static byte[] drawn(byte[] pdf, Drawer drawer, boolean under) throws Exception {
        int page = Readers.read("p.pdf", pdf).blocks().stream().filter(b -> b.text().startsWith("三、")).findFirst().orElseThrow().src().page();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDPage p = doc.getPage(page - 1);
            try (PDPageContentStream cs = new PDPageContentStream(doc, p,
                under ? PDPageContentStream.AppendMode.PREPEND : PDPageContentStream.AppendMode.APPEND, true, true)) {
                drawer.draw(doc, p, cs);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }
}
