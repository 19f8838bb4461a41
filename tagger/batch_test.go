package tagger_test

import (
	"context"
	"errors"
	"fmt"
	"iter"
	"runtime"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/stancetag/stancetag/tagger"
)

func batchInputs(n int) []tagger.Input {
	ins := make([]tagger.Input, n)
	for i := range ins {
		text := fmt.Sprintf("Document %d says Twitter is great and Facebook is awful.", i)
		if i%7 == 3 {
			text = "" // cheap ones among the dear, to shuffle finishing order
		}
		ins[i] = tagger.Input{ID: fmt.Sprint("doc-", i), Text: text}
	}
	return ins
}

func TestTagAllKeepsOrderAndErrors(t *testing.T) {
	tg, err := tagger.New(tagger.WithWorkers(4), tagger.WithMaxBytes(200))
	if err != nil {
		t.Fatal(err)
	}
	ins := batchInputs(50)
	ins[10].Text = strings.Repeat("Twitter. ", 40) // over the limit
	outs, err := tg.TagAll(ctxBackground, ins)
	if err != nil {
		t.Fatalf("TagAll: %v", err)
	}
	if len(outs) != len(ins) {
		t.Fatalf("TagAll gave %d outputs for %d inputs", len(outs), len(ins))
	}
	for i, o := range outs {
		if o.Index != i || o.ID != ins[i].ID {
			t.Errorf("output %d is for input %d (%q)", i, o.Index, o.ID)
		}
		if i == 10 {
			if !errors.Is(o.Err, tagger.ErrTooLarge) || o.Result != nil {
				t.Errorf("output 10 = %v, %v; want ErrTooLarge", o.Result, o.Err)
			}
			continue
		}
		if o.Err != nil {
			t.Errorf("output %d: %v", i, o.Err)
			continue
		}
		want, _ := tg.TagInput(ctxBackground, ins[i])
		if diff := cmp.Diff(want, o.Result); diff != "" {
			t.Errorf("output %d differs from TagInput (-want +got):\n%s", i, diff)
		}
	}
}

func TestTagAllEmpty(t *testing.T) {
	outs, err := shared(t).TagAll(ctxBackground, nil)
	if err != nil || len(outs) != 0 {
		t.Errorf("TagAll(nil) = %v, %v", outs, err)
	}
}

func TestTagAllCanceled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	ins := batchInputs(20)
	outs, err := shared(t).TagAll(ctx, ins)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("TagAll error = %v, want context.Canceled", err)
	}
	if len(outs) != len(ins) {
		t.Fatalf("TagAll gave %d outputs for %d inputs", len(outs), len(ins))
	}
	for i, o := range outs {
		if o.Index != i || !errors.Is(o.Err, context.Canceled) {
			t.Errorf("output %d = {Index %d, Err %v}, want canceled", i, o.Index, o.Err)
		}
	}
}

func TestStreamOrder(t *testing.T) {
	tg, err := tagger.New(tagger.WithWorkers(3))
	if err != nil {
		t.Fatal(err)
	}
	ins := batchInputs(200)
	next := 0
	for o := range tg.Stream(ctxBackground, slices.Values(ins)) {
		if o.Index != next || o.ID != ins[next].ID || o.Err != nil || o.Result == nil || o.Result.ID != o.ID {
			t.Fatalf("output %d = {Index %d, ID %q, Err %v}", next, o.Index, o.ID, o.Err)
		}
		next++
	}
	if next != len(ins) {
		t.Errorf("Stream yielded %d outputs for %d inputs", next, len(ins))
	}
}

// TestStreamBoundedInFlight: Stream reads no further ahead of the consumer
// than its window of twice the workers.
func TestStreamBoundedInFlight(t *testing.T) {
	const workers = 2
	tg, err := tagger.New(tagger.WithWorkers(workers))
	if err != nil {
		t.Fatal(err)
	}
	var read atomic.Int64
	inputs := func(yield func(tagger.Input) bool) {
		for i := range 1000 {
			read.Store(int64(i + 1))
			if !yield(tagger.Input{ID: fmt.Sprint(i), Text: "Twitter is fine."}) {
				return
			}
		}
	}
	for o := range tg.Stream(ctxBackground, inputs) {
		time.Sleep(20 * time.Millisecond) // a slow consumer
		// Ahead of o, which has left the window: the window, and one input
		// the reader holds while it waits for a slot.
		if ahead := int(read.Load()) - o.Index - 1; ahead > 2*workers+1 {
			t.Errorf("after output %d, %d inputs read: %d ahead", o.Index, read.Load(), ahead)
		}
		if o.Index == 10 {
			break
		}
	}
}

// waitGoroutines waits for the goroutine count to fall back to at most n.
func waitGoroutines(t *testing.T, n int) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for runtime.NumGoroutine() > n {
		if time.Now().After(deadline) {
			buf := make([]byte, 1<<20)
			t.Fatalf("%d goroutines, want at most %d:\n%s", runtime.NumGoroutine(), n, buf[:runtime.Stack(buf, true)])
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func TestStreamEarlyBreakLeaksNothing(t *testing.T) {
	tg, err := tagger.New(tagger.WithWorkers(4))
	if err != nil {
		t.Fatal(err)
	}
	before := runtime.NumGoroutine()
	for range 5 {
		n := 0
		for range tg.Stream(ctxBackground, slices.Values(batchInputs(100))) {
			if n++; n == 3 {
				break
			}
		}
	}
	waitGoroutines(t, before)
}

func TestStreamCancel(t *testing.T) {
	tg, err := tagger.New(tagger.WithWorkers(4))
	if err != nil {
		t.Fatal(err)
	}
	before := runtime.NumGoroutine()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	// Inputs that never end: only cancellation stops the Stream.
	var inputs iter.Seq[tagger.Input] = func(yield func(tagger.Input) bool) {
		for i := 0; ; i++ {
			if !yield(tagger.Input{ID: fmt.Sprint(i), Text: "Twitter is fine."}) {
				return
			}
		}
	}
	var last tagger.Output
	n := 0
	for o := range tg.Stream(ctx, inputs) {
		if o.Err == nil && o.Index != n {
			t.Fatalf("output %d has Index %d", n, o.Index)
		}
		n++
		last = o
		if n == 50 {
			cancel()
		}
		if n > 10000 {
			t.Fatal("Stream goes on after cancellation")
		}
	}
	if !errors.Is(last.Err, context.Canceled) {
		t.Errorf("last output = {Index %d, Err %v}, want context.Canceled", last.Index, last.Err)
	}
	if last.Index != n-1 {
		t.Errorf("last output has Index %d, want %d, the first not yielded", last.Index, n-1)
	}
	waitGoroutines(t, before)
}
