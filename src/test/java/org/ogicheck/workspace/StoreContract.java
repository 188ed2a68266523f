package org.ogicheck.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogicheck.TestSupport;
import org.ogicheck.app.Baseline;
import org.ogicheck.pipeline.Input;
import org.ogicheck.pipeline.Outcome;
import org.ogicheck.pipeline.Pipeline;
import org.ogicheck.pipeline.Settings;
import org.ogicheck.workspace.Records.Decision;
import org.ogicheck.workspace.Records.StoredReport;
import org.ogicheck.workspace.Workspace.Added;
import org.ogicheck.workspace.Workspace.Scope;
import org.ogicheck.workspace.Workspace.View;

/**
 * What the workspace stores and keeps, run against each database: the embedded H2 ({@link StoreH2Test})
 * and a real PostgreSQL ({@link StorePostgresTest}).
 */
abstract class StoreContract {
    @TempDir
    Path dir;

    /** the --db URL of a fresh, empty database, or null for the embedded one */
    abstract String dbUrl() throws Exception;

    static Pipeline rules() {
        return new Pipeline(TestSupport.engine().rules());
    }

    /** the project's rules without GOV-001 (government.drl left out): a changed rule folder */
    Pipeline changedRules() throws Exception {
        Path changed = TestSupport.copyRules(dir.resolve("changed-rules"));
        Files.delete(changed.resolve("government.drl"));
        return Pipeline.load(List.of(changed));
    }

    private static Input corpus(String name) {
        return Input.of(TestSupport.corpus(name));
    }

    @Test
    void aReportAndItsCheckAreStoredAndThereAgainAfterARestart() throws Exception {
        String url = dbUrl();
        long id;
        try (Workspace ws = Workspace.open(dir.resolve("ws"), url)) {
            List<Added> added = ws.add(List.of(corpus("text/2023_hongzequ_county.txt")), rules(), Settings.defaults(), "tester", "淮安市", null);
            assertThat(added).hasSize(1);
            Added a = added.get(0);
            assertThat(a.failed()).isNull();
            assertThat(a.newReport()).isTrue();
            assertThat(a.check()).isNotNull();
            assertThat(a.report().agency()).isEqualTo("洪泽区人民政府");
            assertThat(a.report().year()).isEqualTo(2023);
            assertThat(a.report().type()).isEqualTo("txt");
            assertThat(a.report().sha256()).isEqualTo(Workspace.sha256(Files.readAllBytes(TestSupport.corpus("text/2023_hongzequ_county.txt"))));
            assertThat(a.check().findings()).extracting(StoredFinding::ruleId).contains("LIT-001");
            id = a.report().id();
        }
        try (Workspace ws = Workspace.open(dir.resolve("ws"), url)) {
            List<StoredReport> all = ws.reports(Scope.ALL);
            assertThat(all).extracting(StoredReport::id).containsExactly(id);
            StoredReport r = all.get(0);
            assertThat(r.region()).isEqualTo("淮安市");
            assertThat(ws.content(id)).isEqualTo(Files.readAllBytes(TestSupport.corpus("text/2023_hongzequ_county.txt")));
            var check = ws.latestCheck(id).orElseThrow();
            assertThat(check.toolVersion()).isNotBlank();
            assertThat(check.rulesHash()).hasSize(64);
            assertThat(check.parameters()).contains("\"lang\":\"zh\"");
            Outcome now = rules().check(corpus("text/2023_hongzequ_county.txt"), Settings.defaults());
            assertThat(check.score()).isEqualTo(((Outcome.Checked) now).result().scorecard().score());
            assertThat(check.findings()).hasSize(((Outcome.Checked) now).result().findings().size());

            // the same bytes again: the same report, one more upload, no new check with the same rules
            Added again = ws.add(List.of(corpus("text/2023_hongzequ_county.txt")), rules(), Settings.defaults(), "tester", null, null).get(0);
            assertThat(again.newReport()).isFalse();
            assertThat(again.check()).isNull();
            assertThat(ws.reports(Scope.ALL)).hasSize(1);
            assertThat(ws.uploads(id)).hasSize(2);
            assertThat(ws.checks(id)).hasSize(1);
        }
    }

