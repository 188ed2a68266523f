package org.ogicheck.model;

/**
 * A table found in the report: an Article 20 block ("A20.一" …), the applications table ("APP") or
 * the litigation table ("LIT").
 *
 * @param id       table id
 * @param section  the section it belongs to, as a numeral (二, 三, 四)
 * @param caption  the caption or first header as written
 * @param src      where it starts
 */
public record TableFact(String id, String section, String caption, SourceRef src) {
    public String getId() { return id; }
    public String getSection() { return section; }
    public String getCaption() { return caption; }
    public SourceRef getSrc() { return src; }
}
