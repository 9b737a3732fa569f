import 'fake-indexeddb/auto';
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { repositories } from '@renderer/db';
import { perform } from '@renderer/state/actions';
import { useHistory } from '@renderer/state/history';
import { button, input, render, seed, text, type, unmount, waitFor } from './editorHarness';

beforeEach(() => {
  useHistory.setState({ past: [], future: [] });
});
afterEach(unmount);

describe('the use-case editor', () => {
  it('saves with Ctrl+S only when valid, and the stored record is what was typed', async () => {
    const uc = await seed();
    await render(uc);
    await type('Pilot cost', '-5');
    expect(text()).toContain('Unsaved changes');
    expect(text()).toContain('Pilot cost must be a number of 0 or more');
    await act(async () => {
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 's', ctrlKey: true }));
    });
    await waitFor(() => text().includes('Nothing was saved'), 'the refusal');
    expect((await repositories().useCases.get(uc.id))?.pilot.cost).toBe(0);

    await type('Pilot cost', '75,000');
    await act(async () => {
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 's', ctrlKey: true }));
    });
    await waitFor(() => text().includes('All changes saved'), 'the save');
    expect((await repositories().useCases.get(uc.id))?.pilot.cost).toBe(75_000);
    expect(useHistory.getState().past.at(-1)?.label).toBe('Edit use case “Invoice reader”');
  });

  it('discard brings back the saved values', async () => {
    const uc = await seed();
    await render(uc);
    await type('Hours saved per month', '250');
    expect(text()).toContain('Unsaved changes');
    await act(async () => button('Discard changes').click());
    expect(input('Hours saved per month').value).toBe('0');
    expect(text()).toContain('All changes saved');
  });

  it('follows an undo when there are no unsaved edits, and asks when there are', async () => {
    const uc = await seed();
    await render(uc);
    await type('Pilot cost', '40000');
    await act(async () => button('Save changes').click());
    await waitFor(() => text().includes('All changes saved'), 'the save');

    await act(async () => {
      await useHistory.getState().undo();
    });
    await waitFor(() => input('Pilot cost').value === '0', 'the form to follow the undo');
    expect(text()).toContain('All changes saved');

    await type('Support & maintenance per month', '900');
    const { id: _i, workspaceId: _w, createdAt: _c, updatedAt: _u, revision, ...stored } = (await repositories().useCases.get(uc.id))!;
    await act(async () => {
      await perform(repositories().useCases.update(uc.id, { ...stored, description: 'Edited elsewhere' }, revision));
    });
    await waitFor(() => text().includes('was changed in another window while you were editing'), 'the conflict view');
    expect(input('Support & maintenance per month').value).toBe('900');
    expect(button('Save changes').disabled).toBe(true);
    await act(async () => button('Drop my edits and take the saved version').click());
    expect(input('Support & maintenance per month').value).toBe('0');
    expect(text()).not.toContain('was changed in another window');
  });

  it('follows a redo after save → undo, so a later save cannot write the undone value back', async () => {
    const uc = await seed();
    await render(uc);
    await type('Pilot cost', '40000');
    await act(async () => button('Save changes').click());
    await waitFor(() => text().includes('All changes saved'), 'the save');
    await act(async () => {
      await useHistory.getState().undo();
    });
    await waitFor(() => input('Pilot cost').value === '0', 'the form to follow the undo');
    await act(async () => {
      await useHistory.getState().redo();
    });
    await waitFor(() => input('Pilot cost').value === '40,000', 'the form to follow the redo');
    expect(text()).toContain('All changes saved');
    expect((await repositories().useCases.get(uc.id))?.pilot.cost).toBe(40000);
  });
});

