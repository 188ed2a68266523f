package org.ogicheck.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;
import org.drools.drl.parser.lang.dsl.DSLMappingEntry;
import org.drools.drl.parser.lang.dsl.DSLTokenizedMappingFile;
import org.drools.drl.parser.lang.dsl.DefaultExpander;
import org.ogicheck.i18n.Said;

/**
 * The rule files of the rule folders turned into DRL text: {@code .drl} as written, {@code .dslr}
 * (Chinese sentences) expanded with the vocabularies ({@code .dsl}) of all folders, decision tables
 * ({@code .xlsx}, {@code .csv}) compiled with Drools' SpreadsheetCompiler. The DRL text is what the
 * safety lint reads and what is compiled, so a sentence or a spreadsheet is held to exactly the
 * rules of a DRL file. Problems are reported in Chinese with the file and the place a regulator can
 * find: the line and the nearest known sentence, the sheet and the cell.
 */
public final class RuleSources {
    /** one rule file as DRL; {@code rowOfLine} maps a generated DRL line to its spreadsheet row (1-based), else empty */
    public record Source(Path file, String drl, String kind, Map<Integer, Said> placeOfLine) {
        /** the place in the source file a DRL line comes from: its line, or the sheet and row of a decision table */
        public Said place(int line) {
            if (placeOfLine.isEmpty()) return Said.of(RulesException.BUNDLE, "place.line", line);
            Map.Entry<Integer, Said> e = ((TreeMap<Integer, Said>) placeOfLine).floorEntry(line);
            return e == null ? Said.of(RulesException.BUNDLE, "place.header") : e.getValue();
        }
    }

    private static final Pattern RULE_NAME = Pattern.compile("^\\s*rule\\s+\"([^\"]*?)_(\\d+)\"");
    private static final Pattern SHEET = Pattern.compile("^// rule values at ([A-Z]+)(\\d+)");

    private RuleSources() {
    }

    /** whether a file is a rule file this loader reads */
    public static boolean isRuleFile(Path p) {
        String n = p.getFileName().toString().toLowerCase();
        if (n.startsWith("parameters.")) return false; // the parameter sheet (Parameters), not a decision table
        if (n.endsWith(".csv")) {
            try {
                return Files.readString(p).contains("RuleTable");
            } catch (IOException e) {
                return true;
            }
        }
        return n.endsWith(".drl") || n.endsWith(".dslr") || n.endsWith(".dsl") || n.endsWith(".xlsx");
    }

    /** the rule files of one folder and its subfolders, sorted */
    public static List<Path> files(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> Files.isRegularFile(p) && isRuleFile(p)).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** the DRL of every rule file (vocabularies excluded), problems added to {@code errors} */
    public static List<Source> read(List<Path> files, List<Said> errors) {
        List<Path> dsls = files.stream().filter(f -> ext(f).equals("dsl")).toList();
        List<DSLMappingEntry> entries = new ArrayList<>();
        DefaultExpander expander = new DefaultExpander();
        for (Path d : dsls) {
            DSLTokenizedMappingFile mf = new DSLTokenizedMappingFile();
            try {
                if (!mf.parseAndLoad(new StringReader(encode(Files.readString(d))))) {
                    for (Object e : mf.getErrors()) errors.add(Said.of(RulesException.BUNDLE, "sources.vocabulary", RuleSet.rel(d.toString()), decode(oneLine(e))));
                    continue;
                }
            } catch (IOException e) {
                errors.add(Said.of(RulesException.BUNDLE, "sources.vocabularyUnreadable", RuleSet.rel(d.toString()), e.getMessage()));
                continue;
            }
            entries.addAll(mf.getMapping().getEntries());
            expander.addDSLMapping(mf.getMapping());
        }
        List<Source> out = new ArrayList<>();
        for (Path f : files) {
            String name = RuleSet.rel(f.toString());
            try {
                switch (ext(f)) {
                    case "drl" -> out.add(new Source(f, Files.readString(f), "drl", Map.of()));
                    case "dslr" -> {
                        String text = Files.readString(f);
                        List<Said> unknown = unknownSentences(name, text, entries);
                        if (!unknown.isEmpty()) {
                            errors.addAll(unknown);
                            continue;
                        }
                        String drl = decode(expander.expand(encode(text)));
                        if (expander.hasErrors()) {
                            for (var e : expander.getErrors()) errors.add(Said.of(RulesException.BUNDLE, "sources.expand", name, e.getLine(), decode(oneLine(e.getMessage()))));
                            expander.getErrors().clear();
                            continue;
                        }
                        List<Said> names = unknownNames(name, drl);
                        if (!names.isEmpty()) {
                            errors.addAll(names);
                            continue;
                        }
                        out.add(new Source(f, drl, "dslr", Map.of()));
                    }
                    case "xlsx", "csv" -> out.add(sheet(f, name, errors));
                    default -> {
                    }
                }
            } catch (IOException e) {
                errors.add(Said.of(RulesException.BUNDLE, "sources.unreadable", name, e.getMessage()));
            }
        }
        out.removeIf(s -> s == null);
        return out;
    }

