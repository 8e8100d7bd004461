// Editing the simulator's scenario in a real browser: Undo and Redo (buttons and keys) over form edits
// and imports, editing on the picture (renaming in place included), and the editor's forms themselves
// (the availability panel has its own file, simulator-availability.test.ts). Expected graphs are what
// the test itself typed or pasted, never read back from the island.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { axeViolations, close, open, useBrowser, type Visit } from './harness.ts';

const TOOL = '/tools/simulator/';
const sim = (page: Page) => page.locator('.sim').first();
const node = (page: Page, id: string) => sim(page).locator(`svg[data-graph-svg] [data-node="${id}"]`);
const undoButton = (page: Page) => sim(page).getByRole('button', { name: 'Undo', exact: true });
const redoButton = (page: Page) => sim(page).getByRole('button', { name: 'Redo', exact: true });

async function openTool(options: Parameters<typeof open>[1] = {}): Promise<Visit> {
  const v = await open(TOOL, options);
  await v.page.locator('astro-island:not([ssr])').first().waitFor({ state: 'attached' });
  return v;
}

async function openEditor(page: Page) {
  await sim(page).locator('summary', { hasText: /Build your own/ }).click();
  await sim(page).getByTestId('sim-add-id').waitFor();
}

/** Adds a component through the editor's form, as a reader would. */
async function addNode(page: Page, id: string, label: string) {
  await sim(page).getByTestId('sim-add-id').fill(id);
  await sim(page).getByTestId('sim-add-label').fill(label);
  await sim(page).getByTestId('sim-add-node').click();
  await expect.poll(() => node(page, id).count()).toBe(1);
}

useBrowser();

describe('undo and redo', () => {
  test('buttons step back and forward through form edits, and are disabled at either end', async () => {
    const v = await openTool();
    const { page } = v;
    expect(await undoButton(page).isDisabled()).toBe(true);
    expect(await redoButton(page).isDisabled()).toBe(true);
    await openEditor(page);
    await addNode(page, 'test_one', 'Test one');
    await addNode(page, 'test_two', 'Test two');
    expect(await redoButton(page).isDisabled()).toBe(true);

    await undoButton(page).click();
    await expect.poll(() => node(page, 'test_two').count()).toBe(0);
    expect(await node(page, 'test_one').count()).toBe(1);
    await undoButton(page).click();
    await expect.poll(() => node(page, 'test_one').count()).toBe(0);
    // Back on the preset the page opened with: nothing left to undo.
    expect(await undoButton(page).isDisabled()).toBe(true);
    expect(await sim(page).locator('.sim-pick select').inputValue()).not.toBe('__custom');

    await redoButton(page).click();
    await redoButton(page).click();
    await expect.poll(() => node(page, 'test_two').count()).toBe(1);
    expect(await node(page, 'test_one').count()).toBe(1);
    expect(await redoButton(page).isDisabled()).toBe(true);
    await close(v);
  });

  test('Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y work outside text fields and leave a text field its own undo', async () => {
    const v = await openTool();
    const { page } = v;
    await openEditor(page);
    await addNode(page, 'test_key', 'Test key');

    // In a text field the keys belong to the field: the scenario keeps the node.
    const idField = sim(page).getByTestId('sim-add-id');
    await idField.fill('typing');
    await idField.press('Control+z');
    expect(await node(page, 'test_key').count()).toBe(1);

    await page.locator('body').click({ position: { x: 2, y: 2 } });
    await page.keyboard.press('Control+z');
    await expect.poll(() => node(page, 'test_key').count()).toBe(0);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => node(page, 'test_key').count()).toBe(1);
    await page.keyboard.press('Control+z');
    await expect.poll(() => node(page, 'test_key').count()).toBe(0);
    await page.keyboard.press('Control+y');
    await expect.poll(() => node(page, 'test_key').count()).toBe(1);
    await close(v);
  });

  test('an import is undone like any other edit', async () => {
    const v = await openTool();
    const { page } = v;
    const before = await sim(page).getAttribute('data-scenario');
    await sim(page).locator('summary', { hasText: /Import, export and share/ }).click();
    await sim(page).getByTestId('sim-import-text').fill('from,to\nwallet_x,rpc_y\n');
    await sim(page).getByTestId('sim-import-load').click();
    await expect.poll(() => node(page, 'wallet_x').count(), { timeout: 15_000 }).toBe(1);
    await undoButton(page).click();
    await expect.poll(() => node(page, 'wallet_x').count()).toBe(0);
    expect(await sim(page).getAttribute('data-scenario')).toBe(before);
    await redoButton(page).click();
    await expect.poll(() => node(page, 'rpc_y').count()).toBe(1);
    await close(v);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`the Undo and Redo buttons are axe clean (${colorScheme})`, async () => {
      const v = await openTool({ colorScheme });
      await openEditor(v.page);
      await addNode(v.page, 'test_axe', 'Test axe');
      expect(await axeViolations(v.page, '.sim-undo')).toEqual([]);
      await close(v);
    });
  }
});

