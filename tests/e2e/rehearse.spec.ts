import { goodStory } from '../fixtures/stories';
import { expect, test } from './fixtures';

test('draw a prompt, time it with the keyboard, rate it and find it in history', async ({ signedInPage: page }) => {
  await page.goto('/rehearse');
  await page.getByLabel('Theme').selectOption('incident_leadership');
  await page.getByRole('button', { name: 'Draw a prompt' }).click();
  const prompt = page.getByTestId('prompt-text');
  await expect(prompt).not.toBeEmpty();
  const text = (await prompt.textContent())!;

  const timer = page.getByTestId('timer');
  await page.locator('body').press('Space');
  await expect(timer).toHaveAttribute('data-running', 'true');
  await expect(timer).not.toHaveText('0:00', { timeout: 3000 });
  await page.locator('body').press('Space');
  await expect(timer).toHaveAttribute('data-running', 'false');
  const shown = await timer.textContent();
  await page.waitForTimeout(1200);
  await expect(timer).toHaveText(shown!); // really stopped

  await page.locator('body').press('3');
  await expect(page.getByTestId('rated')).toContainText('Logged as good');

  await page.getByRole('link', { name: 'History and progress' }).click();
  await expect(page.getByRole('heading', { name: 'Rehearsal history' })).toBeVisible();
  await expect(page.getByTestId('history-item').first()).toContainText(text);
  await expect(page.getByTestId('stat-Rehearsals')).toHaveText('1');
  await expect(page.getByTestId('stat-Current streak')).toHaveText('1 day');
});

test('a mock interview runs five prompts from five themes to its summary', async ({ signedInPage: page }) => {
  await page.goto('/rehearse');
  await page.getByRole('button', { name: 'Mock interview (5 prompts)' }).click();
  for (let i = 1; i <= 5; i++) {
    await expect(page.getByText(`Mock interview · question ${i} of 5`)).toBeVisible();
    await page.locator('body').press(String((i % 4) + 1));
    if (i < 5) {
      await expect(page.getByTestId('rated')).toBeVisible();
      await page.locator('body').press('n');
    }
  }
  const summary = page.getByTestId('mock-summary');
  await expect(summary).toContainText('5 answers');
  await expect(summary.getByRole('listitem')).toHaveCount(5);
});

test('paste a question and see the matching story', async ({ signedInPage: page }) => {
  const res = await page.request.post('/api/v1/stories', {
    data: { ...goodStory, title: 'Kafka outage at checkout', themes: ['incident_leadership'], status: 'ready' },
  });
  expect(res.status()).toBe(201);
  await page.goto('/rehearse');
  await page.getByLabel('Paste an interview question').fill('Tell me about a major outage you led.');
  await page.getByRole('button', { name: 'Find my story' }).click();
  const first = page.getByTestId('suggestion').first();
  await expect(first).toContainText('Kafka outage at checkout');
  await expect(first).toContainText('Incident leadership');
  await expect(page.getByTestId('question-reading')).toContainText(/Reads as Incident leadership \(\d+% sure\)/);
  await expect(first).toContainText(/Why: theme: Incident leadership \(\d+% likely\)/);
  await first.locator('summary').click();
  await expect(first).toContainText(goodStory.action.slice(0, 40));

  await page.getByLabel('Paste an interview question').fill('Tell me about the last senior engineer you hired and how you found them.');
  await page.getByRole('button', { name: 'Find my story' }).click();
  await expect(page.getByTestId('question-reading')).toContainText('Reads as Hiring');
  await expect(page.getByTestId('match-note')).toHaveText('No ready story covers hiring yet.');
  await expect(page.getByRole('link', { name: 'Write one' })).toHaveAttribute('href', '/stories/new?theme=hiring');

  await page.getByLabel('Paste an interview question').fill('Why are you looking for a new job?');
  await page.getByRole('button', { name: 'Find my story' }).click();
  await expect(page.getByTestId('question-reading')).toContainText('Needs no leadership story');
  await expect(page.getByTestId('match-note')).toHaveText('This asks about your motivation, not a leadership story. Answer it directly.');
  await expect(page.getByTestId('suggestion')).toHaveCount(0);
});

test('own prompts: the themes a question reads as are pre-selected, and stay editable', async ({ signedInPage: page }) => {
  await page.goto('/rehearse/prompts');
  await page.getByRole('button', { name: 'Add prompt' }).click();
  await page
    .getByLabel('Question')
    .fill('Tell me about a time you had to reprioritize the roadmap mid-quarter when everything felt urgent.');
  await expect(page.getByTestId('theme-prefill')).toContainText('Reads as Prioritization trade-offs');
  const prioritization = page.getByRole('checkbox', { name: 'Prioritization trade-offs' });
  await expect(prioritization).toBeChecked();
  await page.getByText('Hiring', { exact: true }).click();
  await expect(page.getByRole('checkbox', { name: 'Hiring', exact: true })).toBeChecked();
  await expect(prioritization).toBeChecked(); // the user's own choice did not undo the pre-selection
  await page.getByRole('button', { name: 'Add prompt' }).click();
  const item = page.getByTestId('prompt-item');
  await expect(item).toContainText('Prioritization trade-offs');
  await expect(item).toContainText('Hiring');
});

test('own prompts: validation beside the field, add one, delete it with confirmation', async ({ signedInPage: page }) => {
  await page.goto('/rehearse/prompts');
  await expect(page.getByTestId('empty-state')).toBeVisible();
  await page.getByRole('button', { name: 'Add prompt' }).click();
  await page.getByLabel('Question').fill('short');
  await page.getByRole('button', { name: 'Add prompt' }).click();
  await expect(page.locator('#new-text-error')).toContainText('at least 10 characters');
  await page.getByLabel('Question').fill('How would you merge two platform teams after an acquisition?');
  await page.getByText('Cross-team alignment', { exact: true }).click();
  await page.getByRole('button', { name: 'Add prompt' }).click();
  await expect(page.getByTestId('prompt-item')).toContainText('merge two platform teams');

  await page.getByRole('button', { name: /^Delete How would you merge/ }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByTestId('empty-state')).toBeVisible();
});
