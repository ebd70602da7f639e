// What a text answer offers as choices (`choices` in schemas/worksheet.ts): the people on the map
// and the needs the participant ticked. Offers only: any other text stays a valid answer.
import type { AnswerValue, Person } from './workbook.ts';

/** One offered answer and what it is: someone on the map, someone planned, or a need. */
export interface Choice {
  value: string;
  kind: 'current' | 'planned' | 'need';
}

/** The people on the map, in the map's order, each name once; planned people say so. */
export function peopleChoices(people: readonly Pick<Person, 'name' | 'status'>[]): Choice[] {
  const seen = new Set<string>();
  const out: Choice[] = [];
  for (const p of people) {
    const value = p.name.trim();
    if (!value || seen.has(value)) continue;
    seen.add(value);
    out.push({ value, kind: p.status === 'potential' ? 'planned' : 'current' });
  }
  return out;
}

/**
 * The needs ticked in the needs field (`ticked`, its stored answer), in the words of `labels`
 * (option id → label), in the order they were ticked; ids without words are left out.
 */
export function needChoices(
  ticked: AnswerValue | undefined,
  labels: Readonly<Record<string, string>>,
): Choice[] {
  if (!Array.isArray(ticked)) return [];
  return [...new Set(ticked.filter((id): id is string => typeof id === 'string'))]
    .filter((id) => Object.hasOwn(labels, id))
    .map((id) => ({ value: labels[id]!, kind: 'need' as const }));
}