    private static Source sheet(Path f, String name, List<Said> errors) throws IOException {
        byte[] bytes = Files.readAllBytes(f);
        RuleCache.Sheet known = RuleCache.sheet(bytes);
        String drl;
        String sheet;
        if (known != null) {
            drl = known.drl();
            sheet = known.name();
        } else {
            try (InputStream in = new java.io.ByteArrayInputStream(bytes)) {
                drl = new SpreadsheetCompiler().compile(in, ext(f).equals("csv") ? InputType.CSV : InputType.XLS);
            } catch (RuntimeException e) {
                errors.add(Said.of(RulesException.BUNDLE, "sources.sheetUnreadable", name, tableMessage(e)));
                return null;
            }
            if (drl == null || !drl.contains("rule ")) {
                errors.add(Said.of(RulesException.BUNDLE, "sources.sheetEmpty", name));
                return null;
            }
            sheet = sheetName(f);
            RuleCache.sheet(bytes, new RuleCache.Sheet(sheet, drl));
        }
        // map each generated line to the sheet and row it comes from: the compiler names rules
        // "<table>_<row>" and precedes each with "// rule values at A12, header at A8"
        TreeMap<Integer, Said> place = new TreeMap<>();
        String[] lines = drl.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = SHEET.matcher(lines[i]);
            if (m.find()) place.put(i + 1, Said.of(RulesException.BUNDLE, "place.sheetRow", sheet, m.group(2)));
            Matcher r = RULE_NAME.matcher(lines[i]);
            if (r.find() && !place.containsKey(i)) place.put(i + 1, Said.of(RulesException.BUNDLE, "place.sheetRow", sheet, r.group(2)));
        }
        return new Source(f, drl, ext(f), place);
    }

    /**
     * A decision table's rule as written: the row whose first cell is the rule's name and every other
     * row of the table for the same ID (one rule's cases, e.g. each required row of a 第二十条 table), under the
     * table's row of column titles; cells joined with ", ".
     */
    private static String sheetRow(Path file, String ruleName) throws IOException {
        try (InputStream in = Files.newInputStream(file); var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
            org.apache.poi.ss.usermodel.DataFormatter fmt = new org.apache.poi.ss.usermodel.DataFormatter();
            for (org.apache.poi.ss.usermodel.Sheet sheet : wb) {
                String id = null;
                for (org.apache.poi.ss.usermodel.Row row : sheet) {
                    if (cell(fmt, row, 0).equals(ruleName)) id = cell(fmt, row, 1);
                }
                if (id == null) continue;
                StringBuilder sb = new StringBuilder();
                org.apache.poi.ss.usermodel.Row before = null;
                for (org.apache.poi.ss.usermodel.Row row : sheet) {
                    if (cell(fmt, row, 1).equals(id)) {
                        if (sb.length() == 0 && before != null) sb.append(line(fmt, before));
                        sb.append(line(fmt, row));
                    }
                    before = row;
                }
                return sb.toString();
            }
            return null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String cell(org.apache.poi.ss.usermodel.DataFormatter fmt, org.apache.poi.ss.usermodel.Row row, int c) {
        return row.getCell(c) == null ? "" : fmt.formatCellValue(row.getCell(c)).strip();
    }

    private static String line(org.apache.poi.ss.usermodel.DataFormatter fmt, org.apache.poi.ss.usermodel.Row row) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) cells.add(cell(fmt, row, c));
        return String.join(", ", cells) + "\n";
    }

    /** the first sheet's name (a CSV has one unnamed sheet) */
    private static String sheetName(Path f) {
        if (!ext(f).equals("xlsx")) return f.getFileName().toString();
        try (InputStream in = Files.newInputStream(f); var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
            return wb.getNumberOfSheets() > 0 ? wb.getSheetName(0) : f.getFileName().toString();
        } catch (IOException | RuntimeException e) {
            return f.getFileName().toString();
        }
    }

    private static String tableMessage(Throwable e) {
        StringBuilder sb = new StringBuilder();
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c.getMessage() != null) {
                if (sb.length() > 0) sb.append("：");
                sb.append(c.getMessage());
            }
        }
        return oneLine(sb.toString());
    }

    /**
     * Lines of the rule bodies (between {@code when} and {@code end}) that no sentence of the
     * vocabulary matches, each "file:line: 无法识别的句子 …，最接近的写法：…". A line starting with
     * {@code >} is DRL written on purpose and passes.
     */
    static List<Said> unknownSentences(String name, String text, List<DSLMappingEntry> entries) {
        List<Said> out = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        boolean body = false;
        String section = "when";
        for (int i = 0; i < lines.length; i++) {
            String t = lines[i].strip();
            if (t.startsWith("rule ")) {
                body = false;
                continue;
            }
            if (t.equals("when") || t.equals("如果")) {
                body = true;
                section = "when";
                continue;
            }
            if (t.equals("then") || t.equals("那么")) {
                section = "then";
                continue;
            }
            if (t.equals("end") || t.equals("结束")) {
                body = false;
                continue;
            }
            if (!body || t.isEmpty() || t.startsWith("//") || t.startsWith("#") || t.startsWith(">")) continue;
            boolean known = false;
            String coded = encode(t);
            for (DSLMappingEntry e : entries) {
                if (!fits(e, section)) continue;
                if (e.getKeyPattern().matcher(coded).find()) {
                    known = true;
                    break;
                }
            }
            if (!known) {
                String near = nearest(t, entries, section);
                out.add(near == null ? Said.of(RulesException.BUNDLE, "sources.unknownSentence", name, i + 1, t)
                    : Said.of(RulesException.BUNDLE, "sources.unknownSentenceNear", name, i + 1, t, near));
            }
        }
        return out;
    }

    private static final Pattern IMBALANCE = Pattern.compile("Figures\\.(?:imbalances|unsure)\\(\\$\\w+, \"(\\w+)\", \\w+, \"([^\"]*)\", \"([^\"]*)\"");

    /** row and column names a sentence uses that its table does not have, found before any report is read */
    static List<Said> unknownNames(String name, String drl) {
        List<Said> out = new ArrayList<>();
        Matcher m = IMBALANCE.matcher(drl);
        while (m.find()) {
            int line = 1 + (int) drl.substring(0, m.start()).chars().filter(c -> c == '\n').count();
            for (int g = 2; g <= 3; g++) {
                String unknown = Figures.unknownName(m.group(1), m.group(g));
                if (unknown != null) out.add(Said.of(RulesException.BUNDLE, "at.line", name, line,
                    Said.of(RulesException.BUNDLE, "sources.unknownName", m.group(1), unknown)));
            }
        }
        return out;
    }

    private static boolean fits(DSLMappingEntry e, String section) {
        DSLMappingEntry.Section s = e.getSection();
        if (s == DSLMappingEntry.ANY || s == DSLMappingEntry.KEYWORD) return true;
        return section.equals("when") ? s == DSLMappingEntry.CONDITION : s == DSLMappingEntry.CONSEQUENCE;
    }

    /** the vocabulary sentence closest to a line by edit distance, its placeholders shown as {…} */
    static String nearest(String line, List<DSLMappingEntry> entries, String section) {
        String best = null;
        int bestD = Integer.MAX_VALUE;
        for (DSLMappingEntry e : entries) {
            if (!fits(e, section) || e.getSection() == DSLMappingEntry.KEYWORD) continue;
            String key = decode(e.getMappingKey().strip());
            String bare = key.replaceAll("\\{[^}]*\\}", "");
            String lineBare = line;
            int d = org.ogicheck.model.Text.editDistance(lineBare, bare) - Math.max(0, lineBare.length() - bare.length()) / 2;
            if (d < bestD) {
                bestD = d;
                best = key.replaceAll("\\{([^}:]*)(:[^}]*)?\\}", "{$1}");
            }
        }
        return best;
    }

    /**
     * Drools' DSL lexer takes only ASCII and the CJK ideographs: Chinese punctuation （，、“”（）……）
     * in a vocabulary is refused. So the vocabularies and the sentences are read with each such
     * character written as {@code ǀXXXXǀ} (its code, between two U+01C0, which the lexer takes and
     * no rule text holds), and the expanded DRL and every message are written back.
     */
    static String encode(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80 || c >= 0x4E00 && c <= 0x9FA5 || c >= 0x3400 && c <= 0x4DB5) sb.append(c);
            else sb.append(MARK).append(String.format("%04X", (int) c)).append(MARK);
        }
        return sb.toString();
    }

    private static final char MARK = '\u01C0';
    private static final Pattern CODED = Pattern.compile(MARK + "([0-9A-F]{4})" + MARK);

    /** the text {@link #encode} wrote, as it was */
    static String decode(String text) {
        if (text == null || text.indexOf(MARK) < 0) return text;
        Matcher m = CODED.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) m.appendReplacement(sb, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
        return m.appendTail(sb).toString();
    }

    static String ext(Path f) {
        String n = f.getFileName().toString().toLowerCase();
        int i = n.lastIndexOf('.');
        return i < 0 ? "" : n.substring(i + 1);
    }

    private static String oneLine(Object o) {
        return String.valueOf(o).replaceAll("\\s+", " ").strip();
    }

    /** DRL line → the file's own place, for compile errors */
    public static Map<Path, Source> byFile(List<Source> sources) {
        Map<Path, Source> m = new LinkedHashMap<>();
        for (Source s : sources) m.put(s.file().toAbsolutePath().normalize(), s);
        return m;
    }

    /** the form a rule file holds its rules in: sentences, a decision table or DRL */
    public static String form(Path file) {
        String e = file == null ? "" : ext(file);
        return switch (e) {
            case "dslr" -> org.ogicheck.model.RuleForm.SENTENCES;
            case "xlsx", "csv" -> org.ogicheck.model.RuleForm.TABLE;
            default -> org.ogicheck.model.RuleForm.DRL;
        };
    }

    /**
     * A rule as its author wrote it, labelled with its form: the sentences of a .dslr rule, the rows of a
     * decision table, the {@code rule … end} text of a DRL rule; null when the text cannot be found.
     */
    public static org.ogicheck.model.RuleForm form(Path file, String ruleName) {
        String text = sentence(file, ruleName);
        if (text == null && file != null && ext(file).equals("drl")) text = drlRule(file, ruleName);
        return text == null ? null : new org.ogicheck.model.RuleForm(form(file), text);
    }

    /** the lines of a DRL rule, from {@code rule "name"} to its {@code end} */
    private static String drlRule(Path file, String ruleName) {
        try {
            StringBuilder sb = new StringBuilder();
            boolean in = false;
            for (String l : Files.readAllLines(file)) {
                if (!in && l.strip().startsWith("rule \"" + ruleName + "\"")) in = true;
                if (!in) continue;
                sb.append(l).append('\n');
                if (l.strip().equals("end")) break;
            }
            return sb.length() == 0 ? null : sb.toString();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * A rule as its author wrote it, for documentation: the {@code 如果 … 结束} lines of a sentence
     * rule, or the row of a decision table ("规则名称, 编号, …" cells joined); null for DRL.
     */
    public static String sentence(Path file, String ruleName) {
        if (file == null) return null;
        try {
            switch (ext(file)) {
                case "dslr" -> {
                    String[] lines = Files.readString(file).split("\n", -1);
                    StringBuilder sb = new StringBuilder();
                    boolean in = false;
                    for (String l : lines) {
                        String t = l.strip();
                        if (t.startsWith("rule \"" + ruleName + "\"")) in = true;
                        else if (in && (t.equals("如果") || t.equals("那么") || t.equals("结束") || !t.startsWith("@") && !t.isEmpty())) {
                            sb.append(t.equals("如果") || t.equals("那么") || t.equals("结束") ? t : "    " + t).append('\n');
                            if (t.equals("结束") || t.equals("end")) break;
                        }
                    }
                    return sb.length() == 0 ? null : sb.toString();
                }
                case "csv" -> {
                    for (String l : Files.readAllLines(file)) if (l.startsWith(ruleName + ",") || l.startsWith("\"" + ruleName + "\"")) return l + "\n";
                    return null;
                }
                case "xlsx" -> {
                    return sheetRow(file, ruleName);
                }
                default -> {
                    return null;
                }
            }
        } catch (IOException e) {
            return null;
        }
    }
}
