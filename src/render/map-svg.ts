// Draws a laid-out map as an SVG string. Pure: the same function serves the live map in the
// browser, the image export and the tests. Names are data: every text is escaped.
import { GEOMETRY, RINGS, textWidth, toXY, type LaidOutPerson, type MapLayout } from '../core/map-layout.ts';
import {
  SOURCES,
  STAGES,
  isPlanned,
  type Closeness,
  type Source,
  type Stage,
  type Status,
} from '../core/person.ts';

/** The attributes that change how a person is drawn. */
export interface DrawnPerson {
  id: string;
  name: string;
  source?: Source | undefined;
  stage?: Stage | undefined;
  status?: Status | undefined;
}

/** Every word drawn on the map, from content/ui (so a fork can translate them). */
export interface MapWords {
  title: string;
  description: string;
  you: string;
  roles: Record<string, string>;
  rings: Record<Closeness, string>;
  sources: Record<Source | 'unknown', { name: string; letter: string }>;
  stages: Record<Stage | 'unknown', string>;
  current: string;
  potential: string;
  legend: { sources: string; stages: string; rings: string; status: string };
}

export interface DrawOptions {
  ties?: readonly (readonly [string, string])[];
  showTies?: boolean;
  /** Prefix for ids inside the SVG, so two maps on a page do not clash. */
  idPrefix?: string;
  /** People to ring as new (added since the last snapshot), with the legend's words for it. */
  highlight?: { ids: ReadonlySet<string>; label: string };
}

/**
 * Colours for sources: the Okabe–Ito palette, safe for colour-blind readers; each source also has
 * a letter, so the map reads in greyscale. Letter colour chosen for contrast on each fill.
 */
export const SOURCE_STYLE: Record<Source | 'unknown', { fill: string; ink: string }> = {
  department: { fill: '#0072B2', ink: '#ffffff' },
  institution: { fill: '#009E73', ink: '#000000' },
  external: { fill: '#E69F00', ink: '#000000' },
  personal: { fill: '#CC79A7', ink: '#000000' },
  unknown: { fill: '#d9d9d9', ink: '#000000' },
};

/** The ring around people new since the last snapshot: a dark accent that also reads in greyscale. */
const HIGHLIGHT = '#7a2e8f';

const RING_FILL: Record<Closeness, string> = { close: '#e3ebf6', moderate: '#eef3fa', distant: '#f7f9fc' };

/** Escapes text for SVG/XML content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!,
  );
}

const n = (v: number) => (Math.round(v * 10) / 10).toString();

/** The symbol of a person: ▲ above you, ● same stage, ▼ below you, ◆ not given. */
export function shapePath(
  stage: Stage | undefined,
  x: number,
  y: number,
  r: number = GEOMETRY.nodeRadius,
): string {
  const t = r * 1.25;
  switch (stage) {
    case 'above':
      return `M${n(x)} ${n(y - t)}L${n(x + t * 0.95)} ${n(y + t * 0.7)}L${n(x - t * 0.95)} ${n(y + t * 0.7)}Z`;
    case 'below':
      return `M${n(x)} ${n(y + t)}L${n(x + t * 0.95)} ${n(y - t * 0.7)}L${n(x - t * 0.95)} ${n(y - t * 0.7)}Z`;
    case 'same':
      return `M${n(x - r)} ${n(y)}a${n(r)} ${n(r)} 0 1 0 ${n(2 * r)} 0a${n(r)} ${n(r)} 0 1 0 ${n(-2 * r)} 0Z`;
    default:
      return `M${n(x)} ${n(y - t)}L${n(x + t)} ${n(y)}L${n(x)} ${n(y + t)}L${n(x - t)} ${n(y)}Z`;
  }
}

/** Where the letter sits inside a shape (triangles have their visual centre off the middle). */
const letterY = (stage: Stage | undefined, y: number) =>
  y + (stage === 'above' ? 3 : stage === 'below' ? -3 : 0) + 4.5;

export interface MapPicture {
  /** The viewBox: x, y, width, height. */
  view: { x: number; y: number; width: number; height: number };
  legendTop: number;
}

