/**
 * Characters that real Chinese text is made of, used by decode to tell a correct decoding from
 * mojibake (GBK bytes read as Big5 or the reverse both decode "validly" into rare characters).
 *
 * COMMON_HANZI: the 500 most frequent Simplified characters of running text (written for this
 * project from general frequency knowledge), followed by the Traditional forms of those that differ
 * (derived once with opencc-js, cn → t and cn → tw). In real text they cover well over half of the
 * characters; in mojibake they turn up only by chance.
 */

const COMMON_SIMPLIFIED =
  '的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后作' +
  '里用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本前开但因只从想' +
  '实日军者意无力它与长把机十民第公此已工使情明性知全三又关点正业外将两高间由问很最重并物手应战向头文体' +
  '政美相见被利什二等产或新己制身果加西斯月话合回特代内信表化老给世位次度门任常先海通教儿原东声提立及比' +
  '员解水名真论处走义各入几口认条平系气题活尔更别打女变四神总何电数安少报才结反受目太量再感建务做接必场' +
  '件计管期市直德资命山金指克许统区保至队形社便空决治展马科司五基眼书非则听白却界达光放强即像难且权思王' +
  '象完设式色路记南品住告类求据程北边死张该交规万取拉格望觉术领共确传师观清今切院让识候带导争运笑飞风步' +
  '改收根干造言联持组每济车亲极林服快办议往元英士证近失转夫令准布始怎呢存未远叫台单影具罗字爱击流备兵连' +
  '调深商算质团集百需价花党华城石级整府离况亚请技际约示复病息究线似官火断精满支视消越器容照须九增研写称' +
  '企八功吗包片史委乎查轻易早曾除农找装广显吧阿李标谈吃图念六引历首医局突专费号尽另周较注语仅考落青随选列';

const COMMON_TRADITIONAL_FORMS =
  '這個們來爲為國說時會對於著過發後裏裡種經麼學現當沒動還進樣開從實軍無與長機關點業將兩間問並應戰頭體見' +
  '產話內給門兒東聲員論處義幾認條氣題爾別變總電數報結務場計資許統區隊決馬書則聽卻達強難權設記類據邊張該' +
  '規萬覺術領確傳師觀讓識帶導爭運飛風幹聯組濟車親極辦議證轉準遠臺單羅愛擊備連調質團價黨華級離況亞請際約' +
  '復線斷滿視須寫稱嗎輕農裝廣顯標談喫圖歷醫專費號盡較語僅隨選';

/** Full-width and CJK punctuation that Chinese prose uses constantly. */
const CJK_PUNCTUATION = '，。、；：？！“”‘’（）《》〈〉「」『』【】…—·';

export const COMMON_HANZI: ReadonlySet<string> = new Set([...COMMON_SIMPLIFIED, ...COMMON_TRADITIONAL_FORMS]);

export const COMMON_CJK_PUNCTUATION: ReadonlySet<string> = new Set([...CJK_PUNCTUATION]);
