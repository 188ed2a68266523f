package org.ogicheck.read;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ogicheck.TestSupport;
import org.ogicheck.model.Finding;
import org.ogicheck.model.Severity;

/**
 * Issue 10: a page in traditional characters (a site's 繁體 view, as
 * https://m.zwgsc.com/mayang/c120618/202601/aa8989f7424a4194a12fda5c35af5d4d.shtml gives 文昌閣鄉's 2025 report:
 * 政府信息公開工作年度報告, 條例, 申請) stopped with exit 2 "no annual report found". It is read as its simplified form.
 */
class TraditionalCharactersTest {

    static Stream<String> corpusReports() throws Exception {
        try (Stream<java.nio.file.Path> texts = Files.list(TestSupport.corpus("text"));
             Stream<java.nio.file.Path> pages = Files.list(TestSupport.corpus("html"))) {
            return Stream.concat(texts, pages).map(p -> p.getParent().getFileName() + "/" + p.getFileName()).sorted().toList().stream();
        }
    }

    private static List<Finding> findings(String name, byte[] bytes) throws Exception {
        return TestSupport.engine().check(Twins.parse(Readers.read(name, bytes)), "zh").findings();
    }

    private static List<String> said(List<Finding> fs, Severity severity) {
        return fs.stream().filter(f -> f.getSeverity() == severity)
            .map(f -> f.getRuleId() + ":" + f.getSection() + ":" + f.getTable() + ":" + f.getRow() + ":" + f.getColumn()).sorted().toList();
    }

    @ParameterizedTest
    @MethodSource("corpusReports")
    void aCorpusReportInTraditionalCharactersGivesTheOriginalsFindings(String report) throws Exception {
        byte[] original = Files.readAllBytes(TestSupport.corpus(report));
        // as a site's converter writes its 繁體 view: phrase by phrase (OpenCC's default), from the page's own text
        String text = new String(original, StandardCharsets.UTF_8);
        String traditional = ZhConverterUtil.toTraditional(text);
        assertThat(Hant.traditional(text)).as("the original is simplified").isFalse();
        assertThat(Hant.traditional(traditional)).as("its 繁體 view is traditional").isTrue();
        List<Finding> was = findings(report, original);
        List<Finding> now = findings(report, traditional.getBytes(StandardCharsets.UTF_8));
        assertThat(said(now, Severity.ERROR)).isEqualTo(said(was, Severity.ERROR));
        assertThat(said(now, Severity.WARNING)).isEqualTo(said(was, Severity.WARNING));
    }

    /** the opening of 文昌閣鄉's 2025 report as its 繁體 page gives it (the pages corpus holds it up to the header of 二) */
    private static final String WENCHANGGE = String.join("\n\n",
        "文昌閣鄉2025年政府信息公開工作年度報告",
        "根據《中華人民共和國政府信息公開條例》《國務院辦公廳政府信息與政務公開辦公室關於印發〈中華人民共和國政府信息公開工作年度報告格式〉的通知》"
            + "(國辦公開辦函〔2021〕30號)等規定,現特向社會公布文昌閣鄉2025年度政府信息公開年度報告。",
        "一、總體情況", "(一)政府信息主動公開情況",
        "截至2025年12月,我鄉主動公開內容共18條,包括規劃計劃3條、領導信息1條、機構職能1條、內設機構及職能1條、文件通知3條、人事信息3條、"
            + "財政信息2條、重大民生事項3條、政府信息公開指南1條,及時發布政府信息公開工作年度報告。",
        "(二)政府信息依申請公開情況",
        "目前,我鄉未收到政府信息公開申請,沒有因政府信息公開引起的行政複議,各項階段性的政府信息公開任務全麵完成。",
        "(三)政府信息管理情況",
        "我鄉嚴格按照《條例》要求,堅持以公開為常態,不公開為例外的原則,壓實責任指定專人負責推進、指導、協調、監督,做好政府信息公開的日常管理工作。",
        "(四)政府信息公開平台建設情況",
        "我鄉始終堅持深化理念,認真做好政務官網內容的及時更新,不斷完善運營製度,把平台打造為公開政務信息、提供政策谘詢服務的網絡平台。",
        "(五)監督保障情況",
        " 我鄉積極主動地履行好政府信息公開職責,及時對信息更新不及時、群眾反映不滿意的現象進行整改。",
        "二、主動公開政府信息情況", "第二十條第(一)項", "信息內容", "本年製發件數", "本");

    @Test
    void theRealPageIsReadAndGivesNoFalseError() throws Exception {
        var parsed = Twins.parse(Readers.read("wenchangge.txt", WENCHANGGE.getBytes(StandardCharsets.UTF_8)));
        assertThat(parsed.report().getAgency()).isEqualTo("文昌阁乡");
        assertThat(parsed.report().getYear()).isEqualTo(2025);
        assertThat(parsed.sections()).extracting(s -> s.getNumeral()).containsExactly("一", "二");
        List<Finding> fs = TestSupport.engine().check(parsed, "zh").findings();
        // the page stops inside the header of 第二十条第（一）项 (its crawled opening ends there): what follows was not read
        assertThat(fs).noneMatch(f -> f.getSeverity() == Severity.ERROR);
        assertThat(said(fs, Severity.WARNING)).contains("SEC-001:三:null:null:null", "A20-001:二:A20.五:null:null");
    }

    @Test
    void aSimplifiedReportThatQuotesTraditionalWordsStaysAsWritten() {
        String text = "平潭综合实验区政府信息公开工作年度报告。我区接待台湾同胞来访，其《資訊公開報告》《條例說明》"
            + "与我区的政府信息公开申请、办理、复议、诉讼情况一并说明。";
        assertThat(Hant.traditional(text)).isFalse();
        assertThat(Hant.simplified(text)).isSameAs(text);
    }

    @Test
    void aDocumentOfAnotherFormatIsReadInSimplifiedCharactersLineByLineAndCellByCell() throws Exception {
        // a Word file or PDF in 繁體: the reader's blocks, converted where they are (places and cells kept)
        byte[] text = Files.readAllBytes(TestSupport.corpus("text/2024_huaian_city.txt"));
        Document simplified = Readers.read("huaian.txt", text);
        Document traditional = new Document("huaian.docx", "docx", simplified.blocks().stream()
            .map(b -> new Block(ZhConverterUtil.toTraditional(b.text()),
                b.isRow() ? b.cells().stream().map(ZhConverterUtil::toTraditional).toList() : null, b.cellSrcs(), b.src()))
            .toList(), java.util.Map.of("title", ZhConverterUtil.toTraditional("淮安市人民政府2024年政府信息公开工作年度报告")));
        Document read = Hant.simplified(traditional);
        assertThat(read.meta()).containsEntry("title", "淮安市人民政府2024年政府信息公开工作年度报告");
        assertThat(read.blocks()).hasSameSizeAs(simplified.blocks());
        for (int i = 0; i < read.blocks().size(); i++) {
            assertThat(read.blocks().get(i).cells()).isEqualTo(simplified.blocks().get(i).cells());
            assertThat(read.blocks().get(i).src()).isEqualTo(simplified.blocks().get(i).src());
        }
        assertThat(said(TestSupport.engine().check(Twins.parse(read), "zh").findings(), Severity.ERROR))
            .isEqualTo(said(findings("huaian.txt", text), Severity.ERROR));
        assertThat(Hant.simplified(simplified)).isSameAs(simplified);
    }
}
