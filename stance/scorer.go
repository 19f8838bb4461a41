package stance

import (
	"errors"
	"fmt"
	"math"
	"sort"
	"strings"

	"github.com/stancetag/stancetag/entities"
	"github.com/stancetag/stancetag/internal/vaderlex"
)

// ErrLexicon reports that the built-in VADER lexicon could not be loaded.
var ErrLexicon = errors.New("stance: cannot load lexicon")

// Threshold is the score magnitude at or above which a judgment is labelled
// [Endorses] (Score >= Threshold) or [Criticizes] (Score <= -Threshold);
// anything closer to zero is [Neutral]. It was tuned on news sentences, where
// weak general sentiment near a name is usually no stance at all.
const Threshold = 0.2

// Option configures a Scorer.
type Option func(*options)

type options struct {
	cues map[string]float64
}

// WithCues adds or overrides stance cue words (lower-case lemma or phrase)
// with weights in [-1, 1]: positive endorses, negative criticizes.
//
// A key is either one lemma ("endorse", "lawless", "boycott") or a phrase of
// space-separated words ("rely on", "cut ties with"). The first word of a key
// also matches its regular inflections (-s, -es, -ies, -ed, -ied, -ing, with
// a dropped final e or a doubled final consonant) and the common irregular
// past forms; the other words of a phrase match exactly. A cue weighs like
// the built-in ones: as the verb whose object is the target ("X endorsed
// Twitter"), the noun before of/for/on/with ("criticism of Twitter"), or the
// predicate about the target ("Twitter is lawless"). Weights outside [-1, 1]
// are clamped; a weight of 0 removes a built-in cue.
func WithCues(cues map[string]float64) Option {
	return func(o *options) {
		if o.cues == nil {
			o.cues = map[string]float64{}
		}
		for k, v := range cues {
			o.cues[k] = v
		}
	}
}

// cueEntry is one lexicon entry, reached through any inflection of its first
// word.
type cueEntry struct {
	lemma  string
	rest   []string // the phrase's words after the first
	weight float64
	strong bool // from the stance lexicon, not general valence
}

// Scorer judges each sentence's attitude toward each target named in it. It
// is immutable after NewScorer and safe for concurrent use by multiple
// goroutines.
type Scorer struct {
	opts  options
	cues  map[string][]cueEntry // inflected first word -> entries, longest first
	vader map[string]float64    // word -> valence scaled to [-1, 1]
	emoji map[string]float64    // emoji -> valence of its VADER description
	// inflected forms of the reporting and platform-action verbs
	report, actor map[string]bool
	p             params
	// val is the calibrated valence model (valence.go), parsed once from
	// the embedded data/valence.txt; nil leaves the rule score alone.
	val *valenceModel
	// valObserve, set only by the calibration tests, receives the
	// valence features of every (sentence, target) the model would see.
	valObserve func(ent int, feats []valFeat, rule float64, strong, platform bool)
	// vaderWords is every single-word VADER entry: valence vocabulary.
	vaderWords map[string]bool
	// art is the article model (article.go), parsed from the embedded
	// data/article.txt; artObserve, set only by its training test,
	// receives the features of every built-in platform it would see, and
	// the holder a verdict the model fills in would get.
	art        *articleModel
	artObserve func(sent, ent int, fs []artFeat, rule float64, strong bool, fillHolder string)
	// hold is the holder model (holder.go), parsed from the embedded
	// data/holder.txt; holdObserve, set only by its training test,
	// receives the candidates of every article verdict it would see.
	hold        *holderModel
	holdObserve func(sent, ent int, cands []holderCand, rule string)
}

