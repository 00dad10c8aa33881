/**
 * The median of a list of measurements (the mean of the middle two for an even count): the
 * figure every bench reports, as it shrugs off a noisy neighbour's spikes.
 *
 * @example
 * median([3, 1, 2]); // → 2
 */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
