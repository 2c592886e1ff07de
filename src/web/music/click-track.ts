/**
 * The metronome's click track on Web Audio. Timers only wake the scheduler; every click is placed on
 * the audio clock at its exact grid time (clicksInWindow), a look-ahead ahead of playback, so the
 * clicks stay on the grid however late the timer wakes. The same scheduling renders offline, which
 * is how the browser test checks the onsets.
 */
import { clicksInWindow, onsetOf, type BeatsPerBar, type Click } from '../../domain/metronome.js';

/** How far ahead clicks are placed, and how often the scheduler wakes, while the page is visible. */
export const LOOKAHEAD_S = 0.12;
export const WAKE_MS = 25;
/** Hidden (screen locked, another tab): the browser wakes timers about once a second, so place more ahead. */
export const HIDDEN_LOOKAHEAD_S = 2.5;

export interface ClickSounds {
  accent: AudioBuffer;
  beat: AudioBuffer;
}

/** A short woodblock-like tick that starts at full level on its first sample: higher and louder on beat 1. */
export function clickSounds(ctx: BaseAudioContext): ClickSounds {
  const make = (hz: number, level: number) => {
    const length = Math.round(ctx.sampleRate * 0.03);
    const buffer = ctx.createBuffer(1, length, ctx.sampleRate);
    const data = buffer.getChannelData(0);
    for (let i = 0; i < length; i++) {
      const t = i / ctx.sampleRate;
      data[i] = level * Math.cos(2 * Math.PI * hz * t) * Math.exp(-t / 0.006);
    }
    return buffer;
  };
  return { accent: make(1760, 0.9), beat: make(1320, 0.55) };
}

/** Where the track is: its grid (start time and tempo on the audio clock) and the next beat to place. */
export interface TrackState {
  start: number;
  bpm: number;
  beatsPerBar: BeatsPerBar;
  nextIndex: number;
}

/** One wake of the scheduler: places every click of [from, until) not placed yet. */
export function scheduleWindow(ctx: BaseAudioContext, out: AudioNode, sounds: ClickSounds, track: TrackState, from: number, until: number): { track: TrackState; sources: AudioBufferSourceNode[]; clicks: Click[] } {
  const { clicks, nextIndex } = clicksInWindow(track.start, track.bpm, track.beatsPerBar, track.nextIndex, from, until);
  const sources = clicks.map((c) => {
    const source = ctx.createBufferSource();
    source.buffer = c.accent ? sounds.accent : sounds.beat;
    source.connect(out);
    source.start(c.time);
    return source;
  });
  return { track: { ...track, nextIndex }, sources, clicks };
}

/**
 * A new tempo from the next beat not yet placed: the grid is re-anchored there, keeping the beat
 * count (and so beat 1 of the bar) where it was.
 */
export function retempo(track: TrackState, bpm: number, now: number): TrackState {
  const next = Math.max(onsetOf(track.start, track.bpm, track.nextIndex), now);
  return { ...track, bpm, start: next - (track.nextIndex * 60) / bpm };
}

/** Renders a click track offline with the live scheduler's windows and wakes: what the metronome plays. */
export async function renderClickTrack(bpm: number, beatsPerBar: BeatsPerBar, seconds: number, opts: { start?: number; sampleRate?: number } = {}): Promise<{ samples: Float32Array; sampleRate: number; clicks: Click[] }> {
  const sampleRate = opts.sampleRate ?? 48_000;
  const ctx = new OfflineAudioContext(1, Math.ceil(seconds * sampleRate), sampleRate);
  const sounds = clickSounds(ctx);
  let track: TrackState = { start: opts.start ?? 0.05, bpm, beatsPerBar, nextIndex: 0 };
  const clicks: Click[] = [];
  // The same windows the live scheduler uses, woken every WAKE_MS of audio time.
  for (let now = 0; now < seconds; now += WAKE_MS / 1000) {
    const r = scheduleWindow(ctx, ctx.destination, sounds, track, now, Math.min(seconds, now + LOOKAHEAD_S));
    track = r.track;
    clicks.push(...r.clicks);
  }
  const rendered = await ctx.startRendering();
  return { samples: rendered.getChannelData(0), sampleRate, clicks };
}

/** The live metronome: start, change tempo or meter while it runs, stop. One AudioContext, made on the first start (a tap). */
export class Metronome {
  private ctx: AudioContext | null = null;
  private sounds: ClickSounds | null = null;
  private out: GainNode | null = null;
  private track: TrackState | null = null;
  private timer: number | null = null;
  private sources = new Set<AudioBufferSourceNode>();

  get running() {
    return this.track !== null;
  }

  async start(bpm: number, beatsPerBar: BeatsPerBar) {
    if (!this.ctx) {
      this.ctx = new AudioContext({ latencyHint: 'interactive' });
      this.sounds = clickSounds(this.ctx);
      this.out = this.ctx.createGain();
      this.out.connect(this.ctx.destination);
    }
    if (this.ctx.state !== 'running') await this.ctx.resume();
    this.stop();
    this.track = { start: this.ctx.currentTime + 0.06, bpm, beatsPerBar, nextIndex: 0 };
    this.wake();
    this.timer = window.setInterval(() => this.wake(), WAKE_MS);
  }

  setTempo(bpm: number) {
    if (!this.track || !this.ctx || bpm === this.track.bpm) return;
    this.track = retempo(this.track, bpm, this.ctx.currentTime);
  }

  setBeatsPerBar(beatsPerBar: BeatsPerBar) {
    if (this.track) this.track = { ...this.track, beatsPerBar };
  }

  stop() {
    if (this.timer !== null) window.clearInterval(this.timer);
    this.timer = null;
    this.track = null;
    // Clicks placed ahead are cancelled: stop means silence now.
    for (const s of this.sources) s.stop();
    this.sources.clear();
  }

  async close() {
    this.stop();
    await this.ctx?.close();
    this.ctx = null;
  }

  private wake() {
    if (!this.ctx || !this.track || !this.sounds || !this.out) return;
    const now = this.ctx.currentTime;
    const ahead = document.visibilityState === 'hidden' ? HIDDEN_LOOKAHEAD_S : LOOKAHEAD_S;
    const r = scheduleWindow(this.ctx, this.out, this.sounds, this.track, now, now + ahead);
    this.track = r.track;
    for (const s of r.sources) {
      this.sources.add(s);
      s.onended = () => this.sources.delete(s);
    }
  }
}
