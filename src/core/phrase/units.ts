/** Units after a number (所, 人次, 个百分点, %, 万元) and the divisor each implies. */
import { CURRENCIES, type NumberToken } from "../number";
import { byFirstChar, isIdeograph, skipSpaces } from "./chars";

/** Things counted one by one, with no sense of a rank or a group (unlike 届, 批, 类, 组): 结对227对, 金牌9枚, 路灯1000盏, 口罩1000只, 洗手液100瓶. Not 包 or 副, which spam (包養) and titles (副区长) put after numbers. */
export const OBJECT_COUNTERS: readonly string[] = ["对", "幅", "架", "枚", "扇", "株", "棵", "樘", "盏", "只", "瓶", "箱", "桶", "双", "顶",
  // equipment counted in pieces of several kinds: 实验仪器设备1554695台(套), 生活设施7.06万台/件/套
  "台(套)", "台/套", "台/件/套", "台件", "台套"];

/** A counter with 次 (册次, 门次, 户次): each thing counted once per time, as 人次 counts people per visit. */
export const COUNTED_TIMES: readonly string[] = ["册次", "门次", "户次", "件次", "条次", "节次", "篇次", "项次"];

/** Currencies other than 元, each in 万 and 亿 as 元 is (500万美元, 7407万令吉): units of their own, never 元. */
export const CURRENCY_UNITS: readonly string[] = CURRENCIES.flatMap((c) => ["万" + c, "亿" + c, c]);

/** Units with their canonical spelling; longest first so 个百分点 beats 个, 人次 beats 人. */
export const UNITS: ReadonlyArray<readonly [string, string]> = (
  [
    ["个百分点", "个百分点"],
    ["百分点", "个百分点"],
    ["pp", "个百分点"],
    ["PP", "个百分点"],
    ["人次", "人次"],
    ["科次", "科次"], // 报考总科次92.51万科次: exam papers sat, a subject per candidate
    ["人(次)", "人次"], // 4661人(次)留学生: the count of visits written with its 次 in brackets
    ["所次", "所次"],
    ["家次", "家次"], // 督导校园食堂38家次: visits counted per place visited, as 人次 and 所次 are
    ["批次", "批次"],
    // 外借图书13万册次, 开设课程30门次, 走访困难家庭120户次: a counter with 次, each thing counted per time, as 人次 counts visits
    ...COUNTED_TIMES.map((u): [string, string] => [u, u]),
    ["万元", "万元"],
    ["亿元", "亿元"],
    // other currencies, counted as 元 is (500万美元, 7407万令吉)
    ...CURRENCY_UNITS.map((u): [string, string] => [u, u]),
    ["平方米", "平方米"],
    ["平米", "平方米"],
    ["方米", "平方米"], // 硬化场地6000方米: a square metre said short (立方米 is no unit here)
    ["平方", "平方米"], // 占地不低于15平方: said shorter still (平方米 and 平方公里 are read first, being longer)
    ["平方公里", "平方公里"],
    ["平方千米", "平方千米"],
    ["千米", "千米"],
    ["厘米", "厘米"], // a pupil's height and reach (平均身高158.3厘米, 坐位体前屈增加1.0cm)
    ["cm", "cm"],
    ["公斤", "公斤"],
    ["千克", "千克"],
    ["kg", "kg"],
    ["m²", "平方米"],
    ["m2", "平方米"],
    ["M2", "平方米"],
    ["㎡", "平方米"],
    ["周岁", "岁"],
    ["小时", "小时"],
    ["个小时", "小时"], // 用眼时间可高达10个小时以上: hours counted with their classifier
    ["课时", "课时"],
    ["学时", "学时"],
    ["个月", "个月"],
    ["个工作日", "个工作日"], // 公示不少于5个工作日: a time limit in working days
    ["工作日", "个工作日"],
    ["分钟", "分钟"],
    ["分", "分"], // a score (平均分87.8分): figures.ts keeps it only where a score is spoken of
    ["公里", "公里"],
    ["元", "元"],
    ["岁", "岁"],
    ["个", "个"],
    ["人", "人"],
    ["名", "名"],
    ["位", "位"],
    ["所", "所"],
    ["校次", "校次"],
    ["校", "校"], // 4校荣获…, 完成102校: schools counted, as Taiwanese and school pages do (not 校区, 校长: SCHOOL_WORD_NEXT)
    ["家", "家"],
    ["项", "项"],
    ["套", "套"],
    ["台", "台"],
    ["块", "块"],
    ["栋", "栋"],
    ["幢", "幢"],
    ["例", "例"],
    ["轨", "轨"],
    ["立方米", "立方米"],
    ["间", "间"],
    ["米", "米"],
    ["册", "册"],
    ["本", "本"],
    ["起", "起"],
    ["期", "期"],
    ["次", "次"],
    ["条", "条"],
    ["处", "处"],
    ["年", "年"],
    ["天", "天"],
    ["周", "周"],
    ["亩", "亩"],
    ["倍", "倍"],
    ["篇", "篇"],
    ["场次", "场次"],
    ["轮次", "轮次"],
    ["场", "场"],
    ["批", "批"],
    ["支", "支"],
    ["座", "座"],
    ["张", "张"],
    ["辆", "辆"],
    ["门", "门"],
    ["节", "节"],
    ["件", "件"],
    ["份", "份"],
    ["户", "户"],
    ["种", "种"],
    ["部", "部"],
    ["分", "分"],
    ["吨", "吨"],
    ["斤", "斤"], // 消毒液6900斤: weight as a market counts it (公斤 is read first, being longer)
    ["班", "班"],
    ...OBJECT_COUNTERS.map((u): [string, string] => [u, u]),
  ] as Array<[string, string]>
).sort((a, b) => b[0].length - a[0].length);

