package org.ogicheck.cli;

import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ogicheck.app.Ogicheck;
import org.ogicheck.engine.RulesException;
import picocli.CommandLine.Option;

/** --rules: the rule folders, layered in the order given; default ./rules, else rules/ beside the jar. */
final class RuleOptions {
    @Option(names = "--rules", paramLabel = "DIR",
        description = "rule folder; repeat to layer packs (a later rule with the same ID replaces an earlier). "
            + "Default: ./rules, else the rules/ beside the jar.")
    List<Path> dirs = new ArrayList<>();

    /** the language of the lines printed when the rules cannot be loaded */
    @picocli.CommandLine.Spec(picocli.CommandLine.Spec.Target.MIXEE)
    void spec(picocli.CommandLine.Model.CommandSpec mixee) {
        this.mixee = mixee;
    }

    private picocli.CommandLine.Model.CommandSpec mixee;

    /** the pipeline over these rules, or null after printing why they could not be loaded (one line each) */
    Ogicheck load(PrintWriter err) {
        try {
            List<Path> resolved = resolve();
            Ogicheck early = EarlyRules.take(resolved);
            return early != null ? early : Ogicheck.load(resolved);
        } catch (RulesException e) {
            e.lines(mixee == null ? "zh" : Cli.lang(mixee)).forEach(l -> err.println("ogicheck: " + l));
            return null;
        }
    }

    List<Path> resolve() {
        return resolve(dirs);
    }

    /** the folders of these --rules, or the default when none are given */
    static List<Path> resolve(List<Path> dirs) {
        if (!dirs.isEmpty()) return dirs;
        Path local = Path.of("rules");
        if (Files.isDirectory(local)) return List.of(local);
        try {
            Path jar = Path.of(RuleOptions.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path dir = Files.isDirectory(jar) ? jar : jar.getParent();
            for (Path p = dir; p != null && p.getNameCount() > 0; p = p.getParent()) {
                if (Files.isDirectory(p.resolve("rules"))) return List.of(p.resolve("rules"));
                if (p.equals(dir.getParent())) break;
            }
        } catch (URISyntaxException | SecurityException ignored) {
            // fall through to the default, which reports a clear "not found"
        }
        return List.of(local);
    }
}
