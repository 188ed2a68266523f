package org.ogicheck.render;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.ogicheck.app.Result;
import org.ogicheck.engine.RuleSet;

/** A format whose output is text: it builds the whole text, written as UTF-8. */
public interface TextOutput extends Renderer {
    String text(List<Result> results, String lang, RuleSet rules);

    /** the text with the inputs that could not be checked; by default one line each after the results */
    default String text(List<Result> results, List<Unreadable> unreadable, String lang, RuleSet rules) {
        StringBuilder sb = new StringBuilder(text(results, lang, rules));
        if (!unreadable.isEmpty()) {
            sb.append('\n').append(Labels.t(lang, "text.notChecked")).append('\n');
            for (Unreadable u : unreadable) sb.append(u.source()).append(": ").append(u.reason()).append('\n');
        }
        return sb.toString();
    }

    @Override
    default void render(List<Result> results, List<Unreadable> unreadable, String lang, RuleSet rules, OutputStream out)
        throws IOException {
        out.write(text(results, unreadable, lang, rules).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    default void render(List<Result> results, String lang, RuleSet rules, OutputStream out) throws IOException {
        out.write(text(results, lang, rules).getBytes(StandardCharsets.UTF_8));
    }
}