const drawn = (page: Page) => sim(page).locator('svg[data-graph-svg] [data-node]');
const ids = async (page: Page) => drawn(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-node')!));
const edge = (page: Page, from: string, to: string) => sim(page).locator(`svg[data-graph-svg] [data-edge="${from}>${to}"]`);

async function startEditing(page: Page) {
  await sim(page).getByTestId('sim-picture-edit').click();
  await sim(page).getByTestId('sim-picture-hint').waitFor();
}

describe('editing on the picture', () => {
  test('by mouse: add on empty space, a dependency by button and by drag, double-click rename, remove, and Undo', async () => {
    const v = await openTool();
    const { page } = v;
    const before = await ids(page);
    await startEditing(page);
    expect(await sim(page).getByTestId('sim-picture-edit').getAttribute('aria-pressed')).toBe('true');
    // The hint says which way a dependency points.
    expect(await sim(page).getByTestId('sim-picture-hint').textContent()).toMatch(/the selected one depends on the other/);

    await sim(page).locator('svg[data-graph-svg]').click({ position: { x: 3, y: 3 } });
    await expect.poll(() => ids(page)).toHaveLength(before.length + 1);
    const added = (await ids(page)).find((id) => !before.includes(id))!;
    expect(added).toMatch(/^component_\d+$/);

    // The new component depends on the preset's first one.
    await node(page, added).click();
    await sim(page).getByRole('button', { name: /depends on…$/ }).click();
    await node(page, before[0]!).click();
    await expect.poll(() => edge(page, added, before[0]!).count()).toBe(1);

    // A drag from the preset's second component to the new one: the second now depends on the new one.
    const centre = async (id: string) => {
      const box = (await node(page, id).locator('.sim-shape').boundingBox())!;
      return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    };
    const [from, to] = [await centre(before[1]!), await centre(added)];
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(to.x, to.y, { steps: 8 });
    await page.mouse.up();
    await expect.poll(() => edge(page, before[1]!, added).count()).toBe(1);
    // The drag neither panned the drawing nor added a component.
    expect(await ids(page)).toHaveLength(before.length + 1);

    await node(page, added).dblclick();
    const rename = sim(page).getByTestId('sim-picture-rename');
    await rename.fill('Renamed here');
    await rename.press('Enter');
    await expect.poll(() => node(page, added).getAttribute('aria-label')).toMatch(/^Renamed here,/);

    await sim(page).getByRole('button', { name: 'Remove Renamed here', exact: true }).click();
    await expect.poll(() => node(page, added).count()).toBe(0);
    await undoButton(page).click();
    await expect.poll(() => node(page, added).count()).toBe(1);
    expect(await edge(page, added, before[0]!).count()).toBe(1);
    await close(v);
  });

  test('by keyboard: select with Enter, N adds, D then Enter adds a dependency, F2 renames (Escape cancels), Delete removes, Ctrl+Z undoes', async () => {
    const v = await openTool();
    const { page } = v;
    const before = await ids(page);
    await startEditing(page);
    const target = before[1]!;
    await node(page, target).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => node(page, target).getAttribute('aria-pressed')).toBe('true');

    await page.keyboard.press('n');
    await expect.poll(() => ids(page)).toHaveLength(before.length + 1);
    const added = (await ids(page)).find((id) => !before.includes(id))!;
    // The new component is selected; D, then Enter on the focused one: the new one depends on it.
    await node(page, target).focus();
    await page.keyboard.press('d');
    await page.keyboard.press('Enter');
    await expect.poll(() => edge(page, added, target).count()).toBe(1);

    await page.keyboard.press('Enter'); // select the target
    await page.keyboard.press('F2');
    const rename = sim(page).getByTestId('sim-picture-rename');
    await expect.poll(() => rename.evaluate((el) => el === document.activeElement)).toBe(true);
    const named = await node(page, target).getAttribute('aria-label');
    await page.keyboard.type(' changed');
    await page.keyboard.press('Escape');
    expect(await rename.count()).toBe(0);
    expect(await node(page, target).getAttribute('aria-label')).toBe(named);
    await node(page, target).focus();
    await page.keyboard.press('F2');
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Keyboard name');
    await page.keyboard.press('Enter');
    await expect.poll(() => node(page, target).getAttribute('aria-label')).toMatch(/^Keyboard name[ ,]/);

    await node(page, target).focus();
    await page.keyboard.press('Delete');
    await expect.poll(() => node(page, target).count()).toBe(0);
    await page.locator('body').click({ position: { x: 2, y: 2 } });
    await page.keyboard.press('Control+z');
    await expect.poll(() => node(page, target).count()).toBe(1);
    await close(v);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`edit mode with a selection, and the rename field with a refused name, are axe clean (${colorScheme})`, async () => {
      const v = await openTool({ colorScheme });
      await startEditing(v.page);
      const first = (await ids(v.page))[0]!;
      await node(v.page, first).click();
      expect(await axeViolations(v.page, '.sim-stage-graph')).toEqual([]);
      await node(v.page, first).dblclick();
      const rename = sim(v.page).getByTestId('sim-picture-rename');
      await rename.fill('');
      await rename.press('Enter');
      await sim(v.page).getByTestId('sim-picture-rename-error').waitFor();
      expect(await axeViolations(v.page, '.sim-stage-graph')).toEqual([]);
      await close(v);
    });
  }
});

