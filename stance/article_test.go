package stance

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestParseArticle(t *testing.T) {
	m := parseArticle("# comment\nconf 0.4\nconf-e 0.55\noverride\nstrong 0.75\nw:tenant\t-0.5\t2\nbroken line\nw:x\tnan?\t1\n#bias\t0.1\t0.2\nnw:safe\t-1\t1\ngov:leave\t-1\t2\n" +
		"bg:_T_ works\t0.3\t-0.3\nbg:not yet\t0\t1\nbg:_T_ works\t0.5\t-0.5\n")
	if m.conf != 0.4 || m.confE != 0.55 || !m.override || m.strong != 0.75 {
		t.Errorf("conf %v conf-e %v override %v strong %v, want 0.4 0.55 true 0.75", m.conf, m.confE, m.override, m.strong)
	}
	want := [artKinds]map[string][2]float64{artNamed: {"#bias": {0.1, 0.2}}, artWord: {"tenant": {-0.5, 2}},
		artNegWord: {"safe": {-1, 1}}, artGov: {"leave": {-1, 2}}}
	if diff := cmp.Diff(want, m.w); diff != "" || m.n != 6 {
		t.Errorf("%d weights (-want +got):\n%s", m.n, diff)
	}
	// Word pairs live in the pair table only, the last line for a pair
	// winning; a pair found by bigrams carries its index, one spelled in
	// training only its key.
	if diff := cmp.Diff([]string{"_T_ works", "not yet"}, m.pairKeys); diff != "" {
		t.Errorf("pair keys (-want +got):\n%s", diff)
	}
	for _, f := range []artFeat{{kind: artBigram, pair: 1}, {kind: artBigram, key: "_T_ works"}} {
		if w, ok := m.weight(f); !ok || w != [2]float64{0.5, -0.5} {
			t.Errorf("weight(%+v) = %v, %v, want [0.5 -0.5], true", f, w, ok)
		}
	}
	if w, ok := m.weight(artFeat{kind: artBigram, key: "_T_ fails"}); ok {
		t.Errorf("an unknown pair weighs %v", w)
	}
	if e := parseArticle(""); e.n != 0 || e.conf != 1 || e.strong != 0 {
		t.Errorf("empty table: %+v", e)
	}
}

// judgeWith judges text with the rules and a hand-made article model.
func judgeWith(t *testing.T, m *articleModel, text string) []Judgment {
	t.Helper()
	s, err := NewScorer()
	if err != nil {
		t.Fatal(err)
	}
	s.art = m
	doc, err := testRecognizer(t).Recognize(text)
	if err != nil {
		t.Fatal(err)
	}
	return s.Judge(doc)
}

// judged is a judgment as the article-model tests compare it.
type judged struct {
	Target, Label, Holder string
	Cues                  []string
}

// judgedWith judges text like judgeWith and keeps what the tests compare.
func judgedWith(t *testing.T, m *articleModel, text string) []judged {
	t.Helper()
	var gs []judged
	for _, j := range judgeWith(t, m, text) {
		gs = append(gs, judged{j.Target, string(j.Label), j.Holder, cueTexts(j.Cues)})
	}
	return gs
}

func TestArticleModel(t *testing.T) {
	// A model that reads "tenant" near a platform as criticism and "adore"
	// as neutral, whatever the rules say.
	m := &articleModel{conf: 0.5}
	m.set("w:tenant", [2]float64{-3, 4})
	m.set("w:adore", [2]float64{-4, -4})
	const story = "Mira Castellanos streams from a studio in Madrid. " +
		"She has two million followers. " +
		"“Twitch made me feel like a tenant,” Castellanos said. " +
		"“I adore YouTube,” she added."
	gs := judgedWith(t, m, story)
	want := []judged{
		// The rules see no stance; the model fills one in, its word
		// is the cue and the speaker holds it.
		{"Twitch", "criticizes", "Mira Castellanos", []string{"tenant"}},
		// A stance-lexicon cue stands whatever the model says.
		{"YouTube", "endorses", "Mira Castellanos", []string{"adore"}},
	}
	if diff := cmp.Diff(want, gs); diff != "" {
		t.Errorf("article (-want +got):\n%s", diff)
	}
	// A post is too short for the article model: the rules alone.
	for _, j := range judgeWith(t, m, "Twitch made me feel like a tenant.") {
		if j.Label != Neutral {
			t.Errorf("post: %s %s, want neutral", j.Target, j.Label)
		}
	}
}

