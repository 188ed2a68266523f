package org.ogicheck.workspace;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A roster workbook for the corpus as one region: the agencies of its reports and one that published nothing (淮安市淮阴区人民政府). */
public final class Rosters {
    public static final String MISSING = "淮安市淮阴区人民政府";

    private Rosters() {
    }

    public static Path corpus(Path file) throws IOException {
        String[][] rows = {
            {"名称", "级别", "上级"},
            {"淮安市人民政府", "市级", ""},
            {"淮安市洪泽区人民政府", "县级", "淮安市人民政府"},
            {MISSING, "县级", "淮安市人民政府"},
            {"平潭综合实验区", "市级", ""},
            {"沭阳县发展和改革局", "部门", "沭阳县人民政府"},
            {"上海市人民政府办公厅", "省级", ""},
        };
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("名单");
            for (int i = 0; i < rows.length; i++) {
                Row r = s.createRow(i);
                for (int j = 0; j < rows[i].length; j++) r.createCell(j).setCellValue(rows[i][j]);
            }
            wb.write(out);
        }
        return file;
    }
}
