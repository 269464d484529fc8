import { describe, expect, it } from 'vitest';
import { z } from 'zod';

import { endpoints } from './endpoints';

/** Strict objects refuse unknown keys through a `never` catch-all (zod 4). */
const isStrict = (schema: z.ZodObject) => schema._zod.def.catchall instanceof z.ZodNever;

describe('every request/wire pair comes from one shape', () => {
  for (const [name, endpoint] of Object.entries(endpoints)) {
    it(`${name}: a strict request and a looser wire with the same fields`, () => {
      const { request, wire } = endpoint;
      expect(request).toBeInstanceOf(z.ZodObject);
      expect(wire).toBeInstanceOf(z.ZodObject);
      const requestObject = request as z.ZodObject;
      const wireObject = wire as z.ZodObject;
      expect(Object.keys(wireObject.shape).sort()).toEqual(Object.keys(requestObject.shape).sort());
      expect(isStrict(requestObject)).toBe(true);
      expect(isStrict(wireObject)).toBe(false);
    });
  }
});
