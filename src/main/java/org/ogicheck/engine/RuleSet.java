package org.ogicheck.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.ogicheck.i18n.Said;
import org.ogicheck.model.Severity;
import org.ogicheck.parse.ClaimPatterns;

/**
 * The rules of one or more rule folders compiled into one KieBase, shared by all reports, with
 * each rule's metadata, the messages and the scoring settings. Folders are layered: a rule whose
 * ID appears again in a later folder is replaced by the later one.
 */
public final class RuleSet {
    private final KieBase kieBase;
    private final Map<String, RuleMeta> rules;
    private final Messages messages;
    private final Scoring scoring;
    private final Parameters parameters;
    private final ClaimPatterns claims;
    private final List<Path> dirs;
    private final boolean fromCache;

    private RuleSet(Compiled compiled, Map<String, RuleMeta> rules, Messages messages, Scoring scoring, Parameters parameters,
                    ClaimPatterns claims, List<Path> dirs) {
        this.kieBase = compiled.base();
        this.fromCache = compiled.fromCache();
        this.rules = rules;
        this.messages = messages;
        this.scoring = scoring;
        this.parameters = parameters;
        this.claims = claims;
        this.dirs = dirs;
    }

    public KieBase kieBase() { return kieBase; }

    /**
     * The rule's one-line title in the language asked ({@code ID.title} of the messages), else the
     * Chinese one, else the rule's name: the one fallback every output and command uses.
     */
    public String title(RuleMeta m, String lang) {
        String t = messages.template(lang, m.id() + ".title");
        if (t == null) t = messages.template("zh", m.id() + ".title");
        return t == null ? m.name() : t;
    }

    /** the rule as the Chinese sentences of its .dslr file, or null for a rule written otherwise */
    public String sentence(RuleMeta m) {
        return RuleSources.sentence(m.file(), m.name());
    }

    /** the rule as written, labelled with its form (中文句子, 决策表 or DRL), or null */
    public org.ogicheck.model.RuleForm form(RuleMeta m) {
        return RuleSources.form(m.file(), m.name());
    }

    /**
     * Removes from this rule set's compiled rules every rule whose ID is not in {@code ids} (for a
     * benchmark of a few rules; the metadata is kept).
     */
    public void retainOnly(Set<String> ids) {
        List<Rule> drop = new ArrayList<>();
        for (KiePackage p : kieBase.getKiePackages()) {
            for (Rule r : p.getRules()) {
                if (!ids.contains(String.valueOf(r.getMetaData().get("id")))) drop.add(r);
            }
        }
        for (Rule r : drop) kieBase.removeRule(r.getPackageName(), r.getName());
    }
    /** rules by ID, in ID order */
    public Map<String, RuleMeta> rules() { return rules; }
    public Messages messages() { return messages; }
    public Scoring scoring() { return scoring; }
    public Parameters parameters() { return parameters; }
    /** the patterns that read claims from the narrative ({@code claims.tsv}) */
    public ClaimPatterns claims() { return claims; }
    public List<Path> dirs() { return dirs; }
    /** whether the compiled rules came from the cache of an earlier run (see {@link RuleCache}) */
    public boolean fromCache() { return fromCache; }

    /**
     * A folder with rules must bring its messages (a finding without its sentence is no finding):
     * one Chinese line naming the folder and the files it lacks, or null. Run after the guard, so
     * that a dangerous pack is named by the line of its code first.
     */
    static Said missingMessages(Path dir, List<Path> ruleFiles) {
        if (ruleFiles.isEmpty()) return null;
        List<String> lacks = new ArrayList<>();
        for (String f : List.of("messages_zh.properties", "messages_en.properties")) {
            if (!Files.isRegularFile(dir.resolve(f))) lacks.add(f);
        }
        return lacks.isEmpty() ? null : Said.of(RulesException.BUNDLE, "missingMessages", dir, String.join(", ", lacks));
    }

    private record Compiled(KieBase base, boolean fromCache) {
    }

