package prosemodel

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestChunks(t *testing.T) {
	tok := func(tag, label string) Token { return Token{Tag: tag, Label: label} }
	cases := []struct {
		name string
		toks []Token
		want []Chunk
	}{
		{"empty", nil, nil},
		{"entity at end kept", []Token{tok("VBD", "O"), tok("NNP", "B-GPE")}, []Chunk{{1, 2, "GPE"}}},
		{"two-token person at end", []Token{tok("IN", "O"), tok("NNP", "B-PERSON"), tok("NNP", "I-PERSON")}, []Chunk{{1, 3, "PERSON"}}},
		{"closed by O", []Token{tok("NNP", "B-ORGANIZATION"), tok("NNP", "I-ORGANIZATION"), tok("VBD", "O")}, []Chunk{{0, 2, "ORGANIZATION"}}},
		{"B-PERSON pair takes precedence", []Token{tok("NNP", "B-GPE"), tok("NNP", "B-PERSON"), tok("VBD", "O")}, []Chunk{{0, 2, "PERSON"}}},
		{"same tag extends with O", []Token{tok("NNP", "B-GPE"), tok("NNP", "O"), tok("VBD", "O")}, []Chunk{{0, 2, "GPE"}}},
		{"CD after entity", []Token{tok("NNP", "B-ORGANIZATION"), tok("CD", "O"), tok("VBD", "O")}, []Chunk{{0, 2, "ORGANIZATION"}}},
		{"closing I- label included", []Token{tok("NNP", "B-GPE"), tok("NN", "I-GPE"), tok("VBD", "O")}, []Chunk{{0, 2, "GPE"}}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, Chunks(tc.toks, nil)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// TestChunksEndOfText checks against prose that only the final entity differs.
func TestChunksEndOfText(t *testing.T) {
	m := model(t)
	var st equivStats
	// prose drops "Washington"; compareDoc allows exactly one extra trailing chunk.
	compareDoc(t, m, "end", "Mr. Smith went to Washington", &st)
	toks := m.Tokenize("Mr. Smith went to Washington", nil)
	m.Tag(toks)
	m.Classify(toks)
	ch := Chunks(toks, nil)
	if len(ch) == 0 || ch[len(ch)-1].End != len(toks) {
		t.Fatalf("final entity not kept: %+v (tokens %+v)", ch, toks)
	}
}
