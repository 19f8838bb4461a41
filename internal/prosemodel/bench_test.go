package prosemodel

import (
	"runtime"
	"testing"
	"time"

	prose "github.com/jdkato/prose/v2"
)

func BenchmarkTokenize(b *testing.B) {
	m := model(b)
	var toks []Token
	b.ReportAllocs()
	for b.Loop() {
		toks = m.Tokenize(benchText, toks[:0])
	}
	b.ReportMetric(float64(len(toks)), "tokens/op")
}

func BenchmarkTag(b *testing.B) {
	m := model(b)
	toks := m.Tokenize(benchText, nil)
	b.ReportAllocs()
	for b.Loop() {
		m.Tag(toks)
	}
}

func BenchmarkClassify(b *testing.B) {
	m := model(b)
	toks := m.Tokenize(benchText, nil)
	m.Tag(toks)
	b.ReportAllocs()
	for b.Loop() {
		m.Classify(toks)
	}
}

// BenchmarkAll is Tokenize+Tag+Classify+Chunks, the equivalent of
// BenchmarkProseReused.
func BenchmarkAll(b *testing.B) {
	m := model(b)
	var toks []Token
	var chunks []Chunk
	b.ReportAllocs()
	for b.Loop() {
		toks = m.Tokenize(benchText, toks[:0])
		m.Tag(toks)
		m.Classify(toks)
		chunks = Chunks(toks, chunks[:0])
	}
}

func BenchmarkAllParallel(b *testing.B) {
	m := model(b)
	b.ReportAllocs()
	b.RunParallel(func(pb *testing.PB) {
		var toks []Token
		for pb.Next() {
			toks = m.Tokenize(benchText, toks[:0])
			m.Tag(toks)
			m.Classify(toks)
		}
	})
}

func BenchmarkProseReused(b *testing.B) {
	pm := proseM()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := prose.NewDocument(benchText, prose.UsingModel(pm), prose.WithSegmentation(false)); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkProseTagOnly(b *testing.B) {
	pm := proseM()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := prose.NewDocument(benchText, prose.UsingModel(pm), prose.WithSegmentation(false), prose.WithExtraction(false)); err != nil {
			b.Fatal(err)
		}
	}
}

// TestLoadStats logs load time and the heap retained by a loaded Model.
func TestLoadStats(t *testing.T) {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	start := time.Now()
	m, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	elapsed := time.Since(start)
	runtime.GC()
	runtime.ReadMemStats(&after)
	t.Logf("Load: %v; heap retained by model: %.1f MB (HeapAlloc %.1f MB -> %.1f MB); tagger features=%d entries=%d; NER keys=%d entries=%d",
		elapsed.Round(time.Millisecond), float64(int64(after.HeapAlloc)-int64(before.HeapAlloc))/(1<<20),
		float64(before.HeapAlloc)/(1<<20), float64(after.HeapAlloc)/(1<<20),
		len(m.pOff)-1, len(m.pCls), len(m.nOff)-1, len(m.nLab))
	runtime.KeepAlive(m)
}
