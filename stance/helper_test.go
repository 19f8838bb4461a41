package stance

import (
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
	doc, err := testRecognizer(t).Recognize(text)
	if err != nil {
		t.Fatal(err)
	}
	d := newDocView(doc)
	return d, d.sentence(0, s)
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

// TestVerbless checks which word of a sentence with no finite verb is
// retagged as its verb.
func TestVerbless(t *testing.T) {
	checkAtWord(t, "isVerb", (*sentView).isVerb, []wordCase{
		{"Orford rowing co-operative moves its boat bookings from a Facebook group to a Spond channel", "moves", true},
		{"Orford camera club names Flickr as top home of members' prints", "names", true},
		{"Orford sailing club moves race results off Facebook and onto Vimeo", "moves", true},
		// A finite verb elsewhere leaves the tags alone.
		{"Orford rowing co-operative moves its boat bookings to Spond, says Ida Lund", "moves", false},
		// A plural noun after a determiner.
		{"In praise of the ferries its owners keep on Vimeo", "ferries", false},
		// A plural subject before its verb.
		{"Orford congregations trade Facebook for Vimeo and the phone tree for Spond", "congregations", false},
		// No object after it.
		{"Orford ferry notices: a Vimeo channel, its owners and the tides", "notices", false},
		{"Ida Lund perhaps the best scout on Flickr", "perhaps", false},
		{"Orford sailing club boat the star of a Vimeo film", "boat", false},
		{"Orford sailing club moves results off Facebook and onto Vimeo", "moves", true},
		{"Orford rowing co-operative moves the boat bookings from a Facebook group to a Spond channel", "moves", true},
		{"Now Vimeo pays my rent", "pays", true},
		{"Now Mum pays my rent", "pays", true},
		{"Orford choir texts Flickr its complaints", "texts", true},
	})
}

// TestVerblessTags checks verbless on tags set by hand, as prose sometimes
// gives them: a name tagged a plural noun ("Threads/NNS", "Teams/NNS") or
// a verb, and a second plural noun before an object.
func TestVerblessTags(t *testing.T) {
	s, err := NewScorer()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		text string
		tags map[string]string
		word string
		want string
	}{
		// A name is never the verb.
		{"Orford school Teams a hit with its pupils", map[string]string{"teams": "NNS"}, "teams", "NNS"},
		// A name may stand before the verb whatever its tag.
		{"Now Vimeo pays my rent", map[string]string{"vimeo": "VB", "pays": "NNS"}, "pays", "VBZ"},
		// Only the first word is the verb.
		{"Orford sailing club moves its race results a day earlier on Vimeo", map[string]string{"moves": "NNS"}, "results", "NNS"},
	} {
		v := firstView(t, s, tc.text)
		for w, tag := range tc.tags {
			v.tag[wordIndex(v, w)] = tag
		}
		v.verbless()
		if got := v.tag[wordIndex(v, tc.word)]; got != tc.want {
			t.Errorf("%s: %q tagged %s, want %s", tc.text, tc.word, got, tc.want)
		}
	}
}
