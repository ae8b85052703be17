import { describe, expect, it } from 'vitest';
import { jsonForScript, relExternal } from '../../../src/lib/html';

describe('JSON placed in a <script> element', () => {
  const hostile = {
    name: '</script><meta http-equiv=refresh content=0;url=https://example.org/>',
    note: 'a\u2028b & <!--',
  };

  it('cannot close the element or start markup', () => {
    const out = jsonForScript(hostile);
    expect(out).not.toMatch(/[<>&\u2028\u2029]/);
  });

  it('means exactly the same JSON', () => expect(JSON.parse(jsonForScript(hostile))).toEqual(hostile));
});

describe('links to other sites', () => {
  it('get rel="noopener noreferrer" unless they have a rel', () => {
    expect(relExternal('<a href="https://x.org/">x</a>')).toBe(
      '<a href="https://x.org/" rel="noopener noreferrer">x</a>',
    );
    expect(relExternal('<a href="/y/">y</a>')).toBe('<a href="/y/">y</a>');
    expect(relExternal('<a href="https://x.org/" rel="nofollow">x</a>')).toBe(
      '<a href="https://x.org/" rel="nofollow">x</a>',
    );
  });
});
