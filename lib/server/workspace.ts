import 'server-only';
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import {
  exportWorkspace,
  exportWorkspaceArchive,
  importWorkspace,
  isWorkspaceEmpty,
  seedDemoWorkspace,
  WorkspaceNotEmptyError,
} from '@/db/queries/workspace';
import { JsonDepthTracker, MAX_JSON_DEPTH, parseWith } from '@/lib/api/request';
import { loadConfig } from '@/lib/config';
import { matchesType } from '@/lib/domain/audio-format';
import { AppError } from '@/lib/errors';
import { MAX_RECORDING_BYTES } from '@/lib/validation/recording';
import { MAX_IMPORT_BYTES, type WorkspaceExport, workspaceSchema } from '@/lib/validation/workspace';

export function exportWorkspaceFor(userId: string): WorkspaceExport {
  return exportWorkspace({ userId });
}

/** Fills an empty account with the demo workspace; never touches an account that has data. */
export function loadDemoFor(userId: string): void {
  if (!isWorkspaceEmpty({ userId })) {
    throw new AppError('conflict', 'The demo workspace only loads into an empty account, so nothing of yours is mixed with it.');
  }
  seedDemoWorkspace({ userId });
}

const notEmpty = () => new AppError('conflict', 'This account already has data. Import with ?replace=true to swap it for the file.');

/**
 * Restores an export. Into an empty account by default; `replace` swaps the current workspace
 * for the file in one hand-over, so a bad file changes nothing.
 */
export async function importWorkspaceFor(
  userId: string,
  data: WorkspaceExport,
  replace: boolean,
  audio: ReadonlyMap<string, Buffer> = new Map(),
): Promise<void> {
  if (!replace && !isWorkspaceEmpty({ userId })) throw notEmpty();
  try {
    await importWorkspace({ userId, data, replace, audio });
  } catch (error) {
    if (error instanceof WorkspaceNotEmptyError) throw notEmpty();
    throw error;
  }
}

// A 64 MB import holds the file several times over while it is parsed and checked. One import
// per user and two per server at a time keep a burst of them from exhausting memory.
const running = new Set<string>();
const MAX_RUNNING_IMPORTS = 2;

/** Claims an import slot for the user, or refuses with 429; call the returned release when done. */
export function claimImportSlot(userId: string): () => void {
  if (running.has(userId)) {
    throw new AppError('rate_limited', 'An import into this account is already running. Wait for it to finish.', undefined, {
      'retry-after': '10',
    });
  }
  if (running.size >= MAX_RUNNING_IMPORTS) {
    throw new AppError('rate_limited', 'Other imports are running. Try again in a minute.', undefined, { 'retry-after': '30' });
  }
  running.add(userId);
  return () => running.delete(userId);
}

/** The whole workspace as a .zip: workspace.json (as the JSON export) and the recordings under recordings/. */
export function exportArchiveFor(userId: string): { bytes: Uint8Array; exportedAt: string } {
  const { data, files } = exportWorkspaceArchive({ userId });
  const entries: Zippable = { 'workspace.json': [strToU8(JSON.stringify(data, null, 2)), { level: 6 }] };
  // Audio is compressed already; storing it saves time and gains nothing.
  for (const [name, audio] of files) entries[name] = [new Uint8Array(audio), { level: 0 }];
  return { bytes: zipSync(entries), exportedAt: data.exportedAt };
}

/** The largest .zip accepted: the JSON limit plus a full quota of recordings. */
export const maxArchiveBytes = () => MAX_IMPORT_BYTES + loadConfig().recordingsQuotaBytes;

const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

/**
 * Reads a .zip export: only workspace.json and files under recordings/, each entry's size checked
 * before it is inflated (so a small archive cannot expand into a huge one), the JSON checked for
 * depth before parsing, and every recording the file names present, of its claimed type, at most
 * 10 MB, and within the user's quota in total.
 */
export function readArchive(bytes: Uint8Array): { data: WorkspaceExport; audio: Map<string, Buffer> } {
  if (!isZip(bytes)) throw new AppError('bad_request', 'This is not a Starboard export (.zip or .json).');
  let total = 0;
  let unzipped: Record<string, Uint8Array>;
  try {
    unzipped = unzipSync(bytes, {
      filter: (file) => {
        const allowed = file.name === 'workspace.json' || /^recordings\/[A-Za-z0-9_-]{1,64}\.[a-z0-9]{2,4}$/.test(file.name);
        if (!allowed) throw new AppError('bad_request', 'The archive holds files a Starboard export does not.');
        const limit = file.name === 'workspace.json' ? MAX_IMPORT_BYTES : MAX_RECORDING_BYTES;
        total += file.originalSize;
        if (file.originalSize > limit || total > maxArchiveBytes())
          throw new AppError('payload_too_large', 'The archive unpacks to more than an export can hold.');
        return true;
      },
    });
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('bad_request', 'The archive is damaged and cannot be read.');
  }
  const json = unzipped['workspace.json'];
  if (!json) throw new AppError('bad_request', 'The archive has no workspace.json.');
  if (!new JsonDepthTracker(MAX_JSON_DEPTH).feed(json))
    throw new AppError('bad_request', `workspace.json is nested more than ${MAX_JSON_DEPTH} levels deep.`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(strFromU8(json));
  } catch {
    throw new AppError('bad_request', 'workspace.json is not valid JSON.');
  }
  const data = parseWith(workspaceSchema, parsed, 'workspace.json');
  const audio = new Map<string, Buffer>();
  let audioBytes = 0;
  data.rehearsals.forEach((r, i) => {
    if (!r.recording) return;
    const file = unzipped[r.recording.file];
    const field = `rehearsals.${i}.recording`;
    if (!file)
      throw new AppError('bad_request', 'The archive lacks a recording its workspace.json names.', { [field]: ['The file is missing.'] });
    if (!matchesType(file, r.recording.mimeType)) {
      throw new AppError('unsupported_media_type', 'A recording in the archive is not the audio type it claims.', {
        [field]: ['Not the audio type it claims.'],
      });
    }
    audioBytes += file.length;
    audio.set(r.recording.file, Buffer.from(file));
  });
  const quota = loadConfig().recordingsQuotaBytes;
  if (audioBytes > quota) {
    throw new AppError(
      'conflict',
      `The archive's recordings exceed your ${Math.round(quota / 1024 / 1024)} MB recordings limit; nothing was imported.`,
    );
  }
  return { data, audio };
}
