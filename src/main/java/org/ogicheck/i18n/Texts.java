package org.ogicheck.i18n;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The words the tool shows people, from properties bundles: {@code <base>_zh.properties} and
 * {@code <base>_en.properties} on the class path (UTF-8), one per area (the readers' errors, the
 * command line's errors, the renderers' labels). Every text is looked up in the language asked; a
 * language the tool does not have, or none, is Chinese. No text is chosen by a branch in Java.
 * Arguments are {@code {0}}-style ({@link MessageFormat}); a single quote in a text is a quote,
 * numbers are written as they are (63607, not 63,607).
 */
public final class Texts {
    /** the languages the tool speaks, the first one the default */
    public static final List<String> LANGUAGES = List.of("zh", "en");

    private static final ResourceBundle.Control NO_FALLBACK =
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private static final Map<String, Texts> BY_BASE = new ConcurrentHashMap<>();

    private final String base;
    private final Map<String, ResourceBundle> bundles = new ConcurrentHashMap<>();

    private Texts(String base) {
        this.base = base;
    }

    /** the texts of one bundle, e.g. {@code org.ogicheck.read.texts} */
    public static Texts of(String base) {
        return BY_BASE.computeIfAbsent(base, Texts::new);
    }

    /** the language as the tool speaks it: one of {@link #LANGUAGES}, Chinese for anything else */
    public static String language(String lang) {
        return lang != null && LANGUAGES.contains(lang) ? lang : LANGUAGES.get(0);
    }

    /** of names given in the order of {@link #LANGUAGES} (a category's zh and en name), the one of the language asked */
    public static String named(String lang, String... byLanguage) {
        return byLanguage[LANGUAGES.indexOf(language(lang))];
    }

    /** true when the tool speaks this language (what {@code --lang} accepts) */
    public static boolean known(String lang) {
        return lang != null && LANGUAGES.contains(lang);
    }

    /** the bundle of a language (Chinese for an unknown one), with no fall-back to the platform's locale */
    public ResourceBundle bundle(String lang) {
        return bundles.computeIfAbsent(language(lang), l -> ResourceBundle.getBundle(base, Locale.forLanguageTag(l), NO_FALLBACK));
    }

    /** the text of a key in the language asked, its arguments filled in; a missing key is a bug (it throws) */
    public String get(String lang, String key, Object... args) {
        String t = bundle(lang).getString(key);
        if (args.length == 0) return t;
        Object[] a = new Object[args.length];
        for (int i = 0; i < args.length; i++) a[i] = plain(args[i]);
        return new MessageFormat(t.replace("'", "''"), Locale.ROOT).format(a);
    }

    /** true when the bundle of this language has the key */
    public boolean has(String lang, String key) {
        try {
            bundle(lang).getString(key);
            return true;
        } catch (MissingResourceException e) {
            return false;
        }
    }

    private static Object plain(Object o) {
        if (o instanceof BigDecimal b) return b.stripTrailingZeros().toPlainString();
        if (o instanceof Number n) return n.toString();
        return o == null ? "" : String.valueOf(o);
    }
}
