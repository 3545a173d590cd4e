// The block editor driven as an Author: a post with one Film card block, saved and published;
// and the login every test that works in WordPress's admin starts with.
import assert from 'node:assert/strict';
import { watchedPage } from '../e2e/harness.mjs';

/**
 * Logs `user` in within `context`, as the login form would: the context's pages then carry the
 * session's cookies. No page is loaded: the form, and the dashboard it leads to, are not what a
 * test looks at, and a page's load waits on every image and script it names.
 */
export async function logIn(context, site, user, password) {
  const response = await context.request.post(`${site}/wp-login.php`, {
    form: { log: user, pwd: password, 'wp-submit': 'Log In', redirect_to: `${site}/wp-admin/` },
    maxRedirects: 0,
  });
  assert.equal(response.status(), 302, `${user} logged in: ${response.status()}`);
  assert.ok((await context.cookies(site)).some((cookie) => cookie.name.startsWith('wordpress_logged_in_')), `${user} has a session`);
}

/**
 * Logs in as the Author, writes a post titled `title` with a Film card block holding `film` and
 * the card's `options` (by the inspector's labels: collapse-at, …), then a paragraph `#below`;
 * waits until the block holds its JSON-LD and its prerendered card, publishes the post; resolves
 * to { id, url, attributes } (the block's attributes as saved) and the console errors.
 */
export async function publishFromEditor(browser, site, title, film, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  const { page, errors } = await watchedPage(context);
  try {
    await logIn(context, site, 'author', 'author-password');
    await page.goto(`${site}/wp-admin/post-new.php`);
    await page.waitForFunction(() => window.wp?.blocks?.getBlockType('filmcard/card') && window.wp.data.select('core/editor').getCurrentPostId());
    await page.evaluate((title) => {
      const { select, dispatch } = window.wp.data;
      const guide = select('core/edit-post').isFeatureActive('welcomeGuide');
      if (guide) dispatch('core/edit-post').toggleFeature('welcomeGuide');
      dispatch('core/editor').editPost({ title });
      // The card, then a paragraph whose place shows whether the post below the card moves.
      const { createBlock } = window.wp.blocks;
      dispatch('core/block-editor').insertBlocks([createBlock('filmcard/card'), createBlock('core/paragraph', { content: 'The post goes on.', anchor: 'below' })]);
    }, title);
    await page.getByLabel("The film's JSON", { exact: true }).fill(JSON.stringify(film, null, 2));
    for (const [label, value] of Object.entries(options)) await page.getByLabel(label, { exact: true }).fill(value);
    await page.waitForFunction(() => window.wp.data.select('core/block-editor').getBlocks().some((block) => block.attributes.jsonLd && block.attributes.prerendered));
    const saved = await page.evaluate(async () => {
      const { select, dispatch } = window.wp.data;
      dispatch('core/editor').editPost({ status: 'publish' });
      await dispatch('core/editor').savePost();
      const block = select('core/block-editor').getBlocks().find((each) => each.name === 'filmcard/card');
      return select('core/editor').didPostSaveRequestSucceed() ? { id: select('core/editor').getCurrentPostId(), attributes: block.attributes } : null;
    });
    assert.ok(saved, 'the post was saved');
    return { ...saved, url: `${site}/?p=${saved.id}`, errors };
  } finally {
    await context.close();
  }
}
