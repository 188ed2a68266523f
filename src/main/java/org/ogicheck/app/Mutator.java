package org.ogicheck.app;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ogicheck.i18n.Said;
import org.ogicheck.model.Cell;
import org.ogicheck.model.Claim;
import org.ogicheck.model.ClaimSum;
import org.ogicheck.model.Section;
import org.ogicheck.parse.ParsedReport;
import org.ogicheck.parse.ReportParser;
import org.ogicheck.read.ReadException;
import org.ogicheck.read.Readers;
import org.ogicheck.read.TextReader;

/**
 * Trainer mode: a copy of a real report with one violation of a chosen rule injected (a column
 * unbalanced, a section or a 第二十条 block dropped, a cell blanked …). Works on the report in the
 * text layout, so that the broken copy is a report a person can read and check again. Each
 * mutation is the smallest edit that breaks its rule and nothing else; where a rule cannot be
 * broken on a report (a 2021-format rule on a 2019-format report), the mutation says why.
 */
public final class Mutator {

    /**
     * the broken copy and what was changed
     *
     * @param lines the broken report in the text layout
     * @param edited one entry per line of the report read ({@link Source#lines()}): the line as it now
     *     reads, the same string when unchanged, null when removed; the per-format writers
     *     ({@link FormatWriter}) apply these to the original file
     */
    public record Mutation(String ruleId, Said description, List<String> lines, List<String> changes, List<String> edited) {
        /** the lines changed or removed, by index into the lines read (from 0) */
        public List<Integer> changedLines(List<String> original) {
            List<Integer> out = new ArrayList<>();
            for (int i = 0; i < original.size(); i++) {
                if (!original.get(i).equals(edited.get(i))) out.add(i);
            }
            return out;
        }
    }

    /** the lines of mutate and demo when a report cannot be broken, and what an edit changed (app/texts_zh|en.properties) */
    private static final String TEXTS_BUNDLE = "org.ogicheck.app.texts";

    /**
     * the report cannot be broken that way; the reason in Chinese ({@link #getMessage()}) or as asked (an argument that is
     * itself an {@link Said}, a place in the file, is worded in the same language)
     */
    public static final class NotApplicable extends Exception {
        private final transient Said said;

        NotApplicable(String key, Object... args) {
            this(Said.of(TEXTS_BUNDLE, key, args));
        }

        private NotApplicable(Said said) {
            super(said.toString());
            this.said = said;
        }

        /** the reason in the language asked (zh or en) */
        public String message(String lang) {
            return said.in(lang);
        }
    }

    /** a place in the original file, in words of app/texts: {@code place.line} (file, line), {@code place.paragraph} (number, text) */
    static Said place(String key, Object... args) {
        return Said.of(TEXTS_BUNDLE, key, args);
    }

    /** a line of mutations.tsv that names no edit: file and line, and why (a key of app/texts and its arguments) */
    public static final class BadRecipe extends IOException {
        private final transient Said said;

        BadRecipe(String key, Object... args) {
            this(Said.of(TEXTS_BUNDLE, key, args));
        }

        private BadRecipe(Said said) {
            super(said.toString());
            this.said = said;
        }

        /** the line in the language asked (zh or en) */
        public String message(String lang) {
            return said.in(lang);
        }
    }

    /** an edit that does not apply to this report, and why (a key of app/texts and its arguments) */
    private static final class Cannot extends IllegalStateException {
        final String key;
        final transient Object[] args;

        Cannot(String key, Object... args) {
            super(key);
            this.key = key;
            this.args = args;
        }
    }

    /** one edit of the vocabulary: the lines being edited, the report, the recipe's arguments; returns what was changed, unworded */
    private interface Edit {
        Said apply(Work w, ParsedReport p, Args a);
    }

    /** what an edit changed, in words of app/texts (zh and en); the report's own text in it is an argument */
    private static Said said(String key, Object... args) {
        return Said.of(TEXTS_BUNDLE, "edit." + key, args);
    }

