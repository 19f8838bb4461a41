// Package htmlent reads text scraped from web pages as a browser shows it
// (markup removed, character references such as "&quot;", "&#39;" and
// "&amp;" decoded, Markdown links as their text, soft hyphens removed)
// and maps offsets in the decoded text back to the original, so that a
// reader can work on plain text and still report spans of what it was
// given.
package htmlent

import (
	"html"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"
)

// maxRef bounds the length of a reference, "&" and ";" included: the
// longest named one HTML defines ("&CounterClockwiseContourIntegral;") has
// 33 bytes.
const maxRef = 33

// Edit records one change Decode made: the Len bytes of the decoded text
// at At stand for the Orig bytes of the original. Len is 0 for removed
// markup.
type Edit struct{ At, Len, Orig int }

// Decode returns text as a browser shows it, and the edits made, in order:
//   - Every complete character reference is decoded. A reference is
//     complete when it ends in ";" ("&amp;", "&#39;", "&#x2019;"); "&" that
//     starts none, such as "AT&T" or "&amp" without its semicolon, is kept.
//   - Markup is removed (see Blank for what counts): a tag that breaks a
//     line ("<p>", "</li>", "<br>") becomes a line break, a table cell's a
//     space, any other tag nothing.
//   - A Markdown link, as posts carry them, shows as its text
//     ("[Twitter](https://twitter.com)" as Twitter), a Markdown image
//     ("![logo](/x.png)") as nothing, and Markdown emphasis as its text
//     ("**Bluesky**", "_Twitter_" as Bluesky, Twitter; see emphasis).
//     Blank leaves all three alone.
//   - A soft hyphen or a word joiner, which a browser shows as nothing
//     inside a word, is removed, written or as a reference ("&shy;",
//     "&#8288;"): see invisibleLen.
//
// Decode returns text itself and no edits when there is nothing to decode.
func Decode(text string) (string, []Edit) {
	var b strings.Builder
	var edits []Edit
	var open unclosed
	last := 0
	// linkEnd is the end of the Markdown link being read, after its
	// ")"; its "](" is at linkTail.
	linkTail, linkEnd := -1, -1
	// closers holds the ends of the emphasis being read: where each
	// closing "*" or "_" run starts, and its length.
	var closers []Edit
	var scanned [2][3]int
	for i := 0; ; {
		j := nextSpecial(text[i:])
		if j < 0 && linkTail < 0 && len(closers) == 0 {
			break
		}
		// The closer due first: emphasis inside a link's text ends
		// before the link's "](" does.
		ck := -1
		for k, c := range closers {
			if ck < 0 || c.At < closers[ck].At {
				ck = k
			}
		}
		var n int
		var dec string
		switch {
		case ck >= 0 && (j < 0 || closers[ck].At <= i+j):
			i, n = closers[ck].At, closers[ck].Orig
			closers = append(closers[:ck], closers[ck+1:]...)
		case linkTail >= 0 && (j < 0 || linkTail < i+j):
			i, n = linkTail, linkEnd-linkTail
			linkTail = -1
		case text[i+j] == '*' || text[i+j] == '_':
			i += j
			n = emphasis(text, i, &scanned)
			if n == 0 || slices.ContainsFunc(closers, func(c Edit) bool { return c.At == i+n }) {
				// Not an opening run, or its closing run ends
				// emphasis begun earlier.
				i += runLen(text, i)
				continue
			}
			closers = append(closers, Edit{At: i + n, Orig: runLen(text, i)})
			n = runLen(text, i)
		case text[i+j] >= utf8.RuneSelf:
			// An invisible character (see invisibleLen), or the
			// lead byte of any other one, which stays.
			i += j
			if n = invisibleLen(text[i:]); n == 0 {
				i++
				continue
			}
		case text[i+j] == '[':
			i += j
			a, e := mdLink(text[i:])
			if e == 0 {
				i++
				continue
			}
			if i > last && text[i-1] == '!' {
				// An image: its text is not shown.
				i, n = i-1, e+1
			} else {
				n = 1
				linkTail, linkEnd = i+a, i+e
			}
		case text[i+j] == '<':
			i += j
			var brk markupBreak
			if n, brk = markupAt(text, i, &open); n == 0 {
				i++
				continue
			}
			dec = brk.String()
		default:
			i += j
			if n = refLen(text[i:]); n == 0 {
				i++
				continue
			}
			ref := text[i : i+n]
			dec = html.UnescapeString(ref)
			if dec == ref || utf8.RuneCountInString(dec) > 2 {
				// Not a reference HTML knows ("&nosuch;"), or one
				// that only starts with a name known without its
				// ";" ("&notit;" would give "¬it;"): kept as written.
				i += n
				continue
			}
			if invisibleLen(dec) == len(dec) {
				// "&shy;", "&#8288;": shown as nothing.
				dec = ""
			}
		}
		if edits == nil {
			b.Grow(len(text))
		}
		b.WriteString(text[last:i])
		edits = append(edits, Edit{At: b.Len(), Len: len(dec), Orig: n})
		b.WriteString(dec)
		i += n
		last = i
	}
	if edits == nil {
		return text, nil
	}
	b.WriteString(text[last:])
	return b.String(), edits
}

