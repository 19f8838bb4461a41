package stance

import (
	"os"
	"strings"
	"testing"

	"github.com/stancetag/stancetag/entities"
)

// TestValence checks the calibrated valence component on sentences written
// for this test: a named (non-platform) target portrayed negatively or
// positively without a stance word attached to it, and plain reports.
func TestValence(t *testing.T) {
	s, err := NewScorer()
	if err != nil {
		t.Fatal(err)
	}
	m, _ := s.valence()
	if m == nil || len(m.w) == 0 {
		t.Fatal("no valence weights loaded")
	}
	if n := countWeights(m); n > 12000 || len(valenceData) > 512<<10 {
		t.Errorf("%d weights, %d bytes; the model should stay small", n, len(valenceData))
	}
	rec := testRecognizer(t)
	for _, c := range []struct {
		text, target string
		want         Label
	}{
		{"Prosecutors say Harlan Voss lied to investors and hid millions in losses from auditors.", "Harlan Voss", Criticizes},
		{"Mayor Delia Brant was arrested on bribery charges after a two-year corruption probe.", "Delia Brant", Criticizes},
		{"Residents cheered as Delia Brant opened the new children's hospital, a proud achievement for the city.", "Delia Brant", Endorses},
		// Plain reports, announced plans among them: "will" is no praise
		// (valSkip).
		{"Harlan Voss traveled to Ottawa on Tuesday for the meeting.", "Harlan Voss", Neutral},
		{"Harlan Voss will travel to Ottawa on Tuesday for the meeting.", "Harlan Voss", Neutral},
	} {
		doc, err := rec.Recognize(c.text, entities.Target{Name: c.target})
		if err != nil {
			t.Fatal(err)
		}
		got := Neutral
		for _, j := range s.Judge(doc) {
			if strings.EqualFold(j.Target, c.target) && j.Label != Neutral {
				got = j.Label
			}
		}
		if got != c.want {
			t.Errorf("%q toward %s: got %s, want %s", c.text, c.target, got, c.want)
		}
	}
}

// TestValenceTargetWords checks that a caller-named target is judged
// wherever its words occur: inside a longer name or a hyphenated word, and
// when the name the caller gives carries quotes or an apostrophe. A
// built-in platform is matched as before.
func TestValenceTargetWords(t *testing.T) {
	s, err := NewScorer()
	if err != nil {
		t.Fatal(err)
	}
	rec := testRecognizer(t)
	for _, c := range []struct {
		text, target, mention string
	}{
		{"He founded Fox News in 1996 and built it into a giant.", "Fox", "Fox"},
		{"The final Clinton-Trump vote margin was small.", "Clinton", "Clinton"},
		{"Donors to the Voss Foundation were never disclosed.", "Voss", "Voss"},
		{`"Voss is unfit for office," she said.`, `"Voss`, "Voss"},
		{"Sessions' aides declined to comment.", "Sessions'", "Sessions"},
		{"The mayor praised Delia Brant's plan.", "Delia Brant", "Delia Brant"},
		{"The Signal Hill Council met on Monday.", "Signal", ""},
	} {
		doc, err := rec.Recognize(c.text, entities.Target{Name: c.target})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, e := range doc.Entities {
			if e.Target && e.Name == c.target {
				for _, m := range e.Mentions {
					got = append(got, m.Text)
				}
			}
		}
		judged := false
		for _, j := range s.Judge(doc) {
			judged = judged || j.Target == c.target
		}
		if want := c.mention != ""; judged != want || want && (len(got) != 1 || got[0] != c.mention) {
			t.Errorf("%q toward %q: mentions %q, judged %v; want %q", c.text, c.target, got, judged, c.mention)
		}
	}
}

// TestValenceKeys checks that every key of data/valence.txt comes from a
// vocabulary defined apart from the calibration data: a '#' feature, a
// VADER, stance-lexicon or hand-listed word, a word of prose's tagger, or
// one of those as a neighbour of the target.
func TestValenceKeys(t *testing.T) {
	s, err := NewScorer()
	if err != nil {
		t.Fatal(err)
	}
	prose := proseVocab(t)
	for k := range s.val.w {
		w := k
		if i := strings.IndexByte(k, ':'); i >= 0 && (k[:i] == "prev" || k[:i] == "next") {
			w = k[i+1:]
		}
		if strings.HasPrefix(k, "#") || closedKey(w) || prose[w] {
			continue
		}
		t.Errorf("key %q is in no vocabulary", k)
	}
}

// TestValenceStems checks that inflections weigh as their base word.
func TestValenceStems(t *testing.T) {
	s, err := NewScorer()
	if err != nil {
		t.Fatal(err)
	}
	for w, want := range map[string]string{"accused": "accuse", "praises": "praise", "#bias": "#bias", "zzz": "zzz"} {
		if got := s.valStem(w); got != want {
			t.Errorf("valStem(%q) = %q, want %q", w, got, want)
		}
	}
}

// TestValencePlatforms checks that built-in platforms keep the rule score.
func TestValencePlatforms(t *testing.T) {
	s, _ := NewScorer()
	rules, _ := NewScorer()
	rules.val = nil // the rules alone
	doc, err := testRecognizer(t).Recognize("Scandal-hit Facebook lost millions of users after the fraud probe, and TikTok was fined.")
	if err != nil {
		t.Fatal(err)
	}
	a, b := s.Judge(doc), rules.Judge(doc)
	if len(a) == 0 || len(a) != len(b) {
		t.Fatalf("judgments %v vs %v", a, b)
	}
	for i := range a {
		if a[i].Score != b[i].Score || a[i].Label != b[i].Label {
			t.Errorf("%s: %v with the model, %v by the rules", a[i].Target, a[i].Score, b[i].Score)
		}
	}
}

// BenchmarkJudgeValence judges an article toward caller-named targets, which
// the valence model scores (sub-benchmark rules: the rules alone).
func BenchmarkJudgeValence(b *testing.B) {
	text, err := os.ReadFile("../testdata/articles/taliban_twitter.txt")
	if err != nil {
		b.Skip(err)
	}
	doc, err := testRecognizer(b).Recognize(string(text), entities.Target{Name: "Taliban"}, entities.Target{Name: "Haqqani"})
	if err != nil {
		b.Fatal(err)
	}
	for _, name := range []string{"model", "rules"} {
		b.Run(name, func(b *testing.B) {
			s, _ := NewScorer()
			if name == "rules" {
				s.val = nil // the rules alone
			}
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				s.Judge(doc)
			}
		})
	}
}
