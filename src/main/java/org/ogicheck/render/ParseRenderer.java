package org.ogicheck.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ogicheck.model.Cell;
import org.ogicheck.model.Claim;
import org.ogicheck.model.ClaimSum;
import org.ogicheck.model.ParseIssue;
import org.ogicheck.model.Report;
import org.ogicheck.model.Section;
import org.ogicheck.model.TableFact;
import org.ogicheck.parse.ParsedReport;

/** What `ogicheck parse` prints: the facts as the parser understood them. */
public final class ParseRenderer {
    private ParseRenderer() {
    }

    public static String json(ParsedReport p, List<Object> claims, String lang) {
        ObjectNode o = JsonRenderer.MAPPER.createObjectNode();
        o.put("tool", Version.TOOL);
        o.put("version", Version.get());
        Report r = p.report();
        o.put("source", r.getSource());
        ObjectNode ro = o.putObject("report");
        ro.put("title", r.getTitle());
        ro.put("agency", r.getAgency());
        ro.put("agencyFrom", r.getAgencyFrom());
        ro.put("kind", r.getKind());
        ro.put("kindFrom", r.getKindFrom());
        if (r.getYear() == null) ro.putNull("year");
        else ro.put("year", r.getYear());
        ro.put("yearFrom", r.getYearFrom());
        ro.put("edition", r.getEdition());
        ro.put("published", r.getPublished() == null ? null : r.getPublished().toString());
        ro.put("publishedFrom", r.getPublishedFrom());
        ro.put("period", r.getPeriodText());
        ArrayNode m19 = ro.putArray("markers2019");
        r.getMarkers2019().forEach(m19::add);
        ArrayNode m21 = ro.putArray("markers2021");
        r.getMarkers2021().forEach(m21::add);
        ArrayNode secs = o.putArray("sections");
        for (Section s : p.sections()) {
            ObjectNode so = secs.addObject();
            so.put("number", s.number());
            so.put("declared", s.declared());
            so.put("heading", s.heading());
            so.put("official", s.official());
            so.put("line", s.src().line());
            so.put("textLength", s.getTextLength());
        }
        ArrayNode tables = o.putArray("tables");
        for (TableFact t : p.tables()) {
            ObjectNode to = tables.addObject();
            to.put("id", t.id());
            to.put("section", t.section());
            ArrayNode cells = to.putArray("cells");
            for (Cell c : p.cells()) {
                if (!c.getTable().equals(t.id())) continue;
                ObjectNode co = cells.addObject();
                co.put("row", c.getRow());
                co.put("column", c.getColumn());
                co.put("kind", c.getKind().name());
                if (c.getNumber() != null) co.put("value", c.getNumber());
                else co.putNull("value");
                co.put("raw", c.getValue().getRaw());
                co.put("source", c.getSrc().describe());
                if (!c.trusted()) co.put("readKind", c.getRead().getKind().name());
            }
        }
        ArrayNode cl = o.putArray("claims");
        for (Object c : claims) {
            ObjectNode co = cl.addObject();
            if (c instanceof Claim claim) {
                co.put("kind", claim.getKind());
                if (claim.getNumber() != null) co.put("number", claim.getNumber());
                co.put("unit", claim.getUnit());
                co.put("approximate", claim.isApproximate());
                if (claim.getPercent() != null) co.put("percent", claim.getPercent());
                co.put("phrase", claim.getPhrase());
                co.put("source", claim.getSrc().describe());
            } else if (c instanceof ClaimSum sum) {
                co.put("kind", "sum");
                co.put("total", sum.getTotal().getShown());
                co.put("parts", sum.getSumShown());
                co.put("partsAddUpTo", sum.getSum());
                co.put("complete", sum.isComplete());
                co.put("source", sum.getTotal().getSrc().describe());
            }
        }
        ArrayNode issues = o.putArray("issues");
        for (ParseIssue i : p.issues()) {
            ObjectNode io = issues.addObject();
            io.put("kind", i.kind());
            io.put("table", i.table());
            io.put("row", i.row());
            io.put("detail", i.detail().in(lang));
            io.put("source", i.src().describe());
        }
        return JsonRenderer.json(o);
    }

