/**
 * The text the extractor reads: the document mapped code unit for code unit (so every offset
 * is an offset into the caller's text), then paragraphs assembled into "views" that drop what
 * plans paste in by accident (line breaks inside a sentence, spaces between ideographs, site
 * junk such as “(范文来源:范文大全)”), each with a map back to the original offsets.
 */

import { isIdeograph } from "../phrase/chars";
import { SPAM_BRAND_WORDS } from "./lexicon";
import { isBlankGap, proseBreaks } from "./paragraph-breaks";

/** Traditional → Simplified, one character for one; only characters with a single reading in plans. */
const TRADITIONAL =
  "學園兒達標準辦師資務義總計劃實現質設備級縣區鄉鎮職業專數萬億點個項間張臺處條場冊書圖館體衛藝術導優訓練養績經費財築積樓網絡電腦機開關係統環當應該還進過邊遠隊長員隨讀語課試驗題評價選舉擇錄崗獎勵補貼貧殘齡歲週屆續穩規範綱領黨組織會議決權責監檢測報蓋創興構團結減約別較舊極勢農產營濟額撥籌獲頒證畢屬軍節盡轉輕負擔為與並將從對這們來時於後裡裏發歷廣東門問聞醫療護藥類運動賽參齊幫紀擴佔車輛餘線層確認識預緣貸託償勝災難讓韓幣鐵銀錢險幹審論強際親愛貴賓歡樂陽陰視頻閱踐觀誌雙龍軟聯滿廳傳綠綜飲維戶號倫適寬鬆獨壓廢講貫徹熱鏈給態勞悅兩倆兌幾凱則剛勛協卻廠厲變啟單嚴圍圓壞壇壯夠奪奮婦媽孫寧寶尋島峽帥帶廟彈徑復徵憂懷戰揮損搶擁擊攜敗敵斷暢暫曆樞樣橋檔歐殺氣沒溝滅漢潔灣無煙爭狀獄獻畝畫異盜碼礎禮禍稅種稱競筆簡糧紅納純紙細終絲綫緊編緩縮繼罰聲聽脫腳臨艱莊華葉藍蟲衝裝製複見覺覽觸訂記許訪詞詢詩詳誠誤說調談請諮謀譯豐貝貢貨購賴趨蹤軌輔輯輸連違遞遙遺鄰釋針鋼錯鍵閉閒閣闊陣陳陸階雜雞離雲靈韻響頂順須頭顏願顧顯風飛飯馬驚髮鬥魚鳥麥黃龜佈儲傑僅儀匯懸戲擬據攝歸盤蘇偽壩濱瀋濕鍊煉燈瑣瓊礦穀竊筍簽籃紮紛縱繪纖罷羅聖膽膚艦虛蝦褲襲訊詐訴診諾謝賀賞賠贊趕躍載輪辭遷遲醜鎖鏡鐘隱靜頁顆颱驅髒鬧鬱麗齒龐國內淨鞏涼紹慶漲絕寫擺滬蘭澤嶺鄭閩陝贛遼晉魯粵隴麼啓況嬰棟銜執輝眾蒼欽薦習曉堅潛廈煥繕篩樹隸銷瀏賬謠馮鑄荊蘄輟勸肅換轄駐紗奧債膠嗎庫劉譽鍛輻糾懲掛鉤撐側彎廚繞楊吳爐掃薩烏爾話穎蔣邁鳴廁繳謂頸雖饋樸郵飾傾呂劇刪諧亞窩贏慣鋒瑪騰鹽趙榮採閆嶄偉溫蔭盧鵬礙囈欄買茲滄綿寢獅聰鋪鈉碩漸磚斬婁誨籠獸慮攤塊鍾噸娛豔潯廬傷錨壽爲僞衆羣峯";
