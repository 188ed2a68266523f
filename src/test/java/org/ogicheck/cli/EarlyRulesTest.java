package org.ogicheck.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogicheck.TestSupport;
import org.ogicheck.app.Ogicheck;
import org.ogicheck.engine.RulesException;

/** The rules of a check loaded while picocli reads the command line: used only for the very folders the command resolves. */
class EarlyRulesTest {
    @AfterEach
    void clear() {
        EarlyRules.clear();
    }

    @Test
    void theRulesOfTheFoldersGivenAreLoadedOnceAndHandedToTheCommand() throws Exception {
        EarlyRules.start(new String[] {"check", "--rules", TestSupport.RULES.toString(), "report.txt"});
        Ogicheck early = EarlyRules.take(List.of(TestSupport.RULES));
        assertThat(early).isNotNull();
        assertThat(early.rules().rules().keySet()).isEqualTo(Ogicheck.load(List.of(TestSupport.RULES)).rules().rules().keySet());
        // taken once: the command's second look finds nothing
        assertThat(EarlyRules.take(List.of(TestSupport.RULES))).isNull();
    }

    @Test
    void theEqualsFormAndLayeredFoldersAreReadInOrder() throws Exception {
        EarlyRules.start(new String[] {"check", "--rules=" + TestSupport.RULES, "--rules", TestSupport.RULES.toString(), "x.txt"});
        assertThat(EarlyRules.take(List.of(TestSupport.RULES))).isNull();
        EarlyRules.start(new String[] {"check", "--rules=" + TestSupport.RULES, "--rules", TestSupport.RULES.toString(), "x.txt"});
        assertThat(EarlyRules.take(List.of(TestSupport.RULES, TestSupport.RULES))).isNotNull();
    }

    @Test
    void otherFoldersOtherCommandsAndHelpStartNothingTheCommandCanTake() throws Exception {
        EarlyRules.start(new String[] {"check", "--rules", TestSupport.RULES.toString(), "x.txt"});
        assertThat(EarlyRules.take(List.of(Path.of("elsewhere")))).isNull();
        String rules = TestSupport.RULES.toString();
        for (String[] line : List.of(new String[] {"parse", "--rules", rules, "x.txt"}, new String[] {"check", "--rules", rules, "--help"},
            new String[] {"check", "-V", "--rules", rules}, new String[] {"check"})) {
            EarlyRules.start(line);
            assertThat(EarlyRules.take(List.of(TestSupport.RULES))).as(String.join(" ", line)).isNull();
        }
    }

    @Test
    void aFolderThatCannotBeLoadedFailsAsTheCommandsOwnLoadWould(@TempDir Path dir) throws Exception {
        Path empty = Files.createDirectory(dir.resolve("rules"));
        EarlyRules.start(new String[] {"check", "--rules", empty.toString(), "x.txt"});
        List<String> own = List.of();
        try {
            Ogicheck.load(List.of(empty));
        } catch (RulesException e) {
            own = e.lines("zh");
        }
        assertThat(own).isNotEmpty();
        List<String> expected = own;
        assertThatThrownBy(() -> EarlyRules.take(List.of(empty)))
            .isInstanceOfSatisfying(RulesException.class, e -> assertThat(e.lines("zh")).isEqualTo(expected));
    }
}
