// Package glue is the baseline stancetag is measured against: prose v2.0.0
// with one reused model plus the VADER sentence score, glued together the
// way a first attempt would. It exists only for benchmarks and comparisons;
// nothing in the library imports it.
package glue

import (
	"fmt"
	"strings"

	"github.com/jdkato/prose/v2"
	"github.com/jonreiter/govader"
)

// platforms is the baseline's view of what a platform is: prose entities
// whose text names one of these services.
var platforms = map[string]string{
	"twitter": "Twitter", "x": "Twitter", "threads": "Threads", "facebook": "Facebook",
	"instagram": "Instagram", "whatsapp": "WhatsApp", "tiktok": "TikTok",
	"bluesky": "Bluesky", "mastodon": "Mastodon", "youtube": "YouTube",
	"reddit": "Reddit", "telegram": "Telegram", "snapchat": "Snapchat",
}

// Glue holds one prose model and one VADER analyzer. It is not safe for
// concurrent use: prose's models are, but the baseline makes no promise.
type Glue struct {
	model *prose.Model
	vader *govader.SentimentIntensityAnalyzer
}

// Entity is a prose entity with the baseline's type.
type Entity struct {
	Name string `json:"name"`
	Type string `json:"type"`
}

// Stance is the VADER compound score of a sentence naming a platform.
type Stance struct {
	Sentence int     `json:"sentence"`
	Target   string  `json:"target"`
	Label    string  `json:"label"`
	Score    float64 `json:"score"`
	Holder   string  `json:"holder"`
}

// Result is the baseline's answer for one document.
type Result struct {
	ID       string   `json:"id"`
	Entities []Entity `json:"entities"`
	Stances  []Stance `json:"stances"`
}

// New loads the prose model and the VADER lexicon once.
func New() (g *Glue, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("glue: %v", r)
		}
	}()
	return &Glue{model: prose.ModelFromData("glue"), vader: govader.NewSentimentIntensityAnalyzer()}, nil
}

// Tag runs prose on the whole text (its Punkt segmenter, tagger and NER) and
// VADER on every sentence that contains a platform entity's text.
func (g *Glue) Tag(id, text string) (res *Result, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("glue: prose panicked: %v", r)
		}
	}()
	doc, err := prose.NewDocument(text, prose.UsingModel(g.model))
	if err != nil {
		return nil, err
	}
	res = &Result{ID: id, Entities: []Entity{}, Stances: []Stance{}}
	var targets []string
	for _, e := range doc.Entities() {
		typ := e.Label
		if p, ok := platforms[strings.ToLower(e.Text)]; ok {
			typ = "PLATFORM"
			targets = append(targets, p)
		}
		res.Entities = append(res.Entities, Entity{Name: e.Text, Type: typ})
	}
	for i, s := range doc.Sentences() {
		for _, t := range targets {
			if !strings.Contains(strings.ToLower(s.Text), strings.ToLower(t)) {
				continue
			}
			c := g.vader.PolarityScores(s.Text).Compound
			label := "neutral"
			switch {
			case c >= 0.05:
				label = "endorses"
			case c <= -0.05:
				label = "criticizes"
			}
			res.Stances = append(res.Stances, Stance{Sentence: i, Target: t, Label: label, Score: c})
		}
	}
	return res, nil
}
