'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { analyzeSpeech, mixToMono, type SpeechAnalysis } from '@/lib/domain/speech-analysis';

/** Formats MediaRecorder may produce, most wanted first (Safari records audio/mp4). */
const FORMATS = ['audio/webm;codecs=opus', 'audio/webm', 'audio/mp4', 'audio/ogg;codecs=opus'];

export type Take = { blob: Blob; type: string; url: string; analysis: SpeechAnalysis };
type Status = 'idle' | 'starting' | 'recording' | 'analysing';

/** Why recording cannot happen here, in the user's terms, or null when it can. */
function unavailableReason(): string | null {
  if (typeof window === 'undefined') return null;
  if (!window.isSecureContext) return 'Recording needs a secure page: open Starboard over https, or on localhost.';
  if (!navigator.mediaDevices?.getUserMedia || typeof MediaRecorder === 'undefined')
    return 'This browser cannot record audio. Rehearse without recording.';
  return null;
}

/**
 * Records the microphone with MediaRecorder and, on stop, decodes the take with Web Audio and
 * analyses it in the browser (duration, speaking time, pauses). Errors become a message; the
 * rest of rehearsal works without a recording.
 */
export function useRecorder() {
  const [status, setStatus] = useState<Status>('idle');
  const [take, setTake] = useState<Take | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const recorder = useRef<MediaRecorder | null>(null);
  const stream = useRef<MediaStream | null>(null);
  const chunks = useRef<Blob[]>([]);

  const release = () => {
    stream.current?.getTracks().forEach((t) => t.stop());
    stream.current = null;
  };
  useEffect(() => () => release(), []);
  useEffect(() => () => (take ? URL.revokeObjectURL(take.url) : undefined), [take]);

  const start = useCallback(async () => {
    const reason = unavailableReason();
    if (reason) return setMessage(reason);
    if (recorder.current) return;
    setMessage(null);
    setTake(null);
    setStatus('starting');
    try {
      stream.current = await navigator.mediaDevices.getUserMedia({ audio: true });
    } catch (error) {
      setStatus('idle');
      const name = error instanceof DOMException ? error.name : '';
      setMessage(
        name === 'NotAllowedError' || name === 'SecurityError'
          ? 'Microphone access was refused. Allow it in the browser’s site settings to record; rehearsal works without it.'
          : name === 'NotFoundError' || name === 'OverconstrainedError'
            ? 'No microphone found. Plug one in to record; rehearsal works without it.'
            : 'The microphone could not be opened. Rehearsal works without recording.',
      );
      return;
    }
    const type = FORMATS.find((f) => MediaRecorder.isTypeSupported(f));
    const rec = new MediaRecorder(stream.current, type ? { mimeType: type } : undefined);
    chunks.current = [];
    rec.ondataavailable = (e) => e.data.size > 0 && chunks.current.push(e.data);
    rec.onstop = async () => {
      release();
      recorder.current = null;
      setStatus('analysing');
      const blob = new Blob(chunks.current, { type: rec.mimeType || type || 'audio/webm' });
      try {
        const context = new AudioContext();
        const audio = await context.decodeAudioData(await blob.arrayBuffer());
        void context.close();
        const channels = Array.from({ length: audio.numberOfChannels }, (_, c) => audio.getChannelData(c));
        const analysis = analyzeSpeech(mixToMono(channels), audio.sampleRate);
        setTake({ blob, type: blob.type, url: URL.createObjectURL(blob), analysis });
      } catch {
        setMessage('The recording could not be read back, so it was not kept.');
      }
      setStatus('idle');
    };
    rec.start(250);
    recorder.current = rec;
    setStatus('recording');
  }, []);

  const stop = useCallback(() => {
    if (recorder.current?.state === 'recording') recorder.current.stop();
  }, []);

  const discard = useCallback(() => {
    setTake(null);
    setMessage(null);
  }, []);

  return { status, take, message, start, stop, discard, recording: status === 'recording' || status === 'starting' };
}
