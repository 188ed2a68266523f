package org.ogicheck.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.ogicheck.TestSupport;
import org.ogicheck.app.Fixtures;

/** The meta-test: every rule has complete metadata, messages in both languages and fixtures. */
class RuleMetadataTest {
    private static final Set<String> SEVERITIES = Set.of("ERROR", "WARNING", "INFO");

    private final RuleSet rules = TestSupport.engine().rules();

    @Test
    void everyRuleHasCompleteMetadata() {
        List<String> categories = rules.scoring().categories().stream().map(Scoring.Category::id).toList();
        assertThat(rules.rules()).isNotEmpty();
        for (RuleMeta m : rules.rules().values()) {
            assertThat(m.id()).as(m.name()).matches("[A-Z][A-Z0-9]*-\\d{3}");
            assertThat(m.name()).as("rule name starts with its ID").startsWith(m.id() + " ");
            assertThat(m.severity()).as(m.id() + " @severity").isIn(SEVERITIES);
            assertThat(m.category()).as(m.id() + " @category").isIn(categories);
            assertThat(m.basis()).as(m.id() + " @basis").isNotBlank();
            assertThat(m.since()).as(m.id() + " @since").matches("\\d{4}");
            assertThat(m.weight()).as(m.id() + " @weight").isNotNaN().isGreaterThanOrEqualTo(0);
        }
    }

    @Test
    void everyRuleHasMessagesInChineseAndEnglish() {
        for (String id : rules.rules().keySet()) {
            for (String lang : List.of("zh", "en")) {
                assertThat(rules.messages().has(lang, id)).as(id + " message in " + lang).isTrue();
                assertThat(rules.messages().has(lang, id + ".title")).as(id + ".title in " + lang).isTrue();
            }
        }
    }

    @Test
    void everyRuleHasFixturesAndEveryFixtureNamesARule() throws IOException {
        List<String> withFixtures = Fixtures.ids(TestSupport.FIXTURES);
        assertThat(withFixtures).containsAll(rules.rules().keySet());
        assertThat(rules.rules().keySet()).containsAll(withFixtures);
        for (String id : withFixtures) {
            assertThat(Files.isRegularFile(TestSupport.FIXTURES.resolve(id).resolve("expected"))).as(id + "/expected").isTrue();
        }
    }

    @Test
    void scoringCategoriesAddUpToOneHundred() {
        double total = rules.scoring().categories().stream().mapToDouble(Scoring.Category::max).sum();
        assertThat(total).isEqualTo(100.0);
        assertThat(rules.scoring().grades()).isNotEmpty();
    }
}
