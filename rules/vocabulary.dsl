# 规则用语（Drools DSL 词汇表）：左边是监管人员写的中文句子，右边是它展开成的 DRL。
# 句子写在 .dslr 文件里；“如果”之后写条件，“那么”之后写结论。{…} 是由写规则的人填写的部分。
# 表名：申请情况表（第三部分）、复议诉讼表（第四部分）。行、列的名称见 rules/README.md。
[keyword][]如果=when
[keyword][]那么=then
[keyword][]结束=end
# 两边之和的比较，只因文字识别（OCR）存疑的单元格（[识别存疑:N]，置信度低于 ocr.minConfidence）而无法核对：
# 这些单元格按识别的读数相加，结论说出存疑的单元格及其读数（可能为识别错误）
[condition][]申请情况表 任一列 因识别存疑无法核对 “（七）总计”是否等于（一）至（六）各项之和=$cells : List() from collect(Cell(table == "APP")) $u : Figures.Unsure() from Figures.unsureOutcomes($cells)
[condition][]申请情况表 任一列 因识别存疑无法核对 {左} 是否等于 {右}=$cells : List() from collect(Cell(table == "APP")) $u : Figures.Unsure() from Figures.unsure($cells, "APP", true, "{左}", "{右}")
[condition][]申请情况表 任一行 因识别存疑无法核对 {左} 是否等于 {右}=$cells : List() from collect(Cell(table == "APP")) $u : Figures.Unsure() from Figures.unsure($cells, "APP", false, "{左}", "{右}")
[condition][]复议诉讼表 任一行 因识别存疑无法核对 {左} 是否等于 {右}=$cells : List() from collect(Cell(table == "LIT")) $u : Figures.Unsure() from Figures.unsure($cells, "LIT", false, "{左}", "{右}")
[consequence][]报告 识别存疑的单元格及其读数=insert($u.finding(drools.getRule()));
# 两边之和的比较，允许误差（必须写在不带误差的句子之前）
[condition][]申请情况表 任一列 {左} 不等于 {右} 允许误差 {误差}=$cells : List() from collect(Cell(table == "APP")) $m : Figures.Imbalance() from Figures.imbalances($cells, "APP", true, "{左}", "{右}", {误差})
[condition][]申请情况表 任一行 {左} 不等于 {右} 允许误差 {误差}=$cells : List() from collect(Cell(table == "APP")) $m : Figures.Imbalance() from Figures.imbalances($cells, "APP", false, "{左}", "{右}", {误差})
[condition][]复议诉讼表 任一行 {左} 不等于 {右} 允许误差 {误差}=$cells : List() from collect(Cell(table == "LIT")) $m : Figures.Imbalance() from Figures.imbalances($cells, "LIT", false, "{左}", "{右}", {误差})
[condition][]申请情况表 任一列 {左} 不等于 {右}=$cells : List() from collect(Cell(table == "APP")) $m : Figures.Imbalance() from Figures.imbalances($cells, "APP", true, "{左}", "{右}", 0)
[condition][]申请情况表 任一行 {左} 不等于 {右}=$cells : List() from collect(Cell(table == "APP")) $m : Figures.Imbalance() from Figures.imbalances($cells, "APP", false, "{左}", "{右}", 0)
[condition][]复议诉讼表 任一行 {左} 不等于 {右}=$cells : List() from collect(Cell(table == "LIT")) $m : Figures.Imbalance() from Figures.imbalances($cells, "LIT", false, "{左}", "{右}", 0)
# 结论：报告本条规则的问题（严重程度、类别、依据写在规则头部的 @severity @category @basis）
[consequence][]报告 不平衡=insert($m.finding(drools.getRule()));

