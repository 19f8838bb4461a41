package prosemodel

import (
	"sync"
	"testing"

	prose "github.com/jdkato/prose/v2"
)

var (
	loadOnce  sync.Once
	testModel *Model
	loadErr   error

	proseOnce  sync.Once
	proseModel *prose.Model
)

func model(t testing.TB) *Model {
	t.Helper()
	loadOnce.Do(func() { testModel, loadErr = Load() })
	if loadErr != nil {
		t.Fatal(loadErr)
	}
	return testModel
}

func proseM() *prose.Model {
	proseOnce.Do(func() { proseModel = prose.ModelFromData("x") })
	return proseModel
}

// proseTokens runs prose's tokenizer only; ok is false if prose panicked.
func proseTokens(text string) (toks []string, ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	doc, err := prose.NewDocument(text, prose.WithSegmentation(false), prose.WithTagging(false), prose.WithExtraction(false))
	if err != nil {
		return nil, false
	}
	for _, tk := range doc.Tokens() {
		toks = append(toks, tk.Text)
	}
	return toks, true
}

func texts(toks []Token) []string {
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.Text
	}
	return out
}

// checkOffsets verifies the offset invariants of toks over text.
func checkOffsets(t testing.TB, text string, toks []Token) {
	t.Helper()
	prev := 0
	for i, tk := range toks {
		if tk.Start < prev || tk.End <= tk.Start || tk.End > len(text) {
			t.Fatalf("token %d %q: bad span [%d,%d) (prev end %d, len %d)", i, tk.Text, tk.Start, tk.End, prev, len(text))
		}
		orig := text[tk.Start:tk.End]
		if got, _ := sanitize(orig, nil); got != tk.Text {
			t.Fatalf("token %d: sanitize(text[%d:%d]=%q) = %q, Text = %q", i, tk.Start, tk.End, orig, got, tk.Text)
		}
		prev = tk.End
	}
}

// proseView tokenizes text as Tokenize does and returns, beside the tokens,
// the ones prose also produces (with their span info): the tokens minus
// those in text prose drops (see find in split).
func proseView(text string) (toks, view []Token, sp []spanInfo) {
	var all []spanInfo
	toks = tokenize(text, nil, new(scratch), &all)
	for i, s := range all {
		if !s.Kept {
			view = append(view, toks[i])
			sp = append(sp, s)
		}
	}
	return toks, view, sp
}
