package org.ogicheck.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ogicheck.app.Baseline;
import org.ogicheck.app.Result;
import org.ogicheck.model.Finding;

/**
 * What a change of the rules changes on one report: the findings the new rules add and those they
 * drop (compared by the baseline's fingerprint, so that line numbers and wording do not count), and
 * the score before and after.
 */
public record RuleDiff(List<Finding> gained, List<Finding> lost, double scoreBefore, double scoreAfter) {
    public double delta() {
        return scoreAfter - scoreBefore;
    }

    /** the same report checked with the rules in force ({@code before}) and the changed ones ({@code after}) */
    public static RuleDiff between(Result before, Result after) {
        Map<String, Finding> oldSet = byPrint(before);
        Map<String, Finding> newSet = byPrint(after);
        List<Finding> gained = new ArrayList<>();
        List<Finding> lost = new ArrayList<>();
        newSet.forEach((k, v) -> { if (!oldSet.containsKey(k)) gained.add(v); });
        oldSet.forEach((k, v) -> { if (!newSet.containsKey(k)) lost.add(v); });
        return new RuleDiff(List.copyOf(gained), List.copyOf(lost), before.scorecard().score(), after.scorecard().score());
    }

    private static Map<String, Finding> byPrint(Result r) {
        Map<String, Finding> m = new LinkedHashMap<>();
        String key = Baseline.reportKey(r);
        int i = 0;
        for (Finding f : r.findings()) {
            String fp = Baseline.fingerprint(key, f);
            m.put(m.containsKey(fp) ? fp + "#" + (++i) : fp, f);
        }
        return m;
    }
}
