package entities

import (
	"maps"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/stancetag/stancetag/internal/prosemodel"
	"github.com/stancetag/stancetag/internal/vaderlex"
)

// proseAnnotator runs prose's tokenizer, tagger and NER (through
// internal/prosemodel) over one sentence at a time: prose labels a word by
// its context in the sentence, never by another occurrence elsewhere.
type proseAnnotator struct {
	m    *prosemodel.Model
	toks *sync.Pool // *[]prosemodel.Token, reused across sentences and calls
}

func loadAnnotator() (annotator, error) {
	m, err := prosemodel.Load()
	if err != nil {
		return nil, err
	}
	return proseAnnotator{m: m, toks: &sync.Pool{New: func() any { return new([]prosemodel.Token) }}}, nil
}

func (a proseAnnotator) annotate(text string, s span, dst []rawToken) []rawToken {
	buf := a.toks.Get().(*[]prosemodel.Token)
	defer func() {
		if cap(*buf) <= 1<<16 { // keep a huge sentence's buffer from living on
			a.toks.Put(buf)
		}
	}()
	toks := a.tokenize(text[s.start:s.end], (*buf)[:0])
	toks = splitFinalPeriod(toks)
	toks = splitOpeningQuotes(text[s.start:s.end], toks)
	toks = splitContractions(text[s.start:s.end], toks)
	*buf = toks
	if len(toks) == 0 {
		return dst
	}
	a.tagClassify(toks)
	// prose's tagger learnt double quotation marks as the Treebank's ``
	// and '' and never saw the plain " it rewrites them to, so it tags
	// one by guesswork: a noun, a verb, an adjective. A quotation mark
	// tagged a verb then passes for one ("“...,” it said" read "it" as a
	// verb's object). The mark gets its own tag; the words around it
	// keep theirs, since tagging with `` and '' made names after an
	// opening mark nouns or verbs ("“/`` Twitch/VB chat"), and prose's
	// named-entity model, which reads the tags, was trained on its
	// tagger's guesses too.
	pennQuotes(text[s.start:s.end], toks)
	for _, t := range toks {
		dst = append(dst, rawToken{start: s.start + t.Start, end: s.start + t.End, norm: t.Text, tag: t.Tag, label: t.Label})
	}
	return dst
}

// tagClassify tags toks and labels their named entities with prose's
// models. A sentence in capitals ("I HATE TIKTOK", "TWITTER IS
// TERRIBLE") is tagged as if its known words were in lower case: the
// tagger reads a capital initial as a name's and tagged every word of
// such a sentence a proper noun, so that no verb or adjective in it
// carried a stance and nameLike ran "HATE" into a name. The words the
// tagger does not know stay in capitals, as names. The named-entity model
// reads the sentence as written, with these tags; the tokens keep their
// text.
func (a proseAnnotator) tagClassify(toks []prosemodel.Token) {
	if !shouting(len(toks), func(i int) string { return toks[i].Text }) {
		a.lowerEmphasis(toks)
		a.m.Classify(toks)
		return
	}
	text := make([]string, len(toks))
	for i := range toks {
		text[i] = toks[i].Text
		if low := strings.ToLower(text[i]); low != text[i] && text[i] != "I" && a.m.KnowsWord(low) {
			toks[i].Text = low
		}
	}
	a.m.Tag(toks)
	for i := range toks {
		toks[i].Text = text[i]
	}
	a.m.Classify(toks)
}

