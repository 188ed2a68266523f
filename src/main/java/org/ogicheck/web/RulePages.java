package org.ogicheck.web;

import io.javalin.http.Context;

import org.ogicheck.model.FixtureCase;
import static org.ogicheck.web.Page.h;
import static org.ogicheck.web.Page.t;

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
        String q = "en".equals(lang) ? "?lang=en" : "";
        StringBuilder sb = new StringBuilder("<h1>").append(t(lang, "规则", "Rules")).append("</h1>\n<p>")
            .append(t(lang, "正在使用的规则文件夹：", "Rule folders served: "));
        for (Path d : rs.dirs()) sb.append("<code>").append(h(d.toAbsolutePath().normalize().toString())).append("</code> ");
        sb.append(t(lang, "；第 " + rules.generation() + " 版（规则文件每次修改并成功载入后加一）；共 " + rs.rules().size() + " 条规则。",
            "; generation " + rules.generation() + " (one more each time an edit of the rules is loaded); " + rs.rules().size() + " rules."))
            .append("</p>\n<table class=\"list\">\n<tr><th>ID</th><th>").append(t(lang, "严重程度", "severity")).append("</th><th>")
            .append(t(lang, "类别", "category")).append("</th><th>").append(t(lang, "规则", "rule")).append("</th><th>")
            .append(t(lang, "依据", "basis")).append("</th><th>").append(t(lang, "消息", "message")).append("</th></tr>\n");
        for (RuleMeta m : rs.rules().values()) {
            sb.append("<tr><td><a href=\"/rules/").append(h(m.id())).append(q).append("\"><code>").append(h(m.id())).append("</code></a></td><td>")
                .append(h(m.severity())).append("</td><td>").append(h(RulesDoc.category(rs, m.category()))).append("</td><td>")
                .append(h(RulesDoc.title(rs, m))).append("</td><td>").append(h(m.basis())).append("</td><td>")
                .append(h(rs.messages().template(lang, m.id()))).append("</td></tr>\n");
        }
        sb.append("</table>\n");
        Reply.html(ctx, 200, Page.frame(ctx, rules, t(lang, "规则", "Rules"), sb.toString()));
    }

    void one(Context ctx, String id) throws IOException {
        String lang = Reply.lang(ctx);
        RuleSet rs = rules.current();
        RuleMeta m = rs.rules().get(id);
        if (m == null) {
            Reply.html(ctx, 404, Page.error(ctx, rules, t(lang, "没有这条规则", "No such rule"),
                t(lang, "正在使用的规则中没有 ", "The rules served have no rule ") + id));
            return;
        }
        List<FixtureCase> cases = new ArrayList<>();
        Ogicheck engine = new Ogicheck(rs);
        for (Path d : Fixtures.beside(rs.dirs())) {
            if (Files.isDirectory(d.resolve(id))) cases.addAll(Fixtures.run(engine, d, id));
        }
        String body = RulesDoc.htmlRule(rs, m, cases) + "<p><a href=\"/rules" + ("en".equals(lang) ? "?lang=en" : "") + "\">"
            + t(lang, "全部规则", "All rules") + "</a></p>\n";
        Reply.html(ctx, 200, Page.frame(ctx, rules, m.id() + " " + RulesDoc.title(rs, m), body));
    }
}
