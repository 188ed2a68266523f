package org.ogicheck.workspace;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.ogicheck.app.Baseline;
import org.ogicheck.app.Pairing;
import org.ogicheck.app.Result;
import org.ogicheck.engine.Scoring;
import org.ogicheck.i18n.Said;
import org.ogicheck.model.Finding;
import org.ogicheck.model.Report;
import org.ogicheck.model.Severity;
import org.ogicheck.pipeline.Input;
import org.ogicheck.pipeline.Outcome;
import org.ogicheck.pipeline.Pipeline;
import org.ogicheck.pipeline.RuleDiff;
import org.ogicheck.pipeline.Runner;
import org.ogicheck.pipeline.Settings;
import org.ogicheck.read.ReadException;
import org.ogicheck.render.Version;
import org.ogicheck.score.Scorecard;
import org.ogicheck.score.Scorer;
import org.ogicheck.workspace.Records.Decision;
import org.ogicheck.workspace.Records.Review;
import org.ogicheck.workspace.Records.StoredCheck;
import org.ogicheck.workspace.Records.StoredReport;
import org.ogicheck.workspace.Records.Upload;

/**
 * A region's reports in one place: each report file stored once, every check of it (with the manifest
 * that makes it reproducible), and every review decision on its findings. Checks run through the
 * {@link Pipeline}; reviews are keyed by the findings' fingerprints (see {@link StoredFinding}), so
 * they survive re-checks with changed rules and the same report uploaded in another format.
 *
 * <pre>{@code
 * try (Workspace ws = Workspace.open(Path.of("ws"), null)) {
 *     ws.add(List.of(Input.of(Path.of("report.txt"))), pipeline, Settings.defaults(), "本机", "淮安市", null);
 * }
 * }</pre>
 */
