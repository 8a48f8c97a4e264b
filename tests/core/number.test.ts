import fc from "fast-check";
import { parseNumber, tryParseNumber, parseQuantity, scanNumbers } from "../../src/core/number";
import { PlanError } from "../../src/core/errors";

type Row = [input: string, value: number, percent: boolean];

const ARABIC: Row[] = [
  ["0", 0, false],
  ["1234", 1234, false],
  ["1,500", 1500, false],
  ["1,234,567", 1234567, false],
  ["1,500.25", 1500.25, false],
  ["９５", 95, false],
  ["１２.５％", 0.125, true],
  ["１，５００", 1500, false],
  ["-3", -3, false],
  ["－3", -3, false],
  ["+2", 2, false],
  ["-0", 0, false],
  ["007", 7, false],
  [" 12 ", 12, false],
  ["\u3000８８\u3000", 88, false],
  ["3.14", 3.14, false],
];

const POSITIONAL: Row[] = [
  ["十", 10, false],
  ["十五", 15, false],
  ["一十五", 15, false],
  ["二十", 20, false],
  ["一百零五", 105, false],
  ["一百一十", 110, false],
  ["一千零五十", 1050, false],
  ["一千零五", 1005, false],
  ["两万三千", 23000, false],
  ["一万二", 12000, false],
  ["三千五", 3500, false],
  ["两百五", 250, false],
  ["一千二百三十四", 1234, false],
  ["十万", 100000, false],
  ["三百万", 3000000, false],
  ["一亿零五万", 100050000, false],
  ["一亿零五", 100000005, false],
  ["一万亿", 1e12, false],
  ["一千二百三十四亿零五百六十七万零八百九十", 123405670890, false],
  ["3.5万", 35000, false],
  ["1.2亿", 120000000, false],
  ["3万5千", 35000, false],
  ["2万5", 25000, false],
  ["1万2000", 12000, false],
  ["1亿2000万", 120000000, false],
  ["1亿2.5万", 100025000, false],
  ["3个亿", 300000000, false], // speech puts 个 before 亿
  ["五個億", 500000000, false],
  ["3.5万亿", 3.5e12, false],
  ["1.5千", 1500, false],
  ["695万", 6950000, false],
  ["三点五万", 35000, false],
  ["廿", 20, false],
  ["廿五", 25, false],
  ["卅六", 36, false],
  ["零", 0, false],
  ["两", 2, false],
  ["十五万", 150000, false],
  ["一百二十万", 1200000, false],
  ["两千零二十五", 2025, false],
  ["三万零五十", 30050, false],
  ["五十万零三", 500003, false],
  ["一千二百万零五", 12000005, false],
  ["12000万", 120000000, false],
  ["1.5万亿", 1.5e12, false],
  ["1.23456789亿", 123456789, false],
];

const DIGIT_BY_DIGIT: Row[] = [
  ["一五零零", 1500, false],
  ["二零二五", 2025, false],
  ["二〇二五", 2025, false],
  ["二○二五", 2025, false],
  ["一零%", 0.1, true],
  ["五五%", 0.55, true],
  ["一五", 15, false],
  ["四零", 40, false],
  ["零五", 5, false],
  ["一五点五", 15.5, false],
];

const DECIMALS: Row[] = [
  ["五点五", 5.5, false],
  ["零点五", 0.5, false],
  ["九十五点五", 95.5, false],
  ["一百零五点二五", 105.25, false],
  // a Taiwanese page's full stop for 点 (高中生減至四十．四萬人, blind set 313)
  ["四十．四萬", 404000, false],
  ["十一.九", 11.9, false],
  ["百分之九十五点五", 0.955, true],
  ["4.52万", 45200, false],
  ["1.1万", 11000, false],
  ["99.2%", 0.992, true],
  ["0.01%", 0.0001, true],
  ["98.2%", 0.982, true],
  ["0.1", 0.1, false],
  ["零点零五", 0.05, false],
  ["三十五点五万", 355000, false],
  ["百分之零点五", 0.005, true],
  ["百分之0.5", 0.005, true],
  ["33.3%", 0.333, true],
  ["三点一四一五九二六", 3.1415926, false],
];

