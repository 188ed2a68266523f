package org.ogicheck.model;

/**
 * One sentence of the narrative (text lines, never table rows), with where it came from.
 *
 * @param index     position among all sentences of the report (0-based)
 * @param section   the section it stands in, 1..6, or 0 before the first heading
 * @param paragraph the index of the line (paragraph) it belongs to; sentences of one line share it
 * @param text      the sentence as written, terminator included
 */
public record Sentence(int index, int section, int paragraph, String text, SourceRef src) {
    public int getIndex() { return index; }
    public int getSection() { return section; }
    public int getParagraph() { return paragraph; }
    public String getText() { return text; }
    public SourceRef getSrc() { return src; }

    /** the section as a numeral (一 … 六), or null before the first heading */
    public String getNumeral() {
        return section >= 1 && section <= 6 ? Section.NUMERALS[section] : null;
    }
}
