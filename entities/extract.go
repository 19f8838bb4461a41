package entities

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// work is the scratch state of one Recognize call.
type work struct {
	r    *Recognizer
	lex  *lexicon
	doc  *Document
	text string

	// festRun caches festivalRunBy: 0 unknown, 1 no, 2 yes.
	festRun int8

	raw   []rawToken // parallel to doc.Tokens
	cands []cand
	// covered[i] is the index+1 of the candidate covering token i, or 0.
	covered []int
	phr     []phrase // scratch for lookups
	// titleCase[s] reports a sentence in Title Case or ALL CAPS, where
	// capitals do not mark names.
	titleCase []bool
	// shouting[s] reports a sentence in capitals ("I HATE TIKTOK"),
	// which the tagger read with its known words in lower case
	// (proseAnnotator.tagClassify); nil when there is none.
	shouting []bool
	// lowerCase reports social text written in lower case ("threads is
	// better than X"), where missing capitals do not mark common words.
	lowerCase bool
	// teams holds the plural last words of sports teams the text names
	// ("Kestrels" of "the Harbourside Kestrels"), which name the team
	// alone too.
	teams map[string]bool
	// leads are the possible given names left out of names (rare).
	leads []leadWord
	// wordCount counts each capitalized word of the text; built on
	// first use (moreOften).
	wordCount map[string]int
}

// moreOften reports whether the capitalized word a occurs more often in
// the text than the capitalized word b.
func (w *work) moreOften(a, b string) bool {
	if w.wordCount == nil {
		w.wordCount = make(map[string]int, len(w.raw)/4)
		for _, t := range w.raw {
			if isCap(t.norm) {
				w.wordCount[t.norm]++
			}
		}
	}
	return w.wordCount[a] > w.wordCount[b]
}

// otherName reports whether a capitalized word other than first stands
// before last somewhere in the text: another name ends in the same word
// ("Eilidh Ferry" beside "Broughty Ferry").
func (w *work) otherName(first, last string) bool {
	for i := 1; i < len(w.raw); i++ {
		if p := w.raw[i-1].norm; w.raw[i].norm == last && p != first && isCap(p) {
			return true
		}
	}
	return false
}

// Confidence of a candidate's type, highest first wins.
const (
	confGuess   = 1 // shape only
	confModel   = 2 // prose's label
	confRule    = 3 // a context rule
	confLexicon = 4 // a built-in name or a target
)

// cand is a candidate mention.
type cand struct {
	ts, te     int // token range
	start, end int // byte span
	sent       int
	typ        Type // "" when not yet typed
	conf       int
	entry      *lexEntry // known entity, or nil
	ambiguous  bool      // needs context (X, Threads, Signal, ...)
	afterTitle bool      // follows a person title ("President", "CEO")
	initial    bool      // first word of its sentence
	dropped    bool
	// alsoOf is the index+1 of a candidate whose entity this one joins
	// ("Meta (formerly Facebook)").
	alsoOf int
	former bool // a former or stage name, never the canonical one
	// label is a transcript's upper-case speaker label that nothing else
	// named ("MARCHETTI:"); it is kept only as a known person's surname.
	label bool
}

// leadWord is a sentence-initial word that matchRuns left out of the
// one-word name after it (candidate cand) although it may be its given
// name (see givenNameLead).
type leadWord struct {
	cand, tok int
}

func (w *work) annotate() error {
	spans := w.r.seg.split(w.text, nil)
	if w.raw == nil {
		w.raw = make([]rawToken, 0, len(w.text)/5+8) // news runs ~5 bytes a token
	}
	w.doc.Sentences = make([]Sentence, 0, len(spans))
	for _, s := range spans {
		ts := len(w.raw)
		w.raw = w.r.model.annotate(w.text, s, w.raw)
		for _, t := range w.raw[ts:] {
			if t.start < s.start || t.end > s.end || t.start >= t.end {
				return fmt.Errorf("%w: token [%d,%d) outside sentence [%d,%d)", ErrInternal, t.start, t.end, s.start, s.end)
			}
		}
		w.appendSentence(s, ts, len(w.raw))
	}
	w.doc.Tokens = make([]Token, len(w.raw))
	for si, s := range w.doc.Sentences {
		for i := s.TokenStart; i < s.TokenEnd; i++ {
			t := w.raw[i]
			w.doc.Tokens[i] = Token{Start: t.start, End: t.end, Text: w.text[t.start:t.end], Norm: t.norm, Tag: t.tag, Sentence: si}
		}
	}
	w.covered = make([]int, len(w.raw))
	w.titleCase = make([]bool, len(w.doc.Sentences))
	for si, s := range w.doc.Sentences {
		words, caps, lowerVerb := 0, 0, false
		for _, t := range w.raw[s.TokenStart:s.TokenEnd] {
			if len(t.norm) > 3 && !isPunctTok(t.norm) {
				words++
				if isCap(t.norm) {
					caps++
				}
			}
			// Title Case capitalizes every verb, however short ("Is",
			// "Met"): a lower-case verb marks a sentence of names ("Ellen
			// DeGeneres, Joseph McCarthy and Fiona FitzGerald met on
			// Monday."), not a headline in Title Case.
			if t.tag != "" && t.tag[0] == 'V' && !isCap(t.norm) && !isPunctTok(t.norm) {
				lowerVerb = true
			}
		}
		w.titleCase[si] = words >= 5 && caps*10 >= words*8 && !lowerVerb
		if shoutingTokens(w.raw[s.TokenStart:s.TokenEnd]) {
			if w.shouting == nil {
				w.shouting = make([]bool, len(w.doc.Sentences))
			}
			w.shouting[si] = true
		}
	}
	words, caps := 0, 0
	for _, t := range w.raw {
		if len(t.norm) > 1 && unicode.IsLetter([]rune(t.norm)[0]) {
			words++
			if isCap(t.norm) {
				caps++
			}
		}
	}
	// Edited prose capitalizes sentence starts; posts often do not.
	starts, lowerStarts := 0, 0
	for _, s := range w.doc.Sentences {
		for _, t := range w.raw[s.TokenStart:s.TokenEnd] {
			if r := []rune(t.norm)[0]; unicode.IsLetter(r) {
				starts++
				if unicode.IsLower(r) {
					lowerStarts++
				}
				break
			}
		}
	}
	w.lowerCase = words >= 3 && caps*20 <= words*2 && lowerStarts*2 >= starts && starts > 0
	return nil
}

// maxSentenceTokens bounds the tokens of one sentence. Real sentences stay
// far below it (the longest in the test articles and news sample have under
// 150, and those are lists the segmenter could not split); text with no
// sentence punctuation at all would otherwise make one sentence of the
// whole document, and the work per sentence here and in package stance
// grows faster than its length.
const maxSentenceTokens = 200

// appendSentence adds the sentence s, whose tokens are w.raw[ts:te], cut
// into pieces of at most maxSentenceTokens tokens. A cut falls in the
// second half of a piece, at the last line break between tokens, or else
// after the last ";", ":" or dash, or else after the last comma, or else
// at the limit. Pieces keep the sentence's outer bounds and end and start
// at token boundaries, so they stay in order and do not overlap.
func (w *work) appendSentence(s span, ts, te int) {
	start := s.start
	for te-ts > maxSentenceTokens {
		cut, best := ts+maxSentenceTokens, 0
		for k := ts + maxSentenceTokens/2; k < ts+maxSentenceTokens; k++ {
			prev, next := w.raw[k-1], w.raw[k]
			if prev.end > next.start {
				continue // overlapping tokens: not a boundary
			}
			rank := 0
			switch {
			case strings.ContainsRune(w.text[prev.end:next.start], '\n'):
				rank = 3
			case prev.norm == ";" || prev.norm == ":" || prev.norm == "-" || prev.norm == "--" || prev.norm == "—" || prev.norm == "–":
				rank = 2
			case prev.norm == ",":
				rank = 1
			}
			if rank >= best {
				cut, best = k, rank
			}
		}
		if w.raw[cut-1].end > w.raw[cut].start {
			// Only overlapping tokens around the limit: no clean cut.
			break
		}
		w.doc.Sentences = append(w.doc.Sentences, Sentence{Start: start, End: w.raw[cut-1].end, TokenStart: ts, TokenEnd: cut})
		ts, start = cut, w.raw[cut].start
	}
	w.doc.Sentences = append(w.doc.Sentences, Sentence{Start: start, End: s.end, TokenStart: ts, TokenEnd: te})
}

func (w *work) extract() {
	for si, s := range w.doc.Sentences {
		w.matchLexicon(si, s)
	}
	for si, s := range w.doc.Sentences {
		w.dateline(si, s)
	}
	for si, s := range w.doc.Sentences {
		w.matchRuns(si, s)
	}
	w.decideAmbiguous()
	w.typeUnknown()
	w.orgShortForms()
	w.matchCompounds()
	w.formerly()
	w.stageNames()
	w.parenthetical()
	w.speakerLabels()
	w.callers()
	w.matchTargetWords()
}

// callers types as a person each transcript speaker label that is a given
// name ("JEAN: Hello, Moira."), because callers and panellists are named
// by first name only, together with the same name in the text ("First on
// the line is Jean in Stonehaven", "Jean, I understand"). A label is a
// given name when the lexicon knows it as one or the text uses it, in
// title case, inside a sentence. A label that is a named person's surname
// ("REID:" for Callum Reid) is left to shoutedSurname.
func (w *work) callers() {
	var names map[string]bool
	labels := map[int]bool{}
	for _, s := range w.doc.Sentences {
		i := w.speakerLabel(s)
		if i < 0 {
			continue
		}
		if c := w.covered[i]; c != 0 && !w.cands[c-1].dropped && (w.cands[c-1].entry != nil || w.cands[c-1].te-w.cands[c-1].ts > 1) {
			continue
		}
		if names == nil {
			names = map[string]bool{}
		}
		names[titled(w.raw[i].norm)] = true
		labels[i] = true
	}
	if len(names) == 0 {
		return
	}
	// A surname of a person named in full is no given name, and a name the
	// text never uses and the lexicon does not know is none either.
	for _, c := range w.cands {
		if !c.dropped && c.typ == Person && c.te-c.ts >= 2 {
			delete(names, w.raw[c.te-1].norm)
		}
	}
	w.labelSurnames(names)
	used := map[string]bool{}
	for i := range w.raw {
		if n := w.raw[i].norm; names[n] && !w.isInitial(i, w.doc.Sentences[w.doc.Tokens[i].Sentence]) {
			used[n] = true
		}
	}
	for i := range w.raw {
		n := w.raw[i].norm
		if isAllCaps(n) {
			if !labels[i] {
				continue
			}
			n = titled(n)
		}
		if !names[n] || !used[n] && !w.lex.firstNames[n] {
			continue
		}
		if c := w.covered[i]; c != 0 {
			if o := &w.cands[c-1]; !o.dropped && (o.entry != nil || o.te-o.ts > 1 || o.typ == Person) {
				continue
			}
			w.cands[c-1].dropped = true
			w.covered[i] = 0
		}
		si := w.doc.Tokens[i].Sentence
		w.addCand(cand{ts: i, te: i + 1, start: w.raw[i].start, end: w.raw[i].end, sent: si, typ: Person, conf: confRule, initial: w.isInitial(i, w.doc.Sentences[si])})
	}
}

// labelSurnames names in full the person a transcript's speaker label
// spells when the text writes the label after a given name ("Nadine
// Still, 44, grows lavender" under "STILL:" labels), even though the
// surname is a common word that is no name on its own, and takes the
// label out of names, the labels callers would read as given names: the
// labels are then the person's surname (shoutedSurname). When another
// rule has already typed the two words ("Marisa Post", an organization by
// its last word), they are the person's if the first is a given name or
// an age or role follows.
func (w *work) labelSurnames(names map[string]bool) {
	free := func(i int) bool {
		c := w.covered[i]
		return c == 0 || w.cands[c-1].dropped || w.cands[c-1].te-w.cands[c-1].ts == 1
	}
	for i := 1; i < len(w.raw); i++ {
		n := w.raw[i].norm
		if !names[n] || isAllCaps(n) {
			continue
		}
		given := w.lex.firstNames[w.raw[i-1].norm]
		if c := w.covered[i]; c != 0 && w.cands[c-1].ts == i-1 && w.cands[c-1].te == i+1 && w.cands[c-1].entry == nil && (given || w.personAfterName(i+1, len(w.raw))) {
			// "Marisa Post, 24," under "POST:" labels: a person,
			// though Post ends the names of newspapers.
			w.cands[c-1].typ = Person
		} else if given && free(i-1) && free(i) {
			w.uncover(i-1, i+1)
			si := w.doc.Tokens[i].Sentence
			w.addCand(cand{ts: i - 1, te: i + 1, start: w.raw[i-1].start, end: w.raw[i].end, sent: si, typ: Person, conf: confRule, initial: w.isInitial(i-1, w.doc.Sentences[si])})
		} else {
			continue
		}
		delete(names, n)
		// "Ms. Still's" elsewhere is hers too.
		for k := 1; k < len(w.raw); k++ {
			if k != i && w.raw[k].norm == n && w.lex.titles[w.raw[k-1].norm] && free(k) && w.covered[k-1] == 0 {
				w.uncover(k, k+1)
				sk := w.doc.Tokens[k].Sentence
				w.addCand(cand{ts: k, te: k + 1, start: w.raw[k].start, end: w.raw[k].end, sent: sk, typ: Person, conf: confRule, afterTitle: true})
			}
		}
	}
}

// titled returns an upper-case word in title case: "JEAN" -> "Jean".
func titled(n string) string {
	r, size := utf8.DecodeRuneInString(n)
	return string(r) + strings.ToLower(n[size:])
}

// speakerLabel returns the token of the sentence s that is a transcript
// speaker label naming someone, or -1: an upper-case word of three or more
// letters that opens a paragraph and is followed by a colon ("MARCHETTI: I
// did"), and is no role ("HOST:").
func (w *work) speakerLabel(s Sentence) int {
	i := s.TokenStart
	if i+1 >= s.TokenEnd || w.raw[i+1].norm != ":" {
		return -1
	}
	if p := w.raw[i].start; p > 0 && w.text[p-1] != '\n' {
		return -1
	}
	if n := w.raw[i].norm; len([]rune(n)) < 3 || !isAllCaps(n) || speakerRoles[strings.ToLower(n)] {
		return -1
	}
	return i
}

// speakerLabels adds a candidate for each transcript speaker label no
// other candidate covers: an upper-case word that opens a paragraph and is
// followed by a colon ("MARCHETTI: I did"). resolve keeps it only when it
// spells the surname of a person the text names (shoutedSurname).
func (w *work) speakerLabels() {
	for si, s := range w.doc.Sentences {
		i := w.speakerLabel(s)
		if i < 0 {
			continue
		}
		if c := w.covered[i]; c != 0 && !w.cands[c-1].dropped && w.cands[c-1].typ != "" {
			// prose or the lexicon named it already ("DEVLIN" as ORG).
			continue
		}
		w.addCand(cand{ts: i, te: i + 1, start: w.raw[i].start, end: w.raw[i].end, sent: si, typ: Org, conf: confLexicon, label: true})
	}
}

func (w *work) addCand(c cand) {
	if c.start >= c.end {
		return
	}
	w.cands = append(w.cands, c)
	for i := c.ts; i < c.te; i++ {
		w.covered[i] = len(w.cands)
	}
}

// isInitial reports whether token i starts its sentence (after any opening
// quotes or brackets).
func (w *work) isInitial(i int, s Sentence) bool {
	for j := s.TokenStart; j < i; j++ {
		if !isPunctTok(w.raw[j].norm) {
			return false
		}
	}
	return true
}

