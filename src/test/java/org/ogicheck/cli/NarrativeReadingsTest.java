package org.ogicheck.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ogicheck.cli.CheckCorpusTest.check;
import static org.ogicheck.cli.CheckCorpusTest.ids;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogicheck.TestSupport;

/**
 * The sentences real reports beyond the corpus write about applications, put into the real 2024 淮安 report
 * (本年新收 3119, 上年结转 34, (七)总计 3050, 结转下年度 103): each admissible reading keeps TXT-003 silent,
 * a number no reading gives is still an ERROR, and numbers about something else are no claim at all.
 */
class NarrativeReadingsTest {
    private static final String SENTENCE = "2024 年，全市共受理政府信息公开申请 3119 件，答复 3050 件（含上年度结转申请 34 件，另有 103 件顺延到下年度答复），均在法定期限内予以答复。";

    @TempDir
    Path tmp;

    private JsonNode withSentence(String replacement) throws IOException {
        String text = Files.readString(TestSupport.corpus("text/2024_huaian_city.txt"), StandardCharsets.UTF_8);
        assertThat(text).contains(SENTENCE);
        Path f = tmp.resolve("report.txt");
        Files.writeString(f, text.replace(SENTENCE, replacement), StandardCharsets.UTF_8);
        return check(f.toString());
    }

    private List<String> warnings(String replacement) throws IOException {
        return ids(withSentence(replacement), "WARNING");
    }

    @Test
    void concludedCountingOnlyTheNewApplications() throws IOException {
        // 硚口区政府办 2025: "新收到…78件，结转上年度办理3件。其中，答复…75件，…结转下年度继续办理3件" — 3119 − 103 = 3016
        JsonNode r = withSentence("2024年，新收到依申请公开政府信息3119件，结转上年度办理34件。其中，答复依申请公开政府信息3016件，均在法定期限内予以答复，结转下年度继续办理103件。");
        assertThat(ids(r, "ERROR")).doesNotContain("TXT-002", "TXT-003");
        JsonNode wrong = withSentence("2024年，新收到依申请公开政府信息3119件，结转上年度办理34件。其中，答复依申请公开政府信息3017件，均在法定期限内予以答复，结转下年度继续办理103件。");
        assertThat(ids(wrong, "ERROR")).containsExactly("TXT-003");
    }

    @Test
    void aHotlinesCasesAreNotApplications() throws IOException {
        // 万源市 2025: the 12345 hotline's 诉求 "已办结22050件" in the same paragraph as the applications
        JsonNode r = withSentence("2024年，全市共受理政府信息公开申请3119件，答复3050件。受理承办12345政务服务便民热线（市长热线）诉求共计22050件，已办结22050件，按时办结率100%。");
        assertThat(ids(r, "ERROR")).doesNotContain("TXT-002", "TXT-003");
    }

    @Test
    void aReconsiderationCaused() throws IOException {
        // 临夏市政府办 2025: "规范办理答复完成24件，因不服答复引起行政复议3件"
        JsonNode r = withSentence("2024年，全市共受理政府信息公开申请3119件，答复3050件，因不服答复引起行政复议351件。");
        assertThat(ids(r, "ERROR")).doesNotContain("TXT-002", "TXT-003");
    }

    @Test
    void concludedOnTimeMayBeFewer() throws IOException {
        // 万源市 2025: "共受理…申请54件，按时办结54件，办理上年结转2件" — 按时办结 counts those concluded in time
        JsonNode r = withSentence("2024年，全市共受理政府信息公开申请3119件，按时办结3000件，办理上年结转34件。");
        assertThat(ids(r, "ERROR")).doesNotContain("TXT-002", "TXT-003");
    }