// special marks the bytes Decode stops at: the start of a reference,
// markup, a Markdown link or emphasis, and the lead bytes of the
// invisible characters invisibleLen removes.
var special = func() (t [256]bool) {
	for _, c := range []byte("&<[*_\xc2\xe2") {
		t[c] = true
	}
	return t
}()

// nextSpecial returns the index of the first special byte of s, or -1.
func nextSpecial(s string) int {
	for i := 0; i < len(s); i++ {
		if special[s[i]] {
			return i
		}
	}
	return -1
}

// invisibleLen returns the length of the character at the start of s that
// joins the letters around it and shows as nothing, or 0: a soft hyphen
// (U+00AD, where a word may break) or a word joiner (U+2060). Left in a
// word, they would hide it ("Face\u00adbook"). Separators that show as
// nothing (a zero-width space, a byte order mark) are a reader's to
// treat as spaces, and the zero-width joiner and non-joiner stay: they
// shape emoji and the letters of some scripts.
func invisibleLen(s string) int {
	for _, c := range [...]string{"\u00ad", "\u2060"} {
		if strings.HasPrefix(s, c) {
			return len(c)
		}
	}
	return 0
}

// Bounds of a Markdown link's text and address.
const (
	maxLinkText = 300
	maxLinkURL  = 2048
)

// mdLink returns, for a Markdown link at the start of s ("[text](url)",
// the address absolute, "www.", "mailto:", "/…" or "#…", without spaces),
// the offset of its "](" and its length; or 0, 0.
func mdLink(s string) (tail, n int) {
	a := strings.IndexByte(s[1:min(len(s), maxLinkText+2)], ']') + 1
	if a <= 1 || strings.ContainsAny(s[1:a], "[<\n") || a+1 >= len(s) || s[a+1] != '(' {
		return 0, 0
	}
	u := s[a+2:]
	e := strings.IndexByte(u[:min(len(u), maxLinkURL)], ')')
	if e <= 0 || strings.ContainsAny(u[:e], " \t\n\r<") {
		return 0, 0
	}
	for _, p := range [...]string{"http://", "https://", "www.", "mailto:", "/", "#"} {
		if strings.HasPrefix(u, p) {
			return a, a + 2 + e + 1
		}
	}
	return 0, 0
}

// maxEmphasis bounds the bytes between the runs of "*" or "_" that open
// and close emphasis.
const maxEmphasis = 200

