// What a notebook shows: rows as a Markdown table and statements per day as an
// SVG chart. Both are plain strings, so they render in Jupyter and on GitHub
// without a plotting library.
import { compareStrings } from '../query/shape.js';

const escapeCell = (v: unknown, max: number): string => {
  const text = v === null || v === undefined ? '' : Array.isArray(v) ? v.join('; ') : typeof v === 'number' && !Number.isInteger(v) ? v.toFixed(3) : String(v);
  const short = text.length > max ? `${text.slice(0, max - 1)}…` : text;
  return short.replace(/\|/g, '\\|').replace(/\n/g, ' ');
};

/** A Markdown table of `rows` with the given columns (default: the first row's keys); long cells are cut. */
export function markdownTable(rows: object[], columns?: string[], opts: { maxCell?: number } = {}): string {
  const cols = columns ?? Object.keys(rows[0] ?? {});
  const max = opts.maxCell ?? 80;
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(cols), line(cols.map(() => '---')), ...rows.map((r) => line(cols.map((c) => escapeCell((r as Record<string, unknown>)[c], max))))].join('\n');
}

const PALETTE = ['#d62728', '#ff7f0e', '#1f77b4', '#9467bd', '#2ca02c', '#8c564b', '#17becf', '#e377c2', '#7f7f7f', '#bcbd22'];

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Stacked bars: one bar per day, one colour per series (e.g. relation type),
 * counting `rows` by `day(row)` and `series(row)`. Rows without a day are left out.
 */
export function stackedBarsSvg<R>(rows: R[], day: (r: R) => string | null, series: (r: R) => string, opts: { title?: string; width?: number; height?: number } = {}): string {
  const counts = new Map<string, Map<string, number>>();
  for (const r of rows) {
    const d = day(r);
    if (!d) continue;
    const perDay = counts.get(d) ?? new Map<string, number>();
    perDay.set(series(r), (perDay.get(series(r)) ?? 0) + 1);
    counts.set(d, perDay);
  }
  const days = [...counts.keys()].sort(compareStrings);
  const names = [...new Set(rows.map(series))].sort(compareStrings);
  const colour = (name: string) => PALETTE[names.indexOf(name) % PALETTE.length]!;
  const width = opts.width ?? 760;
  const height = opts.height ?? 320;
  const left = 40, right = 170, top = 30, bottom = 70;
  const plotW = width - left - right, plotH = height - top - bottom;
  const maxTotal = Math.max(1, ...days.map((d) => [...counts.get(d)!.values()].reduce((a, b) => a + b, 0)));
  const step = days.length ? plotW / days.length : plotW;
  const barW = Math.max(2, step * 0.7);
  const y = (n: number) => top + plotH - (n / maxTotal) * plotH;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="11">`,
    `<rect width="${width}" height="${height}" fill="white"/>`,
  ];
  if (opts.title) parts.push(`<text x="${left}" y="18" font-size="13" font-weight="bold">${escapeXml(opts.title)}</text>`);
  const ticks = Math.min(5, maxTotal);
  for (let i = 0; i <= ticks; i++) {
    const n = Math.round((maxTotal * i) / ticks);
    parts.push(`<line x1="${left}" x2="${left + plotW}" y1="${y(n)}" y2="${y(n)}" stroke="#ddd"/>`, `<text x="${left - 6}" y="${y(n) + 4}" text-anchor="end">${n}</text>`);
  }
  days.forEach((d, i) => {
    const x = left + i * step + (step - barW) / 2;
    let base = 0;
    for (const name of names) {
      const n = counts.get(d)!.get(name) ?? 0;
      if (!n) continue;
      parts.push(`<rect x="${x.toFixed(1)}" y="${y(base + n).toFixed(1)}" width="${barW.toFixed(1)}" height="${(y(base) - y(base + n)).toFixed(1)}" fill="${colour(name)}"><title>${escapeXml(`${d} ${name}: ${n}`)}</title></rect>`);
      base += n;
    }
    const cx = x + barW / 2;
    parts.push(`<text x="${cx.toFixed(1)}" y="${top + plotH + 12}" text-anchor="end" transform="rotate(-45 ${cx.toFixed(1)} ${top + plotH + 12})">${escapeXml(d)}</text>`);
  });
  names.forEach((name, i) => {
    const ly = top + i * 16;
    parts.push(`<rect x="${left + plotW + 14}" y="${ly}" width="10" height="10" fill="${colour(name)}"/>`, `<text x="${left + plotW + 28}" y="${ly + 9}">${escapeXml(name)}</text>`);
  });
  parts.push('</svg>');
  return parts.join('\n');
}