// lowerEmphasis tags toks, a sentence in mixed case, with the words in
// capitals for emphasis written in lower case ("I LOVE Bluesky", "Threads
// is NOT good", "Reddit BANNED my account"), so that prose tags them as
// the words they are and its named-entity model, like the rules after it,
// reads no name in them. Their Norm stays in lower case, their Text as
// written.
//
// A word counts when:
//   - it is in capitals, and prose's tagger or the VADER lexicon knows it
//     in lower case;
//   - it is no one-word built-in name ("APPLE", "THREADS", "WHO");
//   - no colon follows it (a transcript's speaker, "LOWE:", or a
//     headline's kicker, "EXCLUSIVE:");
//   - the tagger reads it in lower case as a function word; as an adverb
//     it knows as one ("NEVER", "SO", not "follow NASA on"); as a verb
//     before no capitalized word but a built-in name ("I LOVE Bluesky",
//     not "TED Talks"); or as a noun or adjective of the VADER lexicon
//     with no such word next to it, the sentence's first word aside ("a
//     SCAM", "the WORST app", not "Youth ALIVE");
//   - every word in capitals next to it counts too or is a built-in name
//     ("I HATE TIKTOK").
//
// So acronyms the tagger knows as words ("NASA", "DICE") and names in
// capitals ("LITTLE ROCK", "ELON MUSK") stay as written.
func (a proseAnnotator) lowerEmphasis(toks []prosemodel.Token) {
	var orig []string // texts as written, where a word was lowered
	for i := range toks {
		if !a.emphatic(toks, i) {
			continue
		}
		if orig == nil {
			orig = make([]string, len(toks))
		}
		orig[i] = toks[i].Text
		toks[i].Text = strings.ToLower(toks[i].Text)
		if i+1 < len(toks) && contractionTail[toks[i+1].Text] {
			orig[i+1] = toks[i+1].Text // "DON'T" is "DO" and "N'T"
			toks[i+1].Text = strings.ToLower(toks[i+1].Text)
		}
	}
	a.m.Tag(toks)
	if orig == nil {
		return
	}
	// Write back the words the tags say are no emphasis, then those next
	// to a word in capitals that stays so, until none is left; and tag
	// again if any was written back.
	undo := func(i int) {
		toks[i].Text, orig[i] = orig[i], ""
		if i+1 < len(toks) && contractionTail[orig[i+1]] {
			toks[i+1].Text, orig[i+1] = orig[i+1], ""
		}
	}
	// nameNext reports a capitalized word at j that may be part of a
	// name with the word in capitals next to it.
	nameNext := func(j int) bool {
		return j >= 0 && j < len(toks) && isCap(toks[j].Text) && toks[j].Text != "I" && !builtinWord(toks[j].Text)
	}
	changed := false
	for i, o := range orig {
		if o == "" || contractionTail[o] {
			continue
		}
		switch t := toks[i].Tag; {
		case strings.HasPrefix(t, "NN"), strings.HasPrefix(t, "JJ"), t == "CD", t == "FW":
			// A noun or an adjective in capitals is as often an
			// acronym ("NASA", "the DICE studio") or part of a name
			// ("CARE International", "Youth ALIVE"): only one of
			// VADER's next to no name counts ("a SCAM", "the WORST
			// app").
			if !vaderWord(toks[i].Text) || i > 1 && nameNext(i-1) || nameNext(i+1) {
				undo(i)
				changed = true
			}
		case strings.HasPrefix(t, "VB"):
			// "TED Talks", "USS Porter": prose reads the acronym as a
			// verb by its ending.
			if nameNext(i + 1) {
				undo(i)
				changed = true
			}
		case strings.HasPrefix(t, "RB"):
			// "follow NASA on Instagram" reads "nasa" as an adverb: an
			// adverb counts when it is one prose's dictionary lists
			// ("NEVER", "NOT"), VADER's, or one of emphasis ("SO",
			// "VERY", "LITERALLY").
			w := toks[i].Text
			if a.m.DictTag(w) == "" && !vaderWord(w) && !strings.HasSuffix(w, "ly") && !emphasisAdverbs[w] {
				undo(i)
				changed = true
			}
		}
	}
	for more := true; more; {
		more = false
		for i, o := range orig {
			if o == "" || contractionTail[o] {
				continue
			}
			if i > 0 && upperWord(toks[i-1].Text) && !builtinWord(toks[i-1].Text) ||
				i+1 < len(toks) && upperWord(toks[i+1].Text) && !builtinWord(toks[i+1].Text) {
				undo(i)
				more, changed = true, true
			}
		}
	}
	if changed {
		a.m.Tag(toks)
	}
}

