package entities

import (
	"errors"
	"fmt"
	"strings"
	"unicode"

	"github.com/stancetag/stancetag/internal/htmlent"
)

// ErrModel reports that the underlying prose model could not be loaded.
var ErrModel = errors.New("entities: cannot load model")

// ErrInternal reports a failure inside the recognizer or the model it wraps
// (a recovered panic). The Recognizer stays usable.
var ErrInternal = errors.New("entities: internal error")

// Option configures a Recognizer.
type Option func(*options)

type options struct {
	targets []Target
}

// WithTargets adds stance targets (extra platforms, companies, people) that
// are recognized in every document, besides the built-in platforms.
func WithTargets(targets ...Target) Option {
	return func(o *options) { o.targets = append(o.targets, targets...) }
}

// Recognizer finds and resolves named entities. It loads its models once,
// in NewRecognizer, and is safe for concurrent use by multiple goroutines.
type Recognizer struct {
	opts  options
	model annotator
	seg   *segmenter
	lex   *lexicon
}

// NewRecognizer loads the models and returns a Recognizer.
func NewRecognizer(opts ...Option) (*Recognizer, error) {
	r := &Recognizer{}
	for _, o := range opts {
		o(&r.opts)
	}
	m, err := loadAnnotator()
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrModel, err)
	}
	r.model = m
	r.seg = newSegmenter()
	r.lex = newLexicon(r.opts.targets)
	return r, nil
}

// Recognize analyses text: sentences, tokens, and resolved entities. Extra
// targets apply to this call only, in addition to those of WithTargets.
//
// Text scraped from web pages is read as a browser shows it: HTML markup
// ("<p>", `<a href="…">`, "<br>", comments, scripts) is left out, a tag
// that breaks a line as one, and character references are decoded
// ("&quot;loves&quot;" reads as "loves" in quotation marks, "AT&amp;T" as
// AT&T); a Markdown link or emphasis reads as its text
// ("[X](https://x.com)" as X, "**Bluesky**" and "_Bluesky_" as Bluesky),
// and a soft hyphen inside a word ("Face&shy;book", or the character
// U+00AD itself) as nothing. A byte order mark or zero-width space (U+FEFF, U+200B) separates
// words as a space does, so that a file saved with a byte order mark still
// has its first word. The Document's offsets and texts are those of text
// as given, and no span starts or ends inside markup; Token.Norm and
// Entity names are decoded.
func (r *Recognizer) Recognize(text string, targets ...Target) (doc *Document, err error) {
	doc = &Document{Text: text, Sentences: []Sentence{}, Tokens: []Token{}, Entities: []Entity{}}
	clean, edits := htmlent.Decode(text)
	clean = blankInvisible(clean)
	if strings.TrimFunc(clean, unicode.IsSpace) == "" {
		return doc, nil
	}
	defer func() {
		if p := recover(); p != nil {
			doc, err = nil, fmt.Errorf("%w: %v", ErrInternal, p)
		}
	}()
	lex := r.lex
	if len(targets) > 0 {
		lex = lex.withTargets(targets)
	}
	w := &work{r: r, lex: lex, doc: doc, text: clean}
	doc.Text = clean
	if err := w.annotate(); err != nil {
		return nil, err
	}
	w.extract()
	w.resolve()
	if clean != text {
		doc.restore(text, edits)
	}
	return doc, nil
}

// blanker replaces each separator no word contains that unicode.IsSpace
// does not know with spaces of its length in UTF-8: the byte order mark
// (U+FEFF, which Windows editors write at the start of a file and
// concatenated files carry in the middle) and the zero-width space
// (U+200B, which web pages put where a line may break).
var blanker = strings.NewReplacer("\uFEFF", "   ", "\u200B", "   ")

// blankInvisible returns text with its invisible separators blanked, so
// that every offset stays the same, or text itself when it has none.
func blankInvisible(text string) string {
	if !strings.Contains(text, "\uFEFF") && !strings.Contains(text, "\u200B") {
		return text
	}
	return blanker.Replace(text)
}

// restore makes a Document analysed on the decoded and blanked text (see
// Recognize) one of text: offsets and texts of text, mapped through the
// edits htmlent.Decode made (a span keeps markup inside it, never at its
// ends). Names and Norms stay as analysed: a name is its words, whatever
// separated or encoded them.
func (doc *Document) restore(text string, edits []htmlent.Edit) {
	doc.Text = text
	if len(edits) > 0 {
		m := htmlent.NewMapper(edits)
		for i := range doc.Sentences {
			s := &doc.Sentences[i]
			s.Start, s.End = m.Start(s.Start), m.End(s.End)
		}
		for i := range doc.Tokens {
			t := &doc.Tokens[i]
			t.Start, t.End = m.Start(t.Start), m.End(t.End)
		}
		for i := range doc.Entities {
			for j := range doc.Entities[i].Mentions {
				k := &doc.Entities[i].Mentions[j]
				k.Start, k.End = m.Start(k.Start), m.End(k.End)
			}
		}
	}
	for i := range doc.Tokens {
		t := &doc.Tokens[i]
		t.Text = text[t.Start:t.End]
	}
	for i := range doc.Entities {
		for j := range doc.Entities[i].Mentions {
			m := &doc.Entities[i].Mentions[j]
			m.Text = text[m.Start:m.End]
		}
	}
}
