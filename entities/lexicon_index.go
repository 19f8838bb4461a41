package entities

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// lexEntry is one known real thing: a built-in platform or name, or a
// caller's target.
type lexEntry struct {
	name   string // canonical name
	typ    Type
	target bool // stances toward it are judged
	key    string
	// ambiguous entries are also common words and match only with context.
	ambiguous bool
	platform  bool
	// untyped marks a caller target given without a Type: its mentions
	// keep the type the text gives them (PERSON, ORG, GPE) and are
	// PLATFORM only when nothing types them.
	untyped bool
	// anywhere marks a caller target that is not a built-in platform: it
	// is named wherever its words occur, inside a longer name too
	// (matchTargetWords).
	anywhere bool
}

// phrase is one surface form of an entry.
type phrase struct {
	text  string
	fold  bool // match case-insensitively
	entry *lexEntry
}

// lexicon holds the lookup tables built from the lists in lexicon.go and the
// caller's targets. It is immutable after construction.
type lexicon struct {
	phrases map[string][]phrase // by lower-cased first word
	handles map[string]*lexEntry
	// extra holds per-call targets, consulted before phrases.
	extra        map[string][]phrase
	extraHandles map[string]*lexEntry

	notNames, adjectives, titles, orgHeads, orgLeads, orgStarts, gpeHeads, firstNames map[string]bool
}

func newLexicon(targets []Target) *lexicon {
	lx := &lexicon{
		phrases:    map[string][]phrase{},
		handles:    map[string]*lexEntry{},
		notNames:   setOf(notNames),
		adjectives: setOf(adjectives),
		titles:     setOf(personTitles),
		orgHeads:   setOf(orgHeads),
		orgLeads:   setOf(orgLeads),
		orgStarts:  setOf(orgStarts),
		gpeHeads:   setOf(gpeHeads),
		firstNames: setOf(firstNames),
	}
	for _, p := range builtinPlatforms {
		e := &lexEntry{name: p.name, typ: Platform, target: true, platform: true, key: entryKey(Platform, p.name)}
		for _, a := range p.aliases {
			addPhrase(lx.phrases, a, true, e)
			lx.handles[strings.ToLower(a)] = e
		}
		ae := *e
		ae.ambiguous = true
		for _, a := range p.ambiguous {
			addPhrase(lx.phrases, a, false, &ae)
			lx.handles[strings.ToLower(a)] = e
		}
	}
	for _, k := range slices.Concat(builtinNames, gazetteer) {
		names := strings.Split(k.names, "|")
		e := &lexEntry{name: names[0], typ: k.typ, key: entryKey(k.typ, names[0])}
		for _, n := range names {
			addPhrase(lx.phrases, n, false, e)
		}
	}
	lx.extra, lx.extraHandles = addTargets(nil, nil, targets)
	return lx
}

func entryKey(t Type, name string) string { return string(t) + "\x00" + strings.ToLower(name) }

// addTargets returns copies of phrases and handles with targets added.
func addTargets(phrases map[string][]phrase, handles map[string]*lexEntry, targets []Target) (map[string][]phrase, map[string]*lexEntry) {
	p := make(map[string][]phrase, len(phrases)+2*len(targets))
	for k, v := range phrases {
		p[k] = v
	}
	h := make(map[string]*lexEntry, len(handles)+2*len(targets))
	for k, v := range handles {
		h[k] = v
	}
	for _, t := range targets {
		name := strings.TrimSpace(t.Name)
		if name == "" {
			continue
		}
		typ := t.Type
		if typ == "" {
			typ = Platform
		}
		e := &lexEntry{name: name, typ: typ, target: true, platform: typ == Platform, key: entryKey(typ, name), untyped: t.Type == "",
			anywhere: !BuiltinPlatform(name)}
		for _, n := range append([]string{name}, t.Aliases...) {
			n = strings.TrimSpace(n)
			if n == "" {
				continue
			}
			n = strings.TrimLeft(n, "@#")
			addPhrase(p, n, true, e)
			h[strings.ToLower(n)] = e
		}
	}
	return p, h
}

// targetWords returns name without the punctuation around its words
// ("\"Trump", "[Mr. Trump]", "Sessions'"); a final period stays ("Sen.").
func targetWords(name string) string {
	return strings.TrimRightFunc(strings.TrimLeftFunc(name, notWordRune), func(r rune) bool {
		return r != '.' && notWordRune(r)
	})
}

func notWordRune(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }

// withTargets returns a lexicon that also knows targets; r is unchanged.
func (lx *lexicon) withTargets(targets []Target) *lexicon {
	c := *lx
	c.extra, c.extraHandles = addTargets(lx.extra, lx.extraHandles, targets)
	return &c
}

func addPhrase(m map[string][]phrase, text string, fold bool, e *lexEntry) {
	k := firstWordKey(text)
	// Copy on append: slices may be shared with a parent lexicon.
	old := m[k]
	m[k] = append(old[:len(old):len(old)], phrase{text: text, fold: fold, entry: e})
	// The tokenizer keeps the period of a short abbreviation ("Neb.")
	// but parts it from a longer one ("Mich", "."; "W.Va", "."): file the
	// phrase under the word without its period as well.
	if t := strings.TrimSuffix(k, "."); len(t) > 1 && t != k {
		old := m[t]
		m[t] = append(old[:len(old):len(old)], phrase{text: text, fold: fold, entry: e})
	}
}

// firstWordKey is the lookup key of a phrase or token: its first word,
// lower-cased, without trailing commas.
func firstWordKey(s string) string {
	if i := strings.IndexFunc(s, unicode.IsSpace); i >= 0 {
		s = s[:i]
	}
	return strings.ToLower(strings.TrimRight(s, ","))
}

// lookup returns the phrases whose first word is key (lower-cased).
func (lx *lexicon) lookup(key string, dst []phrase) []phrase {
	dst = append(dst, lx.extra[key]...)
	return append(dst, lx.phrases[key]...)
}

// handle returns the platform or target named by an @name or #name token.
func (lx *lexicon) handle(name string) *lexEntry {
	low := strings.ToLower(name)
	if e := lx.extraHandles[low]; e != nil {
		return e
	}
	return lx.handles[low]
}

// matchAt reports where surface matches text at i, or -1. A space in
// surface matches any run of white space; a straight apostrophe matches a
// curly one; fold makes the match case-insensitive.
func matchAt(text string, i int, surface string, fold bool) int {
	for k := 0; k < len(surface); {
		sr, ssz := utf8.DecodeRuneInString(surface[k:])
		k += ssz
		if i >= len(text) {
			return -1
		}
		tr, tsz := utf8.DecodeRuneInString(text[i:])
		if sr == ' ' {
			if !unicode.IsSpace(tr) {
				return -1
			}
			for i < len(text) {
				tr, tsz = utf8.DecodeRuneInString(text[i:])
				if !unicode.IsSpace(tr) {
					break
				}
				i += tsz
			}
			continue
		}
		i += tsz
		if tr == sr || sr == '\'' && tr == '’' {
			continue
		}
		if fold && unicode.ToLower(tr) == unicode.ToLower(sr) {
			continue
		}
		return -1
	}
	return i
}