/** The box of a component's drawn shape and of the rename field, in page pixels. */
const shapeBox = async (page: Page, id: string) => (await node(page, id).locator('.sim-shape').boundingBox())!;
const renameBox = async (page: Page) => (await sim(page).getByTestId('sim-picture-rename').boundingBox())!;

describe('starting from nothing', () => {
  test('“Start from an empty scenario” starts with no component; a click on the drawing adds the first; removing it leaves none', async () => {
    const v = await openTool();
    const { page } = v;
    await openEditor(page);
    await sim(page).getByTestId('sim-editor-empty').click();
    await expect.poll(() => drawn(page).count()).toBe(0);
    expect(await sim(page).getByTestId('sim-empty').textContent()).toMatch(/No components yet/);
    await startEditing(page);
    await sim(page).locator('svg[data-graph-svg]').click({ position: { x: 40, y: 40 } });
    await expect.poll(() => drawn(page).count()).toBe(1);
    expect(await sim(page).getByTestId('sim-empty').count()).toBe(0);
    const [first] = await ids(page);
    await node(page, first!).click();
    await page.keyboard.press('Delete');
    await expect.poll(() => drawn(page).count()).toBe(0);
    await undoButton(page).click();
    await expect.poll(() => drawn(page).count()).toBe(1);
    await close(v);
  });
});

