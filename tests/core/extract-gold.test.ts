/**
 * Scores extractTargets against the hand-checked gold sets with the rules of the shared scorer
 * (score.mjs): a prediction matches a gold item when its span overlaps the gold quote's span
 * and comparator, value(s) and unit agree; then indicator-name Dice, deadline and kind accuracy
 * over the matches. The floors sit a little under the measured figures, so regressions show.
 */
import * as fs from "fs";
import * as path from "path";
import { extractTargets, ExtractedItem } from "../../src/core/extract";

const gs = require("../../scripts/gold-score.js");

interface GoldItem {
  doc: string;
  indicator: string;
  comparator: string;
  value: number | null;
  unit: string | null;
  deadline: number | null;
  kind: string;
  quote: string;
}

const FIXTURES = path.join(__dirname, "../fixtures");

const readGold = (file: string): GoldItem[] => gs.readGold(fs.readFileSync(file, "utf8"));

interface Score {
  precision: number;
  recall: number;
  f1: number;
  dice: number;
  deadline: number;
  kind: number;
  misses: string[];
}

/** One gold file against extractTargets, by the shared scorer's rules (scripts/gold-score.js). */
const score = (goldFile: string, docsDir: string): Score =>
  gs.scoreGold(readGold(goldFile), (doc: string) => fs.readFileSync(path.join(docsDir, doc), "utf8"), (text: string) => extractTargets(text));

describe("the seed gold set (155 items over five scraped plans and reports)", () => {
  const s = score(path.join(FIXTURES, "extraction/gold.jsonl"), path.join(FIXTURES, "seeds"));

  test("strict F1 stays at or above 0.98 (measured 1.000)", () => {
    expect(s.misses).toEqual([]);
    expect(s.f1).toBeGreaterThanOrEqual(0.98);
  });

  test("indicator names: mean bigram Dice at or above 0.87 (measured 0.896)", () => {
    expect(s.dice).toBeGreaterThanOrEqual(0.87);
  });

  test("deadline and kind accuracy at or above 0.97 (measured 1.000)", () => {
    expect(s.deadline).toBeGreaterThanOrEqual(0.97);
    expect(s.kind).toBeGreaterThanOrEqual(0.97);
  });
});

describe("our own documents (plans, reports and indicator tables in tests/fixtures/extraction/own)", () => {
  const dir = path.join(FIXTURES, "extraction/own");
  const s = score(path.join(dir, "gold.jsonl"), dir);

  test("strict F1 at or above 0.97 (measured 0.998 on 251 items; the one miss is a borderline rank)", () => {
    expect(s.f1).toBeGreaterThanOrEqual(0.97);
    expect(s.misses.length).toBeLessThanOrEqual(2);
  });

  test("indicator-name Dice at or above 0.88 (measured 0.914), deadline and kind at or above 0.97", () => {
    expect(s.dice).toBeGreaterThanOrEqual(0.88);
    expect(s.deadline).toBeGreaterThanOrEqual(0.97);
    expect(s.kind).toBeGreaterThanOrEqual(0.97);
  });
});

