package stance

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/stancetag/stancetag/entities"
	"github.com/stancetag/stancetag/internal/htmlent"
)

// docView is the per-call index of a Document: which entity each token
// belongs to and where each mention starts. Judge builds one per call, so
// the Scorer itself stays immutable.
type docView struct {
	doc *entities.Document
	// text is doc.Text with its HTML markup blanked, as entities read it:
	// "<p>" breaks a line there, and an attribute's quotation marks are
	// nobody's quotation.
	text    string
	entOf   []int       // token -> entity index, or -1
	mstarts []mentionAt // all mentions by first token
	// persons and orgs are the mentions of mstarts whose entity is a
	// PERSON or an ORG, in the same order, for resolving pronouns by
	// binary search.
	persons, orgs []mentionAt
	// bySent lists each sentence's target mentions, grouped by entity in
	// entity order and within an entity in mention order.
	bySent [][]entMention
	// near caches each sentence's speakersNear for the holder model, and
	// views each sentence's view once built: the holder model reads the
	// sentences around a verdict.
	near  []*speakersNear
	views []*sentView
	// heads holds the head nouns of the organizations' names, and
	// entHead each entity's ("" for other types), built on first use.
	// A name whose last word only says what kind of body it is ("Brennan
	// Falls Police Department") is also headed by the word before it
	// ("the police"): entHead2.
	heads    map[string]bool
	entHead  []string
	entHead2 []string
	entKind  []string // the common noun for its kind when a word of its name says it ("station" for "Radio Surma")
	// roles lists, for each role noun, the person mentions the document
	// gives that role (personRoles), built on first use.
	roles map[string][]mentionAt
	// gender holds each person's pronoun gender, inferred from the text
	// (personGender), and spoke each sentence's speaking person plus one
	// (0 not yet known, -1 none or being found), both built on first use.
	gender []int8
	spoke  []int
	// orgSpoke holds each sentence's speaking organization plus one,
	// the same way (orgSpeakerOf).
	orgSpoke []int
	// spokes lists where the text introduces an organization's
	// spokesperson (spokesOrg), built on first use.
	spokes []mentionAt
	// story is the organization the story is about plus one (storyOrg):
	// 0 not yet found.
	story int
	// openQuote marks the sentences that begin inside a quotation opened
	// in an earlier sentence of the paragraph (quoteState).
	openQuote []bool
	// singles maps the document tokens where a single curly quotation
	// mark opens or closes a quotation (British style: ‘We left X,’ she
	// said) to "“" or "”" (quoteState); nil when there are none.
	singles map[int]string
	// answerer holds, for each sentence of a Q&A transcript's answers,
	// the interviewee's entity, and -1 elsewhere (interviewee); nil until
	// first use.
	answerer []int
	// verdicts sums the rules' non-neutral scores on each target entity
	// over the document, endorsing and criticizing apart, for the article
	// model (docVerdicts).
	verdicts map[int][2]float64
	// rvs are the rules' verdicts in sentence order (sentVerdicts).
	rvs []ruleVerdict
	// feats is the article model's feature buffer, reused from one
	// mention to the next (articleValence).
	feats []artFeat
}

// docVerdicts sums the rules' verdicts on each target over the document:
// writers and the people they quote hold their attitude to a platform from
// one sentence to the next, so the verdicts elsewhere in the article weigh
// on a sentence the rules leave open (articleFeatures). Cross-validated
// on 112 articles when they were added, these features raised the article
// model's F_avg from 0.577 to 0.588.
func (d *docView) docVerdicts(rvs []ruleVerdict) {
	for _, rv := range rvs {
		if rv.final || labelOf(rv.score) == Neutral {
			continue
		}
		if d.verdicts == nil {
			d.verdicts = map[int][2]float64{}
		}
		w := d.verdicts[rv.t.ent]
		if rv.score > 0 {
			w[0] += rv.score
		} else {
			w[1] -= rv.score
		}
		d.verdicts[rv.t.ent] = w
	}
}

// sentVerdicts returns the rules' verdicts on the targets of sentence si.
func (d *docView) sentVerdicts(si int) []ruleVerdict {
	i := sort.Search(len(d.rvs), func(i int) bool { return d.rvs[i].j.Sentence >= si })
	j := i
	for j < len(d.rvs) && d.rvs[j].j.Sentence == si {
		j++
	}
	return d.rvs[i:j]
}

// entMention is mention mi of entity ent.
type entMention struct{ ent, mi int }

type mentionAt struct {
	tok, end int // token range
	ent      int
}

// targetMention is one target entity's mentions within one sentence, as
// sentence-local token ranges.
type targetMention struct {
	ent    int
	first  int      // byte offset of the first mention, for ordering
	ranges [][2]int // local token ranges
}

func newDocView(doc *entities.Document) *docView {
	d := &docView{doc: doc, text: htmlent.Blank(doc.Text), entOf: make([]int, len(doc.Tokens))}
	for i := range d.entOf {
		d.entOf[i] = -1
	}
	// The agency a dateline credits wrote the story: it is the author's
	// voice wherever the story names it ("mourners who spoke to
	// Northland Wire"), never a holder of its own.
	var credited map[int]bool // nil in a story that credits none
	for ei, e := range doc.Entities {
		for _, m := range e.Mentions {
			if lo, hi := d.mentionTokens(m); lo < hi && datelineCredit(doc, d.text, lo, hi) {
				if credited == nil {
					credited = map[int]bool{}
				}
				credited[ei] = true
			}
		}
	}
	for ei, e := range doc.Entities {
		if credited[ei] {
			continue
		}
		for _, m := range e.Mentions {
			lo, hi := d.mentionTokens(m)
			if lo >= hi || e.Type == entities.GPE && isDateline(doc, d.text, lo, hi) {
				continue
			}
			d.mstarts = append(d.mstarts, mentionAt{tok: lo, end: hi, ent: ei})
			for t := lo; t < hi; t++ {
				if d.entOf[t] < 0 {
					d.entOf[t] = ei
				}
			}
		}
	}
	sort.Slice(d.mstarts, func(i, j int) bool { return d.mstarts[i].tok < d.mstarts[j].tok })
	for _, m := range d.mstarts {
		switch doc.Entities[m.ent].Type {
		case entities.Person:
			d.persons = append(d.persons, m)
		case entities.Org:
			d.orgs = append(d.orgs, m)
		}
	}
	d.bySent = make([][]entMention, len(doc.Sentences))
	for ei, e := range doc.Entities {
		if !e.Target {
			continue
		}
		for mi, m := range e.Mentions {
			if m.Sentence >= 0 && m.Sentence < len(d.bySent) {
				d.bySent[m.Sentence] = append(d.bySent[m.Sentence], entMention{ei, mi})
			}
		}
	}
	return d
}

// isDateline reports a mention in tokens [lo, hi) that is a wire story's
// dateline ("BERLIN —", "TACOMA, Wash. —"): upper case at the start of a
// line and a dash within a few tokens. It places the story; it is nobody
// who speaks or acts, so the stance rules do not see it. text is the
// Document's text with its markup blanked (docView.text).
func isDateline(doc *entities.Document, text string, lo, hi int) bool {
	lineStart := func(k int) bool { return atLineStart(text, doc.Tokens[k].Start) }
	caps := func(k int) bool {
		t := doc.Tokens[k].Text
		return strings.ToUpper(t) == t && strings.ToLower(t) != t
	}
	allCaps := func() bool {
		// The mention's words, not its text: markup may stand between
		// them ("NEW <a href=...>YORK</a> —").
		for k := lo; k < hi; k++ {
			if t := doc.Tokens[k].Text; strings.ToUpper(t) != t {
				return false
			}
		}
		return true
	}
	switch {
	case lineStart(lo) && allCaps():
	case lo >= 2 && doc.Tokens[lo-1].Norm == ",":
		// "NAIROBI, Kenya —": the state or country after the place.
		k := lo - 2
		for k > 0 && !lineStart(k) && caps(k) {
			k--
		}
		if !lineStart(k) || !caps(k) {
			return false
		}
	default:
		return false
	}
	return dashAfter(doc, lo, hi)
}

// atLineStart reports whether offset p of text starts a line, past any
// Markdown emphasis, a Markdown link's bracket or blanked inline markup
// that opens it ("**WASHINGTON** —", "[GLASGOW,](https://...) Ky. —",
// "<p><em>DAYTON,</em> Ohio —").
func atLineStart(text string, p int) bool {
	for p > 0 && (text[p-1] == '*' || text[p-1] == '_' || text[p-1] == '[' || text[p-1] == ' ') {
		p--
	}
	return p == 0 || text[p-1] == '\n'
}

