package tagger_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/stancetag/stancetag/tagger"
)

// TestTagInvalidUTF8Offsets: invalid UTF-8 is tagged as it is, and offsets
// index the original bytes, not a repaired copy (where each bad byte would
// have become the three bytes of U+FFFD).
func TestTagInvalidUTF8Offsets(t *testing.T) {
	text := "\xff\xfe Twitter is great. Musk \xc3 said so."
	res, err := shared(t).Tag(ctxBackground, text)
	if err != nil {
		t.Fatal(err)
	}
	checkResult(t, text, res)
	found := false
	for _, e := range res.Entities {
		for _, m := range e.Mentions {
			if m.Text == "Twitter" {
				found = true
				if m.Start != 3 {
					t.Errorf("Twitter at %d, want 3 (the byte offset)", m.Start)
				}
			}
		}
	}
	if !found {
		t.Errorf("no mention of Twitter in %+v", res.Entities)
	}
	if len(res.Sentences) == 0 || res.Sentences[0].Start != 0 {
		t.Errorf("sentences %+v: the first should start at the invalid bytes", res.Sentences)
	}
}

// hugeLine returns a document of n bytes on one line: article prose with
// its line breaks flattened, then text that runs on without any sentence
// punctuation, the worst case for the per-sentence work.
func hugeLine(t *testing.T, n int) string {
	t.Helper()
	raw, err := os.ReadFile("../testdata/articles/taliban_twitter.txt")
	if err != nil {
		t.Fatal(err)
	}
	prose := strings.Join(strings.Fields(string(raw)), " ") + " "
	runOn := "twitter is great and Facebook is bad and Elon Musk said so "
	var b strings.Builder
	b.Grow(n)
	for b.Len() < n*4/5 {
		b.WriteString(prose)
	}
	for b.Len() < n {
		b.WriteString(runOn)
	}
	return b.String()[:n]
}

// TestTagHugeOneLine: a 5 MB document on one line is tagged under the
// default limit, in time and memory that grow with its length, and refused
// with ErrTooLarge under a lower one. Under -race or -short it is 256 KiB.
func TestTagHugeOneLine(t *testing.T) {
	n := 5 << 20
	if raceEnabled || testing.Short() {
		n = 256 << 10
	}
	text := hugeLine(t, n)
	if n > tagger.DefaultMaxBytes {
		t.Fatalf("%d bytes is over DefaultMaxBytes %d", n, tagger.DefaultMaxBytes)
	}

	small, err := tagger.New(tagger.WithMaxBytes(n - 1))
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	res, err := small.Tag(ctxBackground, text)
	if !errors.Is(err, tagger.ErrTooLarge) || res != nil {
		t.Errorf("Tag over WithMaxBytes = %v, %v; want ErrTooLarge", res, err)
	}
	t.Logf("refused %d bytes in %v", n, time.Since(start))

	tg := shared(t)
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	start = time.Now()
	res, err = tg.Tag(ctxBackground, text)
	elapsed := time.Since(start)
	runtime.ReadMemStats(&after)
	if err != nil {
		t.Fatalf("Tag of %d bytes on one line: %v", n, err)
	}
	checkResult(t, text, res)
	t.Logf("%d bytes: %v, %d sentences, %d entities, %d stances; allocated %d MiB, heap now %d MiB of %d MiB obtained",
		n, elapsed, len(res.Sentences), len(res.Entities), len(res.Stances),
		(after.TotalAlloc-before.TotalAlloc)>>20, after.HeapAlloc>>20, after.HeapSys>>20)
	// Time is logged, not asserted (speed lives in benchmarks): work that
	// grew faster than the length would show here as a test that never ends
	// and is stopped by go test's -timeout.
}

// TestTagAllCancelMidway: a deadline in the middle of a batch stops it
// promptly, and the Outputs not done say why.
func TestTagAllCancelMidway(t *testing.T) {
	tg, err := tagger.New(tagger.WithWorkers(2))
	if err != nil {
		t.Fatal(err)
	}
	ins := make([]tagger.Input, 400)
	doc := strings.Repeat("The Taliban praised Twitter, and Anas Haqqani said he prefers it to Facebook. ", 300)
	for i := range ins {
		ins[i] = tagger.Input{ID: fmt.Sprint(i), Text: doc}
	}
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	start := time.Now()
	outs, err := tg.TagAll(ctx, ins)
	elapsed := time.Since(start)
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("TagAll error = %v, want context.DeadlineExceeded", err)
	}
	if len(outs) != len(ins) {
		t.Fatalf("%d outputs for %d inputs", len(outs), len(ins))
	}
	stopped := 0
	for i, o := range outs {
		switch {
		case o.Index != i || o.ID != ins[i].ID:
			t.Errorf("output %d is {Index %d, ID %q}", i, o.Index, o.ID)
		case o.Err != nil:
			if !errors.Is(o.Err, context.DeadlineExceeded) {
				t.Errorf("output %d: %v, want context.DeadlineExceeded", i, o.Err)
			}
			stopped++
		case o.Result == nil:
			t.Errorf("output %d has neither Result nor Err", i)
		}
	}
	// Promptness as a count, not a time: the batch takes far longer than
	// the deadline, and only documents already in flight may finish after
	// it, so most outputs must say the batch was stopped.
	if stopped < len(ins)/2 {
		t.Errorf("%d of %d outputs canceled; want most: the batch did not stop promptly", stopped, len(ins))
	}
	t.Logf("stopped after %v, %d of %d outputs canceled", elapsed, stopped, len(ins))
}
