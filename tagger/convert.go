package tagger

import (
	"cmp"
	"fmt"
	"math"
	"slices"

	"github.com/stancetag/stancetag/entities"
	"github.com/stancetag/stancetag/stance"
)

func emptyResult(id string) *Result {
	return &Result{
		ID:        id,
		Sentences: []Span{},
		Entities:  []Entity{},
		Stances:   []Stance{},
		Summary:   []Summary{},
	}
}

// newResult converts the packages' output into a Result. It checks every
// span against text and takes span texts from text itself, so whatever
// happens below, the Result's offsets are exact or the error wraps
// ErrInternal.
func newResult(id, text string, doc *entities.Document, js []stance.Judgment) (*Result, error) {
	res := emptyResult(id)
	res.Sentences = make([]Span, 0, len(doc.Sentences))
	for i, s := range doc.Sentences {
		if err := checkSpan(text, s.Start, s.End); err != nil {
			return nil, fmt.Errorf("%w: sentence %d: %v", ErrInternal, i, err)
		}
		res.Sentences = append(res.Sentences, Span{Start: s.Start, End: s.End})
	}
	n := len(res.Sentences)

	res.Entities = make([]Entity, 0, len(doc.Entities))
	for _, e := range doc.Entities {
		ent := Entity{
			Name:     e.Name,
			Type:     string(e.Type),
			Aliases:  append([]string{}, e.Aliases...),
			Mentions: make([]Mention, 0, len(e.Mentions)),
		}
		for _, m := range e.Mentions {
			if err := checkSpan(text, m.Start, m.End); err != nil {
				return nil, fmt.Errorf("%w: mention of %q: %v", ErrInternal, e.Name, err)
			}
			if m.Sentence < 0 || m.Sentence >= n {
				return nil, fmt.Errorf("%w: mention of %q in sentence %d of %d", ErrInternal, e.Name, m.Sentence, n)
			}
			ent.Mentions = append(ent.Mentions, Mention{
				Start: m.Start, End: m.End, Text: text[m.Start:m.End], Sentence: m.Sentence,
			})
		}
		res.Entities = append(res.Entities, ent)
	}

	res.Stances = make([]Stance, 0, len(js))
	for _, j := range js {
		if j.Sentence < 0 || j.Sentence >= n {
			return nil, fmt.Errorf("%w: stance toward %q in sentence %d of %d", ErrInternal, j.Target, j.Sentence, n)
		}
		st := Stance{
			Sentence: j.Sentence,
			Target:   j.Target,
			Label:    string(j.Label),
			Score:    round3(j.Score),
			Holder:   j.Holder,
			Cues:     make([]Cue, 0, len(j.Cues)),
		}
		if st.Label == "" {
			st.Label = string(stance.Neutral)
		}
		for _, c := range j.Cues {
			if err := checkSpan(text, c.Start, c.End); err != nil {
				return nil, fmt.Errorf("%w: cue toward %q: %v", ErrInternal, j.Target, err)
			}
			st.Cues = append(st.Cues, Cue{Start: c.Start, End: c.End, Text: text[c.Start:c.End]})
		}
		res.Stances = append(res.Stances, st)
	}
	// Judge promises sentence order; a stable sort makes sure of it without
	// reordering the targets within a sentence.
	slices.SortStableFunc(res.Stances, func(a, b Stance) int { return cmp.Compare(a.Sentence, b.Sentence) })

	res.Summary = summarize(res.Stances)
	return res, nil
}

func summarize(stances []Stance) []Summary {
	type key struct{ target, holder string }
	type acc struct {
		records, scored int
		sum             float64
	}
	accs := map[key]*acc{}
	for _, s := range stances {
		k := key{s.Target, s.Holder}
		a := accs[k]
		if a == nil {
			a = &acc{}
			accs[k] = a
		}
		a.records++
		if s.Label != string(stance.Neutral) {
			a.scored++
			a.sum += s.Score
		}
	}
	out := make([]Summary, 0, len(accs))
	for k, a := range accs {
		var score float64
		if a.scored > 0 {
			score = round3(a.sum / float64(a.scored))
		}
		out = append(out, Summary{
			Target:    k.target,
			Holder:    k.holder,
			Label:     string(summaryLabel(score)),
			Score:     score,
			Sentences: a.records,
		})
	}
	slices.SortFunc(out, func(a, b Summary) int {
		return cmp.Or(cmp.Compare(a.Target, b.Target), cmp.Compare(a.Holder, b.Holder))
	})
	return out
}

func summaryLabel(score float64) stance.Label {
	switch {
	case score >= SummaryThreshold:
		return stance.Endorses
	case score <= -SummaryThreshold:
		return stance.Criticizes
	}
	return stance.Neutral
}

// round3 rounds to 3 decimals, maps NaN to 0 (JSON cannot carry it), clamps
// to [-1, 1], and never returns -0 (which JSON would print as "-0").
func round3(x float64) float64 {
	if math.IsNaN(x) {
		return 0
	}
	x = math.Round(max(-1, min(1, x))*1000) / 1000
	if x == 0 {
		return 0
	}
	return x
}

func checkSpan(text string, start, end int) error {
	if start < 0 || start > end || end > len(text) {
		return fmt.Errorf("span [%d:%d] outside text of %d bytes", start, end, len(text))
	}
	return nil
}
