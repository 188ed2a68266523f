package org.ogicheck.web;

import io.javalin.http.Context;

import org.ogicheck.model.FixtureCase;
import static org.ogicheck.web.Page.h;
import static org.ogicheck.web.Texts.t;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ogicheck.app.Fixtures;
import org.ogicheck.app.Ogicheck;
import org.ogicheck.engine.RuleMeta;
import org.ogicheck.engine.RuleService;
import org.ogicheck.engine.RuleSet;
import org.ogicheck.render.RulesDoc;

/**
 * The rules being served, read from the rules themselves: {@code /rules} lists every rule with its
 * severity, legal basis and message, and which folders and generation serve; {@code /rules/ID} is
 * one rule with its examples (its fixtures, checked now, with the findings they produce).
 * Read only: nothing on the web changes a rule.
 */
final class RulePages {
    private final RuleService rules;

    RulePages(RuleService rules) {
        this.rules = rules;
    }

    void list(Context ctx) throws IOException {
        String lang = Reply.lang(ctx);
        RuleSet rs = rules.current();
        String q = t(lang, "lang.query");
        StringBuilder sb = new StringBuilder("<h1>").append(t(lang, "rules.title")).append("</h1>\n<p>")
            .append(t(lang, "rules.folders"));
        for (Path d : rs.dirs()) sb.append("<code>").append(h(d.toAbsolutePath().normalize().toString())).append("</code> ");
        sb.append(t(lang, "rules.generation", rules.generation(), rs.rules().size()))
            .append("</p>\n<table class=\"list\">\n<tr><th>ID</th><th>").append(t(lang, "rules.severity")).append("</th><th>")
            .append(t(lang, "rules.category")).append("</th><th>").append(t(lang, "rules.rule")).append("</th><th>")
            .append(t(lang, "rules.basis")).append("</th><th>").append(t(lang, "rules.message")).append("</th></tr>\n");
        for (RuleMeta m : rs.rules().values()) {
            sb.append("<tr><td><a href=\"/rules/").append(h(m.id())).append(q).append("\"><code>").append(h(m.id())).append("</code></a></td><td>")
                .append(h(RulesDoc.severity(m, lang))).append("</td><td>").append(h(RulesDoc.category(rs, m.category(), lang))).append("</td><td>")
                .append(h(RulesDoc.title(rs, m, lang))).append("</td><td>").append(h(m.basis())).append("</td><td>")
                .append(h(rs.messages().template(lang, m.id()))).append("</td></tr>\n");
        }
        sb.append("</table>\n");
        Reply.html(ctx, 200, Page.frame(ctx, rules, t(lang, "rules.title"), sb.toString()));
    }

    void one(Context ctx, String id) throws IOException {
        String lang = Reply.lang(ctx);
        RuleSet rs = rules.current();
        RuleMeta m = rs.rules().get(id);
        if (m == null) {
            Reply.html(ctx, 404, Page.error(ctx, rules, t(lang, "rules.none"),
                t(lang, "rules.none.detail", id)));
            return;
        }
        List<FixtureCase> cases = new ArrayList<>();
        Ogicheck engine = new Ogicheck(rs);
        for (Path d : Fixtures.beside(rs.dirs())) {
            if (Files.isDirectory(d.resolve(id))) cases.addAll(Fixtures.run(engine, d, id, lang));
        }
        String body = RulesDoc.htmlRule(rs, m, cases, lang) + "<p><a href=\"/rules" + t(lang, "lang.query") + "\">"
            + t(lang, "rules.all") + "</a></p>\n";
        Reply.html(ctx, 200, Page.frame(ctx, rules, m.id() + " " + RulesDoc.title(rs, m, lang), body));
    }
}
