/**
 * Watch a folder tree and report which files changed, in batches: events are collected for a short
 * quiet period (an editor's save is several events), and a batch that arrives while the previous one is
 * still being handled waits for it. Paths are relative to the folder; hidden folders (.git, .cache) are
 * ignored, as the corpus reader ignores them.
 */
import { watch } from 'node:fs';

/** Quiet period after the last event before a batch is handled (ms). */
const SETTLE_MS = 200;

export function watchFolder(dir: string, onChange: (names: string[]) => Promise<void>): () => void {
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();

  const flush = () => {
    const names = [...pending].sort();
    pending.clear();
    running = running.then(() => onChange(names)).catch((err: unknown) => console.error('corpus: watch: rerun failed:', err));
  };
  const watcher = watch(dir, { recursive: true }, (_event, name) => {
    if (!name || name.split(/[\\/]/).some((part) => part.startsWith('.'))) return;
    pending.add(name.split('\\').join('/'));
    clearTimeout(timer);
    timer = setTimeout(flush, SETTLE_MS);
  });
  // The folder itself removed or unreadable: say so and stop rather than crash or watch nothing.
  watcher.on('error', (err) => {
    console.error(`corpus: watch: cannot watch ${dir} any more (${err.message}); stopped.`);
    process.exitCode = 1;
    watcher.close();
  });
  return () => {
    clearTimeout(timer);
    watcher.close();
  };
}
