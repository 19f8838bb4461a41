package prosemodel

import (
	"math"
	"strings"

	"github.com/mingrammer/commonregex"
)

// Tag sets Tag on each token, treating toks as one sequence exactly as
// prose's perceptronTagger.tag does (prose tags a whole document as one
// sequence; callers may pass one sentence). Ties between classes go to the
// first class in the model's class order.
func (m *Model) Tag(toks []Token) {
	if len(toks) == 0 {
		return
	}
	s := m.getScratch()
	defer m.putScratch(s)
	m.prepareTag(s, toks)
	m.tagRange(s, toks, 0, "-START-", "-START2-")
}

// prepareTag fills s with what predict needs for toks: the normalized words
// and the features keyed on each token's word and suffixes.
func (m *Model) prepareTag(s *scratch, toks []Token) {
	s.norm = s.norm[:0]
	s.normOff = append(s.normOff[:0], 0)
	s.pw = s.pw[:0]
	s.psuf = s.psuf[:0]
	s.psuf0 = s.psuf0[:0]
	for i := range toks {
		start := len(s.norm)
		s.norm = appendNormalize(s.norm, toks[i].Text)
		s.normOff = append(s.normOff, int32(len(s.norm)))
		w := s.norm[start:]
		s.pw = append(s.pw, m.pWordFeatsOf(w))
		sf := m.pSufFeatsOf(last3(w))
		s.psuf = append(s.psuf, sf)
		raw := toks[i].Text
		raw = raw[len(raw)-min(len(raw), 3):]
		if string(last3(w)) != raw {
			sf = m.ix.pSufs[m.ix.pSufIdx[raw]]
		}
		s.psuf0 = append(s.psuf0, sf.s0)
	}
	if cap(s.iscores) < len(m.classes) {
		s.iscores = make([]int32, len(m.classes))
		s.present = make([]bool, len(m.classes))
	}
}

// tagRange tags toks[from:] given the previous two tags; s must have been
// prepared by prepareTag for toks.
func (m *Model) tagRange(s *scratch, toks []Token, from int, p1, p2 string) {
	id1, id2 := m.tagIDOf(p1), m.tagIDOf(p2)
	for i := from; i < len(toks); i++ {
		tag, ok := m.fixedTag(toks[i].Text)
		var id int32
		if ok {
			id = m.tagIDOf(tag)
		} else {
			c := m.predictIDs(s, toks, i, p1, p2, id1, id2)
			tag, id = m.classes[c], int32(c)
		}
		toks[i].Tag = tag
		p2, id2 = p1, id1
		p1, id1 = tag, id
	}
}

// fixedTag returns the tag prose assigns to word without the perceptron.
func (m *Model) fixedTag(word string) (string, bool) {
	switch {
	case word == "-":
		return "-", true
	case isEmoticon(word):
		return "SYM", true
	case isLinkOrEmail(word) || strings.HasPrefix(word, "@"):
		return "NN", true
	case matchNone(word):
		return "-NONE-", true
	case matchKeep(word):
		return word, true
	}
	tag, ok := m.tagDict[word]
	return tag, ok
}

func isEmoticon(w string) bool {
	if len(w) > maxEmoticonLen {
		return false
	}
	_, ok := emoticons[w]
	return ok
}

// isLinkOrEmail is commonregex.LinkRegex.MatchString(w) ||
// commonregex.EmailRegex.MatchString(w), with the regexps gated by necessary
// conditions: a link match needs a '.' at some i with w[i-1] in [a-z0-9.-]
// and at least two bytes after it; an email match needs an '@' after at
// least one byte.
func isLinkOrEmail(w string) bool {
	for i := 1; i+2 < len(w); i++ {
		if w[i] != '.' {
			continue
		}
		c := w[i-1]
		if 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '.' || c == '-' {
			if commonregex.LinkRegex.MatchString(w) {
				return true
			}
			break
		}
	}
	if strings.IndexByte(w, '@') > 0 {
		return commonregex.EmailRegex.MatchString(w)
	}
	return false
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }
func isUpper(c byte) bool { return 'A' <= c && c <= 'Z' }

