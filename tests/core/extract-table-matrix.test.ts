/**
 * Two-way tables (table-matrix.ts): rows name parts (scope), columns name indicators; pasted
 * one row per line with `|` or one cell per line. Tables from public documents.
 */
import { extractTargets, ExtractedItem } from "../../src/core/extract";

const row = (x: ExtractedItem): Array<string | number | number[] | null | undefined> => [
  x.indicator, x.scope, x.comparator, x.value ?? (x.min !== undefined ? [x.min, x.max as number] : null), x.unit, x.kind,
];

describe("two-way tables", () => {
  test("a notice's list of attachments (附件:1.…分配表 2.…绩效目标表) heads nothing: the allocation table under it reports", () => {
    const text = [
      "现将2021年补助资金下达给你们。",
      "附件:1.浙江省2021年义务教育薄弱环节改善与能力提升",
      "补助资金分配表",
      "2.薄弱环节改善与能力提升补助资金绩效目标表",
      "附件1",
      "浙江省2021年补助资金分配表",
      "单位:万元",
      "地区 | 已预下达 | 本次下达 | 合计下达 |",
      "浙江省合计 | 18900 | 5100 | 24000 |",
      "淳安县 | 650 | 175 | 825 |",
    ].join("\n");
    const items = extractTargets(text);
    expect(items).toHaveLength(6);
    expect(items.every((x) => x.kind === "actual" && x.section !== "2.薄弱环节改善与能力提升补助资金绩效目标表")).toBe(true);
  });

  test("a |-separated census table: a cell with a space (高中 (含中专)) stays one cell, and 单位:人/10万人 counts 人 (blind set 224)", () => {
    const text = [
      "表6-1 各地区每10万人口中拥有的各类受教育程度人数",
      "单位:人/10万人",
      "|  地区  |    大学 (大专及以上)  |    高中 (含中专)  |    初中  |    小学  |",
      "|  全 国  |    15467  |    15088  |    34507  |    24767  |",
      "|  北 京  |    41980  |    17593  |    23289  |    10503  |",
    ].join("\n");
    const items = extractTargets(text);
    expect(items.map(row)).toHaveLength(8);
    expect(items.map((x) => [x.indicator, x.value, x.unit])).toContainEqual(["高中(含中专)", 15088, "人"]);
    expect(items.every((x) => x.unit === "人" && x.kind === "actual")).toBe(true);
  });

  test("a markdown table's rule under its header (---|---|---) is no cell (中职 graduates, blind set 178)", () => {
    const text = ["师资类型 | 数量 | 占比 |", "---|---|---|", "理论教师 | 320人 | 45% |", "实训导师 | 280人 | 39% |"].join("\n");
    expect(extractTargets(text).map((x) => [x.indicator, x.scope, x.value, x.unit])).toEqual([
      ["理论教师", null, 320, "人"],
      ["占比", "理论教师", 45, "%"],
      ["实训导师", null, 280, "人"],
      ["占比", "实训导师", 39, "%"],
    ]);
  });

  test("单位:万元 between the title and the header: the unit of every cell, and the title above it still dates the table", () => {
    // 浙江省2021年义务教育薄弱环节改善与能力提升补助资金分配表 (an allocation notice's annex)
    const text = ["浙江省2021年补助资金分配表", "单位:万元", "地区 | 已预下达 | 本次下达 | 合计下达 |", "浙江省合计 | 18900 | 5100 | 24000 |", "淳安县 | 650 | 175 | 825 |"].join("\n");
    const items = extractTargets(text);
    expect(items.map((x) => [x.indicator, x.value, x.unit, x.deadline])).toEqual([
      ["已预下达", 18900, "万元", 2021],
      ["本次下达", 5100, "万元", 2021],
      ["合计下达", 24000, "万元", 2021],
      ["已预下达", 650, "万元", 2021],
      ["本次下达", 175, "万元", 2021],
      ["合计下达", 825, "万元", 2021],
    ]);
  });

  test("one cell per line with | debris: scope by row, indicator by column, counts in what their column counts; a short row reads from the left", () => {
    const text = [
      "2024-2025年全市基础教育情况表", "类别 |", "学校数 |", "班级数 |", "学生与专任教师比 |",
      "学前教育 |", "650 |", "4318 |", "13.86 |",
      "小学 |", "334 |", "8697 |", "19.57 |",
      "中等职业教育 |", "15 |", "/ |",
      "备注:", "1、数据来源于教育事业综合统计调查。",
    ].join("\n");
    const items = extractTargets(text);
    expect(items.map(row)).toEqual([
      ["学校数", "学前教育", "=", 650, "所", "actual"],
      ["班级数", "学前教育", "=", 4318, "个", "actual"],
      ["学生与专任教师比", "学前教育", "=", 13.86, null, "actual"],
      ["学校数", "小学", "=", 334, "所", "actual"],
      ["班级数", "小学", "=", 8697, "个", "actual"],
      ["学生与专任教师比", "小学", "=", 19.57, null, "actual"],
      ["学校数", "中等职业教育", "=", 15, "所", "actual"],
    ]);
    expect(items.every((x) => x.deadline === 2024)).toBe(true);
  });

  test("| rows: header markers give the unit (占比 → %, (万元)), ranges stay ranges", () => {
    const text = [
      "二、区域分布与资源配置对比",
      "| 区域 | 学校数量(占比) | 生均拨款(万元) |",
      "| 东部地区 | 35% | 1.2-1.8 |",
      "| 新能源类(新增) | 12% | 0.6-1.0 |",
    ].join("\n");
    expect(extractTargets(text).map(row)).toEqual([
      ["学校数量占比", "东部地区", "=", 35, "%", "actual"],
      ["生均拨款", "东部地区", "range", [1.2, 1.8], "万元", "actual"],
      ["学校数量占比", "新能源类", "=", 12, "%", "actual"],
      ["生均拨款", "新能源类", "range", [0.6, 1], "万元", "actual"],
    ]);
  });

  test("指标 | 数值 | 数据来源: the row is the indicator, the note column is no figure; 约 and 余 keep their meaning", () => {
    const text = [
      "| 指标 | 数值 | 数据来源 |",
      "| 学校总数(含技工学校) | 约1.1万所 | —— |",
      "| 在校生规模 | 1300万余人 | —— |",
      "| 专任教师总数 | 85万-90万人 | —— |",
      "| 生师比 | 15:1-17:1 | —— |",
    ].join("\n");
    expect(extractTargets(text).map(row)).toEqual([
      ["学校总数(含技工学校)", null, "none", 11000, "所", "actual"],
      ["在校生规模", null, ">=", 13000000, "人", "actual"],
      ["专任教师总数", null, "range", [850000, 900000], "人", "actual"],
      ["生师比", null, "range", [15, 17], null, "actual"],
    ]);
  });

  test.each([
    ["one body row does not prove a table", "| 区域 | 学校数量 | 在校生人数 |\n| 东部地区 | 35 | 40 |\n全市共有学校12所。"],
    ["a list of short lines with no value cells", "学前教育\n义务教育\n高中教育\n职业教育\n特殊教育"],
  ])("not a table: %s", (_name, text) => {
    expect(extractTargets(text).some((x) => x.indicator === "学校数量" || x.indicator === "在校生人数")).toBe(false);
  });
});

