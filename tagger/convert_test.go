package tagger

import (
	"context"
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stancetag/stancetag/entities"
	"github.com/stancetag/stancetag/stance"
)

// convertText has two sentences: [0:26] and [27:59].
const convertText = "Haqqani says Twitter wins. Facebook is awful, said Haqqani."

func convertDoc() *entities.Document {
	return &entities.Document{
		Text:      convertText,
		Sentences: []entities.Sentence{{Start: 0, End: 26}, {Start: 27, End: 59}},
		Entities: []entities.Entity{
			{Name: "Anas Haqqani", Type: entities.Person, Mentions: []entities.Mention{
				{Start: 0, End: 7, Text: "Haqqani", Sentence: 0}, {Start: 51, End: 58, Text: "Haqqani", Sentence: 1}}},
			{Name: "Twitter", Type: entities.Platform, Aliases: []string{}, Target: true, Mentions: []entities.Mention{
				{Start: 13, End: 20, Text: "Twitter", Sentence: 0}}},
			{Name: "Facebook", Type: entities.Platform, Target: true, Mentions: []entities.Mention{
				{Start: 27, End: 35, Text: "Facebook", Sentence: 1}}},
		},
	}
}

func TestNewResult(t *testing.T) {
	js := []stance.Judgment{
		{Sentence: 1, Target: "Facebook", Label: stance.Criticizes, Score: -0.66666, Holder: "Anas Haqqani",
			Cues: []stance.Cue{{Start: 39, End: 44, Text: "awful"}}},
		{Sentence: 0, Target: "Twitter", Label: stance.Endorses, Score: 0.5004, Holder: "Anas Haqqani",
			Cues: []stance.Cue{{Start: 21, End: 25, Text: "wins"}}},
	}
	got, err := newResult("doc", convertText, convertDoc(), js)
	if err != nil {
		t.Fatal(err)
	}
	want := &Result{
		ID:        "doc",
		Sentences: []Span{{0, 26}, {27, 59}},
		Entities: []Entity{
			{Name: "Anas Haqqani", Type: "PERSON", Aliases: []string{}, Mentions: []Mention{{0, 7, "Haqqani", 0}, {51, 58, "Haqqani", 1}}},
			{Name: "Twitter", Type: "PLATFORM", Aliases: []string{}, Mentions: []Mention{{13, 20, "Twitter", 0}}},
			{Name: "Facebook", Type: "PLATFORM", Aliases: []string{}, Mentions: []Mention{{27, 35, "Facebook", 1}}},
		},
		Stances: []Stance{
			{Sentence: 0, Target: "Twitter", Label: "endorses", Score: 0.5, Holder: "Anas Haqqani", Cues: []Cue{{21, 25, "wins"}}},
			{Sentence: 1, Target: "Facebook", Label: "criticizes", Score: -0.667, Holder: "Anas Haqqani", Cues: []Cue{{39, 44, "awful"}}},
		},
		Summary: []Summary{
			{Target: "Facebook", Holder: "Anas Haqqani", Label: "criticizes", Score: -0.667, Sentences: 1},
			{Target: "Twitter", Holder: "Anas Haqqani", Label: "endorses", Score: 0.5, Sentences: 1},
		},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("newResult mismatch (-want +got):\n%s", diff)
	}
}

// TestNewResultRejectsBadSpans makes sure a bug below cannot produce a
// Result whose offsets are wrong: it becomes an ErrInternal error.
func TestNewResultRejectsBadSpans(t *testing.T) {
	tests := []struct {
		name    string
		breakIt func(*entities.Document, []stance.Judgment)
	}{
		{"sentence past the end", func(d *entities.Document, _ []stance.Judgment) { d.Sentences[1].End = 99 }},
		{"reversed sentence", func(d *entities.Document, _ []stance.Judgment) { d.Sentences[0].Start = 30 }},
		{"negative mention", func(d *entities.Document, _ []stance.Judgment) { d.Entities[0].Mentions[0].Start = -1 }},
		{"mention in no sentence", func(d *entities.Document, _ []stance.Judgment) { d.Entities[1].Mentions[0].Sentence = 2 }},
		{"stance in no sentence", func(_ *entities.Document, js []stance.Judgment) { js[0].Sentence = -1 }},
		{"cue past the end", func(_ *entities.Document, js []stance.Judgment) { js[0].Cues[0].End = 1000 }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := convertDoc()
			js := []stance.Judgment{{Sentence: 0, Target: "Twitter", Label: stance.Neutral,
				Cues: []stance.Cue{{Start: 21, End: 25, Text: "wins"}}}}
			tt.breakIt(doc, js)
			if _, err := newResult("", convertText, doc, js); !errors.Is(err, ErrInternal) {
				t.Errorf("newResult error = %v, want ErrInternal", err)
			}
		})
	}
}

