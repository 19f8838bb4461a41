package entities

import "errors"

// ErrModel reports that the underlying prose model could not be loaded.
var ErrModel = errors.New("entities: cannot load model")

// Option configures a Recognizer.
type Option func(*options)

type options struct {
	targets []Target
}

// WithTargets adds stance targets (extra platforms, companies, people) that
// are recognized in every document, besides the built-in platforms.
func WithTargets(targets ...Target) Option {
	return func(o *options) { o.targets = append(o.targets, targets...) }
}

// Recognizer finds and resolves named entities. It loads its models once,
// in NewRecognizer, and is safe for concurrent use by multiple goroutines.
type Recognizer struct {
	opts options
}

// NewRecognizer loads the models and returns a Recognizer.
func NewRecognizer(opts ...Option) (*Recognizer, error) {
	r := &Recognizer{}
	for _, o := range opts {
		o(&r.opts)
	}
	return r, nil
}

// Recognize analyses text: sentences, tokens, and resolved entities. Extra
// targets apply to this call only, in addition to those of WithTargets.
// TODO(skeleton): implementation in progress.
func (r *Recognizer) Recognize(text string, targets ...Target) (*Document, error) {
	return &Document{Text: text, Sentences: []Sentence{}, Tokens: []Token{}, Entities: []Entity{}}, nil
}
