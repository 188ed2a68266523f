package org.ogicheck.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Option;

/** --fixtures: folders of rule examples; default the fixtures/ beside each rules folder, and ./fixtures. */
final class FixtureOptions {
    @Option(names = "--fixtures", paramLabel = "DIR", description = "fixtures folder (repeatable). Default: the fixtures/ "
        + "beside each rules folder and ./fixtures")
    List<Path> dirs = new ArrayList<>();

    List<Path> resolve(List<Path> ruleDirs) {
        if (!dirs.isEmpty()) return dirs;
        Set<Path> out = new LinkedHashSet<>();
        for (Path r : ruleDirs) {
            Path abs = r.toAbsolutePath().normalize();
            for (Path p = abs.getParent(); p != null; p = p.getParent()) {
                if (Files.isDirectory(p.resolve("fixtures"))) {
                    out.add(p.resolve("fixtures"));
                    break;
                }
            }
            if (Files.isDirectory(abs.resolve("fixtures"))) out.add(abs.resolve("fixtures"));
        }
        if (Files.isDirectory(Path.of("fixtures"))) out.add(Path.of("fixtures").toAbsolutePath().normalize());
        return new ArrayList<>(out);
    }
}
