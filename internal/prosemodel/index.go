package prosemodel

import (
	"strconv"
	"strings"
)

// The hot path of Tag and Classify is finding feature strings in pIdx and
// nIdx: ~30 lookups in maps of 75k and 128k strings per token, most of them
// cache misses. index precomputes what it can so that a token costs about
// eight lookups instead:
//
//   - features whose value has few possible values (a tag, a history label,
//     a shape, a word length, the first byte) become slices indexed by a
//     small id;
//   - features whose value is a word become one table entry per word, found
//     once per token and shared by the positions that use it (word at i,
//     i-1, i+1, ...).
//
// The features and the order in which NER weights are summed are unchanged,
// so the results are bit-identical; tokens with tags outside the known set
// fall back to building the key.

// noFeat marks an absent feature in the precomputed indices.
const noFeat = -1

// pWordFeats are the perceptron features keyed on one normalized word.
type pWordFeats struct {
	w0, wm1, wm2, wp1, wp2 int32 // "i word", "i-1 word", "i-2 word", "i+1 word", "i+2 word"
}

// pSufFeats are the perceptron features keyed on a word's last three bytes.
type pSufFeats struct {
	s0, sm1, sp1 int32 // "i suffix", "i-1 suffix", "i+1 suffix"
}

// nLowFeats are the NER features keyed on one lower-cased word.
type nLowFeats struct {
	next, prev, lower int32 // "nextword", "prevword", "word.lower"
}

// nAffixFeats are the NER features keyed on three lower-cased bytes.
type nAffixFeats struct {
	prefix3, suffix3 int32
}

// nRawFeats are the NER features keyed on the word as it is.
type nRawFeats struct {
	word  int32 // "word"
	basic bool  // in prose's English word list
}

// index holds the precomputed lookups; built once by buildIndex, read-only.
type index struct {
	tagID               map[string]int32 // tag -> id: class indices first, then other tags
	tags                []string         // id -> tag
	nHist               int              // history ids: distinct m.hist values, then "None" and ""
	histID              []int32          // label index -> history id
	histNone, histEmpty int32

	pBias          int32
	pPref1         [256]int32
	pPrev1, pPrev2 []int32 // by tag id
	pPair          []int32 // [id1*len(tags)+id2]: "i tag+i-2 tag"
	pWordIdx       map[string]int32
	pWords         []pWordFeats // pWords[0] is "no feature"
	pSufIdx        map[string]int32
	pSufs          []pSufFeats   // pSufs[0] is "no feature"
	pCtx           [4]pWordFeats // -START-, -START2-, -END-, -END2-
	pCtxSuf        [4]pSufFeats

	nBias, nWordlistT, nWordlistF             int32
	nNextposNone, nNextwordNone               int32
	nPrevposNone, nPrevtagNone, nPrevwordNone int32
	nNextpos, nPos, nPrevpos                  []int32 // by tag id
	nPrevtag                                  []int32 // by history id
	nPosPrev                                  []int32 // [tagID*nHist+histID]
	nShape                                    [nShapes]int32
	nShapePrev                                []int32 // [shapeID*nHist+histID], shapeID up to nShapes (None)
	nWordlen                                  [64]int32
	nLowIdx                                   map[string]int32
	nLows                                     []nLowFeats
	nAffixIdx                                 map[string]int32
	nAffixes                                  []nAffixFeats
	nRawIdx                                   map[string]int32
	nRaws                                     []nRawFeats
}

func (m *Model) pLookup(k string) int32 {
	if f, ok := m.pIdx[k]; ok {
		return f
	}
	return noFeat
}

func (m *Model) nLookup(k string) int32 {
	if g, ok := m.nIdx[k]; ok {
		return g
	}
	return noFeat
}