// dashAfter reports whether a dateline's dash follows tokens [lo, hi)
// within a few tokens, past an agency's credit in parentheses ("DENPASAR,
// Indonesia (Austral Wire) —").
func dashAfter(doc *entities.Document, lo, hi int) bool {
	limit := hi + 4
	for k := hi; k < len(doc.Tokens) && k < limit; k++ {
		if doc.Tokens[k].Sentence != doc.Tokens[lo].Sentence {
			return false
		}
		switch doc.Tokens[k].Norm {
		case "—", "–", "--":
			return true
		case "(":
			j := k + 1
			for j < len(doc.Tokens) && j < k+6 && doc.Tokens[j].Norm != ")" {
				j++
			}
			if j == len(doc.Tokens) || doc.Tokens[j].Norm != ")" {
				return false
			}
			limit += j - k
			k = j
		}
	}
	return false
}

// datelineCredit reports a mention in tokens [lo, hi) that is the agency
// a dateline credits, in parentheses before its dash: "(Austral Wire)" in
// "DENPASAR, Indonesia (Austral Wire) —". The agency wrote the story; it
// holds no stance the story reports.
func datelineCredit(doc *entities.Document, text string, lo, hi int) bool {
	if lo < 2 || hi+1 >= len(doc.Tokens) || doc.Tokens[lo-1].Norm != "(" || doc.Tokens[hi].Norm != ")" {
		return false
	}
	switch doc.Tokens[hi+1].Norm {
	case "—", "–", "--":
	default:
		return false
	}
	// The words before the credit open a line in capitals: "DENPASAR,
	// Indonesia", "THUNDER BAY, Ont.".
	for k := lo - 2; k >= 0 && k >= lo-8 && doc.Tokens[k].Sentence == doc.Tokens[lo].Sentence; k-- {
		if atLineStart(text, doc.Tokens[k].Start) {
			t := doc.Tokens[k].Text
			return strings.ToUpper(t) == t && strings.ToLower(t) != t
		}
	}
	return false
}

// hasHead reports whether w, lower case, is the head noun of an
// organization's name: "orchestra" of "Millbrook Symphony Orchestra",
// "church" of "First Methodist Church of Riverton".
func (d *docView) hasHead(w string) bool {
	d.buildHeads()
	return d.heads[w]
}

// orgHead returns the head noun of organization ei's name (nameHead's,
// cached), or "" for an entity of another type.
func (d *docView) orgHead(ei int) string {
	d.buildHeads()
	return d.entHead[ei]
}

// buildHeads fills heads, entHead, entHead2 and entKind once per document.
func (d *docView) buildHeads() {
	if d.heads == nil {
		d.heads = map[string]bool{}
		d.entHead = make([]string, len(d.doc.Entities))
		d.entHead2 = make([]string, len(d.doc.Entities))
		d.entKind = make([]string, len(d.doc.Entities))
		for ei, e := range d.doc.Entities {
			if e.Type != entities.Org {
				continue
			}
			if k := kindOfHead(e.Name); k != "" {
				// Before the head: "Porters Local 88" has none.
				d.heads[k] = true
				d.entKind[ei] = k
			}
			h := nameHead(e.Name)
			if h == "" {
				continue
			}
			d.heads[h] = true
			d.entHead[ei] = h
			if kindSuffixes[h] {
				name := e.Name
				if i := strings.Index(name, " of "); i > 0 {
					name = name[:i]
				}
				if f := strings.Fields(name); len(f) >= 3 {
					if h2 := strings.ToLower(f[len(f)-2]); len(h2) >= 3 {
						d.heads[h2] = true
						d.entHead2[ei] = h2
					}
				}
			}
		}
	}
}

// nameHead returns the lower-case head noun of a name: its last word, or
// the last word before " of ".
func nameHead(name string) string {
	if i := strings.Index(name, " of "); i > 0 {
		name = name[:i]
	}
	name = strings.TrimRight(name, ".,")
	if i := strings.LastIndexByte(name, ' '); i >= 0 {
		name = name[i+1:]
	}
	if len(name) < 3 {
		return ""
	}
	return strings.ToLower(name)
}

// kindOfHead returns the common noun a story uses for an organization
// whose name says its kind in another word: "the station" for "Radio
// Surma" or "Pennine Broadcasting", "the church" for "Living Word Chapel",
// "the paper" for "Lakeport Tribune", "the union" for "Bayline Flight
// Attendants Association" or "Hospitality Workers Local 317", "the
// airline" for "Pennine Airways", or "".
func kindOfHead(name string) string {
	fs := strings.Fields(strings.ToLower(name))
	for i, f := range fs {
		if k, ok := kindWords[strings.Trim(f, ".,'’")]; ok {
			return k
		}
		if f == "local" && i+1 < len(fs) && isDigits(fs[i+1]) {
			// "Hospitality Workers Local 317": a union's branch.
			return "union"
		}
	}
	return ""
}

// isDigits reports a non-empty string of ASCII digits.
func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// kindWords map words of organizations' names to the common noun for
// their kind.
var kindWords = map[string]string{
	"radio": "station", "fm": "station", "tv": "station", "television": "station", "broadcasting": "station",
	"chapel": "church", "parish": "church", "cathedral": "church", "congregation": "church",
	"tribune": "paper", "gazette": "paper", "herald": "paper", "courier": "paper", "ledger": "paper",
	"chronicle": "paper", "examiner": "paper", "sentinel": "paper", "dispatch": "paper", "inquirer": "paper",
	"foundation": "charity", "relief": "charity",
	"association": "union", "airways": "airline", "airlines": "airline",
}

// kindSuffixes are last words of organizations' names that say only what
// kind of body it is; the word before them heads the name too. nameHead
// has trimmed a final period ("Inc." is "inc").
var kindSuffixes = map[string]bool{
	"department": true, "service": true, "office": true, "authority": true,
	"bureau": true, "agency": true, "inc": true, "ltd": true, "llc": true,
	"corporation": true, "corp": true, "association": true, "society": true,
	"trust": true,
}

// namedOrg returns the organization a description headed by w refers to
// from document token g: the nearest earlier mention of one whose name it
// heads ("the federation" after "the Norwegian Football Federation"), else
// the first later one (a headline's "the school board"), else -1.
func (d *docView) namedOrg(w string, g int) int {
	if !d.hasHead(w) {
		return -1
	}
	heads := func(ei int) bool { return d.entHead[ei] == w || d.entHead2[ei] == w || d.entKind[ei] == w }
	k := sort.Search(len(d.orgs), func(i int) bool { return d.orgs[i].tok >= g })
	for i := k - 1; i >= 0; i-- {
		if heads(d.orgs[i].ent) {
			return d.orgs[i].ent
		}
	}
	for i := k; i < len(d.orgs); i++ {
		if heads(d.orgs[i].ent) {
			return d.orgs[i].ent
		}
	}
	return -1
}

// roleRef returns the person a description headed by the role noun w
// refers to from document token g ("the sheriff", a headline's
// "Prosecutor says"): the nearest earlier person the document gives that
// role, else the first later one, else -1.
func (d *docView) roleRef(w string, g int) int {
	if d.roles == nil {
		d.personRoles()
	}
	ms := d.roles[w]
	k := sort.Search(len(ms), func(i int) bool { return ms[i].tok >= g })
	if k > 0 {
		return ms[k-1].ent
	}
	if k < len(ms) {
		return ms[k].ent
	}
	return -1
}

// personRoles indexes the roles the document gives its people: a title
// before the name ("Sheriff Wade Kettering", "county prosecutor Marisa
// Delacroix-Hunt"), an apposition after it ("Marisa Delacroix-Hunt, the
// county's chief prosecutor,") or one before it that the name completes
// ("The county's sheriff, Wade Kettering,").
func (d *docView) personRoles() {
	d.roles = map[string][]mentionAt{}
	toks := d.doc.Tokens
	add := func(t int, m mentionAt) {
		w := strings.ToLower(toks[t].Norm)
		if !roleNouns[w] {
			return
		}
		ms := d.roles[w]
		if n := len(ms); n > 0 && ms[n-1].tok == m.tok {
			return
		}
		d.roles[w] = append(ms, m)
	}
	stop := func(t int) bool {
		switch toks[t].Norm {
		case ",", ".", ";", ":", "(", ")", "\"", "``", "''", "-", "--":
			return true
		}
		return d.entOf[t] >= 0 && d.doc.Entities[d.entOf[t]].Type == entities.Person
	}
	for _, m := range d.persons {
		sent := toks[m.tok].Sentence
		// A title: the nouns just before the name.
		for t := m.tok - 1; t >= 0 && t >= m.tok-4 && toks[t].Sentence == sent && !stop(t); t-- {
			if !strings.HasPrefix(toks[t].Tag, "NN") && !strings.HasPrefix(toks[t].Tag, "JJ") {
				break
			}
			add(t, m)
		}
		// "The county's sheriff, Wade Kettering", "New Zealand's
		// minister for digital government, Aroha Tainui": the role's
		// noun phrase ends at the comma.
		if m.tok >= 2 && toks[m.tok-1].Norm == "," {
			for t := m.tok - 2; t >= 0 && t >= m.tok-9 && toks[t].Sentence == sent && !stop(t) && !strings.HasPrefix(toks[t].Tag, "VB"); t-- {
				add(t, m)
			}
		}
		// ", the county's chief prosecutor,": up to the apposition's
		// end.
		if m.end < len(toks) && toks[m.end].Norm == "," {
			for t := m.end + 1; t < len(toks) && t <= m.end+10 && toks[t].Sentence == sent && !stop(t); t++ {
				if n := toks[t].Norm; n == "of" || n == "at" || n == "for" || n == "who" || n == "which" || n == "that" || strings.HasPrefix(toks[t].Tag, "VB") {
					// "the director of the museum": the role is
					// before "of"; a relative clause or a verb
					// ("who told the judge") is no longer the
					// apposition.
					break
				}
				add(t, m)
			}
		}
	}
	for w, ms := range d.roles {
		sort.Slice(ms, func(i, j int) bool { return ms[i].tok < ms[j].tok })
		d.roles[w] = ms
	}
}

