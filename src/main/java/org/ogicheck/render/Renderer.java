package org.ogicheck.render;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.ogicheck.app.Result;
import org.ogicheck.engine.RuleSet;

/** One output format. */
public interface Renderer {
    /** every format {@link #of} knows, in the order the help lists them */
    List<String> FORMATS = List.of("text", "json", "html", "md", "csv", "xlsx", "sarif", "junit");

    /**
     * Writes the whole output for these results (one result or a batch) in the given language.
     * Text formats write UTF-8. The rule set gives the formats that list every rule (SARIF, JUnit)
     * their metadata.
     */
    void render(List<Result> results, String lang, RuleSet rules, OutputStream out) throws IOException;

    /**
     * The same with the inputs of a batch that could not be checked: each is listed with its reason
     * (as a row, an entry or a line, as the format has it), so that no input is left out silently.
     */
    default void render(List<Result> results, List<Unreadable> unreadable, String lang, RuleSet rules, OutputStream out)
        throws IOException {
        render(results, lang, rules, out);
    }

    /** a writer of this format's output for a batch whose results come one by one (see {@link BatchWriter}) */
    default BatchWriter open(String lang, RuleSet rules, OutputStream out) throws IOException {
        return BatchWriter.collecting(this, lang, rules, out);
    }

    /** whether the output is binary, so that it must go to a file rather than a terminal */
    default boolean binary() {
        return false;
    }

    static Renderer of(String format) {
        return switch (format) {
            case "text" -> new TextRenderer();
            case "json" -> new JsonRenderer();
            case "html" -> new HtmlRenderer();
            case "md" -> new MarkdownRenderer();
            case "csv" -> new CsvRenderer();
            case "xlsx" -> new XlsxRenderer();
            case "sarif" -> new SarifRenderer();
            case "junit" -> new JunitRenderer();
            default -> throw new IllegalArgumentException("unknown format: " + format);
        };
    }
}
