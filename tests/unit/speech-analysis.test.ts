import { describe, expect, it } from 'vitest';
import { analyzeSpeech, estimatedPace, mixToMono } from '@/lib/domain/speech-analysis';
import { seededRandom } from '@/lib/domain/random';

const RATE = 16_000;
/** Synthetic audio: segments of tone ("speech") or silence, with optional noise on everything. */
function signal(segments: [kind: 'tone' | 'quiet', seconds: number][], { noise = 0, amplitude = 0.3, seed = 1 } = {}): Float32Array {
  const random = seededRandom(seed);
  const total = segments.reduce((s, [, sec]) => s + sec, 0);
  const out = new Float32Array(Math.round(total * RATE));
  let i = 0;
  for (const [kind, seconds] of segments) {
    const n = Math.round(seconds * RATE);
    for (let k = 0; k < n; k++, i++) {
      // A voice is not a steady tone: a syllable-rate envelope (4 Hz) over a 220 Hz carrier.
      const voice =
        kind === 'tone' ? amplitude * (0.6 + 0.4 * Math.sin((2 * Math.PI * 4 * k) / RATE)) * Math.sin((2 * Math.PI * 220 * k) / RATE) : 0;
      out[i] = voice + noise * (random() * 2 - 1);
    }
  }
  return out;
}

describe('analyzeSpeech', () => {
  it('hears nothing in silence', () => {
    const a = analyzeSpeech(signal([['quiet', 5]]), RATE);
    expect(a).toMatchObject({ durationSeconds: 5, speakingSeconds: 0, pauseCount: 0, longestPauseSeconds: 0, speakingShare: 0 });
  });

  it('hears all speech in a steady tone, with no pauses', () => {
    const a = analyzeSpeech(signal([['tone', 6]]), RATE);
    expect(a.durationSeconds).toBe(6);
    expect(a.speakingSeconds).toBeGreaterThan(5.8);
    expect(a.pauseCount).toBe(0);
    expect(a.speakingShare).toBeGreaterThan(0.95);
  });

  it('finds planted pauses of 1.5 s or more where they fall, within 0.1 s, and ignores shorter gaps and the lead-in', () => {
    const a = analyzeSpeech(
      signal([
        ['quiet', 1.0], // thinking before the first word: not a pause
        ['tone', 2],
        ['quiet', 2.0],
        ['tone', 1.5],
        ['quiet', 0.8], // a breath
        ['tone', 1.5],
        ['quiet', 3.2],
        ['tone', 1],
        ['quiet', 0.5],
      ]),
      RATE,
    );
    expect(a.pauseCount).toBe(2);
    expect(a.pauses[0]!.startSeconds).toBeCloseTo(3.0, 1);
    expect(a.pauses[0]!.seconds).toBeCloseTo(2.0, 1);
    expect(a.pauses[1]!.startSeconds).toBeCloseTo(8.8, 1);
    expect(a.pauses[1]!.seconds).toBeCloseTo(3.2, 1);
    expect(a.longestPauseSeconds).toBeCloseTo(3.2, 1);
    expect(a.speakingSeconds).toBeCloseTo(6, 0);
  });

  it('measures against the room: pauses are found over a noise floor, and the noise itself is not speech', () => {
    const noisy = signal(
      [
        ['tone', 2],
        ['quiet', 2],
        ['tone', 2],
      ],
      { noise: 0.01 },
    );
    const a = analyzeSpeech(noisy, RATE);
    expect(a.pauseCount).toBe(1);
    expect(a.pauses[0]!.seconds).toBeCloseTo(2, 1);
    expect(analyzeSpeech(signal([['quiet', 4]], { noise: 0.01 }), RATE).speakingSeconds).toBeLessThan(0.5);
  });

  it('copes with clipping: a voice driven past full scale still reads as speech with its pause', () => {
    const clipped = signal(
      [
        ['tone', 2],
        ['quiet', 2],
        ['tone', 2],
      ],
      { amplitude: 4 },
    ).map((x) => Math.max(-1, Math.min(1, x)));
    const a = analyzeSpeech(clipped, RATE);
    expect(a.pauseCount).toBe(1);
    expect(a.speakingSeconds).toBeCloseTo(4, 0);
  });

  it('estimates a pace only with enough speech, and mixes channels to mono', () => {
    expect(estimatedPace(300, 120)).toBe(150);
    expect(estimatedPace(300, 2)).toBeNull();
    expect(Array.from(mixToMono([new Float32Array([1, 0]), new Float32Array([0, 1])]))).toEqual([0.5, 0.5]);
  });
});

describe('recordingTrends', () => {
  it('averages talk time and pauses per week, oldest first, skipping answers not recorded', async () => {
    const { recordingTrends } = await import('@/lib/domain/recording-trends');
    const r = (createdAt: string, speakingSeconds: number, pauseCount: number) => ({
      createdAt,
      recording: { speakingSeconds, pauseCount },
    });
    const trends = recordingTrends([
      r('2026-11-24T10:00:00Z', 100, 3), // Tuesday
      r('2026-11-29T23:00:00Z', 80, 1), // Sunday, same week
      r('2026-11-17T10:00:00Z', 150, 6),
      { createdAt: '2026-11-25T10:00:00Z', recording: null },
    ]);
    expect(trends).toEqual([
      { weekStart: '2026-11-16', answers: 1, averageSpeakingSeconds: 150, averagePauses: 6 },
      { weekStart: '2026-11-23', answers: 2, averageSpeakingSeconds: 90, averagePauses: 2 },
    ]);
  });
});
