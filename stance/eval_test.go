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
	evalErrors     = flag.String("eval.errors", "", "log the errors of this evaluation set (articles, articles-orig, articles-dev2, articles-h1, articles-dev3, articles-dev4, articles-dev5, articles-dev6, articles-dev7, articles-dev8, articles-dev9, articles-dev10, articles-dev11, articles-dev12, articles-dev13, articles-dev14, articles-dev15, articles-dev16, articles-dev17, articles-dev18, articles-dev19, articles-dev20, articles-dev21, articles-dev22, articles-dev23, articles-gold, articles-dev2-gold, posts, heldout, heldout-b1, heldout-b2, heldout-b3, heldout-b4, heldout-b5, heldout-b6, heldout-posts)")
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
	r := testRecognizer(t)
	// keep selects articles by name: the original ten, or the batches
	// written later by other writers (a check on overfitting to the ten):
	// dev2_, h1_ (the first held-out set, development data since) and dev3_.
	all := func(string) bool { return true }
	batches := []string{"dev2_", "h1_", "dev3_", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11", "dev12", "dev13", "dev14", "dev15", "dev16", "dev17", "dev18", "dev19", "dev20", "dev21", "dev22", "dev23"}
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
			return slices.ContainsFunc(prefixes, func(p string) bool { return strings.HasPrefix(n, p) })
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
	articles := func(dir string, gold bool, keep func(string) bool) func(t *testing.T) ([]evalItem, int) {
		return func(t *testing.T) ([]evalItem, int) {
			names, texts, golds0 := loadArticleDir(t, dir)
			var docs []*entities.Document
			var golds []goldArticle
			for i := range texts {
				if !keep(names[i]) {
					continue
				}
				golds = append(golds, golds0[i])
				g := golds0[i]
				if gold {
					docs = append(docs, goldDoc(t, r, texts[i], g))
					continue
				}
				doc, err := r.Recognize(texts[i])
				if err != nil {
					t.Fatal(err)
				}
				docs = append(docs, doc)
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
			if sc.fAvg < set.minF || sc.holderAcc < set.minHolder {
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
// "articles" and "articles-gold" cover all dev articles; -orig are the
// original ten, -dev2 the eight dev2_ articles by another writer, -h1 the
// four h1_ articles that were the first held-out set, -dev3 to -dev7 the
// later batches (dev4, dev5 and dev6: twenty articles each, by four more
// writers each; dev7 twenty-five by five more; dev8 to dev16 ten each by
// two more; dev17 to dev23 twenty each by four more). The article model (article.go) and the holder model
// (holder.go) are trained on every dev article, so the dev numbers are
// in-sample: the honest estimates are the article-grouped cross-validation
// of TestTrainArticle and TestTrainHolder and the held-out sets. dev5 was
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
// fixes: 0.662 / 0.504 (rules alone 0.384 / 0.212).
const (
	articleFloorF       = 0.91 // measured 0.950 (0.949 before session 44's quotation-state fixes, quotations carried after letters and framing sentences, named officers and profile headlines as holders, but-no-longer-there and on-X-people constructions, and retrained models; 0.948 before session 41's constructions (went to, not on X, tried X for a week, stopped listing on X, is how, did more for, at all, meant as a compliment, turned-down trials) and retrained models; 0.947 before session 34's gender, stage-name and spokesperson fixes and retrained models; 0.945 before session 29's tokenizer, sentence rules and retrained models; 0.944 before session 28's rules and retrained models; 0.943 before session 27's rules and retrained models; 0.944 before session 26's rules and retrained models; 0.942 before session 24's holder rules and retrained models; 0.940 before session 23's rules and retrained models; 0.939 before session 22's rules and retrained models; 342 articles, in-sample; 0.940 with session 21's first rule fixes, before its irregular verb forms, which the model was not retrained on; cross-validated 0.665, rules alone 0.509 (0.663 and 0.507 before session 24's holder rules and opening-quote split, 0.659 and 0.488 before session 23's rules, 0.657 and 0.484 before session 22's rule fixes, 0.656 and 0.482 before session 21's rule fixes); 0.929 and 0.648 on the 302 before dev22 and dev23, 0.912 and 0.643 on the 282 before dev21 and session 19's strong setting, 0.789 and 0.626 before session 18's word-pair features)
	articleFloorHolder  = 0.74 // measured 0.851 (0.855 before session 46's holder rules (survey sources, people of a kind with a trailing report, organizations' plans explained after them, named officers' we-quotations) and retrained models; 0.853 before session 45's entity fixes (streets, capitalized things, organizations' words typed as people) and holder rules (bodies of a kind reported on, a speaker's own body) and retrained models; 0.848 before session 44's quotation-state fixes, quotations carried after letters and framing sentences, named officers and profile headlines as holders, but-no-longer-there and on-X-people constructions, and retrained models; 0.847 before session 43's constructions (never did, the one place, found me on, reported and still up, decides who, lets, wants, shows it to, reaches, already has, stopped doing, more than X ever did, a different story, stars for, should be on, A and B not C), holder and pronoun fixes, names with First and members of, and retrained models; 0.836 before session 42's changes (a transcript speaker's turn for the holder model, places named in datelines, roles after country-named people, moves undone) and retrained models; 0.837 before session 41's constructions (went to, not on X, tried X for a week, stopped listing on X, is how, did more for, at all, meant as a compliment, turned-down trials) and retrained models; 0.831 before session 40's fixes (reports inside quotations, gendered nouns, organizations' acts beside a speaker's aside, acronyms and months in names) and retrained models; 0.830 before session 39's fixes (unnamed reporters, longer things moved off a platform, lawmakers' places, greetings) and retrained models; 0.827 before session 38's holder fixes (names typed by their neighbours, descriptions of a place or of a headline's organization, asides, coordinated verbs) and retrained models; 0.815 before session 37's holder fixes (shared surnames, "it" of a description or a platform, shortened names) and retrained models; 0.808 before session 35's headline, quotation and statement fixes and retrained models; 0.803 before session 34's gender, stage-name and spokesperson fixes and retrained models; 0.798 before session 33's entity fixes and retrained models; 0.786 before session 32's entity fixes and retrained models; 0.784 before session 31's holder rules and retrained models; 0.774 before session 30's holder rules and retrained models; 0.775 before session 28's rules and retrained models; 0.774 before session 27's rules and retrained models; 0.773 before session 26's rules and retrained models; 0.768 before session 25's rules, lead holders and retrained models; 0.769 before session 23's rules and retrained models; 0.768 before session 22's last rule fixes, 0.764 before its rules and retrained models; 0.759 with session 19's final names and holder model; 0.754 on the 302 before dev22 and dev23)
	origFloorF          = 0.93 // measured 0.958 (0.967 before session 23's rules and retrained models; 0.963 before session 21's headline fixes)
	origFloorHolder     = 0.87 // measured 0.910 (0.901 before session 45's entity fixes (streets, capitalized things, organizations' words typed as people) and holder rules (bodies of a kind reported on, a speaker's own body) and retrained models; 0.910 before session 44's quotation-state fixes, quotations carried after letters and framing sentences, named officers and profile headlines as holders, but-no-longer-there and on-X-people constructions, and retrained models; 0.892 before session 26's rules and retrained models; 0.919 before session 25's rules, lead holders and retrained models; 0.937 before session 24's holder rules and retrained models)
	dev2FloorF          = 0.95 // measured 0.977 (0.973 before session 43's constructions (never did, the one place, found me on, reported and still up, decides who, lets, wants, shows it to, reaches, already has, stopped doing, more than X ever did, a different story, stars for, should be on, A and B not C), holder and pronoun fixes, names with First and members of, and retrained models; 0.986 before session 25's rules, lead holders and retrained models)
	dev2FloorHolder     = 0.90 // measured 0.924 (0.933 before session 38's holder fixes (names typed by their neighbours, descriptions of a place or of a headline's organization, asides, coordinated verbs) and retrained models; 0.924 before session 37's holder fixes (shared surnames, "it" of a description or a platform, shortened names) and retrained models; 0.943 before session 35's headline, quotation and statement fixes and retrained models; 0.924 before session 30's holder rules and retrained models; 0.933 before session 25's rules, lead holders and retrained models; 0.943 before session 24's holder rules and retrained models; 0.933 before session 23's rules and retrained models; 0.952 before session 22's rules and retrained models; 0.924 with session 19's final names and holder model)
	goldFloorF          = 0.92 // measured 0.950 (0.949 before session 43's constructions (never did, the one place, found me on, reported and still up, decides who, lets, wants, shows it to, reaches, already has, stopped doing, more than X ever did, a different story, stars for, should be on, A and B not C), holder and pronoun fixes, names with First and members of, and retrained models; 0.948 before session 41's constructions (went to, not on X, tried X for a week, stopped listing on X, is how, did more for, at all, meant as a compliment, turned-down trials) and retrained models; 0.947 before session 34's gender, stage-name and spokesperson fixes and retrained models; 0.945 before session 29's tokenizer, sentence rules and retrained models; 0.944 before session 27's rules and retrained models; 0.943 before session 24's holder rules and retrained models; 0.941 before session 23's rules and retrained models; 0.940 before session 22's rules and retrained models; 0.940 before session 21's headline fixes; 0.931 on the 302 before dev22 and dev23)
	goldFloorHolder     = 0.76 // measured 0.857 (0.861 before session 46's holder rules (survey sources, people of a kind with a trailing report, organizations' plans explained after them, named officers' we-quotations) and retrained models; 0.860 before session 45's entity fixes (streets, capitalized things, organizations' words typed as people) and holder rules (bodies of a kind reported on, a speaker's own body) and retrained models; 0.856 before session 44's quotation-state fixes, quotations carried after letters and framing sentences, named officers and profile headlines as holders, but-no-longer-there and on-X-people constructions, and retrained models; 0.855 before session 43's constructions (never did, the one place, found me on, reported and still up, decides who, lets, wants, shows it to, reaches, already has, stopped doing, more than X ever did, a different story, stars for, should be on, A and B not C), holder and pronoun fixes, names with First and members of, and retrained models; 0.845 before session 42's changes (a transcript speaker's turn for the holder model, places named in datelines, roles after country-named people, moves undone) and retrained models; 0.846 before session 41's constructions (went to, not on X, tried X for a week, stopped listing on X, is how, did more for, at all, meant as a compliment, turned-down trials) and retrained models; 0.841 before session 40's fixes (reports inside quotations, gendered nouns, organizations' acts beside a speaker's aside, acronyms and months in names) and retrained models; 0.840 before session 39's fixes (unnamed reporters, longer things moved off a platform, lawmakers' places, greetings) and retrained models; 0.838 before session 38's holder fixes (names typed by their neighbours, descriptions of a place or of a headline's organization, asides, coordinated verbs) and retrained models; 0.827 before session 37's holder fixes (shared surnames, "it" of a description or a platform, shortened names) and retrained models; 0.820 before session 35's headline, quotation and statement fixes and retrained models; 0.815 before session 34's gender, stage-name and spokesperson fixes and retrained models; 0.812 before session 31's holder rules and retrained models; 0.801 before session 30's holder rules and retrained models; 0.800 before session 29's tokenizer, sentence rules and retrained models; 0.799 before session 26's rules and retrained models; 0.794 before session 25's rules, lead holders and retrained models; 0.789 before session 24's holder rules and retrained models; 0.785 before session 22's rules and retrained models; 0.786 with session 19's final names and holder model; 0.781 on the 302 before dev22 and dev23)
	dev2GoldFloorF      = 0.95 // measured 0.977 (0.973 before session 43's constructions (never did, the one place, found me on, reported and still up, decides who, lets, wants, shows it to, reaches, already has, stopped doing, more than X ever did, a different story, stars for, should be on, A and B not C), holder and pronoun fixes, names with First and members of, and retrained models; 0.986 before session 25's rules, lead holders and retrained models)
	dev2GoldFloorHolder = 0.90 // measured 0.924 (0.933 before session 38's holder fixes (names typed by their neighbours, descriptions of a place or of a headline's organization, asides, coordinated verbs) and retrained models; 0.924 before session 37's holder fixes (shared surnames, "it" of a description or a platform, shortened names) and retrained models; 0.943 before session 35's headline, quotation and statement fixes and retrained models; 0.924 before session 30's holder rules and retrained models; 0.933 before session 25's rules, lead holders and retrained models; 0.943 before session 24's holder rules and retrained models; 0.933 before session 23's rules and retrained models; 0.952 before session 22's rules and retrained models; 0.924 with session 19's final names and holder model)
	h1FloorF            = 0.94 // measured 0.981 (0.972 before session 43's constructions (never did, the one place, found me on, reported and still up, decides who, lets, wants, shows it to, reaches, already has, stopped doing, more than X ever did, a different story, stars for, should be on, A and B not C), holder and pronoun fixes, names with First and members of, and retrained models; 0.963 before session 35's headline, quotation and statement fixes and retrained models; 0.972 before session 34's gender, stage-name and spokesperson fixes and retrained models; 0.963 before session 25's rules, lead holders and retrained models; 0.972 before session 23's rules and retrained models)
	h1FloorHolder       = 0.93 // measured 0.955 (0.977 before session 24's holder rules and retrained models; 0.955 with session 19's final names and holder model)
	dev3FloorF          = 0.92 // measured 0.949 (0.955 before session 26's rules and retrained models)
	dev3FloorHolder     = 0.86 // measured 0.895 (0.908 before session 44's quotation-state fixes, quotations carried after letters and framing sentences, named officers and profile headlines as holders, but-no-longer-there and on-X-people constructions, and retrained models; 0.895 before session 42's changes (a transcript speaker's turn for the holder model, places named in datelines, roles after country-named people, moves undone) and retrained models; 0.908 before session 31's holder rules and retrained models; 0.895 before session 30's holder rules and retrained models; 0.908 before session 29's tokenizer, sentence rules and retrained models; 0.895 before session 26's rules and retrained models; 0.908 before session 25's rules, lead holders and retrained models; 0.882 before session 24's holder rules and retrained models; 0.895 before session 22's rules and retrained models; 0.882 with session 19's final names and holder model)
	dev4FloorF          = 0.92 // measured 0.960 (0.962 before session 44's quotation-state fixes, quotations carried after letters and framing sentences, named officers and profile headlines as holders, but-no-longer-there and on-X-people constructions, and retrained models; 0.963 before session 42's changes (a transcript speaker's turn for the holder model, places named in datelines, roles after country-named people, moves undone) and retrained models; 0.960 before session 41's constructions (went to, not on X, tried X for a week, stopped listing on X, is how, did more for, at all, meant as a compliment, turned-down trials) and retrained models; 0.958 before session 35's headline, quotation and statement fixes and retrained models; 0.956 before session 29's tokenizer, sentence rules and retrained models; 0.955 before session 27's rules and retrained models; 0.957 before session 24's holder rules and retrained models; 0.952 before session 23's rules and retrained models; 0.948 with session 22's retrained models before its last rule fixes; 0.952 before session 22's rules and retrained models; rules alone 0.574)
	dev4FloorHolder     = 0.84 // measured 0.881 (0.878 before session 46's holder rules (survey sources, people of a kind with a trailing report, organizations' plans explained after them, named officers' we-quotations) and retrained models; 0.885 before session 44's quotation-state fixes, quotations carried after letters and framing sentences, named officers and profile headlines as holders, but-no-longer-there and on-X-people constructions, and retrained models; 0.878 before session 38's holder fixes (names typed by their neighbours, descriptions of a place or of a headline's organization, asides, coordinated verbs) and retrained models; 0.864 before session 37's holder fixes (shared surnames, "it" of a description or a platform, shortened names) and retrained models; 0.861 before session 36's later fixes (countered harms, owned errors) and retrained models; 0.864 before session 36's negation, reason and plan fixes and retrained models; 0.861 before session 34's gender, stage-name and spokesperson fixes and retrained models; 0.864 before session 30's holder rules and retrained models; 0.861 before session 26's rules and retrained models; 0.864 before session 25's rules, lead holders and retrained models; 0.874 before session 24's holder rules and retrained models; 0.867 before session 23's rules and retrained models; 0.874 before session 22's rules and retrained models; 0.871 with session 19's final names and holder model)
	dev5FloorF          = 0.89 // measured 0.920 (0.924 before session 44's quotation-state fixes, quotations carried after letters and framing sentences, named officers and profile headlines as holders, but-no-longer-there and on-X-people constructions, and retrained models; 0.920 before session 43's constructions (never did, the one place, found me on, reported and still up, decides who, lets, wants, shows it to, reaches, already has, stopped doing, more than X ever did, a different story, stars for, should be on, A and B not C), holder and pronoun fixes, names with First and members of, and retrained models; 0.917 before session 41's constructions (went to, not on X, tried X for a week, stopped listing on X, is how, did more for, at all, meant as a compliment, turned-down trials) and retrained models; 0.919 before session 34's gender, stage-name and spokesperson fixes and retrained models; 0.913 before session 29's tokenizer, sentence rules and retrained models; 0.917 before session 28's rules and retrained models; 0.927 before session 25's rules, lead holders and retrained models; 0.921 before session 24's holder rules and retrained models; 0.923 before session 23's rules and retrained models; 0.921 before session 22's rules and retrained models; 0.919 before session 21's headline fixes; rules alone 0.498)
	dev5FloorHolder     = 0.79 // measured 0.823 (0.831 before session 46's holder rules (survey sources, people of a kind with a trailing report, organizations' plans explained after them, named officers' we-quotations) and retrained models; 0.827 before session 45's entity fixes (streets, capitalized things, organizations' words typed as people) and holder rules (bodies of a kind reported on, a speaker's own body) and retrained models; 0.823 before session 43's constructions (never did, the one place, found me on, reported and still up, decides who, lets, wants, shows it to, reaches, already has, stopped doing, more than X ever did, a different story, stars for, should be on, A and B not C), holder and pronoun fixes, names with First and members of, and retrained models; 0.839 before session 42's changes (a transcript speaker's turn for the holder model, places named in datelines, roles after country-named people, moves undone) and retrained models; 0.835 before session 41's constructions (went to, not on X, tried X for a week, stopped listing on X, is how, did more for, at all, meant as a compliment, turned-down trials) and retrained models; 0.831 before session 39's fixes (unnamed reporters, longer things moved off a platform, lawmakers' places, greetings) and retrained models; 0.835 before session 38's holder fixes (names typed by their neighbours, descriptions of a place or of a headline's organization, asides, coordinated verbs) and retrained models; 0.843 before session 37's holder fixes (shared surnames, "it" of a description or a platform, shortened names) and retrained models; 0.835 before session 35's headline, quotation and statement fixes and retrained models; 0.843 before session 32's entity fixes and retrained models; 0.831 before session 31's holder rules and retrained models; 0.819 before session 30's holder rules and retrained models; 0.823 before session 28's rules and retrained models; 0.827 before session 25's rules, lead holders and retrained models; 0.819 before session 24's holder rules and retrained models; 0.835 before session 23's rules and retrained models; 0.831 before session 22's rules and retrained models; 0.827 before session 21's headline fixes; 0.819 with session 19's final names and holder model)
	dev6FloorF          = 0.90 // measured 0.934 (0.930 before session 43's constructions (never did, the one place, found me on, reported and still up, decides who, lets, wants, shows it to, reaches, already has, stopped doing, more than X ever did, a different story, stars for, should be on, A and B not C), holder and pronoun fixes, names with First and members of, and retrained models; 0.935 before session 41's constructions (went to, not on X, tried X for a week, stopped listing on X, is how, did more for, at all, meant as a compliment, turned-down trials) and retrained models; 0.940 before session 35's headline, quotation and statement fixes and retrained models; 0.933 before session 34's gender, stage-name and spokesperson fixes and retrained models; 0.935 before session 33's entity fixes and retrained models; 0.940 before session 29's tokenizer, sentence rules and retrained models; 0.938 before session 28's rules and retrained models; 0.934 before session 26's rules and retrained models; 0.926 before session 25's rules, lead holders and retrained models; 0.927 before session 24's holder rules and retrained models; 0.924 before session 23's rules and retrained models; 0.927 before session 22's rules and retrained models; 0.927 before session 21's rule fixes; rules alone 0.460, after rules tuned on it)
	dev6FloorHolder     = 0.78 // measured 0.832 (0.836 before session 46's holder rules (survey sources, people of a kind with a trailing report, organizations' plans explained after them, named officers' we-quotations) and retrained models; 0.828 before session 43's constructions (never did, the one place, found me on, reported and still up, decides who, lets, wants, shows it to, reaches, already has, stopped doing, more than X ever did, a different story, stars for, should be on, A and B not C), holder and pronoun fixes, names with First and members of, and retrained models; 0.824 before session 42's changes (a transcript speaker's turn for the holder model, places named in datelines, roles after country-named people, moves undone) and retrained models; 0.828 before session 41's constructions (went to, not on X, tried X for a week, stopped listing on X, is how, did more for, at all, meant as a compliment, turned-down trials) and retrained models; 0.813 before session 38's holder fixes (names typed by their neighbours, descriptions of a place or of a headline's organization, asides, coordinated verbs) and retrained models; 0.817 before session 37's holder fixes (shared surnames, "it" of a description or a platform, shortened names) and retrained models; 0.813 before session 30's holder rules and retrained models; 0.809 before session 29's tokenizer, sentence rules and retrained models; 0.813 before session 28's rules and retrained models; 0.809 before session 27's rules and retrained models; 0.805 before session 26's rules and retrained models; 0.802 before session 25's rules, lead holders and retrained models; 0.824 before session 24's holder rules and retrained models; 0.821 before session 23's rules and retrained models; 0.809 before session 22's rules and retrained models; 0.821 with session 19's final names and holder model)
	dev7FloorF          = 0.90 // measured 0.937 in-sample (0.936 before session 41's constructions (went to, not on X, tried X for a week, stopped listing on X, is how, did more for, at all, meant as a compliment, turned-down trials) and retrained models; 0.934 before session 40's fixes (reports inside quotations, gendered nouns, organizations' acts beside a speaker's aside, acronyms and months in names) and retrained models; 0.932 before session 36's negation, reason and plan fixes and retrained models; 0.933 before session 29's tokenizer, sentence rules and retrained models; 0.931 before session 28's rules and retrained models; 0.925 before session 25's rules, lead holders and retrained models; 0.929 before session 24's holder rules and retrained models; 0.926 before session 23's rules and retrained models; 0.928 before session 22's rules and retrained models); 0.483 before training on it (rules alone 0.399)
	dev7FloorHolder     = 0.78 // measured 0.829 in-sample (0.833 before session 46's holder rules (survey sources, people of a kind with a trailing report, organizations' plans explained after them, named officers' we-quotations) and retrained models; 0.829 before session 45's entity fixes (streets, capitalized things, organizations' words typed as people) and holder rules (bodies of a kind reported on, a speaker's own body) and retrained models; 0.833 before session 44's quotation-state fixes, quotations carried after letters and framing sentences, named officers and profile headlines as holders, but-no-longer-there and on-X-people constructions, and retrained models; 0.824 before session 43's constructions (never did, the one place, found me on, reported and still up, decides who, lets, wants, shows it to, reaches, already has, stopped doing, more than X ever did, a different story, stars for, should be on, A and B not C), holder and pronoun fixes, names with First and members of, and retrained models; 0.816 before session 38's holder fixes (names typed by their neighbours, descriptions of a place or of a headline's organization, asides, coordinated verbs) and retrained models; 0.824 before session 37's holder fixes (shared surnames, "it" of a description or a platform, shortened names) and retrained models; 0.816 before session 34's gender, stage-name and spokesperson fixes and retrained models; 0.812 before session 32's entity fixes and retrained models; 0.816 before session 29's tokenizer, sentence rules and retrained models; 0.812 before session 24's holder rules and retrained models; 0.808 before session 23's rules and retrained models; 0.820 before session 22's rules and retrained models; 0.808 with session 19's final names and holder model); 0.389 before training on it (rules alone 0.254)
	dev8FloorF          = 0.96 // measured 0.990 in-sample (0.983 before session 27's rules and retrained models); 0.618 before training on it (rules alone 0.511)
	dev8FloorHolder     = 0.72 // measured 0.801 in-sample (0.808 before session 46's holder rules (survey sources, people of a kind with a trailing report, organizations' plans explained after them, named officers' we-quotations) and retrained models; 0.788 before session 45's entity fixes (streets, capitalized things, organizations' words typed as people) and holder rules (bodies of a kind reported on, a speaker's own body) and retrained models; 0.795 before session 44's quotation-state fixes, quotations carried after letters and framing sentences, named officers and profile headlines as holders, but-no-longer-there and on-X-people constructions, and retrained models; 0.775 before session 42's changes (a transcript speaker's turn for the holder model, places named in datelines, roles after country-named people, moves undone) and retrained models; 0.781 before session 40's fixes (reports inside quotations, gendered nouns, organizations' acts beside a speaker's aside, acronyms and months in names) and retrained models; 0.742 before session 37's holder fixes (shared surnames, "it" of a description or a platform, shortened names) and retrained models; 0.755 before session 35's headline, quotation and statement fixes and retrained models; 0.748 before session 34's gender, stage-name and spokesperson fixes and retrained models; 0.755 before session 33's entity fixes and retrained models; 0.762 before session 32's entity fixes and retrained models; 0.755 before session 31's holder rules and retrained models; 0.768 before session 30's holder rules and retrained models; 0.775 before session 29's tokenizer, sentence rules and retrained models; 0.755 before session 25's rules, lead holders and retrained models; 0.762 before session 24's holder rules and retrained models; 0.768 before session 23's rules and retrained models; 0.762 with session 19's final names and holder model); 0.417 before training on it (rules alone 0.265)
	dev9FloorF          = 0.92 // measured 0.950 in-sample (0.947 before session 36's later fixes (countered harms, owned errors) and retrained models; 0.942 before session 27's rules and retrained models; 0.947 before session 26's rules and retrained models; 0.950 before session 25's rules, lead holders and retrained models; 0.947 before session 24's holder rules and retrained models; 0.952 before session 23's rules and retrained models; 0.947 before session 22's rules and retrained models); 0.556 before training on it (rules alone 0.481)
	dev9FloorHolder     = 0.73 // measured 0.835 in-sample (0.830 before session 46's holder rules (survey sources, people of a kind with a trailing report, organizations' plans explained after them, named officers' we-quotations) and retrained models; 0.824 before session 43's constructions (never did, the one place, found me on, reported and still up, decides who, lets, wants, shows it to, reaches, already has, stopped doing, more than X ever did, a different story, stars for, should be on, A and B not C), holder and pronoun fixes, names with First and members of, and retrained models; 0.818 before session 42's changes (a transcript speaker's turn for the holder model, places named in datelines, roles after country-named people, moves undone) and retrained models; 0.812 before session 40's fixes (reports inside quotations, gendered nouns, organizations' acts beside a speaker's aside, acronyms and months in names) and retrained models; 0.790 before session 37's holder fixes (shared surnames, "it" of a description or a platform, shortened names) and retrained models; 0.795 before session 33's entity fixes and retrained models; 0.784 before session 32's entity fixes and retrained models; 0.790 before session 31's holder rules and retrained models; 0.784 before session 27's rules and retrained models; 0.771 before session 24's holder rules and retrained models; 0.754 before session 22's rules and retrained models; 0.777 with session 19's final names and holder model); 0.337 before training on it (rules alone 0.259)
	dev10FloorF         = 0.90 // measured 0.933 in-sample (0.928 before session 43's constructions (never did, the one place, found me on, reported and still up, decides who, lets, wants, shows it to, reaches, already has, stopped doing, more than X ever did, a different story, stars for, should be on, A and B not C), holder and pronoun fixes, names with First and members of, and retrained models; 0.930 before session 42's changes (a transcript speaker's turn for the holder model, places named in datelines, roles after country-named people, moves undone) and retrained models; 0.928 before session 41's constructions (went to, not on X, tried X for a week, stopped listing on X, is how, did more for, at all, meant as a compliment, turned-down trials) and retrained models; 0.926 before session 40's fixes (reports inside quotations, gendered nouns, organizations' acts beside a speaker's aside, acronyms and months in names) and retrained models; 0.928 before session 35's headline, quotation and statement fixes and retrained models; 0.930 before session 29's tokenizer, sentence rules and retrained models; 0.925 before session 28's rules and retrained models; 0.927 before session 25's rules, lead holders and retrained models; 0.924 before session 24's holder rules and retrained models; 0.929 with session 22's retrained models before its last rule fixes; 0.926 before session 22's rules and retrained models); 0.515 before training on it (rules alone 0.436)
	dev10FloorHolder    = 0.69 // measured 0.910 in-sample (0.920 before session 46's holder rules (survey sources, people of a kind with a trailing report, organizations' plans explained after them, named officers' we-quotations) and retrained models; 0.915 before session 44's quotation-state fixes, quotations carried after letters and framing sentences, named officers and profile headlines as holders, but-no-longer-there and on-X-people constructions, and retrained models; 0.910 before session 43's constructions (never did, the one place, found me on, reported and still up, decides who, lets, wants, shows it to, reaches, already has, stopped doing, more than X ever did, a different story, stars for, should be on, A and B not C), holder and pronoun fixes, names with First and members of, and retrained models; 0.879 before session 42's changes (a transcript speaker's turn for the holder model, places named in datelines, roles after country-named people, moves undone) and retrained models; 0.864 before session 40's fixes (reports inside quotations, gendered nouns, organizations' acts beside a speaker's aside, acronyms and months in names) and retrained models; 0.854 before session 39's fixes (unnamed reporters, longer things moved off a platform, lawmakers' places, greetings) and retrained models; 0.859 before session 38's holder fixes (names typed by their neighbours, descriptions of a place or of a headline's organization, asides, coordinated verbs) and retrained models; 0.849 before session 37's holder fixes (shared surnames, "it" of a description or a platform, shortened names) and retrained models; 0.804 before session 35's headline, quotation and statement fixes and retrained models; 0.784 before session 34's gender, stage-name and spokesperson fixes and retrained models; 0.794 before session 33's entity fixes and retrained models; 0.744 before session 32's entity fixes and retrained models; 0.739 before session 28's rules and retrained models; 0.724 before session 25's rules, lead holders and retrained models; 0.730 before session 24's holder rules and retrained models; 0.724 before session 23's rules and retrained models; 0.718 before session 22's rules and retrained models; 0.733 with session 19's final names and holder model); 0.341 before training on it (rules alone 0.279)
	dev11FloorF         = 0.91 // measured 0.948 in-sample (0.943 before session 43's constructions (never did, the one place, found me on, reported and still up, decides who, lets, wants, shows it to, reaches, already has, stopped doing, more than X ever did, a different story, stars for, should be on, A and B not C), holder and pronoun fixes, names with First and members of, and retrained models; 0.945 before session 41's constructions (went to, not on X, tried X for a week, stopped listing on X, is how, did more for, at all, meant as a compliment, turned-down trials) and retrained models; 0.943 before session 40's fixes (reports inside quotations, gendered nouns, organizations' acts beside a speaker's aside, acronyms and months in names) and retrained models; 0.945 before session 39's fixes (unnamed reporters, longer things moved off a platform, lawmakers' places, greetings) and retrained models; 0.943 before session 36's negation, reason and plan fixes and retrained models; 0.945 before session 34's gender, stage-name and spokesperson fixes and retrained models; 0.943 before session 30's holder rules and retrained models; 0.937 before session 29's tokenizer, sentence rules and retrained models; 0.939 before session 27's rules and retrained models; 0.937 before session 26's rules and retrained models; 0.939 before session 25's rules, lead holders and retrained models; 0.937 before session 24's holder rules and retrained models; 0.935 before session 23's rules and retrained models; 0.930 before session 22's rules and retrained models); 0.585 before training on it (rules alone 0.474)
	dev11FloorHolder    = 0.72 // measured 0.853 in-sample (0.844 before session 46's holder rules (survey sources, people of a kind with a trailing report, organizations' plans explained after them, named officers' we-quotations) and retrained models; 0.835 before session 43's constructions (never did, the one place, found me on, reported and still up, decides who, lets, wants, shows it to, reaches, already has, stopped doing, more than X ever did, a different story, stars for, should be on, A and B not C), holder and pronoun fixes, names with First and members of, and retrained models; 0.817 before session 42's changes (a transcript speaker's turn for the holder model, places named in datelines, roles after country-named people, moves undone) and retrained models; 0.826 before session 41's constructions (went to, not on X, tried X for a week, stopped listing on X, is how, did more for, at all, meant as a compliment, turned-down trials) and retrained models; 0.817 before session 39's fixes (unnamed reporters, longer things moved off a platform, lawmakers' places, greetings) and retrained models; 0.812 before session 38's holder fixes (names typed by their neighbours, descriptions of a place or of a headline's organization, asides, coordinated verbs) and retrained models; 0.803 before session 37's holder fixes (shared surnames, "it" of a description or a platform, shortened names) and retrained models; 0.780 before session 35's headline, quotation and statement fixes and retrained models; 0.775 before session 34's gender, stage-name and spokesperson fixes and retrained models; 0.784 before session 31's holder rules and retrained models; 0.775 before session 30's holder rules and retrained models; 0.779 before session 29's tokenizer, sentence rules and retrained models; 0.774 before session 26's rules and retrained models; 0.765 before session 25's rules, lead holders and retrained models; 0.758 before session 24's holder rules and retrained models; 0.744 before session 22's rules and retrained models; 0.758 with session 19's final names and holder model); 0.437 before training on it (rules alone 0.268)
	dev12FloorF         = 0.92 // measured 0.963 in-sample (0.959 before session 41's constructions (went to, not on X, tried X for a week, stopped listing on X, is how, did more for, at all, meant as a compliment, turned-down trials) and retrained models; 0.961 before session 35's headline, quotation and statement fixes and retrained models; 0.956 before session 27's rules and retrained models; 0.949 before session 25's rules, lead holders and retrained models; 0.951 before session 24's holder rules and retrained models; 0.946 before session 23's rules and retrained models); 0.548 before training on it (rules alone 0.428)
	dev12FloorHolder    = 0.73 // measured 0.852 in-sample (0.867 before session 46's holder rules (survey sources, people of a kind with a trailing report, organizations' plans explained after them, named officers' we-quotations) and retrained models; 0.837 before session 44's quotation-state fixes, quotations carried after letters and framing sentences, named officers and profile headlines as holders, but-no-longer-there and on-X-people constructions, and retrained models; 0.833 before session 43's constructions (never did, the one place, found me on, reported and still up, decides who, lets, wants, shows it to, reaches, already has, stopped doing, more than X ever did, a different story, stars for, should be on, A and B not C), holder and pronoun fixes, names with First and members of, and retrained models; 0.813 before session 42's changes (a transcript speaker's turn for the holder model, places named in datelines, roles after country-named people, moves undone) and retrained models; 0.823 before session 41's constructions (went to, not on X, tried X for a week, stopped listing on X, is how, did more for, at all, meant as a compliment, turned-down trials) and retrained models; 0.818 before session 40's fixes (reports inside quotations, gendered nouns, organizations' acts beside a speaker's aside, acronyms and months in names) and retrained models; 0.808 before session 39's fixes (unnamed reporters, longer things moved off a platform, lawmakers' places, greetings) and retrained models; 0.813 before session 38's holder fixes (names typed by their neighbours, descriptions of a place or of a headline's organization, asides, coordinated verbs) and retrained models; 0.798 before session 37's holder fixes (shared surnames, "it" of a description or a platform, shortened names) and retrained models; 0.793 before session 35's headline, quotation and statement fixes and retrained models; 0.798 before session 34's gender, stage-name and spokesperson fixes and retrained models; 0.788 before session 33's entity fixes and retrained models; 0.768 before session 32's entity fixes and retrained models; 0.764 before session 30's holder rules and retrained models; 0.759 before session 27's rules and retrained models; 0.764 before session 26's rules and retrained models; 0.759 before session 25's rules, lead holders and retrained models; 0.768 before session 24's holder rules and retrained models; 0.759 before session 22's rules and retrained models; 0.768 with session 19's final names and holder model); 0.409 before training on it (rules alone 0.241)
	dev13FloorF         = 0.90 // measured 0.954 in-sample (0.949 before session 44's quotation-state fixes, quotations carried after letters and framing sentences, named officers and profile headlines as holders, but-no-longer-there and on-X-people constructions, and retrained models; 0.954 before session 43's constructions (never did, the one place, found me on, reported and still up, decides who, lets, wants, shows it to, reaches, already has, stopped doing, more than X ever did, a different story, stars for, should be on, A and B not C), holder and pronoun fixes, names with First and members of, and retrained models; 0.949 before session 41's constructions (went to, not on X, tried X for a week, stopped listing on X, is how, did more for, at all, meant as a compliment, turned-down trials) and retrained models; 0.946 before session 29's tokenizer, sentence rules and retrained models; 0.944 before session 28's rules and retrained models; 0.946 before session 27's rules and retrained models; 0.938 before session 25's rules, lead holders and retrained models; 0.929 before session 23's rules and retrained models; 0.924 before session 22's rules and retrained models); 0.510 before training on it (rules alone 0.363)
	dev13FloorHolder    = 0.67 // measured 0.821 in-sample (0.832 before session 46's holder rules (survey sources, people of a kind with a trailing report, organizations' plans explained after them, named officers' we-quotations) and retrained models; 0.826 before session 43's constructions (never did, the one place, found me on, reported and still up, decides who, lets, wants, shows it to, reaches, already has, stopped doing, more than X ever did, a different story, stars for, should be on, A and B not C), holder and pronoun fixes, names with First and members of, and retrained models; 0.789 before session 42's changes (a transcript speaker's turn for the holder model, places named in datelines, roles after country-named people, moves undone) and retrained models; 0.784 before session 41's constructions (went to, not on X, tried X for a week, stopped listing on X, is how, did more for, at all, meant as a compliment, turned-down trials) and retrained models; 0.742 before session 40's fixes (reports inside quotations, gendered nouns, organizations' acts beside a speaker's aside, acronyms and months in names) and retrained models; 0.737 before session 38's holder fixes (names typed by their neighbours, descriptions of a place or of a headline's organization, asides, coordinated verbs) and retrained models; 0.726 before session 35's headline, quotation and statement fixes and retrained models; 0.716 before session 34's gender, stage-name and spokesperson fixes and retrained models; 0.721 before session 33's entity fixes and retrained models; 0.726 before session 32's entity fixes and retrained models; 0.725 before session 29's tokenizer, sentence rules and retrained models; 0.720 before session 28's rules and retrained models; 0.714 before session 27's rules and retrained models; 0.698 before session 25's rules, lead holders and retrained models; 0.714 before session 24's holder rules and retrained models; 0.698 before session 22's rules and retrained models; 0.709 with session 19's final names and holder model); 0.323 before training on it (rules alone 0.156)
	dev14FloorF         = 0.91 // measured 0.951 in-sample (0.949 before session 34's gender, stage-name and spokesperson fixes and retrained models; 0.947 before session 31's holder rules and retrained models; 0.935 before session 27's rules and retrained models; 0.940 before session 25's rules, lead holders and retrained models; 0.944 before session 23's rules and retrained models; 0.949 with session 22's retrained models before its last rule fixes; 0.951 before session 22's rules and retrained models); 0.485 before training on it and before its entity fixes (rules alone 0.402)
	dev14FloorHolder    = 0.67 // measured 0.864 in-sample (0.874 before session 46's holder rules (survey sources, people of a kind with a trailing report, organizations' plans explained after them, named officers' we-quotations) and retrained models; 0.859 before session 44's quotation-state fixes, quotations carried after letters and framing sentences, named officers and profile headlines as holders, but-no-longer-there and on-X-people constructions, and retrained models; 0.854 before session 43's constructions (never did, the one place, found me on, reported and still up, decides who, lets, wants, shows it to, reaches, already has, stopped doing, more than X ever did, a different story, stars for, should be on, A and B not C), holder and pronoun fixes, names with First and members of, and retrained models; 0.838 before session 42's changes (a transcript speaker's turn for the holder model, places named in datelines, roles after country-named people, moves undone) and retrained models; 0.813 before session 40's fixes (reports inside quotations, gendered nouns, organizations' acts beside a speaker's aside, acronyms and months in names) and retrained models; 0.803 before session 38's holder fixes (names typed by their neighbours, descriptions of a place or of a headline's organization, asides, coordinated verbs) and retrained models; 0.742 before session 37's holder fixes (shared surnames, "it" of a description or a platform, shortened names) and retrained models; 0.737 before session 35's headline, quotation and statement fixes and retrained models; 0.753 before session 34's gender, stage-name and spokesperson fixes and retrained models; 0.747 before session 33's entity fixes and retrained models; 0.742 before session 32's entity fixes and retrained models; 0.747 before session 31's holder rules and retrained models; 0.697 before session 30's holder rules and retrained models; 0.702 before session 29's tokenizer, sentence rules and retrained models; 0.692 before session 27's rules and retrained models; 0.712 before session 26's rules and retrained models; 0.707 before session 25's rules, lead holders and retrained models; 0.712 before session 24's holder rules and retrained models; 0.722 before session 23's rules and retrained models; 0.727 with session 22's retrained models before its last rule fixes; 0.722 before session 22's rules and retrained models); 0.337 before training on it and before its entity fixes (rules alone 0.203)
	dev15FloorF         = 0.89 // measured 0.916 in-sample (0.919 before session 43's constructions (never did, the one place, found me on, reported and still up, decides who, lets, wants, shows it to, reaches, already has, stopped doing, more than X ever did, a different story, stars for, should be on, A and B not C), holder and pronoun fixes, names with First and members of, and retrained models; 0.922 before session 39's fixes (unnamed reporters, longer things moved off a platform, lawmakers' places, greetings) and retrained models; 0.927 before session 35's headline, quotation and statement fixes and retrained models; 0.924 before session 28's rules and retrained models; 0.920 before session 25's rules, lead holders and retrained models; 0.911 before session 24's holder rules and retrained models; 0.916 before session 23's rules and retrained models; 0.907 before session 22's rules and retrained models); 0.543 before training on it and before its entity fixes (rules alone 0.479)
	dev15FloorHolder    = 0.65 // measured 0.797 in-sample (0.792 before session 46's holder rules (survey sources, people of a kind with a trailing report, organizations' plans explained after them, named officers' we-quotations) and retrained models; 0.797 before session 45's entity fixes (streets, capitalized things, organizations' words typed as people) and holder rules (bodies of a kind reported on, a speaker's own body) and retrained models; 0.792 before session 44's quotation-state fixes, quotations carried after letters and framing sentences, named officers and profile headlines as holders, but-no-longer-there and on-X-people constructions, and retrained models; 0.797 before session 43's constructions (never did, the one place, found me on, reported and still up, decides who, lets, wants, shows it to, reaches, already has, stopped doing, more than X ever did, a different story, stars for, should be on, A and B not C), holder and pronoun fixes, names with First and members of, and retrained models; 0.766 before session 42's changes (a transcript speaker's turn for the holder model, places named in datelines, roles after country-named people, moves undone) and retrained models; 0.771 before session 39's fixes (unnamed reporters, longer things moved off a platform, lawmakers' places, greetings) and retrained models; 0.766 before session 38's holder fixes (names typed by their neighbours, descriptions of a place or of a headline's organization, asides, coordinated verbs) and retrained models; 0.750 before session 37's holder fixes (shared surnames, "it" of a description or a platform, shortened names) and retrained models; 0.755 before session 36's later fixes (countered harms, owned errors) and retrained models; 0.750 before session 36's negation, reason and plan fixes and retrained models; 0.745 before session 35's headline, quotation and statement fixes and retrained models; 0.750 before session 33's entity fixes and retrained models; 0.698 before session 32's entity fixes and retrained models; 0.714 before session 31's holder rules and retrained models; 0.672 before session 30's holder rules and retrained models; 0.677 before session 29's tokenizer, sentence rules and retrained models; 0.682 before session 28's rules and retrained models; 0.688 before session 27's rules and retrained models; 0.682 before session 25's rules, lead holders and retrained models; 0.684 before session 24's holder rules and retrained models; 0.700 before session 23's rules and retrained models; 0.689 with session 22's retrained models before its last rule fixes; 0.679 with session 19's final names and holder model); 0.382 before training on it and before its entity fixes (rules alone 0.269)
	dev16FloorF         = 0.93 // measured 0.961 in-sample (0.966 before session 43's constructions (never did, the one place, found me on, reported and still up, decides who, lets, wants, shows it to, reaches, already has, stopped doing, more than X ever did, a different story, stars for, should be on, A and B not C), holder and pronoun fixes, names with First and members of, and retrained models; 0.958 before session 41's constructions (went to, not on X, tried X for a week, stopped listing on X, is how, did more for, at all, meant as a compliment, turned-down trials) and retrained models; 0.961 before session 34's gender, stage-name and spokesperson fixes and retrained models; 0.958 before session 33's entity fixes and retrained models; 0.959 before session 29's tokenizer, sentence rules and retrained models; 0.957 before session 28's rules and retrained models; 0.955 before session 27's rules and retrained models; 0.961 before session 25's rules, lead holders and retrained models; 0.956 before session 23's rules and retrained models; 0.954 before session 22's rules and retrained models); 0.599 before training on it and before its entity fixes (rules alone 0.418)
	dev16FloorHolder    = 0.55 // measured 0.836 in-sample (0.857 before session 46's holder rules (survey sources, people of a kind with a trailing report, organizations' plans explained after them, named officers' we-quotations) and retrained models; 0.841 before session 44's quotation-state fixes, quotations carried after letters and framing sentences, named officers and profile headlines as holders, but-no-longer-there and on-X-people constructions, and retrained models; 0.852 before session 43's constructions (never did, the one place, found me on, reported and still up, decides who, lets, wants, shows it to, reaches, already has, stopped doing, more than X ever did, a different story, stars for, should be on, A and B not C), holder and pronoun fixes, names with First and members of, and retrained models; 0.815 before session 42's changes (a transcript speaker's turn for the holder model, places named in datelines, roles after country-named people, moves undone) and retrained models; 0.825 before session 41's constructions (went to, not on X, tried X for a week, stopped listing on X, is how, did more for, at all, meant as a compliment, turned-down trials) and retrained models; 0.815 before session 40's fixes (reports inside quotations, gendered nouns, organizations' acts beside a speaker's aside, acronyms and months in names) and retrained models; 0.799 before session 39's fixes (unnamed reporters, longer things moved off a platform, lawmakers' places, greetings) and retrained models; 0.783 before session 38's holder fixes (names typed by their neighbours, descriptions of a place or of a headline's organization, asides, coordinated verbs) and retrained models; 0.778 before session 37's holder fixes (shared surnames, "it" of a description or a platform, shortened names) and retrained models; 0.730 before session 35's headline, quotation and statement fixes and retrained models; 0.672 before session 33's entity fixes and retrained models; 0.677 before session 32's entity fixes and retrained models; 0.587 before session 30's holder rules and retrained models; 0.593 before session 28's rules and retrained models; 0.598 before session 27's rules and retrained models; 0.593 before session 26's rules and retrained models; 0.587 before session 25's rules, lead holders and retrained models; 0.577 before session 24's holder rules and retrained models; 0.571 before session 23's rules and retrained models; 0.577 with session 19's final names and holder model); 0.357 before training on it and before its entity fixes (rules alone 0.192)
	dev17FloorF         = 0.89 // measured 0.963 in-sample (0.958 before session 43's constructions (never did, the one place, found me on, reported and still up, decides who, lets, wants, shows it to, reaches, already has, stopped doing, more than X ever did, a different story, stars for, should be on, A and B not C), holder and pronoun fixes, names with First and members of, and retrained models; 0.955 before session 41's constructions (went to, not on X, tried X for a week, stopped listing on X, is how, did more for, at all, meant as a compliment, turned-down trials) and retrained models; 0.954 before session 36's negation, reason and plan fixes and retrained models; 0.936 before session 29's tokenizer, sentence rules and retrained models; 0.932 before session 28's rules and retrained models; 0.934 before session 26's rules and retrained models; 0.933 before session 25's rules, lead holders and retrained models; 0.920 before session 24's holder rules and retrained models; 0.923 before session 23's rules and retrained models; 0.920 with session 22's retrained models before its last rule fixes; 0.919 before session 22's rules and retrained models); 0.564 before training on it and before its entity fixes (rules alone 0.373)
	dev17FloorHolder    = 0.70 // measured 0.887 in-sample (0.869 before session 46's holder rules (survey sources, people of a kind with a trailing report, organizations' plans explained after them, named officers' we-quotations) and retrained models; 0.864 before session 45's entity fixes (streets, capitalized things, organizations' words typed as people) and holder rules (bodies of a kind reported on, a speaker's own body) and retrained models; 0.859 before session 44's quotation-state fixes, quotations carried after letters and framing sentences, named officers and profile headlines as holders, but-no-longer-there and on-X-people constructions, and retrained models; 0.849 before session 42's changes (a transcript speaker's turn for the holder model, places named in datelines, roles after country-named people, moves undone) and retrained models; 0.846 before session 40's fixes (reports inside quotations, gendered nouns, organizations' acts beside a speaker's aside, acronyms and months in names) and retrained models; 0.836 before session 38's holder fixes (names typed by their neighbours, descriptions of a place or of a headline's organization, asides, coordinated verbs) and retrained models; 0.813 before session 37's holder fixes (shared surnames, "it" of a description or a platform, shortened names) and retrained models; 0.803 before session 35's headline, quotation and statement fixes and retrained models; 0.805 before session 34's gender, stage-name and spokesperson fixes and retrained models; 0.800 before session 33's entity fixes and retrained models; 0.779 before session 32's entity fixes and retrained models; 0.767 before session 31's holder rules and retrained models; 0.754 before session 30's holder rules and retrained models; 0.747 before session 29's tokenizer, sentence rules and retrained models; 0.750 before session 28's rules and retrained models; 0.734 before session 25's rules, lead holders and retrained models; 0.737 before session 24's holder rules and retrained models; 0.734 with session 22's retrained models before its last rule fixes; 0.726 before session 22's rules and retrained models; 0.721 with session 19's final names and holder model); 0.421 before training on it and before its entity fixes (rules alone 0.191)
	dev18FloorF         = 0.92 // measured 0.947 in-sample (0.948 before session 43's constructions (never did, the one place, found me on, reported and still up, decides who, lets, wants, shows it to, reaches, already has, stopped doing, more than X ever did, a different story, stars for, should be on, A and B not C), holder and pronoun fixes, names with First and members of, and retrained models; 0.954 before session 41's constructions (went to, not on X, tried X for a week, stopped listing on X, is how, did more for, at all, meant as a compliment, turned-down trials) and retrained models; 0.957 before session 39's fixes (unnamed reporters, longer things moved off a platform, lawmakers' places, greetings) and retrained models; 0.955 before session 35's headline, quotation and statement fixes and retrained models; 0.954 before session 29's tokenizer, sentence rules and retrained models; 0.955 before session 28's rules and retrained models; 0.954 before session 27's rules and retrained models; 0.953 before session 26's rules and retrained models; 0.950 before session 25's rules, lead holders and retrained models; 0.948 before session 23's rules and retrained models; 0.947 before session 22's rules and retrained models); 0.584 before training on it and before its entity fixes (rules alone 0.382)
	dev18FloorHolder    = 0.67 // measured 0.815 in-sample (0.820 before session 46's holder rules (survey sources, people of a kind with a trailing report, organizations' plans explained after them, named officers' we-quotations) and retrained models; 0.812 before session 45's entity fixes (streets, capitalized things, organizations' words typed as people) and holder rules (bodies of a kind reported on, a speaker's own body) and retrained models; 0.805 before session 44's quotation-state fixes, quotations carried after letters and framing sentences, named officers and profile headlines as holders, but-no-longer-there and on-X-people constructions, and retrained models; 0.807 before session 43's constructions (never did, the one place, found me on, reported and still up, decides who, lets, wants, shows it to, reaches, already has, stopped doing, more than X ever did, a different story, stars for, should be on, A and B not C), holder and pronoun fixes, names with First and members of, and retrained models; 0.794 before session 42's changes (a transcript speaker's turn for the holder model, places named in datelines, roles after country-named people, moves undone) and retrained models; 0.799 before session 41's constructions (went to, not on X, tried X for a week, stopped listing on X, is how, did more for, at all, meant as a compliment, turned-down trials) and retrained models; 0.787 before session 40's fixes (reports inside quotations, gendered nouns, organizations' acts beside a speaker's aside, acronyms and months in names) and retrained models; 0.789 before session 39's fixes (unnamed reporters, longer things moved off a platform, lawmakers' places, greetings) and retrained models; 0.787 before session 38's holder fixes (names typed by their neighbours, descriptions of a place or of a headline's organization, asides, coordinated verbs) and retrained models; 0.776 before session 37's holder fixes (shared surnames, "it" of a description or a platform, shortened names) and retrained models; 0.771 before session 34's gender, stage-name and spokesperson fixes and retrained models; 0.758 before session 33's entity fixes and retrained models; 0.712 before session 32's entity fixes and retrained models; 0.710 before session 31's holder rules and retrained models; 0.702 before session 30's holder rules and retrained models; 0.701 before session 29's tokenizer, sentence rules and retrained models; 0.698 before session 28's rules and retrained models; 0.704 before session 26's rules and retrained models; 0.703 before session 24's holder rules and retrained models; 0.700 before session 23's rules and retrained models; 0.698 before session 22's rules and retrained models; 0.682 with session 19's final names and holder model); 0.404 before training on it and before its entity fixes (rules alone 0.195)
	dev19FloorF         = 0.93 // measured 0.953 in-sample (0.952 before session 45's entity fixes (streets, capitalized things, organizations' words typed as people) and holder rules (bodies of a kind reported on, a speaker's own body) and retrained models; 0.951 before session 44's quotation-state fixes, quotations carried after letters and framing sentences, named officers and profile headlines as holders, but-no-longer-there and on-X-people constructions, and retrained models; 0.952 before session 43's constructions (never did, the one place, found me on, reported and still up, decides who, lets, wants, shows it to, reaches, already has, stopped doing, more than X ever did, a different story, stars for, should be on, A and B not C), holder and pronoun fixes, names with First and members of, and retrained models; 0.951 before session 35's headline, quotation and statement fixes and retrained models; 0.955 before session 34's gender, stage-name and spokesperson fixes and retrained models; 0.956 before session 28's rules and retrained models; 0.957 before session 26's rules and retrained models; 0.958 before session 23's rules and retrained models; 0.953 before session 22's rules and retrained models); 0.603 before training on it and before its entity fixes (rules alone 0.453)
	dev19FloorHolder    = 0.77 // measured 0.851 in-sample (0.859 before session 46's holder rules (survey sources, people of a kind with a trailing report, organizations' plans explained after them, named officers' we-quotations) and retrained models; 0.854 before session 45's entity fixes (streets, capitalized things, organizations' words typed as people) and holder rules (bodies of a kind reported on, a speaker's own body) and retrained models; 0.851 before session 44's quotation-state fixes, quotations carried after letters and framing sentences, named officers and profile headlines as holders, but-no-longer-there and on-X-people constructions, and retrained models; 0.834 before session 42's changes (a transcript speaker's turn for the holder model, places named in datelines, roles after country-named people, moves undone) and retrained models; 0.826 before session 41's constructions (went to, not on X, tried X for a week, stopped listing on X, is how, did more for, at all, meant as a compliment, turned-down trials) and retrained models; 0.814 before session 40's fixes (reports inside quotations, gendered nouns, organizations' acts beside a speaker's aside, acronyms and months in names) and retrained models; 0.824 before session 37's holder fixes (shared surnames, "it" of a description or a platform, shortened names) and retrained models; 0.821 before session 36's negation, reason and plan fixes and retrained models; 0.826 before session 35's headline, quotation and statement fixes and retrained models; 0.836 before session 33's entity fixes and retrained models; 0.821 before session 32's entity fixes and retrained models; 0.824 before session 31's holder rules and retrained models; 0.806 before session 30's holder rules and retrained models; 0.809 before session 29's tokenizer, sentence rules and retrained models; 0.811 before session 28's rules and retrained models; 0.809 before session 25's rules, lead holders and retrained models; 0.819 before session 24's holder rules and retrained models; 0.794 before session 22's rules and retrained models; 0.801 with session 19's final names and holder model); 0.470 before training on it and before its entity fixes (rules alone 0.265)
	dev20FloorF         = 0.91 // measured 0.945 in-sample (0.943 before session 42's changes (a transcript speaker's turn for the holder model, places named in datelines, roles after country-named people, moves undone) and retrained models; 0.941 before session 41's constructions (went to, not on X, tried X for a week, stopped listing on X, is how, did more for, at all, meant as a compliment, turned-down trials) and retrained models; 0.942 before session 36's later fixes (countered harms, owned errors) and retrained models; 0.943 before session 36's negation, reason and plan fixes and retrained models; 0.945 before session 35's headline, quotation and statement fixes and retrained models; 0.938 before session 29's tokenizer, sentence rules and retrained models; 0.939 before session 27's rules and retrained models; 0.942 before session 26's rules and retrained models; 0.939 before session 25's rules, lead holders and retrained models; 0.941 before session 24's holder rules and retrained models; 0.940 before session 23's rules and retrained models; 0.942 before session 22's rules and retrained models); 0.588 before training on it and before its entity fixes (rules alone 0.373)
	dev20FloorHolder    = 0.72 // measured 0.833 in-sample (0.844 before session 46's holder rules (survey sources, people of a kind with a trailing report, organizations' plans explained after them, named officers' we-quotations) and retrained models; 0.846 before session 45's entity fixes (streets, capitalized things, organizations' words typed as people) and holder rules (bodies of a kind reported on, a speaker's own body) and retrained models; 0.833 before session 44's quotation-state fixes, quotations carried after letters and framing sentences, named officers and profile headlines as holders, but-no-longer-there and on-X-people constructions, and retrained models; 0.831 before session 43's constructions (never did, the one place, found me on, reported and still up, decides who, lets, wants, shows it to, reaches, already has, stopped doing, more than X ever did, a different story, stars for, should be on, A and B not C), holder and pronoun fixes, names with First and members of, and retrained models; 0.826 before session 42's changes (a transcript speaker's turn for the holder model, places named in datelines, roles after country-named people, moves undone) and retrained models; 0.828 before session 41's constructions (went to, not on X, tried X for a week, stopped listing on X, is how, did more for, at all, meant as a compliment, turned-down trials) and retrained models; 0.823 before session 40's fixes (reports inside quotations, gendered nouns, organizations' acts beside a speaker's aside, acronyms and months in names) and retrained models; 0.821 before session 38's holder fixes (names typed by their neighbours, descriptions of a place or of a headline's organization, asides, coordinated verbs) and retrained models; 0.810 before session 37's holder fixes (shared surnames, "it" of a description or a platform, shortened names) and retrained models; 0.805 before session 35's headline, quotation and statement fixes and retrained models; 0.800 before session 34's gender, stage-name and spokesperson fixes and retrained models; 0.787 before session 32's entity fixes and retrained models; 0.779 before session 31's holder rules and retrained models; 0.778 before session 29's tokenizer, sentence rules and retrained models; 0.781 before session 27's rules and retrained models; 0.784 before session 26's rules and retrained models; 0.763 before session 25's rules, lead holders and retrained models; 0.747 before session 24's holder rules and retrained models; 0.755 before session 23's rules and retrained models; 0.760 before session 22's rules and retrained models; 0.745 with session 19's final names and holder model); 0.463 before training on it and before its entity fixes (rules alone 0.216)
	dev21FloorF         = 0.92 // measured 0.950 in-sample (0.946 before session 43's constructions (never did, the one place, found me on, reported and still up, decides who, lets, wants, shows it to, reaches, already has, stopped doing, more than X ever did, a different story, stars for, should be on, A and B not C), holder and pronoun fixes, names with First and members of, and retrained models; 0.945 before session 41's constructions (went to, not on X, tried X for a week, stopped listing on X, is how, did more for, at all, meant as a compliment, turned-down trials) and retrained models; 0.941 before session 39's fixes (unnamed reporters, longer things moved off a platform, lawmakers' places, greetings) and retrained models; 0.942 before session 38's holder fixes (names typed by their neighbours, descriptions of a place or of a headline's organization, asides, coordinated verbs) and retrained models; 0.943 before session 36's later fixes (countered harms, owned errors) and retrained models; 0.942 before session 33's entity fixes and retrained models; 0.945 before session 28's rules and retrained models; 0.943 before session 27's rules and retrained models; 0.945 before session 26's rules and retrained models; 0.949 before session 25's rules, lead holders and retrained models; 0.945 before session 24's holder rules and retrained models; 0.944 before session 23's rules and retrained models; 0.943 before session 22's rules and retrained models); 0.639 before training on it, after its entity fixes; 0.623 before them (rules alone 0.432; 0.418 before them)
	dev21FloorHolder    = 0.77 // measured 0.873 in-sample (0.886 before session 46's holder rules (survey sources, people of a kind with a trailing report, organizations' plans explained after them, named officers' we-quotations) and retrained models; 0.881 before session 45's entity fixes (streets, capitalized things, organizations' words typed as people) and holder rules (bodies of a kind reported on, a speaker's own body) and retrained models; 0.873 before session 44's quotation-state fixes, quotations carried after letters and framing sentences, named officers and profile headlines as holders, but-no-longer-there and on-X-people constructions, and retrained models; 0.868 before session 43's constructions (never did, the one place, found me on, reported and still up, decides who, lets, wants, shows it to, reaches, already has, stopped doing, more than X ever did, a different story, stars for, should be on, A and B not C), holder and pronoun fixes, names with First and members of, and retrained models; 0.876 before session 42's changes (a transcript speaker's turn for the holder model, places named in datelines, roles after country-named people, moves undone) and retrained models; 0.878 before session 41's constructions (went to, not on X, tried X for a week, stopped listing on X, is how, did more for, at all, meant as a compliment, turned-down trials) and retrained models; 0.881 before session 38's holder fixes (names typed by their neighbours, descriptions of a place or of a headline's organization, asides, coordinated verbs) and retrained models; 0.863 before session 37's holder fixes (shared surnames, "it" of a description or a platform, shortened names) and retrained models; 0.866 before session 35's headline, quotation and statement fixes and retrained models; 0.868 before session 34's gender, stage-name and spokesperson fixes and retrained models; 0.843 before session 33's entity fixes and retrained models; 0.820 before session 32's entity fixes and retrained models; 0.810 before session 31's holder rules and retrained models; 0.828 before session 30's holder rules and retrained models; 0.823 before session 29's tokenizer, sentence rules and retrained models; 0.818 before session 26's rules and retrained models; 0.813 before session 25's rules, lead holders and retrained models; 0.804 before session 24's holder rules and retrained models; 0.802 before session 23's rules and retrained models; 0.794 before session 22's rules and retrained models; 0.756 with session 19's final names and holder model); 0.500 before training on it, after its entity fixes; 0.445 before them (rules alone 0.234; 0.199 before them)
	dev22FloorF         = 0.89 // measured 0.944 in-sample (0.941 before session 44's quotation-state fixes, quotations carried after letters and framing sentences, named officers and profile headlines as holders, but-no-longer-there and on-X-people constructions, and retrained models; 0.940 before session 41's constructions (went to, not on X, tried X for a week, stopped listing on X, is how, did more for, at all, meant as a compliment, turned-down trials) and retrained models; 0.923 before session 34's gender, stage-name and spokesperson fixes and retrained models; 0.922 before session 29's tokenizer, sentence rules and retrained models; 0.920 before session 28's rules and retrained models; 0.922 before session 25's rules, lead holders and retrained models; 0.919 before session 24's holder rules and retrained models; 0.913 before session 23's rules and retrained models); 0.650 before training on it, after its entity fixes; 0.638 before them (rules alone 0.426; 0.420 before them)
	dev22FloorHolder    = 0.69 // measured 0.858 in-sample (0.850 before session 46's holder rules (survey sources, people of a kind with a trailing report, organizations' plans explained after them, named officers' we-quotations) and retrained models; 0.843 before session 44's quotation-state fixes, quotations carried after letters and framing sentences, named officers and profile headlines as holders, but-no-longer-there and on-X-people constructions, and retrained models; 0.831 before session 42's changes (a transcript speaker's turn for the holder model, places named in datelines, roles after country-named people, moves undone) and retrained models; 0.833 before session 41's constructions (went to, not on X, tried X for a week, stopped listing on X, is how, did more for, at all, meant as a compliment, turned-down trials) and retrained models; 0.831 before session 40's fixes (reports inside quotations, gendered nouns, organizations' acts beside a speaker's aside, acronyms and months in names) and retrained models; 0.833 before session 38's holder fixes (names typed by their neighbours, descriptions of a place or of a headline's organization, asides, coordinated verbs) and retrained models; 0.819 before session 37's holder fixes (shared surnames, "it" of a description or a platform, shortened names) and retrained models; 0.821 before session 36's negation, reason and plan fixes and retrained models; 0.794 before session 35's headline, quotation and statement fixes and retrained models; 0.777 before session 34's gender, stage-name and spokesperson fixes and retrained models; 0.765 before session 33's entity fixes and retrained models; 0.762 before session 32's entity fixes and retrained models; 0.754 before session 31's holder rules and retrained models; 0.737 before session 30's holder rules and retrained models; 0.734 before session 29's tokenizer, sentence rules and retrained models; 0.729 before session 26's rules and retrained models; 0.716 before session 25's rules, lead holders and retrained models; 0.725 before session 24's holder rules and retrained models; 0.715 before session 23's rules and retrained models; 0.717 with session 22's retrained models before its last rule fixes; 0.707 with session 19's final names and holder model); 0.494 before training on it, after its entity fixes; 0.456 before them (rules alone 0.237; 0.225 before them)
	dev23FloorF         = 0.92 // measured 0.958 in-sample (0.960 before session 39's fixes (unnamed reporters, longer things moved off a platform, lawmakers' places, greetings) and retrained models; 0.961 before session 36's negation, reason and plan fixes and retrained models; 0.960 before session 34's gender, stage-name and spokesperson fixes and retrained models; 0.959 before session 28's rules and retrained models; 0.958 before session 27's rules and retrained models; 0.955 before session 26's rules and retrained models; 0.957 before session 25's rules, lead holders and retrained models; 0.950 before session 24's holder rules and retrained models; 0.949 before session 22's rules and retrained models); 0.688 before training on it, after its entity fixes; 0.662 before them (rules alone 0.414; 0.384 before them)
	dev23FloorHolder    = 0.71 // measured 0.840 in-sample (0.860 before session 46's holder rules (survey sources, people of a kind with a trailing report, organizations' plans explained after them, named officers' we-quotations) and retrained models; 0.853 before session 44's quotation-state fixes, quotations carried after letters and framing sentences, named officers and profile headlines as holders, but-no-longer-there and on-X-people constructions, and retrained models; 0.855 before session 43's constructions (never did, the one place, found me on, reported and still up, decides who, lets, wants, shows it to, reaches, already has, stopped doing, more than X ever did, a different story, stars for, should be on, A and B not C), holder and pronoun fixes, names with First and members of, and retrained models; 0.843 before session 42's changes (a transcript speaker's turn for the holder model, places named in datelines, roles after country-named people, moves undone) and retrained models; 0.848 before session 39's fixes (unnamed reporters, longer things moved off a platform, lawmakers' places, greetings) and retrained models; 0.840 before session 38's holder fixes (names typed by their neighbours, descriptions of a place or of a headline's organization, asides, coordinated verbs) and retrained models; 0.816 before session 37's holder fixes (shared surnames, "it" of a description or a platform, shortened names) and retrained models; 0.818 before session 36's later fixes (countered harms, owned errors) and retrained models; 0.806 before session 35's headline, quotation and statement fixes and retrained models; 0.776 before session 34's gender, stage-name and spokesperson fixes and retrained models; 0.762 before session 33's entity fixes and retrained models; 0.757 before session 31's holder rules and retrained models; 0.759 before session 30's holder rules and retrained models; 0.754 before session 26's rules and retrained models; 0.757 before session 25's rules, lead holders and retrained models; 0.738 before session 24's holder rules and retrained models; 0.740 before session 23's rules and retrained models; 0.735 before session 22's rules and retrained models; 0.730 with session 19's final names and holder model); 0.520 before training on it, after its entity fixes; 0.504 before them (rules alone 0.230; 0.212 before them)
	postFloorF          = 0.77 // measured 0.803 (0.796 before session 27's rules and retrained models; posts keep the rules; 0.802 before session 21's irregular verb forms made "came back to X" a cue, as the lexicon meant, in a post the gold calls neutral)
	heldoutFloorF       = 0.65 // measured 0.680 (0.677 before session 44's quotation-state fixes, quotations carried after letters and framing sentences, named officers and profile headlines as holders, but-no-longer-there and on-X-people constructions, and retrained models; 0.688 before session 43's constructions (never did, the one place, found me on, reported and still up, decides who, lets, wants, shows it to, reaches, already has, stopped doing, more than X ever did, a different story, stars for, should be on, A and B not C), holder and pronoun fixes, names with First and members of, and retrained models; 0.684 before session 42's changes (a transcript speaker's turn for the holder model, places named in datelines, roles after country-named people, moves undone) and retrained models; 0.696 before session 41's constructions (went to, not on X, tried X for a week, stopped listing on X, is how, did more for, at all, meant as a compliment, turned-down trials) and retrained models; 0.698 before session 40's fixes (reports inside quotations, gendered nouns, organizations' acts beside a speaker's aside, acronyms and months in names) and retrained models; 0.697 before session 39's fixes (unnamed reporters, longer things moved off a platform, lawmakers' places, greetings) and retrained models; 0.695 before session 36's negation, reason and plan fixes and retrained models; 0.699 before session 34's gender, stage-name and spokesperson fixes and retrained models; 0.698 before session 33's entity fixes and retrained models; 0.699 before session 32's entity fixes and retrained models; 0.698 before session 31's holder rules and retrained models; 0.694 before session 29's tokenizer, sentence rules and retrained models; 0.695 before session 28's rules and retrained models; 0.683 before session 27's rules and retrained models; 0.684 before session 26's rules and retrained models; 0.680 before session 25's rules, lead holders and retrained models; 0.682 before session 24's holder rules and retrained models; 0.680 before session 23's rules and retrained models; b1 to b6; 0.679 before session 21's rule fixes, 0.679 with session 19's first retrained models (302 articles), 0.662 with session 18's final models, 0.652 with session 17's final models (282 articles), 0.654 with session 17's third retrained models (262 articles), 0.645 with session 17's second retrained models (242 articles, directional word features), 0.637 with session 17's first retrained models (222 articles), 0.627 with session 17's rules and session 16's final models, 0.625 with session 16's final rules and models, 0.620 with session 16's second models (192 articles, new features), 0.610 with session 16's first models, 0.617 with session 16's rules and session 15's models, 0.626 with session 15's rules and session 14's models, 0.622 with session 14's code and models, 0.607 with session 13's, 0.621 with session 12's, 0.610 with session 11's, 0.602 with session 10's, 0.593 with session 7's; rules alone 0.517, 0.513 before session 17's rules)
	heldoutFloorHolder  = 0.56 // measured 0.592 (0.604 before session 46's holder rules (survey sources, people of a kind with a trailing report, organizations' plans explained after them, named officers' we-quotations) and retrained models; 0.591 before session 44's quotation-state fixes, quotations carried after letters and framing sentences, named officers and profile headlines as holders, but-no-longer-there and on-X-people constructions, and retrained models; 0.605 before session 43's constructions (never did, the one place, found me on, reported and still up, decides who, lets, wants, shows it to, reaches, already has, stopped doing, more than X ever did, a different story, stars for, should be on, A and B not C), holder and pronoun fixes, names with First and members of, and retrained models; 0.620 before session 41's constructions (went to, not on X, tried X for a week, stopped listing on X, is how, did more for, at all, meant as a compliment, turned-down trials) and retrained models; 0.623 before session 40's fixes (reports inside quotations, gendered nouns, organizations' acts beside a speaker's aside, acronyms and months in names) and retrained models; 0.620 before session 39's fixes (unnamed reporters, longer things moved off a platform, lawmakers' places, greetings) and retrained models; 0.618 before session 38's holder fixes (names typed by their neighbours, descriptions of a place or of a headline's organization, asides, coordinated verbs) and retrained models; 0.612 before session 37's holder fixes (shared surnames, "it" of a description or a platform, shortened names) and retrained models; 0.610 before session 36's negation, reason and plan fixes and retrained models; 0.607 before session 35's headline, quotation and statement fixes and retrained models; 0.610 before session 34's gender, stage-name and spokesperson fixes and retrained models; 0.613 before session 32's entity fixes and retrained models; 0.612 before session 31's holder rules and retrained models; 0.604 before session 30's holder rules and retrained models; 0.605 before session 29's tokenizer, sentence rules and retrained models; 0.608 before session 28's rules and retrained models; 0.592 before session 27's rules and retrained models; 0.597 before session 26's rules and retrained models; 0.582 before session 25's rules, lead holders and retrained models; 0.585 before session 24's holder rules and retrained models; 0.582 before session 23's rules and retrained models; 0.584 before session 22's rules and retrained models; 0.579 with session 19's first retrained models (302 articles), 0.569 with session 18's final models, 0.580 with session 17's final models, 0.580 with session 17's third retrained models, 0.553 with session 17's second retrained models, 0.541 with session 17's first retrained models and document holders, 0.543 before the document holders and the holder model retrained for them, 0.530 with session 17's rules and session 16's final models, 0.532 with session 16's final rules and models, 0.527 with session 16's second models and headline holders, 0.530 before the headline holders, 0.545 with session 16's first models, 0.532 with session 16's rules and session 15's models, 0.545 with session 15's rules and session 14's models, 0.541 with session 14's, 0.528 with session 13's, 0.520 with session 12's, 0.507 with session 11's, 0.463 with session 10's, whose article model gave fewer verdicts; 0.441 with session 7's; rules alone 0.338, 0.341 before session 16's headline holders)
	heldout1FloorF      = 0.71 // measured 0.731 (0.725 before session 44's quotation-state fixes, quotations carried after letters and framing sentences, named officers and profile headlines as holders, but-no-longer-there and on-X-people constructions, and retrained models; 0.745 before session 43's constructions (never did, the one place, found me on, reported and still up, decides who, lets, wants, shows it to, reaches, already has, stopped doing, more than X ever did, a different story, stars for, should be on, A and B not C), holder and pronoun fixes, names with First and members of, and retrained models; 0.734 before session 42's changes (a transcript speaker's turn for the holder model, places named in datelines, roles after country-named people, moves undone) and retrained models; 0.770 before session 41's constructions (went to, not on X, tried X for a week, stopped listing on X, is how, did more for, at all, meant as a compliment, turned-down trials) and retrained models; 0.766 before session 39's fixes (unnamed reporters, longer things moved off a platform, lawmakers' places, greetings) and retrained models; 0.764 before session 36's later fixes (countered harms, owned errors) and retrained models; 0.758 before session 36's negation, reason and plan fixes and retrained models; 0.764 before session 35's headline, quotation and statement fixes and retrained models; 0.770 before session 29's tokenizer, sentence rules and retrained models; 0.766 before session 28's rules and retrained models; 0.730 before session 27's rules and retrained models; 0.739 before session 25's rules, lead holders and retrained models; 0.735 before session 24's holder rules and retrained models; 0.750 before session 22's rules and retrained models); 0.710 with session 19's first retrained models (302 articles), 0.680 with session 18's final models, 0.675 with session 17's final models, 0.659 with session 17's third retrained models, 0.667 with session 17's second retrained models, 0.671 with session 17's first retrained models, 0.650 with session 16's final models, 0.659 with session 16's second models, 0.665 with session 16's first models, 0.699 with session 15's models (0.523 with session 2's rules alone)
	heldout1FloorHolder = 0.55 // measured 0.594 (0.604 before session 46's holder rules (survey sources, people of a kind with a trailing report, organizations' plans explained after them, named officers' we-quotations) and retrained models; 0.585 before session 44's quotation-state fixes, quotations carried after letters and framing sentences, named officers and profile headlines as holders, but-no-longer-there and on-X-people constructions, and retrained models; 0.604 before session 43's constructions (never did, the one place, found me on, reported and still up, decides who, lets, wants, shows it to, reaches, already has, stopped doing, more than X ever did, a different story, stars for, should be on, A and B not C), holder and pronoun fixes, names with First and members of, and retrained models; 0.585 before session 42's changes (a transcript speaker's turn for the holder model, places named in datelines, roles after country-named people, moves undone) and retrained models; 0.632 before session 41's constructions (went to, not on X, tried X for a week, stopped listing on X, is how, did more for, at all, meant as a compliment, turned-down trials) and retrained models; 0.642 before session 40's fixes (reports inside quotations, gendered nouns, organizations' acts beside a speaker's aside, acronyms and months in names) and retrained models; 0.632 before session 36's later fixes (countered harms, owned errors) and retrained models; 0.623 before session 36's negation, reason and plan fixes and retrained models; 0.632 before session 35's headline, quotation and statement fixes and retrained models; 0.623 before session 30's holder rules and retrained models; 0.632 before session 29's tokenizer, sentence rules and retrained models; 0.594 before session 27's rules and retrained models; 0.575 before session 25's rules, lead holders and retrained models; 0.585 before session 24's holder rules and retrained models; 0.575 before session 23's rules and retrained models; 0.594 before session 22's rules and retrained models); 0.585 with session 19's final names and holder model, 0.557 with session 19's first retrained models (302 articles), 0.566 with session 18's final models, 0.566 with session 17's final models, 0.547 with session 17's third retrained models, 0.557 with session 17's second retrained models, 0.566 with session 17's first retrained models, 0.538 with session 16's final models, 0.557 with session 16's second models, 0.575 before session 16's headline holders, 0.604 with session 16's first models, 0.613 with session 15's models (0.317); 0.434 before session 5's retraining
	heldout2FloorF      = 0.63 // measured 0.696 (0.693 before session 44's quotation-state fixes, quotations carried after letters and framing sentences, named officers and profile headlines as holders, but-no-longer-there and on-X-people constructions, and retrained models; 0.671 before session 43's constructions (never did, the one place, found me on, reported and still up, decides who, lets, wants, shows it to, reaches, already has, stopped doing, more than X ever did, a different story, stars for, should be on, A and B not C), holder and pronoun fixes, names with First and members of, and retrained models; 0.685 before session 41's constructions (went to, not on X, tried X for a week, stopped listing on X, is how, did more for, at all, meant as a compliment, turned-down trials) and retrained models; 0.689 before session 35's headline, quotation and statement fixes and retrained models; 0.698 before session 34's gender, stage-name and spokesperson fixes and retrained models; 0.695 before session 29's tokenizer, sentence rules and retrained models; 0.689 before session 27's rules and retrained models; 0.683 before session 26's rules and retrained models; 0.684 before session 24's holder rules and retrained models; 0.655 before session 23's rules and retrained models); 0.655 with session 19's first retrained models (302 articles), 0.646 with session 18's final models, 0.650 with session 17's final models, 0.653 with session 17's third retrained models, 0.659 with session 17's second retrained models, 0.625 with session 17's first retrained models, 0.627 with session 16's final models, 0.606 with session 16's second models, 0.600 with session 16's first models, 0.635 with session 15's models (first measurement 0.527; rules alone 0.532)
	heldout2FloorHolder = 0.51 // measured 0.570 (0.598 before session 46's holder rules (survey sources, people of a kind with a trailing report, organizations' plans explained after them, named officers' we-quotations) and retrained models; 0.570 before session 44's quotation-state fixes, quotations carried after letters and framing sentences, named officers and profile headlines as holders, but-no-longer-there and on-X-people constructions, and retrained models; 0.551 before session 43's constructions (never did, the one place, found me on, reported and still up, decides who, lets, wants, shows it to, reaches, already has, stopped doing, more than X ever did, a different story, stars for, should be on, A and B not C), holder and pronoun fixes, names with First and members of, and retrained models; 0.570 before session 42's changes (a transcript speaker's turn for the holder model, places named in datelines, roles after country-named people, moves undone) and retrained models; 0.598 before session 41's constructions (went to, not on X, tried X for a week, stopped listing on X, is how, did more for, at all, meant as a compliment, turned-down trials) and retrained models; 0.607 before session 40's fixes (reports inside quotations, gendered nouns, organizations' acts beside a speaker's aside, acronyms and months in names) and retrained models; 0.589 before session 39's fixes (unnamed reporters, longer things moved off a platform, lawmakers' places, greetings) and retrained models; 0.561 before session 37's holder fixes (shared surnames, "it" of a description or a platform, shortened names) and retrained models; 0.551 before session 35's headline, quotation and statement fixes and retrained models; 0.579 before session 34's gender, stage-name and spokesperson fixes and retrained models; 0.570 before session 30's holder rules and retrained models; 0.579 before session 29's tokenizer, sentence rules and retrained models; 0.570 before session 27's rules and retrained models; 0.579 before session 26's rules and retrained models; 0.561 before session 25's rules, lead holders and retrained models; 0.533 before session 23's rules and retrained models); 0.523 with session 19's final names and holder model, 0.505 with session 19's first retrained models (302 articles), 0.514 with session 18's final models, 0.533 with session 17's final models, 0.570 with session 17's third retrained models, 0.523 with session 17's second retrained models, 0.505 with session 17's first retrained models and document holders, 0.514 before the document holders, 0.505 with session 16's final models, 0.477 with session 16's second models, 0.495 with session 16's first models, 0.505 with session 15's models (first 0.393; rules alone 0.374)
	heldout3FloorF      = 0.56 // measured 0.583 (0.597 before session 43's constructions (never did, the one place, found me on, reported and still up, decides who, lets, wants, shows it to, reaches, already has, stopped doing, more than X ever did, a different story, stars for, should be on, A and B not C), holder and pronoun fixes, names with First and members of, and retrained models; 0.587 before session 42's changes (a transcript speaker's turn for the holder model, places named in datelines, roles after country-named people, moves undone) and retrained models; 0.609 before session 41's constructions (went to, not on X, tried X for a week, stopped listing on X, is how, did more for, at all, meant as a compliment, turned-down trials) and retrained models; 0.606 before session 36's negation, reason and plan fixes and retrained models; 0.597 before session 35's headline, quotation and statement fixes and retrained models; 0.609 before session 34's gender, stage-name and spokesperson fixes and retrained models; 0.606 before session 33's entity fixes and retrained models; 0.609 before session 32's entity fixes and retrained models; 0.606 before session 31's holder rules and retrained models; 0.603 before session 30's holder rules and retrained models; 0.611 before session 29's tokenizer, sentence rules and retrained models; 0.622 before session 28's rules and retrained models; 0.601 before session 27's rules and retrained models; 0.618 before session 26's rules and retrained models; 0.612 before session 25's rules, lead holders and retrained models; 0.621 before session 24's holder rules and retrained models; 0.615 before session 23's rules and retrained models); 0.646 with session 19's first retrained models (302 articles), 0.577 with session 18's final models, 0.581 with session 17's final models, 0.562 with session 17's third retrained models, 0.556 with session 17's second retrained models, 0.563 with session 17's first retrained models, 0.555 with session 16's final models, 0.564 with session 16's second models, 0.568 with session 16's first models, 0.532 with session 15's models, 0.536 at first measurement, 0.521 with session 13's, 0.543 with session 12's (rules alone 0.518; 0.504 at first)
	heldout3FloorHolder = 0.54 // measured 0.544 (0.556 before session 46's holder rules (survey sources, people of a kind with a trailing report, organizations' plans explained after them, named officers' we-quotations) and retrained models; 0.578 before session 43's constructions (never did, the one place, found me on, reported and still up, decides who, lets, wants, shows it to, reaches, already has, stopped doing, more than X ever did, a different story, stars for, should be on, A and B not C), holder and pronoun fixes, names with First and members of, and retrained models; 0.567 before session 42's changes (a transcript speaker's turn for the holder model, places named in datelines, roles after country-named people, moves undone) and retrained models; 0.589 before session 41's constructions (went to, not on X, tried X for a week, stopped listing on X, is how, did more for, at all, meant as a compliment, turned-down trials) and retrained models; 0.578 before session 35's headline, quotation and statement fixes and retrained models; 0.589 before session 34's gender, stage-name and spokesperson fixes and retrained models; 0.600 before session 29's tokenizer, sentence rules and retrained models; 0.611 before session 28's rules and retrained models; 0.589 before session 27's rules and retrained models; 0.611 before session 26's rules and retrained models; 0.600 before session 25's rules, lead holders and retrained models; 0.611 before session 24's holder rules and retrained models; 0.600 before session 23's rules and retrained models; 0.611 before session 22's rules and retrained models); 0.622 with session 19's first retrained models (302 articles), 0.556 with session 18's final models, 0.567 with session 17's final models, 0.544 with session 17's third retrained models, 0.522 with session 17's second retrained models, 0.522 with session 17's first retrained models, 0.522 with session 16's final models, 0.522 with session 16's second models, 0.533 with session 16's first models, 0.478 with session 15's models, 0.456 at first measurement (rules alone 0.367)
	heldout4FloorF      = 0.68 // measured 0.725 (0.718 before session 44's quotation-state fixes, quotations carried after letters and framing sentences, named officers and profile headlines as holders, but-no-longer-there and on-X-people constructions, and retrained models; 0.731 before session 43's constructions (never did, the one place, found me on, reported and still up, decides who, lets, wants, shows it to, reaches, already has, stopped doing, more than X ever did, a different story, stars for, should be on, A and B not C), holder and pronoun fixes, names with First and members of, and retrained models; 0.732 before session 41's constructions (went to, not on X, tried X for a week, stopped listing on X, is how, did more for, at all, meant as a compliment, turned-down trials) and retrained models; 0.735 before session 40's fixes (reports inside quotations, gendered nouns, organizations' acts beside a speaker's aside, acronyms and months in names) and retrained models; 0.731 before session 39's fixes (unnamed reporters, longer things moved off a platform, lawmakers' places, greetings) and retrained models; 0.728 before session 36's negation, reason and plan fixes and retrained models; 0.732 before session 34's gender, stage-name and spokesperson fixes and retrained models; 0.721 before session 29's tokenizer, sentence rules and retrained models; 0.731 before session 28's rules and retrained models; 0.721 before session 27's rules and retrained models; 0.718 before session 26's rules and retrained models; 0.712 before session 25's rules, lead holders and retrained models; 0.725 before session 24's holder rules and retrained models; 0.707 before session 23's rules and retrained models); 0.711 with session 19's first retrained models (302 articles), 0.721 with session 18's final models, 0.709 with session 17's final models, 0.715 with session 17's third retrained models, 0.691 with session 17's second retrained models, 0.718 with session 17's first retrained models, 0.694 with session 16's final models, 0.666 with session 16's second models, 0.641 with session 16's first models, 0.642 with session 15's models, 0.562 at first measurement, 0.648 with session 13's, 0.702 with session 12's (rules alone 0.462; 0.425 at first)
	heldout4FloorHolder = 0.60 // measured 0.677 (0.667 before session 44's quotation-state fixes, quotations carried after letters and framing sentences, named officers and profile headlines as holders, but-no-longer-there and on-X-people constructions, and retrained models; 0.688 before session 43's constructions (never did, the one place, found me on, reported and still up, decides who, lets, wants, shows it to, reaches, already has, stopped doing, more than X ever did, a different story, stars for, should be on, A and B not C), holder and pronoun fixes, names with First and members of, and retrained models; 0.710 before session 42's changes (a transcript speaker's turn for the holder model, places named in datelines, roles after country-named people, moves undone) and retrained models; 0.699 before session 38's holder fixes (names typed by their neighbours, descriptions of a place or of a headline's organization, asides, coordinated verbs) and retrained models; 0.710 before session 37's holder fixes (shared surnames, "it" of a description or a platform, shortened names) and retrained models; 0.699 before session 35's headline, quotation and statement fixes and retrained models; 0.720 before session 32's entity fixes and retrained models; 0.710 before session 31's holder rules and retrained models; 0.677 before session 30's holder rules and retrained models; 0.656 before session 29's tokenizer, sentence rules and retrained models; 0.677 before session 28's rules and retrained models; 0.656 before session 27's rules and retrained models; 0.634 before session 25's rules, lead holders and retrained models; 0.624 before session 23's rules and retrained models); 0.634 with session 19's first retrained models (302 articles), 0.634 with session 18's final models, 0.634 with session 17's final models, 0.645 with session 17's third retrained models, 0.624 with session 17's second retrained models, 0.613 with session 17's first retrained models, 0.602 with session 16's final models, 0.570 with session 16's second models, 0.602 with session 16's first models, 0.548 with session 15's models, 0.430 at first measurement, 0.602 with session 12's models (rules alone 0.301; 0.237 at first)
	heldout5FloorF      = 0.70 // measured 0.744 (0.740 before session 44's quotation-state fixes, quotations carried after letters and framing sentences, named officers and profile headlines as holders, but-no-longer-there and on-X-people constructions, and retrained models; 0.744 before session 43's constructions (never did, the one place, found me on, reported and still up, decides who, lets, wants, shows it to, reaches, already has, stopped doing, more than X ever did, a different story, stars for, should be on, A and B not C), holder and pronoun fixes, names with First and members of, and retrained models; 0.752 before session 41's constructions (went to, not on X, tried X for a week, stopped listing on X, is how, did more for, at all, meant as a compliment, turned-down trials) and retrained models; 0.756 before session 39's fixes (unnamed reporters, longer things moved off a platform, lawmakers' places, greetings) and retrained models; 0.752 before session 35's headline, quotation and statement fixes and retrained models; 0.756 before session 34's gender, stage-name and spokesperson fixes and retrained models; 0.744 before session 29's tokenizer, sentence rules and retrained models; 0.755 before session 27's rules and retrained models; 0.744 before session 26's rules and retrained models; 0.720 before session 25's rules, lead holders and retrained models; 0.727 before session 24's holder rules and retrained models; 0.720 before session 23's rules and retrained models; 0.731 before session 22's rules and retrained models); 0.723 before session 21's rule fixes, 0.724 with session 19's first retrained models (302 articles), 0.676 with session 18's final models, 0.672 with session 17's final models, 0.667 with session 17's third retrained models, 0.657 with session 17's second retrained models, 0.669 with session 17's first retrained models, 0.652 with session 16's final models, 0.659 with session 16's second models, 0.648 with session 16's first models, 0.619 with session 15's models, 0.564 at first measurement (rules alone 0.482; 0.464 at first)
	heldout5FloorHolder = 0.52 // measured 0.611 (0.621 before session 46's holder rules (survey sources, people of a kind with a trailing report, organizations' plans explained after them, named officers' we-quotations) and retrained models; 0.611 before session 44's quotation-state fixes, quotations carried after letters and framing sentences, named officers and profile headlines as holders, but-no-longer-there and on-X-people constructions, and retrained models; 0.600 before session 42's changes (a transcript speaker's turn for the holder model, places named in datelines, roles after country-named people, moves undone) and retrained models; 0.589 before session 26's rules and retrained models; 0.568 before session 25's rules, lead holders and retrained models; 0.558 before session 23's rules and retrained models; 0.547 before session 22's rules and retrained models); 0.568 with session 19's final names and holder model, 0.579 with session 19's first retrained models (302 articles), 0.547 with session 18's final models, 0.579 with session 17's final models, 0.547 with session 17's third retrained models, 0.526 with session 17's second retrained models, 0.537 with session 17's first retrained models, 0.558 with session 16's final models, 0.568 with session 16's second models, 0.558 with session 16's first models, 0.516 with session 15's models, 0.400 at first measurement, 0.463 with session 12's models, 0.505 with session 11's (rules alone 0.326; 0.316 at first)
	heldout6FloorF      = 0.60 // measured 0.616 (0.615 before session 44's quotation-state fixes, quotations carried after letters and framing sentences, named officers and profile headlines as holders, but-no-longer-there and on-X-people constructions, and retrained models; 0.644 before session 43's constructions (never did, the one place, found me on, reported and still up, decides who, lets, wants, shows it to, reaches, already has, stopped doing, more than X ever did, a different story, stars for, should be on, A and B not C), holder and pronoun fixes, names with First and members of, and retrained models; 0.639 before session 41's constructions (went to, not on X, tried X for a week, stopped listing on X, is how, did more for, at all, meant as a compliment, turned-down trials) and retrained models; 0.644 before session 40's fixes (reports inside quotations, gendered nouns, organizations' acts beside a speaker's aside, acronyms and months in names) and retrained models; 0.641 before session 39's fixes (unnamed reporters, longer things moved off a platform, lawmakers' places, greetings) and retrained models; 0.646 before session 36's later fixes (countered harms, owned errors) and retrained models; 0.648 before session 35's headline, quotation and statement fixes and retrained models; 0.643 before session 34's gender, stage-name and spokesperson fixes and retrained models; 0.635 before session 29's tokenizer, sentence rules and retrained models; 0.626 before session 28's rules and retrained models; 0.621 before session 27's rules and retrained models; 0.626 before session 26's rules and retrained models; 0.630 before session 25's rules, lead holders and retrained models; 0.622 before session 24's holder rules and retrained models; 0.655 before session 23's rules and retrained models; 0.639 before session 22's rules and retrained models); 0.641 with session 19's first retrained models (302 articles), 0.662 with session 18's final models, 0.630 with session 17's final models, 0.658 with session 17's third retrained models, 0.633 with session 17's second retrained models, 0.592 with session 17's first retrained models, 0.585 with session 16's final models, 0.578 with session 16's second models, 0.543 with session 16's first models, 0.572 with session 15's models, 0.552 at first measurement, 0.568 with session 12's models, 0.593 with session 11's (rules alone 0.453; 0.443 at first)
	heldout6FloorHolder = 0.53 // measured 0.567 (0.575 before session 46's holder rules (survey sources, people of a kind with a trailing report, organizations' plans explained after them, named officers' we-quotations) and retrained models; 0.567 before session 44's quotation-state fixes, quotations carried after letters and framing sentences, named officers and profile headlines as holders, but-no-longer-there and on-X-people constructions, and retrained models; 0.606 before session 43's constructions (never did, the one place, found me on, reported and still up, decides who, lets, wants, shows it to, reaches, already has, stopped doing, more than X ever did, a different story, stars for, should be on, A and B not C), holder and pronoun fixes, names with First and members of, and retrained models; 0.598 before session 41's constructions (went to, not on X, tried X for a week, stopped listing on X, is how, did more for, at all, meant as a compliment, turned-down trials) and retrained models; 0.583 before session 37's holder fixes (shared surnames, "it" of a description or a platform, shortened names) and retrained models; 0.591 before session 36's later fixes (countered harms, owned errors) and retrained models; 0.575 before session 34's gender, stage-name and spokesperson fixes and retrained models; 0.573 before session 29's tokenizer, sentence rules and retrained models; 0.565 before session 28's rules and retrained models; 0.556 before session 27's rules and retrained models; 0.565 before session 26's rules and retrained models; 0.605 before session 23's rules and retrained models; 0.597 before session 22's rules and retrained models); 0.589 with session 19's first retrained models (302 articles), 0.597 with session 18's final models, 0.605 with session 17's final models, 0.621 with session 17's third retrained models, 0.565 with session 17's second retrained models, 0.516 with session 17's first retrained models, 0.484 with session 16's final models, 0.484 with session 16's second models, 0.492 with session 16's first models, 0.524 with session 15's models, 0.387 at first measurement, 0.492 with session 12's models (rules alone 0.258; 0.210 at first)
	heldoutPostFloorF   = 0.57 // measured 0.665 (0.646 before session 43's constructions (never did, the one place, found me on, reported and still up, decides who, lets, wants, shows it to, reaches, already has, stopped doing, more than X ever did, a different story, stars for, should be on, A and B not C), holder and pronoun fixes, names with First and members of, and retrained models; 0.595 before session 25's rules, lead holders and retrained models; 0.587 before session 17's rules, 0.560 before session 15's; 0.623 with the valence model of 0.649 CV; rules alone 0.595, 0.603 before session 17's rules)
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
