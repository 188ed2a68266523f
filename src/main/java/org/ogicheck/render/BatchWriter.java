package org.ogicheck.render;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.ogicheck.app.Result;
import org.ogicheck.engine.RuleSet;

/**
 * A batch's output written as its results come, in input order, without holding them: each result is
 * {@link #add}ed (and can then be dropped), each input that could not be checked is {@link #unreadable},
 * and {@link #finish} completes the output. What it writes is exactly what {@link Renderer#render} writes
 * for the same results. {@link #close} frees what it holds (a spool file) whether or not it finished.
 *
 * <p>The formats that stream (text, json, csv) keep one summary row per report (a few hundred bytes:
 * the ranked table comes first in CSV and last in text); CSV spools its finding rows to a temporary file.
 * The other formats collect the results and render them at the end, as {@link Renderer#render} does.
 */
public interface BatchWriter extends AutoCloseable {
    void add(Result r) throws IOException;

    void unreadable(Unreadable u);

    void finish() throws IOException;

    @Override
    default void close() throws IOException {
    }

    /** collects the results and renders them whole at the end (the formats that need them all) */
    static BatchWriter collecting(Renderer renderer, String lang, RuleSet rules, OutputStream out) {
        List<Result> results = new ArrayList<>();
        List<Unreadable> unreadable = new ArrayList<>();
        return new BatchWriter() {
            @Override
            public void add(Result r) {
                results.add(r);
            }

            @Override
            public void unreadable(Unreadable u) {
                unreadable.add(u);
            }

            @Override
            public void finish() throws IOException {
                renderer.render(results, unreadable, lang, rules, out);
            }
        };
    }

    /** one report's line of a summary, kept until the end instead of its result */
    record Summary(double score, String source, List<Object> row) {
        static Summary of(Result r, String lang) {
            return new Summary(r.scorecard().score(), r.source(), Findings.summary(0, r, lang));
        }

        /** best score first, ties by source (as {@link Findings#ranked}), each row with its rank */
        static List<List<Object>> ranked(List<Summary> all) {
            List<Summary> sorted = new ArrayList<>(all);
            sorted.sort(Comparator.comparingDouble((Summary s) -> -s.score()).thenComparing(Summary::source));
            List<List<Object>> out = new ArrayList<>(sorted.size());
            int rank = 0;
            for (Summary s : sorted) {
                List<Object> row = new ArrayList<>(s.row());
                row.set(0, ++rank);
                out.add(row);
            }
            return out;
        }
    }
}