// emphatic reports whether toks[i] may be a word in capitals for emphasis
// (lowerEmphasis), its tag and neighbours aside.
func (a proseAnnotator) emphatic(toks []prosemodel.Token, i int) bool {
	t := toks[i].Text
	if !upperWord(t) || len(t) < 3 && !shortEmphatic[t] || i+1 < len(toks) && toks[i+1].Text == ":" {
		return false
	}
	low := strings.ToLower(t)
	return (a.m.KnowsWord(low) || vaderWord(low)) && !builtinWord(low)
}

// vaderWord reports whether word is in the VADER lexicon, which the stance
// package reads general valence from: a noun of it in capitals is a word
// for emphasis ("SCAM"), where another noun the tagger knows is as often
// an acronym ("NASA").
func vaderWord(word string) bool {
	lex, _, err := vaderlex.Load()
	_, ok := lex[word]
	return ok && err == nil
}

// upperWord reports whether t is a word of two or more letters, all in
// upper case (ASCII).
func upperWord(t string) bool {
	if len(t) < 2 {
		return false
	}
	for k := 0; k < len(t); k++ {
		if t[k] < 'A' || t[k] > 'Z' {
			return false
		}
	}
	return true
}

// shortEmphatic are the words of two letters that count as emphasis in
// capitals; others ("US", "IT", "OR", "ME") are as often abbreviations.
var shortEmphatic = setOf([]string{"NO", "SO", "DO", "IS", "MY", "BE"})

// emphasisAdverbs are adverbs written in capitals for emphasis that
// prose's tag dictionary does not list, since they also serve as other
// parts of speech.
var emphasisAdverbs = setOf([]string{"very", "so", "much", "even", "only", "more", "most", "anymore", "there", "all", "off"})

// contractionTail are the tokens in capitals that prose parts from a word
// ("DON'T" is "DO" and "N'T").
var contractionTail = setOf([]string{"N'T", "'S", "'RE", "'VE", "'LL", "'M", "'D"})

// builtinWord reports whether t, in any case, is a one-word built-in name:
// a platform's name or alias, or a name of builtinNames or the gazetteer.
func builtinWord(t string) bool { return builtinOneWordNames()[strings.ToLower(t)] }

var builtinOneWordNames = sync.OnceValue(func() map[string]bool {
	m := maps.Clone(builtinPlatformNames())
	for _, k := range slices.Concat(builtinNames, gazetteer) {
		for _, n := range strings.Split(k.names, "|") {
			if !strings.Contains(n, " ") {
				m[strings.ToLower(n)] = true
			}
		}
	}
	return m
})

// pennQuotes gives each double quotation mark among toks the Treebank's
// tag for an opening or a closing mark (two backquotes or two
// apostrophes). A curly mark says which it is; a straight one opens at the
// start of the sentence or after a space or an opening bracket, and closes
// elsewhere.
func pennQuotes(text string, toks []prosemodel.Token) {
	for k := range toks {
		if toks[k].Text != `"` {
			continue
		}
		open := false
		switch {
		case strings.HasPrefix(text[toks[k].Start:], "“"):
			open = true
		case strings.HasPrefix(text[toks[k].Start:], "”"):
		default:
			r, _ := utf8.DecodeLastRuneInString(text[:toks[k].Start])
			open = toks[k].Start == 0 || unicode.IsSpace(r) || strings.ContainsRune("([{", r)
		}
		toks[k].Tag = "''"
		if open {
			toks[k].Tag = "``"
		}
	}
}

// knows reports whether prose's tagger was trained on word (see
// prosemodel.Model.KnowsWord).
func (a proseAnnotator) knows(word string) bool { return a.m.KnowsWord(word) }

