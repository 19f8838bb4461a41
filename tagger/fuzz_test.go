package tagger_test

import (
	"encoding/json"
	"strings"
	"testing"
)

// FuzzTag checks the promises on any byte string: no panic, no error, and
// a Result that passes tagtest.Check (sentences in order and apart, every
// span in the text and exact, every sentence index valid, scores in
// [-1, 1], labels from the fixed set) and encodes as JSON.
func FuzzTag(f *testing.F) {
	for _, s := range []string{
		"", " ", sampleText, "Twitter \xff\xfe is great.", "\x00\x01\x02",
		"“Twitter’s fine,” she said 👍. #Twitter @Facebook",
		"Dr. Smith left X. He joined Bluesky!", "a.b.c. U.S. Twitter...",
		"马斯克收购了推特。 Elon Musk bought Twitter.", "قال ماسك إن تويتر Twitter \u200fجيد\u200e.",
		"👨‍👩‍👧 Twitter 👍🏽 #Bluesky", "Twitter \xed\xa0\x80 \xc0\xaf.",
		"He hates it. She loves Facebook; they said Twitter is awful, not great.",
		"&ldquo;I &quot;love&quot; Musk&#39;s X,&rdquo; said Ann&nbsp;Lee. Procter &amp; Gamble quit Telegram&mdash;a mess.",
		"<h1>Ann quits <a href=\"https://x.com\">X</a></h1><p>She <em>loves</em> Bluesky.<br>Bye.</p><script>x</script>",
		strings.Repeat("Musk praised Twitter, ", 120),
		"Ann Lee: I LOVE **Bluesky**, I'm so done with _X_. LOWE: NEVER using Threads again.",
		"Lena Ortiz runs a bakery. She posts daily. “Twitch treated me like a tenant,” she said. TikTok works. Reddit is where her regulars argue.",
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
