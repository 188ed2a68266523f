package org.ogicheck.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** OCR-read labels a character or two off a word of the formats are read as that word; nothing else is changed. */
class OcrVocabularyTest {
    @Test
    void aMisreadLabelIsTheWordItIsClosestTo() {
        assertThat(OcrVocabulary.correct("目然人")).isEqualTo("自然人");
        assertThat(OcrVocabulary.correct("行政事炎性收费")).isEqualTo("行政事业性收费");
        assertThat(OcrVocabulary.correct("4. 保护第三方含法权益")).isEqualTo("4.保护第三方合法权益");
        assertThat(OcrVocabulary.correct("总讨")).isEqualTo("总计");
    }

    @Test
    void aGarbledItemNumberIsTheNumberOfTheOnlyItemWithThoseWords() {
        assertThat(OcrVocabulary.correct("S.届于三类内部事务信息")).isEqualTo("5.属于三类内部事务信息");
        assertThat(OcrVocabulary.correct("(CD) 总计")).isEqualTo("（七）总计");
        assertThat(OcrVocabulary.correct("《入 ) 其他处理")).isEqualTo("（六）其他处理");
        // words that more than one numbered item could be, or too far from any, stay as read
        assertThat(OcrVocabulary.correct("(X)公开")).isEqualTo("(X)公开");
        assertThat(OcrVocabulary.correct("S.和需童")).isEqualTo("S.和需童");
    }

    @Test
    void numbersAndFarOffTextStayAsRead() {
        assertThat(OcrVocabulary.correct("447228")).isEqualTo("447228");
        assertThat(OcrVocabulary.correct("[识别存疑:26]")).isEqualTo("[识别存疑:26]");
        assertThat(OcrVocabulary.correct("和需童")).isEqualTo("和需童");
        // 1. and 6. differ in one character but the words after them decide: no snapping between numbered items
        assertThat(OcrVocabulary.correct("5.属于四类过程性信息")).isEqualTo("5.属于四类过程性信息");
    }

    @Test
    void aGroupNumberMisreadIsTheGroupWhoseWordsFollowIt() {
        assertThat(OcrVocabulary.correct("(一)》部分公帮《区分处理的，只计这一情形，不计其他情形》"))
            .isEqualTo("（二）部分公开（区分处理的，只计这一情形，不计其他情形）");
    }

    @Test
    void rowsOfAnOcrPageGetTheirLabelsAndAConfirmedTotal() {
        java.util.List<Block> rows = java.util.List.of(
            row("一、本年新收政府信息公开申请数量", "95", "0", "0", "0", "0", "0", "[识别存疑:95]"),
            row("[识别存疑:]", "0", "0", "0", "0", "0", "0", "0"),
            row("（一）予以公开", "50", "0", "0", "0", "0", "0", "50"),
            row("[识别存疑:1.]本机关不掌握相关政府信息", "31", "0", "0", "0", "0", "0", "[识别存疑:32]"));
        java.util.List<Block> out = OcrVocabulary.labels(rows, p -> true);
        assertThat(out.get(0).cells()).last().isEqualTo("95");
        assertThat(out.get(1).cells()).first().isEqualTo("二、上年结转政府信息公开申请数量");
        assertThat(out.get(3).cells()).first().isEqualTo("1.本机关不掌握相关政府信息");
        // a total the columns do not add up to stays unsure
        assertThat(out.get(3).cells()).last().isEqualTo("[识别存疑:32]");
        // pages with a text layer are left as they are
        assertThat(OcrVocabulary.labels(rows, p -> false)).isEqualTo(rows);
    }

    @Test
    void aLabelWithAnUnsureItemNumberIsTheOneWordWithThatNumberItBegins() {
        java.util.List<Block> rows = java.util.List.of(
            row("[识别存疑:6.]属于四", "1", "0"),
            row("（三）不予公开", "[识别存疑:1】.]属于国", "0", "0"),
            row("[识别存疑:3、] 其他", "0", "0"),
            row("[识别存疑:2.]其他法律行", "0", "0"),
            row("[识别存疑:1、] 申请人无正当理由博", "0", "0"),
            row("[识别存疑:1.]申请人无正当理由和逾期不", "0", "0"));
        java.util.List<Block> out = OcrVocabulary.labels(rows, p -> true);
        assertThat(out.get(0).cells()).first().isEqualTo("6.属于四类过程性信息");
        assertThat(out.get(1).cells().get(1)).isEqualTo("1.属于国家秘密");
        assertThat(out.get(2).cells()).first().isEqualTo("3.其他");
        assertThat(out.get(3).cells()).first().isEqualTo("2.其他法律行政法规禁止公开");
        assertThat(out.get(4).cells()).first().isEqualTo("1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请");
        assertThat(out.get(5).cells()).first().isEqualTo("1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请");
        // the number read must be that of the word: words of another item, a number no item has, words that begin
        // no word with that number, or one character alone stay as read
        java.util.List<Block> kept = java.util.List.of(
            row("[识别存疑:5.]属于四", "0"), row("[识别存疑:9.]其他", "0"), row("[识别存疑:1.]属于", "0"),
            row("[识别存疑:3.]其", "0"), row("[识别存疑:和]属于四", "0"), row("[识别存疑:6.]属于四[识别存疑:7]", "0"));
        assertThat(OcrVocabulary.labels(kept, p -> true)).isEqualTo(kept);
    }

