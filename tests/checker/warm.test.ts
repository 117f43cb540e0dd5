import { describe, expect, it } from 'vitest';
import { warm, warmOnce } from '../../lib/checker/warm';

describe('warm', () => {
  it.each([
    ['global', /talk/g, 7],
    ['sticky', /talk/y, 3],
    ['plain', /talk/, 0],
  ])('keeps lastIndex of a %s regex', (_, re, last) => {
    re.lastIndex = last;
    warm(re);
    expect(re.lastIndex).toBe(last);
  });

  it('leaves a global regex finding the same matches as before', () => {
    const re = /(?<![a-z])(?:we|you) (?:can|should)(?![a-z])/g;
    const text = 'ok you should go. we can talk later';
    const before = [...text.matchAll(re)].map((m) => m.index);
    warm(re);
    re.lastIndex = 0;
    const after: number[] = [];
    for (let m = re.exec(text); m; m = re.exec(text)) after.push(m.index);
    expect(after).toEqual(before);
    expect(after).toEqual([3, 18]);
  });

  it('warms a regex once however often it is asked', () => {
    let execs = 0;
    const re = /x/g;
    const exec = re.exec.bind(re);
    re.exec = (s: string) => {
      execs++;
      return exec(s);
    };
    warmOnce(re);
    warmOnce(re);
    expect(execs).toBe(2); // one subject per string width
  });
});
