package org.ogicheck.model;

/**
 * A rule as shown to its readers: the form it is written in and its text as written. The form is
 * {@link #SENTENCES} (Chinese sentences of a .dslr file), {@link #TABLE} (rows of a decision table)
 * or {@link #DRL}; the renderers name it in the reader's language.
 */
public record RuleForm(String form, String text) {
    public static final String SENTENCES = "sentences";
    public static final String TABLE = "table";
    public static final String DRL = "drl";
}
