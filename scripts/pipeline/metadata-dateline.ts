/**
 * Datelines for the metadata stage: the agency and reporters a news text names in its first words
 * (`新华社北京5月11日电（记者王五、赵六）`, `（中央社記者王小明台北12日電）`, `〔記者李欣芳／台北報導〕`,
 * `【大公報訊】記者黎慧怡報道：`, `【財訊快報/陳孟朔】`). Pure functions over one paragraph's text; the text
 * keeps its dateline.
 */

/** A wire dateline naming its reporters: `新华社北京5月11日电（记者王五、赵六）`, `本报讯（记者 李四）`. */
const DATELINE_REPORTERS = /^.{0,30}?(?:电|電|讯|訊)\s*[（(]\s*(?:记者|記者)\s*([\p{Script=Han}、\s]{2,20}?)\s*[）)]/u;

/** Cities in the datelines of Taiwan's agencies: Taiwan's cities and counties, and the usual posts abroad. */
export const DATELINE_CITIES: readonly string[] = [
  '台北', '臺北', '新北', '桃園', '新竹', '苗栗', '台中', '臺中', '彰化', '南投', '雲林', '嘉義', '台南', '臺南', '高雄',
  '屏東', '宜蘭', '花蓮', '台東', '臺東', '基隆', '澎湖', '金門', '馬祖', '華盛頓', '紐約', '洛杉磯', '舊金山', '東京',
  '首爾', '北京', '上海', '香港', '新加坡', '倫敦', '巴黎', '柏林', '布魯塞爾', '日內瓦', '莫斯科', '雪梨', '曼谷',
];

/**
 * Taiwan agencies put the reporters before the place, in brackets: `（中央社記者王小明、李大華台北12日電）`. The
 * name runs straight into the place, so only a known dateline city tells where the name ends.
 */
const REPORTERS_BEFORE_PLACE = new RegExp(
  String.raw`^[（(]\s*\p{Script=Han}{1,6}?(?:记者|記者)\s*([\p{Script=Han}、]{2,20}?)(?:${DATELINE_CITIES.join('|')})\s*(?:\d{4}\s*年\s*)?(?:\d{1,2}\s*月\s*)?\d{1,2}\s*日\s*(?:电|電)\s*[）)]`,
  'u',
);

/** Taiwan papers open the text with the reporter and the place in brackets: `〔記者李欣芳／台北報導〕中國駭客…`, some
 *  with the paper's name first (`〔自由時報記者項程鎮/台北報導〕`: the paper is the source). */
const BRACKETED_REPORTER =
  /^\s*[〔【\[]\s*(?<desk>\p{Script=Han}{2,8}?(?:报|報|社|网|網|台))?\s*(?:记者|記者)\s*(?<names>[\p{Script=Han}、\s]{2,20}?)\s*[／/]\s*\p{Script=Han}{2,6}?(?:即时|即時)?(?:报道|報導|报导)\s*[〕】\]]/u;

/** Hong Kong papers open the text with their desk, then the reporter: `【大公報訊】記者黎慧怡報道：…`. */
const DESK_REPORTER = /^\s*【\s*\p{Script=Han}{2,8}?\s*(?:报道|報道|報導|讯|訊)\s*】\s*(?:记者|記者)\s*(\p{Script=Han}{2,4}(?:[、\s]+\p{Script=Han}{2,4}){0,3}?)\s*(?:报道|報道|報導|报导)\s*[:：]/u;

/** Taiwan's financial wires put desk and reporter in one bracket: `【財訊快報/陳孟朔】經濟部…` (the desk is the source). */
const DESK_SLASH_REPORTER = /^\s*【\s*(\p{Script=Han}{2,8}?)\s*[/／]\s*(\p{Script=Han}{2,4}(?:[、\s]+\p{Script=Han}{2,4}){0,3})\s*】/u;

export interface DatelineReporters {
  names: string[];
  /** The desk that a `【desk/name】` tag names with them. */
  desk?: string;
}

/** The reporters a paragraph's dateline names, or undefined. */
export function datelineReporters(text: string): DatelineReporters | undefined {
  const slash = DESK_SLASH_REPORTER.exec(text);
  const bracketed = BRACKETED_REPORTER.exec(text);
  const match = DATELINE_REPORTERS.exec(text) ?? REPORTERS_BEFORE_PLACE.exec(text) ?? DESK_REPORTER.exec(text);
  const names = (slash?.[2] ?? bracketed?.groups?.names ?? match?.[1])?.split(/[、\s]+/u).filter((n) => n.length >= 2 && n.length <= 4);
  if (!names || names.length === 0) return undefined;
  const desk = slash?.[1] ?? bracketed?.groups?.desk;
  return desk ? { names, desk } : { names };
}

/** A wire dateline opening the text (`新华社北京9月11日电`, `（中央社記者王小明台北7日電）`, `中评社北京11月7日电`):
 *  the agency, a place or the reporters, the day, then 电/電/讯/訊. */
const DATELINE_AGENCY =
  /^\s*[（(]?\s*(\p{Script=Han}{1,6}?(?:社|网|網|报|報|台))((?:客户端|客戶端)?)\p{Script=Han}{0,10}?\s*(?:\d{1,2}\s*月\s*)?\d{1,2}\s*日\s*(?:电|電|讯|訊)/u;
/** Hong Kong and Macau outlets open the text with their name in brackets: `【點新聞報道】`, `【大公報訊】`. */
const BRACKETED_DESK = /^\s*【\s*(\p{Script=Han}{2,8}?)()\s*(?:报道|報道|報導|报导|讯|訊|消息)\s*】/u;
/** A paper's own desk (`本报`, `本台`) names no agency. */
const OWN_DESK = /^(?:本|我)(?:报|報|台|网|網|社)$/u;

/** The paragraph opens with a dateline: the agency it names (undefined for a paper's own desk), or undefined
 *  when it opens with none. */
export function datelineAgency(text: string): { agency?: string } | undefined {
  const match = DATELINE_AGENCY.exec(text) ?? BRACKETED_DESK.exec(text);
  if (!match) return undefined;
  return OWN_DESK.test(match[1]!) ? {} : { agency: match[1]! + match[2]! };
}

/** A wire dateline on a line of its own under the headline, as portals print an agency's story
 *  (`中央社／ 台北11日電`, `新华社北京5月11日电`): the agency is the source. Unlike DATELINE_AGENCY it fills the
 *  line, and allows the slash a portal prints after the agency. */
const DATELINE_ONLY = /^\s*(\p{Script=Han}{2,8}?(?:社|网|網|报|報|台))\s*[／/]?\s*\p{Script=Han}{2,6}\s*(?:\d{1,2}\s*月\s*)?\d{1,2}\s*日\s*(?:电|電)\s*$/u;

/** The agency of a dateline standing alone on its line, or undefined. */
export function datelineOnly(text: string): string | undefined {
  return DATELINE_ONLY.exec(text)?.[1];
}
