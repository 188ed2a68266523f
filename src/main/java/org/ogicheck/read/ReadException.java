package org.ogicheck.read;

import java.util.Arrays;
import org.ogicheck.i18n.Texts;

/**
 * The input cannot be read as a report: one line naming the file (and the page, when there is one)
 * and the reason. The line is made from a key of {@code org/ogicheck/read/texts_zh|en.properties}
 * and its arguments (the first the file), in the language asked by {@link #message(String)};
 * {@link #getMessage()} is the Chinese line.
 */
public class ReadException extends Exception {
    /** the readers' own words: their errors and the issues they note in a document */
    public static final String BUNDLE = "org.ogicheck.read.texts";
    private static final Texts TEXTS = Texts.of(BUNDLE);

    private final String key;
    private final transient Object[] args;

    /** the line of {@code key} (from the readers' bundle) with these arguments, the first the file's name */
    public static ReadException of(String key, Object... args) {
        return new ReadException(null, key, args);
    }

    /** the same, caused by a library's failure */
    public static ReadException of(Throwable cause, String key, Object... args) {
        return new ReadException(cause, key, args);
    }

    private ReadException(Throwable cause, String key, Object[] args) {
        super(TEXTS.get("zh", key, args), cause);
        this.key = key;
        this.args = args.clone();
    }

    /** the line in the language asked (zh or en) */
    public String message(String lang) {
        return TEXTS.get(lang, key, args);
    }

    /** the line, to be worded in any language */
    public org.ogicheck.i18n.Said said() {
        return org.ogicheck.i18n.Said.of(BUNDLE, key, args);
    }

    /** the key of the line in the readers' bundle */
    public String key() {
        return key;
    }

    /** the arguments of the line (the file first) */
    public Object[] args() {
        return Arrays.copyOf(args, args.length);
    }

    /** a library's failure as one line: its message with the white space folded, else its class */
    public static String oneLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.replaceAll("\\s+", " ").strip();
    }
}
