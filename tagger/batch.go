package tagger

import (
	"context"
	"fmt"
	"iter"
	"slices"
	"sync"
)

// Output is the outcome of tagging one [Input] of a batch: a Result or an
// error, never both.
type Output struct {
	Index  int    // position of the Input in the batch, from 0
	ID     string // the Input's ID
	Result *Result
	Err    error
}

// TagAll tags many documents with a bounded pool of workers (see
// [WithWorkers]) and returns one Output per input, in input order, each
// with its own Result or error: one bad document does not stop the others.
//
// If ctx is done before every input is tagged, TagAll stops promptly
// (documents already started finish), the Outputs of the inputs left over
// carry an error wrapping ctx.Err(), and so does the returned error. The
// returned error is nil otherwise, even if some Outputs have errors.
func (t *Tagger) TagAll(ctx context.Context, inputs []Input) ([]Output, error) {
	outs := make([]Output, len(inputs))
	done := 0
	var stopErr error
	for o := range t.Stream(ctx, slices.Values(inputs)) {
		if o.Index >= len(inputs) { // cannot happen; keeps a bug from panicking
			break
		}
		if o.Err != nil && ctx.Err() != nil {
			stopErr = o.Err // Stream's last Output, for o.Index on
			break
		}
		outs[o.Index] = o
		done = o.Index + 1
	}
	if done < len(inputs) {
		if stopErr == nil {
			stopErr = fmt.Errorf("tagger: batch stopped at input %d: %w", done, context.Cause(ctx))
		}
		for i := done; i < len(inputs); i++ {
			outs[i] = Output{Index: i, ID: inputs[i].ID, Err: stopErr}
		}
	}
	return outs, stopErr
}

// Stream tags the documents of inputs with a bounded pool of workers (see
// [WithWorkers]) and yields their Outputs in input order, as soon as each
// and those before it are done. At most twice as many documents as workers
// are in flight, so memory stays bounded however long inputs is.
//
// inputs is read from a goroutine of Stream's own, one document ahead of
// the workers; it need not be safe for concurrent use, but must not depend
// on the loop body that ranges over Stream.
//
// When ctx is done, Stream stops promptly: it yields one last Output, for
// the first input not yet yielded, whose Err wraps ctx.Err(), and returns.
// Breaking out of the loop stops it too. Either way, Stream returns only
// after its workers have finished the documents they had started, so no
// goroutine outlives it — except that if inputs itself is blocked (say,
// reading a terminal), its goroutine ends as soon as inputs next yields.
func (t *Tagger) Stream(ctx context.Context, inputs iter.Seq[Input]) iter.Seq[Output] {
	workers := 1
	if t != nil {
		workers = max(1, t.workers)
	}
	return func(yield func(Output) bool) {
		type pending struct {
			index int
			id    string
			out   chan Output
		}
		type job struct {
			pending
			in Input
		}
		window := 2 * workers
		ictx, cancel := context.WithCancel(ctx)
		var wg sync.WaitGroup
		defer wg.Wait() // runs after cancel: workers see ictx done
		defer cancel()

		slots := make(chan struct{}, window) // one per document in flight
		order := make(chan pending, window)  // documents in input order
		jobs := make(chan job, window)

		exhausted := false // set by the reader before it closes order
		go func() {
			defer close(order)
			i := 0
			for in := range inputs {
				if ictx.Err() != nil {
					return
				}
				select {
				case slots <- struct{}{}:
				case <-ictx.Done():
					return
				}
				p := pending{index: i, id: in.ID, out: make(chan Output, 1)}
				// Neither send blocks: both channels hold window items and
				// slots allows no more than window in flight.
				order <- p
				jobs <- job{pending: p, in: in}
				i++
			}
			exhausted = true
		}()

		for range workers {
			wg.Go(func() {
				for {
					select {
					case <-ictx.Done():
						return
					case j := <-jobs:
						res, err := t.TagInput(ictx, j.in)
						j.out <- Output{Index: j.index, ID: j.id, Result: res, Err: err}
					}
				}
			})
		}

		next := 0 // index of the next Output to yield
		stop := func(id string) {
			yield(Output{Index: next, ID: id,
				Err: fmt.Errorf("tagger: batch stopped at input %d: %w", next, context.Cause(ctx))})
		}
		for {
			var p pending
			var ok bool
			select {
			case p, ok = <-order:
				if !ok {
					if !exhausted {
						stop("") // the reader stopped for cancellation
					}
					return
				}
			case <-ctx.Done():
				stop("")
				return
			}
			var o Output
			select {
			case o = <-p.out:
			case <-ctx.Done():
				stop(p.id)
				return
			}
			if o.Err != nil && ctx.Err() != nil {
				stop(p.id)
				return
			}
			<-slots
			next++
			if !yield(o) {
				return
			}
		}
	}
}