export const UNITS_BY_CHAR = byFirstChar(UNITS, (u) => u[0]);

/** The unit written at p, as [written, canonical] (the longest: 个百分点 before 个), or undefined. */
export function unitAt(s: string, p: number): readonly [string, string] | undefined {
  return UNITS_BY_CHAR.get(s.charCodeAt(p))?.find(([u]) => s.startsWith(u, p));
}

/** Spans of time: 3年, 6个月 (a figure of time taken or a deadline, seldom an amount of something). */
export const TIME_UNITS: ReadonlySet<string> = new Set(["年", "个月", "天", "周", "小时", "个工作日"]);



/** A unit read after a number token. */
export interface UnitRead {
  unit: string | null;
  /** Divisor for this token's own value (99.2 then % → 100; an already-percent token → 1; 4000余万人 → 1e-4). */
  div: number;
  /** Divisor the unit implies for a unitless partner (the 3 of 3-5个百分点). */
  partnerDiv: number;
  /** Position after the unit (or after the token when there is none). */
  end: number;
  /** 多/余 between number and unit (400多万元, 60余万元). */
  approx: boolean;
}

function unitRead(unit: string | null, div: number, partnerDiv: number, end: number, approx: boolean): UnitRead {
  return { unit, div, partnerDiv, end, approx };
}

/** 九成宫镇: 成 inside a town's or a street's name, not tenths; 八成乡镇, 七成城镇, 八成道路 are tenths of them. */
const PLACE_AFTER_TENTH = /^(?!乡镇|城镇|村镇|道路|街道)[\u4e00-\u9fff](?:镇|鎮|街|路)/;

/** Counters that also open words of their own, and what follows them then: 3校区, 5校长 count no schools; 对于, 对口 count no pairs. */
const COUNTER_WORD_NEXT: Readonly<Record<string, string>> = {
  校: "区园长友训服内外车舍本级际企地医门史徽庆规风歌刊领聘名务方党团委办队报情籍龄工址对正验考",
  对: "于象此待接口标照比外应称策症",
  人: "气员力", // 01-18人气:11 (a page's dateline and counter), 4.4人员培训: 人气, 人员, 人力 are words, no count of people
};

/** What follows 成 when it is a word of its own (成立, 成绩, 成本, 一成不变, 八成是), not tenths. */
const TENTH_NOT_NEXT = "立为绩果效员熟长都本功就交年了型品人才不是色份批套家";

