package tagger

// Result is the analysis of one document. json.Marshal of a Result produces
// the stable output contract documented in the README: all offsets are byte
// offsets into the input text, half-open, and empty lists marshal as [].
type Result struct {
	ID        string    `json:"id"`
	Sentences []Span    `json:"sentences"`
	Entities  []Entity  `json:"entities"`
	Stances   []Stance  `json:"stances"`
	Summary   []Summary `json:"summary"`
}

// Span is a sentence's byte span: text[Start:End].
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Entity is one distinct real-world entity named in the document.
type Entity struct {
	Name     string    `json:"name"`
	Type     string    `json:"type"`
	Aliases  []string  `json:"aliases"`
	Mentions []Mention `json:"mentions"`
}

// Mention is one place an entity is named; Text is text[Start:End].
type Mention struct {
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Text     string `json:"text"`
	Sentence int    `json:"sentence"`
}

// Stance is one sentence's attitude toward one target named in it.
type Stance struct {
	Sentence int     `json:"sentence"`
	Target   string  `json:"target"`
	Label    string  `json:"label"`
	Score    float64 `json:"score"`
	Holder   string  `json:"holder"`
	Cues     []Cue   `json:"cues"`
}

// Cue is a word that carried a judgment; Text is text[Start:End].
type Cue struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// Summary aggregates the stances of one holder toward one target over the
// whole document.
type Summary struct {
	Target    string  `json:"target"`
	Holder    string  `json:"holder"`
	Label     string  `json:"label"`
	Score     float64 `json:"score"`
	Sentences int     `json:"sentences"`
}
