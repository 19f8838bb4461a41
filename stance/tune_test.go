package stance

import (
	"flag"
	"strings"
	"testing"

	"github.com/stancetag/stancetag/entities"
)

var tune = flag.Bool("stance.tune", false, "grid-search the attachment weights (slow; for development)")

// TestTune searches the attachment weights on NewsMTSC and the articles. It
// only runs with -stance.tune.
func TestTune(t *testing.T) {
	if !*tune {
		t.Skip("needs -stance.tune")
	}
	rows := readNewsMTSC(t)
	rec := testRecognizer(t)
	type nd struct {
		doc     *entities.Document
		mention string
		gold    Label
	}
	var nds []nd
	for _, r := range rows {
		for _, tg := range r.Targets {
			doc, err := rec.Recognize(r.Sentence, entities.Target{Name: tg.Mention})
			if err != nil {
				continue
			}
			nds = append(nds, nd{doc, tg.Mention, polarityLabel(tg.Polarity)})
		}
	}
	_, texts, golds := loadArticles(t)
	var adocs []*entities.Document
	for i := range texts {
		adocs = append(adocs, goldDoc(t, rec, texts[i], golds[i]))
	}
	base, _ := NewScorer()
	best := -1.0
	for _, gs := range []float64{0.8, 1.1, 1.5} {
		for _, sa := range []float64{0.15, 0.4} {
			for _, sc := range []float64{0.5} {
				for _, oc := range []float64{0.25, 0.5, 0.8} {
					for _, sg := range []float64{1.0} {
						for _, gain := range []float64{2, 3, 4.5} {
							s := *base
							s.p.generalScale, s.p.subjAttitude, s.p.sameClause, s.p.otherClause, s.p.subjGeneral, s.p.gain = gs, sa, sc, oc, sg, gain
							var tp, fp, fn [3]float64
							for _, x := range nds {
								got := Neutral
								bs := 0.0
								for _, j := range s.Judge(x.doc) {
									if strings.EqualFold(j.Target, x.mention) && j.Label != Neutral && abs(j.Score) > bs {
										got, bs = j.Label, abs(j.Score)
									}
								}
								for li, l := range []Label{Endorses, Criticizes, Neutral} {
									switch {
									case x.gold == l && got == l:
										tp[li]++
									case got == l:
										fp[li]++
									case x.gold == l:
										fn[li]++
									}
								}
							}
							macro := 0.0
							for li := range tp {
								if tp[li] > 0 {
									p, r := tp[li]/(tp[li]+fp[li]), tp[li]/(tp[li]+fn[li])
									macro += 2 * p * r / (p + r) / 3
								}
							}
							as := scoreArticles(t, &s, adocs, golds, false)
							obj := macro + as.fAvg
							if obj > best {
								best = obj
								t.Logf("gs %.2f sa %.2f sc %.2f oc %.2f sg %.2f gain %.1f: news %.3f articles %.3f holder %.3f",
									gs, sa, sc, oc, sg, gain, macro, as.fAvg, as.holderAcc)
							}
						}
					}
				}
			}
		}
	}
}

func polarityLabel(p float64) Label {
	switch p {
	case 2:
		return Criticizes
	case 6:
		return Endorses
	}
	return Neutral
}
