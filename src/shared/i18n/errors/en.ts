import { errorCatalogue } from '@/shared/contract/error-codes';

export interface ErrorText {
  meaning: string;
  cause: string;
  nextStep: string;
}

/** Keyed by code (`'30539'`), plus `unknown` for a code the catalogue lacks. */
export type ErrorTexts = { unknown: ErrorText } & Record<`${number}`, ErrorText>;

/**
 * The `errors` namespace in English, made from the catalogue in the contract, which stays the
 * one place an English explanation is written; other languages key their texts by the same codes.
 */
export const en: ErrorTexts = {
  unknown: {
    meaning: 'Tencent returned code {{code}}, which is not in the catalogue.',
    cause: 'An undocumented or new code.',
    nextStep: 'Look the code up in Tencent’s error-code page; retry once if it looks transient.',
  },
  ...Object.fromEntries(
    [...errorCatalogue.values()].map(({ code, meaning, cause, nextStep }) => [
      String(code),
      { meaning, cause, nextStep },
    ]),
  ),
};
