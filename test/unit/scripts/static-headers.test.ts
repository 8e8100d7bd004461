// The test server's reading of public/_headers: the rules a static host would apply, and located errors.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { headersFor, parseHeaders } from '../../../scripts/lib/static-headers.ts';

describe('_headers', () => {
  test('prefix and exact rules; later rules add to earlier ones', () => {
    const rules = parseHeaders('# comment\n/api/*\n  Access-Control-Allow-Origin: *\n/api/terms.json\n  Cache-Control: max-age=60\n');
    expect(headersFor(rules, '/api/terms.json')).toEqual({ 'access-control-allow-origin': '*', 'cache-control': 'max-age=60' });
    expect(headersFor(rules, '/api/incidents.json')).toEqual({ 'access-control-allow-origin': '*' });
    expect(headersFor(rules, '/terms/')).toEqual({});
  });

  test('a malformed file is refused with its line', () => {
    expect(() => parseHeaders('api/*\n')).toThrow(/_headers:1: a rule starts with a path/);
    expect(() => parseHeaders('/api/*\n  no colon here\n')).toThrow(/_headers:2: expected "Name: value"/);
    expect(() => parseHeaders('  X: y\n')).toThrow(/_headers:1: a header before any path/);
  });

  test('the site lets other origins read the feed, the preview script and the embeds', () => {
    const rules = parseHeaders(readFileSync('public/_headers', 'utf8'));
    for (const path of ['/api/terms/blast-radius.json', '/embed/atlas-preview.js', '/embed/atlas-preview.css']) {
      expect(headersFor(rules, path)['access-control-allow-origin'], path).toBe('*');
    }
    expect(headersFor(rules, '/terms/blast-radius/')['access-control-allow-origin']).toBeUndefined();
  });
});