// isWordByte is RE2's \w.
func isWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_'
}

func isDigits13(s string) bool {
	if len(s) < 1 || len(s) > 3 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return true
}

// matchNone is prose's `^(?:0|\*[\w?]\*|\*\-\d{1,3}|\*[A-Z]+\*\-\d{1,3}|\*)$`.
func matchNone(w string) bool {
	if w == "0" || w == "*" {
		return true
	}
	if len(w) < 3 || w[0] != '*' {
		return false
	}
	if len(w) == 3 && (isWordByte(w[1]) || w[1] == '?') && w[2] == '*' {
		return true
	}
	if w[1] == '-' && isDigits13(w[2:]) {
		return true
	}
	j := 1
	for j < len(w) && isUpper(w[j]) {
		j++
	}
	return j > 1 && j+1 < len(w) && w[j] == '*' && w[j+1] == '-' && isDigits13(w[j+2:])
}

// matchKeep is prose's `^\-[A-Z]{3}\-$`.
func matchKeep(w string) bool {
	return len(w) == 5 && w[0] == '-' && w[4] == '-' && isUpper(w[1]) && isUpper(w[2]) && isUpper(w[3])
}

// appendNormalize appends prose's normalize(word).
func appendNormalize(b []byte, w string) []byte {
	if w == "" {
		return b
	}
	if w[0] != '-' && strings.IndexByte(w, '-') >= 0 {
		return append(b, "!HYPHEN"...)
	}
	if len(w) == 4 && isAtoi(w) {
		return append(b, "!YEAR"...)
	}
	if isDigit(w[0]) {
		return append(b, "!DIGITS"...)
	}
	return appendLower(b, w)
}

// isAtoi reports whether strconv.Atoi(s) succeeds for a short s.
func isAtoi(s string) bool {
	if s != "" && (s[0] == '+' || s[0] == '-') {
		s = s[1:]
	}
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return true
}

// ctxWord returns prose's context[j+2] for token j (j in [-2, n+1]).
func ctxWord(s *scratch, n, j int) []byte {
	switch {
	case j == -2:
		return ctxStart
	case j == -1:
		return ctxStart2
	case j == n:
		return ctxEnd
	case j == n+1:
		return ctxEnd2
	}
	return s.norm[s.normOff[j]:s.normOff[j+1]]
}

var (
	ctxStart  = []byte("-START-")
	ctxStart2 = []byte("-START2-")
	ctxEnd    = []byte("-END-")
	ctxEnd2   = []byte("-END2-")
)

func last3(b []byte) []byte { return b[len(b)-min(len(b), 3):] }

// addFeat adds the weights of feature f (noFeat: none) to the scores.
func (m *Model) addFeat(s *scratch, f int32) {
	if f < 0 {
		return
	}
	lo, hi := m.pOff[f], m.pOff[f+1]
	cls, ws := m.pCls[lo:hi], m.pW[lo:hi]
	for k, c := range cls {
		s.iscores[c] += ws[k]
		s.present[c] = true
	}
}

// addKey adds the weights of the feature named key.
func (m *Model) addKey(s *scratch, key []byte) {
	f, ok := m.pIdx[string(key)]
	if ok {
		m.addFeat(s, f)
	}
}

// predict is prose's averagedPerceptron.predict(featurize(...)); it returns
// the class index and leaves the scores in s.iscores/s.present. Scores are
// exact integers (weights are multiples of 0.001), so ties are exact and go
// to the first class in model order; prose's float sums in map order make
// such ties random. s must have been prepared by prepareTag for toks.
func (m *Model) predict(s *scratch, toks []Token, i int, p1, p2 string) int {
	return m.predictIDs(s, toks, i, p1, p2, m.tagIDOf(p1), m.tagIDOf(p2))
}

