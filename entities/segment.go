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
// "a.m." and "p.m." end one before any capital but a day, month or time
// zone ("at 7 p.m. Tricia Vandermeer said", "at 7 p.m. Monday", "at 9:40
// p.m. Brasília time").
//
// Three things hold a sentence together across terminal punctuation:
//   - a headline: the text's first line, when it has no final punctuation
//     and more text follows ("Signal, WhatsApp or Discord? We made a
//     newsroom try all three");
//   - a question or exclamation quoted before its attribution ("“Is that
//     even allowed?” Varga said.");
//   - a short quotation inside a sentence ("the last post reads: “Same
//     neighbours, new noticeboard. Find us on WhatsApp.”").
type segmenter struct {
	titles   map[string]bool // never end a sentence
	abbrevs  map[string]bool // end one only before a sentence opener
	openers  map[string]bool // words that typically start a sentence
	lowStart map[string]bool // lower-case words that keep a title line open
	times    map[string]bool // words that go on a sentence after "a.m." or "p.m."
	saids    map[string]bool // verbs of attribution after a quoted question
}

func newSegmenter() *segmenter {
	return &segmenter{
		titles:   setOf(segTitles),
		abbrevs:  abbrevSet(),
		openers:  setOf(sentenceOpeners),
		lowStart: setOf(continuationWords),
		times:    setOf(timeFollowers),
		saids:    setOf(attributionVerbs),
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
	"Ald", "Coun", "Det", "Const", "Cpl", "Pvt", "Amb", "Rt",
}

var segAbbrevs = []string{
	"Inc", "Corp", "Co", "Ltd", "Jr", "Sr", "Bros", "LLC", "Plc", "plc",
	"Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
	"Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
	"U.S", "U.K", "U.N", "E.U", "U.S.A", "L.A", "S.F",
	"a.m", "p.m", "e.g", "i.e", "etc", "al", "Ave", "Blvd", "Rd", "Ph.D",
	"Penn",
}

// regionNames maps the AP abbreviations of US states, as in "HARLAN
// FALLS, Pa. —", and of Canadian provinces, as in "THUNDER BAY, Ont. —",
// to the full names; the abbreviations are segAbbrevs too.
var regionNames = map[string]string{
	"Ala": "Alabama", "Ariz": "Arizona", "Ark": "Arkansas", "Calif": "California", "Colo": "Colorado",
	"Conn": "Connecticut", "Del": "Delaware", "D.C": "Washington, D.C.", "Fla": "Florida", "Ga": "Georgia",
	"Ill": "Illinois", "Ind": "Indiana", "Kan": "Kansas", "Ky": "Kentucky", "La": "Louisiana",
	"Md": "Maryland", "Mass": "Massachusetts", "Mich": "Michigan", "Minn": "Minnesota", "Miss": "Mississippi",
	"Mo": "Missouri", "Mont": "Montana", "Neb": "Nebraska", "Nev": "Nevada", "N.H": "New Hampshire",
	"N.J": "New Jersey", "N.M": "New Mexico", "N.Y": "New York", "N.C": "North Carolina", "N.D": "North Dakota",
	"Okla": "Oklahoma", "Ore": "Oregon", "Pa": "Pennsylvania", "R.I": "Rhode Island", "S.C": "South Carolina",
	"S.D": "South Dakota", "Tenn": "Tennessee", "Vt": "Vermont", "Va": "Virginia", "Wash": "Washington",
	"W.Va": "West Virginia", "Wis": "Wisconsin", "Wyo": "Wyoming",
	"Alta": "Alberta", "B.C": "British Columbia", "N.B": "New Brunswick", "Nfld": "Newfoundland",
	"N.S": "Nova Scotia", "Ont": "Ontario", "P.E.I": "Prince Edward Island", "Que": "Quebec", "Sask": "Saskatchewan",
}

// abbrevSet is the set of segAbbrevs and the keys of regionNames.
func abbrevSet() map[string]bool {
	m := setOf(segAbbrevs)
	for a := range regionNames {
		m[a] = true
	}
	return m
}

// timeFollowers are the capitalized words that go on a sentence after
// "a.m." or "p.m.": days, months and time zones.
var timeFollowers = []string{
	"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
	"January", "February", "March", "April", "May", "June", "July", "August",
	"September", "October", "November", "December",
	"Eastern", "Central", "Mountain", "Pacific", "Atlantic", "Greenwich", "Local",
	"ET", "EST", "EDT", "CT", "CST", "CDT", "MT", "MST", "MDT", "PT", "PST", "PDT",
	"GMT", "BST", "UTC", "CET", "CEST", "IST", "AEST", "AEDT", "NZST", "NZDT",
}

// attributionVerbs follow a speaker's name after a quoted question
// ("“Why?” Varga said.").
var attributionVerbs = []string{
	"said", "says", "asked", "asks", "added", "adds", "wrote", "writes",
	"replied", "replies", "told", "recalled", "explained", "continued",
	"shouted", "joked", "wondered", "demanded", "insisted", "laughed",
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
	head := s.headlineEnd(text, wrap)
	start := -1 // start of the current sentence, -1 when between sentences
	quote := -1 // offset of the current sentence's open quotation mark, -1 none
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
				start, quote = i, -1
			} else {
				if r == '\n' {
					lineStart = i + 1
				}
				i += size
				continue
			}
		}
		switch {
		case r == '“' || r == '"' && quote < 0 && (i == 0 || strings.IndexByte(" \t\n([", text[i-1]) >= 0):
			quote = i
		case r == '”' || r == '"':
			quote = -1
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
			held := i < head || quote > start && inShortQuote(text, quote, i, end)
			if quote >= 0 && strings.Contains(text[i:end], quoteClose(text, quote)) {
				quote = -1
			}
			if !held && s.endsSentence(text, start, i, end, r) {
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
		// '!', '?', or an ellipsis
		return !(r != '…' && closesQuote(text[p:end]) && s.attribution(text, j))
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
	if w == "a.m" || w == "p.m" {
		after := strings.TrimLeft(text[j+len(nextWord):], " ")
		return next != '(' && !unicode.IsDigit(next) && !s.times[nextWord] && !strings.HasPrefix(after, "time")
	}
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

// headlineEnd returns the end of the text's first line when it is a
// headline: it has no final punctuation, and a blank line or a title-line
// break (isTitleLine) parts it from more text. A headline is one sentence
// ("Signal, WhatsApp or Discord? We made a newsroom try all three"). It
// returns -1 when the first line is no headline: the first line of
// hard-wrapped text runs on into the next.
func (s *segmenter) headlineEnd(text string, wrap int) int {
	start := firstNonSpace(text, 0)
	nl := strings.IndexByte(text[start:], '\n')
	if nl < 0 {
		return -1
	}
	nl += start
	next := firstNonSpace(text, nl+1)
	if next >= len(text) {
		return -1
	}
	if strings.IndexByte(text[nl+1:next], '\n') < 0 && !s.isTitleLine(text, start, nl, next, wrap) {
		return -1 // no blank line, and the sentence may go on
	}
	line := strings.TrimRightFunc(text[start:nl], unicode.IsSpace)
	for line != "" {
		r, sz := utf8.DecodeLastRuneInString(line)
		if !isCloser(r) {
			break
		}
		line = line[:len(line)-sz]
	}
	if last, _ := utf8.DecodeLastRuneInString(line); strings.ContainsRune(".!?…", last) {
		return -1
	}
	return start + len(line)
}

// maxShortQuote is the longest quotation, in bytes from its opening mark to
// its closing one, that inShortQuote keeps inside its sentence.
const maxShortQuote = 80

// quoteClose returns the closing mark of the quotation opened at text[q].
func quoteClose(text string, q int) string {
	if text[q] == '"' {
		return `"`
	}
	return "”"
}

// inShortQuote reports whether the terminal punctuation at p (its closers
// end at end) stands inside a short quotation, opened at q after the
// sentence's start, that closes later on the same line: a quoted post or
// sign ("reads: “Same neighbours, new noticeboard. Find us on WhatsApp.”").
// A quotation that opens its sentence or runs long is split into its
// sentences.
func inShortQuote(text string, q, p, end int) bool {
	if end-q >= maxShortQuote {
		return false
	}
	c := quoteClose(text, q)
	if strings.Contains(text[p:end], c) {
		return false // the quotation ends here
	}
	k := strings.Index(text[end:min(len(text), q+maxShortQuote)], c)
	return k >= 0 && !strings.ContainsRune(text[q:end+k], '\n')
}

// closesQuote reports whether closers (the quotes and brackets after
// terminal punctuation) hold a closing quotation mark.
func closesQuote(closers string) bool {
	return strings.ContainsAny(closers, `"”’'`)
}

// attribution reports whether the words at j are a speaker and a verb of
// saying ("Varga said", "Chief ombudsman Doucet asked"): up to four
// capitalized words, then the verb.
func (s *segmenter) attribution(text string, j int) bool {
	for n := 0; n <= 4 && j < len(text); n++ {
		w := wordAt(text, j)
		if w == "" {
			return false
		}
		if n > 0 && s.saids[w] {
			return true
		}
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
		j += len(w)
		if j < len(text) && text[j] == '.' {
			j++ // "Dr." or an initial
		}
		if j >= len(text) || text[j] != ' ' {
			return false
		}
		j++
	}
	return false
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

// wordAt returns the run of letters and apostrophes starting at text[j]
// ("" at an opening quote or bracket).
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
		if utf8.RuneCountInString(part) > 2 || strings.IndexFunc(part, func(r rune) bool { return !unicode.IsLetter(r) }) >= 0 {
			return false // "$3.10" is a number
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
