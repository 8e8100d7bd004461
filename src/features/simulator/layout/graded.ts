/** Which components carry an evidence-grade line under their name (GraphSvg draws it for these). */
import type { Evidence } from '../evidence.ts';

export function isGradedNode(evidence: Evidence): (id: string) => boolean {
  return (id) => {
    if (!evidence.graded) return false;
    const g = evidence.node(id);
    return g === 'inferred' || g === 'assumed';
  };
}
