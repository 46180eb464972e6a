import 'server-only';
import {
  deleteAllRecordings,
  deleteRecording,
  getRecordingAudio,
  getRecordingsRetention,
  ownsRehearsal,
  purgeExpiredRecordings,
  putRecording,
  type RecordingMeta,
  RecordingQuotaError,
  recordingBytesByUser,
  setRecordingsRetention,
} from '@/db/queries/recordings';
import { readBodyBytes } from '@/lib/api/request';
import { loadConfig } from '@/lib/config';
import { audioTypeOf, matchesType } from '@/lib/domain/audio-format';
import { AppError, notFound } from '@/lib/errors';
import { MAX_RECORDING_BYTES, type RecordingDto, recordingAnalysisSchema } from '@/lib/validation/recording';

export const recordingUrl = (rehearsalId: string) => `/api/v1/rehearsals/${rehearsalId}/recording`;

export const presentRecording = (m: RecordingMeta): RecordingDto => ({
  id: m.id,
  mimeType: m.mimeType,
  bytes: m.bytes,
  durationSeconds: m.durationSeconds,
  speakingSeconds: m.speakingSeconds,
  pauseCount: m.pauseCount,
  longestPauseSeconds: m.longestPauseSeconds,
  pauses: m.pauses,
  createdAt: m.createdAt,
  url: recordingUrl(m.rehearsalId),
});

function requireRehearsal(userId: string, rehearsalId: string) {
  if (!ownsRehearsal({ userId, rehearsalId })) throw notFound('rehearsal');
}

/** The analysis from `?analysis=` or the X-Recording-Analysis header, validated (never echoed back). */
function analysisOf(request: Request) {
  const raw = new URL(request.url).searchParams.get('analysis') ?? request.headers.get('x-recording-analysis');
  if (!raw) throw new AppError('bad_request', 'Send the analysis as JSON in ?analysis= or the X-Recording-Analysis header.');
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw new AppError('bad_request', 'The analysis is not valid JSON.');
  }
  const parsed = recordingAnalysisSchema.safeParse(json);
  if (!parsed.success) {
    const fields: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) (fields[`analysis.${issue.path.join('.')}`] ??= []).push(issue.message);
    throw new AppError('bad_request', 'The analysis is not valid.', fields);
  }
  return parsed.data;
}

/**
 * Stores a rehearsal's recording: an allowed audio type whose bytes match it, at most 10 MB,
 * within the user's quota. Checks run before anything is written, so a refusal saves nothing.
 */
export async function putRecordingFor(userId: string, rehearsalId: string, request: Request): Promise<RecordingDto> {
  requireRehearsal(userId, rehearsalId);
  const type = audioTypeOf(request.headers.get('content-type'));
  if (!type) throw new AppError('unsupported_media_type', 'Send the recording as audio (webm, ogg, mp4, mpeg or wav).');
  const analysis = analysisOf(request);
  const data = await readBodyBytes(request, MAX_RECORDING_BYTES).catch((error: unknown) => {
    if (error instanceof AppError && error.code === 'payload_too_large')
      throw new AppError('payload_too_large', 'A recording may be at most 10 MB.');
    throw error;
  });
  if (data.length === 0) throw new AppError('bad_request', 'The recording is empty.');
  if (!matchesType(data, type)) throw new AppError('unsupported_media_type', `The file is not the ${type} it claims to be.`);
  const quotaBytes = loadConfig().recordingsQuotaBytes;
  try {
    return presentRecording(putRecording({ userId, rehearsalId, values: { ...analysis, mimeType: type, data }, quotaBytes }));
  } catch (error) {
    if (error instanceof RecordingQuotaError) {
      const mb = Math.round(quotaBytes / 1024 / 1024);
      throw new AppError(
        'conflict',
        `Your recordings are at their ${mb} MB limit. Delete some on the account page to record more; nothing was saved.`,
      );
    }
    throw error;
  }
}

/** The audio, whole or the byte range asked for (206), private to its owner. */
export function serveRecording(userId: string, rehearsalId: string, range: string | null): Response {
  const audio = getRecordingAudio({ userId, rehearsalId });
  if (!audio) throw notFound('recording');
  const headers: Record<string, string> = {
    'content-type': audio.mimeType,
    'accept-ranges': 'bytes',
    'cache-control': 'private, max-age=0, must-revalidate',
  };
  const size = audio.data.length;
  const match = range ? /^bytes=(\d*)-(\d*)$/.exec(range.trim()) : null;
  if (range && match && (match[1] || match[2])) {
    // "bytes=a-b", "bytes=a-" or a suffix "bytes=-n".
    let start = match[1] ? Number(match[1]) : Math.max(0, size - Number(match[2]));
    let end = match[1] ? (match[2] ? Math.min(Number(match[2]), size - 1) : size - 1) : size - 1;
    if (!match[1] && Number(match[2]) === 0) start = size;
    if (start >= size || start > end) {
      return new Response(null, { status: 416, headers: { ...headers, 'content-range': `bytes */${size}` } });
    }
    end = Math.min(end, size - 1);
    const body = new Uint8Array(audio.data.subarray(start, end + 1));
    return new Response(body, {
      status: 206,
      headers: { ...headers, 'content-range': `bytes ${start}-${end}/${size}`, 'content-length': String(body.length) },
    });
  }
  return new Response(new Uint8Array(audio.data), { headers: { ...headers, 'content-length': String(size) } });
}

export function deleteRecordingFor(userId: string, rehearsalId: string): void {
  requireRehearsal(userId, rehearsalId);
  if (!deleteRecording({ userId, rehearsalId })) throw notFound('recording');
}

export function recordingSettingsFor(userId: string) {
  const quotaBytes = loadConfig().recordingsQuotaBytes;
  return { retentionDays: getRecordingsRetention({ userId }), usedBytes: recordingBytesByUser({ userId }), quotaBytes };
}

export function setRetentionFor(userId: string, days: number | null, now: Date) {
  setRecordingsRetention({ userId, days });
  // A shorter retention takes effect at once, not at the next daily sweep.
  purgeExpiredRecordings(now);
  return recordingSettingsFor(userId);
}

export function deleteAllRecordingsFor(userId: string): { deleted: number } {
  return { deleted: deleteAllRecordings({ userId }) };
}