// lastBefore returns the entity of the last mention in ms (ordered by first
// token) that starts before document token g, or -1.
func lastBefore(ms []mentionAt, g int) int {
	if i := lastAt(ms, g); i >= 0 {
		return ms[i].ent
	}
	return -1
}

// lastAt returns the index in ms of the last mention that starts before
// document token g, or -1.
func lastAt(ms []mentionAt, g int) int {
	return sort.Search(len(ms), func(i int) bool { return ms[i].tok >= g }) - 1
}

// mentionTokens returns the mention's token range, checked against the
// document; when the recorded range is unusable it falls back to the tokens
// that overlap the mention's bytes.
func (d *docView) mentionTokens(m entities.Mention) (int, int) {
	n := len(d.doc.Tokens)
	if m.TokenStart >= 0 && m.TokenEnd <= n && m.TokenStart < m.TokenEnd {
		return m.TokenStart, m.TokenEnd
	}
	lo := sort.Search(n, func(i int) bool { return d.doc.Tokens[i].End > m.Start })
	hi := lo
	for hi < n && d.doc.Tokens[hi].Start < m.End {
		hi++
	}
	return lo, hi
}

// targetsIn returns the target entities named in sentence si, ordered by
// their first mention there.
func (d *docView) targetsIn(si int) []targetMention {
	var out []targetMention
	s := d.doc.Sentences[si]
	var tm *targetMention
	for _, em := range d.bySent[si] {
		m := d.doc.Entities[em.ent].Mentions[em.mi]
		lo, hi := d.mentionTokens(m)
		lo, hi = max(lo, s.TokenStart), min(hi, s.TokenEnd)
		if tm == nil || tm.ent != em.ent {
			out = append(out, targetMention{ent: em.ent, first: m.Start})
			tm = &out[len(out)-1]
		}
		if lo < hi {
			tm.ranges = append(tm.ranges, [2]int{lo - s.TokenStart, hi - s.TokenStart})
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].first < out[j].first })
	return out
}

// sentView is one sentence's tokens with what the scorer derives from them.
type sentView struct {
	sc     *Scorer
	idx    int
	base   int // document index of the first token
	n      int
	low    []string // lower-case Norm
	tag    []string
	ent    []int             // entity index per token, or -1
	ents   []entities.Entity // the document's entities, by index
	clause []int             // clause id per token
	conc   []bool
	cond   []bool // inside a condition: "if the audience comes back to X"
	preBut []bool
	quoted []bool
	cls    []wordClass
	hasBut bool
	// What the pairwise work of judge reads, so that relating a cue to a
	// mention costs the same whatever the sentence's length: the cues,
	// prefix counts of token classes (built on first use over a long
	// span), each token's clause start and two memos.
	cues        []cue // see cueList
	cuesFound   bool
	cnt         [nCountKinds]counts
	clauseStart []int   // first token of each token's clause, or nil
	lsMemo      []int32 // listStart + 1, 0 not yet known
	spMemo      []int8  // subjectOpens: 0 not yet known, 1 true, 2 false
}

// wordClass marks the word sets that every token of a sentence is tried
// against, so that each costs one map lookup per token rather than one per
// set and per try.
type wordClass uint16

const (
	wcContrast    wordClass = 1 << iota // contrasts
	wcConcessive                        // concessives
	wcConditional                       // conditionals
	wcIntrusive                         // intrusiveVerbs
	wcAlt                               // altNouns
	wcLeave                             // leaveVerbs
	wcTakeOff                           // takeOffVerbs
	wcLeaving                           // leavingGerunds
	wcClose                             // closeVerbs
	wcReport                            // Scorer.report: "said", "according"
)

// wordClasses maps each word of the package-level sets above to its
// classes; wcReport comes from the Scorer's own report set.
var wordClasses = func() map[string]wordClass {
	m := map[string]wordClass{}
	for c, set := range map[wordClass]map[string]bool{
		wcContrast: contrasts, wcConcessive: concessives, wcConditional: conditionals,
		wcIntrusive: intrusiveVerbs, wcAlt: altNouns, wcLeave: leaveVerbs,
		wcTakeOff: takeOffVerbs, wcLeaving: leavingGerunds, wcClose: closeVerbs,
	} {
		for w, ok := range set {
			if ok {
				m[w] |= c
			}
		}
	}
	return m
}()

// in reports whether token k belongs to any of the classes c.
func (v *sentView) in(k int, c wordClass) bool { return v.cls[k]&c != 0 }

// countKind is a class of tokens counted by sentView.count.
type countKind int

const (
	cNoun  countKind = iota // common nouns outside names
	cVerb                   // content verbs
	cLink                   // linking verbs
	cCmp                    // comparison markers
	cIN                     // prepositions and subordinators (tag IN)
	cAdv                    // words opening an adverbial phrase
	cPlace                  // from, on, by, off, across
	cDest                   // for, to, onto, into, toward, favour, favor, with
	nCountKinds
)

// is reports whether token k is of the class.
func (v *sentView) is(kind countKind, k int) bool {
	switch kind {
	case cNoun:
		return v.ent[k] < 0 && (v.tag[k] == "NN" || v.tag[k] == "NNS")
	case cVerb:
		return v.isContentVerb(k)
	case cLink:
		return v.isLink(k)
	case cCmp:
		return v.isComparer(k)
	case cIN:
		return v.tag[k] == "IN"
	case cAdv:
		return adverbialSub[v.low[k]]
	case cPlace:
		switch v.low[k] {
		case "from", "on", "by", "off", "across":
			return true
		}
	case cDest:
		switch v.low[k] {
		case "for", "to", "toward", "towards", "favour", "favor", "with", "onto", "into":
			return true
		}
	}
	return false
}

// count returns how many tokens of [a, b) are of the class. A short span
// is scanned; a longer one reads the class's prefix counts, built once.
func (v *sentView) count(kind countKind, a, b int) int {
	a, b = max(a, 0), min(b, v.n)
	if b-a <= 32 && v.cnt[kind] == nil {
		n := 0
		for k := a; k < b; k++ {
			if v.is(kind, k) {
				n++
			}
		}
		return n
	}
	c := v.cnt[kind]
	if c == nil {
		c = make(counts, v.n+1)
		for k := 0; k < v.n; k++ {
			c[k+1] = c[k]
			if v.is(kind, k) {
				c[k+1]++
			}
		}
		v.cnt[kind] = c
	}
	return c.in(a, b)
}

// any reports whether a token of [a, b) is of the class.
func (v *sentView) any(kind countKind, a, b int) bool { return v.count(kind, a, b) > 0 }

// counts is a prefix count over a sentence's tokens: c[k] is how many of
// tokens [0, k) have some property.
type counts []int32

// in returns how many of tokens [a, b) have the property.
func (c counts) in(a, b int) int {
	a, b = max(a, 0), min(b, len(c)-1)
	if a >= b {
		return 0
	}
	return int(c[b] - c[a])
}

// cueAt returns the cue over token k, or nil; cues are in order and do not
// overlap.
func (v *sentView) cueAt(k int) *cue {
	i := sort.Search(len(v.cues), func(i int) bool { return v.cues[i].hi > k })
	if i < len(v.cues) && v.cues[i].lo <= k {
		return &v.cues[i]
	}
	return nil
}