// NewScorer builds a Scorer with the built-in lexicons and any options.
func NewScorer(opts ...Option) (s *Scorer, err error) {
	s = &Scorer{p: defaultParams()}
	for _, o := range opts {
		o(&s.opts)
	}
	lex, emoji, err := loadVaderEmoji()
	if err != nil {
		return nil, err
	}
	s.emoji = emojiValence(emoji, lex)
	s.vaderWords = vaderWords(lex)
	s.val = parseValence(valenceData)
	s.art = parseArticle(articleData)
	s.hold = parseHolder(holderData)
	s.vader = make(map[string]float64, len(lex))
	for w, v := range lex {
		if vaderStop[w] || strings.ContainsAny(w, " ") {
			continue
		}
		s.vader[w] = clamp(v/4, -1, 1)
	}
	all := make(map[string]float64, len(builtinCues)+len(s.opts.cues))
	for k, v := range builtinCues {
		all[k] = v
	}
	for k, v := range s.opts.cues {
		k = strings.Join(strings.Fields(strings.ToLower(k)), " ")
		if k == "" || math.IsNaN(v) {
			continue
		}
		all[k] = clamp(v, -1, 1)
	}
	s.report, s.actor = forms(reportVerbs), forms(actorVerbs)
	s.cues = map[string][]cueEntry{}
	for k, v := range all {
		if v == 0 {
			continue
		}
		words := strings.Fields(k)
		e := cueEntry{lemma: k, rest: words[1:], weight: v, strong: true}
		for _, f := range inflections(words[0]) {
			s.cues[f] = append(s.cues[f], e)
		}
	}
	for f, es := range s.cues {
		sort.Slice(es, func(i, j int) bool {
			if len(es[i].rest) != len(es[j].rest) {
				return len(es[i].rest) > len(es[j].rest)
			}
			return es[i].lemma < es[j].lemma
		})
		s.cues[f] = es
	}
	return s, nil
}

// loadVaderEmoji returns the VADER lexicon and VADER's emoji descriptions,
// shared with the other packages that read them, or ErrLexicon.
func loadVaderEmoji() (lex map[string]float64, emoji map[string]string, err error) {
	lex, emoji, err = vaderlex.Load()
	if err != nil {
		return nil, nil, fmt.Errorf("%w: %v", ErrLexicon, err)
	}
	return lex, emoji, nil
}

// sarcasmEmoji often mark irony ("incredible work 👏"); their literal
// valence is left out rather than trusted.
var sarcasmEmoji = map[string]bool{"🙄": true, "🙃": true, "👏": true, "😂": true, "🤣": true, "😏": true, "🤡": true, "💀": true, "😅": true}

// emojiValence scores each emoji by the VADER words of its description
// ("green heart" -> heart), halved: an emoji colours a post, it rarely
// carries the stance alone.
func emojiValence(dict map[string]string, lex map[string]float64) map[string]float64 {
	out := map[string]float64{}
	for e, desc := range dict {
		if sarcasmEmoji[e] {
			continue
		}
		sum, n := 0.0, 0
		for _, w := range strings.Fields(strings.ToLower(desc)) {
			if v, ok := lex[w]; ok && !vaderStop[w] {
				sum += v
				n++
			}
		}
		if n > 0 && sum != 0 {
			out[e] = clamp(sum/float64(n)/4, -1, 1) * 0.5
		}
	}
	return out
}

// Judge returns one Judgment per (sentence, target entity) pair where an
// entity with Target set has a mention in the sentence: in sentence order,
// then in order of the target's first mention in the sentence. Sentences that
// name no target get none. Judge reads only doc and never modifies it.
func (s *Scorer) Judge(doc *entities.Document) []Judgment {
	out := []Judgment{}
	if doc == nil || len(doc.Sentences) == 0 {
		return out
	}
	d := newDocView(doc)
	var rvs []ruleVerdict
	for si := range doc.Sentences {
		targets := d.targetsIn(si)
		if len(targets) == 0 {
			continue
		}
		sv := d.sentence(si, s)
		from := len(rvs)
		for _, t := range targets {
			rvs = append(rvs, s.judge(d, sv, t))
		}
		unlikeTurn(rvs[from:])
	}
	d.docVerdicts(rvs)
	d.rvs = rvs
	for i := range rvs {
		out = append(out, s.finish(d, &rvs[i]))
	}
	return out
}