const FRACTIONS_AND_PERCENTS: Row[] = [
  ["三分之二", 2 / 3, true],
  ["十分之一", 0.1, true],
  ["一百分之五", 0.05, true],
  ["3分之1", 1 / 3, true],
  ["三分之零", 0, true],
  ["百分之九十五", 0.95, true],
  ["百分之百", 1, true],
  ["百分之一百", 1, true],
  ["百分之5", 0.05, true],
  ["千分之五", 0.005, true],
  ["万分之三", 0.0003, true],
  ["八%", 0.08, true],
  ["95%", 0.95, true],
  ["95％", 0.95, true],
  ["5‰", 0.005, true],
  ["100%", 1, true],
];

const NEGATIVES: Row[] = [
  ["负三", -3, false],
  ["負三", -3, false],
  ["-3", -3, false],
  ["−3", -3, false],
  ["负百分之五", -0.05, true],
  ["-3%", -0.03, true],
  ["负三分之二", -2 / 3, true],
  ["负零", 0, false],
  ["负0.5%", -0.005, true],
];

const TRADITIONAL_AND_FINANCIAL: Row[] = [
  ["兩萬", 20000, false],
  ["三億", 300000000, false],
  ["五點五", 5.5, false],
  ["壹佰贰拾叁", 123, false],
  ["貳仟零伍", 2005, false],
  ["叁萬肆仟", 34000, false],
  ["參拾", 30, false],
  ["陆佰", 600, false],
  ["陸拾柒", 67, false],
  ["捌仟玖佰", 8900, false],
  ["壹億", 100000000, false],
  ["兩百", 200, false],
];

describe.each([
  ["Arabic", ARABIC],
  ["positional Chinese", POSITIONAL],
  ["digit-by-digit Chinese", DIGIT_BY_DIGIT],
  ["decimals", DECIMALS],
  ["fractions and percents", FRACTIONS_AND_PERCENTS],
  ["negatives", NEGATIVES],
  ["Traditional and financial", TRADITIONAL_AND_FINANCIAL],
])("parseNumber: %s", (_kind, rows) => {
  test.each(rows)("%s → %p (percent %p)", (input, value, percent) => {
    const parsed = parseNumber(input);
    expect(parsed.value).toBe(value);
    expect(parsed.percent).toBe(percent);
    expect(tryParseNumber(input)).toEqual({ value, percent });
  });
});

describe("regressions that peer libraries get wrong", () => {
  test("三分之二 is two thirds, not 32", () => {
    expect(parseNumber("三分之二").value).not.toBe(32);
    expect(parseNumber("三分之二").value).toBeCloseTo(0.6667, 4);
  });
  test("百分之九十五 is 0.95, not 195", () => {
    expect(parseNumber("百分之九十五").value).not.toBe(195);
    expect(parseNumber("百分之九十五").value).toBe(0.95);
  });
  test("decimal scaling does not drift", () => {
    expect(parseNumber("4.52万").value).toBe(45200);
    expect(parseNumber("99.2%").value === 0.992).toBe(true);
    expect(parseNumber("0.01%").value).toBe(0.0001);
    expect(parseNumber("1.1万").value).toBe(11000);
    expect(parseNumber("0.3").value).toBe(0.3);
    expect(parseNumber("1.15万").value).toBe(11500);
  });
  test("-0 reads as 0, not negative zero", () => {
    expect(Object.is(parseNumber("-0").value, 0)).toBe(true);
  });
});

const REJECTED = [
  "",
  "   ",
  "abc",
  "1.2.3",
  "十十",
  "百分之",
  "三分之",
  "零分之三",
  "99.2%%",
  "一五零零十", // digit-by-digit runs take no unit
  "NaN",
  "Infinity",
  "-Infinity",
  "1e5",
  ".5",
  "5.",
  "1,5",
  "12,34",
  "1234,567",
  "1 500",
  "--3",
  "+-3",
  "- 3",
  "3-5",
  "百",
  "万",
  "点五",
  "一百一百",
  "十一五", // a name, not a number: 十一 then 五
  "二十三四",
  "一万一万",
  "三千五点五", // trailing-digit rule is ambiguous before a decimal
  "3.5万元",
  "5千米",
  "9".repeat(400), // not finite
  "十%%",
];