// clauseOpen returns the first token of the clause of token k.
func (v *sentView) clauseOpen(k int) int {
	if v.clauseStart == nil {
		v.clauseStart = make([]int, v.n)
		for i := 0; i < v.n; i++ {
			if i > 0 && v.clause[i-1] == v.clause[i] {
				v.clauseStart[i] = v.clauseStart[i-1]
			} else {
				v.clauseStart[i] = i
			}
		}
	}
	return v.clauseStart[k]
}

func (d *docView) sentence(si int, sc *Scorer) *sentView {
	if d.views == nil {
		d.views = make([]*sentView, len(d.doc.Sentences))
	}
	if v := d.views[si]; v != nil {
		return v
	}
	v := d.newSentence(si, sc)
	d.views[si] = v
	return v
}

// newSentence builds the view of sentence si.
func (d *docView) newSentence(si int, sc *Scorer) *sentView {
	s := d.doc.Sentences[si]
	lo, hi := max(s.TokenStart, 0), min(s.TokenEnd, len(d.doc.Tokens))
	if hi < lo {
		hi = lo
	}
	n := hi - lo
	// One allocation for the four per-token flags.
	flags := make([]bool, 4*n)
	v := &sentView{idx: si, base: lo, n: n, low: make([]string, n), tag: make([]string, n),
		ent: d.entOf[lo:hi], ents: d.doc.Entities, clause: make([]int, n), conc: flags[:n:n],
		preBut: flags[n : 2*n : 2*n], quoted: flags[2*n : 3*n : 3*n], cond: flags[3*n:], cls: make([]wordClass, n)}
	open := d.quoteState(si)
	for i := 0; i < n; i++ {
		t := d.doc.Tokens[lo+i]
		w := t.Norm
		if w == "" {
			w = t.Text
		}
		if q, ok := d.singles[lo+i]; ok {
			// ‘ and ’ that open and close a quotation read as
			// double marks; an apostrophe stays one.
			w = q
		}
		v.low[i] = strings.ToLower(w)
		v.tag[i] = t.Tag
		switch v.low[i] {
		case "'ve":
			// The rules read a contraction as its word: "we've" is
			// "we have", "I'd like" is "I would like". ("they'd left"
			// is "they had left", but the tagger calls "'d" a modal
			// there too, and no rule reads the difference.)
			v.low[i] = "have"
		case "'d":
			v.low[i] = "would"
		}
		v.cls[i] = wordClasses[v.low[i]]
		if sc.report[v.low[i]] {
			v.cls[i] |= wcReport
		}
	}
	for i := 0; i < n; i++ {
		if v.in(i, wcReport) && v.reportsNothing(i) {
			v.cls[i] &^= wcReport
		}
	}
	v.sc = sc
	v.verbless()
	v.headlineVerbs()
	v.headlineMoves()
	v.coordinatedVerbs()
	v.cleftVerbs()
	v.segment(open, d.doc.Tokens[lo:hi])
	return v
}

// reportsNothing reports a report verb at i that here reports nothing: a
// "feel" that links its subject to an adjective ("Twitch feels friendly",
// "felt hostile to newcomers"; not "I feel that ...", "I feel strongly
// Twitch is ...") or whose subject is a thing ("it felt like handing out
// flyers"), or a "warn" that acts on its object ("warns coaches off
// Snapchat").
func (v *sentView) reportsNothing(i int) bool {
	j := i + 1
	switch {
	case feelVerbs[v.low[i]]:
		if k := v.beforeAux(i); k >= 0 && (v.low[k] == "it" || v.low[k] == "this" || v.low[k] == "that") {
			// "both times it felt like handing out flyers": a
			// thing has no opinion to report.
			return true
		}
		for j < v.n && (strings.HasPrefix(v.tag[j], "RB") || strings.HasPrefix(v.tag[j], "JJ")) {
			j++
		}
		return j > i+1 && (j == v.n || v.low[j] == "." || isPunctBoundary(v.low[j]) || v.low[j] == "and" || v.low[j] == "but" ||
			(v.tag[j] == "IN" || v.tag[j] == "TO") && v.low[j] != "that" && v.low[j] != "like" && v.low[j] != "as")
	case warnVerbs[v.low[i]]:
		for j < v.n && (v.ent[j] >= 0 || strings.HasPrefix(v.tag[j], "NN") || strings.HasPrefix(v.tag[j], "JJ") || v.tag[j] == "DT" || v.tag[j] == "PRP" || v.tag[j] == "PRP$") {
			j++
		}
		return j > i+1 && j < v.n && v.low[j] == "off"
	}
	return false
}

// warnVerbs report a warning ("warned that ...") or act on someone
// ("warned coaches off Snapchat").
var warnVerbs = map[string]bool{"warn": true, "warns": true, "warned": true, "warning": true}

// feelVerbs report an opinion ("I feel that ...") or link a subject to an
// adjective ("Twitch feels friendly").
var feelVerbs = map[string]bool{"feel": true, "feels": true, "felt": true, "feeling": true}

// quoteState reports whether sentence si begins inside a quotation that an
// earlier sentence of its paragraph opened: a letter or a long quote runs
// over several sentences ("writes: “About time. I can tell you ... books.
// ... a day.”"), and its middle sentences hold no quotation mark of their
// own. Curly marks say which way they face; a straight one toggles. A
// paragraph break closes any quotation (the next paragraph reopens it).
//
// Single curly marks quote too where no double mark is open (British
// style: ‘We left X,’ she said); inside a double quotation they are a
// quotation within it, and a "’" is a closing mark after punctuation or
// before it, at a sentence's end, or after a word that does not end in
// "s", so "the members’ page" keeps its apostrophe. The pass records them
// in d.singles.
func (d *docView) quoteState(si int) bool {
	if d.openQuote == nil {
		ss := d.doc.Sentences
		d.openQuote = make([]bool, len(ss))
		open, single := false, false
		for i, s := range ss {
			if i > 0 && d.opensParagraph(i) {
				open, single = false, false
			}
			d.openQuote[i] = open
			lo, hi := max(s.TokenStart, 0), min(s.TokenEnd, len(d.doc.Tokens))
			for t := lo; t < hi; t++ {
				switch tokText(d.doc.Tokens[t]) {
				case "“", "«":
					open = true
				case "”", "»":
					open = false
				case `"`:
					open = !open
				case "‘":
					if !open {
						d.markSingle(t, "“")
						open, single = true, true
					}
				case "’":
					if single && (t+1 >= hi || isPunct(tokText(d.doc.Tokens[t+1])) || t > lo && (isPunct(tokText(d.doc.Tokens[t-1])) || !possessiveS(tokText(d.doc.Tokens[t-1])) || !possessed(d.doc.Tokens[t+1].Tag))) {
						d.markSingle(t, "”")
						open, single = false, false
					}
				}
			}
		}
	}
	return d.openQuote[si]
}

// markSingle records that the single mark at document token t reads as
// the double mark q.
func (d *docView) markSingle(t int, q string) {
	if d.singles == nil {
		d.singles = map[int]string{}
	}
	d.singles[t] = q
}

// possessiveS reports a word a "’" after it can make a plural possessive
// ("the members’ page"), so that the mark need not close a quotation;
// after any other word ("accused X of having ‘knelt before Berlin’ and
// announced") it does.
func possessiveS(w string) bool {
	return strings.HasSuffix(w, "s") || strings.HasSuffix(w, "S")
}

// possessed reports a tag a word owned by a plural possessive can have
// ("the members’ page", "the members’ own page", "the riders’ 40
// complaints"): a "’" before any other word ("urged ‘reviewers’ in
// Discord") closes a quotation.
func possessed(tag string) bool {
	return strings.HasPrefix(tag, "NN") || strings.HasPrefix(tag, "JJ") || tag == "CD" || tag == "VBG"
}

