package entities

// Type is the kind of a named entity.
type Type string

// The entity types stancetag assigns. Other values (for example "LOC" or
// "FACILITY") may appear for names that fit none of these; consumers ignore
// what they do not know.
const (
	Person   Type = "PERSON"   // people
	Org      Type = "ORG"      // companies, groups, movements, institutions
	Platform Type = "PLATFORM" // social media and messaging services, and caller-named targets
	GPE      Type = "GPE"      // countries, cities, states
	Loc      Type = "LOC"      // other locations (rivers, regions)
)

// Document is the analysis of one text. All offsets are byte offsets into
// Text, half-open: Text[Start:End] is exactly the span's text.
//
// A Document is a plain value; the Recognizer keeps no reference to it.
type Document struct {
	Text      string
	Sentences []Sentence
	Tokens    []Token
	// Entities holds one entry per distinct real-world entity, ordered by
	// first mention.
	Entities []Entity
}

// Sentence is one sentence of a Document.
type Sentence struct {
	Start, End int // byte span in Document.Text
	// TokenStart and TokenEnd delimit the sentence's tokens in
	// Document.Tokens: Tokens[TokenStart:TokenEnd].
	TokenStart, TokenEnd int
}

// Token is one word or punctuation mark.
type Token struct {
	Start, End int    // byte span in Document.Text
	Text       string // Document.Text[Start:End]
	// Norm is the token as the tagger saw it: curly quotes and apostrophes
	// are mapped to their ASCII forms ("Musk’s" gives "Musk" and "'s"),
	// character references decoded ("&amp;" gives "&"), and a word in
	// capitals for emphasis is in lower case ("I LOVE Bluesky" gives
	// "love").
	Norm     string
	Tag      string // Penn Treebank part-of-speech tag
	Sentence int    // index in Document.Sentences
}

// Mention is one place where an entity is named.
type Mention struct {
	Start, End int    // byte span in Document.Text
	Text       string // Document.Text[Start:End]
	Sentence   int    // index in Document.Sentences
	// TokenStart and TokenEnd delimit the mention's tokens in
	// Document.Tokens.
	TokenStart, TokenEnd int
}

// Entity is one real-world thing named in a Document.
type Entity struct {
	// Name is the canonical name: the longest, fullest name the text uses,
	// or the canonical name of a known platform or target.
	Name string
	Type Type
	// Aliases are the other names the entity goes by in this text, in order
	// of first use, without Name itself.
	Aliases []string
	// Mentions are every place the entity is named, in text order.
	Mentions []Mention
	// Target reports whether stances toward this entity are judged: true for
	// platforms and for targets added with WithTargets or passed to
	// Recognize.
	Target bool
}

// Target names a stance target (a platform, company, person or anything
// else) and the other names it goes by. Matching is case-insensitive and
// also accepts the @name and #name forms of social text.
type Target struct {
	Name    string
	Aliases []string
	// Type is the entity type given to the target's mentions; the zero
	// value means Platform.
	Type Type
}