    @Test
    void aChangeAgainstLastYearIsNotTheTotalOfTheListAfterIt() throws IOException {
        // constructed after the common "N条，较上年增加M条，其中…": the parts are of N, not of the change M
        JsonNode r = withSentence(SENTENCE + "全年主动公开政府信息5000条，较上年增加500条，其中规划计划100条，财政资金200条，重大项目350条。");
        assertThat(ids(r, "ERROR")).doesNotContain("TXT-001");
        JsonNode also = withSentence(SENTENCE + "全年主动公开政府信息5000条，比上年多500条，其中规划计划100条，财政资金200条，重大项目350条。");
        assertThat(ids(also, "ERROR")).doesNotContain("TXT-001");
        // parts that exceed the total itself still contradict it, whichever number the list is of
        JsonNode wrong = withSentence(SENTENCE + "全年主动公开政府信息600条，较上年增加500条，其中规划计划100条，财政资金200条，重大项目350条。");
        assertThat(ids(wrong, "ERROR")).containsExactly("TXT-001");
    }

    @Test
    void partsInABracketWithout其中AreAWarningNeverAnError() throws IOException {
        // 衡山县政府办 2025 (https://www.hengshan.gov.cn/xzfgzbm/xzfb/zfxxgknb/20260115/i3849993.html): "…财政信息2件、政策文件
        // 13件（县政府文件5件，县政府办文件2件，规范性文件6件）、…" — nothing says the bracket lists the 13's parts
        String said = "2024年，我办共主动公开政策文件13件（县政府文件5件，县政府办文件2件，规范性文件%s件），建议提案办理10件。";
        JsonNode agrees = withSentence(SENTENCE + String.format(said, "6"));
        assertThat(ids(agrees, "ERROR")).doesNotContain("TXT-001");
        assertThat(ids(agrees, "WARNING")).doesNotContain("TXT-001");
        JsonNode more = withSentence(SENTENCE + String.format(said, "9"));
        assertThat(ids(more, "ERROR")).doesNotContain("TXT-001");
        assertThat(ids(more, "WARNING")).contains("TXT-001");
        // with 其中 the bracket says it is the breakdown: parts that exceed the count are an ERROR
        JsonNode marked = withSentence(SENTENCE + String.format(said.replace("（县政府", "（其中县政府"), "9"));
        assertThat(ids(marked, "ERROR")).contains("TXT-001");
        // a change against last year in the bracket lists no parts ("13件（上年15件，减少2件）")
        JsonNode change = withSentence(SENTENCE + "2024年，我办共主动公开政策文件13件（上年15件，减少2件）。");
        assertThat(ids(change, "ERROR")).doesNotContain("TXT-001");
        assertThat(ids(change, "WARNING")).doesNotContain("TXT-001");
    }

    @Test
    void oneChannelsCountNamedBeforeTheVerbIsNoNumberReceived() throws IOException {
        // 椒江区 2024 (http://www.jj.gov.cn/art/2025/1/13/art_1229455109_96575.html): "通过信函方式受理依申请公开1件" — the
        // letters only, or every application? In the 淮安 report (3119 received), said instead of its own sentence
        JsonNode r = withSentence("2024年，通过信函方式受理依申请公开1件，受理的申请件已按规定在法定期限内予以答复。");
        assertThat(ids(r, "ERROR")).doesNotContain("TXT-002");
        // without the channel the same number is all of them, and contradicts the table
        JsonNode all = withSentence("2024年，受理依申请公开1件，受理的申请件已按规定在法定期限内予以答复。");
        assertThat(ids(all, "ERROR")).contains("TXT-002");
    }

    @Test
    void aWholeNumberPercentageIsRoundedTruncatedOrAdjusted() throws IOException {
        // 梅县区政府办 2025: 3 of 7 applications "占42%" (42.86 %, written so that 29+29+42 make 100)
        assertThat(warnings("2024年，全市共受理政府信息公开申请3119件，其中自然人申请3001件，占96%。")).doesNotContain("TXT-005");
        assertThat(warnings("2024年，全市共受理政府信息公开申请3119件，其中自然人申请3001件，占96.2%，法人或其他组织申请118件，占3%。"))
            .doesNotContain("TXT-005");
        assertThat(warnings("2024年，全市共受理政府信息公开申请3119件，其中自然人申请3001件，占95%。")).contains("TXT-005");
        assertThat(warnings("2024年，全市共受理政府信息公开申请3119件，其中自然人申请3001件，占96.0%。")).contains("TXT-005");
    }

