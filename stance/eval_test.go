package stance

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
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

// loadArticles reads the articles of testdata/articles.
func loadArticles(t *testing.T) (names []string, texts []string, golds []goldArticle) {
	return loadArticleDir(t, "../testdata/articles")
}

// overlaps returns the gold sentences that share bytes with the span
// [start, end) of a recognized sentence.
func (g *goldArticle) overlaps(start, end int) []int {
	var out []int
	for gi, gs := range g.Sentences {
		if start < gs.End && gs.Start < end {
			out = append(out, gi)
		}
	}
	return out
}

// loadArticleDir reads every NAME.txt / NAME.gold.json pair of dir.
func loadArticleDir(t *testing.T, dir string) (names []string, texts []string, golds []goldArticle) {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join(dir, "*.gold.json"))
	if len(files) == 0 {
		t.Skipf("no %s/*.gold.json", dir)
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

// evalItem is one gold stance record and the scorer's judgment for it.
type evalItem struct {
	gold        Label
	goldHolder  string
	got         Judgment
	judged      bool   // the scorer judged the (sentence, target) pair
	holderKnown bool   // the set annotates holders
	context     string // target and sentence, for the error list
}

// evalScore is the evaluation of one set.
type evalScore struct {
	fAvg, holderAcc float64
	holderOnly      float64 // holder right, whatever the label (the earlier measure)
	holderGiven     float64 // holder right among the records given a non-neutral label
	givenN          int
	fE, fC          float64
	p, r, f         [3]float64 // per label, in evalLabels order
	conf            [3][3]int  // gold x got, in evalLabels order
	holderN, n      int
	extra           int // non-neutral judgments for pairs with no gold record
}

var evalLabels = [3]Label{Endorses, Criticizes, Neutral}

func labelIndex(l Label) int {
	for i, x := range evalLabels {
		if x == l {
			return i
		}
	}
	return 2
}

// articleScore is kept for the tuning test.
type articleScore = evalScore

// score computes per-label P/R/F1, F_avg over endorses/criticizes, holder
// accuracy over gold non-neutral records the scorer judged (wrong when the
// label or the holder is wrong), and the confusion matrix.
func score(items []evalItem) evalScore {
	var sc evalScore
	var tp, fp, fn [3]float64
	hOK, hOnly, hGiven := 0, 0, 0
	for _, it := range items {
		lab := Neutral
		if it.judged {
			lab = it.got.Label
		}
		g, p := labelIndex(it.gold), labelIndex(lab)
		sc.conf[g][p]++
		if g == p {
			tp[g]++
		} else {
			fp[p]++
			fn[g]++
		}
		if it.holderKnown && it.gold != Neutral && it.judged {
			sc.holderN++
			if lab != Neutral {
				sc.givenN++
				if it.got.Holder == it.goldHolder {
					hGiven++
				}
			}
			if it.got.Holder == it.goldHolder {
				hOnly++
				if lab == it.gold {
					hOK++
				}
			}
		}
	}
	sc.n = len(items)
	for i := range evalLabels {
		if tp[i] > 0 {
			sc.p[i], sc.r[i] = tp[i]/(tp[i]+fp[i]), tp[i]/(tp[i]+fn[i])
			sc.f[i] = 2 * sc.p[i] * sc.r[i] / (sc.p[i] + sc.r[i])
		}
	}
	sc.fE, sc.fC = sc.f[0], sc.f[1]
	sc.fAvg = (sc.fE + sc.fC) / 2
	if sc.holderN > 0 {
		sc.holderAcc = float64(hOK) / float64(sc.holderN)
		sc.holderOnly = float64(hOnly) / float64(sc.holderN)
	}
	if sc.givenN > 0 {
		sc.holderGiven = float64(hGiven) / float64(sc.givenN)
	}
	return sc
}

// articleItems pairs the gold stances of annotated articles with the
// scorer's judgments, matching sentences by overlap.
func articleItems(s *Scorer, docs []*entities.Document, golds []goldArticle) ([]evalItem, int) {
	var items []evalItem
	extra := 0
	for di, doc := range docs {
		g := golds[di]
		got := map[[2]string]Judgment{}
		for _, j := range s.Judge(doc) {
			ss := doc.Sentences[j.Sentence]
			for gi, gs := range g.Sentences {
				if ss.Start < gs.End && gs.Start < ss.End {
					k := [2]string{itoa(gi), j.Target}
					if old, ok := got[k]; !ok || abs(j.Score) > abs(old.Score) {
						got[k] = j
					}
				}
			}
		}
		seen := map[[2]string]bool{}
		for _, st := range g.Stances {
			k := [2]string{itoa(st.Sentence), st.Target}
			seen[k] = true
			j, ok := got[k]
			gs := g.Sentences[st.Sentence]
			items = append(items, evalItem{gold: st.Label, goldHolder: st.Holder, got: j, judged: ok, holderKnown: true,
				context: st.Target + " | " + doc.Text[gs.Start:gs.End]})
		}
		for k, j := range got {
			if !seen[k] && j.Label != Neutral {
				extra++
			}
		}
	}
	return items, extra
}

// scoreArticles scores annotated articles (used by the tuning test).
func scoreArticles(t *testing.T, s *Scorer, docs []*entities.Document, golds []goldArticle, verbose bool) articleScore {
	items, extra := articleItems(s, docs, golds)
	if verbose {
		logErrors(t, items)
	}
	sc := score(items)
	sc.extra = extra
	return sc
}

func logErrors(t *testing.T, items []evalItem) {
	t.Helper()
	for _, it := range items {
		lab := Neutral
		if it.judged {
			lab = it.got.Label
		}
		if lab != it.gold || it.holderKnown && it.gold != Neutral && it.got.Holder != it.goldHolder {
			t.Logf("gold %s/%q got %s/%q %.2f %v | %s", it.gold, it.goldHolder, lab, it.got.Holder, it.got.Score, cueTexts(it.got.Cues), it.context)
		}
	}
}

// postAliases are the surface forms testdata/posts/README.md lists for the
// canonical names; a caller of the tagger passes them as targets.
var postAliases = []entities.Target{
	{Name: "Twitter", Aliases: []string{"twitter", "X"}, Type: entities.Platform},
	{Name: "Bluesky", Aliases: []string{"bluesky", "bsky"}, Type: entities.Platform},
	{Name: "Instagram", Aliases: []string{"instagram", "insta", "ig"}, Type: entities.Platform},
	{Name: "Facebook", Aliases: []string{"facebook", "fb"}, Type: entities.Platform},
	{Name: "YouTube", Aliases: []string{"youtube", "yt"}, Type: entities.Platform},
	{Name: "TikTok", Aliases: []string{"tiktok", "tiktoks"}, Type: entities.Platform},
	{Name: "Truth Social", Aliases: []string{"truth social"}, Type: entities.Platform},
}

type goldPost struct {
	ID      string   `json:"id"`
	Text    string   `json:"text"`
	Targets []string `json:"targets"`
	Stances []struct {
		Target string `json:"target"`
		Label  Label  `json:"label"`
	} `json:"stances"`
}

func loadPosts(t *testing.T) []goldPost {
	t.Helper()
	return loadPostFile(t, "../testdata/posts/posts.jsonl")
}

// loadPostFile reads a posts.jsonl file (testdata/posts/README.md format).
func loadPostFile(t *testing.T, path string) []goldPost {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Skipf("no posts: %v", err)
	}
	var ps []goldPost
	for i, line := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		var p goldPost
		if err := json.Unmarshal([]byte(line), &p); err != nil {
			t.Fatalf("posts line %d: %v", i+1, err)
		}
		ps = append(ps, p)
	}
	return ps
}

// postItems judges each post with its caller targets and the README's
// aliases; a post's label for a target is its strongest judgment.
func postItems(t *testing.T, s *Scorer, r *entities.Recognizer, ps []goldPost) ([]evalItem, int) {
	var items []evalItem
	extra := 0
	for _, p := range ps {
		ts := append([]entities.Target{}, postAliases...)
		for _, n := range p.Targets {
			ts = append(ts, entities.Target{Name: n})
		}
		doc, err := r.Recognize(p.Text, ts...)
		if err != nil {
			t.Fatal(err)
		}
		got := map[string]Judgment{}
		for _, j := range s.Judge(doc) {
			if old, ok := got[j.Target]; !ok || abs(j.Score) > abs(old.Score) {
				got[j.Target] = j
			}
		}
		seen := map[string]bool{}
		for _, st := range p.Stances {
			seen[st.Target] = true
			j, ok := got[st.Target]
			items = append(items, evalItem{gold: st.Label, got: j, judged: ok, context: p.ID + " " + st.Target + " | " + p.Text})
		}
		for k, j := range got {
			if !seen[k] && j.Label != Neutral {
				extra++
			}
		}
	}
	return items, extra
}

var (
	articleVerbose = flag.Bool("articles.v", false, "log every stance the scorer gets wrong (all development sets)")
	evalRules      = flag.Bool("eval.rules", false, "score the rules alone, without the article and holder models (a new batch's \"rules alone\" number)")
	evalErrors     = flag.String("eval.errors", "", "log the errors of this evaluation set (articles, articles-orig, articles-dev2, articles-h1, articles-dev3, articles-dev4, articles-dev5, articles-dev6, articles-dev7, articles-dev8, articles-dev9, articles-dev10, articles-dev11, articles-dev12, articles-dev13, articles-dev14, articles-dev15, articles-dev16, articles-dev17, articles-dev18, articles-dev19, articles-dev20, articles-dev21, articles-dev22, articles-dev23, articles-dev24, articles-dev25, articles-dev26, articles-dev27, articles-dev28, articles-dev29, articles-dev30, articles-dev31, articles-dev32, articles-dev33, articles-dev34, articles-dev35, articles-dev36, articles-dev37, articles-dev38, articles-dev39, articles-dev40, articles-dev41, articles-dev42, articles-dev43, articles-dev44, articles-dev45, articles-dev46, articles-dev47, articles-dev48, articles-dev49, articles-dev50, articles-dev51, articles-dev52, articles-dev53, articles-dev54, articles-dev55, articles-dev56, articles-dev57, articles-dev58, articles-dev59, articles-dev60, articles-dev61, articles-dev62, articles-dev63, articles-gold, articles-dev2-gold, posts, heldout, heldout-b1, heldout-b2, heldout-b3, heldout-b4, heldout-b5, heldout-b6, heldout-posts)")
)

