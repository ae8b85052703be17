/** BUILD_DATE sets the day the site is built "as of"; a wrong value stops the build with a message. */
import { afterEach, describe, expect, it } from 'vitest';
import { buildDate } from '../../../src/lib/build-date';
import { todayInVietnam } from '../../../src/lib/dates';

const saved = process.env.BUILD_DATE;
afterEach(() => {
  if (saved === undefined) delete process.env.BUILD_DATE;
  else process.env.BUILD_DATE = saved;
});

describe('the build date', () => {
  it('is BUILD_DATE when set', () => {
    process.env.BUILD_DATE = '2027-07-01';
    expect(buildDate()).toBe('2027-07-01');
  });
  it('is today in Việt Nam when not set', () => {
    delete process.env.BUILD_DATE;
    expect(buildDate()).toBe(todayInVietnam());
  });
  it.each(['2027-02-30', '2027-13-01', '01/07/2027', '2027-7-1'])('refuses %s', (value) => {
    process.env.BUILD_DATE = value;
    expect(() => buildDate()).toThrow(/BUILD_DATE phải là một ngày có thật dạng YYYY-MM-DD/);
  });
});
