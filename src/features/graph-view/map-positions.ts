/**
 * A deterministic force-directed layout (Fruchterman–Reingold), run at build time so the browser
 * receives coordinates and does no layout work. Same ids and links in, same coordinates out,
 * in whatever order they come: nodes are sorted by id, links made undirected and sorted; nodes
 * start on a sunflower spiral (no randomness) and cool on a fixed
 * schedule. Repulsion is exact (O(n²)) for small graphs and uses grid buckets with FR's own 2k
 * cut-off above `exactBelow` nodes, so 5,000 nodes stay well under a second per hundred steps.
 * A final pass pushes apart nodes closer than `minDistance` so shapes do not overlap.
 */

export interface Point {
  x: number;
  y: number;
}

export interface LayoutOptions {
  /** output box; coordinates fall within [padding, width − padding] × [padding, height − padding] */
  width: number;
  height: number;
  padding?: number;
  iterations?: number;
  /** smallest distance between node centres after the overlap pass, in output units */
  minDistance?: number;
  /**
   * how many times wider than tall the keep-clear zone round each node is: labels sit to the right
   * of their node, so a map with labels wants more room sideways (1 = round)
   */
  clearanceAspect?: number;
  /** use exact repulsion below this many nodes, grid buckets at or above */
  exactBelow?: number;
}

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

export function layoutGraph(
  ids: readonly string[],
  links: readonly { source: string; target: string }[],
  options: LayoutOptions,
): Map<string, Point> {
  const { width, height, padding = 24, iterations = 300, minDistance = 30, clearanceAspect = 1, exactBelow = 1000 } = options;
  const order = [...new Set(ids)].sort();
  const n = order.length;
  const result = new Map<string, Point>();
  if (n === 0) return result;
  if (n === 1) {
    result.set(order[0]!, { x: width / 2, y: height / 2 });
    return result;
  }
  const index = new Map(order.map((id, i) => [id, i]));
  // Undirected, de-duplicated and sorted, so link order and direction cannot change the result.
  const pairs = new Set<number>();
  for (const l of links) {
    const a = index.get(l.source);
    const b = index.get(l.target);
    if (a === undefined || b === undefined || a === b) continue;
    pairs.add(Math.min(a, b) * n + Math.max(a, b));
  }
  const sortedPairs = [...pairs].sort((p, q) => p - q);
  const edgeA = sortedPairs.map((p) => Math.floor(p / n));
  const edgeB = sortedPairs.map((p) => p % n);

  // Work in a unit square scaled by the node count; fit to the output box at the end.
  const k = 1; // ideal edge length
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const r = k * Math.sqrt(i + 0.5);
    x[i] = r * Math.cos(i * GOLDEN_ANGLE);
    y[i] = r * Math.sin(i * GOLDEN_ANGLE);
  }
  const dx = new Float64Array(n);
  const dy = new Float64Array(n);
  const useGrid = n >= exactBelow;
  const gravity = 0.05;
  let temperature = Math.sqrt(n) * k * 0.5;
  const cooling = temperature / (iterations + 1);

  for (let it = 0; it < iterations; it++) {
    dx.fill(0);
    dy.fill(0);
    if (useGrid) repelGrid(x, y, dx, dy, k);
    else repelExact(x, y, dx, dy, k);
    for (let e = 0; e < edgeA.length; e++) {
      const a = edgeA[e]!;
      const b = edgeB[e]!;
      const ex = x[a]! - x[b]!;
      const ey = y[a]! - y[b]!;
      const d = hypot(ex, ey) || 1e-9;
      const f = d / k; // d²/k, divided by d for the unit vector
      dx[a]! -= ex * f;
      dy[a]! -= ey * f;
      dx[b]! += ex * f;
      dy[b]! += ey * f;
    }
    for (let i = 0; i < n; i++) {
      // Gravity keeps separate components near each other instead of drifting apart.
      dx[i]! -= x[i]! * gravity;
      dy[i]! -= y[i]! * gravity;
      const d = hypot(dx[i]!, dy[i]!);
      if (d > 0) {
        const step = Math.min(d, temperature) / d;
        x[i]! += dx[i]! * step;
        y[i]! += dy[i]! * step;
      }
    }
    temperature -= cooling;
  }

  fitToBox(x, y, width, height, padding);
  // Separate in a space squeezed sideways, so the keep-clear zone is an ellipse.
  for (let i = 0; i < n; i++) x[i]! /= clearanceAspect;
  separate(x, y, minDistance, width / clearanceAspect, height, padding / clearanceAspect);
  for (let i = 0; i < n; i++) x[i]! *= clearanceAspect;
  for (let i = 0; i < n; i++) result.set(order[i]!, { x: round(x[i]!), y: round(y[i]!) });
  return result;
}

