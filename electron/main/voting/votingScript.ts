/**
 * The voting page's script, served as /voter.js (see votingPage.ts). Plain ES2017 in a string: no build step, and the
 * same text is what a phone runs. Names, lines and messages are set with textContent only.
 */
export const VOTING_SCRIPT = String.raw`(function () {
  'use strict';
  var $ = function (id) { return document.getElementById(id); };
  var state = { code: '', token: '', seq: 0, ballot: null, revealed: false, ended: false, lost: false, dots: {}, timer: 0 };

  function say(id, text) { $(id).textContent = text || ''; }
  function storageKey(code) { return 'lastmile-vote-' + code; }
  function remember() {
    try { localStorage.setItem(storageKey(state.code), JSON.stringify({ token: state.token, seq: state.seq })); } catch (e) { /* private mode */ }
  }
  function recall(code) {
    try { return JSON.parse(localStorage.getItem(storageKey(code)) || 'null'); } catch (e) { return null; }
  }
  function forget() {
    try { localStorage.removeItem(storageKey(state.code)); } catch (e) { /* private mode */ }
  }

  function call(method, path, body) {
    var init = { method: method, cache: 'no-store', headers: {} };
    if (body !== undefined) { init.headers['Content-Type'] = 'application/json'; init.body = JSON.stringify(body); }
    return fetch(path, init).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (json) { return { status: response.status, json: json }; });
    }, function () {
      return { status: 0, json: { message: 'The voting page cannot reach the facilitator\'s computer. Check you are on the same network.' } };
    });
  }

  function el(tag, text, className) {
    var node = document.createElement(tag);
    if (text !== undefined) node.textContent = text;
    if (className) node.className = className;
    return node;
  }

  function dotsUsed() {
    var total = 0;
    Object.keys(state.dots).forEach(function (id) { total += state.dots[id]; });
    return total;
  }

  function updateDots() {
    var rules = state.ballot.rules;
    var left = rules.dotsPerPerson - dotsUsed();
    say('dots-left', 'Dots left: ' + left + ' of ' + rules.dotsPerPerson);
    state.ballot.candidates.forEach(function (c, i) {
      var n = state.dots[c.id] || 0;
      $('dots-' + i).textContent = String(n);
      $('less-' + i).disabled = state.revealed || state.ended || n === 0;
      $('more-' + i).disabled = state.revealed || state.ended || left === 0;
    });
  }

  function scaleField(candidate, i, criterion, j) {
    var set = el('fieldset');
    var legend = el('legend', criterion.label);
    legend.appendChild(el('span', ' for ' + candidate.name, 'sr-only'));
    set.appendChild(legend);
    var row = el('div', undefined, 'scale');
    for (var v = 1; v <= 5; v += 1) {
      var label = el('label');
      var input = el('input');
      input.type = 'radio';
      input.name = 'v-' + i + '-' + j;
      input.value = String(v);
      input.setAttribute('data-candidate', candidate.id);
      input.setAttribute('data-criterion', criterion.id);
      label.appendChild(input);
      label.appendChild(el('span', String(v)));
      row.appendChild(label);
    }
    set.appendChild(row);
    return set;
  }

  function dotsField(candidate, i) {
    var row = el('div', undefined, 'dots');
    var less = el('button', '\u2212');
    less.type = 'button';
    less.id = 'less-' + i;
    less.setAttribute('aria-label', 'One dot fewer for ' + candidate.name);
    var count = el('output', '0');
    count.id = 'dots-' + i;
    count.setAttribute('aria-label', 'Dots for ' + candidate.name);
    count.setAttribute('aria-live', 'polite');
    var more = el('button', '+');
    more.type = 'button';
    more.id = 'more-' + i;
    more.setAttribute('aria-label', 'One dot more for ' + candidate.name);
    less.addEventListener('click', function () { state.dots[candidate.id] = Math.max(0, (state.dots[candidate.id] || 0) - 1); updateDots(); });
    more.addEventListener('click', function () {
      if (dotsUsed() < state.ballot.rules.dotsPerPerson) state.dots[candidate.id] = (state.dots[candidate.id] || 0) + 1;
      updateDots();
    });
    row.appendChild(less);
    row.appendChild(count);
    row.appendChild(more);
    return row;
  }

  function showBallot(ballot, votes) {
    state.ballot = ballot;
    document.title = 'Vote: ' + ballot.title;
    say('title', ballot.title);
    var dots = ballot.rules.mode === 'dots';
    say('how', dots
      ? 'Spread your ' + ballot.rules.dotsPerPerson + ' dots over the candidates you would fund first.'
      : 'Score each candidate from 1 (low) to 5 (high). You can leave one out.');
    var list = $('candidates');
    list.textContent = '';
    ballot.candidates.forEach(function (candidate, i) {
      var section = el('section', undefined, 'candidate');
      var heading = el('h2', candidate.name);
      heading.id = 'name-' + i;
      section.setAttribute('aria-labelledby', heading.id);
      section.appendChild(heading);
      if (candidate.line) section.appendChild(el('p', candidate.line, 'line'));
      if (dots) section.appendChild(dotsField(candidate, i));
      else ballot.rules.criteria.forEach(function (criterion, j) { section.appendChild(scaleField(candidate, i, criterion, j)); });
      list.appendChild(section);
    });
    state.dots = {};
    (votes || []).forEach(function (v) {
      if (dots) state.dots[v.useCaseId] = v.value;
      else {
        var inputs = list.querySelectorAll('input[type="radio"]');
        for (var k = 0; k < inputs.length; k += 1) {
          var input = inputs[k];
          if (input.getAttribute('data-candidate') === v.useCaseId && input.getAttribute('data-criterion') === v.criterionId && input.value === String(v.value)) input.checked = true;
        }
      }
    });
    $('dots-left').hidden = !dots;
    if (dots) updateDots();
    $('join').hidden = true;
    $('ballot').hidden = false;
    $('title').focus();
  }

  function collect() {
    var ballot = state.ballot;
    if (ballot.rules.mode === 'dots') {
      var criterionId = ballot.rules.criteria[0].id;
      return ballot.candidates.filter(function (c) { return (state.dots[c.id] || 0) > 0; })
        .map(function (c) { return { useCaseId: c.id, criterionId: criterionId, value: state.dots[c.id] }; });
    }
    var votes = [];
    var checked = $('candidates').querySelectorAll('input[type="radio"]:checked');
    for (var k = 0; k < checked.length; k += 1) {
      var input = checked[k];
      votes.push({ useCaseId: input.getAttribute('data-candidate'), criterionId: input.getAttribute('data-criterion'), value: Number(input.value) });
    }
    return votes;
  }

  function close(message) {
    var controls = $('ballot').querySelectorAll('input, button');
    for (var k = 0; k < controls.length; k += 1) controls[k].disabled = true;
    say('notice', message);
    clearInterval(state.timer);
  }

  function handleRefusal(answer) {
    var error = answer.json && answer.json.error;
    if (error === 'expired') { state.ended = true; forget(); close('This voting session has ended.'); return; }
    if (error === 'revealed') { state.revealed = true; close('The votes are revealed on the screen. Voting is closed.'); return; }
    if (error === 'unknown-device') { forget(); $('ballot').hidden = true; $('join').hidden = false; }
    say('error', (answer.json && answer.json.message) || 'Something went wrong. Try again.');
  }

  function poll() {
    call('GET', '/api/status?code=' + encodeURIComponent(state.code) + '&token=' + encodeURIComponent(state.token)).then(function (answer) {
      if (answer.status === 200 && answer.json.revealed && !state.revealed) {
        state.revealed = true;
        close('The votes are revealed on the screen. Voting is closed.');
      } else if (answer.status === 200 && state.lost) {
        state.lost = false;
        say('error', '');
      } else if (answer.status === 0) {
        state.lost = true;
        say('error', 'Voting is closed, or this device has lost its connection to the facilitator\'s computer.');
      } else if (answer.status === 401 || answer.status === 410) handleRefusal(answer);
    });
  }

  function start(code, token, seq, ballot, votes, revealed) {
    state.code = code;
    state.token = token;
    state.seq = seq;
    remember();
    showBallot(ballot, votes);
    if (revealed) { state.revealed = true; close('The votes are revealed on the screen. Voting is closed.'); return; }
    state.timer = setInterval(poll, 2500);
  }

  $('join').addEventListener('submit', function (event) {
    event.preventDefault();
    say('error', '');
    var code = $('code').value.toUpperCase().replace(/[\s-]/g, '');
    var name = $('name').value.trim();
    if (!code || !name) { say('error', !code ? 'Type the session code shown on the screen.' : 'Type your name.'); return; }
    call('POST', '/api/join', { code: code, name: name }).then(function (answer) {
      if (answer.status !== 200) { say('error', answer.json.message || 'Could not join. Try again.'); return; }
      start(code, answer.json.token, 0, answer.json.ballot, [], answer.json.revealed);
    });
  });

  $('ballot').addEventListener('submit', function (event) {
    event.preventDefault();
    say('error', '');
    say('notice', '');
    var votes = collect();
    if (votes.length === 0) {
      say('error', state.ballot.rules.mode === 'dots' ? 'Give at least one dot before sending.' : 'Score at least one candidate before sending.');
      return;
    }
    state.seq = Math.max(state.seq + 1, Date.now());
    remember();
    $('send').disabled = true;
    call('POST', '/api/ballot', { code: state.code, token: state.token, seq: state.seq, votes: votes }).then(function (answer) {
      $('send').disabled = state.revealed || state.ended;
      if (answer.status === 200) say('notice', 'Your votes are in. You can change them and send again until the votes are revealed.');
      else handleRefusal(answer);
    });
  });

  $('title').tabIndex = -1;
  var fromLink = (location.hash || '').replace(/^#/, '').toUpperCase().replace(/[^A-Z0-9]/g, '');
  if (fromLink) {
    $('code').value = fromLink;
    var saved = recall(fromLink);
    if (saved && saved.token) {
      call('GET', '/api/status?code=' + encodeURIComponent(fromLink) + '&token=' + encodeURIComponent(saved.token)).then(function (answer) {
        if (answer.status === 200) start(fromLink, saved.token, saved.seq || 0, answer.json.ballot, answer.json.votes, answer.json.revealed);
        else { state.code = fromLink; forget(); $('name').focus(); }
      });
    } else $('name').focus();
  }
})();
`;
