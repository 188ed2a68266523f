package org.ogicheck.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ogicheck.app.Fixtures;
import picocli.CommandLine.Option;

/** --fixtures: folders of rule examples; default the fixtures/ beside each rules folder, and ./fixtures. */
final class FixtureOptions {
    @Option(names = "--fixtures", paramLabel = "DIR", description = "fixtures folder (repeatable). Default: the fixtures/ "
        + "beside each rules folder and ./fixtures")
    List<Path> dirs = new ArrayList<>();

    List<Path> resolve(List<Path> ruleDirs) {
        return dirs.isEmpty() ? Fixtures.beside(ruleDirs) : dirs;
    }
}
