package org.ogicheck.cli;

import java.time.Duration;
import org.ogicheck.pipeline.Settings;
import picocli.CommandLine.Option;

/**
 * {@code --timeout-s}: the time limit per report of the commands that read reports (check, parse, explain,
 * rules diff, mutate), the option their line names when a report is past it.
 */
final class TimeLimitOption {
    @Option(names = "--timeout-s", defaultValue = "60", paramLabel = "SECONDS",
        description = "time limit per report for reading, parsing and checking (default: ${DEFAULT-VALUE}); a report past it "
            + "is abandoned with one line and counts as not checked (exit 2)")
    long seconds;

    /** the settings with this time limit (at least a second) */
    Settings applyTo(Settings s) {
        return s.withTimeout(Duration.ofSeconds(Math.max(1, seconds)));
    }
}
