package stance

import (
	"cmp"
	_ "embed"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/stancetag/stancetag/entities"
)

// The article model: a small logistic regression that judges built-in
// platforms in articles. News writers judge platforms as often through
// description ("Twitch treated me like a tenant", "WhatsApp works", "the
// best place on the internet to ask") as through stance verbs, and the
// rules see only the verbs. The model reads the words around the mention
// (and on which side of it each stands), the sentence's pairs of adjacent
// words, the target's role in the sentence, the valence of its clause,
// whether the sentence asks a question, the rule score with the cues the
// rules attached, the rules' verdicts on the same platform in the
// document's other sentences (docView.docVerdicts), their verdicts on
// the sentence's other platforms, in a list with it or set against it,
// and whether the platform's owner is the one speaking (ownedPlatforms).
// It was trained on the annotated development articles in
// testdata/articles, the project's own writing: TestTrainArticle in
// article_train_test.go writes data/article.txt and reports its
// article-grouped cross-validated score (doc.go). Retrain it whenever the rules or the features change.
//
// The model may label a mention the rules left neutral, or overturn a
// verdict of general valence alone, when its probability for criticizes
// reaches conf or its probability for endorses reaches confE, which may be
// higher (or, with override, when its probability for neutral beats both). A
// verdict carried by a stance-lexicon cue stands unless the model's
// probability for another label reaches strong ("will keep its Facebook
// page" is mere use, "stayed on Instagram longer than was good for me" no
// praise).

//go:embed data/article.txt
var articleData string

// artFeat is one active feature: a kind, a key, its value and, for a word,
// its token (else -1). Keeping the kind apart from the word spares an
// allocation per word on the hot path. A word pair the model weighs
// carries its place in the model's pair table plus one (pair), so that its
// weights need no second lookup; 0 looks them up by key.
type artFeat struct {
	kind uint8
	pair int32
	key  string
	val  float64
	tok  int
}

// The feature kinds and the prefix each has in data/article.txt: a named
// feature ("#rule+"), a word near the mention, the word right before it and
// the word right after it, a word near the mention after a negator of its
// clause ("not ... useful"), the same two kinds again for the words of the
// mention's own clause, the verb that governs the mention, the verb the
// mention is the subject of, a word near the mention again by its side
// of it ("moved from A to B": "to" after A, "from" before B), and two
// adjacent words anywhere in the sentence ("not yet", "_T_ works", the
// mention's words standing as "_T_").
const (
	artNamed = iota
	artWord
	artPrev
	artNext
	artNegWord
	artClauseWord
	artNegClauseWord
	artGov
	artVerbAfter
	artWordBefore
	artWordAfter
	artBigram
	artKinds
)

var artPrefix = [artKinds]string{"", "w:", "prev:", "next:", "nw:", "cw:", "ncw:", "gov:", "va:", "wb:", "wa:", "bg:"}

// name is the feature's key in data/article.txt.
func (f artFeat) name() string { return artPrefix[f.kind] + f.key }

// articleModel holds the weights for endorses and criticizes (neutral is
// the reference class) per feature kind and key, and the confidence a
// verdict needs.
type articleModel struct {
	// w holds the weights of every kind but word pairs (artBigram).
	w [artKinds]map[string][2]float64
	// pairs indexes the word pairs the model weighs into pairKeys and
	// pairW, the key held once and the weights: a pair spelled in a
	// buffer finds its key without allocating one and its weights
	// without another lookup (bigrams).
	pairs    map[string]int32
	pairKeys []string
	pairW    [][2]float64
	n        int // weights in all
	conf     float64
	confE    float64 // the probability an endorsement needs; 0: conf
	override bool
	strong   float64 // the probability that overturns a stance-lexicon verdict; 0: never
}

// weight returns the weights of a feature.
func (m *articleModel) weight(f artFeat) ([2]float64, bool) {
	switch {
	case f.pair > 0:
		return m.pairW[f.pair-1], true
	case f.kind == artBigram:
		// A pair spelled in training, which carries no index.
		i, ok := m.pairs[f.key]
		if !ok {
			return [2]float64{}, false
		}
		return m.pairW[i], true
	}
	w, ok := m.w[f.kind][f.key]
	return w, ok
}

