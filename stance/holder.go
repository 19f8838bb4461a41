package stance

import (
	_ "embed"
	"strconv"
	"strings"

	"github.com/stancetag/stancetag/entities"
)

// The holder model: a small conditional-logit ranker that picks, among the
// people and organizations a verdict could belong to and the author's own
// voice, whose attitude an article's verdict is. The rules in holder (judge.go)
// name one candidate; the model weighs that choice with what else is known
// of each candidate: whether it speaks (a report verb, "according to", a
// quotation carried over from the previous sentence), is the subject of the
// cue's clause or the sentence, owns the cue ("H's preference"), is a
// pronoun, sits inside a quotation, how far it is from the cue, and the
// words just before and after its mention. For the author's voice it weighs
// a quoted cue, a report verb in the sentence, a headline, first-person
// words and a common-noun subject ("Big brands are moving ... away from X,
// according to H": an unnamed group's deed, reported). It was trained on the
// annotated development articles: TestTrainHolder in holder_train_test.go
// writes data/holder.txt and reports its article-grouped cross-validated
// accuracy (doc.go). Like the article model it judges only documents of at
// least articleMinSentences sentences; posts keep the rules.

//go:embed data/holder.txt
var holderData string

// roleKeys holds, for each role feature of a candidate, the names of its
// conjunctions with a quoted cue ("#q#speaker") and with the part of
// speech of the cue that carried the verdict ("V#subj"), built once so that
// naming them allocates nothing.
var roleKeys = func() map[string]struct {
	quoted string
	pos    [4]string
} {
	m := map[string]struct {
		quoted string
		pos    [4]string
	}{}
	for _, k := range []string{"#a", "#t:person", "#t:org", "#t:gpe", "#rule", "#speaker", "#main",
		"#subj", "#poss", "#carried", "#prevspeaker", "#nextspeaker", "#lastperson", "#first", "#turn", "#story"} {
		e := m[k]
		e.quoted = "#q" + k
		for i, p := range []string{"V", "N", "J", "O"} {
			e.pos[i] = p + k
		}
		m[k] = e
	}
	return m
}()

// posIndex maps a cue's part of speech to roleKeys' pos index: V, N, J,
// anything else O (a model verdict at the mention).
func posIndex(pos byte) int {
	switch pos {
	case 'V':
		return 0
	case 'N':
		return 1
	case 'J':
		return 2
	}
	return 3
}

// speakersNear are who speaks around a sentence: the speaker of a quotation
// carried over from the previous sentence, the previous sentence's speaker,
// and the speaker of a quotation the next sentence completes (entity
// indexes, or -1).
type speakersNear struct{ carried, prev, next int }

// nearSpeakers returns sentence v's speakersNear, computed once per
// sentence and document: each needs a view of a neighbouring sentence.
func (s *Scorer) nearSpeakers(d *docView, v *sentView) speakersNear {
	if d.near == nil {
		d.near = make([]*speakersNear, len(d.doc.Sentences))
	}
	if p := d.near[v.idx]; p != nil {
		return *p
	}
	ok := func(ei int) bool {
		return ei >= 0 && ei < len(d.doc.Entities) && holderType(d.doc.Entities[ei].Type)
	}
	ns := speakersNear{-1, -1, -1}
	if v.idx+1 < len(d.doc.Sentences) {
		// "“On TikTok I'm a trick.” ... she said." in the next sentence.
		nv := d.sentence(v.idx+1, s)
		if nv.n > 0 && nv.quoted[0] {
			ns.next = nv.speaker(d, 0, ok)
		}
	}
	if v.idx > 0 {
		ns.carried = s.carriedFrom(d, v, maxCarry)
		pv := d.sentence(v.idx-1, s)
		if pv.n > 0 {
			if ns.prev = pv.speaker(d, pv.n-1, ok); ns.prev < 0 {
				ns.prev = pv.speaker(d, 0, ok)
			}
		}
	}
	d.near[v.idx] = &ns
	return ns
}