export function readUnit(s: string, t: NumberToken): UnitRead {
  let p = t.end;
  let approx = false;
  const c0 = s.charCodeAt(p);
  // 7亿多元, 3000万余元: 7 亿元 and more (the number stopped before 亿, as in 695万元)
  if ((c0 === 0x4e07 /* 万 */ || c0 === 0x4ebf /* 亿 */) && (s.charCodeAt(p + 1) === 0x591a || s.charCodeAt(p + 1) === 0x4f59) && s.charCodeAt(p + 2) === 0x5143 /* 元 */) {
    return unitRead(c0 === 0x4e07 ? "万元" : "亿元", 1, 1, p + 3, true);
  }
  if (c0 === 0x591a /* 多 */ || c0 === 0x4f59 /* 余 */) {
    approx = true;
    p++;
    // 4000余万人, 20余万元: more than so many ten thousands
    const w = s.charCodeAt(p);
    if (w === 0x4e07 /* 万 */ || w === 0x4ebf /* 亿 */ || w === 0x842c /* 萬 */ || w === 0x5104 /* 億 */) {
      const wan = w === 0x4e07 || w === 0x842c;
      if (s.charCodeAt(p + 1) === 0x5143 /* 元 */) return unitRead(wan ? "万元" : "亿元", 1, 1, p + 2, true);
      const after = unitAt(s, p + 1);
      if (after) return unitRead(after[1], wan ? 1e-4 : 1e-8, 1, p + 1 + after[0].length, true);
      // 3600多万学生受益: the noun tells the unit, as after 2240万学生
      const implied = NOUN_UNITS.find(([noun]) => s.startsWith(noun, p + 1));
      if (implied) return unitRead(implied[1], wan ? 1e-4 : 1e-8, 1, p + 1, true);
      // 专任教师1670多万。: the noun before it tells the unit (the extractor's to read); the count is in ten thousands all the same
      if (!isIdeograph(s.charCodeAt(p + 1))) return unitRead(null, wan ? 1e-4 : 1e-8, 1, p + 1, true);
    }
  }
  const q = skipSpaces(s, p);
  if (t.percent) {
    // Already a fraction (99.2%, 三分之二, 百分之五); a trailing 百分点 only renames it.
    const permille = t.text.indexOf("‰") >= 0;
    if (s.startsWith("个百分点", q)) return unitRead("个百分点", 1, 100, q + 4, approx);
    if (s.startsWith("百分点", q)) return unitRead("个百分点", 1, 100, q + 3, approx);
    return unitRead(permille ? "‰" : "%", 1, permille ? 1000 : 100, p, approx);
  }
  const c = s.charCodeAt(q);
  if (c === 37 /* % */) return unitRead("%", 100, 100, q + 1, approx);
  // 超三成, 近7成, 增加两成: tenths (30%), not 成立, 成绩, 一成不变, 八成是
  if (c === 0x6210 /* 成 */ && Number.isInteger(t.value) && t.value >= 1 && t.value <= 10 && (q + 1 >= s.length || !TENTH_NOT_NEXT.includes(s.charAt(q + 1))) && !PLACE_AFTER_TENTH.test(s.slice(q + 1, q + 4))) return unitRead("%", 10, 10, q + 1, approx);
  if (c === 0x2030 /* ‰ */) return unitRead("‰", 1000, 1000, q + 1, approx);
  // 42.88亿人民币, 5000万元人民币: money, not people (人 of 人民币)
  if (s.startsWith("人民币", q) || s.startsWith("人民幣", q)) {
    const yi = /[亿億]$/.test(t.text);
    return /[万萬亿億]$/.test(t.text) ? unitRead(yi ? "亿元" : "万元", yi ? 1e8 : 1e4, 1, q + 3, approx) : unitRead("元", 1, 1, q + 3, approx);
  }
  // 服务半径不宜大于1000m, 3000m 2 (a PDF's m² with its 2 set apart): metres and square metres in Latin
  if (c === 109 /* m */ && q === p) {
    if (s.charCodeAt(q + 1) === 32 && s.charCodeAt(q + 2) === 50 /* 2 */ && !/[\w.\u4e00-\u9fff]/.test(s.charAt(q + 3))) return unitRead("平方米", 1, 1, q + 3, approx); // not 400m 2条跑道
    if (!/[\w²³]/.test(s.charAt(q + 1))) return unitRead("米", 1, 1, q + 1, approx);
  }
  // 孕产妇死亡率为15.7/10万: a rate per ten thousands of people is its own unit
  const perPopulation = PER_POPULATION.exec(s.slice(q, q + 6));
  if (perPopulation) return unitRead("/" + perPopulation[1].replace("萬", "万").replace("十", "10"), 1, 1, q + perPopulation[0].length, approx);
  const written = unitAt(s, q);
  // 3校区, 对于: a counter opening a word of its own; 一地一校, 九校联盟: 校 counts schools only after digits
  const opensWord = written !== undefined && q + 1 < s.length && COUNTER_WORD_NEXT[written[1]]?.includes(s.charAt(q + 1));
  if (written && (opensWord || (written[1] === "校" && !/^\d/.test(t.text)))) return unitRead(null, 1, 1, p, approx);
  if (written) {
    const [w, canon] = written;
    const d = canon === "个百分点" ? 100 : 1;
    const per = RATE_BASES.has(canon) ? perPart(s, q + w.length) : null;
    if (per) return unitRead(canon + "/" + per.slice(1).replace("㎡", "平方米"), d, d, q + w.length + per.length, approx);
    return unitRead(canon, d, d, q + w.length, approx);
  }
  // 2240万学生受益, 近10万学校开餐: a count of ten thousands may skip its classifier; the noun tells it
  if (t.value >= 10000 && /[万萬亿億]/.test(t.text)) {
    const implied = NOUN_UNITS.find(([noun]) => s.startsWith(noun, q));
    if (implied) return unitRead(implied[1], 1, 1, p, approx);
  }
  return unitRead(null, 1, 1, p, approx);
}

