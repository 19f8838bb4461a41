package stance

import (
	"os"
	"strings"
	"testing"

	"github.com/stancetag/stancetag/entities"
)

// longPhrase is one stretch of a run-on sentence without punctuation, dense
// in targets, cues, pronouns, reporting verbs and comparisons; repeated, it
// makes the longest sentences the entities package passes on as one (or
// longer, when a caller builds the Document itself).
const longPhrase = "the union said Bluesky was far better than X and he urged members to use Signal instead of WhatsApp " +
	"and critics slammed TikTok for its data practices according to Meta its app keeps users safe and the group praised Threads "

// longSentenceDoc analyses reps copies of longPhrase and merges the result
// into one sentence (the Recognizer itself cuts run-on sentences at 200
// tokens; Judge must not depend on that).
func longSentenceDoc(t testing.TB, reps int) *entities.Document {
	t.Helper()
	doc, err := testRecognizer(t).Recognize(strings.Repeat(longPhrase, reps))
	if err != nil {
		t.Fatal(err)
	}
	doc.Sentences = []entities.Sentence{{Start: 0, End: len(doc.Text), TokenStart: 0, TokenEnd: len(doc.Tokens)}}
	for i := range doc.Tokens {
		doc.Tokens[i].Sentence = 0
	}
	for ei := range doc.Entities {
		for mi := range doc.Entities[ei].Mentions {
			doc.Entities[ei].Mentions[mi].Sentence = 0
		}
	}
	return doc
}

// repeatDoc returns n copies of doc one after another as one Document,
// shifting the offsets instead of analysing the longer text again; each
// entity's mentions in every copy stay one entity.
func repeatDoc(doc *entities.Document, n int) *entities.Document {
	out := &entities.Document{Text: strings.Repeat(doc.Text, n)}
	out.Entities = make([]entities.Entity, len(doc.Entities))
	for ei, e := range doc.Entities {
		e.Mentions = nil
		out.Entities[ei] = e
	}
	for c := 0; c < n; c++ {
		b, nt, ns := c*len(doc.Text), c*len(doc.Tokens), c*len(doc.Sentences)
		for _, s := range doc.Sentences {
			s.Start, s.End, s.TokenStart, s.TokenEnd = s.Start+b, s.End+b, s.TokenStart+nt, s.TokenEnd+nt
			out.Sentences = append(out.Sentences, s)
		}
		for _, tk := range doc.Tokens {
			tk.Start, tk.End, tk.Sentence = tk.Start+b, tk.End+b, tk.Sentence+ns
			out.Tokens = append(out.Tokens, tk)
		}
		for ei, e := range doc.Entities {
			for _, m := range e.Mentions {
				m.Start, m.End, m.Sentence = m.Start+b, m.End+b, m.Sentence+ns
				m.TokenStart, m.TokenEnd = m.TokenStart+nt, m.TokenEnd+nt
				out.Entities[ei].Mentions = append(out.Entities[ei].Mentions, m)
			}
		}
	}
	return out
}

// manyMentionsDoc is an article repeated until its entities have about
// mentions mentions in all.
func manyMentionsDoc(t testing.TB, mentions int) *entities.Document {
	t.Helper()
	text, err := os.ReadFile("../testdata/articles/dev2_cleveland_hospital_tiktok.txt")
	if err != nil {
		t.Skip(err)
	}
	doc, err := testRecognizer(t).Recognize(string(text))
	if err != nil {
		t.Fatal(err)
	}
	per := 0
	for _, e := range doc.Entities {
		per += len(e.Mentions)
	}
	return repeatDoc(doc, max(1, mentions/max(per, 1)))
}

// TestJudgeLarge judges a long single sentence and a document with many
// mentions at small sizes (the benchmarks below run the large ones): the
// invariants hold, and every copy of a repeated article after the first is
// judged alike.
func TestJudgeLarge(t *testing.T) {
	s, err := NewScorer()
	if err != nil {
		t.Fatal(err)
	}
	long := longSentenceDoc(t, 8)
	js := s.Judge(long)
	checkInvariants(t, long, js)
	if len(long.Tokens) < 300 {
		t.Errorf("long sentence has %d tokens", len(long.Tokens))
	}
	nonNeutral := 0
	for _, j := range js {
		if j.Label != Neutral {
			nonNeutral++
		}
	}
	if nonNeutral == 0 {
		t.Errorf("no stance found in the long sentence: %+v", js)
	}

	one := manyMentionsDoc(t, 0)
	per := len(s.Judge(one))
	many := repeatDoc(one, 4)
	js = s.Judge(many)
	checkInvariants(t, many, js)
	if len(js) != 4*per {
		t.Fatalf("%d judgments for 4 copies of %d", len(js), per)
	}
	ns := len(one.Sentences)
	for c := 2; c < 4; c++ {
		for k := 0; k < per; k++ {
			a, b := js[per+k], js[c*per+k]
			if a.Sentence+(c-1)*ns != b.Sentence || a.Target != b.Target || a.Label != b.Label || a.Score != b.Score || a.Holder != b.Holder {
				t.Errorf("copy %d differs: %+v vs %+v", c, a, b)
			}
		}
	}
}

// BenchmarkJudgeLongSentence judges one run-on sentence of about 3,000
// tokens.
func BenchmarkJudgeLongSentence(b *testing.B) {
	doc := longSentenceDoc(b, 75)
	s, _ := NewScorer()
	for b.Loop() {
		s.Judge(doc)
	}
	b.ReportMetric(float64(len(doc.Tokens)), "tokens")
}

// BenchmarkJudgeManyMentions judges an article repeated until it has about
// 20,000 entity mentions.
func BenchmarkJudgeManyMentions(b *testing.B) {
	doc := manyMentionsDoc(b, 20000)
	s, _ := NewScorer()
	n := 0
	for _, e := range doc.Entities {
		n += len(e.Mentions)
	}
	for b.Loop() {
		s.Judge(doc)
	}
	b.ReportMetric(float64(n), "mentions")
}