// buildIndex fills m.ix from pIdx and nIdx.
func (m *Model) buildIndex() {
	ix := &m.ix
	ix.tagID = map[string]int32{}
	addTag := func(t string) {
		if _, ok := ix.tagID[t]; !ok {
			ix.tagID[t] = int32(len(ix.tags))
		}
		ix.tags = append(ix.tags, t) // class index == id, even for a repeated class
	}
	for _, c := range m.classes {
		addTag(c)
	}
	extra := []string{"-START-", "-START2-", "-", "SYM", "NN", "-NONE-"}
	for _, t := range m.tagDict {
		extra = append(extra, t)
	}
	for _, t := range extra {
		if _, ok := ix.tagID[t]; !ok {
			addTag(t)
		}
	}
	nt := len(ix.tags)

	// History values: what Classify records per label.
	histOf := map[string]int32{}
	ix.histID = make([]int32, len(m.hist))
	var hists []string
	for i, h := range m.hist {
		id, ok := histOf[h]
		if !ok {
			id = int32(len(hists))
			histOf[h] = id
			hists = append(hists, h)
		}
		ix.histID[i] = id
	}
	ix.histNone = int32(len(hists))
	hists = append(hists, "None")
	ix.histEmpty = int32(len(hists))
	hists = append(hists, "") // after a token whose scores were all NaN
	ix.nHist = len(hists)

	// Perceptron.
	ix.pBias = m.pLookup("bias")
	for b := range ix.pPref1 {
		ix.pPref1[b] = m.pLookup("i pref1 " + string(rune(b)))
	}
	ix.pPrev1 = make([]int32, nt)
	ix.pPrev2 = make([]int32, nt)
	ix.pPair = make([]int32, nt*nt)
	for i, t := range ix.tags {
		ix.pPrev1[i] = m.pLookup("i-1 tag " + t)
		ix.pPrev2[i] = m.pLookup("i-2 tag " + t)
		for j, u := range ix.tags {
			ix.pPair[i*nt+j] = m.pLookup("i tag+i-2 tag " + t + " " + u)
		}
	}
	ix.pWordIdx = map[string]int32{}
	ix.pWords = []pWordFeats{{noFeat, noFeat, noFeat, noFeat, noFeat}}
	ix.pSufIdx = map[string]int32{}
	ix.pSufs = []pSufFeats{{noFeat, noFeat, noFeat}}
	word := func(w string) *pWordFeats { return intern(ix.pWordIdx, &ix.pWords, w) }
	suf := func(w string) *pSufFeats { return intern(ix.pSufIdx, &ix.pSufs, w) }
	for k, f := range m.pIdx {
		switch {
		case strings.HasPrefix(k, "i word "):
			word(k[len("i word "):]).w0 = f
		case strings.HasPrefix(k, "i-1 word "):
			word(k[len("i-1 word "):]).wm1 = f
		case strings.HasPrefix(k, "i-2 word "):
			word(k[len("i-2 word "):]).wm2 = f
		case strings.HasPrefix(k, "i+1 word "):
			word(k[len("i+1 word "):]).wp1 = f
		case strings.HasPrefix(k, "i+2 word "):
			word(k[len("i+2 word "):]).wp2 = f
		case strings.HasPrefix(k, "i suffix "):
			suf(k[len("i suffix "):]).s0 = f
		case strings.HasPrefix(k, "i-1 suffix "):
			suf(k[len("i-1 suffix "):]).sm1 = f
		case strings.HasPrefix(k, "i+1 suffix "):
			suf(k[len("i+1 suffix "):]).sp1 = f
		}
	}
	for i, w := range [4][]byte{ctxStart, ctxStart2, ctxEnd, ctxEnd2} {
		ix.pCtx[i] = m.pWordFeatsOf(w)
		ix.pCtxSuf[i] = m.pSufFeatsOf(last3(w))
	}

	// NER.
	nv := func(f int, v string) int32 { return m.nLookup(featureOrder[f] + "-" + v) }
	ix.nBias = nv(fBias, "True")
	ix.nWordlistT, ix.nWordlistF = nv(fEnWordlist, "True"), nv(fEnWordlist, "False")
	ix.nNextposNone, ix.nNextwordNone = nv(fNextpos, "None"), nv(fNextword, "None")
	ix.nPrevposNone, ix.nPrevtagNone, ix.nPrevwordNone = nv(fPrevpos, "None"), nv(fPrevtag, "None"), nv(fPrevword, "None")
	ix.nNextpos = make([]int32, nt)
	ix.nPos = make([]int32, nt)
	ix.nPrevpos = make([]int32, nt)
	ix.nPosPrev = make([]int32, nt*ix.nHist)
	for i, t := range ix.tags {
		ix.nNextpos[i] = nv(fNextpos, strings.ToLower(t))
		ix.nPos[i] = nv(fPos, t)
		ix.nPrevpos[i] = nv(fPrevpos, t)
		for h, hv := range hists {
			ix.nPosPrev[i*ix.nHist+h] = nv(fPosPrevtag, t+"+"+hv)
		}
	}
	ix.nPrevtag = make([]int32, ix.nHist)
	for h, hv := range hists {
		ix.nPrevtag[h] = nv(fPrevtag, hv)
	}
	ix.nShapePrev = make([]int32, (nShapes+1)*ix.nHist)
	for sh := range nShapes + 1 {
		name := "None"
		if sh < nShapes {
			name = shapeNames[sh]
			ix.nShape[sh] = nv(fShape, name)
		}
		for h, hv := range hists {
			ix.nShapePrev[sh*ix.nHist+h] = nv(fShapePrevtag, name+"+"+hv)
		}
	}
	for n := range ix.nWordlen {
		ix.nWordlen[n] = nv(fWordlen, strconv.Itoa(n))
	}
	ix.nLowIdx = map[string]int32{}
	ix.nLows = []nLowFeats{{noFeat, noFeat, noFeat}}
	ix.nAffixIdx = map[string]int32{}
	ix.nAffixes = []nAffixFeats{{noFeat, noFeat}}
	ix.nRawIdx = map[string]int32{}
	ix.nRaws = []nRawFeats{{word: noFeat}}
	low := func(w string) *nLowFeats { return intern(ix.nLowIdx, &ix.nLows, w) }
	affix := func(w string) *nAffixFeats { return intern(ix.nAffixIdx, &ix.nAffixes, w) }
	raw := func(w string) *nRawFeats { return intern(ix.nRawIdx, &ix.nRaws, w) }
	for k, g := range m.nIdx {
		f, v, ok := strings.Cut(k, "-")
		if !ok {
			continue
		}
		switch f {
		case "nextword":
			low(v).next = g
		case "prevword":
			low(v).prev = g
		case "word.lower":
			low(v).lower = g
		case "prefix3":
			affix(v).prefix3 = g
		case "suffix3":
			affix(v).suffix3 = g
		case "word":
			raw(v).word = g
		}
	}
	for w := range m.basic {
		raw(w).basic = true
	}
}

func (m *Model) pWordFeatsOf(w []byte) pWordFeats {
	return m.ix.pWords[m.ix.pWordIdx[string(w)]] // absent: index 0, no features
}

func (m *Model) pSufFeatsOf(w []byte) pSufFeats {
	return m.ix.pSufs[m.ix.pSufIdx[string(w)]]
}

// tagIDOf returns the id of tag t, or -1 for a tag outside the model's set
// (a "-ABC-" word tagged as itself).
func (m *Model) tagIDOf(t string) int32 {
	if id, ok := m.ix.tagID[t]; ok {
		return id
	}
	return -1
}

// intern returns the entry of w in tab, appending a copy of tab[0] (the
// entry with no features) the first time w is seen. The pointer is valid
// until the next call appends.
func intern[T any](idx map[string]int32, tab *[]T, w string) *T {
	i, ok := idx[w]
	if !ok {
		i = int32(len(*tab))
		idx[w] = i
		*tab = append(*tab, (*tab)[0])
	}
	return &(*tab)[i]
}
