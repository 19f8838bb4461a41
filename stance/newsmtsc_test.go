package stance

import (
	"bufio"
	"encoding/json"
	"flag"
	"os"
	"runtime"
	"strings"
	"sync"
	"testing"

	"github.com/stancetag/stancetag/entities"
)

// The NewsMTSC training split (MIT, Hamborg and Donnay 2021) lives outside
// the repository; its sentences are never copied into it.
const newsmtscPath = "../../shared/data/newsmtsc/train.jsonl"

var newsmtscErrors = flag.Int("newsmtsc.errors", 0, "log this many misclassified NewsMTSC targets")

// Floors for TestNewsMTSC: measured macro-F1 minus about 0.02. The
// measurement is in-sample (0.804 with session 117's rules; between 0.804
// and 0.807 since session 22): the valence model was calibrated on these
// sentences. Its 5-fold cross-validated macro-F1, the number to expect on
// news sentences it never saw, is 0.666 with session 120's tokens (two fold
// partitions, 0.667 and 0.664; between 0.665 and 0.670 since session 89;
// go test ./stance -run TestTrainValence -v -args -valence.cv). How both
// moved session by session is in this file's git history.
const newsmtscFloor = 0.78

type newsmtscRow struct {
	Sentence string `json:"sentence_normalized"`
	Targets  []struct {
		Mention  string  `json:"mention"`
		Polarity float64 `json:"polarity"`
	} `json:"targets"`
}

// TestNewsMTSC calibrates the scorer on news sentences with a named target:
// the label for the target is its strongest non-neutral judgment, else
// neutral. Under -race only every 10th sentence is scored, to keep the run
// short.
func TestNewsMTSC(t *testing.T) {
	rows := readNewsMTSC(t)
	s, err := NewScorer()
	if err != nil {
		t.Fatal(err)
	}
	rec := testRecognizer(t)
	type item struct {
		row, tgt  int
		gold, got Label
		j         Judgment
	}
	var items []item
	for ri, r := range rows {
		for ti, tg := range r.Targets {
			g := Neutral
			switch tg.Polarity {
			case 2:
				g = Criticizes
			case 6:
				g = Endorses
			}
			items = append(items, item{row: ri, tgt: ti, gold: g})
		}
	}
	// Score concurrently: the Scorer and Recognizer are shared.
	var wg sync.WaitGroup
	next := make(chan int)
	for w := 0; w < runtime.GOMAXPROCS(0); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range next {
				it := &items[k]
				mention := rows[it.row].Targets[it.tgt].Mention
				doc, err := rec.Recognize(rows[it.row].Sentence, entities.Target{Name: mention})
				it.got = Neutral
				if err != nil {
					continue
				}
				for _, j := range s.Judge(doc) {
					if !strings.EqualFold(j.Target, mention) || j.Label == Neutral {
						continue
					}
					if it.got == Neutral || abs(j.Score) > abs(it.j.Score) {
						it.got, it.j = j.Label, j
					}
				}
			}
		}()
	}
	for k := range items {
		next <- k
	}
	close(next)
	wg.Wait()

	labels := []Label{Endorses, Criticizes, Neutral}
	var tp, fp, fn [3]float64
	ok, shown := 0, 0
	for _, it := range items {
		if it.got == it.gold {
			ok++
		} else if shown < *newsmtscErrors {
			shown++
			t.Logf("gold %s got %s %.2f %v | %s | %s", it.gold, it.got, it.j.Score, cueTexts(it.j.Cues),
				rows[it.row].Targets[it.tgt].Mention, rows[it.row].Sentence)
		}
		for li, l := range labels {
			switch {
			case it.gold == l && it.got == l:
				tp[li]++
			case it.got == l:
				fp[li]++
			case it.gold == l:
				fn[li]++
			}
		}
	}
	macro := 0.0
	for li, l := range labels {
		f1 := 0.0
		if tp[li] > 0 {
			p, r := tp[li]/(tp[li]+fp[li]), tp[li]/(tp[li]+fn[li])
			f1 = 2 * p * r / (p + r)
		}
		macro += f1 / 3
		t.Logf("%-10s F1 %.3f (tp %.0f fp %.0f fn %.0f)", l, f1, tp[li], fp[li], fn[li])
	}
	t.Logf("macro-F1 %.3f, accuracy %.3f over %d targets", macro, float64(ok)/float64(len(items)), len(items))
	if macro < newsmtscFloor {
		t.Errorf("macro-F1 %.3f below the floor %.2f", macro, newsmtscFloor)
	}
}

// readNewsMTSC reads the calibration set, every 10th sentence under -race;
// it skips the test when the file is absent.
func readNewsMTSC(t *testing.T) []newsmtscRow {
	t.Helper()
	f, err := os.Open(newsmtscPath)
	if err != nil {
		t.Skipf("NewsMTSC not available: %v", err)
	}
	defer f.Close()
	var rows []newsmtscRow
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for i := 0; sc.Scan(); i++ {
		if raceEnabled && i%10 != 0 {
			continue
		}
		var r newsmtscRow
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatalf("line %d: %v", i+1, err)
		}
		rows = append(rows, r)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return rows
}