# ---- 整份报告 ----
[condition][]年度报告 使用{版本}年格式=Report(layout == "{版本}")
[condition][]年度报告 有第二部分=exists (Section(number == 2) or TableFact(section == "二"))
[condition][]年度报告 缺少某一部分，该部分的表格也没有=Report() $n : Integer() from List.of(1, 2, 3, 4, 5, 6) not Section(number == $n) not TableFact(section == Section.NUMERALS[$n])
# 正文在某个表格中中断（网页被截断或复制不全，见 PARSE-001）：此后的部分和第二十条项目没有读到，不知道报告有没有
[condition][]该部分在正文中断的表格之前=Report(!afterCut($n))
[condition][]该部分在正文中断的表格之后=Report(afterCut($n))
[condition][]该项在正文中断的表格之前=Report(!afterCutBlock($item))
[condition][]该项在正文中断的表格之后=Report(afterCutBlock($item))
[condition][]年度报告 第二、三或四部分没有找到标题，但有该部分的表格=Report() $n : Integer() from List.of(2, 3, 4) not Section(number == $n) $t : TableFact(section == Section.NUMERALS[$n]) not TableFact(section == Section.NUMERALS[$n], src.line < $t.src.line)
[condition][]年度报告 没有写统计期间=Report(periodText == null)
[condition][]年度报告 统计期间不是报告年度的1月1日至12月31日=$r : Report(periodStart != null, year != null, periodStart.year != year || periodStart.dayOfYear != 1 || periodEnd.year != year || periodEnd.monthValue != 12 || periodEnd.dayOfMonth != 31)
[condition][]年度报告 所用格式与报告年度不符=$r : Report(year != null, edition == "2019" && year >= 2021 || edition == "2021" && year == 2020)
[condition][]年度报告 同时有两种格式的标志=$r : Report(edition == "mixed")
[condition][]年度报告 年度不明=Report(year == null)
[condition][]年度报告 标题的年度与统计期间的年度不同=$r : Report(titleYear != null, periodStart != null, titleYear != periodStart.year)
# 参数：rules/parameters.csv 中的一行；下一句用“该参数”读它，表中没有这一行时用句中写的缺省值
[condition][]参数 “{名称}”=$param : List() from accumulate(Param(name == "{名称}", number != null, $v : number), collectList($v))
# 词表（参数表中的一行）：值是用 | 隔开的词（如“如下|下表|附表”）；下一句用“该词表”读它，表中没有这一行时用句中写的缺省词表
[condition][]取词表 “{名称}”=$words : List() from accumulate(Param(name == "{名称}", $v : value), collectList($v))

# ---- 各部分及其标题 ----
[condition][]任一部分 标题的序号与其位置不符=$s : Section(declared != 0, declared != number)
[condition][]任一部分 标题不是按“一、二、……”编号=$s : Section(style != "A")
[condition][]任一部分 排在序号更大的某一部分之后=$s : Section() $e : Section(number > $s.number, order < $s.order)
[condition][]任一部分 标题与格式的写法不同=$s : Section(official == false)
[condition][]第二、三或四部分 没有图片，正文中也没有该部分表格的用语=$s : Section(number >= 2, number <= 4, $num : numeral, images == 0, !Figures.tableWords(number, text))
[condition][]第二、三或四部分 没有图片，正文中有该部分表格的用语=$s : Section(number >= 2, number <= 4, $num : numeral, images == 0, Figures.tableWords(number, text))
[condition][]第二、三或四部分 有图片=$s : Section(number >= 2, number <= 4, $num : numeral, images > 0)
[condition][]该部分 没有一个单元格=not Cell(section == $num)
[condition][]该部分 没有读出的表格也没有读取问题=not Cell(section == $num) not ParseIssue(section == $num)
[condition][]该部分 没有找到表格的标题或表头=not TableFact(section == $num)
# 正文在该部分中断（最后一句没有写完，网页被截断或复制不全）：它的表格可能就在中断处之后
[condition][]正文不在该部分中断=Report(!stopsIn($s.number))
[condition][]正文在该部分中断=Report(stopsIn($s.number))
# 标题下的文字以引出表格的话结尾（“具体情况如下：”“详见下表”“见附表”，Figures.leadIn）时，表格是有的，只是没有找到
[condition][]该部分 标题下有文字，最后一句没有该词表中引出表格的话（缺省 “{缺省}”）=Report($s.textLength > 0, Figures.leadIn($s.text, $words, "{缺省}") == null)
[condition][]该部分 最后一句有该词表中引出表格的话（缺省 “{缺省}”）=$lead : String() from Figures.leadIn($s.getText(), $words, "{缺省}")
# 读入的文件能否看到图片：网页和 Word 文件中的图片程序是看到的；纯文字（文本文件、粘贴的文字）里没有图片的痕迹，
# PDF、OFD、.doc 文件中的图片程序不查找（Report.picturesUnseen）
[condition][]该部分 标题下什么也没有，读入的文件能看到图片=Report(!picturesUnseen, $s.textLength == 0)
[condition][]该部分 标题下什么也没有，读入的文件看不到图片=Report(picturesUnseen, $s.textLength == 0)
[condition][]该部分 找到了表格的标题或表头=exists TableFact(section == $num)
[condition][]第二部分 没有图片=not Section(number == 2, images > 0)
[condition][]第二部分 至少有一个单元格能读出=exists Cell(section == "二")
[condition][]第五部分 有意义的字数少于该参数（缺省 {缺省}）=$s : Section(number == 5, textLength < Figures.intParam($param, {缺省}))

