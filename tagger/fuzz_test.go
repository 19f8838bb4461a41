package tagger_test

import (
	"encoding/json"
	"testing"
)

// FuzzTag checks the promises on any byte string: no panic, no error, every
// span exact, every sentence index valid, and the JSON encodes.
func FuzzTag(f *testing.F) {
	for _, s := range []string{
		"", " ", sampleText, "Twitter \xff\xfe is great.", "\x00\x01\x02",
		"“Twitter’s fine,” she said 👍. #Twitter @Facebook",
		"Dr. Smith left X. He joined Bluesky!", "a.b.c. U.S. Twitter...",
	} {
		f.Add(s)
	}
	tg := shared(f)
	f.Fuzz(func(t *testing.T, text string) {
		res, err := tg.Tag(ctxBackground, text)
		if err != nil {
			t.Fatalf("Tag(%q): %v", text, err)
		}
		checkResult(t, text, res)
		if _, err := json.Marshal(res); err != nil {
			t.Fatalf("Marshal: %v", err)
		}
	})
}
