package org.ogicheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.ogicheck.app.AtomicFiles;
import org.ogicheck.bench.Bench;
import org.ogicheck.engine.RulesException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** ogicheck bench: how fast the checker is, as a Markdown table. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Measure cold start, warm per-report cost, a batch of generated reports on all cores, and four rules "
        + "against a hand-written loop; print the table and write it as Markdown.",
    footer = "%nExit codes: 0 measured; 1 the rules and the hand-written loop disagree; 2 usage error or no corpus.")
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--reports", defaultValue = "10000", paramLabel = "N",
        description = "how many reports the batch generates and checks (default: ${DEFAULT-VALUE})")
    int reports;

    @Option(names = "--out", defaultValue = "target/bench.md", paramLabel = "FILE",
        description = "where to write the table as Markdown (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--seed", defaultValue = "20240601", paramLabel = "N", description = "seed of the generated reports (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--defects", defaultValue = "0.2", paramLabel = "SHARE",
        description = "share of generated reports with an injected defect (default: ${DEFAULT-VALUE})")
    double defects;

    @Option(names = "--warm", defaultValue = "2000", paramLabel = "N",
        description = "how many of the generated reports the single-thread warm measurements use (default: ${DEFAULT-VALUE})")
    int warm;

    @Option(names = "--corpus", paramLabel = "DIR",
        description = "folders of text reports to generate from (default: ../shared/corpus/text and fixtures/reports, those that exist)")
    List<Path> corpus = new ArrayList<>();

    @Option(names = "--cold-runs", defaultValue = "5", paramLabel = "N", description = "timed cold-start runs (default: ${DEFAULT-VALUE})")
    int coldRuns;

    @Option(names = "--threads", defaultValue = "0", paramLabel = "N", description = "batch threads (default: all cores)")
    int threads;

    @Option(names = "--real-files", defaultValue = "10000", paramLabel = "N",
        description = "how many copies of the real report files the batch from disk checks in a child JVM (default: ${DEFAULT-VALUE})")
    int realFiles;

    @Option(names = "--no-cold", description = "skip the cold-start runs and the child JVM's batch of real files")
    boolean noCold;

    @Mixin
    RuleOptions rules;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (reports < 1 || realFiles < 1 || warm < 1 || coldRuns < 1 || defects < 0 || defects > 1) {
            err.println(Cli.text(spec, "bench.ranges"));
            return ExitCodes.USAGE;
        }
        List<Path> dirs = corpus;
        if (dirs.isEmpty()) {
            dirs = new ArrayList<>();
            for (Path d : List.of(Path.of("..", "shared", "corpus", "text"), Path.of("fixtures", "reports"))) {
                if (Files.isDirectory(d)) dirs.add(d);
            }
            if (dirs.isEmpty()) {
                err.println(Cli.text(spec, "bench.noCorpus"));
                return ExitCodes.USAGE;
            }
        }
        Bench bench = new Bench(new Bench.Options(reports, seed, defects, warm, dirs, rules.resolve(), !noCold, coldRuns, "zh", threads, realFiles), err);
        try {
            bench.run();
        } catch (RulesException e) {
            e.lines(Cli.lang(spec)).forEach(l -> err.println("ogicheck: " + l));
            return ExitCodes.USAGE;
        } catch (IOException e) {
            err.println(Cli.text(spec, "bench.failed", e.getMessage()));
            return ExitCodes.USAGE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCodes.USAGE;
        }
        String md = bench.markdown("## ogicheck bench, " + LocalDate.now() + "\n\n" + bench.environment());
        stdout.print(md);
        stdout.flush();
        try {
            Files.createDirectories(out.toAbsolutePath().getParent());
            AtomicFiles.write(out, md.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            err.println(Cli.text(spec, "cannotWrite", out, CheckCommand.reason(spec, e)));
            return ExitCodes.USAGE;
        }
        err.println(Cli.text(spec, "bench.written", out));
        return bench.agree() ? ExitCodes.OK : ExitCodes.FINDINGS;
    }
}
