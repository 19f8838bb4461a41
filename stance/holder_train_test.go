package stance

import (
	"flag"
	"fmt"
	"math"
	"os"
	"sort"
	"strings"
	"testing"
)

var (
	holdTrainFlag = flag.Bool("holder.train", false, "cross-validate the holder model on testdata/articles and write data/holder.txt")
	holdCVFlag    = flag.Bool("holder.cv", false, "cross-validate the holder model on testdata/articles only (search the settings)")
	holdErrors    = flag.Bool("holder.errors", false, "log the cross-validated holder errors of the best settings")
)

// holdItem is one gold endorses/criticizes record of a dev article that the
// scorer gave a verdict, with the holder candidates it saw.
type holdItem struct {
	article int
	name    string // the article's file name
	context string
	gold    string // the gold holder
	rule    string // the rules' holder
	cands   []holderCand
	names   []string // the candidates' names ("" for the author)
	answer  int      // the gold holder's candidate, or -1
}

// holdSettings are the training settings searched by cross-validation.
type holdSettings struct {
	l2       float64 // L2 penalty per weight
	minCount int     // a word feature needs this many training records
}

func (h holdSettings) String() string {
	return fmt.Sprintf("l2 %g, min count %d", h.l2, h.minCount)
}

// TestTrainHolder calibrates the holder model. With -holder.cv it reports
// the article-grouped cross-validated holder accuracy over the gold
// endorses/criticizes records the scorer judged, next to the rules'; with
// -holder.train it also trains on every dev article with the best settings
// and writes data/holder.txt. Settings within artTie of the best count as
// equal; among them it takes the most regularized.
func TestTrainHolder(t *testing.T) {
	if !*holdTrainFlag && !*holdCVFlag {
		t.Skip("needs -holder.train or -holder.cv")
	}
	items, n := collectHolder(t)
	ruleOK, reach := 0, 0
	for _, it := range items {
		if it.rule == it.gold {
			ruleOK++
		}
		if it.answer >= 0 {
			reach++
		}
	}
	rulePred := make([]int, len(items))
	for i, it := range items {
		for ci, name := range it.names {
			if name == it.rule {
				rulePred[i] = ci
				break
			}
		}
	}
	t.Logf("%d judged gold records from %d articles; rules right %.3f (%s %.3f); gold among the candidates %.3f",
		len(items), n, float64(ruleOK)/float64(len(items)), *artBatch, holdBatch(items, rulePred), float64(reach)/float64(len(items)))
	const folds = 5
	type result struct {
		st  holdSettings
		acc float64
	}
	var results []result
	top := -1.0
	for _, l2 := range []float64{0.1, 0.3, 1, 3} {
		for _, mc := range []int{2, 3, 5} {
			st := holdSettings{l2, mc}
			acc, accB := 0.0, 0.0
			for seed := 0; seed < *artSeeds; seed++ {
				pred := holdCV(items, n, folds, seed, st)
				acc += holdAccuracy(items, pred) / float64(*artSeeds)
				accB += holdBatch(items, pred) / float64(*artSeeds)
			}
			t.Logf("%s: CV accuracy %.3f (%s %.3f)", st, acc, *artBatch, accB)
			results = append(results, result{st, acc})
			top = math.Max(top, acc)
		}
	}
	var best holdSettings
	bestAcc := -1.0
	for _, r := range results {
		if r.acc < top-artTie {
			continue
		}
		if bestAcc < 0 || r.st.l2 > best.l2 || r.st.l2 == best.l2 && r.st.minCount > best.minCount {
			best, bestAcc = r.st, r.acc
		}
	}
	t.Logf("best: %s: CV accuracy %.3f (rules %.3f)", best, bestAcc, float64(ruleOK)/float64(len(items)))
	if *holdErrors {
		pred := holdCV(items, n, folds, 0, best)
		for i, it := range items {
			if got := it.names[pred[i]]; got != it.gold {
				var gf []string
				if it.answer >= 0 {
					for _, f := range it.cands[it.answer].feats {
						gf = append(gf, f.name())
					}
				}
				t.Logf("gold %q got %q (rules %q) %v | %s", it.gold, got, it.rule, gf, it.context)
			}
		}
	}
	if !*holdTrainFlag {
		return
	}
	m := trainHolder(items, best)
	var b strings.Builder
	fmt.Fprintf(&b, "# holder model, written by TestTrainHolder (go test ./stance -run TestTrainHolder -args -holder.train)\n")
	fmt.Fprintf(&b, "# trained on %d judged records of %d dev articles; %d-fold article-grouped CV accuracy %.3f over %d partitions (rules %.3f); %s\n",
		len(items), n, folds, bestAcc, *artSeeds, float64(ruleOK)/float64(len(items)), best)
	var keys []string
	ws := map[string]float64{}
	for kind, kw := range m.w {
		for k, w := range kw {
			keys = append(keys, artPrefix[kind]+k)
			ws[artPrefix[kind]+k] = w
		}
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Fprintf(&b, "%s\t%.4f\n", k, ws[k])
	}
	if err := os.WriteFile("data/holder.txt", []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("wrote data/holder.txt: %d keys", len(keys))
}

// collectHolder runs the scorer (with no holder model) over the dev
// articles and pairs every gold endorses/criticizes record it judged with
// the holder candidates it saw.
func collectHolder(t *testing.T) ([]holdItem, int) {
	s, err := NewScorer()
	if err != nil {
		t.Fatal(err)
	}
	s.hold = nil
	r := testRecognizer(t)
	anames, texts, golds := loadArticleDir(t, "../testdata/articles")
	type seen struct {
		cands []holderCand
		rule  string
		names []string
	}
	var items []holdItem
	for ai, text := range texts {
		doc, err := r.Recognize(text)
		if err != nil {
			t.Fatal(err)
		}
		g := golds[ai]
		got := map[[2]string]seen{}
		s.holdObserve = func(sent, ent int, cands []holderCand, rule string) {
			names := make([]string, len(cands))
			for i, c := range cands {
				if c.ent >= 0 {
					names[i] = doc.Entities[c.ent].Name
				}
			}
			ss := doc.Sentences[sent]
			for _, gi := range g.overlaps(ss.Start, ss.End) {
				got[[2]string{itoa(gi), doc.Entities[ent].Name}] = seen{cands, rule, names}
			}
		}
		s.Judge(doc)
		for _, st := range g.Stances {
			if st.Label == Neutral {
				continue
			}
			sn, ok := got[[2]string{itoa(st.Sentence), st.Target}]
			if !ok {
				continue
			}
			answer := -1
			for i, name := range sn.names {
				if name == st.Holder {
					answer = i
					break
				}
			}
			gs := g.Sentences[st.Sentence]
			items = append(items, holdItem{article: ai, name: anames[ai], context: st.Target + " | " + text[gs.Start:gs.End],
				gold: st.Holder, rule: sn.rule, cands: sn.cands, names: sn.names, answer: answer})
		}
	}
	s.holdObserve = nil
	return items, len(texts)
}

// holdAccuracy is the share of items whose predicted candidate is the gold
// holder.
func holdAccuracy(items []holdItem, pred []int) float64 {
	ok := 0
	for i, it := range items {
		if it.names[pred[i]] == it.gold {
			ok++
		}
	}
	return float64(ok) / float64(len(items))
}

// holdBatch is holdAccuracy over the articles of the -article.batch batch.
func holdBatch(items []holdItem, pred []int) float64 {
	var its []holdItem
	var ps []int
	for i, it := range items {
		if inBatch(it.name, *artBatch) {
			its = append(its, it)
			ps = append(ps, pred[i])
		}
	}
	if len(its) == 0 {
		return 0
	}
	return holdAccuracy(its, ps)
}

// holdCV returns the article-grouped cross-validated choices of settings st.
func holdCV(items []holdItem, n, folds, seed int, st holdSettings) []int {
	fold := articleFolds(n, folds, seed)
	if *artByBatch {
		names := make([]string, n)
		for _, it := range items {
			names[it.article] = it.name
		}
		fold = namedBatchFolds(names, folds, seed)
	}
	pred := make([]int, len(items))
	inParallel(folds, func(f int) {
		var train []holdItem
		for _, it := range items {
			if fold[it.article] != f {
				train = append(train, it)
			}
		}
		m := trainHolder(train, st)
		for i, it := range items {
			if fold[it.article] == f {
				pred[i] = m.pick(it.cands)
			}
		}
	})
	return pred
}

// trainHolder fits the conditional logit over each item's candidates by
// full-batch AdaGrad on the L2-penalised likelihood of the gold candidate.
// Items whose gold holder is no candidate teach nothing.
func trainHolder(items []holdItem, st holdSettings) *holderModel {
	count := map[string]int{}
	for _, it := range items {
		seen := map[string]bool{}
		for _, c := range it.cands {
			for _, f := range c.feats {
				if k := f.name(); !seen[k] {
					seen[k] = true
					count[k]++
				}
			}
		}
	}
	var keys []string
	for k, c := range count {
		if strings.HasPrefix(k, "#") || c >= st.minCount {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	idx := map[string]int{}
	for i, k := range keys {
		idx[k] = i
	}
	type cand struct {
		f []int
		v []float64
	}
	type row struct {
		c      []cand
		answer int
	}
	var rows []row
	for _, it := range items {
		if it.answer < 0 || len(it.cands) < 2 {
			continue
		}
		r := row{answer: it.answer}
		for _, c := range it.cands {
			var rc cand
			for _, f := range c.feats {
				if i, ok := idx[f.name()]; ok {
					rc.f = append(rc.f, i)
					rc.v = append(rc.v, f.val)
				}
			}
			r.c = append(r.c, rc)
		}
		rows = append(rows, r)
	}
	w := make([]float64, len(keys))
	g2 := make([]float64, len(keys))
	grad := make([]float64, len(keys))
	z := make([]float64, 0, 16)
	const rate, iters = 0.5, 300
	for it := 0; it < iters; it++ {
		for i := range grad {
			grad[i] = st.l2 * w[i]
		}
		for _, r := range rows {
			z = z[:0]
			top := math.Inf(-1)
			for _, c := range r.c {
				s := 0.0
				for k, fi := range c.f {
					s += w[fi] * c.v[k]
				}
				z = append(z, s)
				top = math.Max(top, s)
			}
			sum := 0.0
			for i := range z {
				z[i] = math.Exp(z[i] - top)
				sum += z[i]
			}
			for ci, c := range r.c {
				d := z[ci] / sum
				if ci == r.answer {
					d--
				}
				for k, fi := range c.f {
					grad[fi] += d * c.v[k]
				}
			}
		}
		for i := range w {
			g2[i] += grad[i] * grad[i]
			if g2[i] > 0 {
				w[i] -= rate * grad[i] / math.Sqrt(g2[i])
			}
		}
	}
	m := &holderModel{}
	for i, k := range keys {
		if math.Abs(w[i]) > 1e-4 {
			m.set(k, w[i])
		}
	}
	return m
}
