// Package htmlent decodes the HTML character references of scraped text
// ("&quot;", "&#39;", "&amp;") and maps offsets in the decoded text back to
// the original, so that a reader can work on plain text and still report
// spans of what it was given.
package htmlent

import (
	"html"
	"slices"
	"strings"
	"unicode/utf8"
)

// maxRef bounds the length of a reference, "&" and ";" included: the
// longest named one HTML defines ("&CounterClockwiseContourIntegral;") has
// 33 bytes.
const maxRef = 33

// Edit records one decoded reference: the Len bytes of the decoded text at
// At stand for the Orig bytes of the original.
type Edit struct{ At, Len, Orig int }

// Decode returns text with every complete character reference decoded, as
// a browser would show it, and the edits made, in order. A reference is
// complete when it ends in ";" ("&amp;", "&#39;", "&#x2019;"); "&" that
// starts none, such as "AT&T" or "&amp" without its semicolon, is kept.
// Decode returns text itself and no edits when there is nothing to decode.
func Decode(text string) (string, []Edit) {
	var b strings.Builder
	var edits []Edit
	last := 0
	for i := 0; ; {
		j := strings.IndexByte(text[i:], '&')
		if j < 0 {
			break
		}
		i += j
		n := refLen(text[i:])
		if n == 0 {
			i++
			continue
		}
		ref := text[i : i+n]
		dec := html.UnescapeString(ref)
		if dec == ref || utf8.RuneCountInString(dec) > 2 {
			// Not a reference HTML knows ("&nosuch;"), or one that
			// only starts with a name known without its ";" ("&notit;"
			// would give "¬it;"): kept as written.
			i += n
			continue
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

// Unescape returns s with its complete character references decoded, as
// Decode decodes them.
func Unescape(s string) string {
	if strings.IndexByte(s, '&') < 0 {
		return s
	}
	d, _ := Decode(s)
	return d
}

// Mapper maps offsets of a decoded text to offsets of the original.
type Mapper struct {
	at    []int // edits' At, ascending
	shift []int // shift[k]: Orig-Len summed over the first k edits
}

// NewMapper returns a Mapper for the edits Decode returned.
func NewMapper(edits []Edit) *Mapper {
	m := &Mapper{at: make([]int, len(edits)), shift: make([]int, len(edits)+1)}
	for k, e := range edits {
		m.at[k] = e.At
		m.shift[k+1] = m.shift[k] + e.Orig - e.Len
	}
	return m
}

// Map maps an offset that starts or ends a span of the decoded text (a
// boundary between characters) to the original: a span that starts at a
// decoded reference starts at its "&", and one that ends with it ends
// after its ";".
func (m *Mapper) Map(c int) int {
	k, _ := slices.BinarySearch(m.at, c)
	return c + m.shift[k]
}
