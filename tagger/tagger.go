package tagger

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"strings"

	"github.com/stancetag/stancetag/entities"
	"github.com/stancetag/stancetag/stance"
)

// Errors returned by the tagger. They are sentinels: test for them with
// [errors.Is], since the returned errors wrap them with details.
var (
	// ErrTooLarge reports a document longer than the limit set with
	// [WithMaxBytes].
	ErrTooLarge = errors.New("tagger: document too large")
	// ErrInvalidTarget reports a malformed target: an empty name, or a
	// [ParseTarget] string that does not follow Name[=alias|alias…].
	ErrInvalidTarget = errors.New("tagger: invalid target")
	// ErrInvalidInput reports a JSON record that is not a valid [Input].
	ErrInvalidInput = errors.New("tagger: invalid input record")
	// ErrInternal reports a failure inside the tagger or the packages below
	// it: a recovered panic, or spans that do not fit the text. It is a bug;
	// the message says where.
	ErrInternal = errors.New("tagger: internal error")
)

// DefaultMaxBytes is the largest document a Tagger accepts unless
// [WithMaxBytes] says otherwise: 8 MiB, room for a 5 MB report or book on
// one line, or about two thousand news articles. A document near the limit
// takes seconds to tag and a few hundred MiB of heap; a service that takes
// text from strangers may want a lower limit.
const DefaultMaxBytes = 8 << 20

// Option configures a Tagger in [New].
type Option func(*options)

type options struct {
	targets  []entities.Target
	cues     map[string]float64
	maxBytes int
	workers  int
}

// WithTargets adds stance targets that are recognized in every document,
// besides the built-in platforms: a company, a person, a service the
// built-in list lacks. A target is matched like a platform
// (case-insensitive, @name and #name forms too) and gets stance records
// like one. [ParseTarget] builds a Target from the command line's
// Name[=alias|alias…] form.
func WithTargets(targets ...entities.Target) Option {
	return func(o *options) { o.targets = append(o.targets, targets...) }
}

// WithCues adds or overrides stance cue words (a lower-case lemma or
// phrase) with weights in [-1, 1]: positive endorses, negative criticizes.
// It passes them to [stance.WithCues]; the map is copied.
func WithCues(cues map[string]float64) Option {
	return func(o *options) {
		if o.cues == nil {
			o.cues = make(map[string]float64, len(cues))
		}
		for k, v := range cues {
			o.cues[k] = v
		}
	}
}

// WithMaxBytes sets the largest document, in bytes, that Tag accepts;
// longer ones are refused with an error wrapping [ErrTooLarge]. n <= 0
// removes the limit. The default is [DefaultMaxBytes].
func WithMaxBytes(n int) Option {
	return func(o *options) { o.maxBytes = n }
}

// WithWorkers sets how many documents [Tagger.TagAll] and [Tagger.Stream]
// tag at once. n < 1 means the default, runtime.GOMAXPROCS(0).
func WithWorkers(n int) Option {
	return func(o *options) { o.workers = n }
}

// Tagger runs entity recognition and stance scoring. It loads every model
// once, in New, and is safe for concurrent use by multiple goroutines.
type Tagger struct {
	rec      *entities.Recognizer
	scorer   *stance.Scorer
	maxBytes int
	workers  int
}

// New loads the models and returns a Tagger. Loading takes a while; make one
// Tagger and share it.
func New(opts ...Option) (*Tagger, error) {
	o := options{maxBytes: DefaultMaxBytes}
	for _, opt := range opts {
		opt(&o)
	}
	for _, tg := range o.targets {
		if err := checkTarget(tg); err != nil {
			return nil, err
		}
	}
	if o.workers < 1 {
		o.workers = runtime.GOMAXPROCS(0)
	}
	t := &Tagger{maxBytes: o.maxBytes, workers: o.workers}
	err := protect("loading models", func() error {
		var err error
		t.rec, err = entities.NewRecognizer(entities.WithTargets(o.targets...))
		if err != nil {
			return fmt.Errorf("tagger: %w", err)
		}
		var sopts []stance.Option
		if o.cues != nil {
			sopts = append(sopts, stance.WithCues(o.cues))
		}
		t.scorer, err = stance.NewScorer(sopts...)
		if err != nil {
			return fmt.Errorf("tagger: %w", err)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return t, nil
}

// Input is one document to tag, with an optional ID echoed in the [Result]
// and extra stance targets for this document only, added to those of
// [WithTargets].
//
// As JSON (see [Input.UnmarshalJSON]) it is the record of the command's
// -jsonl mode: {"id": "…", "text": "…", "targets": ["Name", …]}.
type Input struct {
	ID      string
	Text    string
	Targets []entities.Target
}

// Tag analyses one document. It is TagInput with no ID and no extra targets.
func (t *Tagger) Tag(ctx context.Context, text string) (*Result, error) {
	return t.TagInput(ctx, Input{Text: text})
}

// TagInput analyses one document: its sentences, its entities with every
// mention, one stance record per (sentence, target) pair, and a summary per
// (target, holder).
//
// Empty or whitespace-only text is not an error: the Result has empty
// lists. Text that is not valid UTF-8 is tagged as it is, and offsets index
// its original bytes; note that encoding/json replaces invalid bytes with
// U+FFFD in the Text fields of mentions and cues, so compare such spans with
// the input bytes, not with the JSON.
//
// The error wraps [ErrTooLarge] for text over the limit of [WithMaxBytes],
// [ErrInvalidTarget] for a target with an empty name, ctx.Err() if ctx is
// done before tagging starts or between finding the entities and judging
// the stances (a stage is not interrupted once started), and [ErrInternal]
// for a failure below, panics included.
func (t *Tagger) TagInput(ctx context.Context, in Input) (*Result, error) {
	if t == nil || t.rec == nil || t.scorer == nil {
		return nil, errNotNew
	}
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("tagger: %w", err)
	}
	if t.maxBytes > 0 && len(in.Text) > t.maxBytes {
		return nil, fmt.Errorf("%w: %d bytes, limit %d", ErrTooLarge, len(in.Text), t.maxBytes)
	}
	for _, tg := range in.Targets {
		if err := checkTarget(tg); err != nil {
			return nil, err
		}
	}
	if strings.TrimSpace(in.Text) == "" {
		return emptyResult(in.ID), nil
	}
	var res *Result
	err := protect("tagging", func() error {
		doc, err := t.rec.Recognize(in.Text, in.Targets...)
		if err != nil {
			return fmt.Errorf("tagger: %w", err)
		}
		if doc == nil {
			return fmt.Errorf("%w: recognizer returned no document", ErrInternal)
		}
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("tagger: %w", err) // no need to judge stances
		}
		judgments := t.scorer.Judge(doc)
		res, err = newResult(in.ID, in.Text, doc, judgments)
		return err
	})
	if err != nil {
		return nil, err
	}
	return res, nil
}

var errNotNew = fmt.Errorf("%w: Tagger not made by New", ErrInternal)

// protect runs f and turns a panic in it into an error wrapping
// ErrInternal, so that no panic crosses the API.
func protect(what string, f func() error) (err error) {
	defer func() {
		if p := recover(); p != nil {
			// The message stays one line: it may end up in a JSONL error record.
			err = fmt.Errorf("%w: panic while %s: %v", ErrInternal, what, p)
		}
	}()
	return f()
}

func checkTarget(tg entities.Target) error {
	if strings.TrimSpace(tg.Name) == "" {
		return fmt.Errorf("%w: empty name", ErrInvalidTarget)
	}
	return nil
}
