package entities

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestSegmenter(t *testing.T) {
	seg := newSegmenter()
	tests := []struct {
		name, text string
		want       []string
		why        string
	}{
		{"simple", "Musk bought Twitter. He renamed it X.", []string{"Musk bought Twitter.", "He renamed it X."}, "period + space + capital"},
		{"titles", "Mr. Musk met Dr. Lee and Sen. Warren. They talked.", []string{"Mr. Musk met Dr. Lee and Sen. Warren.", "They talked."}, "titles never end a sentence"},
		{"abbrev mid", "The U.S. Senate and Acme Inc. agreed on Jan. 5 to talk.", []string{"The U.S. Senate and Acme Inc. agreed on Jan. 5 to talk."}, "abbreviations before names and dates"},
		{"abbrev end", "He moved to the U.S. The company followed.", []string{"He moved to the U.S.", "The company followed."}, "an abbreviation ends a sentence before an opener"},
		{"state dateline", "HARLAN FALLS, Pa. — The county banned WhatsApp.", []string{"HARLAN FALLS, Pa. — The county banned WhatsApp."}, "a state abbreviation in a dateline"},
		{"initials", "J. K. Rowling posted on X. She left later.", []string{"J. K. Rowling posted on X.", "She left later."}, "initials vs the letter X"},
		{"quotes", "“It is over,” she said. “Bye.” He left!", []string{"“It is over,” she said.", "“Bye.”", "He left!"}, "closing quotes belong to the sentence"},
		{"title line", "Brazil blocks X\n\nThe court ruled.\nNext line here.", []string{"Brazil blocks X", "The court ruled.", "Next line here."}, "blank lines and title lines"},
		{"headline no blank", "Taliban praise Twitter\nThe group said so.", []string{"Taliban praise Twitter", "The group said so."}, "a title line followed by a capital"},
		{"line break inside", "The company said\non Tuesday that it\twould stop.", []string{"The company said\non Tuesday that it\twould stop."}, "a line break inside a sentence"},
		{"question", "Why X? Because.", []string{"Why X?", "Because."}, "question mark"},
		{"trailing space", "  Hello there.  \n", []string{"Hello there."}, "white space outside spans"},
		{"no final period", "Musk posted on X", []string{"Musk posted on X"}, "text end"},
		{"ellipsis", "He waited... Then he left.", []string{"He waited...", "Then he left."}, "an ellipsis before a capital"},
		{"decimal", "It fell 3.5 percent. Shares rose.", []string{"It fell 3.5 percent.", "Shares rose."}, "no break inside numbers"},
		{"number before a name", "The median fell to $3.10. Reddit rose.", []string{"The median fell to $3.10.", "Reddit rose."}, "a number is no dotted abbreviation"},
		{"province dateline", "THUNDER BAY, Ont. — A rescue quit Facebook.", []string{"THUNDER BAY, Ont. — A rescue quit Facebook."}, "a Canadian province abbreviation in a dateline"},
		{"alderman", "Ald. Marisol Vega followed the group to Bluesky.", []string{"Ald. Marisol Vega followed the group to Bluesky."}, "a title"},
		{"pm before a name", "The meeting began at 7 p.m. Tricia Vandermeer spoke first.", []string{"The meeting began at 7 p.m.", "Tricia Vandermeer spoke first."}, "a.m. and p.m. end a sentence before a name"},
		{"pm before a quote", "She posted at 5:40 a.m. \"Fifty people read it,\" she said.", []string{"She posted at 5:40 a.m.", "\"Fifty people read it,\" she said."}, "and before a quotation"},
		{"pm before a day", "It starts at 7 p.m. Monday and 9 a.m. Eastern, until 9:40 p.m. Brasília time.", []string{"It starts at 7 p.m. Monday and 9 a.m. Eastern, until 9:40 p.m. Brasília time."}, "but not before a day, a time zone or 'X time'"},
		{"headline", "Signal, WhatsApp or Discord? We tried all three\n\nThe test ran. It ended.", []string{"Signal, WhatsApp or Discord? We tried all three", "The test ran.", "It ended."}, "a headline is one sentence"},
		{"headline with final punctuation", "Is X dead? We asked.\n\nThe test ran.", []string{"Is X dead?", "We asked.", "The test ran."}, "a first line that ends a sentence is split as any other"},
		{"wrapped first line", "Musk bought Twitter in 2022. He renamed it\nX a year later and left the board in\nJune. Sales fell by half in a year, and\nthe firm laid off most of its staff.", []string{"Musk bought Twitter in 2022.", "He renamed it\nX a year later and left the board in\nJune.", "Sales fell by half in a year, and\nthe firm laid off most of its staff."}, "the first line of hard-wrapped text is no headline"},
		{"first line alone", "I left X. Bluesky is better", []string{"I left X.", "Bluesky is better"}, "a first line with nothing after it is no headline"},
		{"quoted question then speaker", "“Is that even allowed?” Varga said. “Why?” asked Chief Inspector Lee Ho. He left.", []string{"“Is that even allowed?” Varga said.", "“Why?” asked Chief Inspector Lee Ho.", "He left."}, "a quoted question stays with its attribution"},
		{"quoted question then sentence", "“Is it over?” The crowd roared.", []string{"“Is it over?”", "The crowd roared."}, "but not with a new sentence"},
		{"short quotation", "The last post reads: “Same neighbours, new noticeboard. Find us on WhatsApp.” Then it closed.", []string{"The last post reads: “Same neighbours, new noticeboard. Find us on WhatsApp.”", "Then it closed."}, "a short quotation inside a sentence stays whole"},
		{"long quotation", "Dana writes: \"My son is 11 and says everyone in his class is on Discord and has been for years. Is it safe?\"", []string{"Dana writes: \"My son is 11 and says everyone in his class is on Discord and has been for years.", "Is it safe?\""}, "a long one is split into its sentences"},
		{"quotation opens the sentence", "“We left. It was time,” she said.", []string{"“We left.", "It was time,” she said."}, "a quotation that opens the sentence is split as before"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, s := range seg.split(tt.text, nil) {
				got = append(got, tt.text[s.start:s.end])
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%s (-want +got):\n%s", tt.why, diff)
			}
		})
	}
}

