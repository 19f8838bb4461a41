package stance

import (
	"sort"
	"strings"

	"github.com/stancetag/stancetag/entities"
)

// docView is the per-call index of a Document: which entity each token
// belongs to and where each mention starts. Judge builds one per call, so
// the Scorer itself stays immutable.
type docView struct {
	doc     *entities.Document
	entOf   []int       // token -> entity index, or -1
	mstarts []mentionAt // all mentions by first token
}

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
	d := &docView{doc: doc, entOf: make([]int, len(doc.Tokens))}
	for i := range d.entOf {
		d.entOf[i] = -1
	}
	for ei, e := range doc.Entities {
		for _, m := range e.Mentions {
			lo, hi := d.mentionTokens(m)
			if lo >= hi {
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
	return d
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
	for ei, e := range d.doc.Entities {
		if !e.Target {
			continue
		}
		var tm *targetMention
		for _, m := range e.Mentions {
			if m.Sentence != si {
				continue
			}
			lo, hi := d.mentionTokens(m)
			lo, hi = max(lo, s.TokenStart), min(hi, s.TokenEnd)
			if tm == nil {
				out = append(out, targetMention{ent: ei, first: m.Start})
				tm = &out[len(out)-1]
			}
			if lo < hi {
				tm.ranges = append(tm.ranges, [2]int{lo - s.TokenStart, hi - s.TokenStart})
			}
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
	ent    []int // entity index per token, or -1
	clause []int // clause id per token
	conc   []bool
	preBut []bool
	quoted []bool
	hasBut bool
}

func (d *docView) sentence(si int) *sentView {
	s := d.doc.Sentences[si]
	lo, hi := max(s.TokenStart, 0), min(s.TokenEnd, len(d.doc.Tokens))
	if hi < lo {
		hi = lo
	}
	n := hi - lo
	v := &sentView{idx: si, base: lo, n: n, low: make([]string, n), tag: make([]string, n),
		ent: d.entOf[lo:hi], clause: make([]int, n), conc: make([]bool, n),
		preBut: make([]bool, n), quoted: make([]bool, n)}
	for i := 0; i < n; i++ {
		t := d.doc.Tokens[lo+i]
		w := t.Norm
		if w == "" {
			w = t.Text
		}
		v.low[i] = strings.ToLower(w)
		v.tag[i] = t.Tag
	}
	v.segment()
	return v
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

// segment assigns clause ids. Clauses break at punctuation, quotes and
// clause-opening conjunctions; a segment that merely continues a list
// ("including X", "and Y") stays in the clause before it. Concessive
// subordinate clauses and the part before a "but" are marked.
func (v *sentView) segment() {
	id := 0
	inConc := false
	inQuote, inline := false, false
	lastBut := -1
	for i := 0; i < v.n; i++ {
		w := v.low[i]
		if contrasts[w] && (v.tag[i] == "CC" || w == "however" || i == 0 || v.low[i-1] == ",") {
			lastBut = i
		}
	}
	for i := 0; i < v.n; i++ {
		w := v.low[i]
		switch {
		case isQuote(w):
			if !inQuote {
				inline = i > 0 && !isPunctBoundary(v.low[i-1]) && !isQuote(v.low[i-1]) && v.low[i-1] != "."
			}
			inQuote = !inQuote
			if !inline {
				id++
			}
		case isPunctBoundary(w):
			if !v.continuesList(i + 1) {
				id++
				if w == "," || w == ";" {
					inConc = false
				}
			}
		case concessives[w] && (v.tag[i] == "IN" || w == "despite" || w == "although" || w == "though" || w == "whereas"):
			id++
			inConc = true
		case i == lastBut && i > 0:
			id++
			inConc = false
		}
		v.clause[i] = id
		v.conc[i] = inConc
		v.quoted[i] = inQuote && !isQuote(w)
		if lastBut > 0 && i < lastBut {
			v.preBut[i] = true
		}
	}
	v.hasBut = lastBut > 0
}

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
		return i+1 < v.n && v.ent[i+1] >= 0
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

func (v *sentView) isVerb(i int) bool { return strings.HasPrefix(v.tag[i], "VB") }

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
	for lo >= 2 && (v.low[lo-1] == "and" || v.low[lo-1] == "or" || v.low[lo-1] == ",") && v.ent[lo-2] >= 0 {
		lo -= 2
		for lo > 0 && v.ent[lo-1] >= 0 && v.ent[lo-1] == v.ent[lo] {
			lo--
		}
	}
	return lo
}
