package htmlent

import (
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
		{"inline tags", `She quit <a href="https://x.com/?a=1&amp;b=>">X</a>.`, "She quit X.", []Edit{{9, 0, 37}, {10, 0, 4}}},
		{"block tags", "<p>One.</p><p>Two.<br/>Three</p>", "\nOne.\n\nTwo.\nThree\n", []Edit{{0, 1, 3}, {5, 1, 4}, {6, 1, 3}, {11, 1, 5}, {17, 1, 4}}},
		{"table cells", "<tr><td>a</td><td>b</td></tr>", "\n a  b \n", []Edit{{0, 1, 4}, {1, 1, 4}, {3, 1, 5}, {4, 1, 4}, {6, 1, 5}, {7, 1, 5}}},
		{"script, style, comment, doctype", "<!DOCTYPE html><script>if (a<b) x = \"</p>\";</script>Hi<!-- X --><STYLE>p{}</style>.", "\nHi\n.",
			[]Edit{{0, 0, 15}, {0, 1, 37}, {3, 0, 10}, {3, 1, 18}}},
		{"not markup", "a < b, c<3, <Twitter> and <p unclosed", "a < b, c<3, <Twitter> and <p unclosed", nil},
		{"unclosed comment and script", "<!-- a <script> b", "<!-- a \n b", []Edit{{7, 1, 8}}},
		{"markdown link", "I left [X](https://x.com/a_(b)) for [AT&amp;T's app](www.att.com).", "I left X) for AT&T's app.",
			[]Edit{{7, 0, 1}, {8, 0, 21}, {14, 0, 1}, {16, 1, 5}, {24, 0, 14}}},
		{"markdown image", "![logo](/x.png)Bluesky", "Bluesky", []Edit{{0, 0, 15}}},
		{"markdown emphasis", "**Bluesky** beats _X_, said *Ann* (***Lee***).", "Bluesky beats X, said Ann (Lee).",
			[]Edit{{0, 0, 2}, {7, 0, 2}, {14, 0, 1}, {15, 0, 1}, {22, 0, 1}, {25, 0, 1}, {27, 0, 3}, {30, 0, 3}}},
		{"nested emphasis", "**a *b* c** [*X*](/x) *a **b* c**", "a b c X a b c",
			[]Edit{{0, 0, 2}, {2, 0, 1}, {3, 0, 1}, {5, 0, 2}, {6, 0, 1}, {6, 0, 1}, {7, 0, 1}, {7, 0, 5}, {8, 0, 1}, {10, 0, 2}, {11, 0, 1}, {13, 0, 2}}},
		{"not markdown emphasis", "snake_case_name 2 * 3 * 4\n* item *a\nb* **a* _a_b\n__a_ *a [b]* *a &amp; b* *", "snake_case_name 2 * 3 * 4\n* item *a\nb* **a* _a_b\n__a_ *a [b]* *a & b* *",
			[]Edit{{65, 1, 5}}},
		{"soft hyphen and word joiner", "Face&shy;book Face\u00adbook Tik\u2060Tok X&#8288;! don’t a\u200db\u200bc\ufeff \u00a0é", "Facebook Facebook TikTok X! don’t a\u200db\u200bc\ufeff \u00a0é",
			[]Edit{{4, 0, 5}, {13, 0, 2}, {21, 0, 3}, {26, 0, 7}}},
		{"not markdown links", "[sic](1998) [a](b c) [](http://x) [a\nb](/x) [x](http://y", "[sic](1998) [a](b c) [](http://x) [a\nb](/x) [x](http://y", nil},
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
			checkDecode(t, c.text)
		})
	}
}

func TestBlank(t *testing.T) {
	for _, c := range [][2]string{
		{"plain < text", "plain < text"},
		{"<p>One <b>two</b></p>", "  \nOne    two       \n"},
		{"a<script>x<p></script>b<br>", "a                    \nb   \n"},
		{"<A HREF='>'>X</A>", "            X    "},
	} {
		if got := Blank(c[0]); got != c[1] {
			t.Errorf("Blank(%q) = %q, want %q", c[0], got, c[1])
		}
	}
}

