package tagger_test

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestAccuracy scores the whole pipeline, recognition errors included,
// against the gold stances of testdata/articles and logs the table of the
// README (run with -v to see it):
//
//	go test ./tagger -run TestAccuracy -v
//
// A stance record matches a gold one with the same sentence and target.
// Label scores are precision, recall and F1 of endorses and criticizes
// over all records (a neutral record predicted for a gold stance is a miss,
// a record for a pair the gold lacks is a false alarm); holder accuracy is
// over the matched non-neutral gold records. It sets no floor: accuracy is
// the stance and entities packages' business, measured by their own tests.
func TestAccuracy(t *testing.T) {
	paths, _ := filepath.Glob("../testdata/articles/*.txt")
	if len(paths) == 0 {
		t.Skip("no testdata/articles/*.txt")
	}
	type key struct {
		sentence int
		target   string
	}
	type gold struct {
		Stances []struct {
			Sentence int    `json:"sentence"`
			Target   string `json:"target"`
			Label    string `json:"label"`
			Holder   string `json:"holder"`
		} `json:"stances"`
	}
	type counts struct{ tp, pred, gold int }
	byLabel := map[string]*counts{"endorses": {}, "criticizes": {}}
	var holderOK, holderN, pairs, pairsFound int
	tg := shared(t)
	for _, path := range paths {
		b, err := os.ReadFile(strings.TrimSuffix(path, ".txt") + ".gold.json")
		if err != nil {
			continue
		}
		var g gold
		if err := json.Unmarshal(b, &g); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		text, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		res, err := tg.Tag(ctxBackground, string(text))
		if err != nil {
			t.Fatal(err)
		}
		type rec struct{ label, holder string }
		got := map[key]rec{}
		for _, s := range res.Stances {
			got[key{s.Sentence, s.Target}] = rec{s.Label, s.Holder}
			if c := byLabel[s.Label]; c != nil {
				c.pred++
			}
		}
		for _, gs := range g.Stances {
			pairs++
			p, found := got[key{gs.Sentence, gs.Target}]
			if found {
				pairsFound++
			}
			c := byLabel[gs.Label]
			if c == nil {
				continue
			}
			c.gold++
			if found && p.label == gs.Label {
				c.tp++
				holderN++
				if p.holder == gs.Holder {
					holderOK++
				}
			}
		}
	}
	f1 := func(c *counts) string {
		p := float64(c.tp) / max(1, float64(c.pred))
		r := float64(c.tp) / max(1, float64(c.gold))
		f := 0.0
		if p+r > 0 {
			f = 2 * p * r / (p + r)
		}
		return fmt.Sprintf("P %.3f R %.3f F1 %.3f (tp %d pred %d gold %d)", p, r, f, c.tp, c.pred, c.gold)
	}
	t.Logf("%d articles, %d gold (sentence, target) pairs, %d found", len(paths), pairs, pairsFound)
	t.Logf("endorses   %s", f1(byLabel["endorses"]))
	t.Logf("criticizes %s", f1(byLabel["criticizes"]))
	t.Logf("holder     accuracy %.3f over %d correctly labelled stances", float64(holderOK)/max(1, float64(holderN)), holderN)
}
