package org.ogicheck.i18n;

import java.util.List;

/**
 * A line not yet put into words: the bundle, the key and the arguments, worded only when it is
 * shown, in the language asked ({@link #in}). An argument that is itself a {@code Said} (a place
 * in a rule file inside a reason) is worded in the same language. A text that comes from outside
 * the tool (a compiler's message, a file's own text) is {@link #verbatim}: the same in every
 * language. An argument that is a list is worded item by item and joined with the bundle's
 * {@code separator} ("；" in Chinese, "; " in English).
 */
public record Said(String bundle, String key, List<Object> args) implements java.io.Serializable {
    public Said {
        args = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(args));
    }

    /** the text of {@code key} in {@code bundle} (e.g. {@code org.ogicheck.engine.texts}), with these arguments */
    public static Said of(String bundle, String key, Object... args) {
        return new Said(bundle, key, java.util.Arrays.asList(args));
    }

    /** a text that is the same in every language */
    public static Said verbatim(String text) {
        return new Said(null, text, List.of());
    }

    /** the line in the language asked (Chinese for an unknown one) */
    public String in(String lang) {
        if (bundle == null) return key;
        Object[] a = new Object[args.size()];
        for (int i = 0; i < a.length; i++) a[i] = word(args.get(i), lang);
        return Texts.of(bundle).get(lang, key, a);
    }

    private Object word(Object arg, String lang) {
        if (arg instanceof Said s) return s.in(lang);
        if (arg instanceof List<?> items) {
            StringBuilder sb = new StringBuilder();
            for (Object item : items) {
                if (sb.length() > 0) sb.append(Texts.of(bundle).get(lang, "separator"));
                sb.append(word(item, lang));
            }
            return sb.toString();
        }
        return arg;
    }

    /** the lines in the language asked */
    public static List<String> in(List<Said> lines, String lang) {
        return lines.stream().map(l -> l.in(lang)).toList();
    }

    /** the line in Chinese, the tool's first language */
    @Override
    public String toString() {
        return in(Texts.LANGUAGES.get(0));
    }
}
