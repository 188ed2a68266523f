package org.ogicheck.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ogicheck.TestSupport;
import org.ogicheck.read.TableForms.C;
import org.ogicheck.read.TableForms.Form;
import org.ogicheck.read.TableForms.Part;

/**
 * Issue 10: a text that stops inside table 三 (a page cut by its crawler, a paste that stopped) still shows the rows read
 * whole before the cut, and a row's own sum is judged there: APP-003 (a row's 总计 against its applicant columns) on a
 * row before the cut. Nothing that needs the whole table judges it — the column sums (APP-001, APP-002), the rows taken
 * for missing, the narrative numbers — nor the last row, which the cut may have cut short. Made from every corpus
 * report (text, pages, Word) with a defect put in by {@code mutate --break APP-003} (a count moved between two rows of
 * a column), then cut in table 三 one row after the rows changed, in each form a cut text has (pipe text, TAB rows, a
 * browser's copy of the cut page with its footer, a page): the cut report gives no ERROR the whole report lacks, and the defective one exactly its ERRORs and the APP-003s
 * the whole defective report has.
 */
class CutTableRowsTest {
    /**
     * the forms a cut text has; a browser's copy of a cut page holds the page's footer (【打印本页】, 主办单位：…) after the
     * cut, which is not the report's
     */
    private static final List<Form> FORMS = List.of(Form.PIPE, Form.TAB, Form.BROWSER, Form.HTML);

    private static List<String> errors(List<Part> parts, Form form, String name) throws Exception {
        return ShapeChecks.check(parts, form, name).errors();
    }

