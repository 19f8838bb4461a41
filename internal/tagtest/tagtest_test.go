package tagtest_test

import (
	"strings"
	"testing"

	"github.com/stancetag/stancetag/internal/tagtest"
	"github.com/stancetag/stancetag/tagger"
)

const text = "Musk praised Twitter. Twitter is fine."

// valid is a Result for text that keeps every promise.
func valid() *tagger.Result {
	return &tagger.Result{
		Sentences: []tagger.Span{{Start: 0, End: 21}, {Start: 22, End: 38}},
		Entities: []tagger.Entity{
			{Name: "Musk", Type: "PERSON", Aliases: []string{}, Mentions: []tagger.Mention{{Start: 0, End: 4, Text: "Musk", Sentence: 0}}},
			{Name: "Twitter", Type: "PLATFORM", Aliases: []string{}, Mentions: []tagger.Mention{
				{Start: 13, End: 20, Text: "Twitter", Sentence: 0}, {Start: 22, End: 29, Text: "Twitter", Sentence: 1}}},
		},
		Stances: []tagger.Stance{
			{Sentence: 0, Target: "Twitter", Label: "endorses", Score: 0.6, Holder: "Musk", Cues: []tagger.Cue{{Start: 5, End: 12, Text: "praised"}}},
			{Sentence: 1, Target: "Twitter", Label: "neutral", Score: 0, Holder: "", Cues: []tagger.Cue{}},
		},
		Summary: []tagger.Summary{
			{Target: "Twitter", Holder: "", Label: "neutral", Score: 0, Sentences: 1},
			{Target: "Twitter", Holder: "Musk", Label: "endorses", Score: 0.6, Sentences: 1},
		},
	}
}

func TestCheck(t *testing.T) {
	if err := tagtest.Check(text, valid()); err != nil {
		t.Fatalf("Check(valid) = %v", err)
	}
	tests := []struct {
		name    string
		breakIt func(r *tagger.Result)
		want    string // in the error
	}{
		{"nil list", func(r *tagger.Result) { r.Summary = nil }, "nil list"},
		{"sentence outside", func(r *tagger.Result) { r.Sentences[1].End = 99 }, "outside the text"},
		{"sentences overlap", func(r *tagger.Result) { r.Sentences[1].Start = 20 }, "starts before"},
		{"empty sentence", func(r *tagger.Result) { r.Sentences[1].End = 22 }, "is empty"},
		{"mention text", func(r *tagger.Result) { r.Entities[0].Mentions[0].Text = "Elon" }, "Text \"Elon\""},
		{"mention sentence", func(r *tagger.Result) { r.Entities[0].Mentions[0].Sentence = 2 }, "sentence 2 of 2"},
		{"mention outside its sentence", func(r *tagger.Result) { r.Entities[1].Mentions[1].Sentence = 0 }, "outside its sentence"},
		{"stance sentence", func(r *tagger.Result) { r.Stances[1].Sentence = -1 }, "sentence -1 of 2"},
		{"stance target not named there", func(r *tagger.Result) { r.Stances[0].Target = "Facebook" }, "not an entity named"},
		{"label", func(r *tagger.Result) { r.Stances[0].Label = "likes" }, "label \"likes\""},
		{"score", func(r *tagger.Result) { r.Stances[0].Score = 1.5 }, "score 1.5"},
		{"holder", func(r *tagger.Result) { r.Stances[0].Holder = "Nobody" }, "holder"},
		{"cue", func(r *tagger.Result) { r.Stances[0].Cues[0].End = 13 }, "cue"},
		{"summary order", func(r *tagger.Result) { r.Summary[0], r.Summary[1] = r.Summary[1], r.Summary[0] }, "not after"},
		{"summary count", func(r *tagger.Result) { r.Summary[1].Sentences = 2 }, "counts 2 records"},
		{"summary missing", func(r *tagger.Result) { r.Summary = r.Summary[:1] }, "no summary"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := valid()
			tt.breakIt(r)
			err := tagtest.Check(text, r)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Check = %v, want an error with %q", err, tt.want)
			}
		})
	}
	if err := tagtest.Check(text, nil); err == nil {
		t.Error("Check(nil) = nil")
	}
}
