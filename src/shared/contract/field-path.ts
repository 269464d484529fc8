// Apart from common.ts, which builds zod schemas when loaded: the shell words issues without zod.

/** One line per issue, naming the field path the way Tencent's docs do: AddFriendItem[3].Remark. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => {
    if (typeof key === 'number') return `${text}[${key}]`;
    return text === '' ? String(key) : `${text}.${String(key)}`;
  }, '');
}