describe("a header over three lines with a parent's total (职工总数 | 合计 | 其中专任教师)", () => {
  // a county 统计公报 (2022), 表13 全县各类学校基本情况, copied with | between cells
  const text = [
    "表13 全县各类学校基本情况",
    "学校类别 | 学校数(所) | 占地面积 (平方米) |",
    "班级(个) | 在校学生数(人) | 职工总数(人) | |",
    "合计 | 其中专任教师 | |||||",
    "总计 | 926 | 8091977.28 | 9645 | 322648 | 18886 | 17536 |",
    "幼儿园(含学前) | 382 | 701232.01 | 1636 | 51715 | 2816 | 2166 |",
    "特校 | 1 | 23267.8 | 26 | 370 | 68 | 67 |",
  ].join("\n");
  test("合计 is the parent's column; 其中专任教师 counts in the parent's unit", () => {
    const items = extractTargets(text).filter((x) => x.scope === "特校");
    expect(items.map((x) => [x.indicator, x.value, x.unit])).toEqual([
      ["学校数", 1, "所"],
      ["占地面积", 23267.8, "平方米"],
      ["班级", 26, "个"],
      ["在校学生数", 370, "人"],
      ["职工总数", 68, "人"],
      ["专任教师", 67, "人"],
    ]);
  });
});