public final class Workspace implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private static final TypeReference<List<StoredFinding>> FINDINGS = new TypeReference<>() { };

    private final Path folder;
    private final Db db;

    private Workspace(Path folder, Db db) {
        this.folder = folder;
        this.db = db;
    }

    /**
     * Opens the workspace in this folder (made, with its database, when missing).
     *
     * @param dbUrl null for the embedded database in the folder, else a PostgreSQL URL
     */
    public static Workspace open(Path folder, String dbUrl) throws WorkspaceException {
        return new Workspace(folder, Db.open(folder, dbUrl));
    }

    public Path folder() {
        return folder;
    }

    /** where the data is kept (a file, or a PostgreSQL URL without its password) */
    public String database() {
        return db.described();
    }

    @Override
    public void close() {
        db.close();
    }

    // ---------------------------------------------------------------- adding and checking

    /**
     * What became of one input.
     *
     * @param report    the stored report (null when the input could not be read at all)
     * @param newReport whether its bytes were new to the workspace
     * @param check     the check added, or null when the report was already checked with these rules (or could not be)
     * @param diff      what the new check changed against the report's previous check, or null for its first
     * @param failed    the one line saying why the input could not be checked, or null (a line of the pipeline is worded
     *                  already, in the language of the settings)
     */
    public record Added(StoredReport report, boolean newReport, StoredCheck check, RuleDiff diff, Said failed) {
    }

    /**
     * Stores the inputs and checks each one that has no check with these rules yet. Consecutive years
     * of one agency in the batch are paired by the pipeline; a report whose previous year is not in the
     * batch but is stored is checked against the stored one.
     *
     * @param region the region the reports belong to (stored with each new report), or null
     * @param roster the agencies expected to publish (gives each report's level), or null
     */
    public List<Added> add(List<Input> inputs, Pipeline pipeline, Settings settings, String who, String region, Roster roster)
        throws WorkspaceException {
        return add(inputs, pipeline, settings, who, region, roster, Scope.ALL);
    }

    /** as above, storing only the reports a scope sees (another agency's report is a failed input, not stored) */
    public List<Added> add(List<Input> inputs, Pipeline pipeline, Settings settings, String who, String region, Roster roster, Scope scope)
        throws WorkspaceException {
        return add(inputs, pipeline, settings, who, region, roster, scope, true);
    }

    /** @param uploads whether each input is an upload to record (not so for a re-check of the stored files) */
    private List<Added> add(List<Input> inputs, Pipeline pipeline, Settings settings, String who, String region, Roster roster, Scope scope,
                            boolean uploads) throws WorkspaceException {
        List<byte[]> bytes = new ArrayList<>();
        List<Input> named = new ArrayList<>();
        for (Input in : inputs) {
            byte[] b = read(in);
            bytes.add(b);
            // a file that cannot be read goes to the pipeline as it is: its outcome says why, in its words
            named.add(b == null ? in : Input.of(in.name(), b));
        }
        List<Outcome> outcomes;
        try {
            outcomes = pipeline.check(named, settings, Runner.allCores());
        } catch (ReadException e) {
            throw new WorkspaceException(e.said(), e);
        }
        String hash = RulePack.hash(pipeline.rules().dirs());
        List<Report> inBatch = new ArrayList<>();
        for (Outcome o : outcomes) if (o instanceof Outcome.Checked c) inBatch.add(c.result().parsed().report());
        List<Added> out = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            Input in = named.get(i);
            Outcome o = outcomes.get(i);
            String sha = bytes.get(i) == null ? null : sha256(bytes.get(i));
            Optional<StoredReport> known = sha == null ? Optional.empty() : bySha(sha);
            if (o instanceof Outcome.Failed f || sha == null) {
                Said line = o instanceof Outcome.Failed f ? f.said() : Said.of(WorkspaceException.BUNDLE, "report.unreadable", in.name());
                out.add(new Added(known.orElse(null), false, null, null, line));
                continue;
            }
            Result r = ((Outcome.Checked) o).result();
            Report rep = r.parsed().report();
            if (scope.agency() != null && (rep.getAgency() == null || !Pairing.sameAgency(scope.agency(), rep.getAgency()))) {
                out.add(new Added(null, false, null, null, Said.of(WorkspaceException.BUNDLE, "report.otherAgency", in.name(), scope.agency())));
                continue;
            }
            StoredReport stored = known.isPresent() ? known.get() : insertReport(in.name(), bytes.get(i), sha, r, region, roster);
            if (uploads) upload(stored.id(), in.name(), who);
            Optional<StoredCheck> last = latestCheck(stored.id());
            if (last.isPresent() && last.get().rulesHash().equals(hash)) {
                out.add(new Added(stored, known.isEmpty(), null, null, null));
                continue;
            }
            Long previousId = null;
            if (settings.previous() == null && rep.getAgency() != null && rep.getYear() != null
                && inBatch.stream().noneMatch(b -> b.getAgency() != null && Integer.valueOf(rep.getYear() - 1).equals(b.getYear())
                    && Pairing.sameAgency(b.getAgency(), rep.getAgency()))) {
                Optional<StoredReport> prev = byAgencyYear(rep.getAgency(), rep.getYear() - 1);
                if (prev.isPresent()) {
                    previousId = prev.get().id();
                    try {
                        Outcome again = pipeline.check(in, settings.withPrevious(Input.of(prev.get().name(), content(prev.get().id()))));
                        if (again instanceof Outcome.Checked c) r = c.result();
                    } catch (ReadException e) {
                        previousId = null;
                    }
                }
            }
            StoredCheck check = insertCheck(stored.id(), r, hash, parameters(pipeline, settings, previousId));
            RuleDiff diff = last.map(l -> RuleDiff.between(asResult(l, ((Outcome.Checked) o).result()), asResult(check,
                ((Outcome.Checked) o).result()))).orElse(null);
            out.add(new Added(stored, known.isEmpty(), check, diff, null));
        }
        return out;
    }

    /** checks every stored report again (a check is added only where the rules changed) */
    public List<Added> recheckAll(Pipeline pipeline, Settings settings, String who) throws WorkspaceException {
        List<Input> inputs = new ArrayList<>();
        for (StoredReport r : reports(Scope.ALL)) inputs.add(Input.of(r.name(), content(r.id())));
        return add(inputs, pipeline, settings, who, null, null, Scope.ALL, false);
    }

    /** the input's bytes, or null when its file cannot be read (the pipeline then says why) */
    private static byte[] read(Input in) {
        if (in.bytes() != null) return in.bytes();
        try {
            return java.nio.file.Files.isRegularFile(in.file()) ? java.nio.file.Files.readAllBytes(in.file()) : null;
        } catch (java.io.IOException e) {
            return null;
        }
    }

    /** a stored check seen as a result again (its findings and scorecard, the report as parsed now), for {@link RuleDiff} */
    private static Result asResult(StoredCheck c, Result now) {
        return new Result(now.source(), now.parsed(), c.findings().stream().map(StoredFinding::toFinding).toList(), c.scorecard(), 0);
    }

    private static String parameters(Pipeline pipeline, Settings settings, Long previousId) {
        ObjectNode o = JSON.createObjectNode();
        o.put("lang", settings.lang());
        var dirs = o.putArray("rules");
        for (Path d : pipeline.rules().dirs()) dirs.add(d.toString());
        o.put("ruleCount", pipeline.rules().rules().size());
        if (previousId != null) o.put("previousReport", previousId);
        else o.putNull("previousReport");
        if (settings.timeout() != null) o.put("timeoutSeconds", settings.timeout().toSeconds());
        return o.toString();
    }

    public static String sha256(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** the file's format from its name */
    static String type(String name) {
        String n = Path.of(name).getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = n.lastIndexOf('.');
        return dot < 0 || dot == n.length() - 1 ? "txt" : n.substring(dot + 1);
    }

    private StoredReport insertReport(String name, byte[] bytes, String sha, Result r, String region, Roster roster)
        throws WorkspaceException {
        Report rep = r.parsed().report();
        Roster.Entry entry = roster == null ? null : roster.match(rep.getAgency());
        String level = entry != null ? entry.level() : null;
        String fileName = Path.of(name).getFileName().toString();
        String key = Baseline.reportKey(r);
        Instant now = Instant.now();
        String sql = "INSERT INTO report (sha256, name, type, size_bytes, content, agency, kind, level, region, report_year, published,"
            + " report_key, uploaded_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)";
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, sha);
            ps.setString(2, fileName);
            ps.setString(3, type(fileName));
            ps.setLong(4, bytes.length);
            ps.setBytes(5, bytes);
            ps.setString(6, rep.getAgency());
            ps.setString(7, rep.getKind());
            ps.setString(8, level);
            ps.setString(9, region);
            if (rep.getYear() == null) ps.setNull(10, Types.INTEGER);
            else ps.setInt(10, rep.getYear());
            if (rep.getPublished() == null) ps.setNull(11, Types.DATE);
            else ps.setDate(11, Date.valueOf(rep.getPublished()));
            ps.setString(12, key);
            ps.setTimestamp(13, Timestamp.from(now));
            ps.executeUpdate();
            long id = generated(ps);
            return new StoredReport(id, sha, fileName, type(fileName), bytes.length, rep.getAgency(), rep.getKind(), level, region,
                rep.getYear(), rep.getPublished(), key, now);
        } catch (SQLException e) {
            throw fail("what.saveReport", e, fileName);
        }
    }

    private void upload(long reportId, String name, String who) throws WorkspaceException {
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement("INSERT INTO upload (report_id, name, who, uploaded_at) VALUES (?,?,?,?)")) {
            ps.setLong(1, reportId);
            ps.setString(2, Path.of(name).getFileName().toString());
            ps.setString(3, who == null ? "" : who);
            ps.setTimestamp(4, Timestamp.from(Instant.now()));
            ps.executeUpdate();
        } catch (SQLException e) {
            throw fail("what.saveUpload", e);
        }
    }

    private StoredCheck insertCheck(long reportId, Result r, String hash, String parameters) throws WorkspaceException {
        String key = Baseline.reportKey(r);
        List<StoredFinding> findings = r.findings().stream().map(f -> StoredFinding.of(Baseline.fingerprint(key, f), f)).toList();
        Instant now = Instant.now();
        int e = (int) r.count(Severity.ERROR);
        int w = (int) r.count(Severity.WARNING);
        int i = (int) r.count(Severity.INFO);
        String sql = "INSERT INTO report_check (report_id, checked_at, tool_version, rules_hash, parameters, findings, scorecard, score,"
            + " errors, warnings, infos) VALUES (?,?,?,?,?,?,?,?,?,?,?)";
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, reportId);
            ps.setTimestamp(2, Timestamp.from(now));
            ps.setString(3, Version.get());
            ps.setString(4, hash);
            ps.setString(5, parameters);
            ps.setString(6, JSON.writeValueAsString(findings));
            ps.setString(7, JSON.writeValueAsString(r.scorecard()));
            ps.setDouble(8, r.scorecard().score());
            ps.setInt(9, e);
            ps.setInt(10, w);
            ps.setInt(11, i);
            ps.executeUpdate();
            return new StoredCheck(generated(ps), reportId, now, Version.get(), hash, parameters, findings, r.scorecard(), e, w, i);
        } catch (SQLException | JsonProcessingException ex) {
            throw fail("what.saveCheck", ex);
        }
    }

    private static long generated(PreparedStatement ps) throws SQLException {
        try (ResultSet keys = ps.getGeneratedKeys()) {
            if (!keys.next()) throw new SQLException("no generated key");
            return keys.getLong(1);
        }
    }

    /** the database failed while doing what {@code whatKey} (with its arguments) says */
    WorkspaceException fail(String whatKey, Exception e, Object... whatArgs) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
        return new WorkspaceException(Said.of(WorkspaceException.BUNDLE, "failed", db.described(), Said.of(WorkspaceException.BUNDLE, whatKey, whatArgs), m), e);
    }

    // ---------------------------------------------------------------- reading

    /** whose reports a reader sees: every report, or one agency's */
    public record Scope(String agency) {
        public static final Scope ALL = new Scope(null);

        /** every report, or those of this agency (the report may name it without its city: see {@link Pairing#sameAgency}) */
        public boolean sees(StoredReport r) {
            return agency == null || r.agency() != null && Pairing.sameAgency(agency, r.agency());
        }
    }

    private static final String REPORT_COLUMNS = "id, sha256, name, type, size_bytes, agency, kind, level, region, report_year, published,"
        + " report_key, uploaded_at";

    /** the stored reports a scope sees, by agency, year and id */
    public List<StoredReport> reports(Scope scope) throws WorkspaceException {
        List<StoredReport> out = new ArrayList<>();
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement("SELECT " + REPORT_COLUMNS
            + " FROM report ORDER BY agency, report_year, id"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                StoredReport r = report(rs);
                if (scope.sees(r)) out.add(r);
            }
        } catch (SQLException e) {
            throw fail("what.readReports", e);
        }
        return out;
    }

    public Optional<StoredReport> report(long id) throws WorkspaceException {
        return one("SELECT " + REPORT_COLUMNS + " FROM report WHERE id = ?", ps -> ps.setLong(1, id));
    }

    private Optional<StoredReport> bySha(String sha) throws WorkspaceException {
        return one("SELECT " + REPORT_COLUMNS + " FROM report WHERE sha256 = ?", ps -> ps.setString(1, sha));
    }

    /** the first stored report of that year whose agency is this one (by name, or one name ending with the other) */
    private Optional<StoredReport> byAgencyYear(String agency, int year) throws WorkspaceException {
        return reports(Scope.ALL).stream().filter(r -> Integer.valueOf(year).equals(r.year()) && r.agency() != null
            && Pairing.sameAgency(r.agency(), agency)).findFirst();
    }

    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private Optional<StoredReport> one(String sql, Binder b) throws WorkspaceException {
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(sql)) {
            b.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(report(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw fail("what.readReports", e);
        }
    }

    private static StoredReport report(ResultSet rs) throws SQLException {
        int year = rs.getInt(10);
        Integer y = rs.wasNull() ? null : year;
        Date pub = rs.getDate(11);
        return new StoredReport(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5), rs.getString(6),
            rs.getString(7), rs.getString(8), rs.getString(9), y, pub == null ? null : pub.toLocalDate(), rs.getString(12),
            rs.getTimestamp(13).toInstant());
    }

    /** the report file's bytes */
    public byte[] content(long reportId) throws WorkspaceException {
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement("SELECT content FROM report WHERE id = ?")) {
            ps.setLong(1, reportId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) throw WorkspaceException.of("report.absent", reportId);
                return rs.getBytes(1);
            }
        } catch (SQLException e) {
            throw fail("what.readFile", e);
        }
    }

    /** the uploads of a report, oldest first */
    public List<Upload> uploads(long reportId) throws WorkspaceException {
        List<Upload> out = new ArrayList<>();
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement("SELECT report_id, name, who, uploaded_at FROM upload WHERE report_id = ? ORDER BY id")) {
            ps.setLong(1, reportId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(new Upload(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant()));
            }
        } catch (SQLException e) {
            throw fail("what.readUploads", e);
        }
        return out;
    }

    /** the checks of a report, oldest first */
    public List<StoredCheck> checks(long reportId) throws WorkspaceException {
        return checks("SELECT id, report_id, checked_at, tool_version, rules_hash, parameters, findings, scorecard, errors, warnings, infos"
            + " FROM report_check WHERE report_id = ? ORDER BY id", reportId);
    }

    public Optional<StoredCheck> latestCheck(long reportId) throws WorkspaceException {
        List<StoredCheck> all = checks(reportId);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    /** the latest check of every report (by report id) */
    public Map<Long, StoredCheck> latestChecks() throws WorkspaceException {
        Map<Long, StoredCheck> out = new HashMap<>();
        for (StoredCheck c : checks("SELECT id, report_id, checked_at, tool_version, rules_hash, parameters, findings, scorecard, errors,"
            + " warnings, infos FROM report_check WHERE id IN (SELECT MAX(id) FROM report_check GROUP BY report_id)", null)) {
            out.put(c.reportId(), c);
        }
        return out;
    }

    private List<StoredCheck> checks(String sql, Long arg) throws WorkspaceException {
        List<StoredCheck> out = new ArrayList<>();
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(sql)) {
            if (arg != null) ps.setLong(1, arg);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new StoredCheck(rs.getLong(1), rs.getLong(2), rs.getTimestamp(3).toInstant(), rs.getString(4), rs.getString(5),
                        rs.getString(6), JSON.readValue(rs.getString(7), FINDINGS), JSON.readValue(rs.getString(8), Scorecard.class),
                        rs.getInt(9), rs.getInt(10), rs.getInt(11)));
                }
            }
        } catch (SQLException | JsonProcessingException e) {
            throw fail("what.readChecks", e);
        }
        return out;
    }

    // ---------------------------------------------------------------- reviews

    /**
     * Records a decision on a finding of a report.
     *
     * @param key the finding's review key (from a stored check of this report, or of a finding it had before)
     * @throws WorkspaceException when the report has no finding of that key in any check, or a dismissal has no reason
     */
    public Review review(long reportId, String key, Decision decision, String reason, String note, String who)
        throws WorkspaceException {
        StoredReport rep = report(reportId).orElseThrow(() -> WorkspaceException.of("report.absent", reportId));
        StoredFinding f = null;
        for (StoredCheck c : checks(reportId)) for (StoredFinding s : c.findings()) if (s.key().equals(key)) f = s;
        if (f == null) throw WorkspaceException.of("review.noFinding", reportId, key);
        if (decision == Decision.DISMISS && (reason == null || reason.isBlank())) {
            throw WorkspaceException.of("review.noReason");
        }
        return insertReview(key, rep.reportKey(), f.ruleId(), f.location(), decision, reason, note, who, null);
    }

    private Review insertReview(String key, String reportKey, String ruleId, String location, Decision d, String reason, String note,
                                String who, LocalDate expires) throws WorkspaceException {
        Instant now = Instant.now();
        String sql = "INSERT INTO review (review_key, report_key, rule_id, location, decision, reason, note, who, decided_at, expires)"
            + " VALUES (?,?,?,?,?,?,?,?,?,?)";
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, key);
            ps.setString(2, reportKey == null ? "" : reportKey);
            ps.setString(3, ruleId == null ? "" : ruleId);
            ps.setString(4, location == null ? "" : location);
            ps.setString(5, d.name());
            ps.setString(6, blankToNull(reason));
            ps.setString(7, blankToNull(note));
            ps.setString(8, who == null ? "" : who);
            ps.setTimestamp(9, Timestamp.from(now));
            ps.setDate(10, expires == null ? null : Date.valueOf(expires));
            ps.executeUpdate();
            return new Review(generated(ps), key, reportKey, ruleId, location, d, blankToNull(reason), blankToNull(note), who, now, expires);
        } catch (SQLException e) {
            throw fail("what.saveReview", e);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** every review record of a report's findings (by the report's key: any file of the same agency and year), oldest first */
    public List<Review> reviews(String reportKey) throws WorkspaceException {
        return reviewsWhere("WHERE report_key = ?", reportKey);
    }

    /** every review record, oldest first */
    public List<Review> allReviews() throws WorkspaceException {
        return reviewsWhere("", null);
    }

    private List<Review> reviewsWhere(String where, String arg) throws WorkspaceException {
        List<Review> out = new ArrayList<>();
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement("SELECT id, review_key, report_key, rule_id, location,"
            + " decision, reason, note, who, decided_at, expires FROM review " + where + " ORDER BY id")) {
            if (arg != null) ps.setString(1, arg);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Date exp = rs.getDate(11);
                    out.add(new Review(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        Decision.valueOf(rs.getString(6)), rs.getString(7), rs.getString(8), rs.getString(9),
                        rs.getTimestamp(10).toInstant(), exp == null ? null : exp.toLocalDate()));
                }
            }
        } catch (SQLException e) {
            throw fail("what.readReviews", e);
        }
        return out;
    }

    /** the decision in force for each key: the latest confirm or dismiss (a comment decides nothing) */
    public static Map<String, Review> decisions(List<Review> reviews) {
        Map<String, Review> out = new LinkedHashMap<>();
        for (Review r : reviews) if (r.decision() != Decision.COMMENT) out.put(r.key(), r);
        return out;
    }

    /**
     * A report as a reviewer sees it: its latest check, each finding with the decision in force, the
     * score as checked and the score after review (the findings dismissed scored away again), and the
     * findings of earlier checks that the latest no longer has, with their history.
     */
    public record View(StoredReport report, List<StoredCheck> checks, List<Reviewed> findings, List<Reviewed> gone,
                       List<Review> history, double scoreChecked, double scoreReviewed, List<Upload> uploads) {
        public StoredCheck latest() {
            return checks.isEmpty() ? null : checks.get(checks.size() - 1);
        }

        public List<Reviewed> dismissed() {
            return findings.stream().filter(Reviewed::dismissed).toList();
        }

        /** the findings the latest check has and the one before did not (by review key) */
        public List<StoredFinding> gained() {
            if (checks.size() < 2) return List.of();
            Set<String> before = checks.get(checks.size() - 2).findings().stream().map(StoredFinding::key).collect(Collectors.toSet());
            return latest().findings().stream().filter(f -> !before.contains(f.key())).toList();
        }

        /** the findings the check before the latest had and the latest no longer has */
        public List<StoredFinding> lost() {
            if (checks.size() < 2) return List.of();
            Set<String> now = latest().findings().stream().map(StoredFinding::key).collect(Collectors.toSet());
            return checks.get(checks.size() - 2).findings().stream().filter(f -> !now.contains(f.key())).toList();
        }
    }

    /** a finding with the decision in force on it (null: not reviewed) and its review records */
    public record Reviewed(StoredFinding finding, Review decision, List<Review> history) {
        public boolean dismissed() {
            return decision != null && decision.decision() == Decision.DISMISS && decision.activeOn(LocalDate.now());
        }
    }

    public Optional<View> view(long reportId, Scoring scoring) throws WorkspaceException {
        Optional<StoredReport> rep = report(reportId);
        if (rep.isEmpty()) return Optional.empty();
        List<StoredCheck> checks = checks(reportId);
        List<Review> history = reviews(rep.get().reportKey());
        Map<String, Review> decided = decisions(history);
        Map<String, List<Review>> byKey = history.stream().collect(Collectors.groupingBy(Review::key, LinkedHashMap::new, Collectors.toList()));
        List<Reviewed> now = new ArrayList<>();
        List<Reviewed> gone = new ArrayList<>();
        double checked = 100;
        double reviewed = 100;
        if (!checks.isEmpty()) {
            StoredCheck last = checks.get(checks.size() - 1);
            Set<String> present = new java.util.HashSet<>();
            for (StoredFinding f : last.findings()) {
                present.add(f.key());
                now.add(new Reviewed(f, decided.get(f.key()), byKey.getOrDefault(f.key(), List.of())));
            }
            Set<String> seen = new java.util.HashSet<>(present);
            for (int i = checks.size() - 2; i >= 0; i--) {
                for (StoredFinding f : checks.get(i).findings()) {
                    if (seen.add(f.key())) gone.add(new Reviewed(f, decided.get(f.key()), byKey.getOrDefault(f.key(), List.of())));
                }
            }
            checked = last.score();
            reviewed = scoreAfterReview(now, scoring, checked);
        }
        return Optional.of(new View(rep.get(), checks, now, gone, history, checked, reviewed, uploads(reportId)));
    }

    /** the score of the findings not dismissed, scored again with the rule set's scoring (the checked score when none is dismissed) */
    static double scoreAfterReview(List<Reviewed> findings, Scoring scoring, double checked) {
        if (findings.stream().noneMatch(Reviewed::dismissed)) return checked;
        List<Finding> kept = findings.stream().filter(r -> !r.dismissed()).map(r -> r.finding().toFinding()).toList();
        return new Scorer(scoring).score(kept).scorecard().score();
    }

    // ---------------------------------------------------------------- baselines and waivers of the command line

    /**
     * Reads a baseline or waiver file of {@code check --write-baseline} into review records: each entry
     * becomes a dismissal (its reason, or "baseline (FILE)" in the language of the import for an entry without
     * one; its author; its expiry).
     *
     * @return how many records were added
     */
    public int importBaseline(Path file, String who, String lang) throws WorkspaceException {
        Baseline b;
        try {
            b = Baseline.read(file);
        } catch (Baseline.Unreadable e) {
            throw new WorkspaceException(e.said(), e);
        } catch (java.io.IOException e) {
            throw new WorkspaceException(Said.verbatim(file + ": " + e.getMessage()), e);
        }
        int n = 0;
        for (Baseline.Entry e : b.entries()) {
            String reason = e.reason() == null || e.reason().isBlank() ? Words.t(lang, "review.baseline", file.getFileName()) : e.reason();
            insertReview(e.fingerprint(), e.report(), e.ruleId(), e.location(), Decision.DISMISS, reason, null,
                e.author() == null ? who : e.author(), e.expires());
            n++;
        }
        return n;
    }

    /** the dismissals in force, as a waiver file that {@code check --baseline} reads (reason, who, expiry kept) */
    public String exportBaseline() throws WorkspaceException {
        ObjectNode o = JSON.createObjectNode();
        o.put("tool", Version.TOOL);
        o.put("version", Version.get());
        o.put("note", "Dismissals of an ogicheck workspace; 'check --baseline' hides them (an expired entry stops hiding).");
        var arr = o.putArray("entries");
        for (Review r : decisions(allReviews()).values()) {
            if (r.decision() != Decision.DISMISS) continue;
            ObjectNode n = arr.addObject();
            n.put("fingerprint", r.key());
            n.put("ruleId", r.ruleId());
            n.put("report", r.reportKey());
            n.put("location", r.location());
            n.put("reason", r.reason());
            n.put("author", r.who());
            n.put("expires", r.expires() == null ? null : r.expires().toString());
        }
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(o) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    Db db() {
        return db;
    }
}
