package org.ogicheck.read;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Running heads and feet: a line in a page's top or bottom margin, outside its ruled tables, that
 * recurs on at least half of the pages (at least two), its numbers aside. A browser prints the date,
 * the page's title, its address and "3/9" on every page it saves as PDF; Word and WPS print a header
 * (the agency, the report's title) and a footer. They are no text of the report: left in, the title
 * line with the date would be read as the report's title, and a line between a table and its rest on
 * the next page keeps the two parts apart.
 */
final class RunningLines {
    /** a running head's baseline lies above this share of the page height, a running foot's top below the next */
    private static final float HEAD = 0.1f;
    private static final float FOOT = 0.85f;

    private RunningLines() {
    }

    /** the pages without their running heads and feet */
    static List<PdfReader.PageData> dropped(List<PdfReader.PageData> pages) {
        if (pages.size() < 2) return pages;
        List<List<List<PdfReader.Glyph>>> margins = new ArrayList<>();
        Map<String, Integer> pagesWith = new HashMap<>();
        for (PdfReader.PageData d : pages) {
            List<List<PdfReader.Glyph>> lines = marginLines(d);
            margins.add(lines);
            lines.stream().map(RunningLines::key).distinct().forEach(k -> pagesWith.merge(k, 1, Integer::sum));
        }
        int least = Math.max(2, (pages.size() + 1) / 2);
        List<PdfReader.PageData> out = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            Set<PdfReader.Glyph> running = Collections.newSetFromMap(new IdentityHashMap<>());
            for (List<PdfReader.Glyph> l : margins.get(p)) if (pagesWith.get(key(l)) >= least) running.addAll(l);
            PdfReader.PageData d = pages.get(p);
            if (running.isEmpty()) {
                out.add(d);
                continue;
            }
            List<PdfReader.Glyph> kept = new ArrayList<>(d.glyphs());
            kept.removeIf(running::contains);
            out.add(d.withGlyphs(kept));
        }
        return out;
    }

    /** the lines of a page in its top or bottom margin, above or below all its ruling lines */
    private static List<List<PdfReader.Glyph>> marginLines(PdfReader.PageData d) {
        float rulingTop = Float.MAX_VALUE;
        float rulingBottom = -Float.MAX_VALUE;
        for (PdfTableBuilder.Seg s : d.segs()) {
            rulingTop = Math.min(rulingTop, s.horizontal() ? s.pos() : s.from());
            rulingBottom = Math.max(rulingBottom, s.horizontal() ? s.pos() : s.to());
        }
        List<List<PdfReader.Glyph>> out = new ArrayList<>();
        for (List<PdfReader.Glyph> l : PdfReader.lines(d.glyphs())) {
            float top = Float.MAX_VALUE;
            float baseline = 0;
            for (PdfReader.Glyph g : l) {
                top = Math.min(top, g.top());
                baseline = Math.max(baseline, g.y());
            }
            boolean head = baseline < d.height() * HEAD && baseline < rulingTop;
            boolean foot = top > d.height() * FOOT && top > rulingBottom;
            if (head || foot) out.add(l);
        }
        return out;
    }

    /** a line's text without spaces, each run of digits one mark (page numbers, dates and times differ) */
    private static String key(List<PdfReader.Glyph> line) {
        StringBuilder sb = new StringBuilder();
        for (PdfReader.Glyph g : line) sb.append(g.text());
        return sb.toString().replaceAll("\\s+", "").replaceAll("[0-9]+", "#");
    }
}