describe("a two-way table's caption year", () => {
  test("2021年全县各类教育发展情况 above the table dates its figures; a span of years (2017-2021年) does not", () => {
    const table = "指标 |\n招生数(人) |\n在校生数(人) |\n普通高中 |\n4113 |\n12329 |\n小学 |\n8051 |\n44786 |";
    const dated = extractTargets("2021年全县各类教育发展情况\n" + table);
    expect(dated.map((x) => [x.indicator, x.scope, x.value, x.kind, x.deadline])).toEqual([
      ["招生数", "普通高中", 4113, "actual", 2021],
      ["在校生数", "普通高中", 12329, "actual", 2021],
      ["招生数", "小学", 8051, "actual", 2021],
      ["在校生数", "小学", 44786, "actual", 2021],
    ]);
    expect(extractTargets("2017-2021年全县各类教育发展情况\n" + table).map((x) => x.deadline)).toEqual([null, null, null, null]);
  });
});

describe("a statistics table that states its unit once and numbers its row groups (readGroupedMatrix)", () => {
  const table = [
    "单位:所",
    "|",
    "unit:school",
    "|",
    "|",
    "合计",
    "total",
    "|",
    "城区",
    "urban",
    "|",
    "乡村",
    "rural",
    "|",
    "一、学前教育 pre-school education",
    "|",
    "|",
    "|",
    "|",
    "幼儿园 kindergartens",
    "|",
    "289200",
    "|",
    "101300",
    "|",
    "—",
    "|",
    "二、义务教育 compulsory education",
    "|",
    "|",
    "|",
    "|",
    "1. 小学 primary schools",
    "|",
    "149100",
    "|",
    "23400",
    "|",
    "83900",
    "|",
    "教学点 teaching points",
    "|",
    "81700",
    "|",
    "2300",
    "|",
    "73000",
  ].join("\n");

  test("English glosses and empty group rows are skipped; columns of areas (合计, 城区, 乡村) make each row a count in the stated unit", () => {
    const items = extractTargets(table);
    expect(items.map((x) => [x.indicator, x.scope, x.comparator, x.value, x.unit, x.kind])).toEqual([
      ["幼儿园数", "合计", "=", 289200, "所", "actual"],
      ["幼儿园数", "城区", "=", 101300, "所", "actual"],
      ["小学数", "合计", "=", 149100, "所", "actual"],
      ["小学数", "城区", "=", 23400, "所", "actual"],
      ["小学数", "乡村", "=", 83900, "所", "actual"],
      ["教学点数", "合计", "=", 81700, "所", "actual"],
      ["教学点数", "城区", "=", 2300, "所", "actual"],
      ["教学点数", "乡村", "=", 73000, "所", "actual"],
    ]);
    for (const x of items) expect(table.slice(x.start, x.end)).toBe(x.quote);
  });

  test("a 单位 line over prose reads the prose", () => {
    const items = extractTargets("单位:人\n全县共有专任教师3200人,比上年增加120人。");
    expect(items.map((x) => x.value)).toEqual([3200, 120]);
  });
});

