package org.ogicheck.engine;

import java.util.List;
import org.ogicheck.i18n.Said;
import org.ogicheck.i18n.Texts;

/**
 * The rules could not be loaded; each line names a file, a line and the reason. The lines are kept
 * unworded ({@link Said}: a key of {@code org/ogicheck/engine/texts_zh|en.properties} and its
 * arguments) and worded in the language asked ({@link #lines(String)}); a compiler's own message
 * inside a line is the same in both languages.
 */
public class RulesException extends Exception {
    /** the bundle of the loader's, the guard's and the lint's own words */
    public static final String BUNDLE = "org.ogicheck.engine.texts";
    static final Texts TEXTS = Texts.of(BUNDLE);

    private final List<Said> lines;

    public RulesException(List<Said> lines) {
        super(String.join("\n", Said.in(lines, Texts.LANGUAGES.get(0))));
        this.lines = List.copyOf(lines);
    }

    /** one line of the loader's bundle */
    static RulesException of(String key, Object... args) {
        return new RulesException(List.of(Said.of(BUNDLE, key, args)));
    }

    /** the lines, not yet worded */
    public List<Said> said() {
        return lines;
    }

    /** the lines in Chinese */
    public List<String> lines() {
        return lines(Texts.LANGUAGES.get(0));
    }

    /** the lines in the language asked (zh or en) */
    public List<String> lines(String lang) {
        return Said.in(lines, lang);
    }
}
