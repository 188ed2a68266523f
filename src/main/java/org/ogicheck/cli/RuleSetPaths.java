package org.ogicheck.cli;

import java.nio.file.Path;

/** Paths as a person reads them: relative to the working folder when inside it. */
final class RuleSetPaths {
    private RuleSetPaths() {
    }

    static String rel(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath();
        return abs.startsWith(cwd) ? cwd.relativize(abs).toString() : abs.toString();
    }
}
