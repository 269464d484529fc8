/** Key roots shared by features, so one feature can make another's data stale without importing it. */
export const queryKeyRoots = {
  target: ['target'] as const,
  session: ['session'] as const,
  relations: ['relations'] as const,
  accounts: ['accounts'] as const,
  emulator: ['emulator'] as const,
  history: ['history'] as const,
};