/** Real public documents, labelled blind (tests/fixtures/extraction/real/README*.md): one floor per gold file. */
const REAL = path.join(FIXTURES, "extraction/real");
const REAL_FLOORS: Record<string, { f1: number; dice: number; deadline: number; kind: number; measured: string }> = {
  "gold-dev.jsonl": { f1: 0.95, dice: 0.87, deadline: 0.96, kind: 0.97, measured: "F1 0.984, Dice 0.902, deadline 0.995, kind 1.000 (first run 0.547)" },
  "gold-reports.jsonl": { f1: 0.83, dice: 0.82, deadline: 0.96, kind: 0.97, measured: "F1 0.867, Dice 0.856, deadline 0.993, kind 1.000 (first run 0.535; 0.981 before a count's column header gave its cells a unit, 学校数 → 所, as the later sets label it: this set's city table labels them null)" },
  "gold-plans.jsonl": { f1: 0.94, dice: 0.87, deadline: 0.83, kind: 0.97, measured: "F1 0.971, Dice 0.908, deadline 0.861, kind 1.000 (first run 0.706; units corrected to Simplified; the vocational analysis page reads as a report since 2026-12-05, so its opening 截至2023年 dates its table, where the gold says null)" },
  "gold-blind.jsonl": { f1: 0.97, dice: 0.88, deadline: 0.97, kind: 0.97, measured: "F1 1.000, Dice 0.914, deadline 1.000, kind 1.000 (first run 0.953)" },
  "gold-blind3.jsonl": { f1: 0.79, dice: 0.85, deadline: 0.87, kind: 0.97, measured: "F1 0.821, Dice 0.883, deadline 0.909, kind 1.000 (first run 0.429; the space-aligned yearbook table still yields nothing)" },
  "gold-blind4.jsonl": { f1: 0.85, dice: 0.85, deadline: 0.93, kind: 0.97, measured: "F1 0.884, Dice 0.883, deadline 0.961, kind 1.000 (first run 0.545; the space-aligned yearbook table still yields nothing)" },
  "gold-blind5.jsonl": { f1: 0.95, dice: 0.73, deadline: 0.96, kind: 0.97, measured: "F1 0.980, Dice 0.769, deadline 0.990, kind 1.000 (first run 0.899)" },
  "gold-blind6.jsonl": { f1: 0.94, dice: 0.68, deadline: 0.96, kind: 0.96, measured: "F1 0.972, Dice 0.715, deadline 0.990, kind 0.995 (first run 0.833)" },
  "gold-blind7.jsonl": { f1: 0.68, dice: 0.66, deadline: 0.75, kind: 0.97, measured: "F1 0.719, Dice 0.691, deadline 0.787, kind 1.000 (first run 0.508; the space-aligned 差异系数 table still yields nothing)" },
  "gold-blind8.jsonl": { f1: 0.73, dice: 0.79, deadline: 0.82, kind: 0.97, measured: "F1 0.769, Dice 0.827, deadline 0.852, kind 1.000 (first run 0.510; the glued 差异系数 table, 162 items, yields 8; a masked-year speech now matched, its XX年 deadlines null; 白玉's building news now read as a report, its undated figures dated by the page where the gold has none)" },
  "gold-blind9.jsonl": { f1: 0.79, dice: 0.66, deadline: 0.79, kind: 0.94, measured: "F1 0.823, Dice 0.697, deadline 0.829, kind 0.971 (first run 0.778)" },
  "gold-blind10.jsonl": { f1: 0.90, dice: 0.73, deadline: 0.89, kind: 0.96, measured: "F1 0.939, Dice 0.768, deadline 0.921, kind 0.995 (first run 0.685)" },
  "gold-blind11.jsonl": { f1: 0.77, dice: 0.75, deadline: 0.85, kind: 0.93, measured: "F1 0.806, Dice 0.783, deadline 0.881, kind 0.963 (first run 0.710)" },
  "gold-blind12.jsonl": { f1: 0.83, dice: 0.71, deadline: 0.92, kind: 0.95, measured: "F1 0.869, Dice 0.741, deadline 0.957, kind 0.983 (first run 0.799)" },
  "gold-blind13.jsonl": { f1: 0.85, dice: 0.68, deadline: 0.86, kind: 0.94, measured: "F1 0.885, Dice 0.715, deadline 0.890, kind 0.970 (first run 0.659)" },
  "gold-blind14.jsonl": { f1: 0.88, dice: 0.72, deadline: 0.68, kind: 0.97, measured: "F1 0.956, Dice 0.786, deadline 0.716, kind 1.000 (first run 0.557); its headerless rows read (undated: the page never names its period)" },
  "gold-blind15.jsonl": { f1: 0.79, dice: 0.74, deadline: 0.66, kind: 0.93, measured: "F1 0.821, Dice 0.776, deadline 0.695 (0.748 before pages with no title took their genre from what they tell as done: their actuals now take the one year they name, the labellers gave null), kind 0.961 (first run 0.724)" },
  "gold-blind16.jsonl": { f1: 0.87, dice: 0.76, deadline: 0.79, kind: 0.96, measured: "F1 0.907, Dice 0.790, deadline 0.825, kind 0.995 (first run 0.684)" },
  "gold-blind17.jsonl": { f1: 0.88, dice: 0.72, deadline: 0.87, kind: 0.95, measured: "F1 0.915, Dice 0.757, deadline 0.909, kind 0.987 (first run 0.876)" },
  "gold-blind18.jsonl": { f1: 0.87, dice: 0.75, deadline: 0.88, kind: 0.96, measured: "F1 0.904, Dice 0.781, deadline 0.911, kind 0.994 (first run 0.875)" },
  "gold-blind19.jsonl": { f1: 0.92, dice: 0.85, deadline: 0.74, kind: 0.96, measured: "F1 0.953, Dice 0.883, deadline 0.777, kind 0.998 (first run 0.490, 0.525 with its units corrected; three yearbook and statistics tables read since)" },
  "gold-blind20.jsonl": { f1: 0.69, dice: 0.62, deadline: 0.71, kind: 0.92, measured: "F1 0.720, Dice 0.654, deadline 0.744, kind 0.959 (first run 0.697)" },
  "gold-blind21.jsonl": { f1: 0.80, dice: 0.73, deadline: 0.85, kind: 0.94, measured: "F1 0.837, Dice 0.761, deadline 0.883, kind 0.970 (first run 0.607)" },
  "gold-blind22.jsonl": { f1: 0.75, dice: 0.72, deadline: 0.77, kind: 0.96, measured: "F1 0.787, Dice 0.763, deadline 0.797 (0.836 before 四川's 十四五 plan first matched: its seven 十三五 baselines come out undated, the gold says 2020), kind 0.993 (first run 0.725)" },
  "gold-blind23.jsonl": { f1: 0.75, dice: 0.73, deadline: 0.76, kind: 0.97, measured: "F1 0.784, Dice 0.765, deadline 0.796, kind 1.000 (first run 0.676)" },
  "gold-blind24.jsonl": { f1: 0.82, dice: 0.67, deadline: 0.74, kind: 0.95, measured: "F1 0.850, Dice 0.708, deadline 0.779, kind 0.984 (first run 0.769)" },
  "gold-blind25.jsonl": { f1: 0.82, dice: 0.71, deadline: 0.67, kind: 0.94, measured: "F1 0.852, Dice 0.753, deadline 0.701 (0.743 before bare plan quantities took the one year a text names: 保山 2021 labelled undated), kind 0.979 (first run 0.820)" },
  "gold-blind26.jsonl": { f1: 0.82, dice: 0.63, deadline: 0.74, kind: 0.97, measured: "F1 0.859, Dice 0.666, deadline 0.778, kind 1.000 (first run 0.855)" },
  "gold-blind27.jsonl": { f1: 0.87, dice: 0.58, deadline: 0.78, kind: 0.97, measured: "F1 0.903, Dice 0.613, deadline 0.815, kind 1.000 (first run 0.862)" },
  "gold-blind28.jsonl": { f1: 0.87, dice: 0.63, deadline: 0.95, kind: 0.97, measured: "F1 0.905, Dice 0.662, deadline 0.989, kind 1.000 (first run 0.898)" },
  "gold-blind29.jsonl": { f1: 0.83, dice: 0.68, deadline: 0.84, kind: 0.94, measured: "F1 0.862, Dice 0.712, deadline 0.878, kind 0.977 (first run 0.769)" },
  "gold-blind30.jsonl": { f1: 0.80, dice: 0.52, deadline: 0.64, kind: 0.96, measured: "F1 0.836, Dice 0.558, deadline 0.674, kind 0.995 (first run 0.843)" },
  "gold-blind31.jsonl": { f1: 0.82, dice: 0.67, deadline: 0.70, kind: 0.96, measured: "F1 0.851, Dice 0.700, deadline 0.733, kind 0.994 (first run 0.822)" },
  "gold-blind32.jsonl": { f1: 0.82, dice: 0.72, deadline: 0.63, kind: 0.93, measured: "F1 0.851, Dice 0.758, deadline 0.664, kind 0.963 (first run 0.745)" },
  "gold-blind33.jsonl": { f1: 0.65, dice: 0.74, deadline: 0.69, kind: 0.93, measured: "F1 0.680, Dice 0.774, deadline 0.721, kind 0.964 (first run 0.678)" },
  "gold-blind34.jsonl": { f1: 0.69, dice: 0.67, deadline: 0.67, kind: 0.97, measured: "F1 0.721, Dice 0.700, deadline 0.708, kind 1.000 (first run 0.716)" },
  "gold-blind35.jsonl": { f1: 0.85, dice: 0.57, deadline: 0.71, kind: 0.96, measured: "F1 0.889, Dice 0.605, deadline 0.746 (0.808 before 庆云's news read as a report and took its one year, 2016; the labeller gave null), kind 0.995 (first run 0.889)" },
  "gold-blind36.jsonl": { f1: 0.83, dice: 0.73, deadline: 0.56, kind: 0.96, measured: "F1 0.862, Dice 0.763, deadline 0.590, kind 0.994 (first run 0.826; deadline down as 安徽 2021 民生 results, now read as a report, match with no reference year)" },
  "gold-blind37.jsonl": { f1: 0.89, dice: 0.66, deadline: 0.86, kind: 0.97, measured: "F1 0.922, Dice 0.696, deadline 0.891, kind 1.000 (first run 0.922)" },
  "gold-blind38.jsonl": { f1: 0.83, dice: 0.62, deadline: 0.69, kind: 0.91, measured: "F1 0.862, Dice 0.656, deadline 0.721, kind 0.943 (first run 0.862)" },
  "gold-blind39.jsonl": { f1: 0.87, dice: 0.66, deadline: 0.40, kind: 0.96, measured: "F1 0.904, Dice 0.692, deadline 0.438, kind 0.993 (first run 0.904)" },
  "gold-blind40.jsonl": { f1: 0.83, dice: 0.65, deadline: 0.77, kind: 0.95, measured: "F1 0.866, Dice 0.687, deadline 0.801, kind 0.981 (first run 0.753)" },
  "gold-blind41.jsonl": { f1: 0.86, dice: 0.64, deadline: 0.66, kind: 0.96, measured: "F1 0.895, Dice 0.677, deadline 0.696, kind 0.994 (first run 0.861)" },
  "gold-blind42.jsonl": { f1: 0.94, dice: 0.73, deadline: 0.86, kind: 0.97, measured: "F1 0.970, Dice 0.766, deadline 0.896, kind 1.000 (first run 0.905)" },
  "gold-blind43.jsonl": { f1: 0.80, dice: 0.55, deadline: 0.40, kind: 0.96, measured: "F1 0.833, Dice 0.587, deadline 0.433, kind 0.994 (first run 0.719)" },
  "gold-blind44.jsonl": { f1: 0.79, dice: 0.56, deadline: 0.73, kind: 0.96, measured: "F1 0.825, Dice 0.591, deadline 0.763 (0.819 before a reply to a deputy's proposal read as a report: 河口's reply plans a school's move, 6 targets now actuals, and the undated actuals of the others take the page's year where the gold leaves none), kind 0.993 (first run 0.682)" },
  "gold-blind45.jsonl": { f1: 0.86, dice: 0.67, deadline: 0.85, kind: 0.95, measured: "F1 0.891, Dice 0.708, deadline 0.885, kind 0.986 (first run 0.809)" },
  "gold-blind46.jsonl": { f1: 0.82, dice: 0.56, deadline: 0.76, kind: 0.95, measured: "F1 0.855, Dice 0.591, deadline 0.793, kind 0.987 (first run 0.855)" },
  "gold-blind47.jsonl": { f1: 0.62, dice: 0.53, deadline: 0.70, kind: 0.94, measured: "F1 0.650, Dice 0.570, deadline 0.737, kind 0.974 (first run 0.650)" },
  "gold-blind48.jsonl": { f1: 0.36, dice: 0.67, deadline: 0.77, kind: 0.81, measured: "F1 0.393, Dice 0.705, deadline 0.807, kind 0.842 (first run 0.393)" },
  "gold-blind49.jsonl": { f1: 0.70, dice: 0.57, deadline: 0.69, kind: 0.86, measured: "F1 0.738, Dice 0.604, deadline 0.724, kind 0.898 (first run 0.709)" },
  "gold-blind50.jsonl": { f1: 0.73, dice: 0.69, deadline: 0.66, kind: 0.93, measured: "F1 0.761, Dice 0.720, deadline 0.697, kind 0.966 (first run 0.761)" },
  "gold-blind51.jsonl": { f1: 0.75, dice: 0.69, deadline: 0.81, kind: 0.95, measured: "F1 0.787, Dice 0.723, deadline 0.845, kind 0.983 (first run 0.787)" },
  "gold-blind52.jsonl": { f1: 0.77, dice: 0.74, deadline: 0.40, kind: 0.94, measured: "F1 0.810, Dice 0.771, deadline 0.432, kind 0.973 (first run 0.798)" },
  "gold-blind53.jsonl": { f1: 0.84, dice: 0.65, deadline: 0.70, kind: 0.94, measured: "F1 0.875, Dice 0.690, deadline 0.733, kind 0.976 (first run 0.851)" },
  "gold-blind54.jsonl": { f1: 0.74, dice: 0.56, deadline: 0.84, kind: 0.91, measured: "F1 0.780, Dice 0.593, deadline 0.880, kind 0.942 (first run 0.608)" },
  "gold-blind55.jsonl": { f1: 0.82, dice: 0.65, deadline: 0.74, kind: 0.88, measured: "F1 0.857, Dice 0.686, deadline 0.759, kind 0.920 (first run 0.844)" },
  "gold-blind56.jsonl": { f1: 0.81, dice: 0.64, deadline: 0.68, kind: 0.95, measured: "F1 0.849, Dice 0.671, deadline 0.712, kind 0.989 (first run 0.826)" },
  "gold-blind57.jsonl": { f1: 0.81, dice: 0.54, deadline: 0.74, kind: 0.94, measured: "F1 0.848, Dice 0.579, deadline 0.773, kind 0.978 (first run 0.761)" },
  "gold-blind58.jsonl": { f1: 0.80, dice: 0.70, deadline: 0.83, kind: 0.97, measured: "F1 0.840, Dice 0.738, deadline 0.869, kind 1.000 (first run 0.695)" },
  "gold-blind59.jsonl": { f1: 0.87, dice: 0.55, deadline: 0.75, kind: 0.96, measured: "F1 0.908, Dice 0.583, deadline 0.784 (0.830 before 投入4亿 7校 read as two figures: 龙岗's three new matches are dated 2015 by the page, the gold leaves them undated), kind 0.980 (first run 0.892)" },
  "gold-blind60.jsonl": { f1: 0.83, dice: 0.68, deadline: 0.80, kind: 0.96, measured: "F1 0.864, Dice 0.714, deadline 0.834, kind 0.996 (first run 0.835)" },
  "gold-blind61.jsonl": { f1: 0.80, dice: 0.68, deadline: 0.56, kind: 0.94, measured: "F1 0.839, Dice 0.713, deadline 0.596, kind 0.972 (first run 0.804)" },
  "gold-blind62.jsonl": { f1: 0.73, dice: 0.64, deadline: 0.70, kind: 0.94, measured: "F1 0.764, Dice 0.673, deadline 0.733, kind 0.972 (first run 0.725)" },
  "gold-blind63.jsonl": { f1: 0.81, dice: 0.54, deadline: 0.73, kind: 0.92, measured: "F1 0.846, Dice 0.572, deadline 0.767, kind 0.959 (first run 0.776)" },
  "gold-blind64.jsonl": { f1: 0.83, dice: 0.67, deadline: 0.62, kind: 0.95, measured: "F1 0.864, Dice 0.701, deadline 0.658, kind 0.987 (first run 0.867)" },
  "gold-blind65.jsonl": { f1: 0.81, dice: 0.67, deadline: 0.60, kind: 0.93, measured: "F1 0.848, Dice 0.707, deadline 0.638, kind 0.964 (first run 0.848)" },
  "gold-blind66.jsonl": { f1: 0.70, dice: 0.56, deadline: 0.84, kind: 0.78, measured: "F1 0.733, Dice 0.598, deadline 0.870, kind 0.817 (first run 0.360)" },
  "gold-blind67.jsonl": { f1: 0.68, dice: 0.63, deadline: 0.88, kind: 0.94, measured: "F1 0.713, Dice 0.669, deadline 0.918, kind 0.975 (first run 0.713)" },
  "gold-blind68.jsonl": { f1: 0.43, dice: 0.55, deadline: 0.48, kind: 0.91, measured: "F1 0.462, Dice 0.587, deadline 0.515, kind 0.941 (first run 0.462)" },
  "gold-blind69.jsonl": { f1: 0.77, dice: 0.72, deadline: 0.75, kind: 0.94, measured: "F1 0.807, Dice 0.757, deadline 0.790, kind 0.977 (first run 0.807)" },
  "gold-blind70.jsonl": { f1: 0.61, dice: 0.55, deadline: 0.51, kind: 0.94, measured: "F1 0.645, Dice 0.582, deadline 0.543, kind 0.977 (first run 0.645)" },
  "gold-blind71.jsonl": { f1: 0.47, dice: 0.61, deadline: 0.79, kind: 0.91, measured: "F1 0.503, Dice 0.647, deadline 0.824, kind 0.945 (first run 0.503)" },
  "gold-blind72.jsonl": { f1: 0.76, dice: 0.72, deadline: 0.76, kind: 0.94, measured: "F1 0.796, Dice 0.756, deadline 0.797, kind 0.977 (first run 0.796)" },
  "gold-blind73.jsonl": { f1: 0.79, dice: 0.74, deadline: 0.63, kind: 0.93, measured: "F1 0.827, Dice 0.776, deadline 0.669, kind 0.964 (first run 0.744; deadline down as the 天津 十一五 review, now read as a report, matches with no reference year)" },
  "gold-blind74.jsonl": { f1: 0.65, dice: 0.75, deadline: 0.80, kind: 0.97, measured: "F1 0.680, Dice 0.789, deadline 0.832, kind 1.000 (first run 0.486)" },
  "gold-blind75.jsonl": { f1: 0.75, dice: 0.62, deadline: 0.89, kind: 0.95, measured: "F1 0.783, Dice 0.655, deadline 0.922, kind 0.983 (first run 0.783)" },
  "gold-blind76.jsonl": { f1: 0.76, dice: 0.68, deadline: 0.58, kind: 0.95, measured: "F1 0.792, Dice 0.710, deadline 0.615, kind 0.988 (first run 0.792)" },
  "gold-blind77.jsonl": { f1: 0.83, dice: 0.63, deadline: 0.50, kind: 0.97, measured: "F1 0.868, Dice 0.666, deadline 0.536, kind 1.000 (first run 0.781)" },
  "gold-blind78.jsonl": { f1: 0.85, dice: 0.65, deadline: 0.93, kind: 0.97, measured: "F1 0.885, Dice 0.686, deadline 0.966, kind 1.000 (first run 0.556; Dice down as the 1990s 中专 table under Unit:in Person matches 57 cells named by row and column place)" },
  "gold-blind79.jsonl": { f1: 0.71, dice: 0.60, deadline: 0.74, kind: 0.96, measured: "F1 0.743, Dice 0.636, deadline 0.775, kind 0.996 (first run 0.743)" },
  "gold-blind80.jsonl": { f1: 0.48, dice: 0.71, deadline: 0.65, kind: 0.96, measured: "F1 0.510, Dice 0.748, deadline 0.686, kind 0.994 (first run 0.510)" },
  "gold-blind81.jsonl": { f1: 0.89, dice: 0.71, deadline: 0.65, kind: 0.97, measured: "F1 0.922, Dice 0.750, deadline 0.686, kind 1.000 (first run 0.877)" },
  "gold-blind82.jsonl": { f1: 0.92, dice: 0.78, deadline: 0.94, kind: 0.95, measured: "F1 0.956, Dice 0.813, deadline 0.974, kind 0.989 (first run 0.802)" },
  "gold-blind83.jsonl": { f1: 0.89, dice: 0.75, deadline: 0.81, kind: 0.94, measured: "F1 0.924, Dice 0.789, deadline 0.849, kind 0.975 (first run 0.790)" },
  "gold-blind84.jsonl": { f1: 0.88, dice: 0.71, deadline: 0.80, kind: 0.95, measured: "F1 0.917, Dice 0.746, deadline 0.838, kind 0.982 (first run 0.900)" },
  "gold-blind85.jsonl": { f1: 0.84, dice: 0.59, deadline: 0.58, kind: 0.94, measured: "F1 0.879, Dice 0.622, deadline 0.617, kind 0.979 (first run 0.879)" },
  "gold-blind86.jsonl": { f1: 0.94, dice: 0.63, deadline: 0.96, kind: 0.97, measured: "F1 0.972, Dice 0.671, deadline 0.997, kind 1.000 (first run 0.375)" },
  "gold-blind87.jsonl": { f1: 0.78, dice: 0.57, deadline: 0.67, kind: 0.97, measured: "F1 0.810, Dice 0.607, deadline 0.702, kind 1.000 (first run 0.776)" },
  "gold-blind88.jsonl": { f1: 0.77, dice: 0.58, deadline: 0.82, kind: 0.97, measured: "F1 0.839, Dice 0.609, deadline 0.836, kind 0.994 (first run 0.708)" },
  "gold-blind89.jsonl": { f1: 0.84, dice: 0.45, deadline: 0.77, kind: 0.97, measured: "F1 0.872, Dice 0.484, deadline 0.800 (0.963 before the staff-by-region table's columns of people counted in 人: its 137 new matches are undated where the gold takes 2018 from the year table above), kind 1.000 (first run 0.314; Dice down as 56 more cells of the 2012 HEI staff table match, named by row and column place)" },
  "gold-blind90.jsonl": { f1: 0.80, dice: 0.68, deadline: 0.66, kind: 0.96, measured: "F1 0.837, Dice 0.715, deadline 0.697, kind 0.995 (first run 0.837)" },
  "gold-blind91.jsonl": { f1: 0.79, dice: 0.65, deadline: 0.62, kind: 0.93, measured: "F1 0.830, Dice 0.681, deadline 0.657, kind 0.963 (first run 0.793)" },
  "gold-blind92.jsonl": { f1: 0.79, dice: 0.52, deadline: 0.74, kind: 0.94, measured: "F1 0.826, Dice 0.551, deadline 0.779, kind 0.978 (first run 0.804)" },
  "gold-blind93.jsonl": { f1: 0.77, dice: 0.57, deadline: 0.75, kind: 0.89, measured: "F1 0.800, Dice 0.607, deadline 0.785, kind 0.923 (first run 0.720)" },
  "gold-blind94.jsonl": { f1: 0.64, dice: 0.69, deadline: 0.74, kind: 0.96, measured: "F1 0.675, Dice 0.729, deadline 0.772, kind 0.994 (first run 0.654)" },
  "gold-blind95.jsonl": { f1: 0.89, dice: 0.77, deadline: 0.87, kind: 0.95, measured: "F1 0.920, Dice 0.806, deadline 0.908, kind 0.987 (first run 0.593)" },
  "gold-blind96.jsonl": { f1: 0.89, dice: 0.75, deadline: 0.87, kind: 0.96, measured: "F1 0.923, Dice 0.782, deadline 0.902, kind 0.995 (first run 0.923)" },
  "gold-blind97.jsonl": { f1: 0.62, dice: 0.60, deadline: 0.75, kind: 0.95, measured: "F1 0.656, Dice 0.633, deadline 0.782, kind 0.986 (first run 0.656)" },
  "gold-blind98.jsonl": { f1: 0.81, dice: 0.73, deadline: 0.48, kind: 0.95, measured: "F1 0.846, Dice 0.763, deadline 0.519, kind 0.985 (first run 0.804)" },
  "gold-blind99.jsonl": { f1: 0.84, dice: 0.65, deadline: 0.80, kind: 0.95, measured: "F1 0.879, Dice 0.683, deadline 0.833, kind 0.987 (first run 0.808)" },
  "gold-blind100.jsonl": { f1: 0.63, dice: 0.80, deadline: 0.88, kind: 0.95, measured: "F1 0.667, Dice 0.835, deadline 0.917, kind 0.988 (first run 0.326)" },
  "gold-blind101.jsonl": { f1: 0.76, dice: 0.58, deadline: 0.76, kind: 0.88, measured: "F1 0.791, Dice 0.615, deadline 0.791, kind 0.915 (first run 0.791)" },
  "gold-blind102.jsonl": { f1: 0.84, dice: 0.70, deadline: 0.71, kind: 0.95, measured: "F1 0.878, Dice 0.738, deadline 0.742, kind 0.981 (first run 0.822)" },
  "gold-blind103.jsonl": { f1: 0.65, dice: 0.52, deadline: 0.53, kind: 0.96, measured: "F1 0.685, Dice 0.552, deadline 0.568, kind 0.995 (first run 0.656)" },
  "gold-blind104.jsonl": { f1: 0.79, dice: 0.68, deadline: 0.91, kind: 0.95, measured: "F1 0.829, Dice 0.714, deadline 0.943, kind 0.983 (first run 0.829)" },
  "gold-blind105.jsonl": { f1: 0.78, dice: 0.72, deadline: 0.77, kind: 0.97, measured: "F1 0.811, Dice 0.757, deadline 0.803, kind 1.000 (first run 0.811)" },
  "gold-blind106.jsonl": { f1: 0.89, dice: 0.69, deadline: 0.93, kind: 0.96, measured: "F1 0.929, Dice 0.729, deadline 0.967, kind 0.997 (first run 0.929)" },
  "gold-blind107.jsonl": { f1: 0.77, dice: 0.61, deadline: 0.62, kind: 0.96, measured: "F1 0.809, Dice 0.642, deadline 0.652, kind 0.994 (first run 0.782)" },
  "gold-blind108.jsonl": { f1: 0.71, dice: 0.57, deadline: 0.74, kind: 0.92, measured: "F1 0.747, Dice 0.604, deadline 0.823, kind 0.960 (first run 0.745); F1 0.907, deadline 0.770 once an untitled page that tells more than it promises reports, its undated actuals undated" },
  "gold-blind109.jsonl": { f1: 0.69, dice: 0.55, deadline: 0.60, kind: 0.91, measured: "F1 0.725, Dice 0.588, deadline 0.633, kind 0.947 (first run 0.631)" },
  "gold-blind110.jsonl": { f1: 0.77, dice: 0.60, deadline: 0.75, kind: 0.96, measured: "F1 0.807, Dice 0.638, deadline 0.783, kind 0.994 (first run 0.807)" },
  "gold-blind111.jsonl": { f1: 0.83, dice: 0.56, deadline: 0.69, kind: 0.93, measured: "F1 0.865, Dice 0.593, deadline 0.722, kind 0.965 (first run 0.799)" },
  "gold-blind112.jsonl": { f1: 0.70, dice: 0.75, deadline: 0.63, kind: 0.94, measured: "F1 0.860, Dice 0.788, deadline 0.669, kind 0.980 (first run 0.717); units in Simplified" },
  "gold-blind113.jsonl": { f1: 0.75, dice: 0.52, deadline: 0.65, kind: 0.87, measured: "F1 0.783, Dice 0.559, deadline 0.686, kind 0.908 (first run 0.783)" },
  "gold-blind114.jsonl": { f1: 0.85, dice: 0.68, deadline: 0.75, kind: 0.95, measured: "F1 0.889, Dice 0.718, deadline 0.783, kind 0.989 (first run 0.889)" },
  "gold-blind115.jsonl": { f1: 0.82, dice: 0.68, deadline: 0.79, kind: 0.93, measured: "F1 0.858, Dice 0.712, deadline 0.821, kind 0.963 (first run 0.858)" },
  "gold-blind116.jsonl": { f1: 0.74, dice: 0.48, deadline: 0.68, kind: 0.94, measured: "F1 0.776, Dice 0.520, deadline 0.711, kind 0.974 (first run 0.765)" },
  "gold-blind117.jsonl": { f1: 0.70, dice: 0.57, deadline: 0.79, kind: 0.90, measured: "F1 0.731, Dice 0.609, deadline 0.830, kind 0.932 (first run 0.714)" },
  "gold-blind118.jsonl": { f1: 0.86, dice: 0.79, deadline: 0.76, kind: 0.96, measured: "F1 0.895, Dice 0.829, deadline 0.799, kind 0.994 (first run 0.895)" },
  "gold-blind119.jsonl": { f1: 0.70, dice: 0.65, deadline: 0.46, kind: 0.94, measured: "F1 0.731, Dice 0.690, deadline 0.493, kind 0.972 (first run 0.733)" },
  "gold-blind120.jsonl": { f1: 0.69, dice: 0.61, deadline: 0.57, kind: 0.95, measured: "F1 0.724, Dice 0.642, deadline 0.609, kind 0.982 (first run 0.658)" },
  "gold-blind121.jsonl": { f1: 0.85, dice: 0.58, deadline: 0.67, kind: 0.96, measured: "F1 0.884, Dice 0.616, deadline 0.706, kind 0.993 (first run 0.882)" },
  "gold-blind122.jsonl": { f1: 0.54, dice: 0.54, deadline: 0.61, kind: 0.97, measured: "F1 0.576, Dice 0.576, deadline 0.645, kind 1.000 (first run 0.452)" },
  "gold-blind123.jsonl": { f1: 0.73, dice: 0.76, deadline: 0.55, kind: 0.91, measured: "F1 0.765, Dice 0.798, deadline 0.585, kind 0.948 (first run 0.776)" },
  "gold-blind124.jsonl": { f1: 0.75, dice: 0.57, deadline: 0.49, kind: 0.94, measured: "F1 0.786, Dice 0.603, deadline 0.525, kind 0.972 (first run 0.661)" },
  "gold-blind125.jsonl": { f1: 0.88, dice: 0.81, deadline: 0.89, kind: 0.97, measured: "F1 0.920, Dice 0.847, deadline 0.929, kind 1.000 (first run 0.880)" },
  "gold-blind126.jsonl": { f1: 0.83, dice: 0.67, deadline: 0.83, kind: 0.96, measured: "F1 0.869, Dice 0.704, deadline 0.868, kind 0.995 (first run 0.771)" },
  "gold-blind127.jsonl": { f1: 0.66, dice: 0.34, deadline: 0.88, kind: 0.87, measured: "F1 0.700, Dice 0.373 (0.638 before the 123 cells of the 2005 小学教职工 `|` table were read: their nested header is unparsed, so each is named by its row and column place, 第N列), deadline 0.916, kind 0.902 (first run 0.479)" },
  "gold-blind128.jsonl": { f1: 0.77, dice: 0.59, deadline: 0.85, kind: 0.94, measured: "F1 0.807, Dice 0.621, deadline 0.882, kind 0.974 (first run 0.739)" },
  "gold-blind129.jsonl": { f1: 0.91, dice: 0.72, deadline: 0.80, kind: 0.95, measured: "F1 0.940, Dice 0.757, deadline 0.836, kind 0.988 (first run 0.940)" },
  "gold-blind130.jsonl": { f1: 0.79, dice: 0.66, deadline: 0.68, kind: 0.97, measured: "F1 0.827, Dice 0.697, deadline 0.713, kind 1.000 (first run 0.827)" },
  "gold-blind131.jsonl": { f1: 0.62, dice: 0.39, deadline: 0.68, kind: 0.93, measured: "F1 0.655, Dice 0.430, deadline 0.713, kind 0.969 (first run 0.650)" },
  "gold-blind132.jsonl": { f1: 0.87, dice: 0.46, deadline: 0.71, kind: 0.95, measured: "F1 0.906, Dice 0.496, deadline 0.749, kind 0.984 (first run 0.903)" },
  "gold-blind133.jsonl": { f1: 0.80, dice: 0.51, deadline: 0.41, kind: 0.91, measured: "F1 0.837, Dice 0.541, deadline 0.450, kind 0.947 (first run 0.653)" },
  "gold-blind134.jsonl": { f1: 0.71, dice: 0.59, deadline: 0.81, kind: 0.95, measured: "F1 0.742, Dice 0.625, deadline 0.844, kind 0.987 (first run 0.498; F1 0.652 and Dice 0.672 before a count's column header gave its cells a unit: the intake table's new matches carry short names)" },
  "gold-blind135.jsonl": { f1: 0.82, dice: 0.50, deadline: 0.89, kind: 0.95, measured: "F1 0.851, Dice 0.530, deadline 0.921, kind 0.987 (first run 0.823)" },
  "gold-blind136.jsonl": { f1: 0.82, dice: 0.48, deadline: 0.65, kind: 0.93, measured: "F1 0.855, Dice 0.514, deadline 0.685, kind 0.964 (first run 0.839)" },
  "gold-blind137.jsonl": { f1: 0.71, dice: 0.61, deadline: 0.69, kind: 0.94, measured: "F1 0.746, Dice 0.641, deadline 0.724, kind 0.979 (first run 0.746)" },
  "gold-blind138.jsonl": { f1: 0.60, dice: 0.43, deadline: 0.69, kind: 0.91, measured: "F1 0.636, Dice 0.469, deadline 0.722, kind 0.944 (first run 0.594)" },
  "gold-blind139.jsonl": { f1: 0.64, dice: 0.28, deadline: 0.68, kind: 0.94, measured: "F1 0.670, Dice 0.318, deadline 0.711, kind 0.975 (first run 0.532)" },
  "gold-blind140.jsonl": { f1: 0.90, dice: 0.67, deadline: 0.83, kind: 0.97, measured: "F1 0.931, Dice 0.704, deadline 0.867, kind 1.000 (first run 0.916)" },
  "gold-blind141.jsonl": { f1: 0.68, dice: 0.60, deadline: 0.76, kind: 0.97, measured: "F1 0.717, Dice 0.638, deadline 0.797, kind 1.000 (first run 0.712)" },
  "gold-blind142.jsonl": { f1: 0.71, dice: 0.65, deadline: 0.70, kind: 0.97, measured: "F1 0.741, Dice 0.687, deadline 0.731, kind 1.000 (first run 0.456)" },
  "gold-blind143.jsonl": { f1: 0.77, dice: 0.62, deadline: 0.64, kind: 0.95, measured: "F1 0.808, Dice 0.653, deadline 0.673, kind 0.988 (first run 0.716)" },
  "gold-blind144.jsonl": { f1: 0.64, dice: 0.70, deadline: 0.41, kind: 0.95, measured: "F1 0.677, Dice 0.730, deadline 0.443, kind 0.982 (first run 0.667)" },
  "gold-blind145.jsonl": { f1: 0.72, dice: 0.46, deadline: 0.71, kind: 0.90, measured: "F1 0.758, Dice 0.493, deadline 0.743, kind 0.938 (first run 0.697)" },
  "gold-blind146.jsonl": { f1: 0.78, dice: 0.52, deadline: 0.58, kind: 0.96, measured: "F1 0.813, Dice 0.559, deadline 0.610, kind 0.993 (first run 0.745; a dated report that commits to nothing read as one, its new matches dated by the page's one year where the gold has none)" },
  "gold-blind147.jsonl": { f1: 0.57, dice: 0.62, deadline: 0.58, kind: 0.87, measured: "F1 0.603, Dice 0.656, deadline 0.616, kind 0.904 (first run 0.590)" },
  "gold-blind148.jsonl": { f1: 0.63, dice: 0.57, deadline: 0.74, kind: 0.96, measured: "F1 0.803, Dice 0.613, deadline 0.770, kind 0.994 (first run 0.668); units in Simplified" },
  "gold-blind149.jsonl": { f1: 0.63, dice: 0.61, deadline: 0.75, kind: 0.92, measured: "F1 0.663, Dice 0.640, deadline 0.783, kind 0.952 (first run 0.661)" },
  "gold-blind150.jsonl": { f1: 0.53, dice: 0.46, deadline: 0.7, kind: 0.91, measured: "F1 0.569, Dice 0.495, deadline 0.736, kind 0.944 (first run 0.567)" },
  "gold-blind151.jsonl": { f1: 0.67, dice: 0.62, deadline: 0.85, kind: 0.93, measured: "F1 0.704, Dice 0.655, deadline 0.880, kind 0.960 (first run 0.697)" },
  "gold-blind152.jsonl": { f1: 0.54, dice: 0.52, deadline: 0.75, kind: 0.92, measured: "F1 0.578, Dice 0.557, deadline 0.780, kind 0.950 (first run 0.578)" },
  "gold-blind153.jsonl": { f1: 0.81, dice: 0.69, deadline: 0.83, kind: 0.94, measured: "F1 0.846, Dice 0.724, deadline 0.861, kind 0.971 (first run 0.846)" },
  "gold-blind154.jsonl": { f1: 0.74, dice: 0.48, deadline: 0.73, kind: 0.93, measured: "F1 0.771, Dice 0.516, deadline 0.769, kind 0.969 (first run 0.706)" },
  "gold-blind155.jsonl": { f1: 0.71, dice: 0.60, deadline: 0.51, kind: 0.90, measured: "F1 0.741, Dice 0.631, deadline 0.544, kind 0.939 (first run 0.615)" },
  "gold-blind156.jsonl": { f1: 0.83, dice: 0.67, deadline: 0.54, kind: 0.96, measured: "F1 0.860, Dice 0.708, deadline 0.576, kind 0.995 (first run 0.860)" },
  "gold-blind157.jsonl": { f1: 0.60, dice: 0.37, deadline: 0.37, kind: 0.88, measured: "F1 0.635, Dice 0.402, deadline 0.406, kind 0.916 (first run 0.631)" },
  "gold-blind158.jsonl": { f1: 0.77, dice: 0.65, deadline: 0.80, kind: 0.95, measured: "F1 0.801, Dice 0.689, deadline 0.837, kind 0.980 (first run 0.801)" },
  "gold-blind159.jsonl": { f1: 0.54, dice: 0.62, deadline: 0.79, kind: 0.93, measured: "F1 0.576, Dice 0.658, deadline 0.827, kind 0.962 (first run 0.576)" },
  "gold-blind160.jsonl": { f1: 0.72, dice: 0.56, deadline: 0.62, kind: 0.94, measured: "F1 0.758, Dice 0.596, deadline 0.658, kind 0.974 (first run 0.738)" },
  "gold-blind161.jsonl": { f1: 0.74, dice: 0.43, deadline: 0.78, kind: 0.95, measured: "F1 0.776, Dice 0.460, deadline 0.816, kind 0.986 (first run 0.776)" },
  "gold-blind162.jsonl": { f1: 0.75, dice: 0.43, deadline: 0.22, kind: 0.95, measured: "F1 0.787, Dice 0.463, deadline 0.256, kind 0.988 (first run 0.779)" },
  "gold-blind163.jsonl": { f1: 0.79, dice: 0.51, deadline: 0.60, kind: 0.93, measured: "F1 0.828, Dice 0.545, deadline 0.635, kind 0.969 (first run 0.759)" },
  "gold-blind164.jsonl": { f1: 0.56, dice: 0.57, deadline: 0.48, kind: 0.89, measured: "F1 0.591, Dice 0.608, deadline 0.519, kind 0.925 (first run 0.553)" },
  "gold-blind165.jsonl": { f1: 0.80, dice: 0.57, deadline: 0.74, kind: 0.88, measured: "F1 0.835, Dice 0.608, deadline 0.778, kind 0.914 (first run 0.828)" },
  "gold-blind166.jsonl": { f1: 0.84, dice: 0.51, deadline: 0.84, kind: 0.95, measured: "F1 0.870, Dice 0.547, deadline 0.874, kind 0.987 (first run 0.870)" },
  "gold-blind167.jsonl": { f1: 0.70, dice: 0.55, deadline: 0.73, kind: 0.88, measured: "F1 0.731, Dice 0.584, deadline 0.763, kind 0.917 (first run 0.693)" },
  "gold-blind168.jsonl": { f1: 0.84, dice: 0.55, deadline: 0.67, kind: 0.92, measured: "F1 0.875, Dice 0.583, deadline 0.705, kind 0.955 (first run 0.875)" },
  "gold-blind169.jsonl": { f1: 0.63, dice: 0.54, deadline: 0.94, kind: 0.95, measured: "F1 0.667, Dice 0.579, deadline 0.979, kind 0.986 (first run 0.664)" },
  "gold-blind170.jsonl": { f1: 0.79, dice: 0.27, deadline: 0.58, kind: 0.90, measured: "F1 0.867, Dice 0.304, deadline 0.615, kind 0.981 (first run 0.822), after the session's genre cues" },
  "gold-blind171.jsonl": { f1: 0.78, dice: 0.69, deadline: 0.78, kind: 0.96, measured: "F1 0.817, Dice 0.727, deadline 0.816, kind 0.993 (first run 0.800)" },
  "gold-blind172.jsonl": { f1: 0.74, dice: 0.67, deadline: 0.71, kind: 0.91, measured: "F1 0.774, Dice 0.707, deadline 0.746, kind 0.948 (first run 0.774)" },
  "gold-blind173.jsonl": { f1: 0.90, dice: 0.68, deadline: 0.96, kind: 0.97, measured: "F1 0.934, Dice 0.712, deadline 0.996, kind 1.000 (first run 0.934)" },
  "gold-blind174.jsonl": { f1: 0.88, dice: 0.67, deadline: 0.74, kind: 0.95, measured: "F1 0.919, Dice 0.704, deadline 0.771, kind 0.983 (first run 0.919)" },
  "gold-blind175.jsonl": { f1: 0.67, dice: 0.64, deadline: 0.90, kind: 0.93, measured: "F1 0.709, Dice 0.670, deadline 0.938, kind 0.961 (first run 0.653)" },
  "gold-blind176.jsonl": { f1: 0.42, dice: 0.28, deadline: 0.74, kind: 0.78, measured: "F1 0.456, Dice 0.312, deadline 0.775, kind 0.813 (first run 0.393)" },
  "gold-blind177.jsonl": { f1: 0.63, dice: 0.41, deadline: 0.82, kind: 0.94, measured: "F1 0.665, Dice 0.449, deadline 0.854, kind 0.975 (first run 0.499)" },
  "gold-blind178.jsonl": { f1: 0.82, dice: 0.67, deadline: 0.81, kind: 0.95, measured: "F1 0.854, Dice 0.705, deadline 0.842, kind 0.989 (first run 0.854)" },
  "gold-blind179.jsonl": { f1: 0.70, dice: 0.59, deadline: 0.77, kind: 0.93, measured: "F1 0.735, Dice 0.620, deadline 0.803, kind 0.964 (first run 0.735)" },
  "gold-blind180.jsonl": { f1: 0.59, dice: 0.71, deadline: 0.44, kind: 0.85, measured: "F1 0.620, Dice 0.748, deadline 0.480, kind 0.880 (first run 0.620)" },
  "gold-blind181.jsonl": { f1: 0.61, dice: 0.76, deadline: 0.77, kind: 0.93, measured: "F1 0.646, Dice 0.791, deadline 0.804, kind 0.961 (first run 0.646)" },
  "gold-blind182.jsonl": { f1: 0.81, dice: 0.56, deadline: 0.61, kind: 0.96, measured: "F1 0.845, Dice 0.599, deadline 0.640, kind 0.993 (first run 0.806)" },
  "gold-blind183.jsonl": { f1: 0.82, dice: 0.56, deadline: 0.67, kind: 0.95, measured: "F1 0.859, Dice 0.598, deadline 0.708, kind 0.982 (first run 0.844)" },
  "gold-blind184.jsonl": { f1: 0.86, dice: 0.76, deadline: 0.86, kind: 0.97, measured: "F1 0.895, Dice 0.793, deadline 0.894, kind 1.000 (first run 0.632)" },
  "gold-blind185.jsonl": { f1: 0.83, dice: 0.37, deadline: 0.76, kind: 0.95, measured: "F1 0.868, Dice 0.408, deadline 0.793, kind 0.986 (first run 0.866)" },
  "gold-blind186.jsonl": { f1: 0.63, dice: 0.61, deadline: 0.63, kind: 0.94, measured: "F1 0.663, Dice 0.642, deadline 0.661, kind 0.975 (first run 0.536)" },
  "gold-blind187.jsonl": { f1: 0.78, dice: 0.55, deadline: 0.73, kind: 0.95, measured: "F1 0.819, Dice 0.586, deadline 0.766, kind 0.986 (first run 0.706)" },
  "gold-blind188.jsonl": { f1: 0.67, dice: 0.56, deadline: 0.47, kind: 0.9, measured: "F1 0.706, Dice 0.595, deadline 0.504, kind 0.936 (first run 0.680)" },
  "gold-blind189.jsonl": { f1: 0.86, dice: 0.54, deadline: 0.76, kind: 0.97, measured: "F1 0.900, Dice 0.572, deadline 0.790, kind 1.000 (first run 0.876)" },
  "gold-blind190.jsonl": { f1: 0.74, dice: 0.41, deadline: 0.34, kind: 0.92, measured: "F1 0.774, Dice 0.445, deadline 0.374, kind 0.957 (first run 0.714)" },
  "gold-blind191.jsonl": { f1: 0.55, dice: 0.51, deadline: 0.46, kind: 0.89, measured: "F1 0.581, Dice 0.548, deadline 0.495, kind 0.928 (first run 0.581)" },
  "gold-blind192.jsonl": { f1: 0.59, dice: 0.57, deadline: 0.64, kind: 0.94, measured: "F1 0.629, Dice 0.607, deadline 0.673, kind 0.974 (first run 0.539)" },
  "gold-blind193.jsonl": { f1: 0.81, dice: 0.57, deadline: 0.52, kind: 0.97, measured: "F1 0.843, Dice 0.600, deadline 0.554, kind 1.000 (first run 0.743)" },
  "gold-blind194.jsonl": { f1: 0.23, dice: 0.55, deadline: 0.47, kind: 0.68, measured: "F1 0.419, Dice 0.658, deadline 0.500, kind 0.818 (first run 0.229); units in Simplified" },
  "gold-blind195.jsonl": { f1: 0.66, dice: 0.57, deadline: 0.56, kind: 0.93, measured: "F1 0.693, Dice 0.603, deadline 0.593, kind 0.967 (first run 0.684)" },
  "gold-blind196.jsonl": { f1: 0.64, dice: 0.51, deadline: 0.56, kind: 0.89, measured: "F1 0.670, Dice 0.546, deadline 0.584, kind 0.927 (first run 0.656; deadline 0.642 before 克州 aid news read as a report of what was done, dated by its 2023 repost)" },
  "gold-blind197.jsonl": { f1: 0.62, dice: 0.63, deadline: 0.70, kind: 0.93, measured: "F1 0.659, Dice 0.667, deadline 0.739, kind 0.964 (first run 0.657)" },
  "gold-blind198.jsonl": { f1: 0.83, dice: 0.50, deadline: 0.65, kind: 0.94, measured: "F1 0.868, Dice 0.535, deadline 0.689, kind 0.976 (first run 0.856)" },
  "gold-blind199.jsonl": { f1: 0.29, dice: 0.48, deadline: 0.65, kind: 0.94, measured: "F1 0.413, Dice 0.514, deadline 0.667, kind 0.977 (first run 0.273), after 不到 and 低于 bound" },
  "gold-blind200.jsonl": { f1: 0.61, dice: 0.53, deadline: 0.63, kind: 0.86, measured: "F1 0.649, Dice 0.567, deadline 0.662, kind 0.892 (first run 0.643)" },
  "gold-blind201.jsonl": { f1: 0.77, dice: 0.52, deadline: 0.74, kind: 0.92, measured: "F1 0.809, Dice 0.557, deadline 0.779, kind 0.958 (first run 0.788)" },
  "gold-blind202.jsonl": { f1: 0.65, dice: 0.61, deadline: 0.56, kind: 0.94, measured: "F1 0.689, Dice 0.644, deadline 0.597, kind 0.976 (first run 0.689)" },
  "gold-blind203.jsonl": { f1: 0.86, dice: 0.60, deadline: 0.48, kind: 0.95, measured: "F1 0.892, Dice 0.634, deadline 0.514, kind 0.986 (first run 0.835)" },
  "gold-blind204.jsonl": { f1: 0.62, dice: 0.44, deadline: 0.60, kind: 0.95, measured: "F1 0.653, Dice 0.473, deadline 0.633, kind 0.986 (first run 0.620)" },
  "gold-blind205.jsonl": { f1: 0.73, dice: 0.71, deadline: 0.49, kind: 0.97, measured: "F1 0.763, Dice 0.749, deadline 0.526, kind 1.000 (first run 0.706)" },
  "gold-blind206.jsonl": { f1: 0.81, dice: 0.62, deadline: 0.89, kind: 0.95, measured: "F1 0.846, Dice 0.657, deadline 0.929, kind 0.982 (first run 0.843)" },
  "gold-blind207.jsonl": { f1: 0.78, dice: 0.70, deadline: 0.39, kind: 0.95, measured: "F1 0.816, Dice 0.736, deadline 0.426, kind 0.985 (first run 0.716)" },
  "gold-blind208.jsonl": { f1: 0.87, dice: 0.64, deadline: 0.77, kind: 0.97, measured: "F1 0.907, Dice 0.678, deadline 0.808, kind 1.000 (first run 0.907)" },
  "gold-blind209.jsonl": { f1: 0.77, dice: 0.75, deadline: 0.77, kind: 0.94, measured: "F1 0.809, Dice 0.781, deadline 0.801, kind 0.974 (first run 0.809)" },
  "gold-blind210.jsonl": { f1: 0.72, dice: 0.66, deadline: 0.76, kind: 0.95, measured: "F1 0.755, Dice 0.697, deadline 0.795, kind 0.981 (first run 0.697)" },
  "gold-blind211.jsonl": { f1: 0.80, dice: 0.56, deadline: 0.85, kind: 0.87, measured: "F1 0.836, Dice 0.597, deadline 0.885, kind 0.904 (first run 0.836)" },
  "gold-blind212.jsonl": { f1: 0.76, dice: 0.54, deadline: 0.59, kind: 0.93, measured: "F1 0.799, Dice 0.574, deadline 0.626, kind 0.961 (first run 0.799)" },
  "gold-blind213.jsonl": { f1: 0.73, dice: 0.72, deadline: 0.86, kind: 0.94, measured: "F1 0.765, Dice 0.759, deadline 0.897, kind 0.977 (first run 0.765)" },
  "gold-blind214.jsonl": { f1: 0.61, dice: 0.63, deadline: 0.59, kind: 0.93, measured: "F1 0.648, Dice 0.662, deadline 0.704, kind 0.963 (first run 0.643); F1 0.683, deadline 0.628 once an untitled page that tells more than it promises reports, its undated actuals undated" },
  "gold-blind215.jsonl": { f1: 0.47, dice: 0.57, deadline: 0.56, kind: 0.97, measured: "F1 0.500, Dice 0.610, deadline 0.600, kind 1.000 (first run 0.500)" },
  "gold-blind216.jsonl": { f1: 0.89, dice: 0.77, deadline: 0.75, kind: 0.95, measured: "F1 0.926, Dice 0.800, deadline 0.788, kind 0.987 (first run 0.926)" },
  "gold-blind217.jsonl": { f1: 0.74, dice: 0.72, deadline: 0.74, kind: 0.94, measured: "F1 0.944, Dice 0.755, deadline 0.743, kind 0.982 (first run 0.771); units in Simplified" },
  "gold-blind218.jsonl": { f1: 0.75, dice: 0.34, deadline: 0.89, kind: 0.95, measured: "F1 0.789, Dice 0.373, deadline 0.928, kind 0.986 (first run 0.789)" },
  "gold-blind219.jsonl": { f1: 0.60, dice: 0.59, deadline: 0.83, kind: 0.94, measured: "F1 0.633, Dice 0.622, deadline 0.870, kind 0.971 (first run 0.633)" },
  "gold-blind220.jsonl": { f1: 0.84, dice: 0.75, deadline: 0.78, kind: 0.89, measured: "F1 0.870, Dice 0.780, deadline 0.814 (0.929 before news whose every figure is told read as a report: 绵阳's undated county figures now take the page's 2024, the gold says null), kind 0.929 (first run 0.870)" },
  "gold-blind221.jsonl": { f1: 0.87, dice: 0.72, deadline: 0.80, kind: 0.94, measured: "F1 0.903, Dice 0.750, deadline 0.835, kind 0.972 (first run 0.903)" },
  "gold-blind222.jsonl": { f1: 0.63, dice: 0.75, deadline: 0.63, kind: 0.89, measured: "F1 0.664, Dice 0.780, deadline 0.662, kind 0.927 (first run 0.662)" },
  "gold-blind223.jsonl": { f1: 0.55, dice: 0.53, deadline: 0.52, kind: 0.91, measured: "F1 0.743, Dice 0.561, deadline 0.713, kind 0.960 (first run 0.582); units in Simplified" },
  "gold-blind224.jsonl": { f1: 0.83, dice: 0.45, deadline: 0.47, kind: 0.97, measured: "F1 0.867, Dice 0.487, deadline 0.504, kind 1.000 (first run 0.628)" },
  "gold-blind225.jsonl": { f1: 0.48, dice: 0.54, deadline: 0.68, kind: 0.92, measured: "F1 0.519, Dice 0.601, deadline 0.750, kind 0.950 (first run 0.519); F1 0.545, Dice 0.576, deadline 0.714 once a paragraph of an undecided page that tells more than it promises reports" },
  "gold-blind226.jsonl": { f1: 0.89, dice: 0.65, deadline: 0.79, kind: 0.92, measured: "F1 0.923, Dice 0.686, deadline 0.823, kind 0.958 (first run 0.923)" },
  "gold-blind227.jsonl": { f1: 0.75, dice: 0.57, deadline: 0.49, kind: 0.97, measured: "F1 0.787, Dice 0.610, deadline 0.521, kind 1.000 (first run 0.787)" },
  "gold-blind228.jsonl": { f1: 0.82, dice: 0.70, deadline: 0.80, kind: 0.92, measured: "F1 0.853, Dice 0.737, deadline 0.839, kind 0.954 (first run 0.853)" },
  "gold-blind229.jsonl": { f1: 0.78, dice: 0.47, deadline: 0.58, kind: 0.96, measured: "F1 0.810, Dice 0.502, deadline 0.611, kind 0.995 (first run 0.717)" },
  "gold-blind230.jsonl": { f1: 0.50, dice: 0.55, deadline: 0.53, kind: 0.95, measured: "F1 0.536, Dice 0.585, deadline 0.569, kind 0.983 (first run 0.536)" },
  "gold-blind231.jsonl": { f1: 0.83, dice: 0.75, deadline: 0.82, kind: 0.93, measured: "F1 0.863, Dice 0.784, deadline 0.855, kind 0.964 (first run 0.863)" },
  "gold-blind232.jsonl": { f1: 0.54, dice: 0.58, deadline: 0.67, kind: 0.95, measured: "F1 0.575, Dice 0.618, deadline 0.702, kind 0.989 (first run 0.575)" },
  "gold-blind233.jsonl": { f1: 0.59, dice: 0.59, deadline: 0.41, kind: 0.95, measured: "F1 0.622, Dice 0.623, deadline 0.446, kind 0.982 (first run 0.622)" },
  "gold-blind234.jsonl": { f1: 0.57, dice: 0.32, deadline: 0.39, kind: 0.83, measured: "F1 0.605, Dice 0.354, deadline 0.421, kind 0.865 (first run 0.605)" },
  "gold-blind235.jsonl": { f1: 0.39, dice: 0.32, deadline: 0.48, kind: 0.72, measured: "F1 0.427, Dice 0.360, deadline 0.518, kind 0.753 (first run 0.427)" },
  "gold-blind236.jsonl": { f1: 0.70, dice: 0.60, deadline: 0.78, kind: 0.92, measured: "F1 0.842, Dice 0.615, deadline 0.814, kind 0.948 (first run 0.677); units in Simplified" },
  "gold-blind237.jsonl": { f1: 0.80, dice: 0.68, deadline: 0.79, kind: 0.94, measured: "F1 0.831, Dice 0.716, deadline 0.821, kind 0.973 (first run 0.763)" },
  "gold-blind238.jsonl": { f1: 0.69, dice: 0.61, deadline: 0.95, kind: 0.92, measured: "F1 0.727, Dice 0.648, deadline 0.986, kind 0.958 (first run 0.727)" },
  "gold-blind239.jsonl": { f1: 0.48, dice: 0.61, deadline: 0.75, kind: 0.93, measured: "F1 0.514, Dice 0.644, deadline 0.782, kind 0.966 (first run 0.489)" },
  "gold-blind240.jsonl": { f1: 0.61, dice: 0.52, deadline: 0.59, kind: 0.91, measured: "F1 0.645, Dice 0.550, deadline 0.627, kind 0.945 (first run 0.457)" },
  "gold-blind241.jsonl": { f1: 0.78, dice: 0.75, deadline: 0.85, kind: 0.97, measured: "F1 0.811, Dice 0.789, deadline 0.882, kind 1.000 (first run 0.845)" },
  "gold-blind242.jsonl": { f1: 0.80, dice: 0.69, deadline: 0.65, kind: 0.95, measured: "F1 0.899, Dice 0.729, deadline 0.688, kind 0.986 (first run 0.710); units in Simplified" },
  "gold-blind243.jsonl": { f1: 0.80, dice: 0.72, deadline: 0.82, kind: 0.91, measured: "F1 0.836, Dice 0.753, deadline 0.856, kind 0.945 (first run 0.836)" },
  "gold-blind244.jsonl": { f1: 0.82, dice: 0.65, deadline: 0.68, kind: 0.95, measured: "F1 0.859, Dice 0.687, deadline 0.716, kind 0.981 (first run 0.859)" },
  "gold-blind245.jsonl": { f1: 0.78, dice: 0.69, deadline: 0.82, kind: 0.93, measured: "F1 0.811, Dice 0.721, deadline 0.859, kind 0.965 (first run 0.934; 0.934 before a count's column header gave its cells a unit: the provinces table's 参与人数 is labelled null)" },
  "gold-blind246.jsonl": { f1: 0.88, dice: 0.52, deadline: 0.67, kind: 0.96, measured: "F1 0.915, Dice 0.550, deadline 0.705, kind 0.990 (first run 0.915)" },
  "gold-blind247.jsonl": { f1: 0.80, dice: 0.59, deadline: 0.74, kind: 0.95, measured: "F1 0.838, Dice 0.624, deadline 0.774, kind 0.989 (first run 0.838)" },
  "gold-blind248.jsonl": { f1: 0.87, dice: 0.56, deadline: 0.86, kind: 0.95, measured: "F1 0.904, Dice 0.595, deadline 0.894, kind 0.988 (first run 0.904)" },
  "gold-blind249.jsonl": { f1: 0.67, dice: 0.68, deadline: 0.71, kind: 0.91, measured: "F1 0.705, Dice 0.719, deadline 0.741, kind 0.943 (first run 0.725)" },
  "gold-blind250.jsonl": { f1: 0.78, dice: 0.46, deadline: 0.42, kind: 0.93, measured: "F1 0.819, Dice 0.492, deadline 0.458, kind 0.969 (first run 0.819)" },
  "gold-blind251.jsonl": { f1: 0.86, dice: 0.74, deadline: 0.65, kind: 0.94, measured: "F1 0.892, Dice 0.777, deadline 0.683, kind 0.970 (first run 0.892)" },
  "gold-blind252.jsonl": { f1: 0.87, dice: 0.71, deadline: 0.49, kind: 0.97, measured: "F1 0.901, Dice 0.746, deadline 0.523, kind 1.000 (first run 0.901)" },
  "gold-blind253.jsonl": { f1: 0.71, dice: 0.63, deadline: 0.35, kind: 0.95, measured: "F1 0.746, Dice 0.663, deadline 0.385, kind 0.987 (first run 0.746)" },
  "gold-blind254.jsonl": { f1: 0.55, dice: 0.37, deadline: 0.45, kind: 0.91, measured: "F1 0.628, Dice 0.425, deadline 0.490, kind 0.939 (first run 0.549); units in Simplified" },
  "gold-blind255.jsonl": { f1: 0.67, dice: 0.49, deadline: 0.71, kind: 0.91, measured: "F1 0.706, Dice 0.541, deadline 0.782, kind 0.941 (first run 0.706); F1 0.732, deadline 0.743 once an untitled page that tells more than it promises reports, its undated actuals undated" },
  "gold-blind256.jsonl": { f1: 0.85, dice: 0.66, deadline: 0.59, kind: 0.95, measured: "F1 0.884, Dice 0.692, deadline 0.627, kind 0.987 (first run 0.884)" },
  "gold-blind257.jsonl": { f1: 0.81, dice: 0.55, deadline: 0.83, kind: 0.93, measured: "F1 0.841, Dice 0.580, deadline 0.868, kind 0.967 (first run 0.830)" },
  "gold-blind258.jsonl": { f1: 0.80, dice: 0.45, deadline: 0.79, kind: 0.84, measured: "F1 0.831, Dice 0.481, deadline 0.829, kind 0.870 (first run 0.824)" },
  "gold-blind259.jsonl": { f1: 0.77, dice: 0.55, deadline: 0.63, kind: 0.97, measured: "F1 0.808, Dice 0.588, deadline 0.667, kind 1.000 (first run 0.808)" },
  "gold-blind260.jsonl": { f1: 0.85, dice: 0.40, deadline: 0.51, kind: 0.90, measured: "F1 0.883, Dice 0.437, deadline 0.549, kind 0.930 (first run 0.871)" },
  "gold-blind261.jsonl": { f1: 0.82, dice: 0.59, deadline: 0.66, kind: 0.93, measured: "F1 0.850, Dice 0.620, deadline 0.695, kind 0.962 (first run 0.850)" },
  "gold-blind262.jsonl": { f1: 0.85, dice: 0.55, deadline: 0.72, kind: 0.96, measured: "F1 0.883, Dice 0.584, deadline 0.755, kind 0.994 (first run 0.883)" },
  "gold-blind263.jsonl": { f1: 0.61, dice: 0.51, deadline: 0.65, kind: 0.90, measured: "F1 0.649, Dice 0.543, deadline 0.689, kind 0.932 (first run 0.646)" },
  "gold-blind264.jsonl": { f1: 0.75, dice: 0.76, deadline: 0.84, kind: 0.95, measured: "F1 0.782, Dice 0.791, deadline 0.870, kind 0.982 (first run 0.421)" },
  "gold-blind265.jsonl": { f1: 0.82, dice: 0.68, deadline: 0.53, kind: 0.97, measured: "F1 0.930, Dice 0.718, deadline 0.600, kind 1.000 (first run 0.930); F1 0.853, Dice 0.725, deadline 0.564 once a paragraph of an undecided page that tells more than it promises reports" },
  "gold-blind266.jsonl": { f1: 0.75, dice: 0.52, deadline: 0.68, kind: 0.95, measured: "F1 0.785, Dice 0.558, deadline 0.714, kind 0.988 (first run 0.707)" },
  "gold-blind267.jsonl": { f1: 0.62, dice: 0.53, deadline: 0.49, kind: 0.89, measured: "F1 0.656, Dice 0.569, deadline 0.525, kind 0.925 (first run 0.656)" },
  "gold-blind268.jsonl": { f1: 0.74, dice: 0.52, deadline: 0.43, kind: 0.90, measured: "F1 0.771, Dice 0.550, deadline 0.463, kind 0.935 (first run 0.750)" },
  "gold-blind269.jsonl": { f1: 0.61, dice: 0.75, deadline: 0.44, kind: 0.88, measured: "F1 0.649, Dice 0.780, deadline 0.473, kind 0.918 (first run 0.645)" },
  "gold-blind270.jsonl": { f1: 0.71, dice: 0.67, deadline: 0.97, kind: 0.97, measured: "F1 0.746, Dice 0.703, deadline 1.000, kind 1.000 (first run 0.746)" },
  "gold-blind271.jsonl": { f1: 0.78, dice: 0.55, deadline: 0.37, kind: 0.95, measured: "F1 0.818, Dice 0.582, deadline 0.405, kind 0.986 (first run 0.818)" },
  "gold-blind272.jsonl": { f1: 0.73, dice: 0.59, deadline: 0.70, kind: 0.95, measured: "F1 0.761, Dice 0.625, deadline 0.738, kind 0.984 (first run 0.759)" },
  "gold-blind273.jsonl": { f1: 0.80, dice: 0.72, deadline: 0.89, kind: 0.95, measured: "F1 0.891, Dice 0.742, deadline 0.930, kind 0.988 (first run 0.830); units in Simplified" },
  "gold-blind274.jsonl": { f1: 0.60, dice: 0.44, deadline: 0.28, kind: 0.84, measured: "F1 0.631, Dice 0.474, deadline 0.314, kind 0.876 (first run 0.529)" },
  "gold-blind275.jsonl": { f1: 0.82, dice: 0.68, deadline: 0.56, kind: 0.93, measured: "F1 0.905, Dice 0.706, deadline 0.599, kind 0.970 (first run 0.851); units in Simplified" },
  "gold-blind276.jsonl": { f1: 0.67, dice: 0.39, deadline: 0.51, kind: 0.97, measured: "F1 0.705, Dice 0.424, deadline 0.548, kind 1.000 (first run 0.705)" },
  "gold-blind277.jsonl": { f1: 0.70, dice: 0.57, deadline: 0.96, kind: 0.90, measured: "F1 0.731, Dice 0.609, deadline 0.994, kind 0.935 (first run 0.731)" },
  "gold-blind278.jsonl": { f1: 0.59, dice: 0.53, deadline: 0.75, kind: 0.95, measured: "F1 0.620, Dice 0.564, deadline 0.782, kind 0.983 (first run 0.620)" },
  "gold-blind279.jsonl": { f1: 0.53, dice: 0.57, deadline: 0.83, kind: 0.95, measured: "F1 0.568, Dice 0.600, deadline 0.867, kind 0.982 (first run 0.528)" },
  "gold-blind280.jsonl": { f1: 0.66, dice: 0.56, deadline: 0.77, kind: 0.95, measured: "F1 0.699, Dice 0.591, deadline 0.800, kind 0.985 (first run 0.699)" },
  "gold-blind281.jsonl": { f1: 0.68, dice: 0.63, deadline: 0.72, kind: 0.87, measured: "F1 0.714, Dice 0.663, deadline 0.757, kind 0.900 (first run 0.714)" },
  "gold-blind282.jsonl": { f1: 0.72, dice: 0.33, deadline: 0.97, kind: 0.97, measured: "F1 0.889, Dice 0.369, deadline 1.000, kind 1.000 (first run 0.574); units in Simplified" },
  "gold-blind283.jsonl": { f1: 0.76, dice: 0.46, deadline: 0.82, kind: 0.88, measured: "F1 0.793, Dice 0.499, deadline 0.859, kind 0.911 (first run 0.756)" },
  "gold-blind284.jsonl": { f1: 0.63, dice: 0.70, deadline: 0.61, kind: 0.93, measured: "F1 0.668, Dice 0.737, deadline 0.642, kind 0.969 (first run 0.647)" },
"gold-blind285.jsonl": { f1: 0.69, dice: 0.48, deadline: 0.65, kind: 0.89, measured: "F1 0.724, Dice 0.515, deadline 0.688, kind 0.925 (first run 0.703)" },
  "gold-blind286.jsonl": { f1: 0.61, dice: 0.57, deadline: 0.76, kind: 0.95, measured: "F1 0.649, Dice 0.609, deadline 0.794, kind 0.984 (first run 0.639)" },
  "gold-blind287.jsonl": { f1: 0.79, dice: 0.65, deadline: 0.65, kind: 0.96, measured: "F1 0.827, Dice 0.680, deadline 0.685, kind 0.992 (first run 0.827)" },
  "gold-blind288.jsonl": { f1: 0.82, dice: 0.68, deadline: 0.71, kind: 0.93, measured: "F1 0.851, Dice 0.712, deadline 0.746, kind 0.968 (first run 0.811)" },
  "gold-blind289.jsonl": { f1: 0.83, dice: 0.55, deadline: 0.85, kind: 0.93, measured: "F1 0.864, Dice 0.583, deadline 0.887, kind 0.960 (first run 0.813)" },
  "gold-blind290.jsonl": { f1: 0.89, dice: 0.53, deadline: 0.60, kind: 0.97, measured: "F1 0.927, Dice 0.570, deadline 0.632, kind 1.000 (first run 0.927)" },
  "gold-blind291.jsonl": { f1: 0.51, dice: 0.54, deadline: 0.75, kind: 0.86, measured: "F1 0.545, Dice 0.578, deadline 0.781, kind 0.891 (first run 0.528)" },
  "gold-blind292.jsonl": { f1: 0.72, dice: 0.68, deadline: 0.56, kind: 0.95, measured: "F1 0.757, Dice 0.712, deadline 0.598, kind 0.982 (first run 0.736)" },
  "gold-blind293.jsonl": { f1: 0.81, dice: 0.48, deadline: 0.65, kind: 0.97, measured: "F1 0.842, Dice 0.510, deadline 0.688, kind 1.000 (first run 0.658)" },
  "gold-blind294.jsonl": { f1: 0.69, dice: 0.51, deadline: 0.77, kind: 0.94, measured: "F1 0.729, Dice 0.548, deadline 0.804, kind 0.979 (first run 0.718)" },
  "gold-blind295.jsonl": { f1: 0.83, dice: 0.58, deadline: 0.86, kind: 0.92, measured: "F1 0.868, Dice 0.616, deadline 0.896, kind 0.952 (first run 0.868)" },
  "gold-blind296.jsonl": { f1: 0.64, dice: 0.42, deadline: 0.59, kind: 0.97, measured: "F1 0.674, Dice 0.457, deadline 0.621, kind 1.000 (first run 0.674)" },
  "gold-blind297.jsonl": { f1: 0.80, dice: 0.68, deadline: 0.60, kind: 0.94, measured: "F1 0.836, Dice 0.710, deadline 0.630, kind 0.978 (first run 0.836)" },
  "gold-blind298.jsonl": { f1: 0.82, dice: 0.64, deadline: 0.90, kind: 0.97, measured: "F1 0.850, Dice 0.679, deadline 0.934, kind 1.000 (first run 0.850)" },
  "gold-blind299.jsonl": { f1: 0.80, dice: 0.62, deadline: 0.88, kind: 0.97, measured: "F1 0.831, Dice 0.653, deadline 0.919, kind 1.000 (first run 0.831)" },
  "gold-blind300.jsonl": { f1: 0.50, dice: 0.65, deadline: 0.89, kind: 0.89, measured: "F1 0.530, Dice 0.687, deadline 0.925, kind 0.925 (first run 0.490)" },
  "gold-blind301.jsonl": { f1: 0.23, dice: 0.45, deadline: 0.97, kind: 0.91, measured: "F1 0.262, Dice 0.487, deadline 1.000, kind 0.941 (first run 0.262)" },
  "gold-blind302.jsonl": { f1: 0.49, dice: 0.65, deadline: 0.82, kind: 0.89, measured: "F1 0.529, Dice 0.690, deadline 0.852, kind 0.926 (first run 0.529)" },
  "gold-blind303.jsonl": { f1: 0.75, dice: 0.47, deadline: 0.68, kind: 0.81, measured: "F1 0.780, Dice 0.507, deadline 0.717, kind 0.848 (first run 0.780)" },
  "gold-blind304.jsonl": { f1: 0.79, dice: 0.67, deadline: 0.63, kind: 0.95, measured: "F1 0.829, Dice 0.709 (0.758 before a year-rows table with units in its cells was read and the page's 2023 figures stopped reading as ahead of a 2020 row: 26 new matches whose names differ from the gold's 在校生数, 生源占比), deadline 0.669, kind 0.986 (first run 0.707)" },
  "gold-blind305.jsonl": { f1: 0.91, dice: 0.76, deadline: 0.48, kind: 0.97, measured: "F1 0.946, Dice 0.794, deadline 0.514, kind 1.000 (first run 0.946)" },
  "gold-blind306.jsonl": { f1: 0.13, dice: 0.41, deadline: 0.58, kind: 0.97, measured: "F1 0.164, Dice 0.443, deadline 0.611, kind 1.000 (first run 0.164)" },
  "gold-blind307.jsonl": { f1: 0.47, dice: 0.45, deadline: 0.62, kind: 0.83, measured: "F1 0.500, Dice 0.482, deadline 0.658, kind 0.868 (first run 0.478)" },
  "gold-blind308.jsonl": { f1: 0.56, dice: 0.73, deadline: 0.49, kind: 0.91, measured: "F1 0.599, Dice 0.763, deadline 0.528, kind 0.944 (first run 0.593)" },
  "gold-blind309.jsonl": { f1: 0.82, dice: 0.49, deadline: 0.68, kind: 0.96, measured: "F1 0.851, Dice 0.525, deadline 0.718, kind 0.995 (first run 0.821)" },
  "gold-blind310.jsonl": { f1: 0.60, dice: 0.55, deadline: 0.45, kind: 0.87, measured: "F1 0.830, Dice 0.583, deadline 0.462, kind 1.000 (first run 0.638); units in Simplified (an untitled page that tells more than it promises reports, its undated actuals undated)" },
  "gold-blind311.jsonl": { f1: 0.72, dice: 0.59, deadline: 0.74, kind: 0.89, measured: "F1 0.757, Dice 0.627, deadline 0.776, kind 0.925 (first run 0.718)" },
  "gold-blind312.jsonl": { f1: 0.66, dice: 0.87, deadline: 0.97, kind: 0.97, measured: "F1 0.698, Dice 0.904, deadline 1.000, kind 1.000 (first run 0.698)" },
  "gold-blind313.jsonl": { f1: 0.66, dice: 0.50, deadline: 0.75, kind: 0.85, measured: "F1 0.697, Dice 0.532, deadline 0.781, kind 0.882 (first run 0.697)" },
  "gold-blind314.jsonl": { f1: 0.59, dice: 0.68, deadline: 0.75, kind: 0.84, measured: "F1 0.627, Dice 0.715, deadline 0.781, kind 0.875 (first run 0.627)" },
  "gold-blind315.jsonl": { f1: 0.57, dice: 0.42, deadline: 0.47, kind: 0.91, measured: "F1 0.792, Dice 0.456, deadline 0.496, kind 0.927 (first run 0.606); units in Simplified" },
  "gold-blind316.jsonl": { f1: 0.74, dice: 0.52, deadline: 0.92, kind: 0.95, measured: "F1 0.779, Dice 0.555, deadline 0.955, kind 0.985 (first run 0.775)" },
  "gold-blind317.jsonl": { f1: 0.66, dice: 0.59, deadline: 0.71, kind: 0.92, measured: "F1 0.692, Dice 0.624, deadline 0.744, kind 0.956 (first run 0.692)" },
  "gold-blind318.jsonl": { f1: 0.61, dice: 0.43, deadline: 0.52, kind: 0.94, measured: "F1 0.648, Dice 0.466, deadline 0.559, kind 0.971 (first run 0.648)" },
  "gold-blind319.jsonl": { f1: 0.61, dice: 0.62, deadline: 0.49, kind: 0.89, measured: "F1 0.647, Dice 0.658, deadline 0.529, kind 0.920 (first run 0.642)" },
  "gold-blind320.jsonl": { f1: 0.77, dice: 0.47, deadline: 0.64, kind: 0.85, measured: "F1 0.806, Dice 0.494, deadline 0.671, kind 0.882 (first run 0.806), after a bound word's list" },
  "gold-blind321.jsonl": { f1: 0.63, dice: 0.43, deadline: 0.72, kind: 0.89, measured: "F1 0.661, Dice 0.465, deadline 0.795, kind 0.923 (first run 0.610); F1 0.695, deadline 0.756 once an untitled page that tells more than it promises reports, its undated actuals undated" },
  "gold-blind322.jsonl": { f1: 0.72, dice: 0.48, deadline: 0.49, kind: 0.86, measured: "F1 0.754, Dice 0.515, deadline 0.522, kind 0.891 (first run 0.754)" },
  "gold-blind323.jsonl": { f1: 0.82, dice: 0.41, deadline: 0.69, kind: 0.89, measured: "F1 0.853, Dice 0.443, deadline 0.722, kind 0.922 (first run 0.853)" },
  "gold-blind324.jsonl": { f1: 0.68, dice: 0.52, deadline: 0.54, kind: 0.90, measured: "F1 0.711, Dice 0.552, deadline 0.578, kind 0.938 (first run 0.711)" },
  "gold-blind325.jsonl": { f1: 0.35, dice: 0.51, deadline: 0.53, kind: 0.85, measured: "F1 0.588, Dice 0.534, deadline 0.569, kind 0.889 (first run 0.384); units in Simplified (an untitled page that tells more than it promises reports, its undated actuals undated)" },
  "gold-blind326.jsonl": { f1: 0.57, dice: 0.71, deadline: 0.68, kind: 0.97, measured: "F1 0.600, Dice 0.810, deadline 0.833, kind 1.000 (first run 0.600); F1 0.700, Dice 0.741, deadline 0.714 once a paragraph of an undecided page that tells more than it promises reports" },
  "gold-blind327.jsonl": { f1: 0.79, dice: 0.28, deadline: 0.66, kind: 0.75, measured: "F1 0.821, Dice 0.315, deadline 0.696, kind 0.783 (first run 0.821)" },
  "gold-blind328.jsonl": { f1: 0.75, dice: 0.61, deadline: 0.83, kind: 0.97, measured: "F1 0.786, Dice 0.643, deadline 0.864, kind 1.000 (first run 0.717)" },
  "gold-blind329.jsonl": { f1: 0.83, dice: 0.65, deadline: 0.69, kind: 0.91, measured: "F1 0.862, Dice 0.682, deadline 0.727, kind 0.943 (first run 0.691)" },
  "gold-blind330.jsonl": { f1: 0.81, dice: 0.52, deadline: 0.68, kind: 0.96, measured: "F1 0.849, Dice 0.555, deadline 0.712, kind 0.990 (first run 0.842)" },
  "gold-blind331.jsonl": { f1: 0.76, dice: 0.39, deadline: 0.73, kind: 0.87, measured: "F1 0.792, Dice 0.428, deadline 0.766, kind 0.905 (first run 0.792)" },
  "gold-blind332.jsonl": { f1: 0.73, dice: 0.38, deadline: 0.45, kind: 0.94, measured: "F1 0.769, Dice 0.412, deadline 0.486, kind 0.971 (first run 0.740)" },
  "gold-blind333.jsonl": { f1: 0.75, dice: 0.41, deadline: 0.57, kind: 0.92, measured: "F1 0.780, Dice 0.444, deadline 0.602, kind 0.957 (first run 0.778)" },
  "gold-blind334.jsonl": { f1: 0.72, dice: 0.59, deadline: 0.47, kind: 0.93, measured: "F1 0.754, Dice 0.623, deadline 0.508, kind 0.966 (first run 0.754)" },
  "gold-blind335.jsonl": { f1: 0.66, dice: 0.48, deadline: 0.53, kind: 0.91, measured: "F1 0.692, Dice 0.517, deadline 0.564, kind 0.945 (first run 0.641)" },
  "gold-blind336.jsonl": { f1: 0.59, dice: 0.31, deadline: 0.50, kind: 0.90, measured: "F1 0.628, Dice 0.348, deadline 0.535, kind 0.930 (first run 0.628)" },
  "gold-blind337.jsonl": { f1: 0.70, dice: 0.45, deadline: 0.70, kind: 0.95, measured: "F1 0.738, Dice 0.484, deadline 0.739, kind 0.983 (first run 0.731)" },
  "gold-blind338.jsonl": { f1: 0.86, dice: 0.49, deadline: 0.86, kind: 0.93, measured: "F1 0.891, Dice 0.525, deadline 0.890, kind 0.963 (first run 0.811)" },
  "gold-blind339.jsonl": { f1: 0.69, dice: 0.49, deadline: 0.80, kind: 0.95, measured: "F1 0.725, Dice 0.520, deadline 0.837, kind 0.981 (first run 0.725)" },
  "gold-blind340.jsonl": { f1: 0.67, dice: 0.62, deadline: 0.51, kind: 0.94, measured: "F1 0.708, Dice 0.658, deadline 0.547, kind 0.975 (first run 0.708)" },
  "gold-blind341.jsonl": { f1: 0.71, dice: 0.51, deadline: 0.64, kind: 0.89, measured: "F1 0.746, Dice 0.549, deadline 0.672, kind 0.928 (first run 0.746)" },
  "gold-blind342.jsonl": { f1: 0.54, dice: 0.42, deadline: 0.85, kind: 0.76, measured: "F1 0.761, Dice 0.432, deadline 0.876, kind 0.796 (first run 0.567), after 约占 read as an approximation" },
  "gold-blind343.jsonl": { f1: 0.79, dice: 0.58, deadline: 0.77, kind: 0.90, measured: "F1 0.827, Dice 0.611, deadline 0.800, kind 0.936 (first run 0.814)" },
  "gold-blind344.jsonl": { f1: 0.56, dice: 0.54, deadline: 0.29, kind: 0.97, measured: "F1 0.590, Dice 0.571, deadline 0.326, kind 1.000 (first run 0.590)" },
  "gold-blind345.jsonl": { f1: 0.82, dice: 0.73, deadline: 0.88, kind: 0.96, measured: "F1 0.859, Dice 0.763, deadline 0.914, kind 0.995 (first run 0.614)" },
  "gold-blind346.jsonl": { f1: 0.73, dice: 0.7, deadline: 0.87, kind: 0.97, measured: "F1 0.764, Dice 0.734, deadline 0.902, kind 1.000 (first run 0.763)" },
  "gold-blind347.jsonl": { f1: 0.71, dice: 0.64, deadline: 0.88, kind: 0.89, measured: "F1 0.741, Dice 0.679, deadline 0.915, kind 0.926 (first run 0.654)" },
  "gold-blind348.jsonl": { f1: 0.82, dice: 0.7, deadline: 0.74, kind: 0.97, measured: "F1 0.852, Dice 0.735, deadline 0.773, kind 1.000 (first run 0.830)" },
  "gold-blind349.jsonl": { f1: 0.65, dice: 0.57, deadline: 0.67, kind: 0.88, measured: "F1 0.686, Dice 0.608, deadline 0.708, kind 0.917 (first run 0.686)" },
  "gold-blind350.jsonl": { f1: 0.9, dice: 0.54, deadline: 0.72, kind: 0.95, measured: "F1 0.933, Dice 0.575, deadline 0.758, kind 0.980 (first run 0.933)" },
  "gold-blind351.jsonl": { f1: 0.64, dice: 0.76, deadline: 0.84, kind: 0.96, measured: "F1 0.676, Dice 0.797, deadline 0.874, kind 0.993 (first run 0.667)" },
  "gold-blind352.jsonl": { f1: 0.62, dice: 0.64, deadline: 0.64, kind: 0.94, measured: "F1 0.656, Dice 0.673, deadline 0.675, kind 0.976 (first run 0.616)" },
  "gold-blind353.jsonl": { f1: 0.72, dice: 0.76, deadline: 0.79, kind: 0.97, measured: "F1 0.750, Dice 0.798, deadline 0.821, kind 1.000 (first run 0.735)" },
  "gold-blind354.jsonl": { f1: 0.68, dice: 0.8, deadline: 0.93, kind: 0.94, measured: "F1 0.713, Dice 0.835, deadline 0.962, kind 0.977 (first run 0.706)" },
  "gold-blind355.jsonl": { f1: 0.63, dice: 0.63, deadline: 0.62, kind: 0.95, measured: "F1 0.665, Dice 0.666, deadline 0.654, kind 0.981 (first run 0.662)" },
  "gold-blind356.jsonl": { f1: 0.66, dice: 0.74, deadline: 0.76, kind: 0.96, measured: "F1 0.848, Dice 0.775, deadline 0.793, kind 0.995 (first run 0.677); units in Simplified" },
  "gold-blind357.jsonl": { f1: 0.66, dice: 0.7, deadline: 0.7, kind: 0.92, measured: "F1 0.695, Dice 0.731, deadline 0.733, kind 0.956 (first run 0.703)" },
  "gold-blind358.jsonl": { f1: 0.88, dice: 0.69, deadline: 0.8, kind: 0.95, measured: "F1 0.911, Dice 0.729, deadline 0.832, kind 0.982 (first run 0.911)" },
  "gold-blind359.jsonl": { f1: 0.75, dice: 0.68, deadline: 0.81, kind: 0.88, measured: "F1 0.781, Dice 0.710, deadline 0.846, kind 0.915 (first run 0.781)" },
  "gold-blind360.jsonl": { f1: 0.84, dice: 0.59, deadline: 0.73, kind: 0.94, measured: "F1 0.874, Dice 0.621, deadline 0.768, kind 0.970 (first run 0.772)" },
  "gold-blind361.jsonl": { f1: 0.56, dice: 0.76, deadline: 0.78, kind: 0.84, measured: "F1 0.734, Dice 0.824, deadline 0.821, kind 0.875 (first run 0.592); units in Simplified, and its 十一五 table read: its 2010 column counts as planned" },
  "gold-blind362.jsonl": { f1: 0.07, dice: 0.89, deadline: 0.97, kind: 0.97, measured: "F1 0.102, Dice 0.923, deadline 1.000, kind 1.000 (first run 0.089)" },
  "gold-blind363.jsonl": { f1: 0.76, dice: 0.73, deadline: 0.8, kind: 0.86, measured: "F1 0.798, Dice 0.766, deadline 0.837, kind 0.896 (first run 0.798)" },
  "gold-blind364.jsonl": { f1: 0.75, dice: 0.49, deadline: 0.49, kind: 0.89, measured: "F1 0.781, Dice 0.527, deadline 0.520, kind 0.920 (first run 0.781)" },
  "gold-blind365.jsonl": { f1: 0.84, dice: 0.67, deadline: 0.6, kind: 0.94, measured: "F1 0.873, Dice 0.706, deadline 0.636, kind 0.972 (first run 0.873)" },
  "gold-blind366.jsonl": { f1: 0.86, dice: 0.55, deadline: 0.58, kind: 0.95, measured: "F1 0.899, Dice 0.582, deadline 0.612, kind 0.980 (first run 0.899)" },
  "gold-blind367.jsonl": { f1: 0.84, dice: 0.83, deadline: 0.8, kind: 0.97, measured: "F1 0.875, Dice 0.865, deadline 0.830, kind 1.000 (first run 0.875)" },
  "gold-blind368.jsonl": { f1: 0.79, dice: 0.61, deadline: 0.57, kind: 0.95, measured: "F1 0.824, Dice 0.640, deadline 0.600, kind 0.987 (first run 0.824)" },
  "gold-blind369.jsonl": { f1: 0.58, dice: 0.51, deadline: 0.83, kind: 0.95, measured: "F1 0.612, Dice 0.545, deadline 0.861, kind 0.984 (first run 0.612)" },
  "gold-blind370.jsonl": { f1: 0.84, dice: 0.65, deadline: 0.76, kind: 0.95, measured: "F1 0.878, Dice 0.687, deadline 0.797, kind 0.988 (first run 0.878)" },
  "gold-blind371.jsonl": { f1: 0.79, dice: 0.52, deadline: 0.83, kind: 0.95, measured: "F1 0.822, Dice 0.556, deadline 0.862, kind 0.987 (first run 0.822)" },
  "gold-blind372.jsonl": { f1: 0.81, dice: 0.49, deadline: 0.61, kind: 0.94, measured: "F1 0.843, Dice 0.523, deadline 0.643, kind 0.979 (first run 0.843)" },
  "gold-blind373.jsonl": { f1: 0.79, dice: 0.67, deadline: 0.9, kind: 0.92, measured: "F1 0.829, Dice 0.702, deadline 0.932, kind 0.953 (first run 0.756)" },
  "gold-blind374.jsonl": { f1: 0.56, dice: 0.62, deadline: 0.69, kind: 0.88, measured: "F1 0.595, Dice 0.656, deadline 0.726, kind 0.911 (first run 0.405)" },
  "gold-blind375.jsonl": { f1: 0.85, dice: 0.68, deadline: 0.75, kind: 0.92, measured: "F1 0.887, Dice 0.710, deadline 0.786, kind 0.950 (first run 0.887)" },
  "gold-blind376.jsonl": { f1: 0.78, dice: 0.65, deadline: 0.83, kind: 0.95, measured: "F1 0.817, Dice 0.680, deadline 0.860, kind 0.981 (first run 0.817)" },
  "gold-blind377.jsonl": { f1: 0.65, dice: 0.45, deadline: 0.77, kind: 0.97, measured: "F1 0.687, Dice 0.485, deadline 0.806, kind 1.000 (first run 0.687)" },
  "gold-blind378.jsonl": { f1: 0.85, dice: 0.67, deadline: 0.50, kind: 0.85, measured: "F1 0.888, Dice 0.705, deadline 0.533, kind 0.880 (first run 0.888)" },
  "gold-blind379.jsonl": { f1: 0.52, dice: 0.51, deadline: 0.26, kind: 0.89, measured: "F1 0.554, Dice 0.542, deadline 0.293, kind 0.927 (first run 0.554)" },
  "gold-blind380.jsonl": { f1: 0.92, dice: 0.52, deadline: 0.80, kind: 0.97, measured: "F1 0.953, Dice 0.553, deadline 0.833, kind 1.000 (first run 0.953)" },
  "gold-blind381.jsonl": { f1: 0.69, dice: 0.64, deadline: 0.72, kind: 0.92, measured: "F1 0.725, Dice 0.678, deadline 0.750, kind 0.957 (first run 0.669)" },
  "gold-blind382.jsonl": { f1: 0.67, dice: 0.61, deadline: 0.68, kind: 0.97, measured: "F1 0.700, Dice 0.648, deadline 0.714, kind 1.000 (first run 0.700)" },
  "gold-blind383.jsonl": { f1: 0.58, dice: 0.55, deadline: 0.45, kind: 0.87, measured: "F1 0.614, Dice 0.585, deadline 0.488, kind 0.907 (first run 0.614)" },
  "gold-blind384.jsonl": { f1: 0.81, dice: 0.50, deadline: 0.97, kind: 0.97, measured: "F1 0.848, Dice 0.531, deadline 1.000, kind 1.000 (first run 0.848)" },
};

