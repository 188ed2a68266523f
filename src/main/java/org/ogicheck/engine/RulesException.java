package org.ogicheck.engine;

import java.util.List;

/** The rules could not be loaded; each line names a file, a line and the reason. */
public class RulesException extends Exception {
    private final List<String> lines;

    public RulesException(List<String> lines) {
        super(String.join("\n", lines));
        this.lines = List.copyOf(lines);
    }

    public List<String> lines() {
        return lines;
    }
}
