/** The audio types Starboard stores, by their MIME type without parameters. */
export const AUDIO_TYPES = [
  'audio/webm',
  'audio/ogg',
  'audio/mp4',
  'audio/x-m4a',
  'audio/mpeg',
  'audio/wav',
  'audio/x-wav',
  'audio/wave',
] as const;
export type AudioType = (typeof AUDIO_TYPES)[number];

/** The container a file's first bytes say it is. */
type Container = 'webm' | 'ogg' | 'mp4' | 'mpeg' | 'wav';
const CONTAINER_OF: Record<AudioType, Container> = {
  'audio/webm': 'webm',
  'audio/ogg': 'ogg',
  'audio/mp4': 'mp4',
  'audio/x-m4a': 'mp4',
  'audio/mpeg': 'mpeg',
  'audio/wav': 'wav',
  'audio/x-wav': 'wav',
  'audio/wave': 'wav',
};

/** "audio/webm;codecs=opus" → "audio/webm"; null when the type is not on the list. */
export function audioTypeOf(contentType: string | null): AudioType | null {
  const base = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  return (AUDIO_TYPES as readonly string[]).includes(base) ? (base as AudioType) : null;
}

const ascii = (bytes: Uint8Array, at: number, text: string) => [...text].every((c, i) => bytes[at + i] === c.charCodeAt(0));

/** The container named by a file's magic bytes, or null. */
export function sniffContainer(bytes: Uint8Array): Container | null {
  if (bytes[0] === 0x1a && bytes[1] === 0x45 && bytes[2] === 0xdf && bytes[3] === 0xa3) return 'webm'; // EBML
  if (ascii(bytes, 0, 'OggS')) return 'ogg';
  if (ascii(bytes, 4, 'ftyp')) return 'mp4';
  if (ascii(bytes, 0, 'RIFF') && ascii(bytes, 8, 'WAVE')) return 'wav';
  if (ascii(bytes, 0, 'ID3') || (bytes[0] === 0xff && ((bytes[1] ?? 0) & 0xe0) === 0xe0)) return 'mpeg'; // ID3 tag or frame sync
  return null;
}

/** True when the bytes are the container the declared type promises. */
export function matchesType(bytes: Uint8Array, type: AudioType): boolean {
  return sniffContainer(bytes) === CONTAINER_OF[type];
}
