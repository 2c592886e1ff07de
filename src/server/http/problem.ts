/** RFC 9457 problem details: the one error shape of the API. */
export interface FieldError {
  path: string;
  message: string;
}

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors?: FieldError[];
  [extra: string]: unknown;
}

const TITLES: Record<number, string> = {
  400: 'Bad request',
  401: 'Not signed in',
  403: 'Not allowed',
  404: 'Not found',
  408: 'Request timeout',
  409: 'Conflict',
  410: 'Gone',
  412: 'Precondition failed',
  413: 'Request too large',
  415: 'Unsupported media type',
  421: 'Misdirected request',
  422: 'Rule not met',
  429: 'Too many requests',
  431: 'Request headers too large',
  500: 'Internal error',
  503: 'Service unavailable',
};

/** Thrown by services; the error handler turns it into application/problem+json. */
export class Problem extends Error {
  constructor(
    readonly status: number,
    readonly detail: string,
    readonly errors?: FieldError[],
    readonly extra: Record<string, unknown> = {},
    readonly slug?: string,
  ) {
    super(detail);
  }

  body(): ProblemBody {
    const title = TITLES[this.status] ?? 'Error';
    return {
      type: `https://crescendo.example/problems/${this.slug ?? title.toLowerCase().replace(/ /g, '-')}`,
      title,
      status: this.status,
      detail: this.detail,
      ...(this.errors ? { errors: this.errors } : {}),
      ...this.extra,
    };
  }
}

export const notFound = (what: string) => new Problem(404, `${what} was not found`);
export const forbidden = (detail: string) => new Problem(403, detail);
export const conflict = (detail: string, extra: Record<string, unknown> = {}) => new Problem(409, detail, undefined, extra);
export const ruleBroken = (detail: string, errors: FieldError[], slug?: string) => new Problem(422, detail, errors, {}, slug);
export const badRequest = (detail: string, errors?: FieldError[]) => new Problem(400, detail, errors);
