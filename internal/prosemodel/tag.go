package prosemodel

import (
	"math"
	"strings"
	"unicode/utf8"

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
	s.norm = s.norm[:0]
	s.normOff = append(s.normOff[:0], 0)
	for i := range toks {
		s.norm = appendNormalize(s.norm, toks[i].Text)
		s.normOff = append(s.normOff, int32(len(s.norm)))
	}
	m.tagRange(s, toks, 0, "-START-", "-START2-")
}

// tagRange tags toks[from:] given the previous two tags; s.norm must hold the
// normalized words of all toks.
func (m *Model) tagRange(s *scratch, toks []Token, from int, p1, p2 string) {
	if cap(s.iscores) < len(m.classes) {
		s.iscores = make([]int32, len(m.classes))
		s.present = make([]bool, len(m.classes))
	}
	for i := from; i < len(toks); i++ {
		tag, ok := m.fixedTag(toks[i].Text)
		if !ok {
			tag = m.classes[m.predict(s, toks, i, p1, p2)]
		}
		toks[i].Tag = tag
		p2 = p1
		p1 = tag
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

// ctx returns prose's context[j+2] for token j (j in [-2, n+1]).
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

// addFeat adds the weights of feature key to the scores.
func (m *Model) addFeat(s *scratch, key []byte) {
	f, ok := m.pIdx[string(key)]
	if !ok {
		return
	}
	lo, hi := m.pOff[f], m.pOff[f+1]
	cls, ws := m.pCls[lo:hi], m.pW[lo:hi]
	for k, c := range cls {
		s.iscores[c] += ws[k]
		s.present[c] = true
	}
}

// predict is prose's averagedPerceptron.predict(featurize(...)); it returns
// the class index and leaves the scores in s.iscores/s.present. Scores are
// exact integers (weights are multiples of 0.001), so ties are exact and go
// to the first class in model order; prose's float sums in map order make
// such ties random.
func (m *Model) predict(s *scratch, toks []Token, i int, p1, p2 string) int {
	n := len(toks)
	w := toks[i].Text
	nc := len(m.classes)
	scores, present := s.iscores[:nc], s.present[:nc]
	clear(scores)
	clear(present)
	k := s.key[:0]

	k = append(k, "bias"...)
	m.addFeat(s, k)
	k = append(append(k[:0], "i suffix "...), w[len(w)-min(len(w), 3):]...)
	m.addFeat(s, k)
	if w != "" { // prose would panic on an empty token
		k = utf8.AppendRune(append(k[:0], "i pref1 "...), rune(w[0]))
		m.addFeat(s, k)
	}
	k = append(append(k[:0], "i-1 tag "...), p1...)
	m.addFeat(s, k)
	k = append(append(k[:0], "i-2 tag "...), p2...)
	m.addFeat(s, k)
	k = append(append(append(append(k[:0], "i tag+i-2 tag "...), p1...), ' '), p2...)
	m.addFeat(s, k)
	cur := ctxWord(s, n, i)
	k = append(append(k[:0], "i word "...), cur...)
	m.addFeat(s, k)
	k = append(append(append(append(k[:0], "i-1 tag+i word "...), p1...), ' '), cur...)
	m.addFeat(s, k)
	prev := ctxWord(s, n, i-1)
	k = append(append(k[:0], "i-1 word "...), prev...)
	m.addFeat(s, k)
	k = append(append(k[:0], "i-1 suffix "...), last3(prev)...)
	m.addFeat(s, k)
	k = append(append(k[:0], "i-2 word "...), ctxWord(s, n, i-2)...)
	m.addFeat(s, k)
	next := ctxWord(s, n, i+1)
	k = append(append(k[:0], "i+1 word "...), next...)
	m.addFeat(s, k)
	k = append(append(k[:0], "i+1 suffix "...), last3(next)...)
	m.addFeat(s, k)
	k = append(append(k[:0], "i+2 word "...), ctxWord(s, n, i+2)...)
	m.addFeat(s, k)
	s.key = k[:0]

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