// ctxFeats returns the word and suffix features of context position j (j in
// [-2, n+1]).
func (m *Model) ctxFeats(s *scratch, n, j int) (pWordFeats, pSufFeats) {
	switch {
	case j == -2:
		return m.ix.pCtx[0], m.ix.pCtxSuf[0]
	case j == -1:
		return m.ix.pCtx[1], m.ix.pCtxSuf[1]
	case j == n:
		return m.ix.pCtx[2], m.ix.pCtxSuf[2]
	case j == n+1:
		return m.ix.pCtx[3], m.ix.pCtxSuf[3]
	}
	return s.pw[j], s.psuf[j]
}

// predictIDs is predict with the ids of p1 and p2 (-1 for a tag outside the
// model's set, whose features are then looked up by name).
func (m *Model) predictIDs(s *scratch, toks []Token, i int, p1, p2 string, id1, id2 int32) int {
	n := len(toks)
	w := toks[i].Text
	nc := len(m.classes)
	scores, present := s.iscores[:nc], s.present[:nc]
	clear(scores)
	clear(present)
	ix := &m.ix

	m.addFeat(s, ix.pBias)
	m.addFeat(s, s.psuf0[i])
	if w != "" { // prose would panic on an empty token
		m.addFeat(s, ix.pPref1[w[0]])
	}
	k := s.key[:0]
	if id1 >= 0 && id2 >= 0 {
		m.addFeat(s, ix.pPrev1[id1])
		m.addFeat(s, ix.pPrev2[id2])
		m.addFeat(s, ix.pPair[int(id1)*len(ix.tags)+int(id2)])
	} else {
		k = append(append(k[:0], "i-1 tag "...), p1...)
		m.addKey(s, k)
		k = append(append(k[:0], "i-2 tag "...), p2...)
		m.addKey(s, k)
		k = append(append(append(append(k[:0], "i tag+i-2 tag "...), p1...), ' '), p2...)
		m.addKey(s, k)
	}
	cur, _ := m.ctxFeats(s, n, i)
	m.addFeat(s, cur.w0)
	k = append(append(append(append(k[:0], "i-1 tag+i word "...), p1...), ' '), ctxWord(s, n, i)...)
	m.addKey(s, k)
	s.key = k[:0]
	prev, prevSuf := m.ctxFeats(s, n, i-1)
	m.addFeat(s, prev.wm1)
	m.addFeat(s, prevSuf.sm1)
	prev2, _ := m.ctxFeats(s, n, i-2)
	m.addFeat(s, prev2.wm2)
	next, nextSuf := m.ctxFeats(s, n, i+1)
	m.addFeat(s, next.wp1)
	m.addFeat(s, nextSuf.sp1)
	next2, _ := m.ctxFeats(s, n, i+2)
	m.addFeat(s, next2.wp2)

	best, cls := int32(math.MinInt32), -1
	for c := range nc {
		if present[c] && (cls < 0 || scores[c] > best) {
			best, cls = scores[c], c
		}
	}
	if cls < 0 {
		return 0 // no known feature at all; prose would return ""; unreachable with "bias"
	}
	return cls
}

// DictTag returns the tag prose's tag dictionary gives w, a word it saw
// often and always with that tag in training ("never" RB, "the" DT), or
// "" when the dictionary does not list w as written.
func (m *Model) DictTag(w string) string { return m.tagDict[w] }

// KnowsWord reports whether the tagger was trained on w as a word of its
// own: prose's tag dictionary lists it, or the perceptron has a feature for
// it as the current word (after prose's normalization, which lower-cases
// it; the dictionary is also asked for w as written). The tagger tags such
// a word from what it learned about it, and any other word from its ending
// and its neighbours alone.
func (m *Model) KnowsWord(w string) bool {
	if _, ok := m.tagDict[w]; ok {
		return true
	}
	var buf [64]byte
	n := appendNormalize(buf[:0], w)
	if _, ok := m.tagDict[string(n)]; ok {
		return true
	}
	return m.ix.pWords[m.ix.pWordIdx[string(n)]].w0 != noFeat
}