// isPunct reports a token of punctuation only.
func isPunct(w string) bool {
	for _, r := range w {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return w != ""
}

// opensParagraph reports whether sentence i opens a paragraph: the first
// sentence, or one with a line break between it and the sentence before.
func (d *docView) opensParagraph(i int) bool {
	if i == 0 {
		return true
	}
	ss, n := d.doc.Sentences, len(d.text)
	lo := min(max(ss[i-1].End, 0), n)
	return strings.Contains(d.text[lo:min(max(ss[i].Start, lo), n)], "\n")
}

// qaMin is how many "Q:" and how many "A:" paragraphs at least make a
// document a Q&A transcript.
const qaMin = 2

// interviewee returns the entity whose answer or turn sentence si is part
// of, or -1. In a Q&A transcript ("Q: ..." / "A: ..." paragraphs) every
// sentence from an "A:" to the next "Q:" is the interviewee's, and the
// interviewee is the person the introduction (between the headline and the
// first question) names most often, the first named on a tie. In a
// transcript with speaker labels each paragraph is its speaker's
// (labelledTurns).
func (d *docView) interviewee(si int) int {
	if d.answerer == nil {
		ss := d.doc.Sentences
		d.answerer = make([]int, len(ss))
		for i := range d.answerer {
			d.answerer[i] = -1
		}
		first, nq, na := -1, 0, 0
		for i, s := range ss {
			switch t := d.text[s.Start:s.End]; {
			case strings.HasPrefix(t, "Q:"):
				nq++
				if first < 0 {
					first = i
				}
			case strings.HasPrefix(t, "A:"):
				na++
			}
		}
		if nq < qaMin || na < qaMin {
			if turn, ok := d.labelledTurns(); !ok && !d.signedLetters() {
				d.bylines()
				// Outside a transcript a label is a post's or a
				// headline's attribution ("Ann Lee: “I quit X.”",
				// "Musk: Twitter is the future"): what would be the
				// author's voice in its paragraph is the labelled
				// speaker's; an op-ed's writer keeps theirs.
				for i, who := range turn {
					if who >= 0 && d.answerer[i] < 0 {
						d.answerer[i] = who
					}
				}
			}
		} else if first > 1 {
			who := d.mostNamedPerson(ss[1].Start, ss[first].Start)
			answering := false
			for i, s := range ss {
				switch t := d.text[s.Start:s.End]; {
				case strings.HasPrefix(t, "Q:"):
					answering = false
				case strings.HasPrefix(t, "A:"):
					answering = true
				}
				if answering {
					d.answerer[i] = who
				}
			}
		}
	}
	if si < 0 || si >= len(d.answerer) {
		return -1
	}
	return d.answerer[si]
}

// addressee returns whom "your" in sentence si of an interview addresses:
// of the people whose answers or labelled turns the transcript holds, the
// one other than si's own speaker with the most sentences ("Q: Your lab
// also left X", "WALSH: Your team stopped posting on X": the interviewee;
// "FERRANTE: Your paper left Threads too": the interviewer). It returns -1
// outside a question or labelled turn, and when nobody else is named.
func (d *docView) addressee(si int) int {
	cur := d.interviewee(si)
	p := si
	for p > 0 && !d.opensParagraph(p) {
		p--
	}
	if s := d.doc.Sentences[p]; !strings.HasPrefix(d.text[s.Start:s.End], "Q:") && d.speakerLabel(s) < 0 {
		return -1
	}
	count := map[int]int{}
	best := -1
	for _, a := range d.answerer {
		if a >= 0 && a != cur {
			count[a]++
			if best < 0 || count[a] > count[best] {
				best = a
			}
		}
	}
	return best
}

// asking reports that sentence si is the interviewer's: a "Q:" turn, or a
// labelled turn whose speaker has fewer sentences in the transcript than
// the one it addresses.
func (d *docView) asking(si int) bool {
	a := d.addressee(si)
	if a < 0 {
		return false
	}
	cur := d.interviewee(si)
	if cur < 0 {
		// A question of a "Q:"/"A:" transcript: its sentences have
		// no speaker of their own.
		return true
	}
	n := 0
	for _, x := range d.answerer {
		switch x {
		case a:
			n++
		case cur:
			n--
		}
	}
	return n > 0
}

// labelledTurns fills answerer for a transcript whose paragraphs open with
// speaker labels ("DEVLIN: Discord is ...", "HOST: Why?"): every sentence
// of a labelled paragraph is the labelled speaker's, a role label's ("HOST:")
// the person the text gives that role, if any. It needs qaMin labels of
// named people, and reports whether it found them. It returns each
// sentence's labelled speaker (or -1) either way.
func (d *docView) labelledTurns() (turn []int, ok bool) {
	ss := d.doc.Sentences
	turn = make([]int, len(ss))
	named := 0
	who := -1
	for i, s := range ss {
		if d.opensParagraph(i) {
			who = d.speakerLabel(s)
			if who >= 0 {
				named++
			}
		}
		turn[i] = who
	}
	if named < qaMin {
		return turn, false
	}
	copy(d.answerer, turn)
	return turn, true
}

// signedLetters fills answerer for a page of readers' letters, each signed
// below in a paragraph of its own ("I joined the park's WhatsApp channel
// ... glad of it." / "Margaret Alderson, Thornsett."): the paragraph above
// a signature is its signer's, and its "I" is the signer, not the author.
// Only the one paragraph above counts: an advice column answers each
// letter in the paragraphs after its signature, in the author's voice. It
// needs qaMin signatures, and reports whether it found them.
func (d *docView) signedLetters() bool {
	ss := d.doc.Sentences
	signer := d.answerer // all -1 here; reset below if too few signatures
	signed := 0
	for i := 2; i < len(ss); i++ {
		if !d.opensParagraph(i) || i+1 < len(ss) && !d.opensParagraph(i+1) {
			continue
		}
		p := d.signature(ss[i])
		if p < 0 {
			continue
		}
		signed++
		for j := i - 1; j > 0; j-- {
			signer[j] = p
			if d.opensParagraph(j) {
				break
			}
		}
	}
	if signed < qaMin {
		for i := range signer {
			signer[i] = -1
		}
		return false
	}
	return true
}

// bylineLead is how many paragraphs at most stand above an op-ed's first
// byline: a headline, a subhead and a label such as "Opinion".
const bylineLead = 4

// bylines fills answerer for an op-ed or essay under a byline: a
// paragraph of its own that opens with "By" and a person ("By Renata
// Kowalczyk, who worked on Instagram's well-being team ..."), among the
// first bylineLead paragraphs, over a piece written in the first person
// ("I" outside any quotation). Such a piece is its writer's, not the
// author's voice: every sentence from a byline to the next, the headline
// and whatever else stands above the first, and a one-sentence subhead
// right above a later byline (a point-counterpoint's "No: Wait until 16
// ..." over its own writer's byline). A news report's byline ("By Ana
// Ruiz") over a piece with no "I" of its own leaves the author's voice
// as it is.
func (d *docView) bylines() {
	ss := d.doc.Sentences
	writer := d.answerer // all -1 here; reset below if the piece says no "I"
	first := true
	paras, mine := 0, false
	for i := range ss {
		if d.opensParagraph(i) {
			paras++
		}
		if first && paras > bylineLead {
			return
		}
		p := -1
		if d.opensParagraph(i) && (i+1 == len(ss) || d.opensParagraph(i+1)) {
			p = d.byline(ss[i])
		}
		switch {
		case p >= 0 && first:
			for j := 0; j < i; j++ {
				writer[j] = p
			}
			first = false
		case p >= 0:
			if j := i - 1; d.opensParagraph(j) && j > 0 && writer[j-1] >= 0 {
				writer[j] = p
			}
		case first:
			continue
		default:
			p = writer[i-1]
			if !mine && d.firstPerson(ss[i]) {
				mine = true
			}
		}
		writer[i] = p
	}
	if !mine {
		for i := range writer {
			writer[i] = -1
		}
	}
}

// byline returns the person a byline names ("By Derek Amankwah, who
// teaches ..."; "By Ana Ruiz."), or -1.
func (d *docView) byline(s entities.Sentence) int {
	t, end := s.TokenStart, min(s.TokenEnd, len(d.doc.Tokens))
	if t < 0 || end-t < 2 || d.doc.Tokens[t].Text != "By" {
		return -1
	}
	e := d.entOf[t+1]
	if e < 0 || d.doc.Entities[e].Type != entities.Person {
		return -1
	}
	k := t + 1
	for k < end && d.entOf[k] == e {
		k++
	}
	if k < end && d.doc.Tokens[k].Text != "," && d.doc.Tokens[k].Text != "." {
		return -1
	}
	return e
}

// firstPerson reports whether a sentence with no quotation mark in it
// says "I": the writer speaking in the piece's own voice.
func (d *docView) firstPerson(s entities.Sentence) bool {
	if strings.ContainsAny(htmlent.Unescape(d.text[s.Start:s.End]), "\"“”") {
		return false
	}
	for k := s.TokenStart; k < min(s.TokenEnd, len(d.doc.Tokens)); k++ {
		if d.doc.Tokens[k].Text == "I" {
			return true
		}
	}
	return false
}

// maxSignature bounds the tokens of a letter's signature: a name and a
// place or two ("Raymond Kitching, Kitching's Outdoor, Sedbergh.").
const maxSignature = 12

// signature returns the person a sentence signs as, or -1: a name, then
// at most a few capitalized words of place or firm after commas, then an
// optional period and nothing else.
func (d *docView) signature(s entities.Sentence) int {
	t, end := s.TokenStart, min(s.TokenEnd, len(d.doc.Tokens))
	if t < 0 || t >= end || end-t > maxSignature {
		return -1
	}
	e := d.entOf[t]
	if e < 0 || d.doc.Entities[e].Type != entities.Person {
		return -1
	}
	toks := d.doc.Tokens
	k := t
	for k < end && d.entOf[k] == e {
		k++
	}
	for ; k < end; k++ {
		w := tokText(toks[k])
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case w == ",":
		case w == "." && k == end-1:
		case unicode.IsUpper(r), w == "’s" || w == "'s":
		default:
			return -1
		}
	}
	return e
}

