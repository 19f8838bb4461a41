package stance

import (
	"math"
	"slices"
	"sort"
	"strings"

	"github.com/stancetag/stancetag/entities"
)

// params are the attachment weights: how much a cue counts toward a target
// given how the two are related in the sentence. Tuned on NewsMTSC and the
// article set; fixed after NewScorer.
type params struct {
	generalScale   float64 // VADER valence in [-1, 1] is scaled by this
	negFlip        float64
	weakNegFlip    float64
	objectFactor   float64 // cue verb/noun whose object is the target
	predFactor     float64 // predicate or modifier about the target
	subjAttitude   float64 // the target holds the attitude ("Trump blamed X")
	subjGeneral    float64 // general valence of the target's own verb
	sameClause     float64 // same clause, no closer relation
	farFactor      float64 // the cue has its own verb phrase before the target
	otherClause    float64 // another clause of the sentence
	objectRegion   float64 // the object of a verb whose subject is the target
	deepFactor     float64 // the target is nested two nouns deep
	concessionDamp float64 // a concessive clause when the target is outside it
	preButDamp     float64 // before "but" when the target is after it
	butTurnDamp    float64 // before "but" when the clause after it pulls the other way
	condDamp       float64 // a cue inside a condition ("if X comes back")
	maxGap         float64 // tokens between a cue and its object
	gain           float64 // raw evidence is squashed by tanh(gain * sum)
}

func defaultParams() params {
	return params{
		generalScale:   1.1,
		negFlip:        -0.8,
		weakNegFlip:    -0.05,
		objectFactor:   1.0,
		predFactor:     1.0,
		subjAttitude:   0,
		subjGeneral:    1.0,
		sameClause:     0.5,
		farFactor:      0.25,
		otherClause:    0.25,
		objectRegion:   0.3,
		deepFactor:     0.2,
		concessionDamp: 0.2,
		preButDamp:     0.45,
		butTurnDamp:    0.3,
		condDamp:       0,
		maxGap:         12,
		gain:           3,
	}
}

// cue is one matched cue in a sentence.
type cue struct {
	lo, hi  int // local token range
	lemma   string
	weight  float64 // after negation
	strong  bool
	vader   bool // general valence from the VADER lexicon (not an emoji)
	pos     byte // 'V', 'N', 'J' or 'O'
	negated bool
	limited bool // praise turned by its limit (limitPraise)
	// by is one past the word whose subject holds the cue when that is
	// not the cue's own ("opposed leaving X"), else 0.
	by int
	// settles marks a cue of no weight that judges its target neutral
	// outright ("I have nothing against YouTube"): no model fills in
	// a verdict (ruleVerdict.settled).
	settles bool
}

func posOf(tag string) byte {
	switch {
	case strings.HasPrefix(tag, "VB"):
		return 'V'
	case strings.HasPrefix(tag, "NN"):
		return 'N'
	case strings.HasPrefix(tag, "JJ"), tag == "RBR", tag == "RBS":
		// prose tags predicative comparatives ("is better") RBR.
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

// negateCue applies a negator of cue c's verb or phrase: "did not endorse X"
// doubts the endorsement; "never liked X", "no longer supports X", "not
// unhappy" and "absence of harmful" reverse the cue.
func (s *Scorer) negateCue(v *sentView, c cue) cue {
	p := &s.p
	if neg := v.negatorAt(c.lo); neg != "" && !(c.weight > 0 && v.neverBetter(c.lo)) {
		// A pseudo-cleft singles its name out as the one refused:
		// "What I do not recommend is X" advises against X, where "I
		// do not recommend X" only withholds the advice.
		weak := weakNegators[neg] && !plainOpposite[c.lemma] && (c.pos == 'V' || c.pos == 'N' && c.weight > 0) && !v.cleftObject(c.lo)
		if weakNegators[neg] && withdrawals[c.lemma] && v.refusedWithdrawal(c.lo) {
			// "we're not leaving Facebook", "would not quit X",
			// "not leaving instagram anytime soon": refusing to go
			// is staying, as "did not leave X" is not.
			c.weight *= p.negFlip
		} else if neg == "intent" && plainOpposite[c.lemma] && v.ownIntent(c.lo) {
			// "had no plans to return to Instagram", "does not want
			// to go back to X": not meaning to return is staying away.
			c.weight *= p.negFlip
		} else if neg == "intent" || weak || neg == "dissuade" && c.weight < 0 {
			c.weight *= p.weakNegFlip
		} else {
			c.weight *= p.negFlip
		}
		c.negated = true
		if c.lemma == "blame" || c.lemma == "fault" {
			// "I don't blame TikTok for that", "that wasn't Facebook's
			// fault": blame withheld is no praise.
			c.weight = 0
		}
	} else if c.pos == 'V' && v.overeager(c.lo) {
		// "too quick to praise Patreon", "too ready to trust
		// Bluesky's block lists": praise given too soon is a charge,
		// and blame given too soon a defence.
		c.weight *= p.negFlip
		c.negated = true
	} else if c.lemma == "fault" && v.faultElsewhere(c.lo) {
		// "None of that was WhatsApp's fault", "less X's fault than
		// that of the man in Wells", "the fault of parents who ...":
		// the fault laid elsewhere is no charge against the name.
		c.weight = 0
		c.negated = true
	} else if c.weight < 0 && c.pos == 'N' && v.deniedOfName(c.hi) {
		// "the problem isn't Roblox": a charge denied of the name
		// defends it, as "Roblox isn't the problem" does.
		c.weight *= p.negFlip
		c.negated = true
	}
	return c
}

// overeager reports "too quick to" (or any of eagerWords) before the verb
// at i.
func (v *sentView) overeager(i int) bool {
	return i >= 3 && v.low[i-1] == "to" && eagerWords[v.low[i-2]] && v.low[i-3] == "too"
}

// judgedAct reports that token i is inside an act someone is said to be
// right, wrong or wise to do: "the alliance was right to leave Instagram",
// "had been right to put its faith in WhatsApp". The infinitive opens at
// most ten words before i.
func (v *sentView) judgedAct(i int) bool {
	for k := i - 1; k >= 2 && k >= i-10; k-- {
		if v.low[k] == "to" {
			switch v.low[k-1] {
			case "right", "wrong", "wise":
				switch v.low[k-2] {
				case "is", "was", "are", "were", "been", "be":
					return true
				}
			}
			return false
		}
	}
	return false
}

// eagerWords say how readily someone acts in "too quick to".
var eagerWords = map[string]bool{
	"quick": true, "ready": true, "eager": true, "keen": true, "fast": true, "hasty": true, "willing": true,
}

// faultElsewhere reports the noun "fault" at i laid on someone else: on a
// noun after "of" ("the fault of parents"), or denied of its possessor by
// "less" (not "no less") or by a subject "none", "nothing" or "neither"
// ("None of that was X's fault").
func (v *sentView) faultElsewhere(i int) bool {
	if k := i + 1; k+1 < v.n && v.low[k] == "of" {
		if v.low[k+1] == "the" {
			k++
		}
		return k+1 < v.n && (v.tag[k+1] == "NNS" || v.tag[k+1] == "NN")
	}
	k := i - 1
	for k >= 0 && (v.ent[k] >= 0 || v.low[k] == "'s" || v.low[k] == "'") {
		k--
	}
	if k < 0 {
		return false
	}
	if v.low[k] == "less" {
		// "no less X's fault" lays it on X as much as on the other.
		return k == 0 || v.low[k-1] != "no"
	}
	for j := k; j >= 0 && j >= k-4 && v.clause[j] == v.clause[i]; j-- {
		switch v.low[j] {
		case "none", "nothing", "neither":
			return true
		}
	}
	return false
}

// deniedOfName reports a negated copula at i with a name right after it,
// or after a determiner: "(the problem) isn't Roblox", "(the trouble) was
// not the WhatsApp group".
func (v *sentView) deniedOfName(i int) bool {
	if i+2 >= v.n || !weakNegators[v.low[i+1]] {
		return false
	}
	switch v.low[i] {
	case "is", "was", "'s", "are", "were":
	default:
		return false
	}
	k := i + 2
	if v.tag[k] == "DT" || v.tag[k] == "PRP$" {
		k++
	}
	return k < v.n && v.ent[k] >= 0
}

// findCues matches the lexicons over the sentence's tokens. Entity names and
// negators are never cues.
func (s *Scorer) findCues(v *sentView) []cue {
	p := &s.p
	var cs []cue
	for i := 0; i < v.n; i++ {
		if c, ok := v.urgedUse(i); ok {
			cs = append(cs, c)
			continue
		}
		if e := v.trustAndSafety(i); e > i {
			// "Discord's vice-president for trust and safety": the
			// industry's name for moderation work, not praise.
			i = e - 1
			continue
		}
		if c, ok := v.useChange(i); ok {
			if v.undecided(c.lo) {
				// "Asked whether the district would stop using X"
				c.weight = 0
			}
			cs, c = opposeWithdrawal(v, cs, c, c.weight, p.negFlip)
			cs = append(cs, c)
			i = c.hi - 1
			continue
		}
		if c, ok := s.construction(v, i); ok {
			if v.unchosenMove(c) {
				c.weight = 0
			}
			if c.lemma == lemmaRejected {
				cs, c = v.rejectTried(cs, c)
			}
			if c.lemma == lemmaTurnOn || c.lemma == lemmaLeanOn || c.lemma == lemmaBrought || c.lemma == lemmaSells || c.lemma == lemmaLearnt {
				// "to stop leaning on Facebook", "did not bring us
				// any customers": a verb like a lexicon verb.
				c = s.negateCue(v, c)
			} else if withdrawals[c.lemma] && unmeant(v.negatorAt(c.lo)) {
				// "had no plans to take its other papers off X",
				// "never wanted to keep Ugandans off Facebook": a
				// withdrawal nobody means to make or urges.
				c.weight *= p.weakNegFlip
				c.negated = true
			} else if withdrawals[c.lemma] && v.refusedWithdrawal(c.lo) {
				// "I wouldn't take the ministry off X": refusing to
				// go is staying, as with a lexicon verb.
				c.weight *= p.negFlip
				c.negated = true
			}
			cs, c = opposeWithdrawal(v, cs, c, c.weight, p.negFlip)
			cs = append(cs, c)
			i = c.hi - 1
			continue
		}
		if negators[v.low[i]] && nounPhraseOpeners[v.low[i]] {
			// "no use", "not much use": a cue phrase that holds its
			// own negator.
			if c, ok := s.matchAt(v, i); ok && c.hi-c.lo > 1 {
				cs = append(cs, c)
				i = c.hi - 1
			}
			continue
		}
		// A report verb is no cue, except where it insists ("insisted
		// on X") or writes off ("had written off Facebook years ago").
		// "warned members about X" and "called out" stay reports: as
		// cues they faulted neutral records over the dev articles.
		if v.ent[i] >= 0 || negators[v.low[i]] || v.in(i, wcReport) && !v.insistsOn(i) && !v.writesOff(i) {
			continue
		}
		c, ok := s.matchAt(v, i)
		if !ok || v.misjudgedAt(i) || v.rejectsClaim(i) || v.cityBlocks(i) || v.permitted(i) {
			continue
		}
		if v.unchosenMove(c) {
			c.weight = 0
		}
		w0 := c.weight
		c = s.negateCue(v, c)
		if c.weight < 0 && !c.negated {
			if r := v.disputedBlame(c); r >= 0 {
				// "thought the school was blaming Snapchat for
				// ...": the one who reports the blame disputes it,
				// and "accused ministers of blaming TikTok" charges
				// the ministers, not TikTok.
				c.weight = -c.weight
				c.by = r + 1
				for k := range cs {
					if cs[k].lo == r && cs[k].lemma == "accuse" {
						cs[k].weight = 0
					}
				}
			}
		}
		if v.deniedReason(c) || v.deniedCharge(c) {
			// "not because Tinder is wicked", "Nobody's saying
			// TikTok is evil"
			c.weight = 0
		}
		cs, c = opposeWithdrawal(v, cs, c, w0, p.negFlip)
		if c.lo >= 2 && (v.low[c.lo-2] == "rather" && v.low[c.lo-1] == "than" || v.low[c.lo-2] == "instead" && v.low[c.lo-1] == "of") && c.weight > 0 {
			// "keep streaming on Twitch rather than move to YouTube":
			// the rejected alternative.
			c.weight *= p.negFlip
			c.negated = true
		}
		if c.lemma == "wrong" && c.weight < 0 && v.ownError(c.lo) {
			// "I was wrong about TikTok", "the Discord is where I find
			// out I'm wrong": the speaker's error, owned, credits what
			// showed it.
			c.weight = -c.weight
		}
		if c.weight > 0 && !c.negated && returnCues[c.lemma] && v.onCondition() {
			// "would go back to Facebook in a heartbeat if it starts
			// selling tickets again": a return on a condition is no
			// choice made yet. Gold over the dev articles: neutral 7,
			// endorsed 0; a refused return ("would not go back ...
			// even if") stays negated.
			c.weight = 0
		}
		if v.difficultTo(c) {
			// "it is the hardest to defend", "hard to trust": the
			// difficulty reverses the act; "hard to leave" praises.
			c.weight = -c.weight
		}
		if c.weight < 0 && (c.pos == 'N' || c.pos == 'J') && v.countered(c.lo) >= 0 {
			// "would keep fighting hate", "tools to combat
			// misinformation": the harm is what is fought, and the
			// fighter no worse for it.
			c.weight = 0
		}
		if c.weight < 0 && c.pos == 'V' && counterVerbs[v.low[c.lo]] && v.harmAhead(c.hi, c.hi+2) {
			// "fighting hate": the fight is no charge.
			c.weight = 0
		}
		if c.weight > 0 && (c.pos == 'N' || c.pos == 'J') && (v.servesBad(c.hi) || c.pos == 'N' && v.badOwner(c.lo)) {
			// "a haven for scammers", "popular with extremists", "a
			// scammer's paradise": what it serves makes the praise a
			// charge.
			c.weight = -c.weight
		}
		if v.helpDesk(c) {
			// "support questions", "Brambling's support happened on a
			// Discord server", "The claimants are supported by the
			// union": help given or received, no side taken.
			c.weight = 0
		}
		if c.weight > 0 && c.lemma == "popular" && v.popularWith(c) {
			// "Rumble, the video site popular with conservative
			// audiences", "his most popular video": who likes a
			// service, or which of one's own posts did best, is
			// description.
			c.weight = 0
		}
		if v.lostByPeople(c.lo) {
			// "where many families remember the people they have
			// lost", "a group for people who had lost a spouse":
			// people's own losses, which the place is for.
			c.weight = 0
		}
		if v.withheldReason(c.lo) {
			// "I don't blame Snapchat for a student who cheats",
			// "Reddit, which I do not blame for the worst night": the
			// reason of a blame withheld is no charge either.
			c.weight = 0
		}
		if c.lemma == "blame" && c.lo >= 3 && v.low[c.lo-3] == "more" && v.low[c.lo-2] == "than" {
			// "I do not blame Reddit for that, any more than I blame
			// the hotel for its carpet": the blame compared is as
			// withheld as the first.
			c.weight = 0
		}
		if c.weight < 0 && v.moderatedPresence(c.lo) {
			// "after his Kick account was suspended", "whose
			// Instagram account was hacked": what befell an account
			// is news, nobody's stance toward where it was.
			c.weight = 0
		}
		if v.undecided(c.lo) || v.unsaid(c.lo) && v.negatedStandard(c.lo) == "" {
			// "will decide whether to recommend Vimeo": an open
			// question, no stance yet; "I never said Nextdoor was
			// evil": a judgment denied, not the opposite one ("I
			// can't think of a better place than X" denies that
			// anything beats X).
			c.weight = 0
		}
		if v.cond[c.lo] {
			// "If the audience comes back to Facebook, we'll come
			// back too": a condition supposes, it does not judge.
			c.weight *= p.condDamp
		}
		cs = append(cs, c)
		i = c.hi - 1
	}
	for k := range cs {
		// keepUsing's one-word cue is an account kept ("will keep its
		// page on X"); "keep posting on X" spans the use verb too.
		if cs[k].lemma == "keep using" && (cs[k].hi == cs[k].lo+1 || v.planned(cs[k].lo)) && !v.keptFor(cs, cs[k]) {
			// "The Chronicle will keep its Facebook page, which has
			// about 86,000 followers": an account kept, and no word of
			// why, is news of the plan, not a judgment.
			cs[k].weight = 0
		}
	}
	for k := range cs {
		if v.weighedAct(cs[k]) {
			// "leaving X would mean not knowing where anyone is":
			// weighing what an act costs argues against it.
			cs[k].weight = -cs[k].weight
		}
	}
	if q := v.openQuestion(); q >= 0 {
		// "Have you tried Threads?", "Where did you go instead of X?":
		// a question asks and judges nothing ("I prefer Signal
		// myself; do you?" states before it asks).
		for k := range cs {
			if cs[k].lo >= q {
				cs[k].weight = 0
			}
		}
	}
	return v.flipIrony(v.endedState(v.limitPraise(v.whereJoke(cs))))
}

// ownError reports a first-person subject and a linking verb right before
// token i: "I was (wrong)", "we were", "I'm".
func (v *sentView) ownError(i int) bool {
	if i < 2 {
		return false
	}
	switch v.low[i-1] {
	case "was", "were", "am", "'m", "are", "'re":
	default:
		return false
	}
	return v.low[i-2] == "i" || v.low[i-2] == "we"
}

// planned reports a "will" or "would" right before token i: "the city will
// keep posting road closures on Nextdoor" announces a plan.
func (v *sentView) planned(i int) bool {
	if i == 0 {
		return false
	}
	switch v.low[i-1] {
	case "will", "would", "'ll":
		return true
	}
	return false
}

// keptFor reports a reason or a judgment beside the account kept by cue c:
// another stance in the sentence, a "because" or "despite", a quotation, a
// "where" beside a view reported ("where it said reach still mattered",
// "which Bright said was where new walkers find it"), or a "still" that
// keeps it against the tide ("will still keep its account on Instagram").
// A "where" that says what is posted or who follows there ("where it posts
// trailers", "where she has 1.2 million followers") describes the account
// and gives no reason, and so does a quotation that opens with "for"
// ("for regatta results, “for the grandparents”"): whom it is kept for.
func (v *sentView) keptFor(cs []cue, c cue) bool {
	for k := c.lo - 1; k >= 0 && k >= c.lo-2; k-- {
		if v.low[k] == "still" {
			return true
		}
	}
	for _, o := range cs {
		if o.lo != c.lo && o.weight != 0 {
			return true
		}
	}
	for k := c.hi; k < v.n; k++ {
		if isQuote(v.low[k]) && k+1 < v.n && v.low[k+1] == "for" {
			// a quotation that opens with "for" names only a purpose:
			// "would keep its Facebook page for regatta results, “for
			// the grandparents”". Go on from its closing mark.
			for k += 2; k < v.n && !isQuote(v.low[k]); k++ {
			}
			continue
		}
		if w := v.low[k]; w == "because" || w == "despite" || isQuote(w) {
			return true
		}
		if v.low[k] == "where" {
			for j := max(c.hi, k-3); j < v.n && j <= k+3; j++ {
				switch v.low[j] {
				case "said", "says", "say", "believes", "believe", "thinks", "think", "argues", "argued":
					return true
				}
			}
		}
	}
	return false
}

// consequenceVerbs weigh an act by what it brings: "leaving X would mean
// not knowing ...", "banning Discord would have cost me my friends".
var consequenceVerbs = map[string]bool{"mean": true, "means": true, "meant": true, "cost": true, "costs": true}

// weighedAct reports an act named as a gerund subject whose consequence the
// sentence then weighs ("said leaving X meant giving up the room where the
// arguments happen", "Moving the alerts to WhatsApp would mean moving them
// to the one place my patients aren't"); an act whose good result is named
// ("banning Instagram would have saved me a year") is not weighed so.
func (v *sentView) weighedAct(c cue) bool {
	i := c.lo
	if v.tag[i] != "VBG" && !(v.tag[i] == "NN" && strings.HasSuffix(v.low[i], "ing")) {
		// The tagger calls a gerund after a semicolon a noun.
		return false
	}
	for k := c.lo; k < c.hi; k++ {
		if v.ent[k] >= 0 {
			// "leaving X was a bit of theatre": a construction
			// that already weighs the act.
			return false
		}
	}
	if i > 0 {
		switch v.low[i-1] {
		case ",", ";", ":", "and", "but", "that", "said", "says":
		default:
			if !isQuote(v.low[i-1]) {
				return false
			}
		}
	}
	object := false // "that leaving would cost them work" leaves nothing named
	for k := c.hi; k < v.n && k <= c.hi+8 && v.clause[k] == v.clause[i]; k++ {
		switch {
		case consequenceVerbs[v.low[k]]:
			// "quitting X meant nothing to me" weighs nothing.
			return object && (k+1 >= v.n || v.low[k+1] != "nothing" && v.low[k+1] != "little")
		case perfectAux[v.low[k]] || v.tag[k] == "MD":
		case v.isVerb(k):
			// "leaving X was a bit of theatre that would cost":
			// the cost is another clause's.
			return false
		default:
			object = true
		}
	}
	return false
}

// perfectAux stand between a modal and its verb: "would have cost".
var perfectAux = map[string]bool{"have": true, "has": true, "had": true, "be": true, "been": true}

// tagAux are the auxiliaries of a tag question ("..., didn't it?").
var tagAux = map[string]bool{
	"do": true, "does": true, "did": true, "is": true, "was": true, "are": true,
	"were": true, "has": true, "have": true, "had": true, "can": true,
	"could": true, "will": true, "wo": true, "would": true, "should": true, "ca": true,
}

// openQuestion returns the first token of the question a sentence ends
// with, after its last semicolon or colon, or -1 when it states: it ends
// without a question mark or with doubled marks ("??", "!?"), in a tag
// question ("Your firm closed its X account, didn't it?" states the
// closing) or asks "why" ("so why does everyone talk like that on
// LinkedIn?" is a complaint).
func (v *sentView) openQuestion() int {
	e := v.n - 1
	for e >= 0 && isQuote(v.low[e]) {
		e--
	}
	if e < 1 || v.low[e] != "?" || v.low[e-1] == "?" || v.low[e-1] == "!" {
		// "... and i can't remove stocks??": doubled marks exclaim.
		return -1
	}
	q := 0
	for k := 0; k < e; k++ {
		switch v.low[k] {
		case "why":
			return -1
		case ";", ":":
			q = k + 1
		}
	}
	for k := e - 1; k >= 1 && k >= e-4; k-- {
		if v.low[k] == "," && tagAux[v.low[k+1]] {
			return -1
		}
	}
	return q
}

// trustAndSafety returns the end of "trust and safety" ("trust & safety")
// at i, or i.
func (v *sentView) trustAndSafety(i int) int {
	if i+2 < v.n && v.low[i] == "trust" && (v.low[i+1] == "and" || v.low[i+1] == "&") && v.low[i+2] == "safety" {
		return i + 3
	}
	return i
}

// plainOpposite are the verbs and phrases whose plain negation is their
// opposite, where "did not endorse X" only withholds a stance: liking ("I
// don't like X", "parents don't trust X", "nobody misses X"), going back
// ("would not go back to Facebook", "won't return to X") and agreeing ("X
// was not in line with our values", "not in favour of X").
var plainOpposite = map[string]bool{
	"like": true, "love": true, "trust": true, "enjoy": true, "appreciate": true,
	"miss": true, "go back to": true, "go back on": true, "come back to": true, "return to": true,
	"in line with": true, "in favor of": true, "in favour of": true, lemmaLearnt: true,
	"keen on": true, "fond of": true, "fan of": true, "enthusiastic about": true,
	"convinced by": true, "convert to": true,
}

// difficulty adjectives before a to-infinitive cue reverse it.
var difficulty = map[string]bool{
	"hard": true, "harder": true, "hardest": true, "difficult": true,
	"impossible": true, "tough": true, "tougher": true,
}

// misjudged words fault the act that follows them ("wrong to leave X",
// "foolish to delete it"); the departure they fault is defended against.
var misjudged = map[string]bool{
	"wrong": true, "foolish": true, "mistake": true, "silly": true,
	"stupid": true, "unwise": true, "premature": true, "naive": true,
	"crazy": true, "madness": true, "error": true, "mad": true, "daft": true,
	"insane": true, "absurd": true, "ridiculous": true, "reckless": true,
}

// againstVerbs advise against an act: "warn against blaming the apps".
var againstVerbs = forms(map[string]bool{"warn": true, "caution": true, "advise": true})

// unsaid reports a cue at i in what a negated report verb denies saying:
// "I never said Nextdoor was evil", "we are not saying TikTok is bad".
func (v *sentView) unsaid(i int) bool {
	for j := i - 1; j >= 1 && j >= i-8; j-- {
		w := v.low[j]
		if isPunctBoundary(w) || w == "," || w == "but" || isQuote(w) {
			return false
		}
		if !v.in(j, wcReport) || !v.isVerb(j) {
			continue
		}
		if j >= 2 && v.low[j-1] == "to" && reluctance[v.low[j-2]] {
			// "I'm not embarrassed to say that TikTok is our best
			// tool": the negation denies the reluctance, and the
			// saying stands.
			return false
		}
		reach := 3
		if v.low[j-1] == "to" {
			// "I'm not standing here to tell anyone that X is evil",
			// "not going to say": the negation of what the saying is
			// for.
			reach = 5
		}
		for k := j - 1; k >= 0 && k >= j-reach; k-- {
			if w := v.low[k]; w == "never" || w == "not" || w == "n't" {
				return true
			}
		}
		return false
	}
	return false
}

// reluctance words hold back a report verb's infinitive ("afraid to say");
// a negator before them ("not afraid to say") denies the holding back.
var reluctance = map[string]bool{"afraid": true, "ashamed": true, "embarrassed": true, "shy": true, "scared": true}

// cityBlocks reports "blocks" as a distance or a place at i: "lives four
// blocks away", "a few city blocks", "the tenants in our largest block",
// "60 block captains". A noun "block" is a measure only against what
// follows it ("the block on X"); alone ("until the block is lifted") it
// reports the measure and judges nothing.
func (v *sentView) cityBlocks(i int) bool {
	if v.low[i] != "blocks" && v.low[i] != "block" {
		return false
	}
	if strings.HasPrefix(v.tag[i], "NN") && (i+1 >= v.n || v.low[i+1] != "on" && v.low[i+1] != "of" && v.low[i+1] != "against") {
		return true
	}
	if i == 0 {
		return false
	}
	switch p := v.low[i-1]; {
	case v.tag[i-1] == "CD", p == "few", p == "several", p == "city":
		return true
	}
	return false
}

// misjudgedAt reports a misjudging word at i that faults a departure
// after it ("wrong to leave"); it carries no stance of its own there.
func (v *sentView) misjudgedAt(i int) bool {
	if !misjudged[v.low[i]] || i+2 >= v.n || v.low[i+1] != "to" || !v.isVerb(i+2) {
		return false
	}
	for _, e := range v.sc.cues[v.low[i+2]] {
		if e.weight < 0 {
			return true
		}
	}
	return false
}

// permitted reports a "welcome to" at i that gives leave to do something:
// "players were welcome to start servers on Discord", "he's welcome to
// it". It grants leave, and praises nothing.
func (v *sentView) permitted(i int) bool {
	return v.low[i] == "welcome" && i+2 < v.n && v.low[i+1] == "to" && (v.isVerb(i+2) || v.tag[i+2] == "PRP")
}

// withdrawals are the acts of leaving, dropping or shutting out a platform;
// opposing one defends the platform (opposedAct).
var withdrawals = map[string]bool{
	"leave": true, "abandon": true, "quit": true, "ditch": true, "flee": true,
	"drop": true, "dump": true, "shun": true, "boycott": true, "delete": true,
	"ban": true, "block": true, "shut down": true, "log off": true,
	"turn away from": true, "move away from": true, "walk away from": true,
	"step back from": true, "step away from": true, "drift away from": true,
	"pull out of": true, "give up on": true, "give up": true, "cut ties with": true,
	"stop using": true, lemmaMoveOff: true, lemmaClose: true,
	"come off": true, "get off": true,
}

// opposers object to the act that follows them: "opposed leaving X",
// "disagreed with the decision to stop posting on X", "regretted quitting".
var opposers = forms(map[string]bool{
	"oppose": true, "object": true, "disagree": true, "regret": true,
	"criticize": true, "criticise": true, "condemn": true, "reject": true,
	"resist": true, "protest": true, "lament": true, "mourn": true,
	"decry": true, "deplore": true, "denounce": true, "fight": true,
	"challenge": true, "question": true, "bemoan": true, "rue": true,
	"opposition": true, "objection": true, "criticism": true,
})

// approvers agree with the act that follows them: "agreed with leaving
// X", "supported quitting X"; denied, they oppose it.
var approvers = forms(map[string]bool{
	"agree": true, "support": true, "approve": true, "welcome": true, "endorse": true, "back": true,
})

// actNouns name a planned act by its to-infinitive: "the decision to
// leave X", "a proposal to abandon X".
var actNouns = map[string]bool{
	"decision": true, "move": true, "plan": true, "plans": true, "proposal": true,
	"proposals": true, "idea": true, "call": true, "calls": true, "push": true,
	"bid": true, "vote": true, "attempt": true, "choice": true, "order": true,
	"suggestion": true, "suggestions": true, "motion": true, "policy": true,
}

// sorrowWords regret what they see happen: "sorry to see the pictures
// leave Facebook".
var sorrowWords = map[string]bool{"sorry": true, "sad": true, "sadder": true, "saddened": true}

// opposedAct returns the word that opposes the withdrawal cue c, or -1:
// "opposed leaving X", "disagreed with the decision to stop posting on X",
// "rejected a proposal to abandon X", "warned other charities against
// abandoning X", "sorry to see the pictures leave X". Opposing the
// withdrawal defends the platform; an opposition itself negated ("had no
// regrets about leaving X") is reported as such.
func (v *sentView) opposedAct(c cue) (opp int, negated bool) {
	i := c.lo
	gerund := strings.HasPrefix(v.tag[i], "VBG") || strings.HasSuffix(v.low[i], "ing")
	if !withdrawals[c.lemma] || i < 2 || c.pos != 'V' && c.pos != 'O' && !gerund {
		return -1, false
	}
	opp = -1
	switch k := i - 1; {
	case v.low[k] == "against" && gerund:
		switch v.low[k-1] {
		case "protect", "protects", "protected", "protecting", "guard", "guards",
			"guarded", "guarding", "insure", "insured", "hedge", "rules":
			return -1, false
		}
		opp = k
		for j := k - 1; j >= 0 && j >= k-5 && v.clause[j] == v.clause[k] && !isPunctBoundary(v.low[j]); j-- {
			if v.isVerb(j) {
				// "warned other charities against abandoning X":
				// the one who warns opposes.
				opp = j
				break
			}
		}
	case v.low[k] == "to" && k >= 2 && actNouns[v.low[k-1]]:
		// "[opposed] [with] [the] decision to leave"
		j := k - 2
		for j >= 0 && j >= k-4 && (v.tag[j] == "DT" || v.tag[j] == "PRP$" || strings.HasPrefix(v.tag[j], "JJ") || v.tag[j] == "POS") {
			j--
		}
		if j >= 0 && isPreposition(v.low[j]) {
			j--
		}
		if j >= 0 && opposers[v.low[j]] {
			opp = j
		}
	case gerund:
		// "opposed leaving", "objected to quitting", "regrets about
		// deleting"
		j := k
		if isPreposition(v.low[j]) {
			j--
		}
		if opposers[v.low[j]] {
			opp = j
		}
		if approvers[v.low[j]] {
			// "agreed with leaving X" is the departure's own;
			// "not every rider agreed with leaving X" opposes it.
			return j, v.negatorAt(j) == ""
		}
	}
	if opp < 0 {
		// "sorry to see the pictures leave X", "sad to see clubs leaving"
		for j := i - 1; j >= 2 && j >= i-6; j-- {
			if v.low[j] == "see" && v.low[j-1] == "to" && sorrowWords[v.low[j-2]] {
				opp = j - 2
				break
			}
			if v.ent[j] >= 0 || v.isVerb(j) || isPunctBoundary(v.low[j]) || isQuote(v.low[j]) {
				break
			}
		}
	}
	if opp < 0 {
		return -1, false
	}
	return opp, v.negatorAt(opp) != ""
}

// passiveAux are the auxiliaries of a passive: "was suspended", "had been
// removed", "got hacked".
var passiveAux = map[string]bool{
	"is": true, "are": true, "was": true, "were": true, "be": true, "been": true,
	"being": true, "get": true, "gets": true, "got": true, "gotten": true,
}

// moderatedPresence reports a participle at i that tells what was done to
// an account, page or channel, with no user named as the doer: "his Kick
// account was suspended", "whose Instagram account was hacked", "the
// WhatsApp group at the center of the lawsuit was deleted", "had seen
// their pages removed from Facebook". A platform that did it acted; one
// the account was on is where it happened. "The club's page was closed by
// its committee" names the doer, and is left to the other rules.
func (v *sentView) moderatedPresence(i int) bool {
	if v.tag[i] != "VBN" && v.tag[i] != "VBD" || !v.sc.actor[v.low[i]] && v.low[i] != "hacked" {
		return false
	}
	for k := i + 1; k < v.n && k <= i+3; k++ {
		if v.low[k] == "by" {
			return false
		}
	}
	j := i - 1
	for j >= 0 && (v.low[j] == "not" || v.low[j] == "never" || strings.HasPrefix(v.tag[j], "RB")) {
		j--
	}
	if j < 0 {
		return false
	}
	if presenceNouns[v.low[j]] {
		// "their pages removed from Facebook"
		return true
	}
	if !passiveAux[v.low[j]] {
		return false
	}
	for k := j - 1; k >= 0 && k >= j-8; k-- {
		w := v.low[k]
		if presenceNouns[w] {
			return true
		}
		if passiveAux[w] || w == "has" || w == "had" || w == "have" {
			continue
		}
		if v.isVerb(k) || isPunctBoundary(w) || isQuote(w) {
			return false
		}
	}
	return false
}

// opposeWithdrawal reverses the withdrawal cue c, of weight w before any
// negation, when a word before it opposes it (opposedAct): the opposition
// defends the platform, the opposing word carries no stance of its own
// toward it, and the one who opposes holds the cue. An opposition itself
// negated ("had no regrets about leaving X") carries none either: the
// withdrawal stands.
func opposeWithdrawal(v *sentView, cs []cue, c cue, w, flip float64) ([]cue, cue) {
	opp, negated := v.opposedAct(c)
	if opp < 0 {
		return cs, c
	}
	kept := cs[:0]
	for _, o := range cs {
		if o.hi <= opp || o.lo > opp {
			kept = append(kept, o)
		}
	}
	if negated {
		// the negator is the opposition's ("no regrets about"), not
		// the withdrawal's
		c.weight, c.negated = w, false
		return kept, c
	}
	c.by = opp + 1
	c.weight = w * flip
	c.negated = true
	return kept, c
}

// rejectsClaim reports "rejected the idea that", "disputed claims that"
// at j: the claim after it is denied as "denied that" denies it.
func (v *sentView) rejectsClaim(j int) bool {
	switch v.low[j] {
	case "reject", "rejects", "rejected", "rejecting", "dismiss", "dismisses", "dismissed",
		"dismissing", "dispute", "disputes", "disputed", "disputing":
	default:
		return false
	}
	for k := j + 1; k < v.n && k <= j+4; k++ {
		switch v.low[k] {
		case "that":
			return k > j+1
		case "the", "any", "suggestions", "suggestion", "idea", "ideas", "claim", "claims",
			"notion", "accusation", "accusations", "charge", "charges", "allegation", "allegations",
			"view", "criticism", "argument":
		default:
			return false
		}
	}
	return false
}

// difficultTo reports a verb cue after "hard to", "impossible to": "hard
// to trust", "the hardest to defend". Surpassing is the exception: "hard
// to beat" praises as "beats" does.
func (v *sentView) difficultTo(c cue) bool {
	i := c.lo
	if c.pos != 'V' || i < 2 || v.low[i-1] != "to" {
		return false
	}
	if misjudged[v.low[i-2]] {
		// "wrong to leave Facebook", "a mistake to quit X": faulting
		// the departure defends the platform.
		return c.weight < 0
	}
	if !difficulty[v.low[i-2]] {
		return false
	}
	switch c.lemma {
	case "beat", "outclass", "outperform":
		return false
	}
	return true
}

// badClients are what a service is faulted for serving: "a haven for
// scammers", "popular with extremists", "a favourite of trolls".
var badClients = map[string]bool{
	"scammers": true, "fraudsters": true, "criminals": true, "extremists": true,
	"predators": true, "trolls": true, "bots": true, "spammers": true,
	"terrorists": true, "traffickers": true, "dealers": true, "hackers": true,
	"racists": true, "militants": true, "abusers": true, "bullies": true,
	"conspiracy": true, "scams": true, "spam": true, "misinformation": true,
	"disinformation": true, "harassment": true, "abuse": true, "hate": true,
	"propaganda": true, "fraud": true, "extremism": true, "piracy": true,
}

// counterVerbs act against their object: "fight hate", "combat
// misinformation", "measures against abuse".
var counterVerbs = forms(map[string]bool{
	"fight": true, "combat": true, "tackle": true, "counter": true, "curb": true,
	"prevent": true, "reduce": true, "stamp": true, "root": true, "against": true,
	"remove": true, "clear": true, "spot": true, "catch": true, "detect": true,
	"weed": true,
})

// countered returns the counter verb (or "against") that governs the noun
// or adjective at i, at most two modifiers before it ("fighting online
// hate"), or -1.
func (v *sentView) countered(i int) int {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if counterVerbs[v.low[k]] && (v.isVerb(k) || v.low[k] == "against") {
			return k
		}
		if v.ent[k] >= 0 || isPunctBoundary(v.low[k]) || !strings.HasPrefix(v.tag[k], "JJ") && !strings.HasPrefix(v.tag[k], "NN") && v.tag[k] != "DT" && v.low[k] != "out" {
			return -1
		}
	}
	return -1
}

// helpNouns make "support" a help desk: "support questions", "support
// staff".
var helpNouns = map[string]bool{
	"question": true, "questions": true, "desk": true, "desks": true,
	"service": true, "services": true, "ticket": true, "tickets": true,
	"team": true, "teams": true, "staff": true, "request": true, "requests": true,
	"queries": true, "agent": true, "agents": true, "line": true, "lines": true,
}

// helpDesk reports a "support" cue c that takes no side: before a
// helpNouns word ("support questions", "fake support desks"), after a
// possessive and not before "for" or "of" ("Brambling's support happened
// on a Discord server", but "the group's support for Telegram"), or the
// passive "supported by".
func (v *sentView) helpDesk(c cue) bool {
	i := c.lo
	next := ""
	if i+1 < v.n {
		next = v.low[i+1]
	}
	switch v.low[i] {
	case "support":
		return helpNouns[next] || i > 0 && (v.tag[i-1] == "PRP$" || v.tag[i-1] == "POS") && next != "for" && next != "of"
	case "supported":
		return next == "by" && i > 0 && auxiliaries[v.low[i-1]]
	}
	return false
}

// popularWith reports a "popular" cue c that describes: followed by
// "with" or "among" ("popular with gamers") in a sentence with no
// concession, or after a possessive and any "most" ("its most popular
// post", "the alliance's most popular video").
func (v *sentView) popularWith(c cue) bool {
	if c.hi < v.n && (v.low[c.hi] == "with" || v.low[c.hi] == "among") {
		// Set against a concession it is a verdict: "Despite the
		// missteps, Threads remains popular with brands".
		return !slices.Contains(v.conc, true)
	}
	k := c.lo - 1
	if k >= 0 && v.low[k] == "most" {
		k--
	}
	return k >= 0 && (v.tag[k] == "PRP$" || v.tag[k] == "POS")
}

// lostByPeople reports "lost" at i in a relative clause whose subject is
// "who" (whoBefore) or a pronoun right after a noun ("people who had lost
// a spouse", "the dog they lost", "the people they've lost"): what people
// lost, and no loss to a platform, which "lost an evening to Discord"
// would be.
func (v *sentView) lostByPeople(i int) bool {
	if v.low[i] != "lost" {
		return false
	}
	for j := i + 1; j < v.n && j <= i+5; j++ {
		if v.low[j] == "to" {
			return false
		}
	}
	if v.whoBefore(i) >= 0 {
		return true
	}
	k := i - 1
	for k > 0 && (auxiliaries[v.low[k]] || strings.HasPrefix(v.tag[k], "RB")) {
		k--
	}
	return k > 0 && v.tag[k] == "PRP" && strings.HasPrefix(v.tag[k-1], "NN")
}

// servesBad reports a for/with/among/of phrase at j whose noun is a bad
// client: "haven for [online] scammers". Adjectives and determiners may
// come between; a verb, a name or punctuation ends the phrase ("useful for
// fighting spam" serves no spammer).
func (v *sentView) servesBad(j int) bool {
	if j >= v.n {
		return false
	}
	switch v.low[j] {
	case "for", "with", "among", "of":
	default:
		return false
	}
	return v.harmAhead(j+1, j+4)
}

// badOwner reports a bad client's possessive right before the noun at i:
// "a scammer's paradise", "a troll's dream", "the spammers' paradise".
func (v *sentView) badOwner(i int) bool {
	if i < 2 || v.tag[i-1] != "POS" {
		return false
	}
	w := v.low[i-2]
	return badClients[w] || badClient1[w]
}

// badClient1 holds the singulars of the plural badClients ("scammer",
// "troll"), for badOwner.
var badClient1 = func() map[string]bool {
	m := map[string]bool{}
	for w := range badClients {
		if stem, ok := strings.CutSuffix(w, "ies"); ok {
			m[stem+"y"] = true // "bullies": "a bully's paradise"
		} else if one, ok := strings.CutSuffix(w, "s"); ok {
			m[one] = true
		}
	}
	return m
}()

// harmAhead reports a bad client or harm among tokens from..last, reached
// over adjectives, nouns and determiners only: the object of "a haven for
// [the] scammers" or of "fighting [online] hate".
func (v *sentView) harmAhead(from, last int) bool {
	for k := from; k < v.n && k <= last; k++ {
		if badClients[v.low[k]] {
			return true
		}
		if v.ent[k] >= 0 || v.isVerb(k) || isPunctBoundary(v.low[k]) || !strings.HasPrefix(v.tag[k], "JJ") && !strings.HasPrefix(v.tag[k], "NN") && v.tag[k] != "DT" {
			return false
		}
	}
	return false
}

// neverBetter reports a negated comparative with nothing after it to
// compare with: "it has never looked better", "could not be better", "have
// never been more grateful" praise rather than deny. Measured against
// itself it still does ("has never been better than it is now"); against
// another ("has never been better than B", "never seen a better
// community than B") it does not match.
func (v *sentView) neverBetter(i int) bool {
	if t := v.thanAfter(i); t >= 0 && !v.selfStandard(t) {
		return false
	}
	if i > 0 && (v.low[i-1] == "more" || v.low[i-1] == "so") && posOf(v.tag[i]) == 'J' {
		// "I have never been more grateful", "never been so glad"
		i--
	} else if v.tag[i] != "JJR" && v.tag[i] != "RBR" {
		return false
	}
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		switch v.low[j] {
		case "never":
			return true
		case "not", "n't":
			return j > 0 && (v.low[j-1] == "could" || v.low[j-1] == "can" || v.low[j-1] == "ca")
		}
	}
	return false
}

// thanAfter returns the "than" of a comparative at i, within eight words
// of it in its clause and before any punctuation ("a better place to
// start than"), or -1.
func (v *sentView) thanAfter(i int) int {
	for k := i + 1; k < v.n && k <= i+8 && v.clause[k] == v.clause[i]; k++ {
		if v.low[k] == "than" {
			return k
		}
		if isPunctBoundary(v.low[k]) || endMarks[v.low[k]] {
			break
		}
	}
	return -1
}

// selfStandard reports a "than" at t that compares its subject with
// itself at another time: "than it is now", "than they were", "than
// ever", "than before".
func (v *sentView) selfStandard(t int) bool {
	if t+1 >= v.n {
		return false
	}
	switch v.low[t+1] {
	case "it", "they", "this", "ever", "now", "today", "before":
		return true
	}
	return false
}

// negatedStandard returns the negation that makes the standard of a
// comparative at i (the name after its "than") the best or the worst of
// all: a clause whose subject is nobody ("Nobody does live sport better
// than B", "No app handles calls better than B", "There is no safer
// place than B"), or a negated finding of anything that beats it ("I
// have never seen a better community than B", "I can't think of a worse
// app than B"). It returns "" when there is no "than", no name right
// after it, or no such negation.
func (v *sentView) negatedStandard(i int) string {
	if !v.comparative(i) && v.tag[i] != "RBR" {
		// prose tags "better" after a verb's object RBR: "does live
		// sport better than".
		return ""
	}
	t := v.thanAfter(i)
	if t < 0 || !v.nameAfterThan(t) {
		// "nobody has ever explained it to me better than a
		// stranger there did": what wins is no name.
		return ""
	}
	k := i - 1
	if k >= 0 && (v.low[k] == "more" || v.low[k] == "less") {
		k--
	}
	if k >= 1 && (v.low[k] == "a" || v.low[k] == "an" || v.low[k] == "any") {
		for j := k - 1; j >= 0 && j >= k-4 && v.clause[j] == v.clause[i]; j-- {
			w := v.low[j]
			if w == "never" || weakNegators[w] {
				return w
			}
			if !v.isVerb(j) && w != "of" && w != "ever" && w != "yet" {
				break
			}
		}
	}
	o := v.clauseFirst(i)
	if o+2 < i && v.low[o] == "there" && linkVerbs[v.low[o+1]] {
		o += 2
	}
	if o+1 >= i {
		return ""
	}
	switch w := v.low[o]; w {
	case "nobody", "nothing", "neither":
		return w
	case "none":
		if v.low[o+1] == "of" {
			return w
		}
	case "no":
		switch n := v.low[o+1]; {
		case n == "one" || n == "other":
			return w
		case n == "wonder" || n == "doubt" || n == "matter" || n == "question":
			// "No wonder B is better than ...": no denial.
		case strings.HasPrefix(v.tag[o+1], "NN") || strings.HasPrefix(v.tag[o+1], "JJ"):
			return w
		}
	}
	return ""
}

// nameAfterThan reports a name right after the "than" at t, or after a
// preposition or "the": "than B", "than on B", "than the B app".
func (v *sentView) nameAfterThan(t int) bool {
	for k := t + 1; k < v.n && k <= t+3; k++ {
		if v.ent[k] >= 0 {
			return true
		}
		if v.low[k] != "the" && !isPreposition(v.low[k]) {
			return false
		}
	}
	return false
}

// returnCues go back to a platform left before.
var returnCues = map[string]bool{"go back to": true, "come back to": true, "return to": true}

// onCondition reports an "if" or "unless" anywhere in the sentence that
// sets a condition: not "even if", which concedes, nor "as if".
func (v *sentView) onCondition() bool {
	for k := 0; k < v.n; k++ {
		if v.low[k] != "if" && v.low[k] != "unless" {
			continue
		}
		if k > 0 && (v.low[k-1] == "even" || v.low[k-1] == "as") {
			continue
		}
		return true
	}
	return false
}

// undecided reports a "whether" shortly before i in its clause.
func (v *sentView) undecided(i int) bool {
	for j := i - 1; j >= 0 && j >= i-6 && v.clause[j] == v.clause[i]; j-- {
		if v.low[j] == "whether" {
			return true
		}
	}
	return false
}

// stopUsing matches "stop(ped) posting on X", "ceased using X": giving up
// the use of a platform criticizes it as leaving does ("stops posting to
// Facebook"). "stop" is otherwise a negator.
func (v *sentView) stopUsing(i int) (cue, bool) {
	switch v.low[i] {
	case "stop", "stops", "stopped", "stopping", "cease", "ceases", "ceased", "ceasing", "quit", "quits", "quitting":
	default:
		return cue{}, false
	}
	if i+1 >= v.n || v.negatorAt(i) != "" {
		return cue{}, false
	}
	j := i + 1
	for j+1 < v.n && j <= i+2 && (v.low[j] == "all" || v.tag[j] == "JJ" || v.tag[j] == "VBN") {
		// "stopped all paid advertising on Facebook"
		j++
	}
	if !useVerbs[v.low[j]] {
		if !v.stoppedActOn(i + 1) {
			return cue{}, false
		}
		j = i + 1
	}
	if t := v.thereAfter(j + 1); t >= 0 {
		// "has stopped advertising there", "stopped posting anything
		// there": the platform named before.
		return cue{lo: i, hi: t + 1, lemma: lemmaStopThere, weight: -0.5, strong: true, pos: 'V'}, true
	}
	return cue{lo: i, hi: j + 1, lemma: "stop using", weight: -0.5, strong: true, pos: 'V'}, true
}

// thereAfter returns a "there" that names a place at most three words
// from k, with no name, verb or punctuation before it, or -1: "(stopped
// posting) anything there", not "there is".
func (v *sentView) thereAfter(k int) int {
	for t := k; t < v.n && t <= k+2; t++ {
		if v.low[t] == "there" {
			if t+1 < v.n && (auxiliaries[v.low[t+1]] || v.low[t+1] == "’s") {
				return -1
			}
			return t
		}
		if v.ent[t] >= 0 || v.isVerb(t) || isPunctBoundary(v.low[t]) || isQuote(v.low[t]) {
			return -1
		}
	}
	return -1
}

// stoppedActOn reports, for the gerund at k after "stop", a platform the
// act was done on or with, shortly after and before any other verb:
// "stopped buying ads on Facebook", "stop listing hikes on Meetup",
// "stopped studying Reddit", "stopped pointing patients towards Facebook
// groups". A gerund that is no act on a place ("stopped answering guests
// on WhatsApp after nine at night" is a limit) is the caller's to weigh.
// A stance verb with the name as its object ("stop supporting X") is the
// lexicon's, negated there; with another object ("stop picking teams on
// WhatsApp") it is an act like any other.
func (v *sentView) stoppedActOn(k int) bool {
	if !v.gerundAt(k) || v.ent[k] >= 0 {
		return false
	}
	if e, ok := v.lexiconEntryAt(k); ok {
		if end, _ := v.matchRest(k, e.rest); v.nameAt(end) {
			// "stop supporting X" is the lexicon's "support", negated.
			return false
		}
	}
	for m := k + 1; m < v.n && m <= k+6; m++ {
		if v.ent[m] >= 0 {
			w := v.low[m-1]
			if (v.tag[m-1] == "PRP$" || v.tag[m-1] == "DT") && m-2 > k {
				// "stopped running its competitions in its Facebook
				// group": the preposition before the determiner.
				w = v.low[m-2]
			}
			return m == k+1 || w == "on" || w == "to" || w == "from" || w == "for" || w == "towards" ||
				w == "toward" || w == "through" || w == "in" || w == "via" || v.tag[m-1] == "DT" && m == k+2
		}
		if v.isVerb(m) || isPunctBoundary(v.low[m]) || isQuote(v.low[m]) {
			return false
		}
	}
	return false
}

// nameAt reports a name at k, after at most a determiner or a possessive:
// "Facebook", "a Facebook page", "their Instagram accounts".
func (v *sentView) nameAt(k int) bool {
	if k < v.n && (v.tag[k] == "DT" || v.tag[k] == "PRP$") {
		k++
	}
	return k < v.n && v.ent[k] >= 0
}

// gerundAt reports a gerund at k, also one that prose tagged a noun, as
// it often does after "stop" ("will stop buying/NN ads on Facebook",
// "stop relying/NN on X"); "everything" and the like are no gerunds.
func (v *sentView) gerundAt(k int) bool {
	if v.tag[k] == "VBG" {
		return true
	}
	w := v.low[k]
	return v.tag[k] == "NN" && len(w) > 5 && strings.HasSuffix(w, "ing") && !strings.HasSuffix(w, "thing")
}

// noLongerUsing matches "no longer shares anything on X", "will no longer
// announce cash assistance on Telegram": a use given up where the platform
// is the place of the act criticizes it, as stopping does. "Go" and "find"
// name such a use too ("will no longer go up as a video on YouTube", "will
// no longer find the prices on Facebook"), and so does a passive ("must no
// longer be done in WhatsApp groups") unless it only says where a thing
// can be seen (goneFrom: "can no longer be found on YouTube"). A stance
// verb ("no longer trusts X") is the lexicon's, negated there, and a
// platform that is the verb's object is left to it.
func (v *sentView) noLongerUsing(i int) (cue, bool) {
	if v.low[i] != "no" || i+2 >= v.n || v.low[i+1] != "longer" || v.ent[i+2] >= 0 || v.lexiconAt(i+2) {
		return cue{}, false
	}
	from := i + 3
	switch w := v.low[i+2]; {
	case w == "go" || w == "find":
	case w == "be" && i+3 < v.n && v.tag[i+3] == "VBN" && !goneFrom[v.low[i+3]]:
		from = i + 4
	case !v.isContentVerb(i+2) && !v.mistaggedVerb(i+2):
		return cue{}, false
	}
	for k := from; k+1 < v.n && k <= i+8 && v.clause[k] == v.clause[i+2]; k++ {
		if v.ent[k] >= 0 || v.isVerb(k) || isPunctBoundary(v.low[k]) {
			return cue{}, false
		}
		if (placePreps[v.low[k]] || v.low[k] == "to") && v.ent[k+1] >= 0 {
			return cue{lo: i, hi: i + 3, lemma: "stop using", weight: -0.5, strong: true, pos: 'V'}, true
		}
	}
	return cue{}, false
}

// goneFrom are participles that say only where a thing can be had: "can
// no longer be found on YouTube" reports a removal, not a use given up.
var goneFrom = map[string]bool{
	"found": true, "seen": true, "viewed": true, "watched": true, "accessed": true,
	"reached": true, "heard": true, "bought": true,
}

// mistaggedVerb reports a verb after "no longer" that prose tagged a noun
// or an adjective: "no longer share/NN anything on WhatsApp", "no longer
// posts/NNS on X", "no longer arrange/JJ collections through Facebook". An
// adjective with a preposition after it is one ("no longer available on X").
func (v *sentView) mistaggedVerb(k int) bool {
	switch v.tag[k] {
	case "NN", "NNS":
		return true
	case "JJ":
		return k+1 < v.n && v.tag[k+1] != "IN" && v.tag[k+1] != "TO"
	}
	return false
}

// cutBackUsing matches "cut back on posting to X", "scaled back on
// streaming on X": using a platform less, as stopping does but milder.
func (v *sentView) cutBackUsing(i int) (cue, bool) {
	switch v.low[i] {
	case "cut", "cuts", "cutting", "scale", "scales", "scaled", "scaling":
	default:
		return cue{}, false
	}
	if i+3 >= v.n || v.low[i+1] != "back" || v.low[i+2] != "on" || !useVerbs[v.low[i+3]] || v.negatorAt(i) != "" {
		return cue{}, false
	}
	return cue{lo: i, hi: i + 4, lemma: "stop using", weight: -0.4, strong: true, pos: 'V'}, true
}

// useChange matches going on with, cutting back on or giving up the use of
// a platform at i (keepUsing, cutBackUsing, stopUsing).
func (v *sentView) useChange(i int) (cue, bool) {
	if c, ok := v.keepUsing(i); ok {
		return c, true
	}
	if c, ok := v.cutBackUsing(i); ok {
		return c, true
	}
	if c, ok := v.noLongerUsing(i); ok {
		return c, true
	}
	return v.stopUsing(i)
}

// keepUsing matches "keep(s) streaming on X", "continued posting to X",
// "will continue to use X": going on using a platform values it as
// staying on it does. A negated one ("would not keep using") is no cue.
func (v *sentView) keepUsing(i int) (cue, bool) {
	switch v.low[i] {
	case "keep", "keeps", "kept", "keeping", "continue", "continues", "continued", "continuing":
	default:
		return cue{}, false
	}
	k := i + 1
	if k+1 < v.n && v.low[k] == "to" && strings.HasPrefix(v.low[i], "continu") && useBase(v.low[k+1]) {
		k++
	} else if k < v.n && (v.low[k] == "running" || v.low[k] == "maintaining") && v.keptPresence(k+1) {
		// "will keep running the Discord server"
	} else if k < v.n && useVerbs[v.low[k]] {
		// "kept posting on X"
	} else if !strings.HasPrefix(v.low[i], "continu") && v.keptPresence(k) {
		// "will keep its official account on X" (one keeps an account;
		// one does not "continue" it)
		if v.habitualKeep(i) {
			return cue{}, false
		}
		k = i
	} else {
		return cue{}, false
	}
	if v.negatorAt(i) != "" {
		return cue{}, false
	}
	return cue{lo: i, hi: k + 1, lemma: "keep using", weight: 0.4, strong: true, pos: 'V'}, true
}

// habitualKeep reports an account kept as a standing fact, not chosen:
// "The library keeps a Facebook page for its opening hours", "It does keep
// a Facebook page", "most of them still keep their accounts on Instagram".
// Owning an account is no stance; deciding to keep one ("will keep its
// account on X", "has kept", "now keep a WhatsApp group instead") is. A
// headline's present tense tells a decision ("Library keeps its Discord
// server but shuts down its X account").
func (v *sentView) habitualKeep(i int) bool {
	if v.idx == 0 {
		return false
	}
	switch v.low[i] {
	case "keeps":
	case "keep":
		j := i - 1
		for j >= 0 && (v.low[j] == "still" || v.low[j] == "also") {
			j--
		}
		if j < 0 || j == i-1 && v.low[j] != "does" && v.low[j] != "do" ||
			v.low[j] != "does" && v.low[j] != "do" && auxiliaries[v.low[j]] || v.low[j] == "to" {
			// "will keep", "to keep", "Keep your profile current"
			return false
		}
	default:
		return false
	}
	if i > 0 && v.low[i-1] == "now" {
		return false
	}
	for j := i + 1; j < v.n; j++ {
		if v.low[j] == "instead" {
			return false
		}
	}
	return true
}

// presenceNouns are what an organization keeps on a platform.
var presenceNouns = map[string]bool{
	"account": true, "accounts": true, "page": true, "pages": true, "server": true,
	"servers": true, "channel": true, "channels": true, "group": true, "groups": true,
	"profile": true, "presence": true, "feed": true, "handle": true,
}

// hiddenWords keep an account out of use: "kept it private".
var hiddenWords = map[string]bool{
	"private": true, "locked": true, "dormant": true, "inactive": true,
	"silent": true, "quiet": true, "hidden": true, "closed": true, "secret": true,
}

// keptPresence reports a kept account at k: "[keep] its official account
// on X", "[kept] the Discord server", "[keeps] a presence on Facebook";
// not one kept out of sight ("kept her account on X private").
func (v *sentView) keptPresence(k int) bool {
	hidden := func(j int) bool {
		for j < v.n && v.ent[j] >= 0 {
			j++
		}
		return j < v.n && hiddenWords[v.low[j]]
	}
	named, noun := false, false
	for j := k; j < v.n && j <= k+6; j++ {
		w := v.low[j]
		switch {
		case v.ent[j] >= 0:
			named = true
			if noun {
				return !hidden(j)
			}
		case presenceNouns[w]:
			if noun {
				return false
			}
			noun = true
			if named {
				return !hidden(j + 1)
			}
			if j+1 >= v.n || v.low[j+1] != "on" {
				return false
			}
		case w == "on":
			if !noun {
				return false
			}
		case w == "its" || w == "his" || w == "her" || w == "their" || w == "our" || w == "my" ||
			w == "your" || w == "the" || w == "a" || w == "an" || w == "own" || v.tag[j] == "JJ":
			if noun {
				return false
			}
		default:
			return false
		}
	}
	return false
}

// useBase reports the base form of a use verb: its gerund is in useVerbs
// ("post", "share").
func useBase(w string) bool {
	return useVerbs[w+"ing"] || useVerbs[strings.TrimSuffix(w, "e")+"ing"]
}

// useVerbs are the gerunds of using a platform: "stopped posting on X".
var useVerbs = map[string]bool{
	"using": true, "posting": true, "publishing": true, "sending": true, "sharing": true,
	"uploading": true, "advertising": true, "streaming": true, "tweeting": true,
	"reading": true, "watching": true, "visiting": true, "checking": true,
}

// intentWords take a complement that a negation before them leaves
// undecided: "not calling for a boycott of X", "no intention of deleting
// X", "no plans to restrict X", "had not ruled out returning to X",
// "does not ask anyone to leave X", "had not been asked to join X".
var intentWords = map[string]bool{
	"calling": true, "call": true, "calls": true, "intention": true, "intent": true,
	"plan": true, "plans": true, "planning": true, "intend": true, "intends": true,
	"want": true, "wants": true, "wanted": true, "seek": true, "seeking": true,
	"ruled": true, "rule": true, "considering": true, "ask": true, "asks": true,
	"asked": true, "asking": true, "demanding": true, "opposing": true,
}

// refusedWithdrawal reports a withdrawal verb at i negated as a
// refusal: progressive ("'re not leaving", "not quitting X anytime soon",
// with the subject left out) or with "will"/"would" ("won't delete it",
// "would not quit X"). A past or perfect one ("did not leave", "has not
// deleted her channel") only reports what did not happen.
func (v *sentView) refusedWithdrawal(i int) bool {
	j := i - 1
	if j >= 0 && v.low[j] == "be" {
		j--
	}
	if j < 0 || !weakNegators[v.low[j]] {
		return false
	}
	if j == 0 {
		return strings.HasPrefix(v.tag[i], "VBG")
	}
	switch p := v.low[j-1]; p {
	case "am", "are", "is", "'m", "'re", "'s", "i", "we":
		return strings.HasPrefix(v.tag[i], "VBG")
	case "will", "would", "wo", "'ll":
		return !strings.HasPrefix(v.tag[i], "VBG") || v.low[i-1] == "be"
	}
	return false
}

// nounValence are VADER words whose valence is the noun's ("a treat") and
// that as verbs only say how one handles a thing: "treat Spotify as a
// shelf", "treated the comments as a room you never have to walk into".
var nounValence = map[string]bool{"treat": true, "treats": true, "treated": true, "treating": true}

// asAhead reports "as" or "like" at most four words after i in its clause
// ("treat Spotify as a shelf", where the tagger took an imperative
// "treat" for a noun).
func (v *sentView) asAhead(i int) bool {
	for k := i + 1; k < v.n && k <= i+4 && v.clause[k] == v.clause[i]; k++ {
		if v.low[k] == "as" || v.low[k] == "like" {
			return true
		}
	}
	return false
}

// nounPhraseOpeners open a cue phrase that is a noun phrase, not a verb
// phrase: "(is) no use", "not much use", "of little use", "(never) any use".
var nounPhraseOpeners = map[string]bool{"no": true, "not": true, "of": true, "any": true}

// lostItem reports "lost" or "missing" right before the noun it describes
// ("found two lost dogs", "for lost cats and suspicious vans", "missing
// people"): what is lost is the notice's subject, no harm done by anyone.
func (v *sentView) lostItem(i int) bool {
	if v.low[i] != "lost" && v.low[i] != "missing" || i+1 >= v.n || v.ent[i+1] >= 0 ||
		v.tag[i] != "JJ" && v.tag[i] != "VBN" {
		// "Facebook lost users": a verb.
		return false
	}
	return v.tag[i+1] == "NN" || v.tag[i+1] == "NNS"
}

// ownIntents are the intent words whose negation denies the subject's own
// will ("no plans to", "does not want to"), not a call on others ("not
// calling for users to return").
var ownIntents = map[string]bool{
	"intention": true, "intent": true, "plan": true, "plans": true, "planning": true,
	"intend": true, "intends": true, "want": true, "wants": true,
}

// ownIntent reports that the intent word shortly before token i is an
// own intent: "no plans to return to X".
func (v *sentView) ownIntent(i int) bool {
	j := v.intentWord(i)
	return j >= 0 && ownIntents[v.low[j]]
}

// intentWord returns the nearest intent word at most six tokens before i
// in its clause ("plans to", "calling for"), or -1.
func (v *sentView) intentWord(i int) int {
	for j := i - 1; j >= 1 && j >= i-6 && v.clause[j] == v.clause[i]; j-- {
		if intentWords[v.low[j]] {
			return j
		}
	}
	return -1
}

// openingCommand reports a word at i that the tagger took for a name or a
// noun because it opens the sentence in capitals, in the place of a
// command (imperativeAt): "Leave" in "Leave Facebook.", "Stay" in "Stay
// off TikTok".
func (v *sentView) openingCommand(i int) bool {
	return strings.HasPrefix(v.tag[i], "NN") && v.imperativeAt(i)
}

// commandOnTarget reports an openingCommand with the target right after
// it: "Leave Facebook.", "Join Discord today" ("Leave of absence ..." is
// the noun).
func (v *sentView) commandOnTarget(i int) bool {
	return i+1 < v.n && v.isTarget(i+1) && v.openingCommand(i)
}

func (s *Scorer) matchAt(v *sentView, i int) (cue, bool) {
	p := &s.p
	w := v.low[i]
	for _, e := range s.cues[w] {
		hi, ok := v.matchRest(i, e.rest)
		if !ok {
			continue
		}
		if verbOnly[e.lemma] && !v.isVerb(i) && !v.commandOnTarget(i) || objectOnly[e.lemma] && !v.nameObject(i, hi) && !v.swapsFor(e.lemma, i) && v.replacer(e.lemma, i) < 0 && v.relativeAntecedent(i) < 0 && !v.cleftObject(i) {
			continue
		}
		if (e.lemma == "fall short" || e.lemma == "fell short") && !v.nameSubject(i) {
			// "Bluesky falls short of the hype", "X's archive falls
			// short": a name, or what it owns, falls short; "artists
			// who fall short of the quota" are no name's.
			continue
		}
		if moveLemmas[e.lemma] && v.contentSubject(i) {
			// "The gossip has moved to Snapchat", "the clips moved
			// from Telegram to TikTok": what people post spreads;
			// nobody chose a platform.
			continue
		}
		if (e.lemma == "come off" || e.lemma == "get off") && !v.personSubject(i) {
			// "He came off Instagram", "Get off TikTok": someone
			// leaves; "The video came off Facebook" was taken down.
			continue
		}
		if e.lemma == "goodbye" && !v.imperativeAt(i) {
			// "Goodbye, Facebook.": a farewell opens the clause; "a
			// goodbye message on Facebook" bids none ("goodbye to"
			// does, anywhere).
			continue
		}
		if e.lemma == "done with" && !v.doneWith(i) {
			continue
		}
		if e.lemma == "go back on" && (hi >= v.n || v.ent[hi] < 0) {
			// "not going back on X" is returning to X; "went back on
			// his word about Facebook" is reneging. Unlike "give up",
			// no determiner may come between: "went back on its
			// Facebook pledge" reneges too.
			continue
		}
		if e.lemma == "bar from" && !v.barredFrom(hi) {
			// "barred staff from using X" shuts X out; "barred the
			// family from presenting evidence about X" does not.
			continue
		}
		if e.lemma == "leave" && v.thingLeft(i) {
			// "leave a heart under each one", "left the paper last
			// year": what is left is no platform.
			continue
		}
		if e.lemma == "leave" && v.leftAlone(i) {
			// "leave WhatsApp and Signal alone", "leaves Bluesky out
			// of its rankings": kept as it is, not departed from,
			// and no general valence either.
			return cue{}, false
		}
		if e.lemma == "leave" && v.passiveAt(i, max(0, i-3)) {
			// "Bluesky and Threads were left out", "left behind": what
			// is left is no place anyone departs from.
			continue
		}
		if e.lemma == "trust" && v.trustBody(i) {
			// "the trust said", "a supporters' trust", "the trust's
			// WhatsApp channel": a charity, not confidence.
			return cue{}, false
		}
		if e.lemma == "critic" && v.tradeCritic(i) {
			// "a video-game critic", "the paper's film critic": a trade,
			// not a criticism of the platform the sentence names.
			return cue{}, false
		}
		if e.lemma == "complaint" && !v.complaintAbout(i) {
			// "the complaint, filed on Tuesday", "2,600 complaints
			// through Facebook", "complaints about potholes": a filing
			// or a count, no fault found with a name.
			continue
		}
		if e.lemma == "do nothing" && hi < v.n && !isPunctBoundary(v.low[hi]) && !isQuote(v.low[hi]) && !endMarks[v.low[hi]] && v.low[hi] != "and" {
			// "did nothing, and ...": the subject failed to act; "did
			// nothing wrong", "do nothing but murder trials" and "do
			// nothing for twenty minutes" go on to say something else.
			continue
		}
		if e.lemma == "decline" && i+2 < v.n && v.low[i+1] == "to" && v.tag[i+2] == "VB" {
			// "Pinterest declined to comment": a refusal, not a fall.
			continue
		}
		if len(e.rest) == 0 && v.modifiesFeature(i) {
			// "Snapchat's recommendation tool", "its support team",
			// "promoted posts": a part of the service, not an act, and
			// no general valence either.
			return cue{}, false
		}
		pos := posOf(v.tag[i])
		if len(e.rest) > 0 && pos == 'O' {
			pos = 'V'
			if nounPhraseOpeners[w] {
				// "no use", "of little use": a predicate noun.
				pos = 'N'
			}
		}
		if len(e.rest) > 0 && subjectVerbs[e.lemma] && e.rest[len(e.rest)-1] == "to" && hi < v.n && v.tag[hi] == "VB" {
			// "done nothing to stop them": the verb is the failure's
			// own, not a stance of its own that "nothing" reverses.
			hi++
		}
		weight := e.weight
		if e.lemma == "stay on" && v.overstayed(hi) {
			// "I stayed on Tinder about three years longer than I
			// should have": a stay regretted.
			weight = -weight
		}
		return cue{lo: i, hi: hi, lemma: e.lemma, weight: weight, strong: true, pos: pos}, true
	}
	if val, ok := s.emoji[w]; ok {
		return cue{lo: i, hi: i + 1, lemma: w, weight: val * p.generalScale, pos: 'O'}, true
	}
	if skipTag(v.tag[i]) || lossOfAccess(v, i) || v.aloneLeft(i) {
		return cue{}, false
	}
	val, ok := s.wordValence(w)
	if !ok && v.tag[i] == "JJR" && len(w) > 5 {
		// "friendlier" weighs like "friendly", "safer" like "safe"
		switch {
		case strings.HasSuffix(w, "ier"):
			val, ok = s.vader[w[:len(w)-3]+"y"]
		case strings.HasSuffix(w, "er"):
			if val, ok = s.vader[w[:len(w)-2]]; !ok {
				val, ok = s.vader[w[:len(w)-1]]
			}
		}
	}
	if !ok && (v.tag[i] == "JJS" || v.tag[i] == "JJ") && len(w) > 5 && strings.HasSuffix(w, "est") {
		// "kindest" weighs like "kinder" ("kind" alone is a stop word:
		// "this kind of post"), "cleanest" like "clean"
		val, ok = s.superlativeValence(w[:len(w)-3])
	}
	if !ok {
		// "the best-run place", "a badly-moderated server"
		val, ok = s.mannerValence(w)
	}
	if ok && (w == "complaint" || w == "complaints") && !v.complaintAbout(i) {
		// as above, for VADER's valence of the noun
		return cue{}, false
	}
	if ok && val != 0 && !(nounValence[w] && (v.isVerb(i) || v.asAhead(i))) && !v.lostItem(i) && !v.afterLongerThan(i) {
		return cue{lo: i, hi: i + 1, lemma: w, weight: val * p.generalScale, pos: posOf(v.tag[i]), vader: true}, true
	}
	return cue{}, false
}

// mannerWords map a manner adverb that opens a hyphenated participle to the
// VADER word whose valence the compound carries ("well" itself is a
// vaderStop word: "Well, ...").
var mannerWords = map[string]string{
	"best": "best", "better": "better", "well": "good", "worst": "worst",
	"worse": "worse", "ill": "bad", "badly": "bad", "poorly": "poor",
}

// reachParticiples close a hyphenated participle that counts sales, reach or
// standing, not how well a thing is done: "best-selling", "best-attended",
// "well-paid", "well-being". ("best-known" is no participle of the kind
// mannerValence reads.)
var reachParticiples = map[string]bool{
	"selling": true, "watched": true, "followed": true, "shared": true,
	"liked": true, "viewed": true, "loved": true, "paid": true, "funded": true,
	"attended": true, "visited": true, "used": true, "being": true,
	"established": true, "connected": true,
}

// irregularParticiples are the past participles without "-ed" that a
// manner adverb joins: "best-run", "well-built", "well-kept".
var irregularParticiples = map[string]bool{
	"run": true, "built": true, "kept": true, "made": true, "lit": true,
	"done": true, "written": true, "thought": true, "meant": true,
}

// mannerValence is the valence of a hyphenated participle opened by a manner
// adverb: "best-run", "well-organised" and "beautifully-made" praise what
// they describe, "badly-moderated" condemns it; sales and reach
// ("best-selling") judge nothing.
func (s *Scorer) mannerValence(w string) (float64, bool) {
	a, b, ok := strings.Cut(w, "-")
	if !ok || reachParticiples[b] ||
		!irregularParticiples[b] && !(len(b) > 4 && (strings.HasSuffix(b, "ed") || strings.HasSuffix(b, "ing"))) {
		return 0, false
	}
	if m, ok := mannerWords[a]; ok {
		a = m
	} else if !strings.HasSuffix(a, "ly") || len(a) <= 4 {
		return 0, false
	}
	val, ok := s.wordValence(a) // "cleanly-designed" weighs like "clean"
	return val, ok && val != 0
}

// complaintAbout reports a name as the topic of the complaint noun at i:
// "the same complaint about Facebook streams", "complaints from shop
// owners against TikTok". The topic word comes within six words in the
// clause, and a name within four words after it.
func (v *sentView) complaintAbout(i int) bool {
	for k := i + 1; k < v.n && k <= i+6 && v.clause[k] == v.clause[i]; k++ {
		switch v.low[k] {
		case "about", "against", "over", "regarding":
			for j := k + 1; j < v.n && j <= k+4 && v.clause[j] == v.clause[i]; j++ {
				if v.ent[j] >= 0 {
					return true
				}
			}
			return false
		}
	}
	return false
}

// superlativeValence is the valence of the superlative built on stem (the
// word without "-est"): that of its comparative where VADER has one, or else
// of the adjective itself ("clean", "nice", "happy" for "happiest").
func (s *Scorer) superlativeValence(stem string) (float64, bool) {
	if strings.HasSuffix(stem, "i") {
		if val, ok := s.vader[stem+"er"]; ok {
			return val, true
		}
		stem = stem[:len(stem)-1] + "y"
	}
	for _, w := range [...]string{stem + "er", stem + "r", stem, stem + "e"} {
		if val, ok := s.vader[w]; ok {
			return val, true
		}
	}
	return 0, false
}

// wordValence is the VADER valence of w, or for an adverb in -ly the
// lexicon lacks that of its adjective: "wrongly" weighs like "wrong".
func (s *Scorer) wordValence(w string) (float64, bool) {
	val, ok := s.vader[w]
	if !ok && strings.HasSuffix(w, "ly") && len(w) > 4 && !vaderStop[w] {
		val, ok = s.vader[w[:len(w)-2]]
	}
	return val, ok
}

// barredFrom reports what follows "bar ... from" at hi as a service shut
// out: "from using X", "from X" itself ("bars coaches from Snapchat"), or
// "from posting on X".
func (v *sentView) barredFrom(hi int) bool {
	switch {
	case hi >= v.n:
		return false
	case v.low[hi] == "using" || v.ent[hi] >= 0:
		return true
	}
	return v.low[hi] == "posting" && hi+2 < v.n && (v.low[hi+1] == "on" || v.low[hi+1] == "to") && v.ent[hi+2] >= 0
}

// featureNouns name a part or product of a service. A stance noun or
// participle that modifies one names the part ("the recommendation
// algorithm", "a support group", "support agents", "promoted posts") and
// judges nothing; "a boycott campaign" and "a complaints department" keep
// their sense, as their heads are no features.
var featureNouns = map[string]bool{
	"algorithm": true, "algorithms": true, "tool": true, "tools": true, "system": true,
	"systems": true, "feature": true, "features": true, "engine": true, "engines": true,
	"feed": true, "feeds": true, "team": true, "teams": true, "staff": true,
	"page": true, "pages": true, "site": true, "sites": true, "account": true,
	"accounts": true, "group": true, "groups": true, "line": true, "lines": true,
	"ticket": true, "tickets": true, "form": true, "forms": true, "button": true,
	"contract": true, "contracts": true, "post": true, "posts": true, "tweets": true,
	"content": true, "videos": true, "questions": true, "community": true,
	"communities": true, "threads": true, "channel": true, "channels": true,
	"service": true, "services": true, "agent": true, "agents": true,
}

// modifiesFeature reports a noun or participle at i right before a
// feature noun it modifies: "recommendation tool", "promoted posts".
func (v *sentView) modifiesFeature(i int) bool {
	if i+1 >= v.n || !featureNouns[v.low[i+1]] || v.ent[i+1] >= 0 {
		return false
	}
	switch v.tag[i] {
	case "NN", "NNS", "VBN":
		// An adjective keeps its sense: "a reliable service".
		return v.tag[i+1] == "NN" || v.tag[i+1] == "NNS"
	}
	return false
}

// objectOnly lists verbs that judge only a name that is their direct
// object: "dropped WhatsApp for Signal", but not "dropped its case against
// Facebook" or "was dropped from Facebook groups"; "picked Signal over
// WhatsApp", but not "picked up the clip from X"; "owe TikTok my rent",
// but not "TikTok owes creators an answer"; "stay away from Telegram",
// but not "TikTok showed our kids to the people we keep away from them";
// "shoutout to Discord", but not "filled its Twitter feed with shout-outs
// to the candidates".
var objectOnly = map[string]bool{"give up": true, "drop": true, "dump": true, "swap": true, "trade": true, "replace": true, "miss": true, "pick": true, "bar": true, "owe": true,
	"stay away from": true, "keep away from": true, "steer clear of": true, "shoutout to": true, "shout-out to": true, "shout out to": true}

// nameObject reports an active verb at i whose object, from k on (after
// the verb and any particle: "gave up X") and after at most a determiner,
// is a name. A progressive ("are dropping X") is active.
func (v *sentView) nameObject(i, k int) bool {
	if i > 0 && !strings.HasPrefix(v.tag[i], "VBG") {
		switch v.low[i-1] {
		case "be", "is", "are", "was", "were", "been", "being", "get", "got", "gets":
			return false
		}
	}
	return v.nameAt(k)
}

// swapsFor reports "swapped the noticeboard for TikTok", "replaced its
// newsletter with a WhatsApp channel": a swap (cue lemma at i) whose plain
// object gives way to a name after "for" or "with".
func (v *sentView) swapsFor(lemma string, i int) bool {
	if lemma != "swap" && lemma != "trade" && lemma != "replace" || !v.isVerb(i) {
		return false
	}
	for j := i + 1; j+1 < v.n && j <= i+5; j++ {
		if v.ent[j] >= 0 || v.isVerb(j) || v.low[j] == "," {
			return false
		}
		if v.low[j] == "for" || v.low[j] == "with" {
			k := j + 1
			switch v.low[k] {
			case "a", "an", "the", "its", "their", "his", "her", "our", "my":
				k++
			}
			return k < v.n && v.ent[k] >= 0
		}
	}
	return false
}

// replacer returns the end of the name that is the active subject of a
// "replace" at i, or -1: "WhatsApp has largely replaced the call centre"
// chooses WhatsApp. Only a perfect auxiliary or adverbs may stand between;
// "was replaced by" has no such subject.
func (v *sentView) replacer(lemma string, i int) int {
	if lemma != "replace" || !v.isVerb(i) {
		return -1
	}
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if v.ent[j] >= 0 {
			// The name must open its clause: in "users who left
			// Facebook have replaced it" the name is another
			// verb's object ("said that WhatsApp has replaced",
			// "because WhatsApp has replaced" open a clause).
			k := j
			for k > 0 && v.ent[k-1] == v.ent[j] {
				k--
			}
			if k > 0 && (v.isVerb(k-1) || v.tag[k-1] == "TO" || v.tag[k-1] == "IN" && v.low[k-1] != "that" && !subordinators[v.low[k-1]]) {
				return -1
			}
			return j + 1
		}
		if !replaceAux[v.low[j]] && !strings.HasPrefix(v.tag[j], "RB") {
			return -1
		}
	}
	return -1
}

// replaceAux are the auxiliaries of an active "has replaced".
var replaceAux = map[string]bool{"has": true, "have": true, "had": true, "'s": true}

// tradeCritic reports whether the critic at i is one by trade: a noun
// before it names the field ("film critic", "video-game critics") and no
// "of" after it names what is criticized. "a TikTok critic", where the
// noun before it is a named entity, criticizes what it names.
func (v *sentView) tradeCritic(i int) bool {
	if i == 0 || i+1 < v.n && v.low[i+1] == "of" || v.ent[i-1] >= 0 {
		return false
	}
	return strings.HasPrefix(v.tag[i-1], "NN") || strings.Contains(v.low[i-1], "-")
}

// conversationMove reports a move of a conversation (cue c at "move") that
// someone asks for: "the seller soon asks to move the conversation to
// WhatsApp", "any request to move a conversation off Facebook". The
// tactic is told of, and neither place judged. "The conversation" moved
// is one between others, whether asked for or done ("the fake landlord
// moves the conversation to WhatsApp within a day"): gold over the dev
// articles never endorses where it goes (neutral 11, criticized 3).
// "Their conversations" may be the movers' own, and only counts when
// asked for.
func (v *sentView) conversationMove(c cue) bool {
	i := c.lo
	if !strings.HasPrefix(v.low[i], "mov") || i+2 >= v.n {
		return false
	}
	asked := false
	if i >= 2 && v.low[i-1] == "to" {
		switch v.low[i-2] {
		case "ask", "asks", "asked", "asking", "request", "requests", "tries", "tried", "trying", "try", "wants", "want", "offers", "offer":
			asked = true
		}
	}
	k := i + 1
	det := v.low[k]
	if det == "the" || det == "a" || det == "their" || det == "your" {
		k++
	}
	if k >= v.n || v.low[k] != "conversation" && v.low[k] != "conversations" && v.low[k] != "chat" && v.low[k] != "chats" {
		return false
	}
	return asked || det == "the" || det == "a"
}

// badActors are those whose moves between platforms are no choice of
// theirs anyone reports as a view: "fraudsters tried to move victims off
// Facebook and onto WhatsApp", "Some scammers have moved to Signal".
var badActors = map[string]bool{
	"scammers": true, "fraudsters": true, "criminals": true, "smugglers": true,
	"predators": true, "groomers": true, "spammers": true, "hackers": true,
	"dealers": true, "traffickers": true, "thieves": true, "scammer": true,
	"fraudster": true, "criminal": true, "predator": true, "groomer": true,
}

// moveCue reports the lemma of a move from one platform to another.
func moveCue(lemma string) bool {
	switch lemma {
	case "move from", "switch from", "shift from", lemmaMoveOff, lemmaAwayFrom:
		return true
	}
	return arriveCues[lemma] || departVerbs[lemma]
}

// badActorMove reports a move whose subject is a bad actor's (badActors),
// right before its verb past auxiliaries, adverbs and a verb of trying
// or starting ("scammers have moved", "fraudsters tried to move").
func (v *sentView) badActorMove(c cue) bool {
	if !moveCue(c.lemma) {
		return false
	}
	k := c.lo
	if c.lemma == lemmaAwayFrom {
		if k = v.awayVerb(c.lo); k < 0 {
			return false
		}
	}
	for k--; k >= 0; k-- {
		switch w := v.low[k]; {
		case auxiliaries[w] || strings.HasPrefix(v.tag[k], "RB") || w == "to":
		case w == "tried" || w == "try" || w == "tries" || w == "trying" || w == "began" || w == "begin" || w == "started" || w == "start":
		default:
			return badActors[w]
		}
	}
	return false
}

// unmeant reports a negator that leaves an act nobody's: negated intent
// ("had no plans to take X off") or advice ("never wanted to keep them off
// X").
func unmeant(neg string) bool {
	return neg == "intent" || neg == "dissuade"
}

// unchosenMove reports a move cue that tells nobody's choice of either
// place: a scammer's move of the conversation, a bad actor's move or a
// move told in the passive.
func (v *sentView) unchosenMove(c cue) bool {
	return v.conversationMove(c) || v.badActorMove(c) || v.passiveMove(c)
}

// passiveMove reports a cue at a moving verb ("moved", "switched",
// "shifted", "migrated") told in the passive ("nearly every one was moved
// off Facebook to WhatsApp", "had been moved from Messenger to WhatsApp by
// the same man"): those moved made no choice, and whoever moved them is
// seldom the subject of a view. Gold over the dev articles calls every
// such move neutral. Other departures keep their sense in the passive
// ("Flickr was abandoned by most of the scouts").
func (v *sentView) passiveMove(c cue) bool {
	return moveTrials[v.low[c.lo]] && v.passiveAt(c.lo, max(0, c.lo-4))
}

// lossOfAccess reports "lost access to X": losing a service values it
// rather than blames it, and is mostly a reported fact.
func lossOfAccess(v *sentView, i int) bool {
	switch v.low[i] {
	case "lose", "loses", "lost", "losing":
		return i+1 < v.n && v.low[i+1] == "access"
	}
	return false
}

// matchRest matches a phrase's remaining words after token i. A two-word
// verb phrase ending in a preposition may enclose a short object: "moved
// their planning to".
func (v *sentView) matchRest(i int, rest []string) (int, bool) {
	if i+1+len(rest) > v.n {
		return 0, false
	}
	ok, k := true, i+1
	for _, r := range rest {
		for k < v.n-1 && isQuote(v.low[k]) && k > i+1 {
			// "would “never go back” to Twitch": a quote may close
			// inside the phrase.
			k++
		}
		if k >= v.n || v.low[k] != r || v.ent[k] >= 0 {
			ok = false
			break
		}
		k++
	}
	if ok {
		return k, true
	}
	if len(rest) == 1 && rest[0] == "from" {
		if k, ok := v.fromTo(i); ok {
			return k + 1, true
		}
	}
	if len(rest) != 1 || !isPreposition(rest[0]) || !v.isVerb(i) && !v.headlineObject(i) {
		return 0, false
	}
	loose := false
	for k := i + 1; k < v.n && k <= i+12; k++ {
		w := v.low[k]
		if stayVerbs[v.low[i]] && w != rest[0] && !strings.HasPrefix(v.tag[k], "RB") {
			// "stay on" takes no object to enclose, only an adverb
			// ("stayed firmly on X"): "telling residents to stay home
			// spread on TikTok", "to stay ahead of automated systems
			// on YouTube" stay nowhere.
			return 0, false
		}
		if w == rest[0] && k > i+1 && w == "to" && k+1 < v.n && v.tag[k+1] == "VB" && v.ent[k+1] < 0 {
			// "turned out to be" is no "turn to": an infinitive.
			return 0, false
		}
		if w == rest[0] && k > i+1 && (!loose || k+1 < v.n && v.ent[k+1] >= 0) {
			return k + 1, true
		}
		if w == "," && (loose || v.nounList(k, rest[0])) && k+1 < v.n && v.ent[k+1] < 0 && (strings.HasPrefix(v.tag[k+1], "NN") || v.tag[k+1] == "JJ") {
			// "moved its notices about food parcels, legal clinics
			// and English classes to WhatsApp", "moved its milk
			// prices, vet schedules and payment notices to WhatsApp":
			// a list in the object.
			loose = true
			continue
		}
		if v.ent[k] >= 0 && rest[0] == "to" && v.nameModifier(k) {
			// "moved part of their Twitch sponsorship budgets to
			// Kick": a name that modifies the object is where it
			// was; a name must follow "to".
			for k+1 < v.n && v.ent[k+1] == v.ent[k] {
				k++
			}
			loose = true
			continue
		}
		if v.ent[k] >= 0 || isPunctBoundary(w) || isQuote(w) || w == "." {
			return 0, false
		}
		if v.isVerb(k) && (v.tag[k] != "VBG" && v.tag[k] != "VBN" || rest[0] != "to") || k > i+7 && !loose {
			return 0, false
		}
		if (v.isVerb(k) || isPreposition(w) && w != "of") && rest[0] == "to" {
			// "move every conversation involving a source to
			// Signal", "moved two-thirds of its budget for the scheme
			// to TikTok": a longer object, if a name follows "to".
			loose = true
		}
	}
	return 0, false
}

// stayVerbs are the forms of "stay", whose phrases ("stay on X") enclose
// no object.
var stayVerbs = map[string]bool{"stay": true, "stays": true, "stayed": true, "staying": true}

// nameModifier reports a name starting at k that modifies the noun after
// it, with a determiner or possessive before it: "their [Twitch]
// sponsorship budgets", "its [Facebook] budget".
func (v *sentView) nameModifier(k int) bool {
	if k < 1 || v.tag[k-1] != "PRP$" && v.tag[k-1] != "DT" {
		return false
	}
	e := k
	for e < v.n && v.ent[e] == v.ent[k] {
		e++
	}
	return e < v.n && v.ent[e] < 0 && strings.HasPrefix(v.tag[e], "NN")
}

// nounList reports a list of plain nouns, with "and" or "or" in it,
// from the comma at k to the preposition prep: ", vet schedules and
// payment notices to".
func (v *sentView) nounList(k int, prep string) bool {
	and := false
	for j := k + 1; j < v.n && j <= k+8; j++ {
		w := v.low[j]
		switch {
		case w == prep:
			return and
		case w == "and" || w == "or":
			and = true
		case w == ",":
		case v.ent[j] >= 0 || !strings.HasPrefix(v.tag[j], "NN") && v.tag[j] != "JJ":
			return false
		}
	}
	return false
}

// fromTo matches "moves strike planning from A to B" at i, whatever the
// tags of the enclosed object (headlines mistag "moves/NNS strike/VBP
// planning/VBG"): the enclosed words are few and plain, a target follows
// "from", and to/for another target comes after it. A longer object needs
// no verb in it ("moved its roughly $60,000 annual advertising budget from
// A to B"). It returns the index of "from".
func (v *sentView) fromTo(i int) (int, bool) {
	for k := i + 2; k < v.n-1 && k <= i+fromToObject; k++ {
		w := v.low[k]
		if k > i+5 && v.isVerb(k) {
			return 0, false
		}
		if w == "from" {
			if v.ent[k+1] < 0 {
				return 0, false
			}
			for m := k + 2; m < v.n-1 && m <= k+6; m++ {
				if e := v.renameEnd(m); e > m {
					// "from X, formerly Twitter, to Bluesky"
					m = e
					continue
				}
				if (v.low[m] == "to" || v.low[m] == "for") && v.ent[m+1] >= 0 && v.ent[m+1] != v.ent[k+1] {
					return k, true
				}
				if isPunctBoundary(v.low[m]) {
					break
				}
			}
			return 0, false
		}
		if v.ent[k] >= 0 || isPunctBoundary(w) || isQuote(w) || isPreposition(w) && w != "of" || w == "." {
			return 0, false
		}
	}
	return 0, false
}

// fromToObject is how many tokens after the verb "from" may come in
// "moved OBJECT from A to B".
const fromToObject = 10

func isPreposition(w string) bool {
	switch w {
	case "to", "on", "for", "from", "with", "against", "over", "at", "about", "of", "by", "off", "into", "onto":
		return true
	}
	return false
}

// failForms are the forms of "fail" before the infinitive it negates.
var failForms = map[string]bool{"fail": true, "fails": true, "failed": true, "failing": true}

// negatorAt returns the negator shortly before token i in its clause, or ""
// if there is none: "did not endorse", "no longer supports", "never liked",
// "absence of harmful"; a denial governs its whole complement ("denied that
// she had ever refused"); a negated verb governs its reason clause ("did
// not abandon X because they loved Y").
func (v *sentView) negatorAt(i int) string {
	if i >= 2 && v.low[i-1] == "to" && failForms[v.low[i-2]] && v.isVerb(i) {
		// "had failed to protect children's data": what failed did
		// not happen.
		return "not"
	}
	if i > 0 && v.gerundAt(i) {
		switch v.low[i-1] {
		case "stop", "stops", "stopping", "cease", "ceases", "ceasing":
			// "will stop supporting X"
			return "stop"
		}
	}
	if i > 0 && (v.low[i-1] == "less" || v.low[i-1] == "least") &&
		(posOf(v.tag[i]) != 'V' || i > 1 && v.tag[i] == "VBN" && linkVerbs[v.low[i-2]]) &&
		!(i > 1 && (v.low[i-2] == "at" || v.low[i-2] == "no" || v.low[i-2] == "not" || v.low[i-2] == "or")) {
		// "was less kind to X", "less fond of X" (prose often tags the
		// adjective a noun there), "X the least safe", "was less
		// convinced by X" (a participle after a link verb); "no less
		// essential", "more or less" and "at least" are not.
		return "less"
	}
	if i >= 2 && v.low[i-1] == "from" && v.low[i-2] == "far" && posOf(v.tag[i]) == 'J' ||
		i >= 3 && v.low[i-1] == "being" && v.low[i-2] == "from" && v.low[i-3] == "far" {
		// "far from perfect", "far from being safe": as "not"
		return "not"
	}
	if i >= 2 && v.low[i-1] == "against" && strings.HasPrefix(v.tag[i], "VBG") && againstVerbs[v.low[i-2]] {
		// "authors warn against blaming the apps": advice against the
		// act, as a negated advice.
		return "dissuade"
	}
	if i >= 3 && v.low[i-1] == "to" {
		// "would not advise any clinic to rely on X": a negated
		// advice reverses the advised use ("did not urge members to
		// leave X" only doubts the leaving).
		for j := i - 2; j >= 1 && j >= i-5 && v.clause[j] == v.clause[i]; j-- {
			if adviseVerbs[v.low[j]] {
				for k := j - 1; k >= 0 && k >= j-3 && v.clause[k] == v.clause[i]; k-- {
					if weakNegators[v.low[k]] || v.low[k] == "never" {
						return "dissuade"
					}
				}
				break
			}
		}
	}
	if neg := v.negatedStandard(i); neg != "" {
		return neg
	}
	if j := v.intentWord(i); j >= 0 {
		for k := j - 1; k >= 0 && k >= j-3 && v.clause[k] == v.clause[i]; k-- {
			if negators[v.low[k]] {
				return "intent"
			}
		}
	}
	for j := i - 1; j >= 0 && j >= i-8; j-- {
		w := v.low[j]
		if w == "," || w == ";" || w == "." {
			break
		}
		if deniers[w] || v.rejectsClaim(j) {
			return "never"
		}
		if w == "because" && j >= 2 {
			if neg := v.negatorAt(j); neg != "" && weakNegators[neg] {
				return neg
			}
			break
		}
	}
	// "Not every parent is convinced by the move to Teams", "not
	// everyone welcomed X": a negated quantifier that opens the clause
	// negates what its members do.
	j := v.clauseOpen(i)
	for j < i && (isQuote(v.low[j]) || isPunctBoundary(v.low[j])) {
		j++
	}
	if j+1 < i && v.low[j] == "not" && notAllWords[v.low[j+1]] && !v.possessedBetween(j+2, i) {
		return "not"
	}
	if posOf(v.tag[i]) == 'V' {
		// "we trust Telegram no longer": the negation closes the
		// clause, after the verb's object.
		for k := i + 1; k+1 < v.n && k <= i+6 && v.clause[k] == v.clause[i] && !isPunctBoundary(v.low[k]) && (k == i+1 || !v.isVerb(k)); k++ {
			if v.low[k] == "no" && v.low[k+1] == "longer" && (k+2 == v.n || isPunctBoundary(v.low[k+2]) || isQuote(v.low[k+2]) || endMarks[v.low[k+2]]) {
				return "never"
			}
		}
		// "the app they trusted least", "trusted Snapchat least";
		// "trusted it at least" is no ranking.
		for k := i + 1; k < v.n && k <= i+4 && !isPunctBoundary(v.low[k]) && (k == i+1 || !v.isVerb(k)); k++ {
			if v.low[k] == "least" && v.low[k-1] != "at" {
				return "less"
			}
		}
	}
	if v.nobodySubject(i) {
		return "nobody"
	}
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		w := v.low[j]
		if v.clause[j] != v.clause[i] || w == "," {
			return ""
		}
		if w == "few" && (j == 0 || v.low[j-1] != "a" && v.low[j-1] != "quite") {
			// "few blamed it", "few residents trust X"; "a few" and
			// "quite a few" are some.
			return "few"
		}
		if negators[w] {
			if j+1 < v.n && (v.low[j+1] == "only" || v.low[j+1] == "just") {
				return ""
			}
			if w == "no" && j+1 < v.n && v.low[j+1] == "longer" {
				return "never"
			}
			return w
		}
	}
	// "has never once made me feel bad", "has never once made me angry":
	// the negated causing (the make-verb at m) reaches the feeling.
	m := -1
	switch {
	case i >= 3 && (v.low[i-1] == "feel" || v.low[i-1] == "look") && makeVerbs[v.low[i-3]]:
		m = i - 3
	case i >= 2 && objectPronouns[v.low[i-1]] && makeVerbs[v.low[i-2]]:
		m = i - 2
	}
	if m >= 0 {
		for j := m - 1; j >= 0 && j >= m-3 && v.clause[j] == v.clause[i]; j-- {
			if negators[v.low[j]] {
				return v.low[j]
			}
		}
	}
	for j := i - 2; j >= 3 && j >= i-5 && v.clause[j] == v.clause[i]; j-- {
		// "None of which makes TikTok innocent", "none of that makes
		// Facebook a safe place": what nothing said before makes it.
		if makeVerbs[v.low[j]] && v.low[j-3] == "none" && v.low[j-2] == "of" {
			return "none"
		}
	}
	for j := i - 4; j >= 0 && j >= i-6; j-- {
		// "not in line with our values": a negated prepositional phrase
		// reaches its object.
		if negators[v.low[j]] && v.tag[j+1] == "IN" && v.clause[j] == v.clause[i] && !v.verbOrPunctBetween(j+1, i) {
			return v.low[j]
		}
	}
	return v.negatedObject(i)
}

// negatedObject returns the negator of the verb whose object is the noun
// at i, further back than negatorAt's nearest words reach: "has never given
// us any trouble", "had never once given us a minute's trouble".
func (v *sentView) negatedObject(i int) string {
	if posOf(v.tag[i]) != 'N' {
		// "a video game neither of them was any good at": only a noun
		// is an object.
		return ""
	}
	j := i - 1
	for j >= 0 && j >= i-5 && v.clause[j] == v.clause[i] && objectWord(v.low[j], v.tag[j]) {
		j--
	}
	if j < 0 || !v.isVerb(j) || v.clause[j] != v.clause[i] {
		return ""
	}
	some := false
	for k := j + 1; k < i; k++ {
		// "any trouble", "a minute's trouble", "a single problem": not
		// "the word stop".
		some = some || v.low[k] == "any" || v.low[k] == "a" || v.low[k] == "an" || v.low[k] == "single"
	}
	if !some {
		return ""
	}
	for k := j - 1; k >= 0 && k >= j-3 && v.clause[k] == v.clause[i]; k-- {
		if w := v.low[k]; negators[w] {
			return w
		}
	}
	return ""
}

// objectWord reports a word of a verb's objects before the head noun: "us
// any", "me a minute's", "them a single".
func objectWord(w, tag string) bool {
	return objectPronouns[w] || modifierWord(w, tag)
}

// modifierWord reports a word that may stand in a noun phrase before its
// head or be its singular head: a determiner, a possessive, a number, an
// adjective, a noun. someOpener's subjects and negatedObject's objects are
// made of them.
func modifierWord(w, tag string) bool {
	return w == "'s" || w == "’s" || tag == "DT" || tag == "PRP$" || tag == "CD" || tag == "NN" || strings.HasPrefix(tag, "JJ")
}

// nobodySubject reports a word at i in the predicate of a subject that
// is nobody, further back than negatorAt's nearest words reach: "nobody
// has ever once been unkind to us on it", "in five years no one has
// written a cruel word". The subject must go straight on to its verb
// ("nobody has", "no one will"), in i's clause.
func (v *sentView) nobodySubject(i int) bool {
	if v.tag[i] == "JJR" || v.tag[i] == "RBR" {
		// "nobody has ever explained it to me better than a
		// stranger there": what nobody beats is the standard, which
		// negatedStandard reads.
		return false
	}
	for j := i - 4; j >= 0 && j >= i-8 && v.clause[j] == v.clause[i]; j-- {
		if hi := v.nobodyAt(j); hi >= 0 && (auxiliaries[v.low[hi]] || v.tag[hi] == "MD") {
			return true
		}
	}
	return false
}

// endMarks end a sentence.
var endMarks = map[string]bool{".": true, "!": true, "?": true}

// possessedBetween reports a possessive in tokens [a, b): "not every
// trader shares her faith in X" doubts the sharing, not her faith.
func (v *sentView) possessedBetween(a, b int) bool {
	for k := a; k < b; k++ {
		switch v.low[k] {
		case "'s", "'", "his", "her", "their", "its", "our", "my", "your":
			return true
		}
	}
	return false
}

// notAllWords follow a clause-opening "not" whose clause they make a
// minority's: "Not every member welcomed the change".
var notAllWords = map[string]bool{
	"every": true, "everyone": true, "everybody": true, "all": true, "many": true,
}

// makeVerbs cause a feeling: "made me feel stupid".
var makeVerbs = map[string]bool{"make": true, "makes": true, "made": true, "making": true}

// adviseVerbs take an object and a to-infinitive that a negation before
// them reverses: "would not advise any clinic to rely on X".
var adviseVerbs = forms(map[string]bool{
	"advise": true, "recommend": true, "encourage": true, "urge": true,
	"tell": true, "want": true, "allow": true, "expect": true,
})

// verbOrPunctBetween reports a verb or a punctuation mark in tokens [a, b).
func (v *sentView) verbOrPunctBetween(a, b int) bool {
	for k := a; k < b; k++ {
		if v.isVerb(k) || isPunctBoundary(v.low[k]) || isQuote(v.low[k]) {
			return true
		}
	}
	return false
}

// relation is how one cue bears on one target mention.
type relation struct {
	factor float64 // multiplies the cue weight; negative flips it
	kind   byte    // 'o' object, 'p' predicate, 's' subject, 'g' general
}

func (v *sentView) isComparer(k int) bool {
	w := v.low[k]
	if w == "over" {
		return v.preferenceBefore(k)
	}
	if w == "to" {
		return v.preferTo(k)
	}
	if comparers[w] {
		return true
	}
	return (w == "not" && k > 0 && v.low[k-1] == ",")
}

// arriveCues choose where they go; a name after "from" further on is where
// they left: "switched to Bluesky from X".
var arriveCues = map[string]bool{
	"switch to": true, "move to": true, "shift to": true, "migrate to": true, "flock to": true,
	"drift to": true, "turn to": true, "return to": true, "go back to": true,
	"come back to": true, "move onto": true, "put into": true,
}

// wordBetween reports the word w in [a, b): a "from" that names where a
// move left, a "because" that opens a reason with a subject of its own.
func (v *sentView) wordBetween(a, b int, w string) bool {
	for k := a; k < b && k < v.n; k++ {
		if v.low[k] == w {
			return true
		}
	}
	return false
}

// destAccount reports whether a move's destination, the words from a up
// to the mention [lo, hi), is an account on it: "a private server on",
// "its own group on", "the fan group on". Only determiners, adjectives
// and nouns may come before the account noun: "halls with pages on X"
// are somewhere else.
func (v *sentView) destAccount(a, lo, hi int) bool {
	k := lo - 2 // the account noun
	if k < a || lo-a > 5 || !accountNouns[v.low[k]] {
		return false
	}
	for t := a; t < k; t++ {
		switch v.tag[t] {
		case "DT", "PRP$", "JJ", "NN", "NNS", "POS":
		default:
			return false
		}
	}
	return v.accountOn(a-1, k, lo, hi)
}

// destContent reports whether the words from a up to the mention at lo
// are what money or effort put into it buys there: a few determiners,
// adjectives and nouns, then "on" ("short videos on", "its own posts
// on"), maybe as the second of two ("its newsletter and into posts on";
// "a shop that hosts talks on" is no such phrase).
func (v *sentView) destContent(a, lo int) bool {
	if lo <= a || v.low[lo-1] != "on" {
		return false
	}
	t := lo - 1 // the first word of the content
	for t > a && contentTags[v.tag[t-1]] {
		t--
	}
	return t == a || v.low[t-1] == "into" && v.low[t-2] == "and"
}

// destinationOn reports whether the move of cue c goes to something on
// the mention at lo: "moved his energy from A to long videos on [B]"
// (destOn), "put the money into short videos on [B]" (destContent). The
// mention is then where the move went, not a venue.
func (v *sentView) destinationOn(c cue, lo int) bool {
	return strings.HasSuffix(c.lemma, " from") && v.destOn(c.hi, lo) ||
		c.lemma == "put into" && v.destContent(c.hi, lo)
}

// contentTags are the tags of the words destContent reads as one noun
// phrase.
var contentTags = map[string]bool{"DT": true, "PRP$": true, "JJ": true, "NN": true, "NNS": true, "POS": true, "CD": true}

// destOn reports whether the mention at lo is where a move goes whose
// source is named after a ("from", "out of"): "from A to long videos on
// [B]", "from A advertising to paying travel creators on [B]", "out of A
// ads and into creators on [B] and boards on [C]". The phrase after "to"
// or "into" is a few words with no name, punctuation or finite verb, and
// "on" ends it.
func (v *sentView) destOn(a, lo int) bool {
	if lo < 3 || v.low[lo-1] != "on" && v.low[lo-1] != "onto" {
		return false
	}
	t := lo - 2
	for t > a && lo-1-t <= 6 && v.low[t] != "to" && v.low[t] != "into" {
		w := v.low[t]
		if w == "and" && t-1 > a && v.ent[t-1] >= 0 && t < lo-2 {
			// "into paying creators on TikTok and building boards on
			// [Pinterest]": a second destination of the same move.
			s := t - 1
			for s > a && v.ent[s-1] == v.ent[t-1] {
				s--
			}
			return v.destOn(a, s)
		}
		if v.ent[t] >= 0 || isPunctBoundary(w) || isQuote(w) || v.tag[t] == "VBD" || v.tag[t] == "VBZ" || v.tag[t] == "VBP" || v.tag[t] == "MD" {
			return false
		}
		t--
	}
	if t <= a || v.low[t] != "to" && v.low[t] != "into" || t == lo-2 {
		return false
	}
	for k := a; k < t; k++ {
		if v.ent[k] >= 0 {
			return true
		}
	}
	return false
}

// verbCueIn reports a cue that starts in [from, to) on a word tagged a
// verb ("go back to"; not "rather than").
func (v *sentView) verbCueIn(from, to int) bool {
	for _, c := range v.cueList() {
		if c.lo >= from && c.lo < to && v.isVerb(c.lo) {
			return true
		}
	}
	return false
}

// relate scores the bearing of cue c on the mention [lo, hi).
func (v *sentView) relate(c cue, lo, hi int, actorEnd int) relation {
	p := &v.sc.p
	same := v.clause[c.lo] == v.clause[lo]
	r := relation{factor: p.otherClause, kind: 'g'}
	ap := v.appositionOf(c)
	switch {
	case ap >= 0:
		// "Unlike Kick, a toxic mess, Twitch ...": the appositive
		// describes the name before it, or the list that name ends
		// ("Kick and Twitch, the two toxic rivals,"), and no comparison
		// or clause around it turns that or lends it to another name.
		s := ap - 1
		for s > 0 && v.ent[s-1] == v.ent[ap-1] {
			s--
		}
		if hi <= ap && lo >= v.listStart(s) {
			r = relation{p.predFactor, 'p'}
		} else {
			r = relation{0, 'g'}
		}
	case c.hi <= lo && lossWords[v.low[c.lo]] && v.lossWithoutBetween(c.hi, lo):
		// "would have quit without that WhatsApp group": what would
		// have been lost without the name says nothing against it.
		r = relation{0, 'g'}
	case hi <= c.lo && c.pos == 'V' && v.relativeObject(hi, c.lo):
		// "Skype, which I do not miss", "Nextdoor, which we recommend":
		// the name is what the relative clause's verb acts on.
		r = relation{p.objectFactor, 'o'}
	case hi < c.lo && c.pos == 'V' && same && v.frontedObject(lo, hi, c):
		// "LinkedIn I have given up on entirely", "TikTok we love":
		// the name fronted before the subject is the verb's object.
		r = relation{p.objectFactor, 'o'}
	case hi <= c.lo && c.pos != 'V' && v.coordLinked(hi, c.lo):
		// "Spond is fine for telling us where to be and no use at all
		// for telling us who anyone is": the second predicate of the
		// same subject, past the first one's verbs.
		r = relation{p.predFactor, 'p'}
	case c.lo < lo && hi < c.hi && arriveCues[c.lemma] && v.nameModifier(lo):
		// "moved its Facebook budget to TikTok": the name in the
		// moved object is where it was.
		r = relation{-p.objectFactor, 'o'}
	case hi <= c.lo && v.replacer(c.lemma, c.lo) == hi:
		// "WhatsApp has replaced the phone call": the replacer is the
		// choice, what it replaced the loss.
		r = relation{-p.objectFactor, 'o'}
	case c.lemma == "replace" && !v.nameObject(c.lo, c.lo+1) && !v.swapsFor(c.lemma, c.lo):
		// Kept for its subject alone: "the club replaced its boats
		// with help from Facebook" judges no other name.
		r = relation{0, 'g'}
	case hi <= c.lo && c.pos == 'V' && v.tag[c.lo] == "VBG" && v.accusedOther(hi, c.lo):
		// "accusing the group of manipulating the platform": the
		// gerund's subject is the accused ("accused Meta of stealing"
		// is the target's, "fined X for failing" too).
		r = relation{0, 'g'}
	case hi <= c.lo && c.pos == 'V' && v.tag[c.lo] == "VBG" && c.lo > 0 && v.low[c.lo-1] == "," && v.participleOf(hi, c.lo):
		// "X sued Media Matters, accusing the group of ...": the target
		// is the participle's subject.
		if c.strong {
			r = relation{p.subjAttitude, 's'}
		} else {
			r = relation{p.subjGeneral, 's'}
		}
	case c.hi <= lo && same:
		gap := lo - c.hi
		// "would keep streaming on Kick and would never go back to
		// Twitch": a verb that opens a cue of its own starts another
		// predicate, even an auxiliary's lemma ("go").
		contentVerb := v.any(cVerb, c.hi, lo) || v.verbCueIn(c.hi, lo)
		switch {
		case c.lemma == "rather than" || c.lemma == "instead of":
			// "A rather than B": the construction itself prefers A.
			r = relation{-p.objectFactor, 'o'}
		case c.pos == 'N' && !contentVerb && gap <= 4 && !departVerbs[c.lemma] && eventNouns[v.low[c.lo]] == 0 && !strings.HasSuffix(c.lemma, " from") && v.sourceBefore(lo):
			// "criticism from TikTok", "complaints through Facebook":
			// where the noun comes from or through, not its object
			// ("the exodus from X" leaves its object).
			r = relation{0, 'g'}
		case strings.HasSuffix(c.lemma, " from") && v.destOn(c.hi, lo):
			// "moved his energy from Instagram to long videos on
			// YouTube": the destination is on the target.
			r = relation{-p.objectFactor, 'o'}
		case arriveCues[c.lemma] && v.destAccount(c.hi, lo, hi):
			// "moved them to a private server on Discord": where
			// they went is an account on the target.
			r = relation{p.objectFactor, 'o'}
		case c.lemma == "put into" && v.destContent(c.hi, lo):
			// "puts that money into short videos on TikTok": what
			// the money buys is made on the target.
			r = relation{p.objectFactor, 'o'}
		case c.pos == 'V' && victimVerbs[c.lemma] && !contentVerb && gap <= 4 && !v.passiveAt(c.lo, max(0, c.lo-3)):
			// "bots manipulated Reddit": what is harmed is no culprit
			// ('v': nor is it praised); "harmed by Instagram" is.
			r = relation{0, 'v'}
		case contentVerb && arriveCues[c.lemma]:
			// "put its marketing money into short videos on Instagram,
			// after its figures showed ... on TikTok": a move judges
			// its destination, not a platform further on.
			r = relation{0, 'g'}
		case actorVerbs[c.lemma] && c.pos == 'V' && v.any(cPlace, c.hi, lo) && !v.predicateBetween(c.hi, lo):
			// "had removed 41 pages and 67 groups linked to the
			// Sentinels from Facebook": however long the object, the
			// platform is where the removal happened.
			r = relation{0, 'g'}
		case contentVerb || float64(gap) > p.maxGap:
			r = relation{p.farFactor, 'g'}
		case v.any(cAdv, c.hi, lo):
			// "praises Twitter after Facebook removals"
			r = relation{p.farFactor, 'g'}
		case v.nouns(c.hi, lo) >= 2:
			// "an attack on free speech in posts on X": X is deep in
			// the cue's object, not its object.
			r = relation{p.deepFactor, 'g'}
		case actorVerbs[c.lemma] && v.any(cPlace, c.hi, lo) && !(c.pos == 'N' && gap == 1 && (v.low[c.hi] == "on" || v.low[c.hi] == "against")):
			// "removed from Facebook": the platform is where it happened
			// ("the ban on TikTok" names its object).
			r = relation{0, 'g'}
		case v.attributive(c) && v.any(cIN, c.hi, lo) && !v.wordBetween(c.hi, lo, "from"):
			// "we put the best sets on YouTube", "the worst groups on
			// Telegram": the superlative ranks its own noun, and the
			// platform is only where that is ("their worst habits from
			// TikTok" names a source).
			r = relation{0, 'g'}
		case c.pos == 'J' && (gap <= 2 && v.low[c.hi] == "than" || gap <= 5 && v.comparative(c.lo) && v.thanIn(c.hi, lo)):
			// "Facebook was far better than Telegram": the other side
			// of the comparison (flipped below).
			r = relation{p.predFactor, 'p'}
		case c.pos == 'V' && c.lemma != "stop using" && c.lemma != "keep using" && v.placeBefore(c.hi, lo):
			// "promoting its games on YouTube": the verb's object is
			// the games; the platform is where it happens. A short
			// object ("support her on Patreon", "thanked her followers
			// on Instagram") leaves the platform out of the stance,
			// unless venueOnly finds it part of the object; a negated
			// verb keeps its reach ("stopped paying to promote its
			// shows on Instagram" gives up a use).
			r = relation{p.deepFactor, 'g'}
			if gap <= 4 && !c.negated && v.venueOnly(c, lo) {
				r = relation{0, 'g'}
			}
		case c.pos == 'J' && (gap > 3 || v.nouns(c.hi, lo) > 0 || v.any(cIN, c.hi, lo)):
			r = relation{p.sameClause, 'g'}
		case c.pos == 'J':
			r = relation{p.predFactor, 'p'}
		default:
			r = relation{p.objectFactor, 'o'}
		}
		if c.pos == 'N' && v.lacksAfter(c.hi, lo, hi) {
			// "an advantage that WhatsApp lacked", "the reach Threads
			// lacks": the target is without what the noun names.
			r.factor = -r.factor
		}
		if (c.strong || r.kind != 'g') && r.factor > 0 && c.lemma != "rather than" && c.lemma != "instead of" {
			// "left X for Y", "moved A from X to Y", "ditches X in favour of Y"
			if v.any(cCmp, c.hi, lo) || v.comparedAt(lo) ||
				(departVerbs[c.lemma] || strings.HasSuffix(c.lemma, " from")) && v.any(cDest, c.hi+1, lo) && !contentVerb ||
				departVerbs[c.lemma] && c.hi < lo && v.is(cDest, c.hi) && !contentVerb ||
				arriveCues[c.lemma] && v.wordBetween(c.hi, lo, "from") && !contentVerb {
				r.factor = -r.factor
			}
		}
	case c.hi <= lo:
		if v.comparedAt(lo) {
			r = relation{-p.sameClause, 'g'}
		}
	case hi <= c.lo && arriveCues[c.lemma] && !(v.hasBut && v.preBut[lo] && !v.preBut[c.lo] && v.consideredBefore(lo)):
		// "closed the Facebook group and moved them to Discord", "stop
		// posting on Facebook and put the money into Instagram": a move
		// judges where it goes, not a platform named before it.
		r = relation{0, 'g'}
	case hi <= c.lo && same && (c.lemma == "rather than" || c.lemma == "instead of"):
		if v.parallelAfter(c, hi) {
			r = relation{0, 'g'}
		} else if vb := v.firstContentVerb(hi, c.lo); vb < c.lo && v.nouns(vb, c.lo) > 0 {
			// "X had sent a written submission instead of a witness":
			// X is the subject that chose; the preferred thing is the
			// verb's object.
			r = relation{0, 'g'}
		} else if c.lo-hi <= 8 {
			r = relation{p.objectFactor, 'o'}
		} else {
			// "remove X from phones ... and use Y instead of Z": X is
			// in another verb phrase.
			r = relation{0, 'g'}
		}
	case hi <= c.lo && same:
		gap := c.lo - hi
		contentVerb := v.any(cVerb, hi, c.lo)
		switch {
		case actorEnd >= 0 && c.lo > actorEnd:
			r = relation{0, 'g'}
		case c.weight != 0 && v.wordBetween(hi, c.lo, "because") && v.movedFrom(lo, hi):
			// "moved its budget from Snapchat to Pinterest because the
			// returns were better": the reason for a move tells against
			// the place it left, whichever way its words lean.
			r = relation{-math.Copysign(p.otherClause, c.weight), 'g'}
		case v.otherSubjectAfter(hi, c):
			// "posts on Weibo and WeChat because X and Facebook are
			// blocked in China": the cue's clause has a name of its own
			// for a subject.
			r = relation{0, 'g'}
		case c.lo == hi && (v.tag[c.lo] == "VBN" || v.tag[c.lo] == "VBD" && v.causedAt(hi)):
			// "orders Telegram blocked": an object complement.
			r = relation{p.objectFactor, 'o'}
		case v.listStart(lo) > 0 && v.tag[v.listStart(lo)-1] == "IN" && !v.any(cLink, hi, c.lo):
			// "a thread on Reddit praised": the target is not the subject.
			r = relation{p.deepFactor, 'g'}
		case c.pos == 'V' && !contentVerb && v.passiveAt(c.lo, hi):
			r = relation{p.objectFactor, 'o'}
		case c.pos == 'V' && !contentVerb && float64(gap) <= p.maxGap && subjectVerbs[c.lemma]:
			r = relation{p.predFactor, 'p'}
		case c.pos == 'V' && !contentVerb && float64(gap) <= p.maxGap:
			if c.strong {
				r = relation{p.subjAttitude, 's'}
			} else {
				r = relation{p.subjGeneral, 's'}
			}
		case c.pos == 'O' && !contentVerb && gap <= 4 && strings.HasPrefix(v.tag[c.lo], "RB") &&
			c.hi < v.n && v.isContentVerb(c.hi):
			// "Instagram wrongly removed": the manner judges the actor.
			r = relation{p.predFactor, 'p'}
		case (c.pos == 'J' || c.pos == 'N' && !v.any(cIN, hi, c.lo)) && !contentVerb && v.any(cLink, hi, c.lo) && !v.wordBetween(hi, c.lo, "because"):
			r = relation{p.predFactor, 'p'}
		case c.pos == 'J' && v.nouns(hi, c.lo) >= 1:
			// "X under Meta's rules on dangerous organizations": the
			// adjective modifies another noun.
			r = relation{p.deepFactor, 'g'}
		case v.nouns(hi, c.lo) >= 2 && !v.any(cLink, hi, c.lo):
			r = relation{p.deepFactor, 'g'}
		case contentVerb:
			r = relation{p.objectRegion, 'g'}
		default:
			r = relation{p.sameClause, 'g'}
		}
		if v.comparedAt(lo) && r.factor > 0 {
			r.factor = -r.factor
		}
	case hi <= c.lo && choiceCues[c.lemma] && v.hasBut && v.preBut[lo] && !v.preBut[c.lo] && v.consideredBefore(lo):
		// "had considered Threads but chose Bluesky": the rejected
		// option.
		r = relation{-p.objectFactor, 'o'}
	default:
		if v.comparedAt(lo) {
			r = relation{-p.sameClause * 1.5, 'g'}
		} else if (c.lemma == "rather than" || c.lemma == "instead of") && (v.ownVerb(c.lo) || v.parallelAfter(c, hi)) {
			// "find podcasts on YouTube ..., because most listeners
			// arrive through a clip rather than a feed": the
			// construction sets two things of its own clause against
			// each other and says nothing of a name in another. One
			// with no verb of its own (", rather than phoning her")
			// still turns the clause before it.
			r = relation{0, 'g'}
		} else if v.saidOf(lo) {
			// "“…,” Noorzai said of X": the quote is about X.
			r = relation{p.predFactor, 'p'}
		} else if hi <= c.lo && c.weight != 0 && v.reasonFor(c.lo) && v.movedFrom(lo, hi) {
			// "moved its budget from Snapchat to Pinterest, because the
			// returns there were better": as in the same clause above.
			r = relation{-math.Copysign(p.otherClause, c.weight), 'g'}
		} else if c.pos == 'V' && (departVerbs[c.lemma] || c.lemma == "blame") && v.ownObject(c.hi) {
			// "I do not blame TikTok; people were leaving rice out":
			// a departure in another clause with an object of its own
			// leaves that object, and "I don't blame X for that; I
			// blame myself" blames that object.
			r = relation{0, 'g'}
		} else if c.pos == 'V' && v.nounObject(c.hi) {
			// "None of that was GroupMe's fault; it is what happens when
			// you put 26 people who love their children in a room": a
			// verb in another clause with a noun object of its own
			// judges that object. Over the dev articles, rules alone:
			// 27 errors fixed, 9 new, 2 labels now wrong.
			r = relation{0, 'g'}
		}
	}
	// Concession and contrast: the main clause decides.
	if v.conc[c.lo] && !v.conc[lo] {
		r.factor *= p.concessionDamp
	}
	if v.hasBut && v.preBut[c.lo] && !v.preBut[lo] {
		r.factor *= p.preButDamp
	}
	return r
}

// overstayed reports a stay regretted after the cue that ends at hi: a
// "longer than" in the clause within a dozen words, followed by what
// should or was good ("longer than I should have", "longer than was good
// for me", "longer than I meant to").
func (v *sentView) overstayed(hi int) bool {
	for k := hi; k+2 < v.n && k <= hi+12 && v.clause[k] == v.clause[hi-1]; k++ {
		if v.low[k] != "longer" || v.low[k+1] != "than" {
			continue
		}
		for m := k + 2; m < v.n && m <= k+5; m++ {
			switch v.low[m] {
			case "should", "ought", "good", "healthy", "meant", "intended", "wise", "sensible", "needed":
				return true
			}
		}
		return false
	}
	return false
}

// afterLongerThan reports a word of the measure in "longer than was good
// for me", "longer than was wise": what a stay went beyond, no valence of
// its own.
func (v *sentView) afterLongerThan(i int) bool {
	for k := i - 1; k >= 1 && k >= i-4; k-- {
		if v.low[k] == "than" && v.low[k-1] == "longer" {
			return true
		}
	}
	return false
}

// personSubject reports a verb at i whose subject, right before it past
// any auxiliaries and adverbs, is a pronoun, a name, "who", a group noun
// or a role, or that has none (an imperative at the clause's start).
func (v *sentView) personSubject(i int) bool {
	k := i - 1
	for k >= 0 && (auxiliaries[v.low[k]] || strings.HasPrefix(v.tag[k], "RB")) {
		k--
	}
	if k < 0 || isPunctBoundary(v.low[k]) || isQuote(v.low[k]) {
		return true
	}
	w := v.low[k]
	return v.tag[k] == "PRP" || v.ent[k] >= 0 || w == "who" || groupNouns[w] || roleNouns[w]
}

// contentSubject reports a verb at i whose subject, right before it past
// any auxiliaries and adverbs, is something posted: "the gossip has
// moved", "the clips moved".
func (v *sentView) contentSubject(i int) bool {
	k := i - 1
	for k >= 0 && (auxiliaries[v.low[k]] || strings.HasPrefix(v.tag[k], "RB")) {
		k--
	}
	return k >= 0 && v.ent[k] < 0 && postedNouns[v.low[k]]
}

// moveLemmas are the cues of moving to or from a platform.
var moveLemmas = map[string]bool{"move to": true, "move from": true, "move onto": true, "shift to": true, "shift from": true, "migrate to": true, "migrate from": true}

// postedNouns name what people post, which moves between platforms
// without choosing any.
var postedNouns = map[string]bool{"video": true, "videos": true, "clip": true, "clips": true, "footage": true,
	"gossip": true, "rumour": true, "rumours": true, "rumor": true, "rumors": true, "hoax": true, "hoaxes": true,
	"post": true, "posts": true, "photo": true, "photos": true, "picture": true, "pictures": true, "image": true,
	"images": true, "meme": true, "memes": true, "deepfake": true, "deepfakes": true, "fake": true, "fakes": true,
	"content": true, "misinformation": true, "disinformation": true, "abuse": true, "harassment": true}

// nameSubject reports a name, "it" or "they" as the subject of the verb
// at i, or a noun that a name (or "its") owns: "YouTube never falls
// short", "X's advert archive falls short".
func (v *sentView) nameSubject(i int) bool {
	k := i - 1
	for k >= 0 && (auxiliaries[v.low[k]] || negators[v.low[k]] || strings.HasPrefix(v.tag[k], "RB")) {
		k--
	}
	if k < 0 {
		return false
	}
	if v.ent[k] >= 0 || v.low[k] == "it" || v.low[k] == "they" {
		return true
	}
	for k >= 0 && v.ent[k] < 0 && (strings.HasPrefix(v.tag[k], "NN") || strings.HasPrefix(v.tag[k], "JJ")) {
		k--
	}
	return k >= 0 && (v.low[k] == "its" || k >= 1 && (v.low[k] == "'s" || v.low[k] == "'") && v.ent[k-1] >= 0)
}

// doneWith reports whether "done" at i, before "with", is someone done
// with a thing, a state of "be" with a person's subject or none ("I'm so
// done with X", "Done with TikTok for good"): "the video was done with
// TikTok's filters" was made with them, and "would have done it with a
// stopwatch" is the verb.
func (v *sentView) doneWith(i int) bool {
	if i+1 >= v.n || v.low[i+1] != "with" {
		return false
	}
	k := i - 1
	for k >= 0 && strings.HasPrefix(v.tag[k], "RB") {
		k--
	}
	if k < 0 || isPunctBoundary(v.low[k]) || isQuote(v.low[k]) {
		return true
	}
	switch w := v.low[k]; {
	case presentBe[w], w == "was", w == "were", w == "be", w == "been", w == "being":
		return v.personSubject(k)
	}
	return false
}

// vocative returns the person a sentence opens by addressing, before the
// word at k ("Sofia, you moved ...", "HART: Sofia, you ...", "“Tom, you
// left ..."), or -1: a speaker's label and an opening quotation mark may
// come first, then a person's name and a comma.
func (v *sentView) vocative(d *docView, k int) int {
	i := 0
	if i+1 < v.n && v.low[i+1] == ":" {
		i += 2
	}
	for i < v.n && isQuote(v.low[i]) {
		i++
	}
	if i >= k || v.ent[i] < 0 || d.doc.Entities[v.ent[i]].Type != entities.Person {
		return -1
	}
	e := v.ent[i]
	for i < v.n && v.ent[i] == e {
		i++
	}
	if i+1 != k || v.low[i] != "," {
		return -1
	}
	return e
}

// relativeObject reports a relative clause right after a name whose
// pronoun is the object of the verb at i: "Skype, which I do not miss",
// "Discord, which my students still use": a comma, "which" or "that", a
// subject of its own (a pronoun, a name or a short noun phrase), and
// only auxiliaries, negators and adverbs before the verb. A verb with an
// object of its own after it ("which my son used to message me") is
// left alone.
func (v *sentView) relativeObject(hi, i int) bool {
	return hi > 0 && v.relativeAntecedent(i) == hi
}

// frontedObject reports the mention [lo, hi) fronted as the object of the
// verb cue c: the name, or the list it ends, opens its clause, a subject
// pronoun follows it, and only auxiliaries, negators and adverbs stand
// between the pronoun and the verb ("X I'd ban tomorrow", "Telegram I
// would never recommend"). A name inside the fronted phrase ("The trolls
// on Reddit we ignore") is not the object.
func (v *sentView) frontedObject(lo, hi int, c cue) bool {
	if !subjectPronouns[v.low[hi]] {
		return false
	}
	for k := hi + 1; k < c.lo; k++ {
		w := v.low[k]
		if !auxiliaries[w] && !negators[w] && v.tag[k] != "MD" && !strings.HasPrefix(v.tag[k], "RB") && w != "'d" && w != "'ve" {
			return false
		}
	}
	s := v.listStart(lo)
	return v.clauseFirst(s) == s
}

// clauseFirst returns the first word of the clause of token i, past any
// quotation mark, punctuation or conjunction that opens it (at most i).
func (v *sentView) clauseFirst(i int) int {
	o := v.clauseOpen(i)
	for o < i && (isQuote(v.low[o]) || isPunctBoundary(v.low[o]) || v.tag[o] == "CC") {
		o++
	}
	return o
}

// relativeAntecedent returns the end of the name whose relative clause
// has the verb at i and takes the name as the verb's object
// (relativeObject), or -1.
func (v *sentView) relativeAntecedent(i int) int {
	if i >= v.n || !v.isVerb(i) {
		return -1
	}
	if i+1 < v.n && (v.tag[i+1] == "DT" || v.tag[i+1] == "PRP$" || v.tag[i+1] == "PRP" || strings.HasPrefix(v.tag[i+1], "NN") || v.ent[i+1] >= 0) {
		return -1
	}
	k := i - 1
	for k >= 0 && (auxiliaries[v.low[k]] || negators[v.low[k]] || strings.HasPrefix(v.tag[k], "RB")) {
		k--
	}
	switch {
	case k < 0:
		return -1
	case subjectPronouns[v.low[k]]:
		k--
	case v.ent[k] >= 0:
		for e := v.ent[k]; k >= 0 && v.ent[k] == e; {
			k--
		}
	case strings.HasPrefix(v.tag[k], "NN"):
		k--
		for j := k; k >= 0 && k > j-3 && (v.tag[k] == "DT" || v.tag[k] == "PRP$" || strings.HasPrefix(v.tag[k], "JJ")); {
			k--
		}
	default:
		return -1
	}
	if k < 1 || v.low[k] != "which" && v.low[k] != "that" {
		return -1
	}
	k--
	if v.low[k] == "and" {
		// "Skype, which dropped calls whenever it rained and which I
		// do not miss": the first relative's name.
		for j := k - 1; j >= 1 && j >= k-16; j-- {
			if w := v.low[j]; w == ";" || w == ":" || isQuote(w) {
				return -1
			}
			if v.low[j] == v.low[k+1] && v.low[j-1] == "," {
				k = j - 1
				break
			}
		}
	}
	if v.low[k] == "," {
		k--
	}
	if k < 0 || v.ent[k] < 0 {
		return -1
	}
	return k + 1
}

// contactAntecedent returns the noun that a relative clause without its
// pronoun, whose verb is at i, takes as its object, or -1: "the scholars I
// most admire into ...", "the posts we liked, ...". The clause is a
// pronoun subject after the noun and a verb with no object of its own: a
// preposition, a conjunction or a mark follows it ("telling tenants they
// can stop paying" reports a clause; a pseudo-cleft's copula, "The site I
// would miss is X", makes the name after it the object, cleftObject). A
// noun after a copula is what the subject is ("it is now the service we
// recommend").
func (v *sentView) contactAntecedent(i int) int {
	if !v.isVerb(i) || v.tag[i] == "VBG" || v.tag[i] == "VBN" || i+1 >= v.n {
		return -1
	}
	if t := v.tag[i+1]; v.ent[i+1] >= 0 || t != "IN" && t != "TO" && t != "CC" && t != "," && t != "." && t != ":" && !isQuote(v.low[i+1]) {
		return -1
	}
	j := i - 1
	for j >= 0 && (auxiliaries[v.low[j]] || negators[v.low[j]] || strings.HasPrefix(v.tag[j], "RB") || v.low[j] == "most") {
		// "most" tagged JJS: "the scholars I most admire"
		j--
	}
	if j < 1 || !subjectPronouns[v.low[j]] || !strings.HasPrefix(v.tag[j-1], "NN") {
		return -1
	}
	k := j - 2
	for k >= 0 && k >= j-5 && (v.tag[k] == "DT" || v.tag[k] == "PRP$" || v.tag[k] == "CD" || strings.HasPrefix(v.tag[k], "JJ") || strings.HasPrefix(v.tag[k], "NN") || strings.HasPrefix(v.tag[k], "RB")) {
		k--
	}
	if k >= 0 && linkVerbs[v.low[k]] && (auxiliaries[v.low[k]] || strings.HasPrefix(v.low[k], "remain") || strings.HasPrefix(v.low[k], "bec")) {
		// A copula's, not "turned the scholars I admire into ...".
		return -1
	}
	return j - 1
}

// subjectPronouns may open a relative clause as its subject.
var subjectPronouns = map[string]bool{"i": true, "we": true, "you": true, "they": true, "he": true, "she": true}

// cleftObject reports a verb at i whose missing object is the name after
// the copula of a pseudo-cleft: "The site I would genuinely miss is
// YouTube", "What the club wanted to drop was the Flickr group". The verb
// has a subject of its own (a pronoun, noun or name) and no object.
func (v *sentView) cleftObject(i int) bool {
	if !v.isVerb(i) {
		return false
	}
	k := i + 1
	for k < v.n && strings.HasPrefix(v.tag[k], "RB") {
		// "the one I would drop first is X"
		k++
	}
	if k+1 >= v.n || v.low[k] != "is" && v.low[k] != "was" {
		return false
	}
	k++
	if v.low[k] == "the" && k+1 < v.n {
		k++
	}
	if v.ent[k] < 0 {
		return false
	}
	j := i - 1
	for j >= 0 && (auxiliaries[v.low[j]] || negators[v.low[j]] || v.low[j] == "to" || strings.HasPrefix(v.tag[j], "RB")) {
		j--
	}
	return j >= 1 && (subjectPronouns[v.low[j]] || strings.HasPrefix(v.tag[j], "NN"))
}

// appositionOf returns the opening comma of a noun appositive that holds
// cue c (appositiveClose), or -1: "Kick, a toxic mess, ...".
func (v *sentView) appositionOf(c cue) int {
	i := c.lo - 1
	for i > 0 && i >= c.lo-8 && v.low[i] != "," {
		if !v.appositiveWord(i) {
			return -1
		}
		i--
	}
	if i < 1 || v.low[i] != "," || v.appositiveClose(i) < c.hi {
		return -1
	}
	return i
}

// appositiveClose returns the closing comma of a noun appositive opened
// by the comma at i, or -1: the comma follows a name, a determiner
// follows the comma, and one to seven words with no name, verb or other
// punctuation run to the closing comma, with more of the sentence
// after it. The sentence's end or a quote's does not close one: "On
// Facebook, the loudest person in town wins" may come with its verb
// mistagged.
func (v *sentView) appositiveClose(i int) int {
	if i < 1 || i+2 >= v.n || v.low[i] != "," || v.ent[i-1] < 0 {
		return -1
	}
	switch v.low[i+1] {
	case "a", "an", "the":
	default:
		return -1
	}
	for j := i + 2; j <= i+9; j++ {
		if j == v.n {
			return -1
		}
		if j > i+2 && v.low[j] == "," {
			if j+1 == v.n || isQuote(v.low[j+1]) {
				// "“On Facebook, the loudest person in town wins,”
				// she said": a clause whose verb came out a noun.
				return -1
			}
			return j
		}
		if !v.appositiveWord(j) {
			return -1
		}
	}
	return -1
}

// appositiveWord reports a word that may stand in a noun appositive: no
// name, no punctuation and no verb ("Kick, the site I left, ..." holds a
// clause of its own).
func (v *sentView) appositiveWord(k int) bool {
	return v.ent[k] < 0 && !isPunctBoundary(v.low[k]) && !v.isVerb(k)
}

// reasonFor reports whether token k is in a clause that "because" opens.
func (v *sentView) reasonFor(k int) bool {
	j := v.clauseOpen(k)
	for j < k && (isPunctBoundary(v.low[j]) || isQuote(v.low[j])) {
		j++
	}
	return v.low[j] == "because" || j > 0 && v.low[j-1] == "because"
}

// movedFrom reports whether the mention [lo, hi) is where a move leaves:
// "from [A] to Pinterest", "from [A] and B onto Discord". "from" comes
// just before the list the mention is in, and "to" or "onto" a few
// words after it, before any punctuation, with a name after that.
func (v *sentView) movedFrom(lo, hi int) bool {
	if s := v.listStart(lo); s < 1 || v.low[s-1] != "from" {
		return false
	}
	for k := hi; k < v.n && k <= hi+4; k++ {
		w := v.low[k]
		if isPunctBoundary(w) || isQuote(w) || w == "," {
			return false
		}
		if w != "to" && w != "onto" {
			continue
		}
		for t := k + 1; t < v.n && t <= k+4 && !isPunctBoundary(v.low[t]); t++ {
			if v.ent[t] >= 0 {
				return true
			}
		}
		return false
	}
	return false
}

// objectHead returns the first word after a verb ending at i past its
// determiners, possessives and adjectives, within three words, or -1 at a
// name or when three modifiers run on.
func (v *sentView) objectHead(i int) int {
	for k := i; k < v.n && k <= i+2; k++ {
		if v.ent[k] >= 0 {
			return -1
		}
		if freeRelatives[v.low[k]] || v.tag[k] != "DT" && v.tag[k] != "PRP$" && !strings.HasPrefix(v.tag[k], "JJ") {
			// prose may tag "whoever" an adjective.
			return k
		}
	}
	return -1
}

// ownObject reports a noun phrase that is no name right after a verb
// ending at i: "leaving [rice] out", "quit [the choir]".
func (v *sentView) ownObject(i int) bool {
	k := v.objectHead(i)
	return k >= 0 && (strings.HasPrefix(v.tag[k], "NN") || v.tag[k] == "PRP" || freeRelatives[v.low[k]])
}

// nounObject reports a noun object right after a verb ending at i that is
// no name and no word for one: "love [their children]", not "praise [the
// company]" or "leave [it]". ("love its players" relates the cue to the
// pronoun "its" as a mention of the name.)
func (v *sentView) nounObject(i int) bool {
	k := v.objectHead(i)
	return k >= 0 && strings.HasPrefix(v.tag[k], "NN") && !ownerNouns[v.low[k]]
}

// freeRelatives open a clause that names its own object: "I blame whoever
// typed it first".
var freeRelatives = map[string]bool{"whoever": true, "whomever": true, "whatever": true}

// lacksAfter reports a relative clause whose subject is the mention [lo,
// hi) and whose verb is one of lacking, right after a noun ending at a:
// "the advantage (that) WhatsApp lacked".
func (v *sentView) lacksAfter(a, lo, hi int) bool {
	if lo > a+1 || lo == a+1 && v.low[a] != "that" && v.low[a] != "which" {
		return false
	}
	k := v.afterAux(hi)
	if k >= v.n {
		return false
	}
	switch v.low[k] {
	case "lack", "lacks", "lacked", "lacking", "misses", "missed", "lost":
		return true
	}
	return false
}

// choiceCues pick one option among several.
var choiceCues = map[string]bool{"choose": true, "opt for": true, "prefer": true, "bet on": true, "switch to": true, "move to": true}

// consideredBefore reports a verb of weighing an option just before the
// mention at lo: "considered X", "had looked at X", "tried X".
func (v *sentView) consideredBefore(lo int) bool {
	for j := v.listStart(lo) - 1; j >= 0 && j >= lo-4; j-- {
		switch v.low[j] {
		case "considered", "considering", "weighed", "tried", "tested", "explored", "evaluated":
			return true
		case "at":
			return j > 0 && v.low[j-1] == "looked"
		case "the", "a", "an", "also", "briefly", "first", "both":
			continue
		}
		return false
	}
	return false
}

// placeBefore reports a common noun object, or a person's pronoun,
// followed by a locative preposition before the mention at lo: "[verb]
// its games on X", "support her on Patreon".
func (v *sentView) placeBefore(a, lo int) bool {
	ls := v.placeStart(a, lo)
	if ls < 1 || ls <= a {
		return false
	}
	switch v.low[ls-1] {
	case "on", "via", "through", "across", "in":
	default:
		return false
	}
	return v.nouns(a, ls-1) > 0 || ls-2 >= a && personPronouns[v.low[ls-2]]
}

// placeStart returns where the place phrase of the mention at lo starts,
// after a: its list's first name, or the "the", "this" or "that" before it
// ("an antisemitic post on the platform": the target's noun).
func (v *sentView) placeStart(a, lo int) int {
	ls := v.listStart(lo)
	if ls > a+1 && (v.low[ls-1] == "the" || v.low[ls-1] == "this" || v.low[ls-1] == "that") {
		ls--
	}
	return ls
}

// personPronouns are object pronouns that stand for people, not for a
// platform ("it").
var personPronouns = map[string]bool{
	"him": true, "her": true, "them": true, "us": true, "me": true, "you": true,
}

// venueOnly reports, for a verb cue c whose object stands before the place
// of the mention at lo (placeBefore), that the platform is only where the
// act happens: the object is no part of the platform ("recommends the
// forum on Reddit", "a group on Facebook", partNouns, presenceNouns) and
// the verb moves nothing there ("put its money into films on YouTube",
// "moved the discussion from her comments on TikTok").
func (v *sentView) venueOnly(c cue, lo int) bool {
	k := v.placeStart(c.hi, lo) - 2
	if k < 0 || partNouns[v.low[k]] || presenceNouns[v.low[k]] {
		return false
	}
	return !arriveCues[c.lemma] && !strings.HasSuffix(c.lemma, " from")
}

// partNouns are parts of a platform that an object can name, besides
// presenceNouns: "the forum on Reddit", "boards on Pinterest", "ads on
// LinkedIn", "a live interview on Zoom".
var partNouns = map[string]bool{
	"forum": true, "forums": true, "board": true, "boards": true, "community": true,
	"communities": true, "ads": true, "adverts": true, "interview": true, "interviews": true,
}

// refine adjusts a relation for constructions relate does not see: a
// relative clause about the target ("X, which she called a megaphone for
// harassment"), the target reporting ("X said it welcomed ..."), a bare
// "instead" after the target ("see you on twitter instead"), joining "as
// well", and a general noun whose over/about-phrase is a topic ("the fight
// over X").
func (v *sentView) refine(c cue, lo, hi int, r relation) relation {
	p := &v.sc.p
	if c.lemma == lemmaElliptic {
		// "Reddit will answer a letter and X will not": the
		// construction found both names and their parts.
		r, _ := v.refineConstruction(c, lo, hi)
		return r
	}
	if v.ellipticDeedOf(c, lo) {
		// "Facebook lied to us, and Signal did not": the lie is
		// Facebook's; Signal is judged by the construction alone.
		return relation{0, 'g'}
	}
	if c.pos == 'V' && hi < c.lo && hi < v.contactAntecedent(c.lo) {
		// "LinkedIn, which has turned the scholars I most admire into
		// ...": a relative clause without its pronoun takes the noun
		// before it as its object, not a name further back. (The
		// antecedent comes before the verb, so "hi < c.lo" only spares
		// the search for a name after it.)
		return relation{0, 'g'}
	}
	if rel := v.relativeAfter(hi); rel >= 0 && c.lo > rel && v.clause[c.lo] == v.clause[rel] && c.lemma != lemmaSayFor {
		// "X, which she called a megaphone": the relative describes X.
		// Past its closing comma the main predicate is judged as any
		// other ("X, which was invited, sent a letter instead of ...").
		if e := v.subjectAppositive(hi); e == hi || c.lo < e {
			return relation{p.predFactor, 'p'}
		}
	}
	if v.clause[c.lo] != v.clause[lo] && v.inRelative(c.lo) && !v.inRelative(lo) && c.lemma != lemmaSayFor && c.lemma != lemmaWhereAre && c.lemma != lemmaWhereGo {
		// A relative clause describes its antecedent's own deeds:
		// "The Ministry, which banned phones in 2019, said it had no
		// plans to restrict Snapchat". Not the sentential "which is
		// more than I can say for B", which ranks what came before, nor
		// "X, which is where the parents look", which values X.
		return relation{0, 'g'}
	}
	if v.clause[c.lo] != v.clause[lo] && v.inRelative(lo) && c.lemma != lemmaNotB {
		// A name inside a relative clause is background to the main
		// clause: "The AfD, which has a following on X, criticized ...".
		// Not the "A, not B" that closes the relative: "where the
		// teenagers are, which is TikTok, not Facebook".
		return relation{0, 'g'}
	}
	if wh := v.whereAfter(hi); wh >= 0 && c.lo > wh && v.clause[c.lo] == v.clause[wh] && c.lemma != lemmaNobody {
		// "on Facebook and YouTube, where older voters are easiest to
		// reach": a description of the place, not a stance ("where
		// nobody has ever threatened me" is one).
		return relation{0, 'g'}
	}
	if rv := v.reportAfter(hi); rv >= 0 && c.lo > rv {
		// The target speaks; nobody takes a stance toward it.
		return relation{0, 'g'}
	}
	if v.venue(lo) && c.lo != lo-1 && c.lemma != lemmaWhereAre && c.lemma != lemmaWhereGo && !v.destinationOn(c, lo) && c.lemma != lemmaRefuse && c.lemma != lemmaRejected && c.lemma != lemmaSayFor && c.lemma != lemmaMissIt && c.hi != v.listStart(lo)-1 {
		// "in a string of posts on X", "a popular thread on Reddit
		// praised the union": X is where it was published ("moved
		// his energy from A to long videos on X", "put the money into
		// short videos on X" are where it went). A
		// refused act's place is what it turns down ("won't let the
		// orchestra post/NN on X"). A venue noun that ends the cue is
		// its verb, tagged a noun ("no longer posts/NNS on X"). The
		// place is the point of "posts videos on X, because that's
		// where new clients find me", and what is missed there is
		// missed of it ("would miss the posts on X").
		return relation{0, 'g'}
	}
	if v.harmOn(c, lo) {
		// "abuse on X", "fake accounts on Instagram and Facebook",
		// "the abuse they get in Instagram messages": a harm done
		// on a platform is reported there, not held against it.
		return relation{0, 'g'}
	}
	if r, ok := v.refineConstruction(c, lo, hi); ok {
		return r
	}
	switch c.lemma {
	case "actually":
		// "where the parents actually look", "people actually read
		// it": what people really do is said of the nearest platform
		// only. A discourse "actually," and the platform's own act
		// ("actually banned the group") are no stance.
		if v.closerTarget(c.lo, lo, hi) || !v.emphasizedDeed(c.hi) {
			return relation{0, 'g'}
		}
	case "remove":
		// "removed TikTok from her phone", "removed the Facebook app":
		// the name removed. What a platform removes ("it had removed
		// the groups", "the copies were removed") is its own act,
		// nobody's stance toward it.
		if !v.verbObject(c.hi, lo) {
			return relation{0, 'g'}
		}
	case "urged use", "stop using", "keep using":
		// The construction judges its own object only: not a name
		// before it, nor one after a predicate of its own ("stopped
		// listing its gigs on Facebook and now announces them only on
		// Instagram").
		if hi <= c.lo || v.finiteVerbBetween(c.hi, lo) || v.subordinateBetween(c.hi, lo) {
			return relation{0, 'g'}
		}
	case ">", "beat", "outclass", "outperform":
		// "discord servers > facebook groups", "insta dms beat whatsapp":
		// the left side wins, the right side loses.
		if v.clause[c.lo] != v.clause[lo] {
			return relation{0, 'g'}
		}
		if hi <= c.lo && c.lo-hi <= 4 {
			return relation{p.objectFactor, 'o'}
		}
		if c.hi <= lo && lo-c.hi <= 4 {
			return relation{-p.objectFactor, 'o'}
		}
		return relation{0, 'g'}
	case "instead":
		if v.clause[c.lo] != v.clause[lo] {
			return relation{0, 'g'}
		}
		if c.hi < v.n && insteadPreps[v.low[c.hi]] && v.otherNameBetween(c.hi+1, c.hi+5, -1) {
			// "send residents instead to a WhatsApp line": the
			// choice is the phrase that follows ("on Nextdoor
			// instead with a weekly digest" names none).
			if lo > c.hi && lo-c.hi <= 4 {
				return relation{p.objectFactor, 'o'}
			}
			return relation{0, 'g'}
		}
		if hi <= c.lo && c.lo-hi <= 6 && !v.verbBetween(hi, c.lo) {
			return relation{p.objectFactor, 'o'}
		}
		if c.hi < v.n && v.isVerb(c.hi) && lo > c.hi && lo-c.hi <= 6 && !v.otherNameBetween(c.hi, lo, v.ent[lo]) && useBefore[v.low[lo-1]] {
			// "Letters will instead go out through Microsoft Teams":
			// the place the verb chosen instead goes to.
			return relation{p.objectFactor, 'o'}
		}
		return relation{0, 'g'}
	case "join":
		for k := c.hi; k < v.n && v.clause[k] == v.clause[c.lo]; k++ {
			if v.low[k] == "too" || v.low[k] == "also" || v.low[k] == "well" && v.low[k-1] == "as" {
				return relation{0, 'g'}
			}
		}
		if !v.departedBefore(c.lo) {
			// "has joined the council's WhatsApp channel", "joined
			// Facebook in 2011": a sign-up is news; only a move
			// ("left X and joined Bluesky") chooses.
			return relation{0, 'g'}
		}
	}
	if ls := v.listStart(lo); c.pos == 'N' && c.hi < lo && ls > 0 && v.low[ls-1] == "on" && v.sharedBefore(c.lo) {
		// "shared the complaint on X": X is where it was shared.
		return relation{0, 'g'}
	}
	if v.quoted[c.lo] && !v.quoted[lo] && lo >= 1 && c.lo > hi && c.lo <= hi+3 && namingVerbs[v.low[lo-1]] {
		// "has called Kick “a casino with a chat window”"
		return relation{p.predFactor, 'p'}
	}
	if !c.strong && c.pos == 'N' && c.hi < lo && (v.low[c.hi] == "over" || v.low[c.hi] == "about") {
		return relation{r.factor * p.deepFactor, 'g'}
	}
	return r
}

// insteadPreps open the phrase "instead" points to when it comes first:
// "send residents instead to a WhatsApp line".
var insteadPreps = map[string]bool{
	"to": true, "on": true, "onto": true, "into": true, "through": true, "via": true, "with": true, "for": true,
}

// subordinateBetween reports a clause that a comma and a subordinator
// open in [from, to): "stop taking requests in its Facebook group, after
// a request was screenshotted and shared on TikTok".
func (v *sentView) subordinateBetween(from, to int) bool {
	for k := from; k+1 < to; k++ {
		if v.low[k] == "," && subordinators[v.low[k+1]] {
			return true
		}
	}
	return false
}

// otherSubjectAfter reports a subordinate clause between the mention
// ending at hi and cue c whose subject is another name, or a list of names,
// with a verb right after it: "because X and Facebook are blocked", "after
// Telegram banned them". A name followed by anything else is in a phrase
// ("after Facebook's outage"), which leaves the cue to the name before it.
func (v *sentView) otherSubjectAfter(hi int, c cue) bool {
	for k := hi; k+1 < c.lo; k++ {
		if !subordinators[v.low[k]] || v.ent[k+1] < 0 {
			continue
		}
		m := k + 1
		for m < c.lo && (v.ent[m] >= 0 || v.low[m] == "and" || v.low[m] == "or") {
			m++
		}
		if m < v.n && strings.HasPrefix(v.tag[m], "RB") {
			m++
		}
		return m <= c.lo && m < v.n && (v.isVerb(m) || v.tag[m] == "MD")
	}
	return false
}

// finiteVerbBetween reports a verb of [from, to) that heads a predicate
// of its own: not a participle or gerund, an auxiliary or a linking verb.
func (v *sentView) finiteVerbBetween(from, to int) bool {
	for k := from; k < to; k++ {
		if v.isContentVerb(k) && v.tag[k] != "VBG" && v.tag[k] != "VBN" {
			return true
		}
	}
	return false
}

// predicateBetween reports a tensed verb or modal among the tokens [from,
// to), auxiliaries and linking verbs included, or a sentence's end: "the
// one app I deleted on the way home was Snapchat" ends the deletion's
// clause before the name.
func (v *sentView) predicateBetween(from, to int) bool {
	for k := from; k < to; k++ {
		switch v.tag[k] {
		case "VBZ", "VBD", "VBP", "MD":
			return true
		}
		switch v.low[k] {
		case ".", ";", "!", "?":
			return true
		}
	}
	return false
}

// verbBetween reports a verb, auxiliaries included, among the tokens
// [from, to): "X page and to send residents instead", "Slack has instead
// become". Unlike verbOrPunctBetween it lets a list through ("on Mastodon,
// Bluesky and LinkedIn instead").
func (v *sentView) verbBetween(from, to int) bool {
	for k := from; k < to; k++ {
		if v.isVerb(k) {
			return true
		}
	}
	return false
}

// harmOn reports a harm word as cue c ("abuse", "scams", "fake") before
// the "on", "in", "through" or "via" of its clause that places the
// mention at lo (or the list it starts, or a phrase it begins: "in a
// Facebook group") on a platform, where the harm is done; a harm word
// that is someone's verb ("I hate posting on X") is a stance. A harm blamed
// on the platform, or said with a link verb and an adjective to be rife
// there, stays a charge against it, as does one reported "to" it, which
// no preposition places.
func (v *sentView) harmOn(c cue, lo int) bool {
	if !badClients[v.low[c.lo]] && !harmWords[v.low[c.lo]] {
		return false
	}
	// "I hate posting on X", "would really hate", "learned to hate":
	// after a pronoun or a modal the word is someone's verb, a stance,
	// whatever prose tagged it ("received abuse/RB on X" is the harm);
	// after "to" only when it is tagged a verb ("linked to abusive
	// accounts on X" is the harm).
	k := c.lo - 1
	for k > 0 && strings.HasPrefix(v.tag[k], "RB") {
		k--
	}
	if k >= 0 && (v.tag[k] == "PRP" || v.tag[k] == "MD" || v.tag[k] == "TO" && v.isVerb(c.lo)) {
		return false
	}
	p := v.listStart(lo) - 1
	if p > 0 && v.tag[p] == "DT" {
		// "scams in a Facebook group"
		p--
	}
	if p < c.hi || v.clause[p] != v.clause[c.lo] || !placePreps[v.low[p]] {
		return false
	}
	for k := c.hi; k+1 < p; k++ {
		if v.isLink(k) && strings.HasPrefix(v.tag[k+1], "JJ") {
			// "fake accounts were rampant on TikTok" says what the
			// platform is like.
			return false
		}
	}
	// "blamed the scams on Flickr" lays them on it.
	k = c.lo - 1
	for k > 0 && (v.tag[k] == "DT" || v.tag[k] == "PRP$" || strings.HasPrefix(v.tag[k], "JJ")) {
		k--
	}
	return k < 0 || !blameForms[v.low[k]]
}

// withheldReason reports whether token i is in the reason ("for ...") of
// a negated blame: "do not blame Snapchat for a student who cheats", "which
// I do not blame for the worst night", "do not blame Flickr, for the worst
// week was our own doing". The reason runs from "for" to i with no
// punctuation between, and the nearest blame before "for", back to a
// semicolon or colon (commas do not stop it), decides.
func (v *sentView) withheldReason(i int) bool {
	j := i - 1
	for j >= 1 && v.low[j] != "for" && !isPunctBoundary(v.low[j]) {
		j--
	}
	if j < 1 || v.low[j] != "for" {
		return false
	}
	for k := j - 1; k >= 0 && v.low[k] != ";" && v.low[k] != ":"; k-- {
		if blameForms[v.low[k]] {
			return v.negatorAt(k) != ""
		}
	}
	return false
}

// blameForms lay a harm on someone: "blamed the scams on Flickr".
var blameForms = forms(map[string]bool{"blame": true})

// harmWords are harms besides badClients' that are done on a platform.
var harmWords = map[string]bool{
	"fake": true, "fakes": true, "scam": true, "threats": true, "racist": true,
	"racism": true, "abusive": true,
}

// venueNouns are things published on a platform: "a string of posts on
// X", "a thread on Reddit".
var venueNouns = map[string]bool{
	"post": true, "posts": true, "thread": true, "threads": true, "tweet": true, "tweets": true,
	"video": true, "videos": true, "livestream": true, "stream": true, "comment": true, "comments": true,
}

// venue reports a mention that is the place of a publication: "posts on X".
func (v *sentView) venue(lo int) bool {
	ls := v.listStart(lo)
	if ls < 2 || v.low[ls-1] != "on" && v.low[ls-1] != "in" || !venueNouns[v.low[ls-2]] || !strings.HasPrefix(v.tag[ls-2], "NN") {
		return false
	}
	// "Our posts on X are seen by a fraction ...": one's own posts there
	// report how X treats them.
	return ls < 3 || v.tag[ls-3] != "PRP$"
}

// namingVerbs take an object and a quoted description of it: "called X
// “a ghost town”".
var namingVerbs = map[string]bool{
	"call": true, "called": true, "calls": true, "calling": true, "dubbed": true,
	"labelled": true, "labeled": true, "branded": true, "described": true,
}

// sharedBefore reports a verb of publishing just before the noun at i:
// "shared the complaint", "posted a criticism".
func (v *sentView) sharedBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		switch v.low[k] {
		case "shared", "shares", "share", "posted", "posts", "post", "published", "publishes",
			"uploaded", "circulated", "reposted", "retweeted":
			return true
		}
	}
	return false
}

// targetSpeaks returns the first reporting verb whose subject is target
// entity te ("Telegram, which has ... users, said it was surprised"), or -1.
func (v *sentView) targetSpeaks(d *docView, te int) int {
	for k := 1; k < v.n; k++ {
		if !v.reportVerbAt(k) {
			continue
		}
		switch v.low[k] {
		case "call", "called", "calls", "urge", "urged", "urges":
			continue
		}
		if k >= 2 && causatives[v.low[k-2]] {
			// "Instagram made them feel worse": the target causes
			// the feeling, it does not speak.
			continue
		}
		if ei, found := v.subjectOrApposed(d, k); found && ei == te {
			return k
		}
	}
	return -1
}

// ownerSpeaks returns the first reporting verb whose subject is the
// company that owns target entity te ("A spokesperson for Meta said
// ...", "A Meta spokeswoman said ..." of Instagram), or -1.
func (v *sentView) ownerSpeaks(d *docView, te int) int {
	if !ownedNames[d.doc.Entities[te].Name] {
		return -1
	}
	for k := 1; k < v.n; k++ {
		if v.reportVerbAt(k) && v.ownerSubject(d, te, k) {
			return k
		}
	}
	return -1
}

// reportVerbAt reports a reporting verb at k outside any quotation.
func (v *sentView) reportVerbAt(k int) bool {
	return v.in(k, wcReport) && v.isVerb(k) && !v.quoted[k]
}

// ownerSubject reports whether the subject of the verb at k is the
// company that owns target entity te.
func (v *sentView) ownerSubject(d *docView, te, k int) bool {
	ei, found := v.subjectOrApposed(d, k)
	if !found || ei < 0 {
		ei = v.spokesSubject(d, k)
	}
	return ei >= 0 && owns(d.doc.Entities[ei].Name, d.doc.Entities[te].Name)
}

// ownerWords reports whether token lo lies in what the owner reporting at
// k says: after k, with no one else reporting and no semicolon between
// ("Meta said ..., but parents say Instagram is dangerous" gives the
// parents' words).
func (v *sentView) ownerWords(d *docView, te, k, lo int) bool {
	if k < 0 || lo <= k {
		return false
	}
	for j := k + 1; j < lo; j++ {
		if v.low[j] == ";" {
			return false
		}
		if v.reportVerbAt(j) && (v.tag[j] == "VBD" || v.tag[j] == "VBZ" || v.tag[j] == "VBP") && v.low[j-1] != "and" && !v.ownerSubject(d, te, j) {
			return false
		}
	}
	return true
}

// inRelative reports whether token lo lies in a relative clause ("X, which
// has a large following on Y, criticized ..."): its clause opens with
// which, who or whose.
func (v *sentView) inRelative(lo int) bool {
	k := v.clauseOpen(lo)
	switch v.low[k] {
	case "which", "who", "whose", "whom":
		return true
	case ",":
		return k+1 < v.n && (v.low[k+1] == "which" || v.low[k+1] == "who" || v.low[k+1] == "whose")
	}
	return false
}

// relativeAfter returns the index of "which"/"who" opening a relative
// clause right after the mention ending at hi, or -1. After the
// platform's channel, page or group ("a WhatsApp channel, which she called
// “the only app in the building nobody has ever complained about”") the
// relative describes the platform only in quoted words: unquoted, it
// tells the part's history ("which he set up in 2016 after a runner missed
// the bus"). Over the dev articles the quoted ones fix seven records and
// move none away; the unquoted ones moved more records away from the gold
// than to it.
func (v *sentView) relativeAfter(hi int) int {
	k := hi
	part := k < v.n && presenceNouns[v.low[k]]
	if part {
		k++
	}
	if k < v.n && v.low[k] == "," {
		k++
	}
	if k >= v.n || v.low[k] != "which" && v.low[k] != "who" || k == hi {
		return -1
	}
	if part {
		for j := k + 1; j < v.n && v.clause[j] == v.clause[k]; j++ {
			if isQuote(v.low[j]) {
				return k
			}
		}
		return -1
	}
	return k
}

// whereAfter returns the index of "where" opening a clause right after
// the mention ending at hi (or after a noun that follows it: "X groups,
// where"), or -1.
func (v *sentView) whereAfter(hi int) int {
	k := hi
	for k < v.n && k < hi+2 && (v.tag[k] == "NN" || v.tag[k] == "NNS") && v.ent[k] < 0 {
		k++
	}
	if k < v.n && v.low[k] == "," {
		k++
	}
	if k+1 < v.n && (v.low[k] == "formerly" || v.low[k] == "previously") && v.ent[k+1] >= 0 {
		// "on X, formerly Twitter, where"
		e := v.ent[k+1]
		for k++; k < v.n && v.ent[k] == e; k++ {
		}
		if k < v.n && v.low[k] == "," {
			k++
		}
	}
	if k < v.n && v.low[k] == "where" {
		return k
	}
	return -1
}

// accusedOther reports "accuse/suspect/convict [the] NOUN of" right before
// the gerund at i, the noun after the mention ending at hi: another
// subject is accused of what the gerund says.
func (v *sentView) accusedOther(hi, i int) bool { return v.accuser(hi, i) >= 0 }

// accuser returns the accusing verb of accusedOther, or -1.
func (v *sentView) accuser(hi, i int) int {
	if i < 3 || v.low[i-1] != "of" || v.ent[i-2] >= 0 || !strings.HasPrefix(v.tag[i-2], "NN") {
		return -1
	}
	for k := i - 3; k >= hi && k >= i-5; k-- {
		if v.lemmaAt(k) == "accuse" || accuseForms[v.low[k]] {
			return k
		}
		if v.ent[k] >= 0 || v.isVerb(k) || isPunctBoundary(v.low[k]) {
			return -1
		}
	}
	return -1
}

// disputedBlame returns the verb that reports a blame (cue c, "blaming"
// or "scapegoat") of a name laid at someone else's door, or -1: a blame
// in the progressive, by a noun (not a pronoun), under a report ("thought the
// school was “blaming Snapchat for things people would do on any app”",
// "said the board was making Snapchat a scapegoat"), or a blame someone is
// accused of ("accused ministers of blaming TikTok", "accused the team of
// making a scapegoat of TikTok"). Whoever reports a blame so calls it
// unfair and takes the blamed one's side.
func (v *sentView) disputedBlame(c cue) int {
	g := c.lo
	if v.low[g] == "scapegoat" {
		// "making Snapchat a scapegoat", "making a scapegoat of TikTok"
		if c.lo+2 < v.n && v.low[c.lo+1] == "of" && v.ent[c.lo+2] >= 0 {
			g = c.lo - 2
		} else {
			g = c.lo - 3
		}
		if g < 0 || v.low[g] != "making" {
			return -1
		}
	} else if v.low[g] != "blaming" || g+1 >= v.n || v.ent[g+1] < 0 {
		return -1
	}
	j := g - 1
	if j > 0 && isQuote(v.low[j]) {
		j--
	}
	if j < 1 {
		return -1
	}
	if v.low[j] == "of" {
		return v.accuser(0, j+1)
	}
	switch v.low[j] {
	case "is", "are", "was", "were":
		if !strings.HasPrefix(v.tag[j-1], "NN") {
			return -1
		}
		for m := j - 2; m >= 0; m-- {
			if v.in(m, wcReport) && v.isVerb(m) {
				return m
			}
		}
	}
	return -1
}

// deniedReason reports a cue in a reason denied ("not because Tinder is
// wicked", "not because they love TikTok"): what is given as no reason
// says nothing either way. The reason runs from "because" to the cue
// with no punctuation or "but" between.
func (v *sentView) deniedReason(c cue) bool {
	for k := c.lo - 1; k > 0; k-- {
		w := v.low[k]
		if isPunctBoundary(w) || isQuote(w) || w == "but" || w == "." {
			return false
		}
		if w == "because" {
			return v.low[k-1] == "not" || v.low[k-1] == "n't"
		}
	}
	return false
}

// deniedCharge reports a judgment (cue c) that nobody makes: "Nobody's
// saying TikTok is evil", "Nobody on this board thinks TikTok is evil".
// The charge is denied, not turned into praise, and praise nobody gives
// is no verdict either.
func (v *sentView) deniedCharge(c cue) bool {
	for k := c.lo - 1; k > 0 && k >= c.lo-6; k-- {
		w := v.low[k]
		if isPunctBoundary(w) || isQuote(w) || w == "but" {
			return false
		}
		if !chargeVerbs[w] {
			continue
		}
		for m := k - 1; m >= 0 && m >= k-5; m-- {
			if v.low[m] == "nobody" || v.low[m] == "one" && m > 0 && v.low[m-1] == "no" {
				return true
			}
			if isPunctBoundary(v.low[m]) || isQuote(v.low[m]) {
				break
			}
		}
		return false
	}
	return false
}

// chargeVerbs say or think a judgment (deniedCharge). They are fewer than
// the report verbs: "nobody has ever explained it better" and "Nobody will
// admit to a stomach problem" deny no judgment (with the report verbs,
// rules alone over dev: 1 error fixed, 2 new).
var chargeVerbs = map[string]bool{
	"saying": true, "says": true, "said": true, "thinks": true, "think": true, "thought": true,
	"claims": true, "claiming": true, "believes": true, "suggesting": true, "suggests": true,
}

// accuseForms charge an object with what an of-gerund says.
var accuseForms = forms(map[string]bool{"accuse": true, "suspect": true, "convict": true})

// participleOf reports a participle at i, after a comma, that shares the
// subject of the verb right after the mention ending at hi: "X sued Media
// Matters, accusing ...". The verb may follow an auxiliary or an adverb,
// and no other verb comes between it and the comma.
func (v *sentView) participleOf(hi, i int) bool {
	vb := v.firstContentVerb(hi, i)
	if vb >= i || vb > hi+2 {
		return false
	}
	return !v.any(cVerb, vb+1, i-1)
}

// reportAfter returns the index of a reporting verb whose subject is the
// mention ending at hi ("X said in a statement that ..."), or -1.
func (v *sentView) reportAfter(hi int) int {
	for k := hi; k < v.n && k < hi+3; k++ {
		if v.in(k, wcReport) && v.isVerb(k) && v.low[k] != "call" && v.low[k] != "called" && v.low[k] != "calls" {
			return k
		}
		if !strings.HasPrefix(v.tag[k], "RB") && !strings.HasPrefix(v.tag[k], "MD") && v.low[k] != "has" && v.low[k] != "had" && v.low[k] != "have" {
			return -1
		}
	}
	return -1
}

// nouns counts common nouns in [a, b).
func (v *sentView) nouns(a, b int) int { return v.count(cNoun, a, b) }

// comparedAt reports a comparison marker just before the mention at lo:
// "unlike X", "than X", "over X", "rather than X", "instead of X",
// "alternative to X", "than any other app, X included".
func (v *sentView) comparedAt(lo int) bool {
	// "ahead of Facebook and X": the whole list is compared.
	lo = v.listStart(lo)
	for j := lo - 1; j >= 0 && j >= lo-6; j-- {
		w := v.low[j]
		switch w {
		case "unlike", "than", "versus", "vs", "vs.":
			return true
		case "over":
			return v.preferenceBefore(j)
		case "of":
			if j > 0 && (v.low[j-1] == "instead" || v.low[j-1] == "ahead") {
				// "rated it most valuable, well ahead of X": X trails.
				return true
			}
			continue
		case "to":
			if j > 0 && (v.low[j-1] == "compared" || v.low[j-1] == "alternative" || v.low[j-1] == "alternatives") {
				return true
			}
			return v.preferTo(j)
		case "the", "a", "an", "any", "other", "every", "all", "sites", "platforms", "apps", "services",
			"networks", "rivals", "competitors", "site", "platform", "app", "service", "network",
			"including", ",", "like", "such", "as", "especially", "even":
			continue
		}
		return false
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

// attributive reports a superlative cue that ranks the noun right after
// it: "the best sets", "their worst habits". The tagger also calls
// "honest" a superlative.
func (v *sentView) attributive(c cue) bool {
	return c.hi < v.n && v.tag[c.lo] == "JJS" && !notSuperlative[v.low[c.lo]] && strings.HasPrefix(v.tag[c.hi], "NN")
}

// notSuperlative are adjectives ending in "-est" that rank nothing.
var notSuperlative = map[string]bool{"honest": true, "dishonest": true, "modest": true, "earnest": true}

// parallelAfter reports a "rather than" or "instead of" cue c whose next
// word also comes between the end of a target, hi, and the cue: "sent
// messages through the unit's WhatsApp account, from tablets rather than
// from their own phones", "treat Threads as a test budget rather than a
// place to spend". The repeated word opens the two phrases the cue sets
// against each other, and the target comes before both.
func (v *sentView) parallelAfter(c cue, hi int) bool {
	return c.hi < v.n && v.wordBetween(hi, c.lo, v.low[c.hi])
}

// ownVerb reports whether the clause of the word at i has a content verb
// before it.
func (v *sentView) ownVerb(i int) bool {
	for k := i - 1; k >= 0 && v.clause[k] == v.clause[i]; k-- {
		if v.isContentVerb(k) {
			return true
		}
	}
	return false
}

// passiveAt reports "was banned", "is praised", "got slammed" for the verb at
// i, looking back toward the subject ending at from.
func (v *sentView) passiveAt(i, from int) bool {
	if v.tag[i] != "VBN" {
		return false
	}
	for j := i - 1; j >= from; j-- {
		if passiveAux[v.low[j]] {
			return true
		}
		if v.low[j] == "'s" {
			return v.tag[j] != "POS"
		}
		if !strings.HasPrefix(v.tag[j], "RB") && v.tag[j] != "VBN" {
			return false
		}
	}
	return false
}

// actorVerbAfter returns the index of an action verb (ban, remove, suspend)
// whose subject is the mention ending at hi, or -1. An appositive may come
// between ("Twitch, the Amazon-owned market leader, banned"), and the
// action may be a later verb of the same subject ("Discord scans every
// image ... and had banned").
func (v *sentView) actorVerbAfter(hi int) int {
	if hi > 0 && hi < v.n && subjectPronouns[v.low[hi]] && v.ent[hi-1] >= 0 {
		lo := hi - 1
		for lo > 0 && v.ent[lo-1] == v.ent[hi-1] {
			lo--
		}
		if s := v.listStart(lo); v.clauseFirst(s) == s {
			// "Twitter I banned": the pronoun acts, on the name
			// fronted as its object (frontedObject).
			return -1
		}
	}
	start, limit := hi, hi+6
	if hi < v.n && v.low[hi] == "," {
		if e := v.transparentEnd(hi); e > hi {
			start, limit = e+1, e+4
		}
	}
	for k := start; k < v.n && k < limit; k++ {
		if v.clause[k] != v.clause[max(hi-1, 0)] {
			return -1
		}
		if v.ent[k] >= 0 && k > hi {
			// "Facebook and TikTok ban": skip over coordinated names.
			continue
		}
		if v.isContentVerb(k) {
			if v.passiveAt(k, hi) || k == hi && (v.tag[k] == "VBN" || v.tag[k] == "VBD") && v.causedAt(hi) {
				// "X was blocked"; "orders X blocked": an object
				// complement, X is acted on.
				return -1
			}
			if v.actorAt(k) {
				return k
			}
			return v.conjoinedActor(k)
		}
	}
	return -1
}

// causedAt reports a verb that orders or wants its object done to, right
// before the mention ending at hi: "orders [X] blocked", "wanted [X]
// banned".
func (v *sentView) causedAt(hi int) bool {
	lo := hi - 1
	if e := v.ent[lo]; e >= 0 {
		for lo > 0 && v.ent[lo-1] == e {
			lo--
		}
	}
	return lo > 0 && causeForms[v.low[lo-1]]
}

// causeForms order or want their object done to.
var causeForms = forms(map[string]bool{"order": true, "want": true, "get": true, "have": true, "need": true})

// actorAt reports a platform-action verb at k.
func (v *sentView) actorAt(k int) bool {
	return v.sc.actor[v.low[k]] || actorVerbs[v.lemmaAt(k)]
}

// conjoinedActor returns an action verb that "and" joins to the verb at k
// in its clause, sharing its subject ("scans every image ... and had
// banned"), or -1.
func (v *sentView) conjoinedActor(k int) int {
	for j := k + 1; j < v.n-1 && v.clause[j] == v.clause[k]; j++ {
		if v.low[j] != "and" {
			continue
		}
		i := v.afterAux(j + 1)
		if i < v.n && v.conjoinedVerb(j, i) && v.actorAt(i) && !v.passiveAt(i, j+1) {
			return i
		}
	}
	return -1
}

// platformOwners are the companies that own built-in platforms, by their
// names in lower case: their closing an account is the service acting.
var platformOwners = map[string]bool{
	"meta": true, "meta platforms": true, "meta platforms inc.": true,
	"x corp.": true, "x corp": true, "alphabet": true, "google": true,
	"bytedance": true, "snap": true, "snap inc.": true, "microsoft": true,
	"tencent": true, "rakuten viber": true, "kuaishou": true, "amazon": true,
}

// ownedPlatforms are the built-in platforms each owner in platformOwners
// runs, by the owner's name in lower case and the platforms' canonical
// names.
var ownedPlatforms = map[string][]string{
	"meta":           {"Facebook", "Instagram", "WhatsApp", "Threads", "Facebook Messenger"},
	"meta platforms": {"Facebook", "Instagram", "WhatsApp", "Threads", "Facebook Messenger"},
	"google":         {"YouTube", "Blogger"},
	"alphabet":       {"YouTube", "Blogger"},
	"bytedance":      {"TikTok"},
	"snap":           {"Snapchat"},
	"snap inc.":      {"Snapchat"},
	"x corp.":        {"Twitter"},
	"x corp":         {"Twitter"},
	"microsoft":      {"LinkedIn", "Microsoft Teams", "Skype"},
	"amazon":         {"Twitch"},
	"tencent":        {"WeChat"},
	"rakuten viber":  {"Viber"},
}

// ownerKey returns the lower-case name under which platformOwners knows
// the company, with any legal suffix cut ("ByteDance Ltd.", "Snap Inc."),
// or "" for a company that owns no platform. It compares without
// lower-casing, so that asking about every name of a sentence allocates
// nothing.
func ownerKey(name string) string {
	if k := knownOwner(name); k != "" {
		return k
	}
	for _, suf := range [...]string{" ltd.", " ltd", " inc.", " inc", " plc", " corp.", " corp", " co.", " llc", " limited"} {
		if n := len(name) - len(suf); n > 0 && strings.EqualFold(name[n:], suf) {
			return knownOwner(strings.TrimSuffix(name[:n], ","))
		}
	}
	return ""
}

// knownOwner returns the key of platformOwners that is name in any case,
// or "".
func knownOwner(name string) string {
	for k := range platformOwners {
		if len(k) == len(name) && strings.EqualFold(k, name) {
			return k
		}
	}
	return ""
}

// platformOwner reports a company that owns a platform, under any of its
// legal suffixes.
func platformOwner(name string) bool { return ownerKey(name) != "" }

// ownedNames are the platforms in ownedPlatforms, so that owns answers at
// once for a platform no owner runs.
var ownedNames = func() map[string]bool {
	m := map[string]bool{}
	for _, ps := range ownedPlatforms {
		for _, p := range ps {
			m[p] = true
		}
	}
	return m
}()

// owns reports that the company named owner runs the platform named
// platform: Meta owns Instagram.
func owns(owner, platform string) bool {
	return ownedNames[platform] && slices.Contains(ownedPlatforms[ownerKey(owner)], platform)
}

// damped scales by damp the contributions of the cues in the side part of
// a sentence (side[c.lo]: a concessive clause, the part before "but") when
// that part and the rest pull in opposite directions, and returns the new
// total; otherwise it returns total unchanged.
func damped(cues []cue, contrib []float64, side []bool, damp, total float64) float64 {
	var in, out float64
	for ci, c := range cues {
		if side[c.lo] {
			in += contrib[ci]
		} else {
			out += contrib[ci]
		}
	}
	if in*out >= 0 {
		return total
	}
	total = 0
	for ci, c := range cues {
		if side[c.lo] {
			contrib[ci] *= damp
		}
		total += contrib[ci]
	}
	return total
}

// actsIn reports that one of the target's mentions is the actor of the
// verb cue c (actors are actorVerbAfter per mention).
func (v *sentView) actsIn(c cue, actors []int) bool {
	for _, a := range actors {
		if a >= c.lo && a < c.hi {
			return true
		}
	}
	return false
}

// placeActs are acts on someone's presence on a platform, which is where
// they happen rather than what they judge when the platform or its owner
// acts: closing an account there, banning someone from it.
var placeActs = map[string]bool{lemmaClose: true, "ban from": true}

// actedBy reports an action cue (ban, block, remove ...) whose subject is a
// platform or an organization other than target te: "when Meta blocked
// news links" says nothing about Facebook, only about what was blocked.
func (v *sentView) actedBy(d *docView, c cue, te int) bool {
	if placeActs[c.lemma] {
		// "Instagram deleted the group's accounts on Facebook", "Meta
		// closed the Instagram accounts", "Meta banned the group from
		// Facebook": the service or its owner acts.
		ei, found := v.subject(d, c.lo)
		if !found || ei < 0 || ei == te {
			return false
		}
		e := d.doc.Entities[ei]
		return e.Type == entities.Platform || platformOwner(e.Name)
	}
	if !c.strong || c.pos != 'V' || !actorVerbs[c.lemma] || v.passiveAt(c.lo, 0) {
		return false
	}
	ei, found := v.subject(d, c.lo)
	if found && ei == -1 {
		// "after the site removed several of its ads"
		for k := c.lo - 1; k >= 0 && k >= c.lo-3; k-- {
			if platformNouns[v.low[k]] && k > 0 && v.low[k-1] == "the" {
				return true
			}
		}
	}
	if !found || ei < 0 || ei == te {
		return false
	}
	t := d.doc.Entities[ei].Type
	return t == entities.Platform || t == entities.Org
}

// objectOfOther reports that cue c is a verb or noun whose object, right
// after it, is a target other than te: "prefers Bluesky", "criticism of X".
func (v *sentView) objectOfOther(d *docView, c cue, te int) bool {
	if c.pos != 'V' && c.pos != 'N' {
		return false
	}
	for k := c.hi; k < v.n && k <= c.hi+3 && v.clause[k] == v.clause[c.lo]; k++ {
		if e := v.ent[k]; e >= 0 {
			return e != te && d.doc.Entities[e].Target
		}
		switch v.tag[k] {
		case "DT", "IN", "TO", "JJ", "PRP$":
			continue
		}
		return false
	}
	return false
}

// predicateOfOther reports cue c in another clause than the mention at
// lo, in the predicate of that clause's subject, another target than te.
func (v *sentView) predicateOfOther(d *docView, c cue, lo, te int) bool {
	if v.clause[c.lo] == v.clause[lo] {
		return false
	}
	for k := c.lo - 1; k >= 0 && v.clause[k] == v.clause[c.lo]; k-- {
		e := v.ent[k]
		if e < 0 {
			continue
		}
		if e == te || !d.doc.Entities[e].Target {
			return false
		}
		s := k
		for s > 0 && v.ent[s-1] == e {
			s--
		}
		return v.subjectPredicate(s, k+1, c.lo)
	}
	return false
}

// mainClause reports that the clause of token k is not opened by a
// subordinator ("When Flickr closed, ...", "and when Vimeo failed us"):
// the first word past punctuation, quotation marks and a coordinating
// conjunction. Relative clauses need no check here: refine already gives
// their cues no weight on a name outside them, but for "which is more
// than I can say for" and "which is where".
func (v *sentView) mainClause(k int) bool {
	for i := v.clauseOpen(k); i <= k; i++ {
		w := v.low[i]
		if isPunctBoundary(w) || w == "," || isQuote(w) || w == "and" || w == "but" || w == "or" {
			continue
		}
		return !subordinators[w]
	}
	return true
}

// sourceBefore reports a mention at lo, or the list it opens, right after
// a preposition of source or channel: "from", "through", "via".
func (v *sentView) sourceBefore(lo int) bool {
	k := lo
	if ls := v.listStart(lo); ls >= 0 && ls < lo {
		k = ls
	}
	if k == 0 {
		return false
	}
	switch v.low[k-1] {
	case "from", "through", "via":
		return true
	}
	return false
}

// venueOfOther reports a mention at lo right after "on" or "in" that
// follows another platform, the object of cue c: "complain about Snapchat
// on TikTok", "praised Discord on Facebook". That platform is what the cue
// judges; this one is where it was said.
func (v *sentView) venueOfOther(d *docView, c cue, lo, te int) bool {
	if lo < 2 || lo <= c.hi || (v.low[lo-1] != "on" && v.low[lo-1] != "in") {
		return false
	}
	e := v.ent[lo-2]
	if e < 0 || e == te || d.doc.Entities[e].Type != entities.Platform {
		return false
	}
	k := lo - 2
	for k > c.hi && v.ent[k-1] == e {
		k--
	}
	for j := c.hi; j < k; j++ {
		if v.isVerb(j) || v.ent[j] >= 0 || isPunctBoundary(v.low[j]) || v.low[j] == "," || v.low[j] == "and" || v.low[j] == "or" {
			return false
		}
	}
	return true
}

// lemmaAt returns the lemma of the cue over token k, else the word.
func (v *sentView) lemmaAt(k int) string {
	if c := v.cueAt(k); c != nil {
		return c.lemma
	}
	return v.low[k]
}

// departedBefore reports a departure cue before token i in the sentence:
// "left X and joined Bluesky".
func (v *sentView) departedBefore(i int) bool {
	for _, c := range v.cueList() {
		if c.lo >= i {
			break
		}
		if departVerbs[c.lemma] || withdrawals[c.lemma] {
			return true
		}
	}
	return false
}

// vaderLoose scales general valence that is not syntactically about the
// target.
const vaderLoose = 0.3

// subjectPredicate reports a token at i in the predicate of the clause whose
// subject is the mention [lo, hi): after it in its clause, the mention
// not inside a prepositional phrase.
func (v *sentView) subjectPredicate(lo, hi, i int) bool {
	if i < hi || v.clause[i] != v.clause[lo] {
		return false
	}
	// "said that X had ...": the tagger's IN "that" opens a clause.
	if ls := v.listStart(lo); ls > 0 && (v.tag[ls-1] == "IN" && v.low[ls-1] != "that" || v.tag[ls-1] == "TO") {
		return false
	}
	return v.subjectOpens(lo)
}

// subjectOpens reports that no content verb comes before the mention at lo
// in its clause (up to a reporting verb or "that": "she said X treats
// scrutiny as a threat"), so the mention may be the clause's subject.
func (v *sentView) subjectOpens(lo int) bool {
	if v.spMemo == nil {
		v.spMemo = make([]int8, v.n+1)
	}
	if m := v.spMemo[lo]; m != 0 {
		return m == 1
	}
	ok := true
	for k := lo - 1; k >= 0 && v.clause[k] == v.clause[lo]; k-- {
		if v.in(k, wcReport) || v.low[k] == "that" {
			break
		}
		if v.isContentVerb(k) {
			ok = false
			break
		}
	}
	v.spMemo[lo] = 2
	if ok {
		v.spMemo[lo] = 1
	}
	return ok
}

// ruleVerdict is the rules' verdict on one target in one sentence, kept
// until every sentence has one: the article model reads the document's
// other verdicts on the same target before it decides (docVerdicts).
type ruleVerdict struct {
	v       *sentView
	t       targetMention
	j       Judgment
	final   bool // j is the judgment: the target has no mention to judge
	settled bool // a disclaimer judged it neutral: no model fills it in
	ranges  [][2]int
	cues    []cue
	contrib []float64
	score   float64
	agent   bool
	victim  bool // the target is the object of a harm ("bots manipulated X")
	but     int
}

// judge scores one target in one sentence by the rules, up to the article
// model; finish completes the judgment.
func (s *Scorer) judge(d *docView, v *sentView, t targetMention) ruleVerdict {
	j := Judgment{Sentence: v.idx, Target: d.doc.Entities[t.ent].Name, Label: Neutral, Cues: []Cue{}}
	cues := v.cueList()
	if len(t.ranges) == 0 {
		return ruleVerdict{j: j, final: true}
	}
	ranges := append(t.ranges, v.pronounsOf(t.ent, t.ranges[0][0], d)...)
	contrib := make([]float64, len(cues))
	total := 0.0
	speaks := v.targetSpeaks(d, t.ent)
	owner := v.ownerSpeaks(d, t.ent)
	// agent: the target is the subject of a stance verb ("Acme slammed
	// Gab"): it holds the attitude and is not judged by it.
	agent, victim, settled := false, false, false
	var actorBuf [8]int
	actors := actorBuf[:0]
	if len(ranges) > len(actorBuf) {
		actors = make([]int, len(ranges))
	}
	actors = actors[:len(ranges)]
	for mi, m := range ranges {
		actors[mi] = v.actorVerbAfter(m[1])
	}
	for ci, c := range cues {
		best := 0.0
		actorCue := v.actedBy(d, c, t.ent)
		if speaks >= 0 && c.lo > speaks && c.lemma != lemmaElliptic {
			// "X said it welcomed ...": the target speaks; its words
			// are no stance toward it ("Reddit will answer a letter
			// and X will not" is no speech: the deed is judged).
			continue
		}
		if serviceOnly[c.lemma] && d.doc.Entities[t.ent].Type != entities.Platform {
			// "Musk wants ...", "the editor decides who ...": a
			// person's wants and choices are no service's demands.
			continue
		}
		if c.vader && contestWords[c.lemma] && entities.BuiltinPlatform(d.doc.Entities[t.ent].Name) {
			// "The biggest winner may be Viber": news of a contest,
			// no stance toward the platform.
			continue
		}
		if placeActs[c.lemma] && v.actsIn(c, actors) {
			// "YouTube banned the channel from the site": the platform
			// acts on its own ground, wherever else it is named.
			continue
		}
		for mi, m := range ranges {
			actor := actors[mi]
			r := v.relate(c, m[0], m[1], actor)
			if actor >= 0 && c.lo <= actor && actor < c.hi {
				r.factor = 0
			}
			r = v.refine(c, m[0], m[1], r)
			if c.strong && r.kind == 's' && c.weight != 0 {
				agent = true
			}
			if r.kind == 'v' && c.weight != 0 {
				victim = true
			}
			if r.kind == 'g' && r.factor > 0 && c.strong && v.objectOfOther(d, c, t.ent) {
				// "Acme slammed Gab, but its founder said she prefers
				// Bluesky": a stance word with another target as its
				// object says nothing of this one.
				r.factor = 0
			}
			if r.kind == 'g' && r.factor > 0 && v.predicateOfOther(d, c, m[0], t.ent) {
				// "Facebook and WhatsApp were my campaign, and X was my
				// worst fortnight": the other clause's subject is what
				// its words judge, and set beside it in a clause of
				// its own, this target is judged the other way.
				if v.mainClause(m[0]) && v.mainClause(c.lo) && !actorVerbs[c.lemma] {
					r.factor = -r.factor
				} else {
					r.factor = 0
				}
			}
			if (c.lemma == "complain" || c.lemma == "complaint") && r.factor != 0 && v.channelOf(c, m[0]) {
				// "2,600 complaints through Facebook", "complain on the
				// company's Facebook page": the channel the complaint
				// goes through, not what it is about.
				r.factor = 0
			}
			if r.kind == 'o' && r.factor != 0 && v.venueOfOther(d, c, m[0], t.ent) {
				// "Teenagers complain about Snapchat on TikTok": the
				// object is the other platform, this one the venue.
				r.factor = 0
			}
			if actorCue && (r.kind != 'o' || placeActs[c.lemma]) {
				// "when Meta blocked news links": a platform or company
				// acting on content judges only its object.
				r.factor = 0
			}
			if c.vader && r.kind == 'g' && !v.subjectPredicate(m[0], m[1], c.lo) {
				// General valence counts toward a target only when it
				// is about it: its object, predicate or modifier, or
				// the predicate of the clause it is the subject of
				// ("TikTok puts children at risk"). A name in a
				// prepositional phrase or another clause is the place
				// or the background of the valence ("harassed on X",
				// "the fight over X").
				r.factor *= vaderLoose
			}
			if math.Abs(r.factor) > math.Abs(best) {
				best = r.factor
			}
		}
		contrib[ci] = c.weight * best
		if contrib[ci] < 0 && v.ownerWords(d, t.ent, owner, c.lo) {
			// "Meta said it had removed thousands of fake accounts on
			// Instagram": a company does not fault its own platform;
			// the harms in its words are what it says it fights.
			contrib[ci] = 0
		}
		total += contrib[ci]
		if c.settles && best > 0 {
			settled = true
		}
	}
	for ci, c := range cues {
		if !c.limited || contrib[ci] == 0 {
			continue
		}
		// "I went to Mastodon too; it is lovely, and about eleven of my
		// friends are there": praise turned by its own limit is the
		// sentence's verdict, and a weak cue before it the other way is
		// only the story that led there.
		for k := range cues[:ci] {
			if !cues[k].strong && contrib[k]*contrib[ci] < 0 {
				total -= contrib[k]
				contrib[k] = 0
			}
		}
	}
	// "While some users abandoned Telegram, the group's support for it has
	// not wavered": the target named in the concessive clause and judged
	// the other way in the main clause; the main clause decides (relate
	// already damps a concessive clause the target is not in).
	total = damped(cues, contrib, v.conc, s.p.concessionDamp, total)
	if v.hasBut {
		// "Nextdoor is fantastic, but for renters downtown it's close to
		// useless": when the clauses on either side of "but" pull apart,
		// the one after it is the point.
		total = damped(cues, contrib, v.preBut, s.p.butTurnDamp, total)
	}
	total = v.lastPredicate(ranges, cues, contrib, s.p.butTurnDamp, total)
	but := v.concessiveBut(d, t.ranges, cues, contrib)
	if but >= 0 {
		// "Mastodon is a lovely village, but the parish council will
		// have you up ...": what follows "but" is the point, and it
		// turns against what came before.
		total = -total * butFlip
		for ci := range contrib {
			contrib[ci] = -contrib[ci] * butFlip
		}
	}
	if v.hearsayNominal(t.ranges) && d.asking(v.idx) {
		// "SALMON: Some members say the club's preference for WhatsApp
		// kept the news in": the interviewer puts others' complaint
		// about the answerer's choice; that is a question, not a
		// stance toward the platform chosen. (asking walks the
		// transcript, so the sentence's own test goes first.)
		total, settled = 0, true
		for ci := range contrib {
			contrib[ci] = 0
		}
	}
	score := clamp(math.Tanh(total*s.p.gain), -1, 1)
	// The calibrated valence model decides for caller-named targets
	// (valence.go); the verdict's direction then picks the cues and holder.
	score = s.targetValence(d, v, t.ent, ranges, cues, contrib, score, agent)
	return ruleVerdict{v: v, t: t, j: j, ranges: ranges, cues: cues, contrib: contrib, score: score, agent: agent, victim: victim, but: but, settled: settled}
}

// finish completes a rule verdict: the article model may fill in a
// built-in platform the rules left neutral (article.go), then the cues and
// the holder follow the verdict's direction.
func (s *Scorer) finish(d *docView, rv *ruleVerdict) Judgment {
	if rv.final {
		return rv.j
	}
	v, t, j, ranges, cues, contrib, but := rv.v, rv.t, rv.j, rv.ranges, rv.cues, rv.contrib, rv.but
	// A target that acts or is harmed is judged by the rules alone.
	score, words := s.articleValence(d, v, t.ent, ranges, cues, contrib, rv.score, rv.agent || rv.victim || rv.settled)
	total := score
	if math.Abs(score) < 1e-9 {
		score = 0
	}
	j.Score = math.Round(score*1000) / 1000
	if j.Score < selfPraiseScore {
		if k := v.selfPraise(d, t.ent, ranges); k >= 0 {
			// "TikTok said ... and that TikTok “is home to a vibrant
			// community of crafters”", "A spokesman told me Reddit
			// “takes intellectual property seriously”": a platform,
			// its owner or their spokesperson describing the platform
			// at its best praises it, whatever the words weigh.
			j.Label, j.Score = Endorses, selfPraiseScore
			j.Cues = d.tokenCues(v, k)
			j.Holder = s.speaksFor(d, v, t.ent, ranges, Endorses, s.verdictHolder(d, v, targetCue(ranges), t.ent, false))
			return j
		}
	}
	if j.Label = labelOf(j.Score); j.Label == Neutral {
		return j
	}
	if j.Label == Criticizes {
		if e, k := v.selfSpeaker(d, t.ent); e >= 0 && (v.low[k] == "said" || v.low[k] == "says") && !v.wordBetween(k, v.n, "but") {
			// "Meta said the post did not break Facebook's rules": a
			// platform, or its owner, that states its position in
			// the story's voice is an actor, and criticizes nothing
			// of its own. The same ruling reported by whoever it was
			// told to ("TikTok told me it did not break its rules")
			// still is, and so is a writer's answer after "but"
			// ("Yubo says it checks ages, and maybe it does, but
			// nobody at Yubo noticed"). Decided before the cues and
			// the holder are worked out for a verdict it drops.
			return Judgment{Sentence: v.idx, Target: j.Target, Label: Neutral, Cues: []Cue{}}
		}
		if e := d.bodyGoesOn(v, t.ent, s); e >= 0 && (e == t.ent || owns(d.doc.Entities[e].Name, j.Target)) {
			// "Meta said it removed both listings. It said the
			// fake listings had been removed from Facebook": so it
			// is when the body goes on speaking in the sentence
			// after.
			return Judgment{Sentence: v.idx, Target: j.Target, Label: Neutral, Cues: []Cue{}}
		}
	}
	if j.Label == Criticizes {
		if neg, did := v.notThem(ranges); did >= 0 {
			// "“TikTok never kicked a piano; a guy in a hoodie did,”
			// Hammer said": the harm is laid at someone else's door,
			// and the target is defended, by whoever says so.
			j.Label, j.Score = Endorses, -j.Score
			j.Cues = d.tokenCues(v, neg, did)
			j.Holder = s.verdictHolder(d, v, targetCue(ranges), t.ent, false)
			return j
		}
	}
	if j.Label == Endorses {
		if also := v.alsoTurn(ranges); also >= 0 {
			// "While TikTok brought in the orders, his mother said,
			// it also brought strangers up the farm lane": what the
			// target did for someone is conceded, and the clause
			// that turns on it with "it also" is the main one, a
			// harm whatever its words weigh.
			j.Label, j.Score = Criticizes, -j.Score
			j.Cues = d.tokenCues(v, also, also+1)
			j.Holder = s.verdictHolder(d, v, targetCue(ranges), t.ent, false)
			return j
		}
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
		if bestCI < 0 || holderWeight(c, contrib[ci]) > holderWeight(cues[bestCI], contrib[bestCI]) {
			bestCI = ci
		}
	}
	if but >= 0 && j.Label != Neutral {
		if start, end, ok := d.span(v, but, but+1); ok {
			j.Cues = append(j.Cues, Cue{Start: start, End: end, Text: d.doc.Text[start:end]})
		}
	}
	if len(j.Cues) == 0 {
		// A verdict no rule cue carried: the words that carried the
		// article model's.
		for _, k := range words {
			if start, end, ok := d.span(v, k, k+1); ok {
				j.Cues = append(j.Cues, Cue{Start: start, End: end, Text: d.doc.Text[start:end]})
			}
		}
	}
	// A verdict no cue carried (the article model's) belongs to whoever
	// speaks where the target is mentioned.
	at := targetCue(ranges)
	if bestCI >= 0 {
		at = cues[bestCI]
	}
	j.Holder = s.speaksFor(d, v, t.ent, ranges, j.Label, s.verdictHolder(d, v, at, t.ent, bestCI >= 0))
	return j
}

// speaksFor returns the holder of a verdict labelled label on target te
// when a platform, its owner or their spokesperson is the one who speaks
// of te in sentence v, else h, the holder the sentence's structure gives
// (verdictHolder).
func (s *Scorer) speaksFor(d *docView, v *sentView, te int, ranges [][2]int, label Label, h string) string {
	if label == Endorses && v.selfSpokes(d, te, ranges) {
		// "“Nextdoor helps millions of neighbours ...,” a
		// spokeswoman said": a spokesperson the text ties to no one
		// else speaks for the platform she praises, or for its owner
		// when the sentence before is the owner's statement ("Meta,
		// which owns Facebook, said it had removed the adverts. A
		// spokesperson said Facebook ...").
		h = d.doc.Entities[te].Name
		if e := v.ownerNamed(d, te); e >= 0 {
			// "A spokesperson told me that Instagram “helps ...”
			// and that Meta “continually invests ...”"
			h = d.doc.Entities[e].Name
		} else if e := d.ownerStatement(v.idx - 1); e >= 0 && (owns(d.doc.Entities[e].Name, h) || d.ownsIn(v.idx-1, te)) {
			h = d.doc.Entities[e].Name
		} else if e := d.ownerNamedBefore(v.idx, te); e >= 0 {
			// "Meta, which owns Facebook, removed the page. ... A
			// spokesperson added that Facebook “helps ...”": the
			// company the text has named as the platform's owner
			// answers for it.
			h = d.doc.Entities[e].Name
		}
	} else if label == Endorses {
		if e, _ := v.selfSpeaker(d, te); e >= 0 {
			// "COCHRANE: TikTok told us it removes ..., and that
			// TikTok is “where millions ...”": the platform, or its
			// owner, praises the platform. Not a criticism that
			// follows its claim ("Yubo says it checks ages, and
			// maybe it does, but nobody at Yubo noticed").
			h = d.doc.Entities[e].Name
		} else if e := v.spokesBody(d); e >= 0 {
			// "A Meta spokesperson said the company had removed the
			// posts the association reported, and that Facebook
			// groups “help ...”": a body's spokesperson praises for
			// the body, not for an organization her words name, nor
			// for the columnist she told.
			h = d.doc.Entities[e].Name
		} else if e := d.bodyGoesOn(v, te, s); e >= 0 {
			// "Meta told us it removed the page. It also said
			// Facebook helps ...": the body goes on speaking.
			h = d.doc.Entities[e].Name
		}
	} else if e := d.bodyGoesOn(v, te, s); e >= 0 {
		// "A Meta spokeswoman said ... She said the sellers had
		// first posted on Telegram, which ignored every report": so
		// it does when it faults a platform it does not own.
		h = d.doc.Entities[e].Name
	}
	return h
}

// spokesBody returns the body whose spokesperson opens the sentence, after
// a transcript's label or a writer's "When I ..." clause, and speaks ("A
// Meta spokesperson said", "A spokeswoman for Meta later told me"), or
// -1. So does the spokesperson the text introduced before as a body's
// ("The spokesperson said"), and one who answers the writer's call to the
// first organization that clause names ("When I wrote to Meta, a
// spokeswoman told me", "When I asked Meta why, a press officer told
// me").
func (v *sentView) spokesBody(d *docView) int {
	k := v.afterLabel()
	body := -1
	if k+2 < v.n && v.low[k] == "when" && (v.low[k+1] == "i" || v.low[k+1] == "we") {
		// "When I asked Meta why, a press officer told me"
		j := k + 2
		for ; j < v.n && v.low[j] != ","; j++ {
			if e := v.ent[j]; e >= 0 && body < 0 && d.doc.Entities[e].Type == entities.Org {
				body = e
			}
		}
		k = j + 1
	}
	if k+2 >= v.n {
		return -1
	}
	switch {
	case body >= 0:
		// the body's answer: "a spokeswoman", "the spokesperson", "a
		// press officer"
		if indefinite(v.low[k]) || v.low[k] == "the" {
			k++
		}
		if v.low[k] == "press" {
			k++
		}
		if !spokesOnly[v.low[k]] && v.low[k] != "officer" {
			return -1
		}
		k++
	case v.low[k] == "the" && spokesOnly[v.low[k+1]]:
		if body = d.spokesOrg(v.base + k + 1); body < 0 {
			return -1
		}
		k += 2
	case !indefinite(v.low[k]):
		return -1
	default:
		k++
		switch body = v.ent[k]; {
		case body >= 0:
			for k < v.n && v.ent[k] == body {
				k++
			}
			if k >= v.n || !spokesOnly[v.low[k]] {
				return -1
			}
			k++
		case spokesOnly[v.low[k]] && (v.low[k+1] == "for" || v.low[k+1] == "from"):
			k += 2
			if body = v.ent[k]; body < 0 {
				return -1
			}
			for k < v.n && v.ent[k] == body {
				k++
			}
		default:
			return -1
		}
	}
	if k < v.n && v.tag[k] == "RB" {
		// "later told me"
		k++
	}
	if k < v.n && (v.low[k] == "said" || v.low[k] == "says" || v.low[k] == "told") {
		return body
	}
	return -1
}

// bodyGoesOn returns the body whose statement the sentence before reports
// (target te, or the company that owns it: "Meta told us ...", "TikTok
// said ..."; or any body's spokesperson: "A Meta spokesperson said ...",
// "A spokeswoman for Brightwater said ..."), when this sentence's speaker
// stands for that body or its spokesperson: "It also said Facebook helps
// ...", "She said Facebook groups help ...", "The company said TikTok is
// where ...", "“Facebook is where ...,” she said". "She" is a spokesperson,
// never the body ("Meta said it removed both listings. She said she had no
// complaint about Facebook" is someone else's). Else -1.
func (d *docView) bodyGoesOn(v *sentView, te int, sc *Scorer) int {
	if v.idx == 0 {
		return -1
	}
	who := v.speakerGoesOn()
	if who == goesOnNone {
		return -1
	}
	pv := d.sentence(v.idx-1, sc)
	if who != goesOnPerson {
		if e, _ := pv.selfSpeaker(d, te); e >= 0 {
			return e
		}
	}
	return pv.spokesBody(d)
}

// The speakers speakerGoesOn tells apart.
const (
	goesOnNone   = iota
	goesOnBody   // "it", "the company", "the spokesperson", "a company spokeswoman"
	goesOnPerson // "she", "he": the body's spokesperson
)

// speakerGoesOn tells whether a sentence's speaker is a pronoun or a
// description that can only stand for someone named before: "It (also)
// said", "She told me", "The company said", "A company spokeswoman said",
// after a transcript's label, or "“...,” she said" after a quotation.
func (v *sentView) speakerGoesOn() int {
	k := v.afterLabel()
	if k < v.n && isQuote(v.low[k]) {
		// "“...,” she said."
		for k++; k < v.n && !isQuote(v.low[k]); k++ {
		}
		k++
		if k < v.n && v.low[k] == "," {
			k++
		}
	}
	who := goesOnBody
	switch {
	case k+2 < v.n && v.low[k] == "the" && (v.low[k+1] == "company" || spokesOnly[v.low[k+1]]):
		k += 2
	case k+3 < v.n && indefinite(v.low[k]) && v.low[k+1] == "company" && spokesOnly[v.low[k+2]]:
		k += 3
	case k+1 < v.n && v.low[k] == "it":
		k++
	case k+1 < v.n && (v.low[k] == "she" || v.low[k] == "he"):
		who = goesOnPerson
		k++
	default:
		return goesOnNone
	}
	if k < v.n && v.tag[k] == "RB" {
		// "It also said"
		k++
	}
	if k < v.n && (v.low[k] == "said" || v.low[k] == "says" || v.low[k] == "told" || v.low[k] == "added") {
		return who
	}
	return goesOnNone
}

// ownerStatement returns the entity that opens sentence si and says
// something in it ("Meta said ...", "Meta, which owns Facebook, said
// ..."), or -1.
func (d *docView) ownerStatement(si int) int {
	if si < 0 {
		return -1
	}
	s := d.doc.Sentences[si]
	e := d.entOf[s.TokenStart]
	if e < 0 {
		return -1
	}
	for t := s.TokenStart; t < s.TokenEnd; t++ {
		switch strings.ToLower(d.doc.Tokens[t].Norm) {
		case "said", "says", "told", "added", "stated":
			return e
		}
	}
	return -1
}

// ownerNamedBefore returns the company that owns platform te, when the text
// names it before sentence si, or -1; not an owner in silentOwners.
func (d *docView) ownerNamedBefore(si, te int) int {
	start := d.doc.Sentences[si].Start
	for e, ent := range d.doc.Entities {
		if silentOwners[ownerKey(ent.Name)] {
			continue
		}
		if len(ent.Mentions) > 0 && ent.Mentions[0].Start < start && owns(ent.Name, d.doc.Entities[te].Name) {
			return e
		}
	}
	return -1
}

// silentOwners are the owners whose platforms speak for themselves ("A
// TikTok spokesperson said the app ..."), though the text names the owner:
// the dev gold gives TikTok's praise to TikTok, never to ByteDance.
var silentOwners = map[string]bool{"bytedance": true, "amazon": true}

// ownsIn reports whether sentence si says that something owns target te
// ("Kindred Apps, which owns Hinge, said"): owners the lexicon does not
// know.
func (d *docView) ownsIn(si, te int) bool {
	s := d.doc.Sentences[si]
	for t := s.TokenStart; t+1 < s.TokenEnd; t++ {
		if n := strings.ToLower(d.doc.Tokens[t].Norm); (n == "owns" || n == "owned") && d.entOf[t+1] == te {
			return true
		}
	}
	return false
}

// ownerNamed returns the company that owns platform te if sentence v
// names it, or -1.
func (v *sentView) ownerNamed(d *docView, te int) int {
	for k := 0; k < v.n; k++ {
		if e := v.ent[k]; e >= 0 && e != te && owns(d.doc.Entities[e].Name, d.doc.Entities[te].Name) {
			return e
		}
	}
	return -1
}

// tokenCues returns the cues of single tokens ks of sentence v.
func (d *docView) tokenCues(v *sentView, ks ...int) []Cue {
	cs := []Cue{}
	for _, k := range ks {
		if start, end, ok := d.span(v, k, k+1); ok {
			cs = append(cs, Cue{Start: start, End: end, Text: d.doc.Text[start:end]})
		}
	}
	return cs
}

// notThem finds "T never V ...; X did" and "T did not V ..., X did", T
// the target's mention: the token of the negation and of the closing "did";
// else -1, -1.
func (v *sentView) notThem(ranges [][2]int) (int, int) {
	for _, r := range ranges {
		neg := r[1]
		switch {
		case neg < v.n && v.low[neg] == "never":
		case neg+1 < v.n && v.low[neg] == "did" && (v.low[neg+1] == "not" || v.low[neg+1] == "n't"):
			neg++
		default:
			continue
		}
		for k := neg + 1; k+1 < v.n; k++ {
			if v.low[k] != ";" && v.low[k] != "," {
				continue
			}
			for m := k + 1; m < v.n; m++ {
				if isPunctBoundary(v.low[m]) || isQuote(v.low[m]) || v.low[m] == "." || v.ent[m] >= 0 && v.ents[v.ent[m]].Type == entities.Platform {
					// "Telegram never answered us; Signal did"
					// sets one platform against another.
					break
				}
				if v.low[m] == "did" && (m+1 == v.n || isPunctBoundary(v.low[m+1]) || isQuote(v.low[m+1]) || v.low[m+1] == ".") {
					return neg, m
				}
			}
		}
	}
	return -1, -1
}

// alsoTurn finds a target that does something, conceded, and a main
// clause that turns on it with "it also": "While TikTok brought in the
// orders, his mother said, it also brought strangers ...", "TikTok filled
// the courses, but it has also filled my inbox with ...". The verb after
// the target's first mention (after any nouns its name modifies: "A
// WhatsApp group keeps ...") is a verb of its own, not a form of "be"
// (what a platform is, "While TikTok is full of people knocking down
// walls", concedes a fault as often as a merit) nor a modal ("can't answer
// back"). The pronoun follows the comma of a "While" clause that opens the
// sentence, or a "but", with no other platform between, and "also" comes
// within three words, before a verb that is not "be" ("it is also where
// ..." says where, not what harm). It returns the index of "also", or -1.
func (v *sentView) alsoTurn(ranges [][2]int) int {
	open := v.afterLabel()
	if open < v.n && isQuote(v.low[open]) {
		open++
	}
	while := open < v.n && v.low[open] == "while"
	if while {
		open++
	}
	for _, r := range ranges {
		lo, hi := r[0], r[1]
		if lo < open {
			continue
		}
		k := hi
		for k < v.n && k < hi+2 && strings.HasPrefix(v.tag[k], "NN") {
			k++
		}
		if k >= v.n || !(v.tag[k] == "VBD" || v.tag[k] == "VBZ" || v.tag[k] == "VBP" || v.tag[k] == "VBN") || beForm(v.low[k]) {
			return -1
		}
		for m := k + 1; m+1 < v.n; m++ {
			w := v.low[m]
			if v.ent[m] >= 0 && v.ents[v.ent[m]].Type == entities.Platform || w == "." || w == ";" {
				return -1
			}
			if w != "it" || !(while && v.low[m-1] == "," || v.low[m-1] == "but") {
				continue
			}
			for a := m + 1; a < v.n && a <= m+3; a++ {
				if v.low[a] == "also" {
					if a+1 < v.n && strings.HasPrefix(v.tag[a+1], "VB") && !beForm(v.low[a+1]) {
						return a
					}
					return -1
				}
			}
			return -1
		}
		return -1
	}
	return -1
}

// selfSpeaker returns target te, or the company that owns it, when the
// sentence opens with it and a verb of saying ("TikTok told us ...", "Meta
// says Facebook ...", "Meta, which owns Instagram, said ...", "Meta told
// me that ...", "Meta eventually wrote to say ...", "Meta's statement
// said ..."; after a transcript's label "CARMAN:"), and the verb's local
// token; else -1, -1.
func (v *sentView) selfSpeaker(d *docView, te int) (int, int) {
	k := v.afterLabel()
	ei := v.ent[k]
	if ei < 0 || ei != te && !owns(d.doc.Entities[ei].Name, d.doc.Entities[te].Name) {
		return -1, -1
	}
	for k < v.n && v.ent[k] == ei {
		k++
	}
	if k+1 < v.n && v.low[k] == "," && v.low[k+1] == "which" {
		// "Meta, which owns Instagram, said"
		for k++; k < v.n && v.low[k] != ","; k++ {
		}
		k++
	}
	if k+1 < v.n && (v.low[k] == "'s" || v.low[k] == "’s") && docNouns[v.low[k+1]] {
		// "Meta's statement said"
		k += 2
	}
	for k < v.n && v.tag[k] == "RB" {
		// "Meta eventually wrote to say"
		k++
	}
	if k < v.n {
		switch {
		case v.low[k] == "said" || v.low[k] == "says":
			return ei, k
		case (v.low[k] == "told" || v.low[k] == "tells") && k+1 < v.n && v.low[k+1] == "us":
			return ei, k
		case k+2 < v.n && (v.low[k] == "told" || v.low[k] == "tells" && v.low[k+2] == "that") && v.low[k+1] == "me":
			// "Meta told me that ...", not "Instagram tells me who
			// she messages".
			return ei, k
		case k+2 < v.n && v.low[k] == "wrote" && v.low[k+1] == "to" && (v.low[k+2] == "say" || v.low[k+2] == "tell"):
			// "Meta wrote to say that ..."
			return ei, k
		}
	}
	return -1, -1
}

// selfPraiseScore is the score of a platform's praise of itself
// (selfPraise): a clear endorsement, in words chosen to be one.
const selfPraiseScore = 0.6

// praiseVerbs say what a platform does for its users in its own
// statements: "Facebook groups help ...", "TikTok gives ...".
var praiseVerbs = map[string]bool{
	"help": true, "helps": true, "helped": true, "give": true, "gives": true,
	"celebrates": true, "connects": true, "brings": true, "invests": true, "empowers": true,
}

// selfPraise returns the word of sentence v that praises platform te in
// the words of the platform, its owner or their spokesperson, or -1: te
// (or "te groups") as the subject of a verb of help ("helps", "gives",
// "has helped"), of "is where", "is home to", "is built for", "is a
// place", "is one of the", or of "takes ... seriously".
func (v *sentView) selfPraise(d *docView, te int, ranges [][2]int) int {
	// The words first: they are rare, and the speaker's tests walk the
	// sentence.
	k := v.praiseAfter(ranges)
	if k < 0 {
		return -1
	}
	if e, _ := v.selfSpeaker(d, te); e < 0 && !v.selfSpokes(d, te, ranges) {
		b := v.spokesBody(d)
		if b < 0 || b != te && !owns(d.doc.Entities[b].Name, d.doc.Entities[te].Name) {
			return -1
		}
	}
	return k
}

// praiseAfter returns the word that praises a mention of ranges as its
// subject (see selfPraise), or -1.
func (v *sentView) praiseAfter(ranges [][2]int) int {
	for _, r := range ranges {
		k := r[1]
		for k < v.n && (v.low[k] == "groups" || v.low[k] == "pages" || isQuote(v.low[k])) {
			k++
		}
		if k+1 >= v.n {
			continue
		}
		w, next := v.low[k], v.low[k+1]
		switch {
		case praiseVerbs[w]:
			return k
		case w == "has" && (next == "helped" || next == "given"):
			return k + 1
		case (w == "is" || w == "was") && (next == "where" || next == "home" || next == "built"):
			return k + 1
		case (w == "is" || w == "was") && k+2 < v.n && (next == "a" && v.low[k+2] == "place" || next == "one" && v.low[k+2] == "of"):
			return k + 2
		case w == "takes":
			for j := k + 1; j < v.n && j <= k+5; j++ {
				if v.low[j] == "seriously" {
					return j
				}
			}
		}
	}
	return -1
}

// selfSpokes reports a sentence in which a spokesperson tied to no other
// body speaks of platform te: "a spokesperson said", "said a spokeswoman"
// or "A TikTok spokesperson said" with te in the reported words, and no
// other person or organization named but te's owner ("and that Meta
// “continually invests ...”"). "A spokesperson for the charity
// said", "a council spokesman said" and a "the spokesperson" the text
// introduced earlier (spokesOrg) speak for someone else.
func (v *sentView) selfSpokes(d *docView, te int, ranges [][2]int) bool {
	if d.doc.Entities[te].Type != entities.Platform {
		return false
	}
	for k := 0; k < v.n; k++ {
		if e := v.ent[k]; e >= 0 && e != te && !owns(d.doc.Entities[e].Name, d.doc.Entities[te].Name) {
			if t := d.doc.Entities[e].Type; t == entities.Person || t == entities.Org {
				return false
			}
		}
	}
	for k := 1; k < v.n; k++ {
		if !v.reportVerbAt(k) {
			continue
		}
		noun := -1
		switch {
		case spokesOnly[v.low[k-1]]:
			noun = k - 1
		case k+2 < v.n && (indefinite(v.low[k+1]) || v.low[k+1] == "the") && spokesOnly[v.low[k+2]]:
			noun = k + 2
		default:
			continue
		}
		if noun+1 < v.n && (v.low[noun+1] == "for" || v.low[noun+1] == "at" || v.low[noun+1] == "from") {
			return false
		}
		det, own := noun-1, false
		if det >= 0 && v.ent[det] == te {
			// "A TikTok spokesperson said the platform was ..."
			det, own = det-1, true
		}
		if det < 0 || !indefinite(v.low[det]) && !(v.low[det] == "the" && d.spokesOrg(v.base+noun) < 0) {
			continue
		}
		for j := 0; j < min(noun, k); j++ {
			if !v.quoted[j] && (v.low[j] == "it" || v.low[j] == "its" || v.low[j] == "they" || v.low[j] == "their") {
				// "It posts sightings on X and Facebook, and a
				// spokesman said ...": the body the pronoun stands
				// for speaks.
				return false
			}
		}
		if own {
			return true
		}
		for _, r := range ranges {
			if v.quoted[r[0]] && r[0] < min(noun, k) {
				// "“Zoom is used safely ...,” a spokeswoman said".
				return true
			}
			// "A spokesperson said TikTok was ...": the platform is
			// what the report is about, not "the service would
			// keep posting on X".
			j := k + 1
			if j+1 < v.n && v.low[k] == "told" && v.low[j] == "me" {
				// "A spokesman told me Reddit ..."
				j++
			}
			if noun < k && (r[0] == j || v.low[j] == "that" && r[0] == j+1) {
				return true
			}
		}
	}
	return false
}

// targetCue is the first mention of the target, standing in for a cue
// when no cue carried a verdict.
func targetCue(ranges [][2]int) cue {
	return cue{lo: ranges[0][0], hi: ranges[0][1], pos: 'O'}
}

// verdictHolder is the holder of a verdict whose strongest cue in its
// direction is at (the target's mention when no cue carried it: cued
// false).
func (s *Scorer) verdictHolder(d *docView, v *sentView, at cue, te int, cued bool) string {
	if v.unnamedOpener(d, at.lo) || v.someOpener(at.lo, te) || v.tag[at.lo] == "NN" && v.groupPossessor(at.lo) {
		// "My granddaughter says Snapchat is where the young ones
		// talk", "Some of the older riders say Discord is where fun
		// goes to die", "My athletes' fondness for Snapchat": someone
		// the text does not name holds it, not the columnist whose
		// granddaughter she is or the interviewer who reports them.
		return ""
	}
	h := s.holder(d, v, at, te)
	if v.quoted[at.lo] && !v.names(d, h) {
		// A quotation carried over from the sentence before is its
		// speaker's, unless it names the holder itself: a pronoun in
		// it ("“... and that's YouTube,” after "“...,” Dhanoa said")
		// is no attribution.
		if cs := s.carriedSpeaker(d, v); cs != "" {
			h = cs
		}
	}
	if h == "" {
		if ei := d.interviewee(v.idx); ei >= 0 && ei != te {
			// A Q&A transcript's answers are the interviewee's: "A:
			// We tried Telegram in 2021 ..." has no author's voice.
			h = d.doc.Entities[ei].Name
		}
	}
	if v.idx == 0 && (h == "" || d.placeNamed(h)) {
		// "Portland indie studio leaves X": a place that only says
		// where the headline's subject is gives way to whom the
		// description stands for.
		if ei := v.headlineHolder(d); ei >= 0 && ei != te {
			h = d.doc.Entities[ei].Name
		}
	} else if v.idx == 0 && !v.names(d, h) && (v.quoted[at.lo] || !isQuote(v.low[0]) && v.low[0] != "'") {
		// So does an organization or person the headline does not
		// name, when the description stands for a person the story
		// names: "Erie dart league secretary says" is the secretary,
		// not the league the story names. A profile's "why her
		// centre moved to Viber", past the quotation, is the
		// centre's.
		if ei := v.headlineHolder(d); ei >= 0 && ei != te && d.doc.Entities[ei].Type == entities.Person {
			h = d.doc.Entities[ei].Name
		}
	}
	if h != "" && d.placeNamed(h) {
		// "Seagrove potters say ...", "Toledo nurses say ...": the
		// place describes the people who speak. "Potters around
		// Seagrove say ...", "a student from Stockport said": so does
		// a place in a phrase that says where they are. A dateline's
		// place is where the story was filed.
		for k := v.datelineEnd(); k < v.n; k++ {
			if e := v.ent[k]; e >= 0 && d.doc.Entities[e].Name == h {
				p := k - 1
				for p > 0 && (v.tag[p] == "JJ" || v.low[p] == "the") {
					// "pharmacists in eastern Utah say", "users in
					// the Philippines were complaining"
					p--
				}
				if placeModifier(d, v, e, k) || p >= 0 && wherePreps[v.low[p]] {
					h = ""
				}
				break
			}
		}
	}
	if v.idx == 1 && (h == "" || d.placeNamed(h)) {
		// "A league of mayors ... said X had been “useless”": a lead's
		// description, quoting or not, is whom the story names.
		if ei := v.leadHolder(d, at.lo); ei >= 0 && ei != te {
			h = d.doc.Entities[ei].Name
		}
	}
	if h == "" && v.mainSubject(d) != te {
		// "Appeals ..., which used to go on the charity's Facebook
		// page, now go out through Nextdoor": a verdict nobody acts
		// in is the organization whose page or account it moves. A
		// platform that is the sentence's subject is the writer's to
		// describe ("Odysee is a lock-up garage for videos ..., and
		// the alliance's most popular video there ...").
		if o := v.possessedBy(d); o >= 0 {
			h = d.doc.Entities[o].Name
		}
	}
	if h != "" && (v.tag[at.lo] == "VBD" || v.tag[at.lo] == "VBN") && v.weBefore(at.lo) {
		// "“We stopped buying ads on Facebook,” she said": what "we"
		// did is her organization's, when the story says which ("We
		// can no longer trust Telegram" stays her view).
		for p, e := range d.doc.Entities {
			if e.Name != h || e.Type != entities.Person {
				continue
			}
			if o := d.workplace(p, v.base+v.n); o >= 0 && o != te {
				h = d.doc.Entities[o].Name
			}
			break
		}
	}
	// In an article the holder model weighs the rules' choice against
	// the other candidates (holder.go).
	return s.modelHolder(d, v, at, te, h, cued)
}

// unnamedOpener reports a sentence that opens with a speaker the text
// does not name, a common noun after a possessive or an indefinite
// article ("My granddaughter says", "Their teacher tells me", "A younger
// customer told me", "Kirsty's friends tell me", "My grandson, who is 16,
// says", "A friend from the club keeps telling me") or "People",
// "Everyone" or "Everybody" ("People keep telling me"), whose report verb
// (sayVerbEnd) comes before the token at, with no "I" or "we"
// of the writer's own between ("My son says I should be on TikTok"). A
// spokesperson, an officer or an agency speaks for a body the story
// names ("A spokesman told me Reddit ...", "An officer said"), and so
// does a kind of organization ("Her school says").
func (v *sentView) unnamedOpener(d *docView, at int) bool {
	k := 0
	switch {
	case v.n == 0:
		return false
	case v.ent[k] >= 0 && d.doc.Entities[v.ent[k]].Type == entities.Person:
		// "Kirsty's friends": a named person's unnamed ones.
		k = v.mentionEnd(k) + 2
		if k-1 >= v.n || v.low[k-1] != "'s" && v.low[k-1] != "’s" {
			return false
		}
	case openerDets[v.low[k]]:
		k++
	case v.low[k] == "people" || v.low[k] == "everyone" || v.low[k] == "everybody":
		// "People keep telling me to put the wall on Threads".
	default:
		return false
	}
	head := -1
	for ; k < v.n && k < at && v.ent[k] < 0 && !v.quoted[k]; k++ {
		if head >= 0 && (sayWords[v.low[k]] || tellWords[v.low[k]]) {
			break // prose may tag "tells" a plural noun
		}
		if keepWords[v.low[k]] {
			// "My sister/JJ keeps/NNS telling me": prose may tag
			// the head a modifier and "keeps" a plural noun.
			if head < 0 {
				head = k - 1
			}
			break
		}
		if t := v.tag[k]; t == "NN" || t == "NNS" {
			head = k
			continue
		}
		if strings.HasPrefix(v.tag[k], "JJ") || v.low[k] == "-" {
			continue
		}
		if head >= 0 && (v.low[k] == "from" || v.low[k] == "at") && k+2 < v.n && (v.tag[k+1] == "DT" || v.tag[k+1] == "PRP$") && v.tag[k+2] == "NN" {
			// "A friend from the club keeps telling me": where the
			// speaker comes from.
			k += 2
			continue
		}
		break
	}
	if head < 0 || spokesNouns[v.low[head]] || bodyVoices[v.low[head]] || groupNouns[v.low[head]] || leadOrgNouns[v.low[head]] {
		// "An officer said", "Auckland's transport agency says",
		// "Vega's office said": a body speaks.
		return false
	}
	if k < v.n && v.low[k] == "," && k+1 < v.n && v.low[k+1] == "who" {
		// "My grandson, who is 16 and will use nothing else, says"
		for k += 2; k < v.n && k < at && v.low[k] != ","; k++ {
		}
		k++
	}
	if k >= at || v.sayVerbEnd(k) < 0 {
		// not "My younger daughter reported it on X"
		return false
	}
	for j := k + 1; j < at; j++ {
		if v.low[j] == "i" || v.low[j] == "we" {
			return false
		}
	}
	return true
}

// someOpener reports a sentence that opens, after a transcript's speaker
// label, with "Some" (or "Several", "Many", "Most", "Half", "A few")
// people it does not name as the subject ("Some older members still
// prefer Zoom", "Some of Mahl's neighbors say ...", "RAND: Some older
// cobblers say ...", "Some said ...", "A few parents asked ...", "Some
// designers I've spoken to say ...") and whose verb comes before the
// token at, with the target te outside the subject. A new clause before
// at that someone else holds ("..., but Power said", "...; Pinterest has
// never answered me", "..., and I told them") or a possessor ("the
// society's preference for") gives the stance to them instead. After the
// other quantifiers, so does the writer anywhere after the verb ("Most of
// my bookings come through Instagram, and I have no complaints"), a
// clause after ";", "but", ", which" or ", and" ("Most bands arrange
// practices on WhatsApp, which the report called ...") or a possessor ("in
// Ida Lund's phrase"): what most people do is often the writer's evidence,
// where what some say is their own.
func (v *sentView) someOpener(at, te int) bool {
	k := v.afterLabel()
	if k >= v.n {
		return false
	}
	some := v.low[k] == "some"
	switch {
	case k+2 < v.n && v.low[k] == "a" && v.low[k+1] == "few":
		k += 2
	case k+1 < v.n && quantOpeners[v.low[k]]:
		k++
	default:
		return false
	}
	if v.low[k] == "of" {
		k++
	}
	for ; k < v.n && k < at; k++ {
		w, t := v.low[k], v.tag[k]
		if v.ent[k] == te && te >= 0 {
			return false
		}
		if v.ent[k] < 0 && !subjectWord(w, t) {
			break
		}
	}
	if v.low[k] == "i" || v.low[k] == "we" {
		// "Some designers I've spoken to say": a relative clause
		// of the writer's own, up to the subject's say-verb.
		for j := k + 1; j < at; j++ {
			if sayWords[v.low[j]] {
				k = j
				break
			}
		}
	}
	for k < v.n && k < at && (strings.HasPrefix(v.tag[k], "RB") || v.tag[k] == "MD") {
		k++
	}
	if k >= v.n || !v.isVerb(k) {
		// the cue may be the verb itself: "Some ... still prefer Zoom"
		return false
	}
	for j := k + 1; j < at; j++ {
		switch w := v.low[j]; {
		case w == "but" || w == ";" || w == "'s" || w == "’s":
			return false
		case (w == "i" || w == "we" || w == "he" || w == "she") && (v.low[j-1] == "," || v.low[j-1] == "and"):
			return false
		}
	}
	for j := k + 1; !some && j < v.n; j++ {
		// "Most of my bookings come through Instagram, and I have no
		// complaints", "Most bands arrange practices on WhatsApp,
		// which the report called ...": a clause after the group's
		// deed is someone else's view of it.
		w := v.low[j]
		if firstPerson(w) || w == ";" || w == "but" || w == "'s" || w == "’s" || w == "," && j+1 < v.n && (v.low[j+1] == "which" || v.low[j+1] == "and") {
			return false
		}
	}
	return true
}

// quantOpeners open an unnamed subject (someOpener).
var quantOpeners = map[string]bool{"some": true, "several": true, "many": true, "most": true, "half": true}

// subjectWord reports a word of an unnamed subject after "Some (of)":
// "Some of Mahl's neighbors", "some of the 16-year-olds", "some of them".
func subjectWord(w, tag string) bool {
	return modifierWord(w, tag) || w == "-" || w == "them" || tag == "NNS"
}

// sayVerbEnd returns the token after a say-verb at local token k ("says",
// "thinks") or after "tell(s)/told me/us", or -1.
func (v *sentView) sayVerbEnd(k int) int {
	switch {
	case k >= v.n:
		return -1
	case sayWords[v.low[k]]:
		return k + 1
	case tellWords[v.low[k]] && k+1 < v.n && (v.low[k+1] == "me" || v.low[k+1] == "us"):
		return k + 2
	case keepWords[v.low[k]] && k+1 < v.n && (v.low[k+1] == "saying" || v.low[k+1] == "telling"):
		// "My sister keeps telling me to join Bluesky": what she
		// says over and over.
		if v.low[k+1] == "saying" {
			return k + 2
		}
		if k+2 < v.n && (v.low[k+2] == "me" || v.low[k+2] == "us") {
			return k + 3
		}
	}
	return -1
}

// keepWords say that someone does something over and over ("keeps
// telling me").
var keepWords = map[string]bool{"keep": true, "keeps": true, "kept": true}

// sayWords report what a speaker thinks (unnamedOpener, speakerOpens).
var sayWords = map[string]bool{"says": true, "said": true, "say": true, "thinks": true, "reckons": true, "insists": true, "swears": true, "writes": true, "wrote": true}

// bodyVoices are common nouns for whoever speaks for a body the story
// names (unnamedOpener).
var bodyVoices = map[string]bool{"officer": true, "officers": true, "office": true, "agency": true, "ministry": true, "department": true}

// tellWords report to the writer before "me" or "us" ("tells me").
var tellWords = map[string]bool{"tell": true, "tells": true, "told": true}

// openerDets open an unnamed speaker (unnamedOpener).
var openerDets = map[string]bool{"my": true, "our": true, "your": true, "his": true, "her": true, "their": true, "a": true, "an": true}

// wherePreps are the prepositions before a place that say where someone
// is or comes from.
var wherePreps = map[string]bool{"in": true, "around": true, "near": true, "from": true, "at": true, "across": true, "outside": true, "throughout": true, "within": true}

// placeEnt reports whether entity ei is a place: a GPE or a location. "A
// 15-year-old from Swansea said" is the teenager speaking, where "observers
// from Wexley Pride said" are the organization.
func (d *docView) placeEnt(ei int) bool {
	if ei < 0 || ei >= len(d.doc.Entities) {
		return false
	}
	t := d.doc.Entities[ei].Type
	return t == entities.GPE || t == entities.Loc
}

// placeNamed reports whether name is a place's: a GPE or a location.
func (d *docView) placeNamed(name string) bool {
	for ei, e := range d.doc.Entities {
		if e.Name == name {
			return d.placeEnt(ei)
		}
	}
	return false
}

// weBefore reports "we" as the subject of the verb at local token i, with
// only adverbs and auxiliaries between ("We stopped buying ads", "we have
// since moved"), and not in a relative clause after a noun.
func (v *sentView) weBefore(i int) bool {
	k := v.beforeAux(i)
	// "the people we pull out of the water": a relative clause's "we"
	// is not the sentence's.
	return k >= 0 && v.low[k] == "we" && (k == 0 || isQuote(v.low[k-1]) || v.tag[k-1] != "NN" && v.tag[k-1] != "NNS")
}

// headlineHolder returns whom a headline that names nobody describes:
// its subject, a common-noun description ("Aid agency stops announcing
// cash help on Telegram", "Mountain rescue team condemns TikTok trail
// videos", "Duluth nursing home moves family video calls to Zoom"), or
// the description after a profile's quotation ("‘LinkedIn made us lazy’:
// a recruiter on why ..."). A description headed by a group noun or the
// head of an organization's name is that organization; any other is
// whoever the story names first, person or organization ("Matchmaker
// drops Instagram": "Fiona Gallacher, a matchmaker in Perth, ..."). A
// plural ("Parents quit X") is unnamed people; a subject that is named
// is the rules' own business, unless the name follows the description
// ("Columbus grocer Fairgrove pauses ..."): then it is that name, which
// the rules miss at a verdict no cue carried. -1 when none fits.
func (v *sentView) headlineHolder(d *docView) int {
	k := 0
	if k < v.n && (isQuote(v.low[k]) || v.low[k] == "'") {
		// A profile: the quotation, then ": a/the description"; or a
		// report's title, then the headline ("‘Torn Out’: York book
		// trust’s report blames ...").
		for k++; k < v.n && !isQuote(v.low[k]) && v.low[k] != "'"; k++ {
		}
		if k+2 >= v.n || v.low[k+1] != ":" {
			return -1
		}
		k += 2
	}
	head, owners := -1, -1
	for ; k < v.n; k++ {
		w, tag := v.low[k], v.tag[k]
		if docNouns[w] && tag == "NN" && head >= 0 && k+1 < v.n {
			// "York book trust's report blames TikTok", "Perfumers'
			// guild report ‘Smoke and Mirrors’ blames Instagram": a
			// report's words, under its title if it has one, are its
			// owner's. The owner is the head before it, or the plural
			// whose report it is ("Liverpool dance teachers' report").
			j := k + 1
			if isQuote(v.low[j]) || v.low[j] == "'" {
				for j++; j < v.n && !isQuote(v.low[j]) && v.low[j] != "'"; j++ {
				}
				j++
			}
			if j < v.n && v.headlinePredicate(j) {
				if owners > head {
					if o := v.namesakeOrg(d, owners); o >= 0 {
						return o
					}
				}
				k = j
				break
			}
		}
		if v.ent[k] >= 0 {
			t := d.doc.Entities[v.ent[k]].Type
			if head >= 0 && (t == entities.Person || t == entities.Org) {
				// "Columbus grocer Fairgrove pauses ...", "Orford
				// bakery owner Ida Lund: ...": a name between the
				// description and the predicate is the subject the
				// description stands before.
				if m := v.mentionEnd(k) + 1; m < v.n && (v.low[m] == ":" || v.headlinePredicate(m)) {
					return v.ent[k]
				}
			}
			// "a Grafton Street busker", "the Wrexley bus driver": a
			// place describes the head.
			if t != entities.GPE && t != entities.Loc || head >= 0 {
				return -1
			}
			continue
		}
		if strings.HasPrefix(tag, "JJ") && (leadOrgNouns[w] || groupNouns[w]) {
			// "Minneapolis solar co-op/JJ drops Facebook ads": the
			// tagger takes a kind of organization for a modifier.
			head = k
			continue
		}
		if head < 0 && k+1 < v.n && (leadOrgNouns[v.low[k+1]] || groupNouns[v.low[k+1]] || (v.tag[k+1] == "NN" || k+2 < v.n && v.headlinePredicate(k+2)) && personNoun(v.low[k+1])) {
			// "Dunedin taxi/VBD co-operative quits Facebook", "Kentucky
			// cave/VBP rescuer says": whatever the tagger calls a word
			// before the kind of organization or person that heads the
			// description, it modifies it.
			continue
		}
		if head < 0 && v.isVerb(k) {
			// "Knoxville axe/VBZ bar owner says": nor does a word
			// the tagger calls a verb before the nouns of a
			// description that a verb follows ("Kingston bans bar
			// owner who ..." is the town's deed).
			j := k + 1
			for j < v.n && v.tag[j] == "NN" && v.ent[j] < 0 {
				j++
			}
			if j > k+1 && j < v.n && (v.isVerb(j) || v.headlineVerb(j)) && (personNoun(v.low[j-1]) || leadOrgNouns[v.low[j-1]] || groupNouns[v.low[j-1]]) {
				continue
			}
		}
		if head < 0 && k+1 < v.n && personNoun(w) && v.headlinePredicate(k+1) {
			// "Sheboygan mother/PRP says", "Toledo nurse/JJ blames":
			// prose may tag a person's description anything.
			head = k
			continue
		}
		if tag == "POS" || tag == "DT" || strings.HasPrefix(tag, "JJ") || w == "-" || tag == "VBG" && head < 0 {
			// prose tags "hiking" in "Tacoma hiking club" a verb.
			continue
		}
		if tag == "NN" || tag == "NNP" {
			head = k
			continue
		}
		if tag == "NNS" && k+1 < v.n && v.tag[k+1] == "POS" {
			// "Leeds musicians' collective", "Veterans' charity": a
			// plural possessive modifies the head after it.
			owners = k
			k++
			continue
		}
		if (tag == "NNS" || tag == "VBZ" && k+1 < v.n && v.tag[k+1] == "VBP") && k+1 < v.n && !v.headlineVerb(k) && (v.isVerb(k+1) || v.headlineVerb(k+1) || v.tag[k+1] == "NN" && v.ent[k+1] < 0) {
			// "Hebden Bridge river volunteers move ...": a plural
			// is the organization the story names next only when
			// a modifier of it is a word of that name. So before a
			// noun, which is its verb prose took for one
			// ("Queensland independents drop/NN Facebook ads") or
			// a head it modifies ("teachers union"). prose may tag
			// the plural a verb before the verb ("Aberdeenshire
			// taxidermists/VBZ quit/VBP Instagram").
			if o := v.namesakeOrg(d, k); o >= 0 {
				return o
			}
			// "Tasmanian luthiers quit Instagram ..." above "A guild
			// of guitar and violin makers in southern Tasmania has
			// closed its Instagram account ...": the lead says the
			// plural is one organization.
			return d.leadOrg()
		}
		break
	}
	if head < 0 || k < v.n && !v.headlinePredicate(k) && !(v.tag[k] == "NNS" && k == head+1 && k+1 < v.n && (v.low[k+1] == "over" || v.low[k+1] == "as")) {
		// "Beauty brands trim ...": a plural is unnamed people. A
		// plural right after the head and before "over" or "as" is
		// the headline's verb ("Tacoma hiking club splits/NNS over
		// ...").
		return -1
	}
	if groupNouns[v.low[head]] || v.namedHead(d, head) {
		return d.orgNamedNext(v.base + head)
	}
	if leadOrgNouns[v.low[head]] {
		// "Beekeepers' guild report blames ...", above a lead that
		// names the guild's chair first: the guild the story names.
		if o := d.orgNamedNext(v.base + head); o >= 0 {
			return o
		}
	}
	if personNoun(v.low[head]) {
		// "Louisville milliner says ...", "Erie dart league secretary
		// says ...": a person's description is the person the story
		// names, not the race, the league or the police department
		// it names first.
		if p := d.namedAfter(v.base+v.n, 3, true); p >= 0 {
			return p
		}
	}
	return d.namedAfter(v.base+v.n, 3, false)
}

// personNoun reports a noun that describes a person by what she does or
// who she is: a role ("secretary", "prosecutor"), a word for kin ("mother"),
// a compound in -man ("brakeman", "fisherwoman"), or an agent noun in -er,
// -or or -ist ("milliner", "rescuer", "organizer") that is not a kind of organization, place or document
// ("paper", "center", "shelter", "newsletter").
func personNoun(w string) bool {
	if roleNouns[w] || gendered[w] != 0 || w == "secretary" {
		return true
	}
	if leadOrgNouns[w] || groupNouns[w] || docNouns[w] || thingsInEr[w] {
		return false
	}
	if strings.HasSuffix(w, "man") && len(w) > 5 {
		// "bobsled brakeman says", "Hull fisherwoman says"; not
		// "human".
		return true
	}
	return strings.HasSuffix(w, "er") || strings.HasSuffix(w, "or") || strings.HasSuffix(w, "ist")
}

// thingsInEr are nouns in -er or -or that name a place or a thing, not
// someone who does something.
var thingsInEr = map[string]bool{
	"shelter": true, "chamber": true, "quarter": true, "corner": true,
	"river": true, "water": true, "tower": true, "counter": true,
	"harbor": true, "harbour": true, "corridor": true, "order": true,
}

// headlinePredicate reports whether token k of a headline can open the
// predicate after its subject: a verb (one prose tags a noun too), a
// modal, "to" ("Council to quit X"), "on" ("Matchmaker on why ..."),
// "who", "whose" or "with".
func (v *sentView) headlinePredicate(k int) bool {
	switch v.low[k] {
	case "to", "on", "who", "whose", "with":
		return true
	}
	return v.isVerb(k) || v.tag[k] == "MD" || v.headlineVerb(k)
}

// namesakeOrg returns the organization the story names next (within its
// first sentences, orgNamedNext) when a word that modifies the plural at k
// in a headline's description is a word of its name ("Hebden Bridge river
// volunteers" and the Upper Calder River Watch, "Skin doctors" and the
// Australasian Society of Skin Cancer Medicine, "Chicago fighting-game
// organizers" and the Lakeshore Fighting Games Association). A name in
// the description, such as a place, counts only when the plural is a word
// of the organization's name too ("Kilburn traders" and the Traders'
// Association of Kilburn). Else -1: the plural is unnamed people
// ("Marketers shift budgets", "Senators accuse Snapchat"), even when an
// organization is named for them ("Illustrators quit Instagram" and a
// Society of Narrative Illustrators quoted in the story).
func (v *sentView) namesakeOrg(d *docView, k int) int {
	o := d.orgNamedNext(v.base + k)
	if o < 0 || d.kindNamedTwice(o) {
		return -1
	}
	name := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(d.doc.Entities[o].Name), nameWordSep) {
		name[w] = true
	}
	plural := name[v.low[k]]
	for j := 0; j < k; j++ {
		if v.ent[j] >= 0 && !plural {
			continue
		}
		for _, w := range strings.FieldsFunc(v.low[j], nameWordSep) {
			if len(w) > 3 && name[w] {
				return o
			}
		}
	}
	return -1
}

// leadOrg returns the organization an article's lead describes when the
// lead opens, after any dateline, with an indefinite description headed by
// a kind of organization ("A field archery club in southern Saskatchewan
// has closed ...", "A society of taxidermists in Aberdeenshire ..."): the
// one the story names next. A lead about people ("Grape pickers in Lodi
// say ...", "A picker in Lodi said ...") gives -1.
func (d *docView) leadOrg() int {
	if len(d.doc.Sentences) < 2 {
		return -1
	}
	s := d.doc.Sentences[1]
	toks := d.doc.Tokens[s.TokenStart:s.TokenEnd]
	k := 0
	for j := 0; j < len(toks) && j < 12; j++ {
		if n := toks[j].Norm; n == "—" || n == "–" || n == "--" {
			k = j + 1
			break
		}
	}
	if k >= len(toks) || !strings.EqualFold(toks[k].Norm, "a") && !strings.EqualFold(toks[k].Norm, "an") {
		return -1
	}
	head := -1
	for k++; k < len(toks); k++ {
		t := toks[k]
		if d.entOf[s.TokenStart+k] >= 0 || strings.HasPrefix(t.Tag, "NNP") {
			continue // "A Hobart guild", named or not
		}
		if t.Tag == "NN" {
			head = k
			continue
		}
		if strings.HasPrefix(t.Tag, "JJ") {
			// "A small society"
			continue
		}
		break
	}
	if head < 0 {
		return -1
	}
	if w := strings.ToLower(toks[head].Norm); !groupNouns[w] && !leadOrgNouns[w] {
		return -1
	}
	return d.orgNamedNext(s.TokenStart + head)
}

// kindNamedTwice reports another organization of o's kind (the same head,
// "church" of "First Methodist Church of Riverton" and "St. Casimir
// Catholic Church") anywhere in the story: a headline's plural
// ("Riverton congregations trade Facebook for YouTube") then stands for
// several of them, not for o.
func (d *docView) kindNamedTwice(o int) bool {
	h := d.orgHead(o)
	if h == "" {
		return false
	}
	for ei, e := range d.doc.Entities {
		if ei != o && e.Type == entities.Org && d.orgHead(ei) == h {
			return true
		}
	}
	return false
}

// nameWordSep splits a name or a word into words: at spaces, hyphens and
// apostrophes ("Traders’ Association", "fighting-game").
func nameWordSep(r rune) bool {
	return r == ' ' || r == '-' || r == '\'' || r == '’'
}

// inListAfterPrep reports a name at k that continues a list a
// preposition governs: "Missouri" in "chapters in Arkansas, Missouri and
// Oklahoma".
func (v *sentView) inListAfterPrep(k int) bool {
	ls := v.listStart(k)
	return ls > 0 && ls < k && (v.tag[ls-1] == "IN" || v.low[ls-1] == "of")
}

// datelineEnd returns the first token after a news lead's dateline
// ("HAMBURG —", "ASHPORT, Ore. —", "NYERI, Kenya —", "LODI, Calif.
// (Mokelumne Wire) —"), or 0 when the sentence has none: the place where
// the story was filed is no part of its first clause.
func (v *sentView) datelineEnd() int {
	for j := 0; j < v.n && j < 12; j++ {
		switch w := v.low[j]; {
		case w == "—" || w == "–" || w == "--":
			if j == 0 {
				return 0
			}
			return j + 1
		case w == "," || w == "." || w == "(" || w == ")" || v.ent[j] >= 0 || strings.HasPrefix(v.tag[j], "NN") || strings.HasPrefix(v.tag[j], "JJ") || strings.HasSuffix(w, "."):
		default:
			return 0
		}
	}
	return 0
}

// leadHolder returns whom an article's lead describes when its subject is
// an indefinite description that names nobody ("A Darlington model-railway
// society has closed ...", "HAMBURG — A Ghanaian Methodist congregation
// ..."), for a cue at or after token at: the story names it in the
// sentences that follow. A description headed by a kind of organization
// stands for the first organization named after it, any other for the
// first person or organization ("A matchmaker in Edinburgh who ...").
func (v *sentView) leadHolder(d *docView, at int) int {
	k, role := v.datelineEnd(), false
	if k >= v.n {
		return -1
	}
	if e := v.ent[k]; e >= 0 && (d.doc.Entities[e].Type == entities.GPE || d.doc.Entities[e].Type == entities.Loc) {
		// "New Zealand's largest association of companion-animal
		// vets has told ...": a place's description names nobody
		// either.
		if k = v.mentionEnd(k) + 1; k >= v.n || v.low[k] != "'s" && v.low[k] != "’s" {
			return -1
		}
	} else if v.low[k] == "the" && k+3 < v.n && personNoun(v.low[k+1]) && v.low[k+2] == "of" && indefinite(v.low[k+3]) {
		// "The founder of a ukulele club in Mobile says ...": the
		// person the story names next, not the club.
		k += 3
		role = true
	} else if v.low[k] != "a" && v.low[k] != "an" {
		return -1
	}
	head := -1
	for k++; k < v.n && k < at; k++ {
		tag := v.tag[k]
		if e := v.ent[k]; e >= 0 {
			if t := d.doc.Entities[e].Type; t != entities.GPE && t != entities.Loc {
				return -1
			}
			continue
		}
		switch {
		case tag == "POS" || v.low[k] == "'s" || v.low[k] == "’s" || v.low[k] == "'" || v.low[k] == "’" ||
			strings.HasPrefix(tag, "JJ") || v.low[k] == "-" || tag == "CD":
			continue
		case tag == "VBG" && head < 0:
			// prose tags "running" in "A running club" a verb.
			continue
		case tag == "NNS" && k+1 < v.n && (v.tag[k+1] == "POS" || v.low[k+1] == "'" || v.low[k+1] == "’"):
			// "A Norwich pensioners' association"
			continue
		case tag == "NNS" && k+1 < v.n && v.tag[k+1] == "NN":
			// "A high school physics teacher": a plural noun
			// modifies the head after it.
			continue
		case tag == "NN" || tag == "NNP":
			head = k
			continue
		case tag == "DT" && !determiners[v.low[k]]:
			// "A high school netball/DT coach": prose tags a word
			// it does not know a determiner.
			continue
		}
		break
	}
	if role && head >= 0 && k < at {
		return d.namedAfter(v.base+v.n, v.idx+3, true)
	}
	if head < 0 || k >= at || v.low[head] == "judge" || v.low[head] == "jury" {
		// "A federal judge in San Jose has certified a class action
		// ...": the court rules on others' stances.
		return -1
	}
	if groupNouns[v.low[head]] || leadOrgNouns[v.low[head]] || v.namedHead(d, head) {
		return d.orgNamedNext(v.base + head)
	}
	if roleNouns[v.low[head]] || v.low[head] == "general" && head > 0 && v.low[head-1] == "attorney" {
		// "Colorado's attorney general sued Snap": a role is a
		// person's, not the court the story names first.
		return d.namedAfter(v.base+v.n, v.idx+3, true)
	}
	return d.namedAfter(v.base+v.n, v.idx+3, false)
}

// determiners are the words prose rightly tags DT.
var determiners = map[string]bool{
	"a": true, "an": true, "the": true, "this": true, "that": true, "these": true,
	"those": true, "some": true, "any": true, "each": true, "every": true, "no": true,
	"all": true, "both": true, "another": true, "either": true, "neither": true,
	"half": true,
}

// leadOrgNouns are kinds of organization a news lead describes before the
// story names it ("A games studio in Bristol", "A family funeral business").
var leadOrgNouns = map[string]bool{
	"club": true, "society": true, "association": true, "charity": true, "trust": true,
	"congregation": true, "church": true, "mosque": true, "synagogue": true, "temple": true,
	"business": true, "studio": true, "project": true, "helpline": true, "school": true,
	"college": true, "university": true, "library": true, "museum": true, "festival": true,
	"band": true, "choir": true, "orchestra": true, "theatre": true, "theater": true,
	"restaurant": true, "bakery": true, "shop": true, "venue": true, "newspaper": true,
	"paper": true, "hospital": true, "hospice": true, "practice": true, "clinic": true,
	"federation": true, "league": true, "team": true, "label": true, "publisher": true,
	"co-operative": true, "cooperative": true, "co-op": true, "collective": true,
	"centre": true, "center": true, "service": true, "institute": true, "foundation": true,
	"fund": true, "partnership": true, "alliance": true, "guild": true, "watch": true,
	"brand": true, "chain": true, "retailer": true, "startup": true, "station": true,
	"home": true,
}

// namedAfter returns the first person or organization (not a platform's
// owner) that the document names after token g and before sentence
// limit, or -1: whom a description that names nobody stands for. With
// person set it returns the first person only.
func (d *docView) namedAfter(g, limit int, person bool) int {
	end := len(d.doc.Tokens)
	if ss := d.doc.Sentences; len(ss) > limit {
		end = ss[limit].TokenStart
	}
	k := sort.Search(len(d.mstarts), func(i int) bool { return d.mstarts[i].tok >= g })
	for ; k < len(d.mstarts) && d.mstarts[k].tok < end; k++ {
		switch e := d.doc.Entities[d.mstarts[k].ent]; e.Type {
		case entities.Person:
			return d.mstarts[k].ent
		case entities.Org:
			if !person && !platformOwner(e.Name) {
				return d.mstarts[k].ent
			}
		}
	}
	return -1
}

// names reports whether the sentence names the entity called name (a
// mention, not a pronoun); "" is never named.
func (v *sentView) names(d *docView, name string) bool {
	for k := 0; k < v.n && name != ""; k++ {
		if v.ent[k] >= 0 && d.doc.Entities[v.ent[k]].Name == name {
			return true
		}
	}
	return false
}

// butFlip scales a judgment that a concessive "but" turns around: the turn
// is implied, so it is weaker than the praise or blame it answers.
const butFlip = 0.7

// weakAfterBut is the largest contribution after a "but" that still
// leaves the clause without a judgment of its own (concessiveBut).
const weakAfterBut = 0.1

// concessiveBut returns the token of a "but" that turns a judgment around,
// or -1: every explicit mention of the target and every cue bearing on it
// come before the "but", those cues are general valence (praise or blame in
// passing) or a stance adjective ("the best of the lot, I'll give it that,
// but"), not a stance verb or phrase, and what follows it holds no stance
// word of its own ("Pinterest is a good business, but it is far too
// dependent on a handful of customers"; "X is not the most exciting place
// to advertise, but it's the one I never have to apologize for"). A "but"
// followed by a judgment of its own ("Meta praised Instagram, but critics
// slammed TikTok") turns nothing.
func (v *sentView) concessiveBut(d *docView, mentions [][2]int, cues []cue, contrib []float64) int {
	if !v.hasBut || len(mentions) == 0 {
		return -1
	}
	but := 0
	for but < v.n && v.preBut[but] {
		but++
	}
	if but >= v.n-1 {
		return -1
	}
	for _, m := range mentions {
		if m[0] >= but {
			return -1
		}
	}
	any, fault := false, false
	before := func(lemma string) bool {
		for _, o := range cues {
			if o.lo < but && o.lemma == lemma {
				return true
			}
		}
		return false
	}
	for ci, c := range cues {
		if c.limited {
			// Already turned by its own limit.
			return -1
		}
		if c.lo >= but && before(c.lemma) {
			// "a mess, but it was our mess": the concession again,
			// owned.
			continue
		}
		if c.lo >= but && c.strong && c.weight != 0 && !(c.lemma == lemmaNoWord && contrib[ci] == 0) {
			// A "word against" something the target holds ("but I
			// can't say a word against that group") is the turn
			// itself, not a judgment of another.
			return -1
		}
		if c.lo >= but && math.Abs(contrib[ci]) < weakAfterBut {
			// "…, but at least when something broke I got an email":
			// valence in passing, about something else.
			continue
		}
		if contrib[ci] != 0 {
			if c.lo >= but || c.strong && (c.pos != 'N' && c.pos != 'J' || c.weight > 0 && c.pos == 'N' || c.hi-c.lo > 1 ||
				c.lo > 0 && v.isContentVerb(c.lo-1)) {
				// A stance verb before the "but" ("its lawsuit
				// accusing X ..., but") is a judgment of its own, a
				// stance adjective is conceded;
				// a fault ("X is a mess, but", "a lot of complaints
				// about X, ... but") is conceded, not a verb's object
				// ("taking complaints on X but decided against it").
				return -1
			}
			any = true
			fault = fault || c.strong
		}
	}
	if !any {
		return -1
	}
	if fault {
		// A conceded fault turns only when what follows is about the
		// same name: "complaints about TikTok ..., but Oduya said
		// YouTube had been the most predictable" weighs two.
		for k := but; k < v.n; k++ {
			if e := v.ent[k]; e >= 0 && d.doc.Entities[e].Target && !inRanges(mentions, k) {
				return -1
			}
		}
	}
	return but
}

// carriedSpeaker returns the speaker of a quotation that runs on from the
// previous sentence: a sentence that opens with a quote or inside one and
// has no attribution of its own ("“We reported, we waited ...,” said H.
// “Our players deserve better than X.”"), or "".
func (s *Scorer) carriedSpeaker(d *docView, v *sentView) string {
	if ei := s.carriedFrom(d, v, maxCarry); ei >= 0 {
		return d.doc.Entities[ei].Name
	}
	return ""
}

// maxCarry bounds how many unattributed quoted sentences a speaker carries
// over: a letter ("NAME writes: “…” “…” “…”"), a long quotation or the
// quoted passages of a statement.
const maxCarry = 10

// carriedFrom returns the entity carriedSpeaker names, or -1. A previous
// sentence that is itself an unattributed quotation passes on its own
// carried speaker, up to depth sentences back. A paragraph of quotation
// after a sentence about "the statement" (or report, memo ...) is the
// document's, which is its organization's (docOwner).
func (s *Scorer) carriedFrom(d *docView, v *sentView, depth int) int {
	if v.idx == 0 || v.n == 0 || depth == 0 || !isQuote(v.low[0]) && !v.quoted[0] {
		return -1
	}
	for k := 0; k < v.n; k++ {
		if !v.quoted[k] && v.in(k, wcReport) {
			return -1
		}
	}
	pv := d.sentence(v.idx-1, s)
	ok := func(ei int) bool {
		return ei >= 0 && holderType(d.doc.Entities[ei].Type)
	}
	if k := pv.firstQuoted(); k >= 0 {
		if sp := pv.speaker(d, k, ok); sp >= 0 {
			return sp
		}
		// "writes: “About time.” “I can tell you ...”": the sentence
		// before passes on the speaker it carries.
		if sp := s.carriedFrom(d, pv, depth-1); sp >= 0 {
			return sp
		}
	}
	if !d.opensParagraph(v.idx) && pv.n > 0 && !pv.quoted[0] && !isQuote(pv.low[0]) {
		if sp := s.framedSpeaker(d, v.idx, ok); sp >= 0 {
			return sp
		}
	}
	if d.opensParagraph(v.idx) {
		// "The statement, signed by its director, ... ." and then a
		// paragraph of quotation: the statement's, which is its
		// organization's; also when the paragraph ends with a
		// sentence that only announces the passages ("Its central
		// passages follow.").
		for j := v.idx - 1; j >= 0 && j >= v.idx-docReach; j-- {
			if j < v.idx-1 {
				pv = d.sentence(j, s)
			}
			for k := 1; k < pv.n; k++ {
				if o := pv.docRef(d, k); !pv.quoted[k] && ok(o) {
					return o
				}
			}
			if d.opensParagraph(j) {
				break
			}
		}
	}
	return -1
}

// framedSpeaker returns who speaks a quotation that stands alone in a
// paragraph after sentences that describe someone (a profile's "This
// spring she started a newsletter on Substack. “Substack is the only place
// I’m allowed to be boring.”"): the speaker the sentence before reports
// ("Gallacher said her account would stay closed."), else that sentence's
// subject when it is a person ("She was less forgiving of another
// favourite."), else the speaker of the paragraph's last attributed
// quotation within docReach sentences; -1 when none.
func (s *Scorer) framedSpeaker(d *docView, si int, ok func(int) bool) int {
	pv := d.sentence(si-1, s)
	person := func(ei int) bool { return ok(ei) && d.doc.Entities[ei].Type == entities.Person }
	for k := 0; k < pv.n; k++ {
		if !pv.quoted[k] && pv.in(k, wcReport) && pv.isVerb(k) {
			if sp := pv.speaker(d, pv.n-1, ok); sp >= 0 {
				return sp
			}
			break
		}
	}
	for k := 0; k < pv.n; k++ {
		// The first verb, a linking one too ("She was less forgiving").
		if pv.isVerb(k) {
			if se, found := pv.subject(d, k); found && person(se) {
				return se
			}
			break
		}
	}
	for j := si - 1; j >= 0 && j >= si-docReach; j-- {
		if j < si-1 {
			pv = d.sentence(j, s)
		}
		if k := pv.firstQuoted(); k >= 0 {
			if sp := pv.speaker(d, k, ok); person(sp) {
				return sp
			}
		}
		if d.opensParagraph(j) {
			break
		}
	}
	return -1
}

// firstQuoted returns the first token inside a quotation, or -1.
func (v *sentView) firstQuoted() int {
	for k := 0; k < v.n; k++ {
		if v.quoted[k] {
			return k
		}
	}
	return -1
}

// docReach is how many sentences of the paragraph before a paragraph of
// quotation carriedFrom searches for the document it quotes.
const docReach = 3

// span returns the byte span of local tokens [lo, hi), checked against the
// text.
func (d *docView) span(v *sentView, lo, hi int) (int, int, bool) {
	a, b := d.doc.Tokens[v.base+lo].Start, d.doc.Tokens[v.base+hi-1].End
	if a < 0 || b > len(d.doc.Text) || a >= b {
		return 0, 0, false
	}
	return a, b, true
}

// holder finds whose attitude cue c expresses toward target entity te: the
// agent of a passive or nominal ("by H"), the source of a nominal ("drew
// criticism from H"), the possessor ("H's preference"), the speaker of
// reported speech, the subject of the cue's clause, or the subject of the
// sentence.
func (s *Scorer) holder(d *docView, v *sentView, c cue, te int) string {
	if c.by > 0 {
		// "Moffat disagreed with the decision to stop posting on X":
		// the one who opposes the withdrawal holds its reversal.
		c.lo, c.hi, c.pos, c.by = c.by-1, c.by, posOf(v.tag[c.by-1]), 0
	}
	if c.lemma == lemmaAwayFrom {
		// "Quayline Homes moved about two-thirds of its budget for the
		// scheme out of Facebook": the mover is the moving verb's
		// subject, not a noun just before "out of".
		if k := v.awayVerb(c.lo); k >= 0 {
			c.lo, c.hi = k, k+1
		}
	}
	ok := func(ei int) bool {
		if ei < 0 || ei == te {
			return false
		}
		e := d.doc.Entities[ei]
		// A platform is never the holder: "A rather than B" is nobody's
		// stance of A's. A caller target that is a person or company is.
		return e.Type == entities.Person || e.Type == entities.Org || e.Type == entities.GPE
	}
	name := func(ei int) string { return d.doc.Entities[ei].Name }
	if c.pos == 'V' && v.overeager(c.lo) {
		// "she said the association was too quick to praise Teams":
		// whoever finds the praise hasty holds the charge, not the
		// one who praised.
		if sp := v.speaker(d, c.lo, ok); sp >= 0 {
			return name(sp)
		}
	}
	if c.lemma == lemmaRightAbt || v.judgedAct(c.lo) {
		// "the board was right about TikTok", said Natarajan: whoever
		// says someone is right or wrong about a platform judges it,
		// or else the author does; not the one said to be right. So
		// does whoever calls an act right or wrong: "Ruang Aman
		// Digital said the alliance was right to leave Instagram",
		// "Sevier said the artists were right to trade names in a
		// Discord server rather than wait" hold the verdict the act
		// carries, not the one who acted.
		if sp := v.speaker(d, c.lo, ok); sp >= 0 {
			return name(sp)
		}
		return ""
	}
	verbSince := false
	for k := c.hi; k+1 < v.n && v.clause[k] == v.clause[c.lo]; k++ {
		if v.low[k] == "by" && (c.pos == 'N' || v.tag[c.lo] == "VBN") {
			if ei := v.refAt(d, k+1); ok(ei) {
				return name(ei)
			}
			break
		}
		if v.low[k] == "from" && c.pos == 'N' && !verbSince {
			// "Twitch drew criticism from Amnesty International":
			// whom a nominal stance comes from holds it.
			if ei := v.refAt(d, k+1); ok(ei) {
				return name(ei)
			}
		}
		verbSince = verbSince || v.isVerb(k)
	}
	if h, found := v.possessor(d, c.lo); found && ok(h) && (c.strong || v.low[c.lo-1] == "'s") {
		// "Hoa's preference for Signal"; a pronoun possessor of mere
		// sentiment ("its energy") is not the attitude's owner.
		return name(h)
	}
	orig := c.lo
	if k := v.controller(c.lo); k >= 0 {
		if _, e := v.nounSubject(d, c.lo); e < 0 {
			// "spent four months posting on Threads before giving
			// up on it", "posts her films on YouTube rather than
			// TikTok": the cue has no subject of its own and takes
			// its controlling verb's. A speaker's report is still
			// read from the cue itself (orig).
			c.lo, c.hi = k, k+1
		}
	}
	u := v.urger(c.lo)
	if u < 0 && (c.lemma == "rather than" || c.lemma == "instead of") {
		// "asks the board to move the account to A rather than keep it
		// on B": the comparison belongs to the urged verb phrase.
		for k := c.lo - 1; k >= 1 && k >= c.lo-12 && v.clause[k] == v.clause[c.lo]; k-- {
			if v.low[k-1] == "to" && v.isVerb(k) {
				u = v.urger(k)
				break
			}
		}
	}
	if u >= 0 {
		// "urged families to boycott TikTok": the one who urges holds it.
		if ei, found := v.subjectOrApposed(d, u); found && ok(ei) {
			return name(ei)
		}
		if _, owner := v.nounSubject(d, u); ok(owner) {
			return name(owner)
		}
		if ms := v.mainSubject(d); ok(ms) {
			return name(ms)
		}
	}
	if c.pos == 'V' {
		// "A bill from state Sen. Vacek that would bar TikTok": the
		// proposal's sponsor holds what it would do.
		if ei := v.sponsor(d, c.lo); ok(ei) {
			return name(ei)
		}
	}
	if (c.pos == 'V' || c.pos == 'O') && c.strong && !v.quoted[c.lo] {
		// A speaker who reports what others did is not the holder:
		// "According to H, more than 70 universities have left X".
		// A present-tense claim ("millions of health workers rely on the
		// app", said the owner's spokesman) is the speaker's argument,
		// not a deed reported of others.
		claim := (v.tag[c.lo] == "VBP" || v.tag[c.lo] == "VBZ") && v.speaker(d, c.lo, ok) >= 0
		if k, _ := v.nounSubject(d, c.lo); k >= 0 && v.ent[k] < 0 && v.tag[k] == "NN" && !groupNouns[v.low[k]] && !v.namedHead(d, k) && !v.roleHead(d, k) && v.speaker(d, c.lo, ok) >= 0 {
			// "the page's reach depended on", said its owner: a thing,
			// not someone else's deed; the claim is the speaker's.
			claim = true
		}
		if k, ei := v.nounSubject(d, c.lo); k >= 0 && !claim && v.deonticBetween(k, c.lo) {
			// "Some supporters said the club should leave X": what
			// the subject ought to do is the call of whoever says
			// so, a speaker or the author, not the subject's own.
			if sp := v.speaker(d, c.lo, ok); sp >= 0 {
				return name(sp)
			}
			return ""
		} else if k >= 0 && !claim && (!v.modalBetween(k, c.lo) || ei >= 0 && (v.speaker(d, c.lo, ok) < 0 || d.doc.Entities[ei].Type == entities.Org && !v.reportBetween(0, k))) && (c.pos == 'V' || v.namesAt(k)) {
			// A plan ("will close its account on X and move ... to
			// Y") is its subject's own when nobody reports it, or
			// when the subject is an organization and the report
			// comes after it ("The authority will keep its Facebook
			// page, which Metcalfe said was ..."): the speaker
			// explains the organization's decision.
			if ei < 0 {
				ei = v.headlineOrg(d, k)
			}
			if ok(ei) {
				return name(ei)
			}
			if ei < 0 && c.pos == 'V' {
				return ""
			}
		}
		if v.low[0] == "it" && v.clause[0] == v.clause[c.lo] && !claim && !v.modalBetween(0, c.lo) {
			// "It closed its account on X last year, Whitlow said":
			// the organization the sentence carries on with did it.
			if e := v.refAt(d, 0); ok(e) && d.doc.Entities[e].Type == entities.Org {
				return name(e)
			}
		}
		if w := v.whoBefore(c.lo); w >= 0 && c.pos == 'V' && !claim && v.antecedent(d, w) < 0 {
			// "pressure from members who have moved to Threads, its
			// leaders said": a deed of unnamed others.
			return ""
		}
	}
	if sp := v.speaker(d, c.lo, ok); sp >= 0 {
		if k := v.openingPlural(); k >= 0 && !v.quoted[c.lo] && (clienteleNouns[v.low[k]] || kindNouns[v.low[k]] || groupKinds[v.low[k]]) && !v.modalBetween(k, c.lo) && v.reportBetween(c.lo+1, v.n) {
			// "Volunteers from several groups now share the lists on
			// Signal rather than WhatsApp, Vogt said": what people of
			// a kind do, with the report after it, is nobody's in
			// particular, as when the report comes first (below);
			// advice ("Ministers should use Signal") stays the
			// speaker's.
			return ""
		}
		if k := v.openingQuantifier(); k >= 0 && !v.quoted[c.lo] && !v.modalBetween(k, c.lo) && v.reportBetween(c.lo+1, v.n) {
			// "A few had left Facebook altogether, he said": so
			// with people a quantifier stands for.
			return ""
		}
		if k, ei := v.reportedSubject(d, orig); k >= 0 && ei < 0 && !v.quoted[c.lo] && v.unnamedPeople(k) && !v.participleReport(orig) {
			// "Brookes said two of her retail clients had shifted
			// their budgets from X to Y": the speaker reports what
			// unnamed people did or think, which is nobody's in
			// particular. What a subject's reason for its own deed
			// says of them (", saying players get better answers
			// there") is the subject's claim; what they did is
			// still theirs (the verb cues above).
			return ""
		}
		if (c.pos == 'V' || c.pos == 'O') && !v.quoted[c.lo] {
			if ei := v.reportedOrg(d, orig, sp); ok(ei) {
				// "Olmsted said the library had looked at Bluesky
				// and decided against it": the speaker reports her
				// organization's decision, which is the
				// organization's.
				return name(ei)
			}
		}
		return name(sp)
	}
	if v.passiveAt(c.lo, 0) {
		return ""
	}
	if c.pos == 'O' {
		// A cue that is no stance word of the clause's own (a
		// construction, or a verdict no cue carried: the article
		// model's) on a platform the sentence's subject acts on: "On
		// Tuesday night the City Council voted to publish its notices
		// on Nextdoor and Facebook instead".
		if ms := v.mainSubject(d); ok(ms) {
			return name(ms)
		}
	}
	if v.quoted[c.lo] {
		// "she still goes to a forum on Reddit, “where everybody's
		// happy to tell me I'm wrong”": an unattributed quotation in a
		// sentence about someone is their words.
		if q := v.firstQuoted(); q > 0 {
			if ms := v.mainSubject(d); ok(ms) && v.namedBefore(d, ms, q) && !v.introducedElsewhere(q, ms) {
				return name(ms)
			}
		}
	}
	ei, found := v.subject(d, c.lo)
	if c.pos == 'J' && (!found || ei == te || ei >= 0 && d.doc.Entities[ei].Type == entities.Platform) && !v.contentVerbBefore(c.lo) {
		// "Gab has become lawless": the author's voice.
		return ""
	}
	for pos := c.lo; found && ei >= 0 && d.doc.Entities[ei].Type == entities.Platform; {
		// "endorses Mastodon for freedom": a nominal cue's subject is the
		// verb's, past its platform object.
		k := v.firstTokenOf(ei, pos)
		if k <= 0 || k >= pos {
			break
		}
		pos = k
		ei, found = v.subject(d, k)
	}
	if found && ei == te && !v.conc[c.lo] {
		// "the Commission fined X for misleading users": X's own deed is
		// judged by the sentence's subject.
		if ms := v.mainSubject(d); ok(ms) {
			return name(ms)
		}
	}
	if found {
		if ok(ei) {
			return name(ei)
		}
		return ""
	}
	if ei == -2 && !v.conc[c.lo] {
		if ms := v.mainSubject(d); ok(ms) {
			return name(ms)
		}
	}
	return ""
}

// namesAt reports a subject at k that names its organization or person
// ("Broad Row Traders' Association", "the association") or is owned by one
// named just before it ("the playhouse's trailers will go on Vimeo
// instead": the owner moves its own things), not a thing that only
// belongs to one ("the county's buy-and-sell groups", "a church hall").
func (v *sentView) namesAt(k int) bool {
	if v.ent[k] >= 0 {
		return true
	}
	if k == 0 {
		return false
	}
	switch v.low[k-1] {
	case "the", "its", "this", "'s", "your":
		// "COSTA: Your firm closed its X account": the one addressed
		// owns it.
		return true
	}
	return false
}

// reportedOrg returns the organization a speaker sp reports as the subject
// of the clause holding token i ("Olmsted said the library had looked at
// Bluesky", "Okonjo said the association itself had given up on
// Facebook"), or -1. The subject must be named or a description ("the
// committee"), not a pronoun or a document ("the guidance"), and not be
// judged in its own clause ("said the association was right to back
// YouTube", "said the club had been right to leave Strava", "said the
// guild was wise to", "said the team had good reason to blame TikTok",
// "said it had made the right call in leaving": the judgment is the
// speaker's). A bare group noun stands for the
// speaker's own organization or the one the story is about, not the
// nearest organization of any kind.
func (v *sentView) reportedOrg(d *docView, i, sp int) int {
	k, ei := v.reportedSubject(d, i)
	if k > 1 && ei < 0 && v.ent[k] < 0 && ownedStanceNouns[v.low[k]] {
		// "She said the ministry's faith in Signal rested on the app":
		// the organization's own attitude or act, not a thing of its
		// ("the museum's lectures would keep going on YouTube").
		j := k - 1
		for j > 0 && v.ent[j] < 0 && (strings.HasPrefix(v.tag[j], "JJ") || strings.HasPrefix(v.tag[j], "NN")) {
			j--
		}
		if j > 0 && (v.low[j] == "'s" || v.low[j] == "’s") {
			k, ei = j-1, v.refAt(d, j-1)
		}
	}
	if k < 0 || ei < 0 || ei == sp {
		return -1
	}
	for j := k + 1; j < i && j <= k+3; j++ {
		if v.low[j] == "should" || v.low[j] == "must" || v.low[j] == "ought" {
			// What the subject should do is the speaker's call
			// ("Villanueva said the city should move its alerts to
			// Bluesky", "said Congress should impose rules on X").
			return -1
		}
	}
	if v.ent[k] < 0 && localityNouns[v.low[k]] && d.doc.Entities[ei].Type == entities.GPE {
		// "Hoekstra said the city had also considered Threads".
		return ei
	}
	if d.doc.Entities[ei].Type != entities.Org {
		return -1
	}
	if v.low[k] == "it" && d.doc.Entities[sp].Type != entities.Person {
		// "Halyard Labs, a consultancy that sells support for
		// Gullwing, said it would move": an organization's "it" is
		// itself.
		return -1
	}
	if v.ent[k] < 0 && v.low[k] != "it" {
		// "Brennan said it had accepted all 23 recommendations":
		// a person's "it" is the organization it resolves to; a noun
		// must name one.
		if k == 0 || docNouns[v.low[k]] || v.ent[k-1] >= 0 {
			return -1
		}
		switch v.low[k-1] {
		case "the", "its", "his", "her", "their", "our":
		default:
			return -1
		}
		if !v.namedHead(d, k) && v.ownersOrg(d, k) != ei {
			if !groupNouns[v.low[k]] {
				return -1
			}
			// A body of a kind is the speaker's own ("said his firm
			// would keep streaming", "her committee had looked at"),
			// or the one the speaker works for or the story is about.
			if ei != d.affiliation(sp, v.base) && ei != d.storyOrg() && v.low[k-1] != "his" && v.low[k-1] != "her" {
				return -1
			}
		}
	}
	for j := k + 1; j+1 < v.n && j <= k+3 && j < i; j++ {
		switch v.low[j] {
		case "was", "is", "were", "been":
			// "said the club had been right to leave Strava"
			switch v.low[j+1] {
			case "right", "wrong", "wise":
				return -1
			}
		case "had", "has":
			// "said the team had good reason to blame TikTok"
			if j+2 < v.n && v.low[j+2] == "reason" {
				return -1
			}
		case "made", "make", "makes":
			// "said the association had made the right call in
			// leaving Facebook"
			if j+2 < v.n && (v.low[j+2] == "right" || v.low[j+2] == "wrong") {
				return -1
			}
		}
	}
	return ei
}

// ownedStanceNouns are an organization's attitudes and acts that a speaker
// may report as the subject of a clause: "the ministry's faith in Signal",
// "the council's decision".
var ownedStanceNouns = map[string]bool{
	"faith": true, "trust": true, "preference": true, "decision": true, "choice": true,
	"plan": true, "policy": true, "move": true, "position": true, "view": true,
	"stance": true, "approach": true, "strategy": true, "post": true, "advice": true,
}

// urger returns the index of "urged", "called on", "asked" ... in "urged
// families to boycott X" when the cue at i is the verb of its infinitive, or
// -1.
func (v *sentView) urger(i int) int {
	// The cue is the infinitive's verb or inside its verb phrase: "told
	// them to use Signal instead of WhatsApp".
	to := -1
	for k := i - 1; k >= 1 && k >= i-5 && v.clause[k] == v.clause[i]; k-- {
		if v.low[k] == "to" && v.isVerb(k+1) {
			to = k
			break
		}
		if v.ent[k] < 0 && (isPreposition(v.low[k]) || v.isVerb(k)) && k != i-1 {
			if v.low[k] != "of" && v.low[k] != "for" || k < i-3 {
				break
			}
		}
	}
	if to < 0 && (v.low[i] == "instead" || i >= 2 && v.low[i-1] == "and" && v.tag[i] == "VB") {
		// "voted to send them through X and a Y channel instead";
		// "asked the council to stop posting notices on X and move
		// them to Y": a bare verb after "and" is the earlier
		// infinitive's second verb.
		for k := i - 1; k >= 1 && k >= i-15 && v.clause[k] == v.clause[i]; k-- {
			if v.low[k] == "to" && v.isVerb(k+1) {
				to = k
				break
			}
		}
	}
	if to < 1 {
		return -1
	}
	for hops := 0; hops < 3; hops++ {
		next := -1
		for k := to - 1; k >= 0 && k >= to-15 && v.clause[k] == v.clause[i]; k-- {
			if directives[v.low[k]] && k >= to-8 {
				return k
			}
			if v.low[k] == "to" && v.isVerb(k+1) && k+2 < v.n && v.low[to-1] == "and" {
				// "voted to stop posting on X and to send them ...":
				// the first infinitive's governor governs both.
				next = k
				break
			}
		}
		if next < 0 {
			return -1
		}
		to = next
	}
	return -1
}

// directives tell someone to do what their infinitive says: the one who
// urges, orders or tells holds the stance of "to boycott X", "to use Y".
var directives = map[string]bool{
	"urged": true, "urges": true, "urge": true, "urging": true, "asked": true, "asks": true,
	"ask": true, "asking": true, "encouraged": true, "encourages": true, "told": true,
	"tells": true, "tell": true, "telling": true, "pressed": true, "called": true, "calls": true, "calling": true,
	"appealed": true, "appeals": true, "ordered": true, "orders": true, "order": true,
	"ordering": true, "instructed": true, "instructs": true, "directed": true, "directs": true,
	"required": true, "requires": true, "advised": true, "advises": true, "advise": true,
	"recommended": true, "recommends": true,
	// deciding for oneself: "voted to send alerts through X instead"
	"voted": true, "votes": true, "decided": true, "decides": true, "agreed": true,
	"agrees": true, "resolved": true, "opted": true, "opts": true,
}

// writesOff reports a report verb at i followed by "off": "had written
// off Facebook", "wrong to write off X".
func (v *sentView) writesOff(i int) bool {
	return i+1 < v.n && v.low[i+1] == "off"
}

// insistsOn reports "insist on" + a name at i ("she insists on Signal"): a
// demand, not a report, though "insist" alone reports ("insisted that ...",
// "insisted on Thursday that ...").
func (v *sentView) insistsOn(i int) bool {
	return strings.HasPrefix(v.low[i], "insist") && i+2 < v.n && v.low[i+1] == "on" && v.ent[i+2] >= 0
}

// askVerbs make a request whose words a quotation after it may give.
var askVerbs = map[string]bool{"asked": true, "asks": true, "urged": true, "urges": true, "pleaded": true, "begged": true}

// urgedUse matches "told staff to use Signal", "urged members to install
// X": telling others to use a platform endorses it.
func (v *sentView) urgedUse(i int) (cue, bool) {
	switch v.low[i] {
	case "use", "install", "download", "join":
	default:
		return cue{}, false
	}
	if i < 2 || v.low[i-1] != "to" || v.urger(i) < 0 || v.negatorAt(i) != "" {
		return cue{}, false
	}
	return cue{lo: i, hi: i + 1, lemma: "urged use", weight: 0.5, strong: true, pos: 'V'}, true
}

// subjectOrApposed is subject, also across an apposition: "X, a lawyer who
// speaks for the alliance, said".
func (v *sentView) subjectOrApposed(d *docView, k int) (int, bool) {
	if ei, found := v.subject(d, k); found && ei >= 0 {
		return ei, true
	}
	if ei := v.apposedSubject(d, k); ei >= 0 {
		return ei, true
	}
	return v.subject(d, k)
}

// apposedSubject returns the entity E of "E, <apposition>, <verb at k>", or
// -1.
func (v *sentView) apposedSubject(d *docView, k int) int {
	j := v.beforeAux(k)
	if j < 2 || v.low[j] != "," {
		return -1
	}
	for a := j - 1; a >= 1 && a >= j-20; a-- {
		if v.low[a] != "," {
			continue
		}
		n := a + 1
		if v.low[n] == "the" && n+1 < j {
			// "The group's Norwich title, the Broadland Mercury,
			// left"
			n++
		}
		if e := v.ent[n]; e >= 0 && (d.doc.Entities[e].Type == entities.Person || d.doc.Entities[e].Type == entities.Org) && a > 0 && strings.HasPrefix(v.tag[a-1], "NN") && v.ent[a-1] < 0 {
			// "The union's president, Claire Beaulieu, said",
			// "WhatsApp’s owner, Meta, said": the apposition is the
			// name.
			b := n
			for b < j && v.ent[b] == e {
				b++
			}
			if b == j {
				return e
			}
		}
		if v.ent[a+1] >= 0 && v.ent[a-1] >= 0 {
			// "Meta, which owns Facebook, Instagram and WhatsApp,
			// said": a comma inside a list of names in the aside.
			if b := v.mentionEnd(a+1) + 1; b < j && (v.low[b] == "," || v.low[b] == "and" || v.low[b] == "or") {
				continue
			}
		}
		switch w := v.low[a+1]; {
		case w == "a" || w == "an" || w == "the" || w == "who" || w == "whose" || w == "which" || v.tag[a+1] == "PRP$" ||
			strings.HasPrefix(v.tag[a+1], "NN") && v.ent[a+1] < 0 || v.tag[a+1] == "JJ" || v.tag[a+1] == "VBN" ||
			v.tag[a+1] == "CD" || w == "of" ||
			v.tag[a+1] == "VBD" && a+2 < j && (v.tag[a+2] == "IN" || v.tag[a+2] == "TO"):
			// "Twitch, asked about her departure, said": a participle
			// the tagger read as a past tense.
			// "Lindqvist, 52, said", "Eleanor Hutchins, of Millbrook,
			// writes": an age or a hometown is an apposition too.
		default:
			return -1
		}
		if v.tag[a-1] == "CD" && a >= 3 && v.low[a-2] == "," {
			// "Owen Park, 16, of Bracken, writes": the age is a
			// further apposition; the name is before it.
			continue
		}
		if v.ent[a-1] >= 0 && v.inRelative(a-1) {
			// "Annie Cho, who runs Little Acorn Books, a children's
			// bookstore, said": the apposition describes a name inside
			// the relative clause; the subject is the relative's
			// antecedent, further back.
			continue
		}
		if e := v.ent[a-1]; e >= 0 {
			f := v.firstTokenOf(e, a)
			if d.doc.Entities[e].Type == entities.GPE && f > 0 && (v.low[f-1] == "the" || v.low[f-1] == "a" || v.low[f-1] == "an") {
				// "Harvest Table Restaurant Group, the Columbus,
				// Ohio-based owner of 140 restaurants, is": a place
				// inside the apposition.
				continue
			}
			p := f - 1
			for p > 0 && strings.HasPrefix(v.tag[p], "JJ") {
				p--
			}
			if p > 0 && qualifierPreps[v.low[p]] && v.ent[p-1] >= 0 {
				// "The Quantock Playhouse in Taunton, which had
				// ..., said": the name the place qualifies.
				return v.headOf(d, p-1)
			}
			return v.headOf(d, a-1)
		}
		if strings.HasPrefix(v.tag[a-1], "NN") {
			if b := v.nameBeforeApposition(d, a-1); b >= 0 {
				// "Mei Tanaka, the club's treasurer, who voted
				// against, said": the role is in apposition to the
				// person named before it, who speaks.
				return b
			}
			// "His petition, signed by ..., asks"
			return v.npOwner(d, a-1)
		}
		return -1
	}
	return -1
}

// nameBeforeApposition returns the person named in "P, the club's
// treasurer" when the noun at k ends a description in apposition to P,
// or -1.
func (v *sentView) nameBeforeApposition(d *docView, k int) int {
	for j := k - 1; j >= 1 && j >= k-6; j-- {
		switch {
		case v.low[j] == ",":
			if e := v.ent[j-1]; e >= 0 && (v.tag[j+1] == "DT" || v.tag[j+1] == "PRP$") && d.doc.Entities[e].Type == entities.Person {
				return v.headOf(d, j-1)
			}
			return -1
		case v.ent[j] >= 0 || v.tag[j] == "DT" || v.tag[j] == "PRP$" || v.tag[j] == "POS" || strings.HasPrefix(v.tag[j], "JJ") || strings.HasPrefix(v.tag[j], "NN"):
		default:
			return -1
		}
	}
	return -1
}

// headOf returns the entity whose mention ends at k, or for "X of Y" and "X
// of Y's Z" the head X.
func (v *sentView) headOf(d *docView, k int) int {
	if k < 0 || k >= v.n {
		return -1
	}
	e := v.ent[k]
	for {
		s := k
		for s > 0 && v.ent[s-1] == v.ent[k] {
			s--
		}
		j := s - 1
		if j >= 1 && (v.low[j] == "'s" || v.low[j] == "'") && v.ent[j-1] >= 0 {
			// "Brazil's Supreme Federal Court": look past the possessor.
			j--
			for j > 0 && v.ent[j-1] == v.ent[j] {
				j--
			}
			j--
		}
		if j >= 2 && v.low[j] == "the" && (v.low[j-1] == "of" || v.low[j-1] == "at") {
			// "Dana Whitlock of the Open Speech Project"
			j--
		}
		if j >= 1 && (v.low[j] == "of" || v.low[j] == "at") && v.ent[j-1] >= 0 {
			k = j - 1
			e = v.ent[k]
			continue
		}
		return e
	}
}

// nounSubject returns the subject of the verb at i when it is a name or a
// common noun in the verb's own clause (not a pronoun): its token and
// entity (-1 for a common noun); (-1, -1) otherwise.
func (v *sentView) nounSubject(d *docView, i int) (int, int) {
	if p := v.headlineConjunct(i); p >= 0 {
		return v.nounSubject(d, p)
	}
	for j := i - 1; j >= 0 && v.clause[j] == v.clause[i]; j-- {
		w, tag := v.low[j], v.tag[j]
		if w == "," {
			if r := v.relativeOpen(j); r >= 0 {
				// "The union, which represents 85,000 drivers in
				// Britain, has moved": past the relative clause to
				// its antecedent.
				j = r
				continue
			}
			if v.isVerb(i) {
				// "The Lamp Room, a music venue in Sheffield, has
				// stopped": past the apposition to the name.
				// Not a name inside a phrase: "The organisers of Tarn
				// Fields, a music festival in Cumbria, are closing".
				if e := v.apposedSubject(d, i); e >= 0 {
					if k := v.lastTokenOf(e, j); k >= 0 {
						if f := v.firstTokenOf(e, k+1); f == 0 || v.tag[f-1] != "IN" {
							return k, e
						}
					}
				}
			}
		}
		if (w == "and" || w == "or") && v.conjoinedVerb(j, i) {
			// "the district had weighed Snapchat and rejected it": the
			// second verb shares the first one's subject, past its
			// object.
			for j--; j >= 0 && v.clause[j] == v.clause[i] && !v.isVerb(j); j-- {
			}
			continue
		}
		if intensives[w] {
			// "The charity itself left X": a reflexive stands for
			// the subject; look past it.
			continue
		}
		if r := v.docRef(d, j); r >= 0 {
			// "The guide also recommends Pinterest": the document's
			// organization.
			return j, r
		}
		switch {
		case v.ent[j] >= 0:
			ls := v.listStart(v.firstTokenOf(v.ent[j], j+1))
			for ls > 1 && strings.HasPrefix(v.tag[ls-1], "JJ") && v.ent[ls-1] < 0 {
				// "The Millgate Library in central Leeds moved"
				ls--
			}
			if ls > 2 && v.tag[ls-1] == "DT" && qualifierPreps[v.low[ls-2]] {
				// "the players in the Western League accused"
				ls--
			}
			if ls > 0 && v.tag[ls-1] == "IN" && v.low[ls-1] != "of" && v.low[ls-1] != "that" {
				// "universities in Germany and Switzerland have left X"
				j = ls - 1
				continue
			}
			if ls > 3 && v.low[ls-1] == "of" && strings.HasPrefix(v.tag[ls-2], "NN") && v.tag[ls-3] == "DT" && v.tag[ls-4] == "IN" && v.low[ls-4] != "of" {
				// "students' unions in the north of England have
				// stopped posting": the place is inside the phrase
				// that locates the subject.
				j = ls - 4
				continue
			}
			if h := v.modifiedHead(j); h >= 0 {
				j = h + 1
				continue
			}
			return j, v.headOf(d, j)
		case groupNouns[w] && j > 0 && v.ent[j-1] >= 0:
			// "the Taliban administration"
			return j, v.headOf(d, j-1)
		case groupNouns[w] || v.namedHead(d, j) || v.roleHead(d, j):
			if r := v.personOf(j); r >= 0 {
				// "The founder of a ukulele club in Mobile says"
				return r, v.refAt(d, r)
			}
			return j, v.refAt(d, j)
		case tag == "PRP" || v.in(j, wcReport) && !strings.HasPrefix(tag, "NN") || w == "that" || w == "who" || w == "which" || tag == "IN":
			// A report noun ("Its last post on the site read") is a
			// subject like any other.
			return -1, -1
		case strings.HasPrefix(tag, "NN"):
			if b := v.ppBefore(j); b >= 0 {
				// "Its final message on the site read": the noun is
				// in a prepositional phrase; the subject is before it.
				j = b
				continue
			}
			if h := v.modifiedHead(j); h >= 0 {
				j = h + 1
				continue
			}
			if clienteleNouns[w] {
				// "Her agency's clients have cut their X budgets": the
				// clients' deed, not their agency's.
				return j, -1
			}
			if e := v.ownersOrg(d, j); e >= 0 {
				return j, e
			}
			return j, v.npOwner(d, j)
		}
	}
	return -1, -1
}

// relativeOpen returns the comma that opens a relative clause closed by the
// comma at j (", which represents ... ,", ", who ... ,"), or -1.
func (v *sentView) relativeOpen(j int) int {
	for m := j - 1; m >= 1 && m >= j-30; m-- {
		switch v.low[m] {
		case ",", ";", ":":
			return -1
		case "which", "who":
			if v.low[m-1] == "," {
				return m - 1
			}
			return -1
		}
	}
	return -1
}

// conjoinedVerb reports a verb at i that "and" or "or" at j joins to an
// earlier verb of its clause, with only adverbs and auxiliaries between:
// "weighed Snapchat and rejected it", "and has cut".
func (v *sentView) conjoinedVerb(j, i int) bool {
	if !v.isVerb(i) {
		return false
	}
	for k := j + 1; k < i; k++ {
		if !strings.HasPrefix(v.tag[k], "RB") && !auxiliaries[v.low[k]] {
			return false
		}
	}
	for k := j - 1; k >= 0 && v.clause[k] == v.clause[i]; k-- {
		if v.isVerb(k) {
			return true
		}
	}
	return false
}

// whoBefore returns the "who" whose verb is at i ("members who have
// moved"), or -1.
func (v *sentView) whoBefore(i int) int {
	for k := i - 1; k >= 1 && k >= i-4; k-- {
		switch {
		case v.low[k] == "who":
			return k
		case auxiliaries[v.low[k]] || strings.HasPrefix(v.tag[k], "RB"):
			continue
		}
		return -1
	}
	return -1
}

// ppBefore returns the locative preposition that opens the noun phrase
// whose head is the common noun at j ("on the site"), or -1.
func (v *sentView) ppBefore(j int) int {
	for k := j - 1; k >= 1 && k >= j-4; k-- {
		switch {
		case v.low[k] == "on" || v.low[k] == "in" || v.low[k] == "at" || v.low[k] == "from":
			if strings.HasPrefix(v.tag[k-1], "NN") && v.ent[k-1] < 0 {
				return k
			}
			return -1
		case v.tag[k] == "DT" || strings.HasPrefix(v.tag[k], "JJ") || strings.HasPrefix(v.tag[k], "NN") && v.ent[k] < 0:
			continue
		}
		return -1
	}
	return -1
}

// ownersOrg returns the organization a person's organization noun at j
// stands for ("why her lab has left X", "said his centre had moved"):
// the one the owner works for, when the story says which; else -1.
func (v *sentView) ownersOrg(d *docView, j int) int {
	w := v.low[j]
	if !workUnit(w) {
		return -1
	}
	o := v.npOwner(d, j)
	if o < 0 || d.doc.Entities[o].Type != entities.Person {
		return -1
	}
	if k := j + 2; k < v.n && v.low[j+1] == "at" {
		// "Last spring her office at (the) Cascadia State University
		// Extension stopped posting": the phrase names it.
		if v.low[k] == "the" && k+1 < v.n {
			k++
		}
		if e := v.ent[k]; e >= 0 && d.doc.Entities[e].Type == entities.Org {
			return e
		}
	}
	return d.workplace(o, v.base+j)
}

// npOwner returns the possessor of the noun phrase whose head is at j ("His
// petition", "Its final message", "the union's statement"), or -1.
func (v *sentView) npOwner(d *docView, j int) int {
	for k := j - 1; k >= 0 && k >= j-4; k-- {
		switch {
		case v.tag[k] == "PRP$":
			return v.refAt(d, k)
		case v.low[k] == "'s" && v.tag[k] == "POS" && k > 0:
			return v.refAt(d, k-1)
		case v.ent[k] >= 0 && spokesNouns[v.low[j]]:
			// "A Meta spokesman said": the organization speaks.
			return v.headOf(d, k)
		case strings.HasPrefix(v.tag[k], "JJ") || strings.HasPrefix(v.tag[k], "NN") && v.ent[k] < 0:
			continue
		}
		return -1
	}
	return -1
}

// spokesNouns speak for the organization named before them ("a Meta
// spokeswoman", "an ACLU lawyer").
var spokesNouns = func() map[string]bool {
	m := map[string]bool{"representative": true, "representatives": true, "statement": true, "lawyer": true, "lawyers": true}
	for w := range spokesOnly {
		m[w] = true
	}
	return m
}()

// spokesOnly are the spokesNouns that speak for nobody but an
// organization.
var spokesOnly = map[string]bool{"spokesman": true, "spokeswoman": true, "spokesperson": true, "spokespeople": true}

// spokesHead reports "the spokesperson" at k after the text introduced an
// organization's spokesperson (spokesOrg).
func (v *sentView) spokesHead(d *docView, k int) bool {
	return k > 0 && spokesOnly[v.low[k]] && v.low[k-1] == "the" && d.spokesOrg(v.base+k) >= 0
}

// spokesOrg returns the organization whose spokesperson the text
// introduced last before document token g ("A spokesperson for Meta
// said ...", "a Meta spokeswoman", "Meta's spokesman"), for "the
// spokesperson said" after it, or -1. The introductions are found once
// per document.
func (d *docView) spokesOrg(g int) int {
	if d.spokes == nil {
		d.spokes = []mentionAt{}
		toks := d.doc.Tokens
		org := func(t int) int {
			if e := d.entOf[t]; e >= 0 && (d.doc.Entities[e].Type == entities.Org || d.doc.Entities[e].Type == entities.Platform) {
				return e
			}
			return -1
		}
		for t := range toks {
			if !spokesOnly[strings.ToLower(toks[t].Norm)] {
				continue
			}
			e := -1
			if t+2 < len(toks) && toks[t+1].Norm == "for" {
				a := t + 2
				the := strings.EqualFold(toks[a].Norm, "the") && a+1 < len(toks)
				if the {
					a++
				}
				if e = org(a); e < 0 && the && strings.HasPrefix(toks[a].Tag, "NN") && (a+1 == len(toks) || !strings.HasPrefix(toks[a+1].Tag, "NN")) {
					// "a spokeswoman for the airline" after
					// "Gulfwind Air, a regional airline".
					e = d.orgCalledBefore(strings.ToLower(toks[a].Norm), t)
				}
			}
			if b := t - 1; e < 0 && b >= 0 {
				if (toks[b].Norm == "'s" || toks[b].Norm == "’s") && b > 0 {
					b--
				}
				e = org(b)
			}
			if e >= 0 {
				d.spokes = append(d.spokes, mentionAt{tok: t, end: t + 1, ent: e})
			}
		}
	}
	if k := sort.Search(len(d.spokes), func(i int) bool { return d.spokes[i].tok >= g }); k > 0 {
		return d.spokes[k-1].ent
	}
	return -1
}

// spokesSubject returns the organization a spokesperson who is the subject
// of the report verb at k speaks for: the one the introduction names ("a
// spokeswoman for the airline said"), or, for a bare "A spokesperson
// said", the organization named last in this sentence or the one before.
// It returns -1 for any other subject.
func (v *sentView) spokesSubject(d *docView, k int) int {
	j := v.beforeAux(k)
	s := j
	for s >= 0 && s > j-4 && !spokesOnly[v.low[s]] {
		if v.ent[s] >= 0 || !strings.HasPrefix(v.tag[s], "NN") && v.low[s] != "the" && v.low[s] != "for" {
			return -1
		}
		s--
	}
	if s < 1 || !spokesOnly[v.low[s]] {
		return -1
	}
	if d.spokesOrg(v.base+s+1) >= 0 {
		// The introductions are built now; take the one at s only.
		if m := d.spokes[lastAt(d.spokes, v.base+s+1)]; m.tok == v.base+s {
			return m.ent
		}
	}
	if s != j || v.low[s-1] != "a" && v.low[s-1] != "an" {
		return -1
	}
	if i := lastAt(d.orgs, v.base+s); i >= 0 && d.doc.Tokens[d.orgs[i].tok].Sentence >= v.idx-1 {
		return d.orgs[i].ent
	}
	return -1
}

// modalBetween reports a modal or "to" in (a, b): a plan or opinion ("would
// put its energy into"), not a reported deed.
func (v *sentView) modalBetween(a, b int) bool {
	for k := a + 1; k < b; k++ {
		if v.tag[k] == "MD" || v.low[k] == "to" {
			return true
		}
	}
	return false
}

// deonticBetween reports "should", "must" or "ought" between a subject at a
// and its verb at b: what the subject is told it ought to do.
func (v *sentView) deonticBetween(a, b int) bool {
	for k := a + 1; k < b; k++ {
		switch v.low[k] {
		case "should", "must", "ought":
			return true
		}
	}
	return false
}

// contentVerbBefore reports a content verb before i in its clause.
func (v *sentView) contentVerbBefore(i int) bool {
	for k := i - 1; k >= 0 && v.clause[k] == v.clause[i]; k-- {
		if v.isContentVerb(k) {
			return true
		}
	}
	return false
}

// mainSubject returns the entity that opens the sentence as its subject,
// before the first content verb and outside prepositional phrases: "Anas
// Haqqani, a senior figure in the Taliban, has thanked ...".
func (v *sentView) mainSubject(d *docView) int {
	k0 := v.datelineEnd()
	if k0 == 0 && v.n > 0 && v.tag[0] == "IN" {
		// "In the United States, Snap is being sued": a fronted
		// prepositional phrase is not the subject.
		for k := 1; k < v.n && k < 12; k++ {
			if v.low[k] == "," {
				k0 = k + 1
				break
			}
		}
	}
	for k := k0; k < v.n; k++ {
		if v.isContentVerb(k) || v.in(k, wcReport) {
			// "Child-safety charity says ...": a headline's
			// description of the organization its story names; "A
			// Hexham knitting circle has closed ...": a lede's, past
			// a place that locates it ("A games studio in Bristol
			// has closed").
			h := k - 1
			if hk, _ := v.nounSubject(d, k); hk >= 0 {
				h = hk
			}
			return v.headlineOrg(d, h)
		}
		if k > 0 && (v.tag[k-1] == "IN" || v.low[k-1] == "of" || v.ent[k] >= 0 && v.inListAfterPrep(k)) {
			// skip "in the Taliban", "in Arkansas, Missouri and
			// Oklahoma": step over the whole name
			for k+1 < v.n && v.ent[k+1] >= 0 && v.ent[k+1] == v.ent[k] {
				k++
			}
			continue
		}
		if v.ent[k] >= 0 && d.doc.Entities[v.ent[k]].Type == entities.GPE {
			if h := v.placeModified(d, k); h >= 0 {
				// "Elm Ridge library keeps ...": the place modifies
				// the description that is the subject.
				return v.refAt(d, h)
			}
			if k > 0 && (v.low[k-1] == "a" || v.low[k-1] == "an") && v.descriptionAfterPlace(k) {
				// "A Darlington walking club has closed ...": an
				// indefinite description the place only modifies
				// names nobody (leadHolder may find whom it means).
				return -1
			}
		}
		if v.ent[k] >= 0 || v.tag[k] == "PRP" {
			return v.refAt(d, k)
		}
	}
	return -1
}

// mentionEnd returns the last token of the mention that token k is in.
func (v *sentView) mentionEnd(k int) int {
	e := k
	for e+1 < v.n && v.ent[e+1] == v.ent[k] {
		e++
	}
	return e
}

// descriptionAfterPlace reports common nouns after the place named at k
// ("Darlington walking club").
func (v *sentView) descriptionAfterPlace(k int) bool {
	e := v.mentionEnd(k)
	return e+1 < v.n && v.ent[e+1] < 0 && (strings.HasPrefix(v.tag[e+1], "NN") || strings.HasPrefix(v.tag[e+1], "JJ") || v.tag[e+1] == "VBG")
}

// placeModified returns the head noun of a description that the place
// named at k modifies ("Elm Ridge library", "Tacoma food bank"), when the
// description stands for an organization or a person the text names;
// else -1.
func (v *sentView) placeModified(d *docView, k int) int {
	e := v.mentionEnd(k)
	h := -1
	for j := e + 1; j < v.n && j <= e+4 && (strings.HasPrefix(v.tag[j], "NN") || strings.HasPrefix(v.tag[j], "JJ") || v.tag[j] == "POS") && v.ent[j] < 0; j++ {
		// prose tags some heads as adjectives ("Elm Ridge library/JJ
		// keeps"); a plural possessive is inside the description
		// ("Dundee tenants' union").
		if v.tag[j] != "POS" {
			h = j
		}
	}
	if h < 0 || !v.namedHead(d, h) && !v.roleHead(d, h) {
		return -1
	}
	return h
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
	case "his", "her", "their", "its", "our", "my", "your":
		// "KEMP: Your preference for Twitch over YouTube is unusual":
		// in an interviewer's turn, "your" is the person the interview
		// addresses (see refAt).
		return v.refAt(d, j), true
	}
	return -1, false
}

// groupPossessor reports whether a plural common noun with a bare
// apostrophe possesses the nominal cue at i ("my athletes' fondness for",
// "the sixth-formers’ keen enthusiasm for"), adjectives allowed in
// between. A name and a singular noun ending in "s" are no group ("Marcus
// Jones' fondness", "the corps’ preference").
func (v *sentView) groupPossessor(i int) bool {
	j := i - 1
	for j >= 0 && (strings.HasPrefix(v.tag[j], "JJ") || strings.HasPrefix(v.tag[j], "RB")) {
		j--
	}
	return j >= 1 && v.low[j] == "'" && v.tag[j-1] == "NNS"
}

// subject scans back from a verb cue to its subject. It returns the entity
// (-1 for a common noun or nothing resolvable, -2 for a clause boundary
// before any subject was seen) and whether a subject was found in the
// clause.
func (v *sentView) subject(d *docView, i int) (int, bool) {
	if p := v.coordinatedVerb(i); p >= 0 {
		// "The club tried a WhatsApp group last winter and gave it
		// up": the second verb shares the first one's subject.
		return v.subject(d, p)
	}
	cl := v.clause[i]
	for j := i - 1; j >= 0; j-- {
		if v.clause[j] != cl {
			if c := v.parenthetical(j + 1); c > 0 {
				// "The choir, for its part, has voted", "The club,
				// which meets in a church hall, has moved": the
				// subject stands before the aside.
				j, cl = c, v.clause[c-1]
				continue
			}
			return -2, false
		}
		w, tag := v.low[j], v.tag[j]
		if v.ent[j] >= 0 {
			// "Renata Kowalski of Oregon sued": the head comes first.
			k := j
			for k > 0 && v.ent[k-1] == v.ent[j] {
				k--
			}
			if ls := v.listStart(k); ls >= 0 && ls < k {
				// "funeral homes in Iowa and Nebraska"
				k = ls
			}
			p := k - 1
			for p > 1 && strings.HasPrefix(v.tag[p], "JJ") && v.clause[p] == cl {
				// "a parents' group in western Wisconsin"
				p--
			}
			if p > 0 && (qualifierPreps[v.low[p]] || v.low[p] == "from" && d.placeEnt(v.ent[j])) && v.clause[p] == cl {
				if v.low[p] == "of" && (groupNouns[v.low[p-1]] || workNouns[v.low[p-1]]) {
					// "The health department of Kisumu County said":
					// a body of the organization or place speaks for it.
					if e := v.headOf(d, j); e >= 0 && (d.doc.Entities[e].Type == entities.Org || d.doc.Entities[e].Type == entities.GPE) {
						return e, true
					}
				}
				j = p
				continue
			}
			return v.headOf(d, j), true
		}
		switch {
		case tag == "PRP" && objectPronoun(w, j, v):
			// "called it “a ghost town”": the verb's object, not its
			// subject.
			continue
		case intensives[w] && j > 0 && (strings.HasPrefix(v.tag[j-1], "NN") || v.ent[j-1] >= 0):
			// "The council itself closed its account": the subject
			// is the noun the pronoun stresses.
			continue
		case tag == "PRP" || groupNouns[w] || v.namedHead(d, j) || v.roleHead(d, j) || v.spokesHead(d, j):
			if r := v.personOf(j); r >= 0 {
				// "The founder of a ukulele club in Mobile says": the
				// founder speaks, not a club the story names later.
				return v.refAt(d, r), true
			}
			return v.refAt(d, j), true
		case w == "which" && j >= 2 && v.low[j-1] == "," && (v.ent[j-2] >= 0 || groupNouns[v.low[j-2]] || v.namedHead(d, j-2)):
			// "sued by New Mexico, which accused Snapchat", "The
			// university, which stopped posting on X, ...": the
			// relative's antecedent, a name or a description that
			// stands for one, when it can hold a view.
			e := v.headOf(d, j-2)
			if v.ent[j-2] < 0 {
				e = v.refAt(d, j-2)
			}
			if e >= 0 && holderType(d.doc.Entities[e].Type) {
				return e, true
			}
			return -2, false
		case w == "who":
			// "Diego Ferrer, a fellow streamer who left Twitch": the
			// relative's antecedent.
			return v.antecedent(d, j), true
		case docNouns[w] && j > 0 && v.ent[j] < 0:
			// "The report is far harsher on TikTok", "the chamber's
			// report recommends": the document's organization,
			// before "report" is taken for a report verb.
			if e := v.docRef(d, j); e >= 0 {
				return e, true
			}
			return -1, true
		case v.in(j, wcReport) || w == "that" || w == "which":
			return -2, false
		case strings.HasPrefix(tag, "NN"):
			return -1, true
		}
	}
	return -2, false
}

// personOf returns the person noun or the name that the noun phrase
// ending at local token j belongs to after "of" ("The founder of a
// ukulele club", "one member of the group", "Lt. Curtis Fairweather of the
// sheriff's office"), or -1: that is the subject, not the organization.
func (v *sentView) personOf(j int) int {
	for p := j - 1; p >= 2 && v.clause[p] == v.clause[j]; p-- {
		if indefinite(v.low[p]) || v.low[p] == "the" {
			if v.low[p-1] != "of" {
				return -1
			}
			if v.ent[p-2] >= 0 || personNoun(v.low[p-2]) {
				return p - 2
			}
			return -1
		}
	}
	return -1
}

// modifiedHead returns the head of a subject that a participle or a
// relative clause modifies when the noun phrase ending at local token j
// (a name or a noun) is that verb's object: "union" in "The union
// representing the 156 players in the league accused ..." and "The union
// that represents 7,400 flight attendants at Bayline Airways accused
// ...". -1 when no such verb stands before the phrase, or the word before
// it is no noun or name.
func (v *sentView) modifiedHead(j int) int {
	cl := v.clause[j]
	k := j
	for n := 0; k > 0 && n < 16 && v.clause[k-1] == cl; n++ {
		t, w := v.tag[k-1], v.low[k-1]
		if v.ent[k-1] >= 0 || strings.HasPrefix(t, "NN") || strings.HasPrefix(t, "JJ") || t == "DT" || t == "CD" || t == "POS" ||
			qualifierPreps[w] || w == "and" || w == "more" || w == "than" || w == "about" || w == "some" {
			k--
			continue
		}
		break
	}
	h := -1
	switch b := k - 1; {
	case b < 0:
	case v.tag[b] == "VBG":
		h = b - 1
	case (v.tag[b] == "VBZ" || v.tag[b] == "VBP" || v.tag[b] == "VBD") && b >= 2 && (v.low[b-1] == "that" || v.low[b-1] == "who"):
		h = b - 2
	}
	if h < 0 || v.ent[h] < 0 && !strings.HasPrefix(v.tag[h], "NN") {
		// "Several fishing associations": a modifier, not a
		// participle after its head.
		return -1
	}
	return h
}

// qualifierPreps open a phrase that places or qualifies the noun before them:
// "Renata Kowalski of Oregon", "a network that claims 9,000 members across
// Idaho".
var qualifierPreps = map[string]bool{"of": true, "in": true, "at": true, "across": true, "throughout": true, "near": true, "around": true}

// coordinatedVerb returns the verb that the verb at i is coordinated with
// ("tried X last winter and gave it up", "looked at X, which members had
// asked for, but ruled it out": not the relative's verb), or -1 when a
// subject of its own stands between them or none is found.
func (v *sentView) coordinatedVerb(i int) int {
	if i >= v.n || !v.isVerb(i) {
		return -1
	}
	k := i - 1
	for k >= 0 && (auxiliaries[v.low[k]] || strings.HasPrefix(v.tag[k], "RB") || v.low[k] == "then") {
		k--
	}
	if p := v.headlineConjunct(i); p >= 0 {
		return p
	}
	if k < 2 || v.low[k] != "and" && v.low[k] != "but" {
		return -1
	}
	j := k - 1
	if v.low[j] == "," {
		j--
	}
	for ; j >= 0 && j >= k-25; j-- {
		w := v.low[j]
		if w == ";" || w == ":" || isQuote(w) || v.quoted[j] {
			return -1
		}
		if !v.isVerb(j) || auxiliaries[w] && j+1 < k && v.isVerb(j+1) {
			continue
		}
		if v.tag[j] == "VBG" && j > 0 && v.tag[j-1] == "IN" || v.subordinateVerb(j) || j > 0 && v.low[j-1] == "to" ||
			j > 1 && v.low[j-1] == "that" && strings.HasPrefix(v.tag[j-2], "NN") {
			// "looked at running sign-ups on X and rejected both",
			// "a few weeks after the company changed hands, and said",
			// "which leaders use to plan routes, but chose", "urged the
			// bank to require providers that operate inside X ...,
			// and said": no verb with a subject of its own.
			continue
		}
		return j
	}
	return -1
}

// subordinateVerb reports a verb at j inside a relative or subordinate
// clause: a relative pronoun or subordinating word before it with no
// punctuation or other verb between.
func (v *sentView) subordinateVerb(j int) bool {
	for k := j - 1; k >= 0 && k >= j-8; k-- {
		switch w := v.low[k]; {
		case relativePronouns[w] || subordinators[w]:
			return true
		case isPunctBoundary(w) || v.isVerb(k) && !auxiliaries[w]:
			return false
		}
	}
	return false
}

// parenthetical returns the comma that opens an aside closed by the comma
// at k, between a subject and its verb ("The choir, for its part, has",
// "The club, which meets in a church hall, has"), or -1. The aside opens
// with a relative pronoun, a preposition, a determiner (an apposition) or
// a participle, and a noun stands before it.
func (v *sentView) parenthetical(k int) int {
	if k <= 0 || k+1 >= v.n || v.low[k] != "," {
		return -1
	}
	report := v.in(k+1, wcReport)
	if q := v.firstQuoted(); report && q >= 0 && q < k {
		// "“...,” for example, says the minister": a report after
		// the quotation, not the subject's verb.
		return -1
	}
	if next := k + 1; v.tag[next] != "VBD" && v.tag[next] != "VBZ" && v.tag[next] != "VBP" && v.tag[next] != "MD" && !auxiliaries[v.low[next]] {
		// ", in 2025, arguing that": no verb of the subject's.
		return -1
	}
	for c := k - 1; c >= 1 && c >= k-14; c-- {
		w := v.low[c]
		if isQuote(w) || v.quoted[c] || w != "," && isPunctBoundary(w) {
			return -1
		}
		if w != "," {
			continue
		}
		if v.ent[c-1] >= 0 && v.ent[c+1] >= 0 && v.ent[c+1] != v.ent[c-1] && v.ent[k-1] == v.ent[c+1] {
			// "The bank, based in Newcastle, New South Wales, is":
			// a name set after a name ("Newcastle, New South Wales")
			// lies inside the aside; its opener stands further back.
			continue
		}
		if c+1 >= k || !(strings.HasPrefix(v.tag[c-1], "NN") || v.ent[c-1] >= 0) || v.inRelative(c-1) {
			// Not a list inside a relative clause: "which runs
			// buses, a streetcar line and two ferries, will stop".
			return -1
		}
		switch a := v.low[c+1]; {
		case relativePronouns[a] || v.tag[c+1] == "IN" && !subordinators[a] ||
			v.tag[c+1] == "DT" || v.tag[c+1] == "VBN":
			if report && (v.verbBetween(0, c) || v.ent[k-1] >= 0 && v.tag[c+1] == "DT") {
				// "Ministers should use Signal, not WhatsApp, for
				// government business, says New Zealand minister":
				// the report follows what is reported, and the
				// comma closes no aside of its subject's ("The
				// health department of Kisumu County, in western
				// Kenya, said"). "The pastor, the Rev. Thomas
				// Nguyen, said": the name in apposition speaks
				// (apposedSubject).
				return -1
			}
			return c
		}
		return -1
	}
	return -1
}

// relativePronouns open a relative clause.
var relativePronouns = map[string]bool{"which": true, "who": true, "whom": true, "whose": true}

// subordinators open a clause that is not the sentence's main one.
var subordinators = map[string]bool{
	"after": true, "before": true, "when": true, "while": true, "because": true,
	"since": true, "until": true, "if": true, "although": true, "though": true,
	"whereas": true, "unless": true, "once": true,
}

// intensives stress the noun before them: "the charity itself".
var intensives = map[string]bool{"itself": true, "themselves": true, "himself": true, "herself": true}

// objectPronoun reports a pronoun at j that is a verb's or preposition's
// object ("called it", "told them"), never a subject.
func objectPronoun(w string, j int, v *sentView) bool {
	switch w {
	case "him", "them", "me", "us":
		return true
	case "it", "her":
		return j > 0 && (v.isVerb(j-1) || v.tag[j-1] == "IN" || v.tag[j-1] == "TO")
	}
	return false
}

// holderType reports the entity types that can hold an attitude.
func holderType(t entities.Type) bool {
	return t == entities.Person || t == entities.Org || t == entities.GPE
}

// unnamedReporter reports a pronoun at k that opens what an unnamed person
// reports: "One reader wrote that she had left X", "Another, who asked not
// to be named, said he". The pronoun is the reporter, whom the text does
// not name.
func (v *sentView) unnamedReporter(k int) bool {
	switch v.low[k] {
	case "he", "she":
	default:
		return false
	}
	j := k - 1
	if j >= 0 && v.low[j] == "that" {
		j--
	}
	if j < 1 || !v.in(j, wcReport) || !v.isVerb(j) {
		return false
	}
	if v.unnamedBefore(j) || v.unnamedSubject(j) {
		return true
	}
	a := j - 1
	if v.low[a] == "," {
		// an aside between commas: "Another, who asked not to be
		// named, wrote"
		for a--; a >= 0 && v.low[a] != ","; a-- {
		}
		a--
	}
	if a < 0 || v.ent[a] >= 0 {
		return false
	}
	switch {
	case a == 0 && (v.low[a] == "another" || v.low[a] == "one"):
		return true
	case a >= 1 && v.tag[a] == "NN":
		return v.unnamedBefore(a + 1)
	}
	return false
}

// unnamedSubject reports a report verb at k whose subject is someone the
// text does not name: "Another said", "One 15-year-old pupil, who asked
// not to be named, said".
func (v *sentView) unnamedSubject(k int) bool {
	j := k - 1
	if j >= 0 && v.low[j] == "," {
		// past an aside between commas
		a := j - 1
		for ; a >= 0 && a >= j-15 && v.low[a] != ","; a-- {
			if isPunctBoundary(v.low[a]) || isQuote(v.low[a]) || v.quoted[a] || v.ent[a] >= 0 {
				// "Another parent, Zainab Kerr, said": named.
				return false
			}
		}
		if a < 0 || v.low[a] != "," {
			return false
		}
		j = a - 1
	}
	for j >= 0 && v.ent[j] < 0 && (strings.HasPrefix(v.tag[j], "NN") || strings.HasPrefix(v.tag[j], "JJ") || v.tag[j] == "CD") && v.low[j] != "one" {
		j--
	}
	if j < 0 || v.ent[j] >= 0 {
		return false
	}
	switch v.low[j] {
	case "one", "another", "some", "several", "many":
		return j == 0 || isPunctBoundary(v.low[j-1]) || v.low[j-1] == "and" || v.low[j-1] == "but"
	}
	return false
}

// unnamedBefore reports an unnamed speaker just before the verb at k:
// "one viewer wrote", "a teacher said".
func (v *sentView) unnamedBefore(k int) bool {
	if k < 2 || v.ent[k-1] >= 0 || isQuote(v.low[k-1]) || isPunctBoundary(v.low[k-1]) || v.tag[k-1] == "PRP" {
		return false
	}
	switch v.low[k-2] {
	case "one", "a", "an", "another", "some", "many", "several":
		return true
	}
	return false
}

// antecedent returns the entity a relative "who" at j refers to: the name
// just before it ("X, who") or the name a common noun before it is in
// apposition with ("X, a fellow streamer who"); -1 for an unnamed noun
// ("members who").
func (v *sentView) antecedent(d *docView, j int) int {
	k := j - 1
	if k >= 0 && v.low[k] == "," {
		k--
	}
	if k < 0 {
		return -1
	}
	if v.ent[k] >= 0 {
		e := v.headOf(d, k)
		if e < 0 || e >= len(d.doc.Entities) {
			return e
		}
		if t := d.doc.Entities[e].Type; t != entities.GPE && t != entities.Loc {
			return e
		}
		// "Peter Osgood, a lawyer at the Keystone Law Center in
		// Harrisburg, who said": a place is no "who"; the person the
		// apposition describes is.
		for a := k - 1; a >= 1 && a >= k-14; a-- {
			if v.isVerb(a) || isPunctBoundary(v.low[a]) && v.low[a] != "," {
				break
			}
			if v.low[a] == "," && v.ent[a-1] >= 0 {
				if p := v.headOf(d, a-1); p >= 0 && p < len(d.doc.Entities) && d.doc.Entities[p].Type == entities.Person {
					return p
				}
				break
			}
		}
		return e
	}
	if !strings.HasPrefix(v.tag[k], "NN") {
		return -1
	}
	if v.roleHead(d, k) || v.namedHead(d, k) {
		// "The miniature painter who walked away from Twitch": the
		// person the text gives that role.
		return v.refAt(d, k)
	}
	for a := k - 1; a >= 1 && a >= k-6; a-- {
		switch {
		case v.low[a] == "," && v.ent[a-1] >= 0:
			return v.headOf(d, a-1)
		case v.ent[a] >= 0 || v.isVerb(a) || isPunctBoundary(v.low[a]) || v.tag[a] == "IN":
			// "pressure from members who": the noun is no apposition.
			return -1
		}
	}
	return -1
}

// sponsor returns the entity whose proposal is the subject of the verb at
// i: "a bill from state Sen. Vacek that would bar", "the motion by the
// council bans", else -1.
func (v *sentView) sponsor(d *docView, i int) int {
	k := i - 1
	for k >= 0 && k >= i-12 && v.clause[k] == v.clause[i] && !proposalNouns[v.low[k]] {
		if k < i-1 && v.isVerb(k) {
			return -1
		}
		k--
	}
	if k < 0 || k < i-12 || v.clause[k] != v.clause[i] || k+2 >= i || v.low[k+1] != "from" && v.low[k+1] != "by" {
		return -1
	}
	for j := k + 2; j < i && j <= k+5 && !v.isVerb(j); j++ {
		if ei := v.refAt(d, j); ei >= 0 {
			return ei
		}
	}
	return -1
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
	case "it", "its":
		want = entities.Org
	case "you", "your":
		// "Sofia, you moved your newsletter to Substack": the person
		// the sentence addresses by name.
		if p := v.vocative(d, k); p >= 0 {
			return p
		}
		opens := k >= 2 && k <= 4 && v.low[k-1] == ":"
		chose := k+1 < v.n && (v.low[k+1] == "would" || v.tag[k+1] == "VBD")
		if w == "you" && !((opens || chose) && d.asking(v.idx)) {
			// A generic "you" names nobody ("LIND: You can't trust
			// it"); the subject that opens the interviewer's turn
			// ("CASTELLANO: You stopped putting full routines on
			// YouTube") is the one it addresses, and so is one that
			// chose or would choose anywhere in it ("GIRVAN: People
			// are surprised you’d pick Twitch over YouTube").
			return -1
		}
		return d.addressee(v.idx)
	default:
		if k > 0 && v.low[k-1] == "your" && workUnit(w) {
			// "OKAFOR: Your lab also stopped posting on X": the
			// organization the person addressed works for.
			if p := v.refAt(d, k-1); p >= 0 {
				if o := d.workplace(p, v.base+k); o >= 0 {
					return o
				}
			}
		}
		if v.kindHead(d, k) {
			// "the club said" of Brackwater United: a kind of
			// organization that heads no name in the story stands
			// for the one the story is about, unless its sentence
			// named one before it ("Calloway, the singer of the
			// Copper Saints, said the band ...").
			return d.kindRef(v, k)
		} else if groupNouns[w] || v.namedHead(d, k) {
			want = entities.Org
		} else if v.roleHead(d, k) {
			return d.roleRef(w, v.base+k)
		} else if v.spokesHead(d, k) {
			return d.spokesOrg(v.base + k)
		} else if docNouns[w] && k > 0 && (v.low[k-1] == "the" || v.low[k-1] == "its" || v.low[k-1] == "this") {
			return d.docOwner(v.base + k)
		} else if localityNouns[w] && k > 0 && v.low[k-1] == "the" && v.description(d, k) {
			// "Hoekstra said the city had also considered Threads":
			// the place the story is about, acting through its
			// government.
			return d.placeRef(w, v.base+k)
		}
	}
	if want == "" {
		return -1
	}
	if want == entities.Person {
		return v.personRef(d, k)
	}
	if w == "it" || w == "its" {
		if w == "it" && v.cleftIt(k) {
			return -1
		}
		if o := v.describedBefore(d, k); o >= 0 {
			return o
		}
		if o := v.apposedOrgBefore(d, k); o >= 0 {
			return o
		}
		if w == "it" && k > 0 && !v.speaks(k) && !v.advises(k) && d.platformNearer(v.base+k, v.base) {
			// "Substack has been good to me; it pays my rent": the
			// platform, which holds no view, not an organization
			// named paragraphs before. A sentence's opening "It"
			// carries the story's subject on ("... its page on
			// Facebook. It praised Bluesky."), and "it said" speaks.
			return -1
		}
		if v.afterQuotation(k) {
			// "“We cannot see into Telegram,” it said" after "The
			// statement said ...": the organization that spoke in one
			// of the two sentences before, not one its statement
			// named since.
			for si := v.idx - 1; si >= 0 && si >= v.idx-2; si-- {
				if o := d.orgSpeakerOf(si, v.sc); o >= 0 {
					return o
				}
			}
		}
		if o := v.describedEarlier(d, k); o >= 0 {
			return o
		}
	}
	if o := d.namedOrg(w, v.base+k); o >= 0 {
		// "the league" is the league named before, not the nearest
		// organization of any kind.
		return o
	}
	if w == "group" && k > 0 && v.low[k-1] == "the" {
		// "The group stopped posting on X" after a sentence that
		// named the city council: the nearest organization that can
		// be called a group, not a public body or a company.
		for i := lastAt(d.orgs, v.base+k); i >= 0; i-- {
			if e := d.orgs[i].ent; !institutionHeads[d.orgHead(e)] && !platformOwner(d.doc.Entities[e].Name) {
				return e
			}
		}
	}
	if bodyNouns[w] && k > 0 && v.low[k-1] == "the" {
		// "Rook said the committee had looked at Discord": a body
		// inside an organization, which no name heads, belongs to the
		// organization its sentence named, else to the one the story
		// is about, not to the nearest organization of any kind.
		if o := d.kindRef(v, k); o >= 0 {
			return o
		}
	}
	if groupNouns[w] && k > 0 && (v.low[k-1] == "her" || v.low[k-1] == "his") {
		// "Her party": the organization her apposition names ("Laura
		// Ozola, a lawmaker from the governing New Unity party").
		if p := v.refAt(d, k-1); p >= 0 {
			if o := d.affiliation(p, v.base+k-1); o >= 0 {
				return o
			}
		}
	}
	if o := lastBefore(d.orgs, v.base+k); o >= 0 || v.idx > 1 {
		if o >= 0 && platformOwner(d.doc.Entities[o].Name) && !ownerNouns[w] && d.orgs[lastAt(d.orgs, v.base+k)].tok < v.base {
			// "It also tells them to think twice before posting
			// to X" after a sentence about Meta: a platform's
			// owner named only in an earlier sentence is the
			// platform acting, not who "it" or "the group" is; the
			// story's organization is. "The company" still is
			// the owner.
			if own := d.docOwner(v.base + k); own >= 0 {
				return own
			}
		}
		return o
	}
	// A headline's or first sentence's "Senegal's protest movement" is
	// the organization the story names next.
	j := k - 1
	for j >= 0 && v.ent[j] < 0 && (strings.HasPrefix(v.tag[j], "JJ") || strings.HasPrefix(v.tag[j], "NN") || v.tag[j] == "POS") {
		j--
	}
	return v.describedOrg(d, j+1, k+1, k)
}

// orgNoun reports a noun at k that a description of an organization may
// be headed by: a group noun ("the party"), a body inside one ("the
// committee") or the head of an organization's name in the story ("the
// collective" of Meanwood Sound Collective).
func (v *sentView) orgNoun(d *docView, k int) bool {
	w := v.low[k]
	return groupNouns[w] || bodyNouns[w] || v.namedHead(d, k)
}

// describedEarlier returns the organization that a description opening one
// of the two sentences before the pronoun at k stands for ("The collective
// also streams its rehearsals on YouTube ... It has opened a Discord
// server"), when no organization is named after it: the pronoun carries
// on the subject the text last spoke of, named or described, not the last
// name ("Hannah Oyelaran, who teaches at the University of Leeds" before
// "The collective"). Sentences that open with "It" or "Its" carry the
// same subject on and do not count toward the two. A platform's owner is
// left to refAt's own rules. A sentence that opens with "The report" or
// "Its report" (a document noun) hands the pronoun to the document's
// owner (docOwner), however many organizations the report names, unless
// the pronoun's own sentence names one before it: "The report draws on
// complaints from the dog warden service. It accuses Meta of ..." is the
// report's. It returns -1 when no such description comes first.
func (v *sentView) describedEarlier(d *docView, k int) int {
	last := -1
	if i := lastAt(d.orgs, v.base+k); i >= 0 {
		last = d.orgs[i].tok
	}
	for si, left := v.idx-1, 2; si >= 0 && left > 0 && si >= v.idx-5; si-- {
		pv := d.sentence(si, v.sc)
		if pv.n >= 2 && (pv.low[0] == "the" || pv.low[0] == "its") && docNouns[pv.low[1]] && last < v.base {
			// "The report says ... It accuses Meta of ...": the
			// pronoun carries the document on, whose words are its
			// owner's.
			return d.docOwner(pv.base + 1)
		}
		if pv.base+1 <= last || pv.n < 2 {
			return -1
		}
		switch pv.low[0] {
		case "it", "its":
			continue
		case "the", "this":
			left--
		default:
			left--
			continue
		}
		if pv.quoted[1] || pv.ent[1] >= 0 || !pv.orgNoun(d, 1) {
			continue
		}
		if o := pv.refAt(d, 1); o >= 0 && d.doc.Entities[o].Type == entities.Org {
			if platformOwner(d.doc.Entities[o].Name) {
				return -1
			}
			return o
		}
	}
	return -1
}

// apposedOrgBefore returns the organization that is the apposed subject of
// the nearest report verb before the pronoun at k, outside any quotation:
// "Loam & Ledger, a consultancy that sells support for Brambling, said it
// had stopped posting on X" is Loam & Ledger's deed, not that of the
// organization its aside names nearer the pronoun. It returns -1 when no
// such verb or subject comes first.
func (v *sentView) apposedOrgBefore(d *docView, k int) int {
	for r := k - 1; r >= 2; r-- {
		if v.quoted[r] || !v.in(r, wcReport) || v.tag[r] != "VBD" && v.tag[r] != "VBZ" && v.tag[r] != "VBP" {
			// Only a finite report: "had stopped posting job ads" is
			// a deed.
			continue
		}
		if e := v.apposedSubject(d, r); e >= 0 && d.doc.Entities[e].Type == entities.Org {
			return e
		}
		return -1
	}
	return -1
}

// platformNearer reports whether a platform's mention, in g's sentence
// (which starts at document token base) or the one before, is nearer
// before document token g than any person's or organization's, and no
// organization is named in g's sentence before g ("Meta, which owns
// WhatsApp, said it ...").
func (d *docView) platformNearer(g, base int) bool {
	if o := lastAt(d.orgs, g); o >= 0 && d.orgs[o].tok >= base {
		return false
	}
	k := lastAt(d.mstarts, g)
	for ; k >= 0; k-- {
		e := d.doc.Entities[d.mstarts[k].ent]
		if e.Type == entities.Platform {
			break
		}
		if e.Type == entities.Org || e.Type == entities.Person {
			return false
		}
	}
	if k < 0 {
		return false
	}
	si := d.doc.Tokens[g].Sentence
	return d.doc.Tokens[d.mstarts[k].tok].Sentence >= si-1
}

// describedBefore returns the organization that a description earlier in
// the sentence and outside any quotation stands for, when it is nearer to
// the pronoun at k than any name: "The foundation also said it would stop
// paying ..." is the foundation's plan, not that of the organization named
// last in an earlier paragraph. It returns -1 when an organization's name
// comes first (a platform's does not count), or no description does.
func (v *sentView) describedBefore(d *docView, k int) int {
	for j := k - 1; j >= 1; j-- {
		if v.quoted[j] != v.quoted[k] {
			continue
		}
		if e := v.ent[j]; e >= 0 {
			if d.doc.Entities[e].Type == entities.Org {
				return -1
			}
			continue
		}
		if v.idx == 1 && (v.low[j-1] != "the" || j == 1) {
			// "A Hexham knitting circle has closed the Facebook group
			// it ran": a lede's indefinite description.
			if o := v.headlineOrg(d, j); o >= 0 {
				return o
			}
		}
		switch v.low[j-1] {
		case "the", "this", "its":
		default:
			continue
		}
		if !v.orgNoun(d, j) {
			continue
		}
		if o := v.refAt(d, j); o >= 0 && d.doc.Entities[o].Type == entities.Org {
			return o
		}
	}
	return -1
}

// docRef returns the organization a document noun at local token k ("the
// report", "its guide") stands for, or -1.
func (v *sentView) docRef(d *docView, k int) int {
	if k < 1 || v.ent[k] >= 0 || !docNouns[v.low[k]] {
		return -1
	}
	if k >= 2 && v.low[k-1] == "'s" {
		// "the coalition's statement": its possessor's, when that is
		// an organization.
		if e := v.refAt(d, k-2); e >= 0 && d.doc.Entities[e].Type == entities.Org {
			return e
		}
		return -1
	}
	return v.refAt(d, k)
}

// docOwner returns the organization whose document "the report", "the
// guide" or "the statement" at document token g is: the one the story
// names first in its opening sentences, else the nearest before g.
func (d *docView) docOwner(g int) int {
	if o := d.storyOrg(); o >= 0 {
		return o
	}
	return lastBefore(d.orgs, g)
}

// storyOrg returns the organization the story is about: the first whose
// name opens a sentence of its headline and three opening sentences
// (subjectOrgNext), else the first they name at all (orgNamedNext from the
// start), found once per document; -1 if none.
func (d *docView) storyOrg() int {
	if d.story == 0 {
		o := d.subjectOrgNext()
		if o < 0 {
			o = d.orgNamedNext(-1)
		}
		d.story = o + 1
	}
	return d.story - 1
}

// subjectOrgNext returns the first organization in the headline and three
// opening sentences whose name opens its sentence, after "The" at most,
// or -1.
func (d *docView) subjectOrgNext() int {
	toks := d.doc.Tokens
	for _, m := range d.orgs {
		si := toks[m.tok].Sentence
		if si > 3 {
			break
		}
		st := d.doc.Sentences[si].TokenStart
		if (m.tok == st || m.tok == st+1 && toks[st].Norm == "The" || d.authorOpens(st, m.tok)) && !platformOwner(d.doc.Entities[m.ent].Name) {
			return m.ent
		}
	}
	return -1
}

// authorOpens reports whether the sentence at document token st opens with
// a document by the organization named at token m: "A report by Cardiff
// Council on plans for ... says" is the council's story.
func (d *docView) authorOpens(st, m int) bool {
	toks := d.doc.Tokens
	t := st
	if t < m && (toks[t].Norm == "A" || toks[t].Norm == "The") {
		t++
	}
	if t+1 >= m || !docNouns[strings.ToLower(toks[t].Norm)] || toks[t+1].Norm != "by" {
		return false
	}
	t += 2
	if t < m && toks[t].Norm == "the" {
		t++
	}
	return t == m
}

// orgNamedNext returns the first organization mentioned after document
// token g within the headline and the three sentences after it, or -1 (a
// lede may describe the group twice before naming it: "A peer-support
// group ... has closed ... About 60 of its members ... Brighter Days Peer
// Support was started in 2017").
func (d *docView) orgNamedNext(g int) int {
	k := sort.Search(len(d.orgs), func(i int) bool { return d.orgs[i].tok > g })
	for ; k < len(d.orgs) && d.doc.Tokens[d.orgs[k].tok].Sentence <= 3; k++ {
		if e := d.orgs[k].ent; !platformOwner(d.doc.Entities[e].Name) {
			// A platform's owner is what the story is about, not
			// the "group" or "union" its headline describes.
			return e
		}
	}
	return -1
}

// headlineOrg returns the organization a headline's common-noun subject at
// k describes ("Fire service drops X", "Dairy co-op quits Facebook"): the
// one the story names first, or -1. A role or any other noun for someone
// by what she does ("Prosecutor says", "A potter in Omaha says") is a
// person's, whether or not the story gives its person that word ("A judo
// coach in Denver says" of a woman who "now coaches"); a spokesperson
// speaks for the organization. A plural ("Parents quit X") is unnamed
// people.
func (v *sentView) headlineOrg(d *docView, k int) int {
	if k < 0 || k >= v.n || v.tag[k] != "NN" || personNoun(v.low[k]) && !spokesOnly[v.low[k]] {
		return -1
	}
	if v.idx == 1 {
		// A lede's indefinite description ("A Hexham knitting circle
		// has closed ...") is the organization the text later calls
		// so ("the Tynedale Knit and Natter circle"), else the one
		// it names next ("A games studio in Bristol ... Lowtide
		// Games, which employs nine people").
		j := k - 1
		for j >= 0 && (strings.HasPrefix(v.tag[j], "JJ") || strings.HasPrefix(v.tag[j], "NN")) {
			j--
		}
		if j < 0 || v.low[j] != "a" && v.low[j] != "an" {
			return -1
		}
		if e := d.orgDescribedAs(v.low[k], v.base+k); e >= 0 {
			return e
		}
		e := k + 1
		for e < v.n && (strings.HasPrefix(v.tag[e], "NN") || v.tag[e] == "POS") && v.ent[e] < 0 {
			// "A transit riders' group": prose may take the first
			// noun for the head.
			e++
		}
		return v.describedOrg(d, j+1, e, k)
	}
	if v.idx != 0 {
		return -1
	}
	if e := d.orgDescribedAs(v.low[k], v.base+k); e >= 0 {
		return e
	}
	return d.orgNamedNext(v.base + k)
}

// describedOrg returns the organization that a description, local tokens
// lo to hi-1 with its head at k, stands for in a headline or a lede: the
// first the story's opening sentences name with a word of the description
// ("A transit riders' group" is the Aurora Riders Alliance, not the
// transit agency the lede names first), else the first they name at all.
func (v *sentView) describedOrg(d *docView, lo, hi, k int) int {
	if o := v.orgSharingWord(d, lo, hi); o >= 0 {
		return o
	}
	return d.orgNamedNext(v.base + k)
}

// orgSharingWord returns the first organization named after local token
// hi, in the story's opening sentences, whose name has a word of local
// tokens lo to hi-1, trying the words nearest the head first ("A transit
// riders' group" is a riders' group before it is a transit one), or -1.
func (v *sentView) orgSharingWord(d *docView, lo, hi int) int {
	toks := d.doc.Tokens
	first := sort.Search(len(d.orgs), func(i int) bool { return d.orgs[i].tok > v.base+hi })
	for i := hi - 1; i >= lo; i-- {
		w := strings.TrimRight(v.low[i], "'’")
		for k := first; k < len(d.orgs) && toks[d.orgs[k].tok].Sentence <= 3; k++ {
			m := d.orgs[k]
			for g := m.tok; g < m.end; g++ {
				if strings.EqualFold(w, toks[g].Norm) {
					return m.ent
				}
			}
		}
	}
	return -1
}

// orgDescribedAs returns the organization named after token g, in the
// story's opening sentences, that the noun w stands for, or -1: the first
// whose name it heads ("Brindle Court Tenants' Association" for "tenants'
// association") or whose kind it is ("union" for an association or a
// union's local, kindOfHead), else the first the text calls a w ("the
// Tynedale Knit and Natter circle", "Yarrow Radio, a community station").
func (d *docView) orgDescribedAs(w string, g int) int {
	toks := d.doc.Tokens
	lo := sort.Search(len(d.orgs), func(i int) bool { return d.orgs[i].tok > g })
	hi := lo
	for hi < len(d.orgs) && toks[d.orgs[hi].tok].Sentence <= 3 {
		hi++
	}
	d.buildHeads()
	for _, m := range d.orgs[lo:hi] {
		if e := m.ent; d.entHead[e] == w || d.entKind[e] == w {
			return e
		}
	}
	for _, m := range d.orgs[lo:hi] {
		if d.calledAfter(m, w) {
			return m.ent
		}
	}
	return -1
}

// calledAfter reports whether the organization's mention m is followed by
// an apposition that calls it a w: "Yarrow Radio, a community station".
func (d *docView) calledAfter(m mentionAt, w string) bool {
	toks := d.doc.Tokens
	j := m.end
	if j+1 < len(toks) && toks[j].Norm == "," && (toks[j+1].Norm == "a" || toks[j+1].Norm == "an" || toks[j+1].Norm == "the") {
		j += 2
	}
	for n := 0; j < len(toks) && n < 4 && toks[j].Sentence == toks[m.tok].Sentence; j, n = j+1, n+1 {
		if strings.EqualFold(toks[j].Norm, w) {
			return true
		}
		if !strings.HasPrefix(toks[j].Tag, "NN") && !strings.HasPrefix(toks[j].Tag, "JJ") && toks[j].Tag != "HYPH" {
			break
		}
	}
	return false
}

// orgCalledBefore returns the last organization named before document
// token g whose name w heads or that an apposition calls a w ("Gulfwind
// Air, a regional airline" for "the airline"), or -1.
func (d *docView) orgCalledBefore(w string, g int) int {
	for i := lastAt(d.orgs, g); i >= 0; i-- {
		if m := d.orgs[i]; d.orgHead(m.ent) == w || d.calledAfter(m, w) {
			return m.ent
		}
	}
	return -1
}

// personRef resolves he/she/his/her at k to the nearest earlier person,
// passing over a person named inside a quotation the pronoun is outside of
// ("“... Ed Pratt's place ...,” he said": not Ed Pratt) and one whose own
// pronouns elsewhere are of the other gender. A pronoun that speaks ("she
// said") is the previous sentence's speaker when that speaker fits, rather
// than someone the speaker only mentioned ("Tibbetts said he blames Hallam.
// “...,” he said.").
func (v *sentView) personRef(d *docView, k int) int {
	if v.unnamedReporter(k) {
		// "One reader wrote that she had left X herself": the
		// unnamed writer, not a person named before.
		return -1
	}
	g := v.base + k
	male := v.low[k] == "he" || v.low[k] == "him" || v.low[k] == "his"
	fits := func(ei int) bool {
		gn := d.personGender(ei)
		return gn == 0 || (gn > 0) == male
	}
	if v.speaks(k) && v.idx > 0 {
		if sp := d.speakerOf(v.idx-1, v.sc); sp >= 0 && fits(sp) {
			// A person named before the pronoun in its own sentence,
			// where it can see them (not inside a quotation it stands
			// outside of), comes first.
			inSent := false
			for i := sort.Search(len(d.persons), func(i int) bool { return d.persons[i].tok >= v.base }); i < len(d.persons) && d.persons[i].tok < g; i++ {
				if v.quoted[k] || !v.quoted[d.persons[i].tok-v.base] {
					inSent = true
					break
				}
			}
			if !inSent {
				return sp
			}
		}
	}
	for i := sort.Search(len(d.persons), func(i int) bool { return d.persons[i].tok >= g }) - 1; i >= 0; i-- {
		m := d.persons[i]
		if m.tok >= v.base && !v.quoted[k] && v.quoted[m.tok-v.base] {
			continue
		}
		if fits(m.ent) {
			return m.ent
		}
	}
	return lastBefore(d.persons, g)
}

// cleftIt reports an "it" at k that stands for nothing: a cleft's ("It was
// a stranger on Reddit who worked out where the map came from"), whose
// "be" is followed by "who" within a few words and before any other verb
// or comma. "It was founded in 2011 by six women who met" is the
// organization.
func (v *sentView) cleftIt(k int) bool {
	j := k + 1
	if j >= v.n || !beForm(v.low[j]) {
		return false
	}
	for j++; j < v.n && j <= k+12; j++ {
		if v.low[j] == "who" {
			return true
		}
		if v.isVerb(j) || isPunctBoundary(v.low[j]) || v.low[j] == "," {
			return false
		}
	}
	return false
}

// advises reports a verb of advice after the pronoun at k ("it recommends
// an announcement channel on WhatsApp"): only an organization or a
// document advises; a platform does not.
func (v *sentView) advises(k int) bool {
	j := v.pastAdverbs(k + 1)
	if j >= v.n || !v.isVerb(j) {
		return false
	}
	switch v.low[j] {
	case "recommends", "recommended", "urges", "urged", "advises", "advised", "encourages", "encouraged", "suggests", "suggested":
		return true
	}
	return false
}

// speaks reports a pronoun at k that is the subject of a report verb: "she
// said", "He told reporters".
func (v *sentView) speaks(k int) bool {
	j := v.pastAdverbs(k + 1)
	return j < v.n && v.in(j, wcReport) && v.isVerb(j)
}

// pastAdverbs returns the first token from j on that is no adverb.
func (v *sentView) pastAdverbs(j int) int {
	for j < v.n && strings.HasPrefix(v.tag[j], "RB") {
		j++
	}
	return j
}

// afterQuotation reports a token k right after the closing mark of the
// quotation the sentence opens with, past a comma: "“...,” it said",
// "“...”, it said".
func (v *sentView) afterQuotation(k int) bool {
	if !isQuote(v.low[0]) {
		return false
	}
	j := 1
	for j < k && !isQuote(v.low[j]) {
		j++
	}
	if j+1 < k && v.low[j+1] == "," {
		j++
	}
	return j+1 == k
}

// speakerOf returns the person who speaks in sentence si ("..., she said",
// "Rao said ..."), or -1. A sentence being resolved counts as none: a
// speaking pronoun looks back one sentence at a time.
func (d *docView) speakerOf(si int, sc *Scorer) int {
	return d.sentSpeaker(si, sc, &d.spoke, entities.Person)
}

// orgSpeakerOf returns the organization that speaks in sentence si ("the
// statement said", "the league said that ..."), or -1, as speakerOf
// finds a person.
func (d *docView) orgSpeakerOf(si int, sc *Scorer) int {
	return d.sentSpeaker(si, sc, &d.orgSpoke, entities.Org)
}

// sentSpeaker returns the entity of type t that speaks in sentence si, or
// -1: the speaker of what ends the sentence, else of what begins it,
// memoized in *memo (the speaker plus one; -1 for none or being found).
func (d *docView) sentSpeaker(si int, sc *Scorer, memo *[]int, t entities.Type) int {
	if *memo == nil {
		*memo = make([]int, len(d.doc.Sentences))
	}
	switch p := (*memo)[si]; {
	case p > 0:
		return p - 1
	case p < 0:
		return -1
	}
	(*memo)[si] = -1
	v := d.sentence(si, sc)
	ok := func(ei int) bool { return ei >= 0 && d.doc.Entities[ei].Type == t }
	sp := -1
	if v.n > 0 {
		if sp = v.speaker(d, v.n-1, ok); sp < 0 {
			sp = v.speaker(d, 0, ok)
		}
	}
	if sp >= 0 {
		(*memo)[si] = sp + 1
	}
	return sp
}

// personGender returns +1 for a person the text calls "he", -1 for "she",
// 0 when it is not known: the title before a mention ("Ms. Haddad"), else
// the given name when it is one borne by men or by women (givenGender),
// else the pronouns shortly after a mention of that person in its sentence
// ("Hale said he", "Vance streamed until he was banned"), counted once per
// document. A pronoun further on may be someone else's ("Hale said he
// loved it, but it is a mess, she said").
func (d *docView) personGender(ei int) int8 {
	if d.gender == nil {
		count := make([]int, len(d.doc.Entities))
		for t, tok := range d.doc.Tokens {
			if len(tok.Norm) > 4 {
				continue
			}
			sign := 0
			switch strings.ToLower(tok.Norm) {
			case "he", "his":
				sign = 1
			case "she", "hers":
				sign = -1
			case "her":
				// "her wedding bookings" is likely the subject's;
				// "set up an account for her", an object, someone
				// else's, as "him" is.
				if n := t + 1; n < len(d.doc.Tokens) && (strings.HasPrefix(d.doc.Tokens[n].Tag, "NN") || strings.HasPrefix(d.doc.Tokens[n].Tag, "JJ") || d.doc.Tokens[n].Norm == "own") {
					sign = -1
				} else {
					continue
				}
			default:
				continue
			}
			i := sort.Search(len(d.persons), func(i int) bool { return d.persons[i].tok >= t }) - 1
			if i < 0 || t-d.persons[i].end > genderReach || tok.Sentence != d.doc.Tokens[d.persons[i].tok].Sentence {
				continue
			}
			count[d.persons[i].ent] += sign
		}
		d.gender = make([]int8, len(d.doc.Entities))
		for e, c := range count {
			switch {
			case c > 0:
				d.gender[e] = 1
			case c < 0:
				d.gender[e] = -1
			}
		}
		// A given name that says it outweighs the pronouns near a
		// mention, which may be someone else's ("Hale told Ms. Ruiz he
		// would"), and the first title ("Ms. Haddad") outweighs both.
		for e, ent := range d.doc.Entities {
			if i := strings.IndexByte(ent.Name, ' '); i > 0 && ent.Type == entities.Person {
				if g := givenGender[ent.Name[:i]]; g != 0 {
					d.gender[e] = g
				}
			}
		}
		// A gendered noun beside the first mention says so too:
		// "her grandson, Rhys, then 16, set up an account for her".
		seen := make([]bool, len(d.doc.Entities))
		for _, m := range d.persons {
			if seen[m.ent] {
				continue
			}
			seen[m.ent] = true
			if g := d.besideGender(m); g != 0 {
				d.gender[m.ent] = g
			}
		}
		titled := make([]bool, len(d.doc.Entities))
		for _, m := range d.persons {
			if m.tok > 0 && !titled[m.ent] {
				if g := honorifics[strings.TrimSuffix(d.doc.Tokens[m.tok-1].Norm, ".")]; g != 0 {
					d.gender[m.ent], titled[m.ent] = g, true
				}
			}
		}
	}
	return d.gender[ei]
}

// besideGender returns the gender a noun set beside mention m gives its
// bearer, or 0: "grandson Rhys", "her grandson, Rhys", "Rhys, her
// grandson,".
func (d *docView) besideGender(m mentionAt) int8 {
	toks := d.doc.Tokens
	low := func(t int) string {
		if t < 0 || t >= len(toks) || toks[t].Sentence != toks[m.tok].Sentence {
			return ""
		}
		return strings.ToLower(toks[t].Norm)
	}
	if g := gendered[low(m.tok-1)]; g != 0 {
		return g
	}
	if low(m.tok-1) == "," {
		if g := gendered[low(m.tok-2)]; g != 0 {
			return g
		}
	}
	if low(m.end) == "," {
		switch low(m.end + 1) {
		case "his", "her", "their", "the", "a", "an":
			return gendered[low(m.end+2)]
		}
	}
	return 0
}

// genderReach is how many tokens after a person's mention a pronoun may
// stand to count toward that person's gender.
const genderReach = 6

// namedHead reports a description at k whose noun heads the name of an
// organization in the document: "the federation said", "the orchestra's
// budget", "the same library", a headline's "Tacoma food bank stops
// posting". A noun that modifies another ("the district attorney") is
// not one. "the club" of a story whose club is named otherwise counts too
// (kindHead).
func (v *sentView) namedHead(d *docView, k int) bool {
	// The name test first: it is a map lookup, the scan is not.
	return k >= 0 && k < v.n && d.hasHead(v.low[k]) && v.description(d, k) || v.kindHead(d, k)
}

// kindHead reports "the" and a kind of organization at k that heads no
// name in the story ("the club" of Brackwater United, "the charity" of
// Stopping Distance). refAt resolves it to the organization its sentence
// named before it, else to the one the story is about.
func (v *sentView) kindHead(d *docView, k int) bool {
	return k > 0 && k < v.n && v.low[k-1] == "the" && leadOrgNouns[v.low[k]] && !groupNouns[v.low[k]] &&
		!d.hasHead(v.low[k]) && v.description(d, k)
}

// roleHead reports a description at k headed by a role the document gives
// a named person: "the sheriff said", a headline's "Prosecutor says".
func (v *sentView) roleHead(d *docView, k int) bool {
	return roleNouns[v.low[k]] && v.description(d, k) && d.roleRef(v.low[k], v.base+k) >= 0
}

// descriptionAfter returns the head of a description that follows the
// report verb at k and stands for someone the text names ("says New
// Zealand minister", "says union"), or -1.
func (v *sentView) descriptionAfter(d *docView, k int) int {
	h := -1
	for j := k + 1; j < v.n && j <= k+5; j++ {
		e := v.ent[j]
		if e >= 0 && d.doc.Entities[e].Type != entities.GPE || e < 0 && !strings.HasPrefix(v.tag[j], "NN") && !strings.HasPrefix(v.tag[j], "JJ") && (j > k+1 || v.tag[j] != "DT") {
			break
		}
		if e < 0 {
			h = j
		}
	}
	if h < 0 || !(groupNouns[v.low[h]] || v.namedHead(d, h) || v.roleHead(d, h)) || v.refAt(d, h) < 0 {
		return -1
	}
	return h
}

// description reports a noun at k that ends its noun phrase and opens, past
// adjectives, nouns and a place's name, after a determiner ("the", "this",
// "that", "our"), a possessive ("Italy's communications regulator", "the
// county's prosecutor") or the sentence's start or a comma, colon or dash
// ("Prosecutor says", "— Australia's online safety regulator"). "A" or
// "an" ("a police department logs off Nextdoor") counts only in the
// headline and the first sentence, where the story names it next.
func (v *sentView) description(d *docView, k int) bool {
	// The tagger sometimes calls a head noun after "the" an adjective
	// ("The/DT orchestra/JJ moved"); a word that heads a name here is a
	// noun either way.
	if k < 0 || k >= v.n || v.ent[k] >= 0 || !strings.HasPrefix(v.tag[k], "NN") && v.tag[k] != "JJ" {
		return false
	}
	if k+1 < v.n && strings.HasPrefix(v.tag[k+1], "NN") && v.ent[k+1] < 0 {
		return false
	}
	for j := k - 1; ; j-- {
		if j < 0 {
			return true
		}
		w := v.low[j]
		switch {
		case w == "the" || w == "this" || w == "that" || w == "our":
			return true
		case w == "a" || w == "an":
			return v.idx <= 1
		case w == "'s" || w == "'":
			// "Italy's regulator", "the county's prosecutor": the
			// possessor opens it.
			if j == 0 || v.ent[j-1] >= 0 && d.doc.Entities[v.ent[j-1]].Type != entities.GPE {
				return false
			}
		case v.ent[j] >= 0:
			if d.doc.Entities[v.ent[j]].Type != entities.GPE {
				return false
			}
		case w == "," || w == ":" || w == "--" || w == "—" || w == "-":
			return j < k-1 || v.idx <= 1
		case v.in(j, wcReport) && v.isVerb(j):
			// "says union", "said New Zealand's minister"
			return true
		case strings.HasPrefix(v.tag[j], "NN") || strings.HasPrefix(v.tag[j], "JJ") || v.tag[j] == "VBN" && j < k-1:
		default:
			return false
		}
	}
}

// affiliation returns the organization named in the apposition after the
// last mention of person p before document token g ("Laura Ozola, a
// lawmaker from the New Unity party"), or -1.
func (d *docView) affiliation(p, g int) int {
	k := sort.Search(len(d.persons), func(i int) bool { return d.persons[i].tok >= g })
	for k--; k >= 0 && d.persons[k].ent != p; k-- {
	}
	if k < 0 {
		return -1
	}
	end := d.persons[k].end
	toks := d.doc.Tokens
	if end >= len(toks) || toks[end].Norm != "," {
		return -1
	}
	for t := end + 1; t < len(toks) && t < end+14 && toks[t].Sentence == toks[end].Sentence; t++ {
		switch toks[t].Norm {
		case ",", ".", ";", ":":
			return -1
		}
		if e := d.entOf[t]; e >= 0 {
			if d.doc.Entities[e].Type == entities.Org {
				return e
			}
			if d.doc.Entities[e].Type == entities.Person {
				return -1
			}
		}
	}
	return -1
}

// workNouns are organizations someone works in, besides leadOrgNouns and
// groupNouns: "her lab", "his office", "your force".
var workNouns = map[string]bool{"lab": true, "office": true, "newsroom": true, "department": true, "unit": true, "force": true}

// workUnit reports a noun w that names an organization someone belongs
// to: a work noun, a group noun or a lead's organization noun.
func workUnit(w string) bool {
	return workNouns[w] || groupNouns[w] || leadOrgNouns[w]
}

// workplace returns the organization person p works for, as the text that
// introduces p tells it: in the sentence of p's first mention before
// document token g, or one of the two after it that names p or goes on
// about p's own organization ("Owen Pryce lost his sight at 19 ... His
// firm, Pryce Access, has six staff"), the first organization named after
// p ("Siti Rahmawati directs the Migrant Messaging Lab at Merriwa
// University", "Ana Ruiz, a researcher at the Migrant Messaging Lab"),
// else the last before p. It returns -1 when none of them names one.
func (d *docView) workplace(p, g int) int {
	ms := d.doc.Entities[p].Mentions
	if len(ms) == 0 || ms[0].TokenStart >= g {
		return -1
	}
	first := ms[0].Sentence
	for si := first; si <= first+2; si++ {
		at := -1
		for _, m := range ms {
			if m.Sentence == si && m.TokenStart < g {
				at = m.TokenStart
				break
			}
		}
		if at < 0 && si > first {
			at = d.ownUnit(p, si, g)
		}
		if at < 0 {
			continue
		}
		found := -1
		for _, m := range d.orgs {
			if m.tok >= g || d.doc.Tokens[m.tok].Sentence != si {
				continue
			}
			found = m.ent
			if m.tok > at {
				break
			}
		}
		if found >= 0 {
			return found
		}
	}
	return -1
}

// ownUnit returns the document token of a "his" or "her" in sentence si,
// before token g, that opens an organization noun ("Her team, the Mobile
// Routes Project", "her office at Cascadia State University Extension")
// and stands for person p, the last person named before it; else -1.
func (d *docView) ownUnit(p, si, g int) int {
	toks := d.doc.Tokens
	for t := sort.Search(len(toks), func(i int) bool { return toks[i].Sentence >= si }); t+1 < len(toks) && t < g && toks[t].Sentence == si; t++ {
		if !strings.EqualFold(toks[t].Norm, "his") && !strings.EqualFold(toks[t].Norm, "her") {
			continue
		}
		if !workUnit(strings.ToLower(toks[t+1].Norm)) {
			continue
		}
		if i := lastAt(d.persons, t); i >= 0 && d.persons[i].ent == p {
			return t
		}
	}
	return -1
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
			counted := false
			for j := k + 2; j < v.n && v.clause[j] == v.clause[k]; j++ {
				counted = counted || countNouns[v.low[j]]
				if counted && (v.low[j] == "by" || v.low[j] == "from") {
					// "Small businesses are spending less on
					// Facebook, according to a survey of 412
					// members released by the Chamber": who
					// counted the deeds of others the clause
					// opens with does not hold them. A named subject
					// ("Threads is useless, according to a survey
					// by H") leaves the finding H's.
					if v.openingPlural() >= 0 {
						break
					}
				}
				if ei := v.refAt(d, j); ok(ei) {
					return ei
				}
			}
		}
	}
	best, bestDist := -1, 1<<30
	for k := 0; k < v.n; k++ {
		intro := (v.low[k] == "read" || v.low[k] == "reads") && k+1 < v.n && (v.low[k+1] == ":" || isQuote(v.low[k+1]))
		// "asked the council to move them to Y, “where you don't have
		// to wade through garbage”": a quotation that ends a request
		// is its asker's words.
		intro = intro || askVerbs[v.low[k]] && k < i && v.quoted[i] && !v.quoted[k] && v.isVerb(k)
		if !intro && (!v.in(k, wcReport) || k == i || v.ent[k] >= 0 || !v.isVerb(k) && !strings.HasSuffix(v.low[k], "s") && !strings.HasSuffix(v.low[k], "ed")) {
			// A name is no report verb: "the United States".
			continue
		}
		if v.quoted[k] && v.quoted[i] && v.sameQuote(i, k) && (i < k || k == 0 || v.ent[k-1] < 0) {
			// "“Harrowgate tells its tenants to report repairs
			// through WhatsApp ...”": a report inside the quotation
			// is part of what its speaker says, unless a name
			// reports what follows ("“Trevor said Telegram was
			// better,” Cole replied").
			continue
		}
		// The cue must be in the report's scope: after the verb, or
		// before it when the verb trails the sentence (", H said").
		if i < k && v.clause[i] == v.clause[k] && !v.quoted[i] {
			continue
		}
		if i < k && !v.quoted[i] && v.subordinateAside(i, k) {
			continue
		}
		if k < i && v.closedRelative(k, i) {
			// "Instagram, where a marketing agency told me to post
			// photographs, has not sold us a thing": a report inside
			// a relative clause that closes before i reports only
			// the clause.
			continue
		}
		if !intro && v.urger(k) >= 0 {
			// "asked the council to stop posting notices on X": what
			// someone is urged to post or say is nobody's report.
			continue
		}
		ei, poster := -1, -1
		if intro {
			poster = v.postOwner(d, k)
		}
		if poster >= 0 {
			// "The library's last post on X, pinned to the top of
			// its profile, reads: ...": the post's owner.
			ei = poster
		} else if v.participleAt(k) {
			// "Amber Liesch shut off comments, writing that ...",
			// "sued Nextdoor and the neighbour, saying the post had
			// cost him work": a participle's report is its sentence
			// subject's, not a name in the object.
			ei = v.mainSubject(d)
		} else if nk, owner := v.nounSubject(d, k); nk >= 0 && v.ent[nk] < 0 && owner >= 0 && ok(owner) {
			ei = owner
		} else if r := v.docRef(d, k-1); r >= 0 {
			// "the report says": the organization's document speaks
			// for it.
			ei = r
		} else if o := v.spokesSubject(d, k); o >= 0 {
			ei = o
		} else if se, found := v.subject(d, k); found && se == -1 && v.ent[k-1] < 0 && strings.HasPrefix(v.tag[k-1], "NN") && !isQuote(v.low[k-1]) || v.unnamedBefore(k) || v.unnamedSubject(k) {
			// "one viewer wrote in her chat": an unnamed speaker.
			ei = -1
		} else if found && se >= 0 {
			ei = se
			if lt := v.lastTokenOf(se, k); lt >= 0 {
				ei = v.headOf(d, lt)
			}
		} else if ae := v.apposedSubject(d, k); ae >= 0 {
			ei = ae
		} else if !namingVerbs[v.low[k]] && !v.pronounSubject(k) {
			// "said H", "said H's spokesman"; but "called it “a ghost
			// town”" names its object, and a verb with a subject of its
			// own ("I will admit to enjoying it") has no speaker after
			// it.
			if p := v.namedRoleAfter(d, k); p >= 0 {
				// "said its director, Sunil Varma": the person named,
				// even when the quotation speaks for the organization
				// ("“Facebook sells our jazz nights,” said its
				// manager, Tom Ellery"), as the dev gold has it
				// (dropping a "we" exception here gained 12
				// holders and lost 3).
				ei = p
			} else if h := v.descriptionAfter(d, k); h >= 0 {
				// "says New Zealand minister", "says Dublin arts
				// centre": the description, not the place in it.
				ei = v.refAt(d, h)
			} else {
				for j := k + 1; j < v.n && j <= k+3; j++ {
					if r := v.refAt(d, j); r >= 0 {
						ei = r
						break
					}
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
	if best < 0 {
		return v.colonSpeaker(d, i, ok)
	}
	return best
}

// closedRelative reports that token k lies in a relative clause opened by
// "which", "who" or "where" and closed (relativeClose) before token i, the
// sentence's own verb going on after it.
func (v *sentView) closedRelative(k, i int) bool {
	for m := k - 1; m >= 0 && m >= k-12; m-- {
		w := v.low[m]
		if w == "," || isPunctBoundary(w) || isQuote(w) {
			return false
		}
		if relativeOpeners[w] {
			c := v.relativeClose(m)
			return c >= 0 && c+1 < i
		}
	}
	return false
}

// postOwner returns whose post the sentence opens with when "read" or
// "reads" at k gives its words: the owner before "'s" ("The library's
// last post on X, pinned to the top of its profile, reads:"), "its" ("Its
// final message on the site read:"), or for "The post read:" the
// organization the story is about. It returns -1 for any other subject.
func (v *sentView) postOwner(d *docView, k int) int {
	if v.low[k] != "read" && v.low[k] != "reads" {
		return -1
	}
	h := -1
	for j := 0; j < k && j < 6; j++ {
		if postNouns[v.low[j]] {
			h = j
			break
		}
	}
	if h < 0 {
		return -1
	}
	for j := h + 1; j < k; j++ {
		if postNouns[v.low[j]] || v.isVerb(j) && v.tag[j] != "VBN" && v.low[j-1] != "," {
			// "The post said the council had ...; the notice
			// reads": another post, or a verb of the subject's
			// own; a participle opening an aside ("pinned to the
			// top of its profile") may be tagged a past tense.
			return -1
		}
	}
	j := h - 1
	for j >= 0 && (v.tag[j] == "JJ" || v.tag[j] == "VBN" || v.low[j] == "last" || v.low[j] == "final" || v.low[j] == "pinned") {
		j--
	}
	switch {
	case j == 0 && v.low[0] == "the":
		return d.docOwner(v.base + h)
	case j == 0 && v.low[0] == "its":
		return v.refAt(d, 0)
	case j >= 1 && (v.low[j] == "'s" || v.low[j] == "’s") && v.possessorOpens(j-1):
		if e := v.refAt(d, j-1); e >= 0 && d.doc.Entities[e].Type == entities.Org {
			return e
		}
	}
	return -1
}

// possessorOpens reports that the possessor ending at token k opens the
// sentence: one word ("Brambling's"), a name ("Tamarack County
// Library's"), either after "the" ("The library's").
func (v *sentView) possessorOpens(k int) bool {
	a := k
	for a > 0 && v.ent[k] >= 0 && v.ent[a-1] == v.ent[k] {
		a--
	}
	return a == 0 || a == 1 && v.low[0] == "the"
}

// postNouns are what an organization posts, whose words it holds.
var postNouns = map[string]bool{"post": true, "message": true, "tweet": true, "notice": true}

// colonSpeaker returns whose words a quotation holding local token i is
// when a colon opens it and the subject of the nearest verb before the
// colon is one ok accepts: "Ellie Murphy, 11, put it more simply:
// “Discord is way better”", "but Ellery summed up the mood: “It is where
// we are”". It returns -1 otherwise.
func (v *sentView) colonSpeaker(d *docView, i int, ok func(int) bool) int {
	if !v.quoted[i] {
		return -1
	}
	q := i
	for q > 0 && v.quoted[q-1] {
		q--
	}
	if q < 2 || !isQuote(v.low[q-1]) || v.low[q-2] != ":" {
		return -1
	}
	for k := q - 3; k >= 0 && !v.quoted[k]; k-- {
		if !v.isVerb(k) {
			continue
		}
		if ei, _ := v.subjectOrApposed(d, k); ok(ei) {
			return ei
		}
		break
	}
	return -1
}

// namedRoleAfter returns the person a report verb at k names after a role
// ("said its director, Sunil Varma", "said the company's publicity
// officer, Shaun Pereira", "says its coordinator Lowri Hughes"), or -1: the
// speaker is the person, not the organization that employs them.
func (v *sentView) namedRoleAfter(d *docView, k int) int {
	j := k + 1
	switch {
	case j < v.n && (v.low[j] == "its" || v.low[j] == "their" || v.low[j] == "the"):
		j++
	case j+1 < v.n && v.ent[j] >= 0 && d.doc.Entities[v.ent[j]].Type == entities.Org:
		// "said Sidestage's festival director, Lachlan Pereira"
		for j < v.n && v.ent[j] == v.ent[k+1] {
			j++
		}
		if j >= v.n || v.low[j] != "'s" && v.low[j] != "’s" {
			return -1
		}
		j++
	default:
		return -1
	}
	if j+1 < v.n && v.ent[j] < 0 && strings.HasPrefix(v.tag[j], "NN") && (v.low[j+1] == "'s" || v.low[j+1] == "’s") {
		// "the company's publicity officer"
		j += 2
	}
	nouns := 0
	for ; j < v.n && j <= k+7 && v.ent[j] < 0 && (strings.HasPrefix(v.tag[j], "NN") || strings.HasPrefix(v.tag[j], "JJ")); j++ {
		if strings.HasPrefix(v.tag[j], "NN") {
			nouns++
		}
	}
	if nouns == 0 {
		return -1
	}
	if j < v.n && v.low[j] == "," {
		j++
	}
	if j < v.n && v.ent[j] >= 0 && d.doc.Entities[v.ent[j]].Type == entities.Person {
		return v.ent[j]
	}
	return -1
}

// sameQuote reports whether quoted tokens i and k stand in one quotation,
// with no unquoted token between them.
func (v *sentView) sameQuote(i, k int) bool {
	if i > k {
		i, k = k, i
	}
	for j := i; j <= k; j++ {
		if !v.quoted[j] {
			return false
		}
	}
	return true
}

// subordinateAside reports a report verb at k that stands in an aside
// inside a subordinate clause opened after token i: "The society looked at
// TikTok but decided against it after its volunteers, Boudreau said, could
// not agree". The aside attributes only that clause; the act before it is
// the sentence's own. An aside that a coordinator follows closes all that
// went before it.
func (v *sentView) subordinateAside(i, k int) bool {
	if k+2 >= v.n || v.low[k+1] != "," || v.low[k+2] == "and" || v.low[k+2] == "but" || v.low[k+2] == "or" {
		// ", Pritchard said, and ..." closes all that went before.
		return false
	}
	a := -1
	for j := k - 1; j > i && j >= k-5; j-- {
		if v.low[j] == "," {
			a = j
			break
		}
	}
	if a < 0 {
		return false
	}
	for j := a - 1; j > i; j-- {
		if subordinators[v.low[j]] {
			return true
		}
		if v.low[j] == "," && j < a-1 && !subordinators[v.low[j+1]] {
			return false
		}
	}
	return false
}

// pronounSubject reports a subject pronoun just before the verb at k,
// past modals, adverbs and auxiliaries: "I will admit", "we have said".
func (v *sentView) pronounSubject(k int) bool {
	j := v.beforeAux(k)
	if j >= 2 && v.low[j] == "to" {
		// "I used to tell the choir that ...": the subject of the
		// verb the infinitive completes.
		j = v.beforeAux(j - 1)
	}
	return j >= 0 && v.tag[j] == "PRP" && !objectPronoun(v.low[j], j, v)
}

// beforeAux returns the last token before k that is no adverb or
// auxiliary ("she has since said": she), or -1.
func (v *sentView) beforeAux(k int) int {
	j := k - 1
	for j >= 0 && (strings.HasPrefix(v.tag[j], "RB") || auxiliaries[v.low[j]]) {
		j--
	}
	return j
}

// afterAux returns the first token at or after k that is no adverb or
// auxiliary ("and had since banned": banned), or v.n.
func (v *sentView) afterAux(k int) int {
	for k < v.n && (strings.HasPrefix(v.tag[k], "RB") || auxiliaries[v.low[k]]) {
		k++
	}
	return k
}

// participleReport reports that the nearest report verb before token i is
// a participle after a comma (", saying players get better answers
// there"): the reason the sentence's subject gives for its own deed.
func (v *sentView) participleReport(i int) bool {
	for k := i - 1; k >= 1; k-- {
		if v.reportVerbAt(k) {
			return v.participleAt(k)
		}
	}
	return false
}

// participleAt reports a participle after a comma at k (", writing that
// ...", ", saying ..."), whose subject is the sentence's.
func (v *sentView) participleAt(k int) bool {
	return k > 0 && v.tag[k] == "VBG" && v.low[k-1] == ","
}

// reportedSubject returns the head of the subject of the clause a report
// verb introduces, when token i lies in that clause ("Feld said Ledgerline
// had moved ...", "She said the alliance had asked ...", "Nakamura said
// three of his clients had moved ..."), and the entity it refers to (-1
// for a common noun): (-1, -1) when there is none.
func (v *sentView) reportedSubject(d *docView, i int) (int, int) {
	r, second := -1, -1
	for k := i - 1; k >= 0; k-- {
		if isQuote(v.low[k]) || v.low[k] == ";" {
			return -1, -1
		}
		if v.reportVerbAt(k) {
			r = k
			break
		}
		if second < 0 && v.low[k] == "that" && k > 0 && v.low[k-1] == "and" {
			// "told me that people can turn it off, and that
			// Instagram “helps people ...”": the second report's
			// subject opens after its own "that".
			second = k + 1
		}
	}
	if r < 0 {
		return -1, -1
	}
	j := r + 1
	if second >= 0 {
		j = second
	} else if j+1 < v.n && (v.low[r] == "told" || v.low[r] == "tells" || v.low[r] == "tell") {
		switch v.low[j] {
		case "me", "us", "him", "her", "them", "reporters", "journalists":
			// "Whitlock told me the Tribune had looked at Bluesky":
			// past the one told.
			j++
		}
	}
	if j < v.n && v.low[j] == "that" {
		j++
	}
	for j < v.n && quantityWords[v.low[j]] {
		// "at least five of its member papers"
		j++
	}
	head, quant := -1, false
	for ; j < i; j++ {
		w, tag := v.low[j], v.tag[j]
		switch {
		case v.ent[j] >= 0 || strings.HasPrefix(tag, "NN"):
			head = j
		case w == "of" && (head < 0 || quant):
			// "three of his clients": the head follows.
			quant = false
		case w == "of" || head >= 0 && (w == "in" || w == "at" || w == "from" || w == "across"):
			// "the growth of Kick", "police officers in three
			// states": the head is before.
			for j+1 < i && (v.ent[j+1] >= 0 || !v.isVerb(j+1) && v.tag[j+1] != "MD") {
				j++
			}
		case tag == "CD" || w == "many" || w == "some" || w == "most" || w == "several" || w == "few":
			quant = true
		case tag == "DT" || tag == "PRP$" || strings.HasPrefix(tag, "JJ") || strings.HasPrefix(tag, "RB") || tag == "POS" || w == "'s":
			// "many members still found"
		case w == "," && head >= 0:
			// "the forum's members, most of whom let fewer than five
			// flats, had stopped": an aside between commas.
			k := j + 1
			for k < i && v.low[k] != "," {
				k++
			}
			if k >= i {
				return -1, -1
			}
			j = k
		case tag == "PRP" && head >= 0:
			// "three of the agencies she surveys": a relative clause
			// after the head.
			return head, v.refAt(d, head)
		case tag == "PRP":
			return j, v.refAt(d, j)
		case v.isVerb(j) || tag == "MD":
			if head < 0 {
				return -1, -1
			}
			if v.ent[head] >= 0 {
				return head, v.headOf(d, head)
			}
			if e := v.refAt(d, head); e >= 0 {
				return head, e
			}
			// "Pryor said his centre had moved": the organization the
			// owner works for, as for a subject (nounSubject).
			return head, v.ownersOrg(d, head)
		default:
			return -1, -1
		}
	}
	return -1, -1
}

// openingPlural returns the head of a plural common noun that opens a
// sentence (past its dateline) as its subject, or -1: "Small businesses in
// Missoula are", "At least three other fire agencies have", "Ad prices on
// Pinterest held", "Regional and local news publishers are" (a capitalized
// first word that is no name modifies like an adjective).
func (v *sentView) openingPlural() int {
	k0 := v.datelineEnd()
	k := k0
	for k < v.n && v.ent[k] < 0 && (k == k0 && v.tag[k] == "NNP" || quantityWords[v.low[k]] || v.low[k] == "most" || v.low[k] == "many" || v.low[k] == "and" ||
		strings.HasPrefix(v.tag[k], "JJ") || v.tag[k] == "CD" || v.tag[k] == "VBG" && k+1 < v.n && strings.HasPrefix(v.tag[k+1], "NN")) {
		k++
	}
	for k < v.n && v.ent[k] < 0 && (v.tag[k] == "NN" || v.tag[k] == "NNP") && k+1 < v.n && strings.HasPrefix(v.tag[k+1], "NN") {
		// "Ad prices", "news publishers"
		k++
	}
	if k < v.n && v.ent[k] < 0 && v.tag[k] == "NNS" {
		return k
	}
	return -1
}

// openingQuantifier returns the last token of a quantifier that opens the
// sentence as its subject and stands for people ("A few had left", "Some
// have moved", "Many of them"), or -1.
func (v *sentView) openingQuantifier() int {
	k := v.datelineEnd()
	if k < v.n && v.low[k] == "a" {
		k++
	}
	if k >= v.n || !quantifierSubjects[v.low[k]] {
		return -1
	}
	if k+2 < v.n && v.low[k+1] == "of" && (v.low[k+2] == "them" || v.low[k+2] == "those") {
		k += 2
	}
	if k+1 < v.n && (v.isVerb(k+1) || auxiliaries[v.low[k+1]] || v.tag[k+1] == "MD") {
		return k
	}
	return -1
}

// quantifierSubjects stand for people when they open a sentence as its
// subject.
var quantifierSubjects = map[string]bool{
	"few": true, "some": true, "many": true, "most": true, "several": true, "others": true,
}

// countNouns head an "according to" phrase whose source counted what others
// did: "according to a survey of 412 members released by the Chamber",
// "according to pricing data from Corvane Analytics".
var countNouns = map[string]bool{
	"survey": true, "count": true, "poll": true, "tally": true, "census": true,
	"data": true, "figures": true, "study": true, "analysis": true,
	"estimates": true, "ranking": true,
}

// quantityWords may open a reported clause's subject: "at least five of".
var quantityWords = map[string]bool{
	"at": true, "least": true, "about": true, "nearly": true, "almost": true,
	"roughly": true, "more": true, "than": true, "only": true, "just": true,
}

// unnamedPeople reports a plural common noun at k that names people or
// organizations of a kind, not things: "clients", "members", "officers",
// "newsrooms", "member markets" (but not a name's own: "Facebook groups").
// Someone's possession of them ("her clients") does not make their deeds
// the owner's.
func (v *sentView) unnamedPeople(k int) bool {
	if v.low[k] == "them" && k >= 2 && v.low[k-1] == "of" {
		// "many of them", "some of them": part of a group.
		return true
	}
	if v.ent[k] >= 0 || v.tag[k] != "NNS" {
		return false
	}
	if clienteleNouns[v.low[k]] || kindNouns[v.low[k]] {
		return true
	}
	// "at least a dozen member markets had moved": bodies that did
	// something, but not a name's own ("Facebook groups were"), those
	// advised or foretold ("small stations should be wary": the
	// speaker's view), or the object of a report verb ("reported 200
	// groups using its name").
	if !groupKinds[v.low[k]] || k > 0 && v.ent[k-1] >= 0 {
		return false
	}
	j := v.pastAdverbs(k + 1)
	return j < v.n && (v.tag[j] == "VBD" || v.tag[j] == "VBZ" || v.tag[j] == "VBP")
}

// groupKinds are plural nouns for bodies of a kind: "member markets",
// "Nordic destinations", "most of those groups".
var groupKinds = map[string]bool{
	"groups": true, "markets": true, "destinations": true, "organizations": true,
	"organisations": true, "charities": true, "clubs": true, "councils": true,
	"churches": true, "stations": true, "outlets": true, "retailers": true,
	"shops": true, "firms": true, "startups": true, "libraries": true,
	"museums": true, "universities": true, "colleges": true, "unions": true,
	"parties": true, "campaigns": true, "chapters": true, "associations": true,
	"trusts": true, "venues": true, "festivals": true, "labels": true,
}

// kindNouns are plural nouns for kinds of people or organizations,
// besides the clientele.
var kindNouns = map[string]bool{
	"officers": true, "officials": true, "agencies": true, "teachers": true,
	"doctors": true, "nurses": true, "journalists": true, "reporters": true,
	"creators": true, "streamers": true, "residents": true, "people": true,
	"workers": true, "employees": true, "players": true,
	"respondents": true, "commenters": true, "couriers": true,
	"volunteers": true, "voters": true, "teenagers": true, "kids": true,
	"children": true, "families": true, "businesses": true, "companies": true,
	"newsrooms": true, "papers": true, "publishers": true, "schools": true,
	"artists": true, "musicians": true, "researchers": true,
}

// pronounsOf returns "it"/"its" tokens after the target's first mention at
// from whose nearest earlier organization or platform is the target: "Others
// tried Threads, but many complained that its threads were crowded".
func (v *sentView) pronounsOf(te, from int, d *docView) [][2]int {
	var out [][2]int
	last, lastEnd := -1, -1
	for k := 0; k < v.n; k++ {
		if e := v.ent[k]; e >= 0 {
			if e == te || d.pairable(e) {
				last = e
				lastEnd = k
				for lastEnd+1 < v.n && v.ent[lastEnd+1] == e {
					lastEnd++
				}
				if k >= 2 && v.ent[k-1] < 0 && (v.low[k-1] == "on" || v.low[k-1] == "against") && measureNouns[v.low[k-2]] {
					// "The ban on TikTok ..., and I support it": "it"
					// is the ban.
					last = -1
				}
				if k >= 2 && (v.low[k-1] == "and" || v.low[k-1] == "or") && v.ent[k-2] >= 0 && v.ent[k-2] != e && d.pairable(v.ent[k-2]) {
					// "got off Instagram and X for a year, and it was
					// the best year of her career": a singular pronoun
					// after a pair of names is neither of them.
					last = -1
				}
			}
			for k+1 < v.n && v.ent[k+1] == e {
				k++
			}
			continue
		}
		if k > 0 && v.low[k-1] == "than" && v.low[k] == "it" {
			// "safer than it has ever been": the target compared with
			// itself, no other side.
			continue
		}
		if k > from && last == te && (v.low[k] == "it" || v.low[k] == "its" ||
			platformNouns[v.low[k]] && k > 0 && (v.low[k-1] == "the" || v.low[k-1] == "this" || v.low[k-1] == "that")) &&
			!v.actedOnByName(lastEnd, k) && !(v.low[k] == "it" && v.objectOfActor(lastEnd, k)) {
			out = append(out, [2]int{k, k + 1})
		}
	}
	return out
}

// pairable reports an entity a platform pairs with in "A and B", and one
// "it" may stand for: an organization, a platform or a caller-named target.
func (d *docView) pairable(e int) bool {
	t := d.doc.Entities[e].Type
	return t == entities.Org || t == entities.Platform || d.doc.Entities[e].Target
}

// objectOfActor reports an "it" at k that is the object of a verb after a
// platform-action verb whose subject is the name ending at end: in "TikTok
// removed the account in March after the force reported it", "it" is the
// account, not the service that removed it.
func (v *sentView) objectOfActor(end, k int) bool {
	a := v.actorVerbAfter(end + 1)
	return a >= 0 && a < k && v.actorAt(a) && k > 0 && v.isVerb(k-1)
}

// channelOf reports a mention at lo shortly after cue c that stands in a
// phrase of the channel: "through", "via", "on", "in" or "to" before it,
// across a determiner, a possessive and modifiers ("through the city's
// Facebook page", "in its WhatsApp group"), and not in what a complaint
// says ("complained that a warning posted on Facebook reached few").
func (v *sentView) channelOf(c cue, lo int) bool {
	if lo < c.hi || lo-c.hi > 8 {
		return false
	}
	if c.pos == 'V' {
		for k := c.hi; k < lo; k++ {
			if v.low[k] == "that" {
				// "complained that a warning posted on Facebook
				// reached few": what the complaint says.
				return false
			}
		}
	}
	for k := lo - 1; k >= c.hi && k >= lo-5; k-- {
		switch w := v.low[k]; {
		case w == "through" || w == "via" || w == "on" || w == "in" || w == "to" || w == "onto":
			return true
		case w == "the" || w == "its" || w == "their" || w == "our" || w == "his" || w == "her" || w == "a" ||
			w == "'s" || w == "’s" || strings.HasPrefix(v.tag[k], "JJ") || strings.HasPrefix(v.tag[k], "NN") && v.ent[k] < 0:
			continue
		}
		return false
	}
	return false
}

// actedOnByName reports a platform-action verb right after the name ending
// at end whose object holds the pronoun at k: in "YouTube removed its copy"
// and "Facebook removed most of it" the pronoun is what was removed, not
// the service that removed it.
func (v *sentView) actedOnByName(end, k int) bool {
	j := end + 1
	if j < v.n && (v.tag[j] == "RB" || v.tag[j] == "MD") {
		j++ // "Facebook eventually removed", "YouTube would remove"
	}
	if j >= k || !v.isVerb(j) || !v.actorAt(j) {
		return false
	}
	for m := j + 1; m < k; m++ {
		switch v.low[m] {
		case "most", "all", "some", "much", "of", "down":
		default:
			return false
		}
	}
	return true
}

// measureNouns are acts against something named after "on" or "against":
// "the ban on TikTok", "the case against Meta".
var measureNouns = map[string]bool{
	"ban": true, "bans": true, "restrictions": true, "restriction": true, "limits": true,
	"crackdown": true, "case": true, "lawsuit": true, "suit": true, "boycott": true,
	"block": true, "moratorium": true, "curbs": true, "fine": true,
}

// adverbialSub words open an adverbial phrase that ends a verb's object.
var adverbialSub = map[string]bool{
	"after": true, "before": true, "as": true, "since": true, "because": true,
	"when": true, "during": true, "until": true, "while": true, "amid": true,
	"where": true, "if": true, "unless": true,
}

// preferenceBefore reports whether the "over" at k compares: a name or a
// preference word shortly before it ("Bluesky over X", "benefits over").
func (v *sentView) preferenceBefore(k int) bool {
	for j := k - 1; j >= 0 && j >= k-6; j-- {
		if v.ent[j] >= 0 {
			// "sued Meta over hacked Instagram accounts": after a
			// grievance's object, "over" is "about".
			for b := j; b >= 0 && v.ent[b] == v.ent[j]; b-- {
				if b > 0 && v.ent[b-1] != v.ent[j] {
					return !grievanceVerbs[v.low[b-1]]
				}
			}
			return true
		}
		switch v.low[j] {
		case "endorse", "endorses", "endorsed", "endorsement", "benefits", "benefit", "advantage", "advantages", "edge", "preference",
			"prefer", "prefers", "preferred", "chose", "choose", "chooses", "favor", "favour",
			"favored", "favoured", "favors", "favours", "picked", "pick", "picks":
			return true
		}
	}
	return false
}

// grievanceVerbs take their object to task "over" something: "sued Meta
// over", "fined TikTok over", "criticized X over".
var grievanceVerbs = forms(map[string]bool{
	"sue": true, "fine": true, "criticize": true, "criticise": true, "attack": true,
	"blame": true, "accuse": true, "slam": true, "investigate": true, "probe": true,
	"question": true, "grill": true, "confront": true, "challenge": true, "pressure": true,
	"target": true, "condemn": true, "rebuke": true, "threaten": true, "censure": true,
	"penalize": true, "penalise": true, "warn": true, "lambast": true, "lambaste": true,
})

// comparative reports a comparative adjective at i: "friendlier", "more
// reliable".
func (v *sentView) comparative(i int) bool {
	return v.tag[i] == "JJR" || i > 0 && (v.low[i-1] == "more" || v.low[i-1] == "less")
}

// thanIn reports a "than" in [a, b).
func (v *sentView) thanIn(a, b int) bool {
	for k := a; k < b; k++ {
		if v.low[k] == "than" {
			return true
		}
	}
	return false
}

// preferTo reports whether the "to" at k is the "to" of "prefer A to B":
// a name just before it, and a verb or noun of preference shortly before
// the name.
func (v *sentView) preferTo(k int) bool {
	if k == 0 || v.ent[k-1] < 0 && v.low[k-1] != "it" && v.low[k-1] != "them" {
		return false
	}
	for j := k - 2; j >= 0 && j >= k-7; j-- {
		switch v.low[j] {
		case "prefer", "prefers", "preferred", "preferring", "preference", "preferable", "superior":
			return true
		}
	}
	return false
}

// saidOf reports a mention introduced by "said of" or "wrote about".
func (v *sentView) saidOf(lo int) bool {
	return lo >= 2 && (v.low[lo-1] == "of" || v.low[lo-1] == "about") &&
		strings.HasPrefix(v.tag[lo-2], "VB") && reportForm(v.low[lo-2])
}

func reportForm(w string) bool {
	switch w {
	case "said", "says", "say", "wrote", "writes", "write", "spoke", "speaks", "tweeted", "posted", "added":
		return true
	}
	return false
}

// platformNouns after "the" refer back to the platform just named.
var platformNouns = map[string]bool{"app": true, "platform": true, "service": true, "site": true, "network": true}

// holderWeight ranks cues for choosing the holder: a stance word says whose
// attitude it is more reliably than general sentiment does.
func holderWeight(c cue, contrib float64) float64 {
	if c.strong {
		return 2 * math.Abs(contrib)
	}
	return math.Abs(contrib)
}

// lastTokenOf returns the last token of the last mention of entity ei
// before token i, or -1.
func (v *sentView) lastTokenOf(ei, i int) int {
	for k := i - 1; k >= 0; k-- {
		if v.ent[k] == ei {
			return k
		}
	}
	return -1
}

// namedBefore reports whether entity ei is named, or a pronoun stands for
// it, before local token q.
func (v *sentView) namedBefore(d *docView, ei, q int) bool {
	for k := 0; k < q; k++ {
		if v.ent[k] == ei || v.tag[k] == "PRP" && v.refAt(d, k) == ei {
			return true
		}
	}
	return false
}

// introducedElsewhere reports a quotation at local token q that something
// right before it introduces as another's words: a naming verb after a
// name other than ei ("for what YouTube called “repeated violations”"), or
// a colon, whose clause colonSpeaker has already weighed ("the sign is
// blunt: “...”").
func (v *sentView) introducedElsewhere(q, ei int) bool {
	for k := q - 1; k >= 1 && k >= q-2; k-- {
		if v.low[k] == ":" {
			return true
		}
		if namingVerbs[v.low[k]] {
			return v.ent[k-1] >= 0 && v.ent[k-1] != ei
		}
	}
	return false
}

// firstTokenOf returns the first token of the last mention of entity ei
// before token i, or -1.
func (v *sentView) firstTokenOf(ei, i int) int {
	k := i - 1
	for k >= 0 && v.ent[k] != ei {
		k--
	}
	if k < 0 {
		return -1
	}
	for k > 0 && v.ent[k-1] == ei {
		k--
	}
	return k
}

// inRanges reports token k inside one of the half-open token ranges.
func inRanges(ranges [][2]int, k int) bool {
	for _, r := range ranges {
		if r[0] <= k && k < r[1] {
			return true
		}
	}
	return false
}

// trustBody reports "trust" at i naming a body (a charity, an NHS trust):
// a noun after "the" or a modifying noun ("wildlife trust", "supporters'
// trust"), or one with a possessive, but not "trust in" or "the trust of".
func (v *sentView) trustBody(i int) bool {
	if v.low[i] != "trust" && v.low[i] != "trusts" || v.isVerb(i) {
		return false
	}
	if i+1 < v.n {
		switch v.low[i+1] {
		case "in", "of", "between", "that":
			return false
		case "'s", "’s", "'":
			return true
		}
	}
	if i == 0 {
		return false
	}
	switch p := v.tag[i-1]; {
	case v.low[i-1] == "the":
		return true
	case p == "POS" || p == "NN" || p == "NNS" || p == "NNP" || p == "NNPS":
		return v.low[i-1] != "public" && v.low[i-1] != "user" && v.low[i-1] != "users"
	}
	return false
}

// causatives take an object and a bare verb: "made them feel worse".
var causatives = map[string]bool{
	"make": true, "makes": true, "made": true, "making": true, "let": true, "lets": true, "letting": true,
	"help": true, "helps": true, "helped": true, "helping": true,
}

// ownerNouns describe a platform's owner: "the company said" after Meta
// is Meta.
var ownerNouns = map[string]bool{
	"company": true, "firm": true, "giant": true, "platform": true, "service": true,
	"app": true, "owner": true, "parent": true, "corporation": true, "site": true,
}

// bodyNouns are bodies inside an organization: "the committee", "the
// board".
var bodyNouns = map[string]bool{"committee": true, "board": true, "movement": true}

// localityNouns stand for a place the story names: "the city", "the county".
var localityNouns = map[string]bool{"city": true, "town": true, "village": true, "county": true, "state": true}

// placeRef resolves "the city", "the county" ... at token tok: of the
// places named before tok whose name fits the noun (a county's name says
// "County", a city's, town's or state's does not), the one named most
// often, the first on a tie ("the city of Dunmore, Ohio"). It returns -1
// if none fits.
func (d *docView) placeRef(w string, tok int) int {
	best, most := -1, 0
	count := map[int]int{}
	for _, m := range d.mstarts {
		if m.tok >= tok {
			break
		}
		if d.doc.Entities[m.ent].Type != entities.GPE {
			continue
		}
		county := strings.Contains(d.doc.Entities[m.ent].Name, "County")
		if (w == "county") != county {
			continue
		}
		count[m.ent]++
		if count[m.ent] > most {
			best, most = m.ent, count[m.ent]
		}
	}
	return best
}

// kindRef resolves a kind of organization at local token k that heads no
// name ("the club", "the committee"): the organization its sentence named
// before it ("Calloway, the singer of the Copper Saints, said the band
// ..."), else the one the story is about.
func (d *docView) kindRef(v *sentView, k int) int {
	if o := lastBefore(d.orgs, v.base+k); o >= 0 && lastBefore(d.orgs, v.base) != o {
		return o
	}
	return d.docOwner(v.base + k)
}

// controller returns the verb before a cue at i whose subject the cue
// takes, or -1: the verb a gerund's "before", "after", "while", "without",
// "by", "since" or "when" clause hangs on ("spent four months posting on
// Threads before giving up on it"), and the verb a "rather than" or
// "instead of" comparison belongs to ("posts her films on YouTube rather
// than TikTok"). It looks back within the clause (no comma) and the
// quotation.
func (v *sentView) controller(i int) int {
	if i < 1 || i >= v.n {
		return -1
	}
	from := -1
	switch {
	case v.tag[i] == "VBG":
		switch v.low[i-1] {
		case "before", "after", "while", "without", "by", "since", "when":
			from = i - 2
		}
	case !v.isVerb(i) && (v.low[i] == "rather" || v.low[i] == "instead"):
		from = i - 1
	}
	for k := from; k >= 0 && k > from-15; k-- {
		if v.low[k] == "," || v.low[k] == ";" || v.quoted[k] != v.quoted[i] {
			return -1
		}
		if v.isVerb(k) && v.in(k, wcReport) && !strings.HasPrefix(v.low[k], "post") && !strings.HasPrefix(v.low[k], "tweet") {
			// "said the committee had looked at WhatsApp before
			// choosing Discord": not past the reported clause to
			// the verb that reports it. ("Posting" and "tweeting"
			// are deeds here, not reports.)
			return -1
		}
		if v.isVerb(k) && !auxiliaries[v.low[k]] && v.ent[k] < 0 && v.tag[k] != "VBG" {
			return k
		}
	}
	return -1
}

// reportBetween reports a report verb outside quotation among tokens lo to
// hi-1: after a cue ("..., Vogt said") or before a subject ("Pratt said the
// museum ...").
func (v *sentView) reportBetween(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if v.reportVerbAt(k) {
			return true
		}
	}
	return false
}

// coordPredicate finds the cue at cl as the second of two predicates
// joined by "and" after a linking verb that follows the mention ending at
// hi: "X is useless for selling a coat and brilliant for finding
// someone". The first predicate may hold verbs of its own ("for telling
// us where to be") but no finite one, and no other name. It returns the
// linking verb and the "and", or -1, -1. Predicates joined by "but" are
// the contrast rules' (preBut, concessiveBut).
func (v *sentView) coordPredicate(hi, cl int) (link, conj int) {
	k := cl - 1
	for k > hi && strings.HasPrefix(v.tag[k], "RB") {
		k--
	}
	if k <= hi || v.low[k] != "and" {
		return -1, -1
	}
	l := hi
	for l < k && l <= hi+3 && !v.isLink(l) && (strings.HasPrefix(v.tag[l], "RB") || v.tag[l] == "MD" || auxiliaries[v.low[l]]) {
		l++
	}
	if l >= k || !v.isLink(l) || k-l > 16 {
		return -1, -1
	}
	first := l + 1
	for first < k && strings.HasPrefix(v.tag[first], "RB") {
		first++
	}
	if t := v.tag[first]; !strings.HasPrefix(t, "JJ") && t != "DT" && t != "NN" {
		return -1, -1
	}
	for m := first; m < k; m++ {
		switch t := v.tag[m]; {
		case m == k-1 && v.low[m] == ",":
			// "brilliant at making a map go viral, and no use at all"
		case v.ent[m] >= 0, isPunctBoundary(v.low[m]), isQuote(v.low[m]):
			return -1, -1
		case t == "VBZ" || t == "VBD" || t == "VBP" || t == "MD":
			return -1, -1
		}
	}
	return l, k
}

// lastPredicate damps the first of two predicates joined by "and" when
// they pull apart ("TikTok was brilliant at making a map go viral, and no
// use at all at getting anybody to come in"): as after "but", the second
// is the point.
func (v *sentView) lastPredicate(ranges [][2]int, cues []cue, contrib []float64, damp, total float64) float64 {
	for ci, c := range cues {
		if contrib[ci] == 0 || c.pos == 'V' {
			continue
		}
		for _, m := range ranges {
			if l, k := v.coordPredicate(m[1], c.lo); k >= 0 {
				side := make([]bool, v.n)
				for t := l + 1; t < k; t++ {
					side[t] = true
				}
				return damped(cues, contrib, side, damp, total)
			}
		}
	}
	return total
}

// coordLinked reports a cue at cl that coordPredicate finds.
func (v *sentView) coordLinked(hi, cl int) bool {
	_, k := v.coordPredicate(hi, cl)
	return k >= 0
}

// verbObject reports the mention at lo as the object right after a verb
// ending at hi, or in a list of names that is: only a determiner, a
// possessive or adjectives before it ("removed the Facebook app",
// "remove TikTok, Telegram and VK").
func (v *sentView) verbObject(hi, lo int) bool {
	if lo < hi {
		return false
	}
	k := hi
	for k < lo && k < hi+3 && (v.tag[k] == "DT" || v.tag[k] == "PRP$" || strings.HasPrefix(v.tag[k], "JJ")) {
		k++
	}
	return v.nameList(k, lo)
}

// closerTarget reports a mention of another target nearer to token k than
// the mention lo..hi.
func (v *sentView) closerTarget(k, lo, hi int) bool {
	d := lo - k
	if k >= hi {
		d = k - hi + 1
	}
	for m := max(0, k-d+1); m < v.n && m < k+d; m++ {
		if e := v.ent[m]; e >= 0 && e != v.ent[lo] && v.ents[e].Target {
			return true
		}
	}
	return false
}

// emphasizedDeed reports a verb phrase at k that "actually" stresses: not
// punctuation ("Actually, I ...", "through Patreon, actually;") and not a
// platform's act on content ("actually removed the videos").
func (v *sentView) emphasizedDeed(k int) bool {
	for k < v.n && strings.HasPrefix(v.tag[k], "RB") {
		k++
	}
	if k >= v.n || isPunctBoundary(v.low[k]) || endMarks[v.low[k]] || isQuote(v.low[k]) {
		return false
	}
	return !v.sc.actor[v.low[k]]
}

// possessedBy returns the organization or place that a sentence's "the
// charity's", "the studio's" or "the city's" describes: not a platform's
// owner, which owns the platform it names rather than acting on it. It
// returns -1 when the sentence has someone else who may act: the writer
// ("I", "we" outside quotation marks), people it does not name, "nobody",
// or the reader an imperative addresses.
func (v *sentView) possessedBy(d *docView) int {
	for k := 0; k < v.n; k++ {
		if v.quoted[k] {
			continue
		}
		switch w := v.low[k]; {
		case firstPerson(w):
			// "I closed the chapel's account": the writer did.
			return -1
		case w == "nobody" || w == "everybody" || w == "everyone" || w == "anyone" || w == "somebody" || w == "someone":
			// "Nobody will miss the unit's X account".
			return -1
		}
		if k == 0 && v.tag[k] == "VB" {
			// "Watch the routes on YouTube ..., book your test on
			// the agency's website": the writer's advice.
			return -1
		}
		if v.unnamedPeople(k) || k > 0 && indefinite(v.low[k-1]) && (clienteleNouns[v.low[k]] || kindNouns[v.low[k]]) {
			// "Some commenters under the museum's Facebook post",
			// "one reader commented under the paper's post": people
			// the text does not name.
			return -1
		}
	}
	for k := 1; k+1 < v.n; k++ {
		if v.low[k-1] != "the" || v.tag[k+1] != "POS" {
			continue
		}
		ei := v.refAt(d, k)
		if ei < 0 || platformOwner(d.doc.Entities[ei].Name) {
			continue
		}
		if t := d.doc.Entities[ei].Type; t == entities.Org || t == entities.GPE {
			return ei
		}
	}
	return -1
}

// indefinite reports a determiner that introduces someone unnamed: "one
// reader", "a listener", "another user".
func indefinite(w string) bool {
	return w == "one" || w == "a" || w == "an" || w == "another"
}

// firstPerson reports the writer's or speaker's own pronoun: "I", "we",
// "my", "our", "me", "us".
func firstPerson(w string) bool {
	switch w {
	case "i", "we", "my", "our", "me", "us":
		return true
	}
	return false
}

// hearsayNouns are an organization's choices that others may be reported
// to hold against it: "the club's preference for WhatsApp", "the council's
// reliance on Facebook".
var hearsayNouns = map[string]bool{
	"preference": true, "reliance": true, "dependence": true, "enthusiasm": true,
	"fondness": true, "love": true, "embrace": true, "choice": true, "use": true,
}

// afterLabel returns the first token after a transcript's speaker label
// ("SALMON: ..."), or 0.
func (v *sentView) afterLabel() int {
	if v.n > 2 && v.low[1] == ":" {
		return 2
	}
	return 0
}

// hearsayNominal reports a sentence that says, after an optional speaker
// label, what someone it does not name (nor "I", "we" or "you") says about
// someone's choice, and a mention in ranges is the choice's object: "Some
// members say the club's preference for Discord has shut the visitors
// out", "A lot of owners say the council's reliance on Facebook left the
// older ones out".
func (v *sentView) hearsayNominal(ranges [][2]int) bool {
	k := v.afterLabel()
	for ; k < v.n && !(v.in(k, wcReport) && v.isVerb(k)); k++ {
		w := v.low[k]
		if v.ent[k] >= 0 || v.quoted[k] || firstPerson(w) || w == "you" || w == "," {
			return false
		}
	}
	if k >= v.n {
		return false
	}
	k++
	if k < v.n && v.low[k] == "that" {
		k++
	}
	n := -1
	for j := k; j < v.n && j <= k+6; j++ {
		if w := v.low[j]; w == "'s" || w == "’s" || w == "its" || w == "your" || w == "their" {
			n = j + 1
			break
		}
	}
	for n >= 0 && n < v.n && strings.HasPrefix(v.tag[n], "JJ") {
		n++
	}
	if n < 0 || n >= v.n || !hearsayNouns[v.low[n]] {
		return false
	}
	end := n + 1
	for end < v.n && !v.isVerb(end) {
		end++
	}
	for _, r := range ranges {
		if r[0] > n && r[0] < end {
			return true
		}
	}
	return false
}
