/**
 * Query conversion from corpus-derived data: the tables are built from aligned text pairs written
 * for these tests (in the style of the corpus), then queries are converted the way the search page
 * does it — table, then the context rules of the query's characters.
 */
import { describe, expect, it } from 'vitest';
import { compileScriptMap, conversionNeed, convertQuery, missingRules, type ScriptMap } from '../../src/lib/search-convert.ts';
import { buildConversionData, type BlockPair, type DirectionData } from '../../src/lib/search-map.ts';

/** Aligned blocks, character for character (except the 網際網路 paragraph, as a Taiwan-phrased source gives). */
const CORPUS: BlockPair[] = [
  { hans: '推动经济发展与网络发展并重，发表评论并发布消息。', hant: '推動經濟發展與網絡發展並重，發表評論並發佈消息。' },
  { hans: '他把头发剪短了，理发店就在后面。', hant: '他把頭髮剪短了，理髮店就在後面。' },
  { hans: '干部要干净做事，干活要认真，若干问题仍待解决。', hant: '幹部要乾淨做事，幹活要認真，若干問題仍待解決。' },
  { hans: '皇后住在宫里，此后再未出宫。', hant: '皇后住在宮裡，此後再未出宮。' },
  { hans: '各方面都要吃饱，面条和面包都有。', hant: '各方面都要吃飽，麵條和麵包都有。' },
  { hans: '这里离城里有十公里。', hant: '這裡離城裡有十公里。' },
  { hans: '维护网络安全，保障网络主权。', hant: '維護網絡安全，保障網絡主權。' },
  { hans: '互联网发展迅速，互联网企业众多。', hant: '互聯網發展迅速，互聯網企業眾多。' },
  { hans: '中国国家网信办公室主任发布通知。', hant: '中國國家網信辦公室主任發布通知。' },
  { hans: '国家互联网信息办公室发布通知。', hant: '國家網際網路信息辦公室發布通知。' },
];

const data = buildConversionData(CORPUS);

/** What the page does: compile the table, then add the rules the query needs. */
function converter(direction: DirectionData): (query: string) => string {
  const map: ScriptMap = compileScriptMap(direction.table);
  return (query) => {
    for (const c of missingRules(query, map)) map.rules.set(c, direction.rules.get(c)!);
    return convertQuery(query, map);
  };
}

const toHant = converter(data.hansToHant);
const toHans = converter(data.hantToHans);

describe('Simplified query on the 繁體 site', () => {
  it('converts unambiguous characters', () => {
    expect(toHant('网络安全')).toBe('網絡安全');
    expect(toHant('网络主权')).toBe('網絡主權');
    expect(toHant('经济发展')).toBe('經濟發展');
  });

  it('picks 發 or 髮 by the neighbouring character', () => {
    expect(toHant('发展')).toBe('發展');
    expect(toHant('发表')).toBe('發表');
    expect(toHant('头发')).toBe('頭髮');
    expect(toHant('理发店')).toBe('理髮店');
  });

  it('picks 幹, 乾 or 干 by context', () => {
    expect(toHant('干部')).toBe('幹部');
    expect(toHant('干活')).toBe('幹活');
    expect(toHant('干净')).toBe('乾淨');
    expect(toHant('若干问题')).toBe('若干問題');
  });

  it('keeps 后 in 皇后 and writes 後 elsewhere', () => {
    expect(toHant('皇后')).toBe('皇后');
    expect(toHant('后面')).toBe('後面');
    expect(toHant('此后')).toBe('此後');
  });

  it('writes 麵 only for noodles and bread', () => {
    expect(toHant('方面')).toBe('方面');
    expect(toHant('面条')).toBe('麵條');
    expect(toHant('面包')).toBe('麵包');
  });

  it('writes 裡 for "inside" and keeps 里 in 公里', () => {
    expect(toHant('这里')).toBe('這裡');
    expect(toHant('城里')).toBe('城裡');
    expect(toHant('十公里')).toBe('十公里');
  });

  it('keeps characters it has no data for (Latin, digits, characters the corpus never aligned)', () => {
    expect(toHant('ICANN 2015年')).toBe('ICANN 2015年');
    expect(toHant('中国')).toBe('中國');
    expect(toHant('体育')).toBe('体育');
  });

  it('does not turn 互联网 into the Taiwan word, because the corpus usually writes 互聯網', () => {
    expect(toHant('互联网')).toBe('互聯網');
  });
});

describe('Traditional query on the 简体 site', () => {
  it('converts to the Simplified text of the corpus', () => {
    expect(toHans('網絡安全')).toBe('网络安全');
    expect(toHans('頭髮')).toBe('头发');
    expect(toHans('乾淨')).toBe('干净');
    expect(toHans('後面')).toBe('后面');
    expect(toHans('麵條')).toBe('面条');
  });

  it('maps a Taiwan word of different length through the phrase table', () => {
    expect(data.hantToHans.table.phrases).toEqual({ 網際網路: '互联网' });
    expect(toHans('網際網路信息')).toBe('互联网信息');
  });
});

describe('conversionNeed', () => {
  const onHant = data.triggers['zh-Hant'];
  const onHans = data.triggers['zh-Hans'];

  it('converts a query holding a character only the other script uses', () => {
    expect(conversionNeed('网络安全', onHant)).toBe('convert');
    expect(conversionNeed('網絡安全', onHans)).toBe('convert');
  });

  it('leaves a query in the page script alone', () => {
    expect(conversionNeed('網絡安全', onHant)).toBe('none');
    expect(conversionNeed('网络安全', onHans)).toBe('none');
    expect(conversionNeed('ICANN', onHans)).toBe('none');
  });

  it('searches both forms when the only clue is a character both scripts use (干 is also Traditional: 若干)', () => {
    expect(onHant.shared).toContain('干');
    expect(conversionNeed('干部', onHant)).toBe('both');
  });
});

describe('context rules are fetched per character', () => {
  it('lists only the ambiguous characters of a query that are not loaded yet', () => {
    const map = compileScriptMap(data.hansToHant.table);
    expect(missingRules('网络安全', map)).toEqual([]);
    expect(missingRules('头发发展', map)).toEqual(['发']);
    map.rules.set('发', data.hansToHant.rules.get('发')!);
    expect(missingRules('头发', map)).toEqual([]);
  });

  it('falls back to the usual counterpart while a character has no rules loaded', () => {
    const map = compileScriptMap(data.hansToHant.table);
    expect(convertQuery('头发', map)).toBe('頭發');
  });
});
