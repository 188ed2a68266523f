package org.ogicheck.web;

import static org.ogicheck.web.Page.h;
import static org.ogicheck.web.Texts.t;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.ogicheck.engine.Messages;
import org.ogicheck.engine.RuleService;
import org.ogicheck.engine.RuleSet;
import org.ogicheck.pipeline.Input;
import org.ogicheck.pipeline.Pipeline;
import org.ogicheck.pipeline.Settings;
import org.ogicheck.render.Labels;
import org.ogicheck.workspace.Accounts;
import org.ogicheck.workspace.Exports;
import org.ogicheck.workspace.Overview;
import org.ogicheck.workspace.Records.Decision;
import org.ogicheck.workspace.Records.Review;
import org.ogicheck.workspace.Records.StoredCheck;
import org.ogicheck.workspace.Records.StoredReport;
import org.ogicheck.workspace.RegionPage;
import org.ogicheck.workspace.Roster;
import org.ogicheck.workspace.StoredFinding;
import org.ogicheck.workspace.Workspace;
import org.ogicheck.workspace.Workspace.Reviewed;
import org.ogicheck.workspace.Workspace.Scope;
import org.ogicheck.workspace.WorkspaceException;

/**
 * The pages of an open workspace: the stored reports, one report with its checks and a review form
 * per finding, the region's overview with its downloads, re-checking with the rules serving, and
 * the JSON API over the stored reports. Served on this computer only, one person works without an
 * account; served beyond it, every page needs a login (a regulator sees the region, a bureau its own
 * agency's reports: another agency's report is 404 to it, the region's pages 403). Every POST that
 * changes data carries the session's CSRF token.
 */
