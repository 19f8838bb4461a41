package tagger_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stancetag/stancetag/internal/htmlent"
	"github.com/stancetag/stancetag/tagger"
)

// htmlForms are the character references escapeHTML writes, in turn, for
// each character: the named and numeric forms that scraped pages and feeds
// carry.
var htmlForms = map[rune][]string{
	'"':  {"&quot;", "&#34;"},
	'\'': {"&#39;", "&apos;", "&#x27;"},
	'&':  {"&amp;", "&#38;"},
	'’':  {"&rsquo;", "&#8217;", "&#x2019;"},
	'‘':  {"&lsquo;", "&#8216;"},
	'“':  {"&ldquo;", "&#8220;", "&#X201C;"},
	'”':  {"&rdquo;", "&#8221;"},
	'—':  {"&mdash;", "&#8212;"},
	'–':  {"&ndash;"},
	'é':  {"&eacute;"},
	'…':  {"&hellip;"},
}

// escapeHTML writes text as a page would: every character of htmlForms as
// a character reference, cycling through its forms, and every other space
// between sentences as "&nbsp; ".
func escapeHTML(text string) string {
	var b strings.Builder
	seen := map[rune]int{}
	for i, r := range text {
		if forms, ok := htmlForms[r]; ok {
			b.WriteString(forms[seen[r]%len(forms)])
			seen[r]++
			continue
		}
		if r == ' ' && i > 0 && text[i-1] == '.' && seen[' ']%2 == 0 {
			b.WriteString("&nbsp;")
			seen[' ']++
			continue
		}
		if r == ' ' && i > 0 && text[i-1] == '.' {
			seen[' ']++
		}
		b.WriteRune(r)
	}
	return b.String()
}

// plainView is a Result without offsets, its texts decoded: what must not
// change when the same text comes HTML-escaped.
type plainView struct {
	Sentences []string
	Entities  []string
	Stances   []tagger.Stance
}

func viewOf(text string, res *tagger.Result) plainView {
	plain := func(s string) string { return strings.ReplaceAll(htmlent.Unescape(s), "\u00a0", " ") }
	v := plainView{Stances: res.Stances}
	for _, s := range res.Sentences {
		v.Sentences = append(v.Sentences, plain(text[s.Start:s.End]))
	}
	for _, e := range res.Entities {
		line := e.Type + " " + e.Name + " aka " + strings.Join(e.Aliases, "|") + ":"
		for _, m := range e.Mentions {
			line += " " + plain(m.Text) + "@" + string(rune('0'+m.Sentence%10))
		}
		v.Entities = append(v.Entities, line)
	}
	for i, st := range v.Stances {
		cues := append([]tagger.Cue(nil), st.Cues...)
		for k := range cues {
			cues[k] = tagger.Cue{Text: plain(cues[k].Text)}
		}
		v.Stances[i].Cues = cues
	}
	return v
}

// TestTagHTMLEscaped tags every dev article as written and HTML-escaped:
// the escaped text must give the same sentences, entities, stances,
// holders and cues, at offsets that span the references themselves.
func TestTagHTMLEscaped(t *testing.T) {
	paths, err := filepath.Glob("../testdata/articles/*.txt")
	if err != nil {
		t.Fatal(err)
	}
	if len(paths) == 0 {
		t.Skip("no testdata/articles/*.txt")
	}
	tg := shared(t)
	changed := 0
	for _, path := range paths {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		text := string(b)
		esc := escapeHTML(text)
		if esc == text {
			continue
		}
		changed++
		want, err := tg.Tag(ctxBackground, text)
		if err != nil {
			t.Fatal(err)
		}
		got, err := tg.Tag(ctxBackground, esc)
		if err != nil {
			t.Fatal(err)
		}
		checkResult(t, esc, got)
		if diff := cmp.Diff(viewOf(text, want), viewOf(esc, got)); diff != "" {
			t.Errorf("%s: escaped text tags differently (-plain +escaped):\n%s", filepath.Base(path), diff)
		}
	}
	if changed < len(paths)/2 {
		t.Fatalf("only %d of %d articles have a character to escape", changed, len(paths))
	}
}
