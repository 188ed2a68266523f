package org.ogicheck.model;

/**
 * One of the six sections of a report as found in the text.
 *
 * @param number      canonical section number 1..6 (一 总体情况 … 六 其他需要报告的事项)
 * @param declared    the number the report itself gave the heading (0 when it gave none)
 * @param order       position among the sections found (1 = first)
 * @param heading     the heading as written, numbering included
 * @param title       the heading without its numbering, normalised
 * @param official    whether the wording is the official one
 * @param style       how the heading is numbered: A 一、 (the official style), B （一）, C 1., D 第一部分, S 一 and a space, N none
 * @param text        the section's narrative text (table rows excluded)
 * @param images      how many pictures the section holds (a table published as a picture is one)
 */
public record Section(int number, int declared, int order, String heading, String title, boolean official,
                      String style, String text, int images, SourceRef src) {

    public static final String[] OFFICIAL = {
        "", "总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况",
        "政府信息公开行政复议、行政诉讼情况", "存在的主要问题及改进情况", "其他需要报告的事项"
    };
    public static final String[] NUMERALS = {"", "一", "二", "三", "四", "五", "六"};

    public String getNumeral() { return NUMERALS[number]; }
    public int getNumber() { return number; }
    public int getDeclared() { return declared; }
    public int getOrder() { return order; }
    public String getHeading() { return heading; }
    public String getTitle() { return title; }
    public boolean isOfficial() { return official; }
    public String getStyle() { return style; }
    public String getText() { return text; }
    public int getImages() { return images; }
    public SourceRef getSrc() { return src; }
    public String getOfficialTitle() { return OFFICIAL[number]; }

    /** length of the text in meaningful characters (letters, digits, CJK; no punctuation or spaces) */
    public int getTextLength() {
        return (int) text.codePoints().filter(Character::isLetterOrDigit).count();
    }
}
