/**
 * Drags across an element from 80 % to 20 % of its width in 30 pointer moves while the page records the
 * time between animation frames; returns those intervals in ms. Shared by the scale browser test and
 * bench/profile-scale.ts, which print them (panning smoothness on a 20,000-node canvas).
 */
import type { Locator, Page } from 'playwright-core';

export async function dragFrameTimes(page: Page, target: Locator): Promise<number[]> {
  await target.scrollIntoViewIfNeeded();
  await page.evaluate(() => {
    const w = window as unknown as { frameTimes: number[]; recording: boolean };
    w.frameTimes = [];
    w.recording = true;
    let last = performance.now();
    const tick = (now: number) => {
      w.frameTimes.push(now - last);
      last = now;
      if (w.recording) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  const box = (await target.boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.8, box.y + box.height * 0.5);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.2, box.y + box.height * 0.4, { steps: 30 });
  await page.mouse.up();
  return page.evaluate(() => {
    const w = window as unknown as { frameTimes: number[]; recording: boolean };
    w.recording = false;
    return w.frameTimes.slice(1);
  });
}
