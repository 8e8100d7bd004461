// Embed code and oEmbed answers: addresses, escaping, which tool a page shows.
import { describe, expect, test } from 'vitest';
import { embedUrl, iframeCode, toolInBody } from '../../../src/features/embed/embed-code.ts';
import { oembedAnswer, oembedPath } from '../../../src/features/embed/oembed.ts';

describe('embed code', () => {
  test('the embed address carries the tool state as it is', () => {
    expect(embedUrl('https://contagion-atlas.org', 'simulator', '?sim=reown-2024&fail=pokt_arb')).toBe('https://contagion-atlas.org/embed/simulator/?sim=reown-2024&fail=pokt_arb');
    expect(embedUrl('https://contagion-atlas.org', 'redundancy', new URLSearchParams({ group: 'rpc-access', slo: '0.999' }))).toBe('https://contagion-atlas.org/embed/redundancy/?group=rpc-access&slo=0.999');
    expect(embedUrl('https://contagion-atlas.org', 'redundancy', '')).toBe('https://contagion-atlas.org/embed/redundancy/');
  });

  test('the iframe code escapes what it quotes', () => {
    const code = iframeCode('https://x/embed/simulator/?sim=a&fail=b', 'simulator', 'Say "hi" <now>');
    expect(code).toBe('<iframe src="https://x/embed/simulator/?sim=a&amp;fail=b" title="Contagion simulator: Say &quot;hi&quot; &lt;now> (Contagion Atlas)" width="100%" height="760" loading="lazy"></iframe>');
  });

  test('the first tool a page body embeds, with its state', () => {
    const sim = toolInBody('Text\n\n<ContagionSimulator scenario="cloudflare-2022" fail="cloudflare_mcp, second_path" />\n<RedundancyCalculator group="rpc-access" />');
    expect(sim?.tool).toBe('simulator');
    expect(String(sim?.params)).toBe('sim=cloudflare-2022&fail=cloudflare_mcp%2Csecond_path');
    const calc = toolInBody('<RedundancyCalculator group="rpc-access" />');
    expect(calc?.tool).toBe('redundancy');
    expect(String(calc?.params)).toBe('group=rpc-access');
    expect(toolInBody('No tool here, only <Cite id="x" />.')).toBeNull();
  });
});

describe('oEmbed', () => {
  test('term and incident pages have an answer; other pages none', () => {
    expect(oembedPath('/terms/blast-radius/')).toBe('/api/oembed/terms/blast-radius.json');
    expect(oembedPath('/incidents/reown-2024/')).toBe('/api/oembed/incidents/reown-2024.json');
    for (const p of ['/', '/terms/', '/tools/simulator/', '/terms/../x/', '/terms/a/b/']) expect(oembedPath(p), p).toBeNull();
  });

  test('a page with a tool answers rich with the iframe; one without answers link', () => {
    const rich = oembedAnswer({ path: '/terms/rpc-provider/', title: 'RPC provider', tool: toolInBody('<ContagionSimulator scenario="infura-2020-minority-fork" />') });
    expect(rich).toMatchObject({ version: '1.0', type: 'rich', width: 800, height: 760, thumbnail_url: 'https://contagion-atlas.org/og/terms/rpc-provider.png' });
    expect(rich.type === 'rich' && rich.html).toContain('src="https://contagion-atlas.org/embed/simulator/?sim=infura-2020-minority-fork"');
    const link = oembedAnswer({ path: '/terms/oracle/', title: 'Oracle', tool: null });
    expect(link.type).toBe('link');
    expect('html' in link).toBe(false);
  });
});
