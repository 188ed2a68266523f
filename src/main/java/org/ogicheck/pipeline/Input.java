package org.ogicheck.pipeline;

import java.nio.file.Path;
import org.ogicheck.app.Ogicheck;
import org.ogicheck.parse.ParsedReport;
import org.ogicheck.parse.ReportParser;
import org.ogicheck.read.ReadException;

/**
 * One report to check: a file, or bytes with a name (an upload, pasted text, standard input), the
 * type told by the content.
 */
public record Input(String name, Path file, byte[] bytes) {
    public static Input of(Path file) {
        return new Input(file.toString(), file, null);
    }

    public static Input of(String name, byte[] bytes) {
        return new Input(name, null, bytes);
    }

    /** read and parse it; a report that cannot be read or has no report in it is a {@link ReadException} naming it */
    public ParsedReport parse(ReportParser.Options options) throws ReadException {
        return file != null ? Ogicheck.parse(file, options) : Ogicheck.parse(name, bytes, options);
    }

    /** its size in bytes (0 for a file that is not there: reading it says why) */
    public long size() throws java.io.IOException {
        if (file == null) return bytes.length;
        return java.nio.file.Files.isRegularFile(file) ? java.nio.file.Files.size(file) : 0;
    }

    @Override
    public String toString() {
        return name;
    }
}