const round = (v: number) => Math.round(v * 10) / 10;

function repelExact(x: Float64Array, y: Float64Array, dx: Float64Array, dy: Float64Array, k: number) {
  const n = x.length;
  const k2 = k * k;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      let ex = x[i]! - x[j]!;
      let ey = y[i]! - y[j]!;
      let d2 = ex * ex + ey * ey;
      if (d2 < 1e-12) {
        // Coincident: separate along a fixed, index-derived direction (deterministic).
        ex = 1e-3 * Math.cos(i + j);
        ey = 1e-3 * Math.sin(i + j);
        d2 = ex * ex + ey * ey;
      }
      const f = k2 / d2; // k²/d, divided by d for the unit vector
      dx[i]! += ex * f;
      dy[i]! += ey * f;
      dx[j]! -= ex * f;
      dy[j]! -= ey * f;
    }
  }
}

/** Repulsion only between nodes in the same or adjacent cells of side 2k (FR's grid variant). */
function repelGrid(x: Float64Array, y: Float64Array, dx: Float64Array, dy: Float64Array, k: number) {
  const n = x.length;
  const cell = 2 * k;
  const k2 = k * k;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (let i = 0; i < n; i++) {
    minX = Math.min(minX, x[i]!);
    minY = Math.min(minY, y[i]!);
    maxX = Math.max(maxX, x[i]!);
    maxY = Math.max(maxY, y[i]!);
  }
  const cols = Math.max(1, Math.floor((maxX - minX) / cell) + 1);
  const rows = Math.max(1, Math.floor((maxY - minY) / cell) + 1);
  // Counting sort of nodes into cells: `start` offsets into `members`.
  const cellOf = new Int32Array(n);
  const start = new Int32Array(cols * rows + 1);
  for (let i = 0; i < n; i++) {
    const c = Math.floor((x[i]! - minX) / cell) + cols * Math.floor((y[i]! - minY) / cell);
    cellOf[i] = c;
    start[c + 1]!++;
  }
  for (let c = 0; c < cols * rows; c++) start[c + 1]! += start[c]!;
  const fill = start.slice();
  const members = new Int32Array(n);
  for (let i = 0; i < n; i++) members[fill[cellOf[i]!]!++] = i;
  const cutoff2 = cell * cell;
  for (let i = 0; i < n; i++) {
    const cx = cellOf[i]! % cols;
    const cy = (cellOf[i]! - cx) / cols;
    for (let oy = -1; oy <= 1; oy++) {
      const ry = cy + oy;
      if (ry < 0 || ry >= rows) continue;
      for (let ox = -1; ox <= 1; ox++) {
        const rx = cx + ox;
        if (rx < 0 || rx >= cols) continue;
        const c = rx + ry * cols;
        for (let m = start[c]!; m < start[c + 1]!; m++) {
          const j = members[m]!;
          if (j <= i) continue;
          let ex = x[i]! - x[j]!;
          let ey = y[i]! - y[j]!;
          let d2 = ex * ex + ey * ey;
          if (d2 > cutoff2) continue;
          if (d2 < 1e-12) {
            ex = 1e-3 * Math.cos(i + j);
            ey = 1e-3 * Math.sin(i + j);
            d2 = ex * ex + ey * ey;
          }
          const f = k2 / d2;
          dx[i]! += ex * f;
          dy[i]! += ey * f;
          dx[j]! -= ex * f;
          dy[j]! -= ey * f;
        }
      }
    }
  }
}

