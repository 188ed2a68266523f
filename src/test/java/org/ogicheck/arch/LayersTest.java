package org.ogicheck.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layers of the shipped code (tests excluded), as the README's picture draws them:
 * model at the bottom; read and parse above it; engine (the only place of Drools and KIE types) and
 * score above those; render beside them; app, cli and web on top. Each rule below is one "never"
 * arrow of that picture; a change that breaks one fails here with the offending class and line.
 */
class LayersTest {
    private static final String ROOT = "org.ogicheck.";
    private static JavaClasses shipped;

    @BeforeAll
    static void importShippedClasses() {
        shipped = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.ogicheck");
    }

    private static String[] packages(String... names) {
        String[] out = new String[names.length];
        for (int i = 0; i < names.length; i++) out[i] = ROOT + names[i] + "..";
        return out;
    }

    @Test
    void theModelDependsOnNothingOfOursAndNoDrools() {
        noClasses().that().resideInAPackage(ROOT + "model..")
            .should().dependOnClassesThat().resideInAnyPackage(packages("read", "parse", "engine", "score", "render", "app", "bench", "cli", "web", "pipeline", "workspace"))
            .orShould().dependOnClassesThat().resideInAnyPackage("org.kie..", "org.drools..")
            .check(shipped);
    }

    /** the bundles' lookup (i18n.Texts) is below everything that shows words: it knows nothing of ours */
    @Test
    void theWordsLookupDependsOnNothingOfOurs() {
        noClasses().that().resideInAPackage(ROOT + "i18n..")
            .should().dependOnClassesThat().resideInAnyPackage(packages("model", "read", "parse", "engine", "score", "render", "app", "bench", "cli", "web", "pipeline"))
            .check(shipped);
    }

    @Test
    void readersNeverDependOnTheParserOrTheEngine() {
        noClasses().that().resideInAPackage(ROOT + "read..")
            .should().dependOnClassesThat().resideInAnyPackage(packages("parse", "engine", "score", "render", "app", "bench", "cli", "web", "pipeline", "workspace"))
            .check(shipped);
    }

    @Test
    void theParserNeverDependsOnTheEngine() {
        noClasses().that().resideInAPackage(ROOT + "parse..")
            .should().dependOnClassesThat().resideInAnyPackage(packages("engine", "score", "render", "app", "bench", "cli", "web", "pipeline", "workspace"))
            .check(shipped);
    }

    @Test
    void droolsAndKieTypesOnlyInTheEngine() {
        noClasses().that().resideOutsideOfPackage(ROOT + "engine..")
            .should().dependOnClassesThat().resideInAnyPackage("org.kie..", "org.drools..")
            .check(shipped);
    }

    @Test
    void theEngineAndScoringKnowNothingOfOutputsOrCommands() {
        noClasses().that().resideInAnyPackage(packages("engine", "score"))
            .should().dependOnClassesThat().resideInAnyPackage(packages("render", "app", "bench", "cli", "web", "pipeline", "workspace"))
            .check(shipped);
    }

    /**
     * Renderers use the model, the score results and the message bundles. Still allowed, until the
     * result model and the late-rendered messages of issue 11 move them: the check result
     * ({@code app.Result}, with its {@code parse.ParsedReport}) and the rule set's metadata
     * ({@code engine.RuleSet}, {@code RuleMeta}, {@code Scoring}, {@code Messages}) for titles and categories,
     * Nothing else of read, parse, engine, app, cli, web or bench.
     */
    @Test
    void renderersUseOnlyTheModelTheScoresAndTheRuleMetadata() {
        Set<String> stillAllowed = Set.of(ROOT + "app.Result", ROOT + "parse.ParsedReport",
            ROOT + "engine.RuleSet", ROOT + "engine.RuleMeta", ROOT + "engine.Scoring", ROOT + "engine.Scoring$Category",
            ROOT + "engine.Messages");
        DescribedPredicate<JavaClass> forbidden = new DescribedPredicate<>("read, parse, engine, app, cli, web or bench internals") {
            @Override
            public boolean test(JavaClass c) {
                String name = c.getName();
                if (stillAllowed.contains(name)) return false;
                for (String p : new String[] {"read.", "parse.", "engine.", "app.", "cli.", "web.", "bench.", "pipeline.", "workspace."}) {
                    if (name.startsWith(ROOT + p)) return true;
                }
                return false;
            }
        };
        noClasses().that().resideInAPackage(ROOT + "render..").should().dependOnClassesThat(forbidden).check(shipped);
    }

    @Test
    void noCommandOrPageIsUsedBelowTheTop() {
        noClasses().that().resideOutsideOfPackages(packages("cli", "web"))
            .should().dependOnClassesThat().resideInAnyPackage(packages("cli", "web"))
            .check(shipped);
        noClasses().that().resideInAPackage(ROOT + "web..")
            .should().dependOnClassesThat().resideInAPackage(ROOT + "cli..")
            .check(shipped);
    }

    /**
     * The workspace (stored reports, checks and reviews) sits between the pipeline and the fronts: it
     * checks through the pipeline and uses the model, the scores and the renderers' helpers; the
     * command line and the web sit on it. Nothing below it knows it, and it never runs the engine
     * itself, never reads files past the pipeline, and never knows a command or a page.
     */
    @Test
    void theWorkspaceSitsBetweenThePipelineAndTheFronts() {
        noClasses().that().resideOutsideOfPackages(packages("workspace", "cli", "web"))
            .should().dependOnClassesThat().resideInAPackage(ROOT + "workspace..")
            .check(shipped);
        // a check result's parsed report (agency, year, kind) and the read error the pipeline throws are allowed; nothing else of read and parse
        Set<String> allowed = Set.of(ROOT + "parse.ParsedReport", ROOT + "read.ReadException");
        DescribedPredicate<JavaClass> forbidden = new DescribedPredicate<>("cli, web, bench, read or parse internals, app.Ogicheck") {
            @Override
            public boolean test(JavaClass c) {
                String name = c.getName();
                if (allowed.contains(name)) return false;
                if (name.equals(ROOT + "app.Ogicheck")) return true;
                for (String p : new String[] {"read.", "parse.", "cli.", "web.", "bench."}) if (name.startsWith(ROOT + p)) return true;
                return false;
            }
        };
        noClasses().that().resideInAPackage(ROOT + "workspace..")
            .should().dependOnClassesThat(forbidden)
            .orShould().dependOnClassesThat().resideInAnyPackage("org.kie..", "org.drools..")
            .check(shipped);
    }

    /** pairing the years, time limits and the order of the steps are the pipeline's: the fronts call it */
    @Test
    void theCommandLineAndTheWebCheckThroughThePipeline() {
        noClasses().that().resideInAnyPackage(packages("cli", "web"))
            .should().dependOnClassesThat().haveFullyQualifiedName(ROOT + "app.Pairing")
            .orShould().dependOnClassesThat().haveFullyQualifiedName(ROOT + "pipeline.Deadline")
            .check(shipped);
        noClasses().that().haveFullyQualifiedName(ROOT + "web.Checks").or().haveFullyQualifiedName(ROOT + "cli.CheckCommand")
            .should().dependOnClassesThat().haveFullyQualifiedName(ROOT + "app.Pairing")
            .orShould().callMethod(ROOT + "app.Ogicheck", "check", ROOT + "parse.ParsedReport", ROOT + "parse.ParsedReport",
                String.class.getName(), java.util.function.Consumer.class.getName())
            .check(shipped);
    }

    @Test
    void packagesFormNoCycle() {
        slices().matching("org.ogicheck.(*)..").should().beFreeOfCycles().check(shipped);
    }
}
