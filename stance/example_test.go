package stance_test

import (
	"fmt"

	"github.com/stancetag/stancetag/entities"
	"github.com/stancetag/stancetag/stance"
)

func ExampleScorer_Judge() {
	rec, err := entities.NewRecognizer()
	if err != nil {
		panic(err)
	}
	sc, err := stance.NewScorer()
	if err != nil {
		panic(err)
	}
	doc, err := rec.Recognize("Senator Ellen Parker praised Bluesky for its moderation tools. Facebook and TikTok ban the group's posts.")
	if err != nil {
		panic(err)
	}
	for _, j := range sc.Judge(doc) {
		fmt.Printf("%d %s %s holder=%q cues=%d\n", j.Sentence, j.Target, j.Label, j.Holder, len(j.Cues))
	}
	// Output:
	// 0 Bluesky endorses holder="Ellen Parker" cues=1
	// 1 Facebook neutral holder="" cues=0
	// 1 TikTok neutral holder="" cues=0
}

func ExampleWithCues() {
	rec, _ := entities.NewRecognizer()
	sc, err := stance.NewScorer(stance.WithCues(map[string]float64{"swear by": 0.8}))
	if err != nil {
		panic(err)
	}
	doc, _ := rec.Recognize("Teachers swear by Signal.")
	for _, j := range sc.Judge(doc) {
		fmt.Println(j.Target, j.Label, j.Cues[0].Text)
	}
	// Output:
	// Signal endorses swear by
}
