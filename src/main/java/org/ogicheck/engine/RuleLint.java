package org.ogicheck.engine;

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
    public static List<String> safety(Path file, String text) {
        return RuleGuard.check(file, text);
    }

    /** metadata problems of the compiled rules (several bodies of one ID must agree on category) */
    public static List<String> metadata(List<RuleMeta> rules, Scoring scoring) {
        return metadata(rules, scoring, Map.of());
    }

    /**
     * metadata problems, each "file: rule "name": reason" in Chinese; a rule of a decision table is named
     * by its place instead ({@code places}: rule name → "工作表“…”第12行"), the row a regulator edits
     */
    public static List<String> metadata(List<RuleMeta> rules, Scoring scoring, Map<String, String> places) {
        List<String> out = new ArrayList<>();
        List<String> categories = scoring.categories().stream().map(Scoring.Category::id).toList();
        Map<String, RuleMeta> first = new HashMap<>();
        for (RuleMeta m : rules) {
            String place = places.get(m.name());
            String where = RuleSet.rel(m.file().toString()) + ": " + (place == null ? "rule \"" + m.name() + "\"" : place + "（规则 \"" + m.name() + "\"）");
            if (m.id() == null || !ID.matcher(m.id()).matches()) {
                out.add(where + ": @id 缺少或不是规则目录的编号形式（二至五个大写字母、连字符、三位数字）");
                continue;
            }
            if (!m.name().startsWith(m.id() + " ")) out.add(where + ": 规则名称必须以编号 " + m.id() + " 开头");
            if (m.severity() == null || !Severity.isName(m.severity())) out.add(where + ": @severity 只能是 ERROR、WARNING 或 INFO（现为 " + m.severity() + "）");
            if (m.category() == null || !categories.contains(m.category())) {
                out.add(where + ": @category 只能是 " + String.join("、", categories) + " 之一（见 rules/scoring.properties；现为 " + m.category() + "）");
            }
            if (m.basis() == null || m.basis().isBlank()) out.add(where + ": 缺少 @basis（规则的依据）");
            if (Double.isNaN(m.weight()) || m.weight() < 0) out.add(where + ": @weight 必须是不小于0的数");
            if (m.since() == null || !m.since().matches("\\d{4}")) out.add(where + ": @since 必须是年份（现为 " + m.since() + "）");
            RuleMeta f = first.putIfAbsent(m.id(), m);
            if (f != null && f.category() != null && !f.category().equals(m.category())) {
                out.add(where + ": " + m.id() + " 在这里的类别是 " + m.category() + "，在 \"" + f.name() + "\" 中是 " + f.category());
            }
        }
        return out;
    }

    /** messages in both languages and fixtures for every rule ID */
    public static List<String> messagesAndFixtures(RuleSet rules, List<Path> fixtureDirs) {
        List<String> out = new ArrayList<>();
        for (RuleMeta m : rules.rules().values()) {
            String where = RuleSet.rel(m.file().toString()) + ": " + m.id();
            for (String lang : List.of("zh", "en")) {
                if (!rules.messages().has(lang, m.id())) out.add(where + ": no message in messages_" + lang + ".properties");
                if (!rules.messages().has(lang, m.id() + ".title")) out.add(where + ": no " + m.id() + ".title in messages_" + lang + ".properties");
            }
            if (fixtureDirs.stream().noneMatch(d -> Files.isRegularFile(d.resolve(m.id()).resolve("expected")))) {
                out.add(where + ": no fixtures (" + fixtureDirs + "/" + m.id() + "/expected)");
            }
        }
        return out;
    }

    static int lineOf(String text, int index) {
        int line = 1;
        for (int i = 0; i < index && i < text.length(); i++) if (text.charAt(i) == '\n') line++;
        return line;
    }
}