    public static RuleSet load(List<Path> dirs) throws RulesException {
        List<Said> errors = new ArrayList<>();
        Map<Path, Said> lacking = new LinkedHashMap<>();
        List<Path> files = new ArrayList<>();
        for (Path d : dirs) {
            if (!Files.isDirectory(d)) {
                errors.add(Said.of(RulesException.BUNDLE, "folderNotFound", d));
                continue;
            }
            List<Path> own = drlFiles(d);
            files.addAll(own);
            Said missing = missingMessages(d, own);
            if (missing != null) lacking.put(d, missing);
        }
        if (!errors.isEmpty()) throw new RulesException(errors);
        if (files.isEmpty()) throw RulesException.of("noRuleFiles", dirs);
        // compiled rules cached for these very files (their bytes, the tool and the Java version are the
        // key) passed the safety lint when they were cached: the lint is run again only when compiling,
        // and the sentences are expanded (the tables read) again only then
        RuleCache cache = RuleCache.of(dirs);
        RuleCache.Entry entry = cache == null ? null : cache.read(files);
        Collection<KiePackage> cached = entry == null ? null : entry.packages();
        List<RuleSources.Source> sources = entry != null ? entry.sources() : RuleSources.read(files, errors);
        if (!errors.isEmpty()) throw new RulesException(errors);
        Map<Path, String> texts = new LinkedHashMap<>();
        for (RuleSources.Source s : sources) texts.put(s.file(), s.drl());
        if (cached == null) {
            // the safety lint reads the DRL that is compiled: a sentence's expansion, a spreadsheet's generated rules
            for (RuleSources.Source s : sources) {
                for (Said e : RuleLint.safety(s.file(), s.drl())) errors.add(s.placeOfLine().isEmpty() ? e : relocate(e, s));
            }
            if (!errors.isEmpty()) throw new RulesException(errors);
        }

        Compiled compiled = compile(cache, cached, sources, files, errors);
        if (!errors.isEmpty()) throw new RulesException(errors);
        KieBase base = compiled.base();
        Map<String, RuleMeta> byId = new LinkedHashMap<>();
        Map<String, Rule> defs = new LinkedHashMap<>();
        List<RuleMeta> all = new ArrayList<>();
        Map<Path, Set<String>> declared = declaredRules(texts);
        for (KiePackage p : base.getKiePackages()) {
            for (Rule r : p.getRules()) {
                all.add(meta(r, fileOf(r, texts, declared)));
                defs.put(r.getPackageName() + "/" + r.getName(), r);
            }
        }
        // layering: for each ID, the last folder that defines it wins; its rules with that ID stay,
        // the earlier folders' rules with that ID are removed. One folder may give an ID several rule bodies.
        Map<String, Path> owner = new LinkedHashMap<>();
        for (RuleMeta m : all) {
            if (m.id() == null) continue;
            Path dir = dirOf(m.file(), dirs);
            Path prev = owner.get(m.id());
            if (prev == null || dirs.indexOf(dir) > dirs.indexOf(prev)) owner.put(m.id(), dir);
        }
        all.sort(Comparator.comparing(RuleMeta::name));
        for (RuleMeta m : all) {
            if (m.id() == null) continue;
            if (!dirOf(m.file(), dirs).equals(owner.get(m.id()))) {
                Rule r = defs.get(m.pkg() + "/" + m.name());
                base.removeRule(r.getPackageName(), r.getName());
                continue;
            }
            // an ID with several bodies (a WARNING variant of an ERROR rule) is listed with its most severe one
            byId.merge(m.id(), m, (a, b) -> rank(b.severity()) > rank(a.severity()) ? b : a);
        }
        if (!errors.isEmpty()) throw new RulesException(errors);
        Map<String, RuleMeta> sorted = new LinkedHashMap<>();
        byId.keySet().stream().sorted().forEach(k -> sorted.put(k, byId.get(k)));

        Messages messages = new Messages();
        Scoring scoring = new Scoring();
        Parameters parameters = new Parameters();
        ClaimPatterns claims = new ClaimPatterns();
        try {
            for (Path d : dirs) {
                messages.load(d);
                scoring.load(d);
                parameters.load(d);
                claims.load(d);
            }
            scoring.overlay(parameters.values());
            for (Map.Entry<String, String> e : parameters.values().entrySet()) {
                if (e.getKey().startsWith("ruleSeverity.") && !Severity.isName(e.getValue())) {
                    errors.add(Said.of(RulesException.BUNDLE, "parameters.badSeverity", e.getKey(), e.getValue()));
                }
            }
            errors.addAll(RuleLint.metadata(all, scoring, sheetPlaces(sources)));
        } catch (IOException | IllegalArgumentException e) {
            throw RulesException.of("cannotReadSettings", e.getMessage());
        }
        // a folder without messages files whose own rules find no message in the folders below it (a
        // folder that only replaces rules of the national set keeps their messages)
        for (Map.Entry<Path, Said> l : lacking.entrySet()) {
            boolean unsaid = sorted.values().stream().anyMatch(m -> dirOf(m.file(), dirs).equals(l.getKey())
                && (!messages.has("zh", m.id()) || !messages.has("en", m.id())));
            if (unsaid) errors.add(l.getValue());
        }
        // a rule whose message is not in Chinese, the language every other falls back to, would say its key and
        // arguments ("<ID> [1]"): refused here as rules lint names it (a message missing in English only
        // falls back to the Chinese one, a clear text)
        for (RuleMeta m : sorted.values()) {
            if (lacking.containsKey(dirOf(m.file(), dirs)) || messages.has("zh", m.id())) continue;
            errors.add(Said.of(RulesException.BUNDLE, "lint.noMessage",
                Said.of(RulesException.BUNDLE, "lint.rule", rel(m.file().toString()), m.name()), m.id(), "zh"));
        }
        if (!errors.isEmpty()) throw new RulesException(errors);
        // the OCR reader's confidence threshold is a parameter of the sheet (the system property still overrides it)
        org.ogicheck.read.OcrReader.configure(parameters.values().get(org.ogicheck.read.OcrReader.THRESHOLD_PARAMETER));
        return new RuleSet(compiled, sorted, messages, scoring, parameters, claims, List.copyOf(dirs));
    }

