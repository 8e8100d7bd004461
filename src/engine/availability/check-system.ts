/**
 * The checks of a system description that need the whole description (k against the number of parts,
 * weights against parts, domain references and cycles, duplicate ids, beta-factor groups). Kept apart
 * from system-schema.ts so code that builds descriptions itself (the calculator) can run them without zod.
 */
import { checkDomains, unknownDomainProblem } from './domains.ts';
import { formatPath, makeIssue, type AvailabilityIssue, type ErrorPath } from './errors.ts';
import type { Block, ProbabilityFields, SystemDescription } from './types.ts';

/** Exactly one of availability, unavailability, or the MTBF/MTTR pair. */
function checkProbabilityFields(fields: ProbabilityFields, path: ErrorPath, issues: AvailabilityIssue[]): void {
  const given = [fields.availability, fields.unavailability].filter((v) => v !== undefined).length;
  const hasMtbf = fields.mtbf !== undefined;
  const hasMttr = fields.mttr !== undefined;
  if (hasMtbf !== hasMttr) {
    issues.push(makeIssue([...path, hasMtbf ? 'mttr' : 'mtbf'], `${hasMtbf ? 'mttr' : 'mtbf'} is missing (MTBF and MTTR go together)`));
    return;
  }
  const ways = given + (hasMtbf ? 1 : 0);
  if (ways === 0) issues.push(makeIssue(path, 'needs an availability, an unavailability, or mtbf and mttr'));
  else if (ways > 1) {
    // Point at the second way given, in the order availability, unavailability, mtbf.
    const second = ['availability', 'unavailability', 'mtbf'].filter((k) => fields[k as keyof ProbabilityFields] !== undefined)[1] ?? 'mtbf';
    issues.push(makeIssue([...path, second], 'give only one of availability, unavailability, or mtbf and mttr'));
  } else if (hasMtbf && fields.mtbf === 0 && fields.mttr === 0) {
    issues.push(makeIssue([...path, 'mttr'], 'mtbf and mttr cannot both be 0'));
  }
}

/** The checks that need the whole description. The description has already passed the shape checks. */
export function checkSystem(system: SystemDescription): AvailabilityIssue[] {
  const domains = system.domains ?? [];
  const issues: AvailabilityIssue[] = [];
  domains.forEach((d, i) => checkProbabilityFields(d, ['domains', i], issues));
  issues.push(...checkDomains(domains));
  const known = new Map<string, number>();
  domains.forEach((d, i) => {
    if (!known.has(d.id)) known.set(d.id, i);
  });
  const ids = new Map<string, string>();
  const walk = (block: Block, path: ErrorPath): void => {
    if (block.id !== undefined) {
      const earlier = ids.get(block.id);
      if (earlier !== undefined) issues.push(makeIssue([...path, 'id'], `duplicate id "${block.id}" (also ${earlier})`));
      else ids.set(block.id, formatPath(path));
    }
    switch (block.type) {
      case 'component':
        checkProbabilityFields(block, path, issues);
        (block.domains ?? []).forEach((id, j) => {
          if (!known.has(id)) issues.push(makeIssue([...path, 'domains', j], unknownDomainProblem(id, known)));
        });
        return;
      case 'series':
        break;
      case 'k-of-n':
        if (block.k > block.parts.length) {
          issues.push(makeIssue([...path, 'k'], `k is ${block.k} but the block has only ${block.parts.length} part${block.parts.length === 1 ? '' : 's'}`));
        }
        break;
      case 'threshold': {
        if (block.weights.length !== block.parts.length) {
          issues.push(makeIssue([...path, 'weights'], `${block.weights.length} weight${block.weights.length === 1 ? '' : 's'} for ${block.parts.length} part${block.parts.length === 1 ? '' : 's'}: give one weight per part`));
        } else if (!block.weights.some((w) => w > 0)) {
          issues.push(makeIssue([...path, 'weights'], 'at least one weight must be more than 0'));
        }
        // Two shares that make the block ignore its parts are mistakes, not models.
        const strict = block.comparison === 'more-than';
        if (block.share === 0 && !strict) {
          issues.push(makeIssue([...path, 'share'], 'share 0 with "at-least" would keep the block up even with every part down: use a share above 0, or comparison "more-than" for "any weight up"'));
        } else if (block.share === 1 && strict) {
          issues.push(makeIssue([...path, 'share'], 'share 1 with "more-than" can never be met, so the block would always be down: use comparison "at-least" for "all the weight up"'));
        }
        break;
      }
    }
    if ((block.type === 'k-of-n' || block.type === 'threshold') && block.beta !== undefined && block.beta > 0) {
      block.parts.forEach((part, j) => {
        if (part.type !== 'component') {
          issues.push(makeIssue([...path, 'parts', j], `a beta-factor group (beta on ${formatPath(path)}) needs component parts, but this part is a ${part.type} block`));
        }
      });
    }
    block.parts.forEach((part, j) => walk(part, [...path, 'parts', j]));
  };
  walk(system.root, ['root']);
  return issues;
}

