// Package prosemodel reimplements the inference of github.com/jdkato/prose/v2
// v2.0.0 (tokenizer, averaged-perceptron POS tagger and maxent NER
// classifier) over prose's own model weights, with exact byte offsets, no
// shared-token bug, deterministic tie-breaking and a much faster hot path.
//
// The algorithms and the model weights are prose's (MIT License, Copyright
// (c) 2017-2018 Joseph Kato; the perceptron tagger is a port of Matthew
// Honnibal's textblob-aptagger, MIT License). The weights are read from
// prose's embedded assets through prose.Asset.
package prosemodel

import (
	"bytes"
	"encoding/gob"
	"fmt"
	"math"
	"strings"
	"sync"

	prose "github.com/jdkato/prose/v2"
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

func decodeAsset(name string, v any) error {
	b, err := prose.Asset(name)
	if err != nil {
		return fmt.Errorf("prosemodel: asset %s: %w", name, err)
	}
	if err := gob.NewDecoder(bytes.NewReader(b)).Decode(v); err != nil {
		return fmt.Errorf("prosemodel: decode %s: %w", name, err)
	}
	return nil
}

// Load decodes prose's embedded model assets and builds the lookup tables.
// Any panic during loading is returned as an error.
func Load() (m *Model, err error) {
	defer func() {
		if r := recover(); r != nil {
			m, err = nil, fmt.Errorf("prosemodel: load: panic: %v", r)
		}
	}()
	m = &Model{}
	var wg sync.WaitGroup
	var errP, errN error
	wg.Add(2)
	go func() {
		defer wg.Done()
		defer func() {
			if r := recover(); r != nil {
				errP = fmt.Errorf("prosemodel: load tagger: panic: %v", r)
			}
		}()
		errP = m.loadPerceptron()
	}()
	go func() {
		defer wg.Done()
		defer func() {
			if r := recover(); r != nil {
				errN = fmt.Errorf("prosemodel: load ner: panic: %v", r)
			}
		}()
		errN = m.loadMaxent()
	}()
	wg.Wait()
	if errP != nil {
		return nil, errP
	}
	if errN != nil {
		return nil, errN
	}
	m.pool.New = func() any { return new(scratch) }
	return m, nil
}

func (m *Model) loadPerceptron() error {
	var classes []string
	var tags map[string]string
	var wts map[string]map[string]float64
	if err := decodeAsset("model/AveragedPerceptron/classes.gob", &classes); err != nil {
		return err
	}
	if err := decodeAsset("model/AveragedPerceptron/tags.gob", &tags); err != nil {
		return err
	}
	if err := decodeAsset("model/AveragedPerceptron/weights.gob", &wts); err != nil {
		return err
	}
	if len(classes) == 0 || len(classes) > 255 {
		return fmt.Errorf("prosemodel: %d tagger classes", len(classes))
	}
	clsIdx := make(map[string]uint8, len(classes))
	for i, c := range classes {
		if _, dup := clsIdx[c]; !dup {
			clsIdx[c] = uint8(i)
		}
	}
	keyBytes, nEnt := 0, 0
	for k, ws := range wts {
		keyBytes += len(k)
		nEnt += len(ws)
	}
	var arena strings.Builder
	arena.Grow(keyBytes)
	m.pIdx = make(map[string]int32, len(wts))
	m.pOff = make([]int32, 0, len(wts)+1)
	m.pCls = make([]uint8, 0, nEnt)
	m.pW = make([]int32, 0, nEnt)
	type kv struct {
		off, n int
		ws     map[string]float64
	}
	feats := make([]kv, 0, len(wts))
	for k, ws := range wts {
		feats = append(feats, kv{arena.Len(), len(k), ws})
		arena.WriteString(k)
	}
	all := arena.String()
	for _, f := range feats {
		m.pIdx[all[f.off:f.off+f.n]] = int32(len(m.pOff))
		m.pOff = append(m.pOff, int32(len(m.pCls)))
		for c, w := range f.ws {
			ci, ok := clsIdx[c]
			if !ok {
				return fmt.Errorf("prosemodel: tagger weight for unknown class %q", c)
			}
			// prose's weights are averaged and rounded to 3 decimals;
			// integer thousandths make the sums exact.
			wi := math.Round(w * 1000)
			if math.Abs(wi-w*1000) > 1e-6 || math.Abs(wi) > 1<<26 {
				return fmt.Errorf("prosemodel: tagger weight %v is not a multiple of 0.001", w)
			}
			m.pCls = append(m.pCls, ci)
			m.pW = append(m.pW, int32(wi))
		}
	}
	m.pOff = append(m.pOff, int32(len(m.pCls)))
	m.classes = classes
	m.tagDict = tags
	return nil
}

func (m *Model) loadMaxent() error {
	var mapping map[string]int
	var weights []float64
	var labels, words []string
	if err := decodeAsset("model/Maxent/mapping.gob", &mapping); err != nil {
		return err
	}
	if err := decodeAsset("model/Maxent/weights.gob", &weights); err != nil {
		return err
	}
	if err := decodeAsset("model/Maxent/labels.gob", &labels); err != nil {
		return err
	}
	if err := decodeAsset("model/Maxent/words.gob", &words); err != nil {
		return err
	}
	if len(labels) == 0 || len(labels) > 255 {
		return fmt.Errorf("prosemodel: %d NER labels", len(labels))
	}
	m.labels = labels
	m.hist = make([]string, len(labels))
	for i, l := range labels {
		m.hist[i] = simplePOS(l)
	}
	m.basic = make(map[string]struct{}, len(words))
	for _, w := range words {
		m.basic[w] = struct{}{}
	}

	// prose looks up fname+"-"+fval+"-"+label for every label. Invert that:
	// for each mapping key and each label it can end with, record
	// (fname-fval) -> (label, weight).
	type ent struct {
		g   int32
		lab uint8
		w   float64
	}
	groups := make(map[string]int32, len(mapping))
	var gkeys []string
	ents := make([]ent, 0, len(mapping))
	for k, v := range mapping {
		fi := -1
		for i, fn := range featureOrder {
			if len(k) > len(fn) && k[len(fn)] == '-' && k[:len(fn)] == fn {
				fi = i
				break
			}
		}
		if fi < 0 {
			continue // can never be looked up by prose
		}
		if v < 0 || v >= len(weights) {
			return fmt.Errorf("prosemodel: NER mapping %q -> %d out of range", k, v)
		}
		for li, l := range labels {
			if len(k) < len(featureOrder[fi])+1+1+len(l) || !strings.HasSuffix(k, l) || k[len(k)-len(l)-1] != '-' {
				continue
			}
			gk := k[:len(k)-len(l)-1]
			g, ok := groups[gk]
			if !ok {
				g = int32(len(gkeys))
				groups[gk] = g
				gkeys = append(gkeys, gk)
			}
			ents = append(ents, ent{g, uint8(li), weights[v]})
			m.nUsed[fi] = true
		}
	}
	// Copy group keys into one arena so the decoded mapping can be freed.
	keyBytes := 0
	for _, k := range gkeys {
		keyBytes += len(k)
	}
	var arena strings.Builder
	arena.Grow(keyBytes)
	for _, k := range gkeys {
		arena.WriteString(k)
	}
	all := arena.String()
	m.nIdx = make(map[string]int32, len(gkeys))
	off := 0
	for g, k := range gkeys {
		m.nIdx[all[off:off+len(k)]] = int32(g)
		off += len(k)
	}
	// Counting sort of entries by group.
	m.nOff = make([]int32, len(gkeys)+1)
	for _, e := range ents {
		m.nOff[e.g+1]++
	}
	for g := 1; g < len(m.nOff); g++ {
		m.nOff[g] += m.nOff[g-1]
	}
	fill := make([]int32, len(gkeys))
	copy(fill, m.nOff[:len(gkeys)])
	m.nLab = make([]uint8, len(ents))
	m.nW = make([]float64, len(ents))
	for _, e := range ents {
		p := fill[e.g]
		fill[e.g]++
		m.nLab[p] = e.lab
		m.nW[p] = e.w
	}
	return nil
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
		cap(s.hist) > maxKeep || cap(s.normOff) > maxKeep || cap(s.reps) > maxKeep {
		return
	}
	m.pool.Put(s)
}
