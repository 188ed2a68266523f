package org.ogicheck.model;

/** a rule as shown to its readers: the label of its form (规则（中文句子）, 规则（决策表）, 规则（DRL）) and its text as written */
public record RuleForm(String label, String text) {
}