describe('renaming in place', () => {
  test('the field opens over the component, focused with the name selected; a refused name keeps the text and says why beside it', async () => {
    const v = await openTool();
    const { page } = v;
    await startEditing(page);
    const target = (await ids(page))[2]!;
    const label = (await node(page, target).locator('.sim-label').textContent())!;
    await node(page, target).dblclick();
    const rename = sim(page).getByTestId('sim-picture-rename');
    await rename.waitFor();
    // Over the component: the field's box contains the shape's centre.
    const [shape, field] = [await shapeBox(page, target), await renameBox(page)];
    const [cx, cy] = [shape.x + shape.width / 2, shape.y + shape.height / 2];
    expect(cx).toBeGreaterThanOrEqual(field.x);
    expect(cx).toBeLessThanOrEqual(field.x + field.width);
    expect(cy).toBeGreaterThanOrEqual(field.y);
    expect(cy).toBeLessThanOrEqual(field.y + field.height);
    // Focused, the whole name selected: typing replaces it.
    const state = await rename.evaluate((el: HTMLInputElement) => ({ focused: el === document.activeElement, value: el.value, start: el.selectionStart, end: el.selectionEnd }));
    expect(state).toEqual({ focused: true, value: label.trim(), start: 0, end: label.trim().length });

    // Empty: refused, the field stays with its (empty) text and the reason, tied to the field.
    await rename.fill('   ');
    await rename.press('Enter');
    const error = sim(page).getByTestId('sim-picture-rename-error');
    expect(await error.textContent()).toMatch(/Give the component a name/);
    expect(await rename.inputValue()).toBe('   ');
    expect(await rename.getAttribute('aria-invalid')).toBe('true');
    expect((await rename.getAttribute('aria-describedby'))?.split(' ')).toContain(await error.getAttribute('id'));
    // Too long: refused the same way, the 121 characters kept.
    const long = 'x'.repeat(121);
    await rename.fill(long);
    await rename.press('Enter');
    expect(await error.textContent()).toMatch(/120 characters \(it has 121\)/);
    expect(await rename.inputValue()).toBe(long);
    expect(await node(page, target).getAttribute('aria-label')).toMatch(new RegExp(`^${label.trim()}`));

    // Leaving the field saves it; Undo brings the old name back.
    await rename.fill('Saved on blur');
    await page.locator('body').click({ position: { x: 2, y: 2 } });
    await expect.poll(() => node(page, target).getAttribute('aria-label')).toMatch(/^Saved on blur,/);
    expect(await rename.count()).toBe(0);
    await undoButton(page).click();
    await expect.poll(() => node(page, target).locator('.sim-label').textContent()).toBe(label);
    await close(v);
  });

  test('the field follows the component when the drawing is zoomed, and keeps the focus', async () => {
    const v = await openTool();
    const { page } = v;
    await startEditing(page);
    const target = (await ids(page))[1]!;
    await node(page, target).dblclick();
    const rename = sim(page).getByTestId('sim-picture-rename');
    await rename.waitFor();
    const centreInField = async () => {
      const [shape, field] = [await shapeBox(page, target), await renameBox(page)];
      const [cx, cy] = [shape.x + shape.width / 2, shape.y + shape.height / 2];
      return cx >= field.x && cx <= field.x + field.width && cy >= field.y && cy <= field.y + field.height;
    };
    expect(await centreInField()).toBe(true);
    const before = await shapeBox(page, target);
    // Ctrl + wheel zooms the drawing (pan-zoom.ts; with Ctrl, -50 doubles the scale) about a point
    // 60 px above the component, clear of the field, so the component moves about 60 px down: more than
    // half the field's height, so a field left where it was would no longer cover it.
    await page.mouse.move(before.x + before.width / 2, before.y + before.height / 2 - 60);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -50);
    await page.keyboard.up('Control');
    await expect.poll(async () => (await shapeBox(page, target)).y - before.y).toBeGreaterThan(40);
    await expect.poll(centreInField).toBe(true);
    expect(await rename.evaluate((el) => el === document.activeElement)).toBe(true);
    await close(v);
  });

  test('by keyboard: F2 opens it, Enter saves and gives the focus back to the component, Ctrl+Z undoes', async () => {
    const v = await openTool();
    const { page } = v;
    await startEditing(page);
    const target = (await ids(page))[0]!;
    await node(page, target).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('F2');
    const rename = sim(page).getByTestId('sim-picture-rename');
    await expect.poll(() => rename.evaluate((el) => el === document.activeElement)).toBe(true);
    // The name is selected, so typing replaces it.
    await page.keyboard.type('Typed over');
    await page.keyboard.press('Enter');
    await expect.poll(() => node(page, target).getAttribute('aria-label')).toMatch(/^Typed over[ ,]/);
    await expect.poll(() => node(page, target).evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Control+z');
    await expect.poll(() => node(page, target).getAttribute('aria-label')).not.toMatch(/^Typed over[ ,]/);
    await close(v);
  });

  test('on a 360 px screen the field stays on the screen, even for a component at the edge', async () => {
    const v = await openTool({ viewport: { width: 360, height: 800 } });
    const { page } = v;
    await startEditing(page);
    // The components drawn furthest left and furthest right.
    const boxes = await Promise.all((await ids(page)).map(async (id) => ({ id, box: await shapeBox(page, id) })));
    const edges = [boxes.reduce((a, b) => (b.box.x < a.box.x ? b : a)), boxes.reduce((a, b) => (b.box.x + b.box.width > a.box.x + a.box.width ? b : a))];
    for (const { id } of edges) {
      await node(page, id).scrollIntoViewIfNeeded();
      await node(page, id).dblclick();
      const field = await renameBox(page);
      expect(field.x).toBeGreaterThanOrEqual(0);
      expect(field.x + field.width).toBeLessThanOrEqual(360);
      expect(field.width).toBeGreaterThanOrEqual(150);
      await sim(page).getByTestId('sim-picture-rename').press('Escape');
      await expect.poll(() => sim(page).getByTestId('sim-picture-rename').count()).toBe(0);
    }
    await close(v);
  });
});

