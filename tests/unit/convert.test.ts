import { describe, expect, it } from 'vitest';
import * as OpenCC from 'opencc-js';
import fc from 'fast-check';
import { convert, convertWith, detectScript, detectVariant, toHans, toHant } from '../../scripts/pipeline/convert.ts';
import * as core from '../../scripts/pipeline/convert-core.ts';
import { SIMPLIFIED_AMBIGUOUS } from '../../scripts/pipeline/convert-dicts.ts';
import { jiebaTokenizer } from '../../scripts/pipeline/convert-jieba.ts';
import type { DocMetadata, SidecarDoc, StructuredDoc } from '../../scripts/pipeline/types.ts';

function doc(paragraphs: string[], meta: DocMetadata = {}): StructuredDoc {
  return { file: 'x.txt', index: 0, meta, blocks: paragraphs.map((text) => ({ type: 'paragraph', text })), removed: [] };
}

const hans = (d: ReturnType<typeof convert>) => d.hans.blocks.map((b) => b.text).join('\n');
const hant = (d: ReturnType<typeof convert>) => d.hant.blocks.map((b) => b.text).join('\n');

describe('script and variant detection', () => {
  it('tells Simplified from Traditional by the characters only one of them uses', () => {
    expect(detectScript('国家互联网信息办公室发布了新规定。')).toBe('zh-Hans');
    expect(detectScript('國家互聯網信息辦公室發佈了新規定。')).toBe('zh-Hant');
    expect(detectScript('2024 — IPv6')).toBe('zh-Hans');
  });

  it('reads Traditional text as Taiwan, Hong Kong or mainland usage', () => {
    expect(detectVariant('政府將加強網路安全與資訊保護，推動軟體產業，確保網際網路穩定。')).toBe('tw');
    expect(detectVariant('有關部門説，新綫路明日通車，衞生署亦有説明。')).toBe('hk');
    expect(detectVariant('加強網絡安全，推動信息技術和互聯網發展。')).toBe('cn');
    expect(detectVariant('加强网络安全')).toBe('cn');
  });

  it('lets one regional mark settle a text with too few regional words', () => {
    // One Taiwan word (網路) is no evidence on its own; the Minguo-style `今（12）日` or a 民國 date is.
    const twText = '數位發展部今（12）日宣布推動中小企業資安健檢計畫，協助企業強化網路安全防護。';
    expect(detectVariant(twText.replace('今（12）日', '今天'))).toBe('cn');
    expect(detectVariant(twText)).toBe('tw');
    expect(detectVariant('本辦法自民國113年1月1日施行，主管機關應加強網路安全。')).toBe('tw');
    // A Hong Kong release without 説 or 綫 still reads with Hong Kong glyphs: 衞 becomes 卫, not 衞.
    const hkText = '政府發言人今日（五月十二日）表示，特區政府一直重視網絡安全，衞生署亦會配合。';
    expect(detectVariant(hkText)).toBe('hk');
    expect(hans(convert(doc([hkText])))).toContain('卫生署');
    // A mainland text in Traditional characters, and a classical poem, have no marks: generic.
    expect(detectVariant('加強網絡安全，推動信息技術和互聯網發展，臺灣同胞共享發展機遇。')).toBe('cn');
    expect(detectVariant('床前明月光，疑是地上霜。舉頭望明月，低頭思故鄉。')).toBe('cn');
  });
});

describe('convert stage', () => {
  it('converts Simplified to Taiwan-standard glyphs without rewriting vocabulary', () => {
    const d = convert(doc(['我们为此说明了软件启动和网络信息的流程。']));
    expect(d.original).toBe('zh-Hans');
    expect(d.variant).toBe('cn');
    expect(hans(d)).toBe('我们为此说明了软件启动和网络信息的流程。');
    expect(hant(d)).toBe('我們為此說明了軟件啟動和網絡信息的流程。');
  });

  it('converts Taiwan text to Simplified script with its own words, and keeps the Traditional text as written', () => {
    const text = '政府將加強網路安全與資訊保護，推動軟體產業發展，確保網際網路服務穩定。';
    const d = convert(doc([text]));
    expect(d.original).toBe('zh-Hant');
    expect(d.variant).toBe('tw');
    expect(hant(d)).toBe(text);
    expect(hans(d)).toBe('政府将加强网路安全与资讯保护，推动软体产业发展，确保网际网路服务稳定。');
  });

  it("keeps Taiwan's names and general words that OpenCC's vocabulary table would rewrite", () => {
    const d = convert(doc(['數位發展部依法定程序執行《個人資料保護法》，網路與資訊安全是雙方合作的核心。']));
    expect(d.variant).toBe('tw');
    expect(hans(d)).toBe('数位发展部依法定程序执行《个人资料保护法》，网路与资讯安全是双方合作的核心。');
  });

  it('converts Traditional in mainland vocabulary without vocabulary changes, Taiwan glyphs included', () => {
    const d = convert(doc(['這標誌著網絡空間治理進入新階段，信息技術和互聯網發展迅速。']));
    expect(d.variant).toBe('cn');
    expect(hans(d)).toBe('这标志着网络空间治理进入新阶段，信息技术和互联网发展迅速。');
  });

  it('reads Hong Kong glyphs', () => {
    const d = convert(doc(['有關部門説，新綫路明日通車，衞生署亦有説明。']));
    expect(d.variant).toBe('hk');
    expect(hans(d)).toBe('有关部门说，新线路明日通车，卫生署亦有说明。');
  });

  it('converts title, source, author and editor, but never url or date', () => {
    const meta = { title: '网络安全发展报告', date: '2015-10-09', source: '新华网', author: '于明', editor: '张发', url: 'https://example.cn/发展' };
    const d = convert(doc(['正文发展。'], meta));
    expect(d.hant.meta).toEqual({ title: '網絡安全發展報告', date: '2015-10-09', source: '新華網', author: '于明', editor: '張發', url: 'https://example.cn/发展' });
    expect(d.hans.meta).toEqual(meta);
  });

  it('is deterministic', () => {
    const input = doc(['他于2015年加入，后来负责里德·哈斯廷斯的采访。'], { title: '于是' });
    expect(JSON.stringify(convert(input))).toBe(JSON.stringify(convert(input)));
  });
});

