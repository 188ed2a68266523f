package org.ogicheck.engine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks rule files before and after they are compiled. DRL is code and Drools has no sandbox, so
 * the safety lint refuses what a compliance rule never needs (imports outside the fact model, the
 * finding and arithmetic helpers (Emit, Figures) and java.util/java.math/java.time, System, Runtime, reflection, files, network, threads, globals,
 * unicode escapes). It is a best-effort guard for reviewed rule packs, not an isolation boundary.
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
    private static final Set<String> SEVERITIES = Set.of("ERROR", "WARNING", "INFO");
    private static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9]*-\\d{3}");

    private RuleLint() {
    }

    /** safety problems in one rule file, each "file:line: reason" */
    public static List<String> safety(Path file, String text) {
        List<String> out = new ArrayList<>();
        String name = RuleSet.rel(file.toString());
        if (text.contains("\\u")) out.add(name + ":" + lineOf(text, text.indexOf("\\u")) + ": unicode escapes are not allowed in rules");
        String code = blankCommentsAndStrings(text);
        Matcher m = IMPORT.matcher(code);
        while (m.find()) {
            String imp = m.group(1);
            if (ALLOWED_IMPORTS.stream().noneMatch(imp::startsWith)) {
                out.add(name + ":" + lineOf(code, m.start(1)) + ": import " + imp
                    + " is not allowed (rules may import org.ogicheck.model.*, org.ogicheck.engine.Emit, java.util, java.math, java.time)");
            }
        }
        String body = IMPORT.matcher(code).replaceAll(" ");
        Matcher g = GLOBAL.matcher(body);
        while (g.find()) out.add(name + ":" + lineOf(body, g.start()) + ": globals are not allowed in rules");
        Matcher f = FORBIDDEN.matcher(body);
        while (f.find()) {
            out.add(name + ":" + lineOf(body, f.start()) + ": '" + f.group(1)
                + "' is not allowed in rules (no system, reflection, file, network or thread access)");
        }
        Matcher q = QUALIFIED.matcher(body);
        while (q.find()) {
            out.add(name + ":" + lineOf(body, q.start()) + ": qualified name outside the fact model and java.util/java.math/java.time");
        }
        return out;
    }

    /** metadata problems of the compiled rules (several bodies of one ID must agree on category) */
    public static List<String> metadata(List<RuleMeta> rules, Scoring scoring) {
        List<String> out = new ArrayList<>();
        List<String> categories = scoring.categories().stream().map(Scoring.Category::id).toList();
        Map<String, RuleMeta> first = new HashMap<>();
        for (RuleMeta m : rules) {
            String where = RuleSet.rel(m.file().toString()) + ": rule \"" + m.name() + "\"";
            if (m.id() == null || !ID.matcher(m.id()).matches()) {
                out.add(where + ": @id missing or not like APP-001");
                continue;
            }
            if (!m.name().startsWith(m.id() + " ")) out.add(where + ": the rule name must start with its ID " + m.id());
            if (m.severity() == null || !SEVERITIES.contains(m.severity())) out.add(where + ": @severity must be ERROR, WARNING or INFO");
            if (m.category() == null || !categories.contains(m.category())) {
                out.add(where + ": @category must be one of " + categories + " (rules/scoring.properties)");
            }
            if (m.basis() == null || m.basis().isBlank()) out.add(where + ": @basis (the legal provision) is missing");
            if (Double.isNaN(m.weight()) || m.weight() < 0) out.add(where + ": @weight must be a number ≥ 0");
            if (m.since() == null || !m.since().matches("\\d{4}")) out.add(where + ": @since must be a year");
            RuleMeta f = first.putIfAbsent(m.id(), m);
            if (f != null && f.category() != null && !f.category().equals(m.category())) {
                out.add(where + ": " + m.id() + " has category " + m.category() + " here but " + f.category() + " in \"" + f.name() + "\"");
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

    /** comments and string literals replaced by spaces, line breaks kept, so that offsets still give lines */
    static String blankCommentsAndStrings(String s) {
        StringBuilder sb = new StringBuilder(s);
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '/' && i + 1 < s.length() && s.charAt(i + 1) == '/') {
                while (i < s.length() && s.charAt(i) != '\n') sb.setCharAt(i++, ' ');
            } else if (c == '/' && i + 1 < s.length() && s.charAt(i + 1) == '*') {
                int end = s.indexOf("*/", i + 2);
                end = end < 0 ? s.length() : end + 2;
                for (; i < end; i++) if (s.charAt(i) != '\n') sb.setCharAt(i, ' ');
            } else if (c == '"') {
                sb.setCharAt(i++, ' ');
                while (i < s.length() && s.charAt(i) != '"' && s.charAt(i) != '\n') {
                    if (s.charAt(i) == '\\' && i + 1 < s.length()) sb.setCharAt(i++, ' ');
                    sb.setCharAt(i++, ' ');
                }
                if (i < s.length() && s.charAt(i) == '"') sb.setCharAt(i++, ' ');
            } else {
                i++;
            }
        }
        return sb.toString();
    }
}
