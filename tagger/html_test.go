package tagger_test

import (
	"fmt"
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

// escapeHTML writes text as a web page would: the headline as "<h1>",
// each paragraph as "<p>" on one line with "<br>" for its line breaks,
// every seventh word in "<em>", every eleventh in a link, every
// thirteenth (else) in a Markdown link, every seventeenth and nineteenth
// (else) of those with no character reference in Markdown emphasis, every
// character of htmlForms as a character reference, cycling through its
// forms, and every other space after a period as "&nbsp;".
func escapeHTML(text string) string {
	var b strings.Builder
	seen := map[rune]int{}
	words := 0
	for p, para := range strings.Split(text, "\n\n") {
		tag := "p"
		if p == 0 {
			tag = "h1"
		}
		b.WriteString("<" + tag + ">")
		for l, line := range strings.Split(para, "\n") {
			if l > 0 {
				b.WriteString("<br>")
			}
			prev := ""
			for w, word := range strings.Split(line, " ") {
				switch {
				case w == 0:
				case strings.HasSuffix(prev, ".") && seen[' ']%2 == 0:
					b.WriteString("&nbsp;")
					seen[' ']++
				case strings.HasSuffix(prev, "."):
					b.WriteString(" ")
					seen[' ']++
				default:
					b.WriteString(" ")
				}
				prev = word
				words++
				open, closing := "", ""
				switch {
				case word == "":
				case words%11 == 0:
					open, closing = `<a href="https://example.com/?q=1&amp;r=2" title='a > b'>`, "</a>"
				case words%7 == 0:
					open, closing = "<em>", "</EM>"
				case words%13 == 0:
					open, closing = "[", mdLinkTail
				case strings.ContainsFunc(word, func(r rune) bool { return htmlForms[r] != nil }):
				case words%17 == 0:
					open, closing = "**", "**"
				case words%19 == 0:
					open, closing = "_", "_"
				}
				b.WriteString(open)
				for _, r := range word {
					if forms, ok := htmlForms[r]; ok {
						b.WriteString(forms[seen[r]%len(forms)])
						seen[r]++
						continue
					}
					b.WriteRune(r)
				}
				b.WriteString(closing)
			}
		}
		b.WriteString("</" + tag + ">")
	}
	return b.String()
}

const mdLinkTail = "](https://example.com/a_b?c=d)"

// mdParts are what is left of Markdown in a span that covers part of a
// link or of emphasis.
var mdParts = strings.NewReplacer("[", "", mdLinkTail, "", "*", "", "_", "")

// plainView is a Result without offsets, its texts decoded: what must not
// change when the same text comes HTML-escaped.
type plainView struct {
	Sentences []string
	Entities  []string
	Stances   []tagger.Stance
}

func viewOf(text string, res *tagger.Result) plainView {
	// What a reader sees, whatever the spaces: markup and references
	// decoded, all white space (U+00A0 too) left out. A span may cover
	// part of a Markdown link, whose "[" then stays without its "](…)",
	// or of emphasis, one of whose runs of "*" or "_" then stays: both
	// are left out on either side.
	plain := func(s string) string {
		return strings.Join(strings.Fields(mdParts.Replace(htmlent.Unescape(s))), "")
	}
	v := plainView{Stances: append([]tagger.Stance(nil), res.Stances...)}
	for _, s := range res.Sentences {
		v.Sentences = append(v.Sentences, plain(text[s.Start:s.End]))
	}
	for _, e := range res.Entities {
		line := e.Type + " " + e.Name + " aka " + strings.Join(e.Aliases, "|") + ":"
		for _, m := range e.Mentions {
			line += fmt.Sprintf(" %s@%d", plain(m.Text), m.Sentence)
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

// TestTagHTMLEscaped tags every dev article as written and as a web page
// (escapeHTML): the page must give the same sentences, entities, stances,
// holders and cues, at offsets whose text in the page reads as the plain
// text's does.
func TestTagHTMLEscaped(t *testing.T) {
	paths := devArticles(t)
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
