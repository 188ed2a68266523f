package org.ogicheck.read;

import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ogicheck.i18n.Said;
import org.ogicheck.model.SourceRef;

/**
 * Plain-text reports: one block per line; a line with {@code |} is a table row of
 * {@code cell | cell | … |}. Cells are kept as written (blank ones included); a trailing run of
 * empty cells left over from merged headers is dropped; a {@code |} inside {@code […]} (an
 * annotation) does not split. Pasted text is read as well (see {@link PastedText}): rows of
 * TAB-separated cells, cells one per line between TAB lines, the invisible spaces of copied pages.
 */
public final class TextReader {

    /** a document as text in this reader's layout: one line per block, rows as {@code cell | cell |} */
    public static List<String> lines(Document doc) {
        List<String> out = new ArrayList<>();
        for (Block b : doc.blocks()) {
            if (!b.isRow()) {
                out.add(b.text());
                continue;
            }
            StringBuilder sb = new StringBuilder();
            for (String c : b.cells()) sb.append(c.replace('|', '｜').replace("\n", " ")).append(" | ");
            out.add(sb.toString().stripTrailing());
        }
        return out;
    }

    public Document read(String source, byte[] bytes) throws ReadException {
        Charsets.Lenient decoded;
        try {
            decoded = Charsets.lenient(bytes);
        } catch (CharacterCodingException e) {
            throw ReadException.of("text.charset", source, Charsets.MAX_REPLACED);
        }
        String text = Hant.simplified(decoded.text());
        List<Block> blocks = new ArrayList<>();
        for (PastedText.Line l : PastedText.lines(text)) {
            String line = l.text();
            int no = l.lineNo();
            SourceRef src = SourceRef.line(no);
            List<String> cells = l.isTabRow() ? PastedText.cells(line) : line.indexOf('|') >= 0 ? splitRow(line) : null;
            if (cells != null) {
                List<SourceRef> srcs = new ArrayList<>();
                for (int c = 0; c < cells.size(); c++) srcs.add(new SourceRef(no, null, null, null, c + 1));
                blocks.add(Block.row(cells, srcs, src));
            } else {
                blocks.add(Block.line(line, src));
            }
        }
        return new Document(source, "text", blocks, Map.of(), replacedBytes(decoded));
    }

    /** a parse issue (bytes that are no character) for each line where bytes that are no character were replaced */
    static List<Document.Issue> replacedBytes(Charsets.Lenient decoded) {
        List<Document.Issue> out = new ArrayList<>();
        decoded.replaced().forEach((line, n) -> out.add(new Document.Issue(Document.Issue.Kind.BYTES,
            Said.of(ReadException.BUNDLE, "issue.bytes", line, n, Charsets.REPLACED), SourceRef.line(line))));
        return out;
    }

    public static List<String> splitRow(String line) {
        List<String> cells = new ArrayList<>();
        int depth = 0;
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '[') depth++;
            if (ch == ']' && depth > 0) depth--;
            if (ch == '|' && depth == 0) {
                cells.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(ch);
            }
        }
        cells.add(cur.toString());
        // the text after the last '|' is not a cell when the line ends with '|'
        if (!cells.isEmpty() && cells.get(cells.size() - 1).isBlank()) cells.remove(cells.size() - 1);
        // '||' runs at the end are left over from merged header cells: zero-width, not blank cells
        while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) cells.remove(cells.size() - 1);
        List<String> out = new ArrayList<>(cells.size());
        for (String c : cells) out.add(c.strip());
        return out;
    }
}
