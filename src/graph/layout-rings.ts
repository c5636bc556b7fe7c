/**
 * Rings: items (disks of given radii) around a centre, on as many concentric rings as needed,
 * inner rings first. Pure geometry, no graph. Used for a speaker's statements, a delegation's
 * members and, one level up, the clusters themselves.
 */

export interface Offset {
  x: number;
  y: number;
}

export interface RingOptions {
  /** Radius of what sits at the centre (items start outside it). */
  inner: number;
  /** Where the first item goes, in radians (0 = right, π/2 = down: screen coordinates). */
  start?: number;
  /**
   * 'around': a ring spreads its items evenly over the full circle.
   * 'toward': a ring that is not full stays a sector centred on `start`.
   */
  spread?: 'around' | 'toward';
  gap?: number;
}

/** Offsets for each item, in order, and the radius of the disk they all fit in. */
export function packRings(
  radii: readonly number[],
  options: RingOptions,
): { offsets: Offset[]; radius: number } {
  const { inner, start = 0, spread = 'around', gap = 0 } = options;
  const offsets: Offset[] = new Array<Offset>(radii.length);
  let from = 0;
  let ringInner = inner;
  let outer = inner;
  while (from < radii.length) {
    // Fill one ring: its radius fits the biggest item so far; each item takes the angle it needs.
    let biggest = 0;
    let to = from;
    let used = 0;
    const angles: number[] = [];
    for (; to < radii.length; to++) {
      const r = (radii[to] ?? 0) + gap / 2;
      const big = Math.max(biggest, r);
      const R = ringInner + big;
      const angle = 2 * Math.asin(Math.min(1, r / R));
      // The first item of a ring always fits; afterwards the ring closes at 2π.
      if (to > from && (used + angle > 2 * Math.PI || big > biggest * 1.5)) break;
      biggest = big;
      used += angle;
      angles.push(angle);
    }
    const R = ringInner + biggest;
    // Re-measure at the final radius and share the free angle out evenly.
    const need = angles.map(
      (_, k) => 2 * Math.asin(Math.min(1, ((radii[from + k] ?? 0) + gap / 2) / R)),
    );
    const total = need.reduce((a, b) => a + b, 0);
    const full = spread === 'around' || total > 2 * Math.PI * 0.75;
    const slack = full ? Math.max(0, 2 * Math.PI - total) / need.length : 0;
    // A full ring starts with its first item centred on `start`; a sector is centred on it.
    let angle = full ? start - (need[0] ?? 0) / 2 : start - total / 2;
    need.forEach((a, k) => {
      const mid = angle + a / 2;
      offsets[from + k] = { x: R * Math.cos(mid), y: R * Math.sin(mid) };
      angle += a + slack;
    });
    outer = R + biggest;
    ringInner = outer;
    from = to;
  }
  return { offsets, radius: outer };
}
