package org.ogicheck.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ogicheck.cli.CheckCorpusTest.check;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ogicheck.TestSupport;

/** A report checked from its web page or PDF gives the same ERROR findings as from its text version. */
class ReaderEquivalenceTest {

    static List<String> errors(JsonNode r) {
        List<String> out = new ArrayList<>();
        for (JsonNode f : r.get("findings")) {
            if (!f.get("severity").asText().equals("ERROR")) continue;
            JsonNode l = f.get("location");
            out.add(f.get("ruleId").asText() + " " + l.get("section").asText("") + " " + l.get("table").asText("")
                + " " + l.get("row").asText("") + " " + l.get("column").asText(""));
        }
        out.sort(null);
        return out;
    }

    @ParameterizedTest
    @CsvSource({
        "html/2023_pingtan_city.html, text/2023_pingtan_city.txt",
        "html/2023_shuyang_fagaiju_department.html, text/2023_shuyang_fagaiju_department.txt",
        "pdf/2023_hongzequ_county.pdf, text/2023_hongzequ_county.txt",
        "pdf/2024_hongzequ_county.pdf, text/2024_hongzequ_county.txt",
        "pdf/2024_huaian_city.pdf, text/2024_huaian_city.txt"})
    void sameErrorsFromEveryForm(String other, String text) throws IOException {
        JsonNode a = check(TestSupport.corpus(other).toString());
        JsonNode b = check(TestSupport.corpus(text).toString());
        assertThat(errors(a)).isEqualTo(errors(b));
        assertThat(a.get("report").get("year")).isEqualTo(b.get("report").get("year"));
        assertThat(a.get("report").get("edition")).isEqualTo(b.get("report").get("edition"));
    }

    @org.junit.jupiter.api.Test
    void hongze2023FromItsPdfGetsLit001Twice() throws IOException {
        JsonNode r = check(TestSupport.corpus("pdf/2023_hongzequ_county.pdf").toString());
        assertThat(errors(r)).containsExactly("LIT-001 四 LIT afterReview total", "LIT-001 四 LIT review total");
        assertThat(CheckCorpusTest.find(r, "LIT-001").get("location").get("page").asInt()).isPositive();
    }
}