// holderCand is one candidate holder: an entity of the document, or -1 for
// the author's voice, with its active features.
type holderCand struct {
	ent   int
	feats []artFeat
}

// holderModel holds one weight per feature kind and key.
type holderModel struct {
	w [artKinds]map[string]float64
	n int
}

// set stores the weight of the feature named key ("next:said").
func (m *holderModel) set(key string, w float64) {
	kind, key := splitKey(key)
	if m.w[kind] == nil {
		m.w[kind] = map[string]float64{}
	}
	if _, dup := m.w[kind][key]; !dup {
		m.n++
	}
	m.w[kind][key] = w
}

// parseHolder reads data/holder.txt: "#" comments, then "key<TAB>w" lines.
// Malformed lines are skipped; a table with no weights leaves the rules'
// holder alone.
func parseHolder(data string) *holderModel {
	m := &holderModel{}
	for _, line := range strings.Split(data, "\n") {
		if line == "" || strings.HasPrefix(line, "# ") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 2 {
			continue
		}
		w, err := strconv.ParseFloat(f[1], 64)
		if err != nil {
			continue
		}
		m.set(f[0], w)
	}
	return m
}

// score is the candidate's linear score.
func (m *holderModel) score(fs []artFeat) float64 {
	z := 0.0
	for _, f := range fs {
		z += m.w[f.kind][f.key] * f.val
	}
	return z
}

// pick returns the index of the best-scoring candidate; ties go to the
// earlier one (the rules' choice comes first).
func (m *holderModel) pick(cands []holderCand) int {
	best, bestZ := 0, 0.0
	for i, c := range cands {
		if z := m.score(c.feats); i == 0 || z > bestZ {
			best, bestZ = i, z
		}
	}
	return best
}

// modelHolder lets the holder model choose the holder of an article's
// verdict; rule is the rules' choice (an entity name or ""). at is the cue
// that carried the verdict (or the mention, for a model verdict) and cued
// whether any rule cue did.
func (s *Scorer) modelHolder(d *docView, v *sentView, at cue, te int, rule string, cued bool) string {
	m, observe := s.hold, s.holdObserve
	if len(d.doc.Sentences) < articleMinSentences || observe == nil && (m == nil || m.n == 0) {
		return rule
	}
	if rule == "" && at.lo < v.n && v.quoted[at.lo] && v.anonSpeaker() {
		// "“Teams is where fun goes to die,” said one sixth-former":
		// the text says who spoke, and names nobody.
		return ""
	}
	cands := s.holderCands(d, v, at, te, rule, cued)
	if observe != nil {
		observe(v.idx, te, cands, rule)
	}
	if m == nil || m.n == 0 || v.speakerOpens(d, te, rule) {
		return rule
	}
	if c := cands[m.pick(cands)]; c.ent >= 0 {
		return d.doc.Entities[c.ent].Name
	}
	return ""
}