func TestSummarize(t *testing.T) {
	st := func(target, holder, label string, score float64) Stance {
		return Stance{Target: target, Holder: holder, Label: label, Score: score}
	}
	tests := []struct {
		name    string
		stances []Stance
		want    []Summary
	}{
		{"none", nil, []Summary{}},
		{"neutral only scores 0", []Stance{st("X", "", "neutral", 0), st("X", "", "neutral", 0.01)},
			[]Summary{{Target: "X", Holder: "", Label: "neutral", Score: 0, Sentences: 2}}},
		{"mean of non-neutral records", []Stance{st("X", "A", "endorses", 0.8), st("X", "A", "neutral", 0), st("X", "A", "endorses", 0.4)},
			[]Summary{{Target: "X", Holder: "A", Label: "endorses", Score: 0.6, Sentences: 3}}},
		{"mixed cancels to neutral", []Stance{st("X", "A", "endorses", 0.5), st("X", "A", "criticizes", -0.48)},
			[]Summary{{Target: "X", Holder: "A", Label: "neutral", Score: 0.01, Sentences: 2}}},
		{"threshold is inclusive", []Stance{st("X", "A", "criticizes", -SummaryThreshold)},
			[]Summary{{Target: "X", Holder: "A", Label: "criticizes", Score: -SummaryThreshold, Sentences: 1}}},
		{"below the threshold is neutral", []Stance{st("X", "A", "endorses", 0.5), st("X", "A", "criticizes", -0.11)},
			[]Summary{{Target: "X", Holder: "A", Label: "neutral", Score: 0.195, Sentences: 2}}}, // with stance.Threshold 0.2
		{"sorted by target then holder", []Stance{st("Y", "B", "neutral", 0), st("X", "B", "neutral", 0), st("Y", "", "neutral", 0), st("X", "A", "neutral", 0)},
			[]Summary{
				{Target: "X", Holder: "A", Label: "neutral", Sentences: 1},
				{Target: "X", Holder: "B", Label: "neutral", Sentences: 1},
				{Target: "Y", Holder: "", Label: "neutral", Sentences: 1},
				{Target: "Y", Holder: "B", Label: "neutral", Sentences: 1},
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, summarize(tt.stances)); diff != "" {
				t.Errorf("summarize mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestRound3(t *testing.T) {
	nan := 0.0
	nan = nan / nan
	tests := []struct {
		name    string
		in, out float64
	}{
		{"rounds half away from zero", 0.1235, 0.124},
		{"negative", -0.66666, -0.667},
		{"negative zero becomes zero", -0.0001, 0},
		{"clamped high", 1.7, 1},
		{"clamped low", -3, -1},
		{"NaN becomes 0", nan, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := round3(tt.in)
			if got != tt.out || (got == 0 && 1/got < 0) {
				t.Errorf("round3(%v) = %v, want %v", tt.in, got, tt.out)
			}
		})
	}
}

// TestPanicBecomesError: a panic below Tag comes back as ErrInternal.
func TestPanicBecomesError(t *testing.T) {
	err := protect("testing", func() error {
		var m map[string]int
		m["boom"]++
		return nil
	})
	if !errors.Is(err, ErrInternal) {
		t.Fatalf("protect(panicking func) = %v, want ErrInternal", err)
	}
	if err := protect("testing", func() error { return nil }); err != nil {
		t.Errorf("protect(fine func) = %v", err)
	}
}

// TestZeroTagger: a Tagger not made by New fails with an error, not a
// panic, in every entry point.
func TestZeroTagger(t *testing.T) {
	for name, tg := range map[string]*Tagger{"nil": nil, "zero": {}} {
		t.Run(name, func(t *testing.T) {
			res, err := tg.Tag(context.Background(), "Twitter is fine.")
			if !errors.Is(err, ErrInternal) || res != nil {
				t.Errorf("Tag = %v, %v; want ErrInternal", res, err)
			}
			outs, err := tg.TagAll(context.Background(), []Input{{ID: "a", Text: "x y"}, {ID: "b", Text: "z"}})
			if err != nil {
				t.Fatalf("TagAll: %v", err)
			}
			for _, o := range outs {
				if !errors.Is(o.Err, ErrInternal) {
					t.Errorf("TagAll output %d: %v, want ErrInternal", o.Index, o.Err)
				}
			}
		})
	}
}
