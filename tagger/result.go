package tagger

import "github.com/stancetag/stancetag/stance"

// Result is the analysis of one document. json.Marshal of a Result produces
// the stable output contract documented in the README: all offsets are byte
// offsets into the input text, half-open, and empty lists marshal as [].
//
// A Result is a plain value that shares nothing with the Tagger; the caller
// owns it.
type Result struct {
	ID        string    `json:"id"`
	Sentences []Span    `json:"sentences"`
	Entities  []Entity  `json:"entities"`
	Stances   []Stance  `json:"stances"`
	Summary   []Summary `json:"summary"`
}

// Span is a sentence's byte span: text[Start:End].
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Entity is one distinct real-world entity named in the document.
type Entity struct {
	// Name is the canonical (longest, fullest) name.
	Name string `json:"name"`
	// Type is PERSON, ORG, PLATFORM, GPE, or another type a consumer may
	// ignore (LOC, …).
	Type string `json:"type"`
	// Aliases are the other names the entity goes by in this text.
	Aliases []string `json:"aliases"`
	// Mentions are every place the entity is named, in text order.
	Mentions []Mention `json:"mentions"`
}

// Mention is one place an entity is named; Text is text[Start:End].
type Mention struct {
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Text     string `json:"text"`
	Sentence int    `json:"sentence"` // index in Result.Sentences
}

// Stance is one sentence's attitude toward one target named in it. There is
// one for every (sentence, target) pair where the target is named, neutral
// ones included, in sentence order.
type Stance struct {
	Sentence int    `json:"sentence"` // index in Result.Sentences
	Target   string `json:"target"`   // the target entity's canonical name
	// Label is "endorses", "criticizes" or "neutral".
	Label string `json:"label"`
	// Score is in [-1, 1], positive for endorsement, rounded to 3 decimals.
	Score float64 `json:"score"`
	// Holder is the canonical name of the entity whose attitude it is, or ""
	// for the author's own voice or an unnamed group.
	Holder string `json:"holder"`
	// Cues are the words that carried the judgment.
	Cues []Cue `json:"cues"`
}

// Cue is a word that carried a judgment; Text is text[Start:End].
type Cue struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// Summary aggregates the stances of one holder toward one target over the
// whole document. There is one Summary per (Target, Holder) pair that has
// at least one stance record, sorted by Target, then Holder (byte order;
// the author's "" first).
//
// Sentences is the number of stance records of the pair, neutral ones
// included. Score is the mean score of its non-neutral records, rounded to
// 3 decimals, or 0 if all are neutral. Label follows the sign of Score:
// "endorses" if Score >= [SummaryThreshold], "criticizes" if
// Score <= -SummaryThreshold, else "neutral".
type Summary struct {
	Target    string  `json:"target"`
	Holder    string  `json:"holder"`
	Label     string  `json:"label"`
	Score     float64 `json:"score"`
	Sentences int     `json:"sentences"`
}

// SummaryThreshold is the smallest |Score| of a [Summary] that is labelled
// as a stance rather than neutral: the threshold the stance package uses for
// single sentences, [stance.Threshold]. Records for and against a target in
// similar strength cancel out to neutral.
const SummaryThreshold = stance.Threshold
