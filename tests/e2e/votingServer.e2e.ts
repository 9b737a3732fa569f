import { randomBytes } from 'node:crypto';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Ballot } from '@shared/domain/workshop';
import { MAX_BODY_BYTES } from '../../electron/main/voting/protocol';
import { qrSvg } from '../../electron/main/voting/qr';
import { createVotingServer, type VotingServer } from '../../electron/main/voting/votingServer';
import { CHROMIUM_ARGS, chromiumPath } from './harness';

/**
 * The LAN voting server started in plain Node (as main starts it, on every interface), with several Chromium
 * profiles — several phones — joining and voting at once. Every request goes to this machine (127.0.0.1).
 */

const MARKUP_NAME = '<img src=x onerror="window.__owned=1"> Churn <b>alerts</b>';
const ballot: Ballot = {
  title: 'Q3 planning <i>room</i>',
  candidates: [
    { id: 'uc-invoices', name: 'Invoice matching', line: 'Match supplier invoices to orders' },
    { id: 'uc-churn', name: MARKUP_NAME, line: '<script>window.__owned=2</script>' },
    { id: 'uc-triage', name: 'Ticket triage', line: 'Route support tickets' },
  ],
  rules: { mode: 'scale', criteria: [{ id: 'value', label: 'Value' }, { id: 'feasibility', label: 'Feasibility' }], dotsPerPerson: 10 },
};
const dots: Ballot = { ...ballot, title: 'Dots', rules: { mode: 'dots', criteria: [{ id: 'dots', label: 'Dots' }], dotsPerPerson: 3 } };

