// Structure of an ego network (you plus your people; ties are "these two know each other").
// Formulas, sources and the networkx checks: docs/analysis.md#density to #constraint (Burt 1992;
// Borgatti 1997 for unweighted ties).

export type Tie = readonly [string, string];

/** Alters' neighbours among the alters, from the tie list (unknown ids and self-ties ignored, duplicates merged). */
function neighbours(alters: readonly string[], ties: readonly Tie[]): Map<string, Set<string>> {
  const map = new Map(alters.map((a) => [a, new Set<string>()]));
  for (const [a, b] of ties) {
    if (a === b || !map.has(a) || !map.has(b)) continue;
    map.get(a)!.add(b);
    map.get(b)!.add(a);
  }
  return map;
}

/** Number of distinct ties among the alters. */
export function tieCount(alters: readonly string[], ties: readonly Tie[]): number {
  let twice = 0;
  for (const set of neighbours(alters, ties).values()) twice += set.size;
  return twice / 2;
}

/** Density among the alters: 2t / (n(n−1)); 0 with fewer than two people. */
export function density(alters: readonly string[], ties: readonly Tie[]): number {
  const n = alters.length;
  return n < 2 ? 0 : (2 * tieCount(alters, ties)) / (n * (n - 1));
}

/** Burt's effective size in Borgatti's form for unweighted ties: n − 2t/n; 0 with nobody. */
export function effectiveSize(alters: readonly string[], ties: readonly Tie[]): number {
  const n = alters.length;
  return n === 0 ? 0 : n - (2 * tieCount(alters, ties)) / n;
}

/** Efficiency: effective size divided by the number of people; 0 with nobody. */
export function efficiency(alters: readonly string[], ties: readonly Tie[]): number {
  return alters.length === 0 ? 0 : effectiveSize(alters, ties) / alters.length;
}

/**
 * Burt's constraint on you: Σ_j (p_j + Σ_{q≠j} p_q · p_qj)², where p_j is your proportional tie to
 * person j (1/n: you know each of them) and p_qj is q's proportional tie to j over all q's ties,
 * you included. 0 with nobody; 1 with one person.
 */
export function constraint(alters: readonly string[], ties: readonly Tie[]): number {
  const n = alters.length;
  if (n === 0) return 0;
  const nb = neighbours(alters, ties);
  const p = 1 / n;
  let total = 0;
  for (const j of alters) {
    let indirect = 0;
    for (const q of nb.get(j)!) indirect += p * (1 / (nb.get(q)!.size + 1)); // q's ties: its alters plus you
    total += (p + indirect) ** 2;
  }
  return total;
}
