// The map in a PDF as vectors: the map scene (core/map-scene.ts) mark by mark, its shapes as PDF
// paths and its words as PDF text in the document's fonts. Crisp at any zoom, a few KB, and the
// names on the map can be searched and copied.
import { circlePath, pathNumber as n, type SceneShape } from '../../core/map-marks.ts';
import { sceneMarks, type MapScene } from '../../core/map-scene.ts';
import { hexColour, type PdfLayout } from './layout.ts';

/** A shape as path data, in the map's own coordinates. */
function outline(s: SceneShape): string {
  switch (s.kind) {
    case 'path':
      return s.d;
    case 'line':
      return `M${n(s.x1)} ${n(s.y1)}L${n(s.x2)} ${n(s.y2)}`;
    case 'rect':
      return `M${n(s.x)} ${n(s.y)}h${n(s.width)}v${n(s.height)}h${n(-s.width)}Z`;
    case 'circle':
      return circlePath(s.cx, s.cy, s.r);
  }
}

/** Draws the map scene into the box (PDF points, `top` its upper edge) on the current page. */
export function drawMapScene(
  layout: PdfLayout,
  scene: MapScene,
  box: { x: number; top: number; width: number; height: number },
): void {
  const { view } = scene;
  const scale = Math.min(box.width / view.width, box.height / view.height);
  // Where the map's (0, 0) falls on the page; the map's y goes down, PDF's up.
  const x0 = box.x - view.x * scale;
  const y0 = box.top + view.y * scale;

  for (const mark of sceneMarks(scene)) {
    if (mark.kind === 'text') {
      const size = mark.size * scale;
      const weight = mark.bold ? 'bold' : 'regular';
      const width = layout.widthOf(mark.text, size, weight);
      const x =
        x0 + mark.x * scale - (mark.anchor === 'middle' ? width / 2 : mark.anchor === 'end' ? width : 0);
      layout.drawString(layout.page, mark.text, {
        x,
        y: y0 - mark.y * scale,
        size,
        weight,
        color: hexColour(mark.fill),
      });
      continue;
    }
    const fill = mark.kind === 'line' ? undefined : mark.fill;
    const stroke = mark.kind === 'rect' ? undefined : mark.stroke;
    layout.page.drawSvgPath(outline(mark), {
      x: x0,
      y: y0,
      scale,
      ...(fill ? { color: hexColour(fill), opacity: 1 } : {}),
      ...(stroke
        ? {
            borderColor: hexColour(stroke.colour),
            borderWidth: stroke.width,
            borderOpacity: stroke.opacity ?? 1,
            ...(stroke.dash ? { borderDashArray: [...stroke.dash] } : {}),
          }
        : {}),
    });
  }
}