const SIMPLIFIED =
  "学园儿达标准办师资务义总计划实现质设备级县区乡镇职业专数万亿点个项间张台处条场册书图馆体卫艺术导优训练养绩经费财筑积楼网络电脑机开关系统环当应该还进过边远队长员随读语课试验题评价选举择录岗奖励补贴贫残龄岁周届续稳规范纲领党组织会议决权责监检测报盖创兴构团结减约别较旧极势农产营济额拨筹获颁证毕属军节尽转轻负担为与并将从对这们来时于后里里发历广东门问闻医疗护药类运动赛参齐帮纪扩占车辆余线层确认识预缘贷托偿胜灾难让韩币铁银钱险干审论强际亲爱贵宾欢乐阳阴视频阅践观志双龙软联满厅传绿综饮维户号伦适宽松独压废讲贯彻热链给态劳悦两俩兑几凯则刚勋协却厂厉变启单严围圆坏坛壮够夺奋妇妈孙宁宝寻岛峡帅带庙弹径复征忧怀战挥损抢拥击携败敌断畅暂历枢样桥档欧杀气没沟灭汉洁湾无烟争状狱献亩画异盗码础礼祸税种称竞笔简粮红纳纯纸细终丝线紧编缓缩继罚声听脱脚临艰庄华叶蓝虫冲装制复见觉览触订记许访词询诗详诚误说调谈请咨谋译丰贝贡货购赖趋踪轨辅辑输连违递遥遗邻释针钢错键闭闲阁阔阵陈陆阶杂鸡离云灵韵响顶顺须头颜愿顾显风飞饭马惊发斗鱼鸟麦黄龟布储杰仅仪汇悬戏拟据摄归盘苏伪坝滨沈湿炼炼灯琐琼矿谷窃笋签篮扎纷纵绘纤罢罗圣胆肤舰虚虾裤袭讯诈诉诊诺谢贺赏赔赞赶跃载轮辞迁迟丑锁镜钟隐静页颗台驱脏闹郁丽齿庞国内净巩凉绍庆涨绝写摆沪兰泽岭郑闽陕赣辽晋鲁粤陇么启况婴栋衔执辉众苍钦荐习晓坚潜厦焕缮筛树隶销浏账谣冯铸荆蕲辍劝肃换辖驻纱奥债胶吗库刘誉锻辐纠惩挂钩撑侧弯厨绕杨吴炉扫萨乌尔话颖蒋迈鸣厕缴谓颈虽馈朴邮饰倾吕剧删谐亚窝赢惯锋玛腾盐赵荣采闫崭伟温荫卢鹏碍呓栏买兹沧绵寝狮聪铺钠硕渐砖斩娄诲笼兽虑摊块钟吨娱艳浔庐伤锚寿为伪众群峰";

const MAP = new Uint16Array(65536);
for (let c = 0; c < 65536; c++) MAP[c] = c;
for (let k = 0; k < TRADITIONAL.length && k < SIMPLIFIED.length; k++) MAP[TRADITIONAL.charCodeAt(k)] = SIMPLIFIED.charCodeAt(k);
// Full-width ASCII (，％：（）１２) → ASCII; ideographic and no-break spaces → space.
for (let c = 0xff01; c <= 0xff5e; c++) MAP[c] = c - 0xfee0;
MAP[0x3000] = 32;
MAP[0xa0] = 32;
MAP[0xfeff] = 32;
MAP[0x2002] = MAP[0x2003] = MAP[0x2009] = MAP[0x200b] = 32;
MAP[0xfe6a] = 37; // small percent sign
MAP[0x2236] = 58; // ratio colon ∶
MAP[0x3001] = 0x3001; // 、 stays the list mark
// Kangxi radicals and compatibility ideographs a PDF copy puts for the ideographs (⼈⼝ for 人口, ⼀ for 一): the ideographs themselves
for (const [from, to] of [[0x2f00, 0x2fd5], [0xf900, 0xfad9]]) {
  for (let c = from; c <= to; c++) {
    const unified = String.fromCharCode(c).normalize("NFKC");
    if (unified.length === 1) MAP[c] = unified.charCodeAt(0);
  }
}
MAP[0xff0c] = 44; // ， (also in the range above; a digit-side case is handled in normalizeText)

