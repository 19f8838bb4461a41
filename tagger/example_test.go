package tagger_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log"
	"slices"

	"github.com/stancetag/stancetag/entities"
	"github.com/stancetag/stancetag/tagger"
)

func ExampleTagger_Tag() {
	t, err := tagger.New()
	if err != nil {
		log.Fatal(err)
	}
	text := "Anas Haqqani praised Twitter. The Taliban criticized Facebook."
	res, err := t.Tag(context.Background(), text)
	if err != nil {
		log.Fatal(err)
	}
	for _, e := range res.Entities {
		m := e.Mentions[0]
		fmt.Printf("%s %s at text[%d:%d] = %q\n", e.Type, e.Name, m.Start, m.End, text[m.Start:m.End])
	}
	for _, s := range res.Stances {
		fmt.Printf("%s %s %s (%+.2f)\n", s.Holder, s.Label, s.Target, s.Score)
	}
	// Output:
	// PERSON Anas Haqqani at text[0:12] = "Anas Haqqani"
	// PLATFORM Twitter at text[21:28] = "Twitter"
	// ORG Taliban at text[34:41] = "Taliban"
	// PLATFORM Facebook at text[53:61] = "Facebook"
	// Anas Haqqani endorses Twitter (+0.98)
	// Taliban criticizes Facebook (-0.98)
}

func ExampleTagger_Tag_json() {
	t, err := tagger.New()
	if err != nil {
		log.Fatal(err)
	}
	res, err := t.TagInput(context.Background(), tagger.Input{ID: "doc-1", Text: "Mark Chen said he loves Bluesky."})
	if err != nil {
		log.Fatal(err)
	}
	b, _ := json.MarshalIndent(res, "", "  ")
	fmt.Println(string(b))
	// Output:
	// {
	//   "id": "doc-1",
	//   "sentences": [
	//     {
	//       "start": 0,
	//       "end": 32
	//     }
	//   ],
	//   "entities": [
	//     {
	//       "name": "Mark Chen",
	//       "type": "PERSON",
	//       "aliases": [],
	//       "mentions": [
	//         {
	//           "start": 0,
	//           "end": 9,
	//           "text": "Mark Chen",
	//           "sentence": 0
	//         }
	//       ]
	//     },
	//     {
	//       "name": "Bluesky",
	//       "type": "PLATFORM",
	//       "aliases": [],
	//       "mentions": [
	//         {
	//           "start": 24,
	//           "end": 31,
	//           "text": "Bluesky",
	//           "sentence": 0
	//         }
	//       ]
	//     }
	//   ],
	//   "stances": [
	//     {
	//       "sentence": 0,
	//       "target": "Bluesky",
	//       "label": "endorses",
	//       "score": 0.97,
	//       "holder": "Mark Chen",
	//       "cues": [
	//         {
	//           "start": 18,
	//           "end": 23,
	//           "text": "loves"
	//         }
	//       ]
	//     }
	//   ],
	//   "summary": [
	//     {
	//       "target": "Bluesky",
	//       "holder": "Mark Chen",
	//       "label": "endorses",
	//       "score": 0.97,
	//       "sentences": 1
	//     }
	//   ]
	// }
}

func ExampleTagger_Tag_empty() {
	t, err := tagger.New()
	if err != nil {
		log.Fatal(err)
	}
	res, err := t.Tag(context.Background(), "  \n")
	b, _ := json.Marshal(res)
	fmt.Println(string(b), err)
	// Output:
	// {"id":"","sentences":[],"entities":[],"stances":[],"summary":[]} <nil>
}

func ExampleTagger_TagInput() {
	gab, err := tagger.ParseTarget("Gab=gab.com")
	if err != nil {
		log.Fatal(err)
	}
	t, err := tagger.New()
	if err != nil {
		log.Fatal(err)
	}
	res, err := t.TagInput(context.Background(), tagger.Input{
		ID:      "post-7",
		Text:    "Gab is a wonderful place to talk.",
		Targets: []entities.Target{gab}, // for this document only
	})
	if err != nil {
		log.Fatal(err)
	}
	for _, s := range res.Stances {
		fmt.Println(res.ID, s.Target, s.Label)
	}
	// Output:
	// post-7 Gab endorses
}

func ExampleTagger_TagAll() {
	t, err := tagger.New(tagger.WithWorkers(2), tagger.WithMaxBytes(100))
	if err != nil {
		log.Fatal(err)
	}
	outs, err := t.TagAll(context.Background(), []tagger.Input{
		{ID: "a", Text: "Facebook is awful."},
		{ID: "b", Text: "Twitter is too long a story to fit in a hundred bytes, so this one is refused with an error, and the others go on."},
		{ID: "c", Text: ""},
	})
	if err != nil {
		log.Fatal(err) // only cancellation stops a batch
	}
	for _, o := range outs {
		if o.Err != nil {
			fmt.Println(o.ID, "failed:", errors.Is(o.Err, tagger.ErrTooLarge))
			continue
		}
		fmt.Println(o.ID, len(o.Result.Stances), "stances")
	}
	// Output:
	// a 1 stances
	// b failed: true
	// c 0 stances
}

func ExampleTagger_Stream() {
	t, err := tagger.New()
	if err != nil {
		log.Fatal(err)
	}
	docs := []tagger.Input{
		{ID: "1", Text: "TikTok is great."},
		{ID: "2", Text: "Critics slammed TikTok."},
		{ID: "3", Text: "TikTok was mentioned."},
	}
	// Results come in input order, though tagged in parallel.
	for o := range t.Stream(context.Background(), slices.Values(docs)) {
		if o.Err != nil {
			log.Fatal(o.Err)
		}
		for _, s := range o.Result.Stances {
			fmt.Println(o.ID, s.Target, s.Label)
		}
	}
	// Output:
	// 1 TikTok endorses
	// 2 TikTok criticizes
	// 3 TikTok neutral
}

func ExampleParseTarget() {
	tg, err := tagger.ParseTarget("Truth Social=Truth|TruthSocial")
	fmt.Printf("%q %q %v\n", tg.Name, tg.Aliases, err)

	_, err = tagger.ParseTarget("=nameless")
	fmt.Println(errors.Is(err, tagger.ErrInvalidTarget))
	// Output:
	// "Truth Social" ["Truth" "TruthSocial"] <nil>
	// true
}

func ExampleWithMaxBytes() {
	t, err := tagger.New(tagger.WithMaxBytes(16))
	if err != nil {
		log.Fatal(err)
	}
	_, err = t.Tag(context.Background(), "This text is longer than sixteen bytes.")
	fmt.Println(errors.Is(err, tagger.ErrTooLarge))
	// Output:
	// true
}

func ExampleInput_UnmarshalJSON() {
	var in tagger.Input
	err := json.Unmarshal([]byte(`{"id": "r1", "text": "Hi.", "targets": ["Gab=gab.com"]}`), &in)
	fmt.Println(in.ID, in.Text, tagger.FormatTarget(in.Targets[0]), err)

	err = json.Unmarshal([]byte(`{"id": "r2", "text": 5}`), &in)
	fmt.Println(errors.Is(err, tagger.ErrInvalidInput), err)
	// Output:
	// r1 Hi. Gab=gab.com <nil>
	// true tagger: invalid input record: "text" is not a string
}
