package org.ogicheck.pipeline;

import org.ogicheck.app.Result;

/** What became of one input of a batch: checked, or not checked with the reason why. */
public sealed interface Outcome {
    /** the input as named in outputs and messages */
    String source();

    /** the report was read, parsed, checked and scored */
    record Checked(Result result) implements Outcome {
        @Override
        public String source() {
            return result.source();
        }
    }

    /**
     * The input could not be read or checked (unreadable, no report in it, a rule that failed on it,
     * past its time limit).
     *
     * @param line the one line that says so, starting with the input's name
     */
    record Failed(String source, String line) implements Outcome {
        /** the line without the input's name in front */
        public String reason() {
            if (line.startsWith(source + ": ")) return line.substring(source.length() + 2);
            return line.startsWith(source + "：") ? line.substring(source.length() + 1) : line;
        }
    }
}
