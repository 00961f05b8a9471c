/** Small display helpers shared by components. */

/** ISO date → as written in Chinese: 2015-10-09 → 2015年10月9日; 2015-10 → 2015年10月; 2015 → 2015年. */
export function formatDate(date: string): string {
  const [y, m, d] = date.split('-');
  let out = `${y}年`;
  if (m) out += `${Number(m)}月`;
  if (d) out += `${Number(d)}日`;
  return out;
}

/** 0.6234 → "62%". */
export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** Replace `{name}` placeholders: fillTemplate('{a} / {b}', { a: 1, b: 2 }) → '1 / 2'. */
export function fillTemplate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
}
