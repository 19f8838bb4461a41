package prosemodel

import (
	"bytes"
	"encoding/binary"
	"encoding/gob"
	"flag"
	"fmt"
	"math"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"

	prose "github.com/jdkato/prose/v2"
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

// loadFromProse decodes prose's gob model assets and builds the lookup
// tables; it is what model.bin is generated from.
func loadFromProse() (m *Model, err error) {
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

// encodeModel writes m in the model.bin format, in a canonical order (keys
// sorted, entries by class/label index) so the output is reproducible.
func encodeModel(m *Model) []byte {
	var b []byte
	u8 := func(v byte) { b = append(b, v) }
	u32 := func(v int) { b = binary.LittleEndian.AppendUint32(b, uint32(v)) }
	str := func(s string) { u32(len(s)); b = append(b, s...) }
	strs := func(ss []string) {
		u32(len(ss))
		for _, s := range ss {
			str(s)
		}
	}
	sortedKeys := func(idx map[string]int32) []string {
		keys := make([]string, 0, len(idx))
		for k := range idx {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		return keys
	}
	b = append(b, modelMagic...)
	strs(m.classes)
	tk := make([]string, 0, len(m.tagDict))
	for k := range m.tagDict {
		tk = append(tk, k)
	}
	slices.Sort(tk)
	u32(len(tk))
	for _, k := range tk {
		str(k)
		str(m.tagDict[k])
	}
	type ent struct {
		c uint8
		w uint64
	}
	group := func(lo, hi int32, cls []uint8, w func(int32) uint64) []ent {
		es := make([]ent, 0, hi-lo)
		for j := lo; j < hi; j++ {
			es = append(es, ent{cls[j], w(j)})
		}
		slices.SortFunc(es, func(a, b ent) int { return int(a.c) - int(b.c) })
		return es
	}
	keys := sortedKeys(m.pIdx)
	u32(len(keys))
	u32(len(m.pCls))
	for _, k := range keys {
		f := m.pIdx[k]
		str(k)
		es := group(m.pOff[f], m.pOff[f+1], m.pCls, func(j int32) uint64 { return uint64(uint32(m.pW[j])) })
		u8(byte(len(es)))
		for _, e := range es {
			u8(e.c)
		}
		for _, e := range es {
			u32(int(e.w))
		}
	}
	strs(m.labels)
	words := make([]string, 0, len(m.basic))
	for w := range m.basic {
		words = append(words, w)
	}
	slices.Sort(words)
	strs(words)
	for _, u := range m.nUsed {
		if u {
			u8(1)
		} else {
			u8(0)
		}
	}
	keys = sortedKeys(m.nIdx)
	u32(len(keys))
	u32(len(m.nLab))
	for _, k := range keys {
		g := m.nIdx[k]
		str(k)
		es := group(m.nOff[g], m.nOff[g+1], m.nLab, func(j int32) uint64 { return math.Float64bits(m.nW[j]) })
		u8(byte(len(es)))
		for _, e := range es {
			u8(e.c)
		}
		for _, e := range es {
			b = binary.LittleEndian.AppendUint64(b, e.w)
		}
	}
	return b
}

var update = flag.Bool("update", false, "regenerate model.bin from prose's assets")

// TestEmbeddedModel checks that model.bin is exactly what prose's assets
// produce (run with -update, or `go generate`, to rewrite it).
func TestEmbeddedModel(t *testing.T) {
	if raceEnabled && !*update {
		t.Skip("data-file check; gob decoding is slow under -race and has no concurrency")
	}
	pm, err := loadFromProse()
	if err != nil {
		t.Fatal(err)
	}
	want := encodeModel(pm)
	if *update {
		if err := os.WriteFile("model.bin", want, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("wrote model.bin (%d bytes)", len(want))
		return
	}
	if !bytes.Equal([]byte(embeddedModel), want) {
		t.Fatalf("model.bin (%d bytes) is stale: prose's assets encode to %d bytes; run go generate", len(embeddedModel), len(want))
	}
	// Round trip: the decoded model re-encodes identically.
	var m Model
	if err := m.decode(embeddedModel); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(encodeModel(&m), want) {
		t.Fatal("decode/encode round trip differs")
	}
}
