package org.ogicheck.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The suite's matching: required items, defensible ones, false ERRORs and misses. */
class ConformanceJudgeTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode result(String findings) throws Exception {
        return JSON.readTree("{\"findings\":[" + findings + "]}");
    }

    private static String finding(String id, String severity, String row) {
        return "{\"ruleId\":\"" + id + "\",\"severity\":\"" + severity + "\",\"location\":{\"section\":\"四\",\"row\":\"" + row + "\"}}";
    }

    private static Conformance.Case suiteCase(String must, String may) {
        return new Conformance.Case("f", "original", List.of(),
            must.isEmpty() ? List.of() : List.of(must.split(",")).stream().map(Conformance.Item::parse).toList(),
            may.isEmpty() ? List.of() : List.of(may.split(",")).stream().map(Conformance.Item::parse).toList(), "");
    }

    @Test
    void eachRequiredItemTakesOneFinding() throws Exception {
        JsonNode r = result(finding("LIT-001", "ERROR", "review") + "," + finding("LIT-001", "ERROR", "afterReview"));
        Conformance.Outcome o = Conformance.judge(suiteCase("LIT-001@review,LIT-001@afterReview", ""), r);
        assertThat(o.found()).hasSize(2);
        assertThat(o.missed()).isEmpty();
        assertThat(o.falseErrors()).isEmpty();
    }

    @Test
    void anUnlistedErrorIsFalseAndAWarningIsIgnored() throws Exception {
        JsonNode r = result(finding("TXT-002", "ERROR", "received") + "," + finding("APP-005", "WARNING", "total"));
        Conformance.Outcome o = Conformance.judge(suiteCase("", ""), r);
        assertThat(o.falseErrors()).hasSize(1).first().asString().startsWith("TXT-002 四/received/");
    }

    @Test
    void aRequiredItemAtAnotherPlaceIsMissedAndTheFindingFalse() throws Exception {
        JsonNode r = result(finding("LIT-001", "ERROR", "review"));
        Conformance.Outcome o = Conformance.judge(suiteCase("LIT-001@afterReview", ""), r);
        assertThat(o.missed()).extracting(Conformance.Item::toString).containsExactly("LIT-001@afterReview");
        assertThat(o.falseErrors()).hasSize(1);
    }

    @Test
    void aDefensibleRuleAbsorbsAnyNumberOfItsFindings() throws Exception {
        JsonNode r = result(finding("TXT-003", "ERROR", "granted") + "," + finding("TXT-003", "ERROR", "total"));
        Conformance.Outcome o = Conformance.judge(suiteCase("", "TXT-003"), r);
        assertThat(o.falseErrors()).isEmpty();
        assertThat(o.defensible()).isEqualTo(2);
    }
}
