package org.ogicheck.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ogicheck.read.ShapeChecks.Checked;
import org.ogicheck.read.ShapeChecks.Source;
import org.ogicheck.read.TableForms.C;
import org.ogicheck.read.TableForms.Form;
import org.ogicheck.read.TableForms.Part;

/**
 * Issue 10: table 四 in the shapes real reports give it besides the format's one table — a 行政复议 table and a
 * 行政诉讼 table (captions as lines between them, or as rows of their own), one table per group, and transposed (a row
 * per result, a column per group; 行政诉讼 over its two groups or each group named in full). Each shape is made from
 * every corpus report (text, pages, Word) and written in every form a user has it (pipe text, TAB rows, a browser's
 * copy, cells one a line, HTML, Word): the table is read (no PARSE-001 on table 四) and the report gives exactly the
 * ERRORs of the report in that form with the format's table (the 洪泽 2023 LIT-001s of MANIFEST.md found). Then the
 * same with a defect put in by {@code mutate --break LIT-001} (the 行政复议 总计 one more) before the table is reshaped:
 * the LIT-001 is found.
 */
class TableFourShapesTest {
    private static final List<String> LEAVES = List.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计");
    private static final List<Form> FORMS = ShapeChecks.EVERY_FORM;

    private static List<Source> sources;

    @BeforeAll
    static void readSources() throws Exception {
        sources = ShapeChecks.sources("LIT-001");
        assertThat(sources).hasSize(14);
    }