describe("real documents (tests/fixtures/extraction/real)", () => {
  const files = fs.readdirSync(REAL).filter((f) => /^gold-.*\.jsonl$/.test(f));

  test("there are real gold files, and the dev set has its floor", () => {
    expect(files.length).toBeGreaterThan(0);
    expect(files).toContain("gold-dev.jsonl");
  });

  // A gold file merged in from another branch is scored here at once; it gets a floor of its own
  // in REAL_FLOORS after its final figure is measured (until then: every gold document yields named items).
  for (const file of files.filter((f) => !(f in REAL_FLOORS))) {
    test(`${file}: no floor recorded yet; every document still yields named items`, () => {
      const gold = readGold(path.join(REAL, file));
      for (const doc of new Set(gold.map((g) => g.doc))) {
        const items = extractTargets(fs.readFileSync(path.join(REAL, doc), "utf8"));
        for (const it of items) expect(it.indicator.trim()).not.toBe("");
      }
      expect(score(path.join(REAL, file), REAL).f1).toBeGreaterThan(0);
    });
  }

  for (const [file, floor] of Object.entries(REAL_FLOORS)) {
    test(`${file}: strict F1 ≥ ${floor.f1}, Dice ≥ ${floor.dice}, deadline ≥ ${floor.deadline}, kind ≥ ${floor.kind} (measured ${floor.measured})`, () => {
      const s = score(path.join(REAL, file), REAL);
      expect(s.f1).toBeGreaterThanOrEqual(floor.f1);
      expect(s.dice).toBeGreaterThanOrEqual(floor.dice);
      expect(s.deadline).toBeGreaterThanOrEqual(floor.deadline);
      expect(s.kind).toBeGreaterThanOrEqual(floor.kind);
    });
  }
});

describe("the scorer in this test can fail", () => {
  test("a prediction with the wrong comparator, value or unit does not match; names and spans are compared as the scorer does", () => {
    const g: GoldItem = { doc: "x", indicator: "入学率", comparator: ">=", value: 100, unit: "%", deadline: null, kind: "target", quote: "入学率达到100%" };
    const text = "全县入学率达到100%。";
    const hit = { ...g, start: 2, end: 10 } as unknown as ExtractedItem;
    expect(gs.scoreDoc([g], [hit], text).matched).toBe(1);
    for (const miss of [{ comparator: "=" }, { value: 99 }, { unit: "个" }, { start: 0, end: 2 }])
      expect(gs.scoreDoc([g], [{ ...hit, ...miss }], text).matched).toBe(0);
    expect(gs.dice("适龄儿童少年入学率", "入学率")).toBeLessThan(0.5);
    expect(gs.overlaps([[0, 5]], [[5, 9]])).toBe(false);
    expect(gs.figures([gs.scoreDoc([g], [hit, hit], text)]).precision).toBe(0.5);
  });
});
