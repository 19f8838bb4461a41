package tagger_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stancetag/stancetag/tagger"
)

// benchInputs returns the testdata articles, or a synthetic news text if
// there are none.
func benchInputs(b *testing.B) []tagger.Input {
	b.Helper()
	paths, _ := filepath.Glob("../testdata/articles/*.txt")
	var ins []tagger.Input
	for _, p := range paths {
		text, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		ins = append(ins, tagger.Input{ID: p, Text: string(text)})
	}
	if len(ins) == 0 {
		ins = append(ins, tagger.Input{ID: "synthetic", Text: strings.Repeat(sampleText+"\n\n", 20)})
	}
	return ins
}

func totalBytes(ins []tagger.Input) int64 {
	var n int64
	for _, in := range ins {
		n += int64(len(in.Text))
	}
	return n
}

// BenchmarkTag tags the articles one at a time; MB/s is over their text.
func BenchmarkTag(b *testing.B) {
	tg := shared(b)
	ins := benchInputs(b)
	b.SetBytes(totalBytes(ins) / int64(len(ins)))
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		if _, err := tg.TagInput(ctxBackground, ins[i%len(ins)]); err != nil {
			b.Fatal(err)
		}
		i++
	}
}

// BenchmarkTagBatch tags all the articles with TagAll, GOMAXPROCS workers.
func BenchmarkTagBatch(b *testing.B) {
	tg := shared(b)
	ins := benchInputs(b)
	b.SetBytes(totalBytes(ins))
	b.ReportAllocs()
	for b.Loop() {
		outs, err := tg.TagAll(ctxBackground, ins)
		if err != nil {
			b.Fatal(err)
		}
		for _, o := range outs {
			if o.Err != nil {
				b.Fatal(o.Err)
			}
		}
	}
}
