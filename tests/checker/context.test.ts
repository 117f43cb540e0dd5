import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/checker';

describe('reported speech and apologies in context', () => {
  it.each([
    // The writer's own "Sorry I yelled" is not someone else being quoted.
    ['Sorry I yelled, I was just tired', 'excuse'],
    ['Sorry I went off on you, I was stressed', 'excuse'],
    // "apology" and "my bad" open an apology as much as "sorry" does.
    ['I owe you an apology. I was just so tired', 'excuse'],
    ['my bad. I was just stressed', 'excuse'],
    // A capitalised "I've" / "I'd" opening a sentence is the writer, not a name doing the saying.
    ["I've said sorry, I've told you it won't happen again. Get over it", 'rushing'],
    ["I'd told you already, calm down", 'minimizing'],
    // "don't know why" / "can't believe" frame what follows; they do not negate it.
    ["i dont know why ur making such a big deal", 'minimizing'],
    ["I can't believe you're overreacting.", 'minimizing'],
    // In a message written in capitals every word starts with one: none of them is a name.
    ["YEAH SORRY ABOUT LAST NIGHT, THE FOOTY WENT TO EXTRA TIME, YOU KNOW WHAT IT'S LIKE", 'excuse'],
    ["I'M SORRY, BUT HONESTLY I'M DONE WITH THIS WHOLE TOPIC FOREVER.", 'stonewalling'],
  ])('still reads %j as %s', (text, category) => {
    expect(analyze(text).categories).toContain(category);
  });

  it.each([
    'Sarah said calm down',
    'Al said calm down',
    'he told me to calm down',
    'Then Mark goes "whatever"',
    "I'm not saying you overreacted",
    "I don't think you're overreacting",
  ])('leaves words reported from someone else alone: %j', (text) => {
    expect(analyze(text).categories).toEqual([]);
  });
});