    @Test
    void anOutcomesPercentageMayBeOfTheApplicationsReceived() throws IOException {
        // constructed after reports that give each outcome's share of the applications received, not of those concluded:
        // 1362 / 3119 = 43.67 %, 454 / 3119 = 14.56 % (of the 3050 concluded: 44.66 %, 14.89 %)
        String said = "2024年，全市共受理政府信息公开申请3119件，办结3050件，其中予以公开1362件，占%s%%，部分公开454件，占%s%%。";
        assertThat(warnings(String.format(said, "43.67", "14.56"))).doesNotContain("TXT-005");
        assertThat(warnings(String.format(said, "44.66", "14.89"))).doesNotContain("TXT-005");
        // one outcome alone ("办结18件，其中予以公开10件，占50%") likewise
        String alone = "2024年，全市共受理政府信息公开申请3119件，办结3050件，其中予以公开1362件，占%s%%。";
        assertThat(warnings(String.format(alone, "43.67"))).doesNotContain("TXT-005");
        assertThat(warnings(String.format(alone, "45.12"))).contains("TXT-005");
        // a share of neither is still a WARNING, and no more
        JsonNode neither = withSentence(String.format(said, "45.12", "14.89"));
        assertThat(ids(neither, "WARNING")).contains("TXT-005");
        assertThat(ids(neither, "ERROR")).doesNotContain("TXT-001", "TXT-002", "TXT-003", "TXT-005");
    }

    @Test
    void anOutcomesPercentageMayBeOfEveryApplicationHandled() throws IOException {
        // constructed after 梅县区政府办 2025 ("收到申请6件，上年结转1件……予以公开2件，占29%": 2 of the 7 handled), with a
        // number concluded that is not the 7: 1362 / (3119 + 34) = 43.20 % (of the 3050 concluded 44.66 %, of the 3119 43.67 %)
        String said = "2024年，全市共受理政府信息公开申请3119件，上年结转34件，办结3050件，其中予以公开1362件，占%s%%。";
        assertThat(warnings(String.format(said, "43.20"))).doesNotContain("TXT-005");
        assertThat(warnings(String.format(said, "43.2"))).doesNotContain("TXT-005");
        // the sum is of numbers stated before the part: without the carried-in ones stated, 43.20 % is of nothing stated
        assertThat(warnings("2024年，全市共受理政府信息公开申请3119件，办结3050件，其中予以公开1362件，占43.20%。")).contains("TXT-005");
        assertThat(warnings(String.format(said, "45.12"))).contains("TXT-005");
    }

    @Test
    void aNumberHandledIsReceivedWithOrWithoutTheCarriedInOnesOrConcluded() throws IOException {
        // 溧阳市政府办 2025: "办理政府信息公开申请61件，办结54件，结转下一年办理7件" — 61 = 54 + 7, every application of the year;
        // 3119 + 34 = 3153 handled, 3119 received, 3050 concluded all fit
        for (String n : List.of("3153", "3119", "3050")) {
            JsonNode r = withSentence("2024年，全市共办理政府信息公开申请" + n + "件，办结3050件，结转下年度103件。");
            assertThat(ids(r, "ERROR")).as(n).doesNotContain("TXT-002", "TXT-003");
        }
        assertThat(ids(withSentence("2024年，全市共办理政府信息公开申请3200件，办结3050件，结转下年度103件。"), "ERROR"))
            .containsExactly("TXT-002");
        // beside a number received that fits, it may be of a part: a WARNING that says what the text says (办理, not 收到)
        JsonNode part = withSentence("2024年，全市共受理政府信息公开申请3119件，其中市本级办理政府信息公开申请3200件。");
        assertThat(ids(part, "ERROR")).doesNotContain("TXT-002");
        List<String> said = new java.util.ArrayList<>();
        for (JsonNode f : part.get("findings")) if (f.get("ruleId").asText().equals("TXT-002")) said.add(f.get("message").asText());
        assertThat(said).singleElement().asString().contains("办理申请3200件").doesNotContain("收到申请3200件");
        // a number handled vouches for no number received: 3120 received is still an ERROR beside 3153 handled
        assertThat(ids(withSentence("2024年，全市共受理政府信息公开申请3120件，全年共办理政府信息公开申请3153件。"), "ERROR"))
            .containsExactly("TXT-002");
    }