// emphasis returns, when text[i:] opens Markdown emphasis, the offset from
// i of the run that closes it, or 0. The runs are of one character ("*" or
// "_", one to three of them), both on one line, with the same length and
// with text between them that has no "[", "]", "<" or "&", so that
// emphasis never spans a link's parts, markup or a reference. The opening
// run follows no letter or digit and precedes no space; the closing run
// follows no space and precedes no letter or digit. So "**Bluesky**",
// "(_X_)" and "***Threads***," are emphasis, and "snake_case_name",
// "2 * 3 * 4" and a "* " list bullet are not.
//
// scanned[c][l-1] is where the last search for a closing run of l of
// character c ('*' is 0, '_' 1) stopped without finding one; a later search
// for the same run starts there, so that a text of openers that never
// close is not searched again and again.
func emphasis(text string, i int, scanned *[2][3]int) int {
	c, l := text[i], runLen(text, i)
	if l > 3 || i > 0 && (wordByte(text[i-1]) || text[i-1] == c) || i+l >= len(text) || isSpace(text[i+l]) {
		return 0
	}
	seen := &scanned[strings.IndexByte("*_", c)][l-1]
	k := max(i+l, *seen)
	defer func() { *seen = k }()
	for ; k < len(text) && k <= i+l+maxEmphasis; k++ {
		switch text[k] {
		case '\n', '[', ']', '<', '&':
			return 0
		case c:
			m := runLen(text, k)
			if m == l && !isSpace(text[k-1]) && (k+m == len(text) || !wordByte(text[k+m])) {
				return k - i
			}
			k += m - 1
		}
	}
	return 0
}

// runLen returns the length of the run of text[i]'s byte that starts at i.
func runLen(text string, i int) int {
	k := i + 1
	for k < len(text) && text[k] == text[i] {
		k++
	}
	return k - i
}

// wordByte reports whether b is a letter or digit, or part of a character
// that is not ASCII.
func wordByte(b byte) bool {
	return b >= 0x80 || isLetter(b) || b >= '0' && b <= '9'
}

func isSpace(b byte) bool { return b == ' ' || b == '\t' || b == '\n' || b == '\r' }

// refLen returns the length of the reference-shaped text at the start of s
// ("&", a name or "#" and digits, ";"), or 0.
func refLen(s string) int {
	if len(s) < 3 {
		return 0
	}
	k := 1
	if s[1] == '#' {
		k = 2
		if len(s) > 2 && (s[2] == 'x' || s[2] == 'X') {
			k = 3
		}
	}
	start := k
	for k < len(s) && k < maxRef {
		c := s[k]
		switch {
		case c == ';':
			if k == start {
				return 0
			}
			return k + 1
		case c >= '0' && c <= '9', c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z':
			k++
		default:
			return 0
		}
	}
	return 0
}

// Unescape returns s as Decode decodes it, without the edits.
func Unescape(s string) string {
	if nextSpecial(s) < 0 {
		return s
	}
	d, _ := Decode(s)
	return d
}

// Mapper maps offsets of a decoded text to offsets of the original.
type Mapper struct {
	edits []Edit
	shift []int // shift[k]: Orig-Len summed over edits[:k]
}

// NewMapper returns a Mapper for the edits Decode returned.
func NewMapper(edits []Edit) *Mapper {
	m := &Mapper{edits: edits, shift: make([]int, len(edits)+1)}
	for k, e := range edits {
		m.shift[k+1] = m.shift[k] + e.Orig - e.Len
	}
	return m
}

// Start maps the offset where a span of the decoded text starts (a
// boundary between characters) to the original: a span that starts with
// a decoded reference starts at its "&", and one after removed markup
// starts after the markup.
func (m *Mapper) Start(c int) int {
	k := sort.Search(len(m.edits), func(k int) bool {
		e := m.edits[k]
		return e.At > c || e.At == c && e.Len > 0
	})
	return c + m.shift[k]
}

// End maps the offset where a span of the decoded text ends to the
// original: a span that ends with a decoded reference ends after its ";",
// and one before removed markup ends before the markup.
func (m *Mapper) End(c int) int {
	k := sort.Search(len(m.edits), func(k int) bool { return m.edits[k].At >= c })
	return c + m.shift[k]
}
