/**
 * The voting page a phone or laptop opens (docs/voting.md): one HTML document, one script and one stylesheet, all
 * served from the voting server's own origin under a CSP that allows nothing else (no inline script or style). Plain
 * JavaScript (ES2017, no build step, no library) so that what is served is what is read here. Every name and line of
 * the ballot is put on the page with textContent: markup in a candidate's name shows as text.
 */

export const VOTING_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>Vote</title>
<link rel="stylesheet" href="/voter.css">
<script src="/voter.js" defer></script>
</head>
<body>
<main>
<h1 id="title">Vote</h1>
<p id="error" class="error" role="alert"></p>
<form id="join" novalidate>
<p>Type the code shown on the screen, and your name as the room knows you.</p>
<label for="code">Session code</label>
<input id="code" name="code" autocomplete="off" autocapitalize="characters" spellcheck="false" maxlength="12" required>
<label for="name">Your name</label>
<input id="name" name="name" autocomplete="name" maxlength="80" required>
<button type="submit">Join</button>
</form>
<form id="ballot" novalidate hidden>
<p class="hidden-note">Your votes are hidden until the facilitator reveals them.</p>
<p id="how"></p>
<p id="dots-left" class="dots-left" aria-live="polite" hidden></p>
<div id="candidates"></div>
<button type="submit" id="send">Send my votes</button>
<p id="notice" class="notice" role="status"></p>
</form>
</main>
</body>
</html>
`;

export const VOTING_CSS = `:root { color-scheme: light dark; --fg: #111; --bg: #fff; --muted: #444; --line: #767676; --accent: #0b57d0; --accent-fg: #fff; --error: #b00020; --ok: #0a6b2c; }
@media (prefers-color-scheme: dark) { :root { --fg: #f2f2f2; --bg: #121212; --muted: #c8c8c8; --line: #9a9a9a; --accent: #8ab4f8; --accent-fg: #111; --error: #ffb4ab; --ok: #8fd9a8; } }
* { box-sizing: border-box; }
body { margin: 0; font: 18px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); background: var(--bg); }
main { max-width: 40rem; margin: 0 auto; padding: 1rem 1rem 4rem; }
h1 { font-size: 1.6rem; margin: 0.5rem 0 1rem; overflow-wrap: anywhere; }
h2 { font-size: 1.2rem; margin: 0 0 0.25rem; overflow-wrap: anywhere; }
label { display: block; font-weight: 600; margin: 1rem 0 0.35rem; }
input[type="text"], input:not([type]) { width: 100%; min-height: 3rem; font-size: 1.2rem; padding: 0.5rem 0.75rem; border: 2px solid var(--line); border-radius: 0.5rem; color: var(--fg); background: var(--bg); }
#code { text-transform: uppercase; letter-spacing: 0.2em; }
button { min-height: 3rem; min-width: 3rem; font: inherit; font-weight: 600; padding: 0.5rem 1.25rem; border-radius: 0.5rem; border: 2px solid var(--accent); background: var(--accent); color: var(--accent-fg); cursor: pointer; }
button[type="submit"] { width: 100%; margin-top: 1.5rem; font-size: 1.2rem; }
button:disabled { opacity: 0.5; cursor: not-allowed; }
:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
.candidate { border-top: 1px solid var(--line); padding: 1rem 0; }
.line { margin: 0 0 0.5rem; color: var(--muted); overflow-wrap: anywhere; }
fieldset { border: 0; margin: 0.5rem 0 0; padding: 0; }
legend { font-weight: 600; padding: 0; margin-bottom: 0.35rem; }
.scale { display: grid; grid-template-columns: repeat(5, 1fr); gap: 0.4rem; }
.scale label { margin: 0; }
.scale input { position: absolute; opacity: 0; width: 1px; height: 1px; }
.scale span { display: flex; align-items: center; justify-content: center; min-height: 3rem; border: 2px solid var(--line); border-radius: 0.5rem; font-size: 1.2rem; cursor: pointer; }
.scale input:checked + span { background: var(--accent); color: var(--accent-fg); border-color: var(--accent); }
.scale input:focus-visible + span { outline: 3px solid var(--accent); outline-offset: 2px; }
.scale input:disabled + span { opacity: 0.5; cursor: not-allowed; }
.dots { display: flex; align-items: center; gap: 1rem; }
.dots output { min-width: 2.5rem; text-align: center; font-size: 1.4rem; font-weight: 700; }
.dots-left { font-weight: 600; }
.hidden-note { font-weight: 600; }
.error { color: var(--error); font-weight: 600; }
.error:empty, .notice:empty { display: none; }
.notice { color: var(--ok); font-weight: 600; margin-top: 1rem; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
`;

export { VOTING_SCRIPT } from './votingScript';