// tokenize is prose's tokenizer, but a dash glued to the words around it
// stands apart, as if spaces stood around it: prose splits only at
// spaces, and styles that set a dash without them ("The group left
// X—formerly Twitter—last year", "moved to “Telegram”—a platform ...")
// gave tokens like "X—formerly" and "Telegram\"—a", in which no ambiguous
// platform name (X, Telegram, Discord, Signal, ...) could be told from
// the word, and which the tagger read as one unknown word. The dashes are
// the em dash and the double hyphen that stands for it in plain text; an
// en dash glued to words joins them ("2019–2020", "the Clinton–Trump
// debate", "Niemann–Pick disease") and stays in the word, where the
// names of a compound are still found (extract.go). Between the dashes
// the text is tokenized as prose would tokenize it; a sentence without a
// dash (most) is tokenized in one call.
func (a proseAnnotator) tokenize(sent string, dst []prosemodel.Token) []prosemodel.Token {
	for off := 0; ; {
		c, n := firstDash(sent[off:])
		if c < 0 && off == 0 {
			return a.m.Tokenize(sent, dst)
		}
		end := len(sent)
		if c >= 0 {
			end = off + c
		}
		k := len(dst)
		dst = a.m.Tokenize(sent[off:end], dst)
		for i := k; i < len(dst); i++ {
			dst[i].Start += off
			dst[i].End += off
		}
		if c < 0 {
			return dst
		}
		dst = append(dst, prosemodel.Token{Start: end, End: end + n, Text: sent[end : end+n]})
		off = end + n
	}
}

// firstDash returns the offset and length of the first em dash or double
// hyphen in w, or -1 and 0.
func firstDash(w string) (int, int) {
	best, n := -1, 0
	for _, d := range [...]string{"—", "--"} {
		if i := strings.Index(w, d); i >= 0 && (best < 0 || i < best) {
			best, n = i, len(d)
		}
	}
	return best, n
}

// splitFinalPeriod parts the period from a short capitalized word that ends
// the sentence: prose keeps any "Xx." or "Xxx." whole as an abbreviation
// ("Mr.", "Jan."), so "would rather be on Gab." or "came from Kim Lee." lost
// the name to a token "Gab." or "Lee.". The segmenter ended the sentence
// there, so the word is no title; a listed abbreviation ("Inc.", "Co.")
// keeps its period, as prose would.
func splitFinalPeriod(toks []prosemodel.Token) []prosemodel.Token {
	k := len(toks) - 1
	for k > 0 && isClosing(toks[k].Text) {
		k--
	}
	if k < 0 {
		return toks
	}
	t := toks[k]
	w := t.Text
	if len(w) < 3 || len(w) > 4 || w[len(w)-1] != '.' || t.End-t.Start != len(w) || w[0] < 'A' || w[0] > 'Z' {
		return toks
	}
	for i := 1; i < len(w)-1; i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return toks
		}
	}
	if keptAbbrevs[w[:len(w)-1]] {
		return toks
	}
	toks = append(toks, prosemodel.Token{})
	copy(toks[k+2:], toks[k+1:])
	toks[k] = prosemodel.Token{Start: t.Start, End: t.End - 1, Text: w[:len(w)-1]}
	toks[k+1] = prosemodel.Token{Start: t.End - 1, End: t.End, Text: "."}
	return toks
}

// splitOpeningQuotes parts an opening single quotation mark from the word
// it is glued to: prose splits a closing one off ("honest’" is "honest"
// and "'") but keeps an opening one ("‘Twitch pays my rent’" began with a
// token "'Twitch", which no name or tag could match). A curly ‘ opens a
// quotation before any letter or digit; a straight ' only before a
// capital, since "'tis", "'em" and "'90s" are words.
func splitOpeningQuotes(text string, toks []prosemodel.Token) []prosemodel.Token {
	return splitTokens(toks, func(t prosemodel.Token) (int, int) { return openingQuote(text, t), 1 })
}