// speakerLabel returns the person a sentence's opening label names
// ("DEVLIN:", "Devlin:", "HOST:"), -1 for a label that names nobody known
// or no label.
func (d *docView) speakerLabel(s entities.Sentence) int {
	t, end := s.TokenStart, min(s.TokenEnd, len(d.doc.Tokens))
	if t < 0 || t >= end {
		return -1
	}
	toks := d.doc.Tokens
	if e := d.entOf[t]; e >= 0 {
		k := t
		for k < end && d.entOf[k] == e {
			k++
		}
		if k < end && toks[k].Norm == ":" && d.doc.Entities[e].Type == entities.Person {
			return e
		}
		return -1
	}
	if t+1 < end && toks[t+1].Norm == ":" && strings.ToUpper(toks[t].Text) == toks[t].Text {
		if w := strings.ToLower(toks[t].Text); roleNouns[w] {
			return d.roleRef(w, t)
		}
	}
	return -1
}

// mostNamedPerson returns the person with the most mentions starting in
// the byte range [start, end), the first named on a tie, or -1.
func (d *docView) mostNamedPerson(start, end int) int {
	who, most, whoAt := -1, 0, end
	for ei, e := range d.doc.Entities {
		if e.Type != entities.Person {
			continue
		}
		n, at := 0, end
		for _, m := range e.Mentions {
			if m.Start >= start && m.Start < end {
				n++
				at = min(at, m.Start)
			}
		}
		if n > most || n == most && n > 0 && at < whoAt {
			who, most, whoAt = ei, n, at
		}
	}
	return who
}

// cueList returns the sentence's cues, found on first use: the holder
// model reads neighbouring sentences that need none.
func (v *sentView) cueList() []cue {
	if !v.cuesFound {
		v.cues, v.cuesFound = v.sc.findCues(v), true
	}
	return v.cues
}

// headlineVerbs retags as a verb a plural noun that stands between a name
// or noun and a name and is a cue, report or platform-action verb: prose
// tags "fines" in "Regulator fines X and Discord" NNS, and "condemns" in
// "Mountain rescue team condemns TikTok trail videos" NN. A plural noun
// before a name that follows a headline's verb and a comma is a verb
// whatever the lexicon says ("drops Facebook ads, credits/NNS Nextdoor").
// In a headline, a kind of organization tagged a verb before such a word
// is retagged a noun ("Esports league/VBP condemns/NN X").
func (v *sentView) headlineVerbs() {
	for i := 1; i+1 < v.n; i++ {
		if v.tag[i] != "NNS" && v.tag[i] != "NN" || v.ent[i] >= 0 || v.ent[i+1] < 0 || !strings.HasSuffix(v.low[i], "s") {
			continue
		}
		conj := v.firstHeadlineVerb(i) >= 0
		// "Esports league/VBP condemns/NN X": a kind of organization
		// the tagger took for a verb is the headline's subject.
		orgVerb := v.idx == 0 && (v.tag[i-1] == "VBP" || v.tag[i-1] == "VB") && (leadOrgNouns[v.low[i-1]] || groupNouns[v.low[i-1]])
		if !strings.HasPrefix(v.tag[i-1], "NN") && v.ent[i-1] < 0 && !conj && !orgVerb {
			continue
		}
		if v.headlineVerb(i) || v.tag[i] == "NNS" && conj {
			v.tag[i] = "VBZ"
			if orgVerb {
				v.tag[i-1] = "NN"
			}
		}
	}
}

// headlineMoves reads a headline's "moves" (or "shifts", "switches",
// "migrates") as its verb when a platform it moves something to, onto, off
// or from follows before any punctuation, whatever prose tagged it:
// "Nursing home moves/NNS family video calls/VBZ to Zoom", "Studio leaves
// X over harassment, moves/VBZ patch/VBP notes to Steam". What it moves is
// a noun phrase, so a word tagged a verb there is retagged a noun. A verb
// that sends people somewhere ("Orford chess moves drove members to
// Vimeo") is the headline's verb, and "moves" a noun.
func (v *sentView) headlineMoves() {
	if v.idx != 0 {
		return
	}
	for i := 1; i+2 < v.n; i++ {
		if !moveForms[v.low[i]] {
			continue
		}
		if !strings.HasPrefix(v.tag[i-1], "NN") && v.firstHeadlineVerb(i) < 0 {
			continue
		}
		k := i + 1
		for k+1 < v.n && !isPunctBoundary(v.low[k]) && !leaveVerbs[v.low[k]] && !(movePreps[v.low[k]] && v.ent[k+1] >= 0) {
			k++
		}
		if k+1 >= v.n || !movePreps[v.low[k]] {
			continue
		}
		v.tag[i] = "VBZ"
		for j := i + 1; j < k; j++ {
			if t := v.tag[j]; t == "VB" || t == "VBP" || t == "VBD" || t == "VBZ" {
				v.tag[j] = "NN"
			}
		}
	}
}

// moveForms are the present forms of verbs that move something from one
// place to another.
var moveForms = map[string]bool{"moves": true, "shifts": true, "switches": true, "migrates": true}

// movePreps name where something is moved: "to X", "onto X", "off X",
// "from X".
var movePreps = map[string]bool{"to": true, "onto": true, "off": true, "from": true}

// verbless retags as a verb the first word ending in "s" that follows a
// noun and comes before its object, in a sentence where prose found no
// finite verb: "Leisure centre moves/NNS class bookings off X", "Fishing
// co-operative moves/NNS its catch sales from X", "Photographers' group
// names/RB X as top source", "Not every trader at the market shares/NNS
// her faith in X". The object is a determiner, a name or a noun; a word
// after a determiner or a possessive ("the streets", "Myanmar's
// migrants") is a noun, as is one before a comma ("Kenya's youth
// protests, and ...").
func (v *sentView) verbless() {
	for i := 0; i < v.n; i++ {
		switch v.tag[i] {
		case "VBZ", "VBP", "VBD", "MD":
			return
		}
	}
	for i := 1; i+1 < v.n; i++ {
		if !strings.HasSuffix(v.low[i], "s") || v.ent[i] >= 0 {
			continue
		}
		if t := v.tag[i]; t != "NNS" && t != "NN" && (t != "RB" || sAdverbs[v.low[i]]) {
			continue
		}
		if p := v.tag[i-1]; p != "NN" && p != "NNP" && p != "JJ" && v.ent[i-1] < 0 {
			continue
		}
		// A noun object needs a singular noun before the verb: in
		// "Riverton congregations trade X" the verb is "trade".
		next := v.tag[i+1]
		noun := (next == "NN" || next == "NNS") && v.tag[i-1] == "NN"
		if v.ent[i+1] < 0 && next != "DT" && next != "PRP$" && !noun {
			continue
		}
		v.tag[i] = "VBZ"
		return
	}
}

// sAdverbs are adverbs that end in "s", which verbless leaves alone
// ("Ida Lund perhaps the best scout on Flickr").
var sAdverbs = map[string]bool{
	"perhaps": true, "always": true, "sometimes": true, "thus": true, "nowadays": true,
	"besides": true, "overseas": true, "afterwards": true, "towards": true,
}

// cleftVerbs retags as a verb the word a modal or "do" governs in the
// clause of a pseudo-cleft: prose tags "miss" in "What I do miss is the
// Twitter of 2014" DT, "like" IN, "trust" EX and "forgive" in "What I
// cannot forgive is X" JJ. The clause is "what", a pronoun or noun
// subject, the auxiliary and the word, which the copula follows. An
// adverb there ("What I do best is ...") keeps its tag: "do" is the verb.
// (After a negator or an adverb prose tags the verb right: "What I do not
// miss is ...".)
func (v *sentView) cleftVerbs() {
	for i := 0; i+4 < v.n; i++ {
		if v.low[i] != "what" || !subjectPronouns[v.low[i+1]] && !strings.HasPrefix(v.tag[i+1], "NN") || !modalAux[v.low[i+2]] {
			continue
		}
		w := i + 3
		if v.low[w+1] != "is" && v.low[w+1] != "was" || v.isVerb(w) || strings.HasPrefix(v.tag[w], "RB") {
			continue
		}
		v.tag[w] = "VB"
	}
}

