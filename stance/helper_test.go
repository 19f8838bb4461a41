package stance

import (
	"strings"
	"sync"
	"testing"

	"github.com/stancetag/stancetag/entities"
)

var (
	recOnce sync.Once
	recInst *entities.Recognizer
	recErr  error
)

// testRecognizer returns one Recognizer shared by the package's tests.
func testRecognizer(t testing.TB) *entities.Recognizer {
	t.Helper()
	recOnce.Do(func() { recInst, recErr = entities.NewRecognizer() })
	if recErr != nil {
		t.Fatal(recErr)
	}
	return recInst
}

// firstView recognizes text and returns the view of its first sentence,
// for tests of one sentence-level helper.
func firstView(t *testing.T, s *Scorer, text string) *sentView {
	t.Helper()
	_, v := firstDocView(t, s, text)
	return v
}

// firstDocView recognizes text and returns its document view and the view
// of its first sentence, for tests of a helper that needs both.
func firstDocView(t *testing.T, s *Scorer, text string) (*docView, *sentView) {
	t.Helper()
	return docViewAt(t, s, text, 0)
}

// docViewAt is firstDocView for sentence si.
func docViewAt(t *testing.T, s *Scorer, text string, si int) (*docView, *sentView) {
	t.Helper()
	doc, err := testRecognizer(t).Recognize(text)
	if err != nil {
		t.Fatal(err)
	}
	d := newDocView(doc)
	return d, d.sentence(si, s)
}

// wordIndex returns the first token of v that is w, or -1.
func wordIndex(v *sentView, w string) int {
	for k := 0; k < v.n; k++ {
		if v.low[k] == w {
			return k
		}
	}
	return -1
}

// wordCase is a text, a word of its first sentence and whether a helper
// holds at that word.
type wordCase struct {
	text, word string
	want       bool
}

// checkAtWord runs helper, named name in failures, at the word of each
// case in the first sentence of its text.
func checkAtWord(t *testing.T, name string, helper func(*sentView, int) bool, cases []wordCase) {
	t.Helper()
	s, err := NewScorer()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range cases {
		v := firstView(t, s, tc.text)
		k := wordIndex(v, tc.word)
		if k < 0 {
			t.Fatalf("%s: no %q", tc.text, tc.word)
		}
		if got := helper(v, k); got != tc.want {
			t.Errorf("%s: %s(%q) = %v, want %v", tc.text, name, tc.word, got, tc.want)
		}
	}
}

// inBatch reports whether an article's file name is in the batch named by
// prefix p: "dev4" takes dev4o_... but not dev40a_..., whose batch is
// dev40.
func inBatch(name, p string) bool {
	return strings.HasPrefix(name, p) && (len(name) == len(p) || name[len(p)] < '0' || name[len(p)] > '9')
}
