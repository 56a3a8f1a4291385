// Exports of what is on screen: a PNG of the view (with a legend, so the
// picture explains itself in a brief), and the visible subgraph as GEXF
// (Gephi) or graphology JSON.
import { write as writeGexf } from 'graphology-gexf/browser';
import type Sigma from 'sigma';
import type { EdgeAttrs, NodeAttrs, ViewGraph } from './model.js';
import { edgeColor, nodeColor, relationLabel } from './palette.js';

/**
 * The WebGL canvas keeps no drawing buffer, so it is copied right after a
 * frame is drawn, in the same task, before the browser clears it.
 */
export function snapshotPng(sigma: Sigma<NodeAttrs, EdgeAttrs>, visible: ViewGraph): Promise<Blob> {
  return new Promise((resolve, reject) => {
    sigma.once('afterRender', () => {
      const canvases = [...sigma.getContainer().querySelectorAll('canvas')];
      const stage = sigma.getStageCanvas();
      const out = document.createElement('canvas');
      out.width = stage.width;
      out.height = stage.height;
      const ctx = out.getContext('2d');
      if (!ctx) return reject(new Error('no 2D canvas'));
      ctx.fillStyle = '#ffffff';
      ctx.fillRect(0, 0, out.width, out.height);
      for (const c of canvases) if (c.width && c.height) ctx.drawImage(c, 0, 0, out.width, out.height);
      drawLegend(ctx, visible, out.width / stage.clientWidth || 1);
      out.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the browser produced no image'))), 'image/png');
    });
    sigma.refresh();
  });
}

function drawLegend(ctx: CanvasRenderingContext2D, g: ViewGraph, scale: number): void {
  const nodeTypes = [...new Set(g.mapNodes((_, a) => a.type))].sort();
  const edgeTypes = [...new Set(g.mapEdges((_, a) => a.type))].sort();
  const items = [...nodeTypes.map((t) => ({ text: t, color: nodeColor(t), round: true })), ...edgeTypes.map((t) => ({ text: relationLabel(t), color: edgeColor(t), round: false }))];
  ctx.save();
  ctx.scale(scale, scale);
  ctx.font = '12px system-ui, sans-serif';
  const line = 16;
  const width = 20 + Math.max(0, ...items.map((i) => ctx.measureText(i.text).width));
  const top = ctx.canvas.height / scale - 10 - items.length * line;
  ctx.fillStyle = 'rgba(255,255,255,0.85)';
  ctx.fillRect(6, top - 6, width + 10, items.length * line + 8);
  items.forEach((item, i) => {
    const y = top + i * line + 6;
    ctx.fillStyle = item.color;
    if (item.round) {
      ctx.beginPath();
      ctx.arc(16, y, 5, 0, 2 * Math.PI);
      ctx.fill();
    } else ctx.fillRect(10, y - 2, 12, 4);
    ctx.fillStyle = '#1f2328';
    ctx.fillText(item.text, 28, y + 4);
  });
  ctx.restore();
}

export function toGexf(g: ViewGraph): string {
  return writeGexf<NodeAttrs, EdgeAttrs>(g, {
    formatNode: (_key, a) => ({
      label: a.name,
      viz: { color: nodeColor(a.type), size: a.size ?? 7, x: a.x, y: a.y },
      attributes: { type: a.type, aliases: a.aliases.join('; '), title: typeof a.title === 'string' ? a.title : '' },
    }),
    formatEdge: (_key, a) => ({
      label: a.type,
      weight: a.evidence.length,
      viz: { color: edgeColor(a.type) },
      attributes: {
        type: a.type,
        actions: a.actions.join('; '),
        docs: [...new Set(a.evidence.map((e) => e.doc))].join('; '),
        dates: [...new Set(a.evidence.flatMap((e) => (e.date ? [e.date] : [])))].join('; '),
        sentences: a.evidence.map((e) => e.sentence).join(' | '),
      },
    }),
  });
}

export function toJson(g: ViewGraph): string {
  return JSON.stringify(g.export(), null, 1);
}