    /**
     * The KieBase of the rule files: from the compiled-rules cache when it holds these very files,
     * else compiled (and then cached). Compile errors are added to {@code errors}; nothing is cached then.
     */
    private static Compiled compile(RuleCache cache, Collection<KiePackage> cached, List<RuleSources.Source> sources,
                                    List<Path> files, List<Said> errors) {
        if (cached != null) {
            InternalKnowledgeBase base = KnowledgeBaseFactory.newKnowledgeBase();
            base.addPackages(cached);
            return new Compiled(base, true);
        }
        KnowledgeBuilder kb = KnowledgeBuilderFactory.newKnowledgeBuilder();
        KieServices ks = KieServices.get();
        Map<Path, RuleSources.Source> byFile = RuleSources.byFile(sources);
        for (RuleSources.Source s : sources) {
            if (s.kind().equals("drl")) {
                kb.add(ks.getResources().newFileSystemResource(s.file().toFile()), ResourceType.DRL);
            } else {
                // sentences and spreadsheets are compiled as the DRL they expand to (the text the safety lint read)
                var res = ks.getResources().newByteArrayResource(s.drl().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                res.setSourcePath(s.file().toAbsolutePath().toString());
                kb.add(res, ResourceType.DRL);
            }
        }
        for (KnowledgeBuilderError e : kb.getErrors()) {
            String msg = e.getMessage().replaceAll("\\s+", " ").strip();
            if (msg.startsWith("Parser returned a null Package")) continue;
            String where = e.getResource() == null ? "?" : rel(e.getResource().getSourcePath());
            int line = e.getLines() != null && e.getLines().length > 0 ? e.getLines()[0] : 0;
            RuleSources.Source s = e.getResource() == null ? null
                : byFile.get(Path.of(e.getResource().getSourcePath()).toAbsolutePath().normalize());
            if (s != null && !s.placeOfLine().isEmpty()) {
                int quoted = lineQuoted(s.drl(), msg);
                if (quoted > 0) line = quoted;
            }
            if (s != null && !s.placeOfLine().isEmpty()) errors.add(Said.of(RulesException.BUNDLE, "at.place", where, s.place(line),
                Said.of(RulesException.BUNDLE, "compile.sheet", msg)));
            else if (s != null && s.kind().equals("dslr")) errors.add(Said.of(RulesException.BUNDLE, "at.line", where, line,
                Said.of(RulesException.BUNDLE, "compile.sentence", msg)));
            else errors.add(Said.of(RulesException.BUNDLE, "at.line", where, line, Said.verbatim(msg)));
        }
        if (!errors.isEmpty()) return null;
        if (cache != null) cache.write(kb.getKnowledgePackages(), sources, files);
        return new Compiled(kb.newKieBase(), false);
    }

    /** the sheet and row each decision-table rule comes from, by rule name */
    private static Map<String, Said> sheetPlaces(List<RuleSources.Source> sources) {
        Map<String, Said> out = new java.util.HashMap<>();
        java.util.regex.Pattern name = java.util.regex.Pattern.compile("^\\s*rule\\s+\"([^\"]*)\"");
        for (RuleSources.Source s : sources) {
            if (s.placeOfLine().isEmpty()) continue;
            String[] lines = s.drl().split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                java.util.regex.Matcher m = name.matcher(lines[i]);
                if (m.find()) out.put(m.group(1), s.place(i + 1));
            }
        }
        return out;
    }

