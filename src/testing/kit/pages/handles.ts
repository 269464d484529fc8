import type { Locator, Page } from '@playwright/test';

/** `value` inside a double-quoted CSS attribute selector; a UserID may hold `"` or `\`. */
export function cssString(value: string): string {
  return `"${value.replace(/["\\]/g, '\\$&')}"`;
}

/**
 * A field by the Tencent name its label ends with (`From account · From_Account`, in Chinese
 * `来源账号 · From_Account`): the one part of a label that no translation changes.
 */
export function fieldNamed(scope: Page | Locator, tencentName: string): Locator {
  return scope.getByLabel(new RegExp(`\\b${tencentName}$`));
}

/**
 * Picks the option of a segmented control or radio group that sends `value` (`Add_Type_Single`),
 * whatever words its label shows. The radio itself is visually hidden, so it is clicked in
 * place; React sees the same change event as from a click on its label.
 */
export async function pickValue(scope: Page | Locator, value: string): Promise<void> {
  const radio = scope.locator(`input[type="radio"][value=${cssString(value)}]`);
  await radio.dispatchEvent('click');
  await radio.and(scope.locator(':checked')).waitFor({ state: 'attached' });
}

/**
 * Opens a Mantine select and picks the option that carries `value` (`AllowType_Type_AllowAny`,
 * `mixed-relations`), whatever words it shows; options outside the screen's wire values, such as
 * free words (`/^Demo/`), are found by their accessible name instead.
 */
export async function pickOption(
  page: Page,
  select: Locator,
  value: string | RegExp,
): Promise<void> {
  await select.click();
  const byName = page.getByRole('option', { name: value });
  const option =
    typeof value === 'string'
      ? page.locator(`[role="option"][value=${cssString(value)}]`).or(byName)
      : byName;
  await option.first().click();
}
