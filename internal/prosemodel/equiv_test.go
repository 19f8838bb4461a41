package prosemodel

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	prose "github.com/jdkato/prose/v2"
)

const corpusPath = "../../../shared/data/bench/news.jsonl"

// ownTexts always run, so the equivalence test never silently skips entirely.
var ownTexts = []string{
	benchText,
	"Hillary Clinton blamed the Democratic National Committee, Facebook, and conspiracy site Infowars Wednesday. Musk’s company (Tesla) said it won't comment. Mr. Smith went to Washington.",
	"Apple Inc. and Google LLC met in San Francisco, California on Jan. 5, 2020; Tim Cook said “we’re thrilled” — e-mail: press@apple.com, see https://apple.com/news. The U.S. Department of Justice in New York declined.",
	"The United Nations Security Council met in Geneva. Angela Merkel and Emmanuel Macron spoke; the European Union's response came later from Brussels, Belgium.",
}

type equivStats struct {
	docs, tokens int
	// Emulation: prose's shared-token cache is modelled exactly (a shared
	// token shows the tag/label computed at its last occurrence, and NER sees
	// those overwritten tags), so every token is compared.
	emuTagMismatch, emuLabelMismatch int
	// Direct comparison of our genuine (bug-free) output, with named
	// exclusions.
	tagCompared, labelCompared int
	exclTagShared              int // shared token whose later occurrence got another tag
	exclLabelShared            int // shared token whose later occurrence got another label
	exclLabelNeighbourTag      int // tag of i-1, i or i+1 overwritten by the shared-token bug
	exclLabelHistory           int // previous label changed by the above (prose's history cascade)
	sharedTokens               int
	ties                       int // exact score ties where prose's (random) pick differed from ours; prose's pick is adopted
	entities                   int
	kept                       int // tokens of text prose drops, left out of the comparison
}

func (s equivStats) String() string {
	return fmt.Sprintf("docs=%d tokens=%d shared-tokens=%d | emulated: tag mismatches=%d label mismatches=%d | direct: tags compared=%d excluded(shared-token overwrite)=%d; labels compared=%d excluded(shared-token overwrite)=%d excluded(neighbour tag overwritten)=%d excluded(history cascade)=%d | ties adopted=%d | entities=%d | kept (prose drops)=%d",
		s.docs, s.tokens, s.sharedTokens, s.emuTagMismatch, s.emuLabelMismatch,
		s.tagCompared, s.exclTagShared, s.labelCompared, s.exclLabelShared, s.exclLabelNeighbourTag, s.exclLabelHistory, s.ties, s.entities, s.kept)
}

