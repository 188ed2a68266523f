package org.ogicheck.engine;

import java.util.Map;
import org.kie.api.definition.rule.Rule;
import org.ogicheck.model.Finding;

/** What a rule's consequence calls to create a finding carrying the rule's own metadata. */
public final class Emit {
    private Emit() {
    }

    public static Finding finding(Rule rule) {
        Map<String, Object> m = rule.getMetaData();
        String id = str(m.get("id"));
        return new Finding(id, rule.getName(), str(m.get("severity")), str(m.get("category")), str(m.get("basis")),
            weight(m.get("weight")));
    }

    static String str(Object o) {
        return o == null ? null : o.toString();
    }

    static double weight(Object o) {
        if (o instanceof Number n) return n.doubleValue();
        if (o == null) return 0;
        try {
            return Double.parseDouble(o.toString());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