    private static int rank(String severity) {
        return Severity.isName(severity) ? 3 - Severity.of(severity).rank() : 0;
    }

    private static Path dirOf(Path file, List<Path> dirs) {
        Path best = dirs.get(0);
        for (Path d : dirs) if (file.toAbsolutePath().normalize().startsWith(d.toAbsolutePath().normalize())) best = d;
        return best;
    }

    /** the rule files of a folder: DRL, sentences and their vocabularies, decision tables */
    static List<Path> drlFiles(Path dir) {
        return RuleSources.files(dir);
    }

    /** the generated DRL line an error message quotes (Drools gives no line for some analysis errors), else 0 */
    private static int lineQuoted(String drl, String msg) {
        String[] lines = drl.split("\n", -1);
        for (int k = 0; k + 20 <= msg.length(); k += 5) {
            String window = msg.substring(k, k + 20);
            for (int i = 0; i < lines.length; i++) if (lines[i].contains(window)) return i + 1;
        }
        return 0;
    }

    /** "file:12: reason" of a generated DRL line → "file: 工作表“…”第N行：reason" */
    /** a problem at a line of generated DRL, moved to the place in the spreadsheet that line comes from */
    private static Said relocate(Said error, RuleSources.Source s) {
        if (!"at.line".equals(error.key())) return error;
        List<Object> a = error.args();
        return Said.of(RulesException.BUNDLE, "at.place", a.get(0), s.place((Integer) a.get(1)), a.get(2));
    }

    private static RuleMeta meta(Rule r, Path file) {
        Map<String, Object> m = r.getMetaData();
        return new RuleMeta(Emit.str(m.get("id")), r.getPackageName(), r.getName(), Emit.str(m.get("severity")),
            Emit.str(m.get("category")), Emit.str(m.get("basis")), Emit.weight(m.get("weight")),
            Emit.str(m.get("since")), file);
    }

    /** the file a rule was compiled from: the (last) one declaring its package and its name */
    private static Path fileOf(Rule r, Map<Path, String> texts, Map<Path, Set<String>> declared) {
        String pkg = "package " + r.getPackageName();
        Path found = null;
        for (Map.Entry<Path, String> e : texts.entrySet()) {
            if (declared.get(e.getKey()).contains(r.getName()) && e.getValue().contains(pkg)) found = e.getKey();
        }
        return found == null ? texts.keySet().iterator().next() : found;
    }

    /** each file's rule names, every {@code rule "NAME"} in its text: read once, not once per rule and file */
    private static Map<Path, Set<String>> declaredRules(Map<Path, String> texts) {
        String mark = "rule \"";
        Map<Path, Set<String>> out = new java.util.HashMap<>();
        for (Map.Entry<Path, String> e : texts.entrySet()) {
            String t = e.getValue();
            Set<String> names = new java.util.HashSet<>();
            for (int at = t.indexOf(mark); at >= 0; at = t.indexOf(mark, at + 1)) {
                int end = t.indexOf('"', at + mark.length());
                if (end < 0) break;
                names.add(t.substring(at + mark.length(), end));
            }
            out.put(e.getKey(), names);
        }
        return out;
    }

    private static String read(Path f) {
        try {
            return Files.readString(f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String rel(String path) {
        Path p = Path.of(path).toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath();
        return p.startsWith(cwd) ? cwd.relativize(p).toString() : p.toString();
    }
}
