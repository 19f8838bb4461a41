package tagger_test

import (
	"context"
	"sync"
	"testing"

	"github.com/stancetag/stancetag/tagger"
)

var (
	sharedOnce   sync.Once
	sharedTagger *tagger.Tagger
	sharedErr    error
)

// shared returns one default Tagger for the tests that need no options:
// loading the models once keeps the tests fast.
func shared(t testing.TB) *tagger.Tagger {
	t.Helper()
	sharedOnce.Do(func() { sharedTagger, sharedErr = tagger.New() })
	if sharedErr != nil {
		t.Fatalf("New: %v", sharedErr)
	}
	return sharedTagger
}

// checkResult checks the promises of the contract on res, the result for
// text: lists are never nil, every span lies in text and its Text is
// text[Start:End], and every sentence index is valid.
func checkResult(t testing.TB, text string, res *tagger.Result) {
	t.Helper()
	if res == nil {
		t.Fatal("nil Result")
	}
	if res.Sentences == nil || res.Entities == nil || res.Stances == nil || res.Summary == nil {
		t.Errorf("nil list in %+v", res)
	}
	span := func(what string, start, end int) bool {
		if start < 0 || start > end || end > len(text) {
			t.Errorf("%s [%d:%d] outside text of %d bytes", what, start, end, len(text))
			return false
		}
		return true
	}
	for i, s := range res.Sentences {
		span("sentence", s.Start, s.End)
		if i > 0 && s.Start < res.Sentences[i-1].End {
			t.Errorf("sentence %d [%d:%d] overlaps the one before", i, s.Start, s.End)
		}
	}
	sentence := func(what string, i int) {
		if i < 0 || i >= len(res.Sentences) {
			t.Errorf("%s: sentence %d of %d", what, i, len(res.Sentences))
		}
	}
	for _, e := range res.Entities {
		if e.Aliases == nil || e.Mentions == nil {
			t.Errorf("entity %q: nil list", e.Name)
		}
		for _, m := range e.Mentions {
			if span("mention of "+e.Name, m.Start, m.End) && text[m.Start:m.End] != m.Text {
				t.Errorf("mention of %q: text[%d:%d] = %q, Text %q", e.Name, m.Start, m.End, text[m.Start:m.End], m.Text)
			}
			sentence("mention of "+e.Name, m.Sentence)
		}
	}
	for _, s := range res.Stances {
		sentence("stance toward "+s.Target, s.Sentence)
		if s.Cues == nil {
			t.Errorf("stance toward %q: nil cues", s.Target)
		}
		if s.Score < -1 || s.Score > 1 {
			t.Errorf("stance toward %q: score %v", s.Target, s.Score)
		}
		switch s.Label {
		case "endorses", "criticizes", "neutral":
		default:
			t.Errorf("stance toward %q: label %q", s.Target, s.Label)
		}
		for _, c := range s.Cues {
			if span("cue", c.Start, c.End) && text[c.Start:c.End] != c.Text {
				t.Errorf("cue: text[%d:%d] = %q, Text %q", c.Start, c.End, text[c.Start:c.End], c.Text)
			}
		}
	}
}

// ctxBackground is context.Background, named for brevity in tables.
var ctxBackground = context.Background()
