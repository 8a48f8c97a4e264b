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

/**
 * A line of the site around a page's headline, never the headline: a record's fields (索引号, 发布机构, 签发人),
 * the app and access links (APP下载, 打开APP, 手机站, 无障碍), a photo's credit ((资料图)), a date alone.
 */
export const SITE_LINE = new RegExp(
  "^[•·|\\s]*(?:索\\s*引\\s*号|发布机构|发文机关|发文日期|公开日期|主题分类|信息分类|文\\s*号|签发人|撰稿|审核|供稿|来\\s*源|时\\s*间|ID)\\s*[:：|]" +
    "|^[•·|\\s\\d.]*(?:APP下载|打开APP|下载APP|手机站|手机版|无障碍|首页|登录|注册|您好,?欢迎|欢迎来到|当前版|设为首页|返回首页|加入收藏|收藏|选择字号|公开方式|索\\s*引\\s*号|日\\s*期\\s*[:：])" +
    "|^第\\d+版" +
    "|^[(（【]?(?:资料图|图片来源[^)）】]*|摄影[^)）】]*)[)）】]?$" +
    "|^[(（]?(?:19|20)\\d\\d(?:年\\d{1,2}月\\d{1,2}日|[-/.]\\d{1,2}[-/.]\\d{1,2})[)）]?(?:\\s.{0,30})?$",
);
