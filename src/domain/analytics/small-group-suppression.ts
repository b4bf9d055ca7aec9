/**
 * Smallest number of evaluated employees an aggregate may describe. Smaller
 * groups are suppressed so that no one's ratings can be read off a table.
 *
 * NOTE: 10 is a common floor for personnel statistics, chosen here as a
 * default; a district policy may set another value.
 */
export const minimumGroupSize = 10;

/**
 * Returns why an aggregate over `population` employees must be suppressed,
 * or null when it may be shown.
 *
 * A group is suppressed when it has fewer than `minimum` people. It is also
 * suppressed when a wider group that contains it (the same query with a
 * filter removed, or a parent unit) differs from it by 1 to `minimum - 1`
 * people, because subtracting the two aggregates would describe them.
 */
export function suppressionReason(
  population: number,
  containingPopulations: number[],
  minimum: number = minimumGroupSize,
): string | null {
  if (population < minimum) {
    return `The group has fewer than ${minimum} evaluated employees, so it is not shown.`;
  }
  const revealing = containingPopulations.some((containing) => {
    const difference = containing - population;
    return difference > 0 && difference < minimum;
  });
  if (revealing) {
    return `A wider group differs from this one by fewer than ${minimum} employees, so showing both would reveal them; this group is not shown.`;
  }
  return null;
}