describe("a standards table (序号 | 指标 | 国家标准): the standard column holds targets", () => {
  test("≥ cells, bare cells and unit markers, one cell per line with blank lines", () => {
    const text = ["县域义务教育优质均衡发展评估指标", "", "序号", "", "指标", "", "省定标准", "", "1", "", "小学生均体育运动场馆面积(平方米)", "", "≥7.5", "", "2", "", "每百名学生拥有网络多媒体教室数(间)", "", "2.3", "", "3", "", "县级以上骨干教师比例(%)", "", "≥1"].join("\n");
    expect(extractTargets(text).map((x) => [x.indicator, x.comparator, x.value, x.unit, x.kind])).toEqual([
      ["小学生均体育运动场馆面积", ">=", 7.5, "平方米", "target"],
      ["每百名学生拥有网络多媒体教室数", "none", 2.3, "间", "target"],
      ["县级以上骨干教师比例", ">=", 1, "%", "target"],
    ]);
  });
});

describe("a yearbook's table by county: columns name parts, rows name measures", () => {
  // 湖州统计年鉴2010 10-12 分县区幼儿教育基本情况 (blind set 19): single spaces, labels spaced out to their width
  const text = [
    "10-12  分县区幼儿教育基本情况",
    "  单位 全  市 吴兴区 南浔区 德清县",
    "  园  数 175 42 25 33",
    "  班级数 2179 543 383 403",
    "  在园幼儿数 66946 16247 10963 10909",
    "    #园长 217 80 26 36",
    "  占地面积 万平方米 90.87 23.79 12.94 15.15",
  ].join("\n");
  test("each row is an indicator, each column its scope; counts take their noun's unit, 万平方米 is counted in 平方米", () => {
    const got = extractTargets(text).map(row);
    expect(got.filter((r) => r[1] === "全市")).toEqual([
      ["园数", "全市", "=", 175, "所", "actual"],
      ["班级数", "全市", "=", 2179, "个", "actual"],
      ["在园幼儿数", "全市", "=", 66946, "人", "actual"],
      ["园长数", "全市", "=", 217, "人", "actual"],
      ["占地面积", "全市", "=", 908700, "平方米", "actual"],
    ]);
    expect(got.filter((r) => r[0] === "班级数").map((r) => r[1])).toEqual(["全市", "吴兴区", "南浔区", "德清县"]);
  });
  test("a table whose columns measure keeps rows as parts", () => {
    const parts = ["类别 学校数 班级数 专任教师数", "小学 334 8697 18955", "初中 120 3001 9870"].join("\n");
    expect(extractTargets(parts).map((x) => [x.indicator, x.scope])).toEqual([
      ["学校数", "小学"], ["班级数", "小学"], ["专任教师数", "小学"], ["学校数", "初中"], ["班级数", "初中"], ["专任教师数", "初中"],
    ]);
  });
});

