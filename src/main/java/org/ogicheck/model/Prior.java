package org.ogicheck.model;

import java.util.List;

/**
 * The same agency's report for the previous year, given with --previous or paired in a batch, for
 * the rules that compare years (XY).
 *
 * @param source    its file
 * @param year      its report year
 * @param layout    its table layout (2019 / 2021)
 * @param cells     its table cells
 * @param section5  its section 五 text ("" when absent)
 * @param narrative all of its narrative text
 */
public record Prior(String source, Integer year, String layout, List<Cell> cells, String section5, String narrative) {
    public String getSource() { return source; }
    public Integer getYear() { return year; }
    public String getLayout() { return layout; }
    public List<Cell> getCells() { return cells; }
    public String getSection5() { return section5; }
    public String getNarrative() { return narrative; }
}
