/**
 * Interface text of the search feature, in both scripts (Pagefind's own zh-Hant strings fall back
 * to Simplified, so the site writes its own). The two tables have the same keys, each written in its
 * own script (checked by tests/unit/search-i18n.test.ts). Count texts are templates filled with
 * format.ts fillTemplate ({n}, {q}, {shown}), because the browser receives them as data attributes.
 */
import type { Locale } from './locales.ts';

export interface SearchStrings {
  /** Accessible name of the search forms (landmark). */
  formLabel: string;
  /** Label of the header box (visually hidden) and of the search page box. */
  inputLabel: string;
  /** Placeholder of the header box: mentions the `/` shortcut. */
  entryPlaceholder: string;
  pagePlaceholder: string;
  submit: string;
  hint: string;
  sortLabel: string;
  sortRelevance: string;
  sortDate: string;
  anyValue: string;
  undated: string;
  noScript: string;
  noScriptLink: string;
  resultsHeading: string;
  loading: string;
  loadFailed: string;
  /** Status templates. */
  countTemplate: string;
  /** When the query also ran as a phrase: how many results hold it exactly. */
  countPhraseTemplate: string;
  noResultsTemplate: string;
  convertedTemplate: string;
  moreButton: string;
  shownTemplate: string;
  phraseBadge: string;
}

const zhHans: SearchStrings = {
  formLabel: '全文搜索',
  inputLabel: '搜索文献',
  entryPlaceholder: '搜索（按 / 键）',
  pagePlaceholder: '输入关键词，如：网络主权',
  submit: '搜索',
  hint: '可用简体或繁体输入；用引号（"网络主权"）只找完整短语。',
  sortLabel: '排序',
  sortRelevance: '按相关度',
  sortDate: '按日期（新→旧）',
  anyValue: '全部',
  undated: '日期不详',
  noScript: '全文搜索需要启用 JavaScript。您仍可浏览',
  noScriptLink: '文献目录',
  resultsHeading: '搜索结果',
  loading: '正在搜索……',
  loadFailed: '搜索功能加载失败，请稍后重试。',
  countTemplate: '找到 {n} 篇包含“{q}”的文献。',
  countPhraseTemplate: '找到 {n} 篇相关文献，其中 {phrase} 篇包含完整短语“{q}”（排在前面）。',
  noResultsTemplate: '没有找到包含“{q}”的文献。',
  convertedTemplate: '已将“{from}”转为简体“{to}”搜索。',
  moreButton: '显示更多结果',
  shownTemplate: '已显示 {shown} / {n} 篇。',
  phraseBadge: '完整短语',
};

const zhHant: SearchStrings = {
  formLabel: '全文搜尋',
  inputLabel: '搜尋文獻',
  entryPlaceholder: '搜尋（按 / 鍵）',
  pagePlaceholder: '輸入關鍵詞，如：網絡主權',
  submit: '搜尋',
  hint: '可用繁體或簡體輸入；用引號（"網絡主權"）只找完整短語。',
  sortLabel: '排序',
  sortRelevance: '按相關度',
  sortDate: '按日期（新→舊）',
  anyValue: '全部',
  undated: '日期不詳',
  noScript: '全文搜尋需要啟用 JavaScript。您仍可瀏覽',
  noScriptLink: '文獻目錄',
  resultsHeading: '搜尋結果',
  loading: '正在搜尋……',
  loadFailed: '搜尋功能載入失敗，請稍後重試。',
  countTemplate: '找到 {n} 篇包含「{q}」的文獻。',
  countPhraseTemplate: '找到 {n} 篇相關文獻，其中 {phrase} 篇包含完整短語「{q}」（排在前面）。',
  noResultsTemplate: '沒有找到包含「{q}」的文獻。',
  convertedTemplate: '已將「{from}」轉為繁體「{to}」搜尋。',
  moreButton: '顯示更多結果',
  shownTemplate: '已顯示 {shown} / {n} 篇。',
  phraseBadge: '完整短語',
};

export const SEARCH_UI: Record<Locale, SearchStrings> = { 'zh-Hans': zhHans, 'zh-Hant': zhHant };

export function searchUi(locale: Locale): SearchStrings {
  return SEARCH_UI[locale];
}
