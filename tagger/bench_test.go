package tagger_test

// The speed comparison of the README, every ratio taken in one run:
//
//	go test -run '^$' -bench . -benchmem -count 6 ./tagger | tee new.txt
//	benchstat -col /corpus new.txt    # or: benchstat old.txt new.txt
//
// Each benchmark runs on the same corpora, as sub-benchmarks:
//
//   - corpus=article: one testdata article (testdata/articles/taliban_twitter.txt);
//   - corpus=news: the 291-document bench corpus (../shared/data/bench/news.jsonl,
//     or $STANCETAG_BENCH); skipped when it is absent.
//
// One op is the whole corpus; MB/s is over its text and ns/doc is per
// document. Tag and Entities and Stance run on one goroutine; TagBatch uses
// every core (Stream with GOMAXPROCS workers). ProseReused is
// prose.NewDocument with one model reused (UsingModel), ProseDefault without
// it (prose reloads its model on every call: article only, as the news
// corpus would take minutes per op), and Glue is the prose-reused + VADER
// baseline of internal/glue.

import (
	"bufio"
	"encoding/json"
	"os"
	"testing"

	prose "github.com/jdkato/prose/v2"

	"github.com/stancetag/stancetag/entities"
	"github.com/stancetag/stancetag/internal/glue"
	"github.com/stancetag/stancetag/stance"
	"github.com/stancetag/stancetag/tagger"
)

const benchArticle = "../testdata/articles/taliban_twitter.txt"

// benchCorpus is a named set of documents that every benchmark runs on.
type benchCorpus struct {
	name   string
	inputs []tagger.Input
	bytes  int64
}

// benchCorpora returns the article and, when present, the news corpus.
func benchCorpora(b *testing.B) []benchCorpus {
	b.Helper()
	text, err := os.ReadFile(benchArticle)
	if err != nil {
		b.Fatal(err)
	}
	cs := []benchCorpus{{name: "article", inputs: []tagger.Input{{ID: benchArticle, Text: string(text)}}}}
	path := os.Getenv("STANCETAG_BENCH")
	if path == "" {
		path = "../../shared/data/bench/news.jsonl"
	}
	if f, err := os.Open(path); err == nil {
		var ins []tagger.Input
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 1<<26)
		for sc.Scan() {
			var in tagger.Input
			if err := json.Unmarshal(sc.Bytes(), &in); err != nil {
				b.Fatalf("%s: %v", path, err)
			}
			ins = append(ins, in)
		}
		f.Close()
		if err := sc.Err(); err != nil {
			b.Fatal(err)
		}
		cs = append(cs, benchCorpus{name: "news", inputs: ins})
	}
	for i := range cs {
		for _, in := range cs[i].inputs {
			cs[i].bytes += int64(len(in.Text))
		}
	}
	return cs
}

// runCorpora runs f as a sub-benchmark per corpus, one op being the whole
// corpus, and reports MB/s and ns/doc.
func runCorpora(b *testing.B, only string, f func(b *testing.B, c benchCorpus)) {
	for _, c := range benchCorpora(b) {
		b.Run("corpus="+c.name, func(b *testing.B) {
			if only != "" && c.name != only {
				b.Skipf("%s only", only)
			}
			b.SetBytes(c.bytes)
			b.ReportAllocs()
			f(b, c)
			if b.N > 0 {
				b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(c.inputs)), "ns/doc")
			}
		})
	}
}

// BenchmarkNew is the time to load every model: what a process pays once.
func BenchmarkNew(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := tagger.New(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkTag tags the documents one after the other on one goroutine.
func BenchmarkTag(b *testing.B) {
	tg := shared(b)
	runCorpora(b, "", func(b *testing.B, c benchCorpus) {
		for b.Loop() {
			for _, in := range c.inputs {
				if _, err := tg.TagInput(ctxBackground, in); err != nil {
					b.Fatal(err)
				}
			}
		}
	})
}

// BenchmarkTagBatch tags the corpus with TagAll: GOMAXPROCS workers.
func BenchmarkTagBatch(b *testing.B) {
	tg := shared(b)
	runCorpora(b, "", func(b *testing.B, c benchCorpus) {
		for b.Loop() {
			outs, err := tg.TagAll(ctxBackground, c.inputs)
			if err != nil {
				b.Fatal(err)
			}
			for _, o := range outs {
				if o.Err != nil {
					b.Fatal(o.Err)
				}
			}
		}
	})
}

var (
	benchRec    *entities.Recognizer
	benchScorer *stance.Scorer
)

func recognizerAndScorer(b *testing.B) (*entities.Recognizer, *stance.Scorer) {
	b.Helper()
	if benchRec == nil {
		var err error
		if benchRec, err = entities.NewRecognizer(); err != nil {
			b.Fatal(err)
		}
		if benchScorer, err = stance.NewScorer(); err != nil {
			b.Fatal(err)
		}
	}
	return benchRec, benchScorer
}

// BenchmarkEntities runs the Recognizer alone.
func BenchmarkEntities(b *testing.B) {
	rec, _ := recognizerAndScorer(b)
	runCorpora(b, "", func(b *testing.B, c benchCorpus) {
		for b.Loop() {
			for _, in := range c.inputs {
				if _, err := rec.Recognize(in.Text); err != nil {
					b.Fatal(err)
				}
			}
		}
	})
}

// BenchmarkStance runs Judge alone, on documents recognized beforehand.
func BenchmarkStance(b *testing.B) {
	rec, sc := recognizerAndScorer(b)
	runCorpora(b, "", func(b *testing.B, c benchCorpus) {
		docs := make([]*entities.Document, len(c.inputs))
		for i, in := range c.inputs {
			var err error
			if docs[i], err = rec.Recognize(in.Text); err != nil {
				b.Fatal(err)
			}
		}
		b.ResetTimer()
		for b.Loop() {
			for _, d := range docs {
				sc.Judge(d)
			}
		}
	})
}

var benchProse *prose.Model

// BenchmarkProseReused is prose's whole pipeline (segmenter, tagger, NER)
// with one model reused across calls, as a careful prose user would.
func BenchmarkProseReused(b *testing.B) {
	if benchProse == nil {
		benchProse = prose.ModelFromData("bench")
	}
	runCorpora(b, "", func(b *testing.B, c benchCorpus) {
		for b.Loop() {
			for _, in := range c.inputs {
				if _, err := prose.NewDocument(in.Text, prose.UsingModel(benchProse)); err != nil {
					b.Fatal(err)
				}
			}
		}
	})
}

// BenchmarkProseDefault is prose.NewDocument as its README shows it: the
// model is loaded again on every call.
func BenchmarkProseDefault(b *testing.B) {
	runCorpora(b, "article", func(b *testing.B, c benchCorpus) {
		for b.Loop() {
			for _, in := range c.inputs {
				if _, err := prose.NewDocument(in.Text); err != nil {
					b.Fatal(err)
				}
			}
		}
	})
}

// BenchmarkGlue is the prose-reused + VADER baseline (internal/glue).
func BenchmarkGlue(b *testing.B) {
	g, err := glue.New()
	if err != nil {
		b.Fatal(err)
	}
	runCorpora(b, "", func(b *testing.B, c benchCorpus) {
		for b.Loop() {
			for _, in := range c.inputs {
				if _, err := g.Tag(in.ID, in.Text); err != nil {
					b.Fatal(err)
				}
			}
		}
	})
}