describe("parseNumber rejects anything that is not exactly one number", () => {
  test.each(REJECTED)("%p", (input) => {
    expect(tryParseNumber(input)).toBeNull();
    let thrown: unknown;
    try {
      parseNumber(input);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(PlanError);
    expect((thrown as PlanError).code).toBe("not_a_number");
    expect((thrown as PlanError).message).toContain("无法识别的数字");
  });

  test("the message names the offending text", () => {
    expect(() => parseNumber("abc")).toThrow("无法识别的数字：“abc”");
  });

  test("a long input is shortened in the message", () => {
    let thrown: PlanError | undefined;
    try {
      parseNumber("x".repeat(1000));
    } catch (e) {
      thrown = e as PlanError;
    }
    expect(thrown).toBeDefined();
    expect(thrown!.message.length).toBeLessThan(60);
  });

  test("non-string input from a loose caller is not a number", () => {
    expect(tryParseNumber(5 as unknown as string)).toBeNull();
    expect(() => parseNumber(null as unknown as string)).toThrow(PlanError);
  });
});

describe("parseQuantity", () => {
  test.each<[string, number, boolean, string | null]>([
    ["1,500人", 1500, false, "人"],
    ["99.2%", 0.992, true, null],
    ["九十五", 95, false, null],
    ["3.5万元", 3.5, false, "万元"],
    ["695万元", 695, false, "万元"],
    ["12亿元", 12, false, "亿元"],
    // after 亿, the myriads before 万元 count in 万 (新竹 budget, blind set 52)
    ["1亿2000万元", 12000, false, "万元"],
    ["201亿4,070万元", 2014070, false, "万元"],
    ["一亿两千万元", 12000, false, "万元"],
    ["2亿3000万人", 230000000, false, "人"],
    ["3万美元", 3, false, "万美元"],
    // Malaysia's ringgit, counted in 万 as 万元 is (blind set 254)
    ["7407万令吉", 7407, false, "万令吉"],
    ["7.6万平方米", 76000, false, "平方米"],
    ["二万人次", 20000, false, "人次"],
    ["一五零零名", 1500, false, "名"],
    ["四零周岁", 40, false, "周岁"],
    ["5个百分点", 5, false, "个百分点"],
    ["3千米", 3, false, "千米"],
    ["1500 人", 1500, false, "人"],
    ["三分之二", 2 / 3, true, null],
  ])("%s", (input, value, percent, unit) => {
    expect(parseQuantity(input)).toEqual({ value, percent, unit });
  });

  test.each(["", "人", "3-5个", "1.2.3米", "5人3", "99%%", "abc"])("rejects %p", (input) => {
    expect(() => parseQuantity(input)).toThrow(PlanError);
  });
});

type Tok = [start: number, end: number, text: string, value: number, percent: boolean, chinese: boolean];

function tokensOf(text: string): Tok[] {
  return scanNumbers(text).map((t) => [t.start, t.end, t.text, t.value, t.percent, t.chinese]);
}

describe("a space that groups thousands in running text (资金2 100万元; 双高 self-evaluation, blind set 123)", () => {
  test.each<[string, number[]]>([
    ["中央财政投入资金2 100万元", [2100]],
    ["总资金到位18 398.31万元", [18398.31]],
    ["在校生56 914人,小学", [56914]],
    ["学生1 351人", [1351]],
    // a table's cells, set apart by spaces: each its own figure
    ["区 135 135 100%", [135, 135, 1]],
    ["共 1 416个", [1, 416]],
    // a group that is not exactly three digits, or not followed by its unit
    ["资金2 1000万元", [2, 1000]],
    ["编号1 300 号", [1, 300]],
    // a milestone names its bare 千 or 千万 (突破千人大关); 千 alone elsewhere is no number
    ["首次突破千人大关", [1000]],
    ["首次突破千萬大關", [10000000]],
    ["千人计划", []],
    ["突破万人大关", [10000]],
  ])("%s", (text, values) => {
    expect(scanNumbers(text).map((t) => t.value)).toEqual(values);
  });
});

describe("the myriads after 亿, then 余 or 多 and 万 (一亿三千九百余万元: 13900 万元; Taichung 2022, blind set 199)", () => {
  test.each<[string, number[]]>([
    ["补助一亿三千九百余万元", [13900]],
    ["1亿2000多万人", [12000]],
    ["一亿三千九百万元", [13900]],
    ["一亿三千九百人", [100003900]],
  ])("%s", (text, values) => {
    expect(scanNumbers(text).map((t) => t.value)).toEqual(values);
  });
});

describe("half of a whole (一半, 半数): 50%", () => {
  test.each<[string, number[]]>([
    ["超过半数的学生", [0.5]],
    ["专业相关度超过一半", [0.5]],
    ["數量環比下降近一半", [0.5]],
    // …not half a span of time or a count, nor the half of a number (一年半, 十一半)
    ["一半年时间", [1]],
    ["学习一年半", [1]],
    ["上半年", []],
  ])("%s", (text, values) => {
    expect(scanNumbers(text).map((t) => t.value)).toEqual(values);
  });
  test("it reads as a percentage", () => {
    expect(scanNumbers("一半").map((t) => t.percent)).toEqual([true]);
  });
});

describe("a round count without its 一 (百余名, 近万个, 上百位)", () => {
  test.each<[string, number[]]>([
    // a round count without its 一: more than (百余名), near or past it (近百所, 上万名, 逾千人); blind sets 195-198
    ["全省已有百余名主持人", [100]],
    ["培训千余人", [1000]],
    ["督导行程万余公里", [10000]],
    ["新增近万个学位", [10000]],
    ["支持学校近百所", [100]],
    ["上百位校长齐聚议会", [100]],
    ["低视力近千万人", [10000000]],
    // …and past one (突破百亿元, 跌破千万; 陕西 research funding, blind set 345)
    ["科研经费首次突破百亿元", [100]],
    ["高考人数跌破千万", [10000000]],
    // …and not words that start with one
    ["千方百计", []],
    ["千万不要", []],
    ["百姓满意", []],
    ["万众一心", [1]],
  ])("%s", (text, values) => {
    expect(scanNumbers(text).map((t) => t.value)).toEqual(values);
  });
});

describe("scanNumbers", () => {
  test.each<[string, Tok[]]>([
    ["全市适龄儿童少年入学率达到100%", [[13, 17, "100%", 1, true, false]]],
    [
      "分别达到99.62%、99.28%、98.2%",
      [
        [4, 10, "99.62%", 0.9962, true, false],
        [11, 17, "99.28%", 0.9928, true, false],
        [18, 23, "98.2%", 0.982, true, false],
      ],
    ],
    [
      "比上年提高3-5个百分点",
      [
        [5, 6, "3", 3, false, false],
        [7, 8, "5", 5, false, false],
      ],
    ],
    ["培养市级及以上名校长一五名", [[10, 12, "一五", 15, false, true]]],
    ["到二零二五年", [[1, 5, "二零二五", 2025, false, true]]],
    [
      "完成184所农村中小学校7.6万平方米的危房改造任务",
      [
        [2, 5, "184", 184, false, false],
        [12, 16, "7.6万", 76000, false, false],
      ],
    ],
    ["力争全市三分之二以上的乡镇", [[4, 8, "三分之二", 2 / 3, true, true]]],
    ["投入695万元", [[2, 5, "695", 695, false, false]]],
    ["总投资7亿多元", [[3, 4, "7", 7, false, false]]],
    ["投入3000万余元", [[2, 6, "3000", 3000, false, false]]],
    ["培训1万多人", [[2, 4, "1万", 10000, false, false]]],
    ["接待二万人次", [[2, 4, "二万", 20000, false, true]]],
    [
      "时间:2023-02-24",
      [
        [3, 7, "2023", 2023, false, false],
        [8, 10, "02", 2, false, false],
        [11, 13, "24", 24, false, false],
      ],
    ],
    ["培训1,500人", [[2, 7, "1,500", 1500, false, false]]],
    [
      "比例1,5",
      [
        [2, 3, "1", 1, false, false],
        [4, 5, "5", 5, false, false],
      ],
    ],
    [
      "3--5周岁",
      [
        [0, 1, "3", 3, false, false],
        [3, 4, "5", 5, false, false],
      ],
    ],
    ["比上年-3%", [[3, 6, "-3%", -0.03, true, false]]],
    ["控制在百分之九十五以上", [[3, 9, "百分之九十五", 0.95, true, true]]],
    ["千分之五", [[0, 4, "千分之五", 0.005, true, true]]],
    [
      "《规划(二〇二一—二〇二五年)》",
      [
        [4, 8, "二〇二一", 2021, false, true],
        [9, 13, "二〇二五", 2025, false, true],
      ],
    ],
    ["一些", [[0, 1, "一", 1, false, true]]],
    ["进一步", [[1, 2, "一", 1, false, true]]],
    ["统一", []], // the 一 that ends 统一, 唯一, 同一 or 之一 is never a count
    [
      "一免一补",
      [
        [0, 1, "一", 1, false, true],
        [2, 3, "一", 1, false, true],
      ],
    ],
    ["不低于一零%", [[3, 6, "一零%", 0.1, true, true]]],
    ["使用1,5000", [[2, 3, "1", 1, false, false], [4, 8, "5000", 5000, false, false]]],
    ["长5千米", [[1, 2, "5", 5, false, false]]],
    ["一百零", [[0, 2, "一百", 100, false, true], [2, 3, "零", 0, false, true]]],
    ["版本1.2.3", [[2, 5, "1.2", 1.2, false, false], [6, 7, "3", 3, false, false]]],
    ["十分重要", [[0, 1, "十", 10, false, true]]],
    ["百分点", []],
    ["负责人", []],
    ["", []],
    ["全角１，５００人", [[2, 3, "１", 1, false, false], [4, 7, "５００", 500, false, false]]],
  ])("%s", (text, expected) => {
    const tokens = tokensOf(text);
    expect(tokens).toEqual(expected);
    for (const [start, end, tokenText] of tokens) expect(text.slice(start, end)).toBe(tokenText);
  });

  test("offsets are UTF-16 code units", () => {
    expect(tokensOf("😀3人")).toEqual([[2, 3, "3", 3, false, false]]);
  });
});

// ---- properties --------------------------------------------------------------------------

const CN_DIGITS = "零一二三四五六七八九";

/** Reference writer for 1..9999, independent of the parser: 零 marks any gap inside. */
function chineseSection(n: number): string {
  const digits = [Math.floor(n / 1000) % 10, Math.floor(n / 100) % 10, Math.floor(n / 10) % 10, n % 10];
  const units = ["千", "百", "十", ""];
  let out = "";
  let gap = false;
  for (let k = 0; k < 4; k++) {
    if (digits[k] === 0) {
      if (out) gap = true;
      continue;
    }
    if (gap) out += "零";
    gap = false;
    out += CN_DIGITS[digits[k]] + units[k];
  }
  return out;
}

/** Standard positional Chinese for 0..10^12. */
function toChinese(n: number): string {
  if (n === 0) return "零";
  const yi = Math.floor(n / 1e8);
  const wan = Math.floor(n / 1e4) % 1e4;
  const low = n % 1e4;
  let out = "";
  if (yi > 0) out += toChinese(yi) + "亿";
  if (wan > 0) {
    if (out && wan < 1000) out += "零";
    out += chineseSection(wan) + "万";
  }
  if (low > 0) {
    if (out && (low < 1000 || wan === 0)) out += "零";
    out += chineseSection(low);
  }
  return out;
}

const FORMAL: Record<string, string[]> = {
  一: ["壹"],
  二: ["贰", "貳"],
  三: ["叁", "參"],
  四: ["肆"],
  五: ["伍"],
  六: ["陆", "陸"],
  七: ["柒"],
  八: ["捌"],
  九: ["玖"],
  十: ["拾"],
  百: ["佰"],
  千: ["仟"],
  万: ["萬"],
  亿: ["億"],
  两: ["兩"],
  零: ["〇"],
};

/** Applies the optional spellings a writer might use: 十五 for 一十五, 两 before a unit, 大写/Traditional. */
function restyle(text: string, bareTen: boolean, liang: boolean, formalPicks: number[]): string {
  let out = text;
  if (bareTen && out.startsWith("一十")) out = out.slice(1);
  if (liang) out = out.replace(/二(?=[百千万亿])/g, "两");
  let styled = "";
  for (let i = 0; i < out.length; i++) {
    const pick = formalPicks[i % formalPicks.length];
    const options = FORMAL[out[i]];
    styled += options && pick > 0 ? options[pick % options.length] : out[i];
  }
  return styled;
}

/** Integers 0..10^12, many with runs of zeros (the hard part of positional Chinese). */
const integersUpToTrillion = fc.oneof(
  fc.tuple(fc.integer({ min: 0, max: 999999 }), fc.integer({ min: 0, max: 999999 })).map(([hi, lo]) => hi * 1e6 + lo),
  fc
    .array(fc.constantFrom(0, 0, 0, 0, 1, 2, 3, 5, 7, 9), { minLength: 1, maxLength: 12 })
    .map((ds) => Number(ds.join(""))),
  fc.integer({ min: 0, max: 100000 }),
  fc.constant(1e12),
);

describe("properties", () => {
  test("positional Chinese for every integer 0..10^12 parses back", () => {
    fc.assert(
      fc.property(
        integersUpToTrillion,
        fc.boolean(),
        fc.boolean(),
        fc.array(fc.nat(3), { minLength: 1, maxLength: 7 }),
        (n, bareTen, liang, picks) => {
          const plain = toChinese(n);
          expect(parseNumber(plain)).toEqual({ value: n, percent: false });
          expect(parseNumber(restyle(plain, bareTen, liang, picks)).value).toBe(n);
        },
      ),
      { numRuns: 3000 },
    );
  });

  test("the reference writer agrees with hand-written forms", () => {
    expect(toChinese(105)).toBe("一百零五");
    expect(toChinese(100050000)).toBe("一亿零五万");
    expect(toChinese(1e12)).toBe("一万亿");
    expect(toChinese(23000)).toBe("二万三千");
  });

  const digitString = (max: number) => fc.string({ unit: fc.constantFrom(..."0123456789"), minLength: 1, maxLength: max });
  const arabicDecimal = fc
    .tuple(fc.constantFrom("", "-", "+"), digitString(25), fc.option(digitString(25), { nil: undefined }))
    .map(([sign, whole, frac]) => sign + whole + (frac === undefined ? "" : "." + frac));

  /** Reference value: JavaScript's own decimal conversion, without negative zero. */
  const reference = (s: string) => {
    const v = Number(s);
    return v === 0 ? 0 : v;
  };

  test("every Arabic decimal string round-trips exactly", () => {
    fc.assert(
      fc.property(arabicDecimal, (s) => {
        expect(parseNumber(s)).toEqual({ value: reference(s), percent: false });
      }),
      { numRuns: 5000 },
    );
  });

  test("a percent sign divides by 100 with a single rounding", () => {
    fc.assert(
      fc.property(arabicDecimal, (s) => {
        expect(parseNumber(s + "%")).toEqual({ value: reference(s + "e-2"), percent: true });
      }),
      { numRuns: 3000 },
    );
  });

  test("thousands separators do not change the value", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2147483647 }), fc.option(digitString(6), { nil: undefined }), (n, frac) => {
        const whole = String(n);
        let grouped = "";
        for (let i = 0; i < whole.length; i++) {
          if (i > 0 && (whole.length - i) % 3 === 0) grouped += ",";
          grouped += whole[i];
        }
        const tail = frac === undefined ? "" : "." + frac;
        expect(parseNumber(grouped + tail).value).toBe(Number(whole + tail));
      }),
      { numRuns: 2000 },
    );
  });

  const toFullWidth = (s: string) => s.replace(/[0-9.%+\-,]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

  test("full-width versions equal half-width", () => {
    fc.assert(
      fc.property(arabicDecimal, fc.boolean(), (s, pct) => {
        const half = s + (pct ? "%" : "");
        expect(parseNumber(toFullWidth(half))).toEqual(parseNumber(half));
      }),
      { numRuns: 3000 },
    );
    expect(toFullWidth("-1,5.0%")).toBe("－１，５．０％");
  });

  test("a number inside running text is found with its exact span", () => {
    const unsigned = arabicDecimal.map((s) => s.replace(/^[+-]/, ""));
    fc.assert(
      fc.property(fc.constantFrom("达到", "新增", "共"), unsigned, fc.constantFrom("人", "所", "%", "个百分点", "。"), (lead, s, unit) => {
        const text = lead + s + unit;
        const tokens = scanNumbers(text);
        expect(tokens).toHaveLength(1);
        const expectedText = unit === "%" ? s + "%" : s;
        expect(tokens[0]).toMatchObject({ start: lead.length, end: lead.length + expectedText.length, text: expectedText });
        expect(tokens[0].value).toBe(reference(unit === "%" ? s + "e-2" : s));
      }),
      { numRuns: 2000 },
    );
  });

  test("Chinese integers inside running text are found", () => {
    fc.assert(
      fc.property(integersUpToTrillion.filter((n) => n > 0), (n) => {
        const written = toChinese(n);
        const tokens = scanNumbers("全年培训" + written + "人次");
        expect(tokens.map((t) => [t.start, t.text, t.value, t.chinese])).toEqual([[4, written, n, true]]);
      }),
      { numRuns: 2000 },
    );
  });
});
