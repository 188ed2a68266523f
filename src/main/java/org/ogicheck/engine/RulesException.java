package org.ogicheck.engine;

import java.util.List;
import org.ogicheck.i18n.Texts;

/**
 * The rules could not be loaded; each line names a file, a line and the reason. The lines the
 * loader words itself come from {@code org/ogicheck/engine/texts_zh|en.properties} in both
 * languages ({@link #lines(String)}); a compiler's or a rule's own message is the same in both.
 */
public class RulesException extends Exception {
    static final Texts TEXTS = Texts.of("org.ogicheck.engine.texts");

    private final List<String> lines;
    private final List<String> english;

    public RulesException(List<String> lines) {
        this(lines, lines);
    }

    /** the same lines in Chinese and in English */
    public RulesException(List<String> chinese, List<String> english) {
        super(String.join("\n", chinese));
        this.lines = List.copyOf(chinese);
        this.english = List.copyOf(english);
    }

    /** one line of the loader's bundle, in both languages */
    static RulesException of(String key, Object... args) {
        return new RulesException(List.of(TEXTS.get("zh", key, args)), List.of(TEXTS.get("en", key, args)));
    }

    /** the lines in Chinese */
    public List<String> lines() {
        return lines;
    }

    /** the lines in the language asked (zh or en) */
    public List<String> lines(String lang) {
        return Texts.language(lang).equals(Texts.LANGUAGES.get(0)) ? lines : english;
    }
}