/** A rate per so many people (/10万, /10萬, /100万): 15.7/10万, 死亡率16.1/10萬. */
const PER_POPULATION = /^[/／](10[万萬]|十[万萬]|100[万萬])(?![\d元])/;

/** Units a rate is counted in before its divisor (2000元/生·年, 15㎡/生, 0.16次/人). */
const RATE_BASES = new Set(["元", "万元", "平方米", "次", "册", "小时", "课时", "台", "件", "套"]);
/** What a rate is per: 生, 人, 年, 生·年, 生/年, 生·学期, 千人, 平方米 (校舍补助800元/平方米), or a thing priced one by one (夏装95元/套, 练习本0.5元/本). */
const PER = /^[/／](?:(生|人|年|月|天|日|周|班|校|学期|千人|课时|套|件|本|册|份|期|次)(?:[·/／](年|月|天|日|周|学期|期)|(?![\u4e00-\u9fff\d]))|平方米|㎡)/;

function perPart(s: string, p: number): string | null {
  const c = s.charCodeAt(p);
  if (c !== 47 && c !== 0xff0f) return null;
  const m = PER.exec(s.slice(p, p + 8));
  return m ? m[0] : null;
}

/** Nouns a count in ten thousands may follow without its classifier, and the unit each is counted in. */
export const NOUN_UNITS: ReadonlyArray<readonly [string, string]> = [
  ["学生", "人"], ["學生", "人"], ["儿童", "人"], ["兒童", "人"], ["幼儿", "人"], ["幼兒", "人"], ["教师", "人"], ["教師", "人"],
  ["孩子", "人"], ["中小学生", "人"], ["中小學生", "人"], ["在校生", "人"], ["专任教师", "人"], ["專任教師", "人"], ["学校", "所"], ["學校", "所"], ["幼儿园", "所"], ["幼兒園", "所"],
  ["学位", "个"], ["學位", "个"], ["托位", "个"],
  // people a bulletin counts in ten thousands without 人 (招生人数为1783万, 输送约769万技能精英)
  ["人数", "人"], ["人數", "人"], ["毕业生", "人"], ["畢業生", "人"], ["招生", "人"], ["新生", "人"], ["大学生", "人"], ["大學生", "人"],
  ["高中生", "人"], ["教职工", "人"], ["教職工", "人"], ["人才", "人"], ["子女", "人"], ["工人", "人"], ["精英", "人"], ["劳动者", "人"], ["勞動者", "人"],
  // 出国留学人员224万, 城区学龄人口230.27万, 研究生招生110万
  ["人员", "人"], ["人員", "人"], ["学龄人口", "人"], ["學齡人口", "人"], ["留学生", "人"], ["留學生", "人"], ["研究生", "人"], ["本科生", "人"], ["专科生", "人"], ["專科生", "人"], ["考生", "人"], ["师生", "人"], ["師生", "人"], ["农民工", "人"], ["農民工", "人"],
  // 总人口504万, 出生人口1591万, 新生儿已跌破900万
  ["人口", "人"], ["新生儿", "人"], ["新生兒", "人"],
  // 60岁及以上老年人已达2.41亿, 注册志愿者达131.2万, 惠及群众120万: people of every kind a bulletin counts so
  ["老年人", "人"], ["老人", "人"], ["居民", "人"], ["群众", "人"], ["群眾", "人"], ["农民", "人"], ["農民", "人"], ["职工", "人"], ["職工", "人"],
  ["残疾人", "人"], ["殘疾人", "人"], ["志愿者", "人"], ["志願者", "人"], ["青少年", "人"], ["读者", "人"], ["讀者", "人"], ["学员", "人"], ["學員", "人"],
];

export function isPercentUnit(unit: string | null): boolean {
  return unit === "%" || unit === "‰" || unit === "个百分点";
}