/** Scale uniformly (keeping the shape) and centre inside the padded box. */
function fitToBox(x: Float64Array, y: Float64Array, width: number, height: number, padding: number) {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (let i = 0; i < x.length; i++) {
    minX = Math.min(minX, x[i]!);
    minY = Math.min(minY, y[i]!);
    maxX = Math.max(maxX, x[i]!);
    maxY = Math.max(maxY, y[i]!);
  }
  const innerW = width - 2 * padding;
  const innerH = height - 2 * padding;
  const scale = Math.min(innerW / (maxX - minX || 1), innerH / (maxY - minY || 1));
  const offX = padding + (innerW - (maxX - minX) * scale) / 2;
  const offY = padding + (innerH - (maxY - minY) * scale) / 2;
  for (let i = 0; i < x.length; i++) {
    x[i] = offX + (x[i]! - minX) * scale;
    y[i] = offY + (y[i]! - minY) * scale;
  }
}

/**
 * Push apart pairs closer than `min`, a few sweeps over a grid of side `min` (each pair moves
 * half the shortfall each), clamped to the box. Stops early once no pair is too close.
 */
function separate(x: Float64Array, y: Float64Array, min: number, width: number, height: number, padding: number) {
  const n = x.length;
  const cols = Math.max(1, Math.ceil(width / min) + 1);
  const rows = Math.max(1, Math.ceil(height / min) + 1);
  const cellOf = new Int32Array(n);
  const start = new Int32Array(cols * rows + 1);
  const members = new Int32Array(n);
  for (let sweep = 0; sweep < 50; sweep++) {
    start.fill(0);
    for (let i = 0; i < n; i++) {
      const cx = Math.min(cols - 1, Math.max(0, Math.floor(x[i]! / min)));
      const cy = Math.min(rows - 1, Math.max(0, Math.floor(y[i]! / min)));
      cellOf[i] = cx + cy * cols;
      start[cellOf[i]! + 1]!++;
    }
    for (let c = 0; c < cols * rows; c++) start[c + 1]! += start[c]!;
    const fill = start.slice();
    for (let i = 0; i < n; i++) members[fill[cellOf[i]!]!++] = i;
    let moved = false;
    for (let i = 0; i < n; i++) {
      const cx = cellOf[i]! % cols;
      const cy = (cellOf[i]! - cx) / cols;
      for (let oy = -1; oy <= 1; oy++) {
        for (let ox = -1; ox <= 1; ox++) {
          const rx = cx + ox;
          const ry = cy + oy;
          if (rx < 0 || ry < 0 || rx >= cols || ry >= rows) continue;
          const c = rx + ry * cols;
          for (let m = start[c]!; m < start[c + 1]!; m++) {
            const j = members[m]!;
            if (j <= i) continue;
            let ex = x[j]! - x[i]!;
            let ey = y[j]! - y[i]!;
            let d = hypot(ex, ey);
            if (d >= min) continue;
            if (d < 1e-9) {
              ex = Math.cos(i * GOLDEN_ANGLE + j);
              ey = Math.sin(i * GOLDEN_ANGLE + j);
              d = 1;
            }
            // Overshoot a little so rounding to 0.1 cannot leave a pair just short.
            const push = ((min - hypot(x[j]! - x[i]!, y[j]! - y[i]!)) / 2 + 0.1) / d;
            x[i]! -= ex * push;
            y[i]! -= ey * push;
            x[j]! += ex * push;
            y[j]! += ey * push;
            moved = true;
          }
        }
      }
    }
    for (let i = 0; i < n; i++) {
      x[i] = Math.min(width - padding, Math.max(padding, x[i]!));
      y[i] = Math.min(height - padding, Math.max(padding, y[i]!));
    }
    if (!moved) break;
  }
}

/** √(x² + y²); Math.hypot is several times slower in V8 and this runs millions of times per layout. */
function hypot(x: number, y: number): number {
  return Math.sqrt(x * x + y * y);
}
