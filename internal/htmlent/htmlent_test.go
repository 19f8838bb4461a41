package htmlent

import (
	"html"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

func TestDecode(t *testing.T) {
	for _, c := range []struct {
		name, text, want string
		edits            []Edit
	}{
		{"none", "Ann loves X.", "Ann loves X.", nil},
		{"bare ampersand", "AT&T & Co & ; &", "AT&T & Co & ; &", nil},
		{"named", "&quot;loves&quot; X", `"loves" X`, []Edit{{0, 1, 6}, {6, 1, 6}}},
		{"amp", "AT&amp;T", "AT&T", []Edit{{2, 1, 5}}},
		{"numeric", "Musk&#39;s &#x2019;&#X2019; &#8220;", "Musk's ’’ “", []Edit{{4, 1, 5}, {7, 3, 8}, {10, 3, 8}, {14, 3, 7}}},
		{"nbsp is U+00A0", "a&nbsp;b", "a\u00a0b", []Edit{{1, 2, 6}}},
		{"no semicolon", "&amp &quot x &#39", "&amp &quot x &#39", nil},
		{"unknown name", "&nosuch; &#; &#x;", "&nosuch; &#; &#x;", nil},
		{"legacy prefix only", "&notit; &ampx;", "&notit; &ampx;", nil},
		{"two code points", "a&NotEqualTilde;b", "a\u2242\u0338b", []Edit{{1, 5, 15}}},
		{"longest name", "&CounterClockwiseContourIntegral;", "∳", []Edit{{0, 3, 33}}},
		{"too long", "&" + strings.Repeat("a", 40) + ";", "&" + strings.Repeat("a", 40) + ";", nil},
		{"null and out of range", "&#0;&#9999999999;", "\uFFFD\uFFFD", []Edit{{0, 3, 4}, {3, 3, 13}}},
		{"ampersand before reference", "&&amp;;", "&&;", []Edit{{1, 1, 5}}},
		{"invalid UTF-8 kept", "\xff&amp;\xfe", "\xff&\xfe", []Edit{{1, 1, 5}}},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, edits := Decode(c.text)
			if got != c.want {
				t.Errorf("Decode(%q) = %q, want %q", c.text, got, c.want)
			}
			if diff := cmp.Diff(c.edits, edits); diff != "" {
				t.Errorf("Decode(%q) edits (-want +got):\n%s", c.text, diff)
			}
			if u := Unescape(c.text); u != c.want {
				t.Errorf("Unescape(%q) = %q, want %q", c.text, u, c.want)
			}
		})
	}
}

// checkMap checks that Map takes every character boundary of the decoded
// text outside a decoded reference to the original, so that each span
// between two such boundaries decodes to its decoded text.
func checkMap(t *testing.T, text string) {
	t.Helper()
	dec, edits := Decode(text)
	m := NewMapper(edits)
	inside := make([]bool, len(dec)+1)
	for _, e := range edits {
		if got := text[m.Map(e.At):m.Map(e.At+e.Len)]; html.UnescapeString(got) != dec[e.At:e.At+e.Len] || len(got) != e.Orig {
			t.Fatalf("%q: edit %+v maps to %q", text, e, got)
		}
		for c := e.At + 1; c < e.At+e.Len; c++ {
			inside[c] = true
		}
	}
	var cuts []int
	for c := 0; c <= len(dec); c++ {
		if !inside[c] && (c == len(dec) || utf8.RuneStart(dec[c])) {
			cuts = append(cuts, c)
		}
	}
	if m.Map(0) != 0 || m.Map(len(dec)) != len(text) {
		t.Fatalf("%q: Map(0) = %d, Map(%d) = %d, want 0 and %d", text, m.Map(0), len(dec), m.Map(len(dec)), len(text))
	}
	for i := 1; i < len(cuts); i++ {
		a, b := cuts[i-1], cuts[i]
		if got := Unescape(text[m.Map(a):m.Map(b)]); got != dec[a:b] {
			t.Fatalf("%q: decoded [%d:%d] = %q, original [%d:%d] decodes to %q", text, a, b, dec[a:b], m.Map(a), m.Map(b), got)
		}
	}
}

func TestMap(t *testing.T) {
	for _, s := range []string{"", "plain", "&quot;loves&quot; X&amp;Y", "Dr.&nbsp;Lee&#8217;s &ldquo;X&rdquo;", "a&NotEqualTilde;b&#0;c", "\xff&amp;\xfe"} {
		checkMap(t, s)
	}
}

func FuzzDecode(f *testing.F) {
	for _, s := range []string{"", "&quot;loves&quot; X", "AT&amp;T", "&#39;&#x2019;&#0;", "&notit;&NotEqualTilde;", "&&amp;;", "\xff&amp;"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		dec, edits := Decode(text)
		if edits == nil && dec != text {
			t.Fatalf("Decode(%q) = %q with no edits", text, dec)
		}
		checkMap(t, text)
	})
}
