'use strict';
// string-width for cli-table3, minus its start-up cost: string-width compiles emoji-regex (a ~10 KB pattern)
// on first use, which alone cost ~8 ms of every text report. Same results; emoji are looked for only when a
// string has a character from the emoji planes. Substituted at bundle time (scripts/build.mjs `alias`).
const stripAnsi = require('strip-ansi');
const isFullwidthCodePoint = require('is-fullwidth-code-point');

const MAYBE_EMOJI = /[\u00a9\u00ae\u203c-\u3299\ud83c-\ud83e]/;
let emoji;

function stringWidth(string) {
  if (typeof string !== 'string' || string.length === 0) return 0;
  string = stripAnsi(string);
  if (string.length === 0) return 0;
  if (MAYBE_EMOJI.test(string)) {
    emoji = emoji || require('emoji-regex');
    string = string.replace(emoji(), '  ');
  }
  let width = 0;
  for (let i = 0; i < string.length; i++) {
    const code = string.codePointAt(i);
    if (code <= 0x1f || (code >= 0x7f && code <= 0x9f)) continue; // control characters
    if (code >= 0x300 && code <= 0x36f) continue; // combining characters
    if (code > 0xffff) i++; // surrogate pair
    width += isFullwidthCodePoint(code) ? 2 : 1;
  }
  return width;
}

module.exports = stringWidth;
module.exports.default = stringWidth;
