package org.ogicheck.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogicheck.TestSupport;
import org.ogicheck.model.Claim;
import org.ogicheck.model.ClaimSum;
import org.ogicheck.model.Sentence;
import org.ogicheck.model.SourceRef;

/** Claims read with the project's claims.tsv from sentences written the ways real reports write them. */
class ClaimReaderTest {
    @TempDir
    Path tmp;

    private static List<Object> read(String... texts) throws IOException {
        ClaimPatterns p = new ClaimPatterns();
        p.load(TestSupport.RULES);
        List<Sentence> ss = new ArrayList<>();
        for (String t : texts) ss.add(new Sentence(ss.size(), 1, 0, t, SourceRef.line(ss.size() + 1)));
        return new ClaimReader(p).read(ss);
    }

    private static Claim claim(List<Object> facts, String kind) {
        for (Object o : facts) if (o instanceof Claim c && c.getKind().equals(kind)) return c;
        throw new AssertionError(kind + " not in " + facts);
    }

    private static List<String> kindsIn(Integer reportYear, String text) throws IOException {
        ClaimPatterns p = new ClaimPatterns();
        p.load(TestSupport.RULES);
        List<String> out = new ArrayList<>();
        for (Object o : new ClaimReader(p).read(List.of(new Sentence(0, 1, 0, text, SourceRef.line(1))), reportYear)) {
            if (o instanceof Claim c && c.getN() != null) out.add(c.getKind() + "=" + c.getN());
        }
        return out;
    }

    @Test
    void aNumberCarriedOverThatNamesItsYearIsReadAgainstTheReportsYear() throws IOException {
        // 重庆市应急管理局 2025: the year after the report's is carried out
        String yjj = "2025年，全局接收政府信息公开申请31件，依法依规办结政府信息公开申请29件，结转2026年度2件。";
        assertThat(kindsIn(2025, yjj)).contains("carriedOut=2");
        assertThat(kindsIn(null, yjj)).as("no report year: a plain count").doesNotContain("carriedOut=2", "carriedIn=2");
        // 桐庐县 2023: 结转至2024年 is carried out of 2023 and, in a 2024 report, carried into it
        String tonglu = "全县共收到政府信息公开申请163件，2022年结转政府信息公开申请7件，结转至2024年9件。";
        assertThat(kindsIn(2023, tonglu)).contains("carriedOut=9").doesNotContain("carriedIn=7");
        assertThat(kindsIn(2024, tonglu)).contains("carriedIn=9").doesNotContain("carriedOut=9");
        assertThat(kindsIn(2026, tonglu)).doesNotContain("carriedOut=9", "carriedIn=9");
        // 通州区西集镇 2024: 转 alone
        assertThat(kindsIn(2024, "2024年共受理政府信息公开申请158件，其中，2024年办结121件，转2025年办理37件。"))
            .contains("received=158", "concluded=121", "carriedOut=37");
    }

    @Test
    void numberForms() {
        assertThat(ClaimReader.number("2,425")).isEqualByComparingTo("2425");
        assertThat(ClaimReader.number("1.2万")).isEqualByComparingTo("12000");
        assertThat(ClaimReader.number("三十一")).isEqualByComparingTo("31");
        assertThat(ClaimReader.number("十二")).isEqualByComparingTo("12");
        assertThat(ClaimReader.number("一百零五")).isEqualByComparingTo("105");
        assertThat(ClaimReader.number("二〇三五")).isEqualByComparingTo("2035");
        assertThat(ClaimReader.norm("受理申请 ２４２５ 件(含上年结转3件)；")).isEqualTo("受理申请2425件（含上年结转3件）；");
    }

    @Test
    void applicationsInEveryNumberForm() throws IOException {
        assertThat(claim(read("全年共受理政府信息公开申请2,425件。"), "received").getN()).isEqualTo(2425);
        assertThat(claim(read("全年共受理政府信息公开申请 ２４２５ 件。"), "received").getN()).isEqualTo(2425);
        assertThat(claim(read("本年度共收到三十一件申请，均已办结。"), "received").getN()).isEqualTo(31);
        // a count in 万 is read, and is rounded: never used in arithmetic
        Claim wan = claim(read("主动公开政府信息1.2万条。"), "proactive");
        assertThat(wan.getNumber()).isEqualByComparingTo("12000");
        assertThat(wan.isApproximate()).isTrue();
        assertThat(wan.getN()).isNull();
        assertThat(read("主动公开政府信息5500余条。")).as("approximate numbers are left alone")
            .noneMatch(o -> o instanceof Claim c && c.getN() != null);
    }

