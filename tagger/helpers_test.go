package tagger_test

import (
	"context"
	"path/filepath"
	"sync"
	"testing"

	"github.com/stancetag/stancetag/internal/tagtest"
	"github.com/stancetag/stancetag/tagger"
)

var (
	sharedOnce   sync.Once
	sharedTagger *tagger.Tagger
	sharedErr    error
)

// shared returns one default Tagger for the tests that need no options:
// loading the models once keeps the tests fast.
func shared(t testing.TB) *tagger.Tagger {
	t.Helper()
	sharedOnce.Do(func() { sharedTagger, sharedErr = tagger.New() })
	if sharedErr != nil {
		t.Fatalf("New: %v", sharedErr)
	}
	return sharedTagger
}

// checkResult checks the promises of the contract on res, the result for
// text, with the checker shared by every package's tests.
func checkResult(t testing.TB, text string, res *tagger.Result) {
	t.Helper()
	if err := tagtest.Check(text, res); err != nil {
		t.Errorf("Result for %.200q breaks the contract:\n%v", text, err)
	}
}

// devArticles returns the paths of the dev articles,
// testdata/articles/*.txt, and skips the test when there are none.
func devArticles(t *testing.T) []string {
	t.Helper()
	paths, err := filepath.Glob("../testdata/articles/*.txt")
	if err != nil {
		t.Fatal(err)
	}
	if len(paths) == 0 {
		t.Skip("no testdata/articles/*.txt")
	}
	return paths
}

// ctxBackground is context.Background, named for brevity in tables.
var ctxBackground = context.Background()
