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
	hist := s.hist[:0]
	last := len(toks) - 1
	for i := range toks {
		tot := s.scores[:nl]
		clear(tot)
		word := toks[i].Text
		pos := toks[i].Tag
		prevtag, prevShape := "None", "None"
		if i > 0 {
			prevtag = hist[i-1]
		}
		if i >= 2 {
			prevShape = shape(toks[i-1].Text)
		}
		k := s.key[:0]
		lw := appendLower(s.low[:0], word) // word.lower
		var np []byte                      // nextpos
		if i == last {
			np = append(s.low2[:0], "None"...)
		} else {
			np = appendLower(s.low2[:0], toks[i+1].Tag)
		}

		// Features in prose's featureOrder.
		k = m.nerVal(tot, k, fBias, "True")
		if _, ok := m.basic[word]; ok {
			k = m.nerVal(tot, k, fEnWordlist, "True")
		} else {
			k = m.nerVal(tot, k, fEnWordlist, "False")
		}
		k = m.nerBytes(tot, k, fNextpos, np)
		if m.nUsed[fNextword] {
			if i == last {
				k = m.nerVal(tot, k, fNextword, "None")
			} else {
				k = m.nerKey(tot, appendLower(m.nerPrefix(k, fNextword), toks[i+1].Text))
			}
		}
		k = m.nerVal(tot, k, fPos, pos)
		if m.nUsed[fPosPrevtag] {
			k = append(append(append(m.nerPrefix(k, fPosPrevtag), pos...), '+'), prevtag...)
			k = m.nerKey(tot, k)
		}
		if m.nUsed[fPrefix3] {
			k = m.nerKey(tot, appendLower(m.nerPrefix(k, fPrefix3), word[:min(len(word), 3)]))
		}
		if i == 0 {
			k = m.nerVal(tot, k, fPrevpos, "None")
			k = m.nerVal(tot, k, fPrevtag, "None")
			k = m.nerVal(tot, k, fPrevword, "None")
		} else {
			k = m.nerVal(tot, k, fPrevpos, toks[i-1].Tag)
			k = m.nerVal(tot, k, fPrevtag, prevtag)
			if m.nUsed[fPrevword] {
				k = m.nerKey(tot, appendLower(m.nerPrefix(k, fPrevword), toks[i-1].Text))
			}
		}
		k = m.nerVal(tot, k, fShape, shape(word))
		if m.nUsed[fShapePrevtag] {
			k = append(append(append(m.nerPrefix(k, fShapePrevtag), prevShape...), '+'), prevtag...)
			k = m.nerKey(tot, k)
		}
		if m.nUsed[fSuffix3] {
			k = m.nerKey(tot, appendLower(m.nerPrefix(k, fSuffix3), word[len(word)-min(len(word), 3):]))
		}
		k = m.nerVal(tot, k, fWord, word)
		if m.nUsed[fWordNextpos] {
			k = append(append(append(m.nerPrefix(k, fWordNextpos), lw...), '+'), np...)
			k = m.nerKey(tot, k)
		}
		k = m.nerBytes(tot, k, fWordLower, lw)
		if m.nUsed[fWordlen] {
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
		} else {
			toks[i].Label = m.labels[li]
			hist = append(hist, m.hist[li])
		}
	}
	clear(hist)
	s.hist = hist[:0]
}

func (m *Model) nerPrefix(k []byte, f int) []byte {
	return append(append(k[:0], featureOrder[f]...), '-')
}

// nerKey adds the weights of the "fname-fval" key k to tot and returns k.
func (m *Model) nerKey(tot []float64, k []byte) []byte {
	g, ok := m.nIdx[string(k)]
	if !ok {
		return k
	}
	lo, hi := m.nOff[g], m.nOff[g+1]
	labs, ws := m.nLab[lo:hi], m.nW[lo:hi]
	for j, l := range labs {
		tot[l] += ws[j]
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

// shape is prose's shape(word) without regexps: `\W+$` matches iff the last
// byte is not an ASCII word byte (a trailing non-ASCII byte always belongs to
// a non-ASCII rune or RuneError, both \W), and `\w+$` matches otherwise.
func shape(w string) string {
	if isNumeric(w) {
		return "number"
	}
	if w == "" {
		return "other"
	}
	if !isWordByte(w[len(w)-1]) {
		return "punct"
	}
	if lowerIsSame(w) {
		return "downcase"
	}
	if titleIsSame(w) {
		return "upcase"
	}
	return "mixedcase"
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
