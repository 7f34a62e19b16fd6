/**
 * Whether `text.slice(from, to)` matches
 * `/\d|day\b|night|week|month|year|ago\b|today|tonight|yesterday|tomorrow|noon|midnight|morning|afternoon|evening|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?![a-z])/i`,
 * the cue that a sentence may hold a time expression, without slicing the text or running the
 * regex: one pass over the characters, branching on each one's lower case.
 *
 * The same strings match, because: the regex has no `u` flag, so only ASCII letters fold case and
 * `\b` is between `[A-Za-z0-9_]` and anything else (or the ends of the slice); "tonight" and
 * "midnight" contain "night", "afternoon" contains "noon"; and a month prefix's tail always
 * matches (`[a-z]*` takes every letter, so the character after it is never one).
 */
export function hasTemporalCue(text: string, from: number, to: number): boolean {
  for (let p = from; p < to; p++) {
    const code = text.charCodeAt(p);
    if (code >= 48 && code <= 57) return true;
    // An ASCII letter's lower case; anything else lands outside a–z.
    const c = code | 0x20;
    if (c < 97 || c > 122) continue;
    const wordStart = p === from || !isWordChar(text.charCodeAt(p - 1));
    switch (c) {
      case 97: // a
        if ((has(text, p, to, 'ago') && endsWord(text, p + 3, to)) || (wordStart && (has(text, p, to, 'apr') || has(text, p, to, 'aug')))) return true;
        break;
      case 100: // d
        if ((has(text, p, to, 'day') && endsWord(text, p + 3, to)) || (wordStart && has(text, p, to, 'dec'))) return true;
        break;
      case 101: // e
        if (has(text, p, to, 'evening')) return true;
        break;
      case 102: // f
        if (wordStart && has(text, p, to, 'feb')) return true;
        break;
      case 106: // j
        if (wordStart && (has(text, p, to, 'jan') || has(text, p, to, 'jun') || has(text, p, to, 'jul'))) return true;
        break;
      case 109: // m
        if (has(text, p, to, 'month') || has(text, p, to, 'morning') || (wordStart && (has(text, p, to, 'mar') || has(text, p, to, 'may')))) return true;
        break;
      case 110: // n
        if (has(text, p, to, 'night') || has(text, p, to, 'noon') || (wordStart && has(text, p, to, 'nov'))) return true;
        break;
      case 111: // o
        if (wordStart && has(text, p, to, 'oct')) return true;
        break;
      case 115: // s
        if (wordStart && has(text, p, to, 'sep')) return true;
        break;
      case 116: // t
        if (has(text, p, to, 'today') || has(text, p, to, 'tomorrow')) return true;
        break;
      case 119: // w
        if (has(text, p, to, 'week')) return true;
        break;
      case 121: // y
        if (has(text, p, to, 'year') || has(text, p, to, 'yesterday')) return true;
        break;
    }
  }
  return false;
}

/** `word` (lower-case ASCII letters) at `p`, in any case, ending by `to`. */
function has(text: string, p: number, to: number, word: string): boolean {
  if (p + word.length > to) return false;
  for (let k = 1; k < word.length; k++) if ((text.charCodeAt(p + k) | 0x20) !== word.charCodeAt(k)) return false;
  // The first letter was matched by the caller's switch.
  return true;
}

/** `\b` after a word character at `p`: the slice ends there or a non-word character follows. */
function endsWord(text: string, p: number, to: number): boolean {
  return p >= to || !isWordChar(text.charCodeAt(p));
}

function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}
