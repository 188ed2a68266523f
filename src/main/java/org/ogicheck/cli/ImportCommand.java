package org.ogicheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.ogicheck.app.AtomicFiles;
import org.ogicheck.engine.RulesException;
import org.ogicheck.model.Finding;
import org.ogicheck.pipeline.Input;
import org.ogicheck.pipeline.Pipeline;
import org.ogicheck.pipeline.RuleDiff;
import org.ogicheck.pipeline.Settings;
import org.ogicheck.render.Columns;
import org.ogicheck.workspace.Roster;
import org.ogicheck.workspace.Workspace;
import org.ogicheck.workspace.WorkspaceException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** ogicheck import: reports into a workspace, each checked (again only when the rules changed), with what changed. */
@Command(name = "import", mixinStandardHelpOptions = true,
    description = "Store reports in a workspace (a folder with an embedded database, or PostgreSQL with --db) and check each "
        + "one that has no check with the current rules yet. A report checked before with other rules gets a new check, and "
        + "the findings it gained and lost are listed. Review decisions (confirm, dismiss with a reason) are kept by finding.",
    footer = "%nExit codes:%n  0  every input stored and checked%n  2  usage error, a workspace or rules that cannot be opened,"
        + " or some input could not be read (the others are stored; each is listed with its reason)%n")
final class ImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "FILE", descriptionKey = "FILE", description = "report files, or folders of them")
    List<Path> files = new ArrayList<>();

    @Option(names = "--workspace", required = true, paramLabel = "DIR", description = "the workspace folder (made when missing)")
    Path workspace;

    @Option(names = "--db", paramLabel = "URL",
        description = "PostgreSQL instead of the embedded database: postgresql://user:password@host:port/db or jdbc:postgresql:…")
    String db;

    @Option(names = "--roster", paramLabel = "XLSX", description = "the agencies expected to publish (Excel: 名称/name, 级别/level, 上级/parent)")
    Path roster;

    @Option(names = "--region", paramLabel = "NAME", description = "the region the reports belong to")
    String region;

    @Option(names = "--who", defaultValue = "本机", paramLabel = "NAME", description = "who imports (recorded with each upload)")
    String who;

    @Option(names = "--baseline", paramLabel = "FILE",
        description = "a baseline or waiver file of 'check --write-baseline': its entries become dismissals (reason, author, expiry kept)")
    Path baseline;

    @Option(names = "--export-reviews", paramLabel = "FILE",
        description = "write the dismissals in force as a waiver file that 'check --baseline' reads")
    Path exportReviews;

    @Option(names = "--timeout-s", defaultValue = "60", paramLabel = "SECONDS", description = "time limit per report (default: ${DEFAULT-VALUE})")
    int timeoutS;

    @Mixin
    RuleOptions rules;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String lang = Cli.lang(spec);
        List<Path> paths = Inputs.expandOrSay(files, spec, err, "import.cannotList");
        if (paths == null) return ExitCodes.USAGE;
        if (paths.contains(Inputs.STDIN)) {
            err.println(Cli.text(spec, "import.stdin"));
            return ExitCodes.USAGE;
        }
        Roster list = null;
        Pipeline pipeline;
        try {
            if (roster != null) list = Roster.read(roster);
            pipeline = paths.isEmpty() ? null : Pipeline.load(rules.resolve());
        } catch (WorkspaceException e) {
            err.println(Cli.text(spec, "import.failed", e.message(lang)));
            return ExitCodes.USAGE;
        } catch (RulesException e) {
            e.lines(lang).forEach(l -> err.println("ogicheck: " + l));
            return ExitCodes.USAGE;
        }
        int failed = 0;
        try (Workspace ws = Workspace.open(workspace, db)) {
            out.println(Cli.text(spec, "import.workspace", workspace, ws.database()));
            if (roster != null) {
                // the region page of 'serve' reads the roster kept in the workspace folder
                java.nio.file.Files.copy(roster, workspace.resolve("roster.xlsx"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                out.println(Cli.text(spec, "import.roster", roster, list.entries().size()));
            }
            if (baseline != null) out.println(Cli.text(spec, "import.baseline", baseline, ws.importBaseline(baseline, who, lang)));
            if (pipeline != null) {
                List<Input> inputs = paths.stream().map(Input::of).toList();
                Settings settings = Settings.defaults().withLang(lang).withTimeout(Duration.ofSeconds(Math.max(1, timeoutS)));
                int added = 0;
                int rechecked = 0;
                int same = 0;
                for (Workspace.Added a : ws.add(inputs, pipeline, settings, who, region, list)) {
                    if (a.failed() != null) {
                        failed++;
                        out.println(status("unchecked") + a.failed().in(lang));
                        continue;
                    }
                    String what = Cli.text(spec, "import.report", a.report().title(lang), a.report().name(), a.report().id());
                    if (a.check() == null) {
                        same++;
                        out.println(status("same") + Cli.text(spec, "import.same", what));
                    } else if (a.diff() == null) {
                        added++;
                        out.println(status("added") + Cli.text(spec, "import.added", what, score(a.check().score()), a.check().findings().size()));
                    } else {
                        rechecked++;
                        RuleDiff d = a.diff();
                        out.println(status("rechecked") + Cli.text(spec, "import.rechecked", what, score(d.scoreBefore()), score(d.scoreAfter()),
                            d.gained().size(), d.lost().size()));
                        // the findings as stored (the one lost in the language of an earlier import): worded again in the language asked
                        for (Finding f : d.gained()) out.println("    + " + f.getRuleId() + " " + pipeline.rules().messages().message(f, lang));
                        for (Finding f : d.lost()) out.println("    - " + f.getRuleId() + " " + pipeline.rules().messages().message(f, lang));
                    }
                }
                out.println(Cli.text(spec, "import.total", inputs.size(), added, rechecked, same, failed));
            }
            if (exportReviews != null) {
                AtomicFiles.write(exportReviews, ws.exportBaseline().getBytes(StandardCharsets.UTF_8));
                out.println(Cli.text(spec, "import.exported", exportReviews));
            }
        } catch (WorkspaceException e) {
            err.println(Cli.text(spec, "import.failed", e.message(lang)));
            return ExitCodes.USAGE;
        } catch (IOException e) {
            err.println(Cli.text(spec, "import.cannotWrite", exportReviews != null ? exportReviews : workspace.resolve("roster.xlsx"), e.getMessage()));
            return ExitCodes.USAGE;
        }
        return failed > 0 ? ExitCodes.USAGE : ExitCodes.OK;
    }

    /** what became of a report, as the first column of its line: the words padded to one display width */
    private String status(String what) {
        int width = 0;
        for (String s : STATUSES) width = Math.max(width, Columns.width(Cli.text(spec, "import.status." + s)));
        return Columns.left(Cli.text(spec, "import.status." + what), width) + "  ";
    }

    private static final List<String> STATUSES = List.of("added", "rechecked", "same", "unchecked");

    private static String score(double s) {
        return String.format(Locale.ROOT, "%.2f", s);
    }
}
