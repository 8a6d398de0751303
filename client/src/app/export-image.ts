// The map as a picture that stands on its own (issue #12): PNG for screens, SVG for print, both
// framed by export-frame.ts. The PNG is sigma's own drawing (@sigma/export-image) with the frame
// painted around it; the SVG is written from the graph as drawn now: every shown edge and node
// at its place under the current camera, and every label where the label placement put it.
import type Sigma from 'sigma';
import { drawOnCanvas } from '@sigma/export-image';
import { LEADING } from '../render/labels.ts';
import { download } from '../ui/dom.ts';
import { FRAME, frameSize, MAP_ORIGIN, type ExportFrame, type LegendEntry } from './export-frame.ts';

/** A drawn label as the label layer placed it, in viewport pixels. */
export interface DrawnLabel {
  text: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

const DASHES: Record<LegendEntry['mark'], number[]> = { dot: [], ring: [], group: [], line: [], dashed: [6, 4], dotted: [2, 3] };
/** The map's group marker, as the legend on screen draws it: a white ring inside the fill. */
const GROUP_INNER = { r: 3, width: 1.5, color: '#fff' };
const INK = '#1f2430';
const MUTED = '#5f6672';

function paintFrame(c: CanvasRenderingContext2D, frame: ExportFrame, map: { width: number; height: number }): void {
  const size = frameSize(map);
  c.fillStyle = INK;
  c.font = `600 20px ${FRAME.font}`;
  c.fillText(frame.title, FRAME.pad, 26);
  c.fillStyle = MUTED;
  c.font = `13px ${FRAME.font}`;
  c.fillText(`${frame.subtitle} · ${frame.date}`, FRAME.pad, 46);
  c.font = `12px ${FRAME.font}`;
  c.fillText(frame.source, FRAME.pad, size.height - 10, size.width - 2 * FRAME.pad);
  c.strokeStyle = '#d9dde3';
  c.strokeRect(MAP_ORIGIN.x + 0.5, MAP_ORIGIN.y + 0.5, map.width - 1, map.height - 1);
  let y = MAP_ORIGIN.y + FRAME.pad;
  const x = map.width + FRAME.pad;
  for (const row of frame.legend) {
    y += FRAME.row;
    if ('heading' in row) {
      c.fillStyle = INK;
      c.font = `600 12px ${FRAME.font}`;
      c.fillText(row.heading, x, y);
      continue;
    }
    c.globalAlpha = row.alpha;
    c.strokeStyle = row.color;
    c.fillStyle = row.color;
    c.lineWidth = 2;
    c.setLineDash(DASHES[row.mark]);
    c.beginPath();
    if (row.mark === 'dot' || row.mark === 'ring' || row.mark === 'group') {
      c.arc(x + 8, y - 4, 5, 0, Math.PI * 2);
      if (row.mark === 'ring') c.stroke();
      else c.fill();
      if (row.mark === 'group') {
        c.beginPath();
        c.strokeStyle = GROUP_INNER.color;
        c.lineWidth = GROUP_INNER.width;
        c.arc(x + 8, y - 4, GROUP_INNER.r, 0, Math.PI * 2);
        c.stroke();
      }
    } else {
      c.moveTo(x, y - 4);
      c.lineTo(x + 18, y - 4);
      c.stroke();
    }
    c.setLineDash([]);
    c.globalAlpha = 1;
    c.fillStyle = INK;
    c.font = `12px ${FRAME.font}`;
    c.fillText(`${row.label}  ${row.count}`, x + 26, y);
  }
}

/** The framed PNG: sigma's drawing of the map with the frame painted around it. */
export async function framedPng(sigma: Sigma, frame: ExportFrame): Promise<Blob> {
  const map = sigma.getDimensions();
  const drawn = await drawOnCanvas(sigma, { backgroundColor: '#ffffff' });
  const ratio = drawn.width / map.width;
  const size = frameSize(map);
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(size.width * ratio);
  canvas.height = Math.round(size.height * ratio);
  const c = canvas.getContext('2d')!;
  c.scale(ratio, ratio);
  c.fillStyle = '#ffffff';
  c.fillRect(0, 0, size.width, size.height);
  c.drawImage(drawn, MAP_ORIGIN.x, MAP_ORIGIN.y, map.width, map.height);
  paintFrame(c, frame, map);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG export failed'))), 'image/png'),
  );
}

