import { expect, test } from './fixtures';
import { postings } from '../fixtures/postings';

const posting = postings.find((p) => p.id === 'fintech-reliability')!;
const inDays = (days: number) => {
  const d = new Date(Date.now() + days * 86_400_000);
  return `${d.toISOString().slice(0, 10)}T15:00`;
};

test('a role from its posting: analysis, an interview with a countdown, a debrief, the printable brief, and delete with confirmation', async ({
  signedInPage: page,
}) => {
  await page.goto('/roles');
  await expect(page.getByTestId('empty-state')).toContainText('Guide step 6');
  await page.getByRole('button', { name: 'Add role' }).click();
  await page.getByLabel('Company').fill(posting.company);
  await page.getByLabel('Title').fill(posting.title);
  await page.getByLabel('Posting link').fill('ftp://example.com/job');
  await page.getByLabel('Posting text').fill(posting.text);
  await page.getByRole('button', { name: 'Add role' }).click();
  await expect(page.locator('#new-postingUrl-error')).toContainText('http or https');
  await page.getByLabel('Posting link').fill('https://jobs.example.com/42');
  await page.getByRole('button', { name: 'Add role' }).click();
  const link = page.getByRole('link', { name: `${posting.company}: ${posting.title}` });
  await expect(link).toBeVisible();

  await link.click();
  await expect(page.getByRole('heading', { level: 1, name: `${posting.company}: ${posting.title}` })).toBeVisible();
  const analysis = page.getByRole('region', { name: 'What the posting stresses' });
  await expect(analysis).toContainText('Incident leadership');
  await expect(analysis).toContainText('Reliability');
  await expect(page.getByTestId('missing-terms')).toContainText('Kubernetes');
  await expect(page.getByTestId('brief-gap').first()).toBeVisible();

  await page.getByRole('button', { name: 'Add interview' }).click();
  await page.getByLabel('Starts').fill(inDays(3));
  await page.getByLabel('Time zone').selectOption('Europe/Berlin');
  await page.getByLabel('Round').selectOption('hiring_manager');
  await page.getByLabel('Interviewers').fill('Priya');
  await page.getByRole('button', { name: 'Add interview' }).click();
  const interview = page.getByTestId('interview-item');
  await expect(interview).toContainText('Hiring manager');
  await expect(interview).toContainText('Europe/Berlin'.replace('_', ' '));

  await interview.getByRole('button', { name: 'Debrief' }).click();
  await page.getByLabel('Questions they asked').fill('Tell me about an outage you led.');
  await page.getByLabel('How it went').selectOption('3');
  await page.getByRole('button', { name: 'Save debrief' }).click();
  await expect(interview).toContainText('Debriefed: 3/4');

  await page.goto('/');
  const upcoming = page.getByTestId('upcoming-interview');
  await expect(upcoming).toContainText(posting.company);
  await expect(upcoming).toContainText(/in (3|2) days/);
  await upcoming.getByRole('link', { name: `Brief for ${posting.company}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: `${posting.company}: ${posting.title}` })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Interviews' })).toContainText('Hiring manager');
  await expect(page.getByTestId('questions-to-ask').getByRole('listitem').first()).toBeVisible();

  // Printed, the app's navigation is gone and the brief fits on one or two A4 pages.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeHidden();
  const pdf = await page.pdf({ format: 'A4' });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  expect(pages).toBeGreaterThanOrEqual(1);
  expect(pages).toBeLessThanOrEqual(2);
  await page.emulateMedia({ media: 'screen' });

  await page.goto('/roles');
  await page.getByRole('button', { name: `Delete ${posting.company}: ${posting.title}` }).click();
  await expect(page.getByRole('dialog')).toContainText('Its interviews and debriefs go with it.');
  await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByTestId('empty-state')).toBeVisible();
  await page.goto('/');
  await expect(page.getByTestId('upcoming-interview')).toHaveCount(0);
});

test('the role pages, Rehearse with its recording controls, and History fit a 375 px phone', async ({ signedInPage: page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  const res = await page.request.post('/api/v1/roles', {
    data: { company: posting.company, title: posting.title, posting: posting.text, status: 'interviewing' },
  });
  expect(res.status()).toBe(201);
  const role = await res.json();
  await page.request.post(`/api/v1/roles/${role.id}/interviews`, {
    data: { startsAt: new Date(Date.now() + 2 * 86_400_000).toISOString(), timeZone: 'America/New_York', round: 'panel' },
  });
  for (const path of ['/roles', `/roles/${role.id}`, `/roles/${role.id}/brief`, '/rehearse', '/rehearse/history']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
  // With a prompt drawn, the timer, Record and role controls still fit.
  await page.goto('/rehearse');
  await page.getByRole('button', { name: 'Draw a prompt' }).click();
  await expect(page.getByRole('button', { name: 'Record: off' })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
});
