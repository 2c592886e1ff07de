/**
 * PDF from the report's HTML, printed by headless Chromium (playwright-core, Debian's chromium).
 *
 * One browser per app, started on the first PDF and closed with the app; each PDF gets a fresh
 * context with JavaScript off and every network request refused (the page is self-contained), so
 * one report cannot see another's. At most MAX_PARALLEL pages print at once; the rest wait.
 */
import type { Browser } from 'playwright-core';
import { esc } from './html-layout.js';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The same flags as the end-to-end tests (test/e2e/server.ts). */
export const CHROMIUM_FLAGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync',
];
const MAX_PARALLEL = 2;
const TIMEOUT_MS = 60_000;

export type Paper = 'a4' | 'letter';

export interface PdfOptions {
  paper: Paper;
  /** Running header, left: e.g. "Harmony Clinic · Progress report · Maya Lopez". */
  header: string;
  /** Footer, left: e.g. "Prepared 3 Mar 2026". */
  footer: string;
}

export class PdfRenderer {
  private browser: Promise<Browser> | null = null;
  private running = 0;
  private readonly waiting: (() => void)[] = [];
  private closed = false;

  private async launch(): Promise<Browser> {
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS, timeout: TIMEOUT_MS });
    browser.on('disconnected', () => {
      this.browser = null;
    });
    return browser;
  }

  private getBrowser(): Promise<Browser> {
    if (this.closed) return Promise.reject(new Error('the PDF renderer is closed'));
    if (!this.browser) {
      this.browser = this.launch();
      this.browser.catch(() => (this.browser = null));
    }
    return this.browser;
  }

  private async slot(): Promise<() => void> {
    if (this.running >= MAX_PARALLEL) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.running++;
    return () => {
      this.running--;
      this.waiting.shift()?.();
    };
  }

  async render(htmlDocument: string, opts: PdfOptions): Promise<Buffer> {
    const release = await this.slot();
    try {
      const browser = await this.getBrowser();
      const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
      try {
        const page = await context.newPage();
        await page.route('**/*', (route) => route.abort());
        await page.setContent(htmlDocument, { waitUntil: 'load', timeout: TIMEOUT_MS });
        await page.emulateMedia({ media: 'print' });
        const small = 'font-family: "DejaVu Sans", Arial, sans-serif; font-size: 7.5pt; color: #4f5b6e; width: 100%; padding: 0 14mm; display: flex; justify-content: space-between;';
        return await page.pdf({
          format: opts.paper === 'letter' ? 'Letter' : 'A4',
          printBackground: true,
          displayHeaderFooter: true,
          headerTemplate: `<div style='${small}'><span>${esc(opts.header)}</span><span>Confidential</span></div>`,
          footerTemplate: `<div style='${small}'><span>${esc(opts.footer)}</span><span>Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`,
          margin: { top: '18mm', bottom: '16mm', left: '14mm', right: '14mm' },
        });
      } finally {
        await context.close().catch(() => undefined);
      }
    } finally {
      release();
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    const b = this.browser;
    this.browser = null;
    if (b) await (await b.catch(() => null))?.close().catch(() => undefined);
  }
}

/** Pages in a PDF: the number of page objects ("/Type /Page", not "/Pages"). */
export function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

/** The document title Chromium writes from the page's <title> (UTF-16 hex or a literal string). */
export function pdfTitle(pdf: Buffer): string | null {
  const text = pdf.toString('latin1');
  const hex = /\/Title\s*<FEFF([0-9A-Fa-f]*)>/.exec(text);
  if (hex) {
    const bytes = Buffer.from(hex[1]!, 'hex');
    let out = '';
    for (let i = 0; i + 1 < bytes.length; i += 2) out += String.fromCharCode(bytes.readUInt16BE(i));
    return out;
  }
  const literal = /\/Title\s*\(((?:\\.|[^\\)])*)\)/.exec(text);
  return literal ? literal[1]!.replace(/\\(.)/g, '$1') : null;
}