    @Test
    void aNumberHandledMayBeConcludedWithTheCarriedOverOnesWhenTheTableDoesNotBalance() throws IOException {
        // 结转下年度 104 instead of 103: the table's own imbalance is APP-001; "办理3154件" = 3050 concluded + 104
        // carried over is one side of it, as 3153 = 3119 + 34 is the other: neither is a TXT-002 ERROR
        String text = Files.readString(TestSupport.corpus("text/2024_huaian_city.txt"), StandardCharsets.UTF_8);
        String unbalanced = text.replace("四、结转下年度继续办理 | 103 | 0 | 0 | 0 | 0 | 0 | 103 |", "四、结转下年度继续办理 | 104 | 0 | 0 | 0 | 0 | 0 | 104 |");
        assertThat(unbalanced).isNotEqualTo(text);
        for (String n : List.of("3154", "3153")) {
            Path f = tmp.resolve("unbalanced-" + n + ".txt");
            Files.writeString(f, unbalanced.replace(SENTENCE, "2024年，全市共办理政府信息公开申请" + n + "件。"), StandardCharsets.UTF_8);
            List<String> errors = ids(check(f.toString()), "ERROR");
            assertThat(errors).as(n).contains("APP-001").doesNotContain("TXT-002", "TXT-003");
        }
        Path wrong = tmp.resolve("unbalanced-3160.txt");
        Files.writeString(wrong, unbalanced.replace(SENTENCE, "2024年，全市共办理政府信息公开申请3160件。"), StandardCharsets.UTF_8);
        assertThat(ids(check(wrong.toString()), "ERROR")).contains("TXT-002");
    }

    @Test
    void aNumberReceivedOfOnePartBesideTheWholeOneIsAWarning() throws IOException {
        // constructed after county reports that give the whole and then 本级 / one office: "市政府本级、政府办办理…"
        JsonNode parts = withSentence("2024年，全市共收到政府信息公开申请3119件，其中市本级收到申请1200件，各区县收到申请1919件。");
        assertThat(ids(parts, "ERROR")).doesNotContain("TXT-002");
        assertThat(ids(parts, "WARNING")).contains("TXT-002");
        JsonNode offices = withSentence("2024年，全市共收到政府信息公开申请3119件。市政府办公室受理申请120件，市自然资源和规划局受理申请800件。");
        assertThat(ids(offices, "ERROR")).doesNotContain("TXT-002");
        // alone, a number received that fits no reading is still an ERROR; so is a wrong carried-in count beside a right total
        assertThat(ids(withSentence("2024年，市政府办公室共受理政府信息公开申请120件。"), "ERROR")).containsExactly("TXT-002");
        assertThat(ids(withSentence("2024年，全市共受理政府信息公开申请3119件，上年结转35件。"), "ERROR")).containsExactly("TXT-002");
    }

    @Test
    void documentsPublishedMayBeMoreThanMade() throws IOException {
        // 上海 2022: "主动公开市政府规章13件（含新制定5件，修改4件，废止4件）" — 公开 counts amended and repealed ones too;
        // 2024 淮安 made 8 normative documents (本年制发件数)
        JsonNode published = withSentence(SENTENCE + "全年主动公开市政府行政规范性文件11件（含新制定8件，修改3件）。");
        assertThat(ids(published, "ERROR")).doesNotContain("TXT-004");
        assertThat(ids(published, "WARNING")).contains("TXT-004");
        JsonNode made = withSentence(SENTENCE + "全年印发市政府行政规范性文件11件。");
        assertThat(ids(made, "ERROR")).containsExactly("TXT-004");
        JsonNode agrees = withSentence(SENTENCE + "全年主动公开市政府行政规范性文件8件。");
        assertThat(ids(agrees, "WARNING")).doesNotContain("TXT-004");
    }
}