/** Simplified → Traditional (the first reading in the table), for what a name adds to a Traditional quote. */
const BACK = new Map<number, number>();
for (let k = TRADITIONAL.length - 1; k >= 0; k--) BACK.set(SIMPLIFIED.charCodeAt(k), TRADITIONAL.charCodeAt(k));

export function traditionalOf(c: number): number | undefined {
  return BACK.get(c);
}

const WIDE_COMMA = 0xff0c;
const DUN = 0x3001; // 、

export function isAsciiDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19);
}

/**
 * Same length as the input: each code unit mapped alone. A full-width comma between digits
 * (120，500人) becomes 、, never a thousands separator: running text uses it as punctuation.
 */
export function normalizeText(text: string): string {
  return withChineseDecimalPoints(withDroppedPoints(withStopDecimals(withInlineParagraphs(withoutTagDebris(mapCodes(text))))));
}

/** A point between Chinese digits (一‧五倍, 四‧五億元, 五．六萬名: Taiwanese pages write it so): 点, as the number reader knows it. */
const CHINESE_DECIMAL = /[.‧・·](?=[零〇一二三四五六七八九]+(?:[万亿倍%]|个百分点|[^\u4e00-\u9fff]|$))/g;
const CHINESE_DIGIT_BEFORE = "零〇一二三四五六七八九";

// the digit before is checked by hand: a lookbehind would be tried at every position of the text
function withChineseDecimalPoints(s: string): string {
  return s.replace(CHINESE_DECIMAL, (m, at: number) => (at > 0 && CHINESE_DIGIT_BEFORE.indexOf(s.charAt(at - 1)) >= 0 ? "点" : m));
}

/** A decimal point a copy turned into a space (幼儿园26 67万所, 增长4 60%), before a percent or a 万/亿 count. */
const SPACE_DECIMAL = /(\d{1,3}) (\d{1,2})(?=\s*(%|‰|万|亿|个百分点))/g;
/** SPACE_DECIMAL's digits start a number: no digit or point before them (checked by hand; a lookbehind is tried everywhere). */
const startsNumber = (s: string, at: number): boolean => at === 0 || !/[\d.]/.test(s.charAt(at - 1));

/**
 * A copy that dropped its decimal points writes each as a space throughout; the document shows
 * it when a percent so read would pass 100 (7 06% is no 706%), with another such figure. Then every such space is a point;
 * else (9 0%, 3 0所: digits spaced out) none is.
 */
function withDroppedPoints(s: string): string {
  SPACE_DECIMAL.lastIndex = 0;
  let seen = 0;
  let past = false; // a percent past 100 when joined
  for (let m = SPACE_DECIMAL.exec(s); m; m = SPACE_DECIMAL.exec(s)) {
    if (!startsNumber(s, m.index)) {
      SPACE_DECIMAL.lastIndex = m.index + 1;
      continue;
    }
    seen++;
    past ||= m[3] === "%" && Number(m[1] + m[2]) > 100;
  }
  // one such space may be a table's (95 98%); a document's habit shows more than once
  return past && seen >= 2 ? s.replace(SPACE_DECIMAL, (m, a: string, b: string, _u: string, at: number) => (startsNumber(s, at) ? `${a}.${b}` : m)) : s;
}

/** A decimal point a copy turned into 。 (毛入园率89。7%, 幼儿园28。92万所): a point again, before a percent or a 万/亿 count. */
const STOP_DECIMAL = /(\d)。(?=\d{1,4}\s*(?:%|‰|万|亿|个百分点))/g;

/** Any 。 between digits (人平87。8分, 及格率为88。2), once the page shows the habit before a unit: not a year or a list's number after it. */
const ANY_STOP_DECIMAL = /(\d)。(?=\d{1,3}(?![\d、.．]))/g;

function withStopDecimals(s: string): string {
  if (!/\d。\d/.test(s)) return s;
  STOP_DECIMAL.lastIndex = 0;
  return STOP_DECIMAL.test(s) ? s.replace(ANY_STOP_DECIMAL, "$1.") : s; // a teacher's Chinese keyboard types 。 for every point
}

