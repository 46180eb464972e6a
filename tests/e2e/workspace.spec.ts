import { expect, newAccount, signInAs, test } from './fixtures';

test('download my data and restore it into another account', async ({ signedInPage: page, browser }, testInfo) => {
  expect((await page.request.post('/api/v1/demo')).status()).toBe(201);
  await page.goto('/account');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download all my data (.zip)' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^starboard-\d{4}-\d{2}-\d{2}\.zip$/);
  const file = testInfo.outputPath('export.zip');
  await download.saveAs(file);

  const other = await browser.newPage();
  await signInAs(other, newAccount('Restorer'));
  await other.goto('/account');
  await other.getByLabel('Import a Starboard export').setInputFiles(file);
  await other.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(other.getByTestId('form-message')).toHaveText('Imported 8 stories and 10 metrics.');
  await other.goto('/');
  await expect(other.getByTestId('overall')).toContainText('% ready');

  // Importing again without "replace" would mix data: refused, nothing changed.
  await other.goto('/account');
  await other.getByLabel('Import a Starboard export').setInputFiles(file);
  await other.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(other.getByTestId('form-message')).toContainText('already has data');
  await other.close();
});
