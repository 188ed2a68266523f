package org.ogicheck.render;

import java.util.List;
import org.ogicheck.app.Result;

/** One output format. */
public interface Renderer {
    /** the whole output for these results (one result or a batch) in the given language */
    String render(List<Result> results, String lang);

    static Renderer of(String format) {
        return switch (format) {
            case "text" -> new TextRenderer();
            case "json" -> new JsonRenderer();
            default -> throw new IllegalArgumentException("unknown format: " + format);
        };
    }
}