describe("a header over two rows: indicators over repeating parts", () => {
  // 新疆生产建设兵团统计年鉴2020 17-26 (blind set 19): `|` rows, English glosses on lines and cells of their own
  const text = [
    "| 17-26 各师中小学平均每班学生数、教师数及每一教师负担学生数 | ||||||",
    "| Number of Students and Teachers of Primary and Secondary Schools per Class | ||||||",
    "| 计量单位:人 | (2019年) | (person) | ||||",
    "| 平均每班学生数 | 平均每班教师数 | 平均每一教师负担学生数 | ||||",
    "| Average Students per Class | Average Teachers per Class | Student-Teacher Ratio | ||||",
    "| 单 位 | Unit | 小学 | 初中 | 小学 | 初中 | 小学 | 初中 |",
    "| Primary Schools | Junior Secondary Schools | Primary Schools | Junior Secondary Schools | Primary Schools | Junior Secondary Schools |",
    "| 总 计 | Total | 38.96 | 39.99 | 2.76 | 4.02 | 14.12 | 9.95 |",
    "| 一 师 | 1st Division | 39.12 | 39.02 | 2.49 | 3.77 | 15.74 | 10.34 |",
    "| 十 二 师 | 12th Division | 45.16 | 42.29 | 2.53 |",
  ].join("\n");
  test("each figure is its group's indicator for its row and sub-column; the unit and year above apply; a cut-off last row reads from the left", () => {
    const got = extractTargets(text);
    expect(got.map((x) => [x.indicator, x.scope, x.value, x.unit, x.deadline, x.kind])).toEqual([
      ["平均每班学生数", "总计小学", 38.96, "人", 2019, "actual"],
      ["平均每班学生数", "总计初中", 39.99, "人", 2019, "actual"],
      ["平均每班教师数", "总计小学", 2.76, "人", 2019, "actual"],
      ["平均每班教师数", "总计初中", 4.02, "人", 2019, "actual"],
      ["平均每一教师负担学生数", "总计小学", 14.12, "人", 2019, "actual"],
      ["平均每一教师负担学生数", "总计初中", 9.95, "人", 2019, "actual"],
      ["平均每班学生数", "一师小学", 39.12, "人", 2019, "actual"],
      ["平均每班学生数", "一师初中", 39.02, "人", 2019, "actual"],
      ["平均每班教师数", "一师小学", 2.49, "人", 2019, "actual"],
      ["平均每班教师数", "一师初中", 3.77, "人", 2019, "actual"],
      ["平均每一教师负担学生数", "一师小学", 15.74, "人", 2019, "actual"],
      ["平均每一教师负担学生数", "一师初中", 10.34, "人", 2019, "actual"],
      ["平均每班学生数", "十二师小学", 45.16, "人", 2019, "actual"],
      ["平均每班学生数", "十二师初中", 42.29, "人", 2019, "actual"],
      ["平均每班教师数", "十二师小学", 2.53, "人", 2019, "actual"],
    ]);
  });
  test("sub-columns that do not repeat are no grouped header", () => {
    const plain = text.replace("| 单 位 | Unit | 小学 | 初中 | 小学 | 初中 | 小学 | 初中 |", "| 单 位 | Unit | 小学 | 初中 | 高中 | 特教 | 中职 | 幼儿园 |");
    expect(extractTargets(plain).some((x) => x.indicator === "平均每班教师数")).toBe(false);
  });
});

describe("a statistics table by area, one cell per line, bilingual (教育部 教育统计数据)", () => {
  // 小学办学条件(一), 2020 (blind set 19)
  const text = [
    "小学办学条件(一)", "", "单位:平方米", "", "unit:m2", "", "合计", "Total", "", "城区", "Urban", "Area", "",
    "镇区", "Counties", "and Towns Area", "", "乡村", "Rural Area", "", "     Total", "",
    "845772450.22", "", "269053253.11", "", "290148792.05", "", "286570405.06", "",
    "         其中 : 危房 of Which: Floor Space of Dilapidated Buildings", "",
    "2237960.19", "", "545812.05", "", "584283.15", "", "1107864.99", "",
    "        其中:教师周转宿舍 of Which: Accommodation for Circulation of Teachers", "",
    "23298888.00", "", "1912347.19", "", "9467218.50", "", "11919322.31",
  ].join("\n");
  test("columns name areas, so each row is a measure in the stated unit; the unlabelled first row is the total", () => {
    expect(extractTargets(text).map((x) => [x.indicator, x.scope, x.value, x.unit])).toEqual([
      ["合计面积", "合计", 845772450.22, "平方米"], ["合计面积", "城区", 269053253.11, "平方米"],
      ["合计面积", "镇区", 290148792.05, "平方米"], ["合计面积", "乡村", 286570405.06, "平方米"],
      ["危房面积", "合计", 2237960.19, "平方米"], ["危房面积", "城区", 545812.05, "平方米"],
      ["危房面积", "镇区", 584283.15, "平方米"], ["危房面积", "乡村", 1107864.99, "平方米"],
      ["教师周转宿舍面积", "合计", 23298888, "平方米"], ["教师周转宿舍面积", "城区", 1912347.19, "平方米"],
      ["教师周转宿舍面积", "镇区", 9467218.5, "平方米"], ["教师周转宿舍面积", "乡村", 11919322.31, "平方米"],
    ]);
  });
});