    @Test
    void totalsWithTheirParts() throws IOException {
        List<Object> f = read("办结81件，其中：予以公开及部分公开42件，占51.85%；不予公开5件；无法提供31件；不予处理1件；"
            + "其他处理2件；行政复议案件2件。");
        assertThat(sum(f).getSum()).isEqualTo(81);
        assertThat(sum(f).isComplete()).isTrue();
        Claim granted = claim(f, "grantedOrPartly");
        assertThat(granted.getPercent()).isEqualByComparingTo(new BigDecimal("51.85"));
        assertThat(granted.getBase().getN()).isEqualTo(81);
    }

    @Test
    void aSinglePartOrAnUnknownSentenceGivesNoSum() throws IOException {
        assertThat(read("受理申请100件，其中自然人申请90件。")).noneMatch(o -> o instanceof ClaimSum);
        assertThat(read("网站访问量达120万次，同比增长12%。")).allMatch(o -> o instanceof Claim c && c.getKind().equals(Claim.COUNT)
            || !(o instanceof Claim));
    }

    @Test
    void aLastPartIsTheRestOnlyWhenItNamesNoClass() throws IOException {
        // 其他 with nothing but words any kind has: the list is all of its total (a shortfall contradicts it)
        assertThat(sum(read("主动公开政府信息30条，其中工作动态10条，通知公告8条，其他信息12条。")).isComplete()).isTrue();
        assertThat(sum(read("主动公开政府信息30条，其中工作动态10条，其他应主动公开政府信息20条。")).isComplete()).isTrue();
        // 其他 before a named class is that class (东湖高新区 2025), and a part in another unit goes on with the list
        assertThat(sum(read("发布信息3257条，其中，政务动态信息1082条，信息公开目录信息1674条，其他概况类信息更新量494条。"))
            .isComplete()).isFalse();
        assertThat(sum(read("政务公开信息共44条，其中指南1条，财政信息5条，其他法定信息18条，政策文件6件、年报1条。"))
            .isComplete()).isFalse();
    }

    @Test
    void aSentenceOfItsOwnAfterOneTotalListsItsParts() throws IOException {
        ClaimSum s = sum(read("主动公开政府信息58条，电子化率达100%。", "其中涉及工作动态26条，通知公告7条。"));
        assertThat(s.getTotal().getN()).isEqualTo(58);
        assertThat(s.getSum()).isEqualTo(33);
        // after several numbers in the parts' unit the list may be of any or all of them: of none
        assertThat(read("通过网站公开754条，通过新媒体公开2808条。", "其中，微信公众号发布1205条、微博1286条。"))
            .noneMatch(o -> o instanceof ClaimSum);
    }

    private static ClaimSum sum(List<Object> facts) {
        return (ClaimSum) facts.stream().filter(o -> o instanceof ClaimSum).findFirst().orElseThrow();
    }

    @Test
    void stockCountsAndDepartmentsDocumentsAreNotThisYearsDocuments() throws IOException {
        List<Object> f = read("清理并集中发布现行有效行政规范性文件393件，本年度制发的规范性文件77件。",
            "刊登政府规章、规范性文件等112件，部门规范性文件45件。");
        assertThat(f).filteredOn(o -> o instanceof Claim c && c.getKind().equals("normativeDocs"))
            .singleElement().satisfies(o -> assertThat(((Claim) o).getN()).isEqualTo(77));
    }

    @Test
    void aBadPatternNamesFileAndLine() throws IOException {
        Files.writeString(tmp.resolve("claims.tsv"), "# x\nreceived\t受理(申请{N}件\n");
        ClaimPatterns p = new ClaimPatterns();
        try {
            p.load(tmp);
            throw new AssertionError("no error");
        } catch (IllegalArgumentException e) {
            assertThat(e.getMessage()).startsWith("claims.tsv:2: bad pattern");
        }
    }
}
