package entities

import (
	"errors"
	"fmt"
	"strings"
	"unicode"
)

// ErrModel reports that the underlying prose model could not be loaded.
var ErrModel = errors.New("entities: cannot load model")

// ErrInternal reports a failure inside the recognizer or the model it wraps
// (a recovered panic). The Recognizer stays usable.
var ErrInternal = errors.New("entities: internal error")

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
	opts  options
	model annotator
	seg   *segmenter
	lex   *lexicon
}

// NewRecognizer loads the models and returns a Recognizer.
func NewRecognizer(opts ...Option) (*Recognizer, error) {
	r := &Recognizer{}
	for _, o := range opts {
		o(&r.opts)
	}
	m, err := loadAnnotator()
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrModel, err)
	}
	r.model = m
	r.seg = newSegmenter()
	r.lex = newLexicon(r.opts.targets)
	return r, nil
}

// Recognize analyses text: sentences, tokens, and resolved entities. Extra
// targets apply to this call only, in addition to those of WithTargets.
func (r *Recognizer) Recognize(text string, targets ...Target) (doc *Document, err error) {
	doc = &Document{Text: text, Sentences: []Sentence{}, Tokens: []Token{}, Entities: []Entity{}}
	if strings.TrimFunc(text, unicode.IsSpace) == "" {
		return doc, nil
	}
	defer func() {
		if p := recover(); p != nil {
			doc, err = nil, fmt.Errorf("%w: %v", ErrInternal, p)
		}
	}()
	lex := r.lex
	if len(targets) > 0 {
		lex = lex.withTargets(targets)
	}
	w := &work{r: r, lex: lex, doc: doc, text: text}
	if err := w.annotate(); err != nil {
		return nil, err
	}
	w.extract()
	w.resolve()
	return doc, nil
}