const tableRow = (page: Page, id: string) => sim(page).locator(`[data-testid="sim-node-table"] tr[data-node="${id}"]`);
const tableIds = (page: Page) => sim(page).locator('[data-testid="sim-node-table"] tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-node')!));
const focusedIn = (page: Page, selector: string) => page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);

async function startEditingTable(page: Page) {
  await sim(page).getByRole('button', { name: 'Table', exact: true }).click();
  await sim(page).getByRole('button', { name: 'Edit in the table' }).click();
  await sim(page).getByTestId('sim-picture-hint').waitFor();
}

describe('editing in the table view', () => {
  test('rename in the row (focused, name selected, a refused name kept with its reason), remove, add, and Undo', async () => {
    const v = await openTool();
    const { page } = v;
    await startEditingTable(page);
    const before = await tableIds(page);
    const target = before[1]!;
    const label = (await tableRow(page, target).locator('th').textContent())!;
    await tableRow(page, target).getByRole('button', { name: `Rename ${label}` }).click();
    const rename = tableRow(page, target).getByTestId('sim-picture-rename');
    const state = await rename.evaluate((el: HTMLInputElement) => ({ focused: el === document.activeElement, value: el.value, start: el.selectionStart, end: el.selectionEnd }));
    expect(state).toEqual({ focused: true, value: label, start: 0, end: label.length });
    await page.keyboard.press('Delete');
    await page.keyboard.press('Enter');
    expect(await tableRow(page, target).getByTestId('sim-picture-rename-error').textContent()).toMatch(/Give the component a name/);
    expect(await rename.inputValue()).toBe('');
    await page.keyboard.type('Table name');
    await page.keyboard.press('Enter');
    await expect.poll(() => tableRow(page, target).locator('th').textContent()).toBe('Table name');
    // The focus is back on the row's Rename button, so the keyboard route goes on from there.
    await expect.poll(() => focusedIn(page, `tr[data-node="${target}"] [data-rename]`)).toBe(true);

    // Remove: the row goes, the focus moves to the next row's Remove; Undo brings the row back.
    const next = before[2]!;
    await tableRow(page, target).getByRole('button', { name: 'Remove Table name' }).click();
    await expect.poll(() => tableRow(page, target).count()).toBe(0);
    await expect.poll(() => focusedIn(page, `tr[data-node="${next}"] [data-remove]`)).toBe(true);
    await page.keyboard.press('Control+z');
    await expect.poll(() => tableRow(page, target).count()).toBe(1);
    expect(await tableRow(page, target).locator('th').textContent()).toBe('Table name');
    await undoButton(page).click();
    await expect.poll(() => tableRow(page, target).locator('th').textContent()).toBe(label);

    await sim(page).getByRole('button', { name: 'Add a component' }).click();
    await expect.poll(() => tableIds(page)).toHaveLength(before.length + 1);
    expect((await tableIds(page)).find((id) => !before.includes(id))).toMatch(/^component_\d+$/);

    // Names need not be unique (ids are), but a second one alike is accepted with a warning.
    const other = (await tableRow(page, before[0]!).locator('th').textContent())!;
    await tableRow(page, target).locator('[data-rename]').click();
    await tableRow(page, target).getByTestId('sim-picture-rename').fill(other);
    await tableRow(page, target).getByTestId('sim-picture-rename').press('Enter');
    await expect.poll(() => tableRow(page, target).locator('th').textContent()).toBe(other);
    expect(await sim(page).getByTestId('sim-picture-status').textContent()).toContain(`Another component is also named ${other}:`);
    await close(v);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`the table in edit mode, with a refused rename in a row, is axe clean (${colorScheme})`, async () => {
      const v = await openTool({ colorScheme });
      await startEditingTable(v.page);
      const first = (await tableIds(v.page))[0]!;
      await tableRow(v.page, first).locator('[data-rename]').click();
      await tableRow(v.page, first).getByTestId('sim-picture-rename').fill('');
      await tableRow(v.page, first).getByTestId('sim-picture-rename').press('Enter');
      await tableRow(v.page, first).getByTestId('sim-picture-rename-error').waitFor();
      expect(await axeViolations(v.page, '.sim-stage-graph')).toEqual([]);
      await close(v);
    });
  }
});