// splitKey splits a feature's name in a weights table ("w:tenant") into
// its kind and key.
func splitKey(name string) (kind int, key string) {
	for k := artWord; k < artKinds; k++ {
		if rest, ok := strings.CutPrefix(name, artPrefix[k]); ok {
			return k, rest
		}
	}
	return artNamed, name
}

// set stores the weights of the feature named key ("w:tenant"): a word
// pair's in the pair table only, every other feature's in its kind's map.
func (m *articleModel) set(key string, w [2]float64) {
	kind, key := splitKey(key)
	if kind == artBigram {
		if m.pairs == nil {
			m.pairs = map[string]int32{}
		}
		if i, dup := m.pairs[key]; dup {
			m.pairW[i] = w
		} else {
			m.n++
			m.pairs[key] = int32(len(m.pairKeys))
			m.pairKeys = append(m.pairKeys, key)
			m.pairW = append(m.pairW, w)
		}
		return
	}
	if m.w[kind] == nil {
		m.w[kind] = map[string][2]float64{}
	}
	if _, dup := m.w[kind][key]; !dup {
		m.n++
	}
	m.w[kind][key] = w
}

// parseArticle reads data/article.txt: "#" comments, "conf C", optional
// "conf-e C", "override" and "strong C" lines, then "key<TAB>wE<TAB>wC"
// lines. Malformed lines are skipped; a table with no weights gives a
// model that never fills in.
func parseArticle(data string) *articleModel {
	m := &articleModel{conf: 1}
	for _, line := range strings.Split(data, "\n") {
		if line == "" || strings.HasPrefix(line, "# ") {
			continue
		}
		if line == "override" {
			m.override = true
			continue
		}
		if rest, ok := strings.CutPrefix(line, "conf "); ok {
			if c, err := strconv.ParseFloat(rest, 64); err == nil {
				m.conf = c
			}
			continue
		}
		if rest, ok := strings.CutPrefix(line, "conf-e "); ok {
			if c, err := strconv.ParseFloat(rest, 64); err == nil {
				m.confE = c
			}
			continue
		}
		if rest, ok := strings.CutPrefix(line, "strong "); ok {
			if c, err := strconv.ParseFloat(rest, 64); err == nil {
				m.strong = c
			}
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 3 {
			continue
		}
		we, err1 := strconv.ParseFloat(f[1], 64)
		wc, err2 := strconv.ParseFloat(f[2], 64)
		if err1 != nil || err2 != nil {
			continue
		}
		m.set(f[0], [2]float64{we, wc})
	}
	return m
}

// probs returns the class probabilities: endorses, criticizes, neutral.
func (m *articleModel) probs(fs []artFeat) (pe, pc, pn float64) {
	var ze, zc float64
	for _, f := range fs {
		if w, ok := m.weight(f); ok {
			ze += w[0] * f.val
			zc += w[1] * f.val
		}
	}
	return softmax3(ze, zc)
}

// decide fills in a verdict the rules left neutral or, with override, also
// replaces a verdict no stance-lexicon cue carried (general valence only).
func (m *articleModel) decide(fs []artFeat, rule float64, strong bool) float64 {
	if m.stands(rule, strong) {
		return rule
	}
	pe, pc, pn := m.probs(fs)
	if strong && math.Abs(rule) >= Threshold {
		// A stance-lexicon verdict the model overturns: only for a label
		// it is sure of.
		switch {
		case rule > 0 && pc >= m.strong:
			return -beyond(pc, m.strong)
		case rule < 0 && pe >= m.strong:
			return beyond(pe, m.strong)
		case pn >= m.strong:
			return 0
		}
		return rule
	}
	ce := m.conf
	if m.confE > 0 {
		ce = m.confE
	}
	switch {
	case pe >= ce && pe > pc:
		return beyond(pe, ce)
	case pc >= m.conf && pc > pe:
		return -beyond(pc, m.conf)
	case math.Abs(rule) >= Threshold && pn > pe && pn > pc:
		return 0
	}
	return rule
}

// beyond maps a probability p at or above the least c a verdict needs to a
// score magnitude from Threshold (at c) to 1 (at certainty).
func beyond(p, c float64) float64 {
	return Threshold + (1-Threshold)*(p-c)/(1-c+1e-9)
}

// stands reports a rule verdict the model leaves as it is, whatever its
// features say: any verdict of an empty model, a stance-lexicon verdict
// unless the model may overturn one (m.strong), and without override any
// other verdict.
func (m *articleModel) stands(rule float64, strong bool) bool {
	if m.n == 0 {
		return true
	}
	if math.Abs(rule) < Threshold {
		return false
	}
	if strong {
		return m.strong == 0
	}
	return !m.override
}

// articleValence lets the article model judge a built-in platform in an
// article; other targets, platforms that act and short posts keep score.
// When the model gives the verdict, words are the tokens whose weights
// pushed it there most: the cues of a verdict no rule cue carried.
func (s *Scorer) articleValence(d *docView, v *sentView, te int, ranges [][2]int, cues []cue, contrib []float64, score float64, agent bool) (_ float64, words []int) {
	if agent || te < 0 || te >= len(d.doc.Entities) || len(ranges) == 0 ||
		len(d.doc.Sentences) < articleMinSentences ||
		!entities.BuiltinPlatform(d.doc.Entities[te].Name) {
		return score, nil
	}
	m, observe := s.art, s.artObserve
	strong := strongAttached(cues, contrib)
	if observe == nil && (m == nil || m.stands(score, strong)) {
		// No model, or a verdict that stands whatever it says.
		return score, nil
	}
	var fs []artFeat
	if observe == nil {
		// The features die with this call: reuse one buffer for the
		// document.
		fs = s.articleFeatures(d.feats[:0], d, v, te, ranges, cues, contrib, score)
		d.feats = fs
	} else {
		// Training keeps each mention's features.
		fs = s.articleFeatures(make([]artFeat, 0, 64), d, v, te, ranges, cues, contrib, score)
		observe(v.idx, te, fs, score, strong, s.verdictHolder(d, v, targetCue(ranges), te, false))
	}
	if m == nil {
		return score, nil
	}
	got := m.decide(fs, score, strong)
	if got == score || labelOf(got) == Neutral {
		return got, nil
	}
	return got, m.carriers(fs, got > 0)
}

// articleCarriers is how many words at most carry a model verdict, and
// articleCarry the least weight a word needs to be one.
const (
	articleCarriers = 3
	articleCarry    = 0.25
)

// carriers returns the tokens of the word features that pushed hardest
// toward endorses (pos) or criticizes, in text order.
func (m *articleModel) carriers(fs []artFeat, pos bool) []int {
	c := 1
	if pos {
		c = 0
	}
	// A mention has few context words, so a slice searched in order beats a
	// map, and slices.SortFunc needs no reflection: the model's verdicts
	// cost no allocation here beyond the tokens returned.
	type carry struct {
		tok int
		w   float64
	}
	var buf [32]carry
	best := buf[:0]
	for _, f := range fs {
		if f.tok < 0 {
			continue
		}
		w, ok := m.weight(f)
		if !ok {
			continue
		}
		// The class's weight against the other's: a word that pushes
		// both ways equally carries nothing.
		add := (w[c] - w[1-c]/2) * f.val
		i := 0
		for i < len(best) && best[i].tok != f.tok {
			i++
		}
		if i == len(best) {
			best = append(best, carry{f.tok, 0})
		}
		best[i].w += add
	}
	slices.SortFunc(best, func(a, b carry) int {
		if a.w != b.w {
			return cmp.Compare(b.w, a.w)
		}
		return a.tok - b.tok
	})
	n := 0
	for n < len(best) && n < articleCarriers && best[n].w >= articleCarry {
		n++
	}
	if n == 0 {
		return nil
	}
	toks := make([]int, n)
	for i := range toks {
		toks[i] = best[i].tok
	}
	slices.Sort(toks)
	return toks
}

// articleMinSentences is the shortest document the model judges: it learned
// from articles, and posts keep the rules (on the dev posts it cost 0.12
// F_avg).
const articleMinSentences = 4

// articleWindow is how many tokens either side of a mention count as its
// context words.
const articleWindow = 8

// articleFeatures appends to fs the active features of one built-in
// platform in one sentence.
func (s *Scorer) articleFeatures(fs []artFeat, d *docView, v *sentView, te int, ranges [][2]int, cues []cue, contrib []float64, rule float64) []artFeat {
	add := func(key string, val float64) {
		if val != 0 {
			fs = append(fs, artFeat{artNamed, 0, key, val, -1})
		}
	}
	add("#bias", 1)
	add("#rule+", math.Max(rule, 0))
	add("#rule-", math.Max(-rule, 0))
	lo, hi := ranges[0][0], ranges[0][1]
	in := func(i int) bool { return inRanges(ranges, i) }
	// The target's role, from its first mention.
	switch {
	case lo > 0 && v.tag[lo-1] == "IN":
		add("#role:prep", 1)
	case v.firstContentVerb(0, lo) < lo:
		add("#role:obj", 1)
	default:
		add("#role:subj", 1)
	}
	if hi < v.n && (v.low[hi] == "'s" || v.low[hi] == "'") {
		add("#role:poss", 1)
	}
	if v.quoted[lo] {
		add("#quoted", 1)
	}
	// The verb that governs the mention and the verb it is the subject of.
	// Unlike isContentVerb, a linking verb counts ("X is", "X became"):
	// the model was chosen and trained with it.
	content := func(k int) bool { return v.isVerb(k) && !auxiliaries[v.low[k]] && articleWord(v.low[k]) }
	for k := lo - 1; k >= 0 && k >= lo-6 && v.clause[k] == v.clause[lo]; k-- {
		if content(k) {
			fs = append(fs, artFeat{artGov, 0, v.low[k], 1, -1})
			break
		}
	}
	for k := hi; k < v.n && k <= hi+3 && v.clause[k] == v.clause[lo]; k++ {
		if content(k) {
			fs = append(fs, artFeat{artVerbAfter, 0, v.low[k], 1, -1})
			break
		}
	}
	if v.idx == 0 {
		add("#headline", 1)
	}
	other, report, owner := false, false, false
	for i := 0; i < v.n; i++ {
		if e := v.ent[i]; e >= 0 && e != te && d.doc.Entities[e].Type == entities.Platform {
			other = true
		}
		if e := v.ent[i]; e >= 0 && !owner && (i == 0 || v.ent[i-1] != e) && !v.quoted[i] && owns(d.doc.Entities[e].Name, d.doc.Entities[te].Name) {
			owner = true
		}
		if v.reportVerbAt(i) {
			report = true
		}
	}
	if other {
		add("#other", 1)
	}
	if report {
		add("#report", 1)
	}
	// Evidence the rules attached, weak or strong, by direction.
	for ci, c := range cues {
		if contrib[ci] == 0 {
			continue
		}
		switch {
		case c.strong && contrib[ci] > 0:
			add("#satt+", contrib[ci])
		case c.strong:
			add("#satt-", -contrib[ci])
		case contrib[ci] > 0:
			add("#att+", contrib[ci])
		default:
			add("#att-", -contrib[ci])
		}
	}
	// Valence of the target's clause and of the rest of the sentence,
	// and the words near the mention.
	var cl, rest [2]float64
	for i := 0; i < v.n; i++ {
		if in(i) || v.ent[i] >= 0 {
			continue
		}
		w := v.low[i]
		if val, ok := s.vader[w]; ok && val != 0 {
			side := 0
			if val < 0 {
				side = 1
			}
			if v.clause[i] == v.clause[lo] {
				cl[side] += math.Abs(val)
			} else {
				rest[side] += math.Abs(val)
			}
		}
		near := i >= lo-articleWindow && i < hi+articleWindow
		if !near || !articleWord(w) {
			continue
		}
		tok := -1
		if (posOf(v.tag[i]) != 'O' || strings.HasPrefix(v.tag[i], "RB")) && !v.is(cLink, i) {
			// Only a content word can be shown as a cue.
			tok = i
		}
		var word, clause uint8 = artWord, artClauseWord
		if v.negScoped(i) {
			word, clause = artNegWord, artNegClauseWord
		}
		fs = append(fs, artFeat{word, 0, w, 1, tok})
		if i < lo {
			fs = append(fs, artFeat{artWordBefore, 0, w, 1, tok})
		} else {
			fs = append(fs, artFeat{artWordAfter, 0, w, 1, tok})
		}
		if v.clause[i] == v.clause[lo] {
			fs = append(fs, artFeat{clause, 0, w, 1, tok})
		}
		switch i {
		case lo - 1:
			fs = append(fs, artFeat{artPrev, 0, w, 1, tok})
		case hi:
			fs = append(fs, artFeat{artNext, 0, w, 1, tok})
		}
	}
	fs = s.bigrams(fs, v, in)
	// The rules' verdicts on the same target in the document's other
	// sentences.
	dv := d.verdicts[te]
	switch {
	case rule >= Threshold:
		dv[0] -= rule
	case rule <= -Threshold:
		dv[1] += rule
	}
	// The rules' verdicts on the sentence's other targets, by whether the
	// two names stand in a list ("A and B": likely the same verdict), have
	// a word of contrast or destination between them ("left A for B":
	// likely the opposite), or neither.
	for _, rv := range d.sentVerdicts(v.idx) {
		if rv.t.ent == te || rv.final || len(rv.t.ranges) == 0 || labelOf(rv.score) == Neutral {
			continue
		}
		a, b := rv.t.ranges[0][1], lo
		if b < a {
			a, b = hi, rv.t.ranges[0][0]
		}
		key := "#sib"
		if b-a <= 3 {
			key = "#sibl"
		}
		for k := a; k < b; k++ {
			if siblingContrast[v.low[k]] {
				key = "#sibc"
				break
			}
		}
		if rv.score > 0 {
			add(key+"+", 1)
		} else {
			add(key+"-", 1)
		}
	}
	add("#doc+", math.Tanh(math.Max(dv[0], 0)))
	add("#doc-", math.Tanh(math.Max(dv[1], 0)))
	add("#vcl+", cl[0])
	add("#vcl-", cl[1])
	add("#vrest+", rest[0])
	add("#vrest-", rest[1])
	if owner && report {
		// "Meta, which owns Facebook, said groups remained 'a valuable
		// way ...'": an owner speaking for its platform, whose praise
		// of any part of it is praise of the platform.
		add("#own", 1)
		add("#own+", cl[0]+rest[0])
		add("#own-", cl[1]+rest[1])
	}
	if q := v.openQuestion(); q >= 0 && q <= lo {
		add("#question", 1)
	}
	return fs
}

// siblingContrast are the words between two targets of a sentence that
// set one against the other ("left A for B", "A rather than B", "A, not
// B").
var siblingContrast = map[string]bool{
	"for": true, "to": true, "onto": true, "over": true, "than": true, "instead": true,
	"rather": true, "unlike": true, "but": true, "while": true, "toward": true,
	"towards": true, "favour": true, "favor": true, "not": true, "from": true, "off": true,
}

// bigrams appends the sentence's pairs of adjacent words, the target's
// words standing as "_T_" ("_T_ works", "not yet"). Pairs are many and
// most are in no model, so outside training only the pairs the model
// weighs are kept: each is spelled in a buffer and takes the model's own
// key, and costs no allocation.
func (s *Scorer) bigrams(fs []artFeat, v *sentView, in func(int) bool) []artFeat {
	var m *articleModel
	if s.artObserve == nil {
		if s.art == nil || len(s.art.pairs) == 0 {
			return fs
		}
		m = s.art
	}
	word := func(i int) string {
		if in(i) {
			return "_T_"
		}
		return v.low[i]
	}
	var buf [64]byte
	for i := 0; i+1 < v.n; i++ {
		if in(i) && in(i+1) {
			continue
		}
		b := append(append(append(buf[:0], word(i)...), ' '), word(i+1)...)
		if m != nil {
			if i, ok := m.pairs[string(b)]; ok {
				fs = append(fs, artFeat{kind: artBigram, pair: i + 1, key: m.pairKeys[i], val: 1, tok: -1})
			}
			continue
		}
		fs = append(fs, artFeat{kind: artBigram, key: string(b), val: 1, tok: -1})
	}
	return fs
}

// labelOf is the label of a score.
func labelOf(score float64) Label {
	switch {
	case score >= Threshold:
		return Endorses
	case score <= -Threshold:
		return Criticizes
	}
	return Neutral
}

// articleWord reports a lower-case word the model may use as a feature:
// letters (and inner apostrophes or hyphens) only.
func articleWord(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if !(r >= 'a' && r <= 'z' || r == '\'' || r == '-') {
			return false
		}
	}
	return true
}

// negScoped reports a word at i at most six words after a negator of its
// clause.
func (v *sentView) negScoped(i int) bool {
	for j := i - 1; j >= 0 && j >= i-6 && v.clause[j] == v.clause[i]; j-- {
		if negators[v.low[j]] {
			return true
		}
	}
	return false
}