# ---- 第二部分：第二十条各项的表格 ----
[condition][]第二十条 缺少本格式要求的某一项=$r : Report(layout != null) $item : String() from Figures.requiredBlocks($r.getLayout()) not TableFact(id == ("A20." + $item))
[condition][]第二十条 任一项 有标题而没有一行能读出=$t : TableFact(id matches "A20\\..+") not Cell(table == $t.id)
[condition][]第二十条各表 任一单元格 是文字=$c : Cell(table.startsWith("A20."), rowKind == Value.Kind.TEXT)
[condition][]第二十条各表 任一单元格 空白或为“/”=$c : Cell(table.startsWith("A20."), rowKind == Value.Kind.BLANK || rowKind == Value.Kind.DASH)
[condition][]第二十条各表 任一单元格 是负数（“本年增/减”列除外）或小数（金额列除外）=$c : Cell(table.startsWith("A20."), rowNumber != null, column != "change" && rowNumber.signum() < 0 || column != "amount" && rowN == null)
[condition][]第二十条第（一）项 任一行 “本年制发件数”大于“现行有效件数”加“本年废止件数”=$i : Cell(table == "A20.一", column == "issued", rowN != null, $row : row) $f : Cell(table == "A20.一", column == "inForce", row == $row, rowN != null) $p : Cell(table == "A20.一", column == "repealed", row == $row, rowN != null) eval($i.getRowN() > $f.getRowN() + $p.getRowN())
[condition][]第二十条第（一）项 任一行 “本年新公开数量”大于“对外公开总数量”=$p : Cell(table == "A20.一", column == "newPublished", rowN != null, $row : row) $t : Cell(table == "A20.一", column == "totalPublished", row == $row, rowN != null, rowN < $p.rowN)
[condition][]第二十条第（一）项 任一行 “本年新公开数量”不等于“本年新制作数量”=$m : Cell(table == "A20.一", column == "newMade", rowN != null, $row : row) $p : Cell(table == "A20.一", column == "newPublished", row == $row, rowN != null, rowN != $m.rowN)
[condition][]第二十条各表 任一“本年增/减”单元格 不为0且没有写明增或减=$c : Cell(table.startsWith("A20."), column == "change", n != null, n != 0, value.direction == 0) $row : List() from accumulate($x : Cell(table.startsWith("A20."), table == $c.table, row == $c.row), collectList($x))
# “读得通”：上一年项目数量 加（或未写明方向时减）本年增/减 等于 处理决定数量，三者不全为0
[condition][]第二十条第（五）（六）项 至少有一行 “上一年项目数量”加减“本年增/减”等于“处理决定数量”=exists ( $p1 : Cell(table in ("A20.五", "A20.六"), column == "prevCount", n != null, $r1 : row, $t1 : table) and $c1 : Cell(table == $t1, row == $r1, column == "change", n != null) and $d1 : Cell(table == $t1, row == $r1, column == "decisions", n != null) and eval(Figures.fits($p1, $c1, $d1) && !Figures.allZero($p1, $c1, $d1)) )
[condition][]第二十条第（五）（六）项 任一行 这样读不通=$p : Cell(table in ("A20.五", "A20.六"), column == "prevCount", n != null, $row : row, $t : table) $c : Cell(table == $t, row == $row, column == "change", n != null) $d : Cell(table == $t, row == $row, column == "decisions", n != null) eval(!Figures.fits($p, $c, $d) && !Figures.allZero($p, $c, $d))
[condition][]第二十条第（五）（六）项 没有一行 这样读不通=not ( $p2 : Cell(table in ("A20.五", "A20.六"), column == "prevCount", n != null, $r2 : row, $t2 : table) and $c2 : Cell(table == $t2, row == $r2, column == "change", n != null) and $d2 : Cell(table == $t2, row == $r2, column == "decisions", n != null) and eval(!Figures.fits($p2, $c2, $d2) && !Figures.allZero($p2, $c2, $d2)) )
[condition][]第二十条第（九）项 任一“金额”单元格 没有写单位，列名中也没有“元”=$c : Cell(table == "A20.九", column == "amount", number != null, value.unit == null, columnLabel not matches ".*元.*")
[condition][]第二十条第（八）项 任一“金额”单元格 写的是“元”而列名是“万元”，或不小于该参数（缺省 {缺省}）=$c : Cell(table == "A20.八", column == "amount", number != null, value.unit == "元" && columnLabel matches ".*万元.*" || number.doubleValue() >= Figures.param($param, {缺省}))