/**
 * Paragraphs a copy ran into one line, set apart by runs of spaces (…特制定本规划。   一、规划编制的
 * 背景和基础   (一)“十二五”规划执行情况。   1. 学前教育…): the last space before a heading marker ends the line.
 */
const INLINE_PARAGRAPH = / {3,}(?=[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）]|\d{1,2}[.、．](?!\d))/g;

function withInlineParagraphs(s: string): string {
  if (s.indexOf("   ") < 0) return s;
  // the run must follow text (not start a line); checked by hand, as a lookbehind is tried everywhere
  return s.replace(INLINE_PARAGRAPH, (m, at: number) => {
    if (at === 0 || /\s/.test(s.charAt(at - 1))) return m;
    return " ".repeat(m.length - 1) + "\n";
  });
}

/** HTML a scraper left in the text (</p>, ?/p> where a lost character ate the <, <b id="x">, &nbsp;): spaces, so a figure split around it joins again. */
const TAG_DEBRIS = /[?<]\/?p>|<\/?[a-z][a-z0-9]{0,9}(?:\s[^<>\n]{0,200})?\/?>|&nbsp;/gi;

function withoutTagDebris(s: string): string {
  return s.indexOf(">") < 0 && s.indexOf("&") < 0 ? s : s.replace(TAG_DEBRIS, (m) => " ".repeat(m.length));
}

function mapCodes(text: string): string {
  const n = text.length;
  let first = 0;
  while (first < n && MAP[text.charCodeAt(first)] === text.charCodeAt(first)) first++;
  if (first === n) return text;
  const out = new Uint16Array(n);
  for (let k = 0; k < n; k++) {
    const c = text.charCodeAt(k);
    if (c === WIDE_COMMA && k > 0 && k + 1 < n && isAsciiDigit(text.charCodeAt(k - 1)) && isAsciiDigit(text.charCodeAt(k + 1))) {
      out[k] = DUN;
    } else {
      out[k] = MAP[c];
    }
  }
  return fromCodes(out, n);
}

/** A string from the first n code units (chunked: apply has an argument-count limit). */
function fromCodes(codes: Uint16Array, n: number): string {
  let s = "";
  for (let k = 0; k < n; k += 8192) s += String.fromCharCode.apply(null, codes.subarray(k, Math.min(n, k + 8192)) as unknown as number[]);
  return s;
}

export function isSpaceCode(c: number): boolean {
  return c === 32 || c === 9 || c === 11 || c === 12;
}