type panicAnnotator struct{}

func (panicAnnotator) annotate(string, span, []rawToken) []rawToken { panic("boom") }

type badAnnotator struct{}

func (badAnnotator) annotate(_ string, s span, dst []rawToken) []rawToken {
	return append(dst, rawToken{start: s.start, end: s.end + 100, norm: "x"})
}

func TestRecognizeRecoversModelFailures(t *testing.T) {
	for name, a := range map[string]annotator{"panic": panicAnnotator{}, "bad offsets": badAnnotator{}} {
		t.Run(name, func(t *testing.T) {
			r := &Recognizer{model: a, seg: newSegmenter(), lex: newLexicon(nil)}
			doc, err := r.Recognize("Musk bought Twitter.")
			if !errors.Is(err, ErrInternal) || doc != nil {
				t.Errorf("Recognize = %v, %v; want nil, ErrInternal", doc, err)
			}
		})
	}
}

// TestRegionNames checks that every abbreviation's full name is a place the
// lexicon knows by that name, so that a dateline's "Wash." joins the
// text's "Washington" (datelineRegion).
func TestRegionNames(t *testing.T) {
	lx := newLexicon(nil)
	for abbr, full := range regionNames {
		found := false
		for _, p := range lx.phrases[firstWordKey(full)] {
			if p.entry.typ == GPE && p.text == full {
				found = true
			}
		}
		if !found {
			t.Errorf("regionNames[%q] = %q, which the lexicon does not name", abbr, full)
		}
	}
}
