// Package tagtest checks a [tagger.Result] against the promises of the
// output contract, for tests and fuzz targets of the tagger and of the
// programs built on it (like [net/http/httptest] for HTTP handlers).
//
// # Getting started
//
//	res, err := t.Tag(ctx, text)
//	...
//	if err := tagtest.Check(text, res); err != nil {
//		t.Fatal(err)
//	}
//
// Check works as well on a Result decoded from the JSON output, as long as
// text is valid UTF-8: encoding/json replaces invalid bytes with U+FFFD in
// the span texts, which then no longer equal the input bytes.
package tagtest

import (
	"cmp"
	"errors"
	"fmt"
	"math"

	"github.com/stancetag/stancetag/tagger"
)

// maxProblems bounds the problems Check reports, so that one broken
// offset in a large Result does not print a megabyte.
const maxProblems = 10

// labels is the fixed set of stance and summary labels.
var labels = map[string]bool{"endorses": true, "criticizes": true, "neutral": true}

// Check reports, as one error joining up to ten problems, every way in
// which res, the Result for text, breaks the contract:
//
//   - res is nil, or a list in it is nil (JSON null rather than []);
//   - sentences are empty, out of order, overlap, or leave the text;
//   - a mention or cue leaves the text, or its Text is not
//     text[Start:End]; a mention lies outside its sentence; an entity's
//     mentions are out of text order, or it has no name, type or mention;
//   - a stance or mention names a sentence that does not exist; stances
//     are out of sentence order; a stance's target is not an entity named
//     in its sentence, or its holder is neither "" nor an entity's name;
//   - a stance or summary label is not endorses, criticizes or neutral, or
//     its score is not in [-1, 1];
//   - summaries are not sorted by (target, holder), repeat a pair, or do
//     not count every stance record once.
//
// It returns nil if res keeps every promise.
func Check(text string, res *tagger.Result) error {
	c := &checker{text: text}
	c.check(res)
	if c.more > 0 {
		c.errs = append(c.errs, fmt.Errorf("and %d more problems", c.more))
	}
	return errors.Join(c.errs...)
}

type checker struct {
	text string
	errs []error
	more int
}

func (c *checker) fail(format string, args ...any) {
	if len(c.errs) >= maxProblems {
		c.more++
		return
	}
	c.errs = append(c.errs, fmt.Errorf(format, args...))
}

// span checks that [start:end] lies in the text and, when s is not nil,
// that text[start:end] is *s.
func (c *checker) span(what string, start, end int, s *string) bool {
	if start < 0 || start > end || end > len(c.text) {
		c.fail("%s [%d:%d] outside the text of %d bytes", what, start, end, len(c.text))
		return false
	}
	if s != nil && c.text[start:end] != *s {
		c.fail("%s [%d:%d]: Text %.80q, but text[%d:%d] is %.80q", what, start, end, *s, start, end, c.text[start:end])
		return false
	}
	return true
}

func (c *checker) score(what string, x float64) {
	if math.IsNaN(x) || x < -1 || x > 1 {
		c.fail("%s: score %v outside [-1, 1]", what, x)
	}
}

func (c *checker) label(what, l string) {
	if !labels[l] {
		c.fail("%s: label %q not endorses, criticizes or neutral", what, l)
	}
}