final class WorkspacePages {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());
    /** the name recorded for the one person working on this computer without an account (data, the same in every language) */
    static final String LOCAL_USER = "本机";

    private final Workspace ws;
    private final RuleService rules;
    private final Accounts accounts;
    private final Sessions sessions;
    private final Consumer<String> log;

    /** @param accounts null when one person works on this computer without an account */
    WorkspacePages(Workspace ws, RuleService rules, Accounts accounts, Sessions sessions, Consumer<String> log) {
        this.ws = ws;
        this.rules = rules;
        this.accounts = accounts;
        this.sessions = sessions;
        this.log = log;
    }

    Workspace workspace() {
        return ws;
    }

    // ------------------------------------------------------------------ who

    private record Who(String name, Scope scope, boolean regulator, Sessions.Session session) {
    }

    /** the person of this request; without a login (when accounts are on) a page redirects to the login and the API answers 401 */
    private Who who(Context ctx) {
        Sessions.Session s = sessions.of(ctx);
        if (accounts == null) return new Who(LOCAL_USER, Scope.ALL, true, s);
        if (s.account == null) {
            if (ctx.path().startsWith("/api/")) throw new HttpResponseException(401, t(Reply.lang(ctx), "ws.login.required"));
            Reply.redirect(ctx, "/login" + t(Reply.lang(ctx), "lang.query"));
            throw new Redirected();
        }
        return new Who(s.account.name(), s.account.scope(), s.account.role() == Accounts.Role.REGULATOR, s);
    }

    /** a redirect already sent */
    static final class Redirected extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Redirected() {
            super(null, null, false, false);
        }
    }

    private static void csrf(Context ctx, Who w) {
        if (!Sessions.csrfOk(ctx, w.session())) throw new HttpResponseException(403, t(Reply.lang(ctx), "ws.csrf"));
    }

    private static void regulator(Context ctx, Who w) {
        if (!w.regulator()) throw new HttpResponseException(403, t(Reply.lang(ctx), "ws.regulatorOnly"));
    }

    private StoredReport visible(Context ctx, Who w, String idText) throws WorkspaceException {
        long id;
        try {
            id = Long.parseLong(idText);
        } catch (NumberFormatException e) {
            throw new HttpResponseException(404, t(Reply.lang(ctx), "ws.noReport", idText));
        }
        Optional<StoredReport> r = ws.report(id);
        // another agency's report is not there for a bureau: 404, never a hint that it exists
        if (r.isEmpty() || !w.scope().sees(r.get())) throw new HttpResponseException(404, t(Reply.lang(ctx), "ws.noReport", idText));
        return r.get();
    }

    /** a table's header row, its headings a |-separated text of the bundle */
    private static String header(String headings) {
        StringBuilder sb = new StringBuilder("<tr>");
        for (String c : headings.split("\\|", -1)) sb.append("<th>").append(h(c)).append("</th>");
        return sb.append("</tr>\n").toString();
    }

    private String frame(Context ctx, Who w, String title, String body) {
        String lang = Reply.lang(ctx);
        String q = t(lang, "lang.query");
        StringBuilder nav = new StringBuilder("<style>").append(RegionPage.CSS).append("""
            .wsnav { margin: .6em 0; display: flex; gap: 1em; } .wsnav form { display: inline; }
            table.findings td { vertical-align: top; } form.review { display: flex; gap: .3em; flex-wrap: wrap; }
            form.review input[name=reason], form.review input[name=note] { width: 12em; } .dismissed td { color: #57606a; }
            .sev-ERROR { color: #c62828; font-weight: bold; } .sev-WARNING { color: #b26a00; } .gained { color: #1a7f37; } .lost { color: #c62828; }
            """).append("</style>\n<div class=\"wsnav\"><a href=\"/reports").append(q).append("\">").append(t(lang, "ws.nav.reports")).append("</a>");
        if (w.regulator()) nav.append("<a href=\"/region").append(q).append("\">").append(t(lang, "ws.nav.region")).append("</a>");
        nav.append("<span class=\"hint\">").append(h(w.name())).append("</span>");
        if (accounts != null) nav.append("<form method=\"post\" action=\"/logout").append(q).append("\"><input type=\"hidden\" name=\"csrf\" value=\"")
            .append(h(w.session().csrf)).append("\"><button type=\"submit\">").append(t(lang, "ws.logout")).append("</button></form>");
        nav.append("</div>\n");
        return Page.frame(ctx, rules, title, nav + body);
    }

    // ------------------------------------------------------------------ login

    void loginPage(Context ctx) {
        Sessions.Session s = sessions.of(ctx);
        Reply.html(ctx, 200, Page.frame(ctx, rules, t(Reply.lang(ctx), "ws.login.title"), loginForm(s, null, Reply.lang(ctx))));
    }

    private static String loginForm(Sessions.Session s, String error, String lang) {
        return "<h1>" + t(lang, "ws.login.heading") + "</h1>\n" + (error == null ? "" : "<p class=\"error\">" + h(error) + "</p>\n")
            + "<form method=\"post\" action=\"/login" + t(lang, "lang.query") + "\" class=\"upload\"><input type=\"hidden\" name=\"csrf\" value=\""
            + h(s.csrf) + "\">"
            + "<label>" + t(lang, "ws.login.name") + " <input name=\"name\" autocomplete=\"username\"></label>"
            + "<label>" + t(lang, "ws.login.password") + " <input name=\"password\" type=\"password\" autocomplete=\"current-password\"></label>"
            + "<button type=\"submit\">" + t(lang, "ws.login.submit") + "</button></form>\n";
    }

    void login(Context ctx) throws WorkspaceException {
        Sessions.Session s = sessions.of(ctx);
        String lang = Reply.lang(ctx);
        if (!Sessions.csrfOk(ctx, s)) throw new HttpResponseException(403, t(lang, "ws.csrf"));
        if (accounts == null) {
            Reply.redirect(ctx, "/reports" + t(lang, "lang.query"));
            return;
        }
        Accounts.Login l = accounts.login(ctx.formParam("name"), ctx.formParam("password"), ctx.ip());
        if (l.account() == null) {
            log.accept("login refused for " + ctx.ip() + (l.limited() ? " (rate limit)" : ""));
            Reply.html(ctx, l.limited() ? 429 : 401, Page.frame(ctx, rules, t(lang, "ws.login.title"), loginForm(s, l.limited()
                ? t(lang, "ws.login.limited") : t(lang, "ws.login.wrong"), lang)));
            return;
        }
        sessions.start(ctx, l.account());
        Reply.redirect(ctx, "/reports" + t(lang, "lang.query"));
    }

    void logout(Context ctx) {
        Sessions.Session s = sessions.existing(ctx);
        String lang = Reply.lang(ctx);
        if (s == null || !Sessions.csrfOk(ctx, s)) throw new HttpResponseException(403, t(lang, "ws.csrfLogout"));
        sessions.end(ctx);
        Reply.redirect(ctx, (accounts == null ? "/reports" : "/login") + t(lang, "lang.query"));
    }

    // ------------------------------------------------------------------ reports

    void list(Context ctx) throws WorkspaceException {
        Who w = who(ctx);
        String lang = Reply.lang(ctx);
        String q = t(lang, "lang.query");
        List<StoredReport> reports = ws.reports(w.scope());
        var latest = ws.latestChecks();
        StringBuilder sb = new StringBuilder("<h1>").append(t(lang, "ws.nav.reports")).append("</h1>\n<p class=\"hint\">").append(h(ws.database())).append("</p>\n");
        sb.append("<form method=\"post\" enctype=\"multipart/form-data\" action=\"/reports/upload?").append(t(lang, "lang.param")).append("csrf=")
            .append(h(w.session().csrf)).append("\" class=\"upload\"><label class=\"drop\">").append(t(lang, "ws.list.upload"))
            .append(" <input type=\"file\" name=\"file\" multiple></label>")
            .append("<button type=\"submit\">").append(t(lang, "ws.list.submit")).append("</button></form>\n");
        if (w.regulator()) {
            sb.append("<form method=\"post\" action=\"/recheck").append(q).append("\"><input type=\"hidden\" name=\"csrf\" value=\"").append(h(w.session().csrf))
                .append("\"><button type=\"submit\" id=\"recheck\">").append(t(lang, "ws.list.recheck")).append("</button></form>\n");
        }
        sb.append("<table class=\"grid\" id=\"reports\">").append(header(t(lang, "ws.list.header")));
        for (StoredReport r : reports) {
            StoredCheck c = latest.get(r.id());
            sb.append("<tr><td>").append(r.id()).append("</td><td><a href=\"/reports/").append(r.id()).append(q).append("\">")
                .append(h(r.agency() == null ? t(lang, "ws.list.unknownAgency") : r.agency()))
                .append("</a></td><td>").append(r.year() == null ? "" : r.year()).append("</td><td>").append(h(r.name())).append("</td><td>").append(h(r.type()))
                .append("</td><td>").append(c == null ? "" : fmt(c.score())).append("</td><td>").append(ws.checks(r.id()).size()).append("</td><td>")
                .append(WHEN.format(r.uploadedAt())).append("</td></tr>\n");
        }
        sb.append("</table>\n");
        Reply.html(ctx, 200, frame(ctx, w, t(lang, "ws.nav.reports"), sb.toString()));
    }

    void upload(Context ctx) throws IOException, WorkspaceException {
        Who w = who(ctx);
        csrf(ctx, w);
        String lang = Reply.lang(ctx);
        Submission s;
        try {
            s = Submission.of(ctx);
        } catch (Submission.Invalid e) {
            throw new HttpResponseException(400, e.getMessage());
        }
        List<Input> inputs = s.files().stream().map(u -> Input.of(u.name(), u.bytes())).toList();
        List<Workspace.Added> added = ws.add(inputs, new Pipeline(rules.current()), Settings.defaults().withLang(lang).withReport(s.options()),
            w.name(), null, null, w.scope());
        if (added.size() == 1 && added.get(0).failed() == null) {
            Reply.redirect(ctx, "/reports/" + added.get(0).report().id() + t(lang, "lang.query"));
            return;
        }
        Reply.html(ctx, added.stream().anyMatch(a -> a.failed() != null) ? 422 : 200, frame(ctx, w, t(lang, "ws.upload.title"),
            changes(t(lang, "ws.upload.title"), added, rules.current().messages(), lang)));
    }

    void recheck(Context ctx) throws WorkspaceException {
        Who w = who(ctx);
        csrf(ctx, w);
        regulator(ctx, w);
        String lang = Reply.lang(ctx);
        List<Workspace.Added> added = ws.recheckAll(new Pipeline(rules.current()), Settings.defaults().withLang(lang), w.name());
        Reply.html(ctx, 200, frame(ctx, w, t(lang, "ws.recheck.title"), changes(t(lang, "ws.recheck.heading"), added, rules.current().messages(), lang)));
    }

    private static String changes(String title, List<Workspace.Added> added, Messages messages, String lang) {
        String q = t(lang, "lang.query");
        StringBuilder sb = new StringBuilder("<h1>").append(h(title)).append("</h1>\n<ul id=\"changes\">\n");
        for (Workspace.Added a : added) {
            if (a.failed() != null) {
                sb.append("<li class=\"error\">").append(h(t(lang, "ws.changes.unchecked", a.failed().in(lang)))).append("</li>\n");
                continue;
            }
            sb.append("<li><a href=\"/reports/").append(a.report().id()).append(q).append("\">")
                .append(h(t(lang, "ws.changes.report", a.report().title(lang), a.report().name()))).append("</a>").append(t(lang, "ws.changes.colon"));
            if (a.check() == null) sb.append(t(lang, "ws.changes.same"));
            else if (a.diff() == null) sb.append(t(lang, "ws.changes.checked", fmt(a.check().score())));
            else {
                sb.append(t(lang, "ws.changes.rechecked", fmt(a.diff().scoreBefore()), fmt(a.diff().scoreAfter()), a.diff().gained().size(),
                    a.diff().lost().size()));
                sb.append("<ul>");
                a.diff().gained().forEach(f -> sb.append("<li class=\"gained\">+ ").append(h(f.getRuleId())).append(' ')
                    .append(h(messages.message(f, lang))).append("</li>"));
                a.diff().lost().forEach(f -> sb.append("<li class=\"lost\">− ").append(h(f.getRuleId())).append(' ')
                    .append(h(messages.message(f, lang))).append("</li>"));
                sb.append("</ul>");
            }
            sb.append("</li>\n");
        }
        return sb.append("</ul>\n<p><a href=\"/reports").append(q).append("\">").append(t(lang, "ws.changes.back")).append("</a></p>\n").toString();
    }

    void report(Context ctx, String idText) throws WorkspaceException {
        Who w = who(ctx);
        String lang = Reply.lang(ctx);
        StoredReport r = visible(ctx, w, idText);
        Workspace.View v = ws.view(r.id(), rules.current().scoring()).orElseThrow();
        Messages messages = rules.current().messages();
        StringBuilder sb = new StringBuilder("<h1>").append(h(r.title(lang))).append("</h1>\n<p>")
            .append(t(lang, "ws.report.file", h(r.name()), h(r.type()), r.size(), "<code>" + h(r.sha256().substring(0, 16)) + "…</code>", v.uploads().size()))
            .append("</p>\n");
        sb.append("<div class=\"kpis\"><div class=\"kpi\" id=\"score-checked\"><b>").append(fmt(v.scoreChecked())).append("</b>")
            .append(t(lang, "ws.score.checked")).append("</div><div class=\"kpi\" id=\"score-reviewed\"><b>").append(fmt(v.scoreReviewed()))
            .append("</b>").append(t(lang, "ws.score.reviewed")).append("</div><div class=\"kpi\"><b>").append(v.dismissed().size()).append("</b>")
            .append(h(Decision.DISMISS.word(lang))).append("</div></div>\n");
        StoredCheck last = v.latest();
        if (last != null && v.checks().size() > 1) {
            sb.append("<h2>").append(t(lang, "ws.diff.heading")).append("</h2>\n<ul id=\"check-diff\">");
            v.gained().forEach(f -> sb.append("<li class=\"gained\">+ ").append(h(f.ruleId())).append(' ').append(h(f.message(messages, lang))).append("</li>"));
            v.lost().forEach(f -> sb.append("<li class=\"lost\">− ").append(h(f.ruleId())).append(' ').append(h(f.message(messages, lang))).append("</li>"));
            if (v.gained().isEmpty() && v.lost().isEmpty()) sb.append("<li>").append(t(lang, "ws.diff.none")).append("</li>");
            sb.append("</ul>\n");
        }
        sb.append("<h2>").append(t(lang, "ws.findings.heading")).append("</h2>\n<table class=\"grid findings\" id=\"findings\">")
            .append(header(t(lang, "ws.findings.header")));
        for (Reviewed f : v.findings()) row(sb, r, f, w, true, messages, lang);
        sb.append("</table>\n");
        if (!v.gone().isEmpty()) {
            sb.append("<h2>").append(t(lang, "ws.gone.heading")).append("</h2>\n<table class=\"grid findings\" id=\"gone\">")
                .append(header(t(lang, "ws.gone.header")));
            for (Reviewed f : v.gone()) row(sb, r, f, w, false, messages, lang);
            sb.append("</table>\n");
        }
        sb.append("<h2>").append(t(lang, "ws.checks.heading")).append("</h2>\n<table class=\"grid\" id=\"checks\">").append(header(t(lang, "ws.checks.header")));
        for (StoredCheck c : v.checks()) {
            sb.append("<tr><td>").append(WHEN.format(c.checkedAt())).append("</td><td>").append(h(c.toolVersion())).append("</td><td><code>")
                .append(h(c.rulesHash().substring(0, 12))).append("</code></td><td>").append(fmt(c.score())).append("</td><td>").append(c.errors())
                .append("</td><td>").append(c.warnings()).append("</td><td>").append(c.infos()).append("</td><td><code>").append(h(c.parameters()))
                .append("</code></td></tr>\n");
        }
        sb.append("</table>\n<h2>").append(t(lang, "ws.history.heading")).append("</h2>\n<ul id=\"history\">");
        for (Review x : v.history()) {
            sb.append("<li>").append(WHEN.format(x.at())).append(' ').append(h(t(lang, "ws.history.who", x.who()))).append(h(x.ruleId())).append(' ')
                .append(h(x.decision().word(lang))).append(x.reason() == null ? "" : h(t(lang, "ws.history.reason", x.reason())))
                .append(x.note() == null ? "" : h(t(lang, "ws.history.note", x.note()))).append("</li>");
        }
        sb.append("</ul>\n");
        Reply.html(ctx, 200, frame(ctx, w, r.title(lang), sb.toString()));
    }

    private static void row(StringBuilder sb, StoredReport r, Reviewed f, Who w, boolean form, Messages messages, String lang) {
        StoredFinding s = f.finding();
        Review d = f.decision();
        sb.append("<tr data-key=\"").append(h(s.key())).append("\" data-rule=\"").append(h(s.ruleId())).append("\"").append(f.dismissed() ? " class=\"dismissed\"" : "")
            .append("><td class=\"sev-").append(h(s.severity())).append("\">").append(h(Labels.severity(s.level(), lang))).append("</td><td>").append(h(s.ruleId()))
            .append("</td><td>").append(h(s.place(lang))).append("</td><td>").append(h(s.message(messages, lang))).append("</td><td>").append(fmt(s.points()))
            .append("</td><td class=\"decision\">");
        if (d == null) sb.append(t(lang, "ws.notReviewed"));
        else sb.append(h(d.reason() == null ? d.decision().word(lang) : t(lang, "ws.decided", d.decision().word(lang), d.reason()))).append("<br><small>")
            .append(h(d.who())).append(' ').append(WHEN.format(d.at())).append("</small>");
        sb.append("</td><td>");
        if (form) {
            sb.append("<form method=\"post\" class=\"review\" action=\"/reports/").append(r.id()).append("/review").append(t(lang, "lang.query"))
                .append("\"><input type=\"hidden\" name=\"csrf\" value=\"").append(h(w.session().csrf)).append("\"><input type=\"hidden\" name=\"key\" value=\"")
                .append(h(s.key())).append("\"><select name=\"decision\">");
            for (Decision x : Decision.values()) {
                sb.append("<option value=\"").append(x.name().toLowerCase(Locale.ROOT)).append("\">").append(h(x.word(lang))).append("</option>");
            }
            sb.append("</select><input name=\"reason\" placeholder=\"").append(t(lang, "ws.form.reason")).append("\"><input name=\"note\" placeholder=\"")
                .append(t(lang, "ws.form.note")).append("\"><button type=\"submit\">").append(t(lang, "ws.form.save")).append("</button></form>");
        }
        sb.append("</td></tr>\n");
    }

    void review(Context ctx, String idText) throws WorkspaceException {
        Who w = who(ctx);
        csrf(ctx, w);
        String lang = Reply.lang(ctx);
        StoredReport r = visible(ctx, w, idText);
        Decision d = Decision.parse(ctx.formParam("decision"));
        if (d == null) throw new HttpResponseException(400, t(lang, "ws.review.bad"));
        try {
            ws.review(r.id(), ctx.formParam("key"), d, ctx.formParam("reason"), ctx.formParam("note"), w.name());
        } catch (WorkspaceException e) {
            throw new HttpResponseException(400, e.message(lang));
        }
        Reply.redirect(ctx, "/reports/" + r.id() + t(lang, "lang.query"));
    }

    // ------------------------------------------------------------------ region

    private Overview overview(Who w) throws WorkspaceException {
        Path rosterFile = ws.folder().resolve("roster.xlsx");
        Roster roster = Files.isRegularFile(rosterFile) ? Roster.read(rosterFile) : null;
        String region = ws.reports(Scope.ALL).stream().map(StoredReport::region).filter(x -> x != null && !x.isBlank()).findFirst().orElse(null);
        return Overview.of(ws, roster, w.scope(), rules.current().scoring(), region);
    }

    void region(Context ctx) throws WorkspaceException {
        Who w = who(ctx);
        regulator(ctx, w);
        String lang = Reply.lang(ctx);
        String q = t(lang, "lang.query");
        Overview o = overview(w);
        String downloads = "<p class=\"downloads\"><a href=\"/region.xlsx" + q + "\" id=\"download-xlsx\">" + t(lang, "ws.region.xlsx")
            + "</a><a href=\"/region.docx" + q + "\" id=\"download-docx\">" + t(lang, "ws.region.docx") + "</a></p>\n";
        RegionPage.Links links = new RegionPage.Links(id -> "/reports/" + id + q, id -> "/rules/" + id + q);
        Reply.html(ctx, 200, frame(ctx, w, t(lang, "ws.nav.region"), downloads + RegionPage.body(o, links, lang)));
    }

    void regionXlsx(Context ctx) throws WorkspaceException, IOException {
        Who w = who(ctx);
        regulator(ctx, w);
        String lang = Reply.lang(ctx);
        Reply.download(ctx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", t(lang, "ws.region.xlsxName"),
            Exports.xlsx(overview(w), rules.current().messages(), lang));
    }

    void regionDocx(Context ctx) throws WorkspaceException, IOException {
        Who w = who(ctx);
        regulator(ctx, w);
        String lang = Reply.lang(ctx);
        Reply.download(ctx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", t(lang, "ws.region.docxName"),
            Exports.docx(overview(w), rules.current().messages(), lang));
    }

    // ------------------------------------------------------------------ JSON

    void apiReports(Context ctx) throws WorkspaceException, IOException {
        Who w = who(ctx);
        var latest = ws.latestChecks();
        ArrayNode arr = JSON.createArrayNode();
        for (StoredReport r : ws.reports(w.scope())) {
            ObjectNode o = report(r);
            StoredCheck c = latest.get(r.id());
            if (c == null) o.putNull("latestScore");
            else o.put("latestScore", c.score());
            arr.add(o);
        }
        ObjectNode root = JSON.createObjectNode();
        root.set("reports", arr);
        Reply.json(ctx, 200, JSON.writeValueAsString(root));
    }

    void apiReport(Context ctx, String idText) throws WorkspaceException, IOException {
        Who w = who(ctx);
        StoredReport r = visible(ctx, w, idText);
        Workspace.View v = ws.view(r.id(), rules.current().scoring()).orElseThrow();
        ObjectNode o = report(r);
        o.put("scoreChecked", v.scoreChecked());
        o.put("scoreReviewed", v.scoreReviewed());
        ArrayNode checks = o.putArray("checks");
        for (StoredCheck c : v.checks()) {
            ObjectNode n = checks.addObject();
            n.put("id", c.id());
            n.put("checkedAt", c.checkedAt().toString());
            n.put("toolVersion", c.toolVersion());
            n.put("rulesHash", c.rulesHash());
            n.set("parameters", JSON.readTree(c.parameters()));
            n.set("scorecard", JSON.valueToTree(c.scorecard()));
            n.set("findings", JSON.valueToTree(c.findings()));
        }
        ArrayNode reviews = o.putArray("reviews");
        for (Review x : v.history()) {
            ObjectNode n = reviews.addObject();
            n.put("key", x.key());
            n.put("ruleId", x.ruleId());
            n.put("location", x.location());
            n.put("decision", x.decision().name().toLowerCase(Locale.ROOT));
            n.put("reason", x.reason());
            n.put("comment", x.note());
            n.put("who", x.who());
            n.put("at", x.at().toString());
        }
        Reply.json(ctx, 200, JSON.writeValueAsString(o));
    }

    private static ObjectNode report(StoredReport r) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", r.id());
        o.put("agency", r.agency());
        if (r.year() == null) o.putNull("year");
        else o.put("year", r.year());
        o.put("name", r.name());
        o.put("type", r.type());
        o.put("sha256", r.sha256());
        o.put("kind", r.kind());
        o.put("level", r.level());
        o.put("region", r.region());
        o.put("uploadedAt", r.uploadedAt().toString());
        return o;
    }

    /**
     * After {@code POST /api/check} answered: the same inputs stored and checked in the workspace
     * (the answer stays exactly the command line's JSON; the stored ids go in a header).
     */
    void store(Context ctx, List<Input> inputs, RuleSet rs, Settings settings) throws WorkspaceException {
        Who w = who(ctx);
        List<Workspace.Added> added = ws.add(inputs, new Pipeline(rs), settings, w.name(), null, null, w.scope());
        StringBuilder ids = new StringBuilder();
        for (Workspace.Added a : added) if (a.report() != null) ids.append(ids.length() == 0 ? "" : ",").append(a.report().id());
        ctx.header("X-Ogicheck-Reports", ids.toString());
    }

    /** the person for /api/check: refused (401) without a login when accounts are on */
    void authorize(Context ctx) {
        Who w = who(ctx);
        if (accounts != null) csrf(ctx, w);
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
