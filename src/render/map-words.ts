// The words drawn on a map, looked up in the interface strings (content/ui), for the browser and the build alike.
import { layoutMap, type MapPerson } from '../core/map-layout.ts';
import {
  CLOSENESS,
  SOURCES,
  STAGES,
  closenessOf,
  isPlanned,
  type Closeness,
  type Status,
} from '../core/person.ts';
import {
  mapScene,
  type DrawnPerson,
  type MapScene,
  type MapWords,
  type SceneOptions,
} from '../core/map-scene.ts';
import type { Translate } from '../core/i18n.ts';

export function mapWords(
  t: Translate,
  roles: readonly { id: string; name: string }[],
  people: readonly { closeness?: Closeness | undefined; status?: Status | undefined }[],
): MapWords {
  // Planned people are drawn but, as in the findings, counted apart from those who support you now.
  const current = people.filter((p) => !isPlanned(p));
  const count = (c: Closeness) => current.filter((p) => closenessOf(p) === c).length;
  const sources = Object.fromEntries(
    [...SOURCES, 'unknown' as const].map((s) => [
      s,
      {
        name: s === 'unknown' ? t('map.source.unknown') : t(`person.source.${s}`),
        letter: t(`map.source.${s}.letter`),
      },
    ]),
  ) as MapWords['sources'];
  const stages = {
    ...Object.fromEntries(STAGES.map((s) => [s, t(`person.stage.${s}`)])),
    unknown: t('map.stage.unknown'),
  } as MapWords['stages'];
  return {
    title: t('map.title'),
    description: t('map.description', {
      current: current.length,
      planned: people.length - current.length,
      close: count('close'),
      moderate: count('moderate'),
      distant: count('distant'),
    }),
    you: t('map.you'),
    roles: Object.fromEntries(roles.map((r) => [r.id, r.name])),
    rings: Object.fromEntries(CLOSENESS.map((c) => [c, t(`person.closeness.${c}`)])) as MapWords['rings'],
    sources,
    stages,
    current: t('person.status.current'),
    potential: t('map.potential'),
    legend: {
      sources: t('map.legend.sources'),
      stages: t('map.legend.stages'),
      rings: t.label(t('map.legend.rings')),
      status: t('person.status'),
      ties: t('map.legend.ties'),
    },
    change: {
      added: t('map.newSinceSnapshot'),
      gone: t('map.change.gone'),
      closer: t('map.change.closer'),
      farther: t('map.change.farther'),
      roleChanged: t('map.change.roleChanged'),
    },
    key: { note: t('map.key.note') },
  };
}

/**
 * A network's map scene as the live map draws it, with every person's full name: for the printed
 * page (an empty network gives the map to draw on by hand) and the PDFs.
 */
export function drawNetworkMap(
  t: Translate,
  roles: readonly { id: string; name: string }[],
  network: { people: readonly (MapPerson & DrawnPerson)[]; ties: readonly (readonly [string, string])[] },
  options: Omit<SceneOptions, 'ties'> = {},
): MapScene {
  const words = mapWords(t, roles, network.people);
  return mapScene(
    layoutMap(
      network.people,
      roles.map((r) => r.id),
    ),
    network.people,
    words,
    { ...options, ties: network.ties },
  );
}