describe('ambiguities for review', () => {
  it('lists a one-to-many character decided by the single-character default, with context', () => {
    const d = convert(doc(['会议材料很多。他于2015年加入该组织，头发很长。']));
    const a = d.ambiguities.filter((x) => x.char === '于');
    expect(a).toHaveLength(1);
    expect(a[0]).toMatchObject({ block: 0, offset: 8, char: '于', chosen: '於', by: 'opencc' });
    expect(a[0]!.candidates).toEqual(expect.arrayContaining(['於', '于']));
    expect(a[0]!.context).toContain('他于2015');
    expect(a[0]!.converted).toContain('他於2015');
  });

  it('does not list characters a dictionary word decides (头发, 以后)', () => {
    const d = convert(doc(['头发以后再剪。']));
    expect(d.ambiguities).toEqual([]);
  });

  it('lists names kept in their own characters, and metadata fields by name', () => {
    const d = convert(doc(['记者于明报道。'], { title: '网飞创始人里德·哈斯廷斯' }));
    expect(d.hant.meta.title).toBe('網飛創始人里德·哈斯廷斯');
    expect(d.ambiguities).toContainEqual(expect.objectContaining({ block: -1, field: 'title', char: '里', chosen: '里', by: 'name' }));
    expect(d.ambiguities).toContainEqual(expect.objectContaining({ block: 0, char: '于', chosen: '于', by: 'name' }));
  });

  it('lists characters the project dictionary decides', () => {
    const d = convert(doc(['建立转账台账。']));
    expect(hant(d)).toBe('建立轉帳臺帳。');
    expect(d.ambiguities).toContainEqual(expect.objectContaining({ char: '台', chosen: '臺', by: 'project' }));
  });

  it('keeps the list short: only characters with a real alternative, not glyph variants', () => {
    const d = convert(doc(['这个产业的产品说明。']));
    expect(d.ambiguities.map((a) => a.char)).not.toContain('产');
    expect(SIMPLIFIED_AMBIGUOUS.get('产')).toBeUndefined();
    expect(SIMPLIFIED_AMBIGUOUS.get('发')).toEqual(['發', '髮']);
  });
});

describe('sidecar rules', () => {
  it('keeps a span as written in both scripts, from Simplified', () => {
    const rules: SidecarDoc['conversion'] = { keep: ['云上贵州'] };
    const d = convert(doc(['云上贵州平台上线，发布数据。']), rules);
    expect(hant(d)).toBe('云上贵州平臺上線，發佈數據。');
    expect(hans(d)).toBe('云上贵州平台上线，发布数据。');
  });

  it('keeps a span as written in both scripts, from Traditional', () => {
    const d = convert(doc(['國立臺灣大學發表網路與資訊研究報告，介紹軟體與網際網路發展。']), { keep: ['國立臺灣大學'] });
    expect(hans(d)).toBe('國立臺灣大學发表网路与资讯研究报告，介绍软体与网际网路发展。');
  });

  it('replaces text in the Traditional output of a Simplified document and marks the guess as the sidecar’s', () => {
    const d = convert(doc(['新增10万台设备。']), { hant: { 萬臺: '萬台' } });
    expect(hant(d)).toBe('新增10萬台設備。');
    expect(d.ambiguities).toContainEqual(expect.objectContaining({ char: '台', chosen: '台', by: 'sidecar' }));
  });

  it('replaces text in the Simplified output of a Traditional document (an editor who wants mainland words)', () => {
    const d = convert(doc(['網路與資訊安全合作，推動軟體產業。']), { hans: { 网路: '网络', 软体: '软件' } });
    expect(hans(d)).toBe('网络与资讯安全合作，推动软件产业。');
  });

  it('applies each map to its own script, also on the side written in the original', () => {
    const rules = { hans: { 互连网: '互联网' }, hant: { 網絡: '網路' } };
    const simplified = convert(doc(['发展互连网和网络。']), rules);
    expect(hans(simplified)).toBe('发展互联网和网络。');
    expect(hant(simplified)).toBe('發展互連網和網路。');
    const traditional = convert(doc(['發展網絡。']), rules);
    expect(hant(traditional)).toBe('發展網路。');
  });
});

