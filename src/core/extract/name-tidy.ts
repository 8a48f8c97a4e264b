/**
 * What an indicator's name never holds, taken off once every strategy has named the figure: the
 * marks and pointer words that open it, a year or cohort (its deadline's business), the 由 of a
 * change, 分别, the 将 of will, a long gloss in brackets, the named examples before 等, and the
 * bracket the figure stood in.
 */
import { ACTION_VERBS, WILL_DO_VERBS, wordAt } from "./lexicon";
import { RATE_END } from "./naming";

/** The name a statistician would write for a raw one: 、高等教育校舍面积 and ——各级各类在校生 (a list's or a dash's mark opens no name), 2023届本科生毕业去向落实率. */
export function tidyName(raw: string): string {
  return plainName(withoutOpenBracket(raw.replace(LEADING_MARKS, "").replace(LEADING_WORDS, "")));
}

const LEADING_MARKS = /^[、,，;；:：)）\]】.·—_/\s]+/;
/** What opens a name but names nothing: the 度 a year left (2020年度收入总计), the 含 and 包括 of a breakdown (含教学点数). */
// (该工程总投资, 去年全国在园幼儿数: a pointer back or a year said as a word names nothing; 中国的高等教育毛入学率: the 的 a cut scope leaves)
const LEADING_WORDS = /^(?:(?:度|含|包括)[:：]?(?=[\u4e00-\u9fff]{2})|(?:该|去年|今年|上年)(?=[\u4e00-\u9fff]{3})|的(?=[\u4e00-\u9fff]{2}))/;

/** 2023届本科生毕业去向落实率, 学校2016年招生数, 人数由2015年人数: the year or cohort is the item's deadline or reference year, no part of its name. */
const YEAR_IN_NAME = /(?:[由从到至在于]|截至|截止)?(?:19|20)\d\d(?:[-—–~至到/](?:19|20)?\d\d)?(?:学年度|学年|年度|年|届|级)(?:年初|年末|年底|初|末|底|以来)?(?:的)?/g;
/** 教师队伍由(1200人增加到…) → 教师队伍人数: the 由 of a change's start, left before the suffix, is no part of the name. */
const FROM_BASE = /(?:将|已|已经|分别|分別)?(?<![理自经經缘緣])[由从從](?=(?:人数|人次|数|比例|总数|数量|占比)?(?:[(（]基期[)）])?$)/;
/** 分别新增学位数, 队伍分别数: 分别 spreads a list's figures over its names and is no part of any. */
const SPREAD = /分[别別](?:[为為是](?=$|[\u4e00-\u9fff]{0,2}$))?/g;
/** 财政性教育经费(主要包括一般公共预算安排的教育经费,…): a bracket that explains at length is no part of the name; (基期) and (上年) are. */
const GLOSS = /[(（][^()（）]*[,，;；、][^()（）]{6,}[)）]|[(（][^()（）]{16,}[)）]/g;
/** 老年大学将新招学员人次, 毕业生将人数: the 将 of "will" is no part of the name (将…写入, 将…列为 keep theirs). */
const WILL = new RegExp(`(?:预计|总共|要|目标)?将(?=${WILL_DO_VERBS.filter((v) => v.length > 1).join("|")}|人数$|数$|比例$)`, "g");
/** A等约占比, 女生大约占比: the 约 of an approximation is the comparator's, no part of the share's name. */
const ABOUT_SHARE = /(?:大约|约)占(?=比|比例$)/;
/** 新建马兰完小、抗埠、李沟等教学楼数 → 新建教学楼数: the examples before 等 are no part of the name; its opening verb and the head after 等 are. */
const EXAMPLES = /^((?:[^、]{2,24}、)+[^、]{2,24}?)等([^、等]{2,})$/;
function withoutExamples(name: string): string {
  const m = EXAMPLES.exec(name);
  if (!m || RATE_END.test(name)) return name; // 戏剧、舞蹈等拓展课程开设率: a rate's examples say what it measures
  const verb = wordAt(name, 0, ACTION_VERBS);
  return (verb.length < m[1].length ? verb : "") + m[2];
}
function plainName(name: string): string {
  const out = withoutExamples(name).replace(YEAR_IN_NAME, "").replace(FROM_BASE, "").replace(SPREAD, "").replace(GLOSS, "").replace(WILL, "").replace(ABOUT_SHARE, "占").replace(/(人数|比例|总数|数量)\1$/, "$1");
  return out.length >= 2 && out !== name ? out : name;
}

/** 专职教师薪资补贴(占比40%), 小班(25人): the bracket the figure stood in, left open in its name, is dropped. */
function withoutOpenBracket(name: string): string {
  const at = Math.max(name.lastIndexOf("("), name.lastIndexOf("（"));
  return at >= 0 && name.indexOf(")", at) < 0 && name.indexOf("）", at) < 0 ? name.slice(0, at) + name.slice(at + 1) : name;
}