describe("a statistics table one cell per line with numbered row groups and no corner cell", () => {
  // 各级各类民办学校校数、教职工、专任教师情况 (blind set 23)
  const text = [
    "各级各类民办学校校数、教职工、专任教师情况", "学校数(所)", "教职工数(人)", "专任教师数(人)",
    "一、高中阶段", "16", "1492", "773", "(一)普通高中", "6", "1092", "523", "1.", "高级中学", "2", "461", "338",
    "(二)中等职业学校", "10", "400", "250", "1.", "中等技术学校", "2.", "成人中等专业学校", "3.", "职业高中学校", "10", "400", "250",
    "2.", "九年一贯制学校", "*", "*", "20",
  ].join("\n");
  test("each header cell is a column; a list number on its own line joins its label; empty rows and * cells give nothing", () => {
    expect(extractTargets(text).map((x) => [x.indicator, x.scope, x.value, x.unit])).toEqual([
      ["学校数", "高中阶段", 16, "所"], ["教职工数", "高中阶段", 1492, "人"], ["专任教师数", "高中阶段", 773, "人"],
      ["学校数", "普通高中", 6, "所"], ["教职工数", "普通高中", 1092, "人"], ["专任教师数", "普通高中", 523, "人"],
      ["学校数", "高级中学", 2, "所"], ["教职工数", "高级中学", 461, "人"], ["专任教师数", "高级中学", 338, "人"],
      ["学校数", "中等职业学校", 10, "所"], ["教职工数", "中等职业学校", 400, "人"], ["专任教师数", "中等职业学校", 250, "人"],
      ["学校数", "职业高中学校", 10, "所"], ["教职工数", "职业高中学校", 400, "人"], ["专任教师数", "职业高中学校", 250, "人"],
      ["专任教师数", "九年一贯制学校", 20, "人"],
    ]);
  });
});

describe("a table of what was planned and what was done (计划任务数 | 累计完成数)", () => {
  test("each row's part gets the caption's indicator twice: the plan a target without comparator, the done figure an actual", () => {
    // 邵阳市 2022 民生实事 completion notice, one cell per line with | debris (blind set 43)
    const text = [
      "附件1", "邵阳市增加公办义务教育学位完成情况统计", "类别 |", "计划任务数 |", "累计完成数 |",
      "全市 |", "26333 |", "33480 |",
      "市直 |", "/ |", "/ |",
      "邵东市 |", "3104 |", "4206 |",
      "新邵县 |", "0 |", "151 |",
    ].join("\n");
    expect(extractTargets(text).map(row)).toEqual([
      ["增加公办义务教育学位数", "全市", "none", 26333, "个", "target"],
      ["增加公办义务教育学位数", "全市", "=", 33480, "个", "actual"],
      ["增加公办义务教育学位数", "邵东市", "none", 3104, "个", "target"],
      ["增加公办义务教育学位数", "邵东市", "=", 4206, "个", "actual"],
      ["增加公办义务教育学位数", "新邵县", "none", 0, "个", "target"],
      ["增加公办义务教育学位数", "新邵县", "=", 151, "个", "actual"],
    ]);
  });
  test("a row that measures (完成率) keeps its own name", () => {
    const text = ["2022年项目建设完成情况", "项目 |", "全年计划完成数 |", "实际完成数 |", "完成率(%) |", "新建校舍面积(平方米) |", "12000 |", "13500 |", "112.5 |", "新增学位数 |", "2000 |", "2100 |", "105 |"].join("\n");
    expect(extractTargets(text).map(row).slice(0, 2)).toEqual([
      ["新建校舍面积", null, "none", 12000, "平方米", "target"],
      ["新建校舍面积", null, "=", 13500, "平方米", "actual"],
    ]);
  });
});

