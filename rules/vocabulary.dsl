# 规则用语（Drools DSL 词汇表）：左边是监管人员写的中文句子，右边是它展开成的 DRL。
# 句子写在 .dslr 文件里；“如果”之后写条件，“那么”之后写结论。{…} 是由写规则的人填写的部分。
# 表名：申请情况表（第三部分）、复议诉讼表（第四部分）。行、列的名称见 rules/README.md。
[keyword][]如果=when
[keyword][]那么=then
[keyword][]结束=end
# 两边之和的比较，允许误差（必须写在不带误差的句子之前）
[condition][]申请情况表 任一列 {左} 不等于 {右} 允许误差 {误差}=$cells : List() from collect(Cell(table == "APP")) $m : Figures.Imbalance() from Figures.imbalances($cells, "APP", true, "{左}", "{右}", {误差})
[condition][]申请情况表 任一行 {左} 不等于 {右} 允许误差 {误差}=$cells : List() from collect(Cell(table == "APP")) $m : Figures.Imbalance() from Figures.imbalances($cells, "APP", false, "{左}", "{右}", {误差})
[condition][]复议诉讼表 任一行 {左} 不等于 {右} 允许误差 {误差}=$cells : List() from collect(Cell(table == "LIT")) $m : Figures.Imbalance() from Figures.imbalances($cells, "LIT", false, "{左}", "{右}", {误差})
[condition][]申请情况表 任一列 {左} 不等于 {右}=$cells : List() from collect(Cell(table == "APP")) $m : Figures.Imbalance() from Figures.imbalances($cells, "APP", true, "{左}", "{右}", 0)
[condition][]申请情况表 任一行 {左} 不等于 {右}=$cells : List() from collect(Cell(table == "APP")) $m : Figures.Imbalance() from Figures.imbalances($cells, "APP", false, "{左}", "{右}", 0)
[condition][]复议诉讼表 任一行 {左} 不等于 {右}=$cells : List() from collect(Cell(table == "LIT")) $m : Figures.Imbalance() from Figures.imbalances($cells, "LIT", false, "{左}", "{右}", 0)
# 结论：报告本条规则的问题（严重程度、类别、依据写在规则头部的 @severity @category @basis）
[consequence][]报告 不平衡=insert($m.finding(drools.getRule()));
