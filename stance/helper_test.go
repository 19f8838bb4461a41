package stance

import (
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/jdkato/prose/v2"

	"github.com/stancetag/stancetag/entities"
)

// handDoc builds a Document without the entities Recognizer: one sentence
// per line, prose tokens and tags aligned to the text, and the given
// entities ("Name|TYPE|alias,alias"; type PLATFORM or a trailing "*" makes a
// target) found by exact, word-bounded string search.
func handDoc(t testing.TB, text string, ents ...string) *entities.Document {
	t.Helper()
	doc := &entities.Document{Text: text, Sentences: []entities.Sentence{}, Tokens: []entities.Token{}, Entities: []entities.Entity{}}
	off := 0
	for _, line := range strings.SplitAfter(text, "\n") {
		body := strings.TrimRight(line, "\n")
		lead := len(body) - len(strings.TrimLeft(body, " "))
		body = strings.TrimSpace(body)
		start := off + lead
		off += len(line)
		if body == "" {
			continue
		}
		si := len(doc.Sentences)
		ts := len(doc.Tokens)
		for _, tk := range proseTokens(t, body) {
			doc.Tokens = append(doc.Tokens, entities.Token{Start: start + tk.start, End: start + tk.end,
				Text: body[tk.start:tk.end], Norm: tk.norm, Tag: tk.tag, Sentence: si})
		}
		doc.Sentences = append(doc.Sentences, entities.Sentence{Start: start, End: start + len(body), TokenStart: ts, TokenEnd: len(doc.Tokens)})
	}
	for _, spec := range ents {
		parts := strings.Split(spec, "|")
		e := entities.Entity{Name: strings.TrimSuffix(parts[0], "*"), Type: entities.Platform, Aliases: []string{}}
		e.Target = strings.HasSuffix(parts[0], "*")
		if len(parts) > 1 && parts[1] != "" {
			e.Type = entities.Type(parts[1])
		}
		if e.Type == entities.Platform {
			e.Target = true
		}
		names := []string{e.Name}
		if len(parts) > 2 {
			for _, a := range strings.Split(parts[2], ",") {
				if a = strings.TrimSpace(a); a != "" {
					names = append(names, a)
				}
			}
		}
		used := map[int]bool{}
		for _, n := range names {
			for from := 0; ; {
				k := strings.Index(text[from:], n)
				if k < 0 {
					break
				}
				a, b := from+k, from+k+len(n)
				from = b
				if (a > 0 && isWordByte(text[a-1])) || (b < len(text) && isWordByte(text[b])) || used[a] {
					continue
				}
				used[a] = true
				m := entities.Mention{Start: a, End: b, Text: text[a:b], Sentence: -1, TokenStart: -1, TokenEnd: -1}
				for ti, tk := range doc.Tokens {
					if tk.Start == a {
						m.TokenStart = ti
						m.Sentence = tk.Sentence
					}
					if tk.End == b {
						m.TokenEnd = ti + 1
					}
				}
				if m.TokenStart < 0 || m.TokenEnd < 0 {
					continue
				}
				e.Mentions = append(e.Mentions, m)
				if n != e.Name && !contains(e.Aliases, n) {
					e.Aliases = append(e.Aliases, n)
				}
			}
		}
		sortMentions(e.Mentions)
		if len(e.Mentions) > 0 {
			doc.Entities = append(doc.Entities, e)
		}
	}
	return doc
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

func sortMentions(ms []entities.Mention) {
	for i := 1; i < len(ms); i++ {
		for j := i; j > 0 && ms[j].Start < ms[j-1].Start; j-- {
			ms[j], ms[j-1] = ms[j-1], ms[j]
		}
	}
}

func isWordByte(b byte) bool {
	return b == '_' || b >= '0' && b <= '9' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= utf8.RuneSelf
}

type handToken struct {
	start, end int
	norm, tag  string
}

var proseMu sync.Mutex

// proseTokens tags s with prose and aligns its tokens to byte offsets.
func proseTokens(t testing.TB, s string) []handToken {
	t.Helper()
	norm := strings.NewReplacer("’", "'", "‘", "'", "“", `"`, "”", `"`).Replace(s)
	proseMu.Lock()
	pd, err := prose.NewDocument(norm, prose.WithSegmentation(false), prose.WithExtraction(false))
	proseMu.Unlock()
	if err != nil {
		t.Fatal(err)
	}
	// norm has the same runes as s but ASCII quotes: map norm offsets back.
	var toS []int
	for i, r := range s {
		_ = r
		n := 1
		switch {
		case strings.HasPrefix(s[i:], "’"), strings.HasPrefix(s[i:], "‘"), strings.HasPrefix(s[i:], "“"), strings.HasPrefix(s[i:], "”"):
			n = 1
		default:
			_, n = utf8.DecodeRuneInString(s[i:])
		}
		for k := 0; k < n; k++ {
			toS = append(toS, i+k)
		}
	}
	toS = append(toS, len(s))
	var out []handToken
	pos := 0
	for _, tk := range pd.Tokens() {
		txt := tk.Text
		switch txt {
		case "``", "''":
			txt = `"`
		}
		k := strings.Index(norm[pos:], txt)
		if k < 0 {
			continue
		}
		a, b := pos+k, pos+k+len(txt)
		pos = b
		sa, sb := toS[a], toS[b]
		out = append(out, handToken{start: sa, end: sb, norm: norm[a:b], tag: tk.Tag})
	}
	return out
}