    static Stream<String> shapes() {
        return Stream.of("parts, captions as lines", "parts, captions as rows", "one table per group", "transposed",
            "transposed, 行政诉讼 over its two");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void tableFourInThisShapeIsReadInEveryForm(String shape) throws Exception {
        // the defect is found wherever the format's table shows it (not where a blank cell of 行政复议 leaves its sum unjudged)
        assertThat(readIn(shape, FORMS)).isGreaterThanOrEqualTo(10 * FORMS.size());
    }

    /** the forms that give a table as labels on lines and the numbers after them (the readers rebuild its rows) */
    private static final List<Form> LABEL_LINES = List.of(Form.LINES, Form.PAGE_CELLS, Form.PAGE_CELLS_BARS);

    /**
     * The same shapes copied as labels on lines and numbers after them (a page's or a PDF viewer's copy, or each cell
     * on a line ending " |", rows apart by bars or not): the table is read — its ERRORs those of the report in that
     * form with the format's table, no PARSE-001 on table 四, the 行政复议 总计 one more found.
     * Before, every such shape stayed lines (SEC-004 as a WARNING): the 洪泽 2023 LIT-001s and every defect unfound.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void tableFourInThisShapeIsReadFromLabelLines(String shape) throws Exception {
        assertThat(readIn(shape, LABEL_LINES)).isGreaterThanOrEqualTo(10 * LABEL_LINES.size());
    }

    /**
     * Every source with its table 四 in the shape, in each form: the ERRORs of the report in that form with the format's
     * table and no PARSE-001 on table 四, and with the 行政复议 总计 one more its ERRORs too. Returns how many times
     * that defect was found where the report had no such ERROR.
     */
    private static int readIn(String shape, List<Form> forms) throws Exception {
        List<String> wrong = new ArrayList<>();
        int defects = 0;
        for (Source s : sources) {
            List<Part> changed = reshape(s.parts(), shape);
            List<Part> broken = reshape(s.broken(), shape);
            assertThat(changed).as(shape + " applies to " + s.name()).isNotNull();
            for (Form form : forms) {
                String what = shape + ", " + s.name() + " as " + form;
                Checked base = ShapeChecks.check(s.parts(), form, s.name());
                Checked baseBroken = ShapeChecks.check(s.broken(), form, s.name());
                Checked got = ShapeChecks.check(changed, form, s.name());
                Checked gotBroken = ShapeChecks.check(broken, form, s.name());
                if (blankGroup(changed) && (form == Form.HTML || form == Form.DOCX)) {
                    // a table of one group whose cells are all blank: its data row is no row to the page's and Word's
                    // readers (a row of blank cells carries nothing), so the table has no data row: withheld, as before
                    if (!got.parse().contains("PARSE-001@LIT/null/null") || !base.errors().containsAll(got.errors())) {
                        wrong.add(what + ": " + got + " — neither read nor withheld");
                    }
                } else if (!got.errors().equals(base.errors()) || got.parse().stream().anyMatch(k -> k.contains("@LIT/"))) {
                    wrong.add(what + ": " + got + " instead of " + base.errors());
                } else if (!gotBroken.errors().equals(baseBroken.errors())) {
                    wrong.add(what + " with the 行政复议 总计 one more: " + gotBroken.errors() + " instead of " + baseBroken.errors());
                } else if (!base.errors().contains("LIT-001@LIT/review/total") && got.errors().size() < gotBroken.errors().size()) {
                    defects++;
                }
            }
        }
        assertThat(wrong).isEmpty();
        return defects;
    }

    static Stream<String> misfits() {
        return Stream.of("a value lost", "a group named twice", "a result named twice");
    }

    /**
     * A shape copied as labels on lines that does not fit one reading — a blank cell vanished in the copy (14 values),
     * the 行政诉讼 part or column naming 复议后起诉 where 未经复议直接起诉 was, 尚未审结 where 其他结果 was: no cell of
     * table 四 is judged (no ERROR on table 四), and no other ERROR comes that the report in pipe text does not give.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("misfits")
    void tableFourFromLabelLinesThatFitsNoReadingIsNotJudged(String misfit) throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Source s : sources) {
            Checked base = ShapeChecks.check(s.parts(), Form.PIPE, s.name());
            for (String shape : shapes().toList()) {
                List<Part> changed = misfit(reshape(s.parts(), shape), misfit);
                for (Form form : LABEL_LINES) {
                    Checked got = ShapeChecks.check(changed, form, s.name());
                    List<String> extra = new ArrayList<>(got.errors());
                    extra.removeAll(base.errors());
                    if (!extra.isEmpty() || got.errors().stream().anyMatch(k -> k.contains("@LIT/"))) {
                        wrong.add(misfit + ", " + shape + ", " + s.name() + " as " + form + ": " + got.errors());
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    /** table 四's parts with the misfit put in: the last value of its last data row gone, or a name in its header changed */
    static List<Part> misfit(List<Part> parts, String misfit) {
        List<Part> out = new ArrayList<>();
        int last = -1;
        for (int k = 0; k < parts.size(); k++) if (parts.get(k).isTable() && parts.get(k).kind().equals("LIT")) last = k;
        for (int k = 0; k < parts.size(); k++) {
            Part p = parts.get(k);
            if (!p.isTable() || !p.kind().equals("LIT")) {
                out.add(p);
                continue;
            }
            List<List<C>> rows = new ArrayList<>();
            for (List<C> r : p.rows()) {
                List<C> row = new ArrayList<>();
                for (C c : r) {
                    if (misfit.equals("a group named twice")) c = c.text(c.text().replace("未经复议直接起诉", "复议后起诉"));
                    if (misfit.equals("a result named twice")) c = c.text(c.text().replace("其他结果", "尚未审结"));
                    row.add(c);
                }
                rows.add(row);
            }
            if (misfit.equals("a value lost") && k == last) rows.get(rows.size() - 1).remove(rows.get(rows.size() - 1).size() - 1);
            out.add(Part.table(p.kind(), rows));
        }
        return out;
    }

    /** whether a table of table 四 in its parts has a data row of blank cells only */
    private static boolean blankGroup(List<Part> parts) {
        for (Part p : parts) {
            if (!p.isTable() || !p.kind().equals("LIT")) continue;
            List<C> last = p.rows().get(p.rows().size() - 1);
            if (last.size() == 5 && last.stream().allMatch(c -> c.text().isBlank())) return true;
        }
        return false;
    }

    /** the report with its table 四 (one data row of 15 values) rewritten in the shape, or null */
    static List<Part> reshape(List<Part> parts, String shape) {
        List<Part> out = new ArrayList<>();
        boolean done = false;
        for (Part p : parts) {
            List<C> values = p.isTable() && p.kind().equals("LIT") && !done ? values(p.rows()) : null;
            if (values == null) {
                out.add(p);
                continue;
            }
            out.addAll(shaped(values, shape));
            done = true;
        }
        return done ? out : null;
    }

    private static List<C> values(List<List<C>> rows) {
        for (List<C> r : rows) {
            if (!TableForms.dataRow(r)) continue;
            List<C> v = new ArrayList<>(r.subList(TableForms.labels(r), r.size()));
            while (v.size() > 15 && v.get(v.size() - 1).text().isBlank()) v.remove(v.size() - 1);
            return v.size() == 15 ? v : null;
        }
        return null;
    }

    private static List<C> leaves(int groups) {
        List<C> out = new ArrayList<>();
        for (int g = 0; g < groups; g++) for (String l : LEAVES) out.add(C.of(l));
        return out;
    }

    private static List<C> row(C... cells) {
        return new ArrayList<>(List.of(cells));
    }

    private static List<Part> shaped(List<C> v, String shape) {
        UnaryOperator<List<C>> copy = ArrayList::new;
        return switch (shape) {
            case "parts, captions as lines" -> List.of(Part.line("（一）行政复议情况"),
                Part.table("LIT", List.of(leaves(1), copy.apply(v.subList(0, 5)))),
                Part.line("（二）行政诉讼情况"),
                Part.table("LIT", List.of(row(new C("未经复议直接起诉", 5, 1), new C("复议后起诉", 5, 1)), leaves(2), copy.apply(v.subList(5, 15)))));
            case "parts, captions as rows" -> List.of(
                Part.table("LIT", List.of(row(new C("行政复议", 5, 1)), leaves(1), copy.apply(v.subList(0, 5)))),
                Part.table("LIT", List.of(row(new C("行政诉讼", 10, 1)), row(new C("未经复议直接起诉", 5, 1), new C("复议后起诉", 5, 1)),
                    leaves(2), copy.apply(v.subList(5, 15)))));
            case "one table per group" -> {
                List<Part> out = new ArrayList<>();
                List<String> names = List.of("行政复议", "行政诉讼（未经复议直接起诉）", "行政诉讼（复议后起诉）");
                for (int g = 0; g < 3; g++) {
                    out.add(Part.table("LIT", List.of(row(new C(names.get(g), 5, 1)), leaves(1), copy.apply(v.subList(g * 5, g * 5 + 5)))));
                }
                yield out;
            }
            case "transposed", "transposed, 行政诉讼 over its two" -> {
                List<List<C>> rows = new ArrayList<>();
                if (shape.equals("transposed")) {
                    rows.add(row(C.of("项目"), C.of("行政复议"), C.of("行政诉讼（未经复议直接起诉）"), C.of("行政诉讼（复议后起诉）")));
                } else {
                    rows.add(row(new C("项目", 1, 2), new C("行政复议", 1, 2), new C("行政诉讼", 2, 1)));
                    rows.add(row(C.of("未经复议直接起诉"), C.of("复议后起诉")));
                }
                for (int r = 0; r < 5; r++) rows.add(row(C.of(LEAVES.get(r)), v.get(r), v.get(5 + r), v.get(10 + r)));
                yield List.of(Part.table("LIT", rows));
            }
            default -> throw new IllegalArgumentException(shape);
        };
    }
}