    /** a recipe's arguments, as written in mutations.tsv */
    private record Args(List<String> values) {
        String s(int i) {
            if (i >= values.size()) throw new IllegalArgumentException("argument " + (i + 1) + " missing");
            String v = values.get(i);
            return v.equals("\"\"") ? "" : v;
        }

        int n(int i) {
            return Integer.parseInt(s(i));
        }

        List<String> list(int i) {
            return List.of(s(i).split("\\s*,\\s*"));
        }

        String[] rest(int from) {
            List<String> out = new ArrayList<>();
            for (int i = from; i < values.size(); i++) out.add(s(i));
            return out.toArray(String[]::new);
        }
    }

    /** the narrative's claims of the report being broken (set for the edits that change the narrative) */
    private static final ThreadLocal<List<Object>> CLAIMS = ThreadLocal.withInitial(List::of);

    /**
     * The vocabulary of edits a recipe may name (rules/mutations.tsv: rule ID, edit, arguments).
     * The edits know the report's structure (sections, tables, cells, the narrative's claims),
     * never a rule: which rule an edit breaks is the recipe's.
     */
    private static final Map<String, Edit> EDITS = new LinkedHashMap<>();

    static {
        EDITS.put("dropSection", (w, p, a) -> w.dropSection(p, a.n(0)));
        EDITS.put("renumber", (w, p, a) -> w.renumber(p, a.n(0), a.s(1)));
        EDITS.put("retitle", (w, p, a) -> w.retitle(p, a.n(0), a.s(1)));
        EDITS.put("emptySection", (w, p, a) -> w.emptySection(p, a.n(0)));
        EDITS.put("dropTable", (w, p, a) -> w.dropTableRows(p, a.s(0)));
        EDITS.put("tableToSentence", (w, p, a) -> w.tableToSentence(p, a.s(0), a.s(1)));
        EDITS.put("shiftPeriod", (w, p, a) -> w.shiftPeriod(p));
        EDITS.put("dropRow", (w, p, a) -> w.dropRow(p, a.s(0), a.s(1)));
        EDITS.put("setFirst", (w, p, a) -> w.setFirst(p, a.s(0), a.s(1), a.s(2)));
        EDITS.put("set", (w, p, a) -> w.set(p, a.s(0), a.s(1), a.s(2), a.s(3)));
        EDITS.put("add", (w, p, a) -> w.add(p, a.s(0), a.s(1), Long.parseLong(a.s(2)), a.rest(3)));
        EDITS.put("issuedTooMany", (w, p, a) -> w.issuedTooMany(p));
        EDITS.put("madeNotPublished", (w, p, a) -> w.madeNotPublished(p));
        EDITS.put("bareChange", (w, p, a) -> w.bareChange(p));
        EDITS.put("decisionsOff", (w, p, a) -> w.decisionsOff(p));
        EDITS.put("implausibleAmount", (w, p, a) -> w.implausibleAmount(p));
        EDITS.put("moveWithinRow", (w, p, a) -> w.moveWithinRow(p, a.s(0)));
        EDITS.put("moveWithinColumn", (w, p, a) -> w.moveWithinColumn(p));
        EDITS.put("noneConcluded", (w, p, a) -> w.noneConcluded(p));
        EDITS.put("breakStatedSum", (w, p, a) -> w.breakStatedSum());
        EDITS.put("bumpClaim", (w, p, a) -> w.bumpClaim(a.list(0), p));
        EDITS.put("sectionTwoCountOff", (w, p, a) -> w.sectionTwoCountOff(p));
        EDITS.put("wrongPercent", (w, p, a) -> w.wrongPercent(p));
        EDITS.put("allUpheldButPending", (w, p, a) -> w.allUpheldButPending(p));
    }

    /** a rule's violation recipe: the edit and its arguments, and where it was written */
    public record Recipe(String ruleId, String edit, List<String> args, String where) {
    }

