package stance

import (
	"math"
	"strings"

	"github.com/stancetag/stancetag/entities"
)

// Attachment weights: how much a cue counts toward a target given how the two
// are related in the sentence. Tuned on NewsMTSC and the article set.
const (
	generalScale   = 0.55 // VADER valence in [-1, 1] is scaled by this
	negFlip        = -0.75
	objectFactor   = 1.0  // cue verb/noun whose object is the target
	predFactor     = 1.0  // predicate or modifier about the target
	subjAttitude   = 0.35 // the target holds the attitude ("Trump blamed X")
	subjGeneral    = 0.6  // general valence of the target's own verb
	sameClause     = 0.5  // same clause, no closer relation
	otherClause    = 0.25 // another clause of the sentence
	objectRegion   = 0.3  // the object of a verb whose subject is the target
	concessionDamp = 0.2  // a concessive clause when the target is outside it
	preButDamp     = 0.45 // before "but" when the target is after it
	maxGap         = 12   // tokens between a cue and its object
)

// cue is one matched cue in a sentence.
type cue struct {
	lo, hi  int // local token range
	lemma   string
	weight  float64 // after negation
	strong  bool
	pos     byte // 'V', 'N', 'J' or 'O'
	negated bool
}

func posOf(tag string) byte {
	switch {
	case strings.HasPrefix(tag, "VB"):
		return 'V'
	case strings.HasPrefix(tag, "NN"):
		return 'N'
	case strings.HasPrefix(tag, "JJ"):
		return 'J'
	}
	return 'O'
}

// skipTag lists tags whose words are never general-valence cues.
func skipTag(tag string) bool {
	switch tag {
	case "IN", "DT", "CC", "PRP", "PRP$", "TO", "MD", "CD", "WDT", "WP", "WRB", "EX", "POS", "NNP", "NNPS":
		return true
	}
	return tag == "" || !(tag[0] >= 'A' && tag[0] <= 'Z')
}

// findCues matches the lexicons over the sentence's tokens. Entity names and
// negators are never cues.
func (s *Scorer) findCues(v *sentView) []cue {
	var cs []cue
	for i := 0; i < v.n; i++ {
		if v.ent[i] >= 0 || negators[v.low[i]] {
			continue
		}
		c, ok := s.matchAt(v, i)
		if !ok {
			continue
		}
		if v.negatedAt(c.lo) {
			c.weight *= negFlip
			c.negated = true
		}
		cs = append(cs, c)
		i = c.hi - 1
	}
	return cs
}