func TestArticleModelConfE(t *testing.T) {
	// A model that reads "mornings" as endorsement and "evenings" as
	// criticism, each at probability 0.58 (weight 1 against two zeros):
	// both fill in at conf 0.5, but with conf-e 0.6 the endorsement needs
	// more and the criticism does not.
	const story = "Mira Castellanos streams from a studio in Madrid. " +
		"She has two million followers. " +
		"“I stream on Twitch in the mornings,” Castellanos said. " +
		"“I stream on YouTube in the evenings,” she added."
	judge := func(confE float64) []string {
		m := &articleModel{conf: 0.5, confE: confE}
		m.set("w:mornings", [2]float64{1, 0})
		m.set("w:evenings", [2]float64{0, 1})
		var got []string
		for _, j := range judgeWith(t, m, story) {
			got = append(got, j.Target+" "+string(j.Label))
		}
		return got
	}
	for _, c := range []struct {
		confE float64
		want  []string
	}{
		{0, []string{"Twitch endorses", "YouTube criticizes"}},
		{0.55, []string{"Twitch endorses", "YouTube criticizes"}},
		{0.6, []string{"Twitch neutral", "YouTube criticizes"}},
	} {
		if diff := cmp.Diff(c.want, judge(c.confE)); diff != "" {
			t.Errorf("conf-e %v (-want +got):\n%s", c.confE, diff)
		}
	}
}

func TestArticleModelDisclaimed(t *testing.T) {
	// A model sure that "against" near a platform is criticism: a
	// disclaimer ("not against TikTok") settles the target as neutral
	// before the model is asked, and one before "but" is a criticism.
	m := &articleModel{conf: 0.5}
	m.set("w:against", [2]float64{-3, 4})
	const story = "The Harbor Street Bakery will stop posting videos next month. " +
		"Its owner, Mara Lind, said they took too long to make. " +
		"Lind said customers mostly find the shop by walking past. " +
		"“I’m not against TikTok,” she said. " +
		"“I’m not against Instagram, but it has never sold a loaf,” she added. " +
		"Her neighbour is against Snapchat."
	gs := judgedWith(t, m, story)
	want := []judged{
		{"TikTok", "neutral", "", []string{}},
		// ("never sold" is a deed the service failed at: the
		// criticism's second cue.)
		{"Instagram", "criticizes", "Mara Lind", []string{"not against", "never sold"}},
		{"Snapchat", "criticizes", "", []string{}},
	}
	if diff := cmp.Diff(want, gs); diff != "" {
		t.Errorf("article (-want +got):\n%s", diff)
	}
}

func TestArticleModelStrong(t *testing.T) {
	// A model sure that "landlord" near a platform is criticism and
	// "honestly" says nothing, allowed to overturn a stance-lexicon
	// verdict ("recommend") at 0.7.
	const story = "Mira Castellanos streams from a studio in Madrid. " +
		"She has two million followers. " +
		"“I recommend Twitch to any landlord,” Castellanos said. " +
		"“I recommend YouTube, honestly,” she added. " +
		"“I recommend Kick,” she said."
	judge := func(strong float64) []judged {
		m := &articleModel{conf: 0.5, strong: strong}
		m.set("w:landlord", [2]float64{-4, 6})
		m.set("w:honestly", [2]float64{-4, -4})
		return judgedWith(t, m, story)
	}
	want := []judged{
		// Overturned: the model's word is the cue, the speaker holds it.
		{"Twitch", "criticizes", "Mira Castellanos", []string{"landlord"}},
		// Overturned to neutral.
		{"YouTube", "neutral", "", []string{}},
		// The model is not sure enough: the lexicon verdict stands.
		{"Kick", "endorses", "Mira Castellanos", []string{"recommend"}},
	}
	if diff := cmp.Diff(want, judge(0.7)); diff != "" {
		t.Errorf("strong 0.7 (-want +got):\n%s", diff)
	}
	// Without strong every lexicon verdict stands.
	for _, g := range judge(0) {
		if g.Label != "endorses" {
			t.Errorf("strong 0: %s %s, want endorses", g.Target, g.Label)
		}
	}
}

func TestArticleModelDocVerdicts(t *testing.T) {
	// A model that criticizes a platform only when the rules criticize it
	// in another sentence of the same article.
	m := &articleModel{conf: 0.5}
	m.set("#bias", [2]float64{-2, -2})
	m.set("#doc-", [2]float64{-4, 6})
	const plain = "Mira Castellanos streams from a studio in Madrid. " +
		"She has two million followers. " +
		"Castellanos streams on Twitch most nights. " +
		"Her brother runs a bakery."
	const judged = "Mira Castellanos streams from a studio in Madrid. " +
		"She has two million followers. " +
		"Castellanos streams on Twitch most nights. " +
		"Castellanos condemned Twitch on Friday."
	labels := func(text string) map[int]Label {
		out := map[int]Label{}
		for _, j := range judgeWith(t, m, text) {
			if j.Target == "Twitch" {
				out[j.Sentence] = j.Label
			}
		}
		return out
	}
	if diff := cmp.Diff(map[int]Label{2: Neutral}, labels(plain)); diff != "" {
		t.Errorf("no verdict elsewhere (-want +got):\n%s", diff)
	}
	// The condemnation judges sentence 3 by the rules and, through the
	// document's verdicts, sentence 2 by the model.
	if diff := cmp.Diff(map[int]Label{2: Criticizes, 3: Criticizes}, labels(judged)); diff != "" {
		t.Errorf("verdict elsewhere (-want +got):\n%s", diff)
	}
}

