// What the research adds beyond the five factors (docs/analysis.md#what-research-adds): the balance
// of Kram's career and psychosocial functions, sponsorship, multiplexity, over-reliance on one
// person, the inside/outside balance (Krackhardt and Stern's E-I index) and giving back (mentees). Counts only: the
// words live in content/ui (`analysis.support.*`).
import { SUPPORT_FUNCTIONS, type Source } from '../person.ts';
import type { Person } from '../workbook.ts';

export interface SupportFindings {
  /** People whose kinds of support are given: the rest say nothing either way. */
  described: number;
  /** People giving at least one career function, and at least one psychosocial function. */
  career: number;
  psychosocial: number;
  /** Ids of people who give sponsorship (speak for you when you are not in the room). */
  sponsors: string[];
  /** Ids of people who give two or more kinds of support. */
  multiplex: string[];
  /** How many people the participant mentors (giving back), when content names the mentee roles. */
  mentees: number | null;
  /**
   * The person the network leans on most, when one carries more than `relianceShare` of the linked
   * needs (of at least two) or of the roles covered (of at least two); null otherwise.
   */
  reliance: {
    person: string;
    /** Whether the needs they meet or the roles they hold pass the share. */
    by: 'needs' | 'roles';
    needs: number;
    ofNeeds: number;
    roles: number;
    ofRoles: number;
  } | null;
  /**
   * E-I index over people with a source: (E − I) / (E + I), I inside the participant's own
   * workplace system, E outside it; null with nobody with a source.
   */
  ei: { index: number; inside: number; outside: number } | null;
}

const CAREER: readonly string[] = SUPPORT_FUNCTIONS.career;
const PSYCHOSOCIAL: readonly string[] = SUPPORT_FUNCTIONS.psychosocial;

/**
 * The support findings for the current people. `goals` are the needs with the people the
 * participant linked to them; `inside` the sources of the participant's own system (the workplace).
 */
export function supportFindings(
  people: readonly Person[],
  goals: readonly { need: string; supporters: readonly string[] }[],
  inside: readonly Source[],
  relianceShare = 0.5,
  menteeRoles: readonly string[] = [],
): SupportFindings {
  const described = people.filter((p) => (p.supports ?? []).length > 0);
  const gives = (p: Person, kinds: readonly string[]) => (p.supports ?? []).some((s) => kinds.includes(s));

  let reliance: SupportFindings['reliance'] = null;
  const covered = new Set(people.flatMap((p) => p.roles));
  for (const p of people) {
    const needs = goals.filter((g) => g.supporters.includes(p.id)).length;
    const roles = p.roles.filter((r) => covered.has(r)).length;
    const byNeeds = goals.length >= 2 && needs / goals.length > relianceShare;
    const heavy = byNeeds || (covered.size >= 2 && roles / covered.size > relianceShare);
    const weight = needs / Math.max(goals.length, 1) + roles / Math.max(covered.size, 1);
    const best = reliance
      ? reliance.needs / Math.max(reliance.ofNeeds, 1) + reliance.roles / Math.max(reliance.ofRoles, 1)
      : -1;
    if (heavy && weight > best)
      reliance = {
        person: p.id,
        by: byNeeds ? 'needs' : 'roles',
        needs,
        ofNeeds: goals.length,
        roles,
        ofRoles: covered.size,
      };
  }

  const withSource = people.filter((p) => p.source !== undefined);
  const inCount = withSource.filter((p) => inside.includes(p.source!)).length;
  const outCount = withSource.length - inCount;

  return {
    described: described.length,
    career: described.filter((p) => gives(p, CAREER)).length,
    psychosocial: described.filter((p) => gives(p, PSYCHOSOCIAL)).length,
    sponsors: people.filter((p) => (p.supports ?? []).includes('sponsorship')).map((p) => p.id),
    multiplex: people.filter((p) => new Set(p.supports ?? []).size >= 2).map((p) => p.id),
    mentees: menteeRoles.length
      ? people.filter((p) => p.roles.some((r) => menteeRoles.includes(r))).length
      : null,
    reliance,
    ei: withSource.length
      ? { index: (outCount - inCount) / withSource.length, inside: inCount, outside: outCount }
      : null,
  };
}
