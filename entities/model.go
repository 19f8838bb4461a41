package entities

// rawToken is a token as the model returns it, with offsets into the whole
// document text.
type rawToken struct {
	start, end int
	norm       string // as the model saw it
	tag        string // Penn Treebank POS tag
	label      string // IOB NER label: O, B-PERSON, I-GPE, ...
}

// annotator tokenizes, tags and labels one sentence. Implementations are
// immutable and safe for concurrent use.
type annotator interface {
	// annotate appends the tokens of text[s.start:s.end] to dst, with
	// offsets into text.
	annotate(text string, s span, dst []rawToken) []rawToken
}

// vocabulary is implemented by annotators whose tagger can tell a word it
// was trained on from one it only guesses a tag for by its form.
type vocabulary interface {
	knows(word string) bool
}
