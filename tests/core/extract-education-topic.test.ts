/**
 * A county's 统计公报 gives schools one chapter among many; only that chapter's figures are a
 * statistician's. Phrases from public bulletins (blind sets 8 and 14) and a 民生实事 list
 * (blind set 18), whose every item a bureau tracks.
 */
import { extractTargets } from "../../src/core/extract";
import { coversOtherFields, speaksOfEducation } from "../../src/core/extract/education-topic";

const values = (text: string): number[] => extractTargets(text).map((x) => x.value as number);

describe("a general report keeps only its paragraphs on schooling", () => {
  test("bracketed chapters (【邮电情况】, 【医疗基本情况】): only the schools' figures", () => {
    const text =
      "【教育基本情况】 2022年,全县共有各级各类学校486所。其中,幼儿园232所,小学206所。\n" +
      "【邮电情况】2022年,全县邮政业务总量4878.56万元,比上年增长7.52%。\n" +
      "【医疗基本情况】 2022年,全县共有卫生机构746家。共有执业(助理)医师2089人。";
    expect(values(text)).toEqual([486, 232, 206]);
  });

  test("numbered chapters (九、文化体育、卫生): a paragraph without a school word is another field's", () => {
    const text =
      "教育水平持续增强。全县共有各级各类学校125所,比上年增加2所。其中,小学90所,比上年增加2所;初中学校28所;普通高中3所;职业中学4所。本学年在校学生86879人,比上年增加1527人。\n" +
      "创新能力快速提升。全年承担的科研项目54项,其中国家级2项,省级9项,市级12项,县级31项。项目总投入1055万元,增长1.6%。年末全县拥有工程技术研究中心3家、院士工作站1家。\n" +
      "九、文化体育、卫生\n" +
      "公共文化活力绽放。全县有专业艺术表演团体8个、文化馆1个,剧团演出94场,观众5万人次。公共图书馆1个,图书馆藏书16.8万册,总流通人数26.5万人次。";
    expect(values(text)).toEqual([125, 2, 90, 2, 28, 3, 4, 86879, 1527]);
  });

  test("a digest's marked section heads (■旅游, ■教育, ■财政金融): only the schools' figures (泉州 统计公报 digest, blind set 125)", () => {
    const text =
      "泉州城乡居民去年收入跑赢GDP\n■旅游\n全年共接待国内外游客2765.5万人次,增长13.2%。\n" +
      "■教育\n全市拥有高等院校17所,其中本科高校5所。\n" +
      "■财政金融\n年末全市金融机构本外币各项存款余额3826.15亿元,比上年末增长15.4%。";
    expect(values(text)).toEqual([17, 5]);
  });
});

describe("a bulletin's chapter on education and science (九、教育和科学技术)", () => {
  test("keeps the schools' paragraph and drops the science one, though it names a 国家级大学科技园", () => {
    // 温州 2018 统计公报 (blind set 42)
    const text =
      "九、教育和科学技术\n年末全市共有小学562所,招生11.20万人,在校生62.86万人。\n\n" +
      "年末全市拥有国家高新区1家、省级高新区2家;国家级科技创业服务中心(国家级孵化器)4个、国家级大学科技园1家、国家级众创空间21个。";
    expect(values(text)).toEqual([562, 112000, 628600]);
  });
});

describe("what is no general report keeps every figure", () => {
  test("a 民生实事 list whose items are tasks (七、加快推进交通拥堵点改造)", () => {
    const text =
      "一、加强学位宿位建设。新增学位10000个。\n" +
      "七、加快推进交通拥堵点改造。完成10个交通拥堵点“微改造”。\n" +
      "九、开展HPV疫苗接种。为全区初二女生免费接种疫苗。";
    expect(coversOtherFields(text)).toBe(false);
    expect(values(text)).toEqual([10000, 10]);
  });

  test("a plan's chapter on school hygiene (三、学校卫生与健康教育) is schooling", () => {
    expect(coversOtherFields("三、学校卫生与健康教育\n近视率每年降低1个百分点。")).toBe(false);
  });

  test("chapter headings are told from their words", () => {
    expect(coversOtherFields("前言\n八、人民生活和社会保障\n全年常住居民人均可支配收入37279元。")).toBe(true);
    expect(speaksOfEducation("学校125所", [[0, 6]])).toBe(true);
    expect(speaksOfEducation("剧团演出94场", [[0, 7]])).toBe(false);
  });
});

describe("a place's statistics bulletin on every field (blind set 184)", () => {
  test("its title makes it general, and fields run together in one line are told apart sentence by sentence", () => {
    // 平谷 2011: 教育:…。 科学技术:…。 on one line; a sentence with neither kind of word stays with the one before it
    const text =
      "北京市某区2011年国民经济和社会发展统计公报(2)\n" +
      "教育:全区共有小学50所,普通中学19所;相应的教职工人数分别为2460人和3264人。初中升学率为94.62%。 科学技术:全年专利申请数186件,比上年增加84件。其中中级职称及以上人员6034人。 卫生:全区卫生机构达100个。";
    expect(coversOtherFields(text)).toBe(true);
    expect(values(text)).toEqual([50, 19, 2460, 3264, 94.62]);
  });

  test("news that quotes a national bulletin is no bulletin itself", () => {
    expect(coversOtherFields("我国义务教育巩固率达到94.8%\n来源:某网\n2月28日,国家统计局公布了《中华人民共和国2019年国民经济和社会发展统计公报》。")).toBe(false);
  });

  test("a chapter heading is read without its pinyin glosses, and 高校 is a school word", () => {
    const text = "九、教育和科学(xué)技术(shù)\n年末共有普通高校103所。\n年末在川国家级重点实验室12个、省部级重点实验室158个。\n全省有中国科学院院士26人。";
    expect(coversOtherFields(text)).toBe(true);
    expect(values(text)).toEqual([103]);
  });
});

describe("general pages told by their titles and field labels (blind set 184)", () => {
  test("a quick report on the economy's indicators of several fields (…国民经济主要指标科技、教育、文化…统计快报)", () => {
    expect(coversOtherFields("某县人民政府\n某县国民经济主要指标科技、教育、文化、卫生健康和旅游业统计快报(2022年3季度)\n全县共有各类学校50所。")).toBe(true);
    expect(coversOtherFields("某县2022年教育统计快报\n全县共有各类学校50所。")).toBe(false);
  });
  test("a district profile that names each field before its year's figures (科学技术 年内,…)", () => {
    const text = "教育 年末,全区各类学校194所,全年招生59486人。\n科学技术 年内,全区输出技术合同成交6519项。\n文化 年末,全区共有公共图书馆34个。";
    expect(coversOtherFields(text)).toBe(true);
    expect(values(text)).toEqual([194, 59486]);
    expect(coversOtherFields("体育 每天锻炼1小时。\n文化 建设校园文化长廊2处。")).toBe(false);
  });
});
