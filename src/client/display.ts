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

interface DrawableGraph {
  order: number;
  forEachNode(cb: (key: string, attributes: Record<string, unknown>) => void): void;
  forEachEdge(cb: (key: string, attributes: Record<string, unknown>, source: string, target: string) => void): void;
}

/**
 * A network on a circle: nodes ordered by group (e.g. Louvain community) and
 * coloured by it, edges drawn thicker with more `weight`. Readable up to a few
 * dozen nodes; for more, export to Gephi.
 */
export function circleNetworkSvg(graph: DrawableGraph, groups: Record<string, number> = {}, opts: { title?: string; size?: number } = {}): string {
  const size = opts.size ?? 620;
  const centre = size / 2;
  const radius = size / 2 - 110;
  const nodes: { key: string; name: string; group: number }[] = [];
  graph.forEachNode((key, a) => nodes.push({ key, name: String(a.name ?? key), group: groups[key] ?? -1 }));
  nodes.sort((a, b) => a.group - b.group || compareStrings(a.name, b.name));
  const at = new Map(nodes.map((n, i) => {
    const angle = (2 * Math.PI * (i + 0.5)) / Math.max(1, nodes.length) - Math.PI / 2;
    return [n.key, { x: centre + radius * Math.cos(angle), y: centre + radius * Math.sin(angle), angle }];
  }));
  let maxWeight = 1;
  graph.forEachEdge((_e, a) => (maxWeight = Math.max(maxWeight, Number(a.weight ?? 1))));
  const colour = (group: number) => (group < 0 ? '#999' : PALETTE[group % PALETTE.length]!);
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}" font-family="sans-serif" font-size="10">`,
    `<rect width="${size}" height="${size}" fill="white"/>`,
  ];
  if (opts.title) parts.push(`<text x="10" y="18" font-size="13" font-weight="bold">${escapeXml(opts.title)}</text>`);
  graph.forEachEdge((_e, a, s, t) => {
    const [p, q] = [at.get(s)!, at.get(t)!];
    const w = Number(a.weight ?? 1) / maxWeight;
    parts.push(`<line x1="${p.x.toFixed(1)}" y1="${p.y.toFixed(1)}" x2="${q.x.toFixed(1)}" y2="${q.y.toFixed(1)}" stroke="#555" stroke-opacity="${(0.15 + 0.6 * w).toFixed(2)}" stroke-width="${(0.5 + 3 * w).toFixed(1)}"/>`);
  });
  for (const n of nodes) {
    const p = at.get(n.key)!;
    const right = Math.cos(p.angle) >= 0;
    const lx = p.x + (right ? 8 : -8);
    parts.push(
      `<circle cx="${p.x.toFixed(1)}" cy="${p.y.toFixed(1)}" r="5" fill="${colour(n.group)}"/>`,
      `<text x="${lx.toFixed(1)}" y="${(p.y + 3).toFixed(1)}" text-anchor="${right ? 'start' : 'end'}">${escapeXml(n.name)}</text>`,
    );
  }
  parts.push('</svg>');
  return parts.join('\n');
}