const escapeXml = (text: string) =>
  text.replace(/[<>&"']/g, (ch) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[ch]!);
const fixed = (n: number) => n.toFixed(1);

/** The frame's text and legend as SVG elements. */
function svgFrame(frame: ExportFrame, map: { width: number; height: number }): string[] {
  const size = frameSize(map);
  const text = (x: number, y: number, size: number, content: string, extra = '') =>
    `<text x="${fixed(x)}" y="${fixed(y)}" font-size="${size}" ${extra}>${escapeXml(content)}</text>`;
  const out = [
    text(FRAME.pad, 26, 20, frame.title, `font-weight="600" fill="${INK}" class="title"`),
    text(FRAME.pad, 46, 13, `${frame.subtitle} · ${frame.date}`, `fill="${MUTED}"`),
    text(FRAME.pad, size.height - 10, 12, frame.source, `fill="${MUTED}" class="source"`),
    `<rect x="${MAP_ORIGIN.x + 0.5}" y="${MAP_ORIGIN.y + 0.5}" width="${map.width - 1}" height="${map.height - 1}" fill="none" stroke="#d9dde3"/>`,
  ];
  let y = MAP_ORIGIN.y + FRAME.pad;
  const x = map.width + FRAME.pad;
  out.push('<g class="legend">');
  for (const row of frame.legend) {
    y += FRAME.row;
    if ('heading' in row) {
      out.push(text(x, y, 12, row.heading, `font-weight="600" fill="${INK}"`));
      continue;
    }
    const dash = DASHES[row.mark].length > 0 ? ` stroke-dasharray="${DASHES[row.mark].join(' ')}"` : '';
    const inner =
      row.mark === 'group'
        ? `<circle cx="${x + 8}" cy="${y - 4}" r="${GROUP_INNER.r}" fill="none" stroke="${GROUP_INNER.color}" stroke-width="${GROUP_INNER.width}"/>`
        : '';
    out.push(
      row.mark === 'dot' || row.mark === 'ring' || row.mark === 'group'
        ? `<circle cx="${x + 8}" cy="${y - 4}" r="5" ${row.mark === 'ring' ? `fill="none" stroke="${row.color}" stroke-width="2"` : `fill="${row.color}"`} opacity="${row.alpha}"/>${inner}`
        : `<line x1="${x}" y1="${y - 4}" x2="${x + 18}" y2="${y - 4}" stroke="${row.color}" stroke-width="2"${dash} opacity="${row.alpha}"/>`,
      text(x + 26, y, 12, `${row.label}  ${row.count}`, `fill="${INK}"`),
    );
  }
  out.push('</g>');
  return out;
}

/**
 * The framed SVG, for print: the graph as drawn now, edges under nodes under labels, each at its
 * viewport position under the current camera (a view's hidden items are left out).
 */
export function framedSvg(sigma: Sigma, frame: ExportFrame, labels: readonly DrawnLabel[]): string {
  const map = sigma.getDimensions();
  const size = frameSize(map);
  const graph = sigma.getGraph();
  const at = (node: string) => {
    const d = sigma.getNodeDisplayData(node);
    return d && !d.hidden ? { ...sigma.framedGraphToViewport(d), r: sigma.scaleSize(d.size), color: d.color } : null;
  };
  const edges: string[] = [];
  graph.forEachEdge((edge, _attrs, source, target) => {
    const d = sigma.getEdgeDisplayData(edge);
    const [s, t] = [at(source), at(target)];
    if (!d || d.hidden || !s || !t) return;
    const dash = d.type === 'dashed' ? ' stroke-dasharray="6 4"' : d.type === 'dotted' ? ' stroke-dasharray="2 3"' : '';
    edges.push(
      `<line x1="${fixed(s.x)}" y1="${fixed(s.y)}" x2="${fixed(t.x)}" y2="${fixed(t.y)}" stroke="${d.color}" stroke-width="${fixed(Math.max(0.5, d.size))}"${dash}/>`,
    );
  });
  const nodes: string[] = [];
  graph.forEachNode((node) => {
    const p = at(node);
    if (p)
      nodes.push(`<circle cx="${fixed(p.x)}" cy="${fixed(p.y)}" r="${fixed(p.r)}" fill="${p.color}" stroke="#ffffff" stroke-width="0.5"/>`);
  });
  const texts = labels.map(
    // As the label layer draws them: the font size is the box height less its leading, centred.
    (l) =>
      `<text x="${fixed(l.x)}" y="${fixed(l.y + l.h / 2)}" font-size="${fixed(Math.max(1, l.h - LEADING))}" dominant-baseline="middle" fill="${INK}">${escapeXml(l.text)}</text>`,
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size.width}" height="${size.height}" viewBox="0 0 ${size.width} ${size.height}" font-family="${FRAME.font}">`,
    `<rect width="${size.width}" height="${size.height}" fill="#ffffff"/>`,
    ...svgFrame(frame, map),
    `<g class="map" transform="translate(${MAP_ORIGIN.x} ${MAP_ORIGIN.y})">`,
    `<g class="edges">${edges.join('')}</g>`,
    `<g class="nodes">${nodes.join('')}</g>`,
    `<g class="labels">${texts.join('')}</g>`,
    '</g>',
    '</svg>',
  ].join('\n');
}

export async function downloadPng(sigma: Sigma, frame: ExportFrame): Promise<void> {
  download('samverkan.png', await framedPng(sigma, frame));
}

export function downloadSvg(sigma: Sigma, frame: ExportFrame, labels: readonly DrawnLabel[]): void {
  download('samverkan.svg', framedSvg(sigma, frame, labels), 'image/svg+xml');
}
