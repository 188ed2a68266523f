package org.ogicheck.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every bundle of the tool's words has the same keys in Chinese and in English, and Texts reads them. */
class BundlesTest {
    private static final Path RESOURCES = Path.of("src/main/resources");

    private static Properties read(Path p) throws IOException {
        Properties props = new Properties();
        try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
            props.load(r);
        }
        return props;
    }

    @Test
    void chineseAndEnglishHaveTheSameKeys() throws IOException {
        List<Path> zh;
        try (Stream<Path> s = Files.walk(RESOURCES)) {
            zh = s.filter(p -> p.getFileName().toString().endsWith("_zh.properties")).sorted().toList();
        }
        assertThat(zh).extracting(p -> RESOURCES.relativize(p).toString().replace('\\', '/'))
            .contains("org/ogicheck/cli/help_zh.properties", "org/ogicheck/cli/texts_zh.properties",
                "org/ogicheck/read/texts_zh.properties", "org/ogicheck/render/labels_zh.properties",
                "org/ogicheck/engine/texts_zh.properties", "org/ogicheck/pipeline/texts_zh.properties");
        List<String> problems = new ArrayList<>();
        for (Path z : zh) {
            Path e = z.resolveSibling(z.getFileName().toString().replace("_zh.properties", "_en.properties"));
            if (!Files.isRegularFile(e)) {
                problems.add(e + " missing");
                continue;
            }
            TreeSet<Object> a = new TreeSet<>(read(z).keySet());
            TreeSet<Object> b = new TreeSet<>(read(e).keySet());
            TreeSet<Object> onlyZh = new TreeSet<>(a);
            onlyZh.removeAll(b);
            TreeSet<Object> onlyEn = new TreeSet<>(b);
            onlyEn.removeAll(a);
            if (!onlyZh.isEmpty()) problems.add(z + ": keys without English: " + onlyZh);
            if (!onlyEn.isEmpty()) problems.add(e + ": keys without Chinese: " + onlyEn);
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void textsFillInArgumentsAndDefaultToChinese() {
        Texts t = Texts.of("org.ogicheck.read.texts");
        assertThat(t.get("zh", "file.notFound", "a.txt")).isEqualTo("a.txt：文件不存在");
        assertThat(t.get("en", "file.notFound", "a.txt")).isEqualTo("a.txt: file not found");
        assertThat(t.get(null, "file.notFound", "a.txt")).isEqualTo(t.get("fr", "file.notFound", "a.txt")).isEqualTo("a.txt：文件不存在");
        assertThat(t.get("en", "text.charset", "x", 12345)).contains("12345 bytes");
        assertThat(Texts.of("org.ogicheck.cli.texts").get("en", "usage.unknownOption", "--x")).isEqualTo("unknown option '--x'");
    }
}
