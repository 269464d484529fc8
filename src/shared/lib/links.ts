import { parseAccountList } from './account-list';

/**
 * Screen links, built and read in one place: where each run is shown (its own screen for Add friends and
 * the matrix, a run page for the rest), and the prefilled screens the next steps open.
 */
export const addRunPath = (id: string) => `/add?${new URLSearchParams({ run: id }).toString()}`;
export const matrixRunPath = (id: string) =>
  `/matrix?${new URLSearchParams({ run: id }).toString()}`;
/** "Save as plan": the Plans screen with a finished matrix run's friendships in the editor. */
export const savePlanPath = (matrixRunId: string) =>
  `/plans?${new URLSearchParams({ run: matrixRunId }).toString()}`;
export const runDetailPath = (id: string) => `/runs/${encodeURIComponent(id)}`;

/** The screen of a run, from the API it calls (History knows runs by their API). */
export function runPath(api: string, id: string): string {
  if (api.endsWith('friend_add')) return addRunPath(id);
  if (api.endsWith('friend_check') || api === 'relation_matrix') return matrixRunPath(id);
  return runDetailPath(id);
}

export const historyPath = (filters: Record<string, string>) => {
  const query = new URLSearchParams(filters).toString();
  return query ? `/history?${query}` : '/history';
};

const withQuery = (path: string, params: Record<string, string>) =>
  `${path}?${new URLSearchParams(params).toString()}`;

/** Accounts, checking these accounts (the missing ones can be imported from there). */
export const accountsPath = (accounts: readonly string[]) =>
  withQuery('/accounts', { accounts: accounts.join(',') });

/** Relations of a user: their friends and blocklist. */
export const userRelationsPath = (user: string) => withQuery('/relations', { user });

/** Add friends prefilled; opening it never sends. */
export function addFriendsPath({
  from,
  to,
  type = 'both',
  force = false,
}: {
  from: string;
  to: readonly string[];
  type?: 'both' | 'single';
  force?: boolean;
}): string {
  return withQuery('/add', {
    from,
    to: to.join(','),
    type,
    ...(force ? { force: '1' } : {}),
  });
}

/** The relation matrix of these accounts, checked on opening. */
export const matrixCheckPath = (accounts: readonly string[]) =>
  withQuery('/matrix', { accounts: accounts.join(','), type: 'both', run: '1' });

/** A link's own parameters, as the screens read them; a missing one reads as its default. */
export function readAddFriendsLink(params: URLSearchParams) {
  return {
    from: params.get('from') ?? '',
    to: parseAccountList(params.get('to') ?? ''),
    type: params.get('type') === 'single' ? ('single' as const) : ('both' as const),
    force: params.get('force') === '1',
    run: params.get('run') ?? undefined,
  };
}

/**
 * The matrix link: its accounts (rows, and columns when they differ) and CheckType; `run` names
 * a stored run, and the older `run=1` asks for a check of the accounts on opening.
 */
export function readMatrixLink(params: URLSearchParams) {
  const run = params.get('run') ?? undefined;
  return {
    accounts: parseAccountList(params.get('accounts') ?? ''),
    columns: parseAccountList(params.get('columns') ?? ''),
    type: params.get('type') === 'single' ? ('single' as const) : ('both' as const),
    run: run === '1' ? undefined : run,
    checkOnOpen: run === '1',
  };
}

export const readUserRelationsLink = (params: URLSearchParams) => ({
  user: params.get('user') ?? '',
});

/** Plans: `run` is a finished matrix run to save as a plan. */
export const readPlansLink = (params: URLSearchParams) => ({
  run: params.get('run') ?? undefined,
});