// compareDoc runs prose and this package on text and records the outcome.
func compareDoc(t *testing.T, m *Model, id, text string, st *equivStats) {
	t.Helper()
	doc, err := prose.NewDocument(text, prose.UsingModel(proseM()), prose.WithSegmentation(false))
	if err != nil {
		t.Fatalf("%s: prose: %v", id, err)
	}
	pt := doc.Tokens()

	all, toks, sp := proseView(text)
	checkOffsets(t, text, all)
	st.kept += len(all) - len(toks)
	ptexts := make([]string, len(pt))
	for i, p := range pt {
		ptexts[i] = p.Text
	}
	if diff := cmp.Diff(ptexts, texts(toks)); diff != "" {
		t.Errorf("%s: tokens differ (-prose +ours):\n%s", id, diff)
		return
	}
	st.docs++
	st.tokens += len(toks)

	// Model prose's per-span token cache: tokens k of identical non-final
	// spans are one *Token, so they end up with the last occurrence's values.
	clean, _ := sanitize(text, nil)
	last := make([]int, len(toks))
	lastOf := map[string]int{}
	for i := len(toks) - 1; i >= 0; i-- {
		last[i] = i
		if sp[i].Final {
			continue
		}
		k := i
		for k > 0 && sp[k-1] == sp[i] {
			k--
		}
		key := fmt.Sprintf("%s\x00%d", clean[sp[i].Start:sp[i].End], i-k)
		if j, ok := lastOf[key]; ok {
			last[i] = j
		} else {
			lastOf[key] = i
		}
	}
	shared := make([]bool, len(toks))
	for i := range toks {
		if last[i] != i {
			shared[i], shared[last[i]] = true, true
		}
	}

	m.Tag(toks)
	st.ties += resolveTies(m, toks, pt, last)
	emu := append([]Token(nil), toks...)
	for i := range emu {
		emu[i].Tag = toks[last[i]].Tag
	}
	m.Classify(emu)
	m.Classify(toks)

	for i := range toks {
		if shared[i] {
			st.sharedTokens++
		}
		if want := emu[last[i]].Tag; pt[i].Tag != want {
			st.emuTagMismatch++
			t.Errorf("%s: token %d %q: prose tag %q, emulated %q", id, i, toks[i].Text, pt[i].Tag, want)
		}
		if want := emu[last[i]].Label; pt[i].Label != want {
			st.emuLabelMismatch++
			t.Errorf("%s: token %d %q: prose label %q, emulated %q", id, i, toks[i].Text, pt[i].Label, want)
		}
		// Direct comparison.
		if toks[last[i]].Tag != toks[i].Tag {
			st.exclTagShared++
		} else {
			st.tagCompared++
			if pt[i].Tag != toks[i].Tag {
				t.Errorf("%s: token %d %q: prose tag %q, ours %q", id, i, toks[i].Text, pt[i].Tag, toks[i].Tag)
			}
		}
		tagChanged := func(j int) bool { return j >= 0 && j < len(toks) && emu[j].Tag != toks[j].Tag }
		switch {
		case emu[last[i]].Label != emu[i].Label:
			st.exclLabelShared++
		case tagChanged(i-1) || tagChanged(i) || tagChanged(i+1):
			st.exclLabelNeighbourTag++
		case i > 0 && emu[i-1].Label != toks[i-1].Label:
			st.exclLabelHistory++
		default:
			st.labelCompared++
			if pt[i].Label != toks[i].Label {
				t.Errorf("%s: token %d %q: prose label %q, ours %q", id, i, toks[i].Text, pt[i].Label, toks[i].Label)
			}
		}
	}

	// Chunks over the emulated labels must equal prose's entities, plus at
	// most one entity that prose drops at the end of the text.
	emuFinal := append([]Token(nil), emu...)
	for i := range emuFinal {
		emuFinal[i].Label = emu[last[i]].Label
	}
	var got []prose.Entity
	for _, c := range Chunks(emuFinal, nil) {
		parts := make([]string, 0, c.End-c.Start)
		for _, tk := range emuFinal[c.Start:c.End] {
			parts = append(parts, tk.Text)
		}
		got = append(got, prose.Entity{Text: strings.Join(parts, " "), Label: c.Label})
	}
	want := doc.Entities()
	st.entities += len(want)
	if len(got) == len(want)+1 {
		got = got[:len(want)]
	}
	if len(got) == 0 && len(want) == 0 {
		return
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("%s: entities differ (-prose +ours):\n%s", id, diff)
	}
}

func TestEquivalenceOwnTexts(t *testing.T) {
	m := model(t)
	var st equivStats
	for i, text := range ownTexts {
		compareDoc(t, m, fmt.Sprintf("own-%d", i), text, &st)
	}
	t.Log(st)
}

func TestEquivalenceCorpus(t *testing.T) {
	f, err := os.Open(corpusPath)
	if err != nil {
		t.Skipf("corpus not available: %v", err)
	}
	defer f.Close()
	m := model(t)
	limit := -1
	if raceEnabled || testing.Short() {
		limit = 12 // prose is ~10x slower under -race; full corpus takes ~20 s without it
	}
	var st equivStats
	start := time.Now()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for sc.Scan() && limit != 0 {
		var rec struct{ ID, Text string }
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			t.Fatal(err)
		}
		compareDoc(t, m, rec.ID, rec.Text, &st)
		limit--
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	t.Logf("%v (%.1fs)", st, time.Since(start).Seconds())
}

// resolveTies finds tokens (observable ones: last occurrence of their cache
// entry) where prose's tag differs from ours only by an exact perceptron
// score tie, which prose breaks by map order. It adopts prose's pick and
// re-tags the rest of the sequence, so that later tokens are compared with
// the same history. Other mismatches are left for the caller to report.
func resolveTies(m *Model, toks []Token, pt []prose.Token, last []int) int {
	s := new(scratch)
	m.prepareTag(s, toks)
	prevTags := func(j int) (p1, p2 string) {
		p1, p2 = "-START-", "-START2-"
		if j >= 1 {
			p1, p2 = toks[j-1].Tag, "-START-"
		}
		if j >= 2 {
			p2 = toks[j-2].Tag
		}
		return p1, p2
	}
	ties := 0
	for j := range toks {
		if last[j] != j || pt[j].Tag == toks[j].Tag {
			continue
		}
		if _, fixed := m.fixedTag(toks[j].Text); fixed {
			continue
		}
		p1, p2 := prevTags(j)
		ours := m.predict(s, toks, j, p1, p2)
		theirs := slices.Index(m.classes, pt[j].Tag)
		if theirs < 0 || !s.present[theirs] || s.iscores[theirs] != s.iscores[ours] {
			continue
		}
		ties++
		toks[j].Tag = pt[j].Tag
		p1, p2 = prevTags(j + 1)
		m.tagRange(s, toks, j+1, p1, p2)
	}
	return ties
}
