/**
 * What a whole document says about its figures: its plan and report years, its genre, its
 * calendar. genre.ts reads it off the page (docInfo); the deadline and kind of each figure fall back on it.
 */
import type { Kind } from "./heading-cues";

export interface DocInfo {
  /** The plan's own year (2008年教育局工作计划), for targets with no nearer year. */
  planYear: number | null;
  /** Year the page was published (its dateline), or null. */
  published: number | null;
  /** Year the text says it is written in (召开的2016年度…会议上获悉), or null: times before it are past. */
  told: number | null;
  /** First year of the plan's period (2022 of 2022-2025年, 2021 of 十四五): years from it on are the plan's own. */
  planStart: number | null;
  /** Kind of a figure with no nearer cue: a report's figures are actuals. */
  genre: Kind;
  /** No title, headline or cue of the body decided the genre, and the page names no time ahead (今年, 实事): "target" is a default, and a paragraph's own cues may say otherwise. */
  undecided: boolean;
  /** Year a report covers (2023年工作总结), for its actuals. */
  reportYear: number | null;
  /** That year is only the first one the body opens on (2013年,各门课程中…), no title's. */
  opened: boolean;
  /** The end of the period before the plan's that the plan names (十三五 in a 十四五 plan: 2020): where its review stands. */
  reviewYear: number | null;
  /** Year implied by weaker cues (新中国成立60周年 → 2009), per document part, or null. */
  partYears: Array<number | null>;
  /** The latest year a sentence opens on and plans (2023年,市教育基金会计划…): years before it are told as past. */
  plannedYear: number | null;
  /** The one year the text names (作为2022年市级民生实事之一), the last resort for a target's deadline. */
  namedYear: number | null;
  /** A Taiwanese page: its 104年 is the Republic's year 104 (2015). */
  taiwanese: boolean;
}