function isAsciiWord(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

export interface Line {
  /** Offsets of the line's content in the text, without the line break. */
  start: number;
  end: number;
  /** First and last non-space offsets (start === end for a blank line). */
  trimStart: number;
  trimEnd: number;
  /** The line's table cells (table.ts cellsOf), kept for the text they were read from: the table readers each read ahead over the same lines. */
  cells?: { of: string; cells: ReadonlyArray<{ text: string; start: number; end: number }> };
}

/** Lines split at \n, \r\n, \r, U+2028 and U+2029, with their trimmed bounds. */
export function splitLines(s: string): Line[] {
  const lines: Line[] = [];
  const n = s.length;
  let start = 0;
  for (let k = 0; k <= n; k++) {
    const c = k < n ? s.charCodeAt(k) : 10;
    if (c !== 10 && c !== 13 && c !== 0x2028 && c !== 0x2029) continue;
    let a = start;
    let b = k;
    while (a < b && isSpaceCode(s.charCodeAt(a))) a++;
    while (b > a && isSpaceCode(s.charCodeAt(b - 1))) b--;
    lines.push({ start, end: k, trimStart: a, trimEnd: b });
    if (c === 13 && k + 1 < n && s.charCodeAt(k + 1) === 10) k++;
    start = k + 1;
  }
  return lines;
}

/** Words that mark a parenthesis as pasted site junk, not part of a name: (范文来源:范文大全). */
const JUNK_MARKS = ["来源", "范文", "转载", "本文", "网址", "www", "http", "编辑:", "作者:", "出处"];

/** A pinyin syllable, with its tone mark: xué, wǎng, de. */
const SYLLABLE = "[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]";
const PINYIN = new RegExp(`^${SYLLABLE}{1,6}$`);
/** A syllable with one symbol a spam site strewed into it (xiào®, chánσg), or a space before it ( rén). */
const STREWN_PINYIN = new RegExp(`^\\s?(${SYLLABLE}{1,6})[^\\sa-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü()\\u4e00-\\u9fff\\d]?(${SYLLABLE}{0,5})$`);

function isPinyinReading(text: string): boolean {
  // 不超(拼音:chāo)过: a dictionary site labels its reading
  const inner = text.startsWith("拼音:") || text.startsWith("拼音：") ? text.slice(3) : text;
  if (PINYIN.test(inner)) return true;
  const m = STREWN_PINYIN.exec(inner);
  return m !== null && PINYIN.test(m[1] + m[2]);
}

/** Every pinyin reading a Big5 converter pasted after a character (學(xué)前 → 學前): for cues read over the whole text; with keepOffsets, each becomes spaces. */
export function withoutReadings(s: string, keepOffsets = false): string {
  if (s.indexOf("(") < 0) return s;
  // a table's header cells are read again by every attempt that starts above them: a short text is read once
  if (s.length > SHORT_TEXT || keepOffsets) return dropReadings(s, keepOffsets);
  let t = shortReadless.get(s);
  if (t === undefined) {
    if (shortReadless.size >= SHORT_TEXTS_KEPT) shortReadless.clear();
    t = dropReadings(s, false);
    shortReadless.set(s, t);
  }
  return t;
}
const SHORT_TEXT = 48;
const SHORT_TEXTS_KEPT = 4096;
const shortReadless = new Map<string, string>();

function dropReadings(s: string, keepOffsets: boolean): string {
  return s.replace(/\(([^()\n]{1,9})\)/g, (all: string, inner: string, at: number) => (at > 0 && isIdeograph(s.charCodeAt(at - 1)) && isPinyinReading(inner) ? (keepOffsets ? " ".repeat(all.length) : "") : all));
}

/** Length of a junk parenthesis starting at p, or 0. Bounded look-ahead keeps this O(1) per call. */
function junkAt(s: string, p: number, end: number): number {
  if (s.charCodeAt(p) !== 40 /* ( */) return 0;
  const limit = Math.min(end, p + 40);
  let close = -1;
  for (let k = p + 1; k < limit; k++) {
    const c = s.charCodeAt(k);
    if (c === 41) {
      close = k;
      break;
    }
    if (c === 40) return 0;
  }
  if (close < 0) return 0;
  const inner = s.slice(p + 1, close);
  for (const m of JUNK_MARKS) if (inner.indexOf(m) >= 0) return close + 1 - p;
  // 年龄在70(含)岁以下: the bound includes its figure, as 以下 already says; nothing stands between the figure and its unit
  if (inner === "含" && p > 0 && isAsciiDigit(s.charCodeAt(p - 1))) return close + 1 - p;
  // 學(xué)前, 網(wǎng): a reading in pinyin pasted after a character by a Big5 converter
  if (p > 0 && isIdeograph(s.charCodeAt(p - 1)) && isPinyinReading(inner)) return close + 1 - p;
  return 0;
}

/** Length of a footnote mark after a word (各级各类学校[2], 普惠性幼儿园[3]数) starting at p, or 0. */
function footnoteAt(s: string, p: number, end: number): number {
  if (s.charCodeAt(p) !== 91 /* [ */ || p === 0 || !isIdeograph(s.charCodeAt(p - 1))) return 0;
  let k = p + 1;
  while (k < end && k <= p + 3 && s.charCodeAt(k) >= 48 && s.charCodeAt(k) <= 57) k++;
  return k > p + 1 && k < end && s.charCodeAt(k) === 93 /* ] */ ? k + 1 - p : 0;
}

/**
 * Decorative symbols a spam site strews inside words (学校◈✿✿★,, 兒∏童, 增長≠13.5%, 1.6ε個):
 * geometric shapes, misc symbols, dingbats, arrows, Greek letters, ® and math operators other
 * than the ones plans write (≤ ≥ ≈ and the ratio colon ∶); never part of a name or a figure.
 * Circled numbers (①) stay list marks.
 */
/** ↑ and ↓: a change up or down when a figure follows (phrase/comparators reads them). */
function isChangeArrow(c: number): boolean {
  return c === 0x2191 || c === 0x2193;
}

function isDecorative(c: number): boolean {
  if ((c >= 0x25a0 && c <= 0x27bf) || (c >= 0x2b00 && c <= 0x2bff) || (c >= 0x2190 && c <= 0x21ff) || (c >= 0x0391 && c <= 0x03c9) || c === 0xae) return true;
  // math symbols are strewn junk, but for the bounds (≤ ≥ ≦ ≧ ≮ ≯), ≈ and the ratio colon ∶
  return c >= 0x2200 && c <= 0x22ff && !(c >= 0x2264 && c <= 0x2267) && c !== 0x226e && c !== 0x226f && c !== 0x2248 && c !== 0x2236;
}

function isLatinLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Length of a spam brand a gambling site strews into pages (kk体育, BG大游) starting at p, or 0. */
function spamBrandAt(s: string, p: number, end: number): number {
  let q = p;
  while (q < end && q - p <= 4 && isLatinLetter(s.charCodeAt(q))) q++;
  if (q - p > 4) return 0;
  for (const w of SPAM_BRAND_WORDS) if (s.startsWith(w, q) && q + w.length <= end) return q + w.length - p;
  return 0;
}

/** A paragraph as read: compacted text and a map back to document offsets. */
export interface View {
  text: string;
  /** Runs of the view copied unchanged from the document: view start, document start (pairs). */
  runs: Int32Array;
  /** Where each line of the paragraph starts in the view, in order. */
  lineStarts: number[];
  /** Where a line of prose starts after a blank line, in order (paragraph-breaks.ts): no name runs across it. */
  breaks: number[];
}

/**
 * Joins the given spans of the normalized text into one view: spaces between ideographs and
 * line breaks vanish (plans never need them), junk parentheses, footnote marks and decorative
 * symbols are dropped, and a space
 * between two ASCII words survives as one space. The text is built from slices of runs.
 */
export function makeView(s: string, spans: ReadonlyArray<readonly [number, number]>, phrases = false): View {
  const parts: string[] = [];
  const runs: number[] = [];
  let length = 0;
  let lastCode = -1;
  const take = (x: number, y: number): void => {
    if (y <= x) return;
    runs.push(length, x);
    parts.push(s.slice(x, y));
    length += y - x;
    lastCode = s.charCodeAt(y - 1);
  };
  let prevEnd = -1;
  const lineStarts: number[] = [];
  const afterBlank: number[] = [];
  for (const [a, b] of spans) {
    // lines that are phrases of their own (an infographic's captions): each line break ends a clause
    if (phrases && prevEnd >= 0 && length > 0) {
      runs.push(length, prevEnd);
      parts.push("\n");
      length++;
      lastCode = 10;
    }
    if (prevEnd >= 0 && isBlankGap(s, prevEnd, a)) afterBlank.push(lineStarts.length); // the index of the line about to start
    prevEnd = b;
    lineStarts.push(length);
    let run = a;
    for (let k = a; k < b; k++) {
      const c = s.charCodeAt(k);
      if (isSpaceCode(c) || c === 10 || c === 13) {
        take(run, k);
        // keep one space only between ASCII words ("Wi Fi"); everywhere else it is layout, as is a
        // space that groups thousands (在校生2 210人)
        // …and after a count of myriads before a digit (投入4亿 7校新开张: two figures, not 4.7亿)
        if ((length > 0 && isAsciiWord(lastCode) && k + 1 < b && isAsciiWord(s.charCodeAt(k + 1)) && !isThousandsSpace(s, k, b) && !isSplitDigitSpace(s, k, b)) || isListNumberSpace(s, a, k, b) || (length > 0 && isMyriadSpace(s, k, b))) {
          run = k;
          take(k, k + 1);
        }
        run = k + 1;
        continue;
      }
      // 增長'7.9%: a stray apostrophe between a word and its figure
      // ↑7.3个百分点, ↓1.2: an arrow right before a figure says which way it changed
      if ((isDecorative(c) && !(isChangeArrow(c) && k + 1 < b && isAsciiDigit(s.charCodeAt(k + 1)))) || (c === 39 && isIdeograph(lastCode) && k + 1 < b && s.charCodeAt(k + 1) >= 48 && s.charCodeAt(k + 1) <= 57)) {
        take(run, k);
        run = k + 1;
        continue;
      }
      if (isLatinLetter(c) && !isLatinLetter(s.charCodeAt(k - 1))) {
        const skip = spamBrandAt(s, k, b);
        if (skip > 0) {
          take(run, k);
          k += skip - 1;
          run = k + 1;
          continue;
        }
      }
      if (c === 40 || c === 91) {
        const skip = c === 40 ? junkAt(s, k, b) : footnoteAt(s, k, b);
        if (skip > 0) {
          take(run, k);
          k += skip - 1;
          run = k + 1;
        }
      }
    }
    take(run, b);
  }
  return { text: parts.join(""), runs: Int32Array.from(runs), lineStarts, breaks: proseBreaks(lineStarts, afterBlank, length) };
}

/** The space at k follows a count of myriads and comes before a digit (投入4亿 7校): it parts two figures. */
function isMyriadSpace(s: string, k: number, end: number): boolean {
  return k >= 2 && k + 1 < end && isAsciiDigit(s.charCodeAt(k + 1)) && isAsciiDigit(s.charCodeAt(k - 2)) && "万亿萬億".includes(s.charAt(k - 1));
}

/**
 * The space at k splits one number a page spaced out (改扩建3 0所, 9 0%以上): a word or a comma
 * right before its digit, a unit or % right after the digit that follows. Table cells (99 100,
 * 2020年 2025年) have a space or a unit before.
 */
function isSplitDigitSpace(s: string, k: number, end: number): boolean {
  let a = k;
  while (a > 0 && isAsciiDigit(s.charCodeAt(a - 1))) a--;
  const before = a > 0 ? s.charCodeAt(a - 1) : 32;
  if (a === k || !(isIdeograph(before) || before === 44 || before === 0x3001 || before === 0xff0c)) return false;
  let z = k + 1;
  while (z < end && isAsciiDigit(s.charCodeAt(z))) z++;
  // one digit on each side (3 0所, 9 0%): a page spaced out character by character; 7 06% and
  // 26 5万 are decimals whose point a copy lost, read as nothing rather than as 706% or 265万
  if (k - a !== 1 || z !== k + 2 || s.charCodeAt(a) === 48 /* 0 */ || z >= end) return false;
  const after = s.charCodeAt(z);
  return after === 37 || (isIdeograph(after) && after !== 0x5e74 /* 年 */);
}

/** The space after a line's list number (1. 80%學生曾參與…): it parts the number from the figure, no decimal point joins them. */
function isListNumberSpace(s: string, a: number, k: number, b: number): boolean {
  // - 2018年:一本上线率20%: the space after a line's bullet dash keeps the dash from signing the figure
  if (k + 1 < b && isAsciiDigit(s.charCodeAt(k + 1)) && /^\s*-$/.test(s.slice(a, k))) return true;
  if (s.charCodeAt(k - 1) !== 46 || !/^\s*\d{1,2}\.$/.test(s.slice(a, k)) || !isAsciiDigit(s.charCodeAt(k + 1))) return false;
  return /^\s*[\d.]+%?\s*[\u4e00-\u9fff]/.test(s.slice(k + 1, Math.min(b, k + 16))); // a figure then words, not a cell 95. 5
}

/** The space at k groups thousands: 1–3 digits before it (no number before them), exactly 3 after it, then no digit or decimal point. */
function isThousandsSpace(s: string, k: number, end: number): boolean {
  let a = k;
  while (a > 0 && isAsciiDigit(s.charCodeAt(a - 1)) && k - a < 4) a--;
  if (k - a < 1 || k - a > 3) return false;
  const before = a > 0 ? s.charCodeAt(a - 1) : 32;
  if (isAsciiDigit(before) || before === 46 || before === 44 || isSpaceCode(before)) return false;
  let z = k + 1;
  while (z < end && isAsciiDigit(s.charCodeAt(z)) && z - k <= 4) z++;
  return z - k - 1 === 3 && (z >= end || (s.charCodeAt(z) !== 46 && !isSpaceCode(s.charCodeAt(z))));
}

/** Document offset of view position p (0 ≤ p < text.length). */
function docAt(view: View, p: number): number {
  const r = view.runs;
  let lo = 0;
  let hi = r.length / 2 - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (r[2 * mid] <= p) lo = mid;
    else hi = mid - 1;
  }
  return r[2 * lo + 1] + (p - r[2 * lo]);
}

