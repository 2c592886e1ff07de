/**
 * A plain tar archive (POSIX ustar) from files in memory: what the legacy export hands a family,
 * opened by every operating system's archive tool, written with Node's built-ins only.
 */
const BLOCK = 512;

function header(name: string, size: number, mtime: Date): Buffer {
  const h = Buffer.alloc(BLOCK, 0);
  const put = (text: string, at: number, len: number) => h.write(text.slice(0, len), at, len, 'ascii');
  /** A number field: octal digits and a NUL. */
  const octal = (n: number, len: number) => n.toString(8).padStart(len - 1, '0');
  put(name, 0, 100);
  put(octal(0o644, 8), 100, 7);
  put(octal(0, 8), 108, 7);
  put(octal(0, 8), 116, 7);
  put(octal(size, 12), 124, 11);
  put(octal(Math.floor(mtime.getTime() / 1000), 12), 136, 11);
  put('        ', 148, 8);
  put('0', 156, 1);
  put('ustar\u000000', 257, 8);
  const sum = h.reduce((a, b) => a + b, 0);
  put(`${sum.toString(8).padStart(6, '0')}\u0000 `, 148, 8);
  return h;
}

/** Names are ASCII paths of at most 100 characters (the caller makes them so). */
export function tarOf(files: { name: string; bytes: Buffer }[], mtime = new Date()): Buffer {
  const parts: Buffer[] = [];
  for (const f of files) {
    if (!/^[\x20-\x7e]{1,100}$/.test(f.name)) throw new Error(`a tar entry name must be ASCII, at most 100 characters: ${f.name}`);
    parts.push(header(f.name, f.bytes.length, mtime), f.bytes, Buffer.alloc((BLOCK - (f.bytes.length % BLOCK)) % BLOCK, 0));
  }
  parts.push(Buffer.alloc(BLOCK * 2, 0));
  return Buffer.concat(parts);
}
