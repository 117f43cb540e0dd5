import { describe, expect, it } from 'vitest';
import { normalize } from '../../lib/checker/normalize';

const shadow = (text: string): string => normalize(text).text;

describe('the shadow text reads chat as the words it stands for', () => {
  it.each([
    // "u'd" and friends lose their apostrophe like "you'd" does.
    ["if u'd told me", 'if youd told me'],
    ["u've done worse", 'youve done worse'],
    ["u'll smash it", 'youll smash it'],
    ['look after urself', 'look after yourself'],
    // "ur" is "your" after a word that takes a possessive, "youre" elsewhere.
    ['take ur time', 'take your time'],
    ['bless ur heart', 'bless your heart'],
    ['its ur fault', 'its your fault'],
    ['ur overreacting', 'youre overreacting'],
    ['i think ur wrong', 'i think youre wrong'],
    ['like ur so lazy', 'like youre so lazy'],
    // Spelled-down words read whole.
    ['no1 asked u', 'no one asked you'],
    ['its not tht deep srsly', 'its not that deep seriously'],
    ['u shud of told me', 'you should have told me'],
    // A dropped final g reads as the whole word; words that only look clipped stay.
    ['ur overreactin', 'youre overreacting'],
    ['stop bein so dramatic', 'stop being so dramatic'],
    ['quit lyin to me', 'quit lying to me'],
    ['the cabin in the woods', 'the cabin in the woods'],
    // "of" after a modal is "have"; elsewhere it stays.
    ['i wouldnt of yelled', 'i wouldnt have yelled'],
    ['you should of known', 'you should have known'],
    ['a cup of tea', 'a cup of tea'],
    ['the will of god', 'the will of god'],
    // A stretch that took the word's own double letter reads as the word.
    ['alllll my fault', 'all my fault'],
    ['way tooooo sensitive', 'way too sensitive'],
    ['stilllll mad', 'still mad'],
    ['chilllll', 'chill'],
    ['i guesssss', 'i guess'],
    // Stretched words without a double letter still read as one letter.
    ['sooooo sorry', 'so sorry'],
    ['whateverrrr', 'whatever'],
    ['nooooo', 'no'],
    // A name that is not stretched keeps its letters.
    ['Al said hi', 'al said hi'],
    // Pure fillers read as if they were not there.
    ['sorry, but tbh I was tired', 'sorry, but i was tired'],
    ["that's on you tbh", 'thats on you'],
    ["tbh, you're overreacting", 'youre overreacting'],
    ['ngl i lowkey hate this', 'i hate this'],
    // A "like" between a clause break and the clause pads it; a verb or a comparison stays.
    ['but like I was worried', 'but i was worried'],
    ['it was one text, like relax', 'it was one text, relax'],
    ["sorry, like I didn't mean it", 'sorry, i didnt mean it'],
    ['I like you', 'i like you'],
    ["you're acting like a child", 'youre acting like a child'],
    ['as if, like you would even notice', 'as if, like you would even notice'],
  ])('%j reads as %j', (input, expected) => {
    expect(shadow(input)).toBe(expected);
  });

  it.each([
    ['alllll my fault', 'alllll', 'all'],
    ['take ur time', 'ur', 'your'],
  ])('maps %j back to the original word', (input, word, read) => {
    const s = normalize(input);
    const at = s.text.indexOf(read);
    expect(input.slice(s.starts[at]!, s.ends[at + read.length - 1]!)).toBe(word);
  });

  it('maps the words around a dropped filler to their own offsets', () => {
    const input = 'but tbh I was tired';
    const s = normalize(input);
    const at = s.text.indexOf('i was');
    expect(s.starts[at]).toBe(input.indexOf('I was'));
  });
});
