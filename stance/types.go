package stance

// Label is the direction of a stance.
type Label string

// The stance labels.
const (
	Endorses   Label = "endorses"
	Criticizes Label = "criticizes"
	Neutral    Label = "neutral"
)

// Cue is a word or phrase that carried a judgment.
type Cue struct {
	Start, End int    // byte span in the document text, half-open
	Text       string // text[Start:End]
}

// Judgment is the attitude of one sentence toward one target named in it.
type Judgment struct {
	Sentence int    // index in the document's sentences
	Target   string // the target entity's canonical name
	Label    Label
	// Score is in [-1, 1]: positive for endorsement, negative for criticism,
	// 0 for neutral.
	Score float64
	// Holder is the canonical name of the entity whose attitude it is, or ""
	// for the author's own voice or an unnamed group.
	Holder string
	Cues   []Cue // never nil
}