    @Test
    void aDismissalSurvivesChangedRulesAndTheSameReportAsPdf() throws Exception {
        try (Workspace ws = Workspace.open(dir.resolve("ws"), dbUrl())) {
            StoredReport txt = ws.add(List.of(corpus("text/2023_hongzequ_county.txt")), rules(), Settings.defaults(), "t", null, null)
                .get(0).report();
            View v = ws.view(txt.id(), rules().rules().scoring()).orElseThrow();
            StoredFinding lit = v.findings().stream().map(Workspace.Reviewed::finding)
                .filter(f -> f.ruleId().equals("LIT-001") && "review".equals(f.row())).findFirst().orElseThrow();
            assertThatThrownBy(() -> ws.review(txt.id(), lit.key(), Decision.DISMISS, " ", null, "审核员"))
                .isInstanceOf(WorkspaceException.class).hasMessageContaining("理由");
            ws.review(txt.id(), lit.key(), Decision.DISMISS, "总计栏按原件核对无误", "见原件第3页", "审核员");
            View reviewed = ws.view(txt.id(), rules().rules().scoring()).orElseThrow();
            assertThat(reviewed.dismissed()).extracting(r -> r.finding().key()).containsExactly(lit.key());
            assertThat(reviewed.scoreReviewed()).isGreaterThan(reviewed.scoreChecked());

            // re-checked with changed rules: a new check, what changed listed, the dismissal kept
            Added rechecked = ws.add(List.of(corpus("text/2023_hongzequ_county.txt")), changedRules(), Settings.defaults(), "t", null, null)
                .get(0);
            assertThat(rechecked.check()).isNotNull();
            assertThat(rechecked.diff()).isNotNull();
            assertThat(rechecked.diff().lost()).extracting(f -> f.getRuleId()).contains("GOV-001").doesNotContain("LIT-001");
            assertThat(ws.checks(txt.id())).hasSize(2);
            View after = ws.view(txt.id(), rules().rules().scoring()).orElseThrow();
            assertThat(after.dismissed()).extracting(r -> r.finding().key()).containsExactly(lit.key());
            assertThat(after.dismissed().get(0).decision().reason()).isEqualTo("总计栏按原件核对无误");
            assertThat(after.gone()).extracting(r -> r.finding().ruleId()).contains("GOV-001");

            // the same report as PDF: another file, the same findings' keys, the dismissal in force
            Added pdf = ws.add(List.of(corpus("pdf/2023_hongzequ_county.pdf")), rules(), Settings.defaults(), "t", null, null).get(0);
            assertThat(pdf.newReport()).isTrue();
            assertThat(pdf.report().type()).isEqualTo("pdf");
            assertThat(pdf.report().reportKey()).isEqualTo(txt.reportKey());
            View pdfView = ws.view(pdf.report().id(), rules().rules().scoring()).orElseThrow();
            assertThat(pdfView.dismissed()).extracting(r -> r.finding().key()).containsExactly(lit.key());
            assertThat(pdfView.dismissed().get(0).finding().location()).isEqualTo(lit.location());
        }
    }

    @Test
    void baselinesBecomeReviewsAndReviewsBecomeAWaiverFile() throws Exception {
        try (Workspace ws = Workspace.open(dir.resolve("ws"), dbUrl())) {
            Added a = ws.add(List.of(corpus("text/2024_hongzequ_county.txt")), rules(), Settings.defaults(), "t", null, null).get(0);
            Outcome.Checked checked = (Outcome.Checked) rules().check(corpus("text/2024_hongzequ_county.txt"), Settings.defaults());
            Path baseline = dir.resolve("baseline.json");
            Files.writeString(baseline, Baseline.of(List.of(checked.result())).toJson("ogicheck", "test"));
            int n = ws.importBaseline(baseline, "导入", "zh");
            assertThat(n).isEqualTo(checked.result().findings().size());
            View v = ws.view(a.report().id(), rules().rules().scoring()).orElseThrow();
            assertThat(v.dismissed()).hasSize(v.findings().size());
            assertThat(v.scoreReviewed()).isEqualTo(100.0);

            Path out = dir.resolve("waivers.json");
            Files.writeString(out, ws.exportBaseline());
            Baseline back = Baseline.read(out);
            assertThat(back.entries()).hasSize(new java.util.HashSet<>(v.findings().stream().map(r -> r.finding().key()).toList()).size());
            Outcome hidden = rules().check(corpus("pdf/2024_hongzequ_county.pdf"), Settings.defaults().withBaseline(back));
            assertThat(((Outcome.Checked) hidden).result().findings()).isEmpty();
        }
    }

    @Test
    void aCheckIsPairedWithTheStoredPreviousYear() throws Exception {
        try (Workspace ws = Workspace.open(dir.resolve("ws"), dbUrl())) {
            ws.add(List.of(corpus("text/2023_hongzequ_county.txt")), rules(), Settings.defaults(), "t", null, null);
            Added y2024 = ws.add(List.of(corpus("text/2024_hongzequ_county.txt")), rules(), Settings.defaults(), "t", null, null).get(0);
            assertThat(y2024.check().parameters()).contains("\"previousReport\":" + ws.reports(Scope.ALL).get(0).id());
        }
    }
}
