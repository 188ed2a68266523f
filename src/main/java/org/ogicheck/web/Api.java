package org.ogicheck.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.ogicheck.engine.RuleMeta;
import org.ogicheck.engine.RuleService;
import org.ogicheck.engine.RuleSet;
import org.ogicheck.render.Renderer;
import org.ogicheck.render.RulesDoc;
import org.ogicheck.render.TextOutput;

/**
 * The JSON API. {@code POST /api/check} answers with exactly the JSON of {@code ogicheck check
 * --format json} (one object, or an array for several files); {@code GET /api/rules} lists the
 * rules served; {@code GET /health} says whether the rules on disk are the ones serving.
 */
final class Api {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Checks checks;
    private final RuleService rules;

    Api(Checks checks, RuleService rules) {
        this.checks = checks;
        this.rules = rules;
    }

    void check(Http http) throws IOException {
        Checks.Checked c;
        try {
            c = checks.check(Submission.of(http), http.lang());
        } catch (Submission.Invalid e) {
            http.json(400, error(e.getMessage(), List.of()));
            return;
        } catch (Checks.Failed e) {
            http.json(e.status, error(e.getMessage(), List.of()));
            return;
        }
        if (!c.problems().isEmpty()) {
            http.json(422, error("报告无法读取或检查。", c.problems()));
            return;
        }
        http.json(200, ((TextOutput) Renderer.of("json")).text(c.results(), http.lang(), c.rules()));
    }

    void rules(Http http) throws IOException {
        RuleSet rs = rules.current();
        ObjectNode o = served(JSON.createObjectNode());
        ArrayNode list = o.putArray("rules");
        for (RuleMeta m : rs.rules().values()) {
            list.addObject().put("id", m.id()).put("severity", m.severity()).put("category", m.category())
                .put("title", RulesDoc.title(rs, m)).put("basis", m.basis()).put("weight", m.weight()).put("since", m.since())
                .put("message", rs.messages().template(http.lang(), m.id()));
        }
        http.json(200, JSON.writeValueAsString(o));
    }

    void health(Http http) throws IOException {
        http.json(200, JSON.writeValueAsString(served(JSON.createObjectNode().put("status", "ok"))));
    }

    /** which folders and generation of the rules serve, and the problems of an edit that was not loaded */
    private ObjectNode served(ObjectNode o) {
        o.put("generation", rules.generation());
        ArrayNode dirs = o.putArray("ruleFolders");
        for (Path d : rules.current().dirs()) dirs.add(d.toAbsolutePath().normalize().toString());
        ArrayNode errors = o.putArray("rulesErrors");
        rules.error().forEach(errors::add);
        return o;
    }

    static String error(String message, List<String> problems) throws IOException {
        ObjectNode o = JSON.createObjectNode().put("error", message);
        if (!problems.isEmpty()) problems.forEach(o.putArray("problems")::add);
        return JSON.writeValueAsString(o);
    }
}
