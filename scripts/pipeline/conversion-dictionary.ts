/**
 * Project dictionary: reviewed additions to OpenCC's conversion, applied on top of its dictionaries.
 *
 * Each entry pairs a word in Simplified script (`hans`) with the same word in Traditional script (`hant`,
 * Taiwan glyph standard: 為, 說, 裡). By default an entry works both ways: Simplified→Traditional turns
 * `hans` into `hant`, Traditional→Simplified turns `hant` into `hans`; `only` limits it to one direction
 * when the reverse is not meaningful. Entries win over OpenCC's phrases of the same length, obey the same
 * word-boundary rule, and every character they decide is listed for review with `by: 'project'`.
 *
 * Two lists:
 *  - CONVERSION_DICTIONARY: corrections, where OpenCC's output is wrong for every reader (applied to every
 *    configuration, including the OpenCC parity evaluation).
 *  - TAIWAN_WORDS_KEPT: an editorial choice for documents in Taiwan phrasing. OpenCC's Taiwan→mainland
 *    vocabulary table (tw2sp) was built for software terms and also turns general words into narrower
 *    technical ones (合作的核心 → 合作的内核). The site keeps these words; OpenCC's own test cases expect
 *    the rewrite for two of them (核心, 社群), so the list is applied to documents, not to the parity run.
 *
 * What belongs here: a general word OpenCC gets wrong and word boundaries cannot fix; never a name or a
 * sentence from one document (those go in that document's sidecar: `conversion.keep` / `hans` / `hant`).
 * Add a regression case in tests/unit/convert-regressions.data.ts with each entry.
 */
export interface ConversionEntry {
  /** The word in Simplified script. */
  hans: string;
  /** The word in Traditional script, Taiwan glyph standard. */
  hant: string;
  /** Restrict the entry to Simplified→Traditional ('toHant') or Traditional→Simplified ('toHans'). */
  only?: 'toHant' | 'toHans';
  /** The error the entry corrects, for reviewers. */
  note: string;
}

/** Accounts are 帳 in Taiwan's standard (帳戶, 帳號) and 账 in mainland Simplified; 帳 alone is also a
 *  tent (帳篷 → 帐篷), so the pairs are words, not a character rule. OpenCC gives 賬戶 and, back, 帐户. */
const ACCOUNT_WORDS: readonly ConversionEntry[] = [
  ['账户', '帳戶'],
  ['账号', '帳號'],
  ['账目', '帳目'],
  ['账单', '帳單'],
  ['账本', '帳本'],
  ['台账', '臺帳'],
  ['记账', '記帳'],
  ['转账', '轉帳'],
  ['对账', '對帳'],
  ['算账', '算帳'],
].map(([hans, hant]) => ({ hans: hans!, hant: hant!, note: 'account: Taiwan 帳, mainland 账' }));

export const CONVERSION_DICTIONARY: readonly ConversionEntry[] = [...ACCOUNT_WORDS];