let browser: Browser;
/** A fresh session id on each attempt (the e2e project retries once), so a retry never meets the first attempt's devices. */
const fresh = (name: string): string => `${name}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
let voting: VotingServer;

beforeAll(async () => {
  // The loopback interface only, so the address the pages open is this machine's.
  voting = createVotingServer({ randomBytes, now: Date.now, networkInterfaces: () => ({}), qrSvg, log: () => undefined });
  browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
});

afterAll(async () => {
  await voting.stop();
  await browser.close();
});

interface Phone {
  page: Page;
  problems: string[];
}

async function phone(url: string): Promise<Phone> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  await page.goto(url);
  return { page, problems };
}

async function join(p: Phone, name: string): Promise<void> {
  await p.page.getByLabel('Your name').fill(name);
  await p.page.getByRole('button', { name: 'Join' }).click();
  await p.page.getByRole('button', { name: 'Send my votes' }).waitFor();
}

/** Picks a score: the radio's label is its number, inside the fieldset named by criterion and candidate. */
async function score(p: Phone, candidate: string, criterion: string, value: number): Promise<void> {
  await p.page.getByRole('group', { name: `${criterion} for ${candidate}`, exact: true }).getByText(String(value), { exact: true }).click();
}

async function send(p: Phone): Promise<void> {
  await p.page.getByRole('button', { name: 'Send my votes' }).click();
  await p.page.getByRole('status').filter({ hasText: 'Your votes are in' }).waitFor();
}

/** A request from the voting page itself (same origin), as a script on it could make. */
function fetchFrom(page: Page, path: string, init: { method?: string; body?: string; type?: string } = {}): Promise<{ status: number; error?: string }> {
  return page.evaluate(async ({ path, init }) => {
    const headers: Record<string, string> = {};
    if (init.type !== undefined) headers['Content-Type'] = init.type;
    const response = await fetch(path, { method: init.method ?? 'GET', body: init.body, headers });
    const json = (await response.json().catch(() => ({}))) as { error?: string };
    return { status: response.status, error: json.error };
  }, { path, init });
}

describe('voting from several devices at once', () => {
  it('counts each device once, keeps the votes hidden until the reveal, and shows names with markup as text', async () => {
    const session1 = fresh('session-1');
    const started = await voting.start(session1, ballot);
    expect(started.url).toBe(`http://127.0.0.1:${started.port}/#${started.code}`);
    const phones = await Promise.all(['Ana', 'Ben', 'Chloé', 'Dev'].map(() => phone(started.url)));

    // The code arrives with the link (the QR code's address); each person types their name.
    expect(await phones[0]!.page.getByLabel('Session code').inputValue()).toBe(started.code);
    await Promise.all(phones.map((p, i) => join(p, ['Ana', 'Ben', 'Chloé', 'Dev'][i]!)));

    const first = phones[0]!.page;
    // Markup in a name or a line is shown as the text it is, and nothing of it runs.
    await expect(first.getByRole('heading', { name: MARKUP_NAME, exact: true })).toBeDefined();
    expect(await first.locator('#candidates h2').allTextContents()).toEqual(['Invoice matching', MARKUP_NAME, 'Ticket triage']);
    expect(await first.locator('#candidates img, #candidates b, #candidates script').count()).toBe(0);
    expect(await first.locator('h1').textContent()).toBe('Q3 planning <i>room</i>');
    expect(await first.evaluate(() => (window as unknown as { __owned?: number }).__owned)).toBeUndefined();
    await expect(first.getByText('Your votes are hidden until the facilitator reveals them.').isVisible()).resolves.toBe(true);
    expect(await new AxeBuilder({ page: first }).analyze().then((r) => r.violations.map((v) => v.id))).toEqual([]);

    // Everyone scores and sends at the same moment; Ana then changes her mind and sends again.
    await Promise.all(
      phones.map(async (p, i) => {
        await score(p, 'Invoice matching', 'Value', i + 1);
        await score(p, MARKUP_NAME, 'Feasibility', 5 - i);
        await send(p);
      }),
    );
    await score(phones[0]!, 'Invoice matching', 'Value', 4);
    await send(phones[0]!);

    const taken = voting.take(session1);
    expect(taken).not.toBeNull();
    expect(taken!.devices).toBe(4);
    expect(taken!.received).toBe(4);
    expect(taken!.ballots.map((b) => b.participant.name).sort()).toEqual(['Ana', 'Ben', 'Chloé', 'Dev']);
    expect(new Set(taken!.ballots.map((b) => b.participant.id)).size).toBe(4);
    const ana = taken!.ballots.find((b) => b.participant.name === 'Ana')!;
    expect(ana.votes.map((v) => [v.useCaseId, v.criterionId, v.value]).sort()).toEqual([['uc-churn', 'feasibility', 5], ['uc-invoices', 'value', 4]]);
    expect(ana.votes.every((v) => v.participantId === ana.participant.id)).toBe(true);
    const dev = taken!.ballots.find((b) => b.participant.name === 'Dev')!;
    expect(dev.votes.map((v) => [v.useCaseId, v.criterionId, v.value]).sort()).toEqual([['uc-churn', 'feasibility', 2], ['uc-invoices', 'value', 4]]);
    expect(voting.take(session1)!.ballots).toEqual([]);

    // Hidden until the reveal: a device learns only whether its own ballot is in.
    const token = await first.evaluate((code) => (JSON.parse(localStorage.getItem(`lastmile-vote-${code}`) ?? '{}') as { token: string }).token, started.code);
    const before = await first.evaluate(async (url) => (await fetch(url)).json(), `/api/status?code=${started.code}&token=${token}`);
    expect(before).toMatchObject({ revealed: false, received: true });
    expect(JSON.stringify(before)).not.toMatch(/Ben|Chloé|Dev/);

    voting.reveal(session1);
    await Promise.all(phones.map((p) => p.page.getByRole('status').filter({ hasText: 'The votes are revealed on the screen' }).waitFor({ timeout: 15_000 })));
    expect(await first.evaluate(async (url) => (await fetch(url)).json(), `/api/status?code=${started.code}&token=${token}`)).toMatchObject({ revealed: true });
    expect(await first.getByRole('button', { name: 'Send my votes' }).isDisabled()).toBe(true);
    // Nothing went wrong on any phone (no script error, no CSP violation, no refused request) before these deliberate ones.
    for (const p of phones) expect(p.problems).toEqual([]);
    const late = await fetchFrom(first, '/api/ballot', { method: 'POST', type: 'application/json', body: JSON.stringify({ code: started.code, token, seq: Date.now() + 1000, votes: [] }) });
    expect(late).toEqual({ status: 409, error: 'revealed' });
    expect(await fetchFrom(first, `/api/status?code=${started.code}&token=x`)).toMatchObject({ status: 422 });
    await Promise.all(phones.map((p) => p.page.context().close()));
  });

  it('refuses a wrong code, a replayed request, an oversized body, malformed JSON and anything off its routes; an ended session\'s code', async () => {
    const session2 = fresh('session-2');
    const started = await voting.start(session2, ballot);
    const p = await phone(started.url);
    const page = p.page;
    const json = (body: unknown) => ({ method: 'POST', type: 'application/json', body: JSON.stringify(body) });

    // A wrong code, typed on the page: refused, and the page says so.
    await page.getByLabel('Session code').fill('AAAAAA');
    await page.getByLabel('Your name').fill('Eve');
    await page.getByRole('button', { name: 'Join' }).click();
    await page.getByRole('alert').filter({ hasText: 'not the code on the screen' }).waitFor();
    expect(await fetchFrom(page, '/api/join', json({ code: 'AAAAAA', name: 'Eve' }))).toEqual({ status: 403, error: 'wrong-code' });

    const joined = await page.evaluate(async (code) => (await (await fetch('/api/join', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ code, name: 'Eve' }) })).json()) as { token: string }, started.code);
    const ballotRequest = { code: started.code, token: joined.token, seq: 1, votes: [{ useCaseId: 'uc-triage', criterionId: 'value', value: 3 }] };
    expect(await fetchFrom(page, '/api/ballot', json(ballotRequest))).toEqual({ status: 200, error: undefined });
    // The same request again (a replay), or an older one: refused; the ballot stays counted once.
    expect(await fetchFrom(page, '/api/ballot', json(ballotRequest))).toEqual({ status: 409, error: 'replayed' });
    expect(await fetchFrom(page, '/api/ballot', json({ ...ballotRequest, seq: 0 }))).toMatchObject({ status: 422 });
    expect(await fetchFrom(page, '/api/ballot', json({ ...ballotRequest, token: 'A'.repeat(43), seq: 2 }))).toEqual({ status: 401, error: 'unknown-device' });
    expect(voting.take(session2)!.ballots).toHaveLength(1);

    expect(await fetchFrom(page, '/api/ballot', { method: 'POST', type: 'application/json', body: 'x'.repeat(MAX_BODY_BYTES + 1) })).toEqual({ status: 413, error: 'too-large' });
    expect(await fetchFrom(page, '/api/ballot', { method: 'POST', type: 'application/json', body: '{"code": "' })).toEqual({ status: 400, error: 'malformed' });
    expect(await fetchFrom(page, '/api/join', { method: 'POST', type: 'text/plain', body: JSON.stringify({ code: started.code, name: 'Eve' }) })).toEqual({ status: 415, error: 'wrong-type' });
    expect(await fetchFrom(page, '/api/votes')).toEqual({ status: 404, error: 'not-found' });
    expect(await fetchFrom(page, '/api/join')).toEqual({ status: 405, error: 'method-not-allowed' });
    expect(await fetchFrom(page, '/', { method: 'DELETE' })).toMatchObject({ status: 405 });

    // The session ends: the port closes; a new session's server refuses the old code as ended.
    await voting.stop();
    await expect(page.evaluate(() => fetch('/api/status').then(() => 'reached', () => 'unreachable'))).resolves.toBe('unreachable');
    const next = await voting.start(fresh('session-3'), dots);
    const other = await phone(`http://127.0.0.1:${next.port}/`);
    expect(await fetchFrom(other.page, '/api/join', json({ code: started.code, name: 'Eve' }))).toEqual({ status: 410, error: 'expired' });
    await Promise.all([page.context().close(), other.page.context().close()]);
  });

  it('lets a device spread its dots, no more than it has, and keeps its ballot across a reload', async () => {
    const session4 = fresh('session-4');
    const started = await voting.start(session4, dots);
    const p = await phone(started.url);
    await join(p, 'Fay');
    await p.page.getByText('Dots left: 3 of 3').waitFor();
    const more = (name: string) => p.page.getByRole('button', { name: `One dot more for ${name}`, exact: true });
    await more('Invoice matching').click();
    await more('Invoice matching').click();
    await more(MARKUP_NAME).click();
    await p.page.getByText('Dots left: 0 of 3').waitFor();
    expect(await more('Ticket triage').isDisabled()).toBe(true);
    await send(p);
    expect(voting.take(session4)!.ballots[0]!.votes.map((v) => [v.useCaseId, v.value])).toEqual([['uc-invoices', 2], ['uc-churn', 1]]);

    // A reload keeps the device's token: the same participant, its dots shown again.
    await p.page.reload();
    await p.page.getByText('Dots left: 0 of 3').waitFor();
    await p.page.getByRole('button', { name: 'One dot fewer for Invoice matching', exact: true }).click();
    await send(p);
    const again = voting.take(session4)!;
    expect(again.devices).toBe(1);
    expect(again.ballots[0]!.votes.map((v) => [v.useCaseId, v.value])).toEqual([['uc-invoices', 1], ['uc-churn', 1]]);
    expect(p.problems).toEqual([]);

    // Voting closes: the page says so once it can no longer reach the server.
    await voting.stop();
    await p.page.getByRole('alert').filter({ hasText: 'Voting is closed, or this device has lost its connection' }).waitFor({ timeout: 10_000 });
    await p.page.context().close();
  });
});
