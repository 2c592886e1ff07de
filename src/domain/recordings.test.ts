import { describe, expect, it } from 'vitest';
import { byteRangeOf, looksLike, recordingTypeOf } from './recordings.js';

describe('byte ranges of a 1000-byte clip', () => {
  const cases: [string | undefined, ReturnType<typeof byteRangeOf>][] = [
    [undefined, { kind: 'whole' }],
    ['', { kind: 'whole' }],
    ['bytes=0-499', { kind: 'part', start: 0, end: 499 }],
    ['bytes=500-', { kind: 'part', start: 500, end: 999 }],
    ['bytes=-200', { kind: 'part', start: 800, end: 999 }],
    ['bytes=-5000', { kind: 'part', start: 0, end: 999 }],
    ['bytes=900-5000', { kind: 'part', start: 900, end: 999 }],
    ['bytes=999-999', { kind: 'part', start: 999, end: 999 }],
    ['bytes=0-0', { kind: 'part', start: 0, end: 0 }],
    ['bytes=1000-', { kind: 'unsatisfiable' }],
    ['bytes=1000-1001', { kind: 'unsatisfiable' }],
    ['bytes=500-400', { kind: 'unsatisfiable' }],
    ['bytes=-0', { kind: 'unsatisfiable' }],
    ['bytes=-', { kind: 'unsatisfiable' }],
    ['bytes=abc', { kind: 'unsatisfiable' }],
    ['bytes=1.5-2', { kind: 'unsatisfiable' }],
    ['garbage', { kind: 'unsatisfiable' }],
    ['items=0-1', { kind: 'whole' }],
    ['bytes=0-1,5-6', { kind: 'whole' }],
  ];
  for (const [header, want] of cases) it(`${String(header)} → ${JSON.stringify(want)}`, () => expect(byteRangeOf(header, 1000)).toEqual(want));
});

describe('audio types', () => {
  it('reads the media type without its parameters, and knows the common aliases', () => {
    expect(recordingTypeOf('audio/webm;codecs=opus')).toBe('audio/webm');
    expect(recordingTypeOf('Audio/OGG')).toBe('audio/ogg');
    expect(recordingTypeOf('audio/x-wav')).toBe('audio/wav');
    expect(recordingTypeOf('audio/mp3')).toBe('audio/mpeg');
    expect(recordingTypeOf('video/webm')).toBeNull();
    expect(recordingTypeOf('application/json')).toBeNull();
    expect(recordingTypeOf(undefined)).toBeNull();
  });

  it('a file is accepted as the type it declares only when its first bytes are that type’s', () => {
    const b = (...xs: (number | string)[]) => Uint8Array.from(xs.flatMap((x) => (typeof x === 'string' ? [...x].map((c) => c.charCodeAt(0)) : [x])));
    const files = {
      webm: b(0x1a, 0x45, 0xdf, 0xa3, 0x9f), ogg: b('OggS', 0), mp4: b(0, 0, 0, 0x20, 'ftypM4A '), id3: b('ID3', 4), frame: b(0xff, 0xfb, 0x90),
      wav: b('RIFF', 0, 0, 0, 0, 'WAVEfmt '), text: b('hello world!'),
    };
    const accepted = (type: Parameters<typeof looksLike>[0]) => Object.entries(files).filter(([, head]) => looksLike(type, head)).map(([k]) => k);
    expect(accepted('audio/webm')).toEqual(['webm']);
    expect(accepted('audio/ogg')).toEqual(['ogg']);
    expect(accepted('audio/mp4')).toEqual(['mp4']);
    expect(accepted('audio/mpeg')).toEqual(['id3', 'frame']);
    expect(accepted('audio/wav')).toEqual(['wav']);
  });
});
