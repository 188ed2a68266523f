package org.ogicheck.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogicheck.app.Result;
import org.ogicheck.cli.Cli;
import org.ogicheck.render.BatchWriter;
import org.ogicheck.render.Renderer;
import org.ogicheck.render.Unreadable;

/**
 * A streamed batch (two passes, bounded window, outputs written as results come) gives byte for byte
 * what the batch held whole gives: on the corpus, the fixtures' reports (the XY pairs among them),
 * copies of them (pairing among equal names), and unreadable inputs, in every streamed format.
 */
class StreamedBatchTest {
    private static Pipeline pipeline;
    private static List<Input> inputs;

    @BeforeAll
    static void load(@TempDir Path tmp) throws Exception {
        pipeline = Pipeline.load(List.of(Path.of("rules")));
        List<Path> files = new ArrayList<>();
        for (String d : List.of("../shared/corpus/text", "../shared/corpus/html", "../shared/corpus/pdf", "fixtures/reports", "fixtures/XY-001",
            "fixtures/XY-002", "fixtures/XY-003", "fixtures/XY-004")) {
            Path dir = Path.of(d);
            if (!Files.isDirectory(dir)) continue;
            try (Stream<Path> s = Files.list(dir)) {
                s.filter(Files::isRegularFile).sorted().forEach(files::add);
            }
        }
        assertThat(files).hasSizeGreaterThan(15);
        Path broken = tmp.resolve("broken.pdf");
        Files.write(broken, "%PDF-1.4 not really".getBytes(StandardCharsets.US_ASCII));
        Path empty = tmp.resolve("empty.txt");
        Files.write(empty, new byte[0]);
        inputs = new ArrayList<>();
        // the files twice over (copies pair with the last of an equal name, the first of a longer one), unreadable ones between
        for (int round = 0; round < 2; round++) {
            for (Path f : files) inputs.add(Input.of(f));
            inputs.add(Input.of(round == 0 ? broken : empty));
        }
        inputs.add(Input.of(tmp.resolve("missing.txt")));
    }

    private static byte[] whole(Renderer renderer, Settings s) throws Exception {
        List<Result> results = new ArrayList<>();
        List<Unreadable> unreadable = new ArrayList<>();
        for (Outcome o : pipeline.check(inputs, s, Runner.allCores())) {
            if (o instanceof Outcome.Checked c) results.add(c.result());
            else if (o instanceof Outcome.Failed f) unreadable.add(new Unreadable(f.source(), f.reason()));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.render(results, unreadable, s.lang(), pipeline.rules(), out);
        return out.toByteArray();
    }

    private static byte[] streamed(Renderer renderer, Settings s, int window) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (BatchWriter w = renderer.open(s.lang(), pipeline.rules(), out)) {
            pipeline.stream(inputs, s, 2, window, o -> {
                try {
                    if (o instanceof Outcome.Checked c) w.add(c.result());
                    else if (o instanceof Outcome.Failed f) w.unreadable(new Unreadable(f.source(), f.reason()));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }, null);
            w.finish();
        }
        return out.toByteArray();
    }

    @Test
    void everyStreamedFormatIsWhatTheWholeBatchGives() throws Exception {
        Settings s = Settings.defaults();
        for (String format : List.of("csv", "json", "text", "md")) {
            String want = new String(whole(Renderer.of(format), s), StandardCharsets.UTF_8);
            // a window of 2: nearly every report is read twice and most previous years leave the cache before they are needed
            for (int window : new int[] {2, 64}) {
                assertThat(new String(streamed(Renderer.of(format), s, window), StandardCharsets.UTF_8)).as(format + ", window " + window)
                    .isEqualTo(want);
            }
        }
        String csv = new String(whole(Renderer.of("csv"), s), StandardCharsets.UTF_8);
        assertThat(csv).as("the cross-year rules fired on the pairs").contains(",XY-001,").contains("unreadable,,");
    }

    @Test
    void englishJsonOfTheBatchIsTheSame() throws Exception {
        Settings s = Settings.defaults().withLang("en");
        assertThat(streamed(Renderer.of("json"), s, 4)).isEqualTo(whole(Renderer.of("json"), s));
    }

    @Test
    void theCommandLineStreamsTheSameCsvAndExitCode(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("batch");
        Files.createDirectories(dir);
        int k = 0;
        for (Input in : inputs) {
            if (in.file() == null || !Files.isRegularFile(in.file())) continue;
            Files.copy(in.file(), dir.resolve(String.format("%03d-%s", k++, in.file().getFileName())));
        }
        List<Input> copied = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            s.sorted().forEach(p -> copied.add(Input.of(p)));
        }
        Path csv = tmp.resolve("out.csv");
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();
        int code = Cli.run(new java.io.PrintWriter(out), new java.io.PrintWriter(err), "check", dir.toString(), "--format", "csv",
            "--out", csv.toString());
        assertThat(code).as("an unreadable file in the batch").isEqualTo(2);
        assertThat(err.toString()).contains("broken.pdf").contains("empty.txt");
        List<Input> saved = inputs;
        try {
            inputs = copied;
            assertThat(Files.readString(csv)).isEqualTo(new String(whole(Renderer.of("csv"), Settings.defaults()), StandardCharsets.UTF_8));
        } finally {
            inputs = saved;
        }
        try (Stream<Path> s = Files.list(tmp)) {
            assertThat(s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp"))).as("no temporary file left").isEmpty();
        }
    }
}