// modalAux are the auxiliaries whose next verb is a bare infinitive.
var modalAux = map[string]bool{
	"do": true, "does": true, "did": true, "will": true, "would": true, "shall": true,
	"should": true, "can": true, "could": true, "may": true, "might": true, "must": true,
	"cannot": true, "wo": true, "ca": true,
}

// coordinatedVerbs retags as a verb a plural noun after "and" or "but"
// that repeats the shape of a present-tense verb before it: prose tags
// "swears" in "swears by Facebook and swears at Nextdoor" and "attacks" in
// "praises Facebook and attacks Nextdoor" NNS. The word before the "and"
// ends a name or a noun, an earlier word of the sentence is a VBZ verb
// with no comma or other boundary between, and the word is a cue, report
// or platform-action verb followed by a name, a preposition or a
// determiner.
func (v *sentView) coordinatedVerbs() {
	for i := 2; i+1 < v.n; i++ {
		if v.tag[i] != "NNS" || v.ent[i] >= 0 || v.low[i-1] != "and" && v.low[i-1] != "but" {
			continue
		}
		if v.ent[i-2] < 0 && !strings.HasPrefix(v.tag[i-2], "NN") {
			continue
		}
		if next := v.tag[i+1]; v.ent[i+1] < 0 && next != "IN" && next != "DT" && next != "PRP$" {
			continue
		}
		vbz := false
		for j := i - 2; j >= 0; j-- {
			if isPunctBoundary(v.low[j]) || isQuote(v.low[j]) {
				break
			}
			if v.tag[j] == "VBZ" && !auxiliaries[v.low[j]] && !linkVerbs[v.low[j]] {
				vbz = true
				break
			}
		}
		if vbz && v.headlineVerb(i) {
			v.tag[i] = "VBZ"
		}
	}
}

// headlineConjunct returns the verb a headline's verb at i is coordinated
// with across a comma ("Running club quits Strava leaderboards, backs
// WhatsApp": "quits"), or -1. A report verb there has its own subject
// after it ("TikTok is dying, says analyst").
func (v *sentView) headlineConjunct(i int) int {
	if i >= v.n || !v.isVerb(i) || v.in(i, wcReport) {
		return -1
	}
	return v.firstHeadlineVerb(i)
}

// firstHeadlineVerb returns the verb before the comma ahead of a
// headline's word at i ("Running club quits Strava leaderboards,
// backs/NNS WhatsApp": "quits"), or -1.
func (v *sentView) firstHeadlineVerb(i int) int {
	if v.idx != 0 || i < 2 || v.low[i-1] != "," {
		return -1
	}
	for j := i - 2; j > 0; j-- {
		if v.tag[j] == "VBZ" {
			return j
		}
	}
	return -1
}

// headlineVerb reports a plural noun at i that a headline may use as its
// verb: a cue, report or platform-action verb ("Aid agency stops/NNS
// announcing ..."). A word tagged a singular noun counts only when the
// word without its "s" is such a verb too ("condemns/NN"), which "news",
// "access" or "bias" are not.
func (v *sentView) headlineVerb(i int) bool {
	w := v.low[i]
	if !strings.HasSuffix(w, "s") {
		return false
	}
	verb := func(w string) bool { return len(v.sc.cues[w]) > 0 || v.sc.report[w] || v.sc.actor[w] }
	switch v.tag[i] {
	case "NNS":
		return verb(w) || v.in(i, wcReport)
	case "NN":
		return verb(w) && verb(w[:len(w)-1])
	}
	return false
}

// headlineObject reports a headline's verb tagged a plural noun with an
// object noun after it: "nursing home bars aides from using FaceTime".
func (v *sentView) headlineObject(i int) bool {
	return v.headlineVerb(i) && i+1 < v.n && strings.HasPrefix(v.tag[i+1], "NN") && v.ent[i+1] < 0
}

// tokText returns a token's text with its HTML character references
// decoded ("&ldquo;" is “), as entities.Recognize read it.
func tokText(t entities.Token) string {
	if strings.IndexByte(t.Text, '&') < 0 {
		return t.Text
	}
	return htmlent.Unescape(t.Text)
}

// facing returns 1 for a quotation mark that opens, -1 for one that
// closes and 0 for a straight one, which only toggles: w is the word as
// the view reads it (a single mark that quotes reads as a double one),
// text the token as written (see tokText).
func facing(w, text string) int {
	for _, m := range [2]string{w, text} {
		switch m {
		case "“", "«", "``":
			return 1
		case "”", "»", "''":
			return -1
		}
	}
	return 0
}

func isQuote(w string) bool {
	switch w {
	case `"`, "``", "''", "“", "”", "«", "»":
		return true
	}
	return false
}

func isPunctBoundary(w string) bool {
	switch w {
	case ",", ";", ":", "—", "–", "--", "(", ")", "-lrb-", "-rrb-":
		return true
	}
	return false
}

// segment assigns clause ids. Clauses break at punctuation, quotes,
// clause-opening conjunctions and, after a report word, at "and that"; a
// segment that merely continues a list ("including X", "and Y") stays in
// the clause before it. Concessive subordinate clauses and the part
// before a "but" are marked. open says that the sentence begins inside a
// quotation; toks are the sentence's tokens, whose text keeps the curly
// marks the lower-cased words fold.
func (v *sentView) segment(open bool, toks []entities.Token) {
	id := 0
	inConc, inCond := false, false
	inQuote, inline := open, false
	depth := 0 // quotation marks open
	if open {
		depth = 1
	}
	lastBut, renamed := -1, 0
	reported := false // a report word came before
	for i := 0; i < v.n; i++ {
		w := v.low[i]
		if v.in(i, wcContrast) && (v.tag[i] == "CC" || w == "however" || i == 0 || v.low[i-1] == ",") {
			lastBut = i
		}
	}
	for i := 0; i < v.n; i++ {
		w := v.low[i]
		switch {
		case isQuote(w):
			// Curly marks nest ("‘I put “cash only” on Instagram,’
			// she said"); a straight one toggles. A sentence that
			// opens with an opening mark opens a quotation, whatever
			// state the sentences before left it in.
			f := facing(w, tokText(toks[i]))
			was := depth
			switch {
			case f == 0 && depth > 0:
				depth = 0
			case f == 0:
				depth = 1
			case f > 0 && i == 0:
				depth = 1
			case f > 0:
				depth++
			case depth > 0:
				depth--
			}
			if was == 0 && depth > 0 {
				inline = i > 0 && !isPunctBoundary(v.low[i-1]) && !isQuote(v.low[i-1]) && v.low[i-1] != "."
			}
			inQuote = depth > 0
			if !inline {
				id++
			}
		case i < renamed:
			// Inside ", formerly Twitter,": one clause with its name.
		case isPunctBoundary(w):
			if e := v.transparentEnd(i); e > i {
				renamed = e + 1
				break
			}
			if !v.continuesList(i + 1) {
				id++
				if w == "," || w == ";" {
					inConc, inCond = false, false
				}
			}
		case v.in(i, wcConcessive) && (v.tag[i] == "IN" || w == "despite" || w == "although" || w == "though" || w == "whereas"):
			id++
			inConc = true
		case i == lastBut && i > 0:
			id++
			inConc, inCond = false, false
		case i > 0 && !inQuote && (v.in(i, wcConditional) && v.tag[i] == "IN" || w == "in" && i+1 < v.n && v.low[i+1] == "case"):
			// "would sue the state if the bill became law", "in case
			// the ban passes": the condition is a clause of its own.
			id++
			// "as if" compares rather than supposes.
			inCond = (w == "if" || w == "unless" || w == "in") && v.low[i-1] != "as"
		case (i == 0 || isQuote(v.low[i-1])) && (w == "if" || w == "unless"):
			// "If the audience comes back to X, we'll ..."
			inCond = true
		case w == "and" && reported && i+1 < v.n && v.low[i+1] == "that":
			// "She said she had heard the same promises from Meta
			// and that Instagram was no safer": a second thing
			// reported is a clause of its own.
			id++
		}
		if v.in(i, wcReport) {
			// A report noun takes such clauses too: "the claim
			// that A and that B".
			reported = true
		}
		v.clause[i] = id
		v.conc[i] = inConc
		v.cond[i] = inCond
		v.quoted[i] = inQuote && !isQuote(w)
		if lastBut > 0 && i < lastBut {
			v.preBut[i] = true
		}
	}
	v.hasBut = lastBut > 0
}

// transparentEnd returns the closing punctuation of an appositive at i
// that opens no clause (renameEnd, subjectAppositive), or i.
func (v *sentView) transparentEnd(i int) int {
	if e := v.renameEnd(i); e > i || v.low[i] != "," {
		return e
	}
	return v.subjectAppositive(i)
}

