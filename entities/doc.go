// Package entities finds who and what an English text names: people,
// organizations, social platforms and places, with exact byte offsets, and
// resolves the mentions into one [Entity] per real thing.
//
// # Getting started
//
// Build one [Recognizer] with [NewRecognizer] (it loads the models, which
// takes a moment) and call [Recognizer.Recognize] for each text:
//
//	r, err := entities.NewRecognizer()
//	if err != nil { ... }
//	doc, err := r.Recognize(text)
//	for _, e := range doc.Entities {
//		fmt.Println(e.Type, e.Name, len(e.Mentions))
//	}
//
// The built-in platforms (Twitter/X, Threads, Facebook, TikTok, Bluesky, ...)
// are stance targets; add others with [WithTargets] or per call.
// [BuiltinPlatform] reports whether a name is one of the built-in platforms.
//
// # How it works
//
// A rule-based segmenter splits the text into sentences (a headline, a
// short quoted post and a quoted question before its speaker each stay
// one); prose v2's tokenizer, tagger and NER model (reimplemented in
// internal/prosemodel) run on each sentence (a short name that ends one,
// "on Gab." or "Kim Lee.", is parted from its period, which prose keeps as
// an abbreviation's, and "'ve" and "'d" are parted from "we've" and "I'd"
// as prose parts "'ll" and "'re", so that its tagger sees the Treebank's
// tokens it learnt from). Prose would also read some text unlike a reader,
// so an em dash or "--" set without spaces stands apart from the words it
// is glued to, as with spaces ("left X—formerly Twitter—last year"); text
// scraped from web pages is read as a browser shows it, without its markup
// and with its character references decoded ("&quot;loves&quot;" as
// "loves" in quotation marks, "AT&amp;T" as AT&T) and Markdown links and
// emphasis read as their text ("[X](https://x.com)" as X, "**Bluesky**"
// as Bluesky), while offsets and
// Token and Mention texts stay those of the text as given; a byte order
// mark or a zero-width space separates words like a space, while a soft
// hyphen inside a word ("Face&shy;book") is read as nothing; and
// a sentence in capitals ("I HATE TIKTOK") is tagged as if its known words
// were in lower case, and so are the words in capitals for emphasis in a
// sentence in mixed case ("I LOVE Bluesky", "Threads is NOT good"), whose
// Norm is then in lower case. Layers of built-in knowledge (lexicon.go) and
// context rules then find names by form (capitalized runs, "Inc.", "X
// Institute", "University of Y", titles such as "CEO" or "President"
// outside the name), type them ("the X movement", "CEO of X", appositions,
// first names), decide ambiguous platform names from context ("posted on
// X", "Musk-owned X", not "Company X"; "Threads", not "comment threads";
// an X that its context shows once is the platform throughout the text;
// a sentence-initial "Threads" in a text that names another platform or a
// platform's owner, such as Meta),
// and resolve short
// forms to full names ("Musk", "Musk's" and "Musk-owned" to "Elon Musk";
// a transcript's speaker label "MARCHETTI:" and a given name spoken to,
// "HOST: Sofia, ...", to "Sofia Marchetti").
//
// # Promises
//
// Offsets are byte offsets into the text, half-open: text[Start:End] is
// exactly the Text of every [Sentence] span, [Token], and [Mention], even
// where the model rewrote the text (curly quotes and apostrophes). Sentences
// are in order and do not overlap; every token and mention lies inside its
// sentence. Entities are ordered by first mention, mentions by position.
// A sentence has at most 200 tokens: text that runs on without sentence
// punctuation is cut into pieces at a line break or a comma where it can
// be, so that the work per sentence, here and in package stance, stays
// bounded and the cost of a text grows with its length.
//
// A Recognizer is immutable after construction and safe for concurrent use
// by multiple goroutines. A Document is a plain value that the Recognizer
// does not keep.
//
// Errors: [NewRecognizer] wraps [ErrModel] when the model cannot be loaded;
// [Recognizer.Recognize] never panics and wraps [ErrInternal] when the
// model or the recognizer fails on an input. Empty or white-space text gives
// an empty Document and no error.
package entities