describe("a two-way table under a plan heading (招生计划): its bare cells are planned and state no comparator", () => {
  test("学校 | 七年级人数 | 七年级班数 under (一)招生计划: none, the plan's year; the same table in a report states what was", () => {
    const table = "学校 | 七年级人数 | 七年级班数 |\n一中 | 400 | 8 |\n二中 | 88 | 2 |\n三中 | 500 | 10 |\n";
    expect(extractTargets("2016年招生工作通知\n(一)招生计划\n" + table).slice(0, 2).map((x) => [x.indicator, x.scope, x.kind, x.comparator, x.value, x.deadline])).toEqual([
      ["七年级人数", "一中", "target", "none", 400, 2016],
      ["七年级班数", "一中", "target", "none", 8, 2016],
    ]);
    expect(extractTargets("2016年招生工作总结\n" + table).slice(0, 1).map((x) => [x.kind, x.comparator])).toEqual([["actual", "="]]);
  });
});

describe("a column of a planned measure (计划招生人数) beside columns of what is (毕业班数)", () => {
  test("its cells are planned, with no comparator; the other columns stay measurements", () => {
    const table = "2015年全区小学招生情况表\n学校 | 毕业班数(个) | 计划招生班数(个) | 计划招生人数(人) |\n甲小学 | 3 | 3 | 144 |\n乙小学 | 2 | 2 | 90 |\n丙小学 | 5 | 5 | 240 |\n";
    expect(extractTargets(table).slice(0, 3).map((x) => [x.indicator, x.scope, x.kind, x.comparator, x.value, x.unit])).toEqual([
      ["毕业班数", "甲小学", "actual", "=", 3, "个"],
      ["计划招生班数", "甲小学", "target", "none", 3, "个"],
      ["计划招生人数", "甲小学", "target", "none", 144, "人"],
    ]);
  });
});

describe("a column of years spanning each year's rows (年度 | 类型 | 科目数 …; 书证融通 2010-2019, blind set 192)", () => {
  test("each row is dated by the year last stated above it, and the year column is no figure", () => {
    const table = "书证融通数据汇总表\n年 度 | 类 型 | 科目数 | 通过人数 | 通过率 |\n2010年 | 专项能力 | 6 | 910 | 68.94% |\n技能鉴定 | 11 | 598 | 63.82% |\n2011年 | 专项能力 | 6 | 668 | 63.86% |\n技能鉴定 | 11 | 387 | 62.62% |\n";
    const items = extractTargets(table);
    expect(items.length).toBe(12);
    expect(items.filter((x) => x.indicator === "通过率").map((x) => [x.scope, x.value, x.deadline])).toEqual([
      ["专项能力", 68.94, 2010],
      ["技能鉴定", 63.82, 2010],
      ["专项能力", 63.86, 2011],
      ["技能鉴定", 62.62, 2011],
    ]);
  });
});

