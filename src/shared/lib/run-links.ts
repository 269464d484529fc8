/** Where each run is shown: its own screen for Add friends and the matrix, a run page for the rest. */
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
