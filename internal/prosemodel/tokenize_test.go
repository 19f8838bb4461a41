package prosemodel

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

type span struct {
	Start, End int
	Text       string
}

func spans(toks []Token) []span {
	out := make([]span, len(toks))
	for i, t := range toks {
		out[i] = span{t.Start, t.End, t.Text}
	}
	return out
}

func TestTokenizeOffsets(t *testing.T) {
	m := model(t)
	long := strings.Repeat("x", 10000)
	cases := []struct {
		name string
		text string
		want []span // nil: only invariants + prose equivalence
	}{
		{"empty", "", []span{}},
		{"spaces only", " \t\n\u00a0 ", []span{}},
		{"curly apostrophe", "Musk’s", []span{{0, 4, "Musk"}, {4, 8, "'s"}}},
		{"curly double quotes", "“Hi,” she said", []span{{0, 3, `"`}, {3, 5, "Hi"}, {5, 6, ","}, {6, 9, `"`}, {10, 13, "she"}, {14, 18, "said"}}},
		{"single curly quotes", "‘quoted’ word", []span{{0, 9, "'quoted"}, {9, 12, "'"}, {13, 17, "word"}}},
		{"rsquo entity", "Musk&rsquo;s car", []span{{0, 4, "Musk"}, {4, 12, "'s"}, {13, 16, "car"}}},
		{"nbsp", "a\u00a0b \u00a0c", []span{{0, 1, "a"}, {3, 4, "b"}, {7, 8, "c"}}},
		{"tabs newlines", "one\ttwo\nthree\r\n four", []span{{0, 3, "one"}, {4, 7, "two"}, {8, 13, "three"}, {16, 20, "four"}}},
		{"emoji", "I ❤️ Go 🎉!", nil},
		{"cjk", "东京 is 日本の首都。", nil},
		{"invalid utf8", "ab\xff\xfe cd\xe2\x80 \xe2\x80\x99s x\xc3", nil},
		{"nul bytes", "a\x00b \x00 c\x00", nil},
		{"long token", long + " " + long + ".", []span{{0, 10000, long}, {10001, 20001, long}, {20001, 20002, "."}}},
		{"long suffix run", "x" + strings.Repeat(")", 5000), nil},
		{"long prefix run", strings.Repeat("(", 5000) + "x", nil},
		{"contractions", "Don't they'll I'm we're 's. Musk's.", nil},
		// prose drops the rest of a token from a contraction at its start.
		{"possessive before punctuation", "Musk's, X's.", []span{{0, 4, "Musk"}, {4, 6, "'s"}, {6, 7, ","}, {8, 9, "X"}, {9, 11, "'s"}, {11, 12, "."}}},
		{"quote before contraction letters", "‘Snapchat’ 'Spotify's 'most", []span{{0, 11, "'Snapchat"}, {11, 14, "'"}, {15, 23, "'Spotify"}, {23, 25, "'s"}, {26, 31, "'most"}}},
		{"negation at start", "n'tx (n't)", []span{{0, 4, "n'tx"}, {5, 6, "("}, {6, 9, "n't"}, {9, 10, ")"}}},
		{"emoticons", ":) :-) (ಠ_ಠ) ¯\\(ツ)/¯ U.S. Mr. e.g.", nil},
		{"prefixes suffixes", `$100 ("quoted") [x]! end.`, nil},
		{"mixed curly and rsquo", "“It’s&rsquo;s” ‘ok’", nil},
		{"lowercase length change", "İİİ's ẞx'll", nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			toks := m.Tokenize(tc.text, nil)
			checkOffsets(t, tc.text, toks)
			if tc.want != nil {
				if diff := cmp.Diff(tc.want, spans(toks)); diff != "" {
					t.Errorf("spans (-want +got):\n%s", diff)
				}
			}
			all, view, _ := proseView(tc.text)
			if diff := cmp.Diff(spans(toks), spans(all)); diff != "" {
				t.Errorf("tokenize with span info differs from Tokenize:\n%s", diff)
			}
			// prose's tokenizer is quadratic on huge tokens; too slow under -race.
			if !raceEnabled || len(tc.text) < 1000 {
				if pt, ok := proseTokens(tc.text); ok {
					if diff := cmp.Diff(pt, texts(view)); diff != "" && !(len(pt) == 0 && len(view) == 0) {
						t.Errorf("tokens differ from prose (-prose +ours):\n%s", diff)
					}
				}
			}
			// Tag and Classify must not panic on anything Tokenize returns.
			m.Tag(toks)
			m.Classify(toks)
			Chunks(toks, nil)
		})
	}
}

func FuzzTokenize(f *testing.F) {
	for _, s := range []string{"", "Musk’s car", "“Hi,” she said.", "a\u00a0b", "ab\xff\xfe", "Don't 's. x'll", ":-) U.S.", "$(\"x\")", "İ's", "a&rsquo;s", "\x00", "‘Snapchat’s, 'most"} {
		f.Add(s)
	}
	m := model(f)
	f.Fuzz(func(t *testing.T, text string) {
		toks := m.Tokenize(text, nil)
		checkOffsets(t, text, toks)
		all, view, _ := proseView(text)
		if diff := cmp.Diff(spans(toks), spans(all)); diff != "" {
			t.Errorf("tokenize with span info differs from Tokenize:\n%s", diff)
		}
		if pt, ok := proseTokens(text); ok {
			if diff := cmp.Diff(pt, texts(view)); diff != "" && !(len(pt) == 0 && len(view) == 0) {
				t.Errorf("tokens differ from prose (-prose +ours):\n%s", diff)
			}
		}
		m.Tag(toks)
		m.Classify(toks)
		Chunks(toks, nil)
	})
}

// TestConcurrent runs the pipeline on one Model from several goroutines
// (meaningful under -race) and checks results equal the sequential ones.
func TestConcurrent(t *testing.T) {
	m := model(t)
	run := func() [][]Token {
		var out [][]Token
		for _, text := range ownTexts {
			toks := m.Tokenize(text, nil)
			m.Tag(toks)
			m.Classify(toks)
			out = append(out, toks)
		}
		return out
	}
	want := run()
	errs := make(chan string, 4)
	for range 4 {
		go func() {
			if diff := cmp.Diff(want, run()); diff != "" {
				errs <- diff
				return
			}
			errs <- ""
		}()
	}
	for range 4 {
		if d := <-errs; d != "" {
			t.Errorf("concurrent result differs:\n%s", d)
		}
	}
}
