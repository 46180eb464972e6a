/**
 * How an answer sounded, from its samples: how long it ran, how much of it was speech, and where
 * the long pauses fell. Pure and model-free: frame energy against the recording's own noise floor.
 */

export type Pause = { startSeconds: number; seconds: number };
export type SpeechAnalysis = {
  durationSeconds: number;
  speakingSeconds: number;
  /** Share of the answer (from first to last speech) spent speaking, 0..1. */
  speakingShare: number;
  pauseCount: number;
  longestPauseSeconds: number;
  pauses: Pause[];
};

/** Silences at least this long count as pauses (shorter ones are breaths and commas). */
export const MIN_PAUSE_SECONDS = 1.5;
const FRAME_SECONDS = 0.02;
/** Speech sits at least this far above the quietest frames (the room), in decibels. */
const SPEECH_OVER_FLOOR_DB = 12;
/** Below this level nothing is speech, however quiet the room (digital silence, a muted mic). */
const ABSOLUTE_FLOOR_DB = -50;
/** A voiced stretch shorter than this is a click or a bump, not speech. */
const MIN_SPEECH_SECONDS = 0.1;

const round2 = (x: number) => Math.round(x * 100) / 100;
const toDb = (rms: number) => 20 * Math.log10(Math.max(rms, 1e-9));

/** Frame energies in dBFS (RMS over 20 ms frames). */
function frameLevels(samples: Float32Array, sampleRate: number): number[] {
  const size = Math.max(1, Math.round(sampleRate * FRAME_SECONDS));
  const levels: number[] = [];
  for (let start = 0; start < samples.length; start += size) {
    const end = Math.min(samples.length, start + size);
    let sum = 0;
    for (let i = start; i < end; i++) sum += samples[i]! * samples[i]!;
    levels.push(toDb(Math.sqrt(sum / (end - start))));
  }
  return levels;
}

/** Speech is never more than this far below the loudest stretches of the same answer. */
const SPEECH_UNDER_PEAK_DB = 25;
/** A recording at one steady level is all speech when it is at least this loud, and none when quieter. */
const STEADY_SPEECH_DB = -35;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? ABSOLUTE_FLOOR_DB;
}

/**
 * The level speech must exceed. Normally 12 dB over the room (the level a tenth of the frames sit
 * under), but never more than 25 dB under the loud stretches, so an answer with hardly any pause
 * still counts as speech; and when everything sits at one level, loudness alone decides.
 */
function speechThreshold(levels: number[]): number {
  const sorted = [...levels].sort((a, b) => a - b);
  const floor = percentile(sorted, 0.1);
  const peak = percentile(sorted, 0.95);
  if (peak - floor < SPEECH_OVER_FLOOR_DB) return peak >= STEADY_SPEECH_DB ? -Infinity : Infinity;
  return Math.max(ABSOLUTE_FLOOR_DB, Math.min(floor + SPEECH_OVER_FLOOR_DB, peak - SPEECH_UNDER_PEAK_DB));
}

/** Runs of equal booleans as [value, startFrame, length]. */
function runs(flags: boolean[]): [boolean, number, number][] {
  const out: [boolean, number, number][] = [];
  flags.forEach((f, i) => {
    const last = out[out.length - 1];
    if (last && last[0] === f) last[2]++;
    else out.push([f, i, 1]);
  });
  return out;
}

/**
 * Analyses mono samples in [-1, 1]. Frames are speech when they rise over the threshold above
 * (and over -50 dBFS); voiced blips under 0.1 s are dropped. Pauses are silences of at least 1.5 s
 * between the first and the last speech: the quiet before the first word is thinking time, not a pause.
 */
export function analyzeSpeech(samples: Float32Array, sampleRate: number, minPauseSeconds = MIN_PAUSE_SECONDS): SpeechAnalysis {
  const durationSeconds = samples.length / sampleRate;
  const levels = frameLevels(samples, sampleRate);
  const threshold = speechThreshold(levels);
  const voiced = levels.map((db) => db > threshold);
  // Drop voiced runs too short to be speech.
  const minSpeechFrames = Math.round(MIN_SPEECH_SECONDS / FRAME_SECONDS);
  for (const [value, start, length] of runs(voiced)) if (value && length < minSpeechFrames) voiced.fill(false, start, start + length);

  const spans = runs(voiced);
  const speechFrames = voiced.filter(Boolean).length;
  const first = voiced.indexOf(true);
  const last = voiced.lastIndexOf(true);
  const pauses: Pause[] = spans
    .filter(([value, start, length]) => !value && start > first && start + length - 1 < last && length * FRAME_SECONDS >= minPauseSeconds)
    .map(([, start, length]) => ({ startSeconds: round2(start * FRAME_SECONDS), seconds: round2(length * FRAME_SECONDS) }));
  const speakingSeconds = speechFrames * FRAME_SECONDS;
  const answerSeconds = first < 0 ? 0 : (last - first + 1) * FRAME_SECONDS;
  return {
    durationSeconds: round2(durationSeconds),
    speakingSeconds: round2(Math.min(speakingSeconds, durationSeconds)),
    speakingShare: answerSeconds > 0 ? round2(speakingSeconds / answerSeconds) : 0,
    pauseCount: pauses.length,
    longestPauseSeconds: round2(Math.max(0, ...pauses.map((p) => p.seconds))),
    pauses,
  };
}

/** An interview pace: 130 to 160 words a minute. */
export const PACE_BAND = { min: 130, max: 160 } as const;

/** Words per minute of speaking time, when the words said are known (a story's length, so an estimate). */
export function estimatedPace(words: number, speakingSeconds: number): number | null {
  if (words <= 0 || speakingSeconds < 5) return null;
  return Math.round(words / (speakingSeconds / 60));
}

/** Mixes interleaved or planar channels down to one (the analysis needs no stereo). */
export function mixToMono(channels: readonly Float32Array[]): Float32Array {
  if (channels.length === 1) return channels[0]!;
  const out = new Float32Array(channels[0]?.length ?? 0);
  for (const channel of channels) for (let i = 0; i < out.length; i++) out[i]! += channel[i]! / channels.length;
  return out;
}
