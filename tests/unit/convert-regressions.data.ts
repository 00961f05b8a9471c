/**
 * Regression cases for conversion: word-boundary errors of dictionary longest match, one-to-many
 * characters, names, and Taiwan vocabulary. Each case is correct in both directions:
 * toHant(hans) === hant and toHans(hant, variant) === hans. Sentences written for this suite (news and
 * policy style); the first three are the cases reported in OpenCC issue #1497.
 * Shared by tests/unit/convert-regressions.test.ts and scripts/eval-conversion.ts.
 */
import type { Variant } from '../../scripts/pipeline/types.ts';

export interface RegressionCase {
  hans: string;
  /** Traditional, Taiwan glyph standard. */
  hant: string;
  /** Regional usage the Traditional side is read as (default 'cn': Traditional in mainland vocabulary). */
  variant?: Variant;
  /** What can go wrong. */
  trap: string;
}

export const REGRESSION_CASES: readonly RegressionCase[] = [
  // Phrases crossing a word boundary (OpenCC matches 被发, 了如, 参与制, 对表 …).
  { hans: '它被发明出来以后', hant: '它被發明出來以後', trap: '被发→被髮 across 被|发明' },
  { hans: '这篇论文展示了如何使用该模型', hant: '這篇論文展示了如何使用該模型', trap: '了如→瞭如 across 了|如何' },
  { hans: '参与制造的工人', hant: '參與製造的工人', trap: '参与制→參與制 across 参与|制造' },
  { hans: '鼓励民营企业参与制造和研发', hant: '鼓勵民營企業參與製造和研發', trap: '参与制 across 参与|制造' },
  { hans: '文物被发掘出来', hant: '文物被發掘出來', trap: '被发 across 被|发掘' },
  { hans: '邮件被发送到邮箱', hant: '郵件被發送到郵箱', trap: '被发 across 被|发送' },
  { hans: '数据被发往境外', hant: '數據被發往境外', trap: '被发 across 被|发往' },
  { hans: '作品在首次出版后未被发行', hant: '作品在首次出版後未被發行', trap: '被发 across 被|发行' },
  { hans: '对表演者的权利给予保护', hant: '對表演者的權利給予保護', trap: '对表→對錶 across 对|表演' },
  { hans: '他们对表情包很感兴趣', hant: '他們對表情包很感興趣', trap: '对表→對錶 across 对|表情' },
  { hans: '向用户提供了解码工具', hant: '向用戶提供了解碼工具', trap: '了解→瞭解 across 了|解码' },
  { hans: '未经许可不得进行复制', hant: '未經許可不得進行複製', trap: '行复→行復 across 进行|复制' },
  { hans: '对账目进行复查', hant: '對帳目進行複查', trap: '行复→行復 across 进行|复查' },
  { hans: '企业上云可选择公有云或私有云', hant: '企業上雲可選擇公有雲或私有雲', trap: '有云 ("it is said") across 公有|云' },
  { hans: '欢迎外国企业在华发展', hant: '歡迎外國企業在華發展', trap: '华发→華髮 across 华|发展' },
  { hans: '两家公司联合制造芯片', hant: '兩家公司聯合製造芯片', trap: '联合制→聯合制 across 联合|制造' },
  { hans: '在这一框架下采取措施', hant: '在這一框架下採取措施', trap: '下采 (harvest) across 框架下|采取' },
  { hans: '公布了如下名单', hant: '公佈了如下名單', trap: '了如→瞭如 across 了|如下' },
  { hans: '报告表现出了如何应对', hant: '報告表現出了如何應對', trap: '了如→瞭如 across 了|如何' },
  { hans: '他在会上发表了如下讲话', hant: '他在會上發表了如下講話', trap: '了如→瞭如 across 了|如下' },
  { hans: '该系统被发布到网上', hant: '該系統被發佈到網上', trap: '被发→被髮 across 被|发布' },
  { hans: '开发了如何识别虚假信息的工具', hant: '開發了如何識別虛假信息的工具', trap: '了如→瞭如 across 了|如何' },
  // Names and transliterations keep their characters; ordinary words around them still convert.
  { hans: '记者于明报道', hant: '記者于明報道', trap: 'surname 于 (not 於)' },
  { hans: '于明表示将继续推进改革', hant: '于明表示將繼續推進改革', trap: 'surname 于 at the start' },
  { hans: '网飞创始人里德·哈斯廷斯表示', hant: '網飛創始人里德·哈斯廷斯表示', trap: 'transliterated 里 (not 裡)' },
  { hans: '范明主持了会议', hant: '范明主持了會議', trap: 'surname 范 (not 範)' },
  { hans: '新规将于明年实施', hant: '新規將於明年實施', trap: '于明 here is 于 + 明年, no name' },
  { hans: '于是会议决定延期', hant: '於是會議決定延期', trap: '于是 is 於是' },
  { hans: '设立云上展厅', hant: '設立雲上展廳', trap: '云上 is "on the cloud", no surname' },
  // One-to-many characters decided by their word.
  { hans: '干部要保持干净', hant: '幹部要保持乾淨', trap: '干 → 幹 / 乾' },
  { hans: '不得干预他国内政', hant: '不得干預他國內政', trap: '干 stays in 干预' },
  { hans: '他的头发白了', hant: '他的頭髮白了', trap: '发 → 髮 in 头发' },
  { hans: '皇后和太后都出席了', hant: '皇后和太后都出席了', trap: '后 stays in 皇后, 太后' },
  { hans: '会议之后发布公告', hant: '會議之後發佈公告', trap: '后 → 後, 发 → 發' },
  { hans: '一只猫只有一只眼睛', hant: '一隻貓只有一隻眼睛', trap: '只 → 隻 / 只' },
  { hans: '山谷里的谷物', hant: '山谷裡的穀物', trap: '谷 → 谷 / 穀, 里 → 裡' },
  { hans: '放松警惕的松树', hant: '放鬆警惕的松樹', trap: '松 → 鬆 / 松' },
  { hans: '复杂的恢复工作', hant: '複雜的恢復工作', trap: '复 → 複 / 復' },
  { hans: '征求意见与征服自然', hant: '徵求意見與征服自然', trap: '征 → 徵 / 征' },
  { hans: '多余的余额', hant: '多餘的餘額', trap: '余 → 餘' },
  { hans: '签署协议并贴上标签', hant: '簽署協議並貼上標籤', trap: '签 → 簽 / 籤' },
  { hans: '老板调整了业务板块', hant: '老闆調整了業務板塊', trap: '板 → 闆 / 板' },
  { hans: '千里之外的台风', hant: '千里之外的颱風', trap: '里 stays, 台 → 颱' },
  // Project dictionary corrections.
  { hans: '请核对银行账户和账号', hant: '請核對銀行帳戶和帳號', trap: 'Taiwan 帳戶/帳號, mainland 账户 (not 賬戶, 帐户)' },
  { hans: '建立转账台账', hant: '建立轉帳臺帳', trap: 'Taiwan 轉帳, mainland 转账' },
  // Taiwan text keeps its words: OpenCC's vocabulary table (tw2sp), built for software, would rewrite them.
  { hans: '核心价值观', hant: '核心價值觀', variant: 'tw', trap: 'tw2sp: 核心 → 内核' },
  { hans: '建立健全机制', hant: '建立健全機制', variant: 'tw', trap: 'tw2sp: 建立 → 创建' },
  { hans: '新增三项功能', hant: '新增三項功能', variant: 'tw', trap: 'tw2sp: 新增 → 添加' },
  { hans: '加强互动交流', hant: '加強互動交流', variant: 'tw', trap: 'tw2sp: 互動 → 交互' },
  { hans: '印发重要文件', hant: '印發重要文件', variant: 'tw', trap: 'tw2sp: 文件 → 文档' },
  { hans: '推进智慧城市建设', hant: '推進智慧城市建設', variant: 'tw', trap: 'tw2sp: 智慧 → 智能' },
  { hans: '方程式赛车', hant: '方程式賽車', variant: 'tw', trap: '程式 → 程序 inside 方程式' },
  { hans: '依照法定程序审查', hant: '依照法定程序審查', variant: 'tw', trap: 'tw2sp: 程序 → 進程' },
  { hans: '负责执行相关规定', hant: '負責執行相關規定', variant: 'tw', trap: 'tw2sp: 執行 → 運行' },
  { hans: '修正个人资料保护法', hant: '修正個人資料保護法', variant: 'tw', trap: 'tw2sp: 資料 → 數據' },
  { hans: '资料来源：行政院', hant: '資料來源：行政院', variant: 'tw', trap: 'tw2sp: 資料來源 → 數據源' },
  { hans: '提升行政效能', hant: '提升行政效能', variant: 'tw', trap: 'tw2sp: 效能 → 性能' },
  { hans: '订定绩效指标', hant: '訂定績效指標', variant: 'tw', trap: 'tw2sp: 指標 → 指針' },
  { hans: '国家档案管理局', hant: '國家檔案管理局', variant: 'tw', trap: 'tw2sp: 檔案 → 文件' },
  { hans: '以此类比', hant: '以此類比', variant: 'tw', trap: 'tw2sp: 類比 → 模擬' },
  { hans: '分析基因序列', hant: '分析基因序列', variant: 'tw', trap: 'tw2sp: 序列 → 串行' },
  { hans: '公布访问行程', hant: '公佈訪問行程', variant: 'tw', trap: 'tw2sp: 行程 → 進程' },
  { hans: '事项列举如下', hant: '事項列舉如下', variant: 'tw', trap: 'tw2sp: 列舉 → 枚舉' },
  { hans: '分批次实施', hant: '分批次實施', variant: 'tw', trap: 'tw2sp: 批次 → 批量' },
  { hans: '设立呼叫中心', hant: '設立呼叫中心', variant: 'tw', trap: 'tw2sp: 呼叫 → 調用' },
  { hans: '开启合作新篇章', hant: '開啟合作新篇章', variant: 'tw', trap: 'tw2sp: 開啟 → 打開' },
  { hans: '法院宣告无效', hant: '法院宣告無效', variant: 'tw', trap: 'tw2sp: 宣告 → 聲明' },
  { hans: '设定抵押权', hant: '設定抵押權', variant: 'tw', trap: 'tw2sp: 設定 → 設置' },
  { hans: '归还遗失物件', hant: '歸還遺失物件', variant: 'tw', trap: 'tw2sp: 物件 → 對象' },
  { hans: '卫星影像显示', hant: '衛星影像顯示', variant: 'tw', trap: 'tw2sp: 影像 → 圖像' },
  { hans: '提交稽核报告', hant: '提交稽核報告', variant: 'tw', trap: 'tw2sp: 稽核 → 審覈' },
  { hans: '整合政府资源', hant: '整合政府資源', variant: 'tw', trap: 'tw2sp: 整合 → 集成' },
  { hans: '不得复制或散布', hant: '不得複製或散佈', variant: 'tw', trap: 'tw2sp: 複製 → 拷貝' },
  { hans: '采购储存设备', hant: '採購儲存設備', variant: 'tw', trap: 'tw2sp: 儲存 → 保存' },
  { hans: '建置查询系统', hant: '建置查詢系統', variant: 'tw', trap: 'tw2sp: 查詢 → 查找' },
  { hans: '全面检视相关法规', hant: '全面檢視相關法規', variant: 'tw', trap: 'tw2sp: 檢視 → 查看' },
  { hans: '重新整理后出版', hant: '重新整理後出版', variant: 'tw', trap: 'tw2sp: 重新整理 → 刷新' },
  { hans: '载入史册', hant: '載入史冊', variant: 'tw', trap: 'tw2sp: 載入 → 加載' },
  // Hong Kong text that writes the particle 着 as Taiwan does (hk2s keeps 著).
  { hans: '相信随着立法工作的推进', hant: '相信隨著立法工作的推進', variant: 'hk', trap: 'hk2s gives 随著' },
  { hans: '著名学者意味着', hant: '著名學者意味著', variant: 'hk', trap: 'hk2s keeps 意味著; 著名 stays 著' },
];