    /** the file of recipes in a rule folder */
    public static final String FILE = "mutations.tsv";

    private final Map<String, Recipe> recipes;

    private Mutator(Map<String, Recipe> recipes) {
        this.recipes = recipes;
    }

    /**
     * The recipes of these rule folders ({@value #FILE}: one line a rule, tab-separated: rule ID,
     * edit, its arguments; {@code ""} is an empty argument; {@code #} starts a comment). A later
     * folder's recipe for a rule replaces an earlier one.
     *
     * @throws IOException a file that cannot be read, or a line naming an edit that does not exist
     *     ({@link BadRecipe}: one line, file, line and reason, in the language asked)
     */
    public static Mutator load(List<Path> ruleDirs) throws IOException {
        Map<String, Recipe> out = new LinkedHashMap<>();
        for (Path d : ruleDirs) {
            Path f = d.resolve(FILE);
            if (!Files.isRegularFile(f)) continue;
            List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (line.isEmpty() || line.startsWith("#")) continue;
                String[] cols = line.split("\t");
                String where = f + ":" + (i + 1);
                if (cols.length < 2) throw new BadRecipe("recipe.short", where);
                if (!EDITS.containsKey(cols[1].strip())) throw new BadRecipe("recipe.noEdit", where, cols[1].strip(), String.join(", ", EDITS.keySet()));
                List<String> args = new ArrayList<>();
                for (int c = 2; c < cols.length; c++) args.add(cols[c].strip());
                out.put(cols[0].strip(), new Recipe(cols[0].strip(), cols[1].strip(), List.copyOf(args), where));
            }
        }
        return new Mutator(out);
    }

    /** the rules that have a recipe, in the order written */
    public Set<String> rules() {
        return recipes.keySet();
    }

    /** every recipe by rule ID */
    public Map<String, Recipe> recipes() {
        return java.util.Collections.unmodifiableMap(recipes);
    }

    /** the edits a recipe may name */
    public static Set<String> edits() {
        return java.util.Collections.unmodifiableSet(EDITS.keySet());
    }

    /**
     * the report read from any format, as text lines (one a block of {@code doc}), and those lines parsed
     *
     * @param doc the file as its reader read it: line {@code i} (from 1) is block {@code i − 1}
     */
    public record Source(List<String> lines, ParsedReport parsed, org.ogicheck.read.Document doc) {
        public Source(List<String> lines, ParsedReport parsed) {
            this(lines, parsed, null);
        }
    }

    public static Source source(java.nio.file.Path file, ReportParser.Options opt) throws ReadException {
        org.ogicheck.read.Document doc = Readers.read(file);
        List<String> lines = TextReader.lines(doc);
        byte[] text = String.join("\n", lines).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        ParsedReport parsed = new ReportParser().parse(new TextReader().read(file.toString(), text), opt);
        return new Source(lines, parsed, doc);
    }

    /**
     * @param lines the report in the text layout ({@link TextReader#lines})
     * @param parsed the same lines parsed (line numbers are positions in {@code lines}, from 1)
     * @param claims the narrative's claims ({@code Ogicheck.claims}), needed by the edits of the narrative
     */
    public Mutation breakRule(String ruleId, List<String> lines, ParsedReport parsed, List<Object> claims)
        throws NotApplicable {
        CLAIMS.set(claims);
        try {
            return breakRule(ruleId, lines, parsed);
        } finally {
            CLAIMS.remove();
        }
    }

    public Mutation breakRule(String ruleId, List<String> lines, ParsedReport parsed) throws NotApplicable {
        Recipe r = recipes.get(ruleId);
        if (r == null) throw new NotApplicable("noRecipe", ruleId, String.join(", ", recipes.keySet()));
        Work w = new Work(lines);
        Said description;
        try {
            description = EDITS.get(r.edit()).apply(w, parsed, new Args(r.args()));
        } catch (Cannot ex) {
            throw new NotApplicable(ex.key, ex.args);
        } catch (IllegalArgumentException ex) {
            throw new NotApplicable("badRecipe", r.where(), ex.getMessage());
        }
        return new Mutation(ruleId, description, w.result(), w.changes, java.util.Collections.unmodifiableList(new ArrayList<>(w.lines)));
    }

    /** what an emptied section says (the report's words) */
    private static final String NONE = "无。";
    /** what the added sentence says of every reconsideration and lawsuit (the report's words) */
    private static final String ALL_UPHELD = "均获维持";

    /** applicant columns between which a count can move without changing a row's 总计 */
    private static final List<String> APPLICANTS = List.of("natural", "commercial", "research", "publicInterest", "legal", "otherOrg");

    /**
     * the lines with the given cells rewritten in place (no line added or removed), for generating
     * variations of a report; cells must have a place ({@code src.line} and {@code src.col})
     */
    public static List<String> withCells(List<String> lines, Map<Cell, String> values) {
        Work w = new Work(lines);
        for (Map.Entry<Cell, String> e : values.entrySet()) w.setCell(e.getKey(), e.getValue());
        return w.result();
    }

    /** the lines being edited; a removed line is null until the end, so that line numbers stay valid */
    private static final class Work {
        final List<String> lines;
        final List<String> changes = new ArrayList<>();

        Work(List<String> lines) {
            this.lines = new ArrayList<>(lines);
        }

        List<String> result() {
            return lines.stream().filter(l -> l != null).toList();
        }

        void replace(int line, String text) {
            changes.add(line + ": " + lines.get(line - 1) + "  →  " + text);
            lines.set(line - 1, text);
        }

        void remove(int line) {
            if (lines.get(line - 1) == null) return;
            changes.add(line + ": − " + lines.get(line - 1));
            lines.set(line - 1, null);
        }

        Cell cell(ParsedReport p, String table, String row, String column) {
            Cell c = p.cell(table, row, column);
            if (c == null) throw new Cannot("noCell", table, row, column);
            if (c.getSrc().line() <= 0 || c.getSrc().col() == null) throw new Cannot("cellWithoutPlace", c.getName());
            return c;
        }

        long number(Cell c) {
            if (c.getN() == null) throw new Cannot("notWhole", c.getName());
            return c.getN();
        }

        Said set(ParsedReport p, String table, String row, String column, String value) {
            Cell c = cell(p, table, row, column);
            setCell(c, value);
            return said("set", c.getName(), c.getValue().display(), value.isEmpty() ? said("empty") : value);
        }

        void setCell(Cell c, String value) {
            int line = c.getSrc().line();
            String current = lines.get(line - 1);
            List<String> cells = new ArrayList<>(TextReader.splitRow(current));
            int i = c.getSrc().col() - 1;
            while (cells.size() <= i) cells.add("");
            cells.set(i, value);
            StringBuilder sb = new StringBuilder();
            for (String s : cells) sb.append(s).append(" | ");
            replace(line, sb.toString().stripTrailing());
        }

        /** add delta to one row's cells in the given columns */
        Said add(ParsedReport p, String table, String row, long delta, String... columns) {
            List<Said> d = new ArrayList<>();
            for (String col : columns) {
                Cell c = cell(p, table, row, col);
                long v = number(c) + delta;
                setCell(c, String.valueOf(v));
                d.add(said("addOne", c.getName(), c.getN(), v));
            }
            return said("add", d);
        }

        Said setFirst(ParsedReport p, String table, String row, String value) {
            for (Cell c : p.cells()) {
                if (c.getTable().equals(table) && c.getRow().equals(row)) return set(p, table, row, c.getColumn(), value);
            }
            throw new Cannot("noRow", table, row);
        }

        Section section(ParsedReport p, int n) {
            Section s = p.section(n);
            if (s == null) throw new Cannot("noSection", Section.NUMERALS[n]);
            return s;
        }

        int nextHeading(ParsedReport p, Section s) {
            int end = lines.size() + 1;
            for (Section o : p.sections()) if (o.src().line() > s.src().line()) end = Math.min(end, o.src().line());
            return end;
        }

        Said dropSection(ParsedReport p, int n) {
            Section s = section(p, n);
            for (int l = s.src().line(); l < nextHeading(p, s); l++) remove(l);
            return said("dropSection", s.getNumeral(), n, s.heading());
        }

        Said emptySection(ParsedReport p, int n) {
            Section s = section(p, n);
            int end = nextHeading(p, s);
            if (end > s.src().line() + 1) {
                replace(s.src().line() + 1, NONE);
                for (int l = s.src().line() + 2; l < end; l++) remove(l);
            } else {
                replace(s.src().line(), lines.get(s.src().line() - 1) + "\n" + NONE);
            }
            return said("emptySection", s.getNumeral(), n, NONE);
        }

        Said renumber(ParsedReport p, int n, String numeral) {
            Section s = section(p, n);
            replace(s.src().line(), numeral + "、" + s.title());
            return said("renumber", s.getNumeral(), n, numeral);
        }

        Said retitle(ParsedReport p, int n, String title) {
            Section s = section(p, n);
            replace(s.src().line(), s.getNumeral() + "、" + title);
            return said("retitle", s.getNumeral(), n, title);
        }

        Said shiftPeriod(ParsedReport p) {
            int line = p.report().getPeriodSrc().line();
            if (line <= 0) throw new Cannot("noPeriod");
            String t = lines.get(line - 1);
            String changed = t.replaceFirst("1\\s*月\\s*1\\s*日", "2月1日");
            if (changed.equals(t)) throw new Cannot("periodNotJanuary");
            replace(line, changed);
            return said("shiftPeriod");
        }

        /** the lines of a table's rows, header rows included: from its caption or first cell to its last cell */
        List<Integer> tableRows(ParsedReport p, String table) {
            int first = Integer.MAX_VALUE;
            int last = 0;
            for (Cell c : p.cells()) {
                if (c.getTable().equals(table)) {
                    first = Math.min(first, c.getSrc().line());
                    last = Math.max(last, c.getSrc().line());
                }
            }
            for (var t : p.tables()) {
                if (t.id().equals(table)) first = Math.min(first, t.src().line());
            }
            if (last == 0) throw new Cannot("noTable", table);
            // the rows just before and after that hold nothing of another table are its own (a header above the
            // first row read, 行政复议 | 行政诉讼 of table 四)
            while (first > 1 && isRow(first - 1) && !ofAnotherTable(p, table, first - 1)) first--;
            while (last < lines.size() && isRow(last + 1) && !ofAnotherTable(p, table, last + 1)) last++;
            // header rows between the caption and the first data row belong to the table too
            List<Integer> rows = new ArrayList<>();
            for (int l = first; l <= last; l++) {
                if (isRow(l)) rows.add(l);
            }
            return rows;
        }

        private boolean isRow(int line) {
            return lines.get(line - 1) != null && lines.get(line - 1).contains("|");
        }

        /** whether a cell or the caption of a table other than this one is on the line */
        private static boolean ofAnotherTable(ParsedReport p, String table, int line) {
            for (Cell c : p.cells()) if (c.getSrc().line() == line && !c.getTable().equals(table)) return true;
            for (var t : p.tables()) if (t.src().line() == line && !t.id().equals(table)) return true;
            return false;
        }

        /** drop every row of a table (header and data rows) */
        Said dropTableRows(ParsedReport p, String table) {
            List<Integer> rows = tableRows(p, table);
            rows.forEach(this::remove);
            return said("dropTable", table, rows.get(0), rows.get(rows.size() - 1));
        }

        /** a table's rows replaced by one sentence (the table's first row becomes it), as a report without the table reads */
        Said tableToSentence(ParsedReport p, String table, String sentence) {
            List<Integer> rows = tableRows(p, table);
            replace(rows.get(0), sentence);
            rows.subList(1, rows.size()).forEach(this::remove);
            return said("tableToSentence", table, rows.get(0), rows.get(rows.size() - 1), sentence);
        }

        Said dropRow(ParsedReport p, String table, String row) {
            for (Cell c : p.cells()) {
                if (c.getTable().equals(table) && c.getRow().equals(row)) {
                    remove(c.getSrc().line());
                    return said("dropRow", c.getRowLabel());
                }
            }
            throw new Cannot("noRow", table, row);
        }

        Said issuedTooMany(ParsedReport p) {
            if (!"2021".equals(p.report().getLayout())) throw new Cannot("onlyFormat", "2021");
            Cell issued = cell(p, "A20.一", "normativeDocs", "issued");
            long max = number(cell(p, "A20.一", "normativeDocs", "inForce")) + number(cell(p, "A20.一", "normativeDocs", "repealed"));
            setCell(issued, String.valueOf(max + 1));
            return said("issuedTooMany", issued.getName(), max + 1, max);
        }

        Said madeNotPublished(ParsedReport p) {
            if (!"2019".equals(p.report().getLayout())) throw new Cannot("onlyFormat", "2019");
            Cell made = cell(p, "A20.一", "normativeDocs", "newMade");
            long v = number(cell(p, "A20.一", "normativeDocs", "newPublished")) + 1;
            setCell(made, String.valueOf(v));
            return said("madeNotPublished", made.getName(), v);
        }

        Said bareChange(ParsedReport p) {
            if (!"2019".equals(p.report().getLayout())) throw new Cannot("onlyFormat", "2019");
            for (Cell c : p.cells()) {
                if (c.getColumn().equals("change") && c.getN() != null && c.getN() != 0 && c.getValue().getDirection() != 0) {
                    setCell(c, String.valueOf(Math.abs(c.getN())));
                    return said("bareChange", c.getName(), Math.abs(c.getN()));
                }
            }
            Cell c = cell(p, "A20.六", "penalty", "change");
            setCell(c, "5");
            return said("noDirection", c.getName(), "5");
        }

        Said decisionsOff(ParsedReport p) {
            if (!"2019".equals(p.report().getLayout())) throw new Cannot("onlyFormat", "2019");
            // rows the narrative seldom restates first
            for (String row : List.of("enforcement", "otherServices", "license", "penalty")) {
                Cell d = p.cell(p.cell("A20.六", row, "decisions") != null ? "A20.六" : "A20.五", row, "decisions");
                if (d != null && d.getN() != null && d.getN() > 0) {
                    setCell(d, String.valueOf(d.getN() + 1));
                    return said("decisionsOff", d.getName());
                }
            }
            throw new Cannot("noDecisions");
        }

        Said implausibleAmount(ParsedReport p) {
            if ("2021".equals(p.report().getLayout())) return set(p, "A20.八", "fees", "amount", "123456789");
            Cell c = cell(p, "A20.九", "procurement", "amount");
            String bare = c.getNumber() == null ? "1000" : c.getNumber().toPlainString();
            setCell(c, bare);
            return said("implausibleAmount", c.getName(), bare);
        }

        /**
         * one application moved from one applicant column to another within a row: the row's 总计 (which the
         * narrative may restate) is unchanged, the two columns no longer balance
         */
        Said moveWithinRow(ParsedReport p, String rowPattern) {
            for (Cell from : p.cells()) {
                if (!from.getTable().equals("APP") || !from.getRow().matches(rowPattern)) continue;
                if (!APPLICANTS.contains(from.getColumn()) || from.getN() == null || from.getN() < 1) continue;
                for (String col : APPLICANTS) {
                    Cell to = p.cell("APP", from.getRow(), col);
                    if (col.equals(from.getColumn()) || to == null || to.getN() == null) continue;
                    setCell(from, String.valueOf(from.getN() - 1));
                    setCell(to, String.valueOf(to.getN() + 1));
                    return said("moveWithinRow", from.getRowLabel(), from.getColumnLabel(), to.getColumnLabel());
                }
            }
            throw new Cannot("noRowToMove");
        }

        /** one more in one outcome row and one fewer in another of the same column: columns still add up, rows do not */
        Said moveWithinColumn(ParsedReport p) {
            for (Cell from : p.cells()) {
                if (!from.getTable().equals("APP") || !from.getColumn().equals("natural") || from.getN() == null || from.getN() < 1) continue;
                if (!from.getRow().matches("partlyGranted|denied\\.\\d|unable\\.\\d|notProcessed\\.\\d|other(\\.\\d)?")) continue;
                Cell to = cell(p, "APP", "granted", "natural");
                if (to.getN() == null) continue;
                setCell(from, String.valueOf(from.getN() - 1));
                setCell(to, String.valueOf(to.getN() + 1));
                return said("moveWithinColumn", from.getRowLabel(), to.getRowLabel());
            }
            throw new Cannot("noOutcomeRow");
        }

        List<Claim> claims(List<String> kinds) {
            List<Claim> out = new ArrayList<>();
            for (Object o : CLAIMS.get()) {
                if (o instanceof Claim c && kinds.contains(c.getKind()) && c.getN() != null && !c.isApproximate()) out.add(c);
            }
            return out;
        }

        List<ClaimSum> sums() {
            List<ClaimSum> out = new ArrayList<>();
            for (Object o : CLAIMS.get()) if (o instanceof ClaimSum s && s.isComplete()) out.add(s);
            return out;
        }

        boolean inSum(Claim c) {
            return sums().stream().anyMatch(s -> s.getParts().contains(c) || s.getTotal() == c);
        }

        /** the number a claim states, one more, in its source line */
        boolean bump(Claim c) {
            return bump(c, 1);
        }

        /** the claim's number written {@code by} more in its line */
        boolean bump(Claim c, long by) {
            int line = c.getSrc().line();
            String n = String.valueOf(c.getN());
            String t = lines.get(line - 1);
            if (t == null || c.getPhrase() == null || !c.getPhrase().contains(n)) return false;
            String phrase = c.getPhrase().replaceFirst(java.util.regex.Pattern.quote(n), String.valueOf(c.getN() + by));
            String changed = t.replace(c.getPhrase(), phrase);
            if (changed.equals(t)) return false;
            replace(line, changed);
            return true;
        }

        /**
         * a part more by the least number no listed part equals: parts exceeding their total by one of them may
         * overlap (a WARNING), so 103 made 104 among parts of 1 would be no defect sure enough for its ERROR
         */
        Said breakStatedSum() {
            for (ClaimSum s : sums()) {
                Set<Long> listed = new HashSet<>();
                for (Claim part : s.getParts()) listed.add(part.getN());
                long by = 1;
                while (listed.contains(by)) by++;
                for (Claim part : s.getParts()) {
                    if (bump(part, by)) return said("breakStatedSum", part.getPhrase(), s.getTotal().getN(), by);
                }
            }
            throw new Cannot("noStatedSum");
        }

        Said bumpClaim(List<String> kinds, ParsedReport p) {
            for (Claim c : claims(kinds)) {
                if (!inSum(c) && bump(c)) return said("bumpClaim", c.getPhrase());
            }
            // a count stated only as the total of its parts: the total one more (its parts then disagree with it
            // too); a sentence added beside it would be read as a count of a part (本级), never an ERROR
            for (ClaimSum s : sums()) {
                Claim c = s.getTotal();
                if (kinds.contains(c.getKind()) && !c.isApproximate() && bump(c)) {
                    return said("bumpClaim", c.getPhrase());
                }
            }
            if (kinds.contains("concluded")) {
                Cell total = cell(p, "APP", "total", "total");
                String sentence = "全年共办结政府信息公开申请" + (number(total) + 1) + "件";
                appendToFirstParagraph(p, sentence + "。");
                return said("addConcluded", sentence, total.getN());
            }
            throw new Cannot("noSuchCount");
        }

        Said sectionTwoCountOff(ParsedReport p) {
            Map<String, String[]> cellOf = Map.of("license", new String[] {"A20.五", "license"},
                "penalty", new String[] {"A20.六", "penalty"}, "enforcement", new String[] {"A20.六", "enforcement"});
            for (Claim c : claims(List.of("license", "penalty", "enforcement"))) {
                String[] at = cellOf.get(c.getKind());
                Cell d = p.cell(at[0], at[1], "decisions");
                if (d == null || d.getN() == null || !d.getN().equals(c.getN())) continue;
                setCell(d, String.valueOf(d.getN() + 1));
                return said("sectionTwoCountOff", d.getName(), c.getN());
            }
            throw new Cannot("noSectionTwoCount");
        }

        Said wrongPercent(ParsedReport p) {
            for (Object o : CLAIMS.get()) {
                if (o instanceof Claim c && c.getPercent() != null) {
                    String pct = c.getPercent().stripTrailingZeros().toPlainString() + "%";
                    int line = c.getSrc().line();
                    String t = lines.get(line - 1);
                    String wrong = c.getPercent().add(java.math.BigDecimal.TEN).stripTrailingZeros().toPlainString() + "%";
                    if (t != null && t.contains(pct)) {
                        replace(line, t.replaceFirst(java.util.regex.Pattern.quote(pct), wrong));
                        return said("wrongPercent", pct, wrong);
                    }
                }
            }
            Cell granted = cell(p, "APP", "granted", "total");
            Cell concluded = cell(p, "APP", "total", "total");
            if (number(concluded) == 0) throw new Cannot("noConcluded");
            long right = Math.round(100.0 * number(granted) / number(concluded));
            String sentence = "全年共办结政府信息公开申请" + concluded.getN() + "件，其中予以公开" + granted.getN() + "件，占" + (right + 10) + "%。";
            appendToFirstParagraph(p, sentence);
            return said("addPercent", sentence, right);
        }

        Said allUpheldButPending(ParsedReport p) {
            Cell pending = cell(p, "LIT", "review", "pending");
            Cell total = cell(p, "LIT", "review", "total");
            setCell(pending, String.valueOf(number(pending) + 1));
            setCell(total, String.valueOf(number(total) + 1));
            appendToFirstParagraph(p, "行政复议、行政诉讼案件" + ALL_UPHELD + "。");
            return said("allUpheldButPending", ALL_UPHELD);
        }

        void appendToFirstParagraph(ParsedReport p, String sentence) {
            Section one = section(p, 1);
            for (int l = one.src().line() + 1; l < nextHeading(p, one); l++) {
                String t = lines.get(l - 1);
                if (t != null && !t.contains("|") && t.length() > 20) {
                    replace(l, t + sentence);
                    return;
                }
            }
            replace(one.src().line() + 1, lines.get(one.src().line()) + sentence);
        }

        Said noneConcluded(ParsedReport p) {
            for (Cell c : p.cells()) {
                if (!c.getTable().equals("APP")) continue;
                if (c.getRow().equals("carriedOut")) {
                    Cell in = p.cell("APP", "received", c.getColumn());
                    Cell carried = p.cell("APP", "carriedIn", c.getColumn());
                    setCell(c, String.valueOf(number(in) + number(carried)));
                } else if (!c.getRow().equals("received") && !c.getRow().equals("carriedIn")) {
                    setCell(c, "0");
                }
            }
            // the narrative's "all concluded" would now contradict the table: it goes too
            for (int l = 1; l <= lines.size(); l++) {
                String t = lines.get(l - 1);
                if (t == null || t.contains("|")) continue;
                String changed = t.replaceAll("[，,]?(均已办结|均完成答复|均已答复|全部办结|均在法定期限内?(予以)?答复)", "");
                if (!changed.equals(t)) replace(l, changed);
            }
            return said("noneConcluded", "均已办结");
        }
    }
}
