/**
 * TypeScript types of the API, generated from the OpenAPI document the server serves (the same zod
 * schemas that validate every request), for the web app and the tests: `npm run api:types` writes
 * `src/web/api/openapi.d.ts`; a test fails when the committed file no longer matches the server.
 */
import path from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { buildApp } from '../app.js';
import { openDatabase } from '../db/connection.js';

export const API_TYPES_FILE = path.resolve('src/web/api/openapi.d.ts');

const HEADER = `/**
 * The API's types, generated from GET /api/openapi.json by \`npm run api:types\`. Do not edit by hand:
 * a test compares this file with what the server describes.
 */
`;

export async function generateApiTypes(): Promise<string> {
  const database = await openDatabase({ memory: true });
  const app = await buildApp({ database, serveWeb: false });
  try {
    const doc = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const ast = await openapiTS(doc, { alphabetize: true });
    return `${HEADER}${astToString(ast)}`;
  } finally {
    await app.close();
    await database.close();
  }
}
