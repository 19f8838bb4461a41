package main

import (
	"bufio"
	"cmp"
	"fmt"
	"slices"
	"strings"
	"text/tabwriter"

	"github.com/stancetag/stancetag/tagger"
)

// typeOrder is the order of entity types in the readable output; other
// types follow in alphabetical order.
var typeOrder = map[string]int{"PERSON": 0, "ORG": 1, "PLATFORM": 2, "GPE": 3}

// writeReadable prints res for people: entities by type, each stance with
// the sentence it came from, and the summary.
func writeReadable(out *bufio.Writer, res *tagger.Result, text string, header bool) {
	if header {
		fmt.Fprintf(out, "== %s\n", oneLine(res.ID))
	}
	tw := tabwriter.NewWriter(out, 0, 4, 2, ' ', 0)

	fmt.Fprintf(tw, "Entities (%d)\n", len(res.Entities))
	ents := slices.Clone(res.Entities)
	slices.SortStableFunc(ents, func(a, b tagger.Entity) int {
		ra, oka := typeOrder[a.Type]
		rb, okb := typeOrder[b.Type]
		if oka != okb {
			if oka {
				return -1
			}
			return 1
		}
		return cmp.Or(cmp.Compare(ra, rb), cmp.Compare(a.Type, b.Type))
	})
	for _, e := range ents {
		also := ""
		if len(e.Aliases) > 0 {
			also = "also " + oneLine(strings.Join(e.Aliases, ", "))
		}
		fmt.Fprintf(tw, "  %s\t%s\t%s\t%s\n", e.Type, oneLine(e.Name), plural(len(e.Mentions), "mention"), also)
	}

	fmt.Fprintf(tw, "\nStances (%d)\n", len(res.Stances))
	for _, s := range res.Stances {
		sentence := ""
		if s.Sentence >= 0 && s.Sentence < len(res.Sentences) {
			sp := res.Sentences[s.Sentence]
			sentence = oneLine(text[sp.Start:sp.End])
		}
		fmt.Fprintf(tw, "  %s\t→ %s\t%s\t%+.3f\t%s\n", holder(s.Holder), oneLine(s.Target), s.Label, s.Score, sentence)
	}

	fmt.Fprintf(tw, "\nSummary (%d)\n", len(res.Summary))
	for _, s := range res.Summary {
		fmt.Fprintf(tw, "  %s\t→ %s\t%s\t%+.3f\t%s\n", holder(s.Holder), oneLine(s.Target), s.Label, s.Score, plural(s.Sentences, "sentence"))
	}
	tw.Flush()
}

func holder(h string) string {
	if h == "" {
		return "(unattributed)"
	}
	return oneLine(h)
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}
