// A throwaway WordPress on 127.0.0.1, Debian's (6.1) or the newer release scripts/setup.sh keeps
// in the user's cache (6.5): MariaDB in a temporary data directory on a unix socket, a document
// root made from the release with its own wp-config.php and wp-content (the plugin unpacked from
// dist/'s zip, the release's themes),
// installed by PHP's own install functions and served by `php -S`. Nothing outside the temporary
// directory is written.
import { spawn, execFile } from 'node:child_process';
import { cp, mkdtemp, mkdir, readdir, rename, rm, symlink, writeFile, readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
/** Each release's files: Debian's package, and 6.5.5 as scripts/setup.sh lays it out. */
export const RELEASES = {
  '6.1': '/usr/share/wordpress',
  '6.5': join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'filmcard/wordpress-6.5.5'),
};
const root = new URL('../..', import.meta.url).pathname;

/** Resolves once `check()` is true, polling; rejects with `what` after `ms`. */
async function until(check, what, ms = 30000) {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`wordpress: timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** A free TCP port on 127.0.0.1, from FILMCARD_PORT_BASE (default 9600) upwards. */
async function freePort() {
  for (let port = Number(process.env.FILMCARD_PORT_BASE ?? 9600); port < 65536; port++) {
    const free = await new Promise((resolve) => {
      const probe = createServer().once('error', () => resolve(false));
      probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error('wordpress: no free port');
}

/** Runs a PHP script of tests/wordpress/ against the site; resolves to its stdout. */
async function php(dir, script, env = {}) {
  const { stdout } = await run('php', [join(root, 'tests/wordpress', script), dir], {
    env: { ...process.env, ...env },
    maxBuffer: 16 << 20,
  });
  return stdout;
}

/**
 * Writes a fresh MariaDB data directory to `data`: a copy of the one `mariadb-install-db` made on
 * the first run with this MariaDB (kept in target/wordpress/, outside the repository's files),
 * which takes it 10 to 20 seconds to make.
 */
async function dataDirectory(data, options) {
  const { stdout } = await run('mariadbd', ['--version']);
  const version = stdout.match(/Ver (\S+)/)?.[1] ?? 'unknown';
  const cache = join(root, 'target/wordpress', `mariadb-${version}-${process.getuid?.() ?? 0}`);
  if (!existsSync(cache)) {
    const fresh = `${cache}.${process.pid}`;
    await rm(fresh, { recursive: true, force: true });
    await mkdir(dirname(cache), { recursive: true });
    await run('mariadb-install-db', [
      '--no-defaults', `--datadir=${fresh}`, '--auth-root-authentication-method=normal',
      '--skip-test-db', '--skip-name-resolve', ...options,
    ]);
    // Complete or not there at all, whatever stops this run.
    await rename(fresh, cache).catch(() => rm(fresh, { recursive: true, force: true }));
  }
  await cp(cache, data, { recursive: true });
}

/**
 * Makes the document root in `www`: the release in `wordpress`, its themes, and the plugin from
 * dist/'s zip. PHP resolves links in __FILE__, and the entry points (index.php, wp-load.php,
 * wp-admin/) find wp-config.php from their own folder: they are copied, the library is linked.
 */
async function makeDocroot(www, WORDPRESS) {
  await mkdir(join(www, 'wp-content/plugins'), { recursive: true });
  await mkdir(join(www, 'wp-content/uploads'), { recursive: true });
  for (const name of await readdir(WORDPRESS)) {
    if (name === 'wp-includes') await symlink(join(WORDPRESS, name), join(www, name));
    else if (!['wp-config.php', 'wp-content', '.htaccess'].includes(name)) {
      await cp(join(WORDPRESS, name), join(www, name), { recursive: true, verbatimSymlinks: true });
    }
  }
  await symlink(join(WORDPRESS, 'wp-content/themes'), join(www, 'wp-content/themes'));
  await run('unzip', ['-q', join(root, 'dist/filmcard-wordpress.zip'), '-d', join(www, 'wp-content/plugins')]);
}

/**
 * Starts MariaDB and WordPress `version` (a key of RELEASES) with the plugin active; `timings`
 * records each step's seconds. Resolves to { url, dir, php(script), close }.
 */
export async function startWordPress(version = '6.1') {
  const release = RELEASES[version];
  if (!existsSync(join(release, 'wp-includes/version.php'))) {
    throw new Error(`wordpress: no WordPress ${version} in ${release}; scripts/setup.sh fetches it`);
  }
  const timings = {};
  let last = Date.now();
  const lap = (name) => {
    timings[name] = (Date.now() - last) / 1000;
    last = Date.now();
  };
  const dir = await mkdtemp(join(tmpdir(), 'filmcard-wp-'));
  const children = [];
  let url;
  const close = async () => {
    for (const child of children.reverse()) {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        // `php -S` forks its workers into its own process group: the whole group is stopped.
        if (child.group) process.kill(-child.pid, 'SIGTERM');
        else child.kill('SIGTERM');
        await exited;
      }
    }
    await rm(dir, { recursive: true, force: true });
    // A worker left behind would go on answering on the port, and a later run would find it.
    const answered = url && (await fetch(`${url}/`).then(() => true, () => false));
    if (answered) throw new Error(`wordpress: ${url} still answers after the server was stopped`);
  };
  try {
    // MariaDB: a fresh data directory, no network, root without a password over the socket.
    const socket = join(dir, 'mysql.sock');
    // MariaDB refuses to run as root unless told to; as any other user it runs as that user.
    const asRoot = process.getuid?.() === 0 ? ['--user=root'] : [];
    // Small InnoDB files: the database holds a few posts.
    const innodb = ['--innodb-buffer-pool-size=32M', '--innodb-log-file-size=8M'];
    // The slowest step, so the document root is made meanwhile (below).
    const installed = dataDirectory(join(dir, 'data'), [...asRoot, ...innodb]);
    installed.catch(() => {});
    const www = join(dir, 'www');
    const docroot = makeDocroot(www, release);
    docroot.catch(() => {});
    await installed;
    lap('data directory and docroot');
    const mariadb = spawn('mariadbd', [
      '--no-defaults', `--datadir=${join(dir, 'data')}`, `--socket=${socket}`, '--skip-networking',
      `--pid-file=${join(dir, 'mariadb.pid')}`, `--log-error=${join(dir, 'mariadb.log')}`,
      ...asRoot, ...innodb,
      '--skip-log-bin', '--innodb-flush-log-at-trx-commit=0',
    ], { stdio: 'ignore' });
    children.push(mariadb);
    await until(() => existsSync(socket) || mariadb.exitCode !== null, 'MariaDB');
    if (mariadb.exitCode !== null) throw new Error(`wordpress: MariaDB exited: ${await readFile(join(dir, 'mariadb.log'), 'utf8')}`);
    await run('mariadb', ['--no-defaults', `--socket=${socket}`, '-uroot', '-e', 'CREATE DATABASE wordpress CHARACTER SET utf8mb4']);
    lap('mariadb');

    // The site's own configuration: the database on the socket, the address, debug log on.
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    await docroot;
    await writeFile(join(www, 'wp-config.php'), `<?php
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'root' );
define( 'DB_PASSWORD', '' );
define( 'DB_HOST', 'localhost:${socket}' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
$table_prefix = 'wp_';
define( 'WP_HOME', '${url}' );
define( 'WP_SITEURL', '${url}' );
define( 'WP_CONTENT_DIR', __DIR__ . '/wp-content' );
define( 'WP_CONTENT_URL', '${url}/wp-content' );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_DISPLAY', false );
define( 'WP_DEBUG_LOG', '${join(dir, 'debug.log')}' );
define( 'DISABLE_WP_CRON', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'WP_ENVIRONMENT_TYPE', 'local' );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
`);
    lap('config');
    await php(dir, 'install.php', { FILMCARD_WP_URL: url });
    lap('install');

    const server = spawn('php', ['-d', 'opcache.enable_cli=1', '-S', `127.0.0.1:${port}`, '-t', www], {
      stdio: 'ignore',
      detached: true,
      env: { ...process.env, PHP_CLI_SERVER_WORKERS: '4' },
    });
    server.group = true;
    children.push(server);
    await until(async () => {
      try {
        return (await fetch(`${url}/wp-includes/images/blank.gif`)).ok;
      } catch {
        return false;
      }
    }, 'php -S');
    lap('server');
    return {
      url,
      dir,
      www,
      timings,
      php: (script) => php(dir, script, { FILMCARD_WP_URL: url }),
      debugLog: () => readFile(join(dir, 'debug.log'), 'utf8').catch(() => ''),
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
