package org.ogicheck.read;

import com.github.houbb.opencc4j.core.impl.ZhConvertBootstrap;
import com.github.houbb.opencc4j.support.segment.impl.FastForwardSegment;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A report in traditional characters (a site's 繁體 view: 政府資訊公開工作年度報告, 條例, 申請) is read as
 * its simplified form, the one the formats and the rules are written in. Whether a text is traditional
 * is told cheaply, with no converter loaded: characters every report uses many times (資 開 報 條 請 數
 * 辦 發 …) are counted in their traditional and in their simplified forms, and the text is traditional
 * when at least {@link #MIN_MARKS} are traditional and they outnumber the simplified ones (a simplified
 * report that quotes a 繁體 name stays as it is). Only then are OpenCC's tables (opencc4j) loaded: the text is
 * converted phrase by phrase where a phrase of its table matches (答覆 to 答复, 幹部 to 干部, 瞭解 to 了解: a
 * character alone would keep 覆 and 瞭, good simplified characters too), else character by character (製 to 制,
 * 麵 to 面). The lines and cells stay where they were, so every place a finding names is the page's.
 */
final class Hant {
    /** traditional forms of characters a report uses many times */
    private static final String TRADITIONAL = "資訊開報條請數辦發處與為會區縣鄉務們這對關國時總體機構類說門號複議訴訟";
    /** their simplified forms, in the same order */
    private static final String SIMPLIFIED = "资讯开报条请数办发处与为会区县乡务们这对关国时总体机构类说门号复议诉讼";
    /** the fewest traditional characters of {@link #TRADITIONAL} that make a text traditional */
    static final int MIN_MARKS = 10;

    private Hant() {
    }

    /** whether the text is written in traditional characters */
    static boolean traditional(CharSequence text) {
        int trad = 0;
        int simp = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '\u4e00') continue;
            if (TRADITIONAL.indexOf(c) >= 0) trad++;
            else if (SIMPLIFIED.indexOf(c) >= 0) simp++;
        }
        return trad >= MIN_MARKS && trad > simp;
    }

    /** the text in simplified characters when it is traditional, else the text itself */
    static String simplified(String text) {
        return traditional(text) ? Converter.TO_SIMPLIFIED.toSimple(text) : text;
    }

    /** the document in simplified characters when its text is traditional, else the document itself */
    static Document simplified(Document doc) {
        StringBuilder all = new StringBuilder();
        for (Block b : doc.blocks()) all.append(b.text()).append('\n');
        if (!traditional(all)) return doc;
        List<Block> blocks = new ArrayList<>(doc.blocks().size());
        for (Block b : doc.blocks()) {
            List<String> cells = b.isRow() ? b.cells().stream().map(Converter.TO_SIMPLIFIED::toSimple).toList() : null;
            blocks.add(new Block(Converter.TO_SIMPLIFIED.toSimple(b.text()), cells, b.cellSrcs(), b.src()));
        }
        Map<String, String> meta = new LinkedHashMap<>();
        doc.meta().forEach((k, v) -> meta.put(k, Converter.TO_SIMPLIFIED.toSimple(v)));
        return new Document(doc.source(), doc.format(), blocks, meta, doc.issues());
    }

    /** the converter, loaded on first use (a class of its own, so simplified input never loads it) */
    private static final class Converter {
        static final ZhConvertBootstrap TO_SIMPLIFIED = ZhConvertBootstrap.newInstance(new FastForwardSegment()).init();
    }
}
