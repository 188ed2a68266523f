package org.ogicheck.arch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What the shipped Java must not hold (issue 11): a branch on the language (texts come from the
 * properties bundles, see i18n.Texts) and a rule ID (rule knowledge is the rule folder's: the
 * rules, their metadata, scoring.properties, parameters.csv, mutations.tsv). Each hit is reported
 * as file:line and the line.
 */
class SourceScanTest {
    private static final Path MAIN = Path.of("src/main/java");
    /** the web pages are being moved to Javalin by another change; they join the language scan after it */
    private static final Path WEB = MAIN.resolve("org/ogicheck/web");

    private static final Pattern LANGUAGE_BRANCH = Pattern.compile(
        "\"(en|zh)\"\\s*\\.\\s*equals(IgnoreCase)?\\s*\\(|\\.equals(IgnoreCase)?\\s*\\(\\s*\"(en|zh)\"\\s*\\)");
    /** a rule ID as the catalogue writes them: APP-001, A20-004, PARSE-003 */
    private static final Pattern RULE_ID = Pattern.compile("\\b[A-Z][A-Z0-9]{1,4}-\\d{3}\\b");
    /**
     * Words of the ID form that are not rule IDs, each with its reason: SHA-256 is the digest of
     * the rule cache key and the baseline's entries.
     */
    private static final Set<String> NOT_RULE_IDS = Set.of("SHA-256");

    private static List<Path> javaFiles(boolean withWeb) throws IOException {
        try (Stream<Path> s = Files.walk(MAIN)) {
            return s.filter(p -> p.toString().endsWith(".java")).filter(p -> withWeb || !p.startsWith(WEB)).sorted().toList();
        }
    }

    private static List<String> hits(Pattern pattern, boolean withWeb, Set<String> allowed) throws IOException {
        List<String> out = new ArrayList<>();
        for (Path f : javaFiles(withWeb)) {
            List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                Matcher m = pattern.matcher(lines.get(i));
                while (m.find()) {
                    if (!allowed.contains(m.group())) out.add(f + ":" + (i + 1) + ": " + lines.get(i).strip());
                }
            }
        }
        return out;
    }

    @Test
    void noLanguageBranchInTheShippedJava() throws IOException {
        assertThat(hits(LANGUAGE_BRANCH, true, Set.of())).as("branches on the language (use a bundle: i18n.Texts)").isEmpty();
    }

    @Test
    void noRuleIdInTheShippedJava() throws IOException {
        assertThat(hits(RULE_ID, true, NOT_RULE_IDS)).as("rule IDs in src/main/java (rule knowledge belongs in rules/)").isEmpty();
    }

    /** the scans can fail: they find what they look for */
    @Test
    void theScansFindWhatTheyLookFor() {
        assertThat(LANGUAGE_BRANCH.matcher("boolean en = \"en\".equals(lang);").find()).isTrue();
        assertThat(LANGUAGE_BRANCH.matcher("if (lang.equals(\"zh\")) {").find()).isTrue();
        assertThat(RULE_ID.matcher("EDITS.put(\"APP-002\", …)").find()).isTrue();
        assertThat(RULE_ID.matcher("// A20-004 applies to the 2021 format only").find()).isTrue();
        assertThat(RULE_ID.matcher("PARSE-003").find()).isTrue();
    }
}
