package entities

import "github.com/stancetag/stancetag/internal/prosemodel"

// proseAnnotator runs prose's tokenizer, tagger and NER (through
// internal/prosemodel) over one sentence at a time: prose labels a word by
// its context in the sentence, never by another occurrence elsewhere.
type proseAnnotator struct {
	m *prosemodel.Model
}

func loadAnnotator() (annotator, error) {
	m, err := prosemodel.Load()
	if err != nil {
		return nil, err
	}
	return proseAnnotator{m}, nil
}

func (a proseAnnotator) annotate(text string, s span, dst []rawToken) []rawToken {
	toks := a.m.Tokenize(text[s.start:s.end], nil)
	if len(toks) == 0 {
		return dst
	}
	a.m.Tag(toks)
	a.m.Classify(toks)
	for _, t := range toks {
		dst = append(dst, rawToken{start: s.start + t.Start, end: s.start + t.End, norm: t.Text, tag: t.Tag, label: t.Label})
	}
	return dst
}