# ---- 第三部分：申请情况表 ----
[condition][]申请情况表 没有读取问题=not ParseIssue(table == "APP")
[condition][]申请情况表 没有整表的读取问题=not ParseIssue(table == "APP", row == null)
# 有读取问题的行（重复的行、半截的行）可能正是“缺少”的那一行被读错了位置
[condition][]申请情况表 有读不准的行，但没有整表的读取问题=exists ParseIssue(table == "APP", row != null) not ParseIssue(table == "APP", row == null)
# “齐全”：本格式必备的各行、（六）其他处理及其分项都在（与 APP-006 的判断相同，不必等 APP-006 的结论）
[condition][]申请情况表 各必备行齐全=not (TableFact(id == "APP") and not ParseIssue(table == "APP", row == null) and $all : List(size > 0) from collect(Cell(table == "APP")) and eval(Figures.appRowMissing($all)))
[condition][]申请情况表 缺少本格式必备的某一行=$t : TableFact(id == "APP") exists Cell(table == "APP") $spec : String() from Figures.appRequiredRows() $row : String() from Figures.part($spec, 0) not Cell(table == "APP", row == $row)
[condition][]申请情况表 缺少“（六）其他处理”=$t : TableFact(id == "APP") exists Cell(table == "APP") $spec : String() from List.of("other/（六）其他处理") not Cell(table == "APP", row matches "other(\\.\\d)?")
[condition][]申请情况表 分列“（六）其他处理”，但缺少其中某一行=$t : TableFact(id == "APP") exists Cell(table == "APP", row matches "other\\.\\d") $spec : String() from Figures.appOtherParts() $row : String() from Figures.part($spec, 0) not Cell(table == "APP", row == $row)
[condition][]申请情况表 任一列 “（七）总计”不等于（一）至（六）各项之和，各项都是数字=$t : Cell(table == "APP", row == "total", n != null, $col : column) not Cell(table == "APP", column == $col, n == null, Figures.appOutcome(row)) $parts : List(size > 0) from accumulate($x : Cell(table == "APP", column == $col, Figures.appOutcome(row)), collectList($x)) $sum : Number(longValue != $t.n) from accumulate(Cell(table == "APP", column == $col, $v : n, Figures.appOutcome(row)), sum($v))
[condition][]申请情况表 任一行 “总计”列不等于各类申请人之和，各列都是数字=$t : Cell(table == "APP", column == "total", rowN != null, $row : row) not Cell(table == "APP", row == $row, column != "total", rowN == null) $sum : Number(longValue != $t.rowN) from accumulate(Cell(table == "APP", row == $row, column != "total", $v : rowN), sum($v))
[condition][]申请情况表 任一单元格 是文字、负数或小数=$c : Cell(table == "APP", rowKind == Value.Kind.TEXT || rowNumber != null && (rowNumber.signum() < 0 || rowN == null))
[condition][]申请情况表 任一列 有空白或“/”的单元格=$col : String() from List.of("natural", "commercial", "research", "publicInterest", "legal", "otherOrg", "total") $blank : List(size > 0) from accumulate($x : Cell(table == "APP", column == $col, rowKind == Value.Kind.BLANK || rowKind == Value.Kind.DASH), collectList($x))
[condition][]申请情况表 “本年新收”的总计大于0=$r : Cell(table == "APP", row == "received", column == "total", n != null, n > 0)
[condition][]申请情况表 “（七）总计”的总计为0=$t : Cell(table == "APP", row == "total", column == "total", n != null, n == 0)
[condition][]申请情况表 “（六）其他处理”只有一行=$c : Cell(table == "APP", row == "other", column == "total")

