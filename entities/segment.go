package entities

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// segmenter splits text into sentences by rule; it is immutable and safe for
// concurrent use.
//
// A sentence ends:
//   - at '.', '!', '?' or '…' (plus any closing quotes and brackets that
//     follow) when the next non-space character starts a new sentence: an
//     upper-case letter, a digit, or an opening quote or bracket;
//   - at a blank line;
//   - at the end of a title line: a line that is a whole sentence so far,
//     has no final punctuation, and is followed by a line starting with a
//     capital, digit or quote. In hard-wrapped text (many lines of about the
//     same width) only lines clearly shorter than the wrap width count.
//
// A period after an abbreviation does not end a sentence. Titles (Mr., Dr.,
// Sen.) never do; other abbreviations (U.S., Inc., Jr.) and single initials
// do only when the next word is a common sentence opener ("The", "He", ...).
type segmenter struct {
	titles   map[string]bool // never end a sentence
	abbrevs  map[string]bool // end one only before a sentence opener
	openers  map[string]bool // words that typically start a sentence
	lowStart map[string]bool // lower-case words that keep a title line open
}

func newSegmenter() *segmenter {
	return &segmenter{
		titles:   setOf(segTitles),
		abbrevs:  setOf(segAbbrevs),
		openers:  setOf(sentenceOpeners),
		lowStart: setOf(continuationWords),
	}
}

func setOf(words []string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// Abbreviations are listed without their final period.
var segTitles = []string{
	"Mr", "Mrs", "Ms", "Dr", "Prof", "Sen", "Sens", "Rep", "Reps", "Gov",
	"Gen", "Lt", "Col", "Capt", "Cmdr", "Sgt", "Maj", "Adm", "Rev", "Hon",
	"Pres", "Supt", "Fr", "Messrs", "Mme", "St", "Mt", "Ft", "No", "Nos",
	"vs", "v", "Vol", "pp", "approx", "Dept", "Gov't", "Atty", "Insp",
}

var segAbbrevs = []string{
	"Inc", "Corp", "Co", "Ltd", "Jr", "Sr", "Bros", "LLC", "Plc", "plc",
	"Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
	"Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
	"U.S", "U.K", "U.N", "E.U", "U.S.A", "D.C", "N.Y", "L.A", "N.J", "S.F",
	"a.m", "p.m", "e.g", "i.e", "etc", "al", "Ave", "Blvd", "Rd", "Ph.D",
	"Calif", "Fla", "Mass", "Mich", "Minn", "Penn", "Tenn", "Wash", "Wis", "Ariz", "Colo", "Conn", "Ill", "Ind", "Kan", "Okla", "Ore", "Va",
	// The rest of the AP state abbreviations, as in "HARLAN FALLS, Pa. —".
	"Ala", "Ark", "Del", "Ga", "Ky", "La", "Md", "Miss", "Mo", "Mont", "Neb", "Nev", "Pa", "Vt", "Wyo",
	"N.H", "N.M", "N.C", "N.D", "S.C", "S.D", "R.I", "W.Va",
}

var sentenceOpeners = []string{
	"The", "A", "An", "It", "Its", "He", "She", "They", "We", "I", "You",
	"This", "That", "These", "Those", "There", "But", "And", "Or", "So",
	"In", "On", "At", "As", "For", "If", "When", "While", "After", "Before",
	"His", "Her", "Their", "Our", "My", "Some", "Many", "Most", "Other",
	"What", "Why", "How", "Who", "Meanwhile", "However", "Still", "Yet",
	"Now", "Then", "Last", "Earlier", "Later", "According", "Since", "Although",
}

// continuationWords end a line that cannot be a title: the sentence goes on.
var continuationWords = []string{
	"the", "a", "an", "of", "and", "or", "to", "in", "on", "for", "with",
	"at", "by", "from", "that", "as", "but", "is", "was", "are", "were",
}

// span is a half-open byte range.
type span struct{ start, end int }

// split returns the sentence spans of text in order, without leading or
// trailing white space. It appends to dst.
func (s *segmenter) split(text string, dst []span) []span {
	wrap := wrapWidth(text)
	start := -1 // start of the current sentence, -1 when between sentences
	lineStart := 0
	emit := func(end int) {
		if start < 0 {
			return
		}
		// Trim trailing white space.
		for end > start {
			r, size := utf8.DecodeLastRuneInString(text[start:end])
			if !unicode.IsSpace(r) {
				break
			}
			end -= size
		}
		if end > start {
			dst = append(dst, span{start, end})
		}
		start = -1
	}
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if start < 0 {
			if !unicode.IsSpace(r) {
				start = i
			} else {
				if r == '\n' {
					lineStart = i + 1
				}
				i += size
				continue
			}
		}
		switch {
		case r == '\n':
			next := i + 1
			// Blank line?
			j := next
			blank := false
			for j < len(text) {
				r2, sz := utf8.DecodeRuneInString(text[j:])
				if r2 == '\n' {
					blank = true
					break
				}
				if !unicode.IsSpace(r2) {
					break
				}
				j += sz
			}
			if blank || j >= len(text) {
				emit(i)
			} else if start == firstNonSpace(text, lineStart) && s.isTitleLine(text, lineStart, i, j, wrap) {
				emit(i)
			}
			lineStart = next
		case r == '.' || r == '!' || r == '?' || r == '…':
			end := i + size
			// Runs of terminal punctuation ("?!", "...").
			for end < len(text) && strings.IndexByte(".!?", text[end]) >= 0 {
				end++
			}
			end = skipClosers(text, end)
			if s.endsSentence(text, start, i, end, r) {
				emit(end)
			}
			size = end - i
		}
		i += size
	}
	emit(len(text))
	return dst
}