/** The frame of the picture: the circle, the role names around it and the legend below. */
export function mapFrame(layout: MapLayout, words: MapWords): MapPicture {
  const roleWidth = Math.max(
    ...layout.sectors.map((s) => (textWidth(words.roles[s.roleId] ?? s.roleId) * 18) / GEOMETRY.fontSize + 8),
  );
  const half = layout.radius + roleWidth;
  const legendTop = layout.radius + 28;
  return {
    view: { x: -half, y: -layout.radius - 28, width: 2 * half, height: layout.radius + 28 + legendTop + 220 },
    legendTop,
  };
}

/** The whole map as a standalone SVG document. */
export function renderMapSvg(
  layout: MapLayout,
  people: readonly DrawnPerson[],
  words: MapWords,
  options: DrawOptions = {},
): string {
  const id = options.idPrefix ?? 'map';
  const byId = new Map(people.map((p) => [p.id, p]));
  const { view, legendTop } = mapFrame(layout, words);
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${n(view.x)} ${n(view.y)} ${n(view.width)} ${n(view.height)}" role="img" aria-labelledby="${id}-title ${id}-desc" font-family="Noto Sans, system-ui, sans-serif">`,
    `<title id="${id}-title">${escapeXml(words.title)}</title>`,
    `<desc id="${id}-desc">${escapeXml(words.description)}</desc>`,
    `<rect x="${n(view.x)}" y="${n(view.y)}" width="${n(view.width)}" height="${n(view.height)}" fill="#ffffff"/>`,
  );

  // Rings, outermost first so inner ones paint over them.
  for (const ring of [...layout.rings].reverse()) {
    out.push(
      `<circle cx="0" cy="0" r="${n(ring.outer)}" fill="${RING_FILL[ring.ring]}" stroke="#9aa8ba" stroke-width="1.5"/>`,
    );
  }
  // Sector lines and role names.
  const outer = layout.rings.at(-1)!.outer;
  for (const s of layout.sectors) {
    if (layout.sectors.length > 1) {
      const a = toXY(GEOMETRY.egoRadius, s.start);
      const b = toXY(outer, s.start);
      out.push(
        `<line x1="${n(a.x)}" y1="${n(a.y)}" x2="${n(b.x)}" y2="${n(b.y)}" stroke="#9aa8ba" stroke-width="1.5"/>`,
      );
    }
    const mid = (s.start + s.end) / 2;
    const p = toXY(outer + 16, mid);
    const anchor = Math.abs(p.x) < 1 ? 'middle' : p.x > 0 ? 'start' : 'end';
    const dy = p.y < -1 ? -2 : p.y > 1 ? 12 : 5;
    out.push(
      `<text x="${n(p.x)}" y="${n(p.y + dy)}" text-anchor="${anchor}" font-size="18" font-weight="700" fill="#1b1f24">${escapeXml(words.roles[s.roleId] ?? s.roleId)}</text>`,
    );
  }

  // Ties behind the people.
  if (options.showTies && options.ties) {
    const at = new Map(layout.people.map((p) => [p.id, p]));
    for (const [a, b] of options.ties) {
      const pa = at.get(a);
      const pb = at.get(b);
      if (pa && pb)
        out.push(
          `<line x1="${n(pa.x)}" y1="${n(pa.y)}" x2="${n(pb.x)}" y2="${n(pb.y)}" stroke="#5b6472" stroke-width="1.2" stroke-opacity="0.55"/>`,
        );
    }
  }

  // You in the middle.
  out.push(
    `<circle cx="0" cy="0" r="${GEOMETRY.egoRadius}" fill="#1b1f24"/>`,
    `<text x="0" y="6" text-anchor="middle" font-size="17" font-weight="700" fill="#ffffff">${escapeXml(words.you)}</text>`,
  );

  for (const p of layout.people) {
    if (options.highlight?.ids.has(p.id))
      out.push(
        `<circle cx="${n(p.x)}" cy="${n(p.y)}" r="${GEOMETRY.nodeRadius + 8}" fill="none" stroke="${HIGHLIGHT}" stroke-width="4"/>`,
      );
    out.push(drawPerson(p, byId.get(p.id), words));
  }
  if (options.highlight) {
    const y = legendTop + 26 + 6 * 28 + 10;
    out.push(
      `<circle cx="${n(view.x + 22)}" cy="${n(y - 5)}" r="9" fill="none" stroke="${HIGHLIGHT}" stroke-width="3"/>`,
      `<text x="${n(view.x + 38)}" y="${n(y)}" font-size="16" fill="#1b1f24">${escapeXml(options.highlight.label)}</text>`,
    );
  }
  out.push(drawLegend(words, view.x + 12, legendTop, view.width - 24));
  out.push('</svg>');
  return out.join('');
}