func (c *checker) check(res *tagger.Result) {
	if res == nil {
		c.fail("nil Result")
		return
	}
	if res.Sentences == nil || res.Entities == nil || res.Stances == nil || res.Summary == nil {
		c.fail("nil list: sentences %t, entities %t, stances %t, summary %t",
			res.Sentences == nil, res.Entities == nil, res.Stances == nil, res.Summary == nil)
	}

	prevEnd := 0
	for i, s := range res.Sentences {
		what := fmt.Sprintf("sentence %d", i)
		if !c.span(what, s.Start, s.End, nil) {
			continue
		}
		if s.Start == s.End {
			c.fail("%s [%d:%d] is empty", what, s.Start, s.End)
		}
		if s.Start < prevEnd {
			c.fail("%s [%d:%d] starts before the end %d of the one before", what, s.Start, s.End, prevEnd)
		}
		prevEnd = s.End
	}
	n := len(res.Sentences)
	validSentence := func(what string, i int) bool {
		if i < 0 || i >= n {
			c.fail("%s: sentence %d of %d", what, i, n)
			return false
		}
		return true
	}

	// named[sentence][name]: the entity is mentioned in the sentence.
	named := map[int]map[string]bool{}
	names := map[string]bool{}
	for ei, e := range res.Entities {
		what := fmt.Sprintf("entity %d %.40q", ei, e.Name)
		if e.Name == "" || e.Type == "" {
			c.fail("%s: empty name or type %q", what, e.Type)
		}
		if e.Aliases == nil || e.Mentions == nil {
			c.fail("%s: nil aliases or mentions", what)
		}
		if len(e.Mentions) == 0 {
			c.fail("%s: no mentions", what)
		}
		names[e.Name] = true
		last := -1
		for _, m := range e.Mentions {
			mw := what + " mention"
			if !c.span(mw, m.Start, m.End, &m.Text) {
				continue
			}
			if m.Start == m.End {
				c.fail("%s [%d:%d] is empty", mw, m.Start, m.End)
			}
			if m.Start < last {
				c.fail("%s [%d:%d] before the mention at %d", mw, m.Start, m.End, last)
			}
			last = m.Start
			if !validSentence(mw, m.Sentence) {
				continue
			}
			if s := res.Sentences[m.Sentence]; m.Start < s.Start || m.End > s.End {
				c.fail("%s [%d:%d] outside its sentence %d [%d:%d]", mw, m.Start, m.End, m.Sentence, s.Start, s.End)
			}
			if named[m.Sentence] == nil {
				named[m.Sentence] = map[string]bool{}
			}
			named[m.Sentence][e.Name] = true
		}
	}

	type pair struct{ target, holder string }
	records := map[pair]int{}
	prevSentence := 0
	for i, s := range res.Stances {
		what := fmt.Sprintf("stance %d toward %.40q", i, s.Target)
		if validSentence(what, s.Sentence) && !named[s.Sentence][s.Target] {
			c.fail("%s: the target is not an entity named in sentence %d", what, s.Sentence)
		}
		if s.Sentence < prevSentence {
			c.fail("%s: sentence %d after sentence %d", what, s.Sentence, prevSentence)
		}
		prevSentence = s.Sentence
		c.label(what, s.Label)
		c.score(what, s.Score)
		if s.Holder != "" && !names[s.Holder] {
			c.fail("%s: holder %.40q is not the name of an entity", what, s.Holder)
		}
		if s.Cues == nil {
			c.fail("%s: nil cues", what)
		}
		for _, cue := range s.Cues {
			c.span(what+" cue", cue.Start, cue.End, &cue.Text)
		}
		records[pair{s.Target, s.Holder}]++
	}

	for i, s := range res.Summary {
		what := fmt.Sprintf("summary %d (%.40q, %.40q)", i, s.Target, s.Holder)
		c.label(what, s.Label)
		c.score(what, s.Score)
		if i > 0 {
			p := res.Summary[i-1]
			if cmp.Or(cmp.Compare(p.Target, s.Target), cmp.Compare(p.Holder, s.Holder)) >= 0 {
				c.fail("%s: not after (%.40q, %.40q)", what, p.Target, p.Holder)
			}
		}
		k := pair{s.Target, s.Holder}
		if s.Sentences != records[k] {
			c.fail("%s: counts %d records, the stances have %d", what, s.Sentences, records[k])
		}
		delete(records, k)
	}
	for k, r := range records {
		c.fail("no summary for (%.40q, %.40q), which has %d stance records", k.target, k.holder, r)
	}
}