// endsSentence reports whether the terminal punctuation at text[p] (the
// sentence runs to end, closers included) ends the sentence begun at start.
func (s *segmenter) endsSentence(text string, start, p, end int, r rune) bool {
	// The next non-space character must start a sentence.
	j := end
	sawSpace := false
	for j < len(text) {
		r2, sz := utf8.DecodeRuneInString(text[j:])
		if !unicode.IsSpace(r2) {
			break
		}
		sawSpace = true
		j += sz
	}
	if j >= len(text) {
		return true
	}
	if !sawSpace {
		return false
	}
	next, _ := utf8.DecodeRuneInString(text[j:])
	if !(unicode.IsUpper(next) || unicode.IsDigit(next) || isOpener(next)) {
		return false
	}
	if r != '.' || end-p > 1 && text[p+1] == '.' {
		return true // '!', '?', or an ellipsis
	}
	// A period: is the word before it an abbreviation?
	w := wordBefore(text, start, p)
	if w == "" {
		return true
	}
	if s.titles[w] {
		return false
	}
	nextWord := wordAt(text, j)
	if pw := wordBefore(text, start, max(start, p-len(w)-1)); isInitial(w) && pw != "" && !isCap(pw) {
		return true // "posted on X. The": a letter, not an initial
	}
	if s.abbrevs[w] || isInitial(w) || isDotted(w) {
		if unicode.IsDigit(next) {
			return false // "Jan. 5", "No. 1"
		}
		return s.openers[nextWord]
	}
	return true
}

// wordBefore returns the word ending at p (exclusive), not before start,
// with internal periods kept ("U.S").
func wordBefore(text string, start, p int) string {
	i := p
	for i > start {
		r, sz := utf8.DecodeLastRuneInString(text[start:i])
		if unicode.IsSpace(r) || r == '(' || r == '"' || r == '“' || r == '\'' || r == '‘' {
			break
		}
		i -= sz
	}
	return text[i:p]
}

// wordAt returns the letters starting at text[j], after any opening quotes.
func wordAt(text string, j int) string {
	k := j
	for k < len(text) {
		r, sz := utf8.DecodeRuneInString(text[k:])
		if !unicode.IsLetter(r) && r != '\'' {
			break
		}
		k += sz
	}
	return text[j:k]
}

// isInitial reports a single capital letter ("J" of "J. K. Rowling").
func isInitial(w string) bool {
	r, sz := utf8.DecodeRuneInString(w)
	return sz == len(w) && unicode.IsUpper(r)
}

// isDotted reports a dotted abbreviation like "U.S" or "a.k.a".
func isDotted(w string) bool {
	if !strings.Contains(w, ".") {
		return false
	}
	for _, part := range strings.Split(w, ".") {
		if utf8.RuneCountInString(part) > 2 {
			return false
		}
	}
	return true
}

func isOpener(r rune) bool {
	switch r {
	case '"', '“', '‘', '\'', '(', '[', '«', '¿', '¡', '@', '#', '—', '-', '*', '•':
		return true
	}
	return false
}

func isCloser(r rune) bool {
	switch r {
	case '"', '”', '’', '\'', ')', ']', '»', '}':
		return true
	}
	return false
}

// skipClosers returns the offset after the closing quotes and brackets at
// text[i:].
func skipClosers(text string, i int) int {
	for i < len(text) {
		r, sz := utf8.DecodeRuneInString(text[i:])
		if !isCloser(r) {
			break
		}
		i += sz
	}
	return i
}

func firstNonSpace(text string, i int) int {
	for i < len(text) {
		r, sz := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsSpace(r) {
			return i
		}
		i += sz
	}
	return i
}

// isTitleLine reports whether text[lineStart:nl] is a title line; next is
// the offset of the first non-space character of the following line.
func (s *segmenter) isTitleLine(text string, lineStart, nl, next int, wrap int) bool {
	line := strings.TrimSpace(text[lineStart:nl])
	if line == "" {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(line)
	if strings.ContainsRune(",;:-–—(&/", last) {
		return false
	}
	if i := strings.LastIndexFunc(line, unicode.IsSpace); s.lowStart[line[i+1:]] {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[next:])
	if !(unicode.IsUpper(r) || unicode.IsDigit(r) || isOpener(r)) {
		return false
	}
	if wrap > 0 && utf8.RuneCountInString(line)*10 > wrap*7 {
		return false // a full-width line of hard-wrapped text
	}
	return true
}

// wrapWidth returns the line width of hard-wrapped text, or 0 when the text
// does not look hard-wrapped (fewer than three lines filling a width of at
// most 100 characters).
func wrapWidth(text string) int {
	if strings.Count(text, "\n") < 3 {
		return 0
	}
	maxw := 0
	for line := range strings.Lines(text) {
		if n := utf8.RuneCountInString(strings.TrimSpace(line)); n > maxw {
			maxw = n
		}
	}
	if maxw == 0 || maxw > 100 {
		return 0
	}
	full := 0
	for line := range strings.Lines(text) {
		if utf8.RuneCountInString(strings.TrimSpace(line))*10 >= maxw*8 {
			full++
		}
	}
	if full < 3 {
		return 0
	}
	return maxw
}
