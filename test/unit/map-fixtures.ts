// What the map tests (and the map benchmark) draw with: five roles, every word of a map (some of
// them markup, which must stay text), and networks of long names in many scripts.
import type { MapPerson } from '../../src/core/map-layout.ts';
import type { MapWords } from '../../src/core/map-scene.ts';
import type { Closeness } from '../../src/core/person.ts';

export const MAP_ROLES = ['developmental', 'skills', 'work-life', 'peer', 'mentee'];

export const MAP_WORDS: MapWords = {
  title: 'My <network>',
  description: 'People & roles',
  you: 'You',
  roles: {
    developmental: 'Developmental',
    skills: 'Skills',
    'work-life': 'Work-life',
    peer: 'Peer',
    mentee: 'Mentee',
  },
  rings: { close: 'Close', moderate: 'Moderate', distant: 'Distant' },
  sources: {
    department: { name: 'Home department', letter: 'D' },
    institution: { name: 'Home institution', letter: 'I' },
    external: { name: 'Another institution', letter: 'E' },
    personal: { name: 'Family and friends', letter: 'P' },
    unknown: { name: 'Not given', letter: '?' },
  },
  stages: { above: 'Further along', same: 'Same stage', below: 'Earlier', unknown: 'Not given' },
  current: 'Current',
  potential: 'Potential',
  legend: {
    sources: 'Sources',
    stages: 'Stages',
    rings: 'Rings:',
    status: 'Status',
    ties: 'Know each other',
  },
  change: {
    added: 'New',
    gone: 'Gone',
    closer: 'Closer',
    farther: 'Farther',
    roleChanged: 'Role changed',
  },
  key: { note: 'Too many people to show every name: numbers, see the key' },
};

/** Long names and names in many scripts: Latin, Greek, Cyrillic, CJK, Arabic, Hebrew, Devanagari. */
export const MAP_NAMES = [
  'Ana Ruiz',
  'Bo Lee',
  'Dr. Jean-Baptiste Featherstonehaugh-Montgomery',
  'Chidi Okafor',
  'Élodie Faure',
  'Γιώργος Παπαδόπουλος',
  'Иван Петров',
  '李小龍',
  '田中さくら',
  'محمد عبد الرحمن',
  'דנה כהן',
  'अनीता शर्मा',
  'Maximiliana Wolfeschlegelsteinhausen-Bergdorff',
  'X',
];

/** A deterministic network of n people spread over roles and rings. */
export function mapNetwork(n: number, roles = MAP_ROLES, oneSector = false): MapPerson[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `p${i}`,
    name: `${MAP_NAMES[i % MAP_NAMES.length]}${i >= MAP_NAMES.length ? ` ${i}` : ''}`,
    roles: [oneSector ? roles[0]! : roles[(i * 7) % roles.length]!],
    closeness: (['close', 'moderate', 'distant'] as Closeness[])[(i * 5) % 3],
  }));
}
