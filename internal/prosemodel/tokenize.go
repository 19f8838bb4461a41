package prosemodel

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Token is one token of a text, as prose's iterTokenizer produces it (but
// see Tokenize), with byte offsets into the original text.
type Token struct {
	Start, End int    // byte offsets into the original text; text[Start:End] is the token's original bytes
	Text       string // the token as prose sees it (curly quotes and "&rsquo;" mapped to ASCII)
	Tag        string // Penn Treebank POS tag (set by Tag)
	Label      string // prose IOB NER label such as "O", "B-PERSON", "I-GPE" (set by Classify)
}

// rep records one sanitizer replacement: the byte at clean offset cpos stands
// for extra+1 original bytes.
type rep struct{ cpos, extra int }

// sanitize applies prose's sanitizer (“ ” ‘ ’ &rsquo; -> ASCII quotes). reps
// receives the replacements in order; clean == text when there are none.
func sanitize(text string, reps []rep) (string, []rep) {
	if strings.IndexByte(text, 0xE2) < 0 && strings.IndexByte(text, '&') < 0 {
		return text, reps
	}
	var b []byte
	last := 0
	for i := 0; i < len(text); {
		c := text[i]
		var r byte
		n := 0
		if c == 0xE2 && i+2 < len(text) && text[i+1] == 0x80 {
			switch text[i+2] {
			case 0x9C, 0x9D:
				r, n = '"', 3
			case 0x98, 0x99:
				r, n = '\'', 3
			}
		} else if c == '&' && strings.HasPrefix(text[i:], "&rsquo;") {
			r, n = '\'', 7
		}
		if n == 0 {
			i++
			continue
		}
		if b == nil {
			b = make([]byte, 0, len(text))
		}
		b = append(b, text[last:i]...)
		b = append(b, r)
		reps = append(reps, rep{len(b) - 1, n - 1})
		i += n
		last = i
	}
	if b == nil {
		return text, reps
	}
	b = append(b, text[last:]...)
	return string(b), reps
}

// tokenizer holds the state of one Tokenize call.
type tokenizer struct {
	clean string
	dst   []Token
	low   []byte
	reps  []rep
	rj    int // next replacement not yet accounted for
	extra int // sum of extra over reps[:rj]
	spans *[]spanInfo
	span  spanInfo
	drop  [2]int // clean offsets of the piece of this span prose drops (tests only); {0, 0} none
}

// spanInfo identifies the whitespace-delimited span a token came from (used by
// tests to model prose's per-span token cache).
type spanInfo struct {
	Start, End int // clean offsets
	Final      bool
	Kept       bool // the token is in text prose drops (see find in split)
}

// orig maps a clean offset to an original offset; calls must be monotonic.
func (t *tokenizer) orig(c int) int {
	for t.rj < len(t.reps) && t.reps[t.rj].cpos < c {
		t.extra += t.reps[t.rj].extra
		t.rj++
	}
	return c + t.extra
}

func (t *tokenizer) emit(a, b int) {
	s := t.orig(a)
	e := t.orig(b)
	t.dst = append(t.dst, Token{Start: s, End: e, Text: t.clean[a:b]})
	if t.spans != nil {
		sp := t.span
		sp.Kept = t.drop[0] <= a && b <= t.drop[1]
		*t.spans = append(*t.spans, sp)
	}
}

// add is prose's addToken: only non-blank pieces become tokens.
func (t *tokenizer) add(a, b int) {
	if strings.TrimSpace(t.clean[a:b]) != "" {
		t.emit(a, b)
	}
}

// Tokenize appends the tokens of text to dst, as prose's iterTokenizer
// splits them, with byte offsets into text. One difference: prose drops the
// rest of a token from a contraction at its start ("Musk's," loses "'s,";
// "‘Snapchat" and "'most" vanish), and Tokenize keeps it, split as prose
// splits a token with no contraction there.
func (m *Model) Tokenize(text string, dst []Token) []Token {
	s := m.getScratch()
	dst = tokenize(text, dst, s, nil)
	m.putScratch(s)
	return dst
}

func tokenize(text string, dst []Token, s *scratch, spans *[]spanInfo) []Token {
	clean, reps := sanitize(text, s.reps[:0])
	t := tokenizer{clean: clean, dst: dst, low: s.low, reps: reps, spans: spans}
	length := len(clean)
	start, index := 0, 0
	white := false
	for index < length {
		uc, size := utf8.DecodeRuneInString(clean[index:])
		if index == 0 {
			white = unicode.IsSpace(uc)
		}
		if unicode.IsSpace(uc) != white {
			if start < index && !white {
				t.split(start, index, false)
			}
			if uc == ' ' {
				start = index + 1
			} else {
				start = index
			}
			white = !white
		}
		index += size
	}
	if start < index && !white {
		t.split(start, index, true)
	}
	s.low = t.low[:0]
	s.reps = reps[:0]
	return t.dst
}

// patterns are prose's contractions and then its negation, in the order
// prose tries them: the first that occurs anywhere in a token splits it.
var patterns = [...][]byte{[]byte("'ll"), []byte("'s"), []byte("'re"), []byte("'m"), []byte("n't")}

