package org.ogicheck.render;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ogicheck.i18n.Texts;
import org.ogicheck.app.Result;
import org.ogicheck.engine.RuleSet;
import org.ogicheck.engine.Scoring;
import org.ogicheck.model.Finding;

/** A workbook: the ranked summary, every finding, and the findings of each score category on a sheet of its own. */
public final class XlsxRenderer implements Renderer {

    @Override
    public boolean binary() {
        return true;
    }

    @Override
    public void render(List<Result> results, String lang, RuleSet rules, OutputStream out) throws IOException {
        render(results, List.of(), lang, rules, out);
    }

    /** the inputs that could not be checked are rows of their own sheet (source, reason) */
    @Override
    public void render(List<Result> results, List<Unreadable> unreadable, String lang, RuleSet rules, OutputStream out)
        throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);

            Sheet summary = sheet(wb, Labels.t(lang, "summary"), Labels.summaryHeader(lang), bold);
            int rank = 0;
            for (Result r : Findings.ranked(results)) {
                rank++;
                row(summary, Findings.summary(rank, r, lang));
            }
            Sheet all = sheet(wb, Labels.t(lang, "findings3"), Labels.findingHeader(lang), bold);
            for (Result r : results) for (Finding f : r.findings()) row(all, Findings.row(r, f));
            for (Scoring.Category c : rules.scoring().categories()) {
                Sheet s = sheet(wb, Texts.named(lang, c.zh(), c.en()), Labels.findingHeader(lang), bold);
                for (Result r : results) {
                    for (Finding f : r.findings()) if (f.getCategory().equals(c.id())) row(s, Findings.row(r, f));
                }
            }
            if (!unreadable.isEmpty()) {
                Sheet s = sheet(wb, Labels.t(lang, "notChecked"), Labels.list(lang, "xlsx.notChecked.header"), bold);
                for (Unreadable u : unreadable) row(s, List.of(u.source(), u.reason()));
            }
            for (Sheet s : wb) {
                int cols = s.getRow(0).getLastCellNum();
                s.setAutoFilter(new CellRangeAddress(0, Math.max(0, s.getLastRowNum()), 0, cols - 1));
            }
            wb.write(out);
        }
    }

    /** a sheet with a bold, frozen header row */
    private static Sheet sheet(XSSFWorkbook wb, String name, List<String> header, CellStyle bold) {
        Sheet s = wb.createSheet(WorkbookUtil.createSafeSheetName(name));
        Row h = s.createRow(0);
        for (int i = 0; i < header.size(); i++) {
            Cell c = h.createCell(i);
            c.setCellValue(header.get(i));
            c.setCellStyle(bold);
            s.setColumnWidth(i, 14 * 256);
        }
        s.createFreezePane(0, 1);
        return s;
    }

    /** one row below the last; numbers as numbers, text always as text (never a formula) */
    private static void row(Sheet s, List<Object> values) {
        Row row = s.createRow(s.getLastRowNum() + 1);
        for (int i = 0; i < values.size(); i++) {
            Object v = values.get(i);
            if (v == null) continue;
            Cell c = row.createCell(i);
            if (v instanceof Number n) c.setCellValue(n.doubleValue());
            else c.setCellValue(Findings.text(v));
        }
    }
}
