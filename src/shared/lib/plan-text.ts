import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';

import { describeIssues, type FieldProblem } from '@/shared/contract/common';
import { Plan } from '@/shared/contract/plan';

export type PlanTextResult = { ok: true; plan: Plan } | { ok: false; problems: FieldProblem[] };

/**
 * A plan from the text of a file: JSON, or YAML (a superset of JSON, so one parser reads both;
 * JSON goes through JSON.parse first for its plainer error messages).
 */
export function parsePlanText(text: string): PlanTextResult {
  let data: unknown;
  const trimmed = text.trimStart();
  try {
    data = trimmed.startsWith('{') ? JSON.parse(text) : parseYaml(text, { maxAliasCount: 100 });
  } catch (error) {
    const format = trimmed.startsWith('{') ? 'JSON' : 'YAML';
    return {
      ok: false,
      problems: [{ field: '(file)', message: `not valid ${format}: ${(error as Error).message}` }],
    };
  }
  const parsed = Plan.safeParse(data);
  if (!parsed.success) return { ok: false, problems: describeIssues(parsed.error) };
  return { ok: true, plan: parsed.data };
}

/** One line per problem, as the CLI and the screen show them. */
export function describePlanProblems(problems: FieldProblem[]): string {
  return problems.map((problem) => `${problem.field}: ${problem.message}`).join('\n');
}

export function planToYaml(plan: unknown): string {
  return stringifyYaml(plan, { flowCollectionPadding: false });
}
