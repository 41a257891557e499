import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { Page } from '@cloudpirates/sdk';
import { emulator, recordingLogger } from './helpers.mjs';

let emu;
const rec = recordingLogger();
const sent = () => rec.records.filter((r) => r.message.startsWith('cloudpirates: response')).length;

before(async () => {
  emu = await emulator({ client: { logger: rec } });
  for (let i = 0; i < 8; i++) {
    await emu.client.billing.profiles.create({
      billingProfileName: `Pager ${i}`,
      billingProfileAddress: { addressLine1: `Weg ${i}`, postalCode: '10115', city: 'Berlin', countryCode: 'DE' },
    });
  }
});
after(async () => {
  await emu?.close();
});

test('a list resolves to a page with counters, and nextPage() walks the pages', async () => {
  const first = await emu.client.billing.profiles.list({ limit: 3 });
  assert.ok(first instanceof Page);
  assert.equal(first.items.length, 3);
  assert.equal(first.total, 10);
  assert.equal(first.limit, 3);
  assert.equal(first.offset, 0);
  assert.equal(first.hasNextPage(), true);
  const sizes = [];
  const ids = new Set();
  let page = first;
  while (page) {
    sizes.push(page.items.length);
    page.items.forEach((p) => ids.add(p.billingProfileId));
    page = await page.nextPage();
  }
  assert.deepEqual(sizes, [3, 3, 3, 1]);
  assert.equal(ids.size, 10);
});

test('the last page says so', async () => {
  const last = await emu.client.billing.profiles.list({ limit: 3, offset: 9 });
  assert.equal(last.items.length, 1);
  assert.equal(last.hasNextPage(), false);
  assert.equal(await last.nextPage(), null);
});

test('listAll() yields every item lazily', async () => {
  const before = sent();
  const it = emu.client.billing.profiles.listAll({ limit: 4 });
  assert.equal(sent(), before, 'nothing is sent before iterating');
  const names = [];
  for await (const p of it) {
    names.push(p.billingProfileName);
    if (names.length === 1) assert.equal(sent(), before + 1, 'one page fetched for the first item');
  }
  assert.equal(names.length, 10);
  assert.equal(sent(), before + 3);
  assert.equal(new Set(names).size, 10);
});

test('breaking out of listAll() stops fetching', async () => {
  const before = sent();
  let n = 0;
  for await (const _ of emu.client.billing.profiles.listAll({ limit: 2 })) {
    if (++n === 3) break;
  }
  assert.equal(sent(), before + 2);
});

test('for await over a page continues into later pages; iterPages() yields pages', async () => {
  const page = await emu.client.billing.profiles.list({ limit: 4 });
  let n = 0;
  for await (const _ of page) n++;
  assert.equal(n, 10);
  const sizes = [];
  for await (const p of page.iterPages()) sizes.push(p.items.length);
  assert.deepEqual(sizes, [4, 4, 2]);
});

test('a list whose paging is unknown still resolves to a page', async () => {
  const page = await emu.client.workspaces.list();
  assert.ok(page.items.length >= 1);
  const all = [];
  for await (const w of emu.client.workspaces.listAll()) all.push(w);
  assert.equal(all.length, page.total ?? page.items.length);
});
