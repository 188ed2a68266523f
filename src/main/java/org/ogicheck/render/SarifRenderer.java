package org.ogicheck.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ogicheck.model.Severity;
import org.ogicheck.app.Result;
import org.ogicheck.engine.RuleMeta;
import org.ogicheck.engine.RuleSet;
import org.ogicheck.model.Finding;

/** SARIF 2.1.0: one run; the driver lists every rule with its metadata; one result per finding. */
public final class SarifRenderer implements TextOutput {
    static final String SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

    @Override
    public String text(List<Result> results, String lang, RuleSet rules) {
        ObjectNode log = JsonRenderer.MAPPER.createObjectNode();
        log.put("$schema", SCHEMA);
        log.put("version", "2.1.0");
        ObjectNode run = log.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", Version.TOOL);
        driver.put("version", Version.get());
        driver.put("language", Labels.tag(lang));
        List<String> ids = new ArrayList<>(rules.rules().keySet());
        ArrayNode ruleNodes = driver.putArray("rules");
        for (RuleMeta m : rules.rules().values()) rule(ruleNodes.addObject(), m, rules, lang);
        ArrayNode out = run.putArray("results");
        for (Result r : results) {
            for (Finding f : r.findings()) result(out.addObject(), r, f, ids, lang);
        }
        return JsonRenderer.json(log);
    }

    private static void rule(ObjectNode o, RuleMeta m, RuleSet rules, String lang) {
        o.put("id", m.id());
        o.put("name", m.name());
        o.putObject("shortDescription").put("text", Findings.title(rules, m, lang));
        o.putObject("help").put("text", Labels.t(lang, "sarif.basis", m.basis()));
        o.putObject("defaultConfiguration").put("level", level(Severity.of(m.severity())));
        ObjectNode p = o.putObject("properties");
        p.put("severity", m.severity());
        p.put("category", m.category());
        p.put("weight", m.weight());
        p.put("basis", m.basis());
        if (m.since() != null) p.put("since", m.since());
    }

    private static void result(ObjectNode o, Result r, Finding f, List<String> ids, String lang) {
        o.put("ruleId", f.getRuleId());
        if (ids.contains(f.getRuleId())) o.put("ruleIndex", ids.indexOf(f.getRuleId()));
        o.put("level", level(f.getSeverity()));
        o.putObject("message").put("text", f.getMessage());
        ObjectNode physical = o.putArray("locations").addObject().putObject("physicalLocation");
        physical.putObject("artifactLocation").put("uri", uri(r.source()));
        if (f.getSrc().line() > 0) physical.putObject("region").put("startLine", f.getSrc().line());
        o.putObject("partialFingerprints").put("ogicheck/v1", f.locationKey());
        ObjectNode p = o.putObject("properties");
        p.put("category", f.getCategory());
        p.put("points", f.getPoints());
        p.put("where", Findings.where(r.parsed(), f, lang));
        p.set("evidence", JsonRenderer.finding(f, lang).get("evidence"));
    }

    static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    /** a file name as a URI reference: relative paths stay relative, non-ASCII is percent-encoded */
    static String uri(String source) {
        Path p = Path.of(source);
        if (p.isAbsolute()) return p.toUri().toASCIIString();
        try {
            return new URI(null, null, source.replace('\\', '/'), null).toASCIIString();
        } catch (URISyntaxException e) {
            return source;
        }
    }
}
