package org.ogicheck.cli;

import org.ogicheck.parse.ReportParser;
import org.ogicheck.pipeline.ReportFacts;
import picocli.CommandLine.Option;

/** What the user may say about a report that its text may not: year, publication date, agency, kind. */
final class ReportOptions {
    @Option(names = "--year", paramLabel = "Y", description = "report year (default: from the title or statistics period)")
    Integer year;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD", description = "publication date (default: from the page or text)")
    String published;

    @Option(names = "--agency", paramLabel = "NAME", description = "the agency's name (default: from the title)")
    String agency;

    @Option(names = "--kind", paramLabel = "KIND", description = "department or government (default: from the agency's name)")
    String kind;

    @Option(names = "--max-input-mb", defaultValue = "50", paramLabel = "MB",
        description = "the largest input file read, in MB (default: ${DEFAULT-VALUE}); a larger one is not read (one line, exit 2)")
    long maxInputMb;

    /** the settings a report named with these options is read with: in the command line's language, at most --max-input-mb */
    org.ogicheck.pipeline.Settings settings(picocli.CommandLine.Model.CommandSpec spec) {
        return org.ogicheck.pipeline.Settings.defaults().withLang(Cli.lang(spec)).withReport(toOptions(spec.commandLine()))
            .withMaxInputBytes(maxInputMb * 1024 * 1024);
    }

    ReportParser.Options toOptions(picocli.CommandLine cl) {
        try {
            return ReportFacts.of(year == null ? null : String.valueOf(year), published, agency, kind);
        } catch (ReportFacts.Invalid e) {
            throw Cli.usage(cl.getCommandSpec(), switch (e.problem()) {
                case PUBLISHED -> "option.published";
                case KIND -> "option.kind";
                case YEAR -> "option.year";
            }, e.value());
        }
    }
}
