package org.ogicheck.workspace;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.ogicheck.app.Pairing;
import org.ogicheck.engine.Scoring;
import org.ogicheck.workspace.Records.StoredCheck;
import org.ogicheck.workspace.Records.StoredReport;
import org.ogicheck.workspace.Records.Upload;
import org.ogicheck.workspace.Workspace.Reviewed;
import org.ogicheck.workspace.Workspace.Scope;
import org.ogicheck.workspace.Workspace.View;

/**
 * A region at a glance, computed from the stored reports: coverage against a roster (who has not
 * published, who published late), the ranking, the distribution of scores, a category-by-agency heat
 * map, the most frequent rules, each agency's trend across years, and the duplicates (the same file
 * uploaded again, the same agency and year in another format).
 *
 * <p>One report counts for each agency and year (the first stored; its twins in other formats are
 * listed as duplicates). Agencies are matched to the roster, and across years, by name or by one
 * name ending with the other (洪泽区人民政府 = 淮安市洪泽区人民政府).
 */
public record Overview(String region, List<Integer> years, List<Coverage> coverage, List<Ranked> ranking, List<Bucket> distribution,
                       List<Scoring.Category> categories, List<Ranked> heat, List<RuleCount> rules, Map<String, Map<Integer, Double>> trends,
                       List<Duplicate> duplicates, boolean hasRoster) {

    /**
     * publication by the deadline of 条例 Art. 49 (as the timeliness rule of rules/timeliness.drl has it): 31 March of the
     * following year for a people's government's report, 31 January for every other agency's
     */
    public static LocalDate deadline(int year, String kind) {
        return org.ogicheck.model.Report.GOVERNMENT.equals(kind) ? LocalDate.of(year + 1, 3, 31) : LocalDate.of(year + 1, 1, 31);
    }

    /** what the roster expected of an agency in a year, and what there is */
    public enum Status {
        ON_TIME, LATE, DATE_UNKNOWN, MISSING;

        /** the status in words, in the language asked */
        public String word(String lang) {
            return Words.t(lang, "status." + name());
        }
    }

    public record Coverage(Roster.Entry entry, int year, StoredReport report, Status status) {
    }

    /** one agency's report of one year: its latest check as reviewed */
    public record Ranked(int rank, String agency, String level, int year, View view) {
        public double score() {
            return view.scoreChecked();
        }

        public double reviewed() {
            return view.scoreReviewed();
        }

        public StoredCheck check() {
            return view.latest();
        }
    }

    public record Bucket(String label, double from, double to, int count) {
    }

    public record RuleCount(String ruleId, String name, String severity, int findings, int reports) {
    }

    /**
     * @param kind     the same bytes again under another name, or the same agency and year in another file
     * @param reports  the stored reports concerned
     * @param uploads  the uploads (for the same file: every name it came under)
     */
    public record Duplicate(Kind kind, String agency, Integer year, List<StoredReport> reports, List<Upload> uploads) {
        /** what is duplicated */
        public enum Kind {
            SAME_FILE, OTHER_FORMAT;

            /** the kind in words, in the language asked */
            public String word(String lang) {
                return Words.t(lang, "duplicate." + name());
            }
        }
    }

    public static Overview of(Workspace ws, Roster roster, Scope scope, Scoring scoring, String region) throws WorkspaceException {
        List<StoredReport> all = ws.reports(scope);
        // agency names: the roster's where one matches, else the first name seen of the same agency
        List<String> names = new ArrayList<>();
        Map<Long, String> agencyOf = new LinkedHashMap<>();
        for (StoredReport r : all) {
            String name = r.agency() == null ? r.name() : r.agency();
            Roster.Entry e = roster == null ? null : roster.match(r.agency());
            if (e != null) name = e.name();
            else if (r.agency() != null) {
                for (String n : names) if (Pairing.sameAgency(n, r.agency())) name = n;
            }
            if (!names.contains(name)) names.add(name);
            agencyOf.put(r.id(), name);
        }
        // one report per agency and year; the others of that agency and year are duplicates
        Map<String, Map<Integer, List<StoredReport>>> byAgency = new TreeMap<>();
        for (StoredReport r : all) {
            if (r.year() == null) continue;
            byAgency.computeIfAbsent(agencyOf.get(r.id()), k -> new TreeMap<>()).computeIfAbsent(r.year(), k -> new ArrayList<>()).add(r);
        }
        List<Duplicate> duplicates = new ArrayList<>();
        for (StoredReport r : all) {
            List<Upload> ups = ws.uploads(r.id());
            // the same bytes under another name (importing the same folder again is no duplicate)
            if (ups.stream().map(Upload::name).distinct().count() > 1) {
                duplicates.add(new Duplicate(Duplicate.Kind.SAME_FILE, agencyOf.get(r.id()), r.year(), List.of(r), ups));
            }
        }
        TreeSet<Integer> years = new TreeSet<>();
        List<Ranked> primaries = new ArrayList<>();
        Map<String, Map<Integer, Double>> trends = new TreeMap<>();
        for (var a : byAgency.entrySet()) {
            for (var y : a.getValue().entrySet()) {
                years.add(y.getKey());
                List<StoredReport> rs = y.getValue();
                if (rs.size() > 1) duplicates.add(new Duplicate(Duplicate.Kind.OTHER_FORMAT, a.getKey(), y.getKey(), List.copyOf(rs), List.of()));
                View v = ws.view(rs.get(0).id(), scoring).orElseThrow();
                if (v.latest() == null) continue;
                Roster.Entry e = roster == null ? null : roster.match(a.getKey());
                String level = e != null && !e.level().isEmpty() ? e.level() : rs.get(0).level();
                primaries.add(new Ranked(0, a.getKey(), level, y.getKey(), v));
                trends.computeIfAbsent(a.getKey(), k -> new TreeMap<>()).put(y.getKey(), v.scoreReviewed());
            }
        }
        // coverage: every roster entry in every year that has reports
        List<Coverage> coverage = new ArrayList<>();
        if (roster != null) {
            for (int year : years) {
                for (Roster.Entry e : roster.entries()) {
                    if (scope.agency() != null && !Pairing.sameAgency(scope.agency(), e.name())) continue;
                    StoredReport found = null;
                    Map<Integer, List<StoredReport>> ys = byAgency.get(e.name());
                    if (ys != null && ys.containsKey(year)) found = ys.get(year).get(0);
                    Status s;
                    if (found == null) s = Status.MISSING;
                    else if (found.published() == null) s = Status.DATE_UNKNOWN;
                    else s = found.published().isAfter(deadline(year, found.kind())) ? Status.LATE : Status.ON_TIME;
                    coverage.add(new Coverage(e, year, found, s));
                }
            }
        }
        // ranking: the latest year's reports first, by the score after review
        List<Ranked> sorted = new ArrayList<>(primaries);
        sorted.sort(Comparator.comparing(Ranked::year, Comparator.reverseOrder()).thenComparing(Ranked::reviewed, Comparator.reverseOrder())
            .thenComparing(Ranked::agency));
        List<Ranked> ranking = new ArrayList<>();
        int rank = 0;
        Integer year = null;
        for (Ranked r : sorted) {
            if (!Integer.valueOf(r.year()).equals(year)) {
                year = r.year();
                rank = 0;
            }
            ranking.add(new Ranked(++rank, r.agency(), r.level(), r.year(), r.view()));
        }
        List<Bucket> buckets = new ArrayList<>(List.of(new Bucket("<60", 0, 60, 0), new Bucket("60–70", 60, 70, 0),
            new Bucket("70–80", 70, 80, 0), new Bucket("80–90", 80, 90, 0), new Bucket("90–95", 90, 95, 0), new Bucket("95–100", 95, 100.001, 0)));
        for (Ranked r : primaries) {
            for (int i = 0; i < buckets.size(); i++) {
                Bucket b = buckets.get(i);
                if (r.reviewed() >= b.from() && r.reviewed() < b.to()) buckets.set(i, new Bucket(b.label(), b.from(), b.to(), b.count() + 1));
            }
        }
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, String[]> meta = new LinkedHashMap<>();
        for (Ranked r : primaries) {
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (Reviewed f : r.view().findings()) {
                if (f.dismissed()) continue;
                int[] c = counts.computeIfAbsent(f.finding().ruleId(), k -> new int[2]);
                c[0]++;
                if (seen.add(f.finding().ruleId())) c[1]++;
                meta.putIfAbsent(f.finding().ruleId(), new String[] {f.finding().ruleName(), f.finding().severity()});
            }
        }
        List<RuleCount> rules = new ArrayList<>();
        counts.forEach((id, c) -> rules.add(new RuleCount(id, meta.get(id)[0], meta.get(id)[1], c[0], c[1])));
        rules.sort(Comparator.comparingInt(RuleCount::reports).reversed().thenComparing(Comparator.comparingInt(RuleCount::findings).reversed())
            .thenComparing(RuleCount::ruleId));
        List<Ranked> heat = new ArrayList<>(primaries);
        heat.sort(Comparator.comparing(Ranked::agency).thenComparing(Ranked::year));
        return new Overview(region, List.copyOf(years), coverage, ranking, buckets, scoring.categories(), heat,
            rules.size() > 15 ? List.copyOf(rules.subList(0, 15)) : List.copyOf(rules), trends, duplicates, roster != null);
    }

    /** the roster entries of a status (in a year, or any year when null) */
    public List<Coverage> with(Status s) {
        return coverage.stream().filter(c -> c.status() == s).toList();
    }
}
