package org.ogicheck.engine;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.ogicheck.model.Param;

/**
 * The parameter sheet a regulator edits in a spreadsheet: {@code parameters.csv} and/or
 * {@code parameters.xlsx} in a rule folder, columns name, value, description (first row a header).
 * Names {@code weight.<ID>}, {@code ruleSeverity.<ID>} and the other keys of scoring.properties
 * override the scoring settings; every row is also a {@link Param} fact that rules read.
 * A later folder overrides an earlier one, and the .xlsx overrides the .csv of the same folder.
 */
public final class Parameters {
    private final Map<String, String> values = new LinkedHashMap<>();

    void load(Path dir) throws RulesException {
        Path csv = dir.resolve("parameters.csv");
        if (Files.isRegularFile(csv)) readCsv(csv);
        Path xlsx = dir.resolve("parameters.xlsx");
        if (Files.isRegularFile(xlsx)) readXlsx(xlsx);
    }

    public Map<String, String> values() {
        return values;
    }

    /** a parameter named …Words is a list of words apart by | (sec004.leadInWords), not a number */
    private static boolean words(String name) {
        return name.endsWith("Words");
    }

    public List<Param> facts() {
        List<Param> out = new ArrayList<>();
        values.forEach((k, v) -> out.add(new Param(k, v, number(v))));
        return out;
    }

    private void readCsv(Path file) throws RulesException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw RulesException.of("parameters.cannotRead", RuleSet.rel(file.toString()), e.getMessage());
        }
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i).replace("\uFEFF", "");
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] cols = line.split(",", 3);
            if (cols.length < 2 || cols[0].isBlank()) {
                throw RulesException.of("parameters.badLine", RuleSet.rel(file.toString()), i + 1);
            }
            put(file, i + 1, cols[0].strip(), cols[1].strip());
        }
    }

    private void readXlsx(Path file) throws RulesException {
        DataFormatter fmt = new DataFormatter();
        try (InputStream in = Files.newInputStream(file); Workbook wb = WorkbookFactory.create(in)) {
            Sheet sheet = wb.getSheetAt(0);
            for (Row row : sheet) {
                if (row.getRowNum() == 0) continue;
                Cell name = row.getCell(0);
                Cell value = row.getCell(1);
                if (name == null || fmt.formatCellValue(name).isBlank()) continue;
                if (value == null) {
                    throw RulesException.of("parameters.noValue", RuleSet.rel(file.toString()), row.getRowNum() + 1, fmt.formatCellValue(name));
                }
                put(file, row.getRowNum() + 1, fmt.formatCellValue(name).strip(), fmt.formatCellValue(value).strip());
            }
        } catch (IOException | RuntimeException e) {
            throw RulesException.of("parameters.badSheet", RuleSet.rel(file.toString()), e.getMessage());
        }
    }

    /**
     * a parameter of the sheet: a value the rules read as a number (a rule's parameter, a weight) must be one — a
     * rule that found no number would quietly use its default, and a scoring setting would fail only when it is used
     */
    private void put(Path file, int line, String name, String value) throws RulesException {
        if (words(name)) {
            if (value.replace("|", "").isBlank()) {
                throw RulesException.of("parameters.noWords", RuleSet.rel(file.toString()), line, name);
            }
        } else if (!Scoring.textual(name) && number(value) == null) {
            throw RulesException.of("parameters.notNumber", RuleSet.rel(file.toString()), line, name, value);
        }
        values.put(name, value);
    }

    static BigDecimal number(String v) {
        try {
            return new BigDecimal(v.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
