// Sentences as a reader cuts them, for "Referenced by" snippets: the false and missed breaks that the
// real glossary contained (U.S. agencies, initials, p.m., e.g., bold list labels, list items,
// citations before a comma), each as a small case.
import { describe, expect, test } from 'vitest';
import { sentences } from '../../src/lib/sentences.ts';
import { extractLinks, plainText } from '../../src/lib/link-graph.ts';

describe('sentences', () => {
  test('a full stop, ! or ? and a space end a sentence, whatever case the next word is in', () => {
    expect(sentences('One ends. Two asks? Three! ethers’ provider is lower-case.')).toEqual(['One ends.', 'Two asks?', 'Three!', 'ethers’ provider is lower-case.']);
  });

  test('abbreviations, dotted acronyms and initials do not end sentences', () => {
    expect(sentences('The U.S. Nuclear Regulatory Commission wrote it. Next.')).toEqual(['The U.S. Nuclear Regulatory Commission wrote it.', 'Next.']);
    expect(sentences('At 3 p.m. Eastern it stopped, e.g. AAVE paused. Per D. J. Watts and S. Srinivasan et al. More.')).toEqual([
      'At 3 p.m. Eastern it stopped, e.g. AAVE paused.',
      'Per D. J. Watts and S. Srinivasan et al. More.',
    ]);
    expect(sentences('Version 1.17. The next one.')).toEqual(['Version 1.17.', 'The next one.']);
  });

  test('a closing quote, bracket or emphasis after the stop still ends the sentence', () => {
    expect(sentences('**Latent paths.** Code runs late. He said "stop." Then (it did.) Done.')).toEqual([
      '**Latent paths.**', 'Code runs late.', 'He said "stop."', 'Then (it did.)', 'Done.',
    ]);
  });

  test('an ellipsis before a lower-case word continues the sentence', () => {
    expect(sentences('It waited... and then failed. Next.')).toEqual(['It waited... and then failed.', 'Next.']);
  });

  test('no break inside a wiki-link, a component tag or inline code', () => {
    expect(sentences('See [[a|U.S. rules. Here]] now. Call `x. Y` too. Cite <Cite id="a" at="p. 3. Top" /> it.')).toEqual([
      'See [[a|U.S. rules. Here]] now.', 'Call `x. Y` too.', 'Cite <Cite id="a" at="p. 3. Top" /> it.',
    ]);
  });

  test('list items and table rows are units of their own; a wrapped line stays with its item', () => {
    expect(sentences('A pipeline has parts:\n- Stages of growing size\n- Bake time, long\n  enough. Then more\n1. Numbered')).toEqual([
      'A pipeline has parts:', 'Stages of growing size', 'Bake time, long\n  enough.', 'Then more', 'Numbered',
    ]);
    expect(sentences('| Date | What |\n|---|---|\n| 2020 | It failed. Then it came back. |')).toEqual(['Date · What', '2020 · It failed.', 'Then it came back.']);
  });
});

describe('snippets from sentences', () => {
  const resolve = (t: string) => (['a', 'flash-crash'].includes(t) ? t : undefined);
  test('a citation before a comma leaves no stray space', () => {
    expect(plainText('delay a round <Cite id="x" />, and so on <Cite id="y" />.')).toBe('delay a round, and so on.');
  });

  test('a snippet starts with a capital when its sentence opens with a link', () => {
    const display = (t: string) => (t === 'flash-crash' ? 'flash crash risk management' : undefined);
    expect(extractLinks('Prices fell. [[flash-crash]] covers the controls.', resolve, display)).toEqual([
      { target: 'flash-crash', sentence: 'Flash crash risk management covers the controls.' },
    ]);
    expect(extractLinks('ethers’ [[a]] is written in lower case.', resolve)).toEqual([{ target: 'a', sentence: 'ethers’ a is written in lower case.' }]);
  });
});