// splitContractions parts "'ve" and "'d" from the pronoun or modal they are
// glued to, as prose parts "'ll", "'re", "'m" and "n't": prose keeps "we've"
// and "I'd" whole, and its tagger, which learnt the Treebank's split
// tokens, then tags "we've" a noun and "I'd" a name, and the word after
// them by that guess ("the best gallery we've/NN got/VBD").
func splitContractions(text string, toks []prosemodel.Token) []prosemodel.Token {
	return splitTokens(toks, func(t prosemodel.Token) (int, int) { return contraction(text, t) })
}

// splitTokens parts in two each token that at splits: at returns the
// second part's offset from the token's start in the text and in its Text,
// or 0 to keep the token whole. toks itself is returned until the first
// split (most sentences have none).
func splitTokens(toks []prosemodel.Token, at func(prosemodel.Token) (int, int)) []prosemodel.Token {
	var out []prosemodel.Token
	for k, t := range toks {
		o, c := at(t)
		if o == 0 {
			if out != nil {
				out = append(out, t)
			}
			continue
		}
		if out == nil {
			out = make([]prosemodel.Token, k, len(toks)+8)
			copy(out, toks[:k])
		}
		out = append(out, prosemodel.Token{Start: t.Start, End: t.Start + o, Text: t.Text[:c]},
			prosemodel.Token{Start: t.Start + o, End: t.End, Text: t.Text[c:]})
	}
	if out == nil {
		return toks
	}
	return out
}

// contraction returns the offsets, from token t's start in the text and
// in its Text, of the "'ve" or "'d" that ends it after one of the
// contracted words, or 0 when it has none.
func contraction(text string, t prosemodel.Token) (int, int) {
	w := t.Text
	cut := strings.LastIndexByte(w, '\'')
	if cut <= 0 {
		return 0, 0
	}
	suffix := strings.ToLower(w[cut:])
	if suffix != "'ve" && suffix != "'d" || !contracted[strings.ToLower(w[:cut])] {
		return 0, 0
	}
	// The apostrophe's width in text: ', ’ or &rsquo; (prose's
	// sanitizer made each one ').
	orig := text[t.Start:t.End]
	end := len(orig) - (len(suffix) - 1)
	for _, a := range [...]string{"'", "’", "&rsquo;"} {
		if strings.HasSuffix(orig[:end], a) {
			return end - len(a), cut
		}
	}
	return 0, 0
}

// contracted are the words "'ve" and "'d" contract with.
var contracted = setOf([]string{"i", "you", "he", "she", "it", "we", "they", "who", "that", "there", "what", "where", "how", "why",
	"could", "would", "should", "might", "must"})

// openingQuote returns the width in text of the opening quotation mark
// that token t begins with, or 0 when it begins with none (or with an
// apostrophe that is part of a word).
func openingQuote(text string, t prosemodel.Token) int {
	if len(t.Text) < 2 || t.Text[0] != '\'' {
		return 0
	}
	q := 1
	switch {
	case strings.HasPrefix(text[t.Start:], "‘"):
		q = len("‘")
		if r, _ := utf8.DecodeRuneInString(t.Text[1:]); !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			return 0
		}
	case text[t.Start] == '\'':
		if c := t.Text[1]; c < 'A' || c > 'Z' {
			return 0
		}
	default:
		return 0
	}
	if t.End-t.Start <= q {
		return 0
	}
	return q
}

// isClosing reports a closing quote or bracket token.
func isClosing(w string) bool {
	switch w {
	case `"`, "'", ")", "]":
		return true
	}
	return false
}

// keptAbbrevs are the abbreviations and titles the segmenter knows
// (segment.go), without their period.
var keptAbbrevs = func() map[string]bool {
	m := abbrevSet()
	for _, w := range segTitles {
		m[w] = true
	}
	return m
}()
