package org.ogicheck.workspace;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * The agencies of a region expected to publish a report: the first sheet of an Excel workbook with
 * a header row naming the columns 名称 (name), 级别 (level) and 上级 (parent), one agency a row.
 */
public record Roster(List<Entry> entries) {
    /** one agency; level as written (省级, 市级, 县级, 部门 …), parent the name of the agency above it or empty */
    public record Entry(String name, String level, String parent) {
    }

    public Roster {
        entries = List.copyOf(entries);
    }

    public static Roster read(Path file) throws WorkspaceException {
        if (!Files.isRegularFile(file)) throw WorkspaceException.of("roster.notFound", file);
        try (InputStream in = Files.newInputStream(file); Workbook wb = WorkbookFactory.create(in)) {
            Sheet sheet = wb.getSheetAt(0);
            DataFormatter fmt = new DataFormatter();
            int name = -1;
            int level = -1;
            int parent = -1;
            int header = -1;
            for (Row r : sheet) {
                for (Cell c : r) {
                    String v = fmt.formatCellValue(c).strip().toLowerCase(Locale.ROOT);
                    if (v.equals("名称") || v.equals("单位") || v.equals("单位名称") || v.equals("name")) name = c.getColumnIndex();
                    else if (v.equals("级别") || v.equals("层级") || v.equals("level")) level = c.getColumnIndex();
                    else if (v.equals("上级") || v.equals("上级单位") || v.equals("parent")) parent = c.getColumnIndex();
                }
                if (name >= 0) {
                    header = r.getRowNum();
                    break;
                }
            }
            if (name < 0) throw WorkspaceException.of("roster.noName", file);
            List<Entry> out = new ArrayList<>();
            for (Row r : sheet) {
                if (r.getRowNum() <= header) continue;
                String n = cell(fmt, r, name);
                if (n.isEmpty()) continue;
                out.add(new Entry(n, cell(fmt, r, level), cell(fmt, r, parent)));
            }
            if (out.isEmpty()) throw WorkspaceException.of("roster.empty", file);
            return new Roster(out);
        } catch (IOException | RuntimeException e) {
            throw WorkspaceException.of("roster.unreadable", file, e.getMessage());
        }
    }

    private static String cell(DataFormatter fmt, Row r, int col) {
        if (col < 0) return "";
        Cell c = r.getCell(col);
        return c == null ? "" : fmt.formatCellValue(c).strip();
    }

    /**
     * The roster's entry for an agency name as a report states it: the same name, else the one
     * entry whose name ends with it or that it ends with (a report often drops the city: 洪泽区人民政府
     * for 淮安市洪泽区人民政府); null when none or more than one fit.
     */
    public Entry match(String agency) {
        if (agency == null || agency.isBlank()) return null;
        for (Entry e : entries) if (e.name().equals(agency)) return e;
        Entry found = null;
        for (Entry e : entries) {
            if (e.name().endsWith(agency) || agency.endsWith(e.name())) {
                if (found != null) return null;
                found = e;
            }
        }
        return found;
    }
}
