package org.ogicheck.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The report files named on the command line: files as given, folders expanded in name order, and
 * {@code -} for standard input (pasted text piped in), named 标准输入 / stdin in messages.
 */
final class Inputs {
    static final Path STDIN = Path.of("-");
    /** where {@code -} reads from; a test may set another stream */
    static java.util.function.Supplier<java.io.InputStream> stdin = () -> System.in;

    private Inputs() {
    }

    /** a folder given that could not be listed or holds no file to check: the batch does not start */
    static final class Unlisted extends IOException {
        final transient Path folder;

        Unlisted(Path folder, String reason) {
            super(reason);
            this.folder = folder;
        }
    }

    /** where listing the inputs failed: the folder, else all that was given */
    static Object where(IOException e, List<Path> given) {
        return e instanceof Unlisted u ? u.folder : given;
    }

    static boolean isStdin(Path p) {
        return p.equals(STDIN);
    }

    /** the name standard input goes by in messages and output */
    static String stdinName(String lang) {
        return Cli.TEXTS.get(lang, "stdin");
    }

    /** all of standard input */
    static byte[] readStdin() throws IOException {
        return stdin.get().readAllBytes();
    }

    /**
     * the files {@code given} names ({@link #expand}), or null after saying in one line on {@code err}, with the message
     * {@code key}, why they could not be listed (the command then ends with exit 2)
     */
    static List<Path> expandOrSay(List<Path> given, picocli.CommandLine.Model.CommandSpec spec, java.io.PrintWriter err, String key) {
        try {
            return expand(given, Cli.lang(spec));
        } catch (IOException e) {
            err.println(Cli.text(spec, key, where(e, given), e.getMessage()));
            return null;
        }
    }

    static List<Path> expand(List<Path> given, String lang) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path p : given) {
            if (isStdin(p)) {
                if (out.contains(STDIN)) throw new IOException(Cli.TEXTS.get(lang, "stdin.twice"));
                out.add(p);
            } else if (Files.isDirectory(p)) {
                // a link that leads nowhere is listed too: reading it says so, it is not silently left out of the batch
                List<Path> found;
                try (Stream<Path> s = Files.walk(p)) {
                    found = s.filter(f -> Files.isRegularFile(f) || Files.isSymbolicLink(f) && !Files.exists(f))
                        .filter(f -> !f.getFileName().toString().startsWith("."))
                        .filter(f -> !f.getFileName().toString().endsWith(".md")).sorted().toList();
                } catch (IOException | java.io.UncheckedIOException e) {
                    throw new Unlisted(p, e instanceof java.io.UncheckedIOException u ? u.getCause().toString() : e.toString());
                }
                if (found.isEmpty()) throw new Unlisted(p, Cli.TEXTS.get(lang, "folder.noReports"));
                out.addAll(found);
            } else {
                out.add(p);
            }
        }
        return out;
    }
}