describe('the editor forms', () => {
  test('add a component and a dependency; a bad field says what is wrong beside it and keeps what was typed', async () => {
    const v = await openTool();
    const { page } = v;
    await openEditor(page);
    await addNode(page, 'form_a', 'Form A');
    await addNode(page, 'form_b', 'Form B');

    await sim(page).getByTestId('sim-edge-from').selectOption('form_a');
    await sim(page).getByTestId('sim-edge-to').selectOption('form_b');
    await sim(page).getByTestId('sim-add-edge').click();
    await expect.poll(() => sim(page).locator('svg[data-graph-svg] [data-edge="form_a>form_b"]').count()).toBe(1);

    // A weight that is not a number: the message is at the field, the text stays.
    const weight = sim(page).getByTestId('sim-edge-weight');
    await weight.fill('heavy');
    await sim(page).getByTestId('sim-add-edge').click();
    const error = sim(page).getByTestId('sim-edge-weight-error');
    expect(await error.textContent()).toMatch(/“heavy” is not a number/);
    expect((await weight.getAttribute('aria-describedby'))?.split(' ')).toContain(await error.getAttribute('id'));
    expect(await weight.inputValue()).toBe('heavy');
    expect(await weight.getAttribute('aria-invalid')).toBe('true');
    await close(v);
  });
});
