package org.ogicheck.read;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;
import org.ogicheck.model.SourceRef;

/**
 * Legacy Word 97–2003 (.doc) reports via HWPF: paragraphs in order, tables as rows. A .doc row
 * gives its cells with their edges, so the table grid is made from the cell edges of all rows; a
 * cell spans the grid columns between its edges, and a vertically merged continuation is covered
 * by the cell above (see {@link Grid}). Lines carry the number of their paragraph.
 */
public final class DocReader {
    /** cell edges closer than this (twips) are the same grid line */
    private static final int EDGE_TOLERANCE = 30;

    public Document read(String source, byte[] bytes) throws ReadException {
        if (encryptedPackage(bytes)) throw ReadException.of("word.password", source);
        try (HWPFDocument doc = new HWPFDocument(new ByteArrayInputStream(bytes))) {
            Range range = doc.getRange();
            List<Block> blocks = new ArrayList<>();
            Pics pics = new Pics(doc);
            int tables = 0;
            int n = range.numParagraphs();
            for (int i = 0; i < n; i++) {
                Paragraph p = range.getParagraph(i);
                if (p.isInTable()) {
                    Table t = tableAt(range, p);
                    if (t != null) {
                        table(t, blocks, ++tables);
                        i += Math.max(1, t.numParagraphs()) - 1;
                        continue;
                    }
                }
                for (String l : clean(p.text()).split("[\\r\\n\\u000b\\f]+")) {
                    String t = Grid.clean(l);
                    if (!t.isEmpty()) blocks.add(Block.line(t, SourceRef.line(i + 1)));
                }
                if (pics.in(p)) blocks.add(Block.image(SourceRef.line(i + 1)));
            }
            Map<String, String> meta = pics.unsure ? Map.of() : Map.of(Document.PICTURES, Document.PICTURES_SEEN);
            return new Document(source, "doc", blocks, meta);
        } catch (org.apache.poi.EncryptedDocumentException e) {
            throw ReadException.of(e, "word.password", source);
        } catch (Exception | LinkageError e) {
            throw ReadException.of(e, "doc.damaged", source, LibraryReasons.of(e, DocxReader.why(e)));
        }
    }

    /**
     * The pictures of a .doc's paragraphs, as the Word reader puts them among the blocks: an inline picture, an
     * embedded object (a table pasted from Excel shows as its picture), a floating picture anchored in the
     * paragraph; not an icon (smaller than {@link Pictures#ICON_PT} on a side, as shown) nor a red seal. A text
     * box or a drawn shape (no picture in it) may hold a table the reader does not see: then the reader is
     * {@code unsure} and does not say it saw every picture.
     */
    private static final class Pics {
        /** twips per point */
        private static final int TWIPS = 20;
        private final org.apache.poi.hwpf.model.PicturesTable table;
        private final org.apache.poi.hwpf.usermodel.OfficeDrawings drawings;
        boolean unsure;

        Pics(HWPFDocument doc) {
            table = doc.getPicturesTable();
            drawings = doc.getOfficeDrawingsMain();
            Range boxes = doc.getMainTextboxRange();
            unsure = boxes != null && !boxes.text().isBlank();
        }

        /** whether the paragraph holds a picture that may be a table's */
        boolean in(Paragraph p) {
            boolean found = false;
            for (int r = 0; r < p.numCharacterRuns(); r++) {
                org.apache.poi.hwpf.usermodel.CharacterRun cr = p.getCharacterRun(r);
                if (cr.isOle2() || cr.isObj()) {
                    found = true; // an embedded object: its size is its picture's, not read here
                } else if (table.hasPicture(cr)) {
                    org.apache.poi.hwpf.usermodel.Picture pic = table.extractPicture(cr, false);
                    if (pic != null && shown(pic)) found = true;
                }
                String text = cr.text();
                for (int k = text.indexOf('\u0008'); k >= 0; k = text.indexOf('\u0008', k + 1)) {
                    org.apache.poi.hwpf.usermodel.OfficeDrawing d = drawings == null ? null : drawings.getOfficeDrawingAt(cr.getStartOffset() + k);
                    if (d == null) continue;
                    if (d.getPictureData() == null) {
                        unsure = true; // a shape or a text box
                    } else if ((d.getRectangleRight() - d.getRectangleLeft()) >= Pictures.ICON_PT * TWIPS
                        && (d.getRectangleBottom() - d.getRectangleTop()) >= Pictures.ICON_PT * TWIPS && !seal(d.getPictureData())) {
                        found = true;
                    }
                }
            }
            return found;
        }

