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
        List<Path> paths;
        try {
            paths = Inputs.expand(files, Cli.lang(spec));
        } catch (IOException e) {
            err.println("ogicheck import: 无法列出 " + files + "：" + e.getMessage());
            return ExitCodes.USAGE;
        }
        if (paths.contains(Inputs.STDIN)) {
            err.println("ogicheck import: 标准输入（-）不能导入工作区，请给出文件");
            return ExitCodes.USAGE;
        }
        Roster list = null;
        Pipeline pipeline;
        try {
            if (roster != null) list = Roster.read(roster);
            pipeline = paths.isEmpty() ? null : Pipeline.load(rules.resolve());
        } catch (WorkspaceException e) {
            err.println("ogicheck import: " + e.getMessage());
            return ExitCodes.USAGE;
        } catch (RulesException e) {
            e.lines(Cli.lang(spec)).forEach(l -> err.println("ogicheck: " + l));
            return ExitCodes.USAGE;
        }
        int failed = 0;
        try (Workspace ws = Workspace.open(workspace, db)) {
            out.println("工作区 " + workspace + "（" + ws.database() + "）");
            if (roster != null) {
                // the region page of 'serve' reads the roster kept in the workspace folder
                java.nio.file.Files.copy(roster, workspace.resolve("roster.xlsx"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                out.println("名单 " + roster + "：" + list.entries().size() + " 个单位");
            }
            if (baseline != null) out.println("基线 " + baseline + "：" + ws.importBaseline(baseline, who) + " 条记为不予采纳");
            if (pipeline != null) {
                List<Input> inputs = paths.stream().map(Input::of).toList();
                Settings settings = Settings.defaults().withTimeout(Duration.ofSeconds(Math.max(1, timeoutS)));
                int added = 0;
                int rechecked = 0;
                int same = 0;
                for (Workspace.Added a : ws.add(inputs, pipeline, settings, who, region, list)) {
                    if (a.failed() != null) {
                        failed++;
                        out.println("未能检查  " + a.failed());
                        continue;
                    }
                    String what = a.report().title() + "（" + a.report().name() + "，编号 " + a.report().id() + "）";
                    if (a.check() == null) {
                        same++;
                        out.println("已有      " + what + "：规则未变，未重新检查");
                    } else if (a.diff() == null) {
                        added++;
                        out.println("新增      " + what + "：得分 " + score(a.check().score()) + "，问题 " + a.check().findings().size() + " 项");
                    } else {
                        rechecked++;
                        RuleDiff d = a.diff();
                        out.println("重新检查  " + what + "：得分 " + score(d.scoreBefore()) + " → " + score(d.scoreAfter())
                            + "，新增问题 " + d.gained().size() + " 项，消失 " + d.lost().size() + " 项");
                        for (Finding f : d.gained()) out.println("    + " + f.getRuleId() + " " + f.getMessage());
                        for (Finding f : d.lost()) out.println("    - " + f.getRuleId() + " " + f.getMessage());
                    }
                }
                out.println("共 " + inputs.size() + " 份：新增 " + added + "，重新检查 " + rechecked + "，未变 " + same + "，未能检查 " + failed);
            }
            if (exportReviews != null) {
                AtomicFiles.write(exportReviews, ws.exportBaseline().getBytes(StandardCharsets.UTF_8));
                out.println("审核意见已导出到 " + exportReviews);
            }
        } catch (WorkspaceException e) {
            err.println("ogicheck import: " + e.getMessage());
            return ExitCodes.USAGE;
        } catch (IOException e) {
            err.println("ogicheck import: 无法写入 " + (exportReviews != null ? exportReviews : workspace.resolve("roster.xlsx")) + "：" + e.getMessage());
            return ExitCodes.USAGE;
        }
        return failed > 0 ? ExitCodes.USAGE : ExitCodes.OK;
    }

    private static String score(double s) {
        return String.format(Locale.ROOT, "%.2f", s);
    }
}
