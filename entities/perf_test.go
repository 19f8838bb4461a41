package entities_test

import (
	"bufio"
	"encoding/json"
	"os"
	"testing"
)

// BenchmarkRecognizeNews runs Recognize over the shared news sample when it
// is present (/work/shared/data/bench/news.jsonl or $STANCETAG_BENCH).
func BenchmarkRecognizeNews(b *testing.B) {
	path := os.Getenv("STANCETAG_BENCH")
	if path == "" {
		path = "/work/shared/data/bench/news.jsonl"
	}
	f, err := os.Open(path)
	if err != nil {
		b.Skip("no news sample:", err)
	}
	defer f.Close()
	var texts []string
	size := 0
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		var rec struct{ Text string }
		if json.Unmarshal(sc.Bytes(), &rec) == nil {
			texts = append(texts, rec.Text)
			size += len(rec.Text)
		}
	}
	r := recognizer(b)
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range texts {
			if _, err := r.Recognize(t); err != nil {
				b.Fatal(err)
			}
		}
	}
}