        /** an inline picture as large as a line or larger, and no red seal */
        private static boolean shown(org.apache.poi.hwpf.usermodel.Picture pic) {
            double w = pic.getDxaGoal() > 0 ? pic.getDxaGoal() * scale(pic.getHorizontalScalingFactor()) : pic.getWidth() * 15.0;
            double h = pic.getDyaGoal() > 0 ? pic.getDyaGoal() * scale(pic.getVerticalScalingFactor()) : pic.getHeight() * 15.0;
            if (w < Pictures.ICON_PT * TWIPS || h < Pictures.ICON_PT * TWIPS) return false;
            return !seal(pic.getContent());
        }

        /** a scaling factor in thousandths (0: not scaled) */
        private static double scale(int perMille) {
            return perMille <= 0 ? 1 : perMille / 1000.0;
        }

        /** a PNG, JPEG or GIF picture of a red seal (a metafile is not looked at) */
        private static boolean seal(byte[] content) {
            try {
                int[] size = content == null ? null : OcrReader.headerSize(content);
                if (size == null || (long) size[0] * size[1] > OcrReader.MAX_PIXELS) return false;
                return Pictures.seal(javax.imageio.ImageIO.read(new ByteArrayInputStream(content)));
            } catch (java.io.IOException | RuntimeException e) {
                return false;
            }
        }
    }

    /**
     * a .docx saved with a password: Word keeps the encrypted zip as the stream EncryptedPackage of an OLE2 file,
     * the container of a .doc, so it comes here by its magic bytes
     */
    private static boolean encryptedPackage(byte[] bytes) {
        try (org.apache.poi.poifs.filesystem.POIFSFileSystem fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            return fs.getRoot().hasEntry("EncryptedPackage");
        } catch (java.io.IOException | RuntimeException e) {
            return false; // not a readable OLE2 file: reading it as a .doc says why
        }
    }

    private static Table tableAt(Range range, Paragraph p) {
        try {
            return range.getTable(p);
        } catch (IllegalArgumentException e) {
            return null; // not the first paragraph of a table HWPF can read: keep it as text
        }
    }

    private static void table(Table t, List<Block> blocks, int no) {
        TreeSet<Integer> edges = new TreeSet<>();
        for (int r = 0; r < t.numRows(); r++) {
            TableRow row = t.getRow(r);
            for (int c = 0; c < row.numCells(); c++) {
                TableCell cell = row.getCell(c);
                addEdge(edges, cell.getLeftEdge());
                addEdge(edges, cell.getLeftEdge() + cell.getWidth());
            }
        }
        List<Integer> lines = new ArrayList<>(edges);
        Grid grid = new Grid();
        for (int r = 0; r < t.numRows(); r++) {
            TableRow row = t.getRow(r);
            int next = 0;
            for (int c = 0; c < row.numCells(); c++) {
                TableCell cell = row.getCell(c);
                int from = Math.max(next, column(lines, cell.getLeftEdge()));
                int to = Math.max(from + 1, column(lines, cell.getLeftEdge() + cell.getWidth()));
                int span = to - from;
                if (cell.isVerticallyMerged() && !cell.isFirstVerticallyMerged()) {
                    grid.continueAbove(r, from, span);
                } else if (cell.isMerged() && !cell.isFirstMerged()) {
                    grid.continueLeft(r, from, span);
                } else {
                    grid.put(r, from, cellText(cell), span);
                }
                next = to;
            }
        }
        blocks.addAll(grid.blocks(no));
    }

    private static void addEdge(TreeSet<Integer> edges, int x) {
        Integer near = edges.floor(x + EDGE_TOLERANCE);
        if (near == null || x - near > EDGE_TOLERANCE) edges.add(x);
    }

    /** index of the grid line nearest to x */
    private static int column(List<Integer> lines, int x) {
        int best = 0;
        for (int i = 1; i < lines.size(); i++) {
            if (Math.abs(lines.get(i) - x) < Math.abs(lines.get(best) - x)) best = i;
        }
        return best;
    }

    private static String cellText(TableCell cell) {
        List<String> lines = new ArrayList<>();
        for (String l : clean(cell.text()).split("[\\r\\n\\u000b\\u0007]+")) lines.add(l);
        return Grid.joinCell(lines);
    }

    /** field codes out (their shown result stays), cell and row marks to line ends */
    private static String clean(String s) {
        return s.replaceAll("\\u0013[^\\u0013\\u0014\\u0015]*\\u0014", "")
            .replaceAll("\\u0013[^\\u0013\\u0014\\u0015]*\\u0015", "")
            .replace("\u0015", "")
            .replace('\u0007', '\r');
    }
}
