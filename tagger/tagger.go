package tagger

import (
	"context"

	"github.com/stancetag/stancetag/entities"
	"github.com/stancetag/stancetag/stance"
)

// Option configures a Tagger.
type Option func(*options)

type options struct {
	targets []entities.Target
	cues    map[string]float64
}

// Tagger runs entity recognition and stance scoring. It loads every model
// once, in New, and is safe for concurrent use by multiple goroutines.
type Tagger struct {
	rec    *entities.Recognizer
	scorer *stance.Scorer
}

// New loads the models and returns a Tagger.
func New(opts ...Option) (*Tagger, error) {
	var o options
	for _, opt := range opts {
		opt(&o)
	}
	rec, err := entities.NewRecognizer(entities.WithTargets(o.targets...))
	if err != nil {
		return nil, err
	}
	sc, err := stance.NewScorer(stance.WithCues(o.cues))
	if err != nil {
		return nil, err
	}
	return &Tagger{rec: rec, scorer: sc}, nil
}

// Tag analyses one document.
// TODO(skeleton): conversion to Result in progress.
func (t *Tagger) Tag(ctx context.Context, text string) (*Result, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return &Result{Sentences: []Span{}, Entities: []Entity{}, Stances: []Stance{}, Summary: []Summary{}}, nil
}
