import { toNestErrors, validateFieldsNatively } from '@hookform/resolvers';
import type { FieldError, FieldValues, Resolver } from 'react-hook-form';
import type { z } from 'zod';

import { issueMessage } from './issue-message';

/**
 * `zodResolver`, with each message worded by `issueMessage` in the current language, so a form
 * shows "Remark 为 99 字节，上限为 96 字节" where the proxy would say it in English.
 */
export function translatedZodResolver<Input extends FieldValues, Output>(
  schema: z.ZodType<Output, Input>,
): Resolver<Input, unknown, Output> {
  return async (values, _context, options) => {
    const result = await schema.safeParseAsync(values);
    if (result.success) {
      if (options.shouldUseNativeValidation) validateFieldsNatively({}, options);
      return { values: result.data, errors: {} };
    }
    const errors: Record<string, FieldError> = {};
    for (const issue of result.error.issues) {
      errors[issue.path.join('.')] ??= { type: issue.code, message: issueMessage(issue, values) };
    }
    return { values: {}, errors: toNestErrors(errors, options) };
  };
}