// lastLabels judges a four-sentence story that ends with last (the
// article model needs four sentences) and returns the labels.
func lastLabels(t *testing.T, m *articleModel, last string) []Label {
	t.Helper()
	story := "Mira Castellanos streams from a studio in Madrid. " +
		"She has two million followers. " +
		"Her brother runs a bakery. " + last
	var out []Label
	for _, j := range judgeWith(t, m, story) {
		out = append(out, j.Label)
	}
	return out
}

// featureModel is a model that weighs one feature against a bias toward
// neutral.
func featureModel(key string, w [2]float64) *articleModel {
	m := &articleModel{conf: 0.5}
	m.set("#bias", [2]float64{-2, -2})
	m.set(key, w)
	return m
}

// wantLast checks the one label lastLabels gives for last.
func wantLast(t *testing.T, m *articleModel, what string, want Label, last string) {
	t.Helper()
	if diff := cmp.Diff([]Label{want}, lastLabels(t, m, last)); diff != "" {
		t.Errorf("%s (-want +got):\n%s", what, diff)
	}
}

func TestArticleModelNegatedWords(t *testing.T) {
	// A model that reads "place" after a negator of its clause as
	// criticism: the same word without the negator is another feature.
	m := featureModel("nw:place", [2]float64{-4, 6})
	wantLast(t, m, "negated", Criticizes, "“Twitch is not a place for our community,” Castellanos said.")
	wantLast(t, m, "plain", Neutral, "“Twitch is a place for our community,” Castellanos said.")
}

func TestArticleModelOwner(t *testing.T) {
	// A model that reads an owner's good words about any part of its
	// platform as endorsement: the same words from anyone else are not.
	m := featureModel("#own+", [2]float64{6, -4})
	wantLast(t, m, "owner", Endorses, "Amazon, which owns Twitch, said live streams there remained “a valuable way to reach fans”.")
	wantLast(t, m, "not the owner", Neutral, "Castellanos, who streams on Twitch, said live streams there remained “a valuable way to reach fans”.")
	wantLast(t, m, "no good words", Neutral, "Amazon, which owns Twitch, said live streams there had moved to a new server.")
}

func TestArticleModelBigrams(t *testing.T) {
	// A model that reads "_T_ daily" (the mention, then "daily") as
	// endorsement: "daily" elsewhere in the sentence is not it.
	m := featureModel("bg:_T_ daily", [2]float64{6, -4})
	wantLast(t, m, "pair", Endorses, "“We stream on Twitch daily,” Castellanos said.")
	wantLast(t, m, "words apart", Neutral, "“Daily, we stream on Twitch,” Castellanos said.")
}

func TestBigramsKeepsKnownPairs(t *testing.T) {
	s, err := NewScorer()
	if err != nil {
		t.Fatal(err)
	}
	doc, err := testRecognizer(t).Recognize("Castellanos said Twitch works.")
	if err != nil {
		t.Fatal(err)
	}
	v := newDocView(doc).sentence(0, s)
	// "Twitch" is token 2.
	in := func(i int) bool { return i == 2 }
	keys := func() []string {
		var out []string
		for _, f := range s.bigrams(nil, v, in) {
			out = append(out, f.name())
		}
		return out
	}
	// Training sees every pair; a model weighs only some, and only those
	// are built outside training.
	s.artObserve = func(int, int, []artFeat, float64, bool, string) {}
	want := []string{"bg:castellanos said", "bg:said _T_", "bg:_T_ works", "bg:works ."}
	if diff := cmp.Diff(want, keys()); diff != "" {
		t.Errorf("training (-want +got):\n%s", diff)
	}
	s.artObserve = nil
	s.art = &articleModel{conf: 0.5}
	s.art.set("bg:_T_ works", [2]float64{1, 0})
	if diff := cmp.Diff([]string{"bg:_T_ works"}, keys()); diff != "" {
		t.Errorf("model (-want +got):\n%s", diff)
	}
	s.art = &articleModel{conf: 0.5}
	if got := keys(); got != nil {
		t.Errorf("model without pairs: %q, want none", got)
	}
}

func TestShippedArticleModel(t *testing.T) {
	s, err := NewScorer()
	if err != nil {
		t.Fatal(err)
	}
	if s.art.n == 0 || s.art.conf <= 0 || s.art.conf >= 1 {
		t.Errorf("data/article.txt: %d weights, conf %v", s.art.n, s.art.conf)
	}
}
