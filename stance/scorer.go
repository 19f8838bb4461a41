package stance

import "github.com/stancetag/stancetag/entities"

// Option configures a Scorer.
type Option func(*options)

type options struct {
	cues map[string]float64
}

// WithCues adds or overrides stance cue words (lower-case lemma or phrase)
// with weights in [-1, 1]: positive endorses, negative criticizes.
func WithCues(cues map[string]float64) Option {
	return func(o *options) {
		if o.cues == nil {
			o.cues = map[string]float64{}
		}
		for k, v := range cues {
			o.cues[k] = v
		}
	}
}

// Scorer judges each sentence's attitude toward each target named in it. It
// is safe for concurrent use by multiple goroutines.
type Scorer struct {
	opts options
}

// NewScorer builds a Scorer with the built-in lexicons and any options.
func NewScorer(opts ...Option) (*Scorer, error) {
	s := &Scorer{}
	for _, o := range opts {
		o(&s.opts)
	}
	return s, nil
}

// Judge returns one Judgment per (sentence, target entity) pair where the
// target is named in the sentence, in sentence order.
// TODO(skeleton): implementation in progress.
func (s *Scorer) Judge(doc *entities.Document) []Judgment {
	return []Judgment{}
}
