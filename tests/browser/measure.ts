/**
 * A Lighthouse-like measurement of one page of the built site (not a test: no assertions, numbers
 * vary by machine). Loads the page cold in Chromium under Lighthouse's mobile conditions (4× CPU
 * slowdown, 150 ms RTT, 1.6 Mbit/s down), records bytes by type, FCP, LCP, CLS and long tasks
 * (TBT), and scores them with Lighthouse's log-normal curves (v10+ mobile weights; Speed Index is
 * approximated by FCP, which holds for a page whose content paints in one go).
 *
 *   npm exec -- tsx tests/browser/measure.ts [path]      (default: the longest document, 简体)
 */
import { gzipSync } from 'node:zlib';
import { documentsByLength, openSite, readReport } from './helpers.ts';

interface Curve {
  p10: number;
  median: number;
  weight: number;
}

/** Lighthouse 10+ mobile scoring: metric → control points and weight. */
const CURVES: Record<'fcp' | 'si' | 'lcp' | 'tbt' | 'cls', Curve> = {
  fcp: { p10: 1800, median: 3000, weight: 0.1 },
  si: { p10: 3387, median: 5800, weight: 0.1 },
  lcp: { p10: 2500, median: 4000, weight: 0.25 },
  tbt: { p10: 200, median: 600, weight: 0.3 },
  cls: { p10: 0.1, median: 0.25, weight: 0.25 },
};

/** Complementary error function (Numerical Recipes erfcc, |error| < 1.2e-7). */
function erfc(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + z / 2);
  const r =
    t *
    Math.exp(
      -z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return x >= 0 ? r : 2 - r;
}

/** Lighthouse's log-normal score: 0.9 at p10, 0.5 at the median. */
function score(value: number, { p10, median }: Curve): number {
  if (value <= 0) return 1;
  const standardized = (Math.log(value / median) * 0.9061938024368232) / -Math.log(p10 / median);
  return Math.min(1, Math.max(0, erfc(standardized) / 2));
}

async function main(): Promise<void> {
  const report = readReport();
  const route = process.argv[2] ?? `/zh-hans/docs/${documentsByLength(report)[0]!.slug}/`;
  const site = await openSite();
  try {
    const context = await site.browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });

    const bytes: Record<string, { raw: number; gzip: number; files: number }> = {};
    page.on('response', async (res) => {
      const type = res.request().resourceType();
      if (type === 'other' && res.request().isNavigationRequest() === false && res.url().includes('prefetch')) return;
      const body = await res.body().catch(() => Buffer.alloc(0));
      const key = res.request().isNavigationRequest() ? 'html' : type;
      const b = (bytes[key] ??= { raw: 0, gzip: 0, files: 0 });
      b.raw += body.length;
      b.gzip += gzipSync(body).length;
      b.files += 1;
    });
    await page.addInitScript(() => {
      const w = window as unknown as { __perf: { lcp: number; cls: number; longTasks: number[] } };
      w.__perf = { lcp: 0, cls: 0, longTasks: [] };
      new PerformanceObserver((l) => l.getEntries().forEach((e) => (w.__perf.lcp = e.startTime))).observe({ type: 'largest-contentful-paint', buffered: true });
      new PerformanceObserver((l) =>
        l.getEntries().forEach((e) => {
          const shift = e as unknown as { value: number; hadRecentInput: boolean };
          if (!shift.hadRecentInput) w.__perf.cls += shift.value;
        }),
      ).observe({ type: 'layout-shift', buffered: true });
      new PerformanceObserver((l) => l.getEntries().forEach((e) => w.__perf.longTasks.push(e.duration))).observe({ type: 'longtask', buffered: true });
    });

    await page.goto(site.origin + route, { waitUntil: 'load' });
    await page.waitForTimeout(3000);
    const m = await page.evaluate(() => {
      const w = window as unknown as { __perf: { lcp: number; cls: number; longTasks: number[] } };
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0;
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      return { fcp, lcp: w.__perf.lcp, cls: w.__perf.cls, longTasks: w.__perf.longTasks, load: nav.loadEventEnd, domContentLoaded: nav.domContentLoadedEventEnd };
    });
    const tbt = m.longTasks.reduce((sum, d) => sum + Math.max(0, d - 50), 0);
    const metrics = { fcp: m.fcp, si: m.fcp, lcp: m.lcp, tbt, cls: m.cls };
    const performanceScore = Object.entries(CURVES).reduce((sum, [k, c]) => sum + c.weight * score(metrics[k as keyof typeof metrics], c), 0);

    console.log(`page: ${route}`);
    for (const [type, b] of Object.entries(bytes)) console.log(`  ${type.padEnd(10)} ${String(b.files).padStart(2)} file(s) ${String(b.raw).padStart(8)} B (${b.gzip} B gzip)`);
    console.log(`  FCP ${m.fcp.toFixed(0)} ms · LCP ${m.lcp.toFixed(0)} ms · CLS ${m.cls.toFixed(3)} · TBT ${tbt.toFixed(0)} ms · DOMContentLoaded ${m.domContentLoaded.toFixed(0)} ms · load ${m.load.toFixed(0)} ms`);
    console.log(`  Lighthouse-equivalent performance score (mobile, throttled): ${Math.round(performanceScore * 100)}`);
  } finally {
    await site.close();
  }
}

await main();
