package org.ogicheck.workspace;

import java.util.Arrays;
import java.util.List;
import org.ogicheck.i18n.Texts;

/** The workspace's words in the language asked, from {@code org/ogicheck/workspace/texts_zh|en.properties}. */
final class Words {
    private static final Texts TEXTS = Texts.of(WorkspaceException.BUNDLE);

    private Words() {
    }

    static String t(String lang, String key, Object... args) {
        return TEXTS.get(lang, key, args);
    }

    /** a list (items separated by |): a table's column headings */
    static List<String> list(String lang, String key) {
        return Arrays.asList(TEXTS.get(lang, key).split("\\|", -1));
    }

    /** items joined with the language's separator (、 in Chinese, ", " in English) */
    static String joined(String lang, List<String> items) {
        return String.join(TEXTS.get(lang, "separator"), items);
    }
}
