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

    @Override
    default void render(List<Result> results, String lang, RuleSet rules, OutputStream out) throws IOException {
        out.write(text(results, lang, rules).getBytes(StandardCharsets.UTF_8));
    }
}
