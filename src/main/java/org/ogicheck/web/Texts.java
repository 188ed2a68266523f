package org.ogicheck.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * The texts of the pages, looked up by key in one bundle per language
 * ({@code org/ogicheck/web/web_LANG.properties}, UTF-8): Chinese first, English with {@code ?lang=en}.
 * A page never chooses between two literal texts; a key missing from a bundle is a bug (it throws).
 */
final class Texts {
    /** the language of a page that asks for none, or for one there is no bundle for */
    static final String DEFAULT = "zh";
    private static final Map<String, Properties> BUNDLES = new LinkedHashMap<>();

    static {
        for (String lang : new String[] {"zh", "en"}) BUNDLES.put(lang, load(lang));
    }

    private Texts() {
    }

    private static Properties load(String lang) {
        String name = "web_" + lang + ".properties";
        try (InputStream in = Texts.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing resource org/ogicheck/web/" + name);
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** the languages there are texts for */
    static Set<String> languages() {
        return BUNDLES.keySet();
    }

    /** the language asked for when there are texts in it, else the default */
    static String lang(String asked) {
        return asked != null && BUNDLES.containsKey(asked) ? asked : DEFAULT;
    }

    /** the keys of one language's bundle */
    static Set<String> keys(String lang) {
        return BUNDLES.get(lang(lang)).stringPropertyNames();
    }

    /** the text of {@code key} in {@code lang}, with {0}, {1} … replaced by the arguments */
    static String t(String lang, String key, Object... args) {
        String text = BUNDLES.get(lang(lang)).getProperty(key);
        if (text == null) throw new IllegalStateException("no web text '" + key + "' in " + lang(lang));
        for (int i = 0; i < args.length; i++) text = text.replace("{" + i + "}", String.valueOf(args[i]));
        return text;
    }
}