# ---- 第四部分：复议诉讼表 ----
[condition][]复议诉讼表 任一行 有不是非负整数的单元格（空白和“/”除外）=$row : String() from List.of("review", "direct", "afterReview") $bad : List(size > 0) from accumulate($x : Cell(table == "LIT", row == $row, rowKind == Value.Kind.TEXT || rowKind == Value.Kind.MISSING || rowKind == Value.Kind.UNREADABLE && !unsure || rowNumber != null && (rowNumber.signum() < 0 || rowN == null)), collectList($x))
[condition][]复议诉讼表 任一行 有空白或“/”的单元格=$row : String() from List.of("review", "direct", "afterReview") $bad : List(size > 0) from accumulate($x : Cell(table == "LIT", row == $row, rowKind == Value.Kind.BLANK || rowKind == Value.Kind.DASH), collectList($x))

# ---- 结论：“报告 …”说出本条规则的问题；“，用消息 …”选消息文件中的另一种说法（<编号>.<说法>）。长的写法在前 ----
# 只说本条规则的消息，不指向报告中的某处
[consequence][]报告 本条问题，用消息 {说法}=insert(Emit.finding(drools.getRule()).variant("{说法}"));
[consequence][]报告 该单元格及其内容，用消息 {说法}=insert(Emit.finding(drools.getRule()).variant("{说法}").at($c).actual($c.getRowValue().display()).args($c.getName(), $c.getRowValue().display()));
[consequence][]报告 该单元格及其内容=insert(Emit.finding(drools.getRule()).at($c).actual($c.getRowValue().display()).args($c.getName(), $c.getRowValue().display()));
[consequence][]报告 该列总计与各项之和的差=insert(Emit.finding(drools.getRule()).at($t).expected($sum.longValue()).actual($t.getN()).difference($t.getN() - $sum.longValue()).evidence("parts", $parts.size()).args($t.getColumnLabel(), $sum.longValue(), $t.getN(), $t.getN() - $sum.longValue()));
[consequence][]报告 该行总计与各列之和的差=insert(Emit.finding(drools.getRule()).at($t).expected($sum.longValue()).actual($t.getRowN()).difference($t.getRowN() - $sum.longValue()).args($t.getRowLabel(), $sum.longValue(), $t.getRowN(), $t.getRowN() - $sum.longValue()));
[consequence][]报告 该列的空白单元格=insert(Emit.finding(drools.getRule()).at("三", "APP", null, $col, Figures.inSourceOrder($blank).get(0).getSrc()).evidence("rows", Figures.rowLabels($blank)).actual($blank.size() + " 个空白单元格").args(Figures.inSourceOrder($blank).get(0).getColumnLabel(), $blank.size(), Figures.rowList($blank)));
[consequence][]报告 缺少的行=insert(Emit.finding(drools.getRule()).section("三").table("APP").row(Figures.part($spec, 0)).src($t.getSrc()).expected(Figures.part($spec, 1)).args(Figures.part($spec, 1)));
[consequence][]报告 未找到的行，可能在读不准的行中=insert(Emit.finding(drools.getRule()).variant("unsure").section("三").table("APP").row(Figures.part($spec, 0)).src($t.getSrc()).expected(Figures.part($spec, 1)).args(Figures.part($spec, 1)));
[consequence][]报告 收到申请而没有办理结果=insert(Emit.finding(drools.getRule()).at($t).cells($r).args($r.getN()));
[consequence][]报告 “（六）其他处理”未分列=insert(Emit.finding(drools.getRule()).section("三").table("APP").row("other").src($c.getSrc()).args());
[consequence][]报告 该行不是非负整数的单元格=insert(Emit.finding(drools.getRule()).at("四", "LIT", $row, null, Figures.first($bad).getSrc()).cells(Figures.array($bad)).actual(Figures.show($bad)).args(Figures.first($bad).getRowLabel(), Figures.show($bad)));
[consequence][]报告 该行的空白单元格=insert(Emit.finding(drools.getRule()).at("四", "LIT", $row, null, Figures.first($bad).getSrc()).cells(Figures.array($bad)).actual($bad.size() + " 个空白单元格").args(Figures.first($bad).getRowLabel(), $bad.size(), Figures.show($bad)));
[consequence][]报告 缺少的第二十条项目=insert(Emit.finding(drools.getRule()).section("二").table("A20." + $item).expected("第二十条第（" + $item + "）项").args($item, $r.getLayout()));
[consequence][]报告 该项未能读出=insert(Emit.finding(drools.getRule()).variant("unread").section("二").table($t.getId()).src($t.getSrc()).args($t.getId().substring(4)));
[consequence][]报告 制发件数超出的部分=insert(Emit.finding(drools.getRule()).at($i).cells($f, $p).expected("≤ " + ($f.getRowN() + $p.getRowN())).actual($i.getRowN()).difference($i.getRowN() - $f.getRowN() - $p.getRowN()).args($i.getRowLabel(), $i.getRowN(), $f.getRowN(), $p.getRowN()));
[consequence][]报告 新公开数量超过公开总数量=insert(Emit.finding(drools.getRule()).variant("total").at($p).cells($t).expected("≤ " + $t.getRowN()).actual($p.getRowN()).args($p.getRowLabel(), $p.getRowN(), $t.getRowN()));
[consequence][]报告 新制作数量与新公开数量之差=insert(Emit.finding(drools.getRule()).at($p).cells($m).expected($m.getRowN()).actual($p.getRowN()).difference($p.getRowN() - $m.getRowN()).args($m.getRowLabel(), $m.getRowN(), $p.getRowN()));
[consequence][]报告 该单元格及推断的方向=insert(Emit.finding(drools.getRule()).at($c).cells(Figures.others($row, $c)).actual($c.getValue().display()).evidence("impliedDirection", Figures.impliedDirection($row, $c)).args($c.getRowLabel(), $c.getValue().display(), Figures.directionNote(Figures.impliedDirection($row, $c))));
[consequence][]报告 该行的读法与其他行不同=insert(Emit.finding(drools.getRule()).at($d).cells($p, $c).expected($p.getN() + $c.getN()).actual($d.getN()).args($p.getRowLabel(), $p.getN(), $c.getValue().display(), $d.getN()));
[consequence][]报告 各行都按同一读法=insert(Emit.finding(drools.getRule()).variant("consistent").section("二").args());
[consequence][]报告 缺少的部分=insert(Emit.finding(drools.getRule()).section(Section.NUMERALS[$n]).expected(Section.NUMERALS[$n] + "、" + Section.OFFICIAL[$n]).args(Section.NUMERALS[$n], Section.OFFICIAL[$n]));
[consequence][]报告 正文中断后未读到的部分=insert(Emit.finding(drools.getRule()).variant("cut").section(Section.NUMERALS[$n]).expected(Section.NUMERALS[$n] + "、" + Section.OFFICIAL[$n]).args(Section.NUMERALS[$n], Section.OFFICIAL[$n]));
[consequence][]报告 正文中断后未读到的第二十条项目=insert(Emit.finding(drools.getRule()).variant("cut").section("二").table("A20." + $item).expected("第二十条第（" + $item + "）项").args($item, $r.getLayout()));
[consequence][]报告 没有找到的标题，位置在该部分的第一个表格=insert(Emit.finding(drools.getRule()).variant("table").section(Section.NUMERALS[$n]).src($t.getSrc()).expected(Section.NUMERALS[$n] + "、" + Section.OFFICIAL[$n]).args(Section.NUMERALS[$n], Section.OFFICIAL[$n]));
[consequence][]报告 该部分标题的序号=insert(Emit.finding(drools.getRule()).section($s.getNumeral()).src($s.getSrc()).quote($s.getHeading()).expected($s.getNumeral()).actual($s.getDeclared()).args($s.getHeading(), $s.getDeclared(), $s.getNumber()));
[consequence][]报告 该部分标题的编号方式=insert(Emit.finding(drools.getRule()).variant("style").section($s.getNumeral()).src($s.getSrc()).quote($s.getHeading()).expected($s.getNumeral() + "、").actual($s.getHeading()).args($s.getHeading(), $s.getNumeral()));
[consequence][]报告 该部分的位置=insert(Emit.finding(drools.getRule()).section($s.getNumeral()).src($s.getSrc()).variant("order").quote($s.getHeading()).evidence("after", $e.getHeading()).args($s.getHeading(), $e.getHeading(), $s.getNumber(), $e.getNumber()));
[consequence][]报告 该部分标题与格式的写法=insert(Emit.finding(drools.getRule()).section($s.getNumeral()).src($s.getSrc()).quote($s.getHeading()).expected($s.getOfficialTitle()).actual($s.getTitle()).args($s.getHeading(), $s.getNumeral(), $s.getOfficialTitle()));
[consequence][]报告 该部分没有表格，用消息 {说法}=insert(Emit.finding(drools.getRule()).variant("{说法}").section($num).src($s.getSrc()).quote($s.getHeading()).args($s.getHeading()));
[consequence][]报告 该部分没有表格，引出表格的话=insert(Emit.finding(drools.getRule()).variant("leadIn").section($num).src($s.getSrc()).quote($s.getHeading()).evidence("leadIn", $lead).args($s.getHeading(), $lead));
[consequence][]报告 该部分没有表格=insert(Emit.finding(drools.getRule()).section($num).src($s.getSrc()).quote($s.getHeading()).args($s.getHeading()));
[consequence][]报告 该部分的表格是图片=insert(Emit.finding(drools.getRule()).variant("image").section($num).src($s.getSrc()).quote($s.getHeading()).evidence("images", $s.getImages()).args($s.getHeading(), $s.getImages()));
[consequence][]报告 没有统计期间=insert(Emit.finding(drools.getRule()).args());
[consequence][]报告 统计期间与报告年度=insert(Emit.finding(drools.getRule()).variant("year").src($r.getPeriodSrc()).quote($r.getPeriodText()).expected($r.getYear() + "-01-01 至 " + $r.getYear() + "-12-31").actual($r.getPeriodStart() + " 至 " + $r.getPeriodEnd()).args($r.getPeriodStart(), $r.getPeriodEnd(), $r.getYear()));
[consequence][]报告 第五部分的字数，应不少于该参数（缺省 {缺省}）=insert(Emit.finding(drools.getRule()).section("五").src($s.getSrc()).quote($s.getText()).actual($s.getTextLength()).expected(Figures.intParam($param, {缺省})).args($s.getTextLength()));
[consequence][]报告 应使用的格式与所用的格式=insert(Emit.finding(drools.getRule()).expected($r.getYear() >= 2021 ? "2021" : "2019").actual($r.getEdition()).evidence("markers", $r.getEdition().equals("2019") ? $r.getMarkers2019() : $r.getMarkers2021()).args($r.getYear(), $r.getYear() >= 2021 ? "2021" : "2019", $r.getEdition()));
[consequence][]报告 两种格式各自的标志=insert(Emit.finding(drools.getRule()).evidence("markers2019", $r.getMarkers2019()).evidence("markers2021", $r.getMarkers2021()).args(String.join("、", $r.getMarkers2019()), String.join("、", $r.getMarkers2021())));
[consequence][]报告 标题年度与统计期间年度=insert(Emit.finding(drools.getRule()).src($r.getPeriodSrc()).quote($r.getPeriodText()).expected($r.getTitleYear()).actual($r.getPeriodStart().getYear()).args($r.getTitleYear(), $r.getPeriodStart().getYear()));
