// The map as the page draws it: the people with their shown names (private names are replaced
// before the layout, so no renderer ever sees the real ones), the pure layout and scene from
// src/core, and the SVG from src/render. Also the image export, which loads satori only when asked.
import { inMapOrder } from '../../core/map-hit.ts';
import { layoutMap } from '../../core/map-layout.ts';
import { mapScene, type MapScene } from '../../core/map-scene.ts';
import type { Workbook } from '../../core/workbook.ts';
import { mapSvgParts } from '../../render/map-svg.ts';
import { mapWords } from '../../render/map-words.ts';
import { downloadFile } from '../download.ts';
import { failsAs, failureText } from '../failure.ts';
import { t } from '../strings.ts';
import { shownPeople } from './privacy.ts';
import type { Role } from './people-list.ts';

export interface DrawOptions {
  roles: readonly Role[];
  hide: boolean;
  showTies: boolean;
  /** Show what changed since this snapshot: new people ringed, gone ones as ghosts, moves as arrows. */
  since?: Workbook['snapshots'][number] | undefined;
}

export function drawMap(network: Workbook['network'], options: DrawOptions, idPrefix: string) {
  const { since } = options;
  // In map order, so that the SVG's people come in the order the keyboard reaches them.
  const people = inMapOrder(
    shownPeople(network.people, options.hide),
    options.roles.map((r) => r.id),
  );
  const layout = layoutMap(
    people,
    options.roles.map((r) => r.id),
  );
  const words = mapWords(t, options.roles, people);
  const highlight = since && {
    ids: new Set(
      network.people.filter((p) => !since.network.people.some((q) => q.id === p.id)).map((p) => p.id),
    ),
    label: t('map.newSinceSnapshot'),
  };
  // Against the snapshot the map also draws who is gone (a ghost), who moved and whose role changed;
  // its people are shown as the current ones are, so a private map stays private.
  const snapshot = since && { people: shownPeople(since.network.people, options.hide) };
  const scene = mapScene(layout, people, words, {
    ties: network.ties,
    showTies: options.showTies,
    ...(highlight && snapshot ? { highlight, snapshot } : {}),
  });
  return { layout, scene, svg: mapSvgParts(scene, { idPrefix }) };
}

/** The SVG and PNG of a scene, with satori, its layout engine (at `layoutWasm`) and the fonts loaded now. */
export async function makeImages(scene: MapScene, layoutWasm: string) {
  const { mapImageSvg, mapImagePng } = await failsAs('load-failed', import('../map-export.ts'));
  const svg = await mapImageSvg(scene, layoutWasm);
  return { svg, png: await mapImagePng(scene, svg) };
}

/** Downloads the map as SVG or PNG, saying how it goes in `status`; an SVG does not wait for a PNG. */
export async function exportImage(
  scene: MapScene,
  kind: 'svg' | 'png',
  layoutWasm: string,
  status: HTMLElement,
) {
  status.textContent = t('network.exporting');
  try {
    const { mapImageSvg, mapImagePng } = await failsAs('load-failed', import('../map-export.ts'));
    const svg = await mapImageSvg(scene, layoutWasm);
    const blob = kind === 'png' ? await mapImagePng(scene, svg) : svg;
    downloadFile(`${t('map.fileName')}.${kind}`, blob, kind === 'png' ? 'image/png' : 'image/svg+xml');
    status.textContent = t('network.exported');
  } catch (error) {
    status.textContent = t('network.exportFailed', { reason: failureText(t, error) });
  }
}
