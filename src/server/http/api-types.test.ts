/** The committed API types are the ones the server describes today. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { API_TYPES_FILE, generateApiTypes } from './api-types.js';

describe('the API types', () => {
  it('match the OpenAPI document (after a change to a route, run `npm run api:types` and commit the file)', async () => {
    const committed = readFileSync(API_TYPES_FILE, 'utf8');
    const now = await generateApiTypes();
    expect(now === committed, 'src/web/api/openapi.d.ts is out of date: run `npm run api:types`').toBe(true);
  }, 60_000);
});
