package org.ogicheck.web;

import io.javalin.http.Context;

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
import org.ogicheck.render.Unreadable;

/**
 * The JSON API. {@code POST /api/check} answers with exactly the JSON of {@code ogicheck check
 * --format json} (one object, or an array for several files); {@code GET /api/rules} lists the
 * rules served; {@code GET /health} says whether the rules on disk are the ones serving.
 */
final class Api {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Checks checks;
    private final RuleService rules;
    /** the open workspace's pages, or null: with one, what {@code POST /api/check} checks is stored too */
    private final WorkspacePages workspace;

    Api(Checks checks, RuleService rules, WorkspacePages workspace) {
        this.checks = checks;
        this.rules = rules;
        this.workspace = workspace;
    }

    void check(Context ctx) throws IOException, org.ogicheck.workspace.WorkspaceException {
        if (workspace != null) workspace.authorize(ctx);
        Checks.Checked c;
        try {
            c = checks.check(Submission.of(ctx), Reply.lang(ctx));
        } catch (Submission.Invalid e) {
            Reply.json(ctx, 400, error(e.getMessage(), List.of()));
            return;
        } catch (Checks.Failed e) {
            Reply.json(ctx, e.status, error(e.getMessage(), List.of()));
            return;
        }
        String lang = Reply.lang(ctx);
        if (!c.problems().isEmpty() && !c.partial()) {
            Reply.json(ctx, 422, error(Texts.t(lang, "api.unreadable"), org.ogicheck.i18n.Said.in(c.problems(), lang)));
            return;
        }
        if (workspace != null) workspace.store(ctx, c.inputs(), c.rules(), c.settings());
        // some files checked, others not: 200 with what check --format json writes for that batch, each file not
        // checked an object {"source", "unreadable": true, "error"} after the results
        List<Unreadable> unreadable = c.failed().stream().map(f -> new Unreadable(f.source(), f.reason(lang))).toList();
        Reply.json(ctx, 200, ((TextOutput) Renderer.of("json")).text(c.results(), unreadable, lang, c.rules()));
    }

    void rules(Context ctx) throws IOException {
        RuleSet rs = rules.current();
        ObjectNode o = served(JSON.createObjectNode(), Reply.lang(ctx));
        ArrayNode list = o.putArray("rules");
        for (RuleMeta m : rs.rules().values()) {
            list.addObject().put("id", m.id()).put("severity", m.severity()).put("category", m.category())
                .put("title", RulesDoc.title(rs, m, Reply.lang(ctx))).put("basis", m.basis()).put("weight", m.weight()).put("since", m.since())
                .put("message", rs.messages().template(Reply.lang(ctx), m.id()));
        }
        Reply.json(ctx, 200, JSON.writeValueAsString(o));
    }

    void health(Context ctx) throws IOException {
        Reply.json(ctx, 200, JSON.writeValueAsString(served(JSON.createObjectNode().put("status", "ok"), Reply.lang(ctx))));
    }

    /** which folders and generation of the rules serve, and the problems of an edit that was not loaded */
    private ObjectNode served(ObjectNode o, String lang) {
        o.put("generation", rules.generation());
        ArrayNode dirs = o.putArray("ruleFolders");
        for (Path d : rules.current().dirs()) dirs.add(d.toAbsolutePath().normalize().toString());
        ArrayNode errors = o.putArray("rulesErrors");
        rules.error(lang).forEach(errors::add);
        return o;
    }

    static String error(String message, List<String> problems) {
        ObjectNode o = JSON.createObjectNode().put("error", message);
        if (!problems.isEmpty()) problems.forEach(o.putArray("problems")::add);
        return o.toString();
    }
}
