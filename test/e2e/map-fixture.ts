// Workbooks for the map page's browser tests and screenshots: n people spread over roles and rings,
// with long and non-Latin names among them, stored the way the page stores them.
const first = [
  'Ana',
  'Bo',
  'Chidi',
  'Dana',
  'Élodie',
  'Farid',
  'Γιώργος',
  'Иван',
  '李',
  'محمد',
  'Anita',
  'Jean-Baptiste',
];
const last = [
  'Ruiz',
  'Lee',
  'Okafor',
  'Cohen',
  'Faure',
  'Haddad',
  'Παπαδόπουλος',
  'Петров',
  '小龍',
  'علي',
  'Sharma',
  'Delacroix-Moreau',
];
const roles = ['developmental', 'skills', 'work-life', 'peer', 'mentee'];
const rings = ['close', 'moderate', 'distant'] as const;
const sources = ['department', 'institution', 'external', 'personal'] as const;
const stages = ['above', 'same', 'below'] as const;

/** n people; `roleIds` are the kit's roles (a fork's own set, say). */
export function fixturePeople(n: number, roleIds: readonly string[] = roles) {
  return Array.from({ length: n }, (_, i) => ({
    id: `p${i}`,
    name: `${first[i % first.length]} ${last[(i * 7 + 3) % last.length]}${i >= first.length ? ` ${i}` : ''}`,
    roles: [roleIds[(i * 3) % roleIds.length]!],
    closeness: rings[(i * 2) % 3],
    source: sources[i % 4],
    stage: stages[(i * 5) % 3],
  }));
}

/** The localStorage envelope of a workbook with these people and a few ties. */
export function fixtureEnvelope(
  n: number,
  ties = Math.min(n - 1, 8),
  roleIds: readonly string[] = roles,
): string {
  const t = new Date().toISOString();
  const people = fixturePeople(n, roleIds);
  const workbook = {
    schemaVersion: 3,
    createdAt: t,
    updatedAt: t,
    answers: {},
    network: {
      people,
      ties: Array.from({ length: Math.max(0, ties) }, (_, i) => [`p${i}`, `p${(i * 5 + 2) % n}`]).filter(
        ([a, b]) => a !== b,
      ),
    },
    snapshots: [],
  };
  return JSON.stringify({ revision: 1, workbook });
}
