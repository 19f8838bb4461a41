package entities

import (
	"sync"

	"github.com/stancetag/stancetag/internal/prosemodel"
)

// proseAnnotator runs prose's tokenizer, tagger and NER (through
// internal/prosemodel) over one sentence at a time: prose labels a word by
// its context in the sentence, never by another occurrence elsewhere.
type proseAnnotator struct {
	m    *prosemodel.Model
	toks *sync.Pool // *[]prosemodel.Token, reused across sentences and calls
}

func loadAnnotator() (annotator, error) {
	m, err := prosemodel.Load()
	if err != nil {
		return nil, err
	}
	return proseAnnotator{m: m, toks: &sync.Pool{New: func() any { return new([]prosemodel.Token) }}}, nil
}

func (a proseAnnotator) annotate(text string, s span, dst []rawToken) []rawToken {
	buf := a.toks.Get().(*[]prosemodel.Token)
	defer func() {
		if cap(*buf) <= 1<<16 { // keep a huge sentence's buffer from living on
			a.toks.Put(buf)
		}
	}()
	toks := a.m.Tokenize(text[s.start:s.end], (*buf)[:0])
	*buf = toks
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

// knows reports whether prose's tagger was trained on word (see
// prosemodel.Model.KnowsWord).
func (a proseAnnotator) knows(word string) bool { return a.m.KnowsWord(word) }
