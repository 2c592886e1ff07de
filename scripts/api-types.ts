/** Writes src/web/api/openapi.d.ts from the server's OpenAPI document (`npm run api:types`). */
import { writeFileSync } from 'node:fs';
import { API_TYPES_FILE, generateApiTypes } from '../src/server/http/api-types.js';

writeFileSync(API_TYPES_FILE, await generateApiTypes());
process.stdout.write(`wrote ${API_TYPES_FILE}\n`);
