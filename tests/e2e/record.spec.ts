import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { wavBytes, type Segment } from '../fixtures/wav';
import { expect, newAccount, signInAs, test } from './fixtures';
import { chromiumArgs, executablePath } from './support/browser';

// The scripted microphone: speech-like tone bursts with two planted pauses (Chromium loops the file).
const planted: Segment[] = [
  ['tone', 1.5],
  ['quiet', 2.0],
  ['tone', 2.0],
  ['quiet', 1.6],
  ['tone', 3.0],
];
const PAUSES = [
  { start: 1.5, seconds: 2.0 },
  { start: 5.5, seconds: 1.6 },
];
const wav = join(mkdtempSync(join(tmpdir(), 'starboard-mic-')), 'answer.wav');
writeFileSync(wav, wavBytes(planted, 48_000));

test.use({
  permissions: ['microphone'],
  launchOptions: {
    executablePath,
    args: [
      ...chromiumArgs,
      '--use-fake-ui-for-media-stream',
      '--use-fake-device-for-media-stream',
      `--use-file-for-fake-audio-capture=${wav}`,
    ],
  },
});

test('record an answer by keyboard alone, hear it back, and keep it private', async ({ signedInPage: page, browser }) => {
  await page.goto('/rehearse');
  await expect(page.getByRole('heading', { level: 1, name: 'Rehearse' })).toBeVisible();
  await expect(page.getByText('R', { exact: true }).first()).toBeVisible(); // the key legend names R

  await page.keyboard.press('n');
  await expect(page.getByTestId('prompt-text')).toBeVisible();
  await page.keyboard.press('r');
  await expect(page.getByRole('button', { name: 'Record: on' })).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press(' ');
  await expect(page.getByRole('button', { name: '● Recording' })).toBeVisible();
  const started = Date.now();
  await page.waitForTimeout(8_000);
  await page.keyboard.press(' ');
  const truth = (Date.now() - started) / 1000;
  await expect(page.getByTestId('take-facts')).toBeVisible({ timeout: 15_000 });
  await expect(page.getByTestId('take-pauses')).not.toHaveText('none');

  // The take plays back from the blob just recorded.
  const playable = await page.getByTestId('take-player').evaluate(
    (audio: HTMLAudioElement) =>
      new Promise<boolean>((resolve) => {
        if (audio.readyState >= 1) return resolve(true);
        audio.addEventListener('loadedmetadata', () => resolve(true), { once: true });
        audio.addEventListener('error', () => resolve(false), { once: true });
        audio.load();
      }),
  );
  expect(playable).toBe(true);

  await page.keyboard.press('3');
  await expect(page.getByTestId('upload-note')).toHaveText('Recording saved with this rehearsal.', { timeout: 15_000 });

  const { items } = await (await page.request.get('/api/v1/rehearsals')).json();
  const recording = items[0].recording;
  expect(recording).not.toBeNull();
  expect(Math.abs(recording.durationSeconds - truth)).toBeLessThanOrEqual(1);
  // Each planted pause is found, its length within 0.3 s; where it falls, within 0.3 s of the others
  // (the fake microphone starts its loop a moment before the recorder does).
  expect(recording.pauseCount).toBe(PAUSES.length);
  PAUSES.forEach((p, i) => expect(Math.abs(recording.pauses[i].seconds - p.seconds)).toBeLessThanOrEqual(0.3));
  const offset = recording.pauses[0].startSeconds - PAUSES[0]!.start;
  expect(Math.abs(offset)).toBeLessThanOrEqual(1);
  PAUSES.forEach((p, i) => expect(Math.abs(recording.pauses[i].startSeconds - offset - p.start)).toBeLessThanOrEqual(0.3));

  // Served to its owner, by range too; a second user gets 404.
  const audio = await page.request.get(recording.url, { headers: { range: 'bytes=0-15' } });
  expect(audio.status()).toBe(206);
  expect(audio.headers()['content-type']).toMatch(/^audio\//);
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signInAs(otherPage, newAccount('Second User'));
  expect((await otherPage.request.get(recording.url)).status()).toBe(404);
  await other.close();

  // The same prompt offers the last attempt to listen to.
  await expect(page.getByTestId('last-attempt')).toHaveAttribute('src', recording.url);

  // History shows the talk-time trend; one recording can be deleted, after asking.
  await page.goto('/rehearse/history');
  await expect(page.getByTestId('talk-trends')).toContainText('1');
  await page.getByRole('button', { name: /^Delete the recording of/ }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('button', { name: /^Delete the recording of/ })).toHaveCount(0);
  expect((await page.request.get(recording.url)).status()).toBe(404);
});

test('recordings privacy: keep for N days, or delete them all after confirming', async ({ signedInPage: page }) => {
  await page.goto('/account');
  const section = page.getByRole('region', { name: 'Recordings' });
  await expect(section).toContainText('0.0 MB of your 200.0 MB');
  await section.getByLabel('Keep recordings').selectOption('30');
  await section.getByRole('button', { name: 'Save' }).click();
  await expect(section.getByTestId('form-message')).toContainText('Saved');
  expect((await (await page.request.get('/api/v1/me/recordings')).json()).retentionDays).toBe(30);
  await expect(section.getByRole('button', { name: 'Delete all recordings' })).toBeDisabled();
});

test('rehearsal works on without a microphone, and says why recording cannot start', async ({ signedInPage: page }) => {
  await page.goto('/rehearse');
  await page.evaluate(() => {
    // Simulate a refused permission: the browser answers NotAllowedError.
    navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
  });
  await page.keyboard.press('n');
  await expect(page.getByTestId('prompt-text')).toBeVisible();
  await page.keyboard.press('r');
  await page.keyboard.press(' ');
  await expect(page.getByTestId('record-status')).toContainText('Microphone access was refused');
  await page.keyboard.press(' ');
  await page.keyboard.press('3');
  await expect(page.getByTestId('rated')).toContainText('Logged as good');
});