// checkDecode checks Decode's edits and Mapper on text: the edits align
// the decoded text with text, each edit's original decodes to its
// replacement, Blank blanks exactly the markup edits, and Start and End
// map every boundary between characters of the decoded text (outside a
// decoded reference) so that each span maps to original text that decodes
// to it.
func checkDecode(t *testing.T, text string) {
	t.Helper()
	dec, edits := Decode(text)
	if edits == nil && dec != text {
		t.Fatalf("Decode(%q) = %q with no edits", text, dec)
	}
	blank := Blank(text)
	if len(blank) != len(text) {
		t.Fatalf("Blank(%q) has length %d", text, len(blank))
	}
	// before[c] and after[c]: the original offset of decoded boundary c
	// before and after the removed markup there.
	before := make([]int, len(dec)+1)
	after := make([]int, len(dec)+1)
	inside := make([]bool, len(dec)+1)
	editAt := make([]bool, len(dec)+1) // a boundary even inside invalid UTF-8
	for c := range before {
		before[c] = -1
	}
	o, c := 0, 0
	copyTo := func(at int) {
		for ; c < at; c++ {
			if text[o] != dec[c] || blank[o] != text[o] {
				t.Fatalf("%q: decoded %d (%q) is not original %d (%q), or Blank changed it", text, c, dec[c], o, text[o])
			}
			if before[c] < 0 {
				before[c] = o
			}
			after[c] = o
			o++
		}
		if before[c] < 0 {
			before[c] = o
		}
	}
	for _, e := range edits {
		copyTo(e.At)
		orig := text[o : o+e.Orig]
		if md := strings.IndexByte("[]!*_", orig[0]) >= 0; md && e.Len != 0 {
			t.Fatalf("%q: Markdown edit %+v shows as %q", text, e, dec[e.At:e.At+e.Len])
		} else if got := Unescape(orig); !md && got != dec[e.At:e.At+e.Len] || e.Orig == 0 {
			t.Fatalf("%q: edit %+v: %q decodes to %q", text, e, orig, got)
		}
		if markup := orig[0] == '<'; markup != (strings.TrimSpace(blank[o:o+e.Orig]) == "") || markup && (blank[o+e.Orig-1] == '\n') != (e.Len == 1 && dec[e.At] == '\n') {
			t.Fatalf("%q: edit %+v: Blank gives %q", text, e, blank[o:o+e.Orig])
		}
		editAt[e.At] = true
		for k := e.At + 1; k < e.At+e.Len; k++ {
			inside[k] = true
		}
		if e.Len == 0 {
			o += e.Orig
			after[c] = o
			continue
		}
		after[c] = o
		o += e.Orig
		c += e.Len
	}
	copyTo(len(dec))
	after[c] = o
	if o != len(text) {
		t.Fatalf("%q: edits cover %d bytes of %d", text, o, len(text))
	}
	m := NewMapper(edits)
	var cuts []int
	for c := 0; c <= len(dec); c++ {
		if inside[c] || c < len(dec) && !utf8.RuneStart(dec[c]) && !editAt[c] {
			continue
		}
		if m.Start(c) != after[c] || m.End(c) != before[c] {
			t.Fatalf("%q: boundary %d maps to Start %d, End %d; want %d, %d", text, c, m.Start(c), m.End(c), after[c], before[c])
		}
		cuts = append(cuts, c)
	}
	for i := 0; i+1 < len(cuts); i++ {
		a, b := cuts[i], cuts[i+1]
		if got := Unescape(text[m.Start(a):m.End(b)]); got != dec[a:b] {
			t.Fatalf("%q: decoded [%d:%d] = %q, original [%d:%d] decodes to %q", text, a, b, dec[a:b], m.Start(a), m.End(b), got)
		}
	}
	if got := Unescape(text); got != dec {
		t.Fatalf("Unescape(%q) = %q, Decode gives %q", text, got, dec)
	}
}

func FuzzDecode(f *testing.F) {
	for _, s := range []string{"", "&quot;loves&quot; X", "AT&amp;T", "&#39;&#x2019;&#0;", "&notit;&NotEqualTilde;", "&&amp;;", "\xff&amp;",
		"<p>A <a href='x>'>b</a></p><br/>", "<script>x</script><style>", "<!-- a --><!--", "<td>a</td>&nbsp;<TR>", "a<b c<d>", "[X](https://x.com) ![i](/a)[b&amp;](#c)", "**a *b* c** [_X_](/x) *a **b* c**", "Face&shy;book Tik\u2060Tok\ufeff ’\u200d"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		checkDecode(t, text)
	})
}

// BenchmarkDecode runs Decode on text where every "<" and "&" starts
// something that turns out to be no markup or reference, or every "*" and
// "_" emphasis that is never closed: the worst cases for its scanning.
func BenchmarkDecode(b *testing.B) {
	for _, bc := range []struct{ name, unit string }{
		{"unclosed", "<a '<script><!--&amp"},
		{"emphasis", "*a _b "},
		{"markup", "<p>Ann &quot;loves&quot; <a href=\"x\">X</a>.</p>"},
	} {
		text := strings.Repeat(bc.unit, 1<<20/len(bc.unit))
		b.Run(bc.name, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			for range b.N {
				Decode(text)
				Blank(text)
			}
		})
	}
}
