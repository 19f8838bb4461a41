package prosemodel

import (
	_ "embed"
	"encoding/binary"
	"fmt"
	"math"
	"strings"
)

//go:generate go test -run TestEmbeddedModel -update .

// embeddedModel is model.bin: prose v2.0.0's tagger and NER weights in the
// layout of Model (see encodeModel in gen_test.go). Map keys are substrings
// of it, so they live in read-only data rather than on the heap.
//
//go:embed model.bin
var embeddedModel string

const modelMagic = "prosemodel/1\n"

type reader struct {
	s   string
	off int
}

func (r *reader) u8() byte {
	b := r.s[r.off]
	r.off++
	return b
}

func (r *reader) u32() int {
	v := binary.LittleEndian.Uint32([]byte(r.s[r.off : r.off+4]))
	r.off += 4
	return int(v)
}

func (r *reader) u64() uint64 {
	v := binary.LittleEndian.Uint64([]byte(r.s[r.off : r.off+8]))
	r.off += 8
	return v
}

func (r *reader) str() string {
	n := r.u32()
	s := r.s[r.off : r.off+n]
	r.off += n
	return s
}

func (r *reader) strs() []string {
	out := make([]string, r.u32())
	for i := range out {
		out[i] = r.str()
	}
	return out
}

// decode fills m from the model.bin encoding; malformed input panics (Load
// recovers it).
func (m *Model) decode(data string) error {
	if !strings.HasPrefix(data, modelMagic) {
		return fmt.Errorf("prosemodel: model.bin: bad magic")
	}
	r := &reader{s: data, off: len(modelMagic)}
	m.classes = r.strs()
	if len(m.classes) == 0 || len(m.classes) > 255 {
		return fmt.Errorf("prosemodel: %d tagger classes", len(m.classes))
	}
	n := r.u32()
	m.tagDict = make(map[string]string, n)
	for range n {
		k := r.str()
		m.tagDict[k] = r.str()
	}

	nf, nEnt := r.u32(), r.u32()
	m.pIdx = make(map[string]int32, nf)
	m.pOff = make([]int32, 0, nf+1)
	m.pCls = make([]uint8, 0, nEnt)
	m.pW = make([]int32, 0, nEnt)
	for f := range nf {
		m.pIdx[r.str()] = int32(f)
		m.pOff = append(m.pOff, int32(len(m.pCls)))
		k := int(r.u8())
		for range k {
			c := r.u8()
			if int(c) >= len(m.classes) {
				return fmt.Errorf("prosemodel: model.bin: class %d out of range", c)
			}
			m.pCls = append(m.pCls, c)
		}
		for range k {
			m.pW = append(m.pW, int32(uint32(r.u32())))
		}
	}
	m.pOff = append(m.pOff, int32(len(m.pCls)))

	m.labels = r.strs()
	if len(m.labels) == 0 || len(m.labels) > 255 {
		return fmt.Errorf("prosemodel: %d NER labels", len(m.labels))
	}
	m.hist = make([]string, len(m.labels))
	for i, l := range m.labels {
		m.hist[i] = simplePOS(l)
	}
	words := r.strs()
	m.basic = make(map[string]struct{}, len(words))
	for _, w := range words {
		m.basic[w] = struct{}{}
	}
	for i := range m.nUsed {
		m.nUsed[i] = r.u8() != 0
	}
	ng, nEnt := r.u32(), r.u32()
	m.nIdx = make(map[string]int32, ng)
	m.nOff = make([]int32, 0, ng+1)
	m.nLab = make([]uint8, 0, nEnt)
	m.nW = make([]float64, 0, nEnt)
	for g := range ng {
		m.nIdx[r.str()] = int32(g)
		m.nOff = append(m.nOff, int32(len(m.nLab)))
		k := int(r.u8())
		for range k {
			l := r.u8()
			if int(l) >= len(m.labels) {
				return fmt.Errorf("prosemodel: model.bin: label %d out of range", l)
			}
			m.nLab = append(m.nLab, l)
		}
		for range k {
			m.nW = append(m.nW, math.Float64frombits(r.u64()))
		}
	}
	m.nOff = append(m.nOff, int32(len(m.nLab)))
	if r.off != len(data) {
		return fmt.Errorf("prosemodel: model.bin: %d trailing bytes", len(data)-r.off)
	}
	return nil
}
