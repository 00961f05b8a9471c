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
];
