/** Body fields that hold UserIDs, at any depth: From_Account, To_Account, UserID, Accounts. */
const USER_ID_FIELDS = new Set(['From_Account', 'To_Account', 'UserID', 'Accounts']);

/**
 * The first UserID field whose value is not a JSON string (alone or in a list), or undefined.
 * Tencent's common layer answers such a body with 60015 ("body account invalid") on every API,
 * before the API reads it. Walks iteratively, so a deeply nested body cannot overflow the stack.
 */
export function findNonStringUserId(body: unknown): string | undefined {
  const pending: { value: unknown; path: string }[] = [{ value: body, path: '' }];
  while (pending.length > 0) {
    const { value, path } = pending.pop()!;
    if (Array.isArray(value)) {
      value.forEach((element, index) =>
        pending.push({ value: element, path: `${path}[${index}]` }),
      );
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    for (const [key, field] of Object.entries(value)) {
      const fieldPath = path === '' ? key : `${path}.${key}`;
      if (!USER_ID_FIELDS.has(key)) {
        pending.push({ value: field, path: fieldPath });
        continue;
      }
      if (typeof field === 'string') continue;
      if (!Array.isArray(field)) return fieldPath;
      const bad = field.findIndex((element) => typeof element !== 'string');
      if (bad >= 0) return `${fieldPath}[${bad}]`;
    }
  }
  return undefined;
}