/** Document offsets [start, end) of the view's [a, b). */
export function spanOf(view: View, a: number, b: number): [number, number] {
  const n = view.text.length;
  if (n === 0) return [0, 0];
  if (b <= a) {
    const p = a < n ? docAt(view, a) : docAt(view, n - 1) + 1;
    return [p, p];
  }
  return [docAt(view, a), docAt(view, Math.min(b, n) - 1) + 1];
}

/**
 * Lines that are phrases of their own: four or more, no full stop, and ragged (the median line
 * well short of the widest). A sentence broken across lines (a PDF copy) fills its lines to one
 * width; captions do not.
 */
export function isPhraseLines(s: string, spans: ReadonlyArray<readonly [number, number]>): boolean {
  if (spans.length < 4) return false;
  const widths: number[] = [];
  for (const [a, b] of spans) {
    if (s.slice(a, b).indexOf("。") >= 0) return false;
    widths.push(b - a);
  }
  const widest = Math.max(...widths);
  const inner = widths.slice(0, -1).sort((x, y) => x - y); // the last line of a broken sentence may be short
  return inner[inner.length >> 1] < 0.7 * widest;
}

/** A caption line has words (two ideographs together), not only a table's bare cell (≮85%). */
const CAPTION_WORDS = /[\u4e00-\u9fff]{2}/;

