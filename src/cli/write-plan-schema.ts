/** Writes schemas/plan.schema.json from the contract (`npm run schema`); a test checks it is current. */
import { writeFileSync } from 'node:fs';

import { planSchemaText } from '@/shared/contract/plan';

const target = new URL('../../schemas/plan.schema.json', import.meta.url);
writeFileSync(target, planSchemaText());
console.log(`wrote ${target.pathname}`);
