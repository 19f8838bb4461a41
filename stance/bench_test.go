package stance

import (
	"os"
	"testing"
)

func BenchmarkJudge(b *testing.B) {
	text, err := os.ReadFile("../testdata/articles/taliban_twitter.txt")
	if err != nil {
		b.Skip(err)
	}
	doc, err := testRecognizer(b).Recognize(string(text))
	if err != nil {
		b.Fatal(err)
	}
	s, err := NewScorer()
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		s.Judge(doc)
	}
}

// FuzzJudge checks the invariants on arbitrary text: no panic, spans inside
// the text, one judgment per (sentence, target).
func FuzzJudge(f *testing.F) {
	f.Add("Brazil blocks X nationwide as users flock to Bluesky")
	f.Add("Took Vimeo three weeks to answer.")
	f.Add("\"Mastodon is wonderful,\" she said. It isn't.")
	f.Add("While some users abandoned X, the group's support for it remains.")
	// Four sentences or more: the article model judges too.
	f.Add("Lena Ortiz runs a bakery. She posts daily. “Twitch treated me like a tenant,” she said. TikTok works. Reddit, she said, is where her regulars argue about bread.")
	s, err := NewScorer()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		doc, err := testRecognizer(t).Recognize(text)
		if err != nil {
			return
		}
		checkInvariants(t, doc, s.Judge(doc))
	})
}