    public static String text(ParsedReport p, List<Object> claims, String lang) {
        StringBuilder sb = new StringBuilder();
        Report r = p.report();
        sb.append(t(lang, "parse.source", r.getSource())).append('\n');
        sb.append(t(lang, "parse.title", nz(r.getTitle()))).append('\n');
        sb.append(t(lang, "parse.agency", nz(r.getAgency()) + from(r.getAgencyFrom(), lang), nz(r.getKind()) + from(r.getKindFrom(), lang)))
            .append('\n');
        sb.append(t(lang, "parse.year", (r.getYear() == null ? "?" : r.getYear()) + from(r.getYearFrom(), lang), nz(r.getEdition()),
            (r.getPublished() == null ? "?" : r.getPublished()) + from(r.getPublishedFrom(), lang))).append('\n');
        sb.append(t(lang, "parse.period", nz(r.getPeriodText()))).append("\n\n").append(t(lang, "parse.sections")).append('\n');
        for (Section s : p.sections()) {
            sb.append("  ").append(s.getNumeral()).append(' ').append(Columns.left(s.heading(), 40)).append(' ')
                .append(t(lang, "parse.section", Labels.source(s.src(), lang), t(lang, s.official() ? "parse.official" : "parse.variant"),
                    s.getTextLength())).append('\n');
        }
        for (TableFact tf : p.tables()) {
            sb.append('\n').append(t(lang, "parse.table", tf.id(), tf.section())).append('\n');
            Map<String, StringBuilder> rows = new LinkedHashMap<>();
            for (Cell c : p.cells()) {
                if (!c.getTable().equals(tf.id())) continue;
                rows.computeIfAbsent(c.getRow(), k -> new StringBuilder(String.format("  %-16s", k)))
                    .append(String.format(" %s=%s", c.getColumn(), show(c, lang)));
            }
            rows.values().forEach(b -> sb.append(b).append('\n'));
        }
        if (!claims.isEmpty()) {
            sb.append('\n').append(t(lang, "parse.claims")).append('\n');
            for (Object c : claims) {
                if (c instanceof Claim claim) {
                    sb.append("  ").append(Labels.source(claim.getSrc(), lang)).append(' ').append(claim).append("  “")
                        .append(claim.getPhrase()).append("”\n");
                } else if (c instanceof ClaimSum sum) {
                    sb.append("  ").append(Labels.source(sum.getTotal().getSrc(), lang)).append(' ')
                        .append(t(lang, sum.isComplete() ? "parse.sumComplete" : "parse.sum", sum.getTotal().getShown(), sum.getSumShown(),
                            sum.getSum())).append('\n');
                }
            }
        }
        List<ParseIssue> issues = p.issues();
        if (!issues.isEmpty()) {
            sb.append('\n').append(t(lang, "parse.issues")).append('\n');
            for (ParseIssue i : issues) {
                sb.append("  ").append(i.kind()).append(' ').append(nz(i.table())).append(' ')
                    .append(i.detail().in(lang)).append(' ').append(Labels.source(i.src(), lang)).append('\n');
            }
        }
        return sb.toString();
    }

    private static String show(Cell c, String lang) {
        return switch (c.getKind()) {
            case NUMBER -> c.getNumber().toPlainString() + (c.getValue().getDirection() != 0 ? "(±)" : "");
            case BLANK -> t(lang, "parse.cell.blank");
            case DASH -> "“" + c.getValue().getRaw() + "”";
            case MISSING -> t(lang, "parse.cell.missing");
            case UNREADABLE -> t(lang, "parse.cell.unreadable");
            case TEXT -> t(lang, "parse.cell.text", c.getValue().getRaw());
            case WITHHELD -> t(lang, "parse.cell.withheld", c.getRead().display());
        };
    }

    private static String t(String lang, String key, Object... args) {
        return Labels.t(lang, key, args);
    }

    private static String nz(String s) {
        return s == null ? "?" : s;
    }

    private static String from(String s, String lang) {
        return s == null ? "" : t(lang, "parse.from", s);
    }
}
