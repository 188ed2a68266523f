package org.ogicheck.read;


/**
 * The input cannot be read as a report: one line naming the file (and the page, when there is one)
 * and the reason. The line is made from a key of {@code org/ogicheck/read/texts_zh|en.properties}
 * and its arguments (the first the file), in the language asked by {@link #message(String)};
 * {@link #getMessage()} is the Chinese line.
 */
public class ReadException extends Exception {
    /** the readers' own words: their errors and the issues they note in a document */
    public static final String BUNDLE = "org.ogicheck.read.texts";

    private final transient org.ogicheck.i18n.Said said;

    /** the line of {@code key} (from the readers' bundle) with these arguments, the first the file's name */
    public static ReadException of(String key, Object... args) {
        return new ReadException(null, org.ogicheck.i18n.Said.of(BUNDLE, key, args));
    }

    /** the same, caused by a library's failure */
    public static ReadException of(Throwable cause, String key, Object... args) {
        return new ReadException(cause, org.ogicheck.i18n.Said.of(BUNDLE, key, args));
    }

    /** a line said elsewhere, naming the file (a limit on inputs it is past), as the reason it cannot be read */
    public static ReadException of(org.ogicheck.i18n.Said line) {
        return new ReadException(null, line);
    }

    private ReadException(Throwable cause, org.ogicheck.i18n.Said said) {
        super(said.in("zh"), cause);
        this.said = said;
    }

    /** the line in the language asked (zh or en) */
    public String message(String lang) {
        return said.in(lang);
    }

    /** the line, to be worded in any language */
    public org.ogicheck.i18n.Said said() {
        return said;
    }

    /** the key of the line in its bundle */
    public String key() {
        return said.key();
    }

    /** the arguments of the line (the file first) */
    public Object[] args() {
        return said.args().toArray();
    }

    /** a library's failure as one line: its message with the white space folded, else its class */
    public static String oneLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.replaceAll("\\s+", " ").strip();
    }
}
