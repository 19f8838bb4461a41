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