describe("a table of places numbered in a 序号 column, nine columns set apart by single spaces, as an attachment (教育部 2018 校外培训机构整改情况汇总表, blind set 241)", () => {
  const notice = [
    "三、下一步工作要求",
    "请各地认真审核并及时更新系统数据。",
    "附件:校外培训机构专项治理整改情况汇总表",
    "序号 省份 本省县(区)总数 已启动专项治理县(区)数 基本完成专项治理工作县(区)数 基本完成整改县(区)数率 发现问题的机构数 已完成整改机构数 完成整改率",
    "合计 2963 2963 1015 34.26% 272175 83510 30.68%",
    "1 北京市 17 17 0 0 7557 2567 33.97%",
    "2 天津市 16 16 0 0 5268 3210 60.93%",
  ].join("\n");
  const got = extractTargets(notice);
  test("the row numbers are no cells (合计 has none), each figure its column's for its row's place", () => {
    expect(got.filter((x) => x.scope === "天津市").map((x) => [x.indicator, x.value, x.unit])).toEqual([
      ["本省县(区)总数", 16, null],
      ["已启动专项治理县(区)数", 16, null],
      ["基本完成专项治理工作县(区)数", 0, null],
      ["基本完成整改县(区)数率", 0, null],
      ["发现问题的机构数", 5268, "所"],
      ["已完成整改机构数", 3210, "所"],
      ["完成整改率", 60.93, "%"],
    ]);
    expect(got.filter((x) => x.scope === "合计").map((x) => x.value)).toEqual([2963, 2963, 1015, 34.26, 272175, 83510, 30.68]);
  });
  test("an attachment's summary (…汇总表) reports, whatever the heading above it planned; its title is the section", () => {
    const table = got.filter((x) => x.scope === "北京市");
    expect(new Set(table.map((x) => x.kind))).toEqual(new Set(["actual"]));
    expect(new Set(table.map((x) => x.section))).toEqual(new Set(["附件:校外培训机构专项治理整改情况汇总表"]));
  });
  test("the paragraph before an attachment keeps the heading above it (its year and its kind)", () => {
    const plan = ["一、2024年工作目标", "新增公办学位5000个,新建学校3所,", "附件:1.汇总表"].join("\n");
    expect(extractTargets(plan).map((x) => [x.value, x.kind, x.deadline])).toEqual([
      [5000, "target", 2024],
      [3, "target", 2024],
    ]);
  });
});

describe("a two-way table whose headers date their measures (贵州 2010 census analysis, blind set 329)", () => {
  // one cell per line, as the bureau's page prints it; (万) under a count of people is ten thousands of them
  const text = [
    "表1 各地区文盲人口减少人数和常住人口文盲率下降幅度",
    "指标 地区 |", "2000年文盲人口(万) |", "2010年文盲人口(万) |", "2000年文盲率(%) |", "2010年文盲率(%) |",
    "全 国 |", "8699.21 |", "5419.09 |", "9.08 |", "4.88 |",
    "山 东 |", "765.43 |", "475.73 |", "10.75 |", "5.89 |",
  ].join("\n");
  test("each figure is its column's measure in its column's year, for its row's place", () => {
    expect(extractTargets(text).filter((x) => x.scope === "山东").map((x) => [x.indicator, x.value, x.unit, x.deadline, x.kind])).toEqual([
      ["文盲人口", 7654300, "人", 2000, "actual"],
      ["文盲人口", 4757300, "人", 2010, "actual"],
      ["文盲率", 10.75, "%", 2000, "actual"],
      ["文盲率", 5.89, "%", 2010, "actual"],
    ]);
  });
  test("a header's (万人) counts its cells in ten thousands of people, tab-separated too", () => {
    const tabs = "地区\t在校生数(万人)\t毛入学率(%)\n全国\t2915.6\t91.8\n山东\t201.3\t95.1";
    expect(extractTargets(tabs).filter((x) => x.scope === "全国").map((x) => [x.indicator, x.value, x.unit])).toEqual([
      ["在校生数", 29156000, "人"],
      ["毛入学率", 91.8, "%"],
    ]);
  });
  test("a year alone is no measure's header: the year rows stay the year tables' to read", () => {
    const years = "地区\t2000年\t2010年\n全国\t9.08\t4.88\n山东\t10.75\t5.89";
    expect(extractTargets(years).filter((x) => x.indicator === "2000年" || x.indicator === "2010年")).toEqual([]);
  });
});

describe("a column header's unit may be any counter (床位数(张), 图书(本), 校车(辆); a county bulletin's table, blind set 362)", () => {
  test("the counter is the unit, not part of the name", () => {
    const text = "表5 2022年教育事业情况\n指标名称 | 学校数(所) | 图书(本) | 校车(辆) |\n小学 | 64 | 4399 | 12 |\n初中 | 34 | 2289 | 10 |";
    expect(extractTargets(text).map((x) => `${x.indicator} ${x.value} ${x.unit}`)).toEqual(["学校数 64 所", "图书 4399 本", "校车 12 辆", "学校数 34 所", "图书 2289 本", "校车 10 辆"]);
  });
});
