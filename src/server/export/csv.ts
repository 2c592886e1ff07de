/**
 * CSV as RFC 4180 says: CRLF between records, a header row, fields quoted when they hold a comma,
 * a double quote, CR or LF, and a double quote inside a quoted field written twice. UTF-8, no BOM.
 * An empty field means "no value".
 *
 * Text that a spreadsheet would run as a formula (starting with = + - @ TAB or CR) is written as
 * OWASP recommends against CSV injection: a single quote in front, and the field quoted. Typed
 * numbers are written as numbers (a slope of -0.5 stays -0.5): we write them, so they hold only a
 * numeral, which a spreadsheet reads as a value, never a formula.
 */
export type Cell = string | number | boolean | null | undefined;

export interface Column<T> {
  name: string;
  description: string;
  value: (row: T) => Cell;
}

export interface Table<T> {
  file: string;
  description: string;
  columns: Column<T>[];
  rows: T[];
}

/** The first characters that make a spreadsheet cell a formula (OWASP, CSV injection). */
export const FORMULA_START = /^[=+\-@\t\r]/;

export function csvField(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  const text = String(cell);
  if (typeof cell === 'string' && FORMULA_START.test(text)) return `"'${text.replace(/"/g, '""')}"`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** What a reader gets back for a text value: the value, with the quote that defuses a formula. */
export const asWritten = (text: string) => (FORMULA_START.test(text) ? `'${text}` : text);

export function toCsv<T>(table: Table<T>): string {
  const lines = [table.columns.map((c) => csvField(c.name)).join(',')];
  for (const row of table.rows) lines.push(table.columns.map((c) => csvField(c.value(row))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/** Parses RFC 4180 text into records of fields (the header is the first record). */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    record.push(field);
    field = '';
  };
  const endRecord = () => {
    endField();
    records.push(record);
    record = [];
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch !== '"') field += ch;
      else if (text[i + 1] === '"') {
        field += '"';
        i++;
      } else quoted = false;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') endField();
    else if (ch === '\n') endRecord();
    else if (ch === '\r' && text[i + 1] === '\n') {
      endRecord();
      i++;
    } else field += ch;
  }
  if (field !== '' || record.length > 0) endRecord();
  return records;
}

const md = (text: string) => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

/** The data dictionary: every file and every column, from the same definitions that write them. */
export function dataDictionary(title: string, preface: string[], tables: Table<never>[]): string {
  const out = [`# ${title}`, '', ...preface, ''];
  for (const t of tables) {
    out.push(`## ${t.file}`, '', t.description, '', `Rows: ${t.rows.length}.`, '', '| column | description |', '| --- | --- |');
    for (const c of t.columns) out.push(`| \`${c.name}\` | ${md(c.description)} |`);
    out.push('');
  }
  return out.join('\n');
}
