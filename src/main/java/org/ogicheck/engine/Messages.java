package org.ogicheck.engine;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.ogicheck.i18n.Said;
import org.ogicheck.i18n.Texts;
import org.ogicheck.model.Finding;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Rule messages from {@code messages_zh.properties} and {@code messages_en.properties} in the rule
 * folders (UTF-8), keyed by rule ID, with {0}-style arguments. A later folder overrides an earlier.
 */
public final class Messages {
    /** the messages of each language the tool speaks ({@link Texts#LANGUAGES}), from messages_<lang>.properties */
    private final Map<String, Properties> byLanguage = new LinkedHashMap<>();
    private final Properties zh;

    public Messages() {
        for (String l : Texts.LANGUAGES) byLanguage.put(l, new Properties());
        zh = byLanguage.get(Texts.LANGUAGES.get(0));
    }

    public void load(Path dir) throws IOException {
        for (Map.Entry<String, Properties> e : byLanguage.entrySet()) read(dir.resolve("messages_" + e.getKey() + ".properties"), e.getValue());
    }

    private static void read(Path p, Properties into) throws IOException {
        if (!Files.isRegularFile(p)) return;
        try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
            into.load(r);
        }
    }

    public String template(String lang, String key) {
        return byLanguage.get(Texts.language(lang)).getProperty(key);
    }

    public boolean has(String lang, String key) {
        return template(lang, key) != null;
    }

    /**
     * the message in the language asked, falling back to Chinese; a message variant ({@code <ruleId>.<variant>})
     * the pack lacks falls back to the rule's own message, which loading the rules requires; then to the key and
     * arguments
     */
    public String format(String lang, String key, List<Object> args) {
        String t = template(lang, key);
        if (t == null) t = zh.getProperty(key);
        int dot = key.indexOf('.');
        if (t == null && dot > 0) return format(lang, key.substring(0, dot), args);
        if (t == null) return key + " " + args;
        MessageFormat mf = new MessageFormat(t.replace("'", "''"), Locale.forLanguageTag(Texts.language(lang)));
        Object[] a = args.stream().map(o -> plain(o, lang)).toArray();
        return mf.format(a);
    }

    /** a finding's message in the language asked, from its message key and arguments */
    public String message(Finding f, String lang) {
        return format(lang, f.getMessageKey(), f.getArgs());
    }

    /**
     * a finding's derivation in the language asked ({@code <key>.explain}, else {@code <ruleId>.explain}),
     * or null when its rule gives none
     */
    public String explanation(Finding f, String lang) {
        String explain = f.getMessageKey() + ".explain";
        if (!has(lang, explain) && !has("zh", explain)) explain = f.getRuleId() + ".explain";
        return has(lang, explain) || has("zh", explain) ? format(lang, explain, f.getArgs()) : null;
    }

    /**
     * The finding in another language: its message (and its derivation, when it still has one) made
     * again from its key and arguments. No rule runs: the arguments are what the rules found, the
     * same in every language.
     */
    public Finding inLanguage(Finding f, String lang) {
        return f.completed(null, message(f, lang), f.getExplanation() == null ? null : explanation(f, lang));
    }

    /** numbers as written (no grouping separators), so that 63607 reads as 63607; a line of the tool's own words in the language asked; a list's items joined */
    private static Object plain(Object o, String lang) {
        if (o instanceof Said s) return s.in(lang);
        if (o instanceof List<?> items) {
            return String.join(org.ogicheck.i18n.Texts.of("org.ogicheck.engine.texts").get(lang, "separator"),
                items.stream().map(i -> String.valueOf(plain(i, lang))).toList());
        }
        if (o instanceof java.math.BigDecimal b) return b.stripTrailingZeros().toPlainString();
        if (o instanceof Number n) return n.toString();
        return o == null ? "" : o;
    }
}
