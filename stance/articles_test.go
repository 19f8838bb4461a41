package stance

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stancetag/stancetag/entities"
)

type goldArticle struct {
	Sentences []struct{ Start, End int } `json:"sentences"`
	Entities  []struct {
		Name     string   `json:"name"`
		Type     string   `json:"type"`
		Aliases  []string `json:"aliases"`
		Mentions []struct {
			Start int    `json:"start"`
			End   int    `json:"end"`
			Text  string `json:"text"`
		} `json:"mentions"`
	} `json:"entities"`
	Stances []struct {
		Sentence int    `json:"sentence"`
		Target   string `json:"target"`
		Label    Label  `json:"label"`
		Holder   string `json:"holder"`
	} `json:"stances"`
}

func loadArticles(t *testing.T) (names []string, texts []string, golds []goldArticle) {
	t.Helper()
	files, _ := filepath.Glob("../testdata/articles/*.gold.json")
	if len(files) == 0 {
		t.Skip("no testdata/articles/*.gold.json")
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var g goldArticle
		if err := json.Unmarshal(b, &g); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		txt, err := os.ReadFile(strings.TrimSuffix(f, ".gold.json") + ".txt")
		if err != nil {
			t.Fatal(err)
		}
		names = append(names, filepath.Base(strings.TrimSuffix(f, ".gold.json")))
		texts = append(texts, string(txt))
		golds = append(golds, g)
	}
	return names, texts, golds
}

// goldDoc is the Recognizer's analysis of text with the gold entities in
// place of the recognized ones: it measures the scorer alone, without
// recognition errors.
func goldDoc(t testing.TB, r *entities.Recognizer, text string, g goldArticle) *entities.Document {
	t.Helper()
	doc, err := r.Recognize(text)
	if err != nil {
		t.Fatal(err)
	}
	doc.Entities = nil
	for _, ge := range g.Entities {
		e := entities.Entity{Name: ge.Name, Type: entities.Type(ge.Type), Aliases: ge.Aliases, Target: ge.Type == "PLATFORM"}
		for _, gm := range ge.Mentions {
			m := entities.Mention{Start: gm.Start, End: gm.End, Text: gm.Text, Sentence: -1, TokenStart: -1, TokenEnd: -1}
			for ti, tk := range doc.Tokens {
				if tk.End > gm.Start && tk.Start < gm.End {
					if m.TokenStart < 0 {
						m.TokenStart = ti
						m.Sentence = tk.Sentence
					}
					m.TokenEnd = ti + 1
				}
			}
			if m.TokenStart >= 0 {
				e.Mentions = append(e.Mentions, m)
			}
		}
		doc.Entities = append(doc.Entities, e)
	}
	return doc
}

type articleScore struct {
	fAvg, holderAcc float64
	fE, fC          float64
	holderN         int
}

func scoreArticles(t *testing.T, s *Scorer, docs []*entities.Document, golds []goldArticle, verbose bool) articleScore {
	var tp, fp, fn [2]float64
	hOK, hN := 0, 0
	for di, doc := range docs {
		g := golds[di]
		got := map[[2]string]Judgment{}
		for _, j := range s.Judge(doc) {
			ss := doc.Sentences[j.Sentence]
			// Match sentences by overlap with gold sentences.
			for gi, gs := range g.Sentences {
				if ss.Start < gs.End && gs.Start < ss.End {
					k := [2]string{itoa(gi), j.Target}
					if old, ok := got[k]; !ok || abs(j.Score) > abs(old.Score) {
						got[k] = j
					}
				}
			}
		}
		for _, st := range g.Stances {
			j, ok := got[[2]string{itoa(st.Sentence), st.Target}]
			lab := Neutral
			if ok {
				lab = j.Label
			}
			for li, L := range []Label{Endorses, Criticizes} {
				switch {
				case st.Label == L && lab == L:
					tp[li]++
				case lab == L:
					fp[li]++
				case st.Label == L:
					fn[li]++
				}
			}
			if st.Label != Neutral && ok {
				hN++
				if j.Holder == st.Holder {
					hOK++
				}
			}
			if verbose && (lab != st.Label || (st.Label != Neutral && j.Holder != st.Holder)) {
				gs := g.Sentences[st.Sentence]
				t.Logf("gold %s/%q got %s/%q %.2f %v | %s | %s", st.Label, st.Holder, lab, j.Holder, j.Score, cueTexts(j.Cues), st.Target, doc.Text[gs.Start:gs.End])
			}
		}
	}
	f := func(i int) float64 {
		if tp[i] == 0 {
			return 0
		}
		p, r := tp[i]/(tp[i]+fp[i]), tp[i]/(tp[i]+fn[i])
		return 2 * p * r / (p + r)
	}
	sc := articleScore{fE: f(0), fC: f(1), holderN: hN}
	sc.fAvg = (sc.fE + sc.fC) / 2
	if hN > 0 {
		sc.holderAcc = float64(hOK) / float64(hN)
	}
	return sc
}

func cueTexts(cs []Cue) []string {
	out := []string{}
	for _, c := range cs {
		out = append(out, c.Text)
	}
	return out
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

func itoa(i int) string {
	b := []byte{}
	if i == 0 {
		return "0"
	}
	for ; i > 0; i /= 10 {
		b = append([]byte{byte('0' + i%10)}, b...)
	}
	return string(b)
}

var articleVerbose = flag.Bool("articles.v", false, "log every article stance the scorer gets wrong")

// TestArticles scores the annotated articles end to end (Recognizer, then
// Judge) and with the gold entities (the scorer alone). F_avg is the mean F1
// of endorses and criticizes over gold stance records; holder accuracy is
// over gold non-neutral records whose (sentence, target) the scorer judged.
func TestArticles(t *testing.T) {
	_, texts, golds := loadArticles(t)
	s, err := NewScorer()
	if err != nil {
		t.Fatal(err)
	}
	r := testRecognizer(t)
	for _, mode := range []struct {
		name            string
		gold            bool
		minF, minHolder float64
	}{
		{"recognized", false, articleFloorF, articleFloorHolder},
		{"gold-entities", true, goldFloorF, goldFloorHolder},
	} {
		t.Run(mode.name, func(t *testing.T) {
			var docs []*entities.Document
			for i := range texts {
				if mode.gold {
					docs = append(docs, goldDoc(t, r, texts[i], golds[i]))
					continue
				}
				doc, err := r.Recognize(texts[i])
				if err != nil {
					t.Fatal(err)
				}
				docs = append(docs, doc)
			}
			sc := scoreArticles(t, s, docs, golds, *articleVerbose)
			t.Logf("%s: F_avg %.3f (endorses %.3f, criticizes %.3f), holder accuracy %.3f over %d",
				mode.name, sc.fAvg, sc.fE, sc.fC, sc.holderAcc, sc.holderN)
			if sc.fAvg < mode.minF || sc.holderAcc < mode.minHolder {
				t.Errorf("below floor: F_avg %.3f (min %.2f), holder %.3f (min %.2f)", sc.fAvg, mode.minF, sc.holderAcc, mode.minHolder)
			}
		})
	}
}

// Floors: the measured values minus a margin, so regressions fail.
const (
	articleFloorF      = 0.68
	articleFloorHolder = 0.64
	goldFloorF         = 0.68
	goldFloorHolder    = 0.66
)