/**
 * How many of a paragraph's first lines (four at least) are phrases of their own, before its first
 * full stop: a list of captions (新城区 / 新建2所中小学 / 碑林区 …) run into the article's first
 * sentence. 0 when those lines are not such phrases, or when no line has a 。 (isPhraseLines decides).
 */
export function phraseLinesBefore(s: string, spans: ReadonlyArray<readonly [number, number]>): number {
  const stop = spans.findIndex(([a, b]) => s.slice(a, b).indexOf("。") >= 0);
  if (stop < 4) return 0;
  for (let k = 0; k < stop; k++) {
    const [a, b] = spans[k];
    // each a phrase in words (not a table's bare cells: ≮85%), and no number broken across two lines (2\n003年)
    if (!CAPTION_WORDS.test(s.slice(a, b)) || (isAsciiDigit(s.charCodeAt(b - 1)) && isAsciiDigit(s.charCodeAt(spans[k + 1][0])))) return 0;
  }
  return isPhraseLines(s, spans.slice(0, stop)) ? stop : 0;
}

/** Characters a quote may start with: ideographs, ASCII letters and digits, brackets and quotes. */
export function isQuoteStart(c: number): boolean {
  return isIdeograph(c) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 40 || c === 0x201c || c === 0x300a || c === 0x3010 || c === 42;
}

const NUMERAL = new Uint8Array(65536);
for (const c of "0123456789０１２３４５６７８９零〇○一二两兩三四五六七八九十百千万萬无半") NUMERAL[c.charCodeAt(0)] = 1;

/** Any character a figure (or 无流生) could start with in s[a, b): most sentences of a plan have none. */
export function hasNumeral(s: string, a = 0, b = s.length): boolean {
  for (let k = a; k < b; k++) if (NUMERAL[s.charCodeAt(k)] === 1) return true;
  return false;
}
