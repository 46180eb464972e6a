import { goodStory } from '../fixtures/stories';
import { expect, test } from './fixtures';

test('write a story, fix its lint, mark it ready, find it and delete it', async ({ signedInPage: page }) => {
  await page.goto('/stories');
  await expect(page.getByRole('heading', { name: 'Start your story bank' })).toBeVisible();
  await page.getByRole('link', { name: 'New story' }).first().click();
  await expect(page.getByRole('heading', { name: 'New story' })).toBeVisible();

  await page.getByLabel('Title').fill('Kafka failover under Black Friday load');
  await page.getByLabel('Situation', { exact: true }).fill(goodStory.situation);
  await page.getByLabel('Task', { exact: true }).fill(goodStory.task);
  await page.getByLabel('Action', { exact: true }).fill(goodStory.action);
  await page.getByLabel('Result', { exact: true }).fill('Lead time fell sharply and the teams trusted releases again after the change.');
  await page.getByText('Incident leadership', { exact: true }).click();

  // The lint finding sits beside the result field, and the story cannot be ready.
  const resultFindings = page.locator('#result-findings');
  await expect(resultFindings.locator('[data-lint="result_without_number"]')).toBeVisible();
  await page.getByLabel('Mark as ready').check();
  await expect(page.getByTestId('readiness-badge')).toHaveText('Blocked');
  await expect(page.getByTestId('ready-blockers')).toContainText('Give the result a number');
  await page.getByRole('button', { name: 'Create story' }).click();
  await expect(page.getByRole('heading', { name: 'Edit story' })).toBeVisible();
  await expect(page.getByTestId('save-status')).toHaveText('Saved');

  await page.getByRole('link', { name: 'Back to stories' }).click();
  await expect(page.getByRole('heading', { name: 'Stories', level: 1 })).toBeVisible();
  const card = page.getByTestId('story-card').filter({ hasText: 'Kafka failover' });
  await expect(card).toContainText('Blocked');

  await card.getByRole('link').click();
  await expect(page.getByRole('heading', { name: 'Edit story' })).toBeVisible();
  await page
    .getByLabel('Result', { exact: true })
    .fill('Within two quarters lead time fell from 22 hours to 3 hours and incidents dropped 70%.');
  await expect(resultFindings.locator('[data-lint="result_without_number"]')).toHaveCount(0);
  await expect(page.getByTestId('readiness-badge')).toHaveText('Ready');
  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('save-status')).toHaveText('Saved');

  await page.getByRole('link', { name: 'Back to stories' }).click();
  await expect(page.getByTestId('story-card').filter({ hasText: 'Kafka failover' })).toContainText('Ready');
  await expect(page.getByTestId('story-card').filter({ hasText: 'Kafka failover' })).toContainText('Incident leadership');

  await page.getByLabel('Search stories').fill('failover');
  await expect(page.getByText('1 story match')).toBeVisible();
  await page.getByLabel('Search stories').fill('terraform');
  await expect(page.getByText('Nothing matches')).toBeVisible();
  await page.getByLabel('Search stories').fill('');

  await page.getByTestId('story-card').filter({ hasText: 'Kafka failover' }).getByRole('link').click();
  await expect(page.getByRole('heading', { name: 'Edit story' })).toBeVisible();
  await page.getByRole('button', { name: 'Delete story' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete this story?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole('button', { name: 'Delete story' }).click();
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('heading', { name: 'Start your story bank' })).toBeVisible();
});

test('the editor warns before leaving with unsaved changes and works at 375 px', async ({ signedInPage: page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('/stories/new');
  await expect(page.getByRole('heading', { name: 'New story' })).toBeVisible();
  await page.getByLabel('Title').fill('Half-written');
  let prompted = false;
  page.once('dialog', (d) => {
    prompted = true;
    void d.dismiss();
  });
  await page.getByRole('link', { name: 'Back to stories' }).click();
  expect(prompted).toBe(true);
  await expect(page).toHaveURL(/\/stories\/new$/);
  await expect(page.getByLabel('Title')).toHaveValue('Half-written');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('another user gets a 404 page for my story', async ({ signedInPage: page, browser }) => {
  const res = await page.request.post('/api/v1/stories', { data: { title: 'Private reorg story' } });
  const { id } = await res.json();
  const other = await browser.newPage();
  const { newAccount, signInAs } = await import('./fixtures');
  await signInAs(other, newAccount('Other Person'));
  const visit = await other.goto(`/stories/${id}`);
  expect(visit?.status()).toBe(404);
  await expect(other.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await expect(other.getByText('Private reorg story')).toHaveCount(0);
  await other.close();
});