func isPunctTok(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

func isAllCaps(s string) bool {
	return strings.ToUpper(s) == s && strings.ToLower(s) != s
}

// isCap reports whether s starts with an upper-case letter.
func isCap(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// matchLexicon finds built-in names, platforms, targets and @/# handles in
// one sentence, longest match first.
func (w *work) matchLexicon(si int, s Sentence) {
	for i := s.TokenStart; i < s.TokenEnd; i++ {
		t := w.raw[i]
		if (t.norm[0] == '@' || t.norm[0] == '#') && len(t.norm) > 1 {
			if e := w.lex.handle(strings.TrimRight(t.norm[1:], ".,:;!?")); e != nil {
				w.addCand(cand{ts: i, te: i + 1, start: t.start, end: t.end, sent: si, typ: e.typ, conf: confLexicon, entry: e})
			}
			continue
		}
		w.phr = w.lex.lookup(firstWordKey(t.norm), w.phr[:0])
		best, bestTE, bestEnd := -1, 0, 0
		if len(w.phr) == 0 && w.titleCase[si] && isAllCaps(t.norm) {
			// "JAPAN" in an all-caps headline.
			w.phr = w.lex.lookup(firstWordKey(t.norm), w.phr[:0])
		}
		for k, p := range w.phr {
			fold := p.fold || w.titleCase[si] && isAllCaps(t.norm) && !p.entry.ambiguous ||
				w.lowerCase && p.entry.ambiguous && len(p.text) > 1 && !(i > s.TokenStart && (w.raw[i-1].norm == "a" || w.raw[i-1].norm == "an"))
			end := matchAt(w.text, t.start, p.text, fold)
			if end < 0 || end <= bestEnd {
				continue
			}
			te := i
			for te < s.TokenEnd && w.raw[te].end < end {
				te++
			}
			if te >= s.TokenEnd || w.raw[te].end != end {
				continue
			}
			best, bestTE, bestEnd = k, te+1, end
		}
		if best < 0 {
			continue
		}
		p := w.phr[best]
		c := cand{ts: i, te: bestTE, start: t.start, end: bestEnd, sent: si, typ: p.entry.typ, conf: confLexicon,
			entry: p.entry, ambiguous: p.entry.ambiguous, initial: w.isInitial(i, s)}
		if p.entry.untyped {
			c.typ = w.callerType(&c)
		}
		w.addCand(c)
		i = bestTE - 1
	}
}

// callerType types the mention c of a caller target given without a Type:
// a built-in name keeps its type ("Google" ORG), a name after a person
// title or that the model and context rules type as PERSON, ORG or GPE
// keeps that type ("Hillary Clinton", "President Trump"); anything else is
// a PLATFORM.
func (w *work) callerType(c *cand) Type {
	for _, p := range w.r.lex.phrases[firstWordKey(w.raw[c.ts].norm)] {
		if p.entry.typ != Platform && !p.entry.target && matchAt(w.text, c.start, p.text, true) == c.end {
			return p.entry.typ
		}
	}
	s := w.doc.Sentences[c.sent]
	if w.lex.titles[w.raw[c.ts].norm] && c.te-c.ts > 1 || c.ts > s.TokenStart && w.lex.titles[w.raw[c.ts-1].norm] {
		return Person
	}
	probe := *c
	probe.typ, probe.entry = "", nil
	// prose's place labels for unknown single words are unreliable ("to
	// Slack"): a GPE needs a context rule or the gazetteer above.
	if t, conf := w.typeByContext(&probe); t == Person && conf >= confModel || t == Org && conf >= confModel || t == GPE && conf >= confRule {
		return t
	}
	return Platform
}

// dateline marks the all-caps place that opens a wire story's first
// paragraph ("WARSAW, Nov 14 -", "AUSTIN, Texas, Oct 23 -", "GENEVA
// (Reuters) -") as a GPE: a known place keeps its entry, so that "WARSAW"
// and "Warsaw" are one entity; an unknown one is a GPE all the same. The
// place must start a paragraph and be followed by a comma or bracket and,
// within a few tokens, a month, a dash or a bracketed agency name.
func (w *work) dateline(si int, s Sentence) {
	i := s.TokenStart
	if i >= s.TokenEnd {
		return
	}
	if p := w.raw[i].start; p > 0 && w.text[p-1] != '\n' {
		return
	}
	j := i
	for j < s.TokenEnd && j-i < 4 && len(w.raw[j].norm) > 1 && isAllCaps(w.raw[j].norm) && !isPunctTok(w.raw[j].norm) {
		j++
	}
	if j == i || j >= s.TokenEnd {
		return
	}
	// "SYDNEY — ..." : the place and a dash, no date.
	ok := datelineDashes[w.raw[j].norm]
	if !ok && w.raw[j].norm != "," && w.raw[j].norm != "(" {
		return
	}
	for k := j; k < s.TokenEnd && k < j+6 && !ok; k++ {
		n := w.raw[k].norm
		ok = datelineDash(n) || months[strings.TrimSuffix(n, ".")] ||
			n == "(" && k+1 < s.TokenEnd && (w.covered[k+1] != 0 && w.cands[w.covered[k+1]-1].typ == Org || w.agencyBeforeDash(k, s))
	}
	if !ok {
		return
	}
	var entry *lexEntry
	if c := w.covered[i]; c != 0 {
		if e := w.cands[c-1].entry; e != nil && w.cands[c-1].te == j && (e.typ == GPE || e.typ == Loc) {
			entry = e
		}
	} else {
		// The place in upper case: look it up case-insensitively.
		w.phr = w.lex.lookup(firstWordKey(w.raw[i].norm), w.phr[:0])
		for _, p := range w.phr {
			if (p.entry.typ == GPE || p.entry.typ == Loc) && matchAt(w.text, w.raw[i].start, p.text, true) == w.raw[j-1].end {
				entry = p.entry
				break
			}
		}
	}
	typ := GPE
	if entry != nil {
		typ = entry.typ
	}
	w.uncover(i, j)
	w.addCand(cand{ts: i, te: j, start: w.raw[i].start, end: w.raw[j-1].end, sent: si, typ: typ, conf: confLexicon, entry: entry})
	w.datelineRegion(si, s, j)
}

// agencyBeforeDash reports a bracketed name at the "(" at k that a dash
// follows: "NORMAL, Ill. (Mackinaw Valley Wire) —", an agency the lexicon
// does not know yet.
func (w *work) agencyBeforeDash(k int, s Sentence) bool {
	for j := k + 1; j < s.TokenEnd && j <= k+6; j++ {
		n := w.raw[j].norm
		if n == ")" {
			return j > k+1 && j+1 < s.TokenEnd && datelineDash(w.raw[j+1].norm)
		}
		if !isCap(n) {
			return false
		}
	}
	return false
}

// datelineRegion types the state or province after a dateline's town
// ("SPOKANE, Wash. —", "THUNDER BAY, Ont. —") as a GPE, also when its
// abbreviation is a word ("Wash.", "Pa.", "Mass.") that the lexicon
// leaves alone; j is the token after the town.
func (w *work) datelineRegion(si int, s Sentence, j int) {
	k := j + 1
	if w.raw[j].norm != "," || k >= s.TokenEnd {
		return
	}
	t := w.raw[k]
	full, ok := regionNames[strings.TrimSuffix(t.norm, ".")]
	if !ok {
		return
	}
	te := k + 1
	if !strings.HasSuffix(t.norm, ".") {
		// "Wash" "." as two tokens.
		if te >= s.TokenEnd || w.raw[te].norm != "." || w.raw[te].start != t.end {
			return
		}
		te++
	}
	if c := w.covered[k]; c != 0 && w.cands[c-1].typ == GPE && w.cands[c-1].te == te {
		return
	}
	// The full name's entry, so that "Wash." and "Washington" are one.
	var entry *lexEntry
	w.phr = w.lex.lookup(firstWordKey(full), w.phr[:0])
	for _, p := range w.phr {
		if p.entry.typ == GPE && p.text == full {
			entry = p.entry
			break
		}
	}
	w.uncover(k, te)
	w.addCand(cand{ts: k, te: te, start: t.start, end: w.raw[te-1].end, sent: si, typ: GPE, conf: confLexicon, entry: entry})
}

var datelineDashes = setOf([]string{"—", "–", "--"})

// datelineDash reports a dash that may end a dateline: a hyphen too,
// after a date or an agency ("WARSAW, Nov 14 -", "(Reuters) -").
func datelineDash(n string) bool { return n == "-" || datelineDashes[n] }

var months = setOf([]string{"January", "February", "March", "April", "May", "June", "July", "August",
	"September", "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug",
	"Sep", "Sept", "Oct", "Nov", "Dec"})

// monthUsed reports a month at token i that its neighbours read as a
// date: "in June Meta said", "5 June", "last June", or a platform after
// it ("June Facebook"). "singer June Amaro" is a name.
func (w *work) monthUsed(i int) bool {
	if !months[w.raw[i].norm] {
		return false
	}
	if i+1 < len(w.raw) && w.isPlatformTok(i+1) {
		return true
	}
	if i == 0 {
		return false
	}
	if w.bylineMonth(i) {
		return false
	}
	p := strings.ToLower(w.raw[i-1].norm)
	return monthBefore[p] || p != "" && unicode.IsDigit(rune(p[0]))
}

// bylineMonth reports whether the month at token i is the given name of a
// byline, a paragraph of its own with no verb ("By June Halter, secretary
// of the Ochoco Rodeo Association"). "By June Wexford, Carlow and Kilkenny
// had left X." is a date.
func (w *work) bylineMonth(i int) bool {
	if i+1 >= len(w.raw) {
		return false
	}
	return w.bylineName(i, i+2, w.doc.Sentences[w.doc.Tokens[i].Sentence])
}

// monthBefore are the words before a month that make it a date.
var monthBefore = setOf([]string{"in", "since", "until", "till", "by", "from", "of", "last", "next", "this",
	"early", "late", "mid", "on", "during", "before", "after", "through", "between", "every", "each"})

// nameLike reports whether token i can be part of a capitalized name run.
func (w *work) nameLike(i int) bool {
	n := w.raw[i].norm
	if isAmount(n) {
		return false
	}
	if w.shouting != nil && w.shouting[w.doc.Tokens[i].Sentence] && !nameTag(w.raw[i].tag) {
		// "I HATE TIKTOK", "ELON MUSK BUYS TWITTER": in capitals
		// every word is capitalized, and the tags, read as if in lower
		// case, tell the verbs and function words from the names.
		return false
	}
	if w.camelInName(i) {
		return true
	}
	if !isCap(n) && !(nameConnectors[n[:max(0, strings.IndexFunc(n, isCompoundSep))]]) {
		return false
	}
	// "Jan" is a month, but "Jan Pietrzak" a name: a given name that is
	// also a stop word is a name when a capitalized word follows.
	// "Video" and "Online" are no names alone but begin or continue one
	// before another capitalized word: "Independent Video Creators Guild".
	if w.lex.notNames[strings.TrimSuffix(n, ".")] && !((w.lex.firstNames[n] || topicWords[n]) && i+1 < len(w.raw) && isCap(w.raw[i+1].norm) && !w.lex.notNames[w.raw[i+1].norm] && !w.monthUsed(i) &&
		!(n == "First" && w.isPlatformTok(i+1))) && !w.numberInName(i) && !w.titleSurname(i) {
		return false
	}
	// "Musk-owned" and "Syrian-Canadian" are not name tokens; "Coca-Cola"
	// and "al-Assad" are.
	parts := strings.FieldsFunc(n, isCompoundSep)
	for k, part := range parts {
		if k == 1 && wordPrefixes[parts[0]] && len(parts) == 2 {
			continue // "Co-operation", "Re-election"
		}
		if !isCap(part) && !(k < len(parts)-1 && nameConnectors[part]) || w.lex.adjectives[part] && len(parts) > 1 {
			return false
		}
	}
	return true
}

// nameTag reports whether a word with part-of-speech tag may be part of a
// name in a sentence in capitals: any word but a verb or a function word
// (a determiner, preposition, conjunction, pronoun, modal, particle); a
// noun or an adjective may ("SWIFT", "NEW").
func nameTag(tag string) bool {
	switch tag {
	case "DT", "IN", "CC", "PRP", "PRP$", "TO", "MD", "WDT", "WP", "WP$", "WRB", "EX", "PDT", "RP":
		return false
	}
	return !strings.HasPrefix(tag, "VB")
}

// titleSurname reports whether the title word at token i may be a surname:
// one of the titles that are also common surnames, with no capitalized
// word after it and no "the" before it. "Stephen King", "Gemma Lord" and
// "Rebecca Judge" are names (a title goes before a name, not after a
// given name), and so is "Bishop added" once the text has named Tom Bishop
// (a lone surname is kept only as a person's the text names); "King
// Charles", "Mark Chancellor Reeves" and "the Bishop" keep their titles.
func (w *work) titleSurname(i int) bool {
	if !surnameTitles[w.raw[i].norm] || i+1 < len(w.raw) && isCap(w.raw[i+1].norm) {
		return false
	}
	return i == 0 || !strings.EqualFold(w.raw[i-1].norm, "the")
}

// surnameTitles are the title words that are also common surnames.
var surnameTitles = setOf([]string{"King", "Bishop", "Judge", "Lord", "Prince", "Pope", "Chancellor",
	"Sheikh", "Constable", "Cardinal", "Marshal", "Sheriff"})

// numberInName reports whether the cardinal number word at token i opens
// the name after it: "the Three Rivers Booksellers Alliance", "The Two
// Bridges Rowing Club", "The Pittsburgh-based Three Rivers ...". A
// definite article or a word that says where the body is based before it
// says it is no count of things ("Three Meta executives", "two Facebook
// groups"), and the word after it must be a capitalized name word, not a
// platform's.
func (w *work) numberInName(i int) bool {
	if !cardinalWords[w.raw[i].norm] || i == 0 || i+1 >= len(w.raw) {
		return false
	}
	if a := w.raw[i-1].norm; a != "the" && a != "The" && !(strings.ContainsFunc(a, isCompoundSep) && ownerSuffixes[lastPart(a)]) {
		return false
	}
	next := w.raw[i+1].norm
	return isCap(next) && !w.lex.notNames[next] && !w.isPlatformTok(i+1)
}

// cardinalWords are the cardinal numbers that open names ("Three
// Rivers", "Seven Oaks"), written as capitalized words.
var cardinalWords = setOf([]string{"One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten",
	"Eleven", "Twelve", "Twenty", "Hundred"})

// hyphenInOrg reports whether token j, a hyphenated word that nameLike
// refuses ("Make-up", "Hand-made", "Anglo-Irish"), is inside the name of an
// organization whose run begins at a: its first part is capitalized, a
// name word follows it, and the run from a through the name words after it
// is an organization's ("Guild of Freelance Make-up Artists", "the
// Anglo-Irish Bank"). A word that says who owns, runs or backs the name
// after it is outside it ("Musk-owned X", "London-based Digital Rights
// Group").
func (w *work) hyphenInOrg(a, j, end int) bool {
	n := w.raw[j].norm
	k := strings.IndexFunc(n, isCompoundSep)
	if k <= 0 || k == len(n)-1 || j+1 >= end || !isCap(n[:k]) || isAmount(n) || !w.nameLike(j+1) {
		return false
	}
	if ownerSuffixes[lastPart(n)] {
		return false
	}
	b := j + 1
	for b < end && w.nameLike(b) {
		b++
	}
	return w.isOrgRun(a, b)
}

// ownerSuffixes end hyphenated words that modify a name from outside it.
var ownerSuffixes = setOf([]string{"owned", "based", "backed", "run", "led", "funded", "controlled",
	"linked", "affiliated", "born", "style", "era", "focused", "friendly", "sponsored", "operated",
	"aligned", "allied", "inspired", "centric", "related", "bound", "wide", "speaking", "language", "only"})

// camelInName reports whether the token at i, a word that opens with one
// lower-case letter before a capital ("eSafety"), begins a name with the
// capitalized name word after it: "the Office of the eSafety
// Commissioner". Alone ("an iPhone") it is no name word.
func (w *work) camelInName(i int) bool {
	n := w.raw[i].norm
	if len(n) < 3 || n[0] < 'a' || n[0] > 'z' || n[1] < 'A' || n[1] > 'Z' || i+1 >= len(w.raw) {
		return false
	}
	return isCap(w.raw[i+1].norm) && !w.isPlatformTok(i+1)
}

// isQuoteTok reports a quotation mark token, as the tagger normalized it.
func isQuoteTok(n string) bool {
	switch n {
	case `"`, "'", "`", "``", "''", "‘", "’", "“", "”":
		return true
	}
	return false
}

// isDigits reports whether s is a number written in digits alone.
func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// isAmount reports whether the token is a sum of money in a currency
// written with a letter prefix ("A$1.1", "NZ$40", "R$200"): no name.
func isAmount(n string) bool { return strings.ContainsAny(n, "$€£¥") }

// topicWords are stop words of the name lexicon that may be inside a name.
// "First" too, before a word that is no platform's: "First Methodist
// Church of Riverton", "Patients First Yorkshire", but "First Facebook
// went down".
var topicWords = setOf([]string{"Video", "Internet", "Web", "Online", "TV", "AI", "First"})

var wordPrefixes = setOf([]string{"Co", "Re", "Non", "Inter", "Pre", "Post", "Multi", "Self", "Counter", "Anti"})

func isCompoundSep(r rune) bool { return r == '-' || r == '/' || r == '—' || r == '–' }

// nameConnectors are the lower-case words that join a name's capitalized
// parts: "Pádraig de Búrca", "Ahmed bin Salem", and the Māori "o" ("of")
// in "Te Poari Reo o Te Tai Tokerau".
var nameConnectors = map[string]bool{
	"de": true, "da": true, "do": true, "dos": true, "das": true, "van": true, "von": true,
	"der": true, "den": true, "bin": true, "al": true, "la": true, "le": true, "del": true,
	"du": true, "di": true, "&": true, "ibn": true, "el": true, "na": true, "o": true,
	// "Dar es Salaam", "Sauti ya Wananchi".
	"es": true, "ya": true,
}

var corpSuffixes = map[string]bool{"Inc": true, "Corp": true, "Co": true, "Ltd": true, "Bros": true, "Jr": true, "Sr": true,
	"Inc.": true, "Corp.": true, "Co.": true, "Ltd.": true, "LLC": true, "PLC": true, "Platforms": true}

// matchRuns finds runs of capitalized words and turns them into candidates.
func (w *work) matchRuns(si int, s Sentence) {
	for i := s.TokenStart; i < s.TokenEnd; {
		if !w.nameLike(i) && !w.hyphenInOrg(i, i, s.TokenEnd) {
			i++
			continue
		}
		if te := w.cityOf(i, s.TokenEnd); te > 0 {
			// "the City of Melbourne": the city's council.
			w.uncover(i, te)
			w.addCand(cand{ts: i, te: te, start: w.raw[i].start, end: w.raw[te-1].end, sent: si, typ: Org, conf: confRule, initial: w.isInitial(i, s)})
			i = te
			continue
		}
		// "the Thai Ministry of Labour": a nationality before a ministry
		// is outside its name.
		if i+2 < s.TokenEnd && w.lex.adjectives[w.raw[i].norm] && !w.lex.orgLeads[w.raw[i].norm] && !w.lex.titles[w.raw[i].norm] &&
			govLeads[w.raw[i+1].norm] && w.raw[i+2].norm == "of" {
			i++
		}
		j := i + 1
		local := false
		for j < s.TokenEnd {
			n := w.raw[j].norm
			if w.nameLike(j) {
				j++
				continue
			}
			// "Corp." written as "Corp" + "."
			if n == "." && corpSuffixes[w.raw[j-1].norm] && w.raw[j].start == w.raw[j-1].end {
				j++
				break
			}
			// "Hospitality Workers Local 317", "Teamsters Local 727": a
			// union's local goes by its number.
			if w.raw[j-1].norm == "Local" && j-1 > i && isDigits(n) {
				j++
				local = true
				break
			}
			// "Basketball Officials' Association": a plural that opens
			// no name alone ("Officials said") continues one before a
			// possessive apostrophe and an organization's head.
			if w.lex.notNames[n] && j+2 < s.TokenEnd && strings.HasSuffix(n, "s") && w.raw[j+1].norm == "'" && w.raw[j+1].start == w.raw[j].end &&
				w.lex.orgHeads[w.raw[j+2].norm] {
				j += 3
				continue
			}
			// "Workers’ Union": a possessive apostrophe inside a name;
			// but "the Sentinels' Telegram channel" is a group's
			// platform.
			if n == "'" && j+1 < s.TokenEnd && w.nameLike(j+1) && !w.isPlatformTok(j+1) && w.raw[j].start == w.raw[j-1].end {
				j += 2
				continue
			}
			// "St. Brigid's", "St. Brigid's Primary School": a saint's
			// possessive names a school, church or hospital.
			if n == "'s" && saintNames[w.raw[i].norm] && j == i+2 && w.raw[j].start == w.raw[j-1].end {
				j++
				if j < s.TokenEnd && w.nameLike(j) {
					continue
				}
				break
			}
			// "Okanee County Sheriff's Office", "the Coroner's Office": an
			// office holder's possessive before the name of the office.
			if n == "'s" && w.lex.titles[w.raw[j-1].norm] && w.raw[j].start == w.raw[j-1].end &&
				j+1 < s.TokenEnd && officeHeads[w.raw[j+1].norm] {
				j += 2
				continue
			}
			// "Polish People's Party", "Women's Rights League": an irregular
			// plural's possessive inside an organization's name.
			if n == "'s" && irregularPlural(w.raw[j-1].norm) && w.raw[j].start == w.raw[j-1].end {
				if k := w.orgContinues(j+1, s.TokenEnd); k > 0 {
					j = k
					continue
				}
			}
			// "the Hog's Back Bouldering Co-op": after "the", a name the
			// lexicon does not know and its possessive open an
			// organization's name; "the" owns no person's possessive.
			if n == "'s" && i > s.TokenStart && w.raw[i-1].norm == "the" && w.raw[j].start == w.raw[j-1].end && w.covered[i] == 0 {
				if k := w.orgContinues(j+1, s.TokenEnd); k > 0 {
					j = k
					continue
				}
			}
			// "Ministry of Health, Labour and Welfare": a ministry of
			// several subjects listed with commas.
			if n == "," {
				if k := w.subjectList(i, j, s.TokenEnd); k > 0 {
					j = k
					break
				}
			}
			// "Ministry of the Interior".
			if n == "of" && j+2 < s.TokenEnd && w.raw[j+1].norm == "the" && w.nameLike(j+2) && w.ofJoins(j-1) {
				j += 3
				continue
			}
			// "Federal Office for the Protection of the Constitution",
			// "Parents for a Safer Touchline": a body or a group of people
			// "for the" or "for a" cause.
			// Not in a title-case headline, where "Support for a Ban
			// Grows" is capitalized throughout.
			if n == "for" && j+2 < s.TokenEnd && (w.raw[j+1].norm == "the" || w.raw[j+1].norm == "a") && w.nameLike(j+2) && !w.titleCase[si] &&
				!greetings[w.raw[i].norm] && (w.lex.orgLeads[w.raw[i].norm] || w.raw[j-1].tag == "NNS" || w.raw[j-1].tag == "NNPS") {
				j += 3
				continue
			}
			// "Select Committee on Online Safety": a body "on" a subject.
			if n == "on" && j+1 < s.TokenEnd && w.nameLike(j+1) && bodyOn[w.raw[j-1].norm] {
				j += 2
				continue
			}
			// "Committee to Protect Journalists".
			if n == "to" && j+1 < s.TokenEnd && w.nameLike(j+1) && w.raw[j+1].tag == "VB" && (w.lex.orgHeads[w.raw[j-1].norm] || w.lex.orgLeads[w.raw[j-1].norm]) {
				j += 2
				continue
			}
			// "Organisation for Security and Co-operation in Europe": an
			// organization "for" something "in" a known place.
			if n == "in" && j+1 < s.TokenEnd && w.lex.orgLeads[w.raw[i].norm] && w.weakJoin(i, j) > 0 {
				// A city or country after "in" is where the body sits: "the
				// Institute for Digital Childhood in Zurich".
				if c := w.covered[j+1]; c != 0 && w.cands[c-1].typ == Loc && w.cands[c-1].ts == j+1 &&
					(w.cands[c-1].te >= s.TokenEnd || !w.nameLike(w.cands[c-1].te)) {
					j = w.cands[c-1].te
					break
				}
			}
			if j+1 < s.TokenEnd && (w.nameLike(j+1) || w.hyphenInOrg(i, j+1, s.TokenEnd)) && (nameConnectors[n] || n == "of" && w.ofJoins(j-1) || n == "and" && !w.lex.orgStarts[w.raw[j+1].norm] || n == "for") {
				j += 2
				continue
			}
			if w.hyphenInOrg(i, j, s.TokenEnd) {
				j++
				continue
			}
			break
		}
		// Two organizations joined by "and" are two names, even where
		// the first has an "and" of its own ("Transport and Logistics
		// Workers' Union and Ashford Police").
		for k := i + 2; k < j-2; k++ {
			if w.twoOrgs(i, k, j) {
				j = k
				break
			}
		}
		// "and" and "for" join names only inside an organization's name
		// ("Ministry of Science and Technology", "Parents for Safer
		// Screens"); elsewhere they separate two names.
		forName := false
		if k := w.weakJoin(i, j); k > 0 && (!w.isOrgRun(i, j) || w.knownBefore(i, k)) {
			if forName = w.raw[k].norm == "for" && w.forJoins(i, k, j); forName && w.namedWork(i, s.TokenStart) {
				// "a class called Yoga for Alpha Males": the title of a
				// work, no name at all (typeUnknown drops the others).
				i = j
				continue
			} else if !forName {
				j = k
			}
		}
		// A sentence-initial word the tagger does not call a proper noun
		// is an ordinary capitalized word ("Imagine", "Asked").
		// The tagger guesses a word it does not know by its ending, so
		// a given name ending in "s" comes out a plural ("Dolores
		// Fenwick", "Ines Marchetti"); a plural noun never modifies a
		// surname, so one before a lone unknown name is a given name.
		// A word the tagger was never trained on is tagged by its ending
		// alone, so one before a lone surname may be a given name all the
		// same ("Celeste Varga has run ..."): typeUnknown decides, once
		// the surname is typed (see joinGivenNames).
		lead := 0
		if w.isInitial(i, s) && j-i > 1 && !strings.HasPrefix(w.raw[i].tag, "NNP") && w.covered[i] == 0 && !forName && !w.isOrgRun(i, j) &&
			!w.givenNameAsPlural(i, j) && !w.keepsLead(i, j, s.TokenEnd) {
			if j-i == 2 && w.givenNameLead(i) {
				lead = i + 1
			}
			i++
		}
		if forName || local {
			w.uncover(i, j)
			w.addCand(cand{ts: i, te: j, start: w.raw[i].start, end: w.raw[j-1].end, sent: si, typ: Org, conf: confRule, initial: w.isInitial(i, s)})
		} else {
			w.run(si, s, i, j)
			if c := w.covered[i]; lead != 0 && c != 0 && w.cands[c-1].ts == i && w.cands[c-1].te == j && w.cands[c-1].entry == nil {
				w.leads = append(w.leads, leadWord{cand: c - 1, tok: lead - 1})
			}
		}
		i = j
	}
}

// cityOf returns the end of a municipality's name at token i, "City of"
// or "Town of" and a place ("The City of Melbourne is less torn than I
// am", "asked the Town of Lunenburg", "the City of Greater Geelong"),
// with the organization's head that follows ("City of Edinburgh
// Council"), or 0. Capitalized, the words name the council, not the
// place ("the city of Melbourne").
func (w *work) cityOf(i, end int) int {
	if n := w.raw[i].norm; n != "City" && n != "Town" || i+2 >= end || w.raw[i+1].norm != "of" {
		return 0
	}
	j := i + 2
	if w.raw[j].norm == "Greater" && j+1 < end {
		j++
	}
	te := 0
	if c := w.covered[j]; c != 0 {
		if w.cands[c-1].ts != j {
			return 0
		}
		te = w.cands[c-1].te
	} else if w.nameLike(j) {
		te = j + 1
	} else {
		return 0
	}
	if te < end && w.nameLike(te) {
		// "City of London Police", "City of Edinburgh Council": a
		// body the city names, or no name of this kind.
		te = w.orgContinues(te, end)
	}
	return te
}

// givenNameLead reports whether the sentence-initial word at token i,
// which the tagger does not call a proper noun, may be a given name all
// the same: a capitalized word of letters that the tagger was never
// trained on, so that its tag is a guess from its ending ("Celeste",
// "Colleen"), and that is none of the package's common capitalized words,
// nationalities, titles or words of organization and place names. Words
// the tagger knows ("Imagine", "Only", "Critic") are what it tagged them.
func (w *work) givenNameLead(i int) bool {
	n := w.raw[i].norm
	if !isCap(n) || isAllCaps(n) && utf8.RuneCountInString(n) > 1 || w.lex.notNames[n] || w.lex.adjectives[n] || w.lex.titles[n] ||
		w.lex.orgHeads[n] || w.lex.orgLeads[n] || w.lex.orgStarts[n] || w.lex.gpeHeads[n] || townStarts[n] || placeHeads[n] {
		return false
	}
	for _, r := range n {
		if !unicode.IsLetter(r) && r != '\'' {
			return false
		}
	}
	v, ok := w.r.model.(vocabulary)
	return ok && !v.knows(n)
}

// joinGivenNames puts back the given name that matchRuns left out of a
// sentence-initial name (see givenNameLead) when the surname after it is
// a person: typed so here, or standing alone mid-sentence elsewhere in
// the text as a person ("Celeste Varga has run the orchestra ... Varga
// said"). It runs once the candidates are typed, before the document-level
// passes of typeUnknown.
func (w *work) joinGivenNames() {
	var surnames map[string]bool // last words of mid-sentence persons
	for _, l := range w.leads {
		c := &w.cands[l.cand]
		if c.dropped || c.entry != nil || c.ts != l.tok+1 || c.te-c.ts != 1 {
			continue
		}
		if c.typ != Person || c.conf < confModel {
			if surnames == nil {
				surnames = map[string]bool{}
				for _, o := range w.cands {
					if !o.dropped && o.entry == nil && o.typ == Person && o.conf >= confModel && !o.initial {
						surnames[w.raw[o.te-1].norm] = true
					}
				}
			}
			if !surnames[w.raw[c.ts].norm] {
				continue
			}
		}
		c.ts, c.start, c.initial, c.typ, c.conf = l.tok, w.raw[l.tok].start, true, Person, max(c.conf, confModel)
		w.covered[l.tok] = l.cand + 1
	}
}

// givenNameAsPlural reports whether the two-word run [a,b) is a given
// name the tagger took for a plural noun, followed by an unknown name:
// "Dolores Fenwick", not "Officials Monday" or a known name after a noun.
// A plural before a list of surnames is a role ("Senators Marlow and
// Birch", "Teachers Marlow, Birch and Oyelaran").
func (w *work) givenNameAsPlural(a, b int) bool {
	n := w.raw[a].norm
	if b-a != 2 || w.raw[a].tag != "NNS" || w.covered[a+1] != 0 || !strings.HasPrefix(w.raw[a+1].tag, "NNP") ||
		w.lex.notNames[n] || w.lex.adjectives[n] || w.lex.titles[n] || w.lex.titles[strings.TrimSuffix(n, "s")] ||
		w.lex.orgHeads[w.raw[a+1].norm] {
		return false
	}
	if b+1 < len(w.raw) && (w.raw[b].norm == "and" || w.raw[b].norm == "&" || w.raw[b].norm == ",") && isCap(w.raw[b+1].norm) {
		return false
	}
	return true
}

// govLeads begin the names of government bodies that a nationality may
// precede ("the Thai Ministry of Labour").
var govLeads = setOf([]string{"Ministry", "Department", "Embassy", "Consulate"})

// subjectList returns the end of "A, B and C" after the name run [a,j)
// when the run is "Ministry of X" (the token at j is the comma): "Ministry
// of Health, Labour and Welfare". It returns 0 otherwise.
func (w *work) subjectList(a, j, end int) int {
	if j-a < 3 || !govLeads[w.raw[a].norm] || w.raw[a+1].norm != "of" {
		return 0
	}
	k := j
	for k < end && (w.raw[k].norm == "," || w.raw[k].norm == "and") {
		last := w.raw[k].norm == "and"
		k++
		if k >= end || !w.nameLike(k) {
			return 0
		}
		for k < end && w.nameLike(k) {
			k++
		}
		if last {
			return k
		}
	}
	return 0
}

// bodyOn are organization words that take a subject with "on" inside the
// name ("Standing Committee on Canadian Heritage").
var bodyOn = setOf([]string{"Committee", "Subcommittee", "Commission", "Council", "Conference", "Panel", "Taskforce"})

// knownBefore reports whether the tokens [a,k) before an "and" or "for" are
// exactly one known name: "TikTok and X Corp.", "Meta for Acme Securities"
// are two names, not one organization. A known place begins the name it
// stands in ("Darlington and District Model Railway Society", "the
// Cardiff and Vale Cab Drivers' Association").
func (w *work) knownBefore(a, k int) bool {
	c := w.covered[a]
	return c != 0 && w.cands[c-1].entry != nil && w.cands[c-1].ts == a && w.cands[c-1].te == k &&
		w.cands[c-1].typ != GPE && w.cands[c-1].typ != Loc
}

// twoOrgs reports whether the name run [a,b), with "and" at k, is two
// organizations, each a whole name that ends with its own head word: "the
// Hartwell Foundation and Crestline Media". One name has its subjects
// around the "and" ("Ministry of Science and Technology", "Department of
// Energy and Climate Change": the head before "and" follows "of"), a lone
// word before it ("Securities and Exchange Commission", "Transport and
// Logistics Workers' Union"), a nationality or a word like "National"
// before the subjects ("Australian Securities and Investments
// Commission") or a second head word right after it ("Bank and Trust
// Company").
func (w *work) twoOrgs(a, k, b int) bool {
	if w.raw[k].norm != "and" || k-a < 2 || b-(k+1) < 2 {
		return false
	}
	if first := w.raw[a].norm; w.lex.adjectives[first] || w.lex.orgLeads[first] {
		return false
	}
	head, before, after := w.raw[k-1].norm, w.raw[k-2].norm, w.raw[k+1].norm
	if r, _ := utf8.DecodeRuneInString(before); !w.lex.orgHeads[head] || unicode.IsLower(r) || w.lex.titles[before] {
		return false
	}
	if w.lex.orgHeads[after] && !w.lex.orgLeads[after] {
		return false
	}
	return w.isOrgRun(k+1, b)
}

var saintNames = setOf([]string{"St.", "St", "Saint"})

var irregularPlurals = setOf([]string{"People", "Women", "Men", "Children", "Peoples"})

// irregularPlural reports whether n is a capitalized irregular plural,
// one of irregularPlurals or a compound of "men" ("Fishermen's
// Association", "Servicemen's League").
func irregularPlural(n string) bool {
	return irregularPlurals[n] || len(n) > 3 && isCap(n) && strings.HasSuffix(n, "men")
}

// nounBefore reports a common word at token i, known to the tagger in
// lower case, that stands before a lower-case noun and so modifies it:
// "Charity" in "Charity watchdog says ...".
func (w *work) nounBefore(i int) bool {
	if i+1 >= len(w.raw) || isCap(w.raw[i+1].norm) || !strings.HasPrefix(w.raw[i+1].tag, "NN") {
		return false
	}
	low := strings.ToLower(w.raw[i].norm)
	if strings.ContainsFunc(low, func(r rune) bool { return !unicode.IsLetter(r) }) {
		// The tagger's normalization knows every hyphenated word: not
		// "Tri-Cove" in "Tri-Cove transit agency quits X".
		return false
	}
	v, ok := w.r.model.(vocabulary)
	return ok && v.knows(low)
}

// orgContinues returns the end of the name run starting at i if it ends
// with an organization head word ("Party"), or 0. A plural's possessive
// apostrophe glued to it may stand inside the run: "Women’s Footballers’
// Union".
func (w *work) orgContinues(i, end int) int {
	k := i
	for k < end && w.nameLike(k) && w.covered[k] == 0 {
		k++
		if k+1 < end && w.raw[k].norm == "'" && w.raw[k].start == w.raw[k-1].end && w.nameLike(k+1) && !w.isPlatformTok(k+1) {
			k++
		}
	}
	if k > i && w.lex.orgHeads[w.raw[k-1].norm] {
		return k
	}
	return 0
}

// weakJoin returns the index of the first "and" or "for" joining [a,b), or 0.
func (w *work) weakJoin(a, b int) int {
	for k := a + 1; k < b-1; k++ {
		if n := w.raw[k].norm; n == "and" || n == "for" {
			return k
		}
	}
	return 0
}

// forJoins reports whether "X for Y" at [a,b) with "for" at k is one name:
// no person title or known name on either side ("Alternative for Germany",
// "Parents for Safer Screens" are; "Minister for Digital Affairs Jane Doe"
// is not).
func (w *work) forJoins(a, k, b int) bool {
	for i := a; i < b; i++ {
		if w.lex.titles[w.raw[i].norm] || i < k && w.covered[i] != 0 && !w.placeOfPeople(a, i, k) {
			return false
		}
	}
	return w.weakJoin(k, b) == 0
}

// placeOfPeople reports whether token i, known as a place, opens a name of
// people from it that "for" at k goes on: "Colorado Families for Online
// Safety", "Ohio Parents for Safer Phones". The place is the name's first
// word and alone, and the word before "for" a plural.
func (w *work) placeOfPeople(a, i, k int) bool {
	c := w.covered[i]
	if i != a || k-a < 2 || w.cands[c-1].ts != i || w.cands[c-1].te != i+1 || w.cands[c-1].typ != GPE && w.cands[c-1].typ != Loc {
		return false
	}
	return pluralNoun(w.raw[k-1])
}

// pluralNoun reports whether t reads as a plural noun: tagged a noun (the
// tagger calls an unknown plural a proper noun, "Nights/NNP") and ending
// in a plural's "s" ("Families", not "Press" or "Bus").
func pluralNoun(t rawToken) bool {
	return strings.HasPrefix(t.tag, "NN") && len(t.norm) > 3 && strings.HasSuffix(t.norm, "s") && !strings.HasSuffix(t.norm, "ss")
}

// ofJoins reports whether "of" after token i continues a name ("University
// of Leeds", "Bank of America", "Secretary of State").
func (w *work) ofJoins(i int) bool {
	n := w.raw[i].norm
	return w.lex.orgLeads[n] || w.lex.orgHeads[n] || w.lex.titles[n] || n == "Republic" || n == "Kingdom" || n == "State" || n == "States" ||
		memberPlurals[n] && i > 0 && isCap(w.raw[i-1].norm)
}

// memberPlurals name the people a group is made of; after a capitalized
// word and before "of" they are inside its name: "Transit Riders of
// Ashport", "Concerned Parents of Marlow".
var memberPlurals = setOf([]string{"Riders", "Friends", "Parents", "Residents", "Neighbours", "Neighbors",
	"Mothers", "Fathers", "Daughters", "Sons", "Sisters", "Citizens", "Veterans", "Farmers", "Tenants",
	"Users", "Readers", "Fans", "Supporters", "Survivors", "Families", "Pensioners", "Commuters",
	"Cyclists", "Patients", "Walkers", "Anglers", "Ratepayers", "Taxpayers", "Voters", "Drivers"})

// run turns the name run [a,b) into candidates.
func (w *work) run(si int, s Sentence, a, b int) {
	// Strip leading titles for the organization test.
	a0 := a
	for a0 < b && w.lex.titles[w.raw[a0].norm] && !w.lex.orgLeads[w.raw[a0].norm] {
		a0++
	}
	if a0 < b && w.raw[a0].norm == "'s" {
		// "Attorney General's Office": the office of a title holder.
		a0 = a
	}
	if a0 == a+1 && b-a0 >= 3 && !personOnlyTitles[w.raw[a].norm] && !w.lex.firstNames[w.raw[a0].norm] && w.covered[a0] == 0 && w.isOrgRun(a0, b) {
		// "Sister Chapter Book Club": a title word before an
		// organization's name of common words, not a person's, is
		// the name's first word.
		a0 = a
	}
	if a0 == b-1 && a0 > a && w.lex.orgHeads[w.raw[a0].norm] && w.covered[a0] == 0 {
		// "Foreign Ministry", "Justice Department": a title word before
		// a head word names a body, not a person.
		a0 = a
		for a0 < b-1 && personOnlyTitles[w.raw[a0].norm] {
			a0++
		}
	}
	if b-a0 >= 2 && w.isOrgRun(a0, b) && !w.singleCand(a0, b) && !w.headSurname(a0, b, s.TokenEnd) && !w.bylineName(a0, b, s) {
		hasTitle := false
		// A title word in a run that ends with a head word is part of
		// the body's name: "Victorian Cavalier King Charles Spaniel
		// Club" is a breed's club. In a headline's title case the head
		// word may be the sentence's ("Health Secretary Jane Roe Visits
		// Hospital"), and in a run without one the title goes with a
		// person ("Department of Justice Spokesman John Doe").
		headed := w.lex.orgHeads[w.raw[b-1].norm] && !w.titleCase[si]
		for k := a0 + 1; k < b-1 && !headed; k++ {
			// A title word right before a head word modifies it: "Lakeshore
			// General Hospital", "Chief Rabbi Office" are bodies.
			// A title word after "of the" names a subject: "Department of
			// the Interior and Local Government".
			// So does one after "and" ("Bus and Coach Workers'
			// Union").
			if w.lex.titles[w.raw[k].norm] && !w.lex.orgHeads[w.raw[k].norm] && !w.lex.orgLeads[w.raw[k].norm] && !w.lex.orgHeads[w.raw[k+1].norm] && w.raw[k+1].norm != "'s" &&
				w.raw[k-1].norm != "of" && w.raw[k-1].norm != "the" && w.raw[k-1].norm != "and" && w.raw[k-1].norm != "&" {
				hasTitle = true
			}
		}
		if !hasTitle {
			// "ByteDance Ltd." is the known ByteDance.
			var entry *lexEntry
			if c := w.covered[a0]; c != 0 && w.cands[c-1].typ == Org && w.cands[c-1].entry != nil {
				entry = w.cands[c-1].entry
				for k := w.cands[c-1].te; k < b; k++ {
					if !corpSuffixes[w.raw[k].norm] && w.raw[k].norm != "." {
						entry = nil
					}
				}
			}
			w.uncover(a0, b)
			w.addCand(cand{ts: a0, te: b, start: w.raw[a0].start, end: w.raw[b-1].end, sent: si, typ: Org, conf: confRule, entry: entry, initial: w.isInitial(a0, s)})
			return
		}
	}
	if w.groupWithPlace(si, a, b) {
		w.uncover(a, b)
		w.addCand(cand{ts: a, te: b, start: w.raw[a].start, end: w.raw[b-1].end, sent: si, typ: Org, conf: confRule, initial: w.isInitial(a, s)})
		return
	}
	// "U.S. District Judge Ann Roe", "Assistant U.S. Attorney Tom Hale":
	// a place inside a judge's or prosecutor's title is part of the
	// title, not a place of its own.
	var inTitle []bool
	for i := a; i < b; i++ {
		if e := w.placeInTitle(i, b); e > 0 {
			if inTitle == nil {
				inTitle = make([]bool, b-a)
			}
			w.uncover(i, e)
			for k := i; k < e; k++ {
				inTitle[k-a] = true
			}
			i = e - 1
		}
	}
	titleAt := func(i int) bool {
		return w.lex.titles[w.raw[i].norm] && !w.titleSurname(i) || inTitle != nil && inTitle[i-a]
	}
	// "Jordan Wakefield, 19,": two places side by side, with an age or a
	// person's role after them, are a person's name.
	for i := a; i+1 < b; i++ {
		k1, k2 := w.covered[i], w.covered[i+1]
		if k1 == 0 || k2 == 0 || k1 == k2 || !w.personAfterName(i+2, s.TokenEnd) {
			continue
		}
		if c1, c2 := &w.cands[k1-1], &w.cands[k2-1]; c1.te-c1.ts == 1 && c2.te-c2.ts == 1 && (c1.typ == GPE || c1.typ == Loc) && (c2.typ == GPE || c2.typ == Loc) {
			c1.dropped, c2.dropped = true, true
			w.covered[i], w.covered[i+1] = 0, 0
		}
	}
	// A place or an ambiguous word glued to an unknown name is part of it
	// ("Jordan Peterson", "Michael Jordan", "Malcolm X"), unless a service
	// noun after it says it is the platform's ("the Lanternhouse Discord
	// server"). After a name, an age or a person's role in commas makes a
	// place a surname ("Colleen Sydney, 63,", "Beverly Lancaster, who
	// drives the 23 route").
	for i := a; i < b; i++ {
		k := w.covered[i]
		if k == 0 {
			continue
		}
		c := &w.cands[k-1]
		if c.typ == Org && c.ts > a && w.lex.firstNames[w.raw[c.ts-1].norm] {
			// "Paul Stanford, who studies misinformation", "Gerald
			// Ford": a given name makes the organization's name
			// after it a surname (resolve links a later "Stanford
			// warned" to him).
			w.uncover(c.ts, c.te)
			continue
		}
		if c.te-c.ts == 1 && (c.typ == GPE || c.typ == Loc || c.ambiguous) &&
			(c.te < b && w.covered[c.te] == 0 && !w.lex.titles[w.raw[c.te].norm] ||
				c.ts > a && w.covered[c.ts-1] == 0 && (w.lex.firstNames[w.raw[c.ts-1].norm] || w.givenAndSurname(a, c.ts) || w.raw[c.ts-1].norm == "County" || w.personAfterName(c.te, s.TokenEnd) || c.ambiguous && !w.lex.titles[w.raw[c.ts-1].norm] && !(c.te < s.TokenEnd && serviceAfter[w.raw[c.te].norm]) && !w.imperativeAt(c.ts-1, s))) {
			c.dropped = true
			w.covered[i] = 0
		}
	}
	// Split at titles and known names. A title that is no name word
	// stands outside the run: "met Ms. Okafor", "Dr Okafor said".
	afterTitle := a > s.TokenStart && w.lex.titles[w.raw[a-1].norm]
	for i := a; i < b; {
		n := w.raw[i].norm
		if c := w.covered[i]; c != 0 {
			i = w.cands[c-1].te
			afterTitle = false
			continue
		}
		if titleAt(i) && !(i+1 < b && n == "General" && w.raw[i+1].norm == "Motors") {
			afterTitle = true
			i++
			continue
		}
		j := i + 1
		for j < b && w.covered[j] == 0 && !titleAt(j) {
			j++
		}
		if j < b && titleAt(j) && !afterTitle && j-i == 1 && w.proseType(&cand{ts: i, te: j}) != Org {
			// "Policy Adviser Stephen Miller": a lone word before a title
			// is part of the title unless prose sees an organization.
			i = j
			continue
		}
		if j < b && j-i == 2 && w.raw[j].norm == "Member" && !afterTitle && localBodyWords[w.raw[i].norm] && w.lex.orgHeads[w.raw[i+1].norm] {
			// "City Council Member Leticia Ambrose": a body named by
			// its kind alone is part of the member's title.
			i = j
			continue
		}
		// Trim a trailing connector or period.
		for j > i+1 && (nameConnectors[w.raw[j-1].norm] || w.raw[j-1].norm == "of" || w.raw[j-1].norm == ".") {
			j--
		}
		// "Company X", "Model X": a letter naming a thing.
		drop := j-i >= 2 && len(w.raw[j-1].norm) == 1 && notPlatformBefore[w.raw[j-2].norm]
		w.addCand(cand{ts: i, te: j, start: w.raw[i].start, end: w.raw[j-1].end, sent: si, afterTitle: afterTitle, initial: w.isInitial(i, s), dropped: drop})
		afterTitle = false
		i = j
	}
}

// givenAndSurname reports whether the place at token e, in a run starting
// at a, is a person's second surname: the two tokens before it are a given
// name and another word ("Mariana Costa Lima"), or the token before it
// and the place end an earlier name of three or more words ("Costa Lima
// said").
func (w *work) givenAndSurname(a, e int) bool {
	if e-2 >= a && w.lex.firstNames[w.raw[e-2].norm] {
		return true
	}
	for _, c := range w.cands {
		if c.te-c.ts >= 3 && w.raw[c.te-2].norm == w.raw[e-1].norm && w.raw[c.te-1].norm == w.raw[e].norm {
			return true
		}
	}
	return false
}

// groupWithPlace reports whether the run of tokens a to b-1 is a group's
// name that ends with the place it works in: "Quiet Nights Arizona", "Safe
// Screens Ireland", "Theatre Network Ireland", "Archives Trust New
// Zealand". Two or more words no lexicon knows, the last a plural noun or
// a word that heads organizations' names, come before one known place,
// outside a title-case headline (where "Parents Sue Arizona" is a
// sentence); or one such word does, and an apposition after the name says
// it is a body ("Pedal Nottingham, a campaign group").
func (w *work) groupWithPlace(si, a, b int) bool {
	if b-a < 2 || w.titleCase[si] {
		return false
	}
	c := w.covered[b-1]
	if c == 0 || w.cands[c-1].te != b || w.cands[c-1].typ != GPE && w.cands[c-1].typ != Loc {
		return false
	}
	pl := w.cands[c-1].ts
	if pl-a < 1 {
		return false
	}
	for k := a; k < pl; k++ {
		if w.covered[k] != 0 || w.lex.titles[w.raw[k].norm] || w.lex.firstNames[w.raw[k].norm] {
			return false
		}
	}
	if pl-a == 1 {
		// "Pedal Nottingham, a campaign group": one word before the
		// place names a group when an apposition says so, or when it
		// is a brand's word with a capital inside ("FactLine Nigeria").
		end := w.doc.Sentences[si].TokenEnd
		return camelWord(w.raw[a].norm) || !w.lex.adjectives[w.raw[a].norm] && b+1 < end && w.raw[b].norm == "," && w.orgApposition(b+1, end)
	}
	p := w.raw[pl-1]
	return w.lex.orgHeads[p.norm] || pluralNoun(p)
}

// placeInTitle returns the end of the court words and legal title that
// follow the known place starting at token i, in a name run ending at b
// that goes on with a name after the title: "U.S. District Judge Ann Roe",
// "U.S. Attorney Tom Hale" (the end is that of "Judge", "Attorney"). It
// returns 0 otherwise: "U.S. President Joe Biden", "Texas Judge Ann Roe"
// and "Ohio Attorney General Dave Yost" name the place as a place, and
// "U.S." alone or before other words is a place.
func (w *work) placeInTitle(i, b int) int {
	c := w.covered[i]
	if c == 0 || w.cands[c-1].ts != i || w.cands[c-1].entry == nil || w.cands[c-1].typ != GPE && w.cands[c-1].typ != Loc {
		return 0
	}
	t := w.cands[c-1].te
	k := t
	for k < b && w.covered[k] == 0 && courtWords[w.raw[k].norm] {
		k++
	}
	if k+1 >= b || !legalTitles[w.raw[k].norm] || w.raw[k+1].norm == "General" || w.lex.titles[w.raw[k+1].norm] || w.covered[k+1] != 0 {
		return 0
	}
	if k == t && w.raw[k].norm != "Attorney" {
		// "Texas Judge Ann Roe": a judge from the place, no court named.
		return 0
	}
	return k + 1
}

// courtWords stand between a place and a judge's or prosecutor's title
// ("U.S. District Judge", "U.S. Bankruptcy Judge").
var courtWords = setOf([]string{"District", "Circuit", "Bankruptcy", "Magistrate", "Appeals", "Superior",
	"Federal", "Claims", "Tax", "Immigration", "Appellate", "Probate", "Chief", "Senior", "Assistant", "Deputy"})

// legalTitles are the titles of judges and prosecutors that a place may
// be part of.
var legalTitles = setOf([]string{"Judge", "Justice", "Attorney", "Magistrate", "Prosecutor"})

// officeHeads name the office a title holder runs ("Sheriff's Office").
var officeHeads = setOf([]string{"Office", "Department", "Bureau"})

// personOnlyTitles never begin an organization's name.
// localBodyWords name the kind of a local body in a title ("City Council
// Member", "School Board Member"), not a particular body.
var localBodyWords = setOf([]string{"City", "County", "Town", "Parish", "Borough", "District", "Village", "School", "Community"})

var personOnlyTitles = setOf([]string{"Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Prof", "Prof.", "Sir", "Dame", "Lord", "Lady"})

// singleCand reports whether [a,b) is exactly one known-name candidate.
func (w *work) singleCand(a, b int) bool {
	c := w.covered[a]
	return c != 0 && w.cands[c-1].ts == a && w.cands[c-1].te == b
}

func (w *work) uncover(a, b int) {
	for i := a; i < b; i++ {
		if c := w.covered[i]; c != 0 {
			w.cands[c-1].dropped = true
			w.covered[i] = 0
		}
	}
}

// isOrgRun reports whether the name [a,b) is an organization by its form:
// it ends with a word like "Party" or "Inc." or begins "University of".
func (w *work) isOrgRun(a, b int) bool {
	last := w.raw[b-1].norm
	if last == "." && b-1 > a {
		last = w.raw[b-2].norm
	}
	if w.lex.orgHeads[last] {
		return true
	}
	if w.lex.orgStarts[w.raw[a].norm] {
		return true
	}
	if b-a >= 3 && slices.ContainsFunc(w.raw[a+1:b-1], func(t rawToken) bool { return t.norm == "Community" }) {
		// "Belgrave Community Interpreters": no person's name has
		// "Community" inside it.
		return true
	}
	if saintNames[w.raw[a].norm] && b-a >= 3 && w.raw[a+2].norm == "'s" {
		return true
	}
	if w.lex.orgLeads[w.raw[a].norm] {
		for k := a + 1; k < b; k++ {
			if n := w.raw[k].norm; n == "of" || n == "for" || n == "to" || n == "on" {
				return true
			}
		}
	}
	if a > 0 && b < len(w.raw) && strings.EqualFold(w.raw[a-1].norm, "the") && slices.ContainsFunc(w.raw[a+1:b-1], func(t rawToken) bool { return t.norm == "and" }) {
		// "the Tynedale Knit and Natter circle": a name with "and"
		// between "the" and a lower-case noun for a body is that body's.
		if n := w.raw[b].norm; orgDescriptor(n) || n == "circle" {
			return true
		}
	}
	// "European Court of Human Rights", "National Bank of Greece".
	for k := a + 1; k < b-1; k++ {
		if n := w.raw[k+1].norm; (n == "of" || n == "for" || n == "on") && (w.lex.orgLeads[w.raw[k].norm] || w.lex.orgHeads[w.raw[k].norm]) && !w.lex.titles[w.raw[k].norm] {
			return true
		}
	}
	return false
}

// districtServices are the services a special district provides: before
// "District" they name a public body, not a place ("Inland Valley Health
// District", "Mesa Verde Water District").
var districtServices = setOf([]string{"Health", "Water", "Fire", "Hospital", "Transit", "Irrigation", "Library",
	"Housing", "Conservation", "Utility", "Utilities", "Sanitation", "Sewer", "Park", "Parks", "Recreation",
	"Drainage", "Flood", "Mosquito", "Cemetery", "Port", "Transportation", "Transport"})

// Context words for ambiguous platform names.
var (
	// serviceAfter are nouns for what a service holds ("server",
	// "account"): after an ambiguous name they make it the platform even
	// after a capitalized word ("the Lanternhouse Discord server"), unlike
	// serviceNouns, which say the name itself is a service.
	serviceAfter   = setOf([]string{"server", "servers", "channel", "channels", "account", "accounts", "group", "groups", "page", "pages"})
	platformBefore = setOf([]string{"on", "to", "via", "rival", "rivals", "platform", "site", "app",
		"network", "service", "joined", "join", "quit", "quitting", "left", "leave", "leaving",
		"banned", "ban", "blocked", "block", "from", "onto", "than", "abandon", "abandoned",
		"using", "use", "uses", "used", "over", "'s", "’s", "and", "or", "like", "with", "about", "of"})
	platformAfter = setOf([]string{"users", "user", "account", "accounts", "post", "posts", "feed",
		"platform", "premium", "owner", "algorithm", "timeline", "handle", "followers", "page",
		"pages", "profile", "app", "channel", "channels", "group", "groups", "server", "servers",
		"chat", "chats", "video", "videos", "moderators", "moderation", "policy", "policies",
		"'s", "’s", "did", "said", "says", "has", "had", "is", "was", "will", "would", "announced",
		"removed", "suspended", "banned", "blocked", "restored", "allowed", "added", "launched",
		"and", "or", "/", "instead", "in", "over", "as", ",", "."})
	notPlatformBefore = setOf([]string{"Company", "Model", "Malcolm", "Generation", "Gen", "Project",
		"Brand", "Person", "Mr.", "Planet", "Day", "Factor", "Series", "Class", "Type", "Article",
		"Section", "Chapter", "Figure", "Table", "Phase", "Stage", "Level", "Agent", "Citizen",
		"Country", "Candidate", "Suspect", "Patient", "Subject", "Version", "Space", "Super", "Region",
		"comment", "message", "email", "discussion", "reply", "forum", "Twitter", "'s"})
)

// imperatives are verbs that, opening a sentence in the imperative, take
// a service as their object ("Quit Telegram.", "Try Threads"): no part of
// a name with it.
var imperatives = setOf([]string{"use", "try", "join", "quit", "leave", "avoid", "download", "install",
	"uninstall", "delete", "ditch", "dump", "drop", "skip", "trust", "block", "ban", "boycott", "open",
	"follow", "watch", "choose", "pick", "stop", "keep", "switch", "abandon", "forget", "love", "hate",
	"check", "stay", "get", "move", "message", "text", "ping", "mute", "report", "blame", "thank"})

// imperativeAt reports whether token i opens sentence s with one of the
// imperatives.
func (w *work) imperativeAt(i int, s Sentence) bool {
	return imperatives[strings.ToLower(w.raw[i].norm)] && w.isInitial(i, s)
}

// decideAmbiguous keeps ambiguous platform names (X, Threads, Signal) only
// in context: a neighbour word ("on X", "X users"), a platform list, an
// explicit "formerly Twitter", or a document that names the same platform
// unambiguously (for X: Twitter).
func (w *work) decideAmbiguous() {
	unamb := map[string]bool{}
	any := false
	for _, c := range w.cands {
		if c.entry != nil && c.entry.platform && !c.ambiguous {
			unamb[c.entry.key] = true
			any = true
		}
		if c.entry != nil && !c.dropped && platformCompanies[c.entry.name] {
			// "Threads keeps showing me posts ... Why is this so
			// hard, Meta?": a text about a platform's owner is about
			// platforms.
			any = true
		}
	}
	named := map[string]bool{}   // ambiguous platforms named mid-sentence
	var waiting []int            // sentence-initial ones without context
	xNamed := false              // X named as a platform by its context
	var waitingX []int           // X without context
	var personal []ambiguousName // given names without context (personalPlatforms)
	for k := range w.cands {
		c := &w.cands[k]
		if !c.ambiguous || c.dropped {
			continue
		}
		s := w.doc.Sentences[c.sent]
		var prev, next, next2 string
		if c.ts > s.TokenStart {
			prev = w.raw[c.ts-1].norm
		}
		if c.te < s.TokenEnd {
			next = w.raw[c.te].norm
		}
		if c.te+1 < s.TokenEnd {
			next2 = w.raw[c.te+1].norm
		}
		// Part of a longer name: "Malcolm X", "X Games", "Signal Hill".
		// A capitalized stop word is no part of a name, where it opens the
		// sentence ("A Discord spokesman", "“On Telegram nobody ...") or
		// follows a transcript's speaker label ("HEGARTY: And Telegram?").
		// A gerund or an adverb that opens the sentence is no part of
		// one either ("Blocking Telegram would be a disaster",
		// "Honestly Threads is a dumpster fire").
		// Nor is an imperative that opens it ("Quit Telegram.", "Use
		// Signal for that").
		opener := prev != "" && (w.isInitial(c.ts-1, s) && (w.raw[c.ts-1].tag == "VBG" || strings.HasPrefix(w.raw[c.ts-1].tag, "RB")) ||
			w.imperativeAt(c.ts-1, s))
		// "Musk-owned X", "Meta-run Threads": whoever owns or runs the
		// name is no part of it, and says it is a service.
		owned := ownedBy(prev)
		// A service noun after the name says it is the platform's, whatever
		// stands before it ("the Lanternhouse Discord server").
		glued := prev != "" && isCap(prev) && !c.initial && !w.isPlatformTok(c.ts-1) && !opener && !owned && !w.lex.notNames[prev] && !serviceAfter[next] ||
			next != "" && isCap(next) && !isAmount(next) && !w.lex.titles[next] && !w.lex.notNames[next] && !w.isPlatformTok(c.te)
		// A hyphen after it makes a compound ("X -rated"); a dash
		// ("Discord -- its rival") does not.
		if glued || notPlatformBefore[prev] && prev != "'s" || strings.HasPrefix(next, "-") && next != "--" {
			c.dropped = true
			continue
		}
		local := platformBefore[strings.ToLower(prev)] || platformAfter[strings.ToLower(next)] || owned ||
			(next == "," || next == "(") && strings.HasPrefix(strings.ToLower(next2), "formerly") ||
			c.ts > s.TokenStart && w.isPlatformTok(c.ts-2) || w.isPlatformTok(c.te+1)
		if personalPlatforms[c.entry.name] {
			// "Cara" is a given name too: only a word that says it
			// is a service does, here or at another of its mentions
			// ("Cara, an app built by artists", "on Cara").
			if owned || serviceNouns[strings.ToLower(prev)] || serviceNouns[strings.ToLower(next)] || prev == "on" || prev == "onto" || prev == "via" ||
				next == "," && w.serviceApposition(c.te+1, s.TokenEnd) {
				named[c.entry.key] = true
			} else {
				// A name, unless another mention says otherwise:
				// typeUnknown types it.
				personal = append(personal, ambiguousName{k, c.entry})
				c.entry, c.ambiguous, c.typ = nil, false, ""
			}
			continue
		}
		x := c.entry.name == "Twitter"
		switch {
		case x && (local && (unamb[c.entry.key] || prev != "over" && prev != "of" && prev != "with" && prev != "about" || w.attitudeBefore(c.ts-1, s))):
			xNamed = true
		case x && unamb[c.entry.key]:
		case x:
			c.dropped = true
			waitingX = append(waitingX, k)
		case !x && !c.initial:
			named[c.entry.key] = true
		case !x && (local || any || w.lowerCase):
		default:
			c.dropped = true
			if !x && c.initial {
				waiting = append(waiting, k)
			}
		}
	}
	// A sentence-initial name is the platform the text names elsewhere
	// ("... moving her channel to Kick. Kick pays more").
	for _, k := range waiting {
		if named[w.cands[k].entry.key] {
			w.cands[k].dropped = false
		}
	}
	// X is the platform everywhere in a text whose context shows it is
	// once ("... paused advertising on X. X sued Media Matters").
	if xNamed {
		for _, k := range waitingX {
			w.cands[k].dropped = false
		}
	}
	for _, p := range personal {
		if named[p.entry.key] {
			c := &w.cands[p.cand]
			c.entry, c.ambiguous, c.typ = p.entry, true, p.entry.typ
		}
	}
}

// attitudeBefore reports whether the preposition at token i completes an
// attitude toward what follows: an adjective or a participle before it
// ("tired of X", "done with X", "frustrated with X", "wrong about X").
func (w *work) attitudeBefore(i int, s Sentence) bool {
	if i-1 < s.TokenStart {
		return false
	}
	t := w.raw[i-1]
	return t.tag == "JJ" || t.tag == "VBN" || t.norm == "done"
}

// ambiguousName is a candidate of an ambiguous platform name that
// decideAmbiguous took for an unknown name, with the entry it had.
type ambiguousName struct {
	cand  int
	entry *lexEntry
}

// personalPlatforms are the ambiguous platform names that are also given
// names, which only a word naming a service makes platforms.
var personalPlatforms = setOf([]string{"Cara", "Marco Polo", "Kaya"})

// serviceNouns say that the name beside them is a service ("the Cara
// app", "the site Cara").
var serviceNouns = setOf([]string{"app", "apps", "site", "website", "platform", "service", "network", "forum"})

// serviceApposition reports whether the tokens from i (after a name's
// comma) are an apposition naming a service: "an app built by artists",
// "a portfolio site for illustrators". The sentence ends at token end.
func (w *work) serviceApposition(i, end int) bool {
	if i >= end || w.raw[i].norm != "a" && w.raw[i].norm != "an" && w.raw[i].norm != "the" {
		return false
	}
	for k := i + 1; k < end && k <= i+4; k++ {
		if serviceNouns[w.raw[k].norm] {
			return true
		}
		if w.raw[k].norm == "," {
			break
		}
	}
	return false
}

// platformCompanies are the companies that own the built-in platforms
// (builtinNames' canonical names).
var platformCompanies = setOf([]string{"Meta Platforms Inc.", "X Corp.", "Alphabet", "Google", "Microsoft", "ByteDance"})

// ownedBy reports a hyphenated word that names who owns, runs or controls
// the name after it ("Musk-owned", "state-run").
func ownedBy(word string) bool {
	return strings.IndexFunc(word, isCompoundSep) > 0 && serviceOwners[lastPart(word)]
}

// serviceOwners end the hyphenated words that say who owns or runs a
// service ("Musk-owned X"); ownerSuffixes has them and more.
var serviceOwners = setOf([]string{"owned", "run", "controlled", "backed", "operated"})

// lastPart returns the lower-cased part of a hyphenated word after its last
// separator ("owned" of "Musk-owned"), or the whole word.
func lastPart(word string) string {
	return strings.ToLower(word[strings.LastIndexFunc(word, isCompoundSep)+1:])
}

// isPlatformTok reports whether token i is (part of) a known platform name.
func (w *work) isPlatformTok(i int) bool {
	if i < 0 || i >= len(w.raw) {
		return false
	}
	c := w.covered[i]
	return c != 0 && w.cands[c-1].entry != nil && w.cands[c-1].entry.platform
}

// Context words for typing unknown names.
var (
	orgAfterThe = setOf([]string{"movement", "group", "militia", "party", "network", "campaign",
		"organization", "organisation", "coalition", "alliance", "union", "company", "firm",
		"agency", "brand", "startup", "app",
		"club", "band", "newspaper", "outlet", "channel", "faction", "insurgency", "militants", "fighters",
		"regulator", "watchdog", "broadcaster", "publisher", "nonprofit", "charity", "lab", "laboratory",
		"consultancy", "institute", "ministry", "authority", "commission"})
	orgRoleBefore = setOf([]string{"ceo", "founder", "co-founder", "cofounder", "head", "chief",
		"executive", "president", "chairman", "chairwoman", "spokesman", "spokeswoman",
		"spokesperson", "director", "member", "members", "employees", "owner", "shareholders",
		"staff", "officials", "leader", "leaders", "lawyers", "researchers", "analysts", "board",
		// "the maintainers of Brambling"
		"maintainers"})
	// Heads of names that are places but not GPEs, and of names that are
	// events, laws or works, which are not annotated.
	placeHeads = setOf([]string{"River", "Lake", "Mountain", "Mountains", "Island", "Islands", "Sea",
		"Ocean", "Valley", "Bay", "Gulf", "Strait", "Desert", "Peninsula", "Coast", "Canal", "Street",
		"Avenue", "Road", "Lane", "Row", "Walk", "Boulevard", "Terrace", "Crescent", "Drive", "Square", "Park", "Bridge", "Airport", "Stadium", "Arena",
		// "the Crab Nebula", "the Andromeda Galaxy", "Comet Hale-Bopp".
		"Nebula", "Galaxy", "Comet"})
	// Heads of places a body runs, which act through it: "Lune Valley
	// Airport has stopped posting", when an auxiliary or a report verb
	// follows the name (runsAfter).
	runPlaces = setOf([]string{"Airport", "Park", "Stadium", "Arena"})
	runsAfter = setOf([]string{"has", "have", "had", "does", "did", "will", "would", "said", "says"})
	// Heads of places that stand for their place alone ("the Gulf").
	loneWaters = setOf([]string{"Gulf", "Ocean", "Sea", "Bay", "Strait", "Peninsula", "Coast"})
	// Words that begin the names of storms, which are not annotated
	// ("Hurricane Ida", "Storm Babet").
	stormLeads = setOf([]string{"Hurricane", "Typhoon", "Cyclone", "Storm", "Tropical"})
	eventHeads = setOf([]string{"War", "Week", "Day", "Act", "Law", "Award", "Awards", "Prize", "Cup",
		"Games", "Championship", "Summit", "Conference", "Festival", "Agreement", "Accord", "Treaty",
		"Plan", "Program", "Programme", "Amendment", "Bill", "Olympics", "Election", "Elections",
		"Revolution", "Crisis", "Protocol", "Doctrine", "Era", "Age", "Notes", "Store", "Blue", "Premium", "Bowl",
		// "the week before Burns Night", "Bonfire Night".
		"Night"})
	// Lawmakers, named by the place they represent ("a senator from
	// Harrison", "a Democrat from Ohio").
	representsBefore = setOf([]string{"senator", "congressman", "congresswoman", "lawmaker", "legislator",
		"representative", "assemblyman", "assemblywoman", "assemblymember", "delegate", "mp", "councillor",
		"councilor", "councilman", "councilwoman", "democrat", "republican", "senators", "lawmakers", "legislators", "mps"})
	locativeBefore = setOf([]string{"in", "from", "to", "near", "across", "at", "outside", "around",
		"throughout", "into", "of", "via", "toward", "towards", "within", "visit", "visited", "where"})
	// Lower-case nouns that make the name before or after them a place.
	locNounAfter  = setOf([]string{"river", "sea", "lake", "mountains", "mountain", "valley", "delta", "basin", "gorge", "peninsula", "desert", "plateau", "glacier", "canyon"})
	gpeNounAfter  = setOf([]string{"county", "province", "district", "municipality", "oblast", "prefecture", "governorate", "township"})
	gpeNounBefore = setOf([]string{"city", "town", "village", "villages", "capital", "port", "province", "state", "towns", "cities", "region"})
	// greetings address the name after them ("Hello, Oregon").
	greetings = setOf([]string{"Welcome", "Hello", "Hi", "Hey", "Goodbye", "Bye", "Farewell", "Thanks", "Congratulations",
		"Congrats", "Sorry", "Cheers", "Greetings", "Howdy", "Hiya"})
	// Lower-case words that locate something in the place named after
	// them ("in downtown Millbrook").
	placeAdjBefore = setOf([]string{"downtown", "uptown", "midtown", "suburban", "rural", "northern", "southern", "eastern", "western",
		"northeastern", "northwestern", "southeastern", "southwestern", "north-central", "south-central"})
	// Compass words locate a place after a locative preposition ("in
	// east Devon", "from north Wales"); alone they may be an adverb
	// ("drove west Friday").
	compassBefore = setOf([]string{"east", "west", "north", "south", "northeast", "northwest", "southeast", "southwest",
		"north-east", "north-west", "south-east", "south-west", "central"})
	personAfter = setOf([]string{"said", "says", "told", "wrote", "added", "argued", "posted",
		"tweeted", "explained", "noted", "stated", "claimed", "asked", "replied", "insisted"})
	// kinNouns name a person by relation: "my boyfriend, Callum,".
	kinNouns = setOf([]string{"boyfriend", "girlfriend", "partner", "husband", "wife", "son", "daughter",
		"brother", "sister", "mum", "mom", "dad", "mother", "father", "friend", "grandson", "granddaughter",
		"nephew", "niece", "cousin", "fiancé", "fiancée", "stepson", "stepdaughter",
		"sister-in-law", "brother-in-law", "mother-in-law", "father-in-law", "son-in-law", "daughter-in-law",
		"grandmother", "grandfather", "grandma", "grandad", "granddad", "gran", "nan", "aunt", "auntie", "uncle",
		"stepmother", "stepfather", "neighbour", "neighbor", "flatmate", "roommate", "colleague"})
	// possessives own a kin noun: "my nephew Unai".
	possessives = setOf([]string{"my", "her", "his", "our", "their", "your"})
	// demonstratives point back to a kin noun the text used before:
	// "That granddaughter, Keeley,".
	demonstratives = setOf([]string{"that", "this"})
	// namedPeople say that the name after "named" or "called" is a
	// person's: "a guy named Lenny".
	namedPeople = setOf([]string{"guy", "man", "woman", "boy", "girl", "lady", "bloke", "fellow", "chap", "someone",
		"somebody", "kid", "student", "teacher", "friend", "neighbour", "neighbor", "colleague"})
)

// demonym reports whether an unknown name is the people of a known place
// ("Sri Lankans", "Kenyan") or the plural of a known nationality
// ("Norwegians"): a nationality, which is not annotated.
func (w *work) demonym(c *cand) bool {
	name := w.text[c.start:c.end]
	if strings.HasSuffix(name, "ans") && w.lex.adjectives[name[:len(name)-1]] {
		// "Norwegians", "Ghanaians": the plural of a nationality.
		return true
	}
	for _, suf := range []string{"ns", "n"} {
		stem, ok := strings.CutSuffix(name, suf)
		if !ok || len(stem) < 3 || !strings.HasSuffix(stem, "a") {
			continue
		}
		w.phr = w.lex.lookup(firstWordKey(stem), w.phr[:0])
		for _, p := range w.phr {
			if p.entry.typ == GPE && p.text == stem {
				return true
			}
		}
	}
	return false
}

// placeLists types as places the names listed after a place: "in
// Cardiff, Newport and Bridgend", "out of Stornoway and Oban", "across
// Dundee, Angus and Perth", "in Auckland and Hamilton". A list of places
// goes on as it began, and prose, which reads the words one by one, leaves
// such a name out or takes it for a person's or a firm's.
//
// Lists of names are as often people's, and prose calls many people
// places, so the list must open with a place after a word that locates
// ("in", "across", "between", "out of", "the provinces of"): not "Gervais and Najle", "Mike Lee of Utah and Jerry
// Moran", "the resignation of Mattis or Kelly". Only names no rule typed,
// of one or two words, and not one the text gives a person ("Sunday" of
// "Marlene Sunday") nor the second of two that acts or speaks ("finished
// in Ohio and Kerry conceded", but "teachers in Cardiff, Newport and
// Bridgend signed"). After a comma the list must go on to another name
// ("Cardiff, Newport and Bridgend"): a comma after a place also closes a
// phrase ("In the U.S., Gates and his wife ...").
func (w *work) placeLists() {
	var order []int
	people := map[string]int{}
	person := func(c *cand) bool {
		return c.typ == Person && (c.te-c.ts >= 2 || c.conf >= confRule)
	}
	for k := range w.cands {
		c := &w.cands[k]
		if c.dropped {
			continue
		}
		if person(c) {
			people[w.raw[c.ts].norm]++
			if c.te-c.ts > 1 {
				people[w.raw[c.te-1].norm]++
			}
		}
		if c.entry == nil && c.conf < confRule && c.te-c.ts <= 2 {
			order = append(order, k)
		}
	}
	slices.SortFunc(order, func(a, b int) int { return w.cands[a].ts - w.cands[b].ts })
	// placeBefore is the place candidate that ends right before a list
	// separator at token i-1 (",", "and", "or"), or nil.
	placeBefore := func(i, start int) *cand {
		if i-2 < start {
			return nil
		}
		if sep := strings.ToLower(w.raw[i-1].norm); sep != "," && sep != "and" && sep != "or" {
			return nil
		}
		p := w.covered[i-2]
		if p == 0 {
			return nil
		}
		o := &w.cands[p-1]
		if o.dropped || o.te != i-1 || o.typ != GPE || w.lex.adjectives[w.raw[o.ts].norm] {
			// Not a language ("in Spanish and Hmong").
			return nil
		}
		return o
	}
	for _, k := range order {
		c := &w.cands[k]
		s := w.doc.Sentences[c.sent]
		o := placeBefore(c.ts, s.TokenStart)
		if o == nil || c.te >= s.TokenEnd {
			continue
		}
		sep, next := strings.ToLower(w.raw[c.ts-1].norm), strings.ToLower(w.raw[c.te].norm)
		if sep == "," && !((next == "and" || next == "or" || next == ",") && c.te+1 < s.TokenEnd && isCap(w.raw[c.te+1].norm)) {
			continue
		}
		// The list's first name, and the word that opens the list.
		names := 2
		for p := placeBefore(o.ts, s.TokenStart); p != nil; p = placeBefore(o.ts, s.TokenStart) {
			o = p
			names++
		}
		lead := o.ts - 1
		if lead > s.TokenStart && strings.EqualFold(w.raw[lead].norm, "the") {
			lead--
		}
		if lead < s.TokenStart || !w.listLocative(lead, s.TokenStart, o.conf >= confRule) {
			continue
		}
		own := 0
		if person(c) {
			own = 1 // its own words
		}
		if t := w.raw[c.te].tag; names == 2 && (t == "VBD" || t == "VBZ" || t == "VBP" || t == "MD") ||
			people[w.raw[c.ts].norm] > own || people[w.raw[c.te-1].norm] > own {
			continue
		}
		c.typ, c.conf = GPE, confRule
	}
}

// listLocative reports whether token i is a word that opens a list of
// places: a preposition of place ("in", "across", "between"), "from"
// when the lexicon or a rule knows the first place (known: "from Kharkiv,
// Zaporizhzhia and Mykolaiv", not "from Warren and Sanders"), or "of"
// after "out" or a plural of places ("the provinces of").
func (w *work) listLocative(i, start int, known bool) bool {
	switch n := strings.ToLower(w.raw[i].norm); {
	case listLocatives[n]:
		return true
	case n == "from":
		return known
	case n == "of" && i > start:
		prev := strings.ToLower(w.raw[i-1].norm)
		return prev == "out" || placePlurals[prev]
	}
	return false
}

var (
	// listLocatives are the prepositions that open a place or a list of
	// places ("in the Dales", "across Fife and Angus").
	listLocatives = setOf([]string{"in", "across", "between", "near", "around", "throughout", "within", "outside"})
	// placePlurals are the plural nouns of places that "of" and a list
	// of them follow ("the departments of Guaviare and Caquetá").
	placePlurals = setOf([]string{"departments", "provinces", "regions", "counties", "states", "cities", "towns",
		"villages", "districts"})
)

// rulebooks are the capitalized names of a platform's rules ("did not go
// against its Community Standards"): a document, not an organization.
var rulebooks = setOf([]string{"Community Standards", "Community Guidelines"})

// idiomNames are the figures of speech built on a given name, the word
// before it as written.
var idiomNames = setOf([]string{"peeping Tom", "doubting Thomas", "smart Alec", "smart Aleck"})

// typeUnknown types candidates found by form only, using prose's labels,
// context rules and the rest of the document.
func (w *work) typeUnknown() {
	works := map[string]bool{}
	for k := range w.cands {
		c := &w.cands[k]
		if !c.dropped && c.entry == nil && c.te-c.ts == 1 && c.ts > 0 && idiomNames[w.raw[c.ts-1].norm+" "+w.raw[c.ts].norm] {
			// "made him a peeping Tom": a figure of speech, nobody's
			// name.
			c.dropped = true
			continue
		}
		if !c.dropped && c.typ != "" && c.entry == nil && w.reportTitle(c) {
			// "report ‘Bugs for Sale’ blames Facebook": prose types
			// a report's title too, which is no name.
			c.dropped = true
			continue
		}
		if c.dropped || c.typ != "" {
			continue
		}
		if w.demonym(c) || rulebooks[w.text[c.start:c.end]] {
			c.dropped = true
			continue
		}
		if s := w.doc.Sentences[c.sent]; w.namedWork(c.ts, s.TokenStart) || c.te+1 < s.TokenEnd && w.raw[c.te].norm == "," && workAppositions[w.appositionHead(c.te+1, s.TokenEnd)] {
			// "a Tumblr blog called Feedsack Diaries", "a podcast named
			// Porch Talk": titles of works and accounts are not
			// annotated, here or where the text repeats them.
			works[w.text[c.start:c.end]] = true
			c.dropped = true
			continue
		}
		if w.insideQuotedTitle(c, w.doc.Sentences[c.sent]) || w.reportTitle(c) {
			// "The report, “Down at Heel”, was published": a word of a
			// title. Only there: a quoted signature ("Father Gerry")
			// may name someone the text names again.
			c.dropped = true
			continue
		}
		c.typ, c.conf = w.typeByContext(c)
	}
	w.joinGivenNames()
	w.placeLists()
	// "Facebook Marketplace", "Instagram Reels", "Meta Verified", "Google
	// Translate": a lone word right after a known platform's or company's
	// name is a part or product of it, no organization or person of its
	// own, there and where the text names it alone ("began listing pets on
	// Marketplace"). Only words no rule typed.
	products := map[string]bool{}
	for k := range w.cands {
		if c := &w.cands[k]; !c.dropped && c.entry == nil && c.te-c.ts == 1 && c.ts > 0 && w.raw[c.ts].start == w.raw[c.ts-1].end+1 {
			if p := w.covered[c.ts-1]; p != 0 && w.cands[p-1].te == c.ts && (w.cands[p-1].typ == Platform || w.cands[p-1].typ == Org) && w.cands[p-1].entry != nil {
				products[w.raw[c.ts].norm] = true
			}
		}
	}
	for k := range w.cands {
		if c := &w.cands[k]; !c.dropped && c.entry == nil && (works[w.text[c.start:c.end]] || c.te-c.ts == 1 && products[w.raw[c.ts].norm] && c.conf < confRule) {
			c.dropped = true
		}
	}
	// Document level: a short name takes the type of a longer one it is
	// part of ("Musk" of "Elon Musk", "Haqqani" of "Anas Haqqani").
	// The head word of an organization ("the Ledger" of "Sacramento
	// Ledger", "a Commission spokesman" of "European Commission") is one
	// too; the first word of "Duluth City Council" names a place.
	for k := range w.cands {
		if c := &w.cands[k]; !c.dropped && c.te-c.ts == 1 && c.typ == Org && c.entry == nil && w.teamName(c, w.doc.Sentences[c.sent]) {
			w.markTeam(c.ts)
		}
	}
	// A name of two or three words prose calls a person's, whose first
	// word alone has a body's post (orgPost), is that organization:
	// "Clearpath Access" of "Sunita Varma, Clearpath's director".
	postOrgs := map[string]bool{}
	for _, c := range w.cands {
		if !c.dropped && c.entry == nil && c.te-c.ts == 1 && c.typ == Org && c.te < len(w.raw) && w.raw[c.te].norm == "'s" && w.orgPost(c.te+1, w.doc.Sentences[c.sent].TokenEnd) {
			postOrgs[w.raw[c.ts].norm] = true
		}
	}
	for k := range w.cands {
		c := &w.cands[k]
		if !c.dropped && c.entry == nil && c.te-c.ts >= 2 && c.te-c.ts <= 3 && c.typ == Person && c.conf < confRule && postOrgs[w.raw[c.ts].norm] && !w.lex.firstNames[w.raw[c.ts].norm] {
			c.typ, c.conf = Org, confRule
		}
	}
	// A two-word name prose calls a place is a person's when its last
	// word speaks alone elsewhere in the text, or has an age after it:
	// "the referee of the final, Precious Zungu, disqualified ..." and
	// "Zungu said she had left Telegram".
	speaks := map[string]bool{}
	for _, s := range w.doc.Sentences {
		for i := s.TokenStart; i+1 < s.TokenEnd; i++ {
			if personAfter[w.raw[i+1].norm] || w.ageAfter(i+1, s.TokenEnd) {
				speaks[w.raw[i].norm] = true
			}
		}
	}
	// Not when another person's name ends in the word: "Stretton said"
	// after Gwen Stretton leaves Church Stretton a place.
	surnames := map[string]bool{}
	for _, c := range w.cands {
		if !c.dropped && c.te-c.ts >= 2 && c.typ == Person {
			surnames[w.raw[c.te-1].norm] = true
		}
	}
	for k := range w.cands {
		if c := &w.cands[k]; !c.dropped && c.entry == nil && c.te-c.ts == 2 && c.typ == GPE && c.conf == confModel && speaks[w.raw[c.te-1].norm] && !surnames[w.raw[c.te-1].norm] {
			c.typ, c.conf = Person, confRule
		}
	}
	persons := map[string]bool{}
	guessedGiven := map[string]bool{}
	orgs := map[string]bool{}
	orgHeads := map[string]bool{}
	places := map[string]bool{}
	// placeWords holds, lower-cased, the single words a rule or the
	// dateline typed as places ("ASHPORT, Ore. —").
	placeWords := map[string]bool{}
	// datelineWords holds, lower-cased, the unknown places a dateline
	// typed ("KELOWNA, B.C. —", "LA CROSSE, Wis. —").
	datelineWords := map[string]bool{}
	for _, c := range w.cands {
		if !c.dropped && c.te-c.ts == 1 && c.typ == GPE && c.conf >= confRule {
			placeWords[strings.ToLower(w.raw[c.ts].norm)] = true
		}
		if !c.dropped && c.typ == GPE && c.conf == confLexicon && c.entry == nil {
			datelineWords[strings.ToLower(w.text[c.start:c.end])] = true
		}
		if c.dropped || c.te-c.ts < 2 {
			continue
		}
		if c.typ == Org && w.lex.orgHeads[w.raw[c.te-1].norm] {
			orgHeads[w.raw[c.te-1].norm] = true
		}
		if c.typ == Org && c.entry == nil && (w.teamName(&c, w.doc.Sentences[c.sent]) || w.pluralNamed(c)) {
			w.markTeam(c.te - 1)
		}
		if c.entry != nil {
			continue
		}
		switch c.typ {
		case Person:
			if c.conf >= confModel {
				persons[w.raw[c.ts].norm] = true
				persons[w.raw[c.te-1].norm] = true
			} else if c.te-c.ts == 2 {
				// A two-word name typed by its shape alone lends its
				// given name less: only before a verb (below).
				guessedGiven[w.raw[c.ts].norm] = true
			}
		case Org:
			if c.te-c.ts > 2 && w.raw[c.ts+1].norm == "of" && (w.raw[c.ts].norm == "City" || w.raw[c.ts].norm == "Town") {
				// "Ballarat" of "the City of Ballarat" is the town.
				places[w.raw[c.ts+2].norm] = true
			} else if w.lex.gpeHeads[w.raw[c.ts+1].norm] || w.raw[c.ts+1].norm == "Town" && c.te-c.ts > 2 {
				// "Westport" of "Westport Town Chat" is the town.
				places[w.raw[c.ts].norm] = true
			} else if t := w.raw[c.ts].tag; t != "NNS" && t != "NNPS" {
				// A plural noun that opens a group's name is no name
				// alone: "Parents" of "Parents for a Safer Touchline".
				orgs[w.raw[c.ts].norm] = true
			}
		}
	}
	for n := range orgs {
		if placeWords[strings.ToLower(n)] {
			// "Ashport" of "Ashport Disability Rights Coalition" in a
			// story datelined "ASHPORT, Ore.": the town the
			// organization is named after.
			delete(orgs, n)
			places[n] = true
		}
	}
	// One name, one type: a name prose typed differently in different
	// sentences takes its most confident type ("Trump" PERSON and ORG).
	seen := map[string]Type{} // best type of non-initial mentions, by text
	seenConf := map[string]int{}
	for _, c := range w.cands {
		// A sentence-initial name counts when a context rule typed it
		// ("Civic Dawn, a populist party ...").
		if !c.dropped && c.typ != "" && (!c.initial || c.conf >= confRule) && !w.titleCase[c.sent] {
			n := w.text[c.start:c.end]
			if c.conf > seenConf[n] {
				seen[n], seenConf[n] = c.typ, c.conf
			}
		}
	}
	for k := range w.cands {
		c := &w.cands[k]
		// prose calls many names it does not know GPE at the start of a
		// sentence, where it has no context before them: one it calls a
		// person in mid-sentence is a person there too ("Ambrose
		// Kettering went to Kick" GPE, "behind Ambrose Kettering's house"
		// PERSON).
		if n := w.text[c.start:c.end]; !c.dropped && c.entry == nil && c.typ != "" && seen[n] != c.typ &&
			(seenConf[n] > c.conf || c.initial && c.typ == GPE && c.conf == confModel && seen[n] == Person && seenConf[n] == confModel) {
			c.typ, c.conf = seen[n], seenConf[n]
		}
	}
	for k := range w.cands {
		c := &w.cands[k]
		if c.dropped || c.entry != nil {
			continue
		}
		if c.te-c.ts > 1 && c.typ == Person && datelineWords[strings.ToLower(w.text[c.start:c.end])] {
			// "La Crosse stick stringer says ..." over "LA CROSSE,
			// Wis. —": the town of the dateline, not a person.
			c.typ, c.conf = GPE, confRule
		}
		if c.te-c.ts == 1 {
			n := w.raw[c.ts].norm
			switch {
			case w.teams[n] && c.conf < confLexicon:
				// "Kestrels coach Robyn Astley" after "the Harbourside
				// Kestrels beat ...".
				c.typ, c.conf = Org, confRule
			case persons[n] && c.conf < confLexicon && !(c.typ == GPE && c.conf >= confRule):
				// A place rule ("in downtown Millbrook") outweighs a person
				// prose saw in a longer name ("The Millbrook Symphony").
				c.typ, c.conf = Person, confRule
			case guessedGiven[n] && c.te < len(w.raw) && (w.raw[c.te].tag == "MD" || strings.HasPrefix(w.raw[c.te].tag, "VB")):
				// "Her name is Bev Morley, ... Bev would rather ...":
				// the given name of a person only the name's shape typed
				// is the person where a verb follows it, not where it
				// modifies a noun ("Mayo land records").
				c.typ, c.conf = Person, confRule
			case orgs[n] && c.conf < confRule && !places[n] && c.ts > 0 && w.raw[c.ts-1].norm == "in":
				// "moved to Tulsa in May" after the "Tulsa Police
				// Department": a body's first word after "in" is the
				// place it is named after.
				c.typ, c.conf = GPE, confRule
			case orgs[n] && c.conf < confRule && !places[n] && !(c.initial && (w.raw[c.ts].tag == "NNS" || w.raw[c.ts].tag == "NNPS" || w.nounBefore(c.ts))):
				// Not a sentence's first word the tagger reads as a plural
				// noun: "Supporters’ trust leaves X" is no short form of the
				// "Supporters’ Trusts Network" the story names later. Not a
				// word that also opens a place's name: "Merrigal" of
				// "Merrigal Shire Council" and "Merrigal Regional Livestock
				// Exchange" is the town both are named after. Nor a first
				// word that modifies the common noun after it: "Charity
				// watchdog says ..." is no short form of the "Charity
				// Ireland Forum" quoted below it, "Women footballers’ union
				// says ..." none of the "Women’s Footballers’ Union".
				c.typ, c.conf = Org, confRule
			case places[n] && c.conf < confRule:
				c.typ, c.conf = GPE, confRule
			case c.typ == Person && c.conf < confRule && len(datelineWords) > 0 && datelineWords[strings.ToLower(n)]:
				// "KELOWNA, B.C. — A fake video in which Kelowna's
				// fire chief appeared ...": the town of the dateline,
				// not the person prose took the possessive for.
				c.typ, c.conf = GPE, confRule
			case orgHeads[n] && c.conf < confRule && (!c.initial || c.ts > 0 && w.raw[c.ts-1].norm == "The"):
				c.typ, c.conf = Org, confRule
			}
		}
		if c.typ == "" || w.titleCase[c.sent] && c.conf < confRule {
			// In a title-case headline every word is capitalized: keep
			// only names the body confirms. A name no rule typed here
			// is what it was where one did ("Her son, Theo, ..." and
			// "“...,” Theo said").
			c.typ = seen[w.text[c.start:c.end]]
		}
		if c.typ == "" {
			c.dropped = true
			continue
		}
		// A lone sentence-initial word needs support: prose capitalizes
		// every first word ("Due", "Analysts").
		if c.initial && c.te-c.ts == 1 && c.conf < confRule {
			if _, ok := seen[w.text[c.start:c.end]]; !ok && !isAcronym(w.raw[c.ts].norm) {
				c.dropped = true
			}
		}
		if c.te-c.ts == 1 && (w.lex.adjectives[w.raw[c.ts].norm] || greetings[w.raw[c.ts].norm]) {
			// "JEAN: Hello, Moira.": a greeting after a speaker label is
			// no name either.
			c.dropped = true
		}
	}
}

// orgShortForms finds an organization named without its head word
// elsewhere in the text: "Lakeshore General" for "Lakeshore General
// Hospital". The short form has at least two words, is a whole name run
// on its own, and is no known name or place.
func (w *work) orgShortForms() {
	n := len(w.cands)
	qualifies := func(o cand) bool {
		return !o.dropped && o.typ == Org && o.entry == nil && o.te-o.ts >= 3 && w.lex.orgHeads[w.raw[o.te-1].norm] && !w.lex.gpeHeads[w.raw[o.te-2].norm]
	}
	// A short form starts with the long name's first word: index where each
	// such word occurs, once, so the search is not candidates × tokens (a
	// 5 MB document has a million tokens and thousands of candidates).
	at := map[string][]int{}
	for k := 0; k < n; k++ {
		if o := w.cands[k]; qualifies(o) {
			at[w.raw[o.ts].norm] = nil
		}
	}
	if len(at) == 0 {
		return
	}
	for i := range w.raw {
		if p, ok := at[w.raw[i].norm]; ok {
			at[w.raw[i].norm] = append(p, i)
		}
	}
	for k := 0; k < n; k++ {
		o := w.cands[k]
		if !qualifies(o) {
			continue
		}
		// "Harvest Table" for "Harvest Table Restaurant Group": every
		// trailing head word may be left out.
		// "Sawyer Creek" in "Sawyer Creek Ledger" is the town, not a short
		// form, and so is "West Yorkshire" beside "West Yorkshire Police":
		// a public body's name before its head is the place it serves.
		if placeBodyHeads[w.raw[o.te-1].norm] {
			continue
		}
		for short := o.te - 1 - o.ts; short >= 2 && w.lex.orgHeads[w.raw[o.ts+short].norm] && !w.lex.gpeHeads[w.raw[o.ts+short-1].norm] && !townHeads[w.raw[o.ts+short-1].norm]; short-- {
			w.shortForm(k, o, short, at)
		}
	}
}

// shortForm adds the mentions of the first short words of the organization
// o (candidate k) where they stand alone as a name run.
func (w *work) shortForm(k int, o cand, short int, at map[string][]int) {
	for _, i := range at[w.raw[o.ts].norm] {
		if i >= o.ts && i < o.te || i+short > len(w.raw) {
			continue
		}
		si := w.doc.Tokens[i].Sentence
		s := w.doc.Sentences[si]
		if i+short > s.TokenEnd || i > s.TokenStart && w.nameLike(i-1) && !w.isInitial(i-1, s) || i+short < s.TokenEnd && w.nameLike(i+short) {
			continue
		}
		ok := true
		for j := 0; j < short && ok; j++ {
			ok = w.raw[i+j].norm == w.raw[o.ts+j].norm
			if c := w.covered[i+j]; c != 0 && (w.cands[c-1].entry != nil || w.cands[c-1].typ == Org) {
				ok = false
			}
		}
		if !ok {
			continue
		}
		w.uncover(i, i+short)
		w.addCand(cand{ts: i, te: i + short, start: w.raw[i].start, end: w.raw[i+short-1].end, sent: si, typ: Org, conf: confRule, initial: w.isInitial(i, s), alsoOf: k + 1})
	}
}

// isAcronym reports a short, mostly upper-case word: "FBI", "AfD", "TLWU".
func isAcronym(s string) bool {
	s = strings.ReplaceAll(s, ".", "")
	if len(s) < 2 || len(s) > 6 || !isCap(s) {
		return false
	}
	upper := 0
	for _, r := range s {
		switch {
		case unicode.IsUpper(r) || unicode.IsDigit(r):
			upper++
		case !unicode.IsLower(r):
			return false
		}
	}
	return upper >= 2 && 2*upper >= len(s)
}

// typeByContext types the candidate c by its words, its context and
// prose's labels (see contextType), and returns the type with its
// confidence. Some names cannot be a person's by their first word,
// whatever the context says: no person's name begins with a number word
// ("Fifth Symphony", "Second Helpings", "Six Nations"), and a saint's
// name alone names the church, school or hospital dedicated to the saint
// ("St. Casimir", like "St. Brigid's" in matchRuns).
func (w *work) typeByContext(c *cand) (Type, int) {
	t, conf := w.contextType(c)
	if t != Person || c.te-c.ts < 2 {
		return t, conf
	}
	switch first := w.raw[c.ts].norm; {
	case numberWords[first]:
		return "", 0
	case saintNames[first]:
		return Org, conf
	case w.pluralLast(c):
		return Org, conf
	}
	return t, conf
}

// pluralLast reports whether the candidate c, three or more words, ends
// with a common plural noun the tagger knows and opens with no given name
// the lexicon knows: "Belgrave Litter Heroes", "Austin Fintech Builders"
// and "Go Ahead Eagles" are groups or firms. Two words are too often a
// given name the lexicon lacks before a surname the tagger knows as a
// plural ("Lowri Jenkins", "Rhodri Evans").
func (w *work) pluralLast(c *cand) bool {
	if c.te-c.ts < 3 || w.lex.firstNames[w.raw[c.ts].norm] {
		return false
	}
	if c.ts > 0 && isQuoteTok(w.raw[c.ts-1].norm) {
		// "a channel calling itself 'Northbridge Relief Payments'": a
		// name in quotation marks is what something calls itself, not
		// the group this rule is for.
		return false
	}
	last := strings.ToLower(w.raw[c.te-1].norm)
	if len(last) <= 3 || !strings.HasSuffix(last, "s") || strings.HasSuffix(last, "ss") || strings.HasSuffix(last, "'s") {
		return false
	}
	v, ok := w.r.model.(vocabulary)
	return ok && v.knows(last)
}

// numberWords are the cardinal and ordinal numbers written as capitalized
// words.
var numberWords = setOf([]string{"One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten",
	"Eleven", "Twelve", "Twenty", "Hundred", "Thousand", "First", "Second", "Third", "Fourth", "Fifth", "Sixth",
	"Seventh", "Eighth", "Ninth", "Tenth", "Eleventh", "Twelfth", "Twentieth", "Hundredth"})

// festivalRunBy reports a text that says another body runs its festival:
// "The festival is run by ...", "The festival, which is run by ...".
func (w *work) festivalRunBy() bool {
	if w.festRun == 0 {
		w.festRun = 1
		low := strings.ToLower(w.text)
		if strings.Contains(low, "festival is run by") || strings.Contains(low, "festival, which is run by") {
			w.festRun = 2
		}
	}
	return w.festRun == 2
}

// contextType types the candidate c by the first of a list of rules on its
// words and context that applies, or else by prose's labels and its shape.
func (w *work) contextType(c *cand) (Type, int) {
	first, last := w.raw[c.ts].norm, w.raw[c.te-1].norm
	if last == "." && c.te-1 > c.ts {
		last = w.raw[c.te-2].norm
	}
	s := w.doc.Sentences[c.sent]
	tok := func(i int) string {
		if i < s.TokenStart || i >= s.TokenEnd {
			return ""
		}
		return w.raw[i].norm
	}
	prev, prev2, next := strings.ToLower(tok(c.ts-1)), strings.ToLower(tok(c.ts-2)), strings.ToLower(tok(c.te))
	switch {
	case w.bylineName(c.ts, c.te, s):
		// "By Aroha Driver, owner of Ruahine Driving School.", "By Helen
		// Parish, convener of ...": an op-ed's byline names its writer,
		// known given name or not, whatever the surname looks like.
		return Person, confRule
	case runPlaces[last] && (c.te-c.ts > 2 || c.te-c.ts == 2 && last != "Park") && runsAfter[next]:
		// "Lune Valley Airport has stopped posting flight updates",
		// "Kelmarsh Farm Park said it would close its page": a place
		// that acts is the body that runs it. Two words before "Park"
		// may be a person's ("Jenna Park said").
		return Org, confRule
	case last == "Festival" && c.te-c.ts > 1 && (runsAfter[next] || next == "," && strings.ToLower(tok(c.te+1)) == "which") && !w.festivalRunBy():
		// "The Maitai Harp Festival, which has brought harpists to
		// Nelson since 2009, voted to shut its account": a festival
		// that acts is the body that runs it, unless the text names
		// another that does ("The festival is run by the Tidal Roots
		// Society"), whose event it then is.
		return Org, confRule
	case placeHeads[last] && c.te-c.ts > 1 && !(c.te-c.ts == 2 && (w.personAfterName(c.te, s.TokenEnd) || w.lex.firstNames[first] && (personAfter[next] || prev == "said" || prev == "says" || prev == "," && w.roleBefore(c.ts-2, s.TokenStart)))):
		// Not "Owen Park, 16, of Bracken" or "Devin Park, a video-game
		// critic": a person. Nor a known given name and "Park" that
		// speaks ("Tessa Park said", "said Tessa Park") or is named
		// for a post ("Its chair, Joanne Bridge, said"), though "Henry
		// Park" alone is a place.
		return Loc, confRule
	case c.te-c.ts == 1 && (prev == "near" || prev == "nearest") && next != "'s" && !w.lex.firstNames[first] && !w.peopleNear(c.ts):
		// "a village near Bakhmut", "the parks nearest Kanab": one word
		// after "near" is a place, not the person prose may take it
		// for, unless people gather near it ("aides near Okafor").
		// Not after "around": people rally and wrap their arms around
		// a person ("unify around Trump", "his arms around Putin").
		return GPE, confRule
	case prev == "in" && c.te-c.ts <= 2 && next != "'s" && !c.afterTitle && !w.lex.firstNames[first] &&
		!w.lex.adjectives[first] && !strings.HasSuffix(first, "ly") && w.proseType(c) == Person && (c.te-c.ts == 1 || !w.moreOften(last, first) || w.otherName(first, last)):
		// "a retired joiner in Broughty Ferry", "people in Corringal":
		// what stands in a place is there, and prose's person is the
		// place; but a name whose last word also stands alone is a
		// person's ("found his successor in Phil Graham", and "Graham"
		// later) unless another name ends in that word ("Eilidh Ferry
		// ... lives in Broughty Ferry": the lone "Ferry" may be hers),
		// and a nationality or an -ly word opens a headline's
		// words ("Cover-Up in American History", "Debate in Closely
		// Watched Senate Race").
		return GPE, confRule
	case c.te-c.ts == 1 && loneWaters[first]:
		// "warm Gulf water", "the Bay": a place, not the first word
		// of an organization's name or a surname.
		return Loc, confRule
	case first == "Lake" && c.te-c.ts == 2 && !w.lex.orgHeads[last] && !w.lex.gpeHeads[last]:
		// "Lake Superior", "Lake Chad": a lake named before its name,
		// which no person's name begins with.
		return Loc, confRule
	case locNounAfter[next] && !c.afterTitle:
		// "the Siret river", "the Alai mountains".
		return Loc, confRule
	case gpeNounAfter[next] && !c.afterTitle || gpeNounBefore[prev2] && prev == "of":
		// "Vrancea county", "the city of Bacau".
		return GPE, confRule
	case c.te-c.ts <= 2 && !c.afterTitle && (placeAdjBefore[tok(c.ts-1)] || compassBefore[tok(c.ts-1)] && locativeBefore[prev2]) && !(c.te-c.ts == 2 && w.lex.firstNames[first]):
		// "downtown Millbrook", "rural Dunmore", "northern Kessler
		// County", "clubs in east Devon": words that locate something
		// inside a place.
		return GPE, confRule
	case !c.afterTitle && w.gpeNounAhead(c.te, s.TokenEnd):
		// "Samut Sakhon province", "Tak and Samut Sakhon provinces",
		// "Shan state".
		return GPE, confRule
	case c.te-c.ts == 1 && !c.initial && orgAfterThe[prev] && !isCap(tok(c.ts-1)):
		// "state forestry company Romsilva", "news agency PAP".
		return Org, confRule
	case eventHeads[last], stormLeads[first] && c.te-c.ts > 1:
		return "", 0
	case w.shouted(c.ts, s):
		// "GET UP, RIVER'S OVER THE BRIDGE": capitals for emphasis.
		return "", 0
	case c.afterTitle:
		return Person, confRule
	case w.teamName(c, s):
		// "the Harbourside Kestrels beat the Southland Pines 58-57".
		return Org, confRule
	case w.pluralGroup(c, s):
		// "the Copper Saints", "the Meanwood Striders": a name of two
		// or three words after "the" whose last is a plural is a
		// band, club or team, not a person.
		return Org, confRule
	case w.theName(c, s):
		// "The Winnipeg Blizzard sells ...", "of the Treasure Valley
		// Sun": a name of two or three words after "the", opening with
		// no given name, is no person's.
		return Org, confRule
	case w.hasAmpersand(c):
		// "Morrow & Pike", "Fenwick & Hale": partners' names joined by
		// "&" name a firm.
		return Org, confRule
	case w.lex.gpeHeads[last] && c.te-c.ts > 2 && (w.lex.orgHeads[w.raw[c.te-2].norm] || last == "District" && districtServices[w.raw[c.te-2].norm]):
		// "Millbrook City School District" is a school board, "Inland
		// Valley Health District" a health authority.
		return Org, confRule
	case w.lex.gpeHeads[last] && c.te-c.ts > 1:
		return GPE, confRule
	case (w.lex.orgHeads[last] || w.lex.orgHeads[hyphenTail(last)]) && c.te-c.ts > 1 && !w.headSurname(c.ts, c.te, s.TokenEnd):
		// "Port Ellery Courier-Ledger": a compound's last part may be the
		// head.
		return Org, confRule
	case c.te-c.ts > 2 && !w.lex.firstNames[first] && w.lex.orgHeads[w.raw[c.te-2].norm] && !w.lex.titles[w.raw[c.te-2].norm]:
		// "Cascadia State University Extension": a unit named after the
		// institution it belongs to.
		return Org, confRule
	case c.te-c.ts > 1 && (townHeads[last] || townStarts[first]) && !w.lex.firstNames[first] || c.te-c.ts == 2 && first == "County":
		// "Marlow Springs", "Alder Creek", "Santa Monica", "County Kerry".
		return GPE, confRule
	case c.te-c.ts == 1 && prev == "the" && partyPlurals[first]:
		// "Senator Jane Roe of the Greens".
		return Org, confRule
	case !c.initial && orgDescriptor(prev) && !isCap(tok(c.ts-1)) && w.detBefore(c.ts-1, s.TokenStart) &&
		!(c.te-c.ts >= 2 && w.lex.firstNames[first]) && !(personRoleNouns[prev] && w.personShaped(c)):
		// "the research firm Tallis Metrics", "the online casino Stake",
		// "the advocacy group Parents Against Online Exploitation".
		return Org, confRule
	case !c.initial && personRoleNouns[prev] && !isCap(tok(c.ts-1)) && w.detBefore(c.ts-1, s.TokenStart) && w.personShaped(c):
		// "the developer Dale Whitaker", "the producer Ann Cole": a
		// trade that is also a job, before a person's name.
		return Person, confRule
	case next == "," && c.te-c.ts == 2 && w.signature(c, s):
		// "Eilidh Ross, Perth.": a letter's signature names its writer
		// and the writer's town.
		return Person, confRule
	case next == "," && c.te-c.ts <= 2 && !greetings[first] && !(c.te-c.ts == 2 && w.lex.firstNames[first]) && w.placeAfterComma(c.te+1, s.TokenEnd):
		// "Columbus, Ohio", "Santa Monica, California"; but a greeting
		// addresses the place ("Welcome, Brazil", "Goodbye, Texas"), and
		// a letter's signature names its writer ("Priya Shah,
		// Leicester").
		return GPE, confRule
	case next == "," && w.placeApposition(c.te+1, s.TokenEnd):
		// "Ashcombe, a former mill town in Lancashire".
		return GPE, confRule
	case next == "," && c.te-c.ts >= 2 && c.te-c.ts <= 3 && (w.ageOrRole(c.te+1, s.TokenEnd) || w.ownersRole(c.te+1, s.TokenEnd)):
		// "Caleb Moody, 19, ...", "Aditya Menon, chief technology officer
		// at ...", "Rasmus Dahl, the opposition's foreign affairs
		// spokesman".
		return Person, confRule
	case prev == "," && next == "," && c.te-c.ts >= 2 && c.te-c.ts <= 3 && personAfter[strings.ToLower(tok(c.te+1))] && w.personRole(w.subjectHead(s.TokenStart, c.ts-1)):
		// "A spokeswoman for the ministry, Ratna Handayani, said", "The
		// preacher who runs the channel, Elias Mkandawire, told": the
		// name that the sentence's subject, a person's role, stands
		// beside before a verb of saying is that person's.
		return Person, confRule
	case prev == "the" && orgAfterThe[next]:
		return Org, confRule
	case (prev == "of" || prev == "at" || prev == "for") && orgRoleBefore[prev2]:
		return Org, confRule
	case prev == "at" && w.jobBefore(c.ts-2, s.TokenStart) && next != "'s" && !(c.te-c.ts >= 2 && w.lex.firstNames[first]):
		// "an analyst at Norrvik Kapital", "a nurse at Mercy": people
		// work at organizations.
		return Org, confRule
	case w.camelName(c) && !(c.te-c.ts >= 2 && w.lex.firstNames[first]):
		// "FactSet", "StreamCharts Weekly": one word with a capital
		// inside is a coined brand, not a person's name ("McCarthy",
		// "DeSantis" and "FitzGerald" are names).
		return Org, confRule
	case c.te-c.ts == 1 && prev == "from" && representsBefore[prev2] && !w.lex.orgHeads[first]:
		// "a first-term state senator from Harrison, who told": a
		// lawmaker is from the place they represent, even when the
		// place's name is a surname and a "who" follows it.
		return GPE, confRule
	case (prev == "of" || prev == "from") && c.te-c.ts <= 2 && w.ageBefore(c.ts-1, s.TokenStart) && !(c.te-c.ts == 2 && w.lex.firstNames[first]):
		// "Agnes Fiddler, 71, of Sioux Lookout", "Pat Hewitt, 81, from
		// Wymondham": after a person's age, where the person lives.
		return GPE, confRule
	case prev == "of" && w.personEndsAt(c.ts-2):
		// "Sen. Curtis Aldine of Cedar Mills said", "Lorenzo Bianchi of
		// Benetton Treviso": the name after a person's "of" is where the
		// person comes from or works, and not the one who speaks.
		if t := w.proseType(c); t == Org || t == GPE || t == Loc {
			return t, confModel
		}
		return GPE, confGuess
	case c.te-c.ts >= 2 && c.te-c.ts <= 3 && prev == "to" && spokeTo[prev2] && !w.lex.orgHeads[last]:
		// "He spoke to Marguerite Lund of the Oregon Local News
		// Review": an interview's introduction names whom the
		// subject spoke to, a person, whose given name the lexicon
		// may lack.
		return Person, confRule
	case c.te-c.ts >= 2 && w.lex.firstNames[first]:
		return Person, confRule
	case c.te-c.ts == 1 && isAcronym(first):
		return Org, confRule
	case prev == "," && orgAfterThe[prev2]:
		// Apposition: "the national telecom regulator, Anatel,".
		return Org, confRule
	case c.te-c.ts >= 2 && (prev == "said" || prev == "says" || personAfter[next] && !c.initial):
		return Person, confRule
	case prev == "," && kinNouns[prev2] && (c.te-c.ts == 1 && w.lex.firstNames[first] || c.te-c.ts == 2 || c.te-c.ts == 3):
		// A given name alone is a person's in apposition to kin ("my
		// boyfriend, Callum,"); prose already types it after a verb of
		// saying or right after the kin noun ("Rory said", "her son Tariq").
		// So is a full name, known given name or not ("Her daughter, Sian
		// Harries,").
		return Person, confRule
	case c.te-c.ts == 1 && kinNouns[prev] && possessives[prev2] && !w.lex.notNames[first]:
		// A lone name right after one's kin: "My nephew Unai is
		// sixteen", "my sister Jo in London".
		return Person, confRule
	case c.te-c.ts == 1 && prev == "," && kinNouns[prev2] && (possessives[strings.ToLower(tok(c.ts-3))] || demonstratives[strings.ToLower(tok(c.ts-3))]) && !w.lex.notNames[first]:
		// And in apposition, known given name or not: "My
		// sister-in-law, Nuala, maintains", "That granddaughter,
		// Keeley, thinks".
		return Person, confRule
	case prev == "," && next == "," && (c.te-c.ts >= 2 && c.te-c.ts <= 3 || c.te-c.ts == 1 && !w.lex.notNames[first] && !isAcronym(first)) && w.roleBefore(c.ts-2, s.TokenStart):
		// A name in apposition to a role its owner holds: "Its
		// campaign manager, Victoria Lungu, said", "The club's captain,
		// Jordan Pryce, said", "signed by its chair, Alun Meredith,",
		// and a given name alone: "Our assistant brewer, Callum, is 23".
		return Person, confRule
	case c.te-c.ts == 1 && (prev == "named" || prev == "called") && (namedPeople[prev2] || personNouns[prev2] || w.titleNoun(prev2) && (!notPersonNouns[prev2] || heldPosts[prev2])) && !w.lex.notNames[first]:
		// "a guy named Lenny who runs four clubs".
		return Person, confRule
	case next == "," && strings.ToLower(tok(c.te+1)) == "whose" && w.membersAfter(c.te+2, s.TokenEnd):
		// "Mesa Antiga, whose 140 members include ...": a body of
		// members, not the person "Sunita Kaur, whose son" below.
		return Org, confRule
	case next == "," && (strings.ToLower(tok(c.te+1)) == "who" || strings.ToLower(tok(c.te+1)) == "whose" && c.te-c.ts >= 2) && c.te-c.ts <= 3:
		// "Mārtiņš Bērziņš, who studies ...", "Sunita Kaur, whose son
		// ..." (a place has people too: "in Rochdale, whose chair").
		return Person, confRule
	case next == "," && w.personApposition(c.te+1, s.TokenEnd) && c.te-c.ts <= 3:
		// "Nguyễn Thị Hoa, a lawyer who speaks for the alliance".
		return Person, confRule
	case next == "," && strings.ToLower(tok(c.te+1)) == "which" && c.te-c.ts >= 2 && !w.lex.firstNames[first]:
		// "Equal Access Tayside, which has 2,100 members": a name of
		// several words that takes "which" is not a person's, and a
		// place of several words is typed by its head above.
		return Org, confRule
	case next == "'s" && w.orgPost(c.te+1, s.TokenEnd) && !w.lex.firstNames[first]:
		// "Sunita Varma, Clearpath's director": a post in a body.
		return Org, confRule
	case next == "," && w.orgApposition(c.te+1, s.TokenEnd):
		// "Civic Dawn, a populist party polling third", "Stake, an online
		// casino".
		return Org, confRule
	case orgAfterThe[next] && w.theBefore(c.ts, s.TokenStart):
		// "the governing New Unity party".
		return Org, confRule
	case (prev == "including" || prev == "as" && prev2 == "such") && w.orgListBefore(c.ts, s.TokenStart):
		// "four clubs in the top division, including Rosenborg".
		return Org, confRule
	}
	if t := w.proseType(c); t != "" {
		switch {
		case c.te-c.ts > 4:
			// prose labels long title-case phrases; names are short.
			return "", 0
		case t == Person && c.te-c.ts == 2 && w.lex.orgLeads[first] && !w.lex.adjectives[first]:
			// "Royal Ascot", "Central Otago", "Church Stretton": two
			// words, the first a word that opens organizations' names
			// ("Royal Navy", "Central Bank") and no given name, are a
			// place, not the person prose takes them for. A party
			// before a name is not such a word ("Republican
			// Gillespie"), and a longer run may hold a person's name
			// ("Republican Jeb Bush").
			return GPE, confModel
		case t == GPE && c.te-c.ts >= 2 && c.te-c.ts <= 3 && next == "," && w.roleApposition(c.te+1, s.TokenEnd):
			// "Jordan Pike, the managing editor, ...": prose takes a
			// name that begins with a country's for a place, but no
			// place is an editor.
			return Person, confModel
		case c.te-c.ts == 1 && (t == GPE || t == Loc) && !locativeBefore[prev]:
			// prose calls many unknown single words GPE ("Wolff",
			// "Was"); a place usually follows "in", "from", ...
			if personAfter[next] {
				return Person, confModel
			}
			return "", 0
		}
		return t, confModel
	}
	if isAcronym(first) && c.te-c.ts == 1 {
		return Org, confGuess
	}
	// Two or three capitalized words that prose does not label are a
	// person's name by their shape alone, unless the tagger knows every
	// one of them: a person's name has a word the tagger was not trained
	// on, while "City Hall", "Research Access" and a quoted “Exciting
	// Changes” are common words in title case.
	if c.te-c.ts >= 2 && c.te-c.ts <= 3 && !c.initial && personAfter[next] && w.hasUnknownWord(c) {
		return Person, confGuess
	}
	if c.te-c.ts >= 2 && c.te-c.ts <= 3 && (!c.initial || w.properRun(c)) && w.hasUnknownWord(c) {
		return Person, confGuess
	}
	return "", 0
}

// hasUnknownWord reports whether the tagger was not trained on some word of
// the candidate, or cannot tell.
func (w *work) hasUnknownWord(c *cand) bool {
	v, ok := w.r.model.(vocabulary)
	if !ok {
		return true
	}
	for i := c.ts; i < c.te; i++ {
		if !v.knows(w.raw[i].norm) {
			return true
		}
	}
	return false
}

// personEndsAt reports whether a candidate already typed PERSON ends at
// token i.
func (w *work) personEndsAt(i int) bool {
	if i < 0 || w.covered[i] == 0 {
		return false
	}
	o := &w.cands[w.covered[i]-1]
	return !o.dropped && o.te == i+1 && o.typ == Person && o.conf >= confModel
}

// properRun reports whether every word of the candidate is one the tagger
// calls a proper noun and none is a known common capitalized word. At the
// start of a sentence the capital of the first word shows nothing, but the
// tagger's verdict does: an opening word it takes for a common one
// ("Imagine", "Keeping") is already left out of the name run, so a run of
// proper nouns there is as much a name as one in mid-sentence ("Brent
// Kowalchuk, the member for Prairie North, spoke").
func (w *work) properRun(c *cand) bool {
	for i := c.ts; i < c.te; i++ {
		n := w.raw[i].norm
		if !strings.HasPrefix(w.raw[i].tag, "NNP") || w.lex.notNames[n] || w.lex.adjectives[n] || w.lex.titles[n] {
			return false
		}
	}
	return true
}

// teamName reports whether the candidate is a sports team named by a
// plural ("the Kestrels", "the Riverside Pines"): "the" before it and a
// word of the game next to it ("beat the Kestrels", "against the Pines",
// "the Pines edged ...", "the Pines 58-57"). People are never "the"
// plural; a family is ("the Hendersons"), so a plural whose singular is
// the last word of a person's name in the text is no team.
func (w *work) teamName(c *cand, s Sentence) bool {
	if c.te-c.ts > 3 || c.ts-1 < s.TokenStart || !strings.EqualFold(w.raw[c.ts-1].norm, "the") {
		return false
	}
	last := w.raw[c.te-1].norm
	if !pluralName(last) || c.te-c.ts > 1 && w.lex.firstNames[w.raw[c.ts].norm] {
		return false
	}
	cue := false
	if k := c.ts - 2; k >= s.TokenStart {
		n := strings.ToLower(w.raw[k].norm)
		cue = teamBefore[n] || n == "to" && k-1 >= s.TokenStart && lostWords[strings.ToLower(w.raw[k-1].norm)]
		if n == "against" && c.te-c.ts == 1 {
			// "the lawsuit against the Smiths": one plural word after
			// "against" is a team only after a game ("the match against
			// the Kestrels").
			cue = k-1 >= s.TokenStart && gameWords[strings.ToLower(w.raw[k-1].norm)]
		}
	}
	if k := c.te; !cue && k < s.TokenEnd {
		n := w.raw[k].norm
		cue = isScore(n) || teamAfter[strings.ToLower(n)] && w.opponentAt(k+1, s.TokenEnd)
	}
	if !cue {
		return false
	}
	stem := strings.TrimSuffix(last, "s")
	for _, o := range w.cands {
		if !o.dropped && o.te-o.ts >= 2 && o.typ != Org && (w.raw[o.te-1].norm == stem || w.raw[o.te-1].norm+"es" == last) {
			return false
		}
	}
	return true
}

// pluralGroup reports a name of two or three words after "the" that ends
// in a plural and opens with no given name ("the Copper Saints", "the
// Meanwood Striders"). A person's name takes no "the", and a family's
// plural ("the Smiths") is one word. A name that modifies a noun after it
// ("the Birch Falls branch", "the Longmoor Fields festival") is left to
// the rules after.
func (w *work) pluralGroup(c *cand, s Sentence) bool {
	return w.theHead(c, s) && pluralName(w.raw[c.te-1].norm) && !w.lex.firstNames[w.raw[c.ts].norm]
}

// theHead reports a name of two or three words after "the" that modifies
// no lower-case noun after it: the shape pluralGroup and theName look for.
func (w *work) theHead(c *cand, s Sentence) bool {
	if n := c.te - c.ts; n < 2 || n > 3 || c.ts-1 < s.TokenStart || !strings.EqualFold(w.raw[c.ts-1].norm, "the") {
		return false
	}
	return !(c.te < s.TokenEnd && strings.HasPrefix(w.raw[c.te].tag, "NN") && !isCap(w.raw[c.te].norm))
}

// spokeTo are the verbs before "to" and a person's name: "spoke to",
// "talked to".
var spokeTo = setOf([]string{"spoke", "speaks", "speaking", "spoken", "talked", "talks", "talking"})

// theName reports a name of two or three words after "the", as
// pluralGroup does, whatever its last word, when its first is no given
// name the lexicon knows and prose calls it a person's: "the Treasure
// Valley Sun", "The Summit Syndicate". A name prose calls a place's
// ("the Grand Canyon", "the Ninth Circuit") or has a town's or a
// place's word ("the Santa Monica office", "the Regional District of
// ...") is left to the rules for places.
func (w *work) theName(c *cand, s Sentence) bool {
	if !w.theHead(c, s) {
		return false
	}
	first, last := w.raw[c.ts].norm, w.raw[c.te-1].norm
	return !w.lex.firstNames[first] && !townStarts[first] && !townHeads[last] && !w.lex.gpeHeads[last] && w.proseType(c) == Person
}

// opponentAt reports whether the words from token i on name another team
// or give a score: "(edged) the Gulls", "(beat) Riverside", "(trailed)
// 41-38" — not "(beat) the odds".
func (w *work) opponentAt(i, end int) bool {
	if i < end && strings.EqualFold(w.raw[i].norm, "the") {
		i++
	}
	if i >= end {
		return false
	}
	if n := w.raw[i].norm; isCap(n) && !w.lex.notNames[n] || isScore(n) {
		return true
	}
	for k := i; k < end && k < i+4; k++ {
		if isScore(w.raw[k].norm) {
			return true
		}
	}
	return false
}

// markTeam records the team word at token i and types its other lone
// mentions by it.
func (w *work) markTeam(i int) {
	if w.teams == nil {
		w.teams = map[string]bool{}
	}
	w.teams[w.raw[i].norm] = true
}

// pluralNamed reports an organization named, like a team, by capitalized
// words that end in a plural: "the Sentinels" of "the Gem State Sentinels"
// names the group alone, as "the Kestrels" do a team. A name with a
// lower-case word in it ("Society of Narrative Illustrators", "Federation
// for Human Rights") ends in a common noun, and a head ("Bowen Funeral
// Services") is left to the rules for heads, which know that "Services at
// the crematorium" opening a sentence is no name.
func (w *work) pluralNamed(c cand) bool {
	last := w.raw[c.te-1].norm
	if !pluralName(last) || w.lex.orgHeads[last] {
		return false
	}
	for i := c.ts; i < c.te; i++ {
		if !isCap(w.raw[i].norm) {
			return false
		}
	}
	return true
}

// pluralName reports a capitalized word that looks like a plural noun:
// "Kestrels", "Pines", "Ospreys", not "Jones"-like "ss", "us", "is" ends.
func pluralName(n string) bool {
	if len(n) < 4 || !isCap(n) || isAllCaps(n) || !strings.HasSuffix(n, "s") {
		return false
	}
	return !strings.HasSuffix(n, "ss") && !strings.HasSuffix(n, "us") && !strings.HasSuffix(n, "is") && !strings.HasSuffix(n, "'s")
}

// isScore reports a game score: "58-57", "3-1", "2–0".
func isScore(n string) bool {
	a, b, ok := strings.Cut(strings.ReplaceAll(n, "–", "-"), "-")
	return ok && a != "" && b != "" && len(a) <= 3 && len(b) <= 3 && strings.Trim(a, "0123456789") == "" && strings.Trim(b, "0123456789") == ""
}

// Words of a game next to a team's name: "beat the Kestrels", "against the
// Pines", "lost to the Gulls", "the Pines edged ...".
var (
	teamBefore = setOf([]string{"beat", "beats", "beating", "edge", "edges", "edged", "defeat", "defeats",
		"defeated", "against", "vs", "vs.", "v", "v.", "versus", "host", "hosts", "hosted", "hosting",
		"outlasted", "thrashed", "trounced", "routed", "downed", "upset", "eliminated", "past"})
	gameWords = setOf([]string{"game", "games", "match", "matches", "win", "victory", "loss", "defeat",
		"semifinal", "semi-final", "final", "series", "derby", "clash", "tie", "fixture", "play", "played",
		"playing", "plays", "scored", "score", "draw", "opener", "rematch"})
	lostWords = setOf([]string{"lost", "lose", "loses", "losing", "fell", "falls", "fall"})
	teamAfter = setOf([]string{"beat", "beats", "edge", "edges", "edged", "defeated", "outlasted", "thrashed",
		"trounced", "routed", "downed", "drew", "trailed", "rallied", "host", "hosts", "hosted", "vs", "vs.", "v", "v.", "versus"})
)

// jobBefore reports whether token i is a job in lower case ("analyst",
// "researcher", "nurse"), the word before "at" in "an analyst at X".
func (w *work) jobBefore(i, start int) bool {
	if i < start {
		return false
	}
	n := w.raw[i].norm
	if n == "" || isCap(n) || notPersonNouns[n] || n == "churchwarden" {
		// A churchwarden serves a parish, which is named after its
		// place: "a churchwarden at Kingsteignton".
		return false
	}
	return personNouns[n] || w.lex.titles[strings.ToUpper(n[:1])+n[1:]]
}

// camelName reports whether a word of the candidate is written in camel
// case with a word of four letters or more before the inner capital:
// "FactSet", "StatusPulse", "StreamCharts". Surname prefixes are shorter
// ("McCarthy", "MacArthur", "DeSantis", "LaGuardia", "VanDyke") or listed
// ("FitzGerald", "DellaVedova").
func (w *work) camelName(c *cand) bool {
	for i := c.ts; i < c.te; i++ {
		if camelWord(w.raw[i].norm) {
			return true
		}
	}
	return false
}

// camelWord reports whether the word is written in camel case as
// camelName says.
func camelWord(n string) bool {
	if strings.ContainsAny(n, "-'’.") {
		return false
	}
	rs := []rune(n)
	for k := 1; k < len(rs)-1; k++ {
		if unicode.IsUpper(rs[k]) && unicode.IsLower(rs[k-1]) {
			return k >= 4 && !surnamePrefixes[string(rs[:k])] && unicode.IsLower(rs[k+1])
		}
	}
	return false
}

var surnamePrefixes = setOf([]string{"Fitz", "Della", "Delle", "Dalla", "Vander", "Vanden", "Saint", "Mont"})

// townHeads end the names of towns ("Marlow Springs", "Alder Creek");
// townStarts begin them ("Santa Monica", "Fort Worth").
var (
	townHeads  = setOf([]string{"Springs", "Falls", "Heights", "Creek", "Junction", "Ridge", "Hollow", "Point", "Grove", "Harbor", "Harbour", "Landing", "Rapids", "Bluffs"})
	townStarts = setOf([]string{"Santa", "San", "Los", "Las", "Fort", "Port", "West", "East", "North", "South"})
	// partyPlurals name parties by their members: "the Greens".
	partyPlurals = setOf([]string{"Greens", "Liberals", "Conservatives", "Socialists", "Nationals", "Tories", "Democrats", "Republicans"})
	// placeNouns head an apposition that makes a name a place.
	placeNouns = setOf([]string{"town", "city", "village", "suburb", "hamlet", "borough", "municipality", "county", "state", "province", "capital"})
	// personLikeOrgNouns describe an organization or a person ("a rival").
	personLikeOrgNouns = setOf([]string{"leader", "rival", "competitor", "challenger", "incumbent", "newcomer", "upstart", "team", "label", "brand", "app", "channel"})
)

// gpePluralAfter follow a list of places ("Tak and Samut Sakhon
// provinces"); "state" follows one place ("Rakhine state").
var gpePluralAfter = setOf([]string{"provinces", "districts", "counties", "states", "prefectures",
	"municipalities", "oblasts", "governorates", "townships"})

// gpeNounAhead reports whether the name ending before token i heads a
// place noun, directly ("Rakhine state", "Samut Sakhon provinces") or as
// one of a list that does ("Tak and Samut Sakhon provinces").
func (w *work) gpeNounAhead(i, end int) bool {
	if i >= end {
		return false
	}
	switch n := w.raw[i].norm; {
	case n == "state" || gpePluralAfter[n]:
		// not "state media", "state television": the noun heads its phrase.
		return i+1 >= end || !strings.HasPrefix(w.raw[i+1].tag, "NN") || isCap(w.raw[i+1].norm)
	case n != "and" && n != "," && n != "or":
		return false
	}
	for k := i + 1; k < end && k < i+10; k++ {
		n := w.raw[k].norm
		switch {
		case gpePluralAfter[n]:
			return k > i+1 && isCap(w.raw[k-1].norm)
		case isCap(n) || n == "and" || n == "or" || n == ",":
		default:
			return false
		}
	}
	return false
}

// titleFunctionWords may stand lower-case in a title: "Down at Heel",
// "Left on Read".
var titleFunctionWords = setOf([]string{"a", "an", "the", "at", "of", "in", "on", "for", "and", "to", "by", "with", "or"})

// insideQuotedTitle reports a candidate that is part, but not the whole, of
// a short quoted title in title case: "Heel" in the report “Down at Heel”.
func (w *work) insideQuotedTitle(c *cand, s Sentence) bool {
	open := c.ts - 1
	for open >= s.TokenStart && !isQuoteTok(w.raw[open].norm) {
		if n := w.raw[open].norm; !isCap(n) && !titleFunctionWords[n] {
			return false
		}
		open--
	}
	end := c.te
	for end < s.TokenEnd && !isQuoteTok(w.raw[end].norm) {
		if n := w.raw[end].norm; !isCap(n) && !titleFunctionWords[n] {
			return false
		}
		end++
	}
	return open >= s.TokenStart && end < s.TokenEnd && (open < c.ts-1 || end > c.te)
}

// reportTitle reports a candidate that is the whole of a quoted title
// right after "report" ("Beekeepers' guild report ‘Stung Twice’ blames
// Facebook"), or before a colon that follows it at the opening of a
// sentence, as in a headline ("‘Rung Out’: Dorset bell ringers blame
// Facebook").
func (w *work) reportTitle(c *cand) bool {
	s := w.doc.Sentences[c.sent]
	if c.ts-1 < s.TokenStart || c.te >= s.TokenEnd || !isQuoteTok(w.raw[c.ts-1].norm) || !isQuoteTok(w.raw[c.te].norm) {
		return false
	}
	if c.ts-1 == s.TokenStart {
		return c.te+1 < s.TokenEnd && w.raw[c.te+1].norm == ":"
	}
	return c.ts-2 >= s.TokenStart && (w.raw[c.ts-2].norm == "report" || w.raw[c.ts-2].norm == "Report")
}

// workNouns name blogs, shows, accounts and other works, whose titles
// ("a blog called Feedsack Diaries") are not annotated.
var workNouns = setOf([]string{"blog", "blogs", "vlog", "channel", "podcast", "account", "accounts",
	"show", "series", "newsletter", "page", "handle", "profile", "playlist", "album", "song",
	"book", "novel", "column", "website", "site", "video", "film", "documentary", "game",
	"hashtag", "thread", "feed", "stream", "livestream", "zine", "programme", "program", "class", "course", "workshop"})

// workAppositions are the heads of an apposition that makes the name
// before it the title of a work: "Lantern Knight, a game he first played
// at eight", "Porch Talk, the podcast she hosts". Newsletters and channels
// are left out: a newsletter's name is its publisher's (orgAppositionNouns).
var workAppositions = setOf([]string{"game", "film", "documentary", "novel", "book", "album", "song",
	"video", "podcast", "show", "series", "playlist", "musical", "play"})

// namedWork reports whether the name at token i follows "called" or
// "named" after a work noun: "a podcast named Porch Talk", "a blog
// called “Feedsack Diaries”"; or "the word", "the term": a word talked
// about, not a name used.
func (w *work) namedWork(i, start int) bool {
	k := i - 1
	if k >= start && isPunctTok(w.raw[k].norm) && w.raw[k].norm != "," {
		k-- // an opening quote
	}
	if k-1 < start {
		return false
	}
	switch w.raw[k].norm {
	case "called", "named", "titled", "entitled", "dubbed":
	case "word", "term", "phrase", "hashtag":
		// "It looked at the word Nibiru": a word quoted, not a name.
		return w.raw[k-1].norm == "the"
	default:
		return false
	}
	if w.raw[k-1].norm == "," && k-2 >= start {
		k-- // "The class, called Phones for the Rest of Us, ..."
	}
	return workNouns[strings.ToLower(w.raw[k-1].norm)]
}

// personRoleNouns name a trade that is a company's or a person's
// ("the developer", "the producer").
var personRoleNouns = setOf([]string{"developer", "producer", "publisher", "operator", "designer",
	"distributor", "supplier", "vendor", "promoter", "builder", "contractor"})

// personShaped reports whether the candidate looks like a person's name:
// two or three words with no organization head, starting with a common
// given name or labelled PERSON by prose.
func (w *work) personShaped(c *cand) bool {
	n := c.te - c.ts
	if n < 2 || n > 3 || w.lex.orgHeads[w.raw[c.te-1].norm] || w.lex.gpeHeads[w.raw[c.te-1].norm] {
		return false
	}
	return w.lex.firstNames[w.raw[c.ts].norm] || w.proseType(c) == Person
}

// orgDescriptor reports whether the common noun w, written right before a
// name, describes an organization ("the research firm X").
func orgDescriptor(w string) bool {
	return (orgAfterThe[w] || orgAppositionNouns[w]) && !personLikeOrgNouns[w]
}

// detBefore reports whether a determiner opens the noun phrase that ends
// at token i ("the research firm", "an online casino").
func (w *work) detBefore(i, start int) bool {
	for k := i - 1; k >= start && k >= i-4; k-- {
		switch w.raw[k].norm {
		case "the", "The", "a", "A", "an", "An", "its", "their":
			return true
		}
		if n := w.raw[k].norm; isCap(n) && !placeBased(n) || isPunctTok(n) {
			return false
		}
	}
	return false
}

// placeModifier reports whether token i is part of a known place's name,
// which may modify a noun phrase's head: "Leeds" of "a Leeds company",
// "New" and "York" of "a New York law firm".
func (w *work) placeModifier(i int) bool {
	c := w.covered[i]
	if c == 0 || !isCap(w.raw[i].norm) {
		return false
	}
	p := &w.cands[c-1]
	return !p.dropped && p.entry != nil && p.entry.typ == GPE
}

// peopleNear reports whether the word before "near" at i-1 is people
// gathered round a person: "the people near Mardell", "allies near
// Okafor".
func (w *work) peopleNear(i int) bool {
	if i < 2 {
		return false
	}
	switch strings.ToLower(w.raw[i-2].norm) {
	case "people", "those", "team", "circle", "allies", "aides":
		return true
	}
	return false
}

// placeBased reports whether a capitalized token is a compound with a
// lower-case tail, an adjective such as "Singapore-based" or
// "London-listed" that may stand between a determiner and its noun.
func placeBased(n string) bool {
	i := strings.LastIndexAny(n, "-")
	return i > 0 && i+1 < len(n) && !isCap(n[i+1:])
}

// hasAmpersand reports whether the candidate joins words with "&".
func (w *work) hasAmpersand(c *cand) bool {
	for i := c.ts + 1; i < c.te-1; i++ {
		if w.raw[i].norm == "&" {
			return true
		}
	}
	return false
}

// shouted reports whether token i is in a run of at least three all-caps
// words that includes a function word: text in capitals for emphasis
// ("GET UP, RIVER'S OVER THE BRIDGE"), not acronyms.
func (w *work) shouted(i int, s Sentence) bool {
	if !isAllCaps(w.raw[i].norm) {
		return false
	}
	a, b := i, i+1
	for a > s.TokenStart && (isAllCaps(w.raw[a-1].norm) || isPunctTok(w.raw[a-1].norm) && w.raw[a-1].norm != "“" && w.raw[a-1].norm != "‘") {
		a--
	}
	for b < s.TokenEnd && (isAllCaps(w.raw[b].norm) || isPunctTok(w.raw[b].norm) && w.raw[b].norm != "”" && w.raw[b].norm != "’") {
		b++
	}
	words, fn, poss := 0, false, false
	for k := a; k < b; k++ {
		n := w.raw[k].norm
		switch {
		case n == "'S" || n == "’S":
			// "WORLD’S OKAYEST AUNT": an upper-case possessive is
			// shouting; acronyms take "'s" ("the FBI's").
			poss = true
		case isAllCaps(n):
			words++
			fn = fn || shoutedFunctionWords[n]
		}
	}
	return words >= 3 && fn || words >= 2 && poss
}

var shoutedFunctionWords = setOf([]string{"THE", "A", "AN", "OF", "TO", "IS", "ARE", "AND", "OR", "IN",
	"ON", "OVER", "FOR", "WITH", "UP", "OUT", "IT", "WE", "YOU", "NOT", "NO", "DO", "DON'T", "BE", "GET", "STOP"})

// placeAfterComma reports whether token i starts a known state or country
// ("Columbus, Ohio-based", "Santa Monica, California").
func (w *work) placeAfterComma(i, end int) bool {
	if i >= end {
		return false
	}
	if c := w.covered[i]; c != 0 {
		o := w.cands[c-1]
		return !o.dropped && o.ts == i && o.typ == GPE && o.entry != nil && (o.te >= end || !w.nameLike(o.te)) && !w.roleOfPlace(o.te, end)
	}
	n := w.raw[i].norm
	if k := strings.IndexFunc(n, isCompoundSep); k > 0 {
		w.phr = w.lex.lookup(strings.ToLower(n[:k]), w.phr[:0])
		for _, p := range w.phr {
			if p.entry.typ == GPE && !p.entry.ambiguous && strings.EqualFold(p.text, n[:k]) {
				return true
			}
		}
	}
	return false
}

// signature reports whether the candidate c opens a sentence that is
// nothing but it, a comma, one more name and a full stop, as a letter's
// signature is ("Eilidh Ross, Perth.").
func (w *work) signature(c *cand, s Sentence) bool {
	if c.ts != s.TokenStart || c.te+1 >= s.TokenEnd {
		return false
	}
	o := w.covered[c.te+1]
	if o == 0 {
		return false
	}
	end := w.cands[o-1].te
	return end+1 == s.TokenEnd && w.raw[end].norm == "."
}

// bylineName reports whether c is the name of a byline: a paragraph of
// its own that opens with "By" and a name of two or three words, with no
// verb after it ("By Aroha Driver, owner of Ruahine Driving School,
// Palmerston North."). "By Amber Lane, the queue had reached the door"
// has a verb.
func (w *work) bylineName(a, b int, s Sentence) bool {
	if a != s.TokenStart+1 || w.raw[s.TokenStart].norm != "By" || b-a < 2 || b-a > 3 {
		return false
	}
	before := strings.TrimRight(w.text[:s.Start], " \t")
	after := strings.TrimLeft(w.text[s.End:], " \t\r")
	if before != "" && !strings.HasSuffix(before, "\n") || after != "" && after[0] != '\n' {
		return false
	}
	for k := b; k < s.TokenEnd; k++ {
		if strings.HasPrefix(w.raw[k].tag, "VB") && w.raw[k].tag != "VBN" {
			return false
		}
	}
	return true
}

// roleOfPlace reports whether the tokens from i on are a possessive and a
// person's role within the place before them: "Norway's ombudsman for
// children", "Wales's chief medical officer". "Kari Aasland, Norway's
// ombudsman" names a person, not a town in Norway.
func (w *work) roleOfPlace(i, end int) bool {
	if i >= end || w.raw[i].norm != "'s" && w.raw[i].norm != "'" {
		return false
	}
	for k := i + 1; k < end && k <= i+3; k++ {
		n := w.raw[k].norm
		if isCap(n) || isPunctTok(n) {
			return false
		}
		if w.personRole(n) {
			return true
		}
	}
	return false
}

// ownersRole reports whether the tokens from i on are "the", a few
// lower-case words with a possessive, and a phrase headed by a person's
// role: "the opposition's foreign affairs spokesman", "the union's general
// secretary".
func (w *work) ownersRole(i, end int) bool {
	if i >= end || w.raw[i].norm != "the" {
		return false
	}
	for k := i + 1; k < end && k <= i+3; k++ {
		n := w.raw[k].norm
		if n == "'s" || n == "'" {
			if k == i+1 {
				return false
			}
			// The role is the phrase's head, not a modifier ("the
			// league's official betting partner" is no official).
			head := ""
			for j := k + 1; j < end && j <= k+4; j++ {
				t := w.raw[j]
				if isCap(t.norm) || !(strings.HasPrefix(t.tag, "JJ") || strings.HasPrefix(t.tag, "NN") || t.tag == "VBG" || t.tag == "VBN") {
					break
				}
				if strings.HasPrefix(t.tag, "NN") {
					head = t.norm
				}
			}
			return head != "" && w.personRole(head)
		}
		if isCap(n) || isPunctTok(n) {
			return false
		}
	}
	return false
}

// subjectHead returns the head noun of a noun phrase that opens a sentence
// at i ("A spokeswoman for ...", "The preacher who ..."): appositionHead's,
// the determiner's capital aside.
func (w *work) subjectHead(i, end int) string {
	return w.phraseHead(i, end, true)
}

// placeApposition reports whether the tokens from i on are a noun phrase
// headed by a place noun: "a former mill town", "the state capital".
func (w *work) placeApposition(i, end int) bool {
	return placeNouns[w.appositionHead(i, end)]
}

// ageOrRole reports whether the tokens from i on are an age ("19,") or a
// role without an article ("chief technology officer at ...").
func (w *work) ageOrRole(i, end int) bool {
	if i >= end {
		return false
	}
	if isAge(w.raw[i].norm) && i+1 < end && (w.raw[i+1].norm == "," || w.raw[i+1].norm == ".") {
		return true
	}
	for k := i; k < end && k < i+4; k++ {
		n := w.raw[k].norm
		if isCap(n) || isPunctTok(n) || n == "a" || n == "an" || n == "the" {
			return false
		}
		if h := hyphenTail(n); h != "" {
			// "vice-chancellor of Carrick University", "co-chair of".
			n = h
		}
		if t := strings.ToUpper(n[:1]) + n[1:]; (w.lex.titles[t] || n == "officer") && (!notPersonNouns[n] || namedPosts[n]) {
			return k+1 < end && (w.raw[k+1].norm == "at" || w.raw[k+1].norm == "of" || w.raw[k+1].norm == "for" || w.raw[k+1].norm == ",")
		}
	}
	return false
}

// ageAfter reports whether the tokens from i on are an age in commas:
// ", 67,".
func (w *work) ageAfter(i, end int) bool {
	if i+2 >= end || w.raw[i].norm != "," || w.raw[i+2].norm != "," {
		return false
	}
	return isAge(w.raw[i+1].norm)
}

// isAge reports a word that may be a person's age: one to three digits.
func isAge(n string) bool {
	return len(n) <= 3 && strings.Trim(n, "0123456789") == ""
}

// ageBefore reports a person's age in commas before the word at i: "Agnes
// Fiddler, 71, of".
func (w *work) ageBefore(i, start int) bool {
	if i-4 < start || w.raw[i-1].norm != "," || w.raw[i-3].norm != "," {
		return false
	}
	return isAge(w.raw[i-2].norm) && isCap(w.raw[i-4].norm)
}

// namedPosts are the titles among notPersonNouns that, without an article
// and before "of", "at" or "for", are a person's post: "Winston Gayle,
// digital director of the governing party".
var namedPosts = setOf([]string{"director", "editor", "manager", "chair"})

// headSurname reports whether the name [a,b) is a known given name before
// a surname that is also a head word, which what follows says is a
// person's: "By Jodie Lines, who owns a studio", "Rhys Court, 41,". The
// head word alone would make it an organization's.
func (w *work) headSurname(a, b, end int) bool {
	if b-a != 2 || !w.personAfterName(b, end) {
		return false
	}
	if w.lex.firstNames[w.raw[a].norm] {
		return true
	}
	// "said Dianne Press, the league’s president": a given name the
	// lexicon lacks, known by the tagger's not knowing it, needs an age
	// or a role after it; "who" follows bodies too ("the officers at
	// Falkirk Council, who passed it on"), and a place opens no name.
	return w.givenNameLead(a) && !w.placeWord(w.raw[a].norm) && w.raw[b+1].norm != "who"
}

// personAfterName reports whether the tokens from i on, just after a
// name, say the name is a person's: an age or a role ("Owen Park, 16,",
// "Owen Park, deputy head of"), an apposition headed by a person's role
// ("Devin Park, a video-game critic"), or "who" ("Devin Park, who").
func (w *work) personAfterName(i, end int) bool {
	if i+1 >= end || w.raw[i].norm != "," {
		return false
	}
	return w.raw[i+1].norm == "who" || w.ageOrRole(i+1, end) || w.personApposition(i+1, end)
}

// roleBefore reports whether token i is a person's role or kin that a
// possessive or "the" opens, with at most two lower-case modifiers
// between: "its campaign manager", "the club's captain", "my business
// partner". A title that may also name an organization ("owner",
// "publisher") counts only after a possessive, and then only if it is a
// post a person holds ("its chair", "her manager"; not "its owner", which
// may be a company).
func (w *work) roleBefore(i, start int) bool {
	if i < start {
		return false
	}
	head := strings.ToLower(w.raw[i].norm)
	if !personNouns[head] && !kinNouns[head] && !w.titleNoun(head) && head != "member" {
		// ("our youngest committee member, Priya,": a member is a
		// person here, after a possessive, though "Northfield Rovers,
		// a member of the league" is not one.)
		return false
	}
	for k := i - 1; k >= start && k >= i-3; k-- {
		n := strings.ToLower(w.raw[k].norm)
		switch {
		case possessives[n] || n == "its" || n == "'s" || n == "'":
			return !notPersonNouns[head] || heldPosts[head]
		case n == "the":
			return !notPersonNouns[head]
		case isCap(w.raw[k].norm) || isPunctTok(n):
			return false
		}
	}
	return false
}

// heldPosts are the titles among notPersonNouns that, after a possessive,
// are posts a person holds ("its chair", "our director").
var heldPosts = setOf([]string{"chair", "manager", "director", "leader", "editor", "writer", "author", "candidate", "nominee", "host"})

// membersAfter reports whether the tokens from i on, after "whose", are
// a body's members: "whose 140 members", "whose member clubs".
func (w *work) membersAfter(i, end int) bool {
	for k := i; k < end && k < i+3; k++ {
		if n := w.raw[k].norm; n == "members" || n == "member" || n == "affiliates" || n == "branches" || n == "chapters" {
			return true
		}
		if t := w.raw[k].tag; t != "CD" && !strings.HasPrefix(t, "JJ") {
			return false
		}
	}
	return false
}

// orgPost reports whether token i, after a name's "'s", is a post or a
// part only a body has: "Clearpath's director", "Kromka's chief
// executive", "Kromka's members". A person may have a spokesman or a chief of staff,
// so neither counts.
func (w *work) orgPost(i, end int) bool {
	if i >= end {
		return false
	}
	switch w.raw[i].norm {
	case "director", "ceo", "founder", "co-founder", "cofounder", "chairman", "chairwoman", "members", "employees", "shareholders", "board":
		return true
	case "chief":
		return i+1 < end && w.raw[i+1].norm == "executive"
	}
	return false
}

// orgApposition reports whether the tokens from i on are an indefinite or
// definite noun phrase headed by an organization noun: "a populist party",
// "an online casino", "the state broadcaster" (not "a party official" or
// "the company's head").
func (w *work) orgApposition(i, end int) bool {
	head := w.appositionHead(i, end)
	return orgAfterThe[head] || orgAppositionNouns[head]
}

// personApposition reports whether the tokens from i on are a noun phrase
// headed by a person's role: "a lawyer", "the party's leader" is not one.
func (w *work) personApposition(i, end int) bool {
	return w.personRole(w.appositionHead(i, end))
}

// personRole reports whether the lower-case noun is a role only a person
// holds: a trade, kin or a title that names no organization ("lawyer",
// "ombudsman"; not "owner").
func (w *work) personRole(head string) bool {
	return personNouns[head] || w.titleNoun(head) && !notPersonNouns[head]
}

// titleNoun reports whether the lower-case noun is a person's title
// ("editor" of "Editor").
func (w *work) titleNoun(head string) bool {
	return head != "" && w.lex.titles[strings.ToUpper(head[:1])+head[1:]]
}

// roleApposition reports whether the tokens from i on are a noun phrase
// headed by a person's role or any title, even one that may also describe
// an organization ("the managing editor", "a founder").
func (w *work) roleApposition(i, end int) bool {
	head := w.appositionHead(i, end)
	return personNouns[head] || w.titleNoun(head)
}

// appositionHead returns the head noun of the phrase "a|an|the
// [modifiers] noun" at i, or "" if there is none or it is possessive. Of
// "one of the [modifiers] nouns" it returns the noun's singular ("one of
// the largest aid agencies": "agency").
func (w *work) appositionHead(i, end int) string {
	return w.phraseHead(i, end, false)
}

// phraseHead is appositionHead, and with opening the head of a phrase that
// opens a sentence, whose determiner is capitalized.
func (w *work) phraseHead(i, end int, opening bool) string {
	if i >= end {
		return ""
	}
	plural := false
	if i+2 < end && strings.EqualFold(w.raw[i].norm, "one") && w.raw[i+1].norm == "of" {
		// "one of the largest aid agencies": the head of the plural.
		i, plural = i+2, true
	}
	d := w.raw[i].norm
	if opening {
		d = strings.ToLower(d)
	}
	if d != "a" && d != "an" && d != "the" {
		return ""
	}
	head := ""
	k := i + 1
	for ; k < end && k < i+6; k++ {
		t := w.raw[k]
		if k+1 < end && t.norm == "'s" && k-1 > i && !isCap(w.raw[k-1].norm) && strings.HasPrefix(w.raw[k-1].tag, "NN") {
			// "the town's largest Facebook group": a common noun's
			// possessive is part of the determiner; the head comes
			// after it.
			head = ""
			continue
		}
		if isCap(t.norm) && w.isPlatformTok(k) {
			// "a Facebook group", "a WhatsApp channel".
			continue
		}
		if w.placeModifier(k) {
			// "a Leeds company", "a London accessibility consultancy".
			continue
		}
		// A nationality or a place-based compound may modify the head:
		// "a Swedish pension fund", "the Austin-based market leader".
		if isCap(t.norm) && !w.lex.adjectives[t.norm] && !placeBased(t.norm) || !(strings.HasPrefix(t.tag, "JJ") || strings.HasPrefix(t.tag, "NN") || t.tag == "VBN" || t.tag == "VBG" || t.tag == "CD" || t.tag == "HYPH" || t.norm == "-") {
			break
		}
		if strings.HasPrefix(t.tag, "NN") {
			head = t.norm
		}
	}
	if k < end && (w.raw[k].norm == "'s" || w.raw[k].norm == "'") {
		return ""
	}
	if plural {
		switch {
		case strings.HasSuffix(head, "ies"):
			head = strings.TrimSuffix(head, "ies") + "y"
		case strings.HasSuffix(head, "sses"), strings.HasSuffix(head, "ches"), strings.HasSuffix(head, "shes"), strings.HasSuffix(head, "xes"):
			head = strings.TrimSuffix(head, "es")
		case strings.HasSuffix(head, "s"):
			head = strings.TrimSuffix(head, "s")
		}
	}
	return head
}

// personNouns are roles that make an apposition a person's, besides the
// person titles ("a lawyer", "an emergency-room nurse").
var personNouns = setOf([]string{"lawyer", "nurse", "teacher", "student", "lawmaker", "therapist",
	"doctor", "illustrator", "artist", "musician", "pundit", "resident", "farmer", "worker",
	"engineer", "journalist", "photographer", "designer", "entrepreneur", "mother", "father",
	"widow", "survivor", "victim", "voter", "volunteer", "veteran", "officer", "official",
	"politician", "legislator", "campaigner", "organizer", "organiser", "player", "coach",
	// Trades, carers and kin ("a retired schoolteacher", "the matron of
	// the unit", "a nursing assistant", "a mother of three").
	"schoolteacher", "headteacher", "matron", "midwife", "paramedic", "pharmacist", "dentist",
	"surgeon", "physician", "assistant", "aide", "carer", "caregiver", "parent", "pensioner",
	"retiree", "grandmother", "grandfather", "mum", "dad", "wife", "husband", "daughter", "son",
	"lecturer", "researcher", "scientist", "academic", "analyst", "chef", "baker", "barber",
	"hairdresser", "driver", "mechanic", "electrician", "plumber", "landlord", "landlady", "tenant",
	"shopkeeper", "fan", "streamer", "influencer", "blogger", "podcaster", "vlogger", "creator",
	"activist", "advocate", "librarian", "accountant", "consultant", "novelist", "poet", "actor",
	"actress", "singer", "comedian", "athlete", "runner", "cyclist", "swimmer", "critic", "historian",
	"reviewer", "commentator", "composer", "brewer",
	// Clergy ("the preacher who runs the channel, Elias Mkandawire,").
	"preacher", "pastor", "priest", "imam", "rabbi", "vicar", "bishop", "churchwarden"})

// notPersonNouns are titles that also describe organizations ("the
// owner", "a regulator").
var notPersonNouns = setOf([]string{"owner", "founder", "co-founder", "cofounder", "host", "star",
	"agent", "regulator", "trader", "investor", "banker", "general", "chief", "executive",
	"senior", "former", "acting", "foreign", "defense", "defence", "interior", "supreme",
	"crown", "deputy", "vice", "prime", "chair", "leader", "candidate", "nominee", "manager",
	"director", "author", "writer", "publisher", "editor"})

// theBefore reports whether the name at i follows "the" and at most two
// lower-case modifiers ("the governing", "the far-right").
func (w *work) theBefore(i, start int) bool {
	for k := i - 1; k >= start && k >= i-3; k-- {
		n := w.raw[k].norm
		if n == "the" || n == "The" {
			return true
		}
		if isCap(n) || !strings.HasPrefix(w.raw[k].tag, "JJ") && w.raw[k].tag != "VBG" && w.raw[k].tag != "VBN" {
			return false
		}
	}
	return false
}

// orgListBefore reports whether a plural organization noun ("clubs",
// "companies", "parties") comes shortly before the list that token i is in.
func (w *work) orgListBefore(i, start int) bool {
	for k := i - 1; k >= start && k >= i-8; k-- {
		n := w.raw[k].norm
		if w.raw[k].tag != "NNS" {
			continue
		}
		if sg := strings.TrimSuffix(n, "ies") + "y"; strings.HasSuffix(n, "ies") && orgAfterThe[sg] {
			return true
		}
		if orgAfterThe[strings.TrimSuffix(n, "s")] || orgAppositionNouns[strings.TrimSuffix(n, "s")] {
			return true
		}
	}
	return false
}

// orgAppositionNouns are further heads of a noun phrase that describe an
// organization ("Stake, an online casino").
var orgAppositionNouns = setOf([]string{"casino", "bookmaker", "retailer", "chain", "operator",
	"maker", "manufacturer", "developer", "studio", "bank", "lender", "insurer", "carrier",
	"airline", "daily", "paper", "weekly", "team", "university", "school", "hospital",
	"foundation", "think-tank", "nonprofit", "ngo", "conglomerate", "subsidiary", "distributor",
	"supplier", "exchange", "provider", "producer", "label", "publication", "tabloid",
	"competitor", "rival", "leader", "vendor", "incumbent", "challenger", "upstart", "newcomer",
	// "Norrvik Kapital, a Swedish state pension fund", "Action Fraud, the
	// national reporting centre", "StreamCharts Weekly, a newsletter".
	"fund", "centre", "center", "newsletter", "hotline",
	// "The Lamp Room, a 350-capacity music venue", "Kromka, a bakery".
	"venue", "pub", "bar", "cafe", "café", "restaurant", "bakery", "salon", "shop",
	// "Rosebank House, a 40-bed care home".
	"home",
	// "Fernwood, an open-source library", "The Vanguard Circuit, the
	// professional league".
	"library", "project", "framework", "league",
	// "Valley Fact Check, a fact-checking unit at the Okanagan Courier".
	"unit"})

// hyphenTail returns the part of a hyphenated word after its last hyphen
// ("Ledger" of "Courier-Ledger"), or "".
func hyphenTail(w string) string {
	if i := strings.LastIndexByte(w, '-'); i > 0 {
		return w[i+1:]
	}
	return ""
}

// proseType is the majority of prose's labels over the candidate's tokens.
func (w *work) proseType(c *cand) Type {
	var counts [5]int
	for i := c.ts; i < c.te; i++ {
		l := w.raw[i].label
		if len(l) > 2 && (l[0] == 'B' || l[0] == 'I') && l[1] == '-' {
			l = l[2:]
		}
		switch l {
		case "PERSON":
			counts[0]++
		case "ORGANIZATION":
			counts[1]++
		case "GPE":
			counts[2]++
		case "LOCATION":
			counts[3]++
		}
	}
	types := [...]Type{Person, Org, GPE, Loc}
	best, bestN := Type(""), 0
	for k, n := range counts[:4] {
		if n > bestN {
			best, bestN = types[k], n
		}
	}
	return best
}

// matchCompounds finds names inside hyphen and slash compounds:
// "Musk-owned", "anti-Taliban", "Twitter/X", "Russia-Ukraine".
func (w *work) matchCompounds() {
	known := map[string]int{} // text → candidate index+1
	for k, c := range w.cands {
		if !c.dropped && c.typ != "" && c.te-c.ts == 1 {
			known[w.text[c.start:c.end]] = k + 1
		}
	}
	for k, c := range w.cands {
		if !c.dropped && c.typ == Person && c.te-c.ts >= 2 {
			n := w.text[w.raw[c.te-1].start:w.raw[c.te-1].end]
			if _, ok := known[n]; !ok {
				known[n] = k + 1
			}
		}
	}
	for i, t := range w.raw {
		if w.covered[i] != 0 || !strings.ContainsAny(t.norm, "-/—–") {
			continue
		}
		word := w.text[t.start:t.end]
		hasSlash := strings.Contains(word, "/")
		for off := 0; off < len(word); {
			n := strings.IndexFunc(word[off:], isCompoundSep)
			piece := word[off:]
			if n >= 0 {
				piece = word[off : off+n]
			}
			if piece != "" {
				start := t.start + off
				var typ Type
				var entry *lexEntry
				if k := known[piece]; k != 0 && isCap(piece) {
					typ, entry = w.cands[k-1].typ, w.cands[k-1].entry
				} else {
					w.phr = w.lex.lookup(strings.ToLower(piece), w.phr[:0])
					for _, p := range w.phr {
						if matchAt(w.text, start, p.text, p.fold) == start+len(piece) && (!p.entry.ambiguous || hasSlash) && (isCap(piece) || p.fold) {
							typ, entry = p.entry.typ, p.entry
							break
						}
					}
				}
				if typ != "" {
					w.cands = append(w.cands, cand{ts: i, te: i + 1, start: start, end: start + len(piece), sent: w.doc.Tokens[i].Sentence, typ: typ, conf: confRule, entry: entry})
				}
			}
			if n < 0 {
				break
			}
			_, sz := utf8.DecodeRuneInString(word[off+n:])
			off += n + sz
		}
	}
}

// matchTargetWords names a caller target that is not a built-in platform
// wherever its words occur: at word boundaries, also inside a token
// ("Clinton" in "Clinton-Trump", "Fox" in "Fox."), and without the
// punctuation the caller's name may carry ("\"Trump", "Sessions'"). The
// target's match replaces a name that took its words in ("Fox" in "Fox
// News"), though not a platform's or another target's.
func (w *work) matchTargetWords() {
	type tw struct {
		words string
		entry *lexEntry
	}
	var byRune map[rune][]tw
	for _, ps := range w.lex.extra {
		for _, p := range ps {
			if !p.entry.anywhere {
				continue
			}
			words := targetWords(p.text)
			if words == "" {
				continue
			}
			if byRune == nil {
				byRune = map[rune][]tw{}
			}
			r, _ := utf8.DecodeRuneInString(words)
			r = unicode.ToLower(r)
			byRune[r] = append(byRune[r], tw{words, p.entry})
		}
	}
	if byRune == nil {
		return
	}
	type key struct {
		e     *lexEntry
		start int
	}
	have := map[key]bool{}
	for _, c := range w.cands {
		if !c.dropped && c.entry != nil && c.entry.anywhere {
			have[key{c.entry, c.start}] = true
		}
	}
	for si, s := range w.doc.Sentences {
		for i := s.TokenStart; i < s.TokenEnd; i++ {
			t := w.raw[i]
			prev := rune(-1)
			for off, r := range w.text[t.start:t.end] {
				boundary := !isWordRune(prev) && isWordRune(r)
				prev = r
				if !boundary {
					continue
				}
				start := t.start + off
				best, bestEnd := (*lexEntry)(nil), 0
				for _, x := range byRune[unicode.ToLower(r)] {
					end := matchAt(w.text, start, x.words, true)
					if end <= bestEnd || end > s.End {
						continue
					}
					last, _ := utf8.DecodeLastRuneInString(x.words)
					if next, _ := utf8.DecodeRuneInString(w.text[end:]); end < len(w.text) && isWordRune(last) && isWordRune(next) {
						continue
					}
					best, bestEnd = x.entry, end
				}
				if best == nil || have[key{best, start}] {
					continue
				}
				te := i
				for te < s.TokenEnd && w.raw[te].end < bestEnd {
					te++
				}
				te = min(te+1, s.TokenEnd)
				if !w.overridable(i, te) {
					continue
				}
				w.uncover(i, te)
				c := cand{ts: i, te: te, start: start, end: bestEnd, sent: si, typ: best.typ, conf: confLexicon, entry: best}
				if best.untyped {
					c.typ = w.callerType(&c)
				}
				have[key{best, start}] = true
				if start == t.start && bestEnd == w.raw[te-1].end {
					w.addCand(c)
				} else {
					w.cands = append(w.cands, c)
				}
			}
		}
	}
}

func isWordRune(r rune) bool { return r >= 0 && (unicode.IsLetter(r) || unicode.IsDigit(r)) }

// overridable reports that no platform or target covers a token of [a, b).
func (w *work) overridable(a, b int) bool {
	for k := a; k < b; k++ {
		if c := w.covered[k]; c != 0 && !w.cands[c-1].dropped && w.cands[c-1].entry != nil && (w.cands[c-1].entry.target || w.cands[c-1].entry.platform) {
			return false
		}
	}
	return true
}

// parenthetical attaches an acronym in brackets to the name before it:
// "Transport and Logistics Workers’ Union (TLWU)", "Alternative for
// Germany (AfD)".
func (w *work) parenthetical() {
	for k := range w.cands {
		c := &w.cands[k]
		if c.dropped || c.te-c.ts != 1 || c.ts < 2 || !isAcronym(w.raw[c.ts].norm) || w.raw[c.ts-1].norm != "(" {
			continue
		}
		if c.entry != nil && c.entry.platform {
			continue
		}
		o := w.covered[c.ts-2]
		if o == 0 || w.cands[o-1].dropped || w.cands[o-1].typ == "" || w.cands[o-1].typ == Person || w.cands[o-1].te != c.ts-1 {
			continue
		}
		if (w.cands[o-1].typ == GPE || w.cands[o-1].typ == Loc) && c.te+1 < len(w.raw) && w.raw[c.te].norm == ")" && datelineDash(w.raw[c.te+1].norm) {
			// "WASHINGTON (AP) —": a dateline's agency, not the
			// place's initials.
			continue
		}
		c.typ, c.entry, c.alsoOf = w.cands[o-1].typ, nil, o
	}
}

// formerly attaches a platform name given as an organization's former name
// to that organization: "Meta (formerly Facebook)".
func (w *work) formerly() {
	for k := range w.cands {
		c := &w.cands[k]
		if c.dropped || c.typ != Platform || c.ts < 2 {
			continue
		}
		i := c.ts - 1
		if w.raw[i].norm == "as" && i >= 2 && w.raw[i-1].norm == "known" {
			i -= 2
		}
		if !strings.EqualFold(w.raw[i].norm, "formerly") || i < 2 {
			continue
		}
		p := w.raw[i-1].norm
		if p != "(" && p != "," {
			continue
		}
		o := w.covered[i-2]
		if o == 0 || w.cands[o-1].dropped || w.cands[o-1].typ != Org {
			continue
		}
		c.typ, c.entry, c.alsoOf, c.former = Org, nil, o, true
	}
}

// stageNames joins a name a person works under to that person: "Radcliffe,
// who streams under the name Minnow", "posts under the handle Skipjack".
// The person is the nearest named earlier in the sentence; the verb must be
// one of a person's own output, so that "has run a soul night under the
// name Steel City Soul" names the night, not him. Every other mention of
// the same name joins the person too. Under any other verb the name is a
// business's or an event's.
func (w *work) stageNames() {
	for i := 2; i+3 < len(w.raw); i++ {
		if !strings.EqualFold(w.raw[i].norm, "under") || w.raw[i+1].norm != "the" || !stageNouns[w.raw[i+2].norm] {
			continue
		}
		si := w.doc.Tokens[i].Sentence
		s := w.doc.Sentences[si]
		a := i + 3
		if w.raw[a].norm == "@" && a+1 < s.TokenEnd {
			a++
		}
		b := a
		for b < s.TokenEnd && isCap(w.raw[b].norm) && w.raw[b].norm != "I" {
			b++
		}
		if b == a || b-a > 4 {
			continue
		}
		if !stageVerbs[strings.ToLower(w.raw[i-1].norm)] {
			// "runs a soul night under the name Steel City Soul",
			// "trades under the name Hollin Bakes": a business's
			// name, which prose calls a person.
			if o := w.covered[a]; o != 0 && w.cands[o-1].ts == a && w.cands[o-1].te == b && w.cands[o-1].typ == Person && w.cands[o-1].entry == nil {
				w.cands[o-1].typ = Org
			}
			continue
		}
		person := 0
		for k := i - 2; k >= s.TokenStart; k-- {
			if o := w.covered[k]; o != 0 && !w.cands[o-1].dropped && w.cands[o-1].typ == Person {
				person = o
				break
			}
		}
		if person == 0 {
			continue
		}
		name := w.text[w.raw[a].start:w.raw[b-1].end]
		for k := range w.cands {
			c := &w.cands[k]
			if !c.dropped && k+1 != person && w.text[c.start:c.end] == name {
				c.dropped = true
			}
		}
		for j := range w.raw {
			if j+b-a > len(w.raw) || w.text[w.raw[j].start:w.raw[j+b-a-1].end] != name || w.covered[j] != 0 && !w.cands[w.covered[j]-1].dropped {
				continue
			}
			w.addCand(cand{ts: j, te: j + b - a, start: w.raw[j].start, end: w.raw[j+b-a-1].end, sent: w.doc.Tokens[j].Sentence, typ: Person, conf: confRule, alsoOf: person, former: true})
		}
	}
}

// stageVerbs are the verbs of a person's own output before "under the
// name": streams, posts, records, writes.
var stageVerbs = map[string]bool{
	"stream": true, "streams": true, "streamed": true, "streaming": true,
	"post": true, "posts": true, "posted": true, "posting": true,
	"perform": true, "performs": true, "performed": true, "performing": true,
	"record": true, "records": true, "recorded": true, "recording": true,
	"write": true, "writes": true, "wrote": true, "writing": true,
	"publish": true, "publishes": true, "published": true, "publishing": true,
	"broadcast": true, "broadcasts": true, "broadcasting": true,
	"tweet": true, "tweets": true, "tweeted": true, "tweeting": true,
	"rap": true, "raps": true, "rapped": true, "sing": true, "sings": true, "sang": true,
	"upload": true, "uploads": true, "uploaded": true, "go": true, "goes": true, "went": true,
	"blog": true, "blogs": true, "vlog": true, "vlogs": true, "create": true, "creates": true,
}

// stageNouns name the name in "under the name X".
var stageNouns = map[string]bool{"name": true, "handle": true, "username": true, "pseudonym": true, "alias": true, "moniker": true}

// keepsLead reports whether the sentence-initial word at token i, which the
// tagger does not call a proper noun, begins the name run [i,j) all the
// same: "Equal Access Tayside, which has 2,100 members", "Wearside
// Engineering Apprenticeships said", "Stopping Distance, which supports
// families". A run that goes on to ", which", ", who" or ", whose" is one
// name, the word included, as is a run of three or more words with a
// common word after the first ("Open Door Minds"): a name of a person
// has none. A word of grammar, a verb ("Consider Kayla Brooks"), one of
// the package's common capitalized words, a title or a role ("Comedian
// Dom Akhtar"), a given name or a known name after it still stay out.
// The sentence ends at token end.
func (w *work) keepsLead(i, j, end int) bool {
	if j == i+2 && w.ageAfter(j, end) {
		// "Rose Banks, 67, of Moorhead": two words and an age are a
		// person's name, whatever the tagger made of the first.
		return true
	}
	switch w.raw[i].tag {
	case "DT", "PRP", "PRP$", "WDT", "WP", "WRB", "CC", "MD", "TO", "EX", "PDT", "UH", "RB", "VB", "VBD", "VBZ", "VBP", "POS":
		return false
	}
	n := w.raw[i].norm
	if w.lex.notNames[n] || w.lex.titles[n] || personRoleNouns[strings.ToLower(n)] {
		return false
	}
	if j == i+2 && w.covered[i+1] != 0 && w.personAfterName(j, end) {
		// "Euan Paisley, the club's secretary, said": a place after
		// the first word, and a person's apposition after both.
		return true
	}
	if w.lex.firstNames[w.raw[i+1].norm] || w.covered[i+1] != 0 {
		return false
	}
	for k := i + 1; k < j; k++ {
		if w.lex.titles[w.raw[k].norm] {
			return false
		}
	}
	if j+1 < end && w.raw[j].norm == "," {
		switch strings.ToLower(w.raw[j+1].norm) {
		case "which", "who", "whose":
			return true
		}
		if j == i+2 && w.lex.firstNames[n] && (w.ageOrRole(j+1, end) || w.personApposition(j+1, end)) {
			// "Gillian Price, a 63-year-old retired teacher": a known
			// given name before a person's apposition.
			return true
		}
	}
	if v, ok := w.r.model.(vocabulary); ok && j-i >= 3 {
		for k := i + 1; k < j; k++ {
			if v.knows(strings.ToLower(w.raw[k].norm)) {
				return true
			}
		}
	}
	return false
}

// shoutingTokens reports whether toks are a sentence in capitals
// (shouting).
func shoutingTokens(toks []rawToken) bool {
	return shouting(len(toks), func(i int) string { return toks[i].norm })
}

// shouting reports a sentence of n tokens, token i's text text(i), in
// capitals: two or more words of two or more letters, no lower-case
// letter in any token, and no colon, after which an upper-case name is a
// transcript's speaker label ("NEIL ARMSTRONG: …") or a headline's kicker.
func shouting(n int, text func(int) string) bool {
	words := 0
	for i := range n {
		t := text(i)
		if t == ":" {
			return false
		}
		letters := 0
		for _, r := range t {
			if unicode.IsLower(r) {
				return false
			}
			if unicode.IsLetter(r) {
				letters++
			}
		}
		if letters >= 2 {
			words++
		}
	}
	return words >= 2
}
