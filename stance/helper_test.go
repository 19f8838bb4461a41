package stance

import (
	"sync"
	"testing"

	"github.com/stancetag/stancetag/entities"
)

var (
	recOnce sync.Once
	recInst *entities.Recognizer
	recErr  error
)

// testRecognizer returns one Recognizer shared by the package's tests.
func testRecognizer(t testing.TB) *entities.Recognizer {
	t.Helper()
	recOnce.Do(func() { recInst, recErr = entities.NewRecognizer() })
	if recErr != nil {
		t.Fatal(recErr)
	}
	return recInst
}
