// Package stancetag reads English text and answers two questions about it:
// who and what is named (people, organizations, social platforms and places,
// with exact byte offsets, one entity per real thing), and who stands where
// on which platform (sentence by sentence: endorses, criticizes or neutral,
// with a score, the holder of the attitude and the words that carried it).
//
// # Getting started
//
// Most users need only package [github.com/stancetag/stancetag/tagger]:
//
//	t, err := tagger.New()
//	if err != nil { ... }
//	res, err := t.Tag(ctx, text)
//	b, _ := json.Marshal(res) // the stable JSON contract of the README
//
// Package [github.com/stancetag/stancetag/entities] finds and resolves the
// named entities; package [github.com/stancetag/stancetag/stance] judges the
// attitudes toward platforms and other targets. The command in
// examples/stancetag runs the whole pipeline on files or JSON Lines.
package stancetag