// proseDrops reports whether prose would drop the token low (lowered) at
// this step: the first pattern it tries that occurs in low occurs at its
// start. found is the first pattern find located past the start
// (len(patterns) if none). Only tests use it, to line prose's tokens up
// with these.
func proseDrops(low []byte, found int) bool {
	for _, p := range patterns[:min(found+1, len(patterns))] {
		if len(low) > len(p) && bytes.HasPrefix(low, p) {
			return true
		}
	}
	return false
}

// appendLower appends strings.ToLower(s) to b without allocating: per rune
// unicode.ToLower, invalid bytes become U+FFFD (as strings.Map does).
func appendLower(b []byte, s string) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		b = utf8.AppendRune(b, unicode.ToLower(r))
		i += size
	}
	return b
}

func isPrefixByte(c byte) bool { return c == '$' || c == '(' || c == '"' || c == '[' }

func isSuffixByte(c byte) bool {
	switch c {
	case ',', ')', '"', ']', '!', ';', '.', '?', ':', '\'':
		return true
	}
	return false
}

func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

// internalAlt2 is `^[A-Z][a-z]{1,2}\.$`.
func internalAlt2(s string) bool {
	if len(s) != 3 && len(s) != 4 {
		return false
	}
	if s[0] < 'A' || s[0] > 'Z' || s[len(s)-1] != '.' {
		return false
	}
	for i := 1; i < len(s)-1; i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return true
}

// pairEnd returns the end of the run of `[A-Za-z]\.` pairs starting at a.
func pairEnd(s string, a int) int {
	for a+1 < len(s) && isASCIILetter(s[a]) && s[a+1] == '.' {
		a += 2
	}
	return a
}

// split is prose's doSplit over clean[a:b], emitting tokens with offsets.
// Prefix/suffix stripping removes one ASCII byte, so the lowered copy, rune
// count and pattern positions are maintained incrementally (prose recomputes
// them per step, which is quadratic on huge tokens).
func (t *tokenizer) split(a, b int, final bool) {
	clean := t.clean
	t.span = spanInfo{Start: a, End: b, Final: final}
	t.drop = [2]int{}
	end := b
	low := appendLower(t.low[:0], clean[a:b])
	la, lb := 0, len(low)
	rc := utf8.RuneCountInString(clean[a:b])
	var pos [len(patterns)]int // first occurrence > la of each pattern in low; -2 unknown, -1 none
	reset := func() {
		for i := range pos {
			pos[i] = -2
		}
	}
	reset()
	pairA, pairE := -1, 0
	// find returns the index in the current token of contraction pattern k,
	// or -1. It looks past the token's first byte: prose also matches there,
	// at index 0, and then ends its loop having emitted nothing, dropping
	// the rest of the token ("'s." after "Musk", all of "‘Snapchat" or
	// "'most"). Here the token goes on as if the pattern were not at its
	// start. This is the one place the tokens differ from prose's, and only
	// where prose loses text.
	find := func(k int, p []byte) int {
		if lb-la <= len(p) {
			return -1
		}
		from := la + 1
		if pos[k] == -2 || (pos[k] >= 0 && pos[k] < from) {
			if j := bytes.Index(low[from:], p); j >= 0 {
				pos[k] = from + j
			} else {
				pos[k] = -1
			}
		}
		if pos[k] >= 0 && pos[k]+len(p) <= lb {
			return pos[k] - la
		}
		return -1
	}
	last := 0
	for a < b && rc != last {
		tok := clean[a:b]
		// isSpecial
		special := false
		if len(tok) <= maxEmoticonLen {
			_, special = emoticons[tok]
		}
		if !special {
			if pairA != a {
				pairA, pairE = a, pairEnd(clean[:end], a)
			}
			n := b - a
			special = (n >= 4 && n%2 == 0 && pairE >= b) || internalAlt2(tok)
		}
		if special {
			t.add(a, b)
			break
		}
		last = rc
		if len(tok) > 1 && isPrefixByte(tok[0]) {
			t.add(a, a+1)
			a++
			la++
			rc--
			continue
		}
		idx, found := -1, len(patterns)
		for k, p := range patterns {
			if idx = find(k, p); idx >= 0 {
				found = k
				break
			}
		}
		if t.spans != nil && t.drop[1] == 0 && proseDrops(low[la:lb], found) {
			t.drop = [2]int{a, b}
		}
		if idx >= 0 {
			if idx > b-a {
				// prose slices token[:idx] with an index into its lowered
				// copy and would panic here; keep the whole token instead.
				idx = b - a
			}
			t.add(a, a+idx)
			a += idx
			low = appendLower(low[:0], clean[a:b])
			la, lb = 0, len(low)
			reset()
			rc = utf8.RuneCountInString(clean[a:b])
			continue
		}
		if len(tok) > 1 && isSuffixByte(tok[len(tok)-1]) {
			b--
			lb--
			rc--
			continue
		}
		t.add(a, b)
	}
	t.low = low
	for p := b; p < end; p++ {
		t.emit(p, p+1)
	}
}
