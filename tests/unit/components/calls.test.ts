import { describe, expect, it } from 'vitest';
import { getCollection } from 'astro:content';
import { render } from '../../helpers/render';
import CallLink from '../../../src/components/CallLink.astro';
import EmergencyCalls from '../../../src/components/EmergencyCalls.astro';

describe('CallLink', () => {
  it('is a tel: link read digit by digit', async () => {
    const html = await render(CallLink, { number: '111', text: 'Gọi 111', variant: 'button' });
    expect(html).toMatch(/<a href="tel:111" class="btn-call" aria-label="Gọi 111, số 1 1 1">Gọi 111<\/a>/);
  });
  it('keeps the number as text by default', async () => {
    expect(await render(CallLink, { number: '115' })).toContain('aria-label="115, số 1 1 5">115</a>');
  });
});

describe('EmergencyCalls', () => {
  it('renders an h2 by default, labelled, with the first three numbers in the order to call them', async () => {
    const html = await render(EmergencyCalls);
    expect(html).toMatch(/<section aria-labelledby="khan-cap"[^>]*>\s*<h2 id="khan-cap"/);
    const order = new Map(
      (await getCollection('contacts')).flatMap((c) =>
        c.data.emergency ? [[c.data.numbers[0].number, c.data.emergency.order]] : [],
      ),
    );
    const shown = [...html.matchAll(/class="btn-call[^"]*" aria-label="Gọi (\d+)/g)].map((m) => m[1]);
    expect(shown).toHaveLength(3);
    expect(shown.map((n) => order.get(n))).toEqual([1, 2, 3]);
  });
  it('takes the heading level as a prop', async () => {
    expect(await render(EmergencyCalls, { headingLevel: 3 })).toContain('<h3 id="khan-cap"');
  });
});
