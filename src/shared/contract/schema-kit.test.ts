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

describe('maxItems names the cap its request schema enforces', () => {
  const tooBig = (schema: z.ZodType, length: number) =>
    schema.safeParse(Array(length).fill(null)).error?.issues.some((i) => i.code === 'too_big');
  for (const [name, endpoint] of Object.entries(endpoints)) {
    if (!('maxItems' in endpoint)) continue;
    it(`${name}: at most ${endpoint.maxItems.max} ${endpoint.maxItems.field}`, () => {
      let list = (endpoint.request as z.ZodObject).shape[endpoint.maxItems.field] as z.ZodType;
      while (list instanceof z.ZodOptional) list = list.unwrap() as z.ZodType;
      expect(list).toBeInstanceOf(z.ZodArray);
      expect(tooBig(list, endpoint.maxItems.max)).toBe(false);
      expect(tooBig(list, endpoint.maxItems.max + 1)).toBe(true);
    });
  }
});