// unlikeTurn gives the foil of "unlike X" the side opposite its subject's
// verdict. The cue alone sets X apart as the worse ("Unlike Telegram,
// YouTube has a system that ..."), but when the main clause goes against
// the subject ("Twitch, unlike Kick, treated me like a tenant") X is the
// better one. rvs are one sentence's verdicts, which share its cue list.
func unlikeTurn(rvs []ruleVerdict) {
	for fi := range rvs {
		f := &rvs[fi]
		if f.score >= 0 {
			continue
		}
		for ci, c := range f.cues {
			if c.lemma != lemmaUnlike || f.contrib[ci] >= 0 || !onlyCue(f.contrib, ci) {
				continue
			}
			for oi := range rvs {
				o := &rvs[oi]
				if oi == fi || o.final || o.contrib[ci] <= 0 || o.score >= 0 {
					continue
				}
				f.contrib[ci] = -f.contrib[ci]
				f.score = -f.score
				break
			}
		}
	}
}

// onlyCue reports whether contrib[ci] is the only cue that counted.
func onlyCue(contrib []float64, ci int) bool {
	for k, x := range contrib {
		if k != ci && x != 0 {
			return false
		}
	}
	return true
}

func clamp(v, lo, hi float64) float64 {
	if v < lo {
		return lo
	}
	if v > hi {
		return hi
	}
	return v
}

// inflections returns w and its regular and common irregular verb and noun
// forms. Overgeneration is harmless: a non-word never appears in text.
func inflections(w string) []string {
	fs := []string{w}
	add := func(s ...string) { fs = append(fs, s...) }
	n := len(w)
	if n == 0 {
		return fs
	}
	last := w[n-1]
	switch {
	case strings.HasSuffix(w, "e"):
		add(w+"s", w+"d", w[:n-1]+"ing")
	case last == 'y' && n > 1 && !isVowel(w[n-2]):
		add(w[:n-1]+"ies", w[:n-1]+"ied", w+"ing")
	case last == 'o' && n > 1 && !isVowel(w[n-2]):
		// "go" -> "goes", "veto" -> "vetoes"
		add(w+"es", w+"ed", w+"ing")
	case strings.HasSuffix(w, "s") || strings.HasSuffix(w, "sh") ||
		strings.HasSuffix(w, "ch") || strings.HasSuffix(w, "x"):
		add(w+"es", w+"ed", w+"ing")
	default:
		add(w+"s", w+"ed", w+"ing")
		if n >= 3 && !isVowel(last) && last != 'w' && last != 'x' && last != 'y' &&
			isVowel(w[n-2]) && !isVowel(w[n-3]) {
			d := w + string(last)
			add(d+"ed", d+"ing")
		}
	}
	if irr, ok := irregular[w]; ok {
		add(irr...)
	}
	return fs
}

func isVowel(b byte) bool { return strings.IndexByte("aeiou", b) >= 0 }

var irregular = map[string][]string{
	"leave": {"left"}, "flee": {"fled"}, "take": {"took", "taken"},
	"feel": {"felt"}, "think": {"thought"}, "tell": {"told"}, "say": {"said"},
	"write": {"wrote", "written"}, "become": {"became"}, "see": {"saw", "seen"},
	"find": {"found"}, "make": {"made"}, "grow": {"grew", "grown"},
	"stand": {"stood"}, "fight": {"fought"}, "hold": {"held"},
	"lose": {"lost"}, "forsake": {"forsook", "forsaken"}, "cut": {"cut"},
	"shut": {"shut"}, "quit": {"quit", "quitting"}, "hate": {"hated"},
	"go": {"went", "gone"}, "get": {"got", "gotten"}, "put": {"put"},
	"bar": {"barred", "barring"}, "favour": {"favoured"}, "favor": {"favored"},
	"rebel": {"rebelled"}, "thrive": {"throve"}, "choose": {"chose", "chosen"},
	"bet": {"bet", "betting"}, "keep": {"kept"}, "do": {"does", "did", "done", "doing"},
	"give": {"gave", "given"}, "come": {"came"}, "stick": {"stuck"},
	"swear": {"swore", "sworn"}, "steal": {"stole", "stolen"}, "beat": {"beaten"},
	"mislead": {"misled"}, "bring": {"brought"},
}

func forms(lemmas map[string]bool) map[string]bool {
	out := map[string]bool{}
	for l := range lemmas {
		if strings.Contains(l, " ") {
			continue
		}
		for _, f := range inflections(l) {
			out[f] = true
		}
	}
	return out
}
