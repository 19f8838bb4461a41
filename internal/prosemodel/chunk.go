package prosemodel

import "strings"

// Chunk is a named-entity chunk: tokens [Start, End) of the sequence passed to
// Chunks, with prose's entity label (PERSON, GPE, ORGANIZATION, LOCATION,
// FACILITY or GSP).
type Chunk struct {
	Start, End int
	Label      string
}

// Chunks appends the entity chunks of labelled (and tagged) tokens to dst,
// grouping exactly like prose's entityExtracter.chunk, except that an entity
// still open at the end of toks is kept (prose drops it).
func Chunks(toks []Token, dst []Chunk) []Chunk {
	end := ""
	n := 0 // number of parts
	first, lastPart := 0, 0
	firstLabel := ""
	hasBPerson := false
	flush := func() {
		dst = append(dst, Chunk{Start: first, End: lastPart + 1, Label: entityLabel(firstLabel, hasBPerson && n == 2)})
		end, n, hasBPerson = "", 0, false
	}
	add := func(i int) {
		if n == 0 {
			first, firstLabel = i, toks[i].Label
		}
		lastPart = i
		if toks[i].Label == "B-PERSON" {
			hasBPerson = true
		}
		n++
	}
	for i := range toks {
		tok := &toks[i]
		label := tok.Label
		if (label != "O" && label != end) ||
			(n > 0 && tok.Tag == toks[lastPart].Tag) ||
			(n > 0 && tok.Tag == "CD" && toks[lastPart].Label != "O") {
			end = strings.Replace(label, "B", "I", 1)
			add(i)
		} else if (label == "O" && end != "") || label == end {
			if label != "O" {
				add(i)
			}
			if n > 0 {
				flush()
			} else {
				end = ""
			}
		}
	}
	if n > 0 {
		flush()
	}
	return dst
}

// entityLabel is prose's parseEntities.
func entityLabel(first string, person bool) string {
	if person {
		return "PERSON"
	}
	parts := strings.SplitN(first, "-", 3)
	if len(parts) < 2 {
		return first // prose would panic
	}
	return parts[1]
}
