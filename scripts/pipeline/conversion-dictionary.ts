/**
 * Project dictionary: reviewed additions to OpenCC's conversion, applied on top of its dictionaries.
 *
 * Each entry pairs a word in Simplified script (`hans`) with the same word in Traditional script (`hant`,
 * Taiwan glyph standard: 為, 說, 裡). By default an entry works both ways: Simplified→Traditional turns
 * `hans` into `hant`, Traditional→Simplified turns `hant` into `hans`; `only` limits it to one direction
 * when the reverse is not meaningful. Entries win over OpenCC's phrases of the same length, obey the same
 * word-boundary rule, and every character they decide is listed for review with `by: 'project'`.
 *
 * CONVERSION_DICTIONARY holds corrections, where OpenCC's output is wrong for every reader (applied to every
 * configuration, including the OpenCC parity evaluation). The site converts script, not vocabulary (see
 * hansConfig in convert-core.ts), so regional words need no entries here.
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
