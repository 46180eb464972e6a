import { z } from 'zod';

export const MAX_RECORDING_BYTES = 10 * 1024 * 1024;

const seconds = (label: string) =>
  z
    .number({ error: `${label} must be a number of seconds.` })
    .min(0, `${label} cannot be negative.`)
    .max(4 * 3600, `${label} is at most four hours.`);

/** The analysis the browser made of a recording (sent beside the audio, as JSON in `?analysis=` or `X-Recording-Analysis`). */
export const recordingAnalysisSchema = z
  .strictObject({
    durationSeconds: seconds('Duration'),
    speakingSeconds: seconds('Speaking time'),
    pauseCount: z.number({ error: 'Pause count must be a number.' }).int().min(0).max(2000),
    longestPauseSeconds: seconds('Longest pause'),
    pauses: z
      .array(z.strictObject({ startSeconds: seconds('A pause start'), seconds: seconds('A pause') }))
      .max(2000, 'At most 2,000 pauses.'),
  })
  .refine((a) => a.speakingSeconds <= a.durationSeconds + 0.5, {
    message: 'Speaking time cannot exceed the duration.',
    path: ['speakingSeconds'],
  })
  .refine((a) => a.pauses.length === a.pauseCount, { message: 'The pause count must match the pauses listed.', path: ['pauseCount'] });
export type RecordingAnalysis = z.output<typeof recordingAnalysisSchema>;

/** A stored recording as the API describes it (the audio itself is at `url`). */
export type RecordingDto = RecordingAnalysis & { id: string; mimeType: string; bytes: number; createdAt: string; url: string };

export const retentionSchema = z.strictObject({
  days: z
    .number({ error: 'Keep recordings for a whole number of days, or forever.' })
    .int('Keep recordings for a whole number of days.')
    .min(1, 'Keep recordings for at least 1 day.')
    .max(3650, 'Keep recordings for at most 3,650 days.')
    .nullable(),
});