// renameEnd returns the closing punctuation of an appositive at i that only
// renames the mention before it: "X, formerly Twitter, to Bluesky", "Meta
// (previously Facebook)". It returns i when there is none. The name and its
// former name are one mention of one entity, so the appositive opens no
// clause.
func (v *sentView) renameEnd(i int) int {
	if i == 0 || i+3 >= v.n || v.ent[i-1] < 0 || v.low[i] != "," && v.low[i] != "(" && v.low[i] != "-lrb-" {
		return i
	}
	j := i + 1
	switch v.low[j] {
	case "formerly", "previously", "once", "now", "then":
	default:
		return i
	}
	j++
	if j+1 < v.n && (v.low[j] == "known" || v.low[j] == "called") && v.low[j+1] == "as" {
		j += 2
	} else if v.low[j] == "called" || v.low[j] == "named" {
		j++
	}
	if j >= v.n || v.ent[j] != v.ent[i-1] {
		return i
	}
	for j < v.n && v.ent[j] == v.ent[i-1] {
		j++
	}
	if j < v.n && (v.low[j] == "," && v.low[i] == "," || (v.low[j] == ")" || v.low[j] == "-rrb-") && v.low[i] != ",") {
		return j
	}
	return i
}

// subjectAppositive returns the closing comma of an appositive or
// relative clause between a subject mention and its verb: "Discord, the
// chat service popular with gamers, failed to ...", "Signal, which is run
// by a nonprofit, remains ...". It returns i when there is none. The
// predicate after it is the subject's, in one clause with it; a reporting
// verb after it ("X, the company that paid him, said Smith") is not.
func (v *sentView) subjectAppositive(i int) int {
	if i == 0 || v.ent[i-1] < 0 || i+2 >= v.n {
		return i
	}
	switch v.low[i+1] {
	case "the", "a", "an", "which", "who", "whose", "owned", "based", "now":
	default:
		return i
	}
	for j := i + 2; j < v.n-1 && j <= i+12; j++ {
		w := v.low[j]
		if v.ent[j] >= 0 && v.ent[j] != v.ent[i-1] && v.ent[j-1] != v.ent[j] && !ownerOrPlace(v.low[j-1]) && !v.premodifier(j) || isQuote(w) || w == ";" || w == ":" || w == "." {
			// "X, the rival of Threads, fell": the predicate is not
			// Threads'. An owner or a place may come in it ("owned by
			// Meta", "based in Dubai"), and so may a name that modifies
			// the appositive's noun ("the Amazon-owned market leader");
			// a name is judged by its first token.
			return i
		}
		if w != "," {
			continue
		}
		k := j + 1
		for k < v.n && strings.HasPrefix(v.tag[k], "RB") {
			k++
		}
		if k < v.n && (v.tag[k] == "VBZ" || v.tag[k] == "VBD" || v.tag[k] == "VBP" || v.tag[k] == "MD") && !v.in(k, wcReport) {
			return j
		}
		return i
	}
	return i
}

// asideEnd returns the closing comma of a short aside opened at i, one
// to three words between a subject and its verb: "Kick, by comparison,
// treats ...", "Twitch, to be fair, treated ...", "Twitch, unlike Kick,
// treated ...". The callers know where the verb is; its tag is not
// trusted, since "treat" may come out NN. It returns i when there is
// none, and when the words hold a reporting verb: "Kick, said the
// streamer, treats ..." is a quotation, not an aside.
func (v *sentView) asideEnd(i int) int {
	if v.low[i] != "," {
		return i
	}
	for j := i + 1; j < v.n-1 && j <= i+4; j++ {
		if v.low[j] == "," {
			if j > i+1 {
				return j
			}
			return i
		}
		if v.in(j, wcReport) || isPunctBoundary(v.low[j]) || isQuote(v.low[j]) {
			return i
		}
	}
	return i
}

// premodifier reports a name at j that modifies a common noun or
// adjective after it: "the Amazon-owned market leader", "the TikTok rival".
func (v *sentView) premodifier(j int) bool {
	e := j
	for e < v.n && v.ent[e] == v.ent[j] {
		e++
	}
	return e < v.n && v.ent[e] < 0 && (strings.HasPrefix(v.tag[e], "NN") || strings.HasPrefix(v.tag[e], "JJ"))
}

// ownerOrPlace reports a preposition that introduces an owner or a place
// in an appositive: "owned by Meta", "based in Dubai".
func ownerOrPlace(prev string) bool {
	switch prev {
	case "in", "by", "from", "at":
		return true
	}
	return false
}

// conditionals open an adverbial clause of condition or reason.
var conditionals = map[string]bool{"if": true, "unless": true, "whether": true}

// continuesList reports whether the segment starting at i continues a list
// or an appositive of the clause before it rather than opening a new one.
func (v *sentView) continuesList(i int) bool {
	if i >= v.n {
		return false
	}
	w := v.low[i]
	switch w {
	case "including", "such", "like", "especially", "particularly", "notably", "or", "nor":
		return true
	case "and":
		return i+1 < v.n && v.ent[i+1] >= 0 && !v.coordClause(i)
	}
	if v.ent[i] >= 0 {
		// "X, Y and Z ...": the next segment is a list item when it is a
		// name followed by a comma, "and" or "or", or the end.
		j := i
		for j < v.n && v.ent[j] == v.ent[i] {
			j++
		}
		return j >= v.n || v.low[j] == "," || v.low[j] == "and" || v.low[j] == "or"
	}
	return false
}

// coordClause reports a coordinated clause at the "and" at i that follows a
// comma: "the chat on Kick is toxic, and Twitch is friendly". The name
// after it has a verb of its own, perhaps after an adverb or two, and the
// segment before the comma has one too; otherwise the name ends a list
// ("praise for Kick, Twitch, and YouTube has grown") or shares the clause
// before it ("abandoned Kick, and Twitch as well").
func (v *sentView) coordClause(i int) bool {
	j := i + 1
	for j < v.n && v.ent[j] == v.ent[i+1] {
		j++
	}
	for r := 0; r < 2 && j < v.n && strings.HasPrefix(v.tag[j], "RB"); r++ {
		// "and Twitch still is friendly"
		j++
	}
	if j >= v.n || !v.isVerb(j) {
		return false
	}
	for k := i - 2; k >= 0 && !isPunctBoundary(v.low[k]) && !isQuote(v.low[k]); k-- {
		if v.isVerb(k) {
			return true
		}
	}
	return false
}

func (v *sentView) isVerb(i int) bool { return strings.HasPrefix(v.tag[i], "VB") }

// isTarget reports a token of a target's name: a platform or a target the
// caller named.
func (v *sentView) isTarget(i int) bool { return v.ent[i] >= 0 && v.ents[v.ent[i]].Target }

// isContentVerb reports a verb that heads its own predicate: not an
// auxiliary or a linking verb.
func (v *sentView) isContentVerb(i int) bool {
	return v.isVerb(i) && !auxiliaries[v.low[i]] && !linkVerbs[v.low[i]] && v.ent[i] < 0
}

// isLink reports a linking verb at i; the possessive "'s" is none.
func (v *sentView) isLink(i int) bool {
	return linkVerbs[v.low[i]] && (v.low[i] != "'s" || v.tag[i] != "POS")
}

// listStart returns the first token of the coordination of names that the
// mention at lo ends: "Facebook and Instagram", "X, Y and Z".
func (v *sentView) listStart(lo int) int {
	if lo < 0 || lo > v.n {
		return v.listStartScan(lo)
	}
	if v.lsMemo == nil {
		v.lsMemo = make([]int32, v.n+1)
	}
	if m := v.lsMemo[lo]; m > 0 {
		return int(m) - 1
	}
	// Walk the list back, stopping at any start already known, and
	// remember the answer for every item passed.
	var chain []int
	k := lo
	for v.lsMemo[k] == 0 {
		chain = append(chain, k)
		next := v.listStep(k)
		if next == k {
			v.lsMemo[k] = int32(k) + 1
			break
		}
		k = next
	}
	ls := v.lsMemo[k]
	for _, c := range chain {
		v.lsMemo[c] = ls
	}
	return int(ls) - 1
}

// listStep returns the first token of the list item before the mention
// at lo ("X and [Y]" -> X), or lo when there is none.
func (v *sentView) listStep(lo int) int {
	if lo >= 2 && (v.low[lo-1] == "and" || v.low[lo-1] == "or" || v.low[lo-1] == ",") && v.ent[lo-2] >= 0 {
		lo -= 2
		for lo > 0 && v.ent[lo-1] >= 0 && v.ent[lo-1] == v.ent[lo] {
			lo--
		}
	}
	return lo
}

// listStartScan is listStart without the memo.
func (v *sentView) listStartScan(lo int) int {
	for {
		next := v.listStep(lo)
		if next == lo {
			return lo
		}
		lo = next
	}
}
