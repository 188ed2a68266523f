package org.ogicheck.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ofdrw.layout.OFDDoc;
import org.ofdrw.layout.VirtualPage;
import org.ofdrw.layout.element.canvas.Canvas;
import org.ogicheck.TestSupport;
import org.ogicheck.parse.ParsedReport;

/**
 * OFD twins of the corpus PDFs, written with ofdrw: one OFD page per PDF page, each glyph of the
 * PDF's text layer a text object at its place and size, each ruling segment a stroked line. Read
 * back by {@link OfdReader}, a twin gives the same table cells and the same ERROR findings as the PDF.
 */
class OfdTwinTest {
    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"2023_hongzequ_county", "2024_hongzequ_county", "2024_huaian_city"})
    void anOfdTwinReadsLikeThePdf(String name) throws Exception {
        Path pdfFile = Twins.CORPUS.resolve("pdf").resolve(name + ".pdf");
        byte[] pdfBytes = Files.readAllBytes(pdfFile);
        Path ofd = tmp.resolve(name + ".ofd");
        writeTwin(pdfBytes, ofd);
        byte[] ofdBytes = Files.readAllBytes(ofd);
        assertThat(Readers.detect(ofdBytes)).isEqualTo("ofd");

        Document fromOfd = Readers.read(ofd);
        assertThat(fromOfd.format()).isEqualTo("ofd");
        ParsedReport read = Twins.parse(fromOfd);
        ParsedReport pdf = Twins.parse(Readers.read(pdfFile));
        assertThat(Twins.tableCells(pdf)).hasSizeGreaterThan(100);
        assertThat(Twins.tableCells(read)).containsExactlyInAnyOrderEntriesOf(Twins.tableCells(pdf));
        assertThat(errors(read)).isEqualTo(errors(pdf));
    }

    private static List<String> errors(ParsedReport p) throws Exception {
        return TestSupport.engine().check(p, "zh").findings().stream().filter(f -> f.getSeverity().equals("ERROR"))
            .map(f -> f.getRuleId() + " " + f.getSection() + "/" + f.getTable() + "/" + f.getRow() + "/" + f.getColumn())
            .sorted().toList();
    }

    /** the OFD twin of a PDF: its glyphs and rulings as PdfReader sees them, in millimetres */
    static void writeTwin(byte[] pdfBytes, Path ofd) throws Exception {
        List<PdfReader.PageData> pages = PdfReader.pageData("twin.pdf", pdfBytes);
        float[] widths;
        try (PDDocument pdf = Loader.loadPDF(pdfBytes)) {
            widths = new float[pdf.getNumberOfPages()];
            for (int i = 0; i < widths.length; i++) {
                PDPage page = pdf.getPage(i);
                int rot = Math.floorMod(page.getRotation(), 360);
                widths[i] = rot == 90 || rot == 270 ? page.getCropBox().getHeight() : page.getCropBox().getWidth();
            }
        }
        try (OFDDoc doc = new OFDDoc(ofd)) {
            for (int i = 0; i < pages.size(); i++) {
                PdfReader.PageData data = pages.get(i);
                double w = widths[i] / OfdReader.PT;
                double h = data.height() / OfdReader.PT;
                VirtualPage vp = new VirtualPage(w, h);
                Canvas canvas = new Canvas(0d, 0d, w, h);
                canvas.setDrawer(ctx -> {
                    ctx.setLineWidth(0.2);
                    for (PdfTableBuilder.Seg s : data.segs()) {
                        double pos = s.pos() / OfdReader.PT;
                        double from = s.from() / OfdReader.PT;
                        double to = s.to() / OfdReader.PT;
                        ctx.beginPath();
                        if (s.horizontal()) ctx.moveTo(from, pos).lineTo(to, pos);
                        else ctx.moveTo(pos, from).lineTo(pos, to);
                        ctx.stroke();
                    }
                    for (PdfReader.Glyph g : data.glyphs()) {
                        ctx.setDefaultFont(g.size() / OfdReader.PT);
                        ctx.fillText(g.text(), g.x() / OfdReader.PT, g.y() / OfdReader.PT);
                    }
                });
                vp.add(canvas);
                doc.addVPage(vp);
            }
        }
    }
}
