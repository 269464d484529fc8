/** A limit kept in bench/budgets.json, keyed "benchmark.figure". */
export type Budgets = Record<string, { max?: number; min?: number }>;

export interface BudgetCheck {
  figure: string;
  value: number | undefined;
  limit: string;
  ok: boolean;
}

/** Compares each budgeted figure with its latest measurement; a missing figure fails too. */
export function checkBudgets(results: Record<string, unknown>, budgets: Budgets): BudgetCheck[] {
  return Object.entries(budgets).map(([figure, { max, min }]) => {
    const [benchmark = '', name = ''] = figure.split('.');
    const raw = (results[benchmark] as Record<string, unknown> | undefined)?.[name];
    const value = typeof raw === 'number' && Number.isFinite(raw) ? raw : undefined;
    const ok =
      value !== undefined &&
      (max === undefined || value <= max) &&
      (min === undefined || value >= min);
    const limit = [min !== undefined ? `≥ ${min}` : '', max !== undefined ? `≤ ${max}` : '']
      .filter(Boolean)
      .join(' and ');
    return { figure, value, limit, ok };
  });
}