// TestEval scores the evaluation sets end to end (Recognizer, then Judge):
// testdata/articles (dev), the same with gold entities (the scorer alone),
// testdata/posts (dev) and testdata/heldout, articles and posts
// (measurement only: never tune on its sentences). F_avg is the mean F1 of endorses and criticizes over
// gold stance records; holder accuracy is over gold non-neutral records the
// scorer judged, counted wrong when the label or the holder is wrong.
func TestEval(t *testing.T) {
	s, err := NewScorer()
	if err != nil {
		t.Fatal(err)
	}
	if *evalRules {
		s.art, s.hold = nil, nil
	}
	r := testRecognizer(t)
	// keep selects articles by name: the original ten, or the batches
	// written later by other writers (a check on overfitting to the ten):
	// dev2_, h1_ (the first held-out set, development data since) and dev3_.
	all := func(string) bool { return true }
	batches := []string{"dev2_", "h1_", "dev3_", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11", "dev12", "dev13", "dev14", "dev15", "dev16", "dev17", "dev18", "dev19", "dev20", "dev21", "dev22", "dev23", "dev24", "dev25", "dev26", "dev27", "dev28", "dev29", "dev30", "dev31", "dev32", "dev33", "dev34", "dev35", "dev36", "dev37", "dev38", "dev39", "dev40", "dev41", "dev42", "dev43", "dev44", "dev45", "dev46", "dev47", "dev48", "dev49", "dev50", "dev51", "dev52", "dev53", "dev54", "dev55", "dev56", "dev57", "dev58", "dev59", "dev60", "dev61", "dev62", "dev63"}
	orig := func(n string) bool {
		for _, b := range batches {
			if strings.HasPrefix(n, b) {
				return false
			}
		}
		return true
	}
	batch := func(prefixes ...string) func(string) bool {
		return func(n string) bool {
			return slices.ContainsFunc(prefixes, func(p string) bool { return inBatch(n, p) })
		}
	}
	dev2 := batch("dev2_")
	// The held-out batches, each by two or three writers (testdata/heldout/README.md).
	heldout1 := batch("w_", "f_")
	heldout2 := batch("hx_", "hy_")
	heldout3 := batch("hz_", "hq_")
	heldout4 := batch("hv_", "hw_")
	heldout5 := batch("hr_", "hs_")
	heldout6 := batch("hp_", "hk_", "hu_")
	// Every article is in "articles" or "articles-gold" and in its
	// batch's set: each is read and analysed once and its document shared
	// by the sets, which run one after another (Judge leaves a document
	// as it is).
	type analysed struct {
		names []string
		texts []string
		golds []goldArticle
		docs  [2][]*entities.Document // recognized, gold entities
	}
	cache := map[string]*analysed{}
	articles := func(dir string, gold bool, keep func(string) bool) func(t *testing.T) ([]evalItem, int) {
		return func(t *testing.T) ([]evalItem, int) {
			a := cache[dir]
			if a == nil {
				a = &analysed{}
				a.names, a.texts, a.golds = loadArticleDir(t, dir)
				for k := range a.docs {
					a.docs[k] = make([]*entities.Document, len(a.texts))
				}
				cache[dir] = a
			}
			k := 0
			if gold {
				k = 1
			}
			var docs []*entities.Document
			var golds []goldArticle
			for i := range a.texts {
				if !keep(a.names[i]) {
					continue
				}
				golds = append(golds, a.golds[i])
				if a.docs[k][i] == nil {
					if gold {
						a.docs[k][i] = goldDoc(t, r, a.texts[i], a.golds[i])
					} else {
						doc, err := r.Recognize(a.texts[i])
						if err != nil {
							t.Fatal(err)
						}
						a.docs[k][i] = doc
					}
				}
				docs = append(docs, a.docs[k][i])
			}
			return articleItems(s, docs, golds)
		}
	}
	for _, set := range []struct {
		name            string
		items           func(t *testing.T) ([]evalItem, int)
		minF, minHolder float64
	}{
		{"articles", articles("../testdata/articles", false, all), articleFloorF, articleFloorHolder},
		{"articles-orig", articles("../testdata/articles", false, orig), origFloorF, origFloorHolder},
		{"articles-dev2", articles("../testdata/articles", false, dev2), dev2FloorF, dev2FloorHolder},
		{"articles-h1", articles("../testdata/articles", false, batch("h1_")), h1FloorF, h1FloorHolder},
		{"articles-dev3", articles("../testdata/articles", false, batch("dev3_")), dev3FloorF, dev3FloorHolder},
		{"articles-dev4", articles("../testdata/articles", false, batch("dev4")), dev4FloorF, dev4FloorHolder},
		{"articles-dev5", articles("../testdata/articles", false, batch("dev5")), dev5FloorF, dev5FloorHolder},
		{"articles-dev6", articles("../testdata/articles", false, batch("dev6")), dev6FloorF, dev6FloorHolder},
		{"articles-dev7", articles("../testdata/articles", false, batch("dev7")), dev7FloorF, dev7FloorHolder},
		{"articles-dev8", articles("../testdata/articles", false, batch("dev8")), dev8FloorF, dev8FloorHolder},
		{"articles-dev9", articles("../testdata/articles", false, batch("dev9")), dev9FloorF, dev9FloorHolder},
		{"articles-dev10", articles("../testdata/articles", false, batch("dev10")), dev10FloorF, dev10FloorHolder},
		{"articles-dev11", articles("../testdata/articles", false, batch("dev11")), dev11FloorF, dev11FloorHolder},
		{"articles-dev12", articles("../testdata/articles", false, batch("dev12")), dev12FloorF, dev12FloorHolder},
		{"articles-dev13", articles("../testdata/articles", false, batch("dev13")), dev13FloorF, dev13FloorHolder},
		{"articles-dev14", articles("../testdata/articles", false, batch("dev14")), dev14FloorF, dev14FloorHolder},
		{"articles-dev15", articles("../testdata/articles", false, batch("dev15")), dev15FloorF, dev15FloorHolder},
		{"articles-dev16", articles("../testdata/articles", false, batch("dev16")), dev16FloorF, dev16FloorHolder},
		{"articles-dev17", articles("../testdata/articles", false, batch("dev17")), dev17FloorF, dev17FloorHolder},
		{"articles-dev18", articles("../testdata/articles", false, batch("dev18")), dev18FloorF, dev18FloorHolder},
		{"articles-dev19", articles("../testdata/articles", false, batch("dev19")), dev19FloorF, dev19FloorHolder},
		{"articles-dev20", articles("../testdata/articles", false, batch("dev20")), dev20FloorF, dev20FloorHolder},
		{"articles-dev21", articles("../testdata/articles", false, batch("dev21")), dev21FloorF, dev21FloorHolder},
		{"articles-dev22", articles("../testdata/articles", false, batch("dev22")), dev22FloorF, dev22FloorHolder},
		{"articles-dev23", articles("../testdata/articles", false, batch("dev23")), dev23FloorF, dev23FloorHolder},
		{"articles-dev24", articles("../testdata/articles", false, batch("dev24")), dev24FloorF, dev24FloorHolder},
		{"articles-dev25", articles("../testdata/articles", false, batch("dev25")), dev25FloorF, dev25FloorHolder},
		{"articles-dev26", articles("../testdata/articles", false, batch("dev26")), dev26FloorF, dev26FloorHolder},
		{"articles-dev27", articles("../testdata/articles", false, batch("dev27")), dev27FloorF, dev27FloorHolder},
		{"articles-dev28", articles("../testdata/articles", false, batch("dev28")), dev28FloorF, dev28FloorHolder},
		{"articles-dev29", articles("../testdata/articles", false, batch("dev29")), dev29FloorF, dev29FloorHolder},
		{"articles-dev30", articles("../testdata/articles", false, batch("dev30")), dev30FloorF, dev30FloorHolder},
		{"articles-dev31", articles("../testdata/articles", false, batch("dev31")), dev31FloorF, dev31FloorHolder},
		{"articles-dev32", articles("../testdata/articles", false, batch("dev32")), dev32FloorF, dev32FloorHolder},
		{"articles-dev33", articles("../testdata/articles", false, batch("dev33")), dev33FloorF, dev33FloorHolder},
		{"articles-dev34", articles("../testdata/articles", false, batch("dev34")), dev34FloorF, dev34FloorHolder},
		{"articles-dev35", articles("../testdata/articles", false, batch("dev35")), dev35FloorF, dev35FloorHolder},
		{"articles-dev36", articles("../testdata/articles", false, batch("dev36")), dev36FloorF, dev36FloorHolder},
		{"articles-dev37", articles("../testdata/articles", false, batch("dev37")), dev37FloorF, dev37FloorHolder},
		{"articles-dev38", articles("../testdata/articles", false, batch("dev38")), dev38FloorF, dev38FloorHolder},
		{"articles-dev39", articles("../testdata/articles", false, batch("dev39")), dev39FloorF, dev39FloorHolder},
		{"articles-dev40", articles("../testdata/articles", false, batch("dev40")), dev40FloorF, dev40FloorHolder},
		{"articles-dev41", articles("../testdata/articles", false, batch("dev41")), dev41FloorF, dev41FloorHolder},
		{"articles-dev42", articles("../testdata/articles", false, batch("dev42")), dev42FloorF, dev42FloorHolder},
		{"articles-dev43", articles("../testdata/articles", false, batch("dev43")), dev43FloorF, dev43FloorHolder},
		{"articles-dev44", articles("../testdata/articles", false, batch("dev44")), dev44FloorF, dev44FloorHolder},
		{"articles-dev45", articles("../testdata/articles", false, batch("dev45")), dev45FloorF, dev45FloorHolder},
		{"articles-dev46", articles("../testdata/articles", false, batch("dev46")), dev46FloorF, dev46FloorHolder},
		{"articles-dev47", articles("../testdata/articles", false, batch("dev47")), dev47FloorF, dev47FloorHolder},
		{"articles-dev48", articles("../testdata/articles", false, batch("dev48")), dev48FloorF, dev48FloorHolder},
		{"articles-dev49", articles("../testdata/articles", false, batch("dev49")), dev49FloorF, dev49FloorHolder},
		{"articles-dev50", articles("../testdata/articles", false, batch("dev50")), dev50FloorF, dev50FloorHolder},
		{"articles-dev51", articles("../testdata/articles", false, batch("dev51")), dev51FloorF, dev51FloorHolder},
		{"articles-dev52", articles("../testdata/articles", false, batch("dev52")), dev52FloorF, dev52FloorHolder},
		{"articles-dev53", articles("../testdata/articles", false, batch("dev53")), dev53FloorF, dev53FloorHolder},
		{"articles-dev54", articles("../testdata/articles", false, batch("dev54")), dev54FloorF, dev54FloorHolder},
		{"articles-dev55", articles("../testdata/articles", false, batch("dev55")), dev55FloorF, dev55FloorHolder},
		{"articles-dev56", articles("../testdata/articles", false, batch("dev56")), dev56FloorF, dev56FloorHolder},
		{"articles-dev57", articles("../testdata/articles", false, batch("dev57")), dev57FloorF, dev57FloorHolder},
		{"articles-dev58", articles("../testdata/articles", false, batch("dev58")), dev58FloorF, dev58FloorHolder},
		{"articles-dev59", articles("../testdata/articles", false, batch("dev59")), dev59FloorF, dev59FloorHolder},
		{"articles-dev60", articles("../testdata/articles", false, batch("dev60")), dev60FloorF, dev60FloorHolder},
		{"articles-dev61", articles("../testdata/articles", false, batch("dev61")), dev61FloorF, dev61FloorHolder},
		{"articles-dev62", articles("../testdata/articles", false, batch("dev62")), dev62FloorF, dev62FloorHolder},
		{"articles-dev63", articles("../testdata/articles", false, batch("dev63")), dev63FloorF, dev63FloorHolder},
		{"articles-gold", articles("../testdata/articles", true, all), goldFloorF, goldFloorHolder},
		{"articles-dev2-gold", articles("../testdata/articles", true, dev2), dev2GoldFloorF, dev2GoldFloorHolder},
		{"posts", func(t *testing.T) ([]evalItem, int) { return postItems(t, s, r, loadPosts(t)) }, postFloorF, 0},
		{"heldout", articles("../testdata/heldout", false, all), heldoutFloorF, heldoutFloorHolder},
		{"heldout-b1", articles("../testdata/heldout", false, heldout1), heldout1FloorF, heldout1FloorHolder},
		{"heldout-b2", articles("../testdata/heldout", false, heldout2), heldout2FloorF, heldout2FloorHolder},
		{"heldout-b3", articles("../testdata/heldout", false, heldout3), heldout3FloorF, heldout3FloorHolder},
		{"heldout-b4", articles("../testdata/heldout", false, heldout4), heldout4FloorF, heldout4FloorHolder},
		{"heldout-b5", articles("../testdata/heldout", false, heldout5), heldout5FloorF, heldout5FloorHolder},
		{"heldout-b6", articles("../testdata/heldout", false, heldout6), heldout6FloorF, heldout6FloorHolder},
		{"heldout-posts", func(t *testing.T) ([]evalItem, int) {
			return postItems(t, s, r, loadPostFile(t, "../testdata/heldout/posts.jsonl"))
		}, heldoutPostFloorF, 0},
	} {
		t.Run(set.name, func(t *testing.T) {
			items, extra := set.items(t)
			if len(items) == 0 {
				t.Skip("no articles in this set")
			}
			// -articles.v lists the errors of the dev sets only; a held-out
			// set's errors print only when asked for by name.
			if *articleVerbose && !strings.HasPrefix(set.name, "heldout") || *evalErrors == set.name {
				logErrors(t, items)
			}
			sc := score(items)
			for i, l := range evalLabels {
				t.Logf("%-10s P %.3f R %.3f F1 %.3f", l, sc.p[i], sc.r[i], sc.f[i])
			}
			var b strings.Builder
			fmt.Fprintf(&b, "confusion (rows gold, columns got: endorses criticizes neutral)")
			for i, l := range evalLabels {
				fmt.Fprintf(&b, "\n  %-10s %4d %4d %4d", l, sc.conf[i][0], sc.conf[i][1], sc.conf[i][2])
			}
			t.Log(b.String())
			t.Logf("%s: F_avg %.3f (endorses %.3f, criticizes %.3f), holder accuracy %.3f (holder alone %.3f) over %d, holder given a verdict %.3f over %d; %d records, %d non-neutral judgments without a gold record",
				set.name, sc.fAvg, sc.fE, sc.fC, sc.holderAcc, sc.holderOnly, sc.holderN, sc.holderGiven, sc.givenN, sc.n, extra)
			// The floors are the models' numbers: the rules alone only log.
			if !*evalRules && (sc.fAvg < set.minF || sc.holderAcc < set.minHolder) {
				t.Errorf("below floor: F_avg %.3f (min %.2f), holder %.3f (min %.2f)", sc.fAvg, set.minF, sc.holderAcc, set.minHolder)
			}
		})
	}
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

// Floors: the measured values minus about 0.02, so regressions fail. The
// held-out floors only guard against regressions: heldout is never tuned on.
// Each floor's comment gives the value measured with the current rules and
// models and the session that measured it; how each value moved, session
// by session, is in this file's git history (git log -p stance/eval_test.go).
// "articles" and "articles-gold" cover all dev articles; -orig are the
// original ten, -dev2 the eight dev2_ articles by another writer, -h1 the
// four h1_ articles that were the first held-out set, -dev3 to -dev7 the
// later batches (dev4, dev5 and dev6: twenty articles each, by four more
// writers each; dev7 twenty-five by five more; dev8 to dev16 ten each by
// two more; dev17 to dev23 twenty each by four more; dev24 to dev63
// twenty-five each by five more). The article model (article.go) and the
// holder model (holder.go) are trained on every dev article up to dev61,
// so those numbers are in-sample: the honest estimates are the
// article-grouped cross-validation of TestTrainArticle and TestTrainHolder,
// the held-out sets, and dev62 and dev63, which no model has been trained
// on yet.
// Session 159 retrained both with dev62 at the same settings (article CV
// 0.789, holder CV 0.885; conf 0.30, conf-e 0.30 again) and kept the old
// pair: on dev63, text neither pair had seen, the retrained one was worse
// on F_avg at the same code (0.833 / 0.778 against 0.834 / 0.773), and the
// rule written before dev63 existed ships only a pair better on both. Its
// rules, read off dev62's errors, moved dev62 from 0.834 / 0.788 to 0.841 /
// 0.818 and dev63 from 0.834 / 0.773 to 0.834 / 0.775 with session 158's
// models. The held-out set, scored only, stayed at 0.731 / 0.669 (0.731 /
// 0.673 with the retrained pair).
// Session 158 retrained both with dev61 at the same settings (article CV
// 0.788, holder CV 0.884; the decision search chose conf 0.30 for
// endorsements too), after dev62, text neither pair had seen, showed the
// retrained pair better at the same code (0.834 / 0.786 against 0.824 /
// 0.776). Its rules, read off dev61's errors, moved dev61 from 0.827 /
// 0.743 to 0.827 / 0.782 with session 157's models, and left dev62 at its
// first measurement, 0.824 / 0.776; with the new models and two more rules
// dev62 reached 0.834 / 0.788. The held-out set, scored only, stayed at
// 0.730 / 0.666 with those rules and moved to 0.731 / 0.669 with the new
// models.
// Session 157 retrained both with dev60 at the same settings (article CV
// 0.788, holder CV 0.883; conf 0.30, conf-e 0.35 again), after dev61, text
// neither pair had seen, showed the retrained pair better at the same code
// (0.824 / 0.743 against 0.822 / 0.738). Its rules, read off dev60's
// errors, moved dev60 from 0.835 / 0.768 to 0.835 / 0.790 with session
// 156's models, and left dev61 at its first measurement, 0.822 / 0.738;
// typing the platform it names for the first time moved dev61, with the
// new models, to 0.827 / 0.743 (seven more pairs found). The held-out set,
// scored only, stayed at 0.728 / 0.661 with those rules and moved to 0.730
// / 0.666 with the new models.
// Session 156 retrained both with dev59 (article CV 0.786, holder CV
// 0.882), the article model's decision search now choosing a threshold of
// its own for endorsements (conf-e 0.35 against conf 0.30), after dev60,
// text neither pair had seen, showed the retrained pair better at the same
// code (0.830 / 0.765 against 0.806 / 0.745). Its rules, read off dev59's
// errors, moved dev59 from 0.813 / 0.740 to 0.813 / 0.784 with session
// 155's models, and left dev60 at its first measurement, 0.806 / 0.745;
// with the new models, two more rules and the two platforms it names for
// the first time typed, dev60 reached 0.835 / 0.768 (16 more pairs
// found). The held-out set, scored only, stayed at 0.731 / 0.674 with
// those rules and fell to 0.728 / 0.661 with the new models.
// Session 155 retrained both with dev58 at the same settings (article CV
// 0.785, holder CV 0.879), after dev59, text neither pair had seen, showed
// the retrained pair better at the same code (0.798 / 0.731 against 0.793
// / 0.730). Its rules, read off dev58's errors, moved dev58 from 0.816 /
// 0.751 to 0.816 / 0.765 with session 154's models, and left dev59 at its
// first measurement, 0.793 / 0.730; with the new models and two more rules
// dev59 reached 0.798 / 0.735, and typing the four platforms it names for
// the first time moved it to 0.813 / 0.740 (28 more pairs found). The
// held-out set, scored only, stayed at 0.731 / 0.669 with those rules and
// moved to 0.731 / 0.674 with the new models.
// Session 154 retrained both with dev57 (which adds dev56 and dev57) at
// the same settings (article CV 0.784, holder CV 0.879), after dev58, text
// neither pair had seen, showed the retrained pair better at the same code
// (0.814 / 0.753 against 0.802 / 0.752). Its rules, read off dev57's
// errors, moved dev57 from 0.822 / 0.779 to 0.822 / 0.794 with session
// 152's models, and left dev58 at its first measurement, 0.802 / 0.752;
// typing the two platforms dev58 names for the first time moved it, with
// the new models, to 0.816 / 0.751 (three more pairs found). The held-out
// set, scored only, stayed at 0.726 / 0.661 with those rules and moved to
// 0.731 / 0.669 with the new models.
// Session 153 retrained both with dev56 at the same settings (article CV
// 0.785, holder CV 0.875) and kept session 152's pair: on dev57, text
// neither pair had seen, the retrained pair scored 0.815 / 0.774 against
// 0.809 / 0.776 at the same code, better on F_avg and worse on holder
// accuracy. Its rules, read off dev56's errors, moved dev56 from 0.822 /
// 0.745 to 0.822 / 0.794 and dev57 from 0.808 / 0.772 at first
// measurement to 0.809 / 0.776; typing the platform dev57 names for the
// first time moved dev57 to 0.822 / 0.779. The held-out set, scored only,
// stayed at 0.726 / 0.661 with those rules.
// Session 152 retrained both with dev55 (which adds dev54 and dev55) at the
// same settings (article CV 0.782, holder CV 0.873), after dev56, text
// neither pair had seen, showed the retrained pair better at the same code
// (0.802 / 0.750 against 0.792 / 0.736). Its rules, read off dev55's
// errors, moved dev56 from 0.792 / 0.728 at first measurement to 0.792 /
// 0.736 with session 150's models; typing the two platforms dev56 names
// for the first time moved it to 0.822 / 0.745. The held-out set, scored
// only, stayed at 0.722 / 0.661 with those rules and moved to 0.726 /
// 0.661 with the new models.
// Session 151 retrained both with dev54 at the same settings (article CV
// 0.780, holder CV 0.872) and kept session 150's pair: on dev55, text
// neither had seen, at the same code, the retrained pair was no better
// (0.807 / 0.723 against 0.807 / 0.725). Its rules, read off dev54's
// errors, left dev55 at its first measurement, 0.807 / 0.725; typing the
// seven platforms dev55 names for the first time moved it to 0.832 /
// 0.724. The held-out set, scored only, stayed at 0.722 / 0.661.
// Session 150 retrained both with dev53 at the same settings (article CV
// 0.778, holder CV 0.871), after dev54, text neither pair had seen, showed
// the retrained pair better at the same code (0.839 / 0.766 against 0.834
// / 0.763). Its rules, read off dev53's errors, moved dev54 from 0.832 /
// 0.761 at first measurement to 0.834 / 0.763 with session 149's models;
// the held-out set, scored only, stayed at 0.724 / 0.660 with those rules
// and moved to 0.722 / 0.661 with the new models.
// Session 149 retrained both with dev52 (which adds dev51 and dev52) at the
// same settings (article CV 0.774, holder CV 0.871), after dev53, text
// neither pair had seen, showed the retrained pair better at the same code
// (0.843 / 0.728 against 0.829 / 0.713). Its rules, read off dev52's
// errors, moved dev53 from 0.829 / 0.703 at first measurement to 0.829 /
// 0.713 with session 147's models; the held-out set, scored only, stayed at
// 0.727 / 0.658 with those rules and moved to 0.724 / 0.660 with the new
// models.
// Session 148 kept session 147's models. It retrained both with dev51 at
// the same settings (article CV 0.773, holder CV 0.869), but on dev52,
// text neither pair had seen, the retrained pair was no better at the
// same code (0.814 / 0.729 for both), so they were not shipped. Its
// rules moved dev52 from 0.814 / 0.728 at first measurement to 0.814 /
// 0.729, and left the held-out set, scored only, at 0.727 / 0.658. dev51,
// whose errors this session read for its fixes, moved from 0.840 / 0.760
// to 0.845 / 0.794. A floor's first "(session 148)" value is with these
// rules and session 147's models.
// Session 147 retrained both with dev50 at the same settings, after dev51
// showed the retrained pair better on text neither had seen (0.840 /
// 0.760 against 0.829 / 0.751, the same code); the held-out set, scored
// only, moved from 0.724 / 0.653 to 0.727 / 0.658 with this session's
// rules and models (0.724 / 0.653 with its rules and session 146's
// models). Every article floor is re-based on them, and a floor's first
// "(session 147)" value is with them.
// Session 146 retrained both with dev49 at the same settings, after dev50
// showed the retrained pair better on text neither had seen (0.821 /
// 0.689 against 0.817 / 0.684, the same code); the held-out set, scored
// only, moved from 0.722 / 0.653 to 0.724 / 0.653 with this session's
// rules and models (0.722 / 0.653 with its rules and session 145's
// models). Every article floor is re-based on them, and a floor's first
// "(session 146)" value is with them.
// Session 145 retrained both with dev48 at the same settings, after dev49
// showed the retrained pair better on text neither had seen (0.815 /
// 0.763 against 0.809 / 0.754, the same code); the held-out set, scored
// only, moved from 0.722 / 0.647 to 0.722 / 0.653 with this session's
// rules and models (0.723 / 0.648 with its rules and session 144's
// models). Every article floor is re-based on them, and a floor's first
// "(session 145)" value is with them.
// Session 144 retrained both with dev47 at the same settings, after dev48
// showed the retrained pair better on text neither had seen (0.816 /
// 0.721 against 0.812 / 0.713, the same code); the held-out set, scored
// only, moved from 0.727 / 0.653 to 0.722 / 0.647 with this session's
// rules and models, lower on both. Every article floor is re-based on
// them, and a floor's first "(session 144)" value is with them.
// Session 143 retrained both with dev46 at the same settings, after dev47
// showed the retrained pair better on text neither had seen (0.837 /
// 0.769 against 0.831 / 0.767, the same code); the held-out set, scored
// only, moved from 0.721 / 0.650 to 0.727 / 0.653 with this session's
// rules and models. Every article floor is re-based on them, and a
// floor's first "(session 143)" value is with them. Session 142 retrained both with dev45 at the same settings, after dev46
// showed the retrained pair better on text neither had seen (0.821 /
// 0.687 against 0.813 / 0.672, the same code); the held-out set, scored
// only, moved from 0.725 / 0.658 to 0.721 / 0.650 with this session's
// rules and models, lower on both. Every article floor is re-based on
// them, and a floor's first "(session 142)" value is with them. Session
// 141 retrained both with dev44 at the same settings, after dev45
// showed the retrained pair better on text neither had seen (0.818 /
// 0.695 against 0.814 / 0.688, the same code); the held-out set, scored
// only, moved from 0.725 / 0.655 to 0.725 / 0.656 with this session's
// rules and models. Every article floor is re-based on them, and a
// floor's first "(session 141)" value is with them. Session 140
// retrained both with dev43 at the same settings, after dev44
// showed the retrained pair better on text neither had seen (0.794 /
// 0.689 against 0.785 / 0.679, the same code); the held-out set, scored
// only, moved from 0.723 / 0.650 to 0.725 / 0.655 with this session's
// rules and models. Every article floor is re-based on them, and a
// floor's first "(session 140)" value is with them. Session 139 retrained both with dev42 at the same settings, after dev43
// showed the retrained pair better on text neither had seen (0.825 /
// 0.680 against 0.820 / 0.675, the same code); the held-out set, scored
// only, moved from 0.725 / 0.650 to 0.723 / 0.650 with this session's
// rules and models. Every article floor is re-based on them, and a
// floor's first "(session 139)" value is with them. Session 138
// retrained both with dev41 at the same settings, after dev42
// showed the retrained pair better on text neither had seen (0.815 /
// 0.684 against 0.804 / 0.677, the same code); the held-out set, scored
// only, moved from 0.717 / 0.652 to 0.725 / 0.650 with this session's
// rules and models. Every article
// floor is re-based on them, and a floor's first "(session 138)" value is
// with them. Session 137 retrained both with dev40 at the same settings,
// after dev41 showed the retrained pair better on text neither had seen
// (0.809 / 0.714 against 0.802 / 0.705, the same code); the held-out set,
// scored only, fell from 0.724 / 0.655 to 0.717 / 0.652 with them. Every
// article floor was re-based on them, and a floor's first "(session 137)"
// value is with them. Session 136 retrained both with dev39 at the same settings, after dev40
// showed the retrained pair better on text neither had seen (0.821 /
// 0.718 against 0.818 / 0.706, the same code); the held-out set, scored
// only, went from 0.718 / 0.652 to 0.724 / 0.655 with them and the
// session's rules. Every article floor is re-based on them, and a floor's
// first "(session 136)" value is with them. Session 135 retrained both with dev38 at the same settings, the holder
// model with one more feature (#modifier), after dev39 showed the
// retrained pair better on text neither had seen (0.750 / 0.644 against
// 0.748 / 0.634, the same code); the held-out set, scored only, went from
// 0.716 / 0.650 to 0.718 / 0.652. Every article floor is re-based on them,
// and a floor's first "(session 135)" value is with them. Session 134
// retrained both with dev37 at the same settings, after dev38 showed the
// retrained pair better on text neither had seen (0.789 / 0.637 against
// 0.783 / 0.628, the same code), though the held-out set, scored
// only, fell from 0.720 / 0.652 to 0.716 / 0.650; every article floor is
// re-based on them, and a floor's first "(session 134)" value is with
// them. Session 133 retrained both with dev32 to dev36 at session 127's settings
// (L2 10, min count 5), after dev37 showed the retrained pair better than
// session 127's on text neither had seen (0.783 / 0.657 against 0.770 /
// 0.629), and re-based every article floor on them: a floor's first
// "(session 133)" value is with those models. Session 127's retraining
// with dev31 chose a more regularized article model than session 125's
// (L2 penalty 10 and minimum count 5 against 3 and 2), which fits the dev articles less closely; every
// article floor, held-out ones included, was re-based on it then. dev5 was
// first measured with the model trained on the 47 articles before it: 0.492
// / 0.382 (rules alone 0.433 / 0.276); dev6 before anything was tuned on it,
// cross-validated: 0.461 (rules alone 0.336). heldout-b1 (w_, f_) was
// measured before session 2's rules and read only as summaries since;
// heldout-b2 (hx_, hy_) was first measured with the article model: 0.527 /
// 0.393 (rules alone 0.492 / 0.308); heldout-b3 (hz_, hq_) with the holder
// model: 0.536 / 0.456 (rules alone 0.504 / 0.344); dev7 and heldout-b4
// (hv_, hw_) with session 4's code and models: 0.483 / 0.389 and 0.562 /
// 0.430 (rules alone 0.399 / 0.254 and 0.425 / 0.237); heldout-b5 (hr_,
// hs_) with session 5's: 0.564 / 0.400 (rules alone 0.464 / 0.316);
// heldout-b6 (hp_, hk_, hu_) with session 6's: 0.552 / 0.387 (rules alone
// 0.443 / 0.210); dev8 with session 10's rules and session 9's models:
// 0.618 / 0.417 (rules alone 0.511 / 0.265); dev9 with session 10's:
// 0.556 / 0.337 (rules alone 0.481 / 0.259); dev10 (dev10e_, dev10x_) with
// session 12's rules before its entity fixes and session 11's models:
// 0.515 / 0.341 (rules alone 0.436 / 0.279); dev11 (dev11m_, dev11r_) with
// session 13's rules (three of its changes written before they arrived)
// and session 12's models: 0.585 / 0.437 (rules alone 0.474 / 0.268);
// dev12 (dev12a_, dev12h_) with session 14's rules (written before they
// arrived) and session 13's models: 0.548 / 0.409 (rules alone 0.428 /
// 0.241); dev13 (dev13f_, dev13c_) with session 15's rules before its
// entity fixes and session 14's models: 0.510 / 0.323 (rules alone 0.363 /
// 0.156); dev14 (dev14e_, dev14p_) with session 16's rules (three of its
// constructions written before they arrived) before its entity fixes and
// session 15's models: 0.485 / 0.337 (rules alone 0.402 / 0.203); dev15
// (dev15m_, dev15v_) with session 16's rules and first retrained models before
// its entity fixes: 0.543 / 0.382 (rules alone 0.479 / 0.269); dev16
// (dev16n_, dev16o_) with session 16's final rules and models (new article
// features, headline holders) before its entity fixes: 0.599 / 0.357 (rules
// alone 0.418 / 0.192); dev17 (dev17b_, dev17c_, dev17d_, dev17g_) with
// session 17's first rules (written before they arrived) and session 16's
// models before its entity fixes: 0.564 / 0.421 (rules alone 0.373 /
// 0.191); dev18 (dev18m_, dev18p_, dev18t_, dev18y_) with session 17's
// later rules (questions, withheld blame, document holders) and first
// retrained models before its entity fixes: 0.584 / 0.404 (rules alone
// 0.382 / 0.195); dev19 (dev19j_, dev19k_, dev19l_, dev19w_) with session
// 17's final rules and second retrained models (directional word features)
// before its entity fixes: 0.603 / 0.470 (rules alone 0.453 / 0.265);
// dev20 (dev20d_, dev20f_, dev20g_, dev20n_) with session 17's final rules
// and third retrained models before its entity fixes: 0.588 / 0.463 (rules
// alone 0.373 / 0.216); dev21 (dev21c_, dev21m_, dev21s_, dev21t_) with
// session 18's final rules and models before its entity fixes: 0.623 /
// 0.445 (rules alone 0.418 / 0.199); dev22 (dev22e_, dev22f_, dev22h_,
// dev22p_) with session 19's first retrained models (302 articles) before
// its entity fixes: 0.638 / 0.456 (rules alone 0.420 / 0.225); dev23
// (dev23g_, dev23o_, dev23u_, dev23v_) with the same before its entity
// fixes: 0.662 / 0.504 (rules alone 0.384 / 0.212); dev24 (dev24a_,
// dev24c_, dev24f_, dev24k_, dev24w_: twenty-five articles by five more
// writers) with session 71's rules and models before its entity fixes:
// 0.672 / 0.581 (rules alone 0.505 / 0.342); dev25 (dev25b_, dev25e_,
// dev25l_, dev25s_, dev25t_: twenty-five by five more) with the models
// retrained with dev24, before its entity fixes: 0.702 / 0.581 (rules
// alone 0.560 / 0.368); dev26 (dev26c_, dev26d_, dev26g_, dev26n_,
// dev26z_: twenty-five by five more) with the models retrained with dev25,
// before its entity fixes: 0.739 / 0.640 (rules alone 0.543 / 0.334).
// dev24 to dev26 were written from one brief, so their first measurements
// are less independent of each other than of the held-out sets; dev27
// (dev27c_, dev27h_, dev27i_, dev27m_, dev27r_: twenty-five by five more,
// asked for hard news: regulators, markets, foreign news, courts,
// celebrities) with the models retrained with dev26, before its entity
// fixes: 0.624 / 0.524 (rules alone 0.495 / 0.328); dev28 (dev28e_,
// dev28f_, dev28p_, dev28s_, dev28t_: twenty-five by five more, national
// news: education, professional sport, politics, science and health, tech)
// with the models retrained with dev27, before its entity fixes: 0.699 /
// 0.574 (rules alone 0.568 / 0.375); dev29 (dev29b_, dev29g_, dev29l_,
// dev29o_, dev29w_: twenty-five by five more: banking and scams, the games
// industry, labour, opinion pages with bylined writers, world wire news)
// with the models retrained with dev28, before its entity fixes: 0.644 /
// 0.480 (rules alone 0.517 / 0.301); dev30 (dev30a_, dev30d_, dev30e_,
// dev30f_, dev30k_: twenty-five by five more: activism and protest,
// governments' own communications, wire news from Europe, the Middle East
// and Central Asia, elections and fact-checkers, crime and policing) with
// the models retrained with dev29, before its entity fixes: 0.690 / 0.548
// (rules alone 0.572 / 0.374); dev31 (dev31c_, dev31h_, dev31m_, dev31s_,
// dev31y_: twenty-five by five more: content moderation, health
// information, news publishers, wire news from South and Southeast Asia,
// Africa and Latin America, children's online safety) with the models
// retrained with dev30, before its entity fixes: 0.683 / 0.544 (rules alone
// 0.541 / 0.340); dev32 (dev32b_, dev32e_, dev32p_, dev32r_, dev32u_:
// twenty-five by five more: platform business and rival launches,
// extremist and banned groups, politicians and parliaments, privacy and
// encryption, creators and small businesses) with the models retrained
// with dev31, before its entity fixes: 0.694 / 0.607 (rules alone 0.567 /
// 0.413), 0.695 / 0.612 with session 129's rules; dev33 (dev33g_,
// dev33w_, dev33c_, dev33s_, dev33n_: twenty-five by five more:
// governments blocking platforms, whistleblowers and moderators,
// charities and NGOs, sports stars and clubs, residents' groups) with the
// same models and session 129's rules (written without reading it), before
// its entity fixes: 0.708 / 0.587 (rules alone 0.564 / 0.397). Session
// 129 retrained both models with dev32 and did not keep them: the search
// chose L2 3 and minimum count 2, a CV F_avg of 0.725 against 0.724, and
// on dev33, which neither model had seen, that model scored 0.707 / 0.576
// against these models' 0.708 / 0.587, for a model three times the size
// (New 30% slower). dev34 (dev34a_, dev34m_, dev34u_, dev34d_, dev34t_:
// twenty-five by five more: AI-generated content and deepfakes, war and
// conflict reporting, universities and researchers, disability and
// accessibility, tourism and hospitality) with the same models and
// session 130's rules (written without reading it), before its entity
// fixes: 0.727 / 0.608 (rules alone 0.611 / 0.418). dev35 (dev35h_,
// dev35f_, dev35o_, dev35g_, dev35v_: twenty-five by five more:
// harassment of public figures, scams and impersonation, hacks and
// outages, gambling and live-streaming, volunteer moderators) with the
// same models and session 131's rules (written without reading it),
// before its entity fixes: 0.720 / 0.609 (rules alone 0.607 / 0.418).
// dev36 (dev36p_, dev36i_, dev36d_, dev36k_, dev36q_: twenty-five by five
// more: prisons and prisoners' families, indigenous communities,
// diplomats and embassies, music fandoms, LGBTQ+ communities) with the
// same models and session 132's rules (written without reading it),
// before its entity fixes: 0.763 / 0.626 (rules alone 0.663 / 0.461).
// dev37 (dev37t_, dev37m_, dev37g_, dev37w_, dev37f_: twenty-five by five
// more: public transport, museums and archives, gig-economy workers,
// weather and storms, death and memorials) with the same models and
// session 133's rules (written without reading it), before its entity
// fixes: 0.770 / 0.627 (rules alone 0.670 / 0.470).
// dev38 (dev38h_, dev38s_, dev38r_, dev38c_, dev38v_: twenty-five by five
// more: housing and renters, schools and parents, restaurants and food
// businesses, faith communities, veterans and military families) with
// session 133's models and session 134's rules (written without reading
// it), before its entity fixes: 0.778 / 0.628 (rules alone 0.666 / 0.446);
// session 133's code gives the same.
// dev39 (dev39n_, dev39t_, dev39f_, dev39b_, dev39e_: twenty-five by five
// more: nurses and hospital staff, truck drivers and hauliers, film-makers
// and festivals, barbers and salons, firefighters and rescue volunteers)
// with session 134's code and models (written without reading it): 0.748
// / 0.630 (rules alone 0.644 / 0.448).
// dev40 (dev40p_, dev40l_, dev40a_, dev40w_, dev40i_: twenty-five by five
// more: postal workers and couriers, lifeguards and beaches, amateur
// astronomers, winemakers and distillers, island communities and ferries)
// with session 135's code and models (written without reading it): 0.818
// / 0.706 (rules alone 0.680 / 0.489).
// dev41 (dev41b_, dev41c_, dev41k_, dev41m_, dev41h_: twenty-five by five
// more: beekeepers, choirs and brass bands, knitters and potters, market
// traders and food trucks, riders and farriers) with session 136's code
// and models (written without reading it): 0.802 / 0.683 (rules alone
// 0.647 / 0.445).
// dev42 (dev42r_, dev42f_, dev42a_, dev42t_, dev42c_: twenty-five by five
// more: heritage railways, funfairs and circuses, antiques and auctions,
// taxi drivers, chess and bridge clubs) with session 137's code and models
// (written without reading it): 0.771 / 0.673 (rules alone 0.616 /
// 0.458).
// dev43 (dev43b_, dev43p_, dev43i_, dev43s_, dev43u_: twenty-five by five
// more: birdwatchers, community pharmacists, tattoo studios, skateboarders
// and BMX riders, running clubs) with session 138's code and models
// (written without reading it): 0.820 / 0.674 (rules alone 0.628 /
// 0.390).
// dev44 (dev44r_, dev44c_, dev44w_, dev44f_, dev44b_: twenty-five by five
// more: community and hospital radio, cosplayers and comic conventions,
// surfers and surf schools, foster and kinship carers, bell ringers) with
// session 139's code and models (written without reading it): 0.785 /
// 0.675 (rules alone 0.639 / 0.451).
// dev45 (dev45p_, dev45q_, dev45g_, dev45d_, dev45b_: twenty-five by five
// more: pigeon racing, pub quiz leagues, family historians, driving
// instructors, blood and plasma donors) with session 140's code and models
// (written without reading it): 0.814 / 0.688 (rules alone 0.653 /
// 0.439).
// dev46 (dev46a_, dev46c_, dev46m_, dev46i_, dev46t_: twenty-five by five
// more: artisan bakers, stamp and coin collectors, magicians, interpreters,
// tree surgeons and tree wardens) with session 141's code and models
// (written without reading it): 0.813 / 0.645 (rules alone 0.636 /
// 0.406).
// dev47 (dev47c_, dev47l_, dev47s_, dev47v_, dev47p_: twenty-five by five
// more: cheesemakers, locksmiths, stonemasons and dry-stone wallers,
// cavers and cave rescuers, piano tuners) with session 142's code and
// models (written without reading it): 0.829 / 0.765 (rules alone 0.652 /
// 0.482).
// dev48 (dev48f_, dev48b_, dev48o_, dev48k_, dev48w_: twenty-five by five
// more: falconers, blacksmiths, orienteers, lighthouse keepers, clock and
// watch repairers) with session 143's code and models (written without
// reading it): 0.807 / 0.706 (rules alone 0.623 / 0.434).
// dev49 (dev49s_, dev49g_, dev49r_, dev49t_, dev49e_: twenty-five by five
// more: sheepdog trialists, glassblowers, bell-ringers, thatchers, fencing
// clubs) with session 144's code and models (written without reading it):
// 0.807 / 0.751 (rules alone 0.620 / 0.470).
// dev50 (dev50t_, dev50a_, dev50b_, dev50m_, dev50l_: twenty-five by five
// more: taxidermists, archers and bowyers, bonsai growers, mushroom
// foragers, luthiers) with session 145's code and models (written without
// reading it): 0.816 / 0.682 (rules alone 0.670 / 0.451).
// dev51 (dev51o_, dev51s_, dev51c_, dev51h_, dev51r_: twenty-five by five
// more: origami and paper folders, scuba divers and dive-boat skippers,
// croquet clubs, radio amateurs, roller derby leagues) with session 146's
// code and models (written without reading it): 0.829 / 0.750 (rules
// alone 0.639 / 0.472).
// dev52 (dev52a_, dev52d_, dev52p_, dev52c_, dev52l_: twenty-five by five
// more: calligraphers and sign-writers, pub darts leagues, pipe bands,
// cobblers, lacemakers) with session 147's code and models (written
// without reading it): 0.814 / 0.728 (rules alone 0.634 / 0.472).
// dev53 (dev53s_, dev53t_, dev53m_, dev53k_, dev53c_: twenty-five by five
// more: snooker clubs and leagues, tailors and dressmakers, morris sides,
// kite flyers, stone carvers and letter cutters) with session 148's code
// and session 147's models (written without reading it): 0.829 / 0.703
// (rules alone 0.625 / 0.423).
// dev54 (dev54s_, dev54c_, dev54p_, dev54m_, dev54e_: twenty-five by five
// more: sea shanty choirs, curling clubs, puppeteers, milliners, escape
// room operators and puzzle designers) with session 149's code and models
// (written without reading it): 0.832 / 0.761 (rules alone 0.624 / 0.450).
// dev55 (dev55p_, dev55x_, dev55v_, dev55d_, dev55b_: twenty-five by five
// more: perfumers, crossword setters, vintners, clog and step dancers,
// bookbinders) with session 150's code and models (written without reading
// it): 0.807 / 0.725 (rules alone 0.594 / 0.407).
// dev56 (dev56h_, dev56m_, dev56n_, dev56a_, dev56o_: twenty-five by five
// more: amateur radio operators, metal detectorists, pinball restorers and
// arcade operators, accordion players, orchid growers) with session 151's
// code and session 150's models (written without reading it): 0.792 /
// 0.728 (rules alone 0.603 / 0.425).
// dev57 (dev57g_, dev57k_, dev57l_, dev57q_, dev57d_: twenty-five by five
// more: geocachers, kayakers and canoe clubs, letterpress printers, home
// aquarium keepers, dog show exhibitors and breed clubs) with session
// 152's code and models (written without reading it): 0.808 / 0.772
// (rules alone 0.599 / 0.453).
// dev58 (dev58o_, dev58n_, dev58r_, dev58j_, dev58u_: twenty-five by five
// more: church and concert organists, netball players and clubs, hobby
// drone pilots and aerial photographers, jigsaw puzzlers, ukulele players
// and clubs) with session 153's code and models (written without reading
// it): 0.802 / 0.752 (rules alone 0.628 / 0.461).
// dev59 (dev59l_, dev59h_, dev59p_, dev59t_, dev59i_: twenty-five by five
// more: lacrosse players and clubs, harpists and harp societies, parkour
// and freerunning, triathletes and triathlon clubs, amateur and semi-pro
// ice hockey) with session 154's code and models (written without reading
// it): 0.793 / 0.730 (rules alone 0.607 / 0.437).
// dev60 (dev60w_, dev60m_, dev60s_, dev60b_, dev60a_: twenty-five by five
// more: water polo players and clubs, muralists and street artists,
// open-water and year-round sea swimmers, bouldering and indoor climbing
// gyms, axe-throwing venues and leagues) with session 155's code and
// models (written without reading it): 0.806 / 0.745 (rules alone 0.660 /
// 0.500).
// dev61 (dev61h_, dev61c_, dev61r_, dev61d_, dev61j_: twenty-five by five
// more: hurling and camogie clubs, cartographers and mapping societies,
// rodeo riders and associations, disc golf players and leagues, judo clubs
// and competitors) with session 156's code and models (written without
// reading it): 0.822 / 0.738 (rules alone 0.639 / 0.484); dev62 (dev62s_,
// dev62u_, dev62b_, dev62y_, dev62k_: twenty-five by five more: amateur
// sumo, ultimate frisbee, bobsleigh, skeleton and luge, cyclocross, karate
// dojos and unions) with session 157's code and models (written without
// reading it): 0.824 / 0.776 (rules alone 0.646 / 0.498); dev63 (dev63t_,
// dev63b_, dev63h_, dev63w_, dev63g_: twenty-five by five more: amateur
// table tennis, community badminton, team handball, Olympic-style
// weightlifting, community gymnastics) with session 158's code and models
// (written without reading it): 0.834 / 0.773 (rules alone 0.655 / 0.476).
const (
	articleFloorF       = 0.86 // measured 0.887 with dev63 (session 159, with its rules and session 158's models); 0.888 with dev62 (session 158, with its rules and the models retrained with dev61); 0.889 with dev61 (session 157, with its rules and the models retrained with dev60); 0.886 with dev60 (session 156, with its rules and the models retrained with dev59); 0.882 with dev59 (session 155); 0.883 with dev58 (session 154); 0.884 with dev57 (session 153); 0.886 with dev56 (session 152); 0.884 with dev55 (session 151); 0.885 with dev54 (session 150); 0.884 with dev53 (session 149); 0.880 with dev52 (session 148); 0.882 with dev51 (session 147); 0.880 with dev50 (session 146); 0.881 with dev49 (session 145); 0.880 with dev48 (session 144); 0.880 with dev47 (session 143); 0.878 with dev46 (session 142); 0.876 with dev45 (session 141); 0.875 with dev44 (session 140); 0.869 with dev43 (session 139); 0.873 with dev42 (session 138); 0.868 with dev41 (session 137); 0.866 with dev40 (session 136); 0.862 with dev39 (session 135); 0.863 with dev38 (session 134); 0.862 with dev37 (session 133); 0.841 with dev37 before the retraining (session 133); 0.844 with dev32 to dev36 (session 132); 0.847 with dev32 to dev35 (session 131); 0.853 with dev32, dev33 and dev34 (session 130); 0.859 with dev32 and dev33 (session 129); 0.866 with dev32 (session 128); 0.875 without either (session 127)
	articleFloorHolder  = 0.80 // measured 0.825 with dev63 (session 159, with its rules and session 158's models); 0.825 with dev62 (session 158, with its rules and the models retrained with dev61); 0.818 with dev61 (session 157, with its rules and the models retrained with dev60); 0.817 with dev60 (session 156, with its rules and the models retrained with dev59); 0.818 with dev59 (session 155); 0.818 with dev58 (session 154); 0.813 with dev57 (session 153); 0.812 with dev56 (session 152); 0.808 with dev55 (session 151); 0.809 with dev54 (session 150); 0.806 with dev53 (session 149); 0.801 with dev52 (session 148); 0.802 with dev51 (session 147); 0.799 with dev50 (session 146); 0.801 with dev49 (session 145); 0.799 with dev48 (session 144); 0.798 with dev47 (session 143); 0.795 with dev46 (session 142); 0.793 with dev45 (session 141); 0.792 with dev44 (session 140); 0.786 with dev43 (session 139); 0.789 with dev42 (session 138); 0.787 with dev41 (session 137); 0.785 with dev40 (session 136); 0.784 with dev39 (session 135); 0.783 with dev38 (session 134); 0.783 with dev37 (session 133); 0.757 with dev37 before the retraining (session 133); 0.763 with dev32 to dev36 (session 132); 0.769 with dev32 to dev35 (session 131); 0.775 with dev32, dev33 and dev34 (session 130); 0.781 with dev32 and dev33 (session 129); 0.789 with dev32 (session 128); 0.797 without either (session 127)
	origFloorF          = 0.88 // measured 0.909 in-sample (session 159); 0.909 in-sample (session 158); 0.928 in-sample (session 157); 0.917 in-sample (session 156); 0.923 in-sample (session 155); 0.923 in-sample (session 154); 0.924 in-sample (session 153); 0.924 in-sample (session 152); 0.917 in-sample (session 151); 0.917 in-sample (session 150); 0.917 in-sample (session 149); 0.925 in-sample (session 148); 0.925 in-sample (session 147); 0.925 in-sample (session 146); 0.925 in-sample (session 145); 0.922 in-sample (session 144); 0.922 in-sample (session 143); 0.922 in-sample (session 142); 0.922 in-sample (session 141); 0.922 in-sample (session 140); 0.922 in-sample (session 139); 0.925 in-sample (session 138); 0.925 in-sample (session 137); 0.930 in-sample (session 136); 0.917 in-sample (session 135); 0.921 in-sample (session 134); 0.928 in-sample (session 133); 0.934 (session 127)
	origFloorHolder     = 0.84 // measured 0.865 in-sample (session 159); 0.865 in-sample (session 158); 0.865 in-sample (session 157); 0.856 in-sample (session 156); 0.865 in-sample (session 155); 0.865 in-sample (session 154); 0.865 in-sample (session 153); 0.865 in-sample (session 152); 0.865 in-sample (session 151); 0.865 in-sample (session 150); 0.865 in-sample (session 149); 0.892 in-sample (session 148); 0.892 in-sample (session 147); 0.865 in-sample (session 146); 0.865 in-sample (session 145); 0.856 in-sample (session 144); 0.856 in-sample (session 143); 0.856 in-sample (session 142); 0.856 in-sample (session 141); 0.856 in-sample (session 140); 0.856 in-sample (session 139); 0.856 in-sample (session 138); 0.856 in-sample (session 137); 0.856 in-sample (session 136); 0.856 in-sample (session 135); 0.856 in-sample (session 134); 0.856 in-sample (session 133); 0.847 (session 127)
	dev2FloorF          = 0.91 // measured 0.935 in-sample (session 159); 0.935 in-sample (session 158); 0.930 in-sample (session 157); 0.931 in-sample (session 156); 0.907 in-sample (session 155); 0.907 in-sample (session 154); 0.928 in-sample (session 153); 0.928 in-sample (session 152); 0.929 in-sample (session 151); 0.929 in-sample (session 150); 0.932 in-sample (session 149); 0.936 in-sample (session 148); 0.936 in-sample (session 147); 0.936 in-sample (session 146); 0.945 in-sample (session 145); 0.945 in-sample (session 144); 0.949 in-sample (session 143); 0.945 in-sample (session 142); 0.945 in-sample (session 141); 0.943 in-sample (session 140); 0.939 in-sample (session 139); 0.940 in-sample (session 138); 0.941 in-sample (session 137); 0.935 in-sample (session 136); 0.936 in-sample (session 135); 0.940 in-sample (session 134); 0.941 in-sample (session 133); 0.945 (session 127)
	dev2FloorHolder     = 0.87 // measured 0.895 in-sample (session 159); 0.895 in-sample (session 158); 0.914 in-sample (session 157); 0.905 in-sample (session 156); 0.905 in-sample (session 155); 0.905 in-sample (session 154); 0.905 in-sample (session 153); 0.905 in-sample (session 152); 0.914 in-sample (session 151); 0.914 in-sample (session 150); 0.914 in-sample (session 149); 0.914 in-sample (session 148); 0.914 in-sample (session 147); 0.914 in-sample (session 146); 0.924 in-sample (session 145); 0.924 in-sample (session 144); 0.924 in-sample (session 143); 0.924 in-sample (session 142); 0.924 in-sample (session 141); 0.914 in-sample (session 140); 0.905 in-sample (session 139); 0.914 in-sample (session 138); 0.905 in-sample (session 137); 0.905 in-sample (session 136); 0.914 in-sample (session 135); 0.895 in-sample (session 134); 0.905 in-sample (session 133); 0.914 (session 127)
	goldFloorF          = 0.86 // measured 0.887 with dev63 (session 159, with its rules and session 158's models); 0.888 with dev62 (session 158, with its rules and the models retrained with dev61); 0.889 with dev61 (session 157, with its rules and the models retrained with dev60); 0.886 with dev60 (session 156, with its rules and the models retrained with dev59); 0.882 with dev59 (session 155); 0.883 with dev58 (session 154); 0.884 with dev57 (session 153); 0.886 with dev56 (session 152); 0.884 with dev55 (session 151); 0.885 with dev54 (session 150); 0.884 with dev53 (session 149); 0.880 with dev52 (session 148); 0.882 with dev51 (session 147); 0.880 with dev50 (session 146); 0.881 with dev49 (session 145); 0.880 with dev48 (session 144); 0.880 with dev47 (session 143); 0.878 with dev46 (session 142); 0.876 with dev45 (session 141); 0.875 with dev44 (session 140); 0.869 with dev43 (session 139); 0.873 with dev42 (session 138); 0.868 with dev41 (session 137); 0.866 with dev40 (session 136); 0.862 with dev39 (session 135); 0.863 with dev38 (session 134); 0.862 with dev37 (session 133); 0.841 with dev37 before the retraining (session 133); 0.844 with dev32 to dev36 (session 132); 0.848 with dev32 to dev35 (session 131); 0.853 with dev32, dev33 and dev34 (session 130); 0.859 with dev32 and dev33 (session 129); 0.866 with dev32 (session 128); 0.875 without either (session 127)
	goldFloorHolder     = 0.81 // measured 0.836 with dev63 (session 159, with its rules and session 158's models); 0.837 with dev62 (session 158, with its rules and the models retrained with dev61); 0.830 with dev61 (session 157, with its rules and the models retrained with dev60); 0.829 with dev60 (session 156, with its rules and the models retrained with dev59); 0.832 with dev59 (session 155); 0.831 with dev58 (session 154); 0.826 with dev57 (session 153); 0.826 with dev56 (session 152); 0.823 with dev55 (session 151); 0.822 with dev54 (session 150); 0.821 with dev53 (session 149); 0.815 with dev52 (session 148); 0.816 with dev51 (session 147); 0.813 with dev50 (session 146); 0.812 with dev49 (session 145); 0.811 with dev48 (session 144); 0.812 with dev47 (session 143); 0.808 with dev46 (session 142); 0.806 with dev45 (session 141); 0.805 with dev44 (session 140); 0.800 with dev43 (session 139); 0.801 with dev42 (session 138); 0.798 with dev41 (session 137); 0.797 with dev40 (session 136); 0.792 with dev39 (session 135); 0.790 with dev38 (session 134); 0.790 with dev37 (session 133); 0.764 with dev37 before the retraining (session 133); 0.769 with dev32 to dev36 (session 132); 0.774 with dev32 to dev35 (session 131); 0.782 with dev32, dev33 and dev34 (session 130); 0.788 with dev32 and dev33 (session 129); 0.795 with dev32 (session 128); 0.803 without either (session 127)
	dev2GoldFloorF      = 0.91 // measured 0.935 in-sample (session 159); 0.935 in-sample (session 158); 0.930 in-sample (session 157); 0.931 in-sample (session 156); 0.907 in-sample (session 155); 0.907 in-sample (session 154); 0.928 in-sample (session 153); 0.928 in-sample (session 152); 0.929 in-sample (session 151); 0.929 in-sample (session 150); 0.932 in-sample (session 149); 0.936 in-sample (session 148); 0.936 in-sample (session 147); 0.936 in-sample (session 146); 0.945 in-sample (session 145); 0.945 in-sample (session 144); 0.949 in-sample (session 143); 0.945 in-sample (session 142); 0.945 in-sample (session 141); 0.943 in-sample (session 140); 0.939 in-sample (session 139); 0.940 in-sample (session 138); 0.941 in-sample (session 137); 0.935 in-sample (session 136); 0.936 in-sample (session 135); 0.940 in-sample (session 134); 0.941 in-sample (session 133); 0.945 (session 127)
	dev2GoldFloorHolder = 0.87 // measured 0.895 in-sample (session 159); 0.895 in-sample (session 158); 0.914 in-sample (session 157); 0.905 in-sample (session 156); 0.905 in-sample (session 155); 0.905 in-sample (session 154); 0.905 in-sample (session 153); 0.905 in-sample (session 152); 0.914 in-sample (session 151); 0.914 in-sample (session 150); 0.914 in-sample (session 149); 0.914 in-sample (session 148); 0.914 in-sample (session 147); 0.914 in-sample (session 146); 0.924 in-sample (session 145); 0.924 in-sample (session 144); 0.924 in-sample (session 143); 0.924 in-sample (session 142); 0.924 in-sample (session 141); 0.914 in-sample (session 140); 0.905 in-sample (session 139); 0.914 in-sample (session 138); 0.905 in-sample (session 137); 0.905 in-sample (session 136); 0.914 in-sample (session 135); 0.895 in-sample (session 134); 0.905 in-sample (session 133); 0.914 (session 127)
	h1FloorF            = 0.88 // measured 0.908 in-sample (session 159); 0.908 in-sample (session 158); 0.877 in-sample (session 157); 0.908 in-sample (session 156); 0.877 in-sample (session 155); 0.881 in-sample (session 154); 0.908 in-sample (session 153); 0.908 in-sample (session 152); 0.908 in-sample (session 151); 0.908 in-sample (session 150); 0.900 in-sample (session 149); 0.900 in-sample (session 148); 0.900 in-sample (session 147); 0.900 in-sample (session 146); 0.900 in-sample (session 145); 0.908 in-sample (session 144); 0.908 in-sample (session 143); 0.915 in-sample (session 142); 0.923 in-sample (session 141); 0.915 in-sample (session 140); 0.915 in-sample (session 139); 0.923 in-sample (session 138); 0.923 in-sample (session 137); 0.923 in-sample (session 136); 0.923 in-sample (session 135); 0.923 in-sample (session 134); 0.931 in-sample (session 133); 0.931 (session 127)
	h1FloorHolder       = 0.86 // measured 0.886 in-sample (session 159); 0.886 in-sample (session 158); 0.841 in-sample (session 157); 0.886 in-sample (session 156); 0.841 in-sample (session 155); 0.841 in-sample (session 154); 0.886 in-sample (session 153); 0.886 in-sample (session 152); 0.886 in-sample (session 151); 0.886 in-sample (session 150); 0.886 in-sample (session 149); 0.886 in-sample (session 148); 0.886 in-sample (session 147); 0.886 in-sample (session 146); 0.886 in-sample (session 145); 0.886 in-sample (session 144); 0.886 in-sample (session 143); 0.886 in-sample (session 142); 0.886 in-sample (session 141); 0.886 in-sample (session 140); 0.886 in-sample (session 139); 0.886 in-sample (session 138); 0.886 in-sample (session 137); 0.886 in-sample (session 136); 0.886 in-sample (session 135); 0.886 in-sample (session 134); 0.886 in-sample (session 133); 0.886 (session 127)
	dev3FloorF          = 0.89 // measured 0.912 in-sample (session 159); 0.912 in-sample (session 158); 0.899 in-sample (session 157); 0.899 in-sample (session 156); 0.899 in-sample (session 155); 0.899 in-sample (session 154); 0.912 in-sample (session 153); 0.912 in-sample (session 152); 0.906 in-sample (session 151); 0.906 in-sample (session 150); 0.906 in-sample (session 149); 0.918 in-sample (session 148); 0.918 in-sample (session 147); 0.918 in-sample (session 146); 0.906 in-sample (session 145); 0.912 in-sample (session 144); 0.912 in-sample (session 143); 0.912 in-sample (session 142); 0.912 in-sample (session 141); 0.912 in-sample (session 140); 0.912 in-sample (session 139); 0.912 in-sample (session 138); 0.924 in-sample (session 137); 0.924 in-sample (session 136); 0.924 in-sample (session 135); 0.912 in-sample (session 134); 0.924 in-sample (session 133); 0.930 (session 127)
	dev3FloorHolder     = 0.85 // measured 0.870 in-sample (session 159); 0.870 in-sample (session 158); 0.844 in-sample (session 157); 0.857 in-sample (session 156); 0.857 in-sample (session 155); 0.857 in-sample (session 154); 0.870 in-sample (session 153); 0.870 in-sample (session 152); 0.870 in-sample (session 151); 0.870 in-sample (session 150); 0.870 in-sample (session 149); 0.883 in-sample (session 148); 0.883 in-sample (session 147); 0.883 in-sample (session 146); 0.870 in-sample (session 145); 0.870 in-sample (session 144); 0.883 in-sample (session 143); 0.883 in-sample (session 142); 0.883 in-sample (session 141); 0.883 in-sample (session 140); 0.883 in-sample (session 139); 0.883 in-sample (session 138); 0.896 in-sample (session 137); 0.896 in-sample (session 136); 0.896 in-sample (session 135); 0.870 in-sample (session 134); 0.883 in-sample (session 133); 0.896 (session 127)
	dev4FloorF          = 0.83 // measured 0.853 in-sample (session 159); 0.853 in-sample (session 158); 0.869 in-sample (session 157); 0.855 in-sample (session 156); 0.856 in-sample (session 155); 0.853 in-sample (session 154); 0.853 in-sample (session 153); 0.853 in-sample (session 152); 0.851 in-sample (session 151); 0.851 in-sample (session 150); 0.851 in-sample (session 149); 0.855 in-sample (session 148); 0.855 in-sample (session 147); 0.864 in-sample (session 146); 0.861 in-sample (session 145); 0.857 in-sample (session 144); 0.863 in-sample (session 143); 0.860 in-sample (session 142); 0.854 in-sample (session 141); 0.862 in-sample (session 140); 0.851 in-sample (session 139); 0.863 in-sample (session 138); 0.844 in-sample (session 137); 0.850 in-sample (session 136); 0.861 in-sample (session 135); 0.857 in-sample (session 134); 0.853 in-sample (session 133); 0.876 (session 127)
	dev4FloorHolder     = 0.80 // measured 0.820 in-sample (session 159); 0.820 in-sample (session 158); 0.824 in-sample (session 157); 0.817 in-sample (session 156); 0.820 in-sample (session 155); 0.814 in-sample (session 154); 0.820 in-sample (session 153); 0.820 in-sample (session 152); 0.817 in-sample (session 151); 0.817 in-sample (session 150); 0.814 in-sample (session 149); 0.817 in-sample (session 148); 0.817 in-sample (session 147); 0.824 in-sample (session 146); 0.820 in-sample (session 145); 0.820 in-sample (session 144); 0.831 in-sample (session 143); 0.824 in-sample (session 142); 0.820 in-sample (session 141); 0.824 in-sample (session 140); 0.820 in-sample (session 139); 0.820 in-sample (session 138); 0.817 in-sample (session 137); 0.817 in-sample (session 136); 0.827 in-sample (session 135); 0.820 in-sample (session 134); 0.817 in-sample (session 133); 0.824 (session 127)
	dev5FloorF          = 0.77 // measured 0.796 in-sample (session 159); 0.796 in-sample (session 158); 0.800 in-sample (session 157); 0.807 in-sample (session 156); 0.791 in-sample (session 155); 0.791 in-sample (session 154); 0.798 in-sample (session 153); 0.798 in-sample (session 152); 0.808 in-sample (session 151); 0.808 in-sample (session 150); 0.809 in-sample (session 149); 0.821 in-sample (session 148); 0.821 in-sample (session 147); 0.816 in-sample (session 146); 0.821 in-sample (session 145); 0.818 in-sample (session 144); 0.822 in-sample (session 143); 0.825 in-sample (session 142); 0.817 in-sample (session 141); 0.822 in-sample (session 140); 0.811 in-sample (session 139); 0.824 in-sample (session 138); 0.823 in-sample (session 137); 0.816 in-sample (session 136); 0.829 in-sample (session 135); 0.821 in-sample (session 134); 0.830 in-sample (session 133); 0.844 (session 127)
	dev5FloorHolder     = 0.76 // measured 0.780 in-sample (session 159); 0.780 in-sample (session 158); 0.776 in-sample (session 157); 0.776 in-sample (session 156); 0.783 in-sample (session 155); 0.783 in-sample (session 154); 0.776 in-sample (session 153); 0.776 in-sample (session 152); 0.780 in-sample (session 151); 0.780 in-sample (session 150); 0.783 in-sample (session 149); 0.787 in-sample (session 148); 0.787 in-sample (session 147); 0.783 in-sample (session 146); 0.787 in-sample (session 145); 0.780 in-sample (session 144); 0.783 in-sample (session 143); 0.783 in-sample (session 142); 0.783 in-sample (session 141); 0.783 in-sample (session 140); 0.780 in-sample (session 139); 0.787 in-sample (session 138); 0.783 in-sample (session 137); 0.776 in-sample (session 136); 0.787 in-sample (session 135); 0.787 in-sample (session 134); 0.795 in-sample (session 133); 0.799 (session 127)
	dev6FloorF          = 0.79 // measured 0.815 in-sample (session 159); 0.815 in-sample (session 158); 0.815 in-sample (session 157); 0.817 in-sample (session 156); 0.805 in-sample (session 155); 0.806 in-sample (session 154); 0.818 in-sample (session 153); 0.818 in-sample (session 152); 0.813 in-sample (session 151); 0.813 in-sample (session 150); 0.810 in-sample (session 149); 0.807 in-sample (session 148); 0.807 in-sample (session 147); 0.808 in-sample (session 146); 0.812 in-sample (session 145); 0.809 in-sample (session 144); 0.814 in-sample (session 143); 0.805 in-sample (session 142); 0.806 in-sample (session 141); 0.806 in-sample (session 140); 0.807 in-sample (session 139); 0.817 in-sample (session 138); 0.817 in-sample (session 137); 0.818 in-sample (session 136); 0.824 in-sample (session 135); 0.826 in-sample (session 134); 0.825 in-sample (session 133); 0.830 (session 127)
	dev6FloorHolder     = 0.78 // measured 0.805 in-sample (session 159); 0.805 in-sample (session 158); 0.798 in-sample (session 157); 0.802 in-sample (session 156); 0.802 in-sample (session 155); 0.802 in-sample (session 154); 0.805 in-sample (session 153); 0.805 in-sample (session 152); 0.798 in-sample (session 151); 0.794 in-sample (session 150); 0.786 in-sample (session 149); 0.790 in-sample (session 148); 0.790 in-sample (session 147); 0.786 in-sample (session 146); 0.790 in-sample (session 145); 0.790 in-sample (session 144); 0.802 in-sample (session 143); 0.798 in-sample (session 142); 0.798 in-sample (session 141); 0.794 in-sample (session 140); 0.794 in-sample (session 139); 0.794 in-sample (session 138); 0.802 in-sample (session 137); 0.802 in-sample (session 136); 0.805 in-sample (session 135); 0.805 in-sample (session 134); 0.809 in-sample (session 133); 0.802 (session 127)
	dev7FloorF          = 0.79 // measured 0.819 in-sample (session 159); 0.819 in-sample (session 158); 0.851 in-sample (session 157); 0.812 in-sample (session 156); 0.823 in-sample (session 155); 0.835 in-sample (session 154); 0.815 in-sample (session 153); 0.815 in-sample (session 152); 0.812 in-sample (session 151); 0.812 in-sample (session 150); 0.810 in-sample (session 149); 0.809 in-sample (session 148); 0.809 in-sample (session 147); 0.815 in-sample (session 146); 0.819 in-sample (session 145); 0.821 in-sample (session 144); 0.823 in-sample (session 143); 0.817 in-sample (session 142); 0.818 in-sample (session 141); 0.825 in-sample (session 140); 0.824 in-sample (session 139); 0.829 in-sample (session 138); 0.820 in-sample (session 137); 0.822 in-sample (session 136); 0.823 in-sample (session 135); 0.825 in-sample (session 134); 0.831 in-sample (session 133); 0.848 in-sample (session 127)
	dev7FloorHolder     = 0.76 // measured 0.784 in-sample (session 159); 0.784 in-sample (session 158); 0.796 in-sample (session 157); 0.771 in-sample (session 156); 0.796 in-sample (session 155); 0.800 in-sample (session 154); 0.780 in-sample (session 153); 0.780 in-sample (session 152); 0.780 in-sample (session 151); 0.784 in-sample (session 150); 0.780 in-sample (session 149); 0.776 in-sample (session 148); 0.776 in-sample (session 147); 0.780 in-sample (session 146); 0.784 in-sample (session 145); 0.780 in-sample (session 144); 0.780 in-sample (session 143); 0.780 in-sample (session 142); 0.780 in-sample (session 141); 0.776 in-sample (session 140); 0.771 in-sample (session 139); 0.776 in-sample (session 138); 0.771 in-sample (session 137); 0.784 in-sample (session 136); 0.784 in-sample (session 135); 0.784 in-sample (session 134); 0.788 in-sample (session 133); 0.792 in-sample (session 127)
	dev8FloorF          = 0.88 // measured 0.904 in-sample (session 159); 0.904 in-sample (session 158); 0.884 in-sample (session 157); 0.890 in-sample (session 156); 0.879 in-sample (session 155); 0.879 in-sample (session 154); 0.894 in-sample (session 153); 0.894 in-sample (session 152); 0.894 in-sample (session 151); 0.894 in-sample (session 150); 0.887 in-sample (session 149); 0.885 in-sample (session 148); 0.885 in-sample (session 147); 0.895 in-sample (session 146); 0.897 in-sample (session 145); 0.897 in-sample (session 144); 0.897 in-sample (session 143); 0.912 in-sample (session 142); 0.909 in-sample (session 141); 0.897 in-sample (session 140); 0.880 in-sample (session 139); 0.905 in-sample (session 138); 0.890 in-sample (session 137); 0.890 in-sample (session 136); 0.887 in-sample (session 135); 0.887 in-sample (session 134); 0.903 in-sample (session 133); 0.893 in-sample (session 127)
	dev8FloorHolder     = 0.78 // measured 0.808 in-sample (session 159); 0.808 in-sample (session 158); 0.775 in-sample (session 157); 0.788 in-sample (session 156); 0.775 in-sample (session 155); 0.775 in-sample (session 154); 0.801 in-sample (session 153); 0.801 in-sample (session 152); 0.795 in-sample (session 151); 0.788 in-sample (session 150); 0.788 in-sample (session 149); 0.788 in-sample (session 148); 0.788 in-sample (session 147); 0.808 in-sample (session 146); 0.808 in-sample (session 145); 0.801 in-sample (session 144); 0.808 in-sample (session 143); 0.808 in-sample (session 142); 0.808 in-sample (session 141); 0.808 in-sample (session 140); 0.781 in-sample (session 139); 0.795 in-sample (session 138); 0.781 in-sample (session 137); 0.781 in-sample (session 136); 0.775 in-sample (session 135); 0.775 in-sample (session 134); 0.795 in-sample (session 133); 0.775 in-sample (session 127)
	dev9FloorF          = 0.85 // measured 0.874 in-sample (session 159); 0.874 in-sample (session 158); 0.882 in-sample (session 157); 0.874 in-sample (session 156); 0.869 in-sample (session 155); 0.867 in-sample (session 154); 0.883 in-sample (session 153); 0.883 in-sample (session 152); 0.893 in-sample (session 151); 0.893 in-sample (session 150); 0.890 in-sample (session 149); 0.891 in-sample (session 148); 0.891 in-sample (session 147); 0.887 in-sample (session 146); 0.892 in-sample (session 145); 0.888 in-sample (session 144); 0.884 in-sample (session 143); 0.884 in-sample (session 142); 0.878 in-sample (session 141); 0.882 in-sample (session 140); 0.882 in-sample (session 139); 0.887 in-sample (session 138); 0.890 in-sample (session 137); 0.889 in-sample (session 136); 0.886 in-sample (session 135); 0.891 in-sample (session 134); 0.891 in-sample (session 133); 0.894 in-sample (session 127)
	dev9FloorHolder     = 0.75 // measured 0.773 in-sample (session 159); 0.773 in-sample (session 158); 0.773 in-sample (session 157); 0.773 in-sample (session 156); 0.778 in-sample (session 155); 0.778 in-sample (session 154); 0.778 in-sample (session 153); 0.778 in-sample (session 152); 0.795 in-sample (session 151); 0.795 in-sample (session 150); 0.812 in-sample (session 149); 0.818 in-sample (session 148); 0.818 in-sample (session 147); 0.812 in-sample (session 146); 0.812 in-sample (session 145); 0.812 in-sample (session 144); 0.818 in-sample (session 143); 0.812 in-sample (session 142); 0.812 in-sample (session 141); 0.812 in-sample (session 140); 0.812 in-sample (session 139); 0.812 in-sample (session 138); 0.812 in-sample (session 137); 0.812 in-sample (session 136); 0.824 in-sample (session 135); 0.830 in-sample (session 134); 0.830 in-sample (session 133); 0.824 in-sample (session 127)
	dev10FloorF         = 0.83 // measured 0.855 in-sample (session 159); 0.855 in-sample (session 158); 0.854 in-sample (session 157); 0.859 in-sample (session 156); 0.843 in-sample (session 155); 0.850 in-sample (session 154); 0.844 in-sample (session 153); 0.844 in-sample (session 152); 0.846 in-sample (session 151); 0.846 in-sample (session 150); 0.842 in-sample (session 149); 0.845 in-sample (session 148); 0.845 in-sample (session 147); 0.845 in-sample (session 146); 0.841 in-sample (session 145); 0.845 in-sample (session 144); 0.845 in-sample (session 143); 0.853 in-sample (session 142); 0.851 in-sample (session 141); 0.855 in-sample (session 140); 0.856 in-sample (session 139); 0.854 in-sample (session 138); 0.862 in-sample (session 137); 0.859 in-sample (session 136); 0.859 in-sample (session 135); 0.859 in-sample (session 134); 0.861 in-sample (session 133); 0.875 in-sample (session 127)
	dev10FloorHolder    = 0.85 // measured 0.874 in-sample (session 159); 0.874 in-sample (session 158); 0.869 in-sample (session 157); 0.874 in-sample (session 156); 0.859 in-sample (session 155); 0.864 in-sample (session 154); 0.859 in-sample (session 153); 0.859 in-sample (session 152); 0.854 in-sample (session 151); 0.854 in-sample (session 150); 0.849 in-sample (session 149); 0.854 in-sample (session 148); 0.854 in-sample (session 147); 0.854 in-sample (session 146); 0.849 in-sample (session 145); 0.849 in-sample (session 144); 0.854 in-sample (session 143); 0.859 in-sample (session 142); 0.854 in-sample (session 141); 0.854 in-sample (session 140); 0.859 in-sample (session 139); 0.854 in-sample (session 138); 0.864 in-sample (session 137); 0.859 in-sample (session 136); 0.859 in-sample (session 135); 0.859 in-sample (session 134); 0.869 in-sample (session 133); 0.884 in-sample (session 127)
	dev11FloorF         = 0.81 // measured 0.836 in-sample (session 159); 0.836 in-sample (session 158); 0.882 in-sample (session 157); 0.845 in-sample (session 156); 0.874 in-sample (session 155); 0.879 in-sample (session 154); 0.858 in-sample (session 153); 0.858 in-sample (session 152); 0.863 in-sample (session 151); 0.863 in-sample (session 150); 0.865 in-sample (session 149); 0.865 in-sample (session 148); 0.865 in-sample (session 147); 0.861 in-sample (session 146); 0.865 in-sample (session 145); 0.867 in-sample (session 144); 0.867 in-sample (session 143); 0.869 in-sample (session 142); 0.878 in-sample (session 141); 0.880 in-sample (session 140); 0.872 in-sample (session 139); 0.871 in-sample (session 138); 0.878 in-sample (session 137); 0.867 in-sample (session 136); 0.867 in-sample (session 135); 0.867 in-sample (session 134); 0.869 in-sample (session 133); 0.878 in-sample (session 127)
	dev11FloorHolder    = 0.72 // measured 0.743 in-sample (session 159); 0.743 in-sample (session 158); 0.775 in-sample (session 157); 0.739 in-sample (session 156); 0.775 in-sample (session 155); 0.780 in-sample (session 154); 0.748 in-sample (session 153); 0.748 in-sample (session 152); 0.757 in-sample (session 151); 0.757 in-sample (session 150); 0.761 in-sample (session 149); 0.757 in-sample (session 148); 0.757 in-sample (session 147); 0.757 in-sample (session 146); 0.761 in-sample (session 145); 0.761 in-sample (session 144); 0.761 in-sample (session 143); 0.766 in-sample (session 142); 0.775 in-sample (session 141); 0.771 in-sample (session 140); 0.771 in-sample (session 139); 0.771 in-sample (session 138); 0.789 in-sample (session 137); 0.780 in-sample (session 136); 0.794 in-sample (session 135); 0.784 in-sample (session 134); 0.794 in-sample (session 133); 0.817 in-sample (session 127)
	dev12FloorF         = 0.87 // measured 0.890 in-sample (session 159); 0.890 in-sample (session 158); 0.877 in-sample (session 157); 0.886 in-sample (session 156); 0.858 in-sample (session 155); 0.858 in-sample (session 154); 0.890 in-sample (session 153); 0.890 in-sample (session 152); 0.887 in-sample (session 151); 0.887 in-sample (session 150); 0.885 in-sample (session 149); 0.889 in-sample (session 148); 0.889 in-sample (session 147); 0.887 in-sample (session 146); 0.886 in-sample (session 145); 0.884 in-sample (session 144); 0.884 in-sample (session 143); 0.891 in-sample (session 142); 0.888 in-sample (session 141); 0.892 in-sample (session 140); 0.889 in-sample (session 139); 0.887 in-sample (session 138); 0.882 in-sample (session 137); 0.885 in-sample (session 136); 0.885 in-sample (session 135); 0.877 in-sample (session 134); 0.873 in-sample (session 133); 0.893 in-sample (session 127)
	dev12FloorHolder    = 0.78 // measured 0.808 in-sample (session 159); 0.808 in-sample (session 158); 0.793 in-sample (session 157); 0.793 in-sample (session 156); 0.793 in-sample (session 155); 0.793 in-sample (session 154); 0.813 in-sample (session 153); 0.813 in-sample (session 152); 0.813 in-sample (session 151); 0.813 in-sample (session 150); 0.818 in-sample (session 149); 0.818 in-sample (session 148); 0.818 in-sample (session 147); 0.818 in-sample (session 146); 0.813 in-sample (session 145); 0.813 in-sample (session 144); 0.813 in-sample (session 143); 0.818 in-sample (session 142); 0.813 in-sample (session 141); 0.818 in-sample (session 140); 0.818 in-sample (session 139); 0.828 in-sample (session 138); 0.818 in-sample (session 137); 0.833 in-sample (session 136); 0.833 in-sample (session 135); 0.823 in-sample (session 134); 0.813 in-sample (session 133); 0.828 in-sample (session 127)
	dev13FloorF         = 0.82 // measured 0.845 in-sample (session 159); 0.845 in-sample (session 158); 0.853 in-sample (session 157); 0.844 in-sample (session 156); 0.844 in-sample (session 155); 0.847 in-sample (session 154); 0.854 in-sample (session 153); 0.854 in-sample (session 152); 0.860 in-sample (session 151); 0.860 in-sample (session 150); 0.874 in-sample (session 149); 0.856 in-sample (session 148); 0.856 in-sample (session 147); 0.853 in-sample (session 146); 0.851 in-sample (session 145); 0.851 in-sample (session 144); 0.851 in-sample (session 143); 0.851 in-sample (session 142); 0.850 in-sample (session 141); 0.854 in-sample (session 140); 0.847 in-sample (session 139); 0.852 in-sample (session 138); 0.852 in-sample (session 137); 0.846 in-sample (session 136); 0.851 in-sample (session 135); 0.852 in-sample (session 134); 0.840 in-sample (session 133); 0.872 in-sample (session 127)
	dev13FloorHolder    = 0.71 // measured 0.737 in-sample (session 159); 0.737 in-sample (session 158); 0.747 in-sample (session 157); 0.732 in-sample (session 156); 0.753 in-sample (session 155); 0.758 in-sample (session 154); 0.747 in-sample (session 153); 0.747 in-sample (session 152); 0.753 in-sample (session 151); 0.753 in-sample (session 150); 0.758 in-sample (session 149); 0.737 in-sample (session 148); 0.737 in-sample (session 147); 0.742 in-sample (session 146); 0.737 in-sample (session 145); 0.726 in-sample (session 144); 0.732 in-sample (session 143); 0.732 in-sample (session 142); 0.732 in-sample (session 141); 0.721 in-sample (session 140); 0.726 in-sample (session 139); 0.726 in-sample (session 138); 0.721 in-sample (session 137); 0.721 in-sample (session 136); 0.732 in-sample (session 135); 0.742 in-sample (session 134); 0.737 in-sample (session 133); 0.763 in-sample (session 127)
	dev14FloorF         = 0.84 // measured 0.866 in-sample (session 159); 0.866 in-sample (session 158); 0.864 in-sample (session 157); 0.867 in-sample (session 156); 0.856 in-sample (session 155); 0.857 in-sample (session 154); 0.860 in-sample (session 153); 0.860 in-sample (session 152); 0.867 in-sample (session 151); 0.867 in-sample (session 150); 0.872 in-sample (session 149); 0.877 in-sample (session 148); 0.877 in-sample (session 147); 0.874 in-sample (session 146); 0.879 in-sample (session 145); 0.873 in-sample (session 144); 0.866 in-sample (session 143); 0.868 in-sample (session 142); 0.871 in-sample (session 141); 0.877 in-sample (session 140); 0.863 in-sample (session 139); 0.874 in-sample (session 138); 0.865 in-sample (session 137); 0.863 in-sample (session 136); 0.855 in-sample (session 135); 0.860 in-sample (session 134); 0.865 in-sample (session 133); 0.881 in-sample (session 127)
	dev14FloorHolder    = 0.76 // measured 0.789 in-sample (session 159); 0.789 in-sample (session 158); 0.784 in-sample (session 157); 0.789 in-sample (session 156); 0.774 in-sample (session 155); 0.769 in-sample (session 154); 0.774 in-sample (session 153); 0.774 in-sample (session 152); 0.779 in-sample (session 151); 0.779 in-sample (session 150); 0.789 in-sample (session 149); 0.789 in-sample (session 148); 0.789 in-sample (session 147); 0.784 in-sample (session 146); 0.789 in-sample (session 145); 0.784 in-sample (session 144); 0.784 in-sample (session 143); 0.784 in-sample (session 142); 0.789 in-sample (session 141); 0.794 in-sample (session 140); 0.774 in-sample (session 139); 0.789 in-sample (session 138); 0.784 in-sample (session 137); 0.784 in-sample (session 136); 0.779 in-sample (session 135); 0.784 in-sample (session 134); 0.784 in-sample (session 133); 0.809 in-sample (session 127)
	dev15FloorF         = 0.81 // measured 0.839 in-sample (session 159); 0.839 in-sample (session 158); 0.853 in-sample (session 157); 0.838 in-sample (session 156); 0.849 in-sample (session 155); 0.851 in-sample (session 154); 0.838 in-sample (session 153); 0.838 in-sample (session 152); 0.835 in-sample (session 151); 0.835 in-sample (session 150); 0.835 in-sample (session 149); 0.848 in-sample (session 148); 0.848 in-sample (session 147); 0.841 in-sample (session 146); 0.845 in-sample (session 145); 0.847 in-sample (session 144); 0.838 in-sample (session 143); 0.843 in-sample (session 142); 0.845 in-sample (session 141); 0.843 in-sample (session 140); 0.840 in-sample (session 139); 0.849 in-sample (session 138); 0.841 in-sample (session 137); 0.843 in-sample (session 136); 0.847 in-sample (session 135); 0.847 in-sample (session 134); 0.843 in-sample (session 133); 0.858 in-sample (session 127)
	dev15FloorHolder    = 0.76 // measured 0.781 in-sample (session 159); 0.781 in-sample (session 158); 0.776 in-sample (session 157); 0.771 in-sample (session 156); 0.786 in-sample (session 155); 0.797 in-sample (session 154); 0.771 in-sample (session 153); 0.771 in-sample (session 152); 0.766 in-sample (session 151); 0.766 in-sample (session 150); 0.766 in-sample (session 149); 0.781 in-sample (session 148); 0.781 in-sample (session 147); 0.771 in-sample (session 146); 0.771 in-sample (session 145); 0.776 in-sample (session 144); 0.766 in-sample (session 143); 0.771 in-sample (session 142); 0.776 in-sample (session 141); 0.776 in-sample (session 140); 0.771 in-sample (session 139); 0.776 in-sample (session 138); 0.786 in-sample (session 137); 0.786 in-sample (session 136); 0.792 in-sample (session 135); 0.786 in-sample (session 134); 0.776 in-sample (session 133); 0.776 in-sample (session 127)
	dev16FloorF         = 0.83 // measured 0.858 in-sample (session 159); 0.858 in-sample (session 158); 0.871 in-sample (session 157); 0.846 in-sample (session 156); 0.859 in-sample (session 155); 0.854 in-sample (session 154); 0.848 in-sample (session 153); 0.848 in-sample (session 152); 0.855 in-sample (session 151); 0.855 in-sample (session 150); 0.855 in-sample (session 149); 0.856 in-sample (session 148); 0.856 in-sample (session 147); 0.864 in-sample (session 146); 0.867 in-sample (session 145); 0.864 in-sample (session 144); 0.879 in-sample (session 143); 0.882 in-sample (session 142); 0.879 in-sample (session 141); 0.875 in-sample (session 140); 0.875 in-sample (session 139); 0.874 in-sample (session 138); 0.879 in-sample (session 137); 0.869 in-sample (session 136); 0.867 in-sample (session 135); 0.867 in-sample (session 134); 0.872 in-sample (session 133); 0.876 in-sample (session 127)
	dev16FloorHolder    = 0.80 // measured 0.825 in-sample (session 159); 0.825 in-sample (session 158); 0.815 in-sample (session 157); 0.804 in-sample (session 156); 0.820 in-sample (session 155); 0.820 in-sample (session 154); 0.820 in-sample (session 153); 0.820 in-sample (session 152); 0.831 in-sample (session 151); 0.831 in-sample (session 150); 0.825 in-sample (session 149); 0.815 in-sample (session 148); 0.815 in-sample (session 147); 0.825 in-sample (session 146); 0.831 in-sample (session 145); 0.831 in-sample (session 144); 0.841 in-sample (session 143); 0.841 in-sample (session 142); 0.841 in-sample (session 141); 0.841 in-sample (session 140); 0.841 in-sample (session 139); 0.836 in-sample (session 138); 0.841 in-sample (session 137); 0.841 in-sample (session 136); 0.841 in-sample (session 135); 0.836 in-sample (session 134); 0.852 in-sample (session 133); 0.810 in-sample (session 127)
	dev17FloorF         = 0.84 // measured 0.868 in-sample (session 159); 0.868 in-sample (session 158); 0.863 in-sample (session 157); 0.867 in-sample (session 156); 0.861 in-sample (session 155); 0.865 in-sample (session 154); 0.867 in-sample (session 153); 0.867 in-sample (session 152); 0.865 in-sample (session 151); 0.865 in-sample (session 150); 0.869 in-sample (session 149); 0.870 in-sample (session 148); 0.870 in-sample (session 147); 0.870 in-sample (session 146); 0.873 in-sample (session 145); 0.873 in-sample (session 144); 0.873 in-sample (session 143); 0.875 in-sample (session 142); 0.875 in-sample (session 141); 0.874 in-sample (session 140); 0.867 in-sample (session 139); 0.874 in-sample (session 138); 0.873 in-sample (session 137); 0.870 in-sample (session 136); 0.873 in-sample (session 135); 0.874 in-sample (session 134); 0.879 in-sample (session 133); 0.879 in-sample (session 127)
	dev17FloorHolder    = 0.82 // measured 0.841 in-sample (session 159); 0.841 in-sample (session 158); 0.841 in-sample (session 157); 0.828 in-sample (session 156); 0.849 in-sample (session 155); 0.851 in-sample (session 154); 0.841 in-sample (session 153); 0.841 in-sample (session 152); 0.836 in-sample (session 151); 0.836 in-sample (session 150); 0.836 in-sample (session 149); 0.838 in-sample (session 148); 0.838 in-sample (session 147); 0.841 in-sample (session 146); 0.841 in-sample (session 145); 0.838 in-sample (session 144); 0.838 in-sample (session 143); 0.838 in-sample (session 142); 0.838 in-sample (session 141); 0.838 in-sample (session 140); 0.833 in-sample (session 139); 0.838 in-sample (session 138); 0.841 in-sample (session 137); 0.841 in-sample (session 136); 0.841 in-sample (session 135); 0.838 in-sample (session 134); 0.849 in-sample (session 133); 0.836 in-sample (session 127)
	dev18FloorF         = 0.83 // measured 0.852 in-sample (session 159); 0.852 in-sample (session 158); 0.849 in-sample (session 157); 0.848 in-sample (session 156); 0.855 in-sample (session 155); 0.854 in-sample (session 154); 0.850 in-sample (session 153); 0.850 in-sample (session 152); 0.847 in-sample (session 151); 0.847 in-sample (session 150); 0.847 in-sample (session 149); 0.850 in-sample (session 148); 0.850 in-sample (session 147); 0.848 in-sample (session 146); 0.846 in-sample (session 145); 0.850 in-sample (session 144); 0.847 in-sample (session 143); 0.852 in-sample (session 142); 0.850 in-sample (session 141); 0.855 in-sample (session 140); 0.849 in-sample (session 139); 0.853 in-sample (session 138); 0.849 in-sample (session 137); 0.843 in-sample (session 136); 0.849 in-sample (session 135); 0.853 in-sample (session 134); 0.852 in-sample (session 133); 0.857 in-sample (session 127)
	dev18FloorHolder    = 0.74 // measured 0.763 in-sample (session 159); 0.763 in-sample (session 158); 0.769 in-sample (session 157); 0.758 in-sample (session 156); 0.779 in-sample (session 155); 0.776 in-sample (session 154); 0.758 in-sample (session 153); 0.758 in-sample (session 152); 0.761 in-sample (session 151); 0.761 in-sample (session 150); 0.758 in-sample (session 149); 0.761 in-sample (session 148); 0.761 in-sample (session 147); 0.756 in-sample (session 146); 0.758 in-sample (session 145); 0.766 in-sample (session 144); 0.761 in-sample (session 143); 0.771 in-sample (session 142); 0.763 in-sample (session 141); 0.761 in-sample (session 140); 0.756 in-sample (session 139); 0.766 in-sample (session 138); 0.761 in-sample (session 137); 0.746 in-sample (session 136); 0.751 in-sample (session 135); 0.753 in-sample (session 134); 0.761 in-sample (session 133); 0.763 in-sample (session 127)
	dev19FloorF         = 0.86 // measured 0.886 in-sample (session 159); 0.886 in-sample (session 158); 0.882 in-sample (session 157); 0.883 in-sample (session 156); 0.865 in-sample (session 155); 0.871 in-sample (session 154); 0.892 in-sample (session 153); 0.892 in-sample (session 152); 0.890 in-sample (session 151); 0.890 in-sample (session 150); 0.891 in-sample (session 149); 0.890 in-sample (session 148); 0.890 in-sample (session 147); 0.889 in-sample (session 146); 0.884 in-sample (session 145); 0.889 in-sample (session 144); 0.889 in-sample (session 143); 0.889 in-sample (session 142); 0.888 in-sample (session 141); 0.888 in-sample (session 140); 0.880 in-sample (session 139); 0.887 in-sample (session 138); 0.884 in-sample (session 137); 0.883 in-sample (session 136); 0.880 in-sample (session 135); 0.881 in-sample (session 134); 0.883 in-sample (session 133); 0.891 in-sample (session 127)
	dev19FloorHolder    = 0.81 // measured 0.839 in-sample (session 159); 0.839 in-sample (session 158); 0.824 in-sample (session 157); 0.834 in-sample (session 156); 0.816 in-sample (session 155); 0.824 in-sample (session 154); 0.849 in-sample (session 153); 0.849 in-sample (session 152); 0.846 in-sample (session 151); 0.846 in-sample (session 150); 0.846 in-sample (session 149); 0.846 in-sample (session 148); 0.846 in-sample (session 147); 0.841 in-sample (session 146); 0.841 in-sample (session 145); 0.844 in-sample (session 144); 0.839 in-sample (session 143); 0.841 in-sample (session 142); 0.841 in-sample (session 141); 0.841 in-sample (session 140); 0.839 in-sample (session 139); 0.841 in-sample (session 138); 0.839 in-sample (session 137); 0.841 in-sample (session 136); 0.836 in-sample (session 135); 0.834 in-sample (session 134); 0.839 in-sample (session 133); 0.849 in-sample (session 127)
	dev20FloorF         = 0.81 // measured 0.839 in-sample (session 159); 0.839 in-sample (session 158); 0.863 in-sample (session 157); 0.836 in-sample (session 156); 0.861 in-sample (session 155); 0.860 in-sample (session 154); 0.858 in-sample (session 153); 0.858 in-sample (session 152); 0.865 in-sample (session 151); 0.865 in-sample (session 150); 0.866 in-sample (session 149); 0.859 in-sample (session 148); 0.859 in-sample (session 147); 0.863 in-sample (session 146); 0.864 in-sample (session 145); 0.866 in-sample (session 144); 0.872 in-sample (session 143); 0.877 in-sample (session 142); 0.873 in-sample (session 141); 0.876 in-sample (session 140); 0.875 in-sample (session 139); 0.879 in-sample (session 138); 0.874 in-sample (session 137); 0.880 in-sample (session 136); 0.876 in-sample (session 135); 0.876 in-sample (session 134); 0.874 in-sample (session 133); 0.894 in-sample (session 127)
	dev20FloorHolder    = 0.76 // measured 0.782 in-sample (session 159); 0.782 in-sample (session 158); 0.797 in-sample (session 157); 0.777 in-sample (session 156); 0.805 in-sample (session 155); 0.805 in-sample (session 154); 0.797 in-sample (session 153); 0.797 in-sample (session 152); 0.800 in-sample (session 151); 0.800 in-sample (session 150); 0.805 in-sample (session 149); 0.797 in-sample (session 148); 0.797 in-sample (session 147); 0.803 in-sample (session 146); 0.803 in-sample (session 145); 0.808 in-sample (session 144); 0.813 in-sample (session 143); 0.815 in-sample (session 142); 0.813 in-sample (session 141); 0.815 in-sample (session 140); 0.810 in-sample (session 139); 0.810 in-sample (session 138); 0.808 in-sample (session 137); 0.810 in-sample (session 136); 0.813 in-sample (session 135); 0.810 in-sample (session 134); 0.808 in-sample (session 133); 0.833 in-sample (session 127)
	dev21FloorF         = 0.81 // measured 0.833 in-sample (session 159); 0.833 in-sample (session 158); 0.855 in-sample (session 157); 0.836 in-sample (session 156); 0.850 in-sample (session 155); 0.858 in-sample (session 154); 0.836 in-sample (session 153); 0.836 in-sample (session 152); 0.846 in-sample (session 151); 0.846 in-sample (session 150); 0.838 in-sample (session 149); 0.832 in-sample (session 148); 0.832 in-sample (session 147); 0.833 in-sample (session 146); 0.839 in-sample (session 145); 0.846 in-sample (session 144); 0.843 in-sample (session 143); 0.852 in-sample (session 142); 0.852 in-sample (session 141); 0.854 in-sample (session 140); 0.850 in-sample (session 139); 0.856 in-sample (session 138); 0.851 in-sample (session 137); 0.848 in-sample (session 136); 0.848 in-sample (session 135); 0.842 in-sample (session 134); 0.843 in-sample (session 133); 0.846 in-sample (session 127)
	dev21FloorHolder    = 0.77 // measured 0.799 in-sample (session 159); 0.799 in-sample (session 158); 0.814 in-sample (session 157); 0.797 in-sample (session 156); 0.819 in-sample (session 155); 0.826 in-sample (session 154); 0.797 in-sample (session 153); 0.797 in-sample (session 152); 0.809 in-sample (session 151); 0.809 in-sample (session 150); 0.804 in-sample (session 149); 0.794 in-sample (session 148); 0.794 in-sample (session 147); 0.801 in-sample (session 146); 0.804 in-sample (session 145); 0.806 in-sample (session 144); 0.799 in-sample (session 143); 0.811 in-sample (session 142); 0.811 in-sample (session 141); 0.811 in-sample (session 140); 0.809 in-sample (session 139); 0.814 in-sample (session 138); 0.811 in-sample (session 137); 0.811 in-sample (session 136); 0.809 in-sample (session 135); 0.794 in-sample (session 134); 0.799 in-sample (session 133); 0.799 in-sample (session 127)
	dev22FloorF         = 0.85 // measured 0.876 in-sample (session 159); 0.876 in-sample (session 158); 0.868 in-sample (session 157); 0.878 in-sample (session 156); 0.865 in-sample (session 155); 0.863 in-sample (session 154); 0.874 in-sample (session 153); 0.874 in-sample (session 152); 0.886 in-sample (session 151); 0.886 in-sample (session 150); 0.885 in-sample (session 149); 0.887 in-sample (session 148); 0.887 in-sample (session 147); 0.883 in-sample (session 146); 0.886 in-sample (session 145); 0.882 in-sample (session 144); 0.874 in-sample (session 143); 0.877 in-sample (session 142); 0.879 in-sample (session 141); 0.875 in-sample (session 140); 0.873 in-sample (session 139); 0.881 in-sample (session 138); 0.876 in-sample (session 137); 0.880 in-sample (session 136); 0.882 in-sample (session 135); 0.888 in-sample (session 134); 0.889 in-sample (session 133); 0.892 in-sample (session 127)
	dev22FloorHolder    = 0.81 // measured 0.831 in-sample (session 159); 0.831 in-sample (session 158); 0.814 in-sample (session 157); 0.824 in-sample (session 156); 0.821 in-sample (session 155); 0.821 in-sample (session 154); 0.821 in-sample (session 153); 0.821 in-sample (session 152); 0.828 in-sample (session 151); 0.828 in-sample (session 150); 0.826 in-sample (session 149); 0.826 in-sample (session 148); 0.826 in-sample (session 147); 0.821 in-sample (session 146); 0.821 in-sample (session 145); 0.824 in-sample (session 144); 0.814 in-sample (session 143); 0.814 in-sample (session 142); 0.816 in-sample (session 141); 0.814 in-sample (session 140); 0.811 in-sample (session 139); 0.816 in-sample (session 138); 0.811 in-sample (session 137); 0.819 in-sample (session 136); 0.824 in-sample (session 135); 0.826 in-sample (session 134); 0.831 in-sample (session 133); 0.831 in-sample (session 127)
	dev23FloorF         = 0.83 // measured 0.853 in-sample (session 159); 0.853 in-sample (session 158); 0.881 in-sample (session 157); 0.843 in-sample (session 156); 0.873 in-sample (session 155); 0.881 in-sample (session 154); 0.859 in-sample (session 153); 0.859 in-sample (session 152); 0.858 in-sample (session 151); 0.858 in-sample (session 150); 0.857 in-sample (session 149); 0.860 in-sample (session 148); 0.860 in-sample (session 147); 0.858 in-sample (session 146); 0.861 in-sample (session 145); 0.862 in-sample (session 144); 0.868 in-sample (session 143); 0.866 in-sample (session 142); 0.866 in-sample (session 141); 0.868 in-sample (session 140); 0.870 in-sample (session 139); 0.871 in-sample (session 138); 0.871 in-sample (session 137); 0.872 in-sample (session 136); 0.865 in-sample (session 135); 0.867 in-sample (session 134); 0.866 in-sample (session 133); 0.874 in-sample (session 127)
	dev23FloorHolder    = 0.79 // measured 0.813 in-sample (session 159); 0.811 in-sample (session 158); 0.833 in-sample (session 157); 0.796 in-sample (session 156); 0.833 in-sample (session 155); 0.838 in-sample (session 154); 0.816 in-sample (session 153); 0.816 in-sample (session 152); 0.816 in-sample (session 151); 0.816 in-sample (session 150); 0.816 in-sample (session 149); 0.813 in-sample (session 148); 0.813 in-sample (session 147); 0.813 in-sample (session 146); 0.821 in-sample (session 145); 0.818 in-sample (session 144); 0.826 in-sample (session 143); 0.823 in-sample (session 142); 0.816 in-sample (session 141); 0.823 in-sample (session 140); 0.823 in-sample (session 139); 0.826 in-sample (session 138); 0.823 in-sample (session 137); 0.828 in-sample (session 136); 0.818 in-sample (session 135); 0.821 in-sample (session 134); 0.813 in-sample (session 133); 0.813 in-sample (session 127)
	dev24FloorF         = 0.86 // measured 0.880 in-sample (session 159); 0.880 in-sample (session 158); 0.884 in-sample (session 157); 0.885 in-sample (session 156); 0.876 in-sample (session 155); 0.874 in-sample (session 154); 0.890 in-sample (session 153); 0.890 in-sample (session 152); 0.883 in-sample (session 151); 0.883 in-sample (session 150); 0.881 in-sample (session 149); 0.881 in-sample (session 148); 0.881 in-sample (session 147); 0.884 in-sample (session 146); 0.885 in-sample (session 145); 0.887 in-sample (session 144); 0.885 in-sample (session 143); 0.883 in-sample (session 142); 0.886 in-sample (session 141); 0.882 in-sample (session 140); 0.874 in-sample (session 139); 0.880 in-sample (session 138); 0.883 in-sample (session 137); 0.874 in-sample (session 136); 0.878 in-sample (session 135); 0.882 in-sample (session 134); 0.878 in-sample (session 133); 0.892 in-sample (session 127)
	dev24FloorHolder    = 0.81 // measured 0.837 in-sample (session 159); 0.837 in-sample (session 158); 0.839 in-sample (session 157); 0.837 in-sample (session 156); 0.839 in-sample (session 155); 0.837 in-sample (session 154); 0.841 in-sample (session 153); 0.841 in-sample (session 152); 0.837 in-sample (session 151); 0.837 in-sample (session 150); 0.841 in-sample (session 149); 0.839 in-sample (session 148); 0.839 in-sample (session 147); 0.839 in-sample (session 146); 0.837 in-sample (session 145); 0.841 in-sample (session 144); 0.841 in-sample (session 143); 0.835 in-sample (session 142); 0.841 in-sample (session 141); 0.835 in-sample (session 140); 0.827 in-sample (session 139); 0.829 in-sample (session 138); 0.829 in-sample (session 137); 0.823 in-sample (session 136); 0.829 in-sample (session 135); 0.831 in-sample (session 134); 0.821 in-sample (session 133); 0.839 in-sample (session 127)
	dev25FloorF         = 0.87 // measured 0.892 in-sample (session 159); 0.892 in-sample (session 158); 0.885 in-sample (session 157); 0.890 in-sample (session 156); 0.870 in-sample (session 155); 0.876 in-sample (session 154); 0.891 in-sample (session 153); 0.891 in-sample (session 152); 0.904 in-sample (session 151); 0.904 in-sample (session 150); 0.898 in-sample (session 149); 0.904 in-sample (session 148); 0.904 in-sample (session 147); 0.903 in-sample (session 146); 0.903 in-sample (session 145); 0.902 in-sample (session 144); 0.903 in-sample (session 143); 0.901 in-sample (session 142); 0.897 in-sample (session 141); 0.898 in-sample (session 140); 0.897 in-sample (session 139); 0.904 in-sample (session 138); 0.907 in-sample (session 137); 0.905 in-sample (session 136); 0.902 in-sample (session 135); 0.900 in-sample (session 134); 0.891 in-sample (session 133); 0.911 in-sample (session 127)
	dev25FloorHolder    = 0.80 // measured 0.824 in-sample (session 159); 0.824 in-sample (session 158); 0.814 in-sample (session 157); 0.816 in-sample (session 156); 0.809 in-sample (session 155); 0.814 in-sample (session 154); 0.822 in-sample (session 153); 0.822 in-sample (session 152); 0.834 in-sample (session 151); 0.834 in-sample (session 150); 0.830 in-sample (session 149); 0.832 in-sample (session 148); 0.832 in-sample (session 147); 0.832 in-sample (session 146); 0.834 in-sample (session 145); 0.826 in-sample (session 144); 0.830 in-sample (session 143); 0.824 in-sample (session 142); 0.824 in-sample (session 141); 0.828 in-sample (session 140); 0.832 in-sample (session 139); 0.838 in-sample (session 138); 0.842 in-sample (session 137); 0.840 in-sample (session 136); 0.838 in-sample (session 135); 0.838 in-sample (session 134); 0.828 in-sample (session 133); 0.828 in-sample (session 127)
	dev26FloorF         = 0.86 // measured 0.882 in-sample (session 159); 0.882 in-sample (session 158); 0.887 in-sample (session 157); 0.885 in-sample (session 156); 0.884 in-sample (session 155); 0.889 in-sample (session 154); 0.881 in-sample (session 153); 0.881 in-sample (session 152); 0.883 in-sample (session 151); 0.883 in-sample (session 150); 0.883 in-sample (session 149); 0.877 in-sample (session 148); 0.877 in-sample (session 147); 0.878 in-sample (session 146); 0.882 in-sample (session 145); 0.883 in-sample (session 144); 0.884 in-sample (session 143); 0.884 in-sample (session 142); 0.886 in-sample (session 141); 0.882 in-sample (session 140); 0.880 in-sample (session 139); 0.882 in-sample (session 138); 0.880 in-sample (session 137); 0.878 in-sample (session 136); 0.876 in-sample (session 135); 0.880 in-sample (session 134); 0.881 in-sample (session 133); 0.894 in-sample (session 127)
	dev26FloorHolder    = 0.78 // measured 0.808 in-sample (session 159); 0.808 in-sample (session 158); 0.814 in-sample (session 157); 0.808 in-sample (session 156); 0.820 in-sample (session 155); 0.820 in-sample (session 154); 0.810 in-sample (session 153); 0.810 in-sample (session 152); 0.810 in-sample (session 151); 0.808 in-sample (session 150); 0.808 in-sample (session 149); 0.800 in-sample (session 148); 0.800 in-sample (session 147); 0.800 in-sample (session 146); 0.802 in-sample (session 145); 0.804 in-sample (session 144); 0.802 in-sample (session 143); 0.802 in-sample (session 142); 0.804 in-sample (session 141); 0.806 in-sample (session 140); 0.806 in-sample (session 139); 0.808 in-sample (session 138); 0.808 in-sample (session 137); 0.808 in-sample (session 136); 0.806 in-sample (session 135); 0.812 in-sample (session 134); 0.814 in-sample (session 133); 0.808 in-sample (session 127)
	dev27FloorF         = 0.84 // measured 0.865 in-sample (session 159); 0.865 in-sample (session 158); 0.853 in-sample (session 157); 0.862 in-sample (session 156); 0.848 in-sample (session 155); 0.852 in-sample (session 154); 0.864 in-sample (session 153); 0.864 in-sample (session 152); 0.857 in-sample (session 151); 0.857 in-sample (session 150); 0.861 in-sample (session 149); 0.865 in-sample (session 148); 0.865 in-sample (session 147); 0.866 in-sample (session 146); 0.876 in-sample (session 145); 0.879 in-sample (session 144); 0.870 in-sample (session 143); 0.871 in-sample (session 142); 0.871 in-sample (session 141); 0.868 in-sample (session 140); 0.866 in-sample (session 139); 0.876 in-sample (session 138); 0.876 in-sample (session 137); 0.877 in-sample (session 136); 0.876 in-sample (session 135); 0.869 in-sample (session 134); 0.872 in-sample (session 133); 0.873 in-sample (session 127)
	dev27FloorHolder    = 0.72 // measured 0.748 in-sample (session 159); 0.748 in-sample (session 158); 0.725 in-sample (session 157); 0.740 in-sample (session 156); 0.729 in-sample (session 155); 0.729 in-sample (session 154); 0.740 in-sample (session 153); 0.740 in-sample (session 152); 0.740 in-sample (session 151); 0.742 in-sample (session 150); 0.736 in-sample (session 149); 0.740 in-sample (session 148); 0.740 in-sample (session 147); 0.738 in-sample (session 146); 0.744 in-sample (session 145); 0.750 in-sample (session 144); 0.742 in-sample (session 143); 0.738 in-sample (session 142); 0.740 in-sample (session 141); 0.738 in-sample (session 140); 0.740 in-sample (session 139); 0.757 in-sample (session 138); 0.751 in-sample (session 137); 0.759 in-sample (session 136); 0.755 in-sample (session 135); 0.750 in-sample (session 134); 0.757 in-sample (session 133); 0.755 in-sample (session 127)
	dev28FloorF         = 0.83 // measured 0.851 in-sample (session 159); 0.851 in-sample (session 158); 0.864 in-sample (session 157); 0.850 in-sample (session 156); 0.852 in-sample (session 155); 0.851 in-sample (session 154); 0.854 in-sample (session 153); 0.854 in-sample (session 152); 0.857 in-sample (session 151); 0.857 in-sample (session 150); 0.858 in-sample (session 149); 0.857 in-sample (session 148); 0.857 in-sample (session 147); 0.857 in-sample (session 146); 0.858 in-sample (session 145); 0.860 in-sample (session 144); 0.858 in-sample (session 143); 0.862 in-sample (session 142); 0.861 in-sample (session 141); 0.862 in-sample (session 140); 0.864 in-sample (session 139); 0.872 in-sample (session 138); 0.866 in-sample (session 137); 0.872 in-sample (session 136); 0.874 in-sample (session 135); 0.875 in-sample (session 134); 0.879 in-sample (session 133); 0.873 in-sample (session 127)
	dev28FloorHolder    = 0.77 // measured 0.793 in-sample (session 159); 0.793 in-sample (session 158); 0.805 in-sample (session 157); 0.791 in-sample (session 156); 0.801 in-sample (session 155); 0.797 in-sample (session 154); 0.789 in-sample (session 153); 0.789 in-sample (session 152); 0.789 in-sample (session 151); 0.785 in-sample (session 150); 0.785 in-sample (session 149); 0.787 in-sample (session 148); 0.787 in-sample (session 147); 0.785 in-sample (session 146); 0.787 in-sample (session 145); 0.789 in-sample (session 144); 0.787 in-sample (session 143); 0.787 in-sample (session 142); 0.791 in-sample (session 141); 0.791 in-sample (session 140); 0.795 in-sample (session 139); 0.797 in-sample (session 138); 0.797 in-sample (session 137); 0.805 in-sample (session 136); 0.801 in-sample (session 135); 0.801 in-sample (session 134); 0.805 in-sample (session 133); 0.787 in-sample (session 127)
	dev29FloorF         = 0.82 // measured 0.848 in-sample (session 159); 0.848 in-sample (session 158); 0.848 in-sample (session 157); 0.847 in-sample (session 156); 0.856 in-sample (session 155); 0.852 in-sample (session 154); 0.850 in-sample (session 153); 0.850 in-sample (session 152); 0.849 in-sample (session 151); 0.849 in-sample (session 150); 0.848 in-sample (session 149); 0.847 in-sample (session 148); 0.847 in-sample (session 147); 0.848 in-sample (session 146); 0.853 in-sample (session 145); 0.849 in-sample (session 144); 0.850 in-sample (session 143); 0.851 in-sample (session 142); 0.850 in-sample (session 141); 0.852 in-sample (session 140); 0.848 in-sample (session 139); 0.851 in-sample (session 138); 0.848 in-sample (session 137); 0.849 in-sample (session 136); 0.844 in-sample (session 135); 0.844 in-sample (session 134); 0.844 in-sample (session 133); 0.857 in-sample (session 127)
	dev29FloorHolder    = 0.74 // measured 0.765 in-sample (session 159); 0.765 in-sample (session 158); 0.753 in-sample (session 157); 0.757 in-sample (session 156); 0.771 in-sample (session 155); 0.767 in-sample (session 154); 0.763 in-sample (session 153); 0.763 in-sample (session 152); 0.765 in-sample (session 151); 0.765 in-sample (session 150); 0.765 in-sample (session 149); 0.765 in-sample (session 148); 0.765 in-sample (session 147); 0.765 in-sample (session 146); 0.765 in-sample (session 145); 0.767 in-sample (session 144); 0.767 in-sample (session 143); 0.767 in-sample (session 142); 0.767 in-sample (session 141); 0.771 in-sample (session 140); 0.763 in-sample (session 139); 0.765 in-sample (session 138); 0.763 in-sample (session 137); 0.759 in-sample (session 136); 0.753 in-sample (session 135); 0.759 in-sample (session 134); 0.759 in-sample (session 133); 0.753 in-sample (session 127)
	dev30FloorF         = 0.83 // measured 0.855 in-sample (session 159); 0.855 in-sample (session 158); 0.855 in-sample (session 157); 0.856 in-sample (session 156); 0.850 in-sample (session 155); 0.851 in-sample (session 154); 0.856 in-sample (session 153); 0.856 in-sample (session 152); 0.857 in-sample (session 151); 0.857 in-sample (session 150); 0.853 in-sample (session 149); 0.856 in-sample (session 148); 0.856 in-sample (session 147); 0.857 in-sample (session 146); 0.853 in-sample (session 145); 0.854 in-sample (session 144); 0.857 in-sample (session 143); 0.850 in-sample (session 142); 0.850 in-sample (session 141); 0.847 in-sample (session 140); 0.848 in-sample (session 139); 0.850 in-sample (session 138); 0.848 in-sample (session 137); 0.845 in-sample (session 136); 0.845 in-sample (session 135); 0.852 in-sample (session 134); 0.851 in-sample (session 133); 0.852 in-sample (session 127); 0.690 before training on it and before its entity fixes, 0.691 after them (rules alone 0.572, 0.573 after them)
	dev30FloorHolder    = 0.71 // measured 0.730 in-sample (session 159); 0.730 in-sample (session 158); 0.721 in-sample (session 157); 0.724 in-sample (session 156); 0.721 in-sample (session 155); 0.722 in-sample (session 154); 0.730 in-sample (session 153); 0.730 in-sample (session 152); 0.730 in-sample (session 151); 0.730 in-sample (session 150); 0.726 in-sample (session 149); 0.726 in-sample (session 148); 0.726 in-sample (session 147); 0.728 in-sample (session 146); 0.728 in-sample (session 145); 0.728 in-sample (session 144); 0.732 in-sample (session 143); 0.722 in-sample (session 142); 0.726 in-sample (session 141); 0.722 in-sample (session 140); 0.726 in-sample (session 139); 0.726 in-sample (session 138); 0.724 in-sample (session 137); 0.722 in-sample (session 136); 0.724 in-sample (session 135); 0.721 in-sample (session 134); 0.721 in-sample (session 133); 0.702 in-sample (session 127); 0.548 before training on it and before its entity fixes, 0.549 after them (rules alone 0.374, 0.373 after them); holder given a verdict 0.792 before training on it, 0.801 in-sample
	dev31FloorF         = 0.79 // measured 0.814 in-sample (session 159); 0.814 in-sample (session 158); 0.822 in-sample (session 157); 0.808 in-sample (session 156); 0.816 in-sample (session 155); 0.818 in-sample (session 154); 0.822 in-sample (session 153); 0.822 in-sample (session 152); 0.821 in-sample (session 151); 0.821 in-sample (session 150); 0.823 in-sample (session 149); 0.825 in-sample (session 148); 0.825 in-sample (session 147); 0.828 in-sample (session 146); 0.829 in-sample (session 145); 0.833 in-sample (session 144); 0.836 in-sample (session 143); 0.835 in-sample (session 142); 0.838 in-sample (session 141); 0.837 in-sample (session 140); 0.829 in-sample (session 139); 0.838 in-sample (session 138); 0.835 in-sample (session 137); 0.837 in-sample (session 136); 0.835 in-sample (session 135); 0.829 in-sample (session 134); 0.836 in-sample (session 133); 0.842 in-sample (the models retrained with it, session 127); 0.683 before training on it and before its entity fixes, 0.683 after them (rules alone 0.541)
	dev31FloorHolder    = 0.67 // measured 0.694 in-sample (session 159); 0.694 in-sample (session 158); 0.679 in-sample (session 157); 0.681 in-sample (session 156); 0.686 in-sample (session 155); 0.690 in-sample (session 154); 0.703 in-sample (session 153); 0.703 in-sample (session 152); 0.702 in-sample (session 151); 0.696 in-sample (session 150); 0.698 in-sample (session 149); 0.702 in-sample (session 148); 0.702 in-sample (session 147); 0.702 in-sample (session 146); 0.702 in-sample (session 145); 0.703 in-sample (session 144); 0.703 in-sample (session 143); 0.702 in-sample (session 142); 0.700 in-sample (session 141); 0.700 in-sample (session 140); 0.696 in-sample (session 139); 0.703 in-sample (session 138); 0.698 in-sample (session 137); 0.692 in-sample (session 136); 0.696 in-sample (session 135); 0.683 in-sample (session 134); 0.692 in-sample (session 133); 0.684 in-sample (the models retrained with it, session 127); 0.544 before training on it and before its entity fixes, 0.546 after them (rules alone 0.340); holder given a verdict 0.774 before training on it, 0.786 in-sample
	dev32FloorF         = 0.82 // measured 0.845 in-sample (session 159); 0.845 in-sample (session 158); 0.838 in-sample (session 157); 0.851 in-sample (session 156); 0.840 in-sample (session 155); 0.832 in-sample (session 154); 0.843 in-sample (session 153); 0.843 in-sample (session 152); 0.848 in-sample (session 151); 0.848 in-sample (session 150); 0.847 in-sample (session 149); 0.850 in-sample (session 148); 0.850 in-sample (session 147); 0.850 in-sample (session 146); 0.846 in-sample (session 145); 0.847 in-sample (session 144); 0.848 in-sample (session 143); 0.845 in-sample (session 142); 0.847 in-sample (session 141); 0.852 in-sample (session 140); 0.847 in-sample (session 139); 0.851 in-sample (session 138); 0.848 in-sample (session 137); 0.846 in-sample (session 136); 0.848 in-sample (session 135); 0.846 in-sample (session 134); 0.843 in-sample (session 133); 0.694 before training on it and before its entity fixes (rules alone 0.567); 0.695 with session 129's rules
	dev32FloorHolder    = 0.74 // measured 0.769 in-sample (session 159); 0.769 in-sample (session 158); 0.745 in-sample (session 157); 0.774 in-sample (session 156); 0.761 in-sample (session 155); 0.756 in-sample (session 154); 0.769 in-sample (session 153); 0.769 in-sample (session 152); 0.770 in-sample (session 151); 0.770 in-sample (session 150); 0.770 in-sample (session 149); 0.769 in-sample (session 148); 0.769 in-sample (session 147); 0.769 in-sample (session 146); 0.767 in-sample (session 145); 0.769 in-sample (session 144); 0.770 in-sample (session 143); 0.767 in-sample (session 142); 0.772 in-sample (session 141); 0.772 in-sample (session 140); 0.767 in-sample (session 139); 0.769 in-sample (session 138); 0.770 in-sample (session 137); 0.767 in-sample (session 136); 0.767 in-sample (session 135); 0.760 in-sample (session 134); 0.756 in-sample (session 133); 0.607 before training on it and before its entity fixes (rules alone 0.413); holder given a verdict 0.839; 0.612 with session 129's rules
	dev33FloorF         = 0.83 // measured 0.857 in-sample (session 159); 0.857 in-sample (session 158); 0.832 in-sample (session 157); 0.856 in-sample (session 156); 0.828 in-sample (session 155); 0.832 in-sample (session 154); 0.855 in-sample (session 153); 0.855 in-sample (session 152); 0.855 in-sample (session 151); 0.855 in-sample (session 150); 0.856 in-sample (session 149); 0.860 in-sample (session 148); 0.860 in-sample (session 147); 0.862 in-sample (session 146); 0.863 in-sample (session 145); 0.863 in-sample (session 144); 0.862 in-sample (session 143); 0.860 in-sample (session 142); 0.858 in-sample (session 141); 0.860 in-sample (session 140); 0.853 in-sample (session 139); 0.857 in-sample (session 138); 0.850 in-sample (session 137); 0.855 in-sample (session 136); 0.848 in-sample (session 135); 0.849 in-sample (session 134); 0.845 in-sample (session 133); 0.708 before training on it and before its entity fixes (rules alone 0.564); 0.709 after session 130's entity fixes
	dev33FloorHolder    = 0.74 // measured 0.764 in-sample (session 159); 0.764 in-sample (session 158); 0.739 in-sample (session 157); 0.758 in-sample (session 156); 0.747 in-sample (session 155); 0.749 in-sample (session 154); 0.764 in-sample (session 153); 0.762 in-sample (session 152); 0.762 in-sample (session 151); 0.760 in-sample (session 150); 0.758 in-sample (session 149); 0.764 in-sample (session 148); 0.764 in-sample (session 147); 0.764 in-sample (session 146); 0.764 in-sample (session 145); 0.762 in-sample (session 144); 0.760 in-sample (session 143); 0.760 in-sample (session 142); 0.758 in-sample (session 141); 0.760 in-sample (session 140); 0.752 in-sample (session 139); 0.754 in-sample (session 138); 0.752 in-sample (session 137); 0.752 in-sample (session 136); 0.747 in-sample (session 135); 0.756 in-sample (session 134); 0.747 in-sample (session 133); 0.587 before training on it and before its entity fixes (rules alone 0.397); holder given a verdict 0.789; 0.624 and 0.830 after session 130's entity fixes
	dev34FloorF         = 0.86 // measured 0.887 in-sample (session 159); 0.887 in-sample (session 158); 0.880 in-sample (session 157); 0.885 in-sample (session 156); 0.873 in-sample (session 155); 0.873 in-sample (session 154); 0.891 in-sample (session 153); 0.891 in-sample (session 152); 0.887 in-sample (session 151); 0.887 in-sample (session 150); 0.892 in-sample (session 149); 0.889 in-sample (session 148); 0.889 in-sample (session 147); 0.885 in-sample (session 146); 0.895 in-sample (session 145); 0.893 in-sample (session 144); 0.894 in-sample (session 143); 0.896 in-sample (session 142); 0.893 in-sample (session 141); 0.897 in-sample (session 140); 0.896 in-sample (session 139); 0.903 in-sample (session 138); 0.896 in-sample (session 137); 0.895 in-sample (session 136); 0.892 in-sample (session 135); 0.891 in-sample (session 134); 0.892 in-sample (session 133); 0.727 before training on it and before its entity fixes (rules alone 0.611); 0.729 after session 131's entity fixes
	dev34FloorHolder    = 0.80 // measured 0.825 in-sample (session 159); 0.825 in-sample (session 158); 0.804 in-sample (session 157); 0.816 in-sample (session 156); 0.808 in-sample (session 155); 0.806 in-sample (session 154); 0.821 in-sample (session 153); 0.821 in-sample (session 152); 0.816 in-sample (session 151); 0.816 in-sample (session 150); 0.821 in-sample (session 149); 0.817 in-sample (session 148); 0.817 in-sample (session 147); 0.814 in-sample (session 146); 0.816 in-sample (session 145); 0.817 in-sample (session 144); 0.817 in-sample (session 143); 0.819 in-sample (session 142); 0.812 in-sample (session 141); 0.817 in-sample (session 140); 0.814 in-sample (session 139); 0.825 in-sample (session 138); 0.817 in-sample (session 137); 0.816 in-sample (session 136); 0.812 in-sample (session 135); 0.808 in-sample (session 134); 0.806 in-sample (session 133); 0.608 before training on it and before its entity fixes (rules alone 0.418); holder given a verdict 0.838; 0.639 and 0.878 after session 131's entity fixes
	dev35FloorF         = 0.83 // measured 0.855 in-sample (session 159); 0.855 in-sample (session 158); 0.873 in-sample (session 157); 0.851 in-sample (session 156); 0.868 in-sample (session 155); 0.872 in-sample (session 154); 0.853 in-sample (session 153); 0.853 in-sample (session 152); 0.857 in-sample (session 151); 0.857 in-sample (session 150); 0.854 in-sample (session 149); 0.857 in-sample (session 148); 0.857 in-sample (session 147); 0.856 in-sample (session 146); 0.858 in-sample (session 145); 0.855 in-sample (session 144); 0.858 in-sample (session 143); 0.857 in-sample (session 142); 0.856 in-sample (session 141); 0.858 in-sample (session 140); 0.851 in-sample (session 139); 0.856 in-sample (session 138); 0.855 in-sample (session 137); 0.856 in-sample (session 136); 0.855 in-sample (session 135); 0.854 in-sample (session 134); 0.851 in-sample (session 133); 0.720 before training on it and before its entity fixes (rules alone 0.607)
	dev35FloorHolder    = 0.73 // measured 0.754 in-sample (session 159); 0.754 in-sample (session 158); 0.761 in-sample (session 157); 0.744 in-sample (session 156); 0.761 in-sample (session 155); 0.763 in-sample (session 154); 0.751 in-sample (session 153); 0.751 in-sample (session 152); 0.751 in-sample (session 151); 0.753 in-sample (session 150); 0.753 in-sample (session 149); 0.756 in-sample (session 148); 0.756 in-sample (session 147); 0.756 in-sample (session 146); 0.759 in-sample (session 145); 0.759 in-sample (session 144); 0.761 in-sample (session 143); 0.759 in-sample (session 142); 0.759 in-sample (session 141); 0.763 in-sample (session 140); 0.754 in-sample (session 139); 0.758 in-sample (session 138); 0.753 in-sample (session 137); 0.754 in-sample (session 136); 0.747 in-sample (session 135); 0.747 in-sample (session 134); 0.739 in-sample (session 133); 0.609 before training on it and before its entity fixes (rules alone 0.418); holder given a verdict 0.828
	dev36FloorF         = 0.86 // measured 0.884 in-sample (session 159); 0.884 in-sample (session 158); 0.887 in-sample (session 157); 0.887 in-sample (session 156); 0.878 in-sample (session 155); 0.880 in-sample (session 154); 0.889 in-sample (session 153); 0.889 in-sample (session 152); 0.888 in-sample (session 151); 0.888 in-sample (session 150); 0.891 in-sample (session 149); 0.890 in-sample (session 148); 0.890 in-sample (session 147); 0.888 in-sample (session 146); 0.889 in-sample (session 145); 0.891 in-sample (session 144); 0.890 in-sample (session 143); 0.890 in-sample (session 142); 0.888 in-sample (session 141); 0.895 in-sample (session 140); 0.889 in-sample (session 139); 0.889 in-sample (session 138); 0.881 in-sample (session 137); 0.878 in-sample (session 136); 0.873 in-sample (session 135); 0.874 in-sample (session 134); 0.876 in-sample (session 133); 0.763 before training on it and before its entity fixes (rules alone 0.663); 0.771 after session 132's entity fixes
	dev36FloorHolder    = 0.76 // measured 0.783 in-sample (session 159); 0.781 in-sample (session 158); 0.778 in-sample (session 157); 0.778 in-sample (session 156); 0.778 in-sample (session 155); 0.781 in-sample (session 154); 0.778 in-sample (session 153); 0.778 in-sample (session 152); 0.776 in-sample (session 151); 0.776 in-sample (session 150); 0.778 in-sample (session 149); 0.773 in-sample (session 148); 0.773 in-sample (session 147); 0.771 in-sample (session 146); 0.776 in-sample (session 145); 0.780 in-sample (session 144); 0.780 in-sample (session 143); 0.775 in-sample (session 142); 0.771 in-sample (session 141); 0.778 in-sample (session 140); 0.775 in-sample (session 139); 0.778 in-sample (session 138); 0.769 in-sample (session 137); 0.768 in-sample (session 136); 0.756 in-sample (session 135); 0.759 in-sample (session 134); 0.745 in-sample (session 133); 0.626 before training on it and before its entity fixes (rules alone 0.461); holder given a verdict 0.798; 0.625 and 0.799 after session 132's entity fixes
	dev37FloorF         = 0.88 // measured 0.907 in-sample (session 159); 0.907 in-sample (session 158); 0.910 in-sample (session 157); 0.902 in-sample (session 156); 0.901 in-sample (session 155); 0.901 in-sample (session 154); 0.903 in-sample (session 153); 0.903 in-sample (session 152); 0.900 in-sample (session 151); 0.900 in-sample (session 150); 0.898 in-sample (session 149); 0.903 in-sample (session 148); 0.903 in-sample (session 147); 0.903 in-sample (session 146); 0.903 in-sample (session 145); 0.904 in-sample (session 144); 0.902 in-sample (session 143); 0.901 in-sample (session 142); 0.896 in-sample (session 141); 0.899 in-sample (session 140); 0.891 in-sample (session 139); 0.901 in-sample (session 138); 0.891 in-sample (session 137); 0.894 in-sample (session 136); 0.891 in-sample (session 135); 0.888 in-sample (session 134); 0.783 (session 133, the models retrained with dev32 to dev36, which it is not in); 0.770 before training on it and before its entity fixes (rules alone 0.670), 0.770 after them with the earlier models
	dev37FloorHolder    = 0.80 // measured 0.828 in-sample (session 159); 0.828 in-sample (session 158); 0.823 in-sample (session 157); 0.819 in-sample (session 156); 0.824 in-sample (session 155); 0.826 in-sample (session 154); 0.821 in-sample (session 153); 0.821 in-sample (session 152); 0.814 in-sample (session 151); 0.814 in-sample (session 150); 0.814 in-sample (session 149); 0.818 in-sample (session 148); 0.818 in-sample (session 147); 0.813 in-sample (session 146); 0.813 in-sample (session 145); 0.814 in-sample (session 144); 0.818 in-sample (session 143); 0.818 in-sample (session 142); 0.814 in-sample (session 141); 0.818 in-sample (session 140); 0.809 in-sample (session 139); 0.819 in-sample (session 138); 0.813 in-sample (session 137); 0.808 in-sample (session 136); 0.801 in-sample (session 135); 0.801 in-sample (session 134); 0.657 (session 133, the models retrained with dev32 to dev36, which it is not in); 0.627 before training on it and before its entity fixes (rules alone 0.470), 0.629 after them with the earlier models; holder given a verdict 0.814 at first, 0.829 now
	dev38FloorF         = 0.88 // measured 0.906 in-sample (session 159); 0.906 in-sample (session 158); 0.906 in-sample (session 157); 0.903 in-sample (session 156); 0.907 in-sample (session 155); 0.907 in-sample (session 154); 0.906 in-sample (session 153); 0.906 in-sample (session 152); 0.905 in-sample (session 151); 0.905 in-sample (session 150); 0.906 in-sample (session 149); 0.909 in-sample (session 148); 0.909 in-sample (session 147); 0.907 in-sample (session 146); 0.907 in-sample (session 145); 0.906 in-sample (session 144); 0.909 in-sample (session 143); 0.905 in-sample (session 142); 0.905 in-sample (session 141); 0.906 in-sample (session 140); 0.900 in-sample (session 139); 0.907 in-sample (session 138); 0.893 in-sample (session 137); 0.891 in-sample (session 136); 0.892 in-sample (session 135); 0.789 (session 134, the models retrained with dev37, which it is not in); 0.778 at first measurement, before any fix for it, with session 133's models (rules alone 0.666), the same with session 133's code; 0.783 with session 133's models after its entity fixes
	dev38FloorHolder    = 0.79 // measured 0.813 in-sample (session 159); 0.813 in-sample (session 158); 0.805 in-sample (session 157); 0.808 in-sample (session 156); 0.812 in-sample (session 155); 0.803 in-sample (session 154); 0.805 in-sample (session 153); 0.782 in-sample (session 152); 0.780 in-sample (session 151); 0.780 in-sample (session 150); 0.785 in-sample (session 149); 0.782 in-sample (session 148); 0.782 in-sample (session 147); 0.777 in-sample (session 146); 0.775 in-sample (session 145); 0.773 in-sample (session 144); 0.775 in-sample (session 143); 0.773 in-sample (session 142); 0.775 in-sample (session 141); 0.773 in-sample (session 140); 0.763 in-sample (session 139); 0.768 in-sample (session 138); 0.758 in-sample (session 137); 0.760 in-sample (session 136); 0.758 in-sample (session 135); 0.637 (session 134, the models retrained with dev37, which it is not in); 0.628 at first measurement (rules alone 0.446), and after its entity fixes; holder given a verdict 0.802 at first, 0.800 now
	dev39FloorF         = 0.88 // measured 0.908 in-sample (session 159); 0.908 in-sample (session 158); 0.915 in-sample (session 157); 0.911 in-sample (session 156); 0.909 in-sample (session 155); 0.912 in-sample (session 154); 0.908 in-sample (session 153); 0.908 in-sample (session 152); 0.905 in-sample (session 151); 0.905 in-sample (session 150); 0.905 in-sample (session 149); 0.902 in-sample (session 148); 0.902 in-sample (session 147); 0.903 in-sample (session 146); 0.906 in-sample (session 145); 0.905 in-sample (session 144); 0.910 in-sample (session 143); 0.903 in-sample (session 142); 0.906 in-sample (session 141); 0.903 in-sample (session 140); 0.888 in-sample (session 139); 0.894 in-sample (session 138); 0.880 in-sample (session 137); 0.879 in-sample (session 136); 0.750 (session 135, the models retrained with dev38, which it is not in); 0.748 at first measurement, before any fix for it, with session 134's code and models (rules alone 0.644); 0.748 with session 135's rules and session 134's models
	dev39FloorHolder    = 0.80 // measured 0.827 in-sample (session 159); 0.823 in-sample (session 158); 0.832 in-sample (session 157); 0.827 in-sample (session 156); 0.818 in-sample (session 155); 0.818 in-sample (session 154); 0.810 in-sample (session 153); 0.810 in-sample (session 152); 0.807 in-sample (session 151); 0.805 in-sample (session 150); 0.805 in-sample (session 149); 0.802 in-sample (session 148); 0.800 in-sample (session 147); 0.797 in-sample (session 146); 0.795 in-sample (session 145); 0.792 in-sample (session 144); 0.790 in-sample (session 143); 0.779 in-sample (session 142); 0.779 in-sample (session 141); 0.774 in-sample (session 140); 0.762 in-sample (session 139); 0.762 in-sample (session 138); 0.751 in-sample (session 137); 0.746 in-sample (session 136); 0.644 (session 135, the models retrained with dev38, which it is not in); 0.630 at first measurement (rules alone 0.448); 0.634 with session 135's rules and session 134's models; holder given a verdict 0.820 at first, 0.830 now
	dev40FloorF         = 0.91 // measured 0.931 in-sample (session 159); 0.931 in-sample (session 158); 0.918 in-sample (session 157); 0.924 in-sample (session 156); 0.914 in-sample (session 155); 0.915 in-sample (session 154); 0.930 in-sample (session 153); 0.930 in-sample (session 152); 0.926 in-sample (session 151); 0.926 in-sample (session 150); 0.924 in-sample (session 149); 0.924 in-sample (session 148); 0.924 in-sample (session 147); 0.924 in-sample (session 146); 0.923 in-sample (session 145); 0.919 in-sample (session 144); 0.917 in-sample (session 143); 0.918 in-sample (session 142); 0.913 in-sample (session 141); 0.916 in-sample (session 140); 0.906 in-sample (session 139); 0.915 in-sample (session 138); 0.902 in-sample (session 137); 0.822 (session 136, the models retrained with dev39, which it is not in, and Vivino typed as a platform); 0.821 before Vivino; 0.818 at first measurement, before any fix for it, with session 135's code and models (rules alone 0.680)
	dev40FloorHolder    = 0.83 // measured 0.858 in-sample (session 159); 0.856 in-sample (session 158); 0.839 in-sample (session 157); 0.844 in-sample (session 156); 0.841 in-sample (session 155); 0.843 in-sample (session 154); 0.851 in-sample (session 153); 0.851 in-sample (session 152); 0.839 in-sample (session 151); 0.837 in-sample (session 150); 0.834 in-sample (session 149); 0.832 in-sample (session 148); 0.832 in-sample (session 147); 0.837 in-sample (session 146); 0.836 in-sample (session 145); 0.829 in-sample (session 144); 0.817 in-sample (session 143); 0.827 in-sample (session 142); 0.825 in-sample (session 141); 0.825 in-sample (session 140); 0.813 in-sample (session 139); 0.813 in-sample (session 138); 0.803 in-sample (session 137); 0.713 (session 136, the models retrained with dev39, which it is not in, and Vivino typed as a platform); 0.718 before Vivino; 0.706 at first measurement (rules alone 0.489); 0.706 with session 136's rules and session 135's models
	dev41FloorF         = 0.88 // measured 0.909 in-sample (session 159); 0.909 in-sample (session 158); 0.923 in-sample (session 157); 0.905 in-sample (session 156); 0.920 in-sample (session 155); 0.916 in-sample (session 154); 0.903 in-sample (session 153); 0.903 in-sample (session 152); 0.903 in-sample (session 151); 0.903 in-sample (session 150); 0.903 in-sample (session 149); 0.904 in-sample (session 148); 0.904 in-sample (session 147); 0.907 in-sample (session 146); 0.906 in-sample (session 145); 0.908 in-sample (session 144); 0.906 in-sample (session 143); 0.906 in-sample (session 142); 0.910 in-sample (session 141); 0.904 in-sample (session 140); 0.901 in-sample (session 139); 0.903 in-sample (session 138); 0.814 (session 137, the models retrained with dev40, which it is not in, and Smule, Ko-fi, Trade Me and An Garda Síochána typed); 0.809 before those; 0.802 at first measurement, before any fix for it, with session 136's code and models (rules alone 0.647); 0.802 with session 137's rules and session 136's models
	dev41FloorHolder    = 0.81 // measured 0.838 in-sample (session 159); 0.836 in-sample (session 158); 0.848 in-sample (session 157); 0.823 in-sample (session 156); 0.847 in-sample (session 155); 0.843 in-sample (session 154); 0.828 in-sample (session 153); 0.828 in-sample (session 152); 0.823 in-sample (session 151); 0.823 in-sample (session 150); 0.818 in-sample (session 149); 0.821 in-sample (session 148); 0.821 in-sample (session 147); 0.823 in-sample (session 146); 0.819 in-sample (session 145); 0.819 in-sample (session 144); 0.819 in-sample (session 143); 0.818 in-sample (session 142); 0.821 in-sample (session 141); 0.821 in-sample (session 140); 0.816 in-sample (session 139); 0.811 in-sample (session 138); 0.714 (session 137, the models retrained with dev40, which it is not in, and Smule, Ko-fi, Trade Me and An Garda Síochána typed); 0.714 before those; 0.683 at first measurement (rules alone 0.445); 0.705 with session 137's rules and session 136's models
	dev42FloorF         = 0.88 // measured 0.906 in-sample (session 159); 0.906 in-sample (session 158); 0.911 in-sample (session 157); 0.910 in-sample (session 156); 0.908 in-sample (session 155); 0.906 in-sample (session 154); 0.915 in-sample (session 153); 0.915 in-sample (session 152); 0.915 in-sample (session 151); 0.915 in-sample (session 150); 0.911 in-sample (session 149); 0.906 in-sample (session 148); 0.906 in-sample (session 147); 0.908 in-sample (session 146); 0.906 in-sample (session 145); 0.908 in-sample (session 144); 0.909 in-sample (session 143); 0.903 in-sample (session 142); 0.906 in-sample (session 141); 0.906 in-sample (session 140); 0.897 in-sample (session 139); 0.815 (session 138, the models retrained with dev41, which it is not in); 0.804 with session 138's rules, the platforms it names typed (Chess.com, Lichess, Bridge Base Online, Whatnot, Voxer, Groups.io) and session 137's models; 0.771 at first measurement, before any fix for it, with session 137's code and models (rules alone 0.616); 0.771 with session 138's rules before those types
	dev42FloorHolder    = 0.84 // measured 0.860 in-sample (session 159); 0.860 in-sample (session 158); 0.861 in-sample (session 157); 0.860 in-sample (session 156); 0.861 in-sample (session 155); 0.856 in-sample (session 154); 0.856 in-sample (session 153); 0.856 in-sample (session 152); 0.853 in-sample (session 151); 0.848 in-sample (session 150); 0.843 in-sample (session 149); 0.830 in-sample (session 148); 0.830 in-sample (session 147); 0.834 in-sample (session 146); 0.832 in-sample (session 145); 0.830 in-sample (session 144); 0.832 in-sample (session 143); 0.829 in-sample (session 142); 0.832 in-sample (session 141); 0.822 in-sample (session 140); 0.808 in-sample (session 139); 0.684 (session 138, the models retrained with dev41, which it is not in); 0.677 with session 138's rules, the platforms typed and session 137's models; 0.673 at first measurement (rules alone 0.458); 0.676 with session 138's rules before the platform types
	dev43FloorF         = 0.91 // measured 0.932 in-sample (session 159); 0.932 in-sample (session 158); 0.912 in-sample (session 157); 0.933 in-sample (session 156); 0.908 in-sample (session 155); 0.907 in-sample (session 154); 0.931 in-sample (session 153); 0.931 in-sample (session 152); 0.932 in-sample (session 151); 0.932 in-sample (session 150); 0.933 in-sample (session 149); 0.932 in-sample (session 148); 0.932 in-sample (session 147); 0.932 in-sample (session 146); 0.928 in-sample (session 145); 0.926 in-sample (session 144); 0.924 in-sample (session 143); 0.924 in-sample (session 142); 0.920 in-sample (session 141); 0.924 in-sample (session 140); 0.832 (session 139, the models retrained with dev42, which it is not in); 0.825 with session 139's rules and models before the platforms it names were typed (Vero, Yubo, Wikiloc, HealthUnlocked); 0.820 with session 139's rules and session 138's models; 0.820 at first measurement, before any fix for it, with session 138's code and models (rules alone 0.628)
	dev43FloorHolder    = 0.84 // measured 0.862 in-sample (session 159); 0.859 in-sample (session 158); 0.841 in-sample (session 157); 0.861 in-sample (session 156); 0.842 in-sample (session 155); 0.841 in-sample (session 154); 0.854 in-sample (session 153); 0.854 in-sample (session 152); 0.861 in-sample (session 151); 0.857 in-sample (session 150); 0.859 in-sample (session 149); 0.849 in-sample (session 148); 0.849 in-sample (session 147); 0.842 in-sample (session 146); 0.839 in-sample (session 145); 0.841 in-sample (session 144); 0.827 in-sample (session 143); 0.827 in-sample (session 142); 0.817 in-sample (session 141); 0.819 in-sample (session 140); 0.680 (session 139, the models retrained with dev42, which it is not in); 0.680 before the platform types; 0.675 with session 139's rules and session 138's models; 0.674 at first measurement (rules alone 0.390)
	dev44FloorF         = 0.89 // measured 0.919 in-sample (session 159); 0.919 in-sample (session 158); 0.920 in-sample (session 157); 0.919 in-sample (session 156); 0.915 in-sample (session 155); 0.916 in-sample (session 154); 0.922 in-sample (session 153); 0.922 in-sample (session 152); 0.917 in-sample (session 151); 0.917 in-sample (session 150); 0.918 in-sample (session 149); 0.911 in-sample (session 148); 0.911 in-sample (session 147); 0.909 in-sample (session 146); 0.912 in-sample (session 145); 0.917 in-sample (session 144); 0.915 in-sample (session 143); 0.912 in-sample (session 142); 0.914 in-sample (session 141); 0.809 (session 140, the models retrained with dev43, which it is not in); 0.794 before the platforms it names were typed (BellBoard, Kik, Mixcloud, TuneIn, Webtoon, WorldCosplay); 0.785 with session 140's rules and session 139's models; 0.785 at first measurement, before any fix for it, with session 139's code and models (rules alone 0.639)
	dev44FloorHolder    = 0.82 // measured 0.845 in-sample (session 159); 0.844 in-sample (session 158); 0.839 in-sample (session 157); 0.842 in-sample (session 156); 0.842 in-sample (session 155); 0.849 in-sample (session 154); 0.849 in-sample (session 153); 0.847 in-sample (session 152); 0.844 in-sample (session 151); 0.844 in-sample (session 150); 0.844 in-sample (session 149); 0.831 in-sample (session 148); 0.831 in-sample (session 147); 0.829 in-sample (session 146); 0.831 in-sample (session 145); 0.834 in-sample (session 144); 0.834 in-sample (session 143); 0.827 in-sample (session 142); 0.812 in-sample (session 141); 0.696 (session 140, the models retrained with dev43, which it is not in); 0.689 before the platform types; 0.679 with session 140's rules and session 139's models; 0.675 at first measurement (rules alone 0.451)
	dev45FloorF         = 0.90 // measured 0.925 in-sample (session 159); 0.925 in-sample (session 158); 0.924 in-sample (session 157); 0.921 in-sample (session 156); 0.913 in-sample (session 155); 0.916 in-sample (session 154); 0.927 in-sample (session 153); 0.927 in-sample (session 152); 0.925 in-sample (session 151); 0.925 in-sample (session 150); 0.925 in-sample (session 149); 0.926 in-sample (session 148); 0.926 in-sample (session 147); 0.930 in-sample (session 146); 0.931 in-sample (session 145); 0.928 in-sample (session 144); 0.925 in-sample (session 143); 0.924 in-sample (session 142); 0.825 (session 141, the models retrained with dev44, which it is not in); 0.818 before the platforms it names were typed (Sporcle, WikiTree); 0.814 with session 141's rules and session 140's models, the same as at its first measurement with session 140's code and models
	dev45FloorHolder    = 0.83 // measured 0.855 in-sample (session 159); 0.855 in-sample (session 158); 0.860 in-sample (session 157); 0.847 in-sample (session 156); 0.857 in-sample (session 155); 0.858 in-sample (session 154); 0.855 in-sample (session 153); 0.853 in-sample (session 152); 0.852 in-sample (session 151); 0.852 in-sample (session 150); 0.853 in-sample (session 149); 0.852 in-sample (session 148); 0.852 in-sample (session 147); 0.852 in-sample (session 146); 0.850 in-sample (session 145); 0.847 in-sample (session 144); 0.848 in-sample (session 143); 0.840 in-sample (session 142); 0.695 (session 141, the models retrained with dev44, which it is not in); 0.695 before the platform types (over 590 gold stances, now 600); 0.688 with session 141's rules and session 140's models, the same as at its first measurement
	dev46FloorF         = 0.90 // measured 0.926 in-sample (session 159); 0.926 in-sample (session 158); 0.916 in-sample (session 157); 0.930 in-sample (session 156); 0.910 in-sample (session 155); 0.912 in-sample (session 154); 0.928 in-sample (session 153); 0.928 in-sample (session 152); 0.927 in-sample (session 151); 0.927 in-sample (session 150); 0.925 in-sample (session 149); 0.927 in-sample (session 148); 0.927 in-sample (session 147); 0.923 in-sample (session 146); 0.922 in-sample (session 145); 0.924 in-sample (session 144); 0.923 in-sample (session 143); 0.826 (session 142, the models retrained with dev45, which it is not in); 0.821 before the platforms it names were typed (Numista, Postcrossing); 0.813 with session 142's rules and session 141's models, the same as at its first measurement with session 141's code and models
	dev46FloorHolder    = 0.81 // measured 0.834 in-sample (session 159); 0.834 in-sample (session 158); 0.823 in-sample (session 157); 0.834 in-sample (session 156); 0.826 in-sample (session 155); 0.824 in-sample (session 154); 0.826 in-sample (session 153); 0.824 in-sample (session 152); 0.819 in-sample (session 151); 0.821 in-sample (session 150); 0.818 in-sample (session 149); 0.811 in-sample (session 148); 0.811 in-sample (session 147); 0.798 in-sample (session 146); 0.798 in-sample (session 145); 0.798 in-sample (session 144); 0.798 in-sample (session 143); 0.688 (session 142, the models retrained with dev45, which it is not in); 0.687 before the platform types (over 594 gold stances, now 603); 0.672 with session 142's rules and session 141's models; 0.645 at its first measurement
	dev47FloorF         = 0.89 // measured 0.916 in-sample (session 159); 0.916 in-sample (session 158); 0.930 in-sample (session 157); 0.914 in-sample (session 156); 0.926 in-sample (session 155); 0.929 in-sample (session 154); 0.914 in-sample (session 153); 0.914 in-sample (session 152); 0.913 in-sample (session 151); 0.913 in-sample (session 150); 0.914 in-sample (session 149); 0.909 in-sample (session 148); 0.909 in-sample (session 147); 0.906 in-sample (session 146); 0.906 in-sample (session 145); 0.909 in-sample (session 144); 0.837 (session 143, the models retrained with dev46, which it is not in); 0.831 with session 143's rules and session 142's models, before and after the platform it names was typed (Quora); 0.829 at its first measurement, with session 142's code and models
	dev47FloorHolder    = 0.85 // measured 0.878 in-sample (session 159); 0.871 in-sample (session 158); 0.876 in-sample (session 157); 0.864 in-sample (session 156); 0.876 in-sample (session 155); 0.879 in-sample (session 154); 0.863 in-sample (session 153); 0.863 in-sample (session 152); 0.863 in-sample (session 151); 0.859 in-sample (session 150); 0.859 in-sample (session 149); 0.854 in-sample (session 148); 0.854 in-sample (session 147); 0.851 in-sample (session 146); 0.848 in-sample (session 145); 0.846 in-sample (session 144); 0.769 (session 143, the models retrained with dev46, which it is not in); 0.767 with session 143's rules and session 142's models (over 596 gold stances before Quora was typed, 597 after); 0.765 at its first measurement
	dev48FloorF         = 0.90 // measured 0.923 in-sample (session 159); 0.923 in-sample (session 158); 0.906 in-sample (session 157); 0.925 in-sample (session 156); 0.911 in-sample (session 155); 0.910 in-sample (session 154); 0.923 in-sample (session 153); 0.923 in-sample (session 152); 0.916 in-sample (session 151); 0.916 in-sample (session 150); 0.917 in-sample (session 149); 0.912 in-sample (session 148); 0.912 in-sample (session 147); 0.912 in-sample (session 146); 0.914 in-sample (session 145); 0.816 (session 144, the models retrained with dev47, which it is not in); 0.812 with session 144's rules and session 143's models; 0.807 at its first measurement, with session 143's code and models
	dev48FloorHolder    = 0.84 // measured 0.860 in-sample (session 159); 0.859 in-sample (session 158); 0.841 in-sample (session 157); 0.850 in-sample (session 156); 0.847 in-sample (session 155); 0.842 in-sample (session 154); 0.842 in-sample (session 153); 0.842 in-sample (session 152); 0.831 in-sample (session 151); 0.827 in-sample (session 150); 0.829 in-sample (session 149); 0.826 in-sample (session 148); 0.824 in-sample (session 147); 0.821 in-sample (session 146); 0.816 in-sample (session 145); 0.721 (session 144, the models retrained with dev47, which it is not in); 0.713 with session 144's rules and session 143's models; 0.706 at its first measurement
	dev49FloorF         = 0.89 // measured 0.918 in-sample (session 159); 0.918 in-sample (session 158); 0.899 in-sample (session 157); 0.918 in-sample (session 156); 0.897 in-sample (session 155); 0.898 in-sample (session 154); 0.914 in-sample (session 153); 0.914 in-sample (session 152); 0.913 in-sample (session 151); 0.913 in-sample (session 150); 0.911 in-sample (session 149); 0.905 in-sample (session 148); 0.905 in-sample (session 147); 0.906 in-sample (session 146); 0.815 (session 145, the models retrained with dev48, which it is not in); 0.809 with session 145's rules and session 144's models; 0.807 at its first measurement, with session 144's code and models
	dev49FloorHolder    = 0.85 // measured 0.874 in-sample (session 159); 0.874 in-sample (session 158); 0.845 in-sample (session 157); 0.871 in-sample (session 156); 0.849 in-sample (session 155); 0.849 in-sample (session 154); 0.859 in-sample (session 153); 0.854 in-sample (session 152); 0.852 in-sample (session 151); 0.852 in-sample (session 150); 0.854 in-sample (session 149); 0.840 in-sample (session 148); 0.838 in-sample (session 147); 0.840 in-sample (session 146); 0.763 (session 145, the models retrained with dev48, which it is not in); 0.754 with session 145's rules and session 144's models; 0.751 at its first measurement
	dev50FloorF         = 0.90 // measured 0.922 in-sample (session 159); 0.922 in-sample (session 158); 0.926 in-sample (session 157); 0.921 in-sample (session 156); 0.917 in-sample (session 155); 0.916 in-sample (session 154); 0.923 in-sample (session 153); 0.923 in-sample (session 152); 0.920 in-sample (session 151); 0.920 in-sample (session 150); 0.921 in-sample (session 149); 0.919 in-sample (session 148); 0.919 in-sample (session 147); 0.821 (session 146, the models retrained with dev49, which it is not in); 0.817 with session 146's rules and session 145's models; 0.816 at its first measurement, with session 145's code and models
	dev50FloorHolder    = 0.80 // measured 0.827 in-sample (session 159); 0.827 in-sample (session 158); 0.829 in-sample (session 157); 0.822 in-sample (session 156); 0.824 in-sample (session 155); 0.820 in-sample (session 154); 0.817 in-sample (session 153); 0.815 in-sample (session 152); 0.817 in-sample (session 151); 0.810 in-sample (session 150); 0.799 in-sample (session 149); 0.785 in-sample (session 148); 0.785 in-sample (session 147); 0.689 (session 146, the models retrained with dev49, which it is not in); 0.684 with session 146's rules and session 145's models; 0.682 at its first measurement
	dev51FloorF         = 0.91 // measured 0.932 in-sample (session 159); 0.932 in-sample (session 158); 0.932 in-sample (session 157); 0.930 in-sample (session 156); 0.928 in-sample (session 155); 0.930 in-sample (session 154); 0.932 in-sample (session 153); 0.932 in-sample (session 152); 0.927 in-sample (session 151); 0.927 in-sample (session 150); 0.929 in-sample (session 149); 0.845 (session 148, with its rules, read off dev51's errors, and session 147's models, which it is not in); 0.840 (session 147, the models retrained with dev50, which it is not in); 0.829 with session 147's rules and session 146's models; 0.829 at its first measurement, with session 146's code and models
	dev51FloorHolder    = 0.87 // measured 0.896 in-sample (session 159); 0.896 in-sample (session 158); 0.891 in-sample (session 157); 0.889 in-sample (session 156); 0.889 in-sample (session 155); 0.886 in-sample (session 154); 0.883 in-sample (session 153); 0.883 in-sample (session 152); 0.883 in-sample (session 151); 0.878 in-sample (session 150); 0.883 in-sample (session 149); 0.794 (session 148, with its rules, read off dev51's errors, and session 147's models, which it is not in); 0.760 (session 147, the models retrained with dev50, which it is not in); 0.751 with session 147's rules and session 146's models; 0.750 at its first measurement
	dev52FloorF         = 0.89 // measured 0.910 in-sample (session 159); 0.910 in-sample (session 158); 0.910 in-sample (session 157); 0.914 in-sample (session 156); 0.905 in-sample (session 155); 0.907 in-sample (session 154); 0.911 in-sample (session 153); 0.911 in-sample (session 152); 0.909 in-sample (session 151); 0.909 in-sample (session 150); 0.907 in-sample (session 149, with its rules, read off dev52's errors, and the models retrained with it); 0.814 (session 148, session 147's models, which it is not in); 0.814 at its first measurement, with session 147's code and models; 0.814 with the models retrained with dev51, not shipped
	dev52FloorHolder    = 0.84 // measured 0.860 in-sample (session 159); 0.860 in-sample (session 158); 0.855 in-sample (session 157); 0.852 in-sample (session 156); 0.848 in-sample (session 155); 0.850 in-sample (session 154); 0.847 in-sample (session 153); 0.844 in-sample (session 152); 0.839 in-sample (session 151); 0.836 in-sample (session 150); 0.828 in-sample (session 149, with its rules, read off dev52's errors, and the models retrained with it); 0.729 (session 148, session 147's models, which it is not in); 0.728 at its first measurement; 0.729 with the models retrained with dev51, not shipped; holder given a verdict 0.873 at first, 0.875 now
	dev53FloorF         = 0.91 // measured 0.930 in-sample (session 159); 0.930 in-sample (session 158); 0.920 in-sample (session 157); 0.929 in-sample (session 156); 0.916 in-sample (session 155); 0.914 in-sample (session 154); 0.925 in-sample (session 153); 0.925 in-sample (session 152); 0.922 in-sample (session 151); 0.922 in-sample (session 150, with its rules, read off dev53's errors, and the models retrained with it); 0.843 (session 149, with its rules and the models retrained with dev52, which it is not in); 0.829 at its first measurement, with session 148's code and session 147's models; 0.829 with session 149's rules and those models
	dev53FloorHolder    = 0.83 // measured 0.856 in-sample (session 159); 0.856 in-sample (session 158); 0.843 in-sample (session 157); 0.853 in-sample (session 156); 0.850 in-sample (session 155); 0.842 in-sample (session 154); 0.850 in-sample (session 153); 0.848 in-sample (session 152); 0.845 in-sample (session 151); 0.842 in-sample (session 150, with its rules, read off dev53's errors, and the models retrained with it); 0.728 (session 149, with its rules and the models retrained with dev52, which it is not in); 0.703 at its first measurement; 0.713 with session 149's rules and session 147's models; holder given a verdict 0.840 at first, 0.852 now
	dev54FloorF         = 0.89 // measured 0.915 in-sample (session 159); 0.915 in-sample (session 158); 0.921 in-sample (session 157); 0.913 in-sample (session 156); 0.918 in-sample (session 155); 0.922 in-sample (session 154); 0.911 in-sample (session 153); 0.911 in-sample (session 152, the models retrained with it); 0.839 (session 151, with its rules, read off its errors, and session 150's models, which it is not in); 0.839 (session 150, with its rules and the models retrained with dev53, which it is not in); 0.832 at its first measurement, with session 149's code and models; 0.834 with session 150's rules and those models
	dev54FloorHolder    = 0.86 // measured 0.880 in-sample (session 159); 0.880 in-sample (session 158); 0.888 in-sample (session 157); 0.878 in-sample (session 156); 0.890 in-sample (session 155); 0.883 in-sample (session 154); 0.860 in-sample (session 153); 0.860 in-sample (session 152, the models retrained with it); 0.782 (session 151, with its rules, read off its errors, and session 150's models, which it is not in); 0.766 (session 150, with its rules and the models retrained with dev53, which it is not in); 0.761 at its first measurement; 0.763 with session 150's rules and session 149's models; holder given a verdict 0.885 at first, 0.886 now
	dev55FloorF         = 0.89 // measured 0.919 in-sample (session 159); 0.919 in-sample (session 158); 0.918 in-sample (session 157); 0.908 in-sample (session 156); 0.919 in-sample (session 155); 0.921 in-sample (session 154); 0.902 in-sample (session 153); 0.902 in-sample (session 152, with its rules, read off its errors, and the models retrained with it); 0.832 (session 151, with its rules, the seven platforms it names typed, and session 150's models, which it is not in); 0.807 at its first measurement, with session 150's code and models; 0.807 with session 151's rules before those types
	dev55FloorHolder    = 0.83 // measured 0.859 in-sample (session 159); 0.859 in-sample (session 158); 0.856 in-sample (session 157); 0.852 in-sample (session 156); 0.846 in-sample (session 155); 0.849 in-sample (session 154); 0.824 in-sample (session 153); 0.823 in-sample (session 152, with its rules, read off its errors, and the models retrained with it); 0.724 (session 151, with its rules, the platforms typed and session 150's models); 0.725 at its first measurement, and with session 151's rules before the platform types; holder given a verdict 0.848 at first, 0.854 now
	dev56FloorF         = 0.88 // measured 0.905 in-sample (session 159); 0.905 in-sample (session 158); 0.907 in-sample (session 157); 0.895 in-sample (session 156); 0.907 in-sample (session 155); 0.909 in-sample (session 154); 0.822 (session 153, with its rules, read off its errors, and session 152's models, which it is not in); 0.822 (session 152, with its rules, the two platforms it names typed, and the models retrained with dev55, which it is not in); 0.792 at its first measurement, with session 151's code and session 150's models; 0.792 with session 152's rules and those models; 0.802 with the retrained models before the platform types
	dev56FloorHolder    = 0.86 // measured 0.888 in-sample (session 159); 0.888 in-sample (session 158); 0.881 in-sample (session 157); 0.877 in-sample (session 156); 0.885 in-sample (session 155); 0.883 in-sample (session 154); 0.794 (session 153, with its rules, read off its errors, and session 152's models; holder given a verdict 0.942); 0.745 (session 152, with its rules, the platforms typed and the models retrained with dev55); 0.728 at its first measurement; 0.736 with session 152's rules and session 150's models; 0.750 with the retrained models before the platform types; holder given a verdict 0.875 at first, 0.881 now
	dev57FloorF         = 0.88 // measured 0.907 in-sample (session 159); 0.907 in-sample (session 158); 0.915 in-sample (session 157); 0.904 in-sample (session 156); 0.908 in-sample (session 155); 0.907 in-sample (session 154); 0.822 (session 153, with its rules, the platform it names typed, and session 152's models, which it is not in); 0.808 at its first measurement, with session 152's code and models; 0.809 with session 153's rules before that type; 0.815 with the models retrained with dev56, which were not kept
	dev57FloorHolder    = 0.86 // measured 0.886 in-sample (session 159); 0.886 in-sample (session 158); 0.881 in-sample (session 157); 0.879 in-sample (session 156); 0.882 in-sample (session 155); 0.882 in-sample (session 154); 0.779 (session 153, with its rules, the platform typed and session 152's models); 0.772 at its first measurement; 0.776 with session 153's rules before the platform type; 0.774 with the retrained models, which were not kept; holder given a verdict 0.918 at first, 0.921 now
	dev58FloorF         = 0.87 // measured 0.894 in-sample (session 159); 0.894 in-sample (session 158); 0.899 in-sample (session 157); 0.886 in-sample (session 156); 0.892 in-sample (session 155); 0.816 (session 154, with its rules, the platforms it names typed, and the models retrained with dev57, which it is not in); 0.802 at its first measurement, with session 153's code and models; 0.802 with session 154's rules before those types; 0.814 with the retrained models
	dev58FloorHolder    = 0.83 // measured 0.850 in-sample (session 159); 0.850 in-sample (session 158); 0.844 in-sample (session 157); 0.837 in-sample (session 156); 0.847 in-sample (session 155); 0.751 over 595 (session 154, with its rules, the platforms typed and the retrained models); 0.752 over 592 at its first measurement; 0.752 with session 154's rules; 0.753 with the retrained models before the platform types; holder given a verdict 0.909 at first, 0.900 now
	dev59FloorF         = 0.88 // measured 0.907 in-sample (session 159); 0.907 in-sample (session 158); 0.894 in-sample (session 157); 0.904 in-sample (session 156); 0.813 (session 155, with its rules, the platforms it names typed, and the models retrained with dev58, which it is not in); 0.793 at its first measurement, with session 154's code and models; 0.793 with session 155's first three rule commits; 0.798 with the retrained models at the same code; 0.798 with session 155's later rules
	dev59FloorHolder    = 0.84 // measured 0.867 in-sample (session 159); 0.867 in-sample (session 158); 0.851 in-sample (session 157); 0.856 in-sample (session 156); 0.740 over 616 (session 155, with its rules, the platforms typed and the retrained models); 0.730 over 588 at its first measurement; 0.730 with session 155's first three rule commits; 0.731 with the retrained models at the same code; 0.735 with session 155's later rules
	dev60FloorF         = 0.88 // measured 0.900 in-sample (session 159); 0.900 in-sample (session 158); 0.907 in-sample (session 157); 0.835 (session 156, with its rules, the platforms it names typed, and the models retrained with dev59, which it is not in); 0.806 at its first measurement, with session 155's code and models; 0.806 with session 156's first five rule commits; 0.830 with the retrained models at the same code
	dev60FloorHolder    = 0.84 // measured 0.864 in-sample (session 159); 0.864 in-sample (session 158); 0.854 in-sample (session 157); 0.768 over 624 (session 156, with its rules, the platforms typed and the retrained models); 0.745 over 608 at its first measurement; 0.745 with session 156's first five rule commits; 0.765 with the retrained models at the same code
	dev61FloorF         = 0.89 // measured 0.913 in-sample (session 159); 0.913 in-sample (session 158, with the models retrained with it); 0.827 with session 158's rules and session 157's models; 0.827 (session 157, with its rules, OpenStreetMap typed, and the models retrained with dev60, which it is not in); 0.822 at its first measurement, with session 156's code and models; 0.822 with session 157's rules up to 1baee18b and the old models; 0.824 with the retrained models at the same code
	dev61FloorHolder    = 0.85 // measured 0.874 in-sample (session 159); 0.874 in-sample (session 158, with the models retrained with it); 0.782 with session 158's rules and session 157's models; 0.743 over 602 (session 157, with its rules, OpenStreetMap typed and the retrained models); 0.738 over 595 at its first measurement; 0.738 with session 157's rules up to 1baee18b and the old models; 0.743 over 595 with the retrained models at the same code
	dev62FloorF         = 0.82 // measured 0.841 (session 159, with its rules and session 158's models, which it is not in); 0.834 (session 158, with its rules and the models retrained with dev61, which it is not in); 0.824 at its first measurement, with session 157's code and models; 0.824 with session 158's first four rule commits (6d669b6c) and the old models; 0.834 with the retrained models at the same code
	dev62FloorHolder    = 0.79 // measured 0.818 over 598 (session 159, with its rules and session 158's models); 0.788 over 598 (session 158, with its rules and the retrained models); 0.776 over 598 at its first measurement; 0.776 with session 158's first four rule commits and the old models; 0.786 with the retrained models at the same code
	dev63FloorF         = 0.81 // measured 0.834 (session 159, with its rules and session 158's models, which it is not in); 0.834 at its first measurement, with session 158's code and models; 0.834 with session 159's entity rules (9e006701) and the old models; 0.833 with the models retrained with dev62 at the same code, which were not shipped
	dev63FloorHolder    = 0.75 // measured 0.775 over 599 (session 159, with its rules and session 158's models); 0.773 over 599 at its first measurement; 0.773 with session 159's entity rules and the old models; 0.778 with the retrained models at the same code
	postFloorF          = 0.77 // measured 0.821 (session 117)
	heldoutFloorF       = 0.71 // measured 0.731 (session 159, with its rules and session 158's models); 0.731 (session 158, with its rules and models retrained with dev61); 0.730 (session 157, with its rules and models retrained with dev60); 0.728 (session 156, with its rules and models retrained with dev59); 0.731 (session 155, with its rules and models retrained with dev58); 0.731 (session 154, with its rules and models retrained with dev57); 0.726 (session 153, with its rules and session 152's models); 0.726 (session 152, with the models retrained with dev55); 0.722 (session 151, with its rules and session 150's models); 0.722 (session 150, with the models retrained with dev53); 0.724 (session 149, with the models retrained with dev52); 0.727 (session 148); 0.727 (session 147); 0.724 (session 146); 0.722 (session 145); 0.722 (session 144); 0.727 (session 143); 0.721 (session 142); 0.725 (session 141); 0.725 (session 140); 0.723 (session 139); 0.725 (session 138); 0.717 (session 137); 0.724 (session 136); 0.718 (session 135); 0.716 (session 134); 0.720 (session 133); 0.714 (session 127)
	heldoutFloorHolder  = 0.64 // measured 0.669 (session 159, with its rules and session 158's models); 0.669 (session 158, with its rules and models retrained with dev61); 0.666 (session 157, with its rules and models retrained with dev60); 0.661 (session 156, with its rules and models retrained with dev59); 0.674 (session 155, with its rules and models retrained with dev58); 0.669 (session 154, with its rules and models retrained with dev57); 0.661 (session 153, with its rules and session 152's models); 0.661 (session 152, with the models retrained with dev55); 0.661 (session 151, with its rules and session 150's models); 0.661 (session 150, with the models retrained with dev53); 0.660 (session 149, with the models retrained with dev52); 0.658 (session 148); 0.658 (session 147); 0.653 (session 146); 0.653 (session 145); 0.647 (session 144); 0.653 (session 143); 0.650 (session 142); 0.656 (session 141); 0.655 (session 140); 0.650 (session 139); 0.650 (session 138); 0.652 (session 137); 0.655 (session 136); 0.652 (session 135); 0.650 (session 134); 0.652 (session 133); 0.644 (session 127)
	heldout1FloorF      = 0.76 // measured 0.783 (session 159, with its rules and session 158's models); 0.783 (session 158, with its rules and models retrained with dev61); 0.793 (session 157, with its rules and models retrained with dev60); 0.774 (session 156, with its rules and models retrained with dev59); 0.771 (session 155, with its rules and models retrained with dev58); 0.795 (session 154, with its rules and models retrained with dev57); 0.792 (session 153, with its rules and session 152's models); 0.792 (session 152, with the models retrained with dev55); 0.761 (session 151, with its rules and session 150's models); 0.761 (session 150, with the models retrained with dev53); 0.761 (session 149, with the models retrained with dev52); 0.761 (session 148); 0.761 (session 147); 0.758 (session 146); 0.764 (session 145); 0.751 (session 144); 0.761 (session 143); 0.750 (session 142); 0.745 (session 141); 0.760 (session 140); 0.747 (session 139); 0.763 (session 138); 0.746 (session 137); 0.753 (session 136); 0.759 (session 135); 0.759 (session 134); 0.756 (session 133); 0.761 (session 127)
	heldout1FloorHolder = 0.58 // measured 0.607 (session 159, with its rules and session 158's models); 0.607 (session 158, with its rules and models retrained with dev61); 0.626 (session 157, with its rules and models retrained with dev60); 0.598 (session 156, with its rules and models retrained with dev59); 0.626 (session 155, with its rules and models retrained with dev58); 0.645 (session 154, with its rules and models retrained with dev57); 0.617 (session 153, with its rules and session 152's models); 0.617 (session 152, with the models retrained with dev55); 0.598 (session 151, with its rules and session 150's models); 0.598 (session 150, with the models retrained with dev53); 0.598 (session 149, with the models retrained with dev52); 0.589 (session 148); 0.589 (session 147); 0.589 (session 146); 0.598 (session 145); 0.579 (session 144); 0.589 (session 143); 0.579 (session 142); 0.570 (session 141); 0.589 (session 140); 0.579 (session 139); 0.598 (session 138); 0.589 (session 137); 0.589 (session 136); 0.607 (session 135); 0.607 (session 134); 0.626 (session 133); 0.645 (session 127)
	heldout2FloorF      = 0.66 // measured 0.688 (session 159, with its rules and session 158's models); 0.688 (session 158, with its rules and models retrained with dev61); 0.745 (session 157, with its rules and models retrained with dev60); 0.697 (session 156, with its rules and models retrained with dev59); 0.758 (session 155, with its rules and models retrained with dev58); 0.748 (session 154, with its rules and models retrained with dev57); 0.713 (session 153, with its rules and session 152's models); 0.713 (session 152, with the models retrained with dev55); 0.709 (session 151, with its rules and session 150's models); 0.709 (session 150, with the models retrained with dev53); 0.722 (session 149, with the models retrained with dev52); 0.722 (session 148); 0.722 (session 147); 0.720 (session 146); 0.723 (session 145); 0.728 (session 144); 0.730 (session 143); 0.728 (session 142); 0.734 (session 141); 0.722 (session 140); 0.716 (session 139); 0.722 (session 138); 0.710 (session 137); 0.725 (session 136); 0.708 (session 135); 0.714 (session 134); 0.726 (session 133); 0.696 (session 127)
	heldout2FloorHolder = 0.61 // measured 0.636 (session 159, with its rules and session 158's models); 0.636 (session 158, with its rules and models retrained with dev61); 0.692 (session 157, with its rules and models retrained with dev60); 0.636 (session 156, with its rules and models retrained with dev59); 0.710 (session 155, with its rules and models retrained with dev58); 0.692 (session 154, with its rules and models retrained with dev57); 0.645 (session 153, with its rules and session 152's models); 0.645 (session 152, with the models retrained with dev55); 0.645 (session 151, with its rules and session 150's models); 0.645 (session 150, with the models retrained with dev53); 0.645 (session 149, with the models retrained with dev52); 0.645 (session 148); 0.645 (session 147); 0.636 (session 146); 0.636 (session 145); 0.645 (session 144); 0.654 (session 143); 0.654 (session 142); 0.654 (session 141); 0.645 (session 140); 0.636 (session 139); 0.636 (session 138); 0.636 (session 137); 0.645 (session 136); 0.626 (session 135); 0.626 (session 134); 0.636 (session 133); 0.589 (session 127)
	heldout3FloorF      = 0.68 // measured 0.704 (session 159, with its rules and session 158's models); 0.704 (session 158, with its rules and models retrained with dev61); 0.631 (session 157, with its rules and models retrained with dev60); 0.689 (session 156, with its rules and models retrained with dev59); 0.643 (session 155, with its rules and models retrained with dev58); 0.646 (session 154, with its rules and models retrained with dev57); 0.667 (session 153, with its rules and session 152's models); 0.667 (session 152, with the models retrained with dev55); 0.681 (session 151, with its rules and session 150's models); 0.681 (session 150, with the models retrained with dev53); 0.678 (session 149, with the models retrained with dev52); 0.668 (session 148); 0.668 (session 147); 0.671 (session 146); 0.662 (session 145); 0.663 (session 144); 0.671 (session 143); 0.661 (session 142); 0.673 (session 141); 0.674 (session 140); 0.673 (session 139); 0.674 (session 138); 0.660 (session 137); 0.667 (session 136); 0.656 (session 135); 0.645 (session 134); 0.653 (session 133); 0.665 (session 127)
	heldout3FloorHolder = 0.66 // measured 0.681 (session 159, with its rules and session 158's models); 0.681 (session 158, with its rules and models retrained with dev61); 0.593 (session 157, with its rules and models retrained with dev60); 0.670 (session 156, with its rules and models retrained with dev59); 0.615 (session 155, with its rules and models retrained with dev58); 0.615 (session 154, with its rules and models retrained with dev57); 0.659 (session 153, with its rules and session 152's models); 0.659 (session 152, with the models retrained with dev55); 0.670 (session 151, with its rules and session 150's models); 0.670 (session 150, with the models retrained with dev53); 0.670 (session 149, with the models retrained with dev52); 0.659 (session 148); 0.659 (session 147); 0.659 (session 146); 0.648 (session 145); 0.648 (session 144); 0.659 (session 143); 0.637 (session 142); 0.659 (session 141); 0.659 (session 140); 0.659 (session 139); 0.659 (session 138); 0.648 (session 137); 0.648 (session 136); 0.648 (session 135); 0.637 (session 134); 0.637 (session 133); 0.648 (session 127)
	heldout4FloorF      = 0.77 // measured 0.796 (session 159, with its rules and session 158's models); 0.796 (session 158, with its rules and models retrained with dev61); 0.766 (session 157, with its rules and models retrained with dev60); 0.797 (session 156, with its rules and models retrained with dev59); 0.785 (session 155, with its rules and models retrained with dev58); 0.783 (session 154, with its rules and models retrained with dev57); 0.782 (session 153, with its rules and session 152's models); 0.782 (session 152, with the models retrained with dev55); 0.792 (session 151, with its rules and session 150's models); 0.792 (session 150, with the models retrained with dev53); 0.791 (session 149, with the models retrained with dev52); 0.789 (session 148); 0.789 (session 147); 0.793 (session 146); 0.789 (session 145); 0.789 (session 144); 0.789 (session 143); 0.780 (session 142); 0.785 (session 141); 0.788 (session 140); 0.792 (session 139); 0.798 (session 138); 0.798 (session 137); 0.792 (session 136); 0.808 (session 135); 0.788 (session 134); 0.798 (session 133); 0.782 (session 127)
	heldout4FloorHolder = 0.73 // measured 0.753 (session 159, with its rules and session 158's models); 0.753 (session 158, with its rules and models retrained with dev61); 0.742 (session 157, with its rules and models retrained with dev60); 0.753 (session 156, with its rules and models retrained with dev59); 0.753 (session 155, with its rules and models retrained with dev58); 0.742 (session 154, with its rules and models retrained with dev57); 0.731 (session 153, with its rules and session 152's models); 0.731 (session 152, with the models retrained with dev55); 0.742 (session 151, with its rules and session 150's models); 0.742 (session 150, with the models retrained with dev53); 0.742 (session 149, with the models retrained with dev52); 0.774 (session 148); 0.774 (session 147); 0.763 (session 146); 0.763 (session 145); 0.742 (session 144); 0.742 (session 143); 0.753 (session 142); 0.753 (session 141); 0.763 (session 140); 0.763 (session 139); 0.774 (session 138); 0.774 (session 137); 0.763 (session 136); 0.785 (session 135); 0.763 (session 134); 0.763 (session 133); 0.742 (session 127)
	heldout5FloorF      = 0.71 // measured 0.734 (session 159, with its rules and session 158's models); 0.734 (session 158, with its rules and models retrained with dev61); 0.751 (session 157, with its rules and models retrained with dev60); 0.728 (session 156, with its rules and models retrained with dev59); 0.744 (session 155, with its rules and models retrained with dev58); 0.731 (session 154, with its rules and models retrained with dev57); 0.728 (session 153, with its rules and session 152's models); 0.728 (session 152, with the models retrained with dev55); 0.728 (session 151, with its rules and session 150's models); 0.728 (session 150, with the models retrained with dev53); 0.732 (session 149, with the models retrained with dev52); 0.739 (session 148); 0.739 (session 147); 0.739 (session 146); 0.732 (session 145); 0.729 (session 144); 0.733 (session 143); 0.733 (session 142); 0.733 (session 141); 0.740 (session 140); 0.736 (session 139); 0.726 (session 138); 0.741 (session 137); 0.748 (session 136); 0.721 (session 135); 0.739 (session 134); 0.749 (session 133); 0.732 (session 127)
	heldout5FloorHolder = 0.64 // measured 0.663 (session 159, with its rules and session 158's models); 0.663 (session 158, with its rules and models retrained with dev61); 0.674 (session 157, with its rules and models retrained with dev60); 0.653 (session 156, with its rules and models retrained with dev59); 0.663 (session 155, with its rules and models retrained with dev58); 0.653 (session 154, with its rules and models retrained with dev57); 0.653 (session 153, with its rules and session 152's models); 0.653 (session 152, with the models retrained with dev55); 0.653 (session 151, with its rules and session 150's models); 0.653 (session 150, with the models retrained with dev53); 0.653 (session 149, with the models retrained with dev52); 0.632 (session 148); 0.632 (session 147); 0.632 (session 146); 0.632 (session 145); 0.632 (session 144); 0.632 (session 143); 0.632 (session 142); 0.642 (session 141); 0.621 (session 140); 0.611 (session 139); 0.600 (session 138); 0.632 (session 137); 0.642 (session 136); 0.611 (session 135); 0.621 (session 134); 0.632 (session 133); 0.611 (session 127)
	heldout6FloorF      = 0.68 // measured 0.700 (session 159, with its rules and session 158's models); 0.700 (session 158, with its rules and models retrained with dev61); 0.696 (session 157, with its rules and models retrained with dev60); 0.697 (session 156, with its rules and models retrained with dev59); 0.688 (session 155, with its rules and models retrained with dev58); 0.685 (session 154, with its rules and models retrained with dev57); 0.689 (session 153, with its rules and session 152's models); 0.689 (session 152, with the models retrained with dev55); 0.683 (session 151, with its rules and session 150's models); 0.683 (session 150, with the models retrained with dev53); 0.681 (session 149, with the models retrained with dev52); 0.694 (session 148); 0.694 (session 147); 0.681 (session 146); 0.679 (session 145); 0.684 (session 144); 0.691 (session 143); 0.689 (session 142); 0.693 (session 141); 0.684 (session 140); 0.691 (session 139); 0.682 (session 138); 0.667 (session 137); 0.676 (session 136); 0.671 (session 135); 0.667 (session 134); 0.656 (session 133); 0.666 (session 127)
	heldout6FloorHolder = 0.66 // measured 0.685 (session 159, with its rules and session 158's models); 0.685 (session 158, with its rules and models retrained with dev61); 0.669 (session 157, with its rules and models retrained with dev60); 0.669 (session 156, with its rules and models retrained with dev59); 0.677 (session 155, with its rules and models retrained with dev58); 0.669 (session 154, with its rules and models retrained with dev57); 0.669 (session 153, with its rules and session 152's models); 0.669 (session 152, with the models retrained with dev55); 0.669 (session 151, with its rules and session 150's models); 0.669 (session 150, with the models retrained with dev53); 0.661 (session 149, with the models retrained with dev52); 0.661 (session 148); 0.661 (session 147); 0.654 (session 146); 0.654 (session 145); 0.646 (session 144); 0.654 (session 143); 0.654 (session 142); 0.669 (session 141); 0.661 (session 140); 0.661 (session 139); 0.646 (session 138); 0.646 (session 137); 0.654 (session 136); 0.646 (session 135); 0.654 (session 134); 0.630 (session 133); 0.638 (session 127)
	heldoutPostFloorF   = 0.57 // measured 0.707 (session 117)
)

// TestAgreement scores a second annotator's independent labels of 16 dev
// articles (testdata/agreement) against the gold, as the scorer is scored:
// the ceiling a careful reader reaches under the same guidelines. The
// floor guards that gold edits stay consistent with that reading.
func TestAgreement(t *testing.T) {
	b, err := os.ReadFile("../testdata/agreement/second_annotator.tsv")
	if err != nil {
		t.Skip(err)
	}
	names, _, golds := loadArticles(t)
	byName := map[string]*goldArticle{}
	for i := range names {
		byName[names[i]] = &golds[i]
	}
	var items []evalItem
	covered := map[string]int{}
	for ln, line := range strings.Split(strings.TrimRight(string(b), "\n"), "\n")[1:] {
		f := strings.Split(line, "\t")
		if len(f) != 5 {
			t.Fatalf("line %d: %d columns, want 5", ln+2, len(f))
		}
		g := byName[f[0]]
		if g == nil {
			t.Fatalf("line %d: no article %q", ln+2, f[0])
		}
		found := false
		for _, st := range g.Stances {
			if itoa(st.Sentence) != f[1] || st.Target != f[2] {
				continue
			}
			found = true
			holder := f[4]
			for _, e := range g.Entities {
				if slices.Contains(e.Aliases, holder) {
					holder = e.Name
				}
			}
			items = append(items, evalItem{gold: st.Label, goldHolder: st.Holder, holderKnown: true, judged: true,
				got: Judgment{Label: Label(f[3]), Holder: holder}})
		}
		if !found {
			t.Errorf("line %d: %s sentence %s %s has no gold record", ln+2, f[0], f[1], f[2])
		}
		covered[f[0]]++
	}
	for name, n := range covered {
		if want := len(byName[name].Stances); n != want {
			t.Errorf("%s: %d rows, gold has %d records", name, n, want)
		}
	}
	sc := score(items)
	t.Logf("second annotator: F_avg %.3f (endorses %.3f, criticizes %.3f), holder accuracy %.3f over %d, %d records",
		sc.fAvg, sc.fE, sc.fC, sc.holderAcc, sc.holderN, sc.n)
	if sc.fAvg < agreementFloorF || sc.holderAcc < agreementFloorHolder {
		t.Errorf("agreement F_avg %.3f, holder %.3f; floors %.2f, %.2f", sc.fAvg, sc.holderAcc, agreementFloorF, agreementFloorHolder)
	}
}

const (
	agreementFloorF      = 0.94 // measured 0.967
	agreementFloorHolder = 0.92 // measured 0.943
)
