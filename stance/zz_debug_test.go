package stance

import (
	"fmt"
	"os"
	"testing"
)

// TestZZDebug prints the judgments of $ZZTEXT (debug only; never committed).
func TestZZDebug(t *testing.T) {
	text := os.Getenv("ZZTEXT")
	if text == "" {
		t.Skip()
	}
	rec := testRecognizer(t)
	sc, err := NewScorer()
	if err != nil {
		t.Fatal(err)
	}
	if os.Getenv("RULES") != "" {
		sc.art, sc.hold = nil, nil
	}
	doc, err := rec.Recognize(text)
	if err != nil {
		t.Fatal(err)
	}
	if os.Getenv("TOKS") != "" {
		for _, tk := range doc.Tokens {
			fmt.Printf("%s/%s ", tk.Text, tk.Tag)
		}
		fmt.Println()
	}
	for _, e := range doc.Entities {
		fmt.Printf("ENT %s %s target=%v\n", e.Name, e.Type, e.Target)
	}
	for _, j := range sc.Judge(doc) {
		var cs []string
		for _, c := range j.Cues {
			cs = append(cs, c.Text)
		}
		fmt.Printf("s%d %-12s %-10s %+.2f holder=%q cues=%v\n", j.Sentence, j.Target, j.Label, j.Score, j.Holder, cs)
	}
}

func TestZZView(t *testing.T) {
	text := os.Getenv("ZZTEXT")
	if text == "" {
		t.Skip()
	}
	rec := testRecognizer(t)
	sc, _ := NewScorer()
	doc, _ := rec.Recognize(text)
	d := newDocView(doc)
	for si := range doc.Sentences {
		v := d.sentence(si, sc)
		for k := 0; k < v.n; k++ {
			fmt.Printf("%s/%s/%d ", v.low[k], v.tag[k], v.clause[k])
		}
		fmt.Println()
	}
}
