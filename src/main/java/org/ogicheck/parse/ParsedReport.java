package org.ogicheck.parse;

import java.util.ArrayList;
import java.util.List;
import org.ogicheck.model.Cell;
import org.ogicheck.model.ParseIssue;
import org.ogicheck.model.Report;
import org.ogicheck.model.Section;
import org.ogicheck.model.TableFact;

/** Everything the parser understood of one report: the facts the rules are given. */
public record ParsedReport(Report report, List<Section> sections, List<TableFact> tables, List<Cell> cells,
                           List<ParseIssue> issues, List<Object> extra) {

    /** every fact, in a stable order, for insertion into a rule session */
    public List<Object> facts() {
        List<Object> all = new ArrayList<>();
        all.add(report);
        all.addAll(sections);
        all.addAll(tables);
        all.addAll(cells);
        all.addAll(issues);
        all.addAll(extra);
        return all;
    }

    public Cell cell(String table, String row, String column) {
        for (Cell c : cells) {
            if (c.getTable().equals(table) && c.getRow().equals(row) && c.getColumn().equals(column)) return c;
        }
        return null;
    }

    public Section section(int number) {
        for (Section s : sections) if (s.number() == number) return s;
        return null;
    }
}
