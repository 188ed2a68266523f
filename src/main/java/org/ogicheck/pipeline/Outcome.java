package org.ogicheck.pipeline;

import org.ogicheck.app.Result;
import org.ogicheck.i18n.Said;

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
     * @param said the one line that says so, starting with the input's name, worded in any language ({@link #line(String)})
     * @param lang the language of the batch's settings, that of {@link #line()}
     * @param pastTimeLimit the input was stopped at the settings' time limit (the web answers 503 for it)
     */
    record Failed(String source, Said said, String lang, boolean pastTimeLimit) implements Outcome {
        /** not checked for another reason than the time limit */
        public Failed(String source, Said said, String lang) {
            this(source, said, lang, false);
        }

        /** the line in the language of the settings it was checked with */
        public String line() {
            return line(lang);
        }

        /** the line in the language asked */
        public String line(String language) {
            return said.in(language);
        }

        /** the line without the input's name in front, in the language of the settings */
        public String reason() {
            return reason(lang);
        }

        /** the line without the input's name in front, in the language asked */
        public String reason(String language) {
            String line = line(language);
            if (line.startsWith(source + ": ")) return line.substring(source.length() + 2);
            return line.startsWith(source + "：") ? line.substring(source.length() + 1) : line;
        }
    }
}
