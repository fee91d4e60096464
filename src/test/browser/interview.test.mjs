// The interviewer's page in a real browser (Debian's chromium, driven by playwright-core).
// Started by InterviewerBrowserTest with the invitation link; it talks to the test over
// stdin/stdout, one line each way per step, so the app side can act (draw, answer a probe, save)
// and check what the page did (the probe card, the banner, the scores on the attempt page).
//
// Env: LINK (the invitation), CHROMIUM (the browser binary), SHOTS (folder for screenshots).
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

const link = process.env.LINK;
const shots = process.env.SHOTS;
const lines = createInterface({ input: process.stdin })[Symbol.asyncIterator]();

function say(line) {
  process.stdout.write(line + '\n');
}

async function hear(expected) {
  const { value, done } = await lines.next();
  if (done || value.trim() !== expected) {
    throw new Error('expected "' + expected + '" from the test, got ' + (done ? 'the end' : '"' + value + '"'));
  }
}

function check(condition, message) {
  if (!condition) throw new Error(message);
}

// A fresh profile, and no background traffic: the machine has no network but this server.
const profile = mkdtempSync(join(tmpdir(), 'mockloop-chromium-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  viewport: { width: 1400, height: 1000 },
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
const failures = [];
try {
  // A wrong token is refused, with nothing of the page. In a page of its own: the browser then
  // asks that origin for /favicon.ico (a 404) some time later, and that is not the page's error.
  const url = new URL(link);
  const refused = await context.newPage();
  const wrong = await refused.goto(url.origin + '/i/' + 'A'.repeat(43) + '/');
  check(wrong.status() === 403, 'a wrong token gave ' + wrong.status());
  check(!(await refused.content()).includes('Answer key'), 'a refused page shows nothing of the answer key');
  await refused.close();

  const page = context.pages()[0] || await context.newPage();
  page.on('pageerror', (e) => failures.push('page error: ' + e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') failures.push('console: ' + m.text() + ' (' + (m.location().url || 'no url') + ')');
  });
  page.setDefaultTimeout(15000);

  const opened = await page.goto(link);
  check(opened.status() === 200, 'the link gave ' + opened.status());
  const csp = opened.headers()['content-security-policy'] || '';
  check(csp.includes("frame-ancestors 'none'") && !csp.includes('unsafe-inline'), 'CSP: ' + csp);
  await page.waitForSelector('#conn.conn-ok');
  await page.waitForFunction(() => document.querySelector('#title').textContent !== 'Connecting…');
  say('OPENED ' + (await page.textContent('#title')));

  // The candidate draws; the page's whiteboard follows.
  const before = Number(await page.getAttribute('#sketch', 'data-revision'));
  say('DRAW');
  await hear('DREW');
  await page.waitForFunction((rev) => Number(document.querySelector('#sketch').dataset.revision) > rev, before);
  await page.waitForFunction(() => document.querySelector('#sketch').naturalWidth > 1);
  say('SKETCH ' + (await page.getAttribute('#sketch', 'data-revision')));

  // Ask probe 1 now; the app shows its card, the candidate answers it.
  await page.waitForFunction(() => !document.querySelector('#probe-fire-1').disabled);
  await page.click('#probe-fire-1');
  await page.waitForFunction(() => document.querySelector('#probe-fire-1').textContent === 'Asked');
  say('FIRED 1');
  await hear('ANSWERED');
  await page.waitForFunction(() => document.querySelector('#probe-fire-1').textContent === 'Answered');

  // Move on.
  await page.fill('#nudge-text', 'Move on to the API');
  await page.click('#nudge-send');
  say('NUDGED');
  await hear('BANNER');

  // Private notes with a script in them stay text.
  const hostile = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">';
  await page.fill('#notes', 'Good numbers. ' + hostile);
  await page.screenshot({ path: join(shots, 'interviewer-page-round.png'), fullPage: true });

  // Score every dimension, tick a failure mode, choose a verdict, write feedback, submit.
  const dimensions = await page.$$eval('#dimensions fieldset', (sets) => sets.length);
  for (let i = 0; i < dimensions; i++) {
    await page.locator('#dimensions fieldset').nth(i).locator('input[value="2"]').check();
  }
  if (await page.locator('#failure-modes input').count() > 0) {
    await page.locator('#failure-modes input').first().check();
  }
  await page.check('input[data-verdict="LEAN_HIRE"]');
  await page.fill('#feedback', 'Estimate before you draw. ' + hostile);
  await page.click('#submit');
  await page.waitForFunction(() => document.querySelector('#sheet-state').textContent.startsWith('Saved'));
  const pwned = await page.evaluate(() => window.__pwned);
  check(pwned === undefined, 'a script typed into the page ran: ' + pwned);
  check(await page.locator('img[src="x"]').count() === 0, 'markup typed into the page became an element');
  await page.screenshot({ path: join(shots, 'interviewer-page-scored.png'), fullPage: true });
  say('SUBMITTED ' + dimensions);

  // The candidate saves the round: the link expires and the page says so.
  await hear('SAVED');
  await page.waitForSelector('#overlay:not([hidden])');
  const ended = await page.textContent('#overlay-text');
  check(ended.includes('saved the round'), 'the ended page says: ' + ended);
  await page.screenshot({ path: join(shots, 'interviewer-page-ended.png') });
  check(failures.length === 0, failures.join('\n'));
  say('DONE');
} catch (e) {
  say('FAIL ' + String(e && e.stack || e).replace(/\n/g, ' | ') + (failures.length ? ' | ' + failures.join(' | ') : ''));
  process.exitCode = 1;
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
  process.stdin.destroy();  // or node waits on it for ever
}