    @Test
    void aRowReadWholeBeforeTheCutHasItsOwnSumJudged() throws Exception {
        List<String> wrong = new ArrayList<>();
        int found = 0;
        for (Path f : ShapeChecks.reports()) {
            List<Part> broken = ShapeChecks.broken(f, "APP-003");
            if (broken == null) continue;
            List<Part> parts = TableForms.of(Readers.read(f));
            int cut = cutRow(parts, broken);
            if (cut < 0) continue;
            for (Form form : FORMS) {
                String what = f.getFileName() + " as " + form;
                List<String> whole = errors(parts, form, f.getFileName().toString());
                List<String> cutOnly = errors(cutAfter(parts, cut), form, f.getFileName().toString());
                List<String> cutBroken = errors(cutAfter(broken, cut), form, f.getFileName().toString());
                List<String> added = new ArrayList<>(cutBroken);
                cutOnly.forEach(added::remove);
                // the defect as the whole table shows it (not where a blank cell leaves a row's sum unjudged)
                List<String> defect = new ArrayList<>(errors(broken, form, f.getFileName().toString()));
                whole.forEach(defect::remove);
                defect.removeIf(e -> !e.startsWith("APP-003@"));
                if (!whole.containsAll(cutOnly)) wrong.add(what + ", cut: " + cutOnly + " beside " + whole);
                else if (!added.equals(defect)) wrong.add(what + ", cut with the defect: " + added + " instead of " + defect);
                else if (!defect.isEmpty()) found++;
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(found).isGreaterThanOrEqualTo(8 * FORMS.size());
    }

    @Test
    void theLastRowBeforeTheCutIsNotJudged() throws Exception {
        // the cut may have cut its last cell short (12 cut to 1): a defect in the text's last row is not judged
        Path f = TestSupport.corpus("text/2024_huaian_city.txt");
        List<Part> parts = TableForms.of(Readers.read(f));
        List<Part> broken = ShapeChecks.broken(f, "APP-003");
        int cut = cutRow(parts, broken);
        // cut one row after the two rows changed: both judged; cut at the second of them: only the first
        assertThat(errors(cutAfter(broken, cut), Form.PIPE, "cut")).filteredOn(e -> e.startsWith("APP-003@")).hasSize(2);
        assertThat(errors(cutAfter(broken, cut - 1), Form.PIPE, "cut")).filteredOn(e -> e.startsWith("APP-003@")).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"A20-003", "APP-004"})
    void aCellOfARowReadWholeBeforeTheCutIsJudgedByItself(String rule) throws Exception {
        // a cell that is text, negative or a fraction (A20-003, APP-004) needs no other row: in a row read whole before
        // the cut it is judged, as in the whole report; the text stops inside the row after it (its label and first value:
        // a 第二十条 block has two rows, so a cut between them would leave it whole)
        List<String> wrong = new ArrayList<>();
        int found = 0;
        for (Path f : ShapeChecks.reports()) {
            List<Part> broken = ShapeChecks.broken(f, rule);
            if (broken == null) continue;
            List<Part> parts = TableForms.of(Readers.read(f));
            int[] cut = cutInRow(parts, broken);
            if (cut == null) continue;
            for (Form form : FORMS) {
                String what = f.getFileName() + " as " + form;
                List<String> whole = errors(parts, form, f.getFileName().toString());
                List<String> defect = new ArrayList<>(errors(broken, form, f.getFileName().toString()));
                whole.forEach(defect::remove);
                // the recipe's defect as the whole report shows it (a cell it makes a dash is no ERROR)
                if (defect.isEmpty()) continue;
                List<String> cutOnly = errors(cutInside(parts, cut), form, f.getFileName().toString());
                List<String> added = new ArrayList<>(errors(cutInside(broken, cut), form, f.getFileName().toString()));
                cutOnly.forEach(added::remove);
                if (!whole.containsAll(cutOnly)) wrong.add(what + ", cut: " + cutOnly + " beside " + whole);
                else if (!added.equals(defect)) wrong.add(what + ", cut with the defect: " + added + " instead of " + defect);
                else found++;
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(found).isGreaterThanOrEqualTo(8 * FORMS.size());
    }

    /**
     * where to cut a report inside the row after the last row the defect changed: {part, row} of that row when it is a
     * data row of the same table with two values or more and the defect changed no other table, else null
     */
    static int[] cutInRow(List<Part> parts, List<Part> broken) {
        if (parts.size() != broken.size()) return null;
        int[] at = null;
        for (int p = 0; p < parts.size(); p++) {
            Part a = parts.get(p);
            Part b = broken.get(p);
            if (!a.isTable() || a.rows().equals(b.rows())) continue;
            if (at != null || a.rows().size() != b.rows().size()) return null;
            int last = -1;
            for (int i = 0; i < a.rows().size(); i++) if (!a.rows().get(i).equals(b.rows().get(i))) last = i;
            if (last + 1 >= a.rows().size()) return null;
            List<C> next = a.rows().get(last + 1);
            if (!TableForms.dataRow(next) || next.size() - TableForms.labels(next) < 2) return null;
            at = new int[] {p, last + 1};
        }
        return at;
    }

    /** the report up to row {@code at[1]} of part {@code at[0]}, that row cut after its labels and first value */
    static List<Part> cutInside(List<Part> parts, int[] at) {
        List<Part> out = new ArrayList<>(parts.subList(0, at[0]));
        Part t = parts.get(at[0]);
        List<List<C>> rows = new ArrayList<>(t.rows().subList(0, at[1]));
        List<C> row = t.rows().get(at[1]);
        rows.add(new ArrayList<>(row.subList(0, TableForms.labels(row) + 1)));
        out.add(Part.table(t.kind(), rows));
        return out;
    }

    /**
     * the index in table 三 of the row one after the last row the defect changed, when it comes before the format's last
     * row (四、结转下年度继续办理), else −1
     */
    static int cutRow(List<Part> parts, List<Part> broken) {
        List<List<C>> a = app(parts);
        List<List<C>> b = app(broken);
        if (a == null || b == null || a.size() != b.size()) return -1;
        int last = -1;
        int end = -1;
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).equals(b.get(i))) last = i;
            if (a.get(i).stream().anyMatch(c -> c.text().contains("结转下年度"))) end = i;
        }
        return last >= 0 && last + 1 < end ? last + 1 : -1;
    }

    private static List<List<C>> app(List<Part> parts) {
        for (Part p : parts) if (p.isTable() && p.kind().equals("APP")) return p.rows();
        return null;
    }

    /** the report up to and with row {@code row} of table 三: what follows it is gone */
    static List<Part> cutAfter(List<Part> parts, int row) {
        List<Part> out = new ArrayList<>();
        for (Part p : parts) {
            if (p.isTable() && p.kind().equals("APP")) {
                out.add(Part.table("APP", new ArrayList<>(p.rows().subList(0, row + 1))));
                return out;
            }
            out.add(p);
        }
        return out;
    }
}
