/** Memory held by a compiled graph's typed arrays (ids, the id index and rule objects not counted). */
import type { Graph } from './types.ts';

export function graphByteLength(graph: Graph): number {
  let bytes =
    graph.dependentsStart.byteLength +
    graph.dependents.byteLength +
    (graph.dependentWeight?.byteLength ?? 0) +
    graph.cut.byteLength +
    graph.ruleOf.byteLength +
    graph.typeOf.byteLength;
  const d = graph.degradation;
  if (d) {
    bytes += d.dependentsStart.byteLength + d.dependents.byteLength + (d.dependentWeight?.byteLength ?? 0) + d.cut.byteLength + d.ruleOf.byteLength + d.softEntry.byteLength;
  }
  return bytes;
}