export const TAIWAN_WORDS_KEPT: readonly ConversionEntry[] = [
  { hans: '核心', hant: '核心', only: 'toHans', note: 'tw2sp turns 核心 (core) into 内核 (an OS kernel)' },
  { hans: '建立', hant: '建立', only: 'toHans', note: 'tw2sp turns 建立 (establish) into 创建 (create a file)' },
  { hans: '新增', hant: '新增', only: 'toHans', note: 'tw2sp turns 新增 into 添加 (add an item)' },
  { hans: '互动', hant: '互動', only: 'toHans', note: 'tw2sp turns 互動 into 交互 (UI interaction)' },
  { hans: '文件', hant: '文件', only: 'toHans', note: 'tw2sp turns 文件 (a document) into 文档 (a file)' },
  { hans: '智慧', hant: '智慧', only: 'toHans', note: 'tw2sp turns 智慧 (智慧城市, wisdom) into 智能' },
  { hans: '社群', hant: '社群', only: 'toHans', note: 'tw2sp turns 社群 (技术社群) into 社区 (a neighbourhood)' },
  // General and legal words of Taiwan's laws and press releases that tw2sp reads as software terms.
  { hans: '程序', hant: '程序', only: 'toHans', note: 'tw2sp turns 程序 into 進程 (an OS process): 法定程序 is a procedure' },
  { hans: '执行', hant: '執行', only: 'toHans', note: 'tw2sp turns 執行 into 運行 (run a program): 執行法律 is enforcing a law' },
  { hans: '资料', hant: '資料', only: 'toHans', note: 'tw2sp turns 資料 into 數據 (data): 個人資料保護法 names a law, 相關資料 are materials' },
  { hans: '资料来源', hant: '資料來源', only: 'toHans', note: 'tw2sp turns 資料來源 into 數據源 (a data source) for the source a page cites' },
  { hans: '效能', hant: '效能', only: 'toHans', note: 'tw2sp turns 效能 into 性能 (performance of a machine): 行政效能 is efficiency' },
  { hans: '指标', hant: '指標', only: 'toHans', note: 'tw2sp turns 指標 into 指針 (a pointer): 績效指標 are indicators' },
  { hans: '档案', hant: '檔案', only: 'toHans', note: 'tw2sp turns 檔案 into 文件 (a file): 國家檔案 are archives' },
  { hans: '类比', hant: '類比', only: 'toHans', note: 'tw2sp turns 類比 into 模擬 (analog, simulation): 類比 is an analogy' },
  { hans: '序列', hant: '序列', only: 'toHans', note: 'tw2sp turns 序列 into 串行 (serial): 基因序列 is a sequence' },
  { hans: '行程', hant: '行程', only: 'toHans', note: 'tw2sp turns 行程 into 進程 (an OS process): 訪問行程 is an itinerary' },
  { hans: '列举', hant: '列舉', only: 'toHans', note: 'tw2sp turns 列舉 into 枚舉 (an enum): 列舉如下 lists items' },
  { hans: '批次', hant: '批次', only: 'toHans', note: 'tw2sp turns 批次 into 批量 (in bulk): 分批次 is in batches' },
  { hans: '呼叫', hant: '呼叫', only: 'toHans', note: 'tw2sp turns 呼叫 into 調用 (a function call): 呼叫中心 is a call centre' },
  { hans: '开启', hant: '開啟', only: 'toHans', note: 'tw2sp turns 開啟 into 打開 (open a file): 開啟新篇章 opens a chapter' },
  { hans: '宣告', hant: '宣告', only: 'toHans', note: 'tw2sp turns 宣告 into 聲明 (a declaration in code): 宣告無效 is a ruling' },
  { hans: '设定', hant: '設定', only: 'toHans', note: 'tw2sp turns 設定 into 設置 (settings): 設定抵押權 creates a mortgage' },
  { hans: '物件', hant: '物件', only: 'toHans', note: 'tw2sp turns 物件 into 對象 (a programming object): 遺失物件 are items' },
  { hans: '影像', hant: '影像', only: 'toHans', note: 'tw2sp turns 影像 into 圖像 (an image file): 衛星影像 is imagery' },
  { hans: '稽核', hant: '稽核', only: 'toHans', note: 'tw2sp turns 稽核 into 審覈 (review): 稽核 is an audit' },
  { hans: '整合', hant: '整合', only: 'toHans', note: 'tw2sp turns 整合 into 集成 (system integration): 整合資源 is pooling resources' },
  { hans: '复制', hant: '複製', only: 'toHans', note: 'tw2sp turns 複製 into 拷貝 (copy a file): 不得複製 forbids reproduction' },
  { hans: '储存', hant: '儲存', only: 'toHans', note: 'tw2sp turns 儲存 into 保存 (save a file): 儲存設備 is storage' },
  { hans: '查询', hant: '查詢', only: 'toHans', note: 'tw2sp turns 查詢 into 查找 (search a file): 查詢系統 is an inquiry service' },
  { hans: '检视', hant: '檢視', only: 'toHans', note: 'tw2sp turns 檢視 into 查看 (view a file): 檢視法規 is reviewing the rules' },
  { hans: '重新整理', hant: '重新整理', only: 'toHans', note: 'tw2sp turns 重新整理 into 刷新 (reload a page): 重新整理出版 is re-editing' },
  { hans: '载入', hant: '載入', only: 'toHans', note: 'tw2sp turns 載入 into 加載 (load a program): 載入史冊 is entering the records' },
];
