package org.ogicheck.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The pages' texts come from the bundles: the same keys in every language, every key used there, no branch on the language left. */
class WebTextsTest {
    private static final Path WEB = Path.of("src", "main", "java", "org", "ogicheck", "web");
    private static final Pattern USED = Pattern.compile("\\bt\\([^,()]+(?:\\([^()]*\\))?, \"([a-zA-Z.]+)\"");

    private static List<Path> sources() throws IOException {
        try (Stream<Path> s = Files.list(WEB)) {
            return s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    @Test
    void everyLanguageHasTheSameKeys() {
        assertThat(Texts.languages()).containsExactly("zh", "en");
        assertThat(new TreeSet<>(Texts.keys("en"))).isEqualTo(new TreeSet<>(Texts.keys("zh")));
        assertThat(Texts.t("zh", "rules.generation", 3, 40)).isEqualTo("；第 3 版（规则文件每次修改并成功载入后加一）；共 40 条规则。");
        assertThat(Texts.t("en", "result.download")).isEqualTo("Download this result: ");
        assertThat(Texts.lang("fr")).isEqualTo("zh");
        assertThat(Texts.lang(null)).isEqualTo("zh");
    }

    @Test
    void everyKeyThePagesUseIsThereAndNoPageBranchesOnTheLanguage() throws IOException {
        Set<String> used = new TreeSet<>();
        for (Path p : sources()) {
            String src = Files.readString(p);
            assertThat(src).as(p + " chooses its text by a branch on the language").doesNotContain("\"en\".equals", "equals(\"en\")");
            Matcher m = USED.matcher(src);
            while (m.find()) used.add(m.group(1));
        }
        assertThat(used).hasSizeGreaterThan(40);
        assertThat(Texts.keys("zh")).containsAll(used);
        assertThat(used).as("no text left unused").containsAll(Texts.keys("zh"));
    }
}