// holderCands lists the candidate holders of a verdict, the rules' choice
// first: the author's voice, every person, organization or place the
// sentence names or refers to by pronoun or group noun, and who spoke in the
// previous sentence.
func (s *Scorer) holderCands(d *docView, v *sentView, at cue, te int, rule string, cued bool) []holderCand {
	ok := func(ei int) bool {
		return ei >= 0 && ei != te && ei < len(d.doc.Entities) && holderType(d.doc.Entities[ei].Type)
	}
	ruleEnt := -1
	if rule != "" {
		for ei, e := range d.doc.Entities {
			if e.Name == rule && ei != te {
				ruleEnt = ei
				break
			}
		}
	}
	// Each entity's nearest reference to the cue in this sentence.
	type ref struct {
		ent, k, dist int
		pron         bool
	}
	refs := make([]ref, 0, 8)
	find := func(ei int) int {
		for i, r := range refs {
			if r.ent == ei {
				return i
			}
		}
		return -1
	}
	firstEnt := -1
	for k := 0; k < v.n; k++ {
		ei := v.refAt(d, k)
		if !ok(ei) {
			continue
		}
		if firstEnt < 0 {
			firstEnt = ei
		}
		dist := at.lo - k
		if k >= at.hi {
			dist = k - at.hi + 1
		} else if k >= at.lo {
			dist = 0
		}
		pron := v.ent[k] < 0
		if i := find(ei); i >= 0 {
			if dist < refs[i].dist {
				refs[i].k, refs[i].dist = k, dist
			}
			refs[i].pron = refs[i].pron && pron
			continue
		}
		refs = append(refs, ref{ei, k, dist, pron})
	}
	speaker := v.speaker(d, at.lo, ok)
	main := v.mainSubject(d)
	subj, subjFound := v.subject(d, at.lo)
	poss, _ := v.possessor(d, at.lo)
	quotedCue := at.lo < v.n && v.quoted[at.lo]
	lastPerson := lastBefore(d.persons, v.base)
	// The speaker whose turn, answer or letter the sentence is part of
	// (a transcript's or a letters page's; -1 elsewhere).
	turn := d.interviewee(v.idx)
	// The organization the story is about ("Crosshaven sailing school
	// drops Facebook ads", then "The Currabinny Sailing School ..."),
	// whom a description ("the school", "the scheme") may stand for.
	story := d.storyOrg()
	ns := s.nearSpeakers(d, v)
	carried, prevSpeaker, nextSpeaker := ns.carried, ns.prev, ns.next
	if !quotedCue {
		nextSpeaker = -1
	}
	report, first := false, false
	for k := 0; k < v.n; k++ {
		if v.quoted[k] {
			continue
		}
		if v.in(k, wcReport) && v.isVerb(k) {
			report = true
		}
		if firstPerson(v.low[k]) {
			first = true
		}
	}

	named := func(fs []artFeat, key string) []artFeat {
		return append(fs, artFeat{artNamed, 0, key, 1, -1})
	}
	// The candidates' feature lists share one backing array: a list
	// starts as free, the free space left, and done closes it, so that
	// no later list can write over it.
	free := make([]artFeat, 0, 8*(len(refs)+5))
	done := func(fs []artFeat) []artFeat {
		free = fs[len(fs):]
		return fs[:len(fs):len(fs)]
	}
	// The author's voice.
	af := free
	af = named(af, "#author")
	if ruleEnt < 0 {
		af = named(af, "#a:rule")
	}
	if quotedCue {
		af = named(af, "#a:quoted")
	}
	if report {
		af = named(af, "#a:report")
	}
	if v.idx == 0 {
		af = named(af, "#a:headline")
	}
	if first {
		af = named(af, "#a:first")
	}
	if len(refs) == 0 {
		af = named(af, "#a:none")
	}
	if ok(turn) {
		af = named(af, "#a:turn")
	}
	if !cued {
		af = named(af, "#a:model")
	}
	if subjFound && subj == -1 {
		af = named(af, "#a:nounsubj")
	}
	if k, ei := v.nounSubject(d, at.lo); k >= 0 && ei < 0 && v.unnamedPeople(k) {
		// "Several members complained that ...": people the text
		// does not name.
		af = named(af, "#a:people")
	}
	af = named(af, roleKeys["#a"].pos[posIndex(at.pos)])
	author := holderCand{ent: -1, feats: done(af)}

	cand := func(ei int) holderCand {
		fs := named(free, "#ent")
		switch d.doc.Entities[ei].Type {
		case entities.Person:
			fs = named(fs, "#t:person")
		case entities.Org:
			fs = named(fs, "#t:org")
		default:
			fs = named(fs, "#t:gpe")
		}
		for _, r := range [...]struct {
			ent int
			key string
		}{{ruleEnt, "#rule"}, {speaker, "#speaker"}, {main, "#main"}, {subj, "#subj"},
			{poss, "#poss"}, {carried, "#carried"}, {prevSpeaker, "#prevspeaker"},
			{nextSpeaker, "#nextspeaker"}, {lastPerson, "#lastperson"}, {firstEnt, "#first"}, {turn, "#turn"}, {story, "#story"}} {
			if ei == r.ent && (r.key != "#subj" || subjFound) {
				fs = named(fs, r.key)
			}
		}
		// The cue's part of speech changes what a role means: the
		// subject of a verb cue acts, the subject of an adjective's
		// clause may only be described.
		for _, f := range fs[1:] {
			switch f.key {
			case "#main", "#subj", "#speaker", "#rule":
				fs = append(fs, artFeat{artNamed, 0, roleKeys[f.key].pos[posIndex(at.pos)], 1, -1})
			}
		}
		if ei == story {
			// The story's organization may hold a headline's
			// verdict, or one whose subject is a description, not
			// a name.
			if v.idx == 0 {
				fs = named(fs, "#story:headline")
			}
			if subjFound && subj == -1 {
				fs = named(fs, "#story:nounsubj")
			}
		}
		if quotedCue {
			// Inside a quotation the roles weigh differently: the
			// quoted speaker, not the quotation's subject, holds it.
			n := len(fs)
			for _, f := range fs[1:n] {
				fs = named(fs, roleKeys[f.key].quoted)
			}
		}
		i := find(ei)
		if i < 0 {
			return holderCand{ei, done(named(fs, "#elsewhere"))}
		}
		r := refs[i]
		if r.pron && (groupNouns[v.low[r.k]] || v.namedHead(d, r.k) || v.roleHead(d, r.k)) {
			fs = named(fs, "#group")
		} else if r.pron {
			fs = named(fs, "#pron")
		}
		if v.quoted[r.k] {
			fs = named(fs, "#inquote")
		}
		switch {
		case r.dist == 0:
			fs = named(fs, "#d:in")
		case r.k < at.lo && r.dist <= 3:
			fs = named(fs, "#d:before3")
		case r.k < at.lo && r.dist <= 10:
			fs = named(fs, "#d:before10")
		case r.k < at.lo:
			fs = named(fs, "#d:beforefar")
		case r.dist <= 3:
			fs = named(fs, "#d:after3")
		case r.dist <= 10:
			fs = named(fs, "#d:after10")
		default:
			fs = named(fs, "#d:afterfar")
		}
		if v.clause[r.k] == v.clause[min(at.lo, v.n-1)] {
			fs = named(fs, "#sameclause")
		}
		// The words around the mention: its first token's predecessor
		// and its last token's successor.
		lo, hi := r.k, r.k+1
		for lo > 0 && v.ent[r.k] >= 0 && v.ent[lo-1] == v.ent[r.k] {
			lo--
		}
		for hi < v.n && v.ent[r.k] >= 0 && v.ent[hi] == v.ent[r.k] {
			hi++
		}
		prev, next := "^", "$"
		if lo > 0 {
			prev = v.low[lo-1]
		}
		if hi < v.n {
			next = v.low[hi]
		}
		fs = append(fs, artFeat{artPrev, 0, prev, 1, -1}, artFeat{artNext, 0, next, 1, -1})
		if v.ent[r.k] >= 0 && hi < v.n && (v.tag[hi] == "NN" || v.tag[hi] == "NNS") {
			// "Leeds musicians' collective quits TikTok", "Harwick
			// Town manager Amos: ...": a name before a common noun
			// modifies it and speaks for nobody.
			fs = named(fs, "#modifier")
		}
		return holderCand{ei, done(fs)}
	}

	cands := make([]holderCand, 0, len(refs)+4)
	if ruleEnt >= 0 {
		cands = append(cands, cand(ruleEnt), author)
	} else {
		cands = append(cands, author)
	}
	for _, r := range refs {
		if r.ent != ruleEnt {
			cands = append(cands, cand(r.ent))
		}
	}
	for _, ei := range []int{carried, prevSpeaker, nextSpeaker, lastPerson, turn, story} {
		if ok(ei) && ei != ruleEnt && find(ei) < 0 {
			dup := false
			for _, c := range cands {
				dup = dup || c.ent == ei
			}
			if !dup {
				cands = append(cands, cand(ei))
			}
		}
	}
	return cands
}

