package org.ogicheck;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ogicheck.app.Ogicheck;
import org.ogicheck.engine.RulesException;

/** Shared test setup: the project's rules, compiled once per test JVM, and the corpus beside the checkout. */
public final class TestSupport {
    public static final Path RULES = Path.of("rules");
    public static final Path FIXTURES = Path.of("fixtures");
    public static final Path CORPUS = Path.of("..", "shared", "corpus");
    private static Ogicheck engine;

    private TestSupport() {
    }

    public static synchronized Ogicheck engine() {
        if (engine == null) {
            try {
                engine = Ogicheck.load(List.of(RULES));
            } catch (RulesException e) {
                throw new AssertionError("rules do not compile: " + e.getMessage());
            }
        }
        return engine;
    }

    /** a copy of the project's rules folder, to edit in a test */
    public static Path copyRules(Path into) throws java.io.IOException {
        Files.createDirectories(into);
        try (var s = Files.list(RULES)) {
            for (Path p : s.toList()) if (Files.isRegularFile(p)) Files.copy(p, into.resolve(p.getFileName()));
        }
        return into;
    }

    /** a rule added to a copy of the rules gets its message and title in the copy's messages_zh.properties (else it is refused) */
    public static void addMessage(Path rules, String id, String message) throws java.io.IOException {
        Path zh = rules.resolve("messages_zh.properties");
        Files.writeString(zh, Files.readString(zh) + "\n" + id + ".title=" + message + "\n" + id + "=" + message + "\n");
    }

    public static Path corpus(String relative) {
        Path p = CORPUS.resolve(relative);
        if (!Files.exists(p)) throw new AssertionError("corpus file missing: " + p.toAbsolutePath());
        return p;
    }
}
