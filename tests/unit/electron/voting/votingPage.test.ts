import { Script } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { VOTING_CSS, VOTING_HTML, VOTING_SCRIPT } from '../../../../electron/main/voting/votingPage';

describe('the voting page', () => {
  it('is a script that parses as it is served (plain JavaScript, no build step)', () => {
    expect(() => new Script(VOTING_SCRIPT)).not.toThrow();
  });

  it('puts the ballot on the page as text only: no innerHTML, outerHTML, insertAdjacentHTML, document.write or eval', () => {
    expect(VOTING_SCRIPT).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function|setAttribute\(['"]style/);
    expect(VOTING_SCRIPT).toContain('textContent');
  });

  it('has labelled inputs, says votes are hidden until the reveal, and loads nothing from elsewhere', () => {
    for (const id of ['code', 'name']) expect(VOTING_HTML).toContain(`<label for="${id}">`);
    expect(VOTING_HTML).toContain('Your votes are hidden until the facilitator reveals them.');
    expect(VOTING_HTML).toContain('Send my votes');
    expect(VOTING_HTML + VOTING_CSS + VOTING_SCRIPT).not.toMatch(/https?:\/\/(?!www\.w3\.org)/);
    expect(VOTING_CSS).not.toMatch(/@import|url\(/);
  });
});
