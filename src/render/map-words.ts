// The words drawn on a map, looked up in the interface strings (content/ui), for the browser and the build alike.
import { layoutMap, type Closeness, type MapPerson } from '../core/map-layout.ts';
import { renderMapSvg, SOURCES, STAGES, type DrawnPerson, type DrawOptions, type MapWords } from './map-svg.ts';

type T = (key: string, values?: Record<string, string | number>) => string;

export function mapWords(t: T, roles: readonly { id: string; name: string }[], closeness: readonly (Closeness | undefined)[]): MapWords {
  const count = (c: Closeness) => closeness.filter((x) => (x ?? 'distant') === c).length;
  const sources = Object.fromEntries([...SOURCES, 'unknown' as const].map((s) => [s, {
    name: s === 'unknown' ? t('map.source.unknown') : t(`person.source.${s}`),
    letter: t(`map.source.${s}.letter`),
  }])) as MapWords['sources'];
  const stages = { ...Object.fromEntries(STAGES.map((s) => [s, t(`person.stage.${s}`)])), unknown: t('map.stage.unknown') } as MapWords['stages'];
  return {
    title: t('map.title'),
    description: t('map.description', { n: closeness.length, close: count('close'), moderate: count('moderate'), distant: count('distant') }),
    you: t('map.you'),
    roles: Object.fromEntries(roles.map((r) => [r.id, r.name])),
    rings: { close: t('person.closeness.close'), moderate: t('person.closeness.moderate'), distant: t('person.closeness.distant') },
    sources,
    stages,
    current: t('person.status.current'),
    potential: t('map.potential'),
    legend: { sources: t('map.legend.sources'), stages: t('map.legend.stages'), rings: t('map.legend.rings'), status: t('person.status') },
  };
}

/**
 * A network's map as the live map draws it, with every person's full name, and its words: for the
 * printed page (an empty network gives the map to draw on by hand) and the PDFs.
 */
export function drawNetworkMap(
  t: T, roles: readonly { id: string; name: string }[],
  network: { people: readonly (MapPerson & DrawnPerson)[]; ties: readonly (readonly [string, string])[] },
  options: Omit<DrawOptions, 'ties'> = {},
): { svg: string; words: MapWords } {
  const words = mapWords(t, roles, network.people.map((p) => p.closeness));
  const svg = renderMapSvg(layoutMap(network.people, roles.map((r) => r.id)), network.people, words, { ...options, ties: network.ties });
  return { svg, words };
}
