// The interviewer's page. Everything from the server is set as text (textContent, value), never
// as markup; the sketch is an SVG shown through an <img>, where it can run no script.
'use strict';

(function () {
  const base = location.pathname.replace(/[^/]*$/, '');        // /i/<token>/
  const socketUrl = 'ws://' + location.host + base + 'ws';
  const seatKeyName = 'mockloop-seat:' + base;
  const $ = (id) => document.getElementById(id);

  let socket = null;
  let brief = null;
  let status = null;
  let statusAt = 0;               // performance.now() when the status arrived
  let retries = 0;
  let finished = false;           // ended or refused: no reconnecting
  let sheetLoaded = false;        // the server's copy of our notes and scores came in once
  let sketchUrl = null;
  const nudgesSent = [];

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function list(id, items) {
    const ul = $(id);
    ul.replaceChildren();
    if (!items || items.length === 0) {
      ul.appendChild(el('li', 'empty', 'None given in the pack.'));
      return;
    }
    for (const item of items) ul.appendChild(el('li', '', item));
  }

  function countdown(ms) {
    const over = ms < 0;
    const s = Math.floor(Math.abs(ms) / 1000);
    const text = Math.floor(s / 60) + ':' + String(s % 60).padStart(2, '0');
    return over ? '+' + text : text;
  }

  function send(message) {
    if (socket && socket.readyState === WebSocket.OPEN) {
      socket.send(JSON.stringify(message));
      return true;
    }
    return false;
  }

  function toast(text) {
    const t = $('toast');
    t.textContent = text;
    t.hidden = false;
    clearTimeout(toast.timer);
    toast.timer = setTimeout(() => { t.hidden = true; }, 6000);
  }

  function connection(state, text) {
    const c = $('conn');
    c.className = 'conn conn-' + state;
    c.textContent = text;
  }

  function overlay(title, text) {
    $('overlay-title').textContent = title;
    $('overlay-text').textContent = text;
    $('overlay').hidden = false;
  }

  // ----- the question, the answer key and the scoring form (sent once per connection)

  function showBrief(b) {
    brief = b;
    document.title = 'Interviewing: ' + b.title;
    $('title').textContent = b.title;
    $('meta').textContent = b.level + ' · ' + b.pack + ' · ' + b.framework;
    $('behavioral-prompt').textContent = b.behavioral.prompt;
    $('design-prompt').textContent = b.design.prompt;
    list('behavioral-signals', b.behavioral.signals);
    list('design-signals', b.design.signals);
    list('clarifying', b.design.clarifyingQuestions);
    list('outline-components', b.design.outline.components);
    list('outline-estimates', b.design.outline.estimates);
    list('outline-tradeoffs', b.design.outline.tradeoffs);
    list('outline-sources', b.design.outline.sources);

    const strip = $('phase-strip');
    strip.replaceChildren();
    b.phases.forEach((p, i) => {
      const li = el('li', 'phase', p.title);
      li.dataset.index = String(i);
      li.title = p.guide;
      strip.appendChild(li);
    });

    const probes = $('probes');
    probes.replaceChildren();
    for (const p of b.probes) {
      const li = el('li', 'probe');
      li.appendChild(el('div', 'probe-text', p.text));
      const row = el('div', 'probe-row');
      const when = el('span', 'hint probe-when', p.phase + ' · at ' + countdown(p.atPhaseMs));
      when.id = 'probe-when-' + p.index;
      const ask = el('button', '', 'Ask now');
      ask.type = 'button';
      ask.id = 'probe-fire-' + p.index;
      ask.addEventListener('click', () => {
        if (send({ type: 'fire', probe: p.index })) {
          ask.disabled = true;
          ask.textContent = 'Asking…';
        }
      });
      row.append(when, ask);
      li.appendChild(row);
      probes.appendChild(li);
    }
    if (b.probes.length === 0) probes.appendChild(el('li', 'empty', 'This question has no probes.'));

    buildScoring(b);
  }

  function buildScoring(b) {
    const dims = $('dimensions');
    if (dims.dataset.built === 'yes') return;   // a reconnect keeps what was typed
    dims.dataset.built = 'yes';
    for (const d of b.rubric) {
      const box = el('fieldset', 'dimension');
      box.appendChild(el('legend', '', d.title));
      if (d.bar) {
        box.appendChild(el('p', 'bar', 'Bar for ' + d.bar.level + ': ' + d.bar.expect + ' · ' + d.bar.text));
      }
      d.levels.forEach((text, i) => {
        const level = i + 1;
        const label = el('label', 'level');
        const input = el('input');
        input.type = 'radio';
        input.name = 'level:' + d.id;
        input.value = String(level);
        input.dataset.dimension = d.id;
        input.addEventListener('change', draftSoon);
        label.append(input, el('b', '', String(level)), el('span', '', text));
        box.appendChild(label);
      });
      dims.appendChild(box);
    }
    const fms = $('failure-modes');
    for (const f of b.failureModes) {
      const label = el('label', 'check');
      const input = el('input');
      input.type = 'checkbox';
      input.value = f.id;
      input.dataset.failureMode = f.id;
      input.addEventListener('change', draftSoon);
      const text = el('span');
      text.append(el('b', '', f.title), el('span', 'hint', ' ' + f.looksLike));
      label.append(input, text);
      fms.appendChild(label);
    }
    if (b.failureModes.length === 0) fms.appendChild(el('p', 'empty', 'The pack lists no failure modes.'));
    const verdicts = $('verdicts');
    for (const v of b.verdicts) {
      const label = el('label', 'verdict');
      const input = el('input');
      input.type = 'radio';
      input.name = 'verdict';
      input.value = v.id;
      input.dataset.verdict = v.id;
      input.addEventListener('change', draftSoon);
      label.append(input, el('span', '', v.label));
      verdicts.appendChild(label);
    }
  }

  function sheet() {
    const levels = {};
    for (const input of document.querySelectorAll('#dimensions input:checked')) {
      levels[input.dataset.dimension] = Number(input.value);
    }
    const failureModes = Array.from(document.querySelectorAll('#failure-modes input:checked')).map((i) => i.value);
    const verdict = document.querySelector('#verdicts input:checked');
    return { levels, failureModes, verdict: verdict ? verdict.value : null, feedback: $('feedback').value };
  }

  function fillSheet(s) {
    $('notes').value = s.notes;
    $('feedback').value = s.feedback;
    for (const input of document.querySelectorAll('#dimensions input')) {
      input.checked = s.levels[input.dataset.dimension] === Number(input.value);
    }
    for (const input of document.querySelectorAll('#failure-modes input')) {
      input.checked = s.failureModes.includes(input.value);
    }
    for (const input of document.querySelectorAll('#verdicts input')) {
      input.checked = s.verdict === input.value;
    }
    if (s.submitted) $('sheet-state').textContent = 'Submitted. You can change it and submit again.';
  }

  let draftTimer = null;
  function draftSoon() {
    clearTimeout(draftTimer);
    draftTimer = setTimeout(() => send(Object.assign({ type: 'draft' }, sheet())), 600);
  }

  let notesTimer = null;
  function notesSoon() {
    clearTimeout(notesTimer);
    notesTimer = setTimeout(() => send({ type: 'notes', text: $('notes').value }), 600);
  }

  // ----- the round as it goes

  function showStatus(s) {
    status = s;
    statusAt = performance.now();
    $('design-hidden').hidden = s.designRevealed;
    $('timer-state').textContent = {
      NOT_STARTED: 'Not started yet', RUNNING: 'Running', PAUSED: 'Paused', FINISHED: 'Round over: score it below'
    }[s.state] || s.state;
    document.body.classList.toggle('round-over', s.state === 'FINISHED');
    for (const li of document.querySelectorAll('#phase-strip li')) {
      const i = Number(li.dataset.index);
      li.classList.toggle('done', i < s.phaseIndex);
      li.classList.toggle('current', i === s.phaseIndex && s.state !== 'FINISHED');
    }
    const live = s.state === 'RUNNING' || s.state === 'PAUSED';
    for (const p of s.probes) {
      const button = $('probe-fire-' + p.index);
      const when = $('probe-when-' + p.index);
      if (!button || !when) continue;
      if (p.shown) {
        button.disabled = true;
        button.textContent = p.responseMs === null || p.responseMs === undefined ? 'Asked' : 'Answered';
        when.textContent = 'Asked at ' + countdown(p.shownAtMs) + (p.responseMs === null || p.responseMs === undefined
          ? ' · waiting for the answer' : ' · answered after ' + Math.round(p.responseMs / 1000) + ' s');
        button.closest('li').classList.add('asked');
      } else {
        button.disabled = !live;
        if (button.textContent !== 'Asking…' || !live) button.textContent = 'Ask now';
      }
    }
    tick();
  }

  function tick() {
    if (!status) return;
    const running = status.state === 'RUNNING';
    const extra = running ? performance.now() - statusAt : 0;
    const phaseLeft = status.phasePlannedMs - (status.phaseElapsedMs + extra);
    const roundLeft = status.roundPlannedMs - (status.roundElapsedMs + extra);
    const phase = $('phase-time');
    const round = $('round-time');
    phase.textContent = status.state === 'FINISHED' ? 'done' : countdown(phaseLeft);
    round.textContent = countdown(roundLeft);
    phase.classList.toggle('over', status.state !== 'FINISHED' && phaseLeft < 0);
    round.classList.toggle('over', roundLeft < 0);
  }

  function showSketch(m) {
    const img = $('sketch');
    const url = URL.createObjectURL(new Blob([m.svg], { type: 'image/svg+xml' }));
    const old = sketchUrl;
    sketchUrl = url;
    img.onload = () => { if (old) URL.revokeObjectURL(old); };
    img.src = url;
    img.dataset.revision = String(m.revision);
    $('sketch-state').textContent = 'live · change ' + m.revision;
  }

  function onMessage(event) {
    let m;
    try { m = JSON.parse(event.data); } catch (e) { return; }
    switch (m.type) {
      case 'welcome':
        sessionStorage.setItem(seatKeyName, m.seatKey);
        $('seat-label').textContent = m.seat === 2 ? ' (second interviewer)' : '';
        connection('ok', 'Connected');
        retries = 0;
        break;
      case 'brief': showBrief(m); break;
      case 'status': showStatus(m); break;
      case 'sketch': showSketch(m); break;
      case 'sheet':
        if (!sheetLoaded) {
          fillSheet(m);
          sheetLoaded = true;
        } else {
          // Reconnected: what is on this page is the newest; the server gets it again.
          send({ type: 'notes', text: $('notes').value });
          send(Object.assign({ type: 'draft' }, sheet()));
        }
        break;
      case 'saved':
        $('sheet-state').textContent = 'Saved with the candidate\'s round at '
          + new Date(m.at).toLocaleTimeString() + '. You can change it and submit again.';
        break;
      case 'error': toast(m.message); break;
      case 'ended':
        finished = true;
        connection('end', 'Ended');
        overlay('This interview has ended', m.reason);
        break;
      case 'refused':
        finished = true;
        connection('end', 'Not connected');
        overlay('This link is in use', m.reason);
        break;
      default: break;
    }
  }

  function connect() {
    const key = sessionStorage.getItem(seatKeyName);
    socket = new WebSocket(socketUrl + (key ? '?seat=' + encodeURIComponent(key) : ''));
    socket.addEventListener('message', onMessage);
    socket.addEventListener('close', () => {
      if (finished) return;
      connection('wait', 'Reconnecting…');
      const delay = Math.min(5000, 500 * Math.pow(2, retries++));
      setTimeout(connect, delay);
    });
  }

  $('notes').addEventListener('input', notesSoon);
  $('feedback').addEventListener('input', draftSoon);
  $('nudge-send').addEventListener('click', () => {
    const text = $('nudge-text').value.trim();
    if (send({ type: 'nudge', message: text })) {
      nudgesSent.unshift(new Date().toLocaleTimeString() + ': ' + (text || 'Time to move on'));
      list('nudges', nudgesSent.slice(0, 5));
      $('nudge-text').value = '';
    }
  });
  $('submit').addEventListener('click', () => {
    clearTimeout(draftTimer);
    send({ type: 'notes', text: $('notes').value });
    if (send(Object.assign({ type: 'submit' }, sheet()))) {
      $('sheet-state').textContent = 'Saving…';
    } else {
      toast('Not connected: your scores are kept on this page; submit again once reconnected.');
    }
  });
  setInterval(tick, 250);
  connect();
}());
