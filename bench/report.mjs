// Turns the measured runs into the figures table (terminal and BENCHMARKS.md), the budget
// verdicts and the SVG chart.

export const median = (values) => {
  const sorted = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const KIB = 1024;
const MIB = 1024 * 1024;
const kb = (bytes) => (bytes == null ? 'n/a' : `${(bytes / KIB).toFixed(1)} KB`);
const mb = (bytes) => (bytes == null ? 'n/a' : `${(bytes / MIB).toFixed(2)} MB`);
const ms = (value, digits = 0) => (value == null ? 'n/a' : `${value.toFixed(digits)} ms`);
const count = (value) => (value == null ? 'n/a' : String(Math.round(value)));
const ratioOf = (a, b) => (a == null || b == null || b === 0 ? null : a / b);

/** Summarises the runs of one scenario and implementation. */
export function summarise(runs) {
  const pick = (key) => runs.map((run) => run[key]);
  const shown = runs.filter((run) => run.showAll).map((run) => run.showAll);
  return {
    readyAt: median(pick('readyAt')),
    firstReady: median(pick('firstReady')),
    longest: median(pick('longest')),
    longestWorst: Math.max(...pick('longest')),
    blocking: median(pick('blocking')),
    widgetScript: median(runs.map(widgetScript)),
    nodesPerWidget: median(runs.map((run) => run.nodes / run.hosts)),
    rendered: median(pick('rendered')),
    widgetBytes: median(runs.map(widgetBytes)),
    elementsPerWidget: median(runs.map((run) => run.elements / run.hosts)),
    jsHeap: median(pick('jsHeap')),
    domHeap: median(pick('domHeap')),
    wasmMemory: median(pick('wasmMemory')),
    toggleFrame: median(runs.filter((run) => run.toggle).map((run) => median(run.toggle.map((s) => s.frame)))),
    toggleDom: median(runs.filter((run) => run.toggle).map((run) => median(run.toggle.map((s) => s.dom)))),
    showAllDom: median(shown.map((s) => s.dom)),
    showAllFrame: median(shown.map((s) => s.frame)),
    showAllLongest: median(shown.map((s) => s.longest)),
    showAllLongestWorst: shown.length ? Math.max(...shown.map((s) => s.longest)) : null,
    showAllBlocking: median(shown.map((s) => s.blocking)),
    showAllLongestFrame: median(shown.map((s) => s.longestFrame)),
    files: fileTimes(runs),
    scriptToNext: median(runs.map(scriptToNext)),
  };
}

/**
 * From the moment the page's script (`filmcard.js`, `baseline.js`) is received to the first
 * request of another of the widget's files that starts after it: the script's own work before it
 * asks for the rest. Null when a hint had every file requested before the script arrived.
 */
function scriptToNext(run) {
  const files = (run.resources ?? []).filter((r) => /^\/(filmcard|baseline)\//.test(r.path));
  const script = files.find((r) => /^\/(filmcard\/filmcard|baseline\/baseline)\.js$/.test(r.path));
  if (!script) return null;
  const later = files.filter((r) => r !== script && r.start >= script.end).map((r) => r.start - script.end);
  return later.length > 0 ? Math.min(...later) : null;
}

/**
 * When each of the widget's files was requested and received (ms after navigation start,
 * `PerformanceResourceTiming` startTime and responseEnd), medians by path; `document` is the
 * page itself (responseStart and responseEnd).
 */
function fileTimes(runs) {
  const by = {};
  for (const run of runs) {
    const entries = [...(run.resources ?? []), ...(run.document ? [{ path: 'document', ...run.document }] : [])];
    for (const { path, start, end } of entries) {
      if (path !== 'document' && !/^\/(filmcard|baseline)\//.test(path)) continue;
      (by[path] ??= { start: [], end: [], count: [] }).start.push(start);
      by[path].end.push(end);
    }
    const counts = {};
    for (const { path } of run.resources ?? []) counts[path] = (counts[path] ?? 0) + 1;
    for (const [path, n] of Object.entries(counts)) by[path]?.count.push(n);
  }
  return Object.fromEntries(
    Object.entries(by).map(([path, t]) => [path, { start: median(t.start), end: median(t.end), fetches: Math.max(0, ...t.count) }]),
  );
}

/** The bytes of the widget's own files the page fetched (encoded body sizes, uncompressed here). */
function widgetBytes(run) {
  return (run.resources ?? []).filter((r) => /^\/(filmcard|baseline)\//.test(r.path)).reduce((sum, r) => sum + r.bytes, 0);
}

/**
 * The longest stretch of the widget's own script in one long animation frame: the part of a long
 * task the widget is answerable for, apart from the browser's parsing, style and layout.
 */
function widgetScript(run) {
  const ours = (script) => /^\/(filmcard|baseline)\//.test(script.source);
  return (run.longFrames ?? []).reduce(
    (max, frame) => Math.max(max, frame.scripts.filter(ours).reduce((sum, script) => sum + script.duration, 0)),
    0,
  );
}

/**
 * The rows of the figures table. Each: figure, scenario, Filmcard and baseline cells, the ratio,
 * and, where the issue sets one, the budget and whether it is met (judged on the medians).
 */
export function rows(results) {
  const { bundle, summary } = results;
  const fc = (scenario) => summary[scenario].filmcard;
  const base = (scenario) => summary[scenario].baseline;
  const out = [];
  const row = (figure, scenario, a, b, format, budget = null, pass = null) =>
    out.push({
      figure,
      scenario,
      filmcard: a,
      baseline: b,
      filmcardText: format(a),
      baselineText: format(b),
      ratio: ratioOf(a, b),
      budget,
      pass,
    });
  const longest = (summary) => `${ms(summary.longest)} (worst ${ms(summary.longestWorst)})`;
  // `scriptBudgeted`: the widget's own script in a frame is held to the long-task line too (at 4×).
  const longestRow = (scenario, label, budgeted, scriptBudgeted = false) => {
    out.push({
      figure: 'longest task during load',
      scenario: label,
      filmcard: fc(scenario).longest,
      baseline: base(scenario).longest,
      filmcardText: longest(fc(scenario)),
      baselineText: longest(base(scenario)),
      ratio: ratioOf(fc(scenario).longest, base(scenario).longest),
      budget: budgeted ? 'no long task (≤ 50 ms)' : null,
      pass: budgeted ? fc(scenario).longest <= 50 : null,
    });
    row('total blocking time during load', label, fc(scenario).blocking, base(scenario).blocking, ms);
    const script = fc(scenario).widgetScript;
    row("widget's script in a long frame (max)", label, script, base(scenario).widgetScript, ms, scriptBudgeted ? '≤ 50 ms' : null, scriptBudgeted ? script != null && script <= 50 : null);
  };
  // What every reader downloads; 55 KB stays the direction beyond it.
  const BUDGET_BROTLI = 80 * KIB;

  for (const kind of ['raw', 'gzip', 'brotli']) {
    const budgeted = kind === 'brotli';
    row(
      `transfer, ${kind} (JS + wasm + CSS)`,
      'the bundle',
      bundle.filmcard.total[kind],
      bundle.baseline.total[kind],
      kb,
      budgeted ? '≤ 80 KB' : null,
      budgeted ? bundle.filmcard.total.brotli <= BUDGET_BROTLI : null,
    );
  }
  // `node bench/run.mjs --only phone,phoneHints`: the phone scenarios alone.
  if (results.only) {
    phoneRows();
    return out;
  }
  const seedReady = ratioOf(fc('seed').readyAt, base('seed').readyAt);
  row('navigation start → rendered', '1 film, 4 reviews', fc('seed').readyAt, base('seed').readyAt, ms, '≤ 2× baseline', seedReady != null && seedReady <= 2);
  longestRow('seed', '1 film, 4 reviews', true);
  const bigReady = ratioOf(fc('big').readyAt, base('big').readyAt);
  row('navigation start → rendered', '1 film, 5,000 reviews', fc('big').readyAt, base('big').readyAt, ms, '≤ 1.5× baseline', bigReady != null && bigReady <= 1.5);
  longestRow('big', '1 film, 5,000 reviews', true);
  row('DOM nodes in the widget', '1 film, 5,000 reviews', fc('big').nodesPerWidget, base('big').nodesPerWidget, count, '≤ 400', fc('big').nodesPerWidget <= 400);
  const fiftyReady = ratioOf(fc('fifty').readyAt, base('fifty').readyAt);
  row('navigation start → all rendered', '50 widgets', fc('fifty').readyAt, base('fifty').readyAt, ms, '≤ 2× baseline', fiftyReady != null && fiftyReady <= 2);
  longestRow('fifty', '50 widgets', false);
  if (summary.belowFold) {
    const label = '1 film, 5,000 px below the fold';
    row("the widget's files fetched during load (raw)", label, fc('belowFold').widgetBytes, base('belowFold').widgetBytes, kb);
    row('cards rendered during load', label, fc('belowFold').rendered, base('belowFold').rendered, count);
    longestRow('belowFold', label, false);
  }
  row('"View More" click → next frame', '1 film, 4 reviews', fc('seed').toggleFrame, base('seed').toggleFrame, (v) => ms(v, 1), '≤ 16 ms', fc('seed').toggleFrame <= 16);
  row('"View More" click → DOM updated', '1 film, 4 reviews', fc('seed').toggleDom, base('seed').toggleDom, (v) => ms(v, 2));
  if (summary.showAll) {
    const label = '1 film, 5,000 reviews';
    const a = fc('showAll');
    const b = base('showAll');
    row('"Show all" click → all 5,000 reviews in the DOM', label, a.showAllDom, b.showAllDom, ms);
    row('"Show all" click → the frame that shows them', label, a.showAllFrame, b.showAllFrame, ms);
    const worst = (s) => `${ms(s.showAllLongest)} (worst ${ms(s.showAllLongestWorst)})`;
    out.push({
      figure: 'longest task, "Show all" → all shown',
      scenario: label,
      filmcard: a.showAllLongest,
      baseline: b.showAllLongest,
      filmcardText: worst(a),
      baselineText: worst(b),
      ratio: ratioOf(a.showAllLongest, b.showAllLongest),
      budget: 'no long task (≤ 50 ms)',
      pass: a.showAllLongest != null && a.showAllLongest <= 50,
    });
    row('total blocking time, "Show all" → all shown', label, a.showAllBlocking, b.showAllBlocking, ms);
    row('longest animation frame, "Show all" → all shown', label, a.showAllLongestFrame, b.showAllLongestFrame, ms);
  }
  for (const [scenario, label] of [['seed', '1 film, 4 reviews'], ['big', '1 film, 5,000 reviews']]) {
    const a = fc(scenario);
    const b = base(scenario);
    row('JS heap after load', label, a.jsHeap, b.jsHeap, mb);
    out.push({
      figure: 'wasm memory after load',
      scenario: label,
      filmcard: a.wasmMemory,
      baseline: b.wasmMemory,
      filmcardText: a.wasmMemory == null ? 'not reachable' : mb(a.wasmMemory),
      baselineText: b.wasmMemory ? mb(b.wasmMemory) : 'none (no wasm)',
      ratio: null,
      budget: null,
      pass: null,
    });
    const total = (s) => (s.jsHeap == null || s.wasmMemory == null ? null : s.jsHeap + s.wasmMemory);
    row('JS heap + wasm memory', label, total(a), total(b), mb);
  }
  row('navigation start → rendered, CPU 4× slower', '1 film, 4 reviews', fc('throttled').readyAt, base('throttled').readyAt, ms);
  longestRow('throttled', '1 film, 4 reviews, CPU 4× slower', true, true);
  phoneRows();
  return out;

  // The phone scenarios: the card shown, against the budget without the hints, and the chain.
  function phoneRows() {
    if (summary.phone) {
      const phoneReady = ratioOf(fc('phone').readyAt, base('phone').readyAt);
      const label = summary.phone.label;
      row('navigation start → card shown (title and "View More")', label, fc('phone').readyAt, base('phone').readyAt, ms, '≤ 1.5× baseline', phoneReady != null && phoneReady <= 1.5);
      cardReadyRow('phone', label);
      chainRows('phone', label);
      row("the page's script received → its first request", label, fc('phone').scriptToNext, base('phone').scriptToNext, ms);
    }
    if (summary.phoneHints) {
      const label = summary.phoneHints.label;
      const hintsReady = ratioOf(fc('phoneHints').readyAt, base('phoneHints').readyAt);
      row('navigation start → card shown (title and "View More")', label, fc('phoneHints').readyAt, base('phoneHints').readyAt, ms, '≤ 1.2× baseline', hintsReady != null && hintsReady <= 1.2);
      cardReadyRow('phoneHints', label);
      chainRows('phoneHints', label);
    }
  }

  // The card ready (`filmcard:ready`: whole, answering a click) against the baseline's card shown,
  // which is ready as it shows.
  function cardReadyRow(scenario, label) {
    const ready = fc(scenario).firstReady;
    const ratio = ratioOf(ready, base(scenario).readyAt);
    row('navigation start → card ready (filmcard:ready; the baseline: shown)', label, ready, base(scenario).readyAt, ms, '≤ 1.5× baseline', ratio != null && ratio <= 1.5);
  }

  // The chain of requests of a phone load: when each of the widget's files was requested and
  // received, medians, in ms after navigation start.
  function chainRows(scenario, label) {
    const steps = [
      ['the page', 'document', 'document'],
      ["the page's script", '/filmcard/filmcard.js', '/baseline/baseline.js'],
      ['its import (the glue; the baseline\'s stylesheet module)', '/filmcard/filmcard-core.js', '/baseline/styles.js'],
      ['the wasm', '/filmcard/filmcard-core_bg.wasm', null],
    ];
    const span = (times) => (times ? `${ms(times.start)} → ${ms(times.end)}${times.fetches > 1 ? ` (fetched ${times.fetches}×)` : ''}` : 'none');
    for (const [name, a, b] of steps) {
      const ta = fc(scenario).files?.[a] ?? null;
      const tb = b ? (base(scenario).files?.[b] ?? null) : null;
      out.push({
        figure: `requested → received: ${name}`,
        scenario: label,
        filmcard: ta?.end ?? null,
        baseline: tb?.end ?? null,
        filmcardText: span(ta),
        baselineText: span(tb),
        ratio: null,
        budget: null,
        pass: null,
        fetches: Math.max(ta?.fetches ?? 0, tb?.fetches ?? 0),
      });
    }
  }
}

/** Every budgeted row on a line of its own: the figure, Filmcard's value, the ratio, the verdict. */
export function budgetLines(tableRows) {
  return tableRows
    .filter((r) => r.budget != null)
    .map((r) => {
      const ratio = r.ratio == null || !Number.isFinite(r.ratio) ? '' : `; ${ratioText(r.ratio)} the baseline's ${r.baselineText}`;
      return `  ${r.pass ? 'pass' : 'FAIL'}  ${r.figure}, ${r.scenario}: ${r.filmcardText}${ratio}; budget ${r.budget}`;
    })
    .join('\n');
}

const ratioText = (ratio) => (ratio == null || !Number.isFinite(ratio) ? '' : `${ratio.toFixed(2)}×`);
const verdict = (row) => (row.budget == null ? '' : `${row.budget}: ${row.pass ? 'pass' : 'FAIL'}`);

/** The figures as a Markdown table; columns are padded so it also reads well in a terminal. */
export function markdownTable(tableRows) {
  const header = ['figure', 'scenario', 'Filmcard', 'baseline', 'Filmcard / baseline', 'budget'];
  const body = tableRows.map((r) => [r.figure, r.scenario, r.filmcardText, r.baselineText, ratioText(r.ratio), verdict(r)]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((cells) => cells[i].length)));
  const line = (cells) => `| ${cells.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)].join('\n');
}

export function machineLine(machine) {
  return (
    `${machine.date}: ${machine.cpu}, ${machine.nproc} cores (nproc), ${machine.memoryGiB} GiB RAM, ` +
    `${machine.os}; Chromium ${machine.chromium} headless; Node ${machine.node}; ` +
    `load average ${machine.loadStart} at the start, ${machine.loadEnd} at the end`
  );
}

/** The text between the figures markers of BENCHMARKS.md. */
export function figuresSection(results, tableRows) {
  const failed = tableRows.filter((r) => r.pass === false);
  const budgets = tableRows.filter((r) => r.pass !== null);
  return [
    `Measured ${machineLine(results.machine)}. ${results.reps} repetition${results.reps === 1 ? '' : 's'} of each scenario, alternating ` +
      'Filmcard and the baseline, each load in a fresh browser context; medians.',
    '',
    markdownTable(tableRows),
    '',
    `Budgets met: ${budgets.length - failed.length} of ${budgets.length}.` +
      (failed.length ? ` Failing: ${failed.map((r) => `${r.figure} (${r.scenario}): ${r.filmcardText}`).join('; ')}.` : ''),
    `Same markup as the baseline: ${Object.entries(results.markup)
      .map(([scenario, same]) => `${scenario} ${same ? 'yes' : 'NO'}`)
      .join(', ')}; same stylesheet text: ${results.sameStylesheet ? 'yes' : 'NO (dist/ is stale)'}.`,
    '',
    '"Show all": one click on the 5,000-review card\'s `.fc-reviews__more`, in a load of its own, ' +
      'a task after a frame, once the card is ready and its load has settled. "In the DOM" is when a MutationObserver ' +
      'first counts 5,000 `.fc-review` in the widget; "the frame" is the next `requestAnimationFrame`. ' +
      'Long tasks (a `longtask` PerformanceObserver) are those overlapping the click → the end of that frame, ' +
      'so the style and layout of what was added count too. Filmcard adds 50 reviews per task; the baseline adds ' +
      'all 4,990 in the click handler. Chromium leaves the rendering between short tasks out of its long tasks, so ' +
      '"longest animation frame" (`long-animation-frame` entries in the same window: a frame\'s tasks and its ' +
      'rendering) is given too; it has no budget.',
    '',
    '![Time to rendered and transfer size, Filmcard against the baseline](bench/results/latest.svg)',
  ].join('\n');
}

const escapeXml = (text) => text.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]);

/** Two small horizontal bar charts: time to rendered per scenario, and brotli transfer size. */
export function chart(results) {
  const { summary, bundle } = results;
  const groups = [
    {
      title: 'Navigation start → rendered (median ms)',
      unit: 'ms',
      items: [
        ['1 film, 4 reviews', summary.seed],
        ['1 film, 5,000 reviews', summary.big],
        ['50 widgets', summary.fifty],
        ['1 film, CPU 4× slower', summary.throttled],
        ...(summary.phone ? [['1 film, phone (card shown)', summary.phone]] : []),
        ...(summary.phoneHints ? [['…with the <head> hints', summary.phoneHints]] : []),
      ].map(([label, s]) => [label, s.filmcard.readyAt, s.baseline.readyAt]),
    },
    {
      title: 'Transfer, brotli (KB); dashed: the 80 KB budget',
      unit: 'KB',
      budget: 80,
      items: [['JS + wasm + CSS', bundle.filmcard.total.brotli / KIB, bundle.baseline.total.brotli / KIB]],
    },
  ];
  const width = 640;
  const labelWidth = 170;
  const barArea = width - labelWidth - 80;
  const barHeight = 14;
  const colours = { filmcard: '#a3111d', baseline: '#55585f' };
  const parts = [];
  let y = 28;
  parts.push(
    `<text x="${labelWidth}" y="16" font-size="12"><tspan fill="${colours.filmcard}">■</tspan> Filmcard   <tspan fill="${colours.baseline}">■</tspan> vanilla JS baseline</text>`,
  );
  for (const group of groups) {
    y += 18;
    parts.push(`<text x="8" y="${y}" font-size="13" font-weight="700">${escapeXml(group.title)}</text>`);
    y += 8;
    const max = Math.max(...group.items.flatMap(([, a, b]) => [a ?? 0, b ?? 0]), group.budget ?? 0, 1);
    const top = y;
    for (const [label, a, b] of group.items) {
      parts.push(`<text x="8" y="${y + barHeight + 4}" font-size="12">${escapeXml(label)}</text>`);
      for (const [value, colour] of [
        [a, colours.filmcard],
        [b, colours.baseline],
      ]) {
        const w = Math.max(1, Math.round(((value ?? 0) / max) * barArea));
        parts.push(`<rect x="${labelWidth}" y="${y}" width="${w}" height="${barHeight}" fill="${colour}"/>`);
        parts.push(
          `<text x="${labelWidth + w + 4}" y="${y + barHeight - 3}" font-size="11">${value == null ? 'n/a' : `${value.toFixed(group.unit === 'KB' ? 1 : 0)} ${group.unit}`}</text>`,
        );
        y += barHeight + 2;
      }
      y += 8;
    }
    if (group.budget) {
      const x = labelWidth + Math.round((group.budget / max) * barArea);
      parts.push(`<line x1="${x}" y1="${top - 4}" x2="${x}" y2="${y - 6}" stroke="#1c1d20" stroke-dasharray="4 3"/>`);
    }
  }
  const height = y + 8;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ` +
    `font-family="system-ui, sans-serif" role="img" aria-label="Filmcard against a vanilla JS baseline">\n` +
    `<rect width="100%" height="100%" fill="#ffffff"/>\n${parts.join('\n')}\n</svg>\n`
  );
}

/**
 * `doc` with the text between `<!-- name:start -->` and `<!-- name:end -->` replaced by `text`,
 * or null when the markers are missing.
 */
export function replaceSection(doc, name, text) {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const from = doc.indexOf(start);
  const to = doc.indexOf(end);
  if (from < 0 || to < from) return null;
  return `${doc.slice(0, from + start.length)}\n${text}\n${doc.slice(to)}`;
}
