package entities_test

import (
	"fmt"
	"log"

	"github.com/stancetag/stancetag/entities"
)

func ExampleRecognizer_Recognize() {
	r, err := entities.NewRecognizer()
	if err != nil {
		log.Fatal(err)
	}
	text := "Meta CEO Mark Zuckerberg mocked X, formerly Twitter. Elon Musk’s reply on X came fast, and Zuckerberg laughed."
	doc, err := r.Recognize(text)
	if err != nil {
		log.Fatal(err)
	}
	for _, e := range doc.Entities {
		fmt.Printf("%s %q aliases=%q mentions=%d\n", e.Type, e.Name, e.Aliases, len(e.Mentions))
	}
	m := doc.Entities[len(doc.Entities)-1].Mentions[0]
	fmt.Printf("%d:%d %q\n", m.Start, m.End, text[m.Start:m.End])
	// Output:
	// ORG "Meta" aliases=[] mentions=1
	// PERSON "Mark Zuckerberg" aliases=["Zuckerberg"] mentions=2
	// PLATFORM "Twitter" aliases=["X"] mentions=3
	// PERSON "Elon Musk" aliases=[] mentions=1
	// 53:62 "Elon Musk"
}
