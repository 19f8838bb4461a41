package entities

import (
	"slices"
	"strings"
	"unicode"
)

// group is an entity under construction.
type group struct {
	typ   Type
	entry *lexEntry
	cands []int    // candidate indexes
	words []string // words of the longest name, for persons
	first int      // byte offset of the first mention
}

// resolve groups the candidates into entities: one per real thing.
func (w *work) resolve() {
	order := make([]int, 0, len(w.cands))
	for k, c := range w.cands {
		if c.dropped || c.typ == "" || !reportable(c.typ) || w.roleLabel(&c) {
			continue
		}
		order = append(order, k)
	}
	// Longer names first, so that short ones find the full name they
	// abbreviate; then text order.
	slices.SortStableFunc(order, func(a, b int) int {
		ca, cb := &w.cands[a], &w.cands[b]
		if ca.alsoOf != 0 != (cb.alsoOf != 0) {
			if ca.alsoOf != 0 {
				return 1
			}
			return -1
		}
		if la, lb := len(w.words(ca)), len(w.words(cb)); la != lb {
			return lb - la
		}
		return ca.start - cb.start
	})
	var groups []*group
	byKey := map[string]*group{}
	groupOf := map[int]*group{}
	for _, k := range order {
		c := &w.cands[k]
		var g *group
		var shouted *group
		if c.typ == Org && c.alsoOf == 0 && c.entry == nil {
			shouted = w.shoutedSurname(groups, c)
		}
		if c.label && shouted == nil {
			// A label that is nobody's surname ("NOTE:", "UPDATE:").
			continue
		}
		if (c.entry != nil && c.entry.typ == GPE || c.entry == nil && c.typ == GPE) && c.te-c.ts == 1 && w.addressed(c) {
			if p := w.findPerson(groups, c); p != nil && len(p.words) > 1 && (p.words[0] == w.words(c)[0] || p.words[len(p.words)-1] == w.words(c)[0]) {
				// "HOST: Sofia, you ...": the given name of Sofia
				// Marchetti, not the city; "Sydney said" after
				// Colleen Sydney: her surname. The same holds for
				// a place the tagger typed and no entry knows
				// ("Wyndham said" after Maren Wyndham, whose depot
				// is in Wyndham).
				c.entry, c.typ = nil, Person
			}
		}
		if c.entry != nil && c.entry.typ == Org && c.te-c.ts == 1 && byKey[c.entry.key] == nil {
			if p := w.findPerson(groups, c); p != nil && p.words[len(p.words)-1] == w.words(c)[0] {
				// "Stanford warned" after Paul Stanford, where the
				// text never names the university: his surname.
				c.entry, c.typ = nil, Person
			}
		}
		switch {
		case c.alsoOf != 0:
			g = groupOf[c.alsoOf-1]
		case c.entry != nil:
			g = byKey[c.entry.key]
		case c.typ == Person:
			g = w.findPerson(groups, c)
			if g == nil {
				if g = w.orgWord(groups, c); g != nil {
					c.typ = Org
				}
			}
		case shouted != nil:
			// A transcript's speaker label ("DEVLIN:") looks like an
			// acronym but is a person's surname.
			g = shouted
			c.typ = Person
		default:
			if c.typ == Org && (w.placeOfBody(groups, c) || w.placeBefore(groups, c)) {
				// "at Norfolk nest sites" beside "Norfolk
				// Constabulary": the place the force is named after.
				c.typ = GPE
			}
			g = byKey[string(c.typ)+"\x00"+strings.ToLower(w.name(c))]
			if g == nil {
				g = w.findOrg(groups, c)
			}
		}
		if g == nil {
			g = &group{typ: c.typ, entry: c.entry, words: w.words(c), first: c.start}
			groups = append(groups, g)
			if c.entry != nil {
				byKey[c.entry.key] = g
			} else {
				byKey[string(c.typ)+"\x00"+strings.ToLower(w.name(c))] = g
			}
		}
		g.cands = append(g.cands, k)
		groupOf[k] = g
		if c.start < g.first {
			g.first = c.start
		}
	}
	slices.SortStableFunc(groups, func(a, b *group) int { return a.first - b.first })
	w.doc.Entities = make([]Entity, 0, len(groups))
	for _, g := range groups {
		w.doc.Entities = append(w.doc.Entities, w.entity(g))
	}
}

