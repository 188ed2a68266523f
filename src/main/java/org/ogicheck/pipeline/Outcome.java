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
        /** how the line of an input stopped at its time limit goes on after the input's name */
        static final String PAST_TIME_LIMIT = "检查超过时间限制 ";

        /** the input was stopped at the settings' time limit (the web answers 503 for it) */
        public boolean pastTimeLimit() {
            return reason().startsWith(PAST_TIME_LIMIT);
        }

        /** the line without the input's name in front */
        public String reason() {
            return line.startsWith(source + ": ") ? line.substring(source.length() + 2) : line;
        }
    }
}
