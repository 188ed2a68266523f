package org.ogicheck.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.ogicheck.model.Severity;
import org.ogicheck.app.Result;
import org.ogicheck.engine.RuleSet;
import org.ogicheck.model.Finding;
import org.ogicheck.model.Report;
import org.ogicheck.score.Scorecard;

/** The machine contract (documented in the README): one object per report, an array for several. */
public final class JsonRenderer implements TextOutput {
    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public String text(List<Result> results, String lang, RuleSet rules) {
        if (results.size() == 1) return json(object(results.get(0), lang));
        ArrayNode arr = MAPPER.createArrayNode();
        for (Result r : results) arr.add(object(r, lang));
        return json(arr);
    }

    /** a batch with inputs that could not be checked: an array, each such input {"source", "unreadable": true, "error"} */
    @Override
    public String text(List<Result> results, List<Unreadable> unreadable, String lang, RuleSet rules) {
        if (unreadable.isEmpty()) return text(results, lang, rules);
        ArrayNode arr = MAPPER.createArrayNode();
        for (Result r : results) arr.add(object(r, lang));
        for (Unreadable u : unreadable) arr.add(unreadableObject(u));
        return json(arr);
    }

    /** streamed: one object alone when the batch is one checked report, else an array written object by object */
    @Override
    public BatchWriter open(String lang, RuleSet rules, java.io.OutputStream out) throws java.io.IOException {
        com.fasterxml.jackson.core.JsonGenerator g = MAPPER.getFactory().createGenerator(out);
        g.disable(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.setPrettyPrinter(new com.fasterxml.jackson.core.util.DefaultPrettyPrinter());
        List<Unreadable> unreadable = new java.util.ArrayList<>();
        return new BatchWriter() {
            ObjectNode first;
            boolean array;

            @Override
            public void add(Result r) throws java.io.IOException {
                ObjectNode o = object(r, lang);
                if (first == null && !array) {
                    first = o;
                    return;
                }
                start();
                MAPPER.writeTree(g, o);
            }

            private void start() throws java.io.IOException {
                if (array) return;
                array = true;
                g.writeStartArray();
                if (first != null) MAPPER.writeTree(g, first);
                first = null;
            }

            @Override
            public void unreadable(Unreadable u) {
                unreadable.add(u);
            }

            @Override
            public void finish() throws java.io.IOException {
                if (!array && unreadable.isEmpty() && first != null) {
                    g.flush();
                    out.write(json(first).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    return;
                }
                start();
                for (Unreadable u : unreadable) MAPPER.writeTree(g, unreadableObject(u));
                g.writeEndArray();
                g.flush();
                out.write('\n');
            }
        };
    }

    private static ObjectNode unreadableObject(Unreadable u) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("tool", Version.TOOL);
        o.put("version", Version.get());
        o.put("source", u.source());
        o.put("unreadable", true);
        o.put("error", u.reason());
        return o;
    }

    /** a JSON tree as indented text with a final newline */
    static String json(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ObjectNode object(Result r, String lang) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("tool", Version.TOOL);
        o.put("version", Version.get());
        o.put("source", r.source());
        Report rep = r.parsed().report();
        ObjectNode ro = o.putObject("report");
        ro.put("agency", rep.getAgency());
        ro.put("kind", rep.getKind());
        if (rep.getYear() == null) ro.putNull("year");
        else ro.put("year", rep.getYear());
        ro.put("edition", rep.getEdition());
        ro.put("published", rep.getPublished() == null ? null : rep.getPublished().toString());
        if (r.hidden() > 0) o.put("hidden", r.hidden());
        ArrayNode fs = o.putArray("findings");
        for (Finding f : r.findings()) fs.add(finding(f, lang));
        Scorecard sc = r.scorecard();
        ObjectNode so = o.putObject("scorecard");
        so.put("score", sc.score());
        so.put("grade", sc.grade());
        ArrayNode cats = so.putArray("categories");
        for (Scorecard.CategoryScore c : sc.categories()) {
            ObjectNode co = cats.addObject();
            co.put("id", c.id());
            co.put("name", c.name());
            co.put("score", c.score());
            co.put("max", c.max());
        }
        return o;
    }

    static ObjectNode finding(Finding f, String lang) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("ruleId", f.getRuleId());
        o.put("severity", f.getSeverity().name());
        o.put("category", f.getCategory());
        o.put("message", f.getMessage());
        o.put("basis", f.getBasis());
        o.put("points", f.getPoints());
        if (f.getExplanation() != null) o.put("explanation", f.getExplanation());
        ObjectNode loc = o.putObject("location");
        loc.put("section", f.getSection());
        loc.put("table", f.getTable());
        loc.put("row", f.getRow());
        loc.put("column", f.getColumn());
        if (f.getSrc().line() > 0) loc.put("line", f.getSrc().line());
        else loc.putNull("line");
        if (f.getSrc().page() != null) loc.put("page", f.getSrc().page());
        if (f.getSrc().table() != null) loc.put("sourceTable", f.getSrc().table());
        if (f.getSrc().row() != null) loc.put("sourceRow", f.getSrc().row());
        if (f.getSrc().col() != null) loc.put("sourceColumn", f.getSrc().col());
        ObjectNode ev = o.putObject("evidence");
        for (Map.Entry<String, Object> e : f.getEvidence().entrySet()) put(ev, e.getKey(), e.getValue(), lang);
        if (!f.getCells().isEmpty()) {
            ArrayNode cells = ev.putArray("cells");
            f.getCells().forEach(c -> cells.add(Labels.cell(c, lang)));
        }
        return o;
    }

    private static void put(ObjectNode o, String k, Object v, String lang) {
        if (v == null) o.putNull(k);
        else if (v instanceof org.ogicheck.i18n.Said s) o.put(k, s.in(lang));
        else if (v instanceof BigDecimal b) o.put(k, b.stripTrailingZeros().scale() <= 0 ? b.setScale(0) : b.stripTrailingZeros());
        else if (v instanceof Long l) o.put(k, l);
        else if (v instanceof Integer i) o.put(k, i);
        else if (v instanceof Double d) o.put(k, d);
        else if (v instanceof List<?> list) {
            ArrayNode a = o.putArray(k);
            list.forEach(x -> a.add(x instanceof org.ogicheck.i18n.Said s ? s.in(lang) : String.valueOf(x)));
        } else o.put(k, v.toString());
    }
}