func reportable(t Type) bool {
	switch t {
	case Person, Org, Platform, GPE, Loc:
		return true
	}
	return false
}

// name is the candidate's text with white space collapsed.
func (w *work) name(c *cand) string {
	s := w.text[c.start:c.end]
	if strings.IndexFunc(s, func(r rune) bool { return unicode.IsSpace(r) && r != ' ' }) < 0 && !strings.Contains(s, "  ") {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

func (w *work) words(c *cand) []string {
	return strings.Fields(w.text[c.start:c.end])
}

// findPerson returns the person whose full name contains the words of c in
// order with the same last word, or whose first or last word is c's only
// word; the nearest earlier such person when several fit, except for a
// surname several people share (see sharedSurname).
func (w *work) findPerson(groups []*group, c *cand) *group {
	cw := w.words(c)
	if len(cw) == 1 {
		if g := w.sharedSurname(groups, c, cw[0]); g != nil {
			return g
		}
	}
	var best *group
	bestSurname := false
	for _, g := range groups {
		if g.typ != Person || g.entry != nil {
			continue
		}
		ok, surname := false, false
		if len(cw) == 1 {
			surname = cw[0] == g.words[len(g.words)-1]
			ok = surname || cw[0] == g.words[0] && len(g.words) > 1
			// "JEAN:", a caller's label (callers), is the Jean the host
			// put through.
			ok = ok || len(g.words) == 1 && isAllCaps(cw[0]) && strings.EqualFold(cw[0], g.words[0])
		} else {
			ok = cw[len(cw)-1] == g.words[len(g.words)-1] && isSubsequence(cw, g.words)
		}
		if !ok {
			continue
		}
		better := best == nil
		if !better {
			early, bestEarly := g.first < c.start, best.first < c.start
			switch {
			case early != bestEarly:
				better = early
			case surname != bestSurname:
				// "Kingston said" after Tom Kingston and a place,
				// Kingston Beach, taken for a person: news calls
				// people by their surnames, so of the people named
				// before, one whose surname it is beats one whose
				// given name it is.
				better = surname
			default:
				better = early && g.first > best.first
			}
		}
		if better {
			best, bestSurname = g, surname
		}
	}
	return best
}

// sharedSurname resolves a bare surname that two or more people named
// earlier in full share ("Kostas" when the text names Dee Kostas, her son
// Nick Kostas and her daughter Sophia Kostas). News writing calls the
// relatives it tells apart by their given names ("Nick, who films the
// stall's videos"), so a person whose given name stands alone somewhere in
// the text is not the surname's referent; the nearest earlier of the
// others is. When every one of them is called by a given name, or when
// the surname spoke for the person named first before any other was named
// (surnameUsedBefore), the surname stays with that person, the article's
// principal.
// It returns nil when fewer than two earlier people share the surname.
func (w *work) sharedSurname(groups []*group, c *cand, word string) *group {
	var sharing []*group
	for _, g := range groups {
		if g.typ == Person && g.entry == nil && len(g.words) > 1 && g.first < c.start && g.words[len(g.words)-1] == word {
			sharing = append(sharing, g)
		}
	}
	if len(sharing) < 2 {
		return nil
	}
	var nearest, first *group
	for _, g := range sharing {
		if first == nil || g.first < first.first {
			first = g
		}
	}
	if w.surnameUsedBefore(first, sharing, word) {
		return first
	}
	for _, g := range sharing {
		if w.givenAlone(g.words[0], word) {
			continue
		}
		if nearest == nil || g.first > nearest.first {
			nearest = g
		}
	}
	if nearest != nil {
		return nearest
	}
	return first
}

// surnameUsedBefore reports whether the text calls first, the first of
// the people who share the surname, by the bare surname before it names
// any of the others in full, where the surname speaks ("Laszlo Kiss ...
// Kiss said ... his father, Gyula Kiss, ..."). The surname is then his,
// and a relative named later in full does not take it over.
func (w *work) surnameUsedBefore(first *group, sharing []*group, surname string) bool {
	next := -1
	for _, g := range sharing {
		if g != first && (next < 0 || g.first < next) {
			next = g.first
		}
	}
	for k := range w.cands {
		o := &w.cands[k]
		if o.dropped || o.te-o.ts != 1 || o.typ != Person && o.typ != "" || o.start <= first.first || o.start >= next {
			continue
		}
		if w.text[o.start:o.end] != surname {
			continue
		}
		if w.addressed(o) || o.ts > 0 && (w.raw[o.ts-1].norm == "said" || w.raw[o.ts-1].norm == "says") {
			// Speaking, as a person does; not "a meeting in
			// Penrith" before Lorraine Penrith.
			return true
		}
	}
	return false
}

// givenAlone reports whether the text names a person by the given name
// alone: a one-word person candidate (other than the shared surname) that
// is that name.
func (w *work) givenAlone(given, surname string) bool {
	if given == surname {
		return false
	}
	for k := range w.cands {
		o := &w.cands[k]
		if o.dropped || o.te-o.ts != 1 || o.typ != Person && o.typ != "" {
			continue
		}
		if w.text[o.start:o.end] == given {
			return true
		}
	}
	return false
}

// addressed reports a one-word candidate that is spoken to after a
// transcript's speaker label ("HOST: Sofia, you told me"), or that speaks
// ("Sofia said"), as people are and places are not.
func (w *work) addressed(c *cand) bool {
	if c.ts >= 1 && w.raw[c.ts-1].norm == ":" && c.te < len(w.raw) && w.raw[c.te].norm == "," {
		return true
	}
	return c.te < len(w.raw) && personAfter[w.raw[c.te].norm]
}

// roleLabel reports a transcript's speaker label that names a role, not
// anyone: "HOST:", "MODERATOR:" opening a sentence.
func (w *work) roleLabel(c *cand) bool {
	if c.te-c.ts != 1 || c.te >= len(w.raw) || w.raw[c.te].norm != ":" || !isAllCaps(w.raw[c.ts].norm) {
		return false
	}
	if c.ts > 0 && w.raw[c.ts-1].start >= w.doc.Sentences[c.sent].Start {
		return false
	}
	return speakerRoles[strings.ToLower(w.raw[c.ts].norm)]
}

// speakerRoles label a transcript's turns by role.
var speakerRoles = setOf([]string{"host", "cohost", "co-host", "interviewer", "moderator", "presenter",
	"anchor", "reporter", "caller", "narrator", "announcer", "audience", "chair", "chairman",
	"chairwoman", "chairperson", "question", "answer", "panelist", "panellist", "guest", "speaker",
	"voice", "interpreter", "translator", "clerk",
	// and the labels of an article's own notes
	"note", "update", "correction", "clarification", "disclaimer"})

// shoutedSurname returns the person whose surname c, a single upper-case
// word, spells in capitals ("DEVLIN" for Bronagh Devlin), or nil.
func (w *work) shoutedSurname(groups []*group, c *cand) *group {
	cw := w.words(c)
	if len(cw) != 1 || len([]rune(cw[0])) < 3 || !isAllCaps(cw[0]) {
		return nil
	}
	for _, g := range groups {
		if g.typ != Person || g.entry != nil || len(g.words) < 2 {
			continue
		}
		if last := g.words[len(g.words)-1]; !isAllCaps(last) && strings.EqualFold(cw[0], last) {
			return g
		}
	}
	return nil
}

func isSubsequence(short, long []string) bool {
	i := 0
	for _, x := range long {
		if i < len(short) && short[i] == x {
			i++
		}
	}
	return i == len(short)
}

// findOrg returns the organization or place that c abbreviates: its
// acronym ("FBI") or its first word ("Kabul Media Watch" is not "Kabul":
// types must agree).
func (w *work) findOrg(groups []*group, c *cand) *group {
	cw := w.words(c)
	if (c.typ == Org || c.typ == GPE) && len(cw) >= 2 {
		for _, g := range groups {
			if g.typ == Org && acronymTail(cw, g.words) {
				// "County FA" is no county.
				c.typ = Org
				return g
			}
		}
	}
	if c.typ == Org && len(cw) >= 2 {
		for _, g := range groups {
			if g.typ == Org && (inverted(cw, g.words) || inverted(g.words, cw)) {
				return g
			}
			if g.typ == Org && len(g.words) > len(cw) && slices.Equal(cw, g.words[:len(cw)]) {
				// "Aegean Link" of "Aegean Link Ferries", "the Tay
				// Museum" of "Tay Museum of Dundee": the name
				// without its last words. A name that ends in a
				// head of its own is another body ("Shannon Valley
				// University" and its "Careers Service").
				switch g.words[len(cw)] {
				case "of", "for", "&", "and":
					return g
				}
				if !w.ownHead(cw) {
					return g
				}
			}
		}
	}
	if len(cw) != 1 {
		return nil
	}
	for _, g := range groups {
		if g.typ != c.typ || len(g.words) < 2 {
			continue
		}
		if a := strings.ReplaceAll(cw[0], ".", ""); isAcronym(cw[0]) && (a == initials(g.words) || w.placeWord(g.words[0]) && a == initials(g.words[1:])) {
			// "SES" of "NSW State Emergency Service": the initials may
			// leave out the place that opens the name.
			return g
		}
		// "the Ledger" of "Sacramento Ledger", "the Kestrels" of "the
		// Harbourside Kestrels"; but "warm Gulf water" is no short
		// form of "Gulf Shore Mutual".
		if c.typ == Org && (cw[0] == g.words[0] && !placeHeads[cw[0]] || (w.lex.orgHeads[cw[0]] || w.teams[cw[0]]) && cw[0] == g.words[len(g.words)-1]) {
			return g
		}
	}
	return nil
}

// placeBefore reports whether c, the first words of an organization's
// name, stands before the name itself as the place the body is named
// after: "in the Yorkshire Dales" or "a Yorkshire caving charity" before
// "the Yorkshire Dales National Park Authority". Before a verb it is the
// body ("Harrowgate warns walkers"). A common noun after it that is the
// name's next word makes it the body's short form still ("Kel-Moor transit
// agency" of "Kel-Moor Transit Authority"), and so does a head of its own
// ("the players in the Western Hoops League" before "the Western Hoops
// League Players Association": another body).
func (w *work) placeBefore(groups []*group, c *cand) bool {
	cw := w.words(c)
	if w.ownHead(cw) {
		return false
	}
	var next string
	for _, g := range groups {
		if g.typ == Org && g.entry == nil && len(g.words) > len(cw) && slices.Equal(cw, g.words[:len(cw)]) && c.start < g.first {
			next = g.words[len(cw)]
			break
		}
	}
	if next == "" {
		return false
	}
	if c.ts > 0 {
		p := strings.ToLower(w.raw[c.ts-1].norm)
		if listLocatives[p] || p == "the" && c.ts > 1 && listLocatives[strings.ToLower(w.raw[c.ts-2].norm)] {
			return true
		}
	}
	if c.te >= len(w.raw) {
		return false
	}
	n := w.raw[c.te]
	if n.tag == "NNS" && c.te+1 < len(w.raw) && w.raw[c.te+1].tag == "IN" {
		// "PolitiFact notes that": a verb the tagger took for a
		// plural, before its clause.
		return false
	}
	return n.norm != "" && unicode.IsLower(rune(n.norm[0])) && strings.HasPrefix(n.tag, "NN") && !strings.EqualFold(n.norm, next)
}

// placeBodyHeads end the names of public bodies named after the place
// they serve: "Norfolk Constabulary", "Kent Police", "Fife Council".
var placeBodyHeads = setOf([]string{"Constabulary", "Police", "Council"})

// placeOfBody reports whether the one-word name c is the first word of a
// public body's two-word name the text gives in full, the place the body
// serves and not a short form of it.
func (w *work) placeOfBody(groups []*group, c *cand) bool {
	cw := w.words(c)
	if len(cw) != 1 {
		return false
	}
	for _, g := range groups {
		if g.typ == Org && len(g.words) == 2 && g.words[0] == cw[0] && placeBodyHeads[g.words[1]] {
			return true
		}
	}
	return false
}

// placeWord reports whether the word x may name a place: an abbreviation
// in capitals ("NSW", "UK") or the first word of a place the lexicon
// knows ("Tasmania", "New").
func (w *work) placeWord(x string) bool {
	if isAllCaps(x) {
		return true
	}
	var buf [4]phrase
	for _, p := range w.lex.lookup(strings.ToLower(x), buf[:0]) {
		if p.entry.typ == GPE || p.entry.typ == Loc {
			return true
		}
	}
	return false
}

// ownHead reports a name that ends in a head of its own, an organization's
// or a club's "Town" or "City": not the first words of a longer name but
// another body ("Shannon Valley University" and its "Careers Service",
// "Hollinsby Town" and its "Supporters' Trust").
func (w *work) ownHead(words []string) bool {
	last := words[len(words)-1]
	return w.lex.orgHeads[last] || last == "Town" || last == "City"
}

// orgWord returns the organization that a one-word name typed as a person,
// and borne by no person, stands for: the first word of its name
// ("taught journalism at Ashgrove" of "Ashgrove State University") or a
// plural within it ("the Marlins’ under-12s" of "Rothwell Marlins Swimming
// Club"). A given name, a place's head, a head of organizations' names or
// an acronym stays what it was.
func (w *work) orgWord(groups []*group, c *cand) *group {
	cw := w.words(c)
	if len(cw) > 1 {
		// "Harbour Lights" of "Harbour Lights Helpline", "Hallow
		// Green" of "Hallow Green Cricket Club": the first words of a
		// longer organization's name, when the first is no given name.
		// A name with a head of its own is another body (ownHead).
		if w.lex.firstNames[cw[0]] || w.ownHead(cw) {
			return nil
		}
		for _, g := range groups {
			if g.typ == Org && g.entry == nil && len(g.words) > len(cw) && slices.Equal(cw, g.words[:len(cw)]) {
				return g
			}
		}
		return nil
	}
	if len(cw) != 1 {
		return nil
	}
	x := cw[0]
	if w.lex.firstNames[x] || placeHeads[x] || w.lex.orgHeads[x] || isAllCaps(x) {
		return nil
	}
	for _, g := range groups {
		if g.typ != Org || g.entry != nil || len(g.words) < 2 {
			continue
		}
		if x == g.words[0] {
			return g
		}
		for _, y := range g.words[1 : len(g.words)-1] {
			if y == x && strings.HasSuffix(x, "s") && !strings.HasSuffix(x, "ss") {
				return g
			}
		}
	}
	return nil
}

// inverted reports "Interior Ministry" against "Ministry of the Interior":
// short is "A B", long is "B of A" or "B of the A".
func inverted(short, long []string) bool {
	if len(short) != 2 || len(long) < 3 || long[0] != short[1] || long[1] != "of" {
		return false
	}
	rest := long[2:]
	if rest[0] == "the" {
		rest = rest[1:]
	}
	return len(rest) == 1 && rest[0] == short[0]
}

// acronymTail reports a short name whose last word abbreviates the last
// words of long and whose other words stand, in order, before them: "County
// FA" and "Severn Vale FA" of "Severn Vale County Football Association".
func acronymTail(short, long []string) bool {
	a := strings.ReplaceAll(short[len(short)-1], ".", "")
	if !isAcronym(a) || len(long) <= len(a) || len(short) >= len(long) {
		return false
	}
	head, tail := long[:len(long)-len(a)], long[len(long)-len(a):]
	return initials(tail) == a && isSubsequence(short[:len(short)-1], head)
}

func initials(words []string) string {
	var b strings.Builder
	for _, x := range words {
		r := []rune(x)[0]
		if unicode.IsUpper(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// entity builds the public Entity of g.
func (w *work) entity(g *group) Entity {
	slices.Sort(g.cands) // candidates are appended in text order per pass
	slices.SortStableFunc(g.cands, func(a, b int) int { return w.cands[a].start - w.cands[b].start })
	e := Entity{Type: g.typ, Mentions: make([]Mention, 0, len(g.cands)), Aliases: []string{}}
	var names, current []string
	for _, k := range g.cands {
		c := &w.cands[k]
		e.Mentions = append(e.Mentions, Mention{Start: c.start, End: c.end, Text: w.text[c.start:c.end],
			Sentence: c.sent, TokenStart: c.ts, TokenEnd: c.te})
		n := w.name(c)
		if strings.HasPrefix(n, "@") || strings.HasPrefix(n, "#") {
			n = n[1:]
		}
		if !slices.Contains(names, n) {
			names = append(names, n)
			if !c.former {
				current = append(current, n)
			}
		}
	}
	if g.entry != nil && (g.entry.platform || g.entry.target) {
		e.Name = g.entry.name
		e.Target = g.entry.target
	} else {
		if len(current) == 0 {
			current = names
		}
		for _, n := range current {
			// The longest name; of two as long, one not in capitals
			// ("Ashport" over a dateline's "ASHPORT").
			if l, le := len([]rune(n)), len([]rune(e.Name)); l > le || l == le && isAllCaps(e.Name) && !isAllCaps(n) {
				e.Name = n
			}
		}
	}
	for _, n := range names {
		if n != e.Name && !strings.EqualFold(n, e.Name) {
			e.Aliases = append(e.Aliases, n)
		}
	}
	return e
}
