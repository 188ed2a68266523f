package org.ogicheck.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.ogicheck.model.Finding;
import org.ogicheck.model.Severity;
import org.ogicheck.parse.ParsedReport;

/** Runs the rules on one report in its own session and returns the findings, messages formatted. */
public final class Checker {
    /** no report needs anywhere near this many rule firings; more means a rule that re-triggers itself */
    public static final int MAX_FIRINGS = 100_000;

    private final RuleSet rules;
    /**
     * Sessions used again, report after report: a disposed session goes back to the pool and is reset
     * (its facts and matches dropped, its memories kept), which costs less than making a new one.
     * Made on the first check, after any {@link RuleSet#retainOnly}.
     */
    private volatile KieSessionsPool pool;

    public Checker(RuleSet rules) {
        this.rules = rules;
    }

    private KieSession session() {
        KieSessionsPool p = pool;
        if (p == null) {
            synchronized (this) {
                if (pool == null) pool = rules.kieBase().newKieSessionsPool(Runtime.getRuntime().availableProcessors());
                p = pool;
            }
        }
        return p.newKieSession();
    }

    public RuleSet rules() {
        return rules;
    }

    public List<Finding> check(ParsedReport report, String lang) throws RulesException {
        return check(report, List.of(), lang, null);
    }

    /**
     * @param context further facts for this report only (the previous year's report)
     * @param trace where to report each rule firing and the facts it matched (for rule authors), or null
     */
    public List<Finding> check(ParsedReport report, List<Object> context, String lang, Consumer<String> trace)
        throws RulesException {
        // a traced check listens to its session: a new one, so that no listener stays on a pooled session
        KieSession session = trace == null ? session() : rules.kieBase().newKieSession();
        List<Finding> findings = new ArrayList<>();
        if (trace != null) {
            session.addEventListener(new DefaultAgendaEventListener() {
                @Override
                public void afterMatchFired(AfterMatchFiredEvent event) {
                    StringBuilder sb = new StringBuilder(event.getMatch().getRule().getName()).append(" ←");
                    for (Object o : event.getMatch().getObjects()) sb.append(' ').append(describe(o));
                    trace.accept(sb.toString());
                }
            });
        }
        boolean clean = false;
        try {
            for (Object f : report.facts()) session.insert(f);
            for (Object p : rules.parameters().facts()) session.insert(p);
            for (Object c : context) session.insert(c);
            for (Object f : claims(report)) session.insert(f);
            int fired;
            try {
                fired = session.fireAllRules(MAX_FIRINGS);
            } catch (RuntimeException e) {
                throw RulesException.of("ruleFailed", oneLine(e));
            }
            if (fired >= MAX_FIRINGS) throw RulesException.of("tooManyFirings", MAX_FIRINGS);
            for (Object o : session.getObjects(new ClassObjectFilter(Finding.class))) findings.add((Finding) o);
            clean = true;
        } finally {
            // back to the pool after a clean run; a session a rule broke off is not used again
            if (clean) session.dispose();
            else session.destroy();
        }
        List<Finding> completed = new ArrayList<>(findings.size());
        java.util.Set<Integer> ocrPages = report.report().getOcrPages();
        for (Finding f : findings) {
            String severity = rules.scoring().severityOf(f.getRuleId());
            Severity override = fromOcr(ocrPages, f, severity == null ? f.getSeverity() : Severity.of(severity));
            if (override == null && severity != null) override = Severity.of(severity);
            completed.add(f.completed(override, rules.messages().message(f, lang), rules.messages().explanation(f, lang)));
        }
        findings = completed;
        findings.sort(ORDER);
        findings = List.copyOf(findings);
        return findings;
    }

    /**
     * Findings whose evidence lies on a page read by OCR say so. An ERROR that may come from a
     * misread label or a lost row, heading or cell (a missing row, a text cell, a missing section) is
     * a WARNING there, "可能为识别错误": the scan, not the report, may be what is wrong. Returns the
     * severity the finding takes instead of its own, or null. Rules that compare numbers with
     * numbers say so in the scoring settings ({@code ocrExact.ID}, see {@link Scoring#ocrExact}):
     * their ERROR stands on a scan too.
     */
    Severity fromOcr(java.util.Set<Integer> ocrPages, Finding f, Severity severity) {
        if (ocrPages.isEmpty()) return null;
        Integer page = f.getSrc() == null ? null : f.getSrc().page();
        if (page != null && !ocrPages.contains(page)) return null;
        f.evidence("source", "文字识别（OCR）");
        if (severity != Severity.ERROR || rules.scoring().ocrExact(f.getRuleId())) return null;
        f.evidence("note", "可能为识别错误");
        return Severity.WARNING;
    }

    private static String describe(Object o) {
        if (o instanceof org.ogicheck.model.Section s) return "Section[" + s.getNumeral() + "]";
        if (o instanceof org.ogicheck.model.Report) return "Report";
        if (o instanceof Finding f) return "Finding[" + f.getRuleId() + "]";
        return String.valueOf(o);
    }

    /** the claims of the narrative, read with the rule folders' claim patterns */
    public List<Object> claims(ParsedReport report) {
        return report.claims(rules.claims());
    }

    private static String oneLine(Throwable e) {
        StringBuilder sb = new StringBuilder(String.valueOf(e.getMessage()));
        for (Throwable c = e.getCause(); c != null; c = c.getCause()) sb.append(": ").append(c);
        return sb.toString().replaceAll("\\s+", " ");
    }

    /** most severe first, then by section, rule and place, so that output is stable (see {@link Finding#ORDER}) */
    public static final Comparator<Finding> ORDER = Finding.ORDER;

    public static int sectionRank(String numeral) {
        return Finding.sectionRank(numeral);
    }
}
