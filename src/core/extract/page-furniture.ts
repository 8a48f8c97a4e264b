/**
 * What a web page sets around its document: metadata lines under the headline (来源:, 发布时间:),
 * a notice's list of attachments, and the related links after the text. None of it is a
 * sentence or a heading of the document.
 */
import { PAGE_META } from "./lexicon";
import { withoutReadings } from "./text";

/** 来源:…, 發(fā)布時間:…: a metadata line (its colon comes early; pinyin readings a converter pasted are read past). */
export function isPageMeta(s: string, a: number, b: number): boolean {
  const head = s.slice(a, Math.min(b, a + 24));
  return (head.indexOf(":") > 0 || head.indexOf("：") > 0) && PAGE_META.test(withoutReadings(head));
}

/** 附件: or 附件:1.…, the list of a notice's attachments (附件1 alone heads one of them, and is no list). */
export const ATTACHMENTS = /^附件\s*[:：]/;

/** Lines after which the page is site furniture (related links), not the document. */
const TAIL_MARKS = ["相关文章", "相关阅读", "推荐阅读", "猜你喜欢", "展开阅读全文", "相关推荐", "热门文章", "上一篇:", "下一篇:"];

export function isTailLine(t: string): boolean {
  if (t.length > 40) return false;
  for (const m of TAIL_MARKS) if (t.indexOf(m) >= 0) return true;
  return false;
}

/** A site's menu (首页 热点 时尚 直播 科技, 首页 | 新闻 | 教育 | 政务): four or more short words set apart, no sentence and no figure. */
export const SITE_MENU = /^(?:[\u4e00-\u9fff]{2,4}\s*[\s|｜/]\s*){3,}[\u4e00-\u9fff]{2,4}$/;
