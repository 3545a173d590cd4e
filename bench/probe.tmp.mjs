import { serve, launch } from '../tests/e2e/harness.mjs';
import { page } from './pages.mjs';
import { PHONE } from './measure.mjs';
import { readFile } from 'node:fs/promises';
const seed = JSON.parse(await readFile('demo/the-red-shoes.json', 'utf8'));
const server = await serve('/tmp/probe-site', { files: { '/p.html': page('filmcard', [seed]) }, brotli: true });
const browser = await launch();
const all = [];
for (let i = 0; i < Number(process.argv[2] ?? 6); i++) {
  const context = await browser.newContext(PHONE.context);
  await context.addInitScript(() => {
    const m = (window.__marks = []);
    const mark = (n) => m.push([n, Math.round(performance.now())]);
    const f = window.fetch;
    window.fetch = function (...a) { mark('fetch'); setTimeout(() => mark('task-end')); return f.apply(this, a); };
    const def = CustomElementRegistry.prototype.define;
    CustomElementRegistry.prototype.define = function (...a) { mark('define'); return def.apply(this, a); };
    const IO = window.IntersectionObserver;
    window.IntersectionObserver = class extends IO { constructor(cb, o) { mark('io-new'); super((...a) => { mark('io-cb'); return cb(...a); }, o); } };
    const att = Element.prototype.attachShadow;
    Element.prototype.attachShadow = function (...a) { mark('attach'); const r = att.apply(this, a); new MutationObserver(() => { if (r.querySelector('.fc-review__toggle') && !m.some(x=>x[0]==='shown')) mark('shown'); }).observe(r, {childList: true, subtree: true}); return r; };
  });
  const p = await context.newPage();
  const cdp = await context.newCDPSession(p);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', PHONE.network);
  await p.goto(server.url + '/p.html');
  await p.waitForFunction(() => window.__marks.some((m) => m[0] === 'shown'));
  const r = await p.evaluate(() => [...window.__marks, ...performance.getEntriesByType('resource').map((e) => [e.name.split('/').pop() + '-end', Math.round(e.responseEnd)])].sort((a, b) => a[1] - b[1]));
  console.log(r.map(([a, b]) => `${a}@${b}`).join(' '));
  await context.close();
}
await browser.close(); await server.close();
