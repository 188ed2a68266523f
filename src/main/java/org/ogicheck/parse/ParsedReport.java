package org.ogicheck.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.ogicheck.model.Cell;
import org.ogicheck.model.ParseIssue;
import org.ogicheck.model.Report;
import org.ogicheck.model.Section;
import org.ogicheck.model.Sentence;
import org.ogicheck.model.TableFact;

/**
 * Everything the parser understood of one report: the facts the rules are given.
 *
 * <p>Equality is identity: a parsed report is one reading of one file, and {@code claimsRead} is a cache
 * that fills as the report is checked, so a value-based hash would change under a map that holds it.
 *
 * @param claimsRead the narrative's claims, read once per set of claim patterns (see {@link #claims})
 */
public record ParsedReport(Report report, List<Section> sections, List<TableFact> tables, List<Cell> cells,
                           List<ParseIssue> issues, List<Object> extra, Map<ClaimPatterns, List<Object>> claimsRead) {

    public ParsedReport(Report report, List<Section> sections, List<TableFact> tables, List<Cell> cells,
                        List<ParseIssue> issues, List<Object> extra) {
        this(report, sections, tables, cells, issues, extra, new ConcurrentHashMap<>());
    }

    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    /** the claims the narrative states, read with these patterns the first time they are asked for */
    public List<Object> claims(ClaimPatterns patterns) {
        return claimsRead.computeIfAbsent(patterns, p -> {
            List<Sentence> sentences = new ArrayList<>();
            for (Object o : extra) if (o instanceof Sentence s) sentences.add(s);
            return List.copyOf(new ClaimReader(p).read(sentences, report.getYear()));
        });
    }

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
