import { describe, expect, it } from 'vitest';
import { GET, PUT } from '@/app/api/v1/fundamentals/route';
import { call, createTestUser, expectProblem } from '../helpers/api';

const area = (depth: number, evidence = '') => ({ depth, evidence });
const profile = {
  cloudProvider: 'aws',
  areas: { networking: area(3, 'Ran the VPC redesign'), iam: area(3), compute: area(4), storage: area(1), managed_services: area(3) },
  iacTool: 'Terraform',
  iacDepth: 3,
};

describe('/api/v1/fundamentals', () => {
  it('gives a user who never saved an empty profile, not a 404', async () => {
    const { cookie } = await createTestUser();
    const res = await call(GET, { cookie });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      cloudProvider: null,
      areas: { networking: area(0), iam: area(0), compute: area(0), storage: area(0), managed_services: area(0) },
      iacTool: null,
      iacDepth: 0,
    });
  });

  it('replaces the profile with PUT and keeps it per user', async () => {
    const me = await createTestUser();
    const other = await createTestUser();
    expect(await (await call(PUT, { method: 'PUT', cookie: me.cookie, body: profile })).json()).toEqual(profile);
    const second = { ...profile, cloudProvider: 'gcp', iacTool: '' };
    expect(await (await call(PUT, { method: 'PUT', cookie: me.cookie, body: second })).json()).toMatchObject({
      cloudProvider: 'gcp',
      iacTool: null,
    });
    expect((await (await call(GET, { cookie: other.cookie })).json()).cloudProvider).toBeNull();
  });

  it.each([
    ['depth 9', { ...profile, iacDepth: 9 }],
    ['fractional depth', { ...profile, areas: { ...profile.areas, iam: area(2.5) } }],
    ['unknown provider', { ...profile, cloudProvider: 'ibm' }],
    ['missing area', { ...profile, areas: { networking: area(1) } }],
    ['string depth', { ...profile, iacDepth: '3' }],
  ])('rejects %s and keeps the saved profile', async (_label, body) => {
    const { cookie } = await createTestUser();
    await call(PUT, { method: 'PUT', cookie, body: profile });
    await expectProblem(await call(PUT, { method: 'PUT', cookie, body }), 400);
    await expectProblem(await call(PUT, { method: 'PUT', cookie, rawBody: '{' }), 400);
    await expectProblem(await call(PUT, { method: 'PUT', cookie, body: profile, headers: { origin: 'https://evil.example' } }), 403);
    expect(await (await call(GET, { cookie })).json()).toEqual(profile);
  });
});
