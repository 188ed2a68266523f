package org.ogicheck.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import javax.imageio.ImageIO;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.ogicheck.model.Severity;
import org.ogicheck.TestSupport;
import org.ogicheck.model.Finding;
import org.ogicheck.parse.ParsedReport;

/**
 * Many sites publish the statistics tables as pictures. A section whose table is missing but which
 * holds a picture is not a missing table (no SEC-004 or A20-001 ERROR): it is a WARNING that the
 * numbers cannot be checked. Built from the real corpus pages and their Word twins, each table of a
 * section replaced by a picture; a small icon is not taken for a table, and plain text keeps its ERROR.
 */
class TablesAsPicturesTest {

    private static final Predicate<Element> A20 = t -> !t.text().contains("本年新收")
        && !t.text().contains("结果维持") && t.text().matches("(?s).*(规章|行政许可|行政处罚|行政事业性收费).*");
    private static final Predicate<Element> APP = t -> t.text().contains("本年新收");
    private static final Predicate<Element> LIT = t -> t.text().contains("结果维持");

    private static List<Finding> check(String name, byte[] bytes) throws Exception {
        ParsedReport p = Twins.parse(Readers.read(name, bytes));
        return TestSupport.engine().check(p, "zh").findings();
    }

    private static List<String> errors(List<Finding> fs) {
        return fs.stream().filter(f -> f.getSeverity() == Severity.ERROR).map(f -> f.getRuleId() + " " + f.getSection()).toList();
    }

    /** the page with every data table that {@code which} picks replaced by an image of {@code width} pixels */
    private static byte[] withPictures(String page, Predicate<Element> which, String width) throws Exception {
        org.jsoup.nodes.Document d = Jsoup.parse(Files.readString(Twins.CORPUS.resolve("html").resolve(page)));
        int replaced = 0;
        for (Element t : new ArrayList<>(d.select("table"))) {
            if (t.select("table table").isEmpty() && which.test(t)) {
                t.replaceWith(new Element("img").attr("src", "/uploads/table" + ++replaced + ".png").attr("width", width));
            }
        }
        assertThat(replaced).as("tables replaced in " + page).isPositive();
        return d.outerHtml().getBytes(StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "{0}: section {1} as pictures")
    @CsvSource({
        "2023_pingtan_city.html, 二", "2023_pingtan_city.html, 三", "2023_pingtan_city.html, 四",
        "2023_shuyang_fagaiju_department.html, 二", "2023_shuyang_fagaiju_department.html, 三",
        "2023_shuyang_fagaiju_department.html, 四"})
    void aTablePublishedAsAPictureIsAWarningNotAMissingTable(String page, String section) throws Exception {
        Predicate<Element> which = switch (section) {
            case "二" -> A20;
            case "三" -> APP;
            default -> LIT;
        };
        byte[] original = Files.readAllBytes(Twins.CORPUS.resolve("html").resolve(page));
        List<Finding> before = check(page, original);
        List<Finding> after = check(page, withPictures(page, which, "600"));

        // no new ERROR: the errors are those of the original less the ones about the pictured cells
        assertThat(errors(after)).isSubsetOf(errors(before));
        assertThat(after).filteredOn(f -> f.getRuleId().equals("A20-001")).isEmpty();
        assertThat(after).filteredOn(f -> f.getRuleId().equals("SEC-004"))
            .extracting(f -> f.getSeverity() + " " + f.getSection() + " " + f.getMessageKey())
            .containsExactly("WARNING " + section + " SEC-004.image");
    }

    @Test
    void anIconIsNotATable() throws Exception {
        String page = "2023_pingtan_city.html";
        List<Finding> after = check(page, withPictures(page, APP, "16"));
        assertThat(after).filteredOn(f -> f.getRuleId().equals("SEC-004"))
            .extracting(f -> f.getSeverity() + " " + f.getSection()).containsExactly("ERROR 三");
    }

    @Test
    void aWordTableReplacedByAPicture() throws Exception {
        byte[] docx = Files.readAllBytes(TestSupport.FIXTURES.resolve("read").resolve("2023_pingtan_city.docx"));
        assertThat(check("r.docx", docx)).filteredOn(f -> f.getRuleId().equals("SEC-004")).isEmpty();

        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(60, 30, BufferedImage.TYPE_INT_RGB), "png", png);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(docx))) {
            XWPFTable app = d.getTables().stream().filter(t -> t.getText().contains("本年新收")).findFirst().orElseThrow();
            XWPFParagraph p = d.insertNewParagraph(app.getCTTbl().newCursor());
            p.createRun().addPicture(new ByteArrayInputStream(png.toByteArray()), Document.PICTURE_TYPE_PNG, "table.png",
                Units.toEMU(400), Units.toEMU(200));
            d.removeBodyElement(d.getPosOfTable(app));
            d.write(out);
        }
        List<Finding> after = check("r.docx", out.toByteArray());
        assertThat(after).filteredOn(f -> f.getRuleId().equals("SEC-004"))
            .extracting(f -> f.getSeverity() + " " + f.getSection() + " " + f.getMessageKey())
            .containsExactly("WARNING 三 SEC-004.image");
        assertThat(errors(after)).isSubsetOf(errors(check("r.docx", docx)));
    }
}