describe('text-level API', () => {
  it('without word boundaries or project rules reproduces opencc-js exactly', () => {
    const pool = [...'我们的头发被发明于是里面后来干净台风只有系统面条发展参与制造表演了如何解决钟表复杂历史范围松树冲突老板征求准备斗争山谷余额汇报丑陋试卷宿舍签署精致郁闷，。·a1'];
    const text = fc.array(fc.constantFrom(...pool), { maxLength: 40 }).map((a) => a.join(''));
    const pairs = [['s2tw', 'cn', 'tw'], ['s2twp', 'cn', 'twp'], ['tw2sp', 'twp', 'cn'], ['hk2s', 'hk', 'cn'], ['t2s', 't', 'cn']] as const;
    for (const [config, from, to] of pairs) {
      const reference = OpenCC.Converter({ from, to });
      fc.assert(
        fc.property(text, (s) => convertWith(config, s, { tokenizer: null, project: false }).text === reference(s)),
        { numRuns: 200, seed: 8 },
      );
    }
  });

  it('converts many texts in one run exactly as it converts each on its own', () => {
    // Short paragraphs, one-to-many characters, names, phrases that must not cross a paragraph end (干|净,
    // 发|明 split over two texts) and kept spans; a line break inside a text forces the one-by-one path.
    const pool = [...'我们的头发被发明于是里面后来干净台风只有系统发展制造表演了钟表范围于明里德·哈斯廷斯網路資訊發髮裡，。a1 '];
    const piece = fc.array(fc.constantFrom(...pool), { maxLength: 16 }).map((a) => a.join(''));
    const texts = fc.array(fc.oneof({ weight: 9, arbitrary: piece }, { weight: 1, arbitrary: piece.map((t) => `${t}\n${t}`) }), { maxLength: 8 });
    const keep = fc.constantFrom<string[] | undefined>(undefined, ['头发'], ['于明', '干']);
    for (const config of ['s2tw', 'tw2sp', 'hk2s', 'tw2s'] as const) {
      fc.assert(
        fc.property(texts, keep, (list, kept) => {
          const options = { tokenizer: jiebaTokenizer, keep: kept, sitePolicy: true };
          expect(core.convertMany(config, list, options)).toEqual(list.map((t) => core.convertWith(config, t, options)));
        }),
        { numRuns: 150, seed: 11 },
      );
    }
  });

  it('fixes phrases across word boundaries with the browser segmenter too (Intl.Segmenter)', () => {
    expect(core.toHant('它被发明出来')).toBe('它被發明出來');
    expect(core.toHant('对表演者的保护')).toBe('對表演者的保護');
  });

  it("keeps OpenCC's Taiwan vocabulary rewrites (tw2sp) inside words, but lets a word the segmenter split another way through", () => {
    const twp = (text: string) => convertWith('tw2sp', text, { tokenizer: jiebaTokenizer }).text;
    // 資訊 (information) would otherwise be matched across 外資|訊息 and 投資|訊號.
    expect(twp('外資訊息透明，投資訊號明確。')).toBe('外资消息透明，投资信号明确。');
    // jieba reads 協作網|路, but 網路 is a word and 協作 is one too: the rewrite stands.
    expect(twp('建立應對網路安全的協作網路。')).toBe('创建应对网络安全的协作网络。');
  });

  it('converts short strings such as search queries both ways', () => {
    expect(toHant('网络安全')).toBe('網絡安全');
    expect(toHans('網路安全', 'tw')).toBe('网路安全');
    expect(toHans('網絡安全')).toBe('网络安全');
  });
});

describe('characters outside the Basic Multilingual Plane', () => {
  // Surrogate pairs take the converter's slow path (its per-character tables cover UTF-16 code units).
  it('converts every one opencc-js converts, in running text, exactly as opencc-js does', () => {
    const t2s = OpenCC.Converter({ from: 'tw', to: 'cn' });
    const s2t = OpenCC.Converter({ from: 'cn', to: 'tw' });
    let converted = 0;
    for (let cp = 0x20000; cp < 0x30000; cp++) {
      const char = String.fromCodePoint(cp);
      if (s2t(char) === char && t2s(char) === char) continue;
      converted++;
      const text = `发展${char}，網絡${char}安全`;
      expect(toHant(text)).toBe(s2t(text));
      expect(toHans(text, 'tw')).toBe(t2s(text));
    }
    expect(converted).toBeGreaterThan(1000);
  });
});
