import { Converter } from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { pageTitle, removalLabel, UI, type UiStrings } from '../../src/lib/i18n.ts';

/** Every string a table produces, calling functions with sample arguments. */
function allTexts(strings: UiStrings): string[] {
  const out: string[] = [];
  const visit = (value: unknown) => {
    if (typeof value === 'string') out.push(value);
    else if (typeof value === 'function') out.push(String((value as (...a: unknown[]) => unknown)(3, 7)));
    else if (value && typeof value === 'object') Object.values(value).forEach(visit);
  };
  visit(strings);
  return out;
}

function shape(value: unknown): unknown {
  if (typeof value === 'function') return `function/${value.length}`;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shape(v)]).sort());
  return typeof value;
}

describe('interface strings', () => {
  it('have the same keys, nested keys and function arities in both scripts', () => {
    expect(shape(UI['zh-Hant'])).toEqual(shape(UI['zh-Hans']));
  });

  it('are never empty', () => {
    for (const locale of ['zh-Hans', 'zh-Hant'] as const) {
      for (const text of allTexts(UI[locale])) expect(text.trim()).not.toBe('');
    }
  });

  it('are written in Simplified on 简体 pages (OpenCC finds nothing Traditional to convert)', () => {
    const toSimplified = Converter({ from: 't', to: 'cn' });
    for (const text of allTexts(UI['zh-Hans'])) expect(toSimplified(text)).toBe(text);
  });

  it('are written in Traditional on 繁體 pages (OpenCC finds nothing Simplified to convert)', () => {
    const toTraditional = Converter({ from: 'cn', to: 't' });
    for (const text of allTexts(UI['zh-Hant'])) expect(toTraditional(text)).toBe(text);
  });

  it('differ between the scripts where the script matters', () => {
    expect(UI['zh-Hans'].indexTitle).not.toBe(UI['zh-Hant'].indexTitle);
    expect(UI['zh-Hans'].navSearch).toBe('搜索');
    expect(UI['zh-Hant'].navSearch).toBe('搜尋');
  });

  it('name each script in that script (the toggle shows the target script by its own name)', () => {
    expect(UI['zh-Hans'].scriptName['zh-Hans']).toBe('简体');
    expect(UI['zh-Hant'].scriptName['zh-Hant']).toBe('繁體');
  });

  it('label known removal codes and have no label for unknown ones', () => {
    expect(removalLabel('zh-Hans', 'nav')).toBe('导航菜单');
    expect(removalLabel('zh-Hant', 'nav')).toBe('導覽選單');
    expect(removalLabel('zh-Hans', 'some-new-code')).toBeUndefined();
    expect(removalLabel('zh-Hans', 'toString')).toBeUndefined();
  });

  it('build <title> with the page title first and an English site name', () => {
    expect(pageTitle('zh-Hant', '某文獻')).toBe('某文獻 | 網絡空間治理政策文獻 · Cyberspace Policy Reader');
    expect(pageTitle('zh-Hans')).toBe('网络空间治理政策文献 · Cyberspace Policy Reader');
  });
});