func (s *Scorer) matchAt(v *sentView, i int) (cue, bool) {
	w := v.low[i]
	for _, e := range s.cues[w] {
		if i+1+len(e.rest) > v.n {
			continue
		}
		ok := true
		for k, r := range e.rest {
			if v.low[i+1+k] != r || v.ent[i+1+k] >= 0 {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		if verbOnly[e.lemma] && !v.isVerb(i) {
			continue
		}
		pos := posOf(v.tag[i])
		if len(e.rest) > 0 && pos == 'O' {
			pos = 'V'
		}
		return cue{lo: i, hi: i + 1 + len(e.rest), lemma: e.lemma, weight: e.weight, strong: true, pos: pos}, true
	}
	if skipTag(v.tag[i]) {
		return cue{}, false
	}
	if val, ok := s.vader[w]; ok && val != 0 {
		return cue{lo: i, hi: i + 1, lemma: w, weight: val * generalScale, pos: posOf(v.tag[i])}, true
	}
	return cue{}, false
}

// negatedAt reports a negator shortly before token i in its clause: "did not
// endorse", "no longer supports", "never liked", "absence of harmful".
func (v *sentView) negatedAt(i int) bool {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		w := v.low[j]
		if v.clause[j] != v.clause[i] || w == "," {
			return false
		}
		if negators[w] {
			return !(j+1 < v.n && (v.low[j+1] == "only" || v.low[j+1] == "just"))
		}
	}
	return false
}

// relation is how one cue bears on one target mention.
type relation struct {
	factor float64 // multiplies the cue weight; negative flips it
	kind   byte    // 'o' object, 'p' predicate, 's' subject, 'g' general
}

func (v *sentView) between(a, b int, f func(int) bool) bool {
	for k := a; k < b; k++ {
		if f(k) {
			return true
		}
	}
	return false
}

func (v *sentView) isComparer(k int) bool {
	w := v.low[k]
	if w == "over" {
		return true
	}
	if comparers[w] {
		return true
	}
	return (w == "not" && k > 0 && v.low[k-1] == ",")
}

// relate scores the bearing of cue c on the mention [lo, hi).
func (v *sentView) relate(c cue, lo, hi int, actorEnd int) relation {
	same := v.clause[c.lo] == v.clause[lo]
	r := relation{factor: otherClause, kind: 'g'}
	switch {
	case c.hi <= lo && same:
		gap := lo - c.hi
		contentVerb := v.between(c.hi, lo, v.isContentVerb)
		switch {
		case contentVerb || gap > maxGap:
			r = relation{sameClause, 'g'}
		case c.pos == 'J' && gap > 3:
			r = relation{sameClause, 'g'}
		case c.pos == 'J':
			r = relation{predFactor, 'p'}
		default:
			r = relation{objectFactor, 'o'}
		}
		if c.strong || r.kind != 'g' {
			if v.between(c.hi, lo, v.isComparer) || v.comparedAt(lo) ||
				(departVerbs[c.lemma] || strings.HasSuffix(c.lemma, " from")) &&
					v.between(c.hi+1, lo, func(k int) bool { return v.low[k] == "for" || v.low[k] == "to" }) {
				r.factor = -r.factor
			}
		}
	case c.hi <= lo:
		if v.comparedAt(lo) {
			r = relation{-sameClause, 'g'}
		}
	case hi <= c.lo && same:
		gap := c.lo - hi
		contentVerb := v.between(hi, c.lo, v.isContentVerb)
		switch {
		case actorEnd >= 0 && c.lo > actorEnd:
			r = relation{0, 'g'}
		case c.pos == 'V' && !contentVerb && v.passiveAt(c.lo, hi):
			r = relation{objectFactor, 'o'}
		case c.pos == 'V' && !contentVerb && gap <= maxGap:
			if c.strong {
				r = relation{subjAttitude, 's'}
			} else {
				r = relation{subjGeneral, 's'}
			}
		case (c.pos == 'J' || c.pos == 'N') && !contentVerb && v.between(hi, c.lo, func(k int) bool { return linkVerbs[v.low[k]] }):
			r = relation{predFactor, 'p'}
		case contentVerb && v.firstContentVerb(hi, c.lo) < c.lo:
			r = relation{objectRegion, 'g'}
		default:
			r = relation{sameClause, 'g'}
		}
		if v.comparedAt(lo) && r.factor > 0 {
			r.factor = -r.factor
		}
	default:
		if v.comparedAt(lo) {
			r = relation{-sameClause * 1.5, 'g'}
		}
	}
	// Concession and contrast: the main clause decides.
	if v.conc[c.lo] && !v.conc[lo] {
		r.factor *= concessionDamp
	}
	if v.hasBut && v.preBut[c.lo] && !v.preBut[lo] {
		r.factor *= preButDamp
	}
	return r
}

// comparedAt reports a comparison marker just before the mention at lo:
// "unlike X", "than X", "over X", "rather than X", "instead of X", "not X".
func (v *sentView) comparedAt(lo int) bool {
	for j := lo - 1; j >= 0 && j >= lo-3; j-- {
		w := v.low[j]
		switch w {
		case "unlike", "than", "over", "versus", "vs", "vs.":
			return true
		case "of":
			if j > 0 && v.low[j-1] == "instead" {
				return true
			}
		case "to":
			if j > 0 && v.low[j-1] == "compared" {
				return true
			}
		case "the", "a", "an", "other", "sites", "platforms", "apps", "services", "networks", "rivals", "competitors", "including", ",", "like", "such", "as":
			continue
		}
		if v.ent[j] >= 0 || v.isVerb(j) {
			return false
		}
	}
	return false
}

func (v *sentView) firstContentVerb(a, b int) int {
	for k := a; k < b; k++ {
		if v.isContentVerb(k) {
			return k
		}
	}
	return b
}

// passiveAt reports "was banned", "is praised", "got slammed" for the verb at
// i, looking back toward the subject ending at from.
func (v *sentView) passiveAt(i, from int) bool {
	if v.tag[i] != "VBN" {
		return false
	}
	for j := i - 1; j >= from; j-- {
		switch v.low[j] {
		case "is", "are", "was", "were", "be", "been", "being", "get", "got", "gets", "'s":
			return true
		}
		if !strings.HasPrefix(v.tag[j], "RB") && v.tag[j] != "VBN" {
			return false
		}
	}
	return false
}

// actorVerbAfter returns the index of an action verb (ban, remove, suspend)
// whose subject is the mention ending at hi, or -1.
func (v *sentView) actorVerbAfter(hi int, cues []cue) int {
	for k := hi; k < v.n && k < hi+6; k++ {
		if v.clause[k] != v.clause[max(hi-1, 0)] {
			return -1
		}
		if v.ent[k] >= 0 && k > hi {
			// "Facebook and TikTok ban": skip over coordinated names.
			continue
		}
		if v.isContentVerb(k) {
			if v.passiveAt(k, hi) {
				return -1
			}
			if actorVerbs[v.low[k]] || actorVerbs[v.lemmaAt(k, cues)] {
				return k
			}
			return -1
		}
	}
	return -1
}

func (v *sentView) lemmaAt(k int, cues []cue) string {
	for _, c := range cues {
		if c.lo <= k && k < c.hi {
			return c.lemma
		}
	}
	return v.low[k]
}

// judge scores one target in one sentence.
func (s *Scorer) judge(d *docView, v *sentView, t targetMention) Judgment {
	j := Judgment{Sentence: v.idx, Target: d.doc.Entities[t.ent].Name, Label: Neutral, Cues: []Cue{}}
	cues := s.findCues(v)
	if len(cues) == 0 || len(t.ranges) == 0 {
		return j
	}
	contrib := make([]float64, len(cues))
	total := 0.0
	for ci, c := range cues {
		best := 0.0
		for _, m := range t.ranges {
			actor := v.actorVerbAfter(m[1], cues)
			r := v.relate(c, m[0], m[1], actor)
			if actor >= 0 && c.lo <= actor && actor < c.hi {
				r.factor = 0
			}
			if math.Abs(r.factor) > math.Abs(best) {
				best = r.factor
			}
		}
		contrib[ci] = c.weight * best
		total += contrib[ci]
	}
	score := clamp(math.Tanh(total*1.2), -1, 1)
	if math.Abs(score) < 1e-9 {
		score = 0
	}
	j.Score = math.Round(score*1000) / 1000
	switch {
	case j.Score >= Threshold:
		j.Label = Endorses
	case j.Score <= -Threshold:
		j.Label = Criticizes
	default:
		return j
	}
	// The holder is the one behind the strongest cue in the verdict's
	// direction; the cues are those that pushed that way.
	bestCI := -1
	for ci := range cues {
		if contrib[ci]*total <= 0 {
			continue
		}
		c := cues[ci]
		if start, end, ok := d.span(v, c.lo, c.hi); ok {
			j.Cues = append(j.Cues, Cue{Start: start, End: end, Text: d.doc.Text[start:end]})
		}
		if bestCI < 0 || math.Abs(contrib[ci]) > math.Abs(contrib[bestCI]) {
			bestCI = ci
		}
	}
	if bestCI >= 0 {
		j.Holder = s.holder(d, v, cues[bestCI], t.ent)
	}
	return j
}

// span returns the byte span of local tokens [lo, hi), checked against the
// text.
func (d *docView) span(v *sentView, lo, hi int) (int, int, bool) {
	a, b := d.doc.Tokens[v.base+lo].Start, d.doc.Tokens[v.base+hi-1].End
	if a < 0 || b > len(d.doc.Text) || a >= b {
		return 0, 0, false
	}
	return a, b, true
}

// holder finds whose attitude cue c expresses toward target entity te.
func (s *Scorer) holder(d *docView, v *sentView, c cue, te int) string {
	ok := func(ei int) bool {
		if ei < 0 || ei == te {
			return false
		}
		e := d.doc.Entities[ei]
		return e.Type == entities.Person || e.Type == entities.Org || e.Target
	}
	name := func(ei int) string { return d.doc.Entities[ei].Name }
	// "the endorsement of X by H", "X was praised by H"
	for k := c.hi; k+1 < v.n && v.clause[k] == v.clause[c.lo]; k++ {
		if v.low[k] == "by" && (c.pos == 'N' || v.tag[c.lo] == "VBN") {
			if ei := v.refAt(d, k+1); ok(ei) {
				return name(ei)
			}
			break
		}
	}
	// "H's preference", "their support"
	if h, found := v.possessor(d, c.lo); found {
		if ok(h) {
			return name(h)
		}
	}
	speaker := v.speaker(d, c.lo, ok)
	if c.pos == 'V' && !v.passiveAt(c.lo, 0) {
		if ei, found := v.subject(d, c.lo); found {
			if ok(ei) {
				return name(ei)
			}
			if ei == te || ei == -2 {
				return ""
			}
		}
	}
	if speaker >= 0 {
		return name(speaker)
	}
	return ""
}

// possessor resolves "H's" or "his/their" just before a nominal cue at i,
// allowing adjectives in between.
func (v *sentView) possessor(d *docView, i int) (int, bool) {
	j := i - 1
	for j >= 0 && (strings.HasPrefix(v.tag[j], "JJ") || strings.HasPrefix(v.tag[j], "RB")) {
		j--
	}
	if j < 0 {
		return -1, false
	}
	switch v.low[j] {
	case "'s", "'", "’s":
		if j > 0 {
			return v.refAt(d, j-1), true
		}
	case "his", "her", "their", "its", "our", "my":
		return v.refAt(d, j), true
	}
	return -1, false
}

// subject scans back from a verb cue to its subject. It returns the entity
// (-1 for a common noun or nothing resolvable, -2 for a clause boundary
// before any subject was seen) and whether a subject was found in the
// clause.
func (v *sentView) subject(d *docView, i int) (int, bool) {
	for j := i - 1; j >= 0; j-- {
		if v.clause[j] != v.clause[i] {
			return -2, false
		}
		w, tag := v.low[j], v.tag[j]
		if v.ent[j] >= 0 {
			return v.ent[j], true
		}
		switch {
		case tag == "PRP" || groupNouns[w]:
			return v.refAt(d, j), true
		case reportVerbs[w] || w == "that" || w == "who" || w == "which":
			return -2, false
		case strings.HasPrefix(tag, "NN"):
			return -1, true
		}
	}
	return -2, false
}

// refAt resolves the reference at local token k: an entity mention, a
// pronoun (he/she to the nearest earlier person, they/it to the nearest
// earlier organization) or a group noun ("the group").
func (v *sentView) refAt(d *docView, k int) int {
	if k < 0 || k >= v.n {
		return -1
	}
	if v.ent[k] >= 0 {
		// "H's" where the name ends at k
		return v.ent[k]
	}
	w := v.low[k]
	want := entities.Type("")
	switch w {
	case "he", "him", "his", "she", "her", "hers":
		want = entities.Person
	case "they", "them", "their", "it", "its":
		want = entities.Org
	default:
		if groupNouns[w] {
			want = entities.Org
		}
	}
	if want == "" {
		return -1
	}
	g := v.base + k
	best := -1
	for _, m := range d.mstarts {
		if m.tok >= g {
			break
		}
		if d.doc.Entities[m.ent].Type == want {
			best = m.ent
		}
	}
	return best
}

// speaker finds who is reported as saying what contains token i: "according
// to H", "H said (that) ...", "..., H said", "... said H", and quotes.
func (v *sentView) speaker(d *docView, i int, ok func(int) bool) int {
	for k := 0; k+2 < v.n; k++ {
		if v.low[k] == "according" && v.low[k+1] == "to" {
			if v.clause[i] == v.clause[k] && i > k {
				continue
			}
			if ei := v.refAt(d, k+2); ok(ei) {
				return ei
			}
			// "according to a statement by H"
			for j := k + 2; j < v.n && v.clause[j] == v.clause[k]; j++ {
				if ei := v.refAt(d, j); ok(ei) {
					return ei
				}
			}
		}
	}
	best, bestDist := -1, 1<<30
	for k := 0; k < v.n; k++ {
		if !reportVerbs[v.low[k]] || !v.isVerb(k) || k == i {
			continue
		}
		// The cue must be in the report's scope: after the verb, or
		// before it when the verb trails the sentence (", H said").
		if i < k && v.clause[i] == v.clause[k] && !v.quoted[i] {
			continue
		}
		ei := -1
		if se, found := v.subject(d, k); found && se >= 0 {
			ei = se
		} else {
			// "said H", "said H's spokesman"
			for j := k + 1; j < v.n && j <= k+3; j++ {
				if r := v.refAt(d, j); r >= 0 {
					ei = r
					break
				}
			}
		}
		if !ok(ei) {
			continue
		}
		dist := k - i
		if dist < 0 {
			dist = -dist
		}
		if dist < bestDist {
			best, bestDist = ei, dist
		}
	}
	return best
}
