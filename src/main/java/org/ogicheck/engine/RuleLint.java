package org.ogicheck.engine;

import org.ogicheck.i18n.Said;
import org.ogicheck.i18n.Texts;
import org.ogicheck.model.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks rule files before and after they are compiled. DRL is code and Drools has no sandbox, so
 * the safety lint ({@link RuleGuard}) parses the rule file with Drools' parser and every code block
 * with a Java parser, and refuses whatever does not resolve to the allow-list (fact model, Emit,
 * Figures, java.util collections, java.math, java.time).
 * The metadata lint checks what every rule must carry; {@link #messagesAndFixtures} what a pack
 * must ship with it.
 */
public final class RuleLint {
    private static final List<String> ALLOWED_IMPORTS =
        List.of("org.ogicheck.model.", "org.ogicheck.engine.Emit", "org.ogicheck.engine.Figures", "java.util.", "java.math.",
            "java.time.");
    private static final Pattern IMPORT = Pattern.compile("(?m)^\\s*import\\s+(?:function\\s+)?([\\w.*]+)");
    private static final Pattern GLOBAL = Pattern.compile("(?m)^\\s*global\\s");
    private static final Pattern FORBIDDEN = Pattern.compile("\\b(System|Runtime|ProcessBuilder|Process|ProcessHandle"
        + "|Thread|ThreadGroup|Executors?|ForkJoinPool|Class|ClassLoader|getClass|forName|reflect|invoke|Method|Field"
        + "|Constructor|setAccessible|MethodHandles?|Unsafe|File|Files|Path|Paths|FileSystems?|RandomAccessFile"
        + "|\\w*(?:Input|Output)Stream|\\w*Reader|\\w*Writer|Socket|ServerSocket|DatagramSocket|URL|URI|HttpClient"
        + "|InetAddress|exec|exit|halt|ScriptEngine\\w*|ObjectInputStream|JNI|loadLibrary|load)\\b");
    private static final Pattern QUALIFIED = Pattern.compile("\\b(?:java\\.(?!util\\.|math\\.|time\\.)|javax\\.|sun\\.|jdk\\.|com\\.sun\\.|org\\.(?!ogicheck\\.model\\.|ogicheck\\.engine\\.(?:Emit|Figures)))");
        private static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9]*-\\d{3}");

    private RuleLint() {
    }

    /** safety problems in one rule file, each "file:line: reason" (see {@link RuleGuard}) */
    public static List<Said> safety(Path file, String text) {
        return RuleGuard.check(file, text);
    }

    /** metadata problems of the compiled rules (several bodies of one ID must agree on category) */
    public static List<Said> metadata(List<RuleMeta> rules, Scoring scoring) {
        return metadata(rules, scoring, Map.of());
    }

    /**
     * metadata problems, each "file: rule "name": reason"; a rule of a decision table is named by its
     * place instead ({@code places}: rule name → its sheet and row), the row a regulator edits
     */
    public static List<Said> metadata(List<RuleMeta> rules, Scoring scoring, Map<String, Said> places) {
        List<Said> out = new ArrayList<>();
        List<String> categories = scoring.categories().stream().map(Scoring.Category::id).toList();
        Map<String, RuleMeta> first = new HashMap<>();
        for (RuleMeta m : rules) {
            Said place = places.get(m.name());
            Said where = place == null ? say("lint.rule", RuleSet.rel(m.file().toString()), m.name())
                : say("lint.ruleAt", RuleSet.rel(m.file().toString()), place, m.name());
            if (m.id() == null || !ID.matcher(m.id()).matches()) {
                out.add(say("lint.badId", where));
                continue;
            }
            if (!m.name().startsWith(m.id() + " ")) out.add(say("lint.nameWithoutId", where, m.id()));
            if (m.severity() == null || !Severity.isName(m.severity())) out.add(say("lint.severity", where, m.severity()));
            if (m.category() == null || !categories.contains(m.category())) {
                out.add(say("lint.category", where, String.join(", ", categories), m.category()));
            }
            if (m.basis() == null || m.basis().isBlank()) out.add(say("lint.basis", where));
            if (Double.isNaN(m.weight()) || m.weight() < 0) out.add(say("lint.weight", where));
            if (m.since() == null || !m.since().matches("\\d{4}")) out.add(say("lint.since", where, m.since()));
            RuleMeta f = first.putIfAbsent(m.id(), m);
            if (f != null && f.category() != null && !f.category().equals(m.category())) {
                out.add(say("lint.categoryDiffers", where, m.id(), m.category(), f.name(), f.category()));
            }
        }
        return out;
    }

    /** messages in both languages and fixtures for every rule ID */
    public static List<Said> messagesAndFixtures(RuleSet rules, List<Path> fixtureDirs) {
        List<Said> out = new ArrayList<>();
        for (RuleMeta m : rules.rules().values()) {
            String file = RuleSet.rel(m.file().toString());
            for (String lang : Texts.LANGUAGES) {
                if (!rules.messages().has(lang, m.id())) out.add(say("lint.noMessage", file, m.id(), lang));
                if (!rules.messages().has(lang, m.id() + ".title")) out.add(say("lint.noTitle", file, m.id(), lang));
            }
            if (fixtureDirs.stream().noneMatch(d -> Files.isRegularFile(d.resolve(m.id()).resolve("expected")))) {
                out.add(say("lint.noFixtures", file, m.id(), fixtureDirs));
            }
        }
        return out;
    }

    private static Said say(String key, Object... args) {
        return Said.of(RulesException.BUNDLE, key, args);
    }

    static int lineOf(String text, int index) {
        int line = 1;
        for (int i = 0; i < index && i < text.length(); i++) if (text.charAt(i) == '\n') line++;
        return line;
    }
}
