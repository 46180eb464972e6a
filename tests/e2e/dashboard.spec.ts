import { expect, test } from './fixtures';

test('an empty account gets one first step, loads the demo and sees coverage with next actions', async ({ signedInPage: page }) => {
  await page.goto('/');
  const firstRun = page.getByTestId('first-run');
  await expect(firstRun.getByRole('heading', { name: 'Write your first leadership story' })).toBeVisible();
  await expect(firstRun.getByRole('link', { name: 'Write a story' })).toHaveAttribute('href', '/stories/new');

  await firstRun.getByRole('button', { name: 'Explore with example data' }).click();
  await expect(page.getByTestId('overall')).toContainText('% ready');
  for (const n of [1, 2, 3, 4, 5, 6]) await expect(page.getByTestId(`step-${n}`)).toBeVisible();

  // Step 1 misses the cross-team theme; its next action opens a story with that theme chosen.
  const step1 = page.getByTestId('step-1');
  await expect(step1.locator('[data-check="stories.theme.cross_team_alignment"]')).toHaveAttribute('data-met', 'false');
  await expect(step1.locator('[data-check="stories.theme.hiring"]')).toHaveAttribute('data-met', 'true');

  const matrix = page.getByRole('table', { name: 'Evidence per theme and competency' });
  await expect(matrix.locator('[data-row="hiring"] td').first()).toBeVisible();
  await expect(matrix.getByRole('rowheader').first()).toBeVisible();

  // A theme row opens the story list filtered to that theme.
  await matrix.getByRole('link', { name: 'Hiring' }).click();
  await expect(page.getByRole('heading', { name: 'Stories', level: 1 })).toBeVisible();
  await expect(page.getByLabel('Filter by theme')).toHaveValue('hiring');
  await expect(page.getByTestId('story-card').first()).toContainText('Hiring');
  await page.goBack();

  await step1.getByRole('link', { name: /cross-team alignment story/ }).click();
  await expect(page.getByRole('heading', { name: 'New story' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Cross-team alignment' })).toBeChecked();
});

test('the demo refuses an account that already has data', async ({ signedInPage: page }) => {
  await page.request.post('/api/v1/practice', { data: { area: 'on_call', date: '2026-11-01', summary: 'Mine' } });
  const res = await page.request.post('/api/v1/demo');
  expect(res.status()).toBe(409);
  await page.goto('/');
  await expect(page.getByTestId('step-4')).toContainText('1 of 3 checks met');
});
