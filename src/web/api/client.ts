/** The web app's only way to the server: JSON under /api/v1, errors as problem details. */
export interface FieldError {
  path: string;
  message: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly detail: string,
    readonly errors: FieldError[] = [],
    readonly body: Record<string, unknown> = {},
  ) {
    super(detail);
  }

  /** The message for one field, matched on the last part of its path. */
  forField(name: string): string | undefined {
    return this.errors.find((e) => e.path === name || e.path.endsWith(`.${name}`))?.message;
  }

  /** Messages for every field under a path prefix such as `measurement` (body. is implied). */
  under(prefix: string): string | undefined {
    const hits = this.errors.filter((e) => e.path === `body.${prefix}` || e.path.startsWith(`body.${prefix}.`));
    return hits.length ? hits.map((e) => e.message).join('; ') : undefined;
  }

  /** True when the server could not be reached at all (offline, server down). */
  get offline(): boolean {
    return this.status === 0;
  }
}

export const asApiError = (e: unknown, fallback = 'Something went wrong.'): ApiError =>
  e instanceof ApiError ? e : new ApiError(-1, e instanceof Error ? e.message : fallback);

/** The address of an API path, for links the browser follows itself (reports in a new tab). */
export const apiUrl = (url: string) => `/api/v1${url}`;

const UNREACHABLE = 'Crescendo cannot reach the server. Check the connection; nothing you typed is lost.';

async function problem(res: Response): Promise<ApiError> {
  const data = await res.json().catch(() => ({}));
  return new ApiError(res.status, data.detail ?? res.statusText, data.errors ?? [], data);
}

export async function request<T>(method: string, url: string, body?: unknown): Promise<T> {
  let res: Response;
  try {
    res = await fetch(apiUrl(url), {
      method,
      credentials: 'same-origin',
      headers: body !== undefined ? { 'content-type': 'application/json' } : {},
      body: body !== undefined ? JSON.stringify(body) : undefined,
    });
  } catch {
    throw new ApiError(0, UNREACHABLE);
  }
  if (res.status === 204) return undefined as T;
  if (!res.ok) throw await problem(res);
  return (await res.json().catch(() => ({}))) as T;
}

/** A file the server sends as an attachment (a PDF), with the name it gives it. */
export async function download(url: string): Promise<{ blob: Blob; filename: string }> {
  let res: Response;
  try {
    res = await fetch(apiUrl(url), { credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, UNREACHABLE);
  }
  if (!res.ok) throw await problem(res);
  const filename = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? 'report.pdf';
  return { blob: await res.blob(), filename };
}

export const get = <T>(url: string) => request<T>('GET', url);
export const post = <T>(url: string, body: unknown = {}) => request<T>('POST', url, body);
export const patch = <T>(url: string, body: unknown) => request<T>('PATCH', url, body);
export const put = <T>(url: string, body: unknown) => request<T>('PUT', url, body);
export const del = <T = void>(url: string, body?: unknown) => request<T>('DELETE', url, body);

/** A client-generated id: the server is idempotent on it, so a retried create stores once. */
export const newId = (): string => crypto.randomUUID();

/** Audio sent as it is (a recording), its facts in the query; the answer is JSON like any other. */
export async function sendAudio<T>(url: string, audio: Blob, type: string): Promise<T> {
  let res: Response;
  try {
    res = await fetch(apiUrl(url), { method: 'POST', credentials: 'same-origin', headers: { 'content-type': type }, body: audio });
  } catch {
    throw new ApiError(0, UNREACHABLE);
  }
  if (!res.ok) throw await problem(res);
  return (await res.json()) as T;
}
