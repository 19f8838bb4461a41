// Package prosemodel reimplements the inference of github.com/jdkato/prose/v2
// v2.0.0 (tokenizer, averaged-perceptron POS tagger and maxent NER
// classifier) over prose's own model weights, with exact byte offsets, no
// shared-token bug, deterministic tie-breaking and a much faster hot path.
// The tokens are prose's except where prose loses text: a token that starts
// like a contraction ("'s.", "‘Snapchat") is kept rather than dropped.
//
// The algorithms and the model weights are prose's (MIT License, Copyright
// (c) 2017-2018 Joseph Kato; the perceptron tagger is a port of Matthew
// Honnibal's textblob-aptagger, MIT License). model.bin is a compact,
// lossless re-encoding of prose's model assets (read through prose.Asset by
// the generator in gen_test.go; regenerate with `go generate`).
package prosemodel

import (
	"fmt"
	"strings"
	"sync"
)

// Model holds the tagger and NER weights; it is immutable after Load and safe
// for concurrent use by multiple goroutines.
type Model struct {
	// Averaged perceptron (POS tagger).
	classes []string          // class names, in classes.gob order (tie-break order)
	tagDict map[string]string // prose's tagMap: unambiguous words -> tag
	pIdx    map[string]int32  // feature string -> feature index
	pOff    []int32           // entries of feature f are [pOff[f], pOff[f+1])
	pCls    []uint8           // class index per entry
	pW      []int32           // weight per entry, in thousandths

	// Maxent (NER).
	labels []string         // labels, in labels.gob order (tie-break order)
	hist   []string         // simplePOS(label) per label
	nIdx   map[string]int32 // "fname-fval" -> group index
	nOff   []int32          // entries of group g are [nOff[g], nOff[g+1])
	nLab   []uint8          // label index per entry
	nW     []float64        // weight per entry
	nUsed  [nFeat]bool      // whether any mapping key uses feature name i
	basic  map[string]struct{}

	ix index // precomputed lookups (index.go)

	pool sync.Pool // *scratch
}

// featureOrder is prose's maxent feature order (extract.go).
var featureOrder = [...]string{
	"bias", "en-wordlist", "nextpos", "nextword", "pos", "pos+prevtag",
	"prefix3", "prevpos", "prevtag", "prevword", "shape", "shape+prevtag",
	"suffix3", "word", "word+nextpos", "word.lower", "wordlen"}

const nFeat = len(featureOrder)

const (
	fBias = iota
	fEnWordlist
	fNextpos
	fNextword
	fPos
	fPosPrevtag
	fPrefix3
	fPrevpos
	fPrevtag
	fPrevword
	fShape
	fShapePrevtag
	fSuffix3
	fWord
	fWordNextpos
	fWordLower
	fWordlen
)

// Load builds the model from the compact copy of prose's weights embedded in
// this package (model.bin, generated from prose.Asset by `go generate`).
// Any panic during loading is returned as an error.
func Load() (m *Model, err error) {
	defer func() {
		if r := recover(); r != nil {
			m, err = nil, fmt.Errorf("prosemodel: load: panic: %v", r)
		}
	}()
	m = &Model{}
	if err := m.decode(embeddedModel); err != nil {
		return nil, err
	}
	m.buildIndex()
	m.pool.New = func() any { return new(scratch) }
	return m, nil
}

// simplePOS is prose's simplePOS: the history value recorded for a label.
func simplePOS(pos string) string {
	if strings.HasPrefix(pos, "V") {
		return "v"
	}
	if i := strings.IndexByte(pos, '-'); i >= 0 {
		return pos[:i]
	}
	return pos
}

// scratch holds per-call buffers, reused through Model.pool.
type scratch struct {
	key     []byte
	low     []byte
	low2    []byte
	norm    []byte
	normOff []int32
	hist    []string
	reps    []rep
	scores  []float64
	iscores []int32
	present []bool

	// Per-token features (see index.go).
	pw      []pWordFeats
	psuf    []pSufFeats
	psuf0   []int32
	nlow    []nLowFeats
	ntag    []int32
	nshape  []int32
	histIDs []int32
	affix   []byte
}

func (m *Model) getScratch() *scratch {
	if m == nil || m.pool.New == nil {
		return new(scratch)
	}
	return m.pool.Get().(*scratch)
}

func (m *Model) putScratch(s *scratch) {
	if m == nil || m.pool.New == nil {
		return
	}
	const maxKeep = 1 << 20
	if cap(s.norm) > maxKeep || cap(s.low) > maxKeep || cap(s.low2) > maxKeep || cap(s.key) > maxKeep ||
		cap(s.hist) > maxKeep || cap(s.normOff) > maxKeep || cap(s.reps) > maxKeep ||
		cap(s.pw) > maxKeep || cap(s.nlow) > maxKeep {
		return
	}
	m.pool.Put(s)
}
