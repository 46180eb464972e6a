import { expect, test } from './fixtures';
import { addDays, isoDay } from '../../lib/domain/dates';

test('practice log: add, group by area, edit and delete with confirmation', async ({ signedInPage: page }) => {
  await page.goto('/practice');
  await expect(page.getByTestId('empty-state')).toContainText('Guide step 4');
  await page.getByRole('button', { name: 'Add practice entry' }).click();
  await page.getByLabel('Area').selectOption('incident_command');
  await page.getByLabel('What you did').fill('');
  await page.getByRole('button', { name: 'Add practice entry' }).click();
  await expect(page.locator('#new-summary-error')).toHaveText('Summary is required.');
  await page.getByLabel('What you did').fill('Commanded a region-failover game day');
  await page.getByRole('button', { name: 'Add practice entry' }).click();
  const group = page.getByRole('region', { name: /Incident command/ });
  await expect(group.getByText('Commanded a region-failover game day')).toBeVisible();

  await page.getByRole('button', { name: 'Edit Commanded a region-failover game day' }).click();
  await page.getByLabel('Reflection').fill('Hand comms to a scribe in the first five minutes.');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Hand comms to a scribe')).toBeVisible();

  await page.getByRole('button', { name: 'Delete Commanded a region-failover game day' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByTestId('empty-state')).toBeVisible();
});

test('metrics and case studies: bullet, filters, completeness through a linked metric', async ({ signedInPage: page }) => {
  await page.goto('/case-studies');
  await expect(page.getByTestId('empty-state')).toContainText('Guide step 3');
  await page.getByRole('button', { name: 'Add case study' }).click();
  await page.getByLabel('Title').fill('Golden path for services');
  for (const [label, text] of [
    ['Context', 'Forty services, hand-rolled pipelines.'],
    ['Your role', 'I led the platform team of six.'],
    ['Approach', 'Templates, then migration waves.'],
    ['Trade-offs', 'Paused the service mesh work.'],
    ['Outcome', 'Lead time fell from days to hours.'],
  ]) {
    await page.getByLabel(label!, { exact: true }).fill(text!);
  }
  await page.getByRole('button', { name: 'Add case study' }).click();
  await expect(page.getByTestId('case-study-status')).toHaveText('Incomplete');
  await expect(page.getByTestId('case-study-missing')).toHaveText('Still missing: a linked metric with a before value.');

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Metrics' }).click();
  await expect(page.getByRole('heading', { name: 'Impact metrics' })).toBeVisible();
  await page.getByRole('button', { name: 'Add metric' }).click();
  await page.getByLabel('What you measured').fill('Build time');
  await page.getByLabel('Before').fill('22');
  await page.getByRole('button', { name: 'Add metric' }).click();
  await expect(page.locator('#new-result-error')).toContainText('must be a number');
  await page.getByLabel('After').fill('8');
  await page.getByLabel('Unit').fill('min');
  await page.getByLabel('Timeframe').fill('two quarters');
  await page.getByLabel('On my resume').check();
  await page.getByLabel('Case study').selectOption({ label: 'Golden path for services' });
  await page.getByRole('button', { name: 'Add metric' }).click();
  await expect(page.getByTestId('metric-bullet')).toHaveText('Cut build time 64% (22 min to 8 min) over two quarters');
  await expect(page.getByRole('button', { name: 'Copy all resume bullets' })).toBeVisible();
  await page.getByText('On LinkedIn', { exact: true }).click();
  await expect(page.getByTestId('metric-bullet')).toHaveCount(0);
  await page.getByText('On resume', { exact: true }).click();
  await expect(page.getByTestId('metric-bullet')).toHaveCount(1);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Case studies' }).click();
  await expect(page.getByTestId('case-study-status')).toHaveText('Complete');
  await expect(page.getByText('Cut build time 64%')).toBeVisible();
});

test('fundamentals: provider, depth per area and IaC persist', async ({ signedInPage: page }) => {
  await page.goto('/fundamentals');
  await page.getByText('AWS', { exact: true }).click();
  const networking = page.getByRole('group', { name: 'Networking depth' });
  await networking.getByText('Deep').click();
  await page.getByLabel('Networking evidence').fill('Designed the hub-and-spoke VPC layout');
  await page.getByLabel('Tool').fill('Terraform');
  await page.getByRole('group', { name: 'Infrastructure as code depth' }).getByText('Expert').click();
  await page.getByRole('button', { name: 'Save fundamentals' }).click();
  await expect(page.getByTestId('save-status')).toHaveText('Saved');
  await page.reload();
  await expect(page.getByRole('group', { name: 'Networking depth' }).getByRole('radio', { name: /Deep/ })).toBeChecked();
  await expect(page.getByLabel('Tool')).toHaveValue('Terraform');
  const saved = await (await page.request.get('/api/v1/fundamentals')).json();
  expect(saved).toMatchObject({ cloudProvider: 'aws', iacTool: 'Terraform', iacDepth: 4, areas: { networking: { depth: 3 } } });
});

test('network: target industry in place, contacts with due follow-ups highlighted', async ({ signedInPage: page }) => {
  await page.goto('/network');
  await expect(page.getByTestId('empty-state')).toContainText('Guide step 6');
  await page.getByRole('button', { name: 'Set target industry' }).click();
  await page.getByLabel('Target industry').fill('Fintech');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByTestId('target-industry')).toHaveText('Fintech');

  await page.getByRole('button', { name: 'Add contact' }).click();
  await page.getByLabel('Name').fill('Dana Ortiz');
  await page.getByLabel('Company').fill('Ledgerly');
  await page.getByText('Cost', { exact: true }).click();
  await page.getByText('Security', { exact: true }).click();
  await page.getByLabel('Follow up on').fill(addDays(isoDay(new Date()), 3));
  await page.getByRole('button', { name: 'Add contact' }).click();
  const item = page.getByTestId('contact-item');
  await expect(item).toContainText('Dana Ortiz');
  await expect(item).toContainText('Follow up this week');
  await expect(page.getByText('1 follow-up is due this week.')).toBeVisible();
});