function drawPerson(p: LaidOutPerson, person: DrawnPerson | undefined, words: MapWords): string {
  const source = person?.source ?? 'unknown';
  const style = SOURCE_STYLE[source];
  const dashed = person && isPlanned(person) ? ' stroke-dasharray="4 3"' : '';
  return [
    `<g data-person="${escapeXml(p.id)}">`,
    `<title>${escapeXml(person?.name ?? p.label)}</title>`,
    `<path d="${shapePath(person?.stage, p.x, p.y)}" fill="${style.fill}" stroke="#1b1f24" stroke-width="2"${dashed}/>`,
    `<text x="${n(p.x)}" y="${n(letterY(person?.stage, p.y))}" text-anchor="middle" font-size="12" font-weight="700" fill="${style.ink}">${escapeXml(words.sources[source].letter)}</text>`,
    `<text x="${n(p.x)}" y="${n(p.labelBox.y + GEOMETRY.fontSize)}" text-anchor="middle" font-size="${GEOMETRY.fontSize}" fill="#1b1f24">${escapeXml(p.label)}</text>`,
    '</g>',
  ].join('');
}

/** The legend below the circle: sources (colour and letter), stages (shape), status (outline), rings. */
function drawLegend(words: MapWords, x: number, y: number, width: number): string {
  const out: string[] = [`<g font-size="16" fill="#1b1f24">`];
  const column = width / 2;
  const row = (i: number) => y + 26 + i * 28;
  out.push(`<text x="${n(x)}" y="${n(y + 4)}" font-weight="700">${escapeXml(words.legend.sources)}</text>`);
  [...SOURCES, 'unknown' as const].forEach((s, i) => {
    const style = SOURCE_STYLE[s];
    out.push(
      `<circle cx="${n(x + 10)}" cy="${n(row(i) - 4)}" r="9" fill="${style.fill}" stroke="#1b1f24" stroke-width="1.5"/>`,
      `<text x="${n(x + 10)}" y="${n(row(i))}" text-anchor="middle" font-size="10" font-weight="700" fill="${style.ink}">${escapeXml(words.sources[s].letter)}</text>`,
      `<text x="${n(x + 26)}" y="${n(row(i))}">${escapeXml(words.sources[s].name)}</text>`,
    );
  });
  const x2 = x + column;
  out.push(`<text x="${n(x2)}" y="${n(y + 4)}" font-weight="700">${escapeXml(words.legend.stages)}</text>`);
  [...STAGES, undefined].forEach((s, i) => {
    out.push(
      `<path d="${shapePath(s, x2 + 10, row(i) - 4, 8)}" fill="#ffffff" stroke="#1b1f24" stroke-width="1.5"/>`,
      `<text x="${n(x2 + 26)}" y="${n(row(i))}">${escapeXml(words.stages[s ?? 'unknown'])}</text>`,
    );
  });
  out.push(
    `<path d="${shapePath('same', x2 + 10, row(4) - 4, 8)}" fill="#ffffff" stroke="#1b1f24" stroke-width="1.5" stroke-dasharray="3 2"/>`,
    `<text x="${n(x2 + 26)}" y="${n(row(4))}">${escapeXml(words.potential)}</text>`,
    `<text x="${n(x)}" y="${n(row(5) + 6)}">${escapeXml(words.legend.rings)}: ${RINGS.map((r) => escapeXml(words.rings[r])).join(' · ')}</text>`,
  );
  out.push('</g>');
  return out.join('');
}
