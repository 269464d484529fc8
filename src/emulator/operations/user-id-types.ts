/** Body fields that hold one UserID, at any depth. */
const SINGLE_ID_FIELDS = new Set(['From_Account', 'UserID']);
/** Body fields that hold a UserID or a list of them (To_Account is either, by API). */
const ID_LIST_FIELDS = new Set(['To_Account', 'Accounts']);

/**
 * Whether a UserID field holds something other than a JSON string (or, for To_Account and
 * Accounts, a list of strings). Tencent's common layer answers such a body with 60015 ("body account invalid") on every API,
 * before the API reads it. Walks iteratively, so a deeply nested body cannot overflow the stack.
 */
export function hasNonStringUserId(body: unknown): boolean {
  const pending: unknown[] = [body];
  while (pending.length > 0) {
    const value = pending.pop();
    if (Array.isArray(value)) {
      for (const element of value) pending.push(element);
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    for (const [key, field] of Object.entries(value)) {
      const single = SINGLE_ID_FIELDS.has(key);
      if (!single && !ID_LIST_FIELDS.has(key)) {
        pending.push(field);
        continue;
      }
      if (typeof field === 'string') continue;
      if (single || !Array.isArray(field)) return true;
      if (field.some((element) => typeof element !== 'string')) return true;
    }
  }
  return false;
}
