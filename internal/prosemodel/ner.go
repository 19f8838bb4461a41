package prosemodel

import (
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Classify sets Label on each token (Tag must be set), exactly as prose's
// entityExtracter.classify does over the same sequence. Ties between labels
// go to the first label in the model's label order.
func (m *Model) Classify(toks []Token) {
	if len(toks) == 0 {
		return
	}
	s := m.getScratch()
	defer m.putScratch(s)
	nl := len(m.labels)
	if cap(s.scores) < max(nl, len(m.classes)) {
		s.scores = make([]float64, max(nl, len(m.classes)))
		s.present = make([]bool, max(nl, len(m.classes)))
	}
	ix := &m.ix
	// Per token, once: the features keyed on its word, its tag id, its shape.
	s.nlow, s.ntag, s.nshape = s.nlow[:0], s.ntag[:0], s.nshape[:0]
	for i := range toks {
		s.low = appendLower(s.low[:0], toks[i].Text)
		s.nlow = append(s.nlow, ix.nLows[ix.nLowIdx[string(s.low)]])
		s.ntag = append(s.ntag, m.tagIDOf(toks[i].Tag))
		s.nshape = append(s.nshape, shapeID(toks[i].Text))
	}
	hist := s.hist[:0]
	hid := s.histIDs[:0]
	last := len(toks) - 1
	for i := range toks {
		tot := s.scores[:nl]
		clear(tot)
		word := toks[i].Text
		pos := toks[i].Tag
		tid := s.ntag[i]
		prevtag, prevHist := "None", ix.histNone
		if i > 0 {
			prevtag, prevHist = hist[i-1], hid[i-1]
		}
		prevShape := int32(nShapes) // "None"
		if i >= 2 {
			prevShape = s.nshape[i-1]
		}
		k := s.key[:0]
		lw := appendLower(s.low[:0], word) // word.lower
		var np []byte                      // nextpos
		if i == last {
			np = append(s.low2[:0], "None"...)
		} else {
			np = appendLower(s.low2[:0], toks[i+1].Tag)
		}
		raw := ix.nRaws[ix.nRawIdx[word]]

		// Features in prose's featureOrder.
		m.nerAdd(tot, ix.nBias)
		if raw.basic {
			m.nerAdd(tot, ix.nWordlistT)
		} else {
			m.nerAdd(tot, ix.nWordlistF)
		}
		switch {
		case i == last:
			m.nerAdd(tot, ix.nNextposNone)
		case s.ntag[i+1] >= 0:
			m.nerAdd(tot, ix.nNextpos[s.ntag[i+1]])
		default:
			k = m.nerBytes(tot, k, fNextpos, np)
		}
		if i == last {
			m.nerAdd(tot, ix.nNextwordNone)
		} else {
			m.nerAdd(tot, s.nlow[i+1].next)
		}
		if tid >= 0 {
			m.nerAdd(tot, ix.nPos[tid])
			m.nerAdd(tot, ix.nPosPrev[int(tid)*ix.nHist+int(prevHist)])
		} else {
			k = m.nerVal(tot, k, fPos, pos)
			if m.nUsed[fPosPrevtag] {
				k = append(append(append(m.nerPrefix(k, fPosPrevtag), pos...), '+'), prevtag...)
				k = m.nerKey(tot, k)
			}
		}
		m.nerAdd(tot, m.nerAffix(s, word[:min(len(word), 3)]).prefix3)
		if i == 0 {
			m.nerAdd(tot, ix.nPrevposNone)
			m.nerAdd(tot, ix.nPrevtagNone)
			m.nerAdd(tot, ix.nPrevwordNone)
		} else {
			if ptid := s.ntag[i-1]; ptid >= 0 {
				m.nerAdd(tot, ix.nPrevpos[ptid])
			} else {
				k = m.nerVal(tot, k, fPrevpos, toks[i-1].Tag)
			}
			m.nerAdd(tot, ix.nPrevtag[prevHist])
			m.nerAdd(tot, s.nlow[i-1].prev)
		}
		m.nerAdd(tot, ix.nShape[s.nshape[i]])
		m.nerAdd(tot, ix.nShapePrev[int(prevShape)*ix.nHist+int(prevHist)])
		m.nerAdd(tot, m.nerAffix(s, word[len(word)-min(len(word), 3):]).suffix3)
		m.nerAdd(tot, raw.word)
		if m.nUsed[fWordNextpos] {
			k = append(append(append(m.nerPrefix(k, fWordNextpos), lw...), '+'), np...)
			k = m.nerKey(tot, k)
		}
		m.nerAdd(tot, s.nlow[i].lower)
		if len(word) < len(ix.nWordlen) {
			m.nerAdd(tot, ix.nWordlen[len(word)])
		} else if m.nUsed[fWordlen] {
			k = m.nerKey(tot, strconv.AppendInt(m.nerPrefix(k, fWordlen), int64(len(word)), 10))
		}
		s.key, s.low, s.low2 = k[:0], lw[:0], np[:0]

		best, li := math.Inf(-1), -1
		for l := range nl {
			if tot[l] > best {
				best, li = tot[l], l
			}
		}
		if li < 0 { // all -Inf or NaN: prose's max returns ""
			toks[i].Label = ""
			hist = append(hist, "")
			hid = append(hid, ix.histEmpty)
		} else {
			toks[i].Label = m.labels[li]
			hist = append(hist, m.hist[li])
			hid = append(hid, ix.histID[li])
		}
	}
	clear(hist)
	s.hist = hist[:0]
	s.histIDs = hid[:0]
}

// nerAffix returns the prefix3/suffix3 features of lower(b).
func (m *Model) nerAffix(s *scratch, b string) nAffixFeats {
	s.affix = appendLower(s.affix[:0], b)
	return m.ix.nAffixes[m.ix.nAffixIdx[string(s.affix)]]
}

// nerAdd adds the weights of group g (noFeat: none) to tot.
func (m *Model) nerAdd(tot []float64, g int32) {
	if g < 0 {
		return
	}
	lo, hi := m.nOff[g], m.nOff[g+1]
	labs, ws := m.nLab[lo:hi], m.nW[lo:hi]
	for j, l := range labs {
		tot[l] += ws[j]
	}
}

func (m *Model) nerPrefix(k []byte, f int) []byte {
	return append(append(k[:0], featureOrder[f]...), '-')
}

// nerKey adds the weights of the "fname-fval" key k to tot and returns k.
func (m *Model) nerKey(tot []float64, k []byte) []byte {
	if g, ok := m.nIdx[string(k)]; ok {
		m.nerAdd(tot, g)
	}
	return k
}

func (m *Model) nerVal(tot []float64, k []byte, f int, v string) []byte {
	if !m.nUsed[f] {
		return k
	}
	return m.nerKey(tot, append(m.nerPrefix(k, f), v...))
}

func (m *Model) nerBytes(tot []float64, k []byte, f int, v []byte) []byte {
	if !m.nUsed[f] {
		return k
	}
	return m.nerKey(tot, append(m.nerPrefix(k, f), v...))
}

// Shapes, as prose's shape names them.
const (
	shapeNumber = iota
	shapeOther
	shapePunct
	shapeDowncase
	shapeUpcase
	shapeMixedcase
	nShapes
)

var shapeNames = [nShapes]string{"number", "other", "punct", "downcase", "upcase", "mixedcase"}

// shapeID is prose's shape(word) without regexps: `\W+$` matches iff the last
// byte is not an ASCII word byte (a trailing non-ASCII byte always belongs to
// a non-ASCII rune or RuneError, both \W), and `\w+$` matches otherwise.
func shapeID(w string) int32 {
	if isNumeric(w) {
		return shapeNumber
	}
	if w == "" {
		return shapeOther
	}
	if !isWordByte(w[len(w)-1]) {
		return shapePunct
	}
	if lowerIsSame(w) {
		return shapeDowncase
	}
	if titleIsSame(w) {
		return shapeUpcase
	}
	return shapeMixedcase
}

// isNumeric is strconv.ParseFloat(s, 64) == nil, calling ParseFloat (which
// allocates on error) only when it can succeed: it needs a digit unless s is
// an optionally signed inf/infinity/nan.
func isNumeric(s string) bool {
	ok := strings.ContainsAny(s, "0123456789")
	if !ok {
		t := s
		if t != "" && (t[0] == '+' || t[0] == '-') {
			t = t[1:]
		}
		ok = strings.EqualFold(t, "inf") || strings.EqualFold(t, "infinity") || strings.EqualFold(t, "nan")
	}
	if !ok {
		return false
	}
	_, err := strconv.ParseFloat(s, 64)
	return err == nil
}

// lowerIsSame is strings.ToLower(w) == w.
func lowerIsSame(w string) bool {
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			if isUpper(c) {
				return false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(w[i:])
		if r == utf8.RuneError && size == 1 {
			return false
		}
		if unicode.ToLower(r) != r {
			return false
		}
		i += size
	}
	return true
}

// titleIsSame is strings.Title(w) == w.
func titleIsSame(w string) bool {
	prev := ' '
	for i := 0; i < len(w); {
		r, size := utf8.DecodeRuneInString(w[i:])
		if r == utf8.RuneError && size == 1 {
			return false
		}
		if isSeparator(prev) && unicode.ToTitle(r) != r {
			return false
		}
		prev = r
		i += size
	}
	return true
}

// isSeparator is strings.isSeparator (used by strings.Title).
func isSeparator(r rune) bool {
	if r <= 0x7F {
		switch {
		case '0' <= r && r <= '9':
			return false
		case 'a' <= r && r <= 'z':
			return false
		case 'A' <= r && r <= 'Z':
			return false
		case r == '_':
			return false
		}
		return true
	}
	if unicode.IsLetter(r) || unicode.IsDigit(r) {
		return false
	}
	return unicode.IsSpace(r)
}
