package org.ogicheck.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.ogicheck.parse.ReportParser;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

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

    /** the line a batch reports for an input larger than --max-input-mb, or null when it is not */
    org.ogicheck.read.ReadException tooLarge(String name, long bytes) {
        if (bytes <= maxInputMb * 1024 * 1024) return null;
        return new org.ogicheck.read.ReadException(name + ": 文件大小 " + String.format(java.util.Locale.ROOT, "%.1f", bytes / 1048576.0)
            + " MB，超过上限 " + maxInputMb + " MB（--max-input-mb），未读取");
    }

    ReportParser.Options toOptions(picocli.CommandLine cl) {
        LocalDate date = null;
        if (published != null) {
            try {
                date = LocalDate.parse(published);
            } catch (DateTimeParseException e) {
                throw new ParameterException(cl, "--published: '" + published + "' is not a date like 2021-02-15");
            }
        }
        if (kind != null && !kind.equals("department") && !kind.equals("government")) {
            throw new ParameterException(cl, "--kind: '" + kind + "' is neither department nor government");
        }
        if (year != null && (year < 2008 || year > 2100)) {
            throw new ParameterException(cl, "--year: " + year + " is not a report year");
        }
        return new ReportParser.Options(year, date, agency, kind);
    }
}
