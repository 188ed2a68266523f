package org.ogicheck.web;

import io.javalin.http.Context;

import static org.ogicheck.web.Texts.t;

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
            Reply.html(ctx, 400, Page.error(ctx, rules, t(lang, "check.invalid"), e.getMessage()));
            return;
        } catch (Checks.Failed e) {
            Reply.html(ctx, e.status, Page.error(ctx, rules, t(lang, "check.unfinished"), e.getMessage()));
            return;
        }
        if (c.results().isEmpty()) {
            Reply.html(ctx, 422, Page.error(ctx, rules, t(lang, "check.unreadable"),
                t(lang, "check.unreadable.detail")
                    + String.join(t(lang, "check.unreadable.separator"), org.ogicheck.i18n.Said.in(c.problems(), lang))));
            return;
        }
        Reply.redirect(ctx, "/result/" + store.put(c, lang) + t(lang, "lang.query"));
    }
}
