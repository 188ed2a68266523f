package org.ogicheck.web;

import io.javalin.http.Context;

import static org.ogicheck.web.Page.t;

import java.io.IOException;
import org.ogicheck.engine.RuleService;

/** The upload form's target: checks the reports, keeps the result and sends the browser to it (303). */
final class CheckPage {
    private final Checks checks;
    private final ResultStore store;
    private final RuleService rules;

    CheckPage(Checks checks, ResultStore store, RuleService rules) {
        this.checks = checks;
        this.store = store;
        this.rules = rules;
    }

    void post(Context ctx) throws IOException {
        String lang = Reply.lang(ctx);
        Checks.Checked c;
        try {
            c = checks.check(Submission.of(ctx), lang);
        } catch (Submission.Invalid e) {
            Reply.html(ctx, 400, Page.error(ctx, rules, t(lang, "无法检查", "Cannot check"), e.getMessage()));
            return;
        } catch (Checks.Failed e) {
            Reply.html(ctx, e.status, Page.error(ctx, rules, t(lang, "检查未完成", "The check did not finish"), e.getMessage()));
            return;
        }
        if (c.results().isEmpty()) {
            Reply.html(ctx, 422, Page.error(ctx, rules, t(lang, "无法读取报告", "The report could not be read"),
                t(lang, "未能从上传的内容中读出报告（需要有“一、总体情况”这样的章节标题或报告表格）：", "No report could be read: ")
                    + String.join("；", c.problems())));
            return;
        }
        Reply.redirect(ctx, "/result/" + store.put(c, lang) + ("en".equals(lang) ? "?lang=en" : ""));
    }
}
