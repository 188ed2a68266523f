package org.ogicheck.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ogicheck.model.Cell;
import org.ogicheck.read.TableForms.C;
import org.ogicheck.read.TableForms.Form;
import org.ogicheck.read.TableForms.Part;

/**
 * Issue 10: tables 二 and 三 run together on one line with the heading 二、 before them, every cell apart by a single
 * space, as a crawler gives a page whose cells hold bare text (htq.gov.cn's 区农业农村局 2025 page,
 * /work/notes/pages7/p49: "二、主动公开政府信息情况 第二十条第(一)项 信息内容 本年制发件数 … 规 章 0 0 0 …"). Made from every
 * corpus report (text, pages, Word): the line is parted where the format's labels begin and the tables rebuilt when each
 * row's numbers fit its columns exactly — then the cells and the ERRORs are those of the same report in | rows, and a
 * defect put in by mutate is found; a row whose numbers do not fit (a blank cell leaves no trace) is unread, never an
 * ERROR the report lacks.
 */
class RunOnTablesTest {

    /** the report with everything from the heading 二、 to the heading 四、 on one line, cells apart by spaces */
    static byte[] runOn(List<Part> parts) {
        StringBuilder sb = new StringBuilder();
        StringBuilder line = null;
        for (Part p : parts) {
            if (!p.isTable() && p.line().strip().startsWith("二、")) line = new StringBuilder(p.line().strip());
            else if (!p.isTable() && p.line().strip().startsWith("四、") && line != null) {
                sb.append(line).append('\n');
                line = null;
            }
            if (line == null) {
                if (!p.isTable()) sb.append(p.line()).append('\n');
                else for (List<C> r : p.rows()) sb.append(String.join(" | ", r.stream().map(C::text).toList())).append(" |\n");
                continue;
            }
            if (!p.isTable()) {
                if (!p.line().strip().startsWith("二、")) line.append(' ').append(p.line().strip());
                continue;
            }
            for (List<C> r : p.rows()) {
                for (C c : r) {
                    // the corpus's notes on its own text ([corpus note: …], which may hold a |) are no part of a page
                    String cell = c.text().replaceAll("\\[corpus note[^\\]]*\\]", "").replace('\n', ' ').strip();
                    if (!cell.isEmpty()) line.append(' ').append(cell);
                }
            }
        }
        if (line != null) sb.append(line).append('\n');
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static ShapeChecks.Checked check(List<Part> parts) throws Exception {
        return ShapeChecks.check(Twins.parse(Readers.read("report.txt", runOn(parts))));
    }

    private static List<String> cells(org.ogicheck.parse.ParsedReport p) {
        List<String> out = new ArrayList<>();
        for (Cell c : p.cells()) {
            if (c.getTable().startsWith("A20.") || c.getTable().equals("APP")) out.add(c.getTable() + "/" + c.getRow() + "/" + c.getColumn() + "=" + c.getRead());
        }
        out.sort(null);
        return out;
    }

    @Test
    void tablesRunTogetherOnOneLineAreRebuiltWhereTheirLabelsPartThemOneWay() throws Exception {
        List<String> wrong = new ArrayList<>();
        int read = 0;
        int found = 0;
        for (ShapeChecks.Source s : ShapeChecks.sources("APP-001")) {
            List<String> pipe = ShapeChecks.check(s.parts(), Form.PIPE, s.name()).errors();
            ShapeChecks.Checked one = check(s.parts());
            if (!pipe.containsAll(one.errors())) {
                wrong.add(s.name() + ": " + one.errors() + " beside " + pipe);
                continue;
            }
            List<String> asRows = cells(Twins.parse(Readers.read("report.txt", TableForms.write(s.parts(), Form.PIPE))));
            if (!asRows.equals(cells(Twins.parse(Readers.read("report.txt", runOn(s.parts())))))) continue;
            // read as the | rows read: the same ERRORs, and the defect found
            read++;
            if (!one.errors().equals(pipe)) wrong.add(s.name() + ", read: " + one.errors() + " instead of " + pipe);
            if (s.broken() == null) continue;
            List<String> defect = new ArrayList<>(ShapeChecks.check(s.broken(), Form.PIPE, s.name()).errors());
            pipe.forEach(defect::remove);
            List<String> added = new ArrayList<>(check(s.broken()).errors());
            one.errors().forEach(added::remove);
            if (!added.equals(defect)) wrong.add(s.name() + ", with the defect: " + added + " instead of " + defect);
            else if (!defect.isEmpty()) found++;
        }
        assertThat(wrong).isEmpty();
        assertThat(read).isGreaterThanOrEqualTo(6);
        assertThat(found).isGreaterThanOrEqualTo(6);
    }

    @Test
    void theRealPageReadsItsTables() throws Exception {
        // htq.gov.cn 区农业农村局 2025 as crawled (opening, cut inside table 三): the four 第二十条 blocks read, no ERROR
        String page = "二、主动公开政府信息情况 第二十条第(一)项 信息内容 本年制发件数 本年废止件数 现行有效件数 规 章 0 0 0 行政规范性文件 0 0 0"
            + " 第二十条第(五)项 信息内容 本年处理决定数量 行政许可 52 第二十条第(六)项 信息内容 本年处理决定数量 行政处罚 15 行政强制 0"
            + " 第二十条第(八)项 信息内容 本年收费金额(单位:万元) 行政事业性收费 0 三、收到和处理政府信息公开申请情况"
            + " (本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和) 申请人情况 自然人 法人或其他组织 总计 商业 企业 科研 机构"
            + " 社会公益组织 法律服务机构 其他 一、本年新收政府信息公开申请数量 0 0 0 0 0 0 0 二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0 三、本年度办理结";
        String text = "2025年汉台区农业农村局政府信息公开工作年度报告\n一、总体情况\n2025年，区农业农村局认真贯彻落实《中华人民共和国政府信息公开条例》。\n" + page + "\n";
        org.ogicheck.parse.ParsedReport p = Twins.parse(Readers.read("page.txt", text.getBytes(StandardCharsets.UTF_8)));
        assertThat(p.cell("A20.五", "license", "decisions").getRead().getWhole()).isEqualTo(52L);
        assertThat(p.cell("A20.六", "penalty", "decisions").getRead().getWhole()).isEqualTo(15L);
        assertThat(p.cell("A20.一", "rules", "inForce").getN()).isEqualTo(0L);
        assertThat(ShapeChecks.check(p).errors()).isEmpty();
    }
}
