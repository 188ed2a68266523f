package org.ogicheck.read;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.ogicheck.TestSupport;
import org.ogicheck.app.FormatWriter;
import org.ogicheck.app.Mutator;
import org.ogicheck.model.Finding;
import org.ogicheck.model.Severity;
import org.ogicheck.parse.ParsedReport;
import org.ogicheck.parse.ReportParser;
import org.ogicheck.read.TableForms.Form;
import org.ogicheck.read.TableForms.Part;

/**
 * What the tests that give real tables in other shapes share: the corpus reports they start from (text, pages, Word),
 * a report checked in one of {@link TableForms}' forms (its ERRORs and PARSE-001s by table, row and column), and a
 * report with a defect put in by {@code mutate} (Mutator) in its own format, read back into parts.
 */
final class ShapeChecks {
    private ShapeChecks() {
    }

    /** a report's ERRORs and PARSE-001 findings, each as RULE@table/row/column, sorted */
    record Checked(List<String> errors, List<String> parse) {
    }

    /** every form a reshaped table is given in: text with | and with TAB, a browser's copy, the HTML page, Word */
    static final List<Form> EVERY_FORM = List.of(Form.PIPE, Form.TAB, Form.BROWSER, Form.HTML, Form.DOCX);

    /** a report as parts, and with the defect of a mutate recipe put in (null where the recipe does not apply) */
    record Source(String name, List<Part> parts, List<Part> broken) {
    }

    /** every report of {@link #reports}, read into parts, and each with the defect of {@code mutate --break RULE} */
    static List<Source> sources(String ruleId) throws Exception {
        List<Source> out = new ArrayList<>();
        for (Path f : reports()) {
            out.add(new Source(f.getParent().getFileName() + "/" + f.getFileName(), TableForms.of(Readers.read(f)), broken(f, ruleId)));
        }
        return out;
    }

    /** the corpus text reports and pages, and the Word fixtures made from the pages */
    static List<Path> reports() throws Exception {
        List<Path> files = new ArrayList<>();
        for (String dir : List.of("text", "html")) {
            try (Stream<Path> s = Files.list(TestSupport.CORPUS.resolve(dir))) {
                s.sorted().forEach(files::add);
            }
        }
        try (Stream<Path> s = Files.list(TestSupport.FIXTURES.resolve("read"))) {
            s.filter(p -> p.toString().endsWith(".docx")).sorted().forEach(files::add);
        }
        return files;
    }

    static Checked check(ParsedReport p) throws Exception {
        List<String> errors = new ArrayList<>();
        List<String> parse = new ArrayList<>();
        for (Finding f : TestSupport.engine().check(p, "zh").findings()) {
            String key = f.getRuleId() + "@" + f.getTable() + "/" + f.getRow() + "/" + f.getColumn();
            if (f.getSeverity() == Severity.ERROR) errors.add(key);
            if (f.getRuleId().equals("PARSE-001")) parse.add(key);
        }
        errors.sort(null);
        parse.sort(null);
        return new Checked(errors, parse);
    }

    /** the report written in the form and read back */
    static Checked check(List<Part> parts, Form form, String name) throws Exception {
        return check(Twins.parse(Readers.read(name + form.ext, TableForms.write(parts, form))));
    }

    /** the report with the defect of {@code mutate --break RULE} put in, in its own format, as parts; null where the recipe does not apply */
    static List<Part> broken(Path file, String ruleId) throws Exception {
        Mutator.Source src = Mutator.source(file, ReportParser.Options.NONE);
        try {
            Mutator.Mutation m = Mutator.load(List.of(TestSupport.RULES)).breakRule(ruleId, src.lines(), src.parsed());
            return TableForms.of(Readers.read(file.getFileName().toString(), FormatWriter.write(Files.readAllBytes(file), src, m)));
        } catch (Mutator.NotApplicable e) {
            return null;
        }
    }
}