    private static Block row(String... cells) {
        java.util.List<org.ogicheck.model.SourceRef> srcs = new java.util.ArrayList<>();
        for (String ignored : cells) srcs.add(new org.ogicheck.model.SourceRef(1, 1, null, null, null));
        return Block.row(java.util.List.of(cells), srcs, new org.ogicheck.model.SourceRef(1, 1, null, null, null));
    }

    /**
     * The last page of 2023 洪泽's corpus text written as Word (WordCopies), saved as PDF by LibreOffice and scanned at
     * 300 dpi: Tesseract read its heading 六、其他需要报告的事项 as 入、其他需要报告的事项 (session 11, WordScanTest's
     * note), which no heading rule takes for section 六 — a false SEC-001 on a scan.
     */
    @Test
    void aSectionHeadingWithItsNumeralMisreadIsThatSectionsHeading() {
        assertThat(OcrVocabulary.heading("入、其他需要报告的事项")).isEqualTo("六、其他需要报告的事项");
        assertThat(OcrVocabulary.heading("入、 其他需要报告的事项：")).isEqualTo("六、其他需要报告的事项");
        // a character of the words misread too: still clearly that heading
        assertThat(OcrVocabulary.heading("入、存在的主要问题及改进情兄")).isEqualTo("五、存在的主要问题及改进情况");
        assertThat(OcrVocabulary.heading("入，政府信息公开行政复议、行政诉讼情况")).isEqualTo("四、政府信息公开行政复议、行政诉讼情况");
        // words worded otherwise keep their wording, only the numeral is the section's
        assertThat(OcrVocabulary.heading("入、存在的主要问题和改进情况")).isEqualTo("五、存在的主要问题和改进情况");
        // the numeral read, one character of the words a look-alike (2020 江干 and 2024 淮安's Word copies scanned at 300 dpi)
        assertThat(OcrVocabulary.heading("五、存仕的主要问题及改进情况")).isEqualTo("五、存在的主要问题及改进情况");
        assertThat(OcrVocabulary.heading("四、政府信息公开行政复议、行政诉诊情况")).isEqualTo("四、政府信息公开行政复议、行政诉讼情况");
        // a clerk's wording (a joining word, other words, two characters) and another section's words: as read
        assertThat(OcrVocabulary.heading("五、存在的主要问题和改进情况")).isEqualTo("五、存在的主要问题和改进情况");
        assertThat(OcrVocabulary.heading("五、存在的主要问题及改进措施")).isEqualTo("五、存在的主要问题及改进措施");
        assertThat(OcrVocabulary.heading("六、存仕的主要问题及改进情况")).isEqualTo("六、存仕的主要问题及改进情况");
        // a numeral read right, other words, a sentence, words after the heading: as read (the parser's to judge)
        assertThat(OcrVocabulary.heading("六、其他需要报告的事项")).isEqualTo("六、其他需要报告的事项");
        assertThat(OcrVocabulary.heading("入、其他事项")).isEqualTo("入、其他事项");
        assertThat(OcrVocabulary.heading("入、其他需要报告的事项本年度未收取信息处理费")).isEqualTo("入、其他需要报告的事项本年度未收取信息处理费");
        assertThat(OcrVocabulary.heading("(入)其他需要报告的事项")).isEqualTo("(入)其他需要报告的事项");
        assertThat(OcrVocabulary.heading("其他需要报告的事项")).isEqualTo("其他需要报告的事项");
        // only lines of pages read by OCR
        java.util.List<Block> lines = java.util.List.of(Block.line("入、其他需要报告的事项", new org.ogicheck.model.SourceRef(1, 4, null, null, null)));
        assertThat(OcrVocabulary.labels(lines, p -> true).get(0).text()).isEqualTo("六、其他需要报告的事项");
        assertThat(OcrVocabulary.labels(lines, p -> false)).isEqualTo(lines);
    }

    /**
     * 2023 洪泽's statistics period (统计期限自 2023 年 1 月 1 日起至 2023 年 12 月 31 日止) as Tesseract read it from the
     * report's Word copy scanned at 300 dpi: the 日 of 1 日 as 月, so no period was found (a false SEC-005).
     */
    @Test
    void aDaysCharacterReadAsAMonthsIsADay() {
        assertThat(OcrVocabulary.days("报告中所列数据统计期限自2023 年 1 月 1 月起至2023 年 12 月 31 日上。"))
            .isEqualTo("报告中所列数据统计期限自2023 年 1 月 1 日起至2023 年 12 月 31 日上。");
        assertThat(OcrVocabulary.days("统计期限为2023年[识别存疑:1]月1曰至12月31曰。")).isEqualTo("统计期限为2023年[识别存疑:1]月1日至12月31日。");
        // a month after a month with nothing of a date after it, or months apart: as read
        assertThat(OcrVocabulary.days("1月、2月共受理")).isEqualTo("1月、2月共受理");
        assertThat(OcrVocabulary.days("3月5月份")).isEqualTo("3月5月份");
        java.util.List<Block> lines = java.util.List.of(Block.line("统计期限自2023 年 1 月 1 月起", new org.ogicheck.model.SourceRef(1, 1, null, null, null)));
        assertThat(OcrVocabulary.labels(lines, p -> true).get(0).text()).isEqualTo("统计期限自2023 年 1 月 1 日起");
        assertThat(OcrVocabulary.labels(lines, p -> false)).isEqualTo(lines);
    }
}
