package tagger_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stancetag/stancetag/tagger"
)

var update = flag.Bool("update", false, "rewrite testdata/golden/*.json with the current results")

// TestGolden tags every testdata/articles/NAME.txt and compares the whole
// Result, as indented JSON, with testdata/golden/NAME.json. The id is the
// article's path from the module root, so a golden file is exactly what
//
//	go run ./examples/stancetag -json testdata/articles/NAME.txt
//
// prints, indented. After a deliberate change in entities or stance, review
// the diffs and rewrite the files with
//
//	go test ./tagger -run Golden -update
func TestGolden(t *testing.T) {
	paths := devArticles(t)
	tg := shared(t)
	for _, path := range paths {
		name := strings.TrimSuffix(filepath.Base(path), ".txt")
		t.Run(name, func(t *testing.T) {
			text, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			id := filepath.ToSlash(strings.TrimPrefix(path, "../"))
			res, err := tg.TagInput(ctxBackground, tagger.Input{ID: id, Text: string(text)})
			if err != nil {
				t.Fatalf("Tag: %v", err)
			}
			checkResult(t, string(text), res)
			got, err := json.MarshalIndent(res, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')

			golden := filepath.Join("..", "testdata", "golden", name+".json")
			if *update {
				if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./tagger -run Golden -update to create it)", err)
			}
			if bytes.Equal(want, got) {
				return
			}
			var wantRes tagger.Result
			if err := json.Unmarshal(want, &wantRes); err != nil {
				t.Fatalf("%s: %v", golden, err)
			}
			if diff := cmp.Diff(&wantRes, res); diff != "" {
				t.Errorf("%s mismatch (-want +got):\n%s", golden, diff)
			} else {
				t.Errorf("%s differs only in formatting:\n%s", golden, cmp.Diff(string(want), string(got)))
			}
		})
	}
}