// speakerOpens reports a sentence that opens with the rules' holder, a
// person named or "he"/"she", saying what the target is or does: a say-verb
// ("says", "thinks", "tells me"), "that" at most, then the target ("Alison
// says WhatsApp works for us", "He tells me Twitch is where the real ones
// are"). Hers is the verdict, even in a column whose writer tells it.
func (v *sentView) speakerOpens(d *docView, te int, rule string) bool {
	p := v.refAt(d, 0)
	if p < 0 || d.doc.Entities[p].Type != entities.Person || d.doc.Entities[p].Name != rule {
		return false
	}
	k := 1
	if v.ent[0] >= 0 {
		k = v.mentionEnd(0) + 1
	}
	if k = v.sayVerbEnd(k); k < 0 {
		return false
	}
	if k < v.n && v.low[k] == "that" {
		k++
	}
	return k < v.n && v.ent[k] == te
}

// anonSpeaker reports a sentence whose report verb (outside quotation
// marks) has a speaker named by a common noun after an indefinite
// determiner: "“...,” said one sixth-former", "a resident said", "wrote
// one user". The quotation is then nobody's the text names, however near
// the last named speaker is; "the spokesperson said" is someone the text
// introduced, and "said a spokeswoman for Meta" names her employer.
func (v *sentView) anonSpeaker() bool {
	common := func(k int) bool {
		return k >= 0 && k < v.n && v.ent[k] < 0 && (v.tag[k] == "NN" || v.tag[k] == "NNS") && !v.quoted[k]
	}
	for k := 0; k < v.n; k++ {
		if v.quoted[k] || !v.in(k, wcReport) || v.tag[k] != "VBD" && v.tag[k] != "VBZ" && v.tag[k] != "VBP" {
			continue
		}
		// "said one sixth-former"
		if j := k + 1; j < v.n && indefinite(v.low[j]) {
			for j < v.n && j <= k+3 && (indefinite(v.low[j]) || strings.HasPrefix(v.tag[j], "JJ")) && !v.quoted[j] {
				j++
			}
			if common(j) {
				end := j + 1
				for end < v.n && common(end) {
					end++
				}
				if end >= v.n || v.low[end] == "." || isPunctBoundary(v.low[end]) || isQuote(v.low[end]) {
					return true
				}
			}
		}
		// "one resident said", "a pupil wrote"
		if k >= 2 && common(k-1) && indefinite(v.low[k-2]) {
			return true
		}
	}
	return false
}

// placeModifier reports a place named, at token k, as a modifier of the
// plural common noun after it, the subject of the verb that follows:
// "Toledo nurses say", "Seagrove potters move", "Austin food-truck owners
// say". The people it describes speak; the place holds no view. "Brannock
// council said" is the place's own body, no plural; in "Malawi answers
// cholera rumour" and "Ida Lund shares her films" prose tags a verb a
// plural, and no verb follows it.
func placeModifier(d *docView, v *sentView, ei, k int) bool {
	if !d.placeEnt(ei) || k < 0 || k >= v.n || v.ent[k] != ei {
		return false
	}
	hi := k + 1
	for hi < v.n && v.ent[hi] == ei {
		hi++
	}
	for n := 0; hi < v.n && n < 3 && v.ent[hi] < 0 && (v.tag[hi] == "NN" || strings.HasPrefix(v.tag[hi], "JJ")); n++ {
		hi++
	}
	return hi+1 < v.n && v.ent[hi] < 0 && v.tag[hi] == "NNS" && !v.headlineVerb(hi) && (v.isVerb(hi+1) || v.tag[hi+1] == "MD")
}
