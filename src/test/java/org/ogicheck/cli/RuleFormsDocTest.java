package org.ogicheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ogicheck.TestSupport;
import org.ogicheck.engine.RuleSet;
import org.ogicheck.engine.RuleSources;
import org.ogicheck.render.RulesDoc;

/** `rules doc` and the rule pages show each rule as written, labelled with its form. */
class RuleFormsDocTest {
    @Test
    void eachRuleIsShownAsWrittenWithTheLabelOfItsForm() throws Exception {
        RuleSet rules = TestSupport.engine().rules();
        org.ogicheck.model.RuleForm app = rules.form(rules.rules().get("APP-002"));
        assertThat(app.form()).isEqualTo(org.ogicheck.model.RuleForm.SENTENCES);
        assertThat(app.text()).startsWith("如果\n    申请情况表 没有读取问题\n    申请情况表 各必备行齐全\n").endsWith("结束\n");
        org.ogicheck.model.RuleForm table = rules.form(rules.rules().get("A20-002"));
        assertThat(table.form()).isEqualTo(org.ogicheck.model.RuleForm.TABLE);
        assertThat(table.text()).startsWith("规则名称, 编号, ").contains("A20-002 2019版第（一）项 规范性文件, A20-002, ERROR", "normativeDocs");
        org.ogicheck.model.RuleForm drl = rules.form(rules.rules().get("TXT-001"));
        assertThat(drl.form()).isEqualTo(org.ogicheck.model.RuleForm.DRL);
        assertThat(drl.text()).startsWith("rule \"TXT-001").endsWith("end\n");

        CliRun doc = CliRun.of("rules", "doc", "--rules", "rules");
        assertThat(doc.code()).isZero();
        assertThat(doc.out()).contains("规则（中文句子）：\n\n```\n如果\n    申请情况表 没有读取问题", "规则（决策表）：\n\n```\n",
            "规则（DRL）：\n\n```\nrule \"TXT-001");
        String page = RulesDoc.htmlRule(rules, rules.rules().get("SEC-004"), List.of(), "zh");
        assertThat(page).contains("<p class=\"form\">规则（中文句子）：</p>", "第二、三或四部分 没有图片");

        // in English the words around the rule are English; the rule's sentences stay as written
        CliRun en = CliRun.of("rules", "doc", "--rules", "rules", "--lang", "en");
        assertThat(en.code()).isZero();
        assertThat(en.out()).contains("the rule (Chinese sentences):\n\n```\n如果\n    申请情况表 没有读取问题",
            "the rule (decision table):\n\n```\n", "the rule (DRL):\n\n```\nrule \"TXT-001", "| ID | severity | category | weight | rule |")
            .doesNotContain("规则（DRL）", "依据：");
        assertThat(RulesDoc.htmlRule(rules, rules.rules().get("SEC-004"), List.of(), "en"))
            .contains("<p class=\"form\">the rule (Chinese sentences):</p>", "第二、三或四部分 没有图片");
    }
}
