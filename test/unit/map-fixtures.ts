// What the map tests (and the map benchmark) draw with: five roles and every word of a map, some
// of them markup, which must stay text.
import type { MapWords } from '../../src/core/map-scene.ts';

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
  legend: { sources: 'Sources', stages: 'Stages', rings: 'Rings', status: 'Status', ties: 'Know each other' },
  change: {
    added: 'New',
    gone: 'Gone',
    closer: 'Closer',
    farther: 'Farther',
    roleChanged: 'Role changed',
  },
  key: { note: 'Too many people to show every name: numbers, see the key' },
};
