// Package tagger composes package [entities] and package [stance] into one
// call: given a text, it returns who and what is named, and who stands where
// toward which platform, as a [Result] whose JSON is the stable output
// contract of the README.
//
// # Getting started
//
// Make one [Tagger] with [New] (it loads the models, which takes a while)
// and call [Tagger.Tag] for each text:
//
//	t, err := tagger.New()
//	if err != nil { ... }
//	res, err := t.Tag(ctx, text)
//	b, err := json.Marshal(res)
//
// [Tagger.TagInput] adds an ID and per-document targets. For corpora,
// [Tagger.TagAll] tags a slice with a bounded pool of workers, and
// [Tagger.Stream] tags an iterator, yielding results in input order as they
// are ready. [WithTargets] (with [ParseTarget] for the command line's
// Name[=alias|alias…] form) and [WithCues] extend what is judged.
//
// # Offsets
//
// Every span (sentence, mention, cue) is a half-open range of byte offsets
// into the text as given: text[Start:End] is exactly the span's Text. The
// Tagger checks this on every Result it returns. Sentence fields are 0-based
// indexes into Result.Sentences. Text that is not valid UTF-8 is tagged as
// it is and its offsets still index the original bytes; encoding/json
// replaces the invalid bytes with U+FFFD in the Text fields.
//
// # Concurrency
//
// A Tagger is safe for concurrent use by multiple goroutines; share one. A
// Result shares nothing with the Tagger or with other Results.
//
// # Errors
//
// No panic crosses the API: a panic below is recovered at the Tag boundary
// and returned as an error wrapping [ErrInternal]. Errors wrap the sentinels
// [ErrTooLarge], [ErrInvalidTarget], [ErrInvalidInput] and [ErrInternal],
// or ctx.Err(); test them with [errors.Is]. Empty or whitespace-only text is
// not an error: its Result has empty lists.
package tagger
