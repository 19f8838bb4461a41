package entities_test

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stancetag/stancetag/entities"
)

var shared struct {
	once sync.Once
	r    *entities.Recognizer
	err  error
}

func recognizer(t testing.TB) *entities.Recognizer {
	t.Helper()
	shared.once.Do(func() { shared.r, shared.err = entities.NewRecognizer() })
	if shared.err != nil {
		t.Fatal(shared.err)
	}
	return shared.r
}

func recognize(t testing.TB, r *entities.Recognizer, text string, targets ...entities.Target) *entities.Document {
	t.Helper()
	doc, err := r.Recognize(text, targets...)
	if err != nil {
		t.Fatalf("Recognize(%q): %v", text, err)
	}
	checkInvariants(t, doc)
	return doc
}

// summary is "TYPE Name [mention texts]" per entity, for compact diffs.
func summary(doc *entities.Document) []string {
	var out []string
	for _, e := range doc.Entities {
		var ms []string
		for _, m := range e.Mentions {
			ms = append(ms, m.Text)
		}
		out = append(out, fmt.Sprintf("%s %s %q", e.Type, e.Name, ms))
	}
	return out
}

// checkInvariants checks the promises of the package doc.
func checkInvariants(t testing.TB, doc *entities.Document) {
	t.Helper()
	text := doc.Text
	if doc.Sentences == nil || doc.Tokens == nil || doc.Entities == nil {
		t.Errorf("nil slice in %+v", doc)
	}
	prev := 0
	for i, s := range doc.Sentences {
		if s.Start < prev || s.End <= s.Start || s.End > len(text) {
			t.Fatalf("sentence %d [%d,%d) out of order or bounds", i, s.Start, s.End)
		}
		if strings.TrimSpace(text[s.Start:s.End]) != text[s.Start:s.End] {
			t.Errorf("sentence %d %q has outer white space", i, text[s.Start:s.End])
		}
		for k := s.TokenStart; k < s.TokenEnd; k++ {
			tok := doc.Tokens[k]
			if tok.Sentence != i || tok.Start < s.Start || tok.End > s.End {
				t.Errorf("token %d %+v outside sentence %d", k, tok, i)
			}
		}
		prev = s.End
	}
	for k, tok := range doc.Tokens {
		if tok.Start < 0 || tok.End > len(text) || tok.Start >= tok.End || text[tok.Start:tok.End] != tok.Text {
			t.Errorf("token %d %+v does not match text", k, tok)
		}
	}
	for _, e := range doc.Entities {
		last := -1
		for _, m := range e.Mentions {
			if m.Start < 0 || m.End > len(text) || m.Start >= m.End || text[m.Start:m.End] != m.Text {
				t.Fatalf("mention %+v of %q does not match text", m, e.Name)
			}
			s := doc.Sentences[m.Sentence]
			if m.Start < s.Start || m.End > s.End {
				t.Errorf("mention %+v outside its sentence", m)
			}
			if m.TokenStart < s.TokenStart || m.TokenEnd > s.TokenEnd || m.TokenStart >= m.TokenEnd ||
				doc.Tokens[m.TokenStart].Start > m.Start || doc.Tokens[m.TokenEnd-1].End < m.End {
				t.Errorf("mention %+v tokens do not cover it", m)
			}
			if m.Start < last {
				t.Errorf("mentions of %q out of order", e.Name)
			}
			last = m.Start
		}
		for _, a := range e.Aliases {
			if a == e.Name {
				t.Errorf("entity %q lists its name as alias", e.Name)
			}
		}
	}
}

func TestRecognizeIssueExamples(t *testing.T) {
	r := recognizer(t)
	tests := []struct {
		name, text string
		want       []string
		why        string
	}{
		{"possessive and compound",
			"Elon Musk bought Twitter. Musk's plan and Musk’s team changed the Musk-owned company.",
			[]string{`PERSON Elon Musk ["Elon Musk" "Musk" "Musk" "Musk"]`, `PLATFORM Twitter ["Twitter"]`},
			"Musk, Musk's, Musk’s and Musk-owned all resolve to Elon Musk"},
		{"middle name",
			"Mark Elliot Zuckerberg testified on Tuesday. Later, Zuckerberg said Mark Zuckerberg was tired.",
			[]string{`PERSON Mark Elliot Zuckerberg ["Mark Elliot Zuckerberg" "Zuckerberg" "Mark Zuckerberg"]`},
			"full, short and middle-name forms are one person"},
		{"title glued to person",
			"Meta CEO Mark Zuckerberg spoke on Friday.",
			[]string{`ORG Meta ["Meta"]`, `PERSON Mark Zuckerberg ["Mark Zuckerberg"]`},
			"an org and a title before a person are split off"},
		{"formerly",
			"Meta (formerly Facebook) changed its name in 2021.",
			[]string{`ORG Meta ["Meta" "Facebook"]`},
			"a company's former name is the company, not the platform"},
		{"x formerly twitter",
			"Users fled X, formerly Twitter, for Bluesky.",
			[]string{`PLATFORM Twitter ["X" "Twitter"]`, `PLATFORM Bluesky ["Bluesky"]`},
			"X and Twitter are one platform"},
		{"posted on x",
			"The minister posted on X that the ban would stay.",
			[]string{`PLATFORM Twitter ["X"]`},
			"'posted on X' is the platform"},
		{"attitude of x",
			"I am done with X. Frankly I am tired of X.",
			[]string{`PLATFORM Twitter ["X" "X"]`},
			"an attitude's preposition names the platform: 'done with X', 'tired of X'"},
		{"value of x",
			"The value of X is unknown.",
			nil,
			"a noun's 'of X' stays a letter"},
		{"imperative before an ambiguous name",
			"Quit Telegram. Use Signal for that, and watch Twitch.",
			[]string{`PLATFORM Telegram ["Telegram"]`, `PLATFORM Signal ["Signal"]`, `PLATFORM Twitch ["Twitch"]`},
			"a command that opens the sentence is no part of the name after it"},
		{"company x",
			"Company X sold widgets to Malcolm X and a Model X owner.",
			nil,
			"'Company X', 'Malcolm X' and 'Model X' are not the platform"},
		{"comment threads",
			"The comment threads filled with abuse.",
			nil,
			"lower-case threads is not Threads"},
		{"threads platform",
			"Meta's Threads gained users while Bluesky grew.",
			[]string{`ORG Meta ["Meta"]`, `PLATFORM Threads ["Threads"]`, `PLATFORM Bluesky ["Bluesky"]`},
			"capitalized Threads after Meta's is the platform"},
		{"lower case and handles",
			"i quit twitter and moved to bluesky, follow @Bluesky and #Mastodon",
			[]string{`PLATFORM Twitter ["twitter"]`, `PLATFORM Bluesky ["bluesky" "@Bluesky"]`, `PLATFORM Mastodon ["#Mastodon"]`},
			"lower-case and @/# forms in social text"},
		{"taliban not gpe",
			"The Taliban praised Twitter in January.",
			[]string{`ORG Taliban ["Taliban"]`, `PLATFORM Twitter ["Twitter"]`},
			"prose calls the Taliban a GPE, Twitter a PERSON and January a GPE"},
		{"due not person",
			"Due to the ban, Reuters reported that Telegram grew.",
			[]string{`ORG Reuters ["Reuters"]`, `PLATFORM Telegram ["Telegram"]`},
			"sentence-initial Due is not a person"},
		{"movement",
			"Supporters of the Zeitgeist movement rallied.",
			[]string{`ORG Zeitgeist ["Zeitgeist"]`},
			"the X movement is an organization"},
		{"institute and ceo of",
			"Researchers at the Halden Institute praised Norvex, and the CEO of Quillon resigned.",
			[]string{`ORG Halden Institute ["Halden Institute"]`, `ORG Quillon ["Quillon"]`},
			"X Institute and CEO of X are organizations"},
		{"corporate suffixes",
			"Acme Corp. sued Brightline Inc. and the Green Party backed Riverside University.",
			[]string{`ORG Acme Corp. ["Acme Corp."]`, `ORG Brightline Inc. ["Brightline Inc."]`, `ORG Green Party ["Green Party"]`, `ORG Riverside University ["Riverside University"]`},
			"suffix words make organizations, inside the span"},
		{"entity at end",
			"The ban was announced by Elon Musk",
			[]string{`PERSON Elon Musk ["Elon Musk"]`},
			"an entity ending the text is kept"},
		{"curly quotes",
			"“Telegram is safer,” said Farida Noorzai. Noorzai’s group left.",
			[]string{`PLATFORM Telegram ["Telegram"]`, `PERSON Farida Noorzai ["Farida Noorzai" "Noorzai"]`},
			"curly quotes keep offsets"},
		{"countries and cities",
			"Brazil blocked X after the court in Brasília ruled; users in São Paulo moved to Bluesky.",
			[]string{`GPE Brazil ["Brazil"]`, `PLATFORM Twitter ["X"]`, `GPE Brasília ["Brasília"]`, `GPE São Paulo ["São Paulo"]`, `PLATFORM Bluesky ["Bluesky"]`},
			"built-in places"},
		{"acronym in brackets",
			"The Transport Workers Union (TWU) joined Discord. The TWU said so.",
			[]string{`ORG Transport Workers Union ["Transport Workers Union" "TWU" "TWU"]`, `PLATFORM Discord ["Discord"]`},
			"an acronym in brackets is the name before it"},
		{"inverted ministry",
			"Chile's Interior Ministry dropped WhatsApp. The Ministry of the Interior said so.",
			[]string{`GPE Chile ["Chile"]`, `ORG Ministry of the Interior ["Interior Ministry" "Ministry of the Interior"]`, `PLATFORM WhatsApp ["WhatsApp"]`},
			"'Interior Ministry' and 'Ministry of the Interior' are one organization"},
		{"competitor apposition",
			"Quillmark, a smaller competitor in Toronto, chose LinkedIn.",
			[]string{`ORG Quillmark ["Quillmark"]`, `GPE Toronto ["Toronto"]`, `PLATFORM LinkedIn ["LinkedIn"]`},
			"an apposition headed by 'competitor' makes an organization"},
		{"topic word inside a name",
			"The Independent Video Creators Guild accused YouTube. Video shows the crowd.",
			[]string{`ORG Independent Video Creators Guild ["Independent Video Creators Guild"]`, `PLATFORM YouTube ["YouTube"]`},
			"'Video' continues a name before a capitalized word, and is none alone"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := recognize(t, r, tt.text)
			if diff := cmp.Diff(tt.want, summary(doc)); diff != "" {
				t.Errorf("%s (-want +got):\n%s", tt.why, diff)
			}
		})
	}
}

// TestRecognizeCommandNotMidSentence: a command word is no part of the
// ambiguous name after it only where it opens the sentence; mid-sentence,
// "Block Signal" is one name (whatever its type), and no Signal.
func TestRecognizeCommandNotMidSentence(t *testing.T) {
	r := recognizer(t)
	doc := recognize(t, r, "She founded Block Signal in 2020.")
	for _, e := range doc.Entities {
		if e.Type == entities.Platform || e.Name != "Block Signal" {
			t.Errorf("entity %s %q, want only the name Block Signal", e.Type, e.Name)
		}
	}
	if len(doc.Entities) != 1 {
		t.Errorf("%d entities, want 1", len(doc.Entities))
	}
}

func TestRecognizeTokenOffsets(t *testing.T) {
	r := recognizer(t)
	tests := []struct{ name, text string }{
		{"curly", "“Musk’s X,” she said."},
		{"nbsp", "Elon\u00a0Musk bought\u00a0Twitter."},
		{"tabs and newlines", "Elon Musk\tbought\nTwitter in\r\n2022."},
		{"emoji", "Leaving twitter/X 👋 find us on #Mastodon"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := recognize(t, r, tt.text)
			if len(doc.Tokens) == 0 {
				t.Fatal("no tokens")
			}
		})
	}
	doc := recognize(t, r, "Musk’s X")
	var got [][2]string
	for _, tok := range doc.Tokens {
		got = append(got, [2]string{tok.Text, tok.Norm})
	}
	want := [][2]string{{"Musk", "Musk"}, {"’s", "'s"}, {"X", "X"}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("tokens (-want +got):\n%s", diff)
	}
}

func TestRecognizeRepeatedWordPerOccurrence(t *testing.T) {
	// prose labels every occurrence of a word by the last one it saw.
	r := recognizer(t)
	doc := recognize(t, r, "Jordan Peterson spoke in Amman. The king of Jordan listened. Later Jordan Peterson left.")
	want := []string{`PERSON Jordan Peterson ["Jordan Peterson" "Jordan Peterson"]`, `GPE Amman ["Amman"]`, `GPE Jordan ["Jordan"]`}
	if diff := cmp.Diff(want, summary(doc)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestRecognizeLoneNameAfterQuote(t *testing.T) {
	// A one-word name a rule typed once ("Her son, Theo,") is the same
	// person where nothing around it says so: after a closing quotation
	// and at the end of a sentence.
	r := recognizer(t)
	doc := recognize(t, r, "Her son, Theo, is now 12. “Discord is better than Snapchat,” Theo said. “It is fine,” said Theo.")
	want := []string{`PERSON "Theo"`, `PERSON "Theo"`, `PERSON "Theo"`, `PLATFORM "Discord"`, `PLATFORM "Snapchat"`}
	if diff := cmp.Diff(want, mentionTexts(doc)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestRecognizeXOnceNamedIsXThroughout(t *testing.T) {
	// Context shows X is the platform once ("on X"); a bare X elsewhere
	// in the text is the same platform, and "Generation X" still is not.
	r := recognizer(t)
	doc := recognize(t, r, "Brands paused advertising on X. X sued Media Matters. Regulators opened proceedings against X under the new law. Generation X shrugged.")
	want := []string{`PLATFORM Twitter ["X" "X" "X"]`, `ORG Media Matters ["Media Matters"]`}
	if diff := cmp.Diff(want, summary(doc)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	// Without such context, a bare X is a letter.
	doc = recognize(t, r, "X sued Media Matters over the report. The court ruled against X on Monday.")
	for _, e := range doc.Entities {
		if e.Type == entities.Platform {
			t.Errorf("unexpected platform %q in a text that never shows X is one", e.Name)
		}
	}
}

func TestRecognizeShortNameEndsSentence(t *testing.T) {
	// prose keeps "Gab." and "Lee." whole as abbreviations ("Jan.",
	// "Mr."); at the end of a sentence the period is parted from the name,
	// inside a closing quote too, while "Acme Co." keeps its period.
	r := recognizer(t)
	text := `The coach said the team would rather be on Gab. The message came from Kim Lee. "Ask Tom." She left Acme Co. The end.`
	doc := recognize(t, r, text)
	got := mentionTexts(doc)
	want := []string{`PLATFORM "Gab"`, `PERSON "Kim Lee"`, `ORG "Acme Co."`}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	var toks []string
	for _, tk := range doc.Tokens {
		toks = append(toks, tk.Text)
	}
	if !strings.Contains(strings.Join(toks, " "), `Ask Tom . "`) {
		t.Errorf("tokens %q: want the period parted from Tom inside the quote", toks)
	}
}

// mentionTexts lists every mention as its entity's type and the exact text
// its span covers, entity by entity.
func mentionTexts(doc *entities.Document) []string {
	var got []string
	for _, e := range doc.Entities {
		for _, m := range e.Mentions {
			got = append(got, fmt.Sprintf("%s %q", e.Type, doc.Text[m.Start:m.End]))
		}
	}
	return got
}

func TestRecognizeOpeningSingleQuote(t *testing.T) {
	// prose splits a closing single quotation mark from its word but not
	// an opening one: "‘Twitch pays my rent’" began with a token
	// "'Twitch" that no name matched. A straight quote opens a quotation
	// only before a capital ("'tis", "'90s" stay words).
	r := recognizer(t)
	text := "‘Twitch pays my rent’ and ‘Kick pays nothing’: a streamer on money. She said 'YouTube is fine' and 'tis true."
	doc := recognize(t, r, text)
	got := mentionTexts(doc)
	want := []string{`PLATFORM "Twitch"`, `PLATFORM "Kick"`, `PLATFORM "YouTube"`}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	var toks []string
	for _, tk := range doc.Tokens {
		toks = append(toks, tk.Text)
	}
	if j := strings.Join(toks, " "); !strings.HasPrefix(j, "‘ Twitch pays") || !strings.Contains(j, "' YouTube") || !strings.Contains(j, "'tis") {
		t.Errorf("tokens %q: want the opening quotes parted and 'tis kept", toks)
	}
}

func TestRecognizeQuotationMarkTags(t *testing.T) {
	// prose's tagger never saw a plain " (it learnt the Treebank's `` and
	// '') and guessed a tag for each mark: a noun, an adjective, a verb.
	// A mark gets the Treebank's tag for an opening or a closing
	// quotation mark, curly or straight. (That the other words keep
	// prose's tags was measured over the dev articles when this came in,
	// 412cfd73; this test checks only the marks.)
	r := recognizer(t)
	text := "\"We would encourage members to be on TikTok,\" it said. “Fine,” she said (\"and fair\"). He said \"yes\"."
	doc := recognize(t, r, text)
	var got []string
	for _, tk := range doc.Tokens {
		switch tk.Text {
		case `"`, "“", "”":
			got = append(got, tk.Text+"/"+tk.Tag)
		}
	}
	want := []string{"\"/``", "\"/''", "“/``", "”/''", "\"/``", "\"/''", "\"/``", "\"/''"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("quotation marks' tags (-want +got):\n%s", diff)
	}
}

func TestRecognizeContractionLikeStart(t *testing.T) {
	// prose drops the rest of a token that starts like a contraction
	// ('s, 'm, 're, 'll, n't): "‘Snapchat", "'Spotify", "'most" and the
	// "'s," of "Meta's," were lost, and with them the names and the
	// comma.
	r := recognizer(t)
	text := "The headline read ‘Snapchat is fine’, and 'Spotify wins' today. Critics blamed Meta's, not Reddit's, rules for ‘most of it’."
	doc := recognize(t, r, text)
	got := mentionTexts(doc)
	want := []string{`PLATFORM "Snapchat"`, `PLATFORM "Spotify"`, `ORG "Meta"`, `PLATFORM "Reddit"`}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	var toks []string
	covered := 0
	for _, tk := range doc.Tokens {
		covered += tk.End - tk.Start
		toks = append(toks, tk.Text)
	}
	if n := len(strings.Join(strings.Fields(text), "")); covered != n {
		t.Errorf("tokens cover %d bytes of the text's %d non-space bytes: %q", covered, n, toks)
	}
	for _, w := range []string{"‘ Snapchat is", "' Spotify wins", "Meta 's ,", "Reddit 's ,", "‘ most of"} {
		if !strings.Contains(strings.Join(toks, " "), w) {
			t.Errorf("tokens %q: want %q", toks, w)
		}
	}
}

func TestRecognizeEmpty(t *testing.T) {
	r := recognizer(t)
	for _, text := range []string{"", "  \n\t ", "\uFEFF", " \u200B\n"} {
		doc := recognize(t, r, text)
		if len(doc.Sentences)+len(doc.Tokens)+len(doc.Entities) != 0 {
			t.Errorf("Recognize(%q) = %+v, want empty", text, doc)
		}
	}
}

func TestRecognizeTargets(t *testing.T) {
	r, err := entities.NewRecognizer(entities.WithTargets(entities.Target{Name: "Nostr", Aliases: []string{"nostr protocol"}}))
	if err != nil {
		t.Fatal(err)
	}
	text := "Fans of nostr and #Nostr praised Acme Widgets; the nostr protocol grew."
	doc := recognize(t, r, text, entities.Target{Name: "Acme Widgets", Type: entities.Org})
	var got []string
	for _, e := range doc.Entities {
		got = append(got, fmt.Sprintf("%s %s %v %d", e.Type, e.Name, e.Target, len(e.Mentions)))
	}
	want := []string{"PLATFORM Nostr true 3", "ORG Acme Widgets true 1"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	// Per-call targets do not leak into later calls.
	doc = recognize(t, r, "Acme Widgets grew.")
	for _, e := range doc.Entities {
		if e.Target {
			t.Errorf("per-call target leaked: %+v", e)
		}
	}
}

func TestRecognizeConcurrent(t *testing.T) {
	r := recognizer(t)
	texts := []string{
		"Elon Musk bought Twitter. Musk’s X grew.",
		"Meta CEO Mark Zuckerberg launched Threads.",
		"The Taliban praised Twitter in Kabul.",
	}
	want := make([][]string, len(texts))
	for i, text := range texts {
		want[i] = summary(recognize(t, r, text))
	}
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < 20; k++ {
				i := (g + k) % len(texts)
				doc, err := r.Recognize(texts[i], entities.Target{Name: fmt.Sprint("T", g)})
				if err != nil {
					t.Error(err)
					return
				}
				if diff := cmp.Diff(want[i], summary(doc)); diff != "" {
					t.Errorf("concurrent result differs (-want +got):\n%s", diff)
					return
				}
			}
		}()
	}
	wg.Wait()
}

// FuzzRecognize: on any byte string, Recognize neither panics nor fails
// (ErrInternal would be a recovered panic or broken offsets: a bug), and
// the Document keeps the promises of the package doc.
// TestRecognizeInvisibleSeparators: a byte order mark or a zero-width
// space separates words as a space does ("\uFEFFTwitter" at the start of a
// file saved by a Windows editor is Twitter), and the Document still
// describes the text as given: its Text, offsets and mention texts.
func TestRecognizeInvisibleSeparators(t *testing.T) {
	r := recognizer(t)
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"\uFEFFTwitter is where Ann Lee posts.", []string{`PLATFORM Twitter ["Twitter"]`, `PERSON Ann Lee ["Ann Lee"]`}},
		{"Ann Lee left\u200BTwitter.\uFEFFShe likes Bluesky.", []string{`PERSON Ann Lee ["Ann Lee"]`, `PLATFORM Twitter ["Twitter"]`, `PLATFORM Bluesky ["Bluesky"]`}},
		{"Bluesky\u200B, said Ann\u200BLee.", []string{`PLATFORM Bluesky ["Bluesky"]`, `PERSON Ann Lee ["Ann\u200bLee"]`}}, // %q escapes U+200B
	} {
		doc := recognize(t, r, tc.text)
		if doc.Text != tc.text {
			t.Errorf("Recognize(%q).Text = %q", tc.text, doc.Text)
		}
		if diff := cmp.Diff(tc.want, summary(doc)); diff != "" {
			t.Errorf("Recognize(%q) entities (-want +got):\n%s", tc.text, diff)
		}
		if s := doc.Sentences[0]; strings.HasPrefix(tc.text[s.Start:], "\uFEFF") {
			t.Errorf("Recognize(%q): the first sentence starts at the byte order mark", tc.text)
		}
	}
}

// TestRecognizeHTML: text scraped from a page, with markup and character
// references, reads as the page shows it; mentions and tokens keep the
// offsets and bytes of the text as given, never start or end in markup,
// and names and Norms are decoded.
func TestRecognizeHTML(t *testing.T) {
	r := recognizer(t)
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"Shares of Procter &amp; Gamble fell.&nbsp;Ann Lee quit X.",
			[]string{`ORG Procter & Gamble ["Procter &amp; Gamble"]`, `PERSON Ann Lee ["Ann Lee"]`, `PLATFORM Twitter ["X"]`}},
		{"Meta&#8217;s Threads is &ldquo;awful,&rdquo; said Kim Ode.",
			[]string{`ORG Meta ["Meta"]`, `PLATFORM Threads ["Threads"]`, `PERSON Kim Ode ["Kim Ode"]`}},
		{"She quit Telegram&mdash;a toxic place.", []string{`PLATFORM Telegram ["Telegram"]`}},
		{"Jos&eacute; Ruiz left Discord.", []string{`PERSON José Ruiz ["Jos&eacute; Ruiz"]`, `PLATFORM Discord ["Discord"]`}},
		{`<p>Ann Lee quit <a href="https://x.com/">X</a>.</p><p><em>Ann</em> joined <b>Bluesky</b>.</p><!-- Twitter -->`,
			[]string{`PERSON Ann Lee ["Ann Lee" "Ann"]`, `PLATFORM Twitter ["X"]`, `PLATFORM Bluesky ["Bluesky"]`}},
		{"<script>Twitter.load()</script><div>Kim Ode</div><div>TikTok</div>",
			[]string{`PERSON Kim Ode ["Kim Ode"]`, `PLATFORM TikTok ["TikTok"]`}},
		{"[Twitter](https://twitter.com) is great, said Ann Lee. ![Bluesky logo](/b.png)",
			[]string{`PLATFORM Twitter ["Twitter"]`, `PERSON Ann Lee ["Ann Lee"]`}},
		{"**Bluesky** has no ads, says *Ann Lee*. She quit _Twitter_.",
			[]string{`PLATFORM Bluesky ["Bluesky"]`, `PERSON Ann Lee ["Ann Lee"]`, `PLATFORM Twitter ["Twitter"]`}},
		{"Ann Lee quit Face&shy;book for Tik\u2060Tok and Blue\u00adsky.",
			[]string{`PERSON Ann Lee ["Ann Lee"]`, `PLATFORM Facebook ["Face&shy;book"]`, `PLATFORM TikTok ["Tik\u2060Tok"]`, `PLATFORM Bluesky ["Blue\u00adsky"]`}},
	} {
		doc := recognize(t, r, tc.text)
		if doc.Text != tc.text {
			t.Errorf("Recognize(%q).Text = %q", tc.text, doc.Text)
		}
		if diff := cmp.Diff(tc.want, summary(doc)); diff != "" {
			t.Errorf("Recognize(%q) entities (-want +got):\n%s", tc.text, diff)
		}
	}
	doc := recognize(t, r, "I &quot;love&quot; Musk&#39;s X. Bye.")
	var got []string
	for _, tok := range doc.Tokens {
		got = append(got, fmt.Sprintf("%d:%d %s %s", tok.Start, tok.End, tok.Text, tok.Norm))
	}
	want := []string{"0:1 I I", "2:8 &quot; \"", "8:12 love love", "12:18 &quot; \"", "19:23 Musk Musk", "23:29 &#39;s 's", "30:31 X X", "31:32 . .", "33:36 Bye Bye", "36:37 . ."}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("tokens (-want +got):\n%s", diff)
	}
	if s := doc.Sentences; len(s) != 2 || s[1].Start != 33 || s[1].End != 37 {
		t.Errorf("sentences = %+v, want the second at 33:37", s)
	}
	doc = recognize(t, r, "<h1>Ann quits X</h1><p>She <i>said</i> so.</p>")
	got = got[:0]
	for _, s := range doc.Sentences {
		got = append(got, doc.Text[s.Start:s.End])
	}
	for _, tok := range doc.Tokens {
		got = append(got, tok.Text)
	}
	want = []string{"Ann quits X", "She <i>said</i> so.", "Ann", "quits", "X", "She", "said", "so", "."}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("sentences and tokens (-want +got):\n%s", diff)
	}
}

// TestRecognizeGluedDashes: an em dash or a double hyphen set without
// spaces stands apart from the words around it, so an ambiguous platform
// name next to one is judged by its context as with spaces; a glued en
// dash joins ("2019–2020") and stays in its token.
func TestRecognizeGluedDashes(t *testing.T) {
	r := recognizer(t)
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"The group left X—formerly Twitter—last year.", []string{`PLATFORM Twitter ["X" "Twitter"]`}},
		{"The militia moved to Telegram—a platform with lax moderation—and later to Discord--its rival.",
			[]string{`PLATFORM Telegram ["Telegram"]`, `PLATFORM Discord ["Discord"]`}},
		{"Ann Lee said she loves “Threads”—and hates Signal.",
			[]string{`PERSON Ann Lee ["Ann Lee"]`, `PLATFORM Threads ["Threads"]`, `PLATFORM Signal ["Signal"]`}},
	} {
		if diff := cmp.Diff(tc.want, summary(recognize(t, r, tc.text))); diff != "" {
			t.Errorf("Recognize(%q) entities (-want +got):\n%s", tc.text, diff)
		}
	}
	var got []string
	for _, tok := range recognize(t, r, "Kim Bell—who ran the 2019–2020 season--quit.").Tokens {
		got = append(got, tok.Text)
	}
	want := []string{"Kim", "Bell", "—", "who", "ran", "the", "2019–2020", "season", "--", "quit", "."}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("tokens (-want +got):\n%s", diff)
	}
}

// TestRecognizeShouting: in a sentence in capitals every word is
// capitalized, so the tags, read as if its known words were in lower case,
// tell verbs from names: "HATE" is no organization and "BUYS" no part of
// Elon Musk's name. A speaker label in capitals keeps its name.
func TestRecognizeShouting(t *testing.T) {
	r := recognizer(t)
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"I HATE TIKTOK", []string{`PLATFORM TikTok ["TIKTOK"]`}},
		{"I LOVE BLUESKY!!!", []string{`PLATFORM Bluesky ["BLUESKY"]`}},
		{"ELON MUSK BUYS TWITTER", []string{`PERSON ELON MUSK ["ELON MUSK"]`, `PLATFORM Twitter ["TWITTER"]`}},
		{"The crew landed.\n\nNEIL ARMSTRONG: …\n\nIt takes a jump.", []string{`PERSON NEIL ARMSTRONG ["NEIL ARMSTRONG"]`}},
	} {
		if diff := cmp.Diff(tc.want, summary(recognize(t, r, tc.text))); diff != "" {
			t.Errorf("Recognize(%q) entities (-want +got):\n%s", tc.text, diff)
		}
	}
	doc := recognize(t, r, "ONLY TWITTER IS TERRIBLE AND I HATE IT")
	var tags []string
	for _, tok := range doc.Tokens[2:] {
		tags = append(tags, tok.Text+"/"+tok.Tag)
	}
	want := []string{"IS/VBZ", "TERRIBLE/JJ", "AND/CC", "I/PRP", "HATE/VBP", "IT/PRP"}
	if diff := cmp.Diff(want, tags); diff != "" {
		t.Errorf("tags (-want +got):\n%s", diff)
	}
}

func FuzzRecognize(f *testing.F) {
	for _, s := range []string{
		"Musk’s X.", "Mr. U.S. Inc.\n\nA", "@x #X twitter/X Musk-owned", "\u00a0“”",
		"Twitter \xff\xfe is great. Musk \xc3 said so.", "\x00\x01\x1b[31mX\x7f",
		"马斯克收购了推特。 Elon Musk bought Twitter.", "قال ماسك إن تويتر Twitter \u200fجيد\u200e.",
		"👨‍👩‍👧 Twitter 👍🏽 #Bluesky", "\uFEFFTwitter\u200BX.\uFEFF", "X—Telegram--“Signal”——--—", strings.Repeat("a", 300) + " Twitter",
		"&quot;X&quot;&amp;&#39;s&nbsp;&#8203;Twitter&mdash;&NotEqualTilde;&#0;&notit;", "Jos&eacute;&#10;&#10;AT&amp;T.&quot; Bye.",
		"<p>Ann <a href='x>'>X</a>.</p><br/><script>Twitter</script><style>p{}<!-- <div>Kim</div> <td>a</td><TD>", "<b>Musk</b>&#39;s <i>X</i>",
		strings.Repeat("Musk praised Twitter, ", 120),
		"**Bluesky** _X_ *a **b* c** I LOVE Bluesky, I DON'T trust NASA, ELON MUSK: NOT GOOD TIKTOK",
	} {
		f.Add(s)
	}
	r := recognizer(f)
	f.Fuzz(func(t *testing.T, text string) {
		doc, err := r.Recognize(text)
		if err != nil {
			t.Fatalf("Recognize(%q): %v", text, err)
		}
		checkInvariants(t, doc)
	})
}

// TestRecognizeRunOnText: text without sentence punctuation is cut into
// sentences of at most 200 tokens, preferring a line break or a comma, so
// that the work per sentence stays bounded.
func TestRecognizeRunOnText(t *testing.T) {
	r := recognizer(t)
	text := strings.Repeat("twitter is great and Facebook is bad and Elon Musk said so ", 1000)
	doc := recognize(t, r, text)
	if len(doc.Sentences) < len(doc.Tokens)/200 {
		t.Fatalf("%d tokens in %d sentences", len(doc.Tokens), len(doc.Sentences))
	}
	for i, s := range doc.Sentences {
		if n := s.TokenEnd - s.TokenStart; n > 200 {
			t.Errorf("sentence %d has %d tokens", i, n)
		}
	}
	if doc.Sentences[0].Start != 0 || doc.Sentences[len(doc.Sentences)-1].End != len(strings.TrimSpace(text)) {
		t.Errorf("pieces do not keep the sentence's bounds: first %+v, last %+v", doc.Sentences[0], doc.Sentences[len(doc.Sentences)-1])
	}

	// A comma in the second half of the window is preferred to the limit.
	text = strings.Repeat("word ", 150) + "first part, " + strings.Repeat("word ", 150)
	doc = recognize(t, r, text)
	if got := text[doc.Sentences[0].Start:doc.Sentences[0].End]; !strings.HasSuffix(got, "first part,") {
		t.Errorf("first piece ends %q, want the comma", got[max(0, len(got)-20):])
	}
}

// TestRecognizeUntypedTargetsKeepTextType checks that a caller target
// given without a Type keeps the type the text gives it (a person stays a
// person, so that "she" and holders can refer to it) and that only names
// nothing types become PLATFORM.
func TestRecognizeUntypedTargetsKeepTextType(t *testing.T) {
	r := recognizer(t)
	for _, tc := range []struct {
		text, target string
		want         entities.Type
	}{
		{"Voters in Ohio praised Hillary Clinton for her debate answers.", "Hillary Clinton", entities.Person},
		{"Reporters asked President Trump about the tariffs on Monday.", "Trump", entities.Person},
		{"Regulators fined Google over its ad auctions.", "Google", entities.Org},
		{"Privacy groups criticized Kik for its moderation.", "Kik", entities.Platform},
		{"Teams moved their chats to Slack last year.", "Slack", entities.Platform},
	} {
		doc := recognize(t, r, tc.text, entities.Target{Name: tc.target})
		found := false
		for _, e := range doc.Entities {
			if e.Name != tc.target {
				continue
			}
			found = true
			if e.Type != tc.want || !e.Target {
				t.Errorf("%q: %s is %s target=%v, want %s target=true", tc.text, e.Name, e.Type, e.Target, tc.want)
			}
		}
		if !found {
			t.Errorf("%q: target %q not found in %+v", tc.text, tc.target, doc.Entities)
		}
	}
	// An explicit Type still wins.
	doc := recognize(t, r, "Voters praised Hillary Clinton.", entities.Target{Name: "Hillary Clinton", Type: entities.Platform})
	for _, e := range doc.Entities {
		if e.Name == "Hillary Clinton" && e.Type != entities.Platform {
			t.Errorf("explicit Type ignored: %+v", e)
		}
	}
}

// TestRecognizeLowerCaseSocialText checks that in text written in lower
// case, platform names that are also common words (threads, signal,
// telegram) are mentions, while edited prose still needs the capital.
func TestRecognizeLowerCaseSocialText(t *testing.T) {
	r := recognizer(t)
	names := func(text string) []string {
		var out []string
		for _, e := range recognize(t, r, text).Entities {
			out = append(out, e.Name)
		}
		return out
	}
	if got, want := names("threads is better than telegram for news now, and signal is fine"), []string{"Threads", "Telegram", "Signal"}; !cmp.Equal(got, want) {
		t.Errorf("lower-case post: got %v, want %v", got, want)
	}
	if got := names("The senator said the vote sent a signal to the telegram office about threads of yarn."); len(got) != 0 {
		t.Errorf("edited prose: common words taken as platforms: %v", got)
	}
}

// TestRecognizeTypingRules checks context rules for general causes of
// errors found on the dev4 articles. Each case lists mentions ("TYPE
// text") that must be found and mentions that must not be.
func TestRecognizeTypingRules(t *testing.T) {
	r := recognizer(t)
	cases := []struct {
		name, text    string
		want, notWant []string
	}{
		{"country's name as a given name before a title", "The newsletter goes out on Fridays. Jordan Pike, the managing editor, writes most of it. “People open it on purpose,” Pike said.",
			[]string{"PERSON Jordan Pike", "PERSON Pike"}, []string{"GPE Jordan Pike", "GPE Jordan"}},
		{"surname that is a place, before an age or a role", "The ferry left at noon. Tamsin Lancaster, 58, a retired welder, was on board. Lancaster said the crossing was rough. The boat was built in Lancaster. Later, Orla Perth, who runs the cafe, joined them.",
			[]string{"PERSON Tamsin Lancaster", "PERSON Lancaster", "GPE Lancaster", "PERSON Orla Perth"}, []string{"GPE Perth", "PERSON Orla"}},
		{"a surname that is a place the text also names, as the speaker", "Maren Wyndham drives a delivery run out of Gore. Her depot is in Wyndham, a town of 500. “We post the run times in a WhatsApp group now,” Wyndham said.",
			[]string{"PERSON Maren Wyndham", "PERSON Wyndham", "GPE Wyndham"}, nil},
		{"a given name and a place head in a list of places", "The ferry stops at Nelson Bay, Anna Bay and Soldiers Point.",
			[]string{"LOC Anna Bay"}, []string{"PERSON Anna Bay"}},
		{"a given name and a place head named for a post", "The league streams its matches. Its chair, Joanne Bridge, said the chat had turned. Bridge said the league would move.",
			[]string{"PERSON Joanne Bridge", "PERSON Bridge"}, []string{"LOC Joanne Bridge"}},
		{"a name that opens like an organization's is no person's", "The shop on the high street sells race hats. Wren Goodwood, who owns it, says she is no relation to Royal Goodwood in Sussex. \"People ask every summer,\" Goodwood said.",
			[]string{"PERSON Wren Goodwood", "GPE Royal Goodwood"}, []string{"PERSON Royal Goodwood"}},
		{"a longer run that opens like an organization's name may hold a person's", "The bill passed. House Republican Ed Royce said he would vote for it.",
			nil, []string{"GPE House Republican Ed Royce"}},
		{"a given name before a university's short name, and that surname later", "The survey ran for a year. Dana Harvard, who teaches statistics in Leeds, said the club had moved to Discord. Harvard warned that it might not last.",
			[]string{"PERSON Dana Harvard", "PERSON Harvard"}, []string{"ORG Harvard"}},
		{"a capitalized word before a university's short name is no given name", "Former Harvard staff moved the survey to Bluesky. The group grew.",
			[]string{"ORG Harvard"}, []string{"PERSON Former Harvard"}},
		{"the short name of a university the text names first stays the university's", "Harvard University runs the survey. Its director, Ruth Harvard, said it was late. Harvard publishes the results each May.",
			[]string{"PERSON Ruth Harvard", "ORG Harvard"}, []string{"PERSON Harvard"}},
		{"a report's title is no name", "Beekeepers' guild report ‘Stung Twice’ blames Facebook for fake honey sellers",
			[]string{"PLATFORM Facebook"}, []string{"PERSON Stung Twice", "ORG Stung Twice"}},
		{"a report's title prose types is no name", "Geocaching association report ‘Bugs for Sale’ blames Facebook groups for trade in stolen trackables",
			[]string{"PLATFORM Facebook"}, []string{"PERSON Bugs for Sale", "ORG Bugs for Sale"}},
		{"guard: a report's title that is a known name stays one", "Film society report ‘YouTube’ says pirated films stay up for weeks",
			[]string{"PLATFORM YouTube"}, nil},
		{"a figure of speech built on a given name is no name", "Bend drone photographer says Nextdoor made him a peeping Tom. Tom Hale, who runs the camera club, said Tom Hale was no doubting Thomas.",
			[]string{"PLATFORM Nextdoor", "PERSON Tom Hale"}, []string{"PERSON Tom", "PERSON Thomas"}},
		{"a title before a headline's colon is no name", "‘Rung Out’: Dorset bell ringers blame Facebook for fake tower pages",
			[]string{"PLATFORM Facebook"}, []string{"PERSON Rung Out", "ORG Rung Out"}},
		{"a town that opens like an organization's name", "The walk from Church Stretton takes an hour.",
			[]string{"GPE Church Stretton"}, []string{"PERSON Church Stretton"}},
		{"navies are bodies", "Aileen Frome, a former Royal Navy officer, runs the group. Ned Voss, 39, a former Royal Australian Navy sailor, agreed.",
			[]string{"ORG Royal Navy", "ORG Royal Australian Navy"}, []string{"PERSON Royal Navy", "PERSON Royal Australian Navy"}},
		{"a name and an age after a word the tagger calls a verb", "Rose Rivers, 71, of Duluth, paid the fee. Rivers said the page was fake.",
			[]string{"PERSON Rose Rivers", "PERSON Rivers"}, nil},
		{"place before a title stays a place", "Flooding closed roads in Jordan, the agency said.",
			[]string{"GPE Jordan"}, []string{"PERSON Jordan"}},
		{"datelined town before an organization named after it", "ASHPORT, Ore. — The transit agency runs buses around Ashport. Hao Nguyen, who directs the Ashport Disability Rights Coalition, said riders had complained.",
			[]string{"GPE ASHPORT", "GPE Ashport", "ORG Ashport Disability Rights Coalition"}, []string{"ORG Ashport"}},
		{"streets are no people", "Owen Tudge has run a butcher’s on Broad Row since 1958. His flat is on Larch Walk, near Washington Boulevard.",
			[]string{"PERSON Owen Tudge"}, []string{"PERSON Broad Row", "PERSON Larch Walk", "PERSON Washington Boulevard"}},
		{"things written in capitals are no bodies", "Put your CV on LinkedIn, said Ada Byrne, who found her grandmother through a DNA test and CCTV footage after the AGM.",
			[]string{"PERSON Ada Byrne"}, []string{"ORG CV", "ORG DNA", "ORG CCTV", "ORG AGM"}},
		{"treatments written in capitals are no bodies", "A menopause charity's report praises Mumsnet. Its chair, who started HRT at 44 and took a CPR course, said the charity backs Mumsnet.",
			[]string{"PLATFORM Mumsnet"}, []string{"ORG HRT", "ORG CPR"}},
		{"a place that acts is the body that runs it", "Kelmarsh Airport has stopped posting delays on X. The plane landed at Hollin Airport in the rain.",
			[]string{"ORG Kelmarsh Airport"}, []string{"LOC Kelmarsh Airport", "ORG Hollin Airport"}},
		{"a person named Park who acts is no body", "Jenna Park has stopped posting on X, and Tessa Park said she would follow.",
			nil, []string{"ORG Jenna Park", "ORG Tessa Park"}},
		{"ampersand firm", "The figures were compiled by Quill & Barrow, which advises retailers, said Nadia Petrov.",
			[]string{"ORG Quill & Barrow"}, []string{"PERSON Quill & Barrow", "GPE Quill & Barrow"}},
		{"descriptor before name", "The numbers come from the research firm Halden Ratings. Halden said demand had slowed.",
			[]string{"ORG Halden Ratings", "ORG Halden"}, []string{"PERSON Halden Ratings", "PERSON Halden"}},
		{"descriptor before single name", "Most of the money came from the online bookmaker Plunko, according to the report.",
			[]string{"ORG Plunko"}, []string{"PERSON Plunko"}},
		{"trade head words", "Ines Varga, an analyst at Brackwater Asset Management, said the deal was fair. Dunmore Brothers declined to comment.",
			[]string{"ORG Brackwater Asset Management", "ORG Dunmore Brothers"}, nil},
		{"committee on", "Officials testified before the Joint Committee on Rural Broadband in Ottawa.",
			[]string{"ORG Joint Committee on Rural Broadband"}, []string{"PERSON Rural Broadband"}},
		{"centre for after a place", "She is a fellow at the Lagos Centre for Civic Technology.",
			[]string{"ORG Lagos Centre for Civic Technology"}, []string{"GPE Lagos"}},
		{"title word after of the", "The Department of the Interior and Regional Affairs issued a warning.",
			[]string{"ORG Department of the Interior and Regional Affairs"}, nil},
		{"known name before and", "He wrote to Snap Inc. and X Corp. about the ads. He also wrote to TikTok and X Corp. last week.",
			[]string{"ORG Snap Inc.", "ORG X Corp.", "PLATFORM TikTok"}, []string{"ORG TikTok and X Corp."}},
		{"known name before for", "Pia Holm, who covers Meta for Grenfell Securities, expects growth.",
			[]string{"ORG Meta", "ORG Grenfell Securities"}, []string{"ORG Meta for Grenfell Securities"}},
		{"owner as context", "Threads keeps showing me posts from accounts I don't follow. Why is this so hard, Meta?",
			[]string{"PLATFORM Threads"}, nil},
		{"no owner no context", "Threads of gold ran through the cloth. The weaver smiled.",
			nil, []string{"PLATFORM Threads"}},
		{"opening adverb", "Honestly Threads is a dumpster fire. Frankly Discord is better, and Bluesky is fine.",
			[]string{"PLATFORM Threads", "PLATFORM Discord"}, []string{"ORG Frankly Discord", "PERSON Frankly Discord"}},
		{"pronoun before who", "Readers wrote in. Another, who asked not to be named, wrote that she was glad. Someone, who runs a shop in Leeds, agreed.",
			[]string{"GPE Leeds"}, []string{"PERSON Another", "PERSON Someone"}},
		{"greeting and kin word", "Scammers send fake 'Hi Gran' messages on WhatsApp, and a \"Hello Mum\" text cost Ruth Pell £900.",
			[]string{"PLATFORM WhatsApp", "PERSON Ruth Pell"}, []string{"PERSON Hi Gran", "PERSON Hello Mum"}},
		{"system as a head", "The Marlow County Library System will stop posting on X, its director said.",
			[]string{"ORG Marlow County Library System"}, []string{"PERSON Marlow County Library System"}},
		{"messaging apps", "The council moved its chats from Viber to Zalo, while shops in Osaka rely on Line and its stickers.",
			[]string{"PLATFORM Viber", "PLATFORM Zalo", "PLATFORM Line"}, nil},
		{"party plural", "Senator Mara Quint of the Greens voted against the bill.",
			[]string{"ORG Greens", "PERSON Mara Quint"}, []string{"PERSON Greens"}},
		{"a service that is also a given name", "Illustrators are moving to Cara, an app that bars AI images. Cara is growing fast. My friend Cara loves TikTok, and Marco Polo sailed to China.",
			[]string{"PLATFORM Cara", "PERSON Marco Polo"}, []string{"ORG Cara", "PLATFORM Marco Polo"}},
		{"a given name that is also a service", "My friend Cara loves TikTok.",
			[]string{"PERSON Cara", "PLATFORM TikTok"}, []string{"PLATFORM Cara"}},
		{"honorific before a surname", "Tom Reyes met Ms. Okafor on Monday. Officials later met with Mr. Hughes and Dr Lindqvist.",
			[]string{"PERSON Okafor", "PERSON Hughes", "PERSON Lindqvist"}, []string{"ORG Hughes"}},
		{"plural name after the", "The Meanwood Striders was started in 2009, and the Leeds Rhinos won on Sunday. Lorraine Byrne goes to the Birch Falls branch.",
			[]string{"ORG Meanwood Striders", "ORG Leeds Rhinos"}, []string{"PERSON Meanwood Striders", "PERSON Leeds Rhinos", "ORG Birch Falls"}},
		{"age apposition", "Warren Tilly, 19, started the account last spring.",
			[]string{"PERSON Warren Tilly"}, []string{"GPE Warren Tilly"}},
		{"role apposition", "Warren Tilly, chief operating officer at the lender, said fees would rise.",
			[]string{"PERSON Warren Tilly"}, []string{"GPE Warren Tilly"}},
		{"town names", "Residents of Birch Falls and Otter Creek met in Santa Lucia on Monday.",
			[]string{"GPE Birch Falls", "GPE Otter Creek", "GPE Santa Lucia"}, []string{"PERSON Birch Falls", "PERSON Otter Creek", "PERSON Santa Lucia"}},
		{"place before state", "The Greeley, Colorado-based chain and a shop in Yountz, Texas, both closed.",
			[]string{"GPE Greeley", "GPE Yountz"}, nil},
		{"place apposition", "It has more fans than Wexcombe, a small market town in Devon, has people.",
			[]string{"GPE Wexcombe"}, []string{"ORG Wexcombe", "PERSON Wexcombe"}},
		{"school district", "The Pinecrest Valley School District appealed the ruling.",
			[]string{"ORG Pinecrest Valley School District"}, []string{"GPE Pinecrest Valley School District"}},
		{"short form without head words", "Copper Kettle Restaurant Group will close ten sites. Copper Kettle said sales fell.",
			[]string{"ORG Copper Kettle Restaurant Group", "ORG Copper Kettle"}, []string{"PERSON Copper Kettle"}},
		{"shouted text", "She posted ‘STAY HOME, ROAD IS UNDER WATER’ on Facebook.",
			[]string{"PLATFORM Facebook"}, []string{"ORG HOME", "PERSON ROAD IS UNDER WATER"}},
		{"saint's school", "Parents at St. Brigid's Primary School set up a group. St. Brigid's has 300 pupils.",
			[]string{"ORG St. Brigid's Primary School", "ORG St. Brigid's"}, []string{"PERSON St. Brigid"}},
		{"county before place", "The farm is near Dromore in County Kerry.",
			[]string{"GPE County Kerry"}, []string{"PERSON County"}},
		{"platform before a pronoun", "“On Twitch I can talk to fans,” she said.",
			[]string{"PLATFORM Twitch"}, nil},
		{"contractions and PINs are no names", "“It's the best club I've ever seen,” he said, and then he forgot his PIN.",
			nil, []string{"ORG I've", "ORG PIN"}},
		{"event head", "Ads during the Super Bowl cost more this year.",
			nil, []string{"ORG Super Bowl"}},
		// dev5 causes.
		{"town before its newspaper", "The Pelham Falls Courier covers Pelham Falls and two villages.",
			[]string{"ORG Pelham Falls Courier", "GPE Pelham Falls"}, []string{"ORG Pelham Falls"}},
		{"more platforms", "Her aunt shares recipes on Odnoklassniki, her son films on Kwai, and at work the team chats on Slack; at the rally they used Bridgefy.",
			[]string{"PLATFORM Odnoklassniki", "PLATFORM Kwai", "PLATFORM Slack", "PLATFORM Bridgefy"}, nil},
		{"workplace chat and its owner", "The county moved staff chat to Microsoft Teams. Staff said Teams was slow, and Microsoft did not comment.",
			[]string{"PLATFORM Microsoft Teams", "ORG Microsoft"}, []string{"ORG Microsoft Teams", "PERSON Teams"}},
		// dev10 causes.
		{"transcript speaker labels", "Callum Reade spoke to the manager Bronagh Devlin.\n\nHOST: Why Discord?\n\nDEVLIN: Discord is where the artist holds the keys.",
			[]string{"PERSON Bronagh Devlin", "PLATFORM Discord"}, []string{"ORG DEVLIN", "ORG HOST", "PERSON HOST"}},
		{"creator services", "She moved her show from Spotify to Patreon and opened an OnlyFans page; her fans followed from Gettr and Odysee.",
			[]string{"PLATFORM Spotify", "PLATFORM Patreon", "PLATFORM OnlyFans", "PLATFORM Gettr", "PLATFORM Odysee"}, []string{"ORG Spotify", "ORG OnlyFans"}},
		// dev11 causes.
		{"news apps and review sites", "Readers found the story on Flipboard and Lemon8, and the hotel's guests posted reviews on Tripadvisor and Trustpilot.",
			[]string{"PLATFORM Flipboard", "PLATFORM Lemon8", "ORG Tripadvisor", "ORG Trustpilot"}, []string{"ORG Flipboard", "ORG Lemon8", "PLATFORM Tripadvisor"}},
		{"speaker labels prose leaves out", "The host spoke with Sofia Marchetti.\n\nHOST: Sofia, why Signal?\n\nMARCHETTI: Because it works. The summit was in Sofia, Bulgaria.\n\nNOTE: This transcript was edited.",
			[]string{"PERSON Sofia Marchetti", "PERSON Sofia", "PERSON MARCHETTI", "GPE Sofia", "GPE Bulgaria"}, []string{"ORG NOTE", "PERSON NOTE", "ORG MARCHETTI"}},
		{"gerund opening a sentence", "Blocking Telegram would be a disaster. Quitting Signal was easy.",
			[]string{"PLATFORM Telegram", "PLATFORM Signal"}, []string{"PERSON Blocking Telegram", "ORG Blocking Telegram"}},
		{"pharmacies, marts and provinces", "Corrib Pharmacy and Glanhafren Mart both post on Facebook, and so do clinics in Manitoba and Saskatchewan.",
			[]string{"ORG Corrib Pharmacy", "ORG Glanhafren Mart", "GPE Manitoba", "GPE Saskatchewan"}, []string{"PERSON Corrib Pharmacy", "PERSON Glanhafren Mart", "PERSON Manitoba"}},
		// dev13 causes.
		{"transit, builders, chapels and broadcasters", "Northline Transit, Quayline Homes and Harrowgate Residential met the pastor of Living Word Chapel, a presenter from Radio Surma and members of Congregation Beth Tikvah on Fridays.",
			[]string{"ORG Northline Transit", "ORG Quayline Homes", "ORG Harrowgate Residential", "ORG Living Word Chapel", "ORG Radio Surma", "ORG Congregation Beth Tikvah"}, []string{"PERSON Northline Transit", "PERSON Harrowgate Residential", "PERSON Living Word Chapel", "PERSON Radio Surma", "PERSON Fridays"}},
		{"fitness, video calls, listings and crowdfunding", "The club logs its rides on Strava, the choir rehearses on Zoom, the flat was listed on Rightmove and Zoopla, and the appeal ran on GoFundMe.",
			[]string{"PLATFORM Strava", "PLATFORM Zoom", "ORG Rightmove", "ORG Zoopla", "ORG GoFundMe"}, []string{"GPE Strava", "PERSON Zoom", "PERSON Rightmove", "GPE GoFundMe"}},
		// dev14 causes.
		{"rescue, games and teen apps", "Boat crews kept in touch on Zello, the children played Roblox, and the older ones posted on BeReal and chatted on GroupMe.",
			[]string{"PLATFORM Zello", "PLATFORM Roblox", "PLATFORM BeReal", "PLATFORM GroupMe"}, []string{"ORG Zello", "PERSON Roblox", "ORG BeReal", "ORG GroupMe"}},
		{"wardens, hubs, campaigns and reviews", "Kemble Bridge Flood Wardens, the Brinnington Youth Hub and Bayou Climate Action all spoke to the Merrin Valley Flood Review.",
			[]string{"ORG Kemble Bridge Flood Wardens", "ORG Brinnington Youth Hub", "ORG Bayou Climate Action", "ORG Merrin Valley Flood Review"}, []string{"PERSON Kemble Bridge Flood Wardens", "GPE Brinnington Youth Hub", "PERSON Bayou Climate Action", "PERSON Merrin Valley Flood Review"}},
		{"storms and lanes", "Before Hurricane Odalys, the water reached Mill Lane, as it had when Hurricane Ida came through.",
			nil, []string{"PERSON Hurricane Odalys", "PERSON Hurricane Ida", "PERSON Mill Lane", "PERSON Odalys"}},
		// dev15 causes.
		{"service districts", "The Ridgeline Fire Protection District and the Millbrook City School District both left X.",
			[]string{"ORG Ridgeline Fire Protection District", "ORG Millbrook City School District"}, []string{"GPE Ridgeline Fire Protection District"}},
		{"one word and a town, a group by its apposition", "Pedal Leicester, a campaign group with about 2,000 members, wants a cycle route.",
			[]string{"ORG Pedal Leicester"}, []string{"GPE Leicester"}},
		{"services of districts", "The Inland Valley Health District and the Mesa Verde Water District both left X.",
			[]string{"ORG Inland Valley Health District", "ORG Mesa Verde Water District"}, []string{"GPE Inland Valley Health District", "GPE Mesa Verde Water District"}},
		{"calling apps", "She calls her mother on Skype, her brother on FaceTime and her cousins in Dubai on Botim.",
			[]string{"PLATFORM Skype", "PLATFORM FaceTime", "PLATFORM Botim"}, []string{"PERSON Skype", "ORG FaceTime", "PERSON Botim"}},
		{"video messages", "Every night she sends her husband a video on Marco Polo, and he answers on the app when his ship is in port.",
			[]string{"PLATFORM Marco Polo"}, []string{"PERSON Marco Polo"}},
		{"ranks, fellowships and forces", "Lieutenant Colonel Anna Pryce told the Australian Veterans' Fellowship that the Army Cadet Force had left Facebook. Colonel Pryce said so twice.",
			[]string{"PERSON Anna Pryce", "ORG Australian Veterans' Fellowship", "ORG Army Cadet Force"}, []string{"PERSON Lieutenant Colonel", "PERSON Colonel Pryce", "PERSON Australian Veterans' Fellowship", "PERSON Army Cadet Force"}},
		{"more languages", "The leaflets were printed in Amharic, Tigrinya and Farsi, and the helpline answers in Kurdish.",
			nil, []string{"PERSON Amharic", "ORG Tigrinya", "ORG Farsi", "GPE Kurdish", "PERSON Kurdish"}},
		// dev16 causes.
		{"outdoor apps and video calls", "Walkers plan routes on Komoot, log sightings on iNaturalist and Fishbrain, post photos on Flickr and meet on Google Meet.",
			[]string{"PLATFORM Komoot", "PLATFORM iNaturalist", "PLATFORM Fishbrain", "PLATFORM Flickr", "PLATFORM Google Meet"}, []string{"GPE Komoot", "ORG Fishbrain", "PERSON Flickr"}},
		{"surgeries, circles and health boards", "The GP at Bishopstown Family Practice referred her to the North East Carers' Circle and to NHS Grampian's Alzheimer's service.",
			[]string{"ORG Bishopstown Family Practice", "ORG North East Carers' Circle", "ORG NHS Grampian"}, []string{"ORG GP", "PERSON Bishopstown Family Practice", "GPE North East Carers' Circle", "PERSON NHS Grampian", "PERSON Alzheimer"}},
		// dev17 causes.
		{"perfume, blog, book and fan-fiction sites", "She moved her blog from Blogger to WordPress. Readers review scents on Fragrantica and Basenotes, catalogue books on LibraryThing and post stories to Archive of Our Own, or AO3. Triller never caught on. Blogger Anna Pike reviews perfume.",
			[]string{"PLATFORM Blogger", "PLATFORM WordPress", "PLATFORM Fragrantica", "PLATFORM Basenotes", "PLATFORM LibraryThing", "PLATFORM Archive of Our Own", "PLATFORM Triller", "PERSON Anna Pike"}, []string{"PERSON Triller", "ORG Archive of Our Own"}},
		{"the geocachers' site and the company that runs it", "She logged the find on Geocaching.com, and Groundspeak said Geocaching.com had archived the cache. Groundspeak Inc. runs it.",
			[]string{"PLATFORM Geocaching.com", "ORG Groundspeak", "ORG Groundspeak Inc."}, []string{"ORG Geocaching.com", "PERSON Geocaching.com", "PERSON Groundspeak"}},
		{"a sheet-music site, a triathletes' forum and two youth-sport apps", "She found the arrangement on MuseScore. He asked on Slowtwitch about wheels. The coach posts film on Hudl, and parents watch on GameChanger.",
			[]string{"PLATFORM MuseScore", "PLATFORM Slowtwitch", "PLATFORM Hudl", "PLATFORM GameChanger"}, []string{"ORG MuseScore", "ORG GameChanger"}},
		{"a climbers' logbook and a meet-up app", "The gym logs every problem on Kaya, an app for climbers, and Kaya shows who has sent what. The swimmers left Facebook for Heylo, and Heylo is free.",
			[]string{"PLATFORM Kaya", "PLATFORM Heylo"}, []string{"PERSON Kaya", "ORG Heylo", "PERSON Heylo"}},
		{"a given name that is also a climbers' app", "My daughter Kaya loves TikTok.",
			[]string{"PERSON Kaya", "PLATFORM TikTok"}, []string{"PLATFORM Kaya"}},
		{"a tabs site, a drone photo community and the drone maker", "She learned the chords from Ultimate Guitar. He posts his aerial photos on SkyPixel, and DJI said SkyPixel would keep them.",
			[]string{"PLATFORM Ultimate Guitar", "PLATFORM SkyPixel", "ORG DJI"}, []string{"ORG Ultimate Guitar", "PERSON SkyPixel"}},
		{"pinball and folk music forums", "He found the stolen machine on Pinside. She asked on the Mudcat Café, and the Mudcat answered.",
			[]string{"PLATFORM Pinside", "PLATFORM Mudcat Café"}, []string{"PERSON Pinside", "ORG Pinside", "ORG Mudcat Café", "GPE Mudcat"}},
		{"hobby sites and booking apps", "The knitters swap patterns on Ravelry, the gamers argue on BoardGameGeek and meet through Meetup, and the salon takes bookings on Fresha and sells on Etsy.",
			[]string{"PLATFORM Ravelry", "PLATFORM BoardGameGeek", "PLATFORM Meetup", "ORG Fresha", "ORG Etsy"}, []string{"PERSON Ravelry", "ORG BoardGameGeek", "GPE Meetup", "PERSON Fresha"}},
		{"broadband, bookshops and chambers", "Lir Broadband apologised to Clark Fork Books and the Missoula Valley Chamber of Commerce.",
			[]string{"ORG Lir Broadband", "ORG Clark Fork Books", "ORG Missoula Valley Chamber of Commerce"}, []string{"PERSON Lir Broadband", "PERSON Clark Fork Books", "PERSON Missoula Valley Chamber", "GPE Commerce"}},
		{"a place and district", "The Darlington and District Model Railway Society moved to Discord.",
			[]string{"ORG Darlington and District Model Railway Society"}, []string{"ORG District Model Railway Society", "GPE Darlington"}},
		{"letters signed with a town", "My bank only answers on Messenger.\nPriya Shah, Leicester.\n\nThe bakery in Swansea is on WhatsApp.",
			[]string{"PERSON Priya Shah", "GPE Leicester", "GPE Swansea"}, []string{"GPE Priya Shah", "PERSON Leicester", "PERSON Swansea"}},
		// dev18 causes.
		{"team, music and travel apps", "The club posts fixtures on TeamSnap and Spond, the band sells on Bandcamp and SoundCloud, and the guide plans walks on AllTrails after a night on Couchsurfing.",
			[]string{"PLATFORM TeamSnap", "PLATFORM Spond", "PLATFORM Bandcamp", "PLATFORM SoundCloud", "PLATFORM AllTrails", "PLATFORM Couchsurfing"}, []string{"ORG TeamSnap", "GPE Spond", "PERSON Bandcamp", "ORG SoundCloud"}},
		{"resorts, ferries and junior clubs", "Biokovo Bay Resort booked guests onto Aegean Link Ferries, and Saintbridge Swifts JFC sold tickets through Ticketmaster.",
			[]string{"ORG Biokovo Bay Resort", "ORG Aegean Link Ferries", "ORG Saintbridge Swifts JFC", "ORG Ticketmaster"}, []string{"PERSON Biokovo Bay Resort", "PERSON Aegean Link Ferries", "PERSON Ticketmaster"}},
		// dev19 causes.
		{"readers', historians' and cooks' sites", "She reviews books on Goodreads, pins old photographs on Historypin, posts recipes on Cookpad and still misses Friends Reunited.",
			[]string{"PLATFORM Goodreads", "PLATFORM Historypin", "PLATFORM Cookpad", "PLATFORM Friends Reunited"}, []string{"GPE Historypin", "PERSON Friends Reunited"}},
		{"crematoria, kitchens and job centres", "Llangunnor Crematorium, Northgate Community Kitchen and Wakefield Jobcentre all post on Facebook.",
			[]string{"ORG Llangunnor Crematorium", "ORG Northgate Community Kitchen", "ORG Wakefield Jobcentre"}, []string{"PERSON Llangunnor Crematorium", "PERSON Northgate Community Kitchen", "PERSON Wakefield Jobcentre"}},
		// dev20 causes.
		{"dating apps and gyms", "She met him on Hinge after a year on Tinder and Bumble, and they now train together at Foundry Gym with the Hollinwood Road Runners.",
			[]string{"PLATFORM Hinge", "PLATFORM Tinder", "PLATFORM Bumble", "ORG Foundry Gym", "ORG Hollinwood Road Runners"}, []string{"PERSON Tinder", "PERSON Bumble", "PERSON Foundry Gym"}},
		// dev21 causes.
		{"cycling, resale and theatre names", "Chevin Wheelers rides on Zwift, Kirkgate Cycles sells on Depop, and the Old Tannery Theatre was argued over on Mumsnet in Milwaukee.",
			[]string{"ORG Chevin Wheelers", "PLATFORM Zwift", "ORG Kirkgate Cycles", "PLATFORM Depop", "ORG Old Tannery Theatre", "PLATFORM Mumsnet", "GPE Milwaukee"}, []string{"PERSON Chevin Wheelers", "GPE Kirkgate Cycles", "PERSON Mumsnet", "PERSON Old Tannery Theatre"}},
		// dev22 causes.
		{"portfolio sites, podcasts and advice services", "Doorstep Housing Advice posts on DeviantArt and Behance, Pennine Crest Coaches is on Apple Podcasts, and Adobe runs Behance from Greater Manchester.",
			[]string{"ORG Doorstep Housing Advice", "PLATFORM DeviantArt", "PLATFORM Behance", "ORG Pennine Crest Coaches", "PLATFORM Apple Podcasts", "ORG Adobe", "GPE Greater Manchester"}, []string{"GPE Doorstep Housing Advice", "ORG DeviantArt", "PERSON Pennine Crest Coaches", "ORG Apple", "GPE Manchester"}},
		// dev23 causes.
		{"game stores, developer sites and outfitters", "Valve runs Steam, Marsh Lane Mutual Aid shops at Narrows Outfitters, and the maintainers answer on Stack Overflow and Zulip.",
			[]string{"ORG Valve", "PLATFORM Steam", "ORG Marsh Lane Mutual Aid", "ORG Narrows Outfitters", "PLATFORM Stack Overflow", "PLATFORM Zulip"}, []string{"PERSON Steam", "PERSON Narrows Outfitters", "PERSON Stack Overflow", "PERSON Zulip"}},
		// dev24 causes.
		{"trackers, tutor sites, forums and exams", "Flightradar24 and MarineTraffic track planes and ships, Preply finds tutors, FlyerTalk argues about lounges, and the Coastguard in Cornwall does not set GCSE papers.",
			[]string{"ORG Flightradar24", "ORG MarineTraffic", "ORG Preply", "PLATFORM FlyerTalk", "ORG Coastguard", "GPE Cornwall"}, []string{"PERSON Preply", "PERSON FlyerTalk", "ORG FlyerTalk", "PERSON Coastguard", "ORG GCSE", "PERSON GCSE"}},
		{"a men's plural inside an organization's name", "The Cape Ann Fishermen’s Association and the West Cornwall Inshore Fishermen's Co-operative both left Facebook.",
			[]string{"ORG Cape Ann Fishermen’s Association", "ORG West Cornwall Inshore Fishermen's Co-operative"}, []string{"PERSON Cape Ann Fishermen", "GPE West Cornwall Inshore Fishermen"}},
		{"a gerund after an opening quotation mark is no part of a name", "The airport left Twitter on Monday. \"Leaving X in the middle of a strike takes nerve,\" she said.",
			[]string{"PLATFORM X", "PLATFORM Twitter"}, []string{"ORG Leaving X", "PERSON Leaving X"}},
		{"a capitalized stop word after a speaker label is no part of a name", "HEGARTY: What about Snapchat?\n\nGARVEY: Snapchat is where it leaks.\n\nHEGARTY: And Telegram?\n\nGARVEY: Worse, frankly.",
			[]string{"PLATFORM Snapchat", "PLATFORM Telegram"}, []string{"ORG And Telegram", "PERSON And Telegram"}},
		// dev25 causes.
		{"reading and launch sites, a fixtures site, a gathering, degrees", "Finally, the club left the StoryGraph for Product Hunt, posted its fixtures on Play-Cricket and held a monthly meetup, where Dana Cole talked about her PhD in Preston and Huddersfield.",
			[]string{"PLATFORM StoryGraph", "PLATFORM Product Hunt", "ORG Play-Cricket", "PERSON Dana Cole", "GPE Preston", "GPE Huddersfield"},
			[]string{"PLATFORM meetup", "ORG Finally", "PERSON Finally", "ORG PhD", "PERSON Product Hunt", "ORG StoryGraph"}},
		// dev26 causes.
		{"a beer app, a language app, languages and disc jockeys", "Megan Rees checks in her beers on Untappd, posts in Welsh, learnt Gaelic on Duolingo, dances Latin on Fridays and hired two DJs in Milton Keynes and Kent.",
			[]string{"PERSON Megan Rees", "PLATFORM Untappd", "ORG Duolingo", "GPE Milton Keynes", "GPE Kent"},
			[]string{"PERSON Untappd", "GPE Welsh", "PERSON Gaelic", "GPE Gaelic", "PERSON Latin", "ORG DJs", "PERSON Milton Keynes"}},
		// dev27 causes.
		{"Ireland's parliament and parties", "Three TDs from Fianna Fáil, Fine Gael and Sinn Féin told the Oireachtas committee that TikTok was failing children in Columbus and Stirling alike.",
			[]string{"ORG Fianna Fáil", "ORG Fine Gael", "ORG Sinn Féin", "ORG Oireachtas", "PLATFORM TikTok", "GPE Columbus", "GPE Stirling"},
			[]string{"ORG TDs", "GPE Fianna Fáil", "GPE Fine Gael", "PERSON Sinn Féin"}},
		// dev28 causes.
		{"a service noun after a name keeps the platform", "She now runs the help channels on the Lanternhouse Discord server, posting in Sesotho from Durham and Harrogate.",
			[]string{"PLATFORM Discord", "GPE Durham", "GPE Harrogate"},
			[]string{"ORG Lanternhouse Discord", "PERSON Lanternhouse Discord", "PERSON Sesotho", "GPE Sesotho"}},
		// dev29 causes.
		{"Indian apps, a conciliation service, a question's auxiliary, Lent", "Creators left Moj and Koo for ShareChat, the union called Acas, and she gave up TikTok for Lent. Does X, formerly Twitter, still matter in Doncaster?",
			[]string{"PLATFORM Moj", "PLATFORM Koo", "PLATFORM ShareChat", "ORG Acas", "PLATFORM TikTok", "PLATFORM X", "GPE Doncaster"},
			[]string{"ORG Moj", "ORG Koo", "ORG ShareChat", "PERSON Acas", "GPE Lent", "PERSON Does X", "ORG Does X"}},
		// dev30 causes.
		{"Iran's messenger, a command, role appositions, plural nationalities", "Iran wants people on Eitaa. Put Signal on your phone. The advice drew criticism from Rasmus Dahl, the opposition's foreign affairs spokesman. Winston Gayle, digital director of the party, agreed. A lot of Norwegians still look at X first. Voice notes from Tamale and Montego Bay spread. A spokesman for Desert Line Sportsbook, the league's official betting partner, declined.",
			[]string{"PLATFORM Eitaa", "PLATFORM Signal", "PERSON Rasmus Dahl", "PERSON Winston Gayle", "GPE Tamale", "GPE Montego Bay"},
			[]string{"GPE Eitaa", "PERSON Put Signal", "GPE Rasmus Dahl", "GPE Winston Gayle", "GPE Norwegians", "PERSON Norwegians", "PERSON Desert Line Sportsbook", "LOC Montego Bay"}},
		// dev31 causes.
		{"a role subject's named speaker (not a body's, nor without a verb of saying), clergy, Indian states, languages", "A spokeswoman for the interior ministry, Dewi Lestari, said the ban would stay on Telegram. The preacher who runs the group, Chisomo Banda, told reporters it had moved to WhatsApp. The state broadcaster, Kilimanjaro Sauti, said it would act. A lawyer for the union, Harrow Legal, filed the claim. Malawians watched a video in Chichewa from Jammu and Kashmir, Pernambuco and Wrexham over Wi-Fi.",
			[]string{"PERSON Dewi Lestari", "PERSON Chisomo Banda", "ORG Kilimanjaro Sauti", "ORG Harrow Legal", "GPE Jammu and Kashmir", "GPE Pernambuco", "GPE Wrexham"},
			[]string{"ORG Dewi Lestari", "ORG Chisomo Banda", "PERSON Kilimanjaro Sauti", "PERSON Harrow Legal", "GPE Malawians", "GPE Chichewa", "GPE Jammu", "PERSON Pernambuco", "PERSON Wi-Fi"}},
		{"owners of platforms", "The code lives on GitHub, and Rakuten Viber said sign-ups had doubled.",
			[]string{"ORG GitHub", "ORG Rakuten Viber"}, []string{"PLATFORM Viber"}},
		// A capitalized hyphenated word inside an organization's name;
		// an owner's hyphenated word before one is outside it.
		{"hyphenated words in bodies' names", "The Guild of Freelance Make-up Artists and the Society of Hand-made Furniture Makers wrote to the Anglo-Irish Bank.",
			[]string{"ORG Guild of Freelance Make-up Artists", "ORG Society of Hand-made Furniture Makers", "ORG Anglo-Irish Bank"},
			[]string{"ORG Guild of Freelance", "PERSON Artists", "PERSON Furniture Makers", "PERSON Bank"}},
		{"owners' words before names", "The London-based Digital Rights Group said Musk-owned X had failed. Elon Musk-owned X changed its rules.",
			[]string{"ORG Digital Rights Group", "PLATFORM X"}, []string{"ORG London-based Digital Rights Group"}},
		{"bodies for a cause and supporters' groups", "The Federal Office for the Protection of the Constitution, Friends of the Earth and the Sisters of St. Brendan wrote to a group calling itself Parents for a Safer Touchline. Parents said little.",
			[]string{"ORG Federal Office for the Protection of the Constitution", "ORG Friends of the Earth", "ORG Sisters of St. Brendan", "ORG Parents for a Safer Touchline"},
			[]string{"ORG Federal Office", "ORG St. Brendan", "PERSON Safer Touchline", "ORG Parents"}},
		{"titles of classes", "The class, called Phones for the Rest of Us, meets weekly, and a course called Yoga for Alpha Males is on Zoom.",
			[]string{"PLATFORM Zoom"}, []string{"ORG Phones for the Rest", "ORG Yoga for Alpha Males", "PERSON Alpha Males"}},
		{"a cause in a title-case headline", "Support for a Ban Grows Among Parents on TikTok\n\nSupport for a ban on phones grew this week.",
			[]string{"PLATFORM TikTok"}, []string{"ORG Support for a Ban Grows", "ORG Support"}},
		{"people described after a comma", "Lorraine Beck, a retired schoolteacher, said the page helped. Destiny Hart, a nursing assistant, disagreed. Sunita Kaur, whose son is in Year 9, tried Teams. The group meets in Rochdale, whose council pays for the hall.",
			[]string{"PERSON Lorraine Beck", "PERSON Destiny Hart", "PERSON Sunita Kaur", "GPE Rochdale", "PLATFORM Teams"},
			[]string{"GPE Lorraine Beck", "GPE Destiny Hart", "GPE Sunita Kaur", "PERSON Rochdale"}},
		{"advertisers that left platforms", "Coca-Cola, Procter & Gamble and Warner Bros. Discovery paused their ads on Facebook; Shares of Unilever fell.",
			[]string{"ORG Coca-Cola", "ORG Procter & Gamble", "ORG Warner Bros. Discovery", "PLATFORM Facebook", "ORG Unilever"},
			[]string{"PERSON Coca-Cola", "PERSON Unilever"}},
		{"languages and nationalities", "Mr. Dao said in Burmese that the Nepali and Romanian texts were clearer than the Thai ones, speaking in Wolof.",
			nil, []string{"GPE Burmese", "GPE Nepali", "GPE Romanian", "ORG Thai", "GPE Wolof"}},
		{"acronyms that are not bodies", "The clinic's ZIP code, the router's IP address and the HD camera were logged.",
			nil, []string{"ORG ZIP", "ORG IP", "ORG HD"}},
		{"nationality before a ministry", "Notices come from the Vietnamese Ministry of Transport and the Thai Ministry of Labour.",
			[]string{"ORG Ministry of Transport", "ORG Ministry of Labour"}, []string{"ORG Thai Ministry of Labour"}},
		{"ministry of several subjects", "The Ministry of Education, Culture and Sport published the rules.",
			[]string{"ORG Ministry of Education, Culture and Sport"}, []string{"ORG Ministry of Education", "ORG Culture"}},
		{"body in a city", "Ana Brook, who leads the Centre for Civic Data in Zurich, disagreed.",
			[]string{"ORG Centre for Civic Data", "GPE Zurich"}, []string{"ORG Centre for Civic Data in Zurich"}},
		{"body in a region", "The Organisation for Security and Co-operation in Europe sent observers.",
			[]string{"ORG Organisation for Security and Co-operation in Europe"}, nil},
		{"school by level", "Parents waited outside Garfield Elementary on Friday.",
			[]string{"ORG Garfield Elementary"}, []string{"PERSON Garfield Elementary"}},
		{"known city", "Her cousin in Des Moines saw the warning first.",
			[]string{"GPE Des Moines"}, []string{"PERSON Des Moines"}},
		// dev6 causes.
		{"dash dateline", "OSLO — The data authority fined Snapchat on Friday, officials in Oslo said.",
			[]string{"GPE OSLO", "GPE Oslo"}, []string{"ORG OSLO", "PERSON OSLO"}},
		{"dash dateline of an unknown place", "PORT HADLEY — Ferry times are now posted on Facebook.",
			[]string{"GPE PORT HADLEY"}, []string{"PERSON PORT HADLEY"}},
		{"dateline with an agency the lexicon does not know", "NORMAL, Ill. (Mackinaw Valley Wire) — A choir in central Illinois says YouTube muted its concert.",
			[]string{"GPE NORMAL", "GPE Ill.", "ORG Mackinaw Valley Wire"}, []string{"ORG NORMAL"}},
		{"a dateline's agency is not the place's initials", "WASHINGTON (AP) — The senator said YouTube cut the sound.",
			[]string{"GPE WASHINGTON", "ORG AP"}, nil},
		{"a region's initials in brackets", "Schools in the Northern Territory (NT) blocked Telegram on Monday.",
			[]string{"GPE Northern Territory", "GPE NT"}, []string{"ORG NT", "PERSON NT"}},
		{"civic titles", "Superintendent Mara Feld and City Administrator Tobias Wren met Principal Joan Ives.",
			[]string{"PERSON Mara Feld", "PERSON Tobias Wren", "PERSON Joan Ives"},
			[]string{"PERSON Superintendent Mara Feld", "PERSON City Administrator Tobias Wren", "PERSON Principal Joan Ives"}},
		{"council and board members", "Council Member Dina Ortez and City Council Member Ray Olsen voted no; Councilmember Ana Ruiz and School Board Member Tia Lam voted yes.",
			[]string{"PERSON Dina Ortez", "PERSON Ray Olsen", "PERSON Ana Ruiz", "PERSON Tia Lam"},
			[]string{"PERSON Council Member Dina Ortez", "ORG City Council", "PERSON Councilmember Ana Ruiz", "PERSON School Board Member Tia Lam", "ORG School Board"}},
		{"a member of a body", "Gina Arden, a member of the city council, said no.",
			[]string{"PERSON Gina Arden"}, []string{"GPE Gina Arden"}},
		{"two places begin a body's name", "The Penarth and Vale Cab Owners’ Association left Facebook; the England and Wales Cricket Board stayed.",
			[]string{"ORG Penarth and Vale Cab Owners’ Association", "ORG England and Wales Cricket Board"},
			[]string{"ORG Vale Cab Owners’ Association", "ORG Wales Cricket Board", "GPE Penarth", "GPE England"}},
		{"a given name before a surname that is a head word", "Kids' piano teacher quits Instagram\n\nBy Megan Court, who teaches piano in Leeds.\n\nMy pupils found me on Instagram. Megan Lines, 41, a violin teacher, left it too.",
			[]string{"PERSON Megan Court", "PERSON Megan Lines"}, []string{"ORG Megan Court", "ORG Megan Lines"}},
		{"a place beside the force named after it", "Owl group report blames TikTok for crowds at Suffolk heath sites\n\nA west Suffolk owl group has blamed TikTok. Suffolk Police said it had 40 calls.",
			[]string{"GPE Suffolk", "ORG Suffolk Police"}, []string{"ORG Suffolk"}},
		{"a platform's rules are no body", "Facebook said the page did not go against its Community Standards, and TikTok cited its Community Guidelines. Action Fraud took 40 reports.",
			[]string{"ORG Action Fraud"}, []string{"ORG Community Standards", "ORG Community Guidelines", "PERSON Action Fraud"}},
		{"trade jargon", "The CFO said CPMs for B2B campaigns and HVAC ads rose.",
			nil, []string{"ORG CFO", "ORG CPMs", "ORG B2B", "ORG HVAC"}},
		{"amounts after platforms", "The regulator fined Discord NZ$90,000 and X NZ$2 million; Twitter appealed.",
			[]string{"PLATFORM Discord", "PLATFORM X"}, []string{"PERSON Discord NZ$90,000", "PERSON X NZ$2", "GPE NZ$90,000"}},
		{"rednote", "Shoppers compare prices on Xiaohongshu, also called RedNote.",
			[]string{"PLATFORM Xiaohongshu", "PLATFORM RedNote"}, []string{"ORG Xiaohongshu"}},
		{"more town heads and compass starts", "She grew up in Maple Hollow, taught in Oak Ridge and West Dunford, and now lives near Heron Point.",
			[]string{"GPE Maple Hollow", "GPE Oak Ridge", "GPE West Dunford", "GPE Heron Point"},
			[]string{"PERSON Maple Hollow", "PERSON Oak Ridge", "PERSON West Dunford", "PERSON Heron Point"}},
		{"office of a title holder", "Deputies at the Tolland County Sheriff's Office and staff of the Attorney General's Office use Facebook.",
			[]string{"ORG Tolland County Sheriff's Office", "ORG Attorney General's Office"}, []string{"GPE Tolland County", "ORG 's Office"}},
		{"agencies named after their trade", "Wrenfield Marketing bought ads on Pinterest, while Osei Creative chose Snapchat.",
			[]string{"ORG Wrenfield Marketing", "ORG Osei Creative"}, []string{"PERSON Wrenfield Marketing", "PERSON Osei Creative"}},
		{"holidays and kin are no names", "By Halloween she had posted Grandma's recipes, and by Thanksgiving Mom had joined Threads too.",
			nil, []string{"GPE Halloween", "PERSON Grandma", "GPE Thanksgiving", "PERSON Mom"}},
		{"people of a known place", "Many Sri Lankans and a Costa Rican group moved their chats to Telegram.",
			[]string{"PLATFORM Telegram"}, []string{"GPE Sri Lankans", "PERSON Sri Lankans", "GPE Costa Rican", "ORG Costa Rican"}},
		{"place-based descriptor", "The study came from the Lisbon-based consultancy Tarn Ashby.",
			[]string{"ORG Tarn Ashby"}, []string{"PERSON Tarn Ashby"}},
		// dev7 causes.
		{"person after a trade that is also a job", "The rezoning was opposed by the developer Gary Holcombe and backed by the producer Orla Brennick. Holcombe said he would appeal.",
			[]string{"PERSON Gary Holcombe", "PERSON Holcombe", "PERSON Orla Brennick"}, []string{"ORG Gary Holcombe", "ORG Holcombe", "ORG Orla Brennick"}},
		{"titles of works after called or named", "He runs a YouTube channel called Brine Street Eats and a podcast named Night Ferry. Brine Street Eats now has 40,000 subscribers.",
			[]string{"PLATFORM YouTube"}, []string{"PERSON Brine Street Eats", "PERSON Night Ferry", "ORG Brine Street Eats", "ORG Night Ferry"}},
		{"places before provinces", "Factories in Rayong and Chon Buri provinces closed, and a depot in Chon Buri flooded.",
			[]string{"GPE Rayong", "GPE Chon Buri"}, []string{"PERSON Chon Buri", "ORG Rayong"}},
		{"religious titles, places of worship and studios", "Sister Ann Pole of Ashdown Central Mosque thanked Brindle Interactive. Vesper Gaming sent food.",
			[]string{"PERSON Ann Pole", "ORG Ashdown Central Mosque", "ORG Brindle Interactive", "ORG Vesper Gaming"},
			[]string{"PERSON Sister Ann Pole", "PERSON Ashdown Central Mosque", "PERSON Brindle Interactive", "GPE Vesper Gaming", "PERSON Vesper Gaming"}},
		{"shouted text with a possessive", "Her sister sent a sign that said ‘GRANDPA’S FAVOURITE CHAIR’ for the porch.",
			nil, []string{"ORG GRANDPA", "PERSON FAVOURITE CHAIR", "ORG FAVOURITE CHAIR"}},
		// Recognition errors fixed by their general cause.
		{"two organizations joined by and", "Grants from the Tessaly Foundation and Marrow Hill Media paid for the study.",
			[]string{"ORG Tessaly Foundation", "ORG Marrow Hill Media"}, []string{"ORG Tessaly Foundation and Marrow Hill Media"}},
		{"an organization with its own and before another", "Members of the Transport and Logistics Workers' Union and Ashford Police met on Friday.",
			[]string{"ORG Transport and Logistics Workers' Union", "ORG Ashford Police"}, []string{"ORG Transport and Logistics Workers' Union and Ashford Police"}},
		{"one organization with and between its subjects", "The Australian Securities and Investments Commission wrote to the Department of Energy and Climate Change and the Ministry of Science and Technology.",
			[]string{"ORG Australian Securities and Investments Commission", "ORG Department of Energy and Climate Change", "ORG Ministry of Science and Technology"},
			[]string{"ORG Australian Securities", "ORG Investments Commission", "ORG Department of Energy", "ORG Ministry of Science"}},
		{"place inside a judge's title", "U.S. District Judge Marta Quill dismissed the suit that Assistant U.S. Attorney Owen Brandt had filed.",
			[]string{"PERSON Marta Quill", "PERSON Owen Brandt"}, []string{"GPE U.S.", "GPE U.S. District", "PERSON Assistant"}},
		{"sports teams with plural names", "Yesterday the Tarrow Hawks edged the Bell Creek Otters in overtime. Hawks coach Sam Reyes said the Otters played well, and the match against the Wrens is next.",
			[]string{"ORG Tarrow Hawks", "ORG Bell Creek Otters", "ORG Hawks", "ORG Otters", "ORG Wrens", "PERSON Sam Reyes"},
			[]string{"PERSON Tarrow Hawks", "PERSON Bell Creek Otters", "PERSON Hawks", "PERSON Otters", "PERSON Wrens"}},
		{"plural family names are no teams", "The Hendersons beat the odds. The lawsuit against the Calloways was dropped.",
			nil, []string{"ORG Hendersons", "ORG Calloways"}},
		{"coined names without a head word", "Revenue beat the figure that analysts polled by BrightLedger had expected, according to SignalHarbor Weekly, a newsletter.",
			[]string{"ORG BrightLedger", "ORG SignalHarbor Weekly"}, []string{"PERSON BrightLedger", "GPE BrightLedger", "PERSON SignalHarbor Weekly"}},
		{"camel-case surnames stay persons", "Fans said Ellen DeGeneres, Tom MacArthur and Fiona FitzGerald were there.",
			[]string{"PERSON Ellen DeGeneres", "PERSON Tom MacArthur", "PERSON Fiona FitzGerald"}, []string{"ORG Ellen DeGeneres", "ORG Fiona FitzGerald"}},
		{"workplace after a job", "Priya Nair, an analyst at Harwick Tolland, said the quarter was weak; she once was a researcher at Maria Lopez's lab.",
			[]string{"PERSON Priya Nair", "ORG Harwick Tolland", "PERSON Maria Lopez"}, []string{"PERSON Harwick Tolland", "ORG Maria Lopez"}},
		{"organization apposition with a nationality", "Victims should call Fraud Watchline, the national reporting centre. The money came from Osterby Kapital, a Danish pension fund.",
			[]string{"ORG Fraud Watchline", "ORG Osterby Kapital"}, []string{"PERSON Fraud Watchline", "PERSON Osterby Kapital"}},
		{"sentence-initial name before an apposition", "Brent Oduya, the deputy reeve, spoke on Monday. On Friday, Brent Halvorsen, the member for Kestrel Bay, replied.",
			[]string{"PERSON Brent Oduya", "PERSON Brent Halvorsen"}, nil},
		{"sentence of names is no title-case headline", "Orla Pennick, Ravi Castellano, Tomasz Udeh and DeShawn Pryce met the mayor on Monday.",
			[]string{"PERSON Orla Pennick", "PERSON Ravi Castellano", "PERSON Tomasz Udeh", "PERSON DeShawn Pryce"}, nil},
		{"sentence-initial common words are no names", "Imagine Company X deleting your posts. Keeping Facebook open, the council said, was costly. Further Reading follows below.",
			[]string{"PLATFORM Facebook"}, []string{"PERSON Imagine Company X", "PERSON Company X", "PERSON Keeping Facebook", "PERSON Further Reading", "ORG Further Reading", "GPE Further Reading"}},
		{"title-case headline still needs the body", "Town Leaders Quit Facebook Over Privacy Fears\n\nThe council said it would leave Facebook.",
			[]string{"PLATFORM Facebook"}, []string{"PERSON Town Leaders", "ORG Town Leaders", "PERSON Privacy Fears", "ORG Privacy Fears"}},
		{"given name the tagger takes for a plural", "Frances Haldane, who runs the shop, said so. Agnes Okoro said the ban was unfair.",
			[]string{"PERSON Frances Haldane", "PERSON Agnes Okoro"}, []string{"PERSON Haldane", "PERSON Okoro"}},
		{"plural role before surnames is no given name", "Teachers Marlow and Birch signed the letter. Officials Thursday said the road was closed. Students Union leaders met.",
			[]string{"PERSON Marlow", "PERSON Birch"}, []string{"PERSON Teachers Marlow", "PERSON Officials Thursday", "PERSON Students Union"}},
		{"place outside a judge's title", "Chief U.S. Bankruptcy Judge Lena Voss said U.S. lenders and U.S. President Joe Biden had been told.",
			[]string{"PERSON Lena Voss", "GPE U.S.", "PERSON Joe Biden"}, []string{"GPE U.S. Bankruptcy"}},
		// Persons split, dropped or mistyped (they cost stance holders).
		{"title that is also a surname, after a given name and alone later", "The organiser, Tom Bishop, said the ferry was late. Rebecca Judge and Gemma Lord agreed. Bishop added that the wind was worse.",
			[]string{"PERSON Tom Bishop", "PERSON Rebecca Judge", "PERSON Gemma Lord", "PERSON Bishop"}, []string{"PERSON Tom", "PERSON Rebecca", "PERSON Gemma"}},
		{"title alone, when the text names no one by it, is no person", "The court sat late. Judge said the case was closed.",
			nil, []string{"PERSON Judge", "ORG Judge"}},
		{"title before a name or after the stays a title", "Stephen King wrote the guide. Later, King Charles read it, the King liked it, and Mark Chancellor Reeves quoted it. Dear Sir, thank you.",
			[]string{"PERSON Stephen King", "PERSON Charles"}, []string{"PERSON King Charles", "PERSON King", "PERSON Stephen", "PERSON Mark Chancellor Reeves", "PERSON Dear Sir", "PERSON Sir"}},
		{"sentence-initial given name the tagger does not know", "Anneliese Brannigan said the ferry timetable was wrong.",
			[]string{"PERSON Anneliese Brannigan"}, []string{"PERSON Brannigan"}},
		{"sentence-initial given name of a surname used alone later", "Anneliese Dorrington has chaired the parish council since 2019. Only Dorrington knows where the keys are, Dorrington said.",
			[]string{"PERSON Anneliese Dorrington", "PERSON Dorrington"}, []string{"PERSON Only Dorrington"}},
		{"sentence-initial particle of a surname", "Ó Ceallaigh said the ferry was late. The skipper, Cathal Ó Ceallaigh, blamed the wind.",
			[]string{"PERSON Ó Ceallaigh", "PERSON Cathal Ó Ceallaigh"}, []string{"PERSON Ceallaigh"}},
		{"title-case common words are no person's name", "The memo's subject line read “Big Changes,” and the flyer promised a Fresh Start. Volunteers staff Office Hours, a weekly drop-in.",
			nil, []string{"PERSON Big Changes", "PERSON Fresh Start", "PERSON Office Hours"}},
		{"no person's name begins with a number word", "The choir closed with Bruckner's Seventh Symphony. Her podcast, Second Chances, has 9,000 listeners. The Third Ward meeting ran late.",
			nil, []string{"PERSON Seventh Symphony", "PERSON Second Chances", "PERSON Third Ward"}},
		{"a saint's name alone is a church or school", "Parents at St. Wenceslas said the bus was late.",
			[]string{"ORG St. Wenceslas"}, []string{"PERSON St. Wenceslas"}},
		{"the name after a person's of is no person", "State Rep. Dolores Ybarra of Pecan Flats said the bill would pass. Coach Hamish Lyle of Ardmore Thistle praised the referee.",
			[]string{"PERSON Dolores Ybarra", "GPE Pecan Flats", "PERSON Hamish Lyle"}, []string{"PERSON Pecan Flats", "PERSON Ardmore Thistle"}},
		{"place-based compound inside an organization apposition", "Brindle Social, the Leeds-based market leader, said it would stay on X. Corvid Signal, a Dublin-based charity, left Facebook. Pellucid, the Austin-based startup, joined Bluesky.",
			[]string{"ORG Brindle Social", "ORG Corvid Signal", "ORG Pellucid"}, []string{"PERSON Brindle Social", "PERSON Corvid Signal"}},
		// Typing errors of places, persons and charities.
		{"shelters and rescues are organizations", "Volunteers at the Marlow Street Shelter say the Bexford Animal Rescue and the Greyfield Donkey Sanctuary will take the dogs.",
			[]string{"ORG Marlow Street Shelter", "ORG Bexford Animal Rescue", "ORG Greyfield Donkey Sanctuary"},
			[]string{"PERSON Marlow Street Shelter", "PERSON Bexford Animal Rescue", "PERSON Greyfield Donkey Sanctuary"}},
		{"a lake named before its name", "Her paintings show the greens and browns of Lake Winnamoc in autumn, and the fishing fleet of Lake Tarrow.",
			[]string{"LOC Lake Winnamoc", "LOC Lake Tarrow"}, []string{"PERSON Lake Winnamoc", "PERSON Lake Tarrow"}},
		{"downtown or rural before a place", "The shop moved to downtown Ashvale last spring, and a second one opened in rural Tennick.",
			[]string{"GPE Ashvale", "GPE Tennick"}, nil},
		{"a place word outweighs the short form of an orchestra", "Celeste Varga has run the Pellworth Symphony Orchestra for six years. The Pellworth Symphony opens its season Friday. Her office is in downtown Pellworth.",
			[]string{"GPE Pellworth"}, []string{"PERSON Pellworth"}},
		{"a person in mid-sentence is one in the headline too", "Octavia Swindon quits YouTube for a streaming rival\n\nFans of Octavia Swindon’s cooking show learned the news on Monday.",
			[]string{"PERSON Octavia Swindon"}, []string{"GPE Octavia Swindon"}},
		{"a greeting before a place is no place", "“Goodbye, Texas,” the chain wrote on its last day. “Hello, Oregon!” it added.",
			[]string{"GPE Texas", "GPE Oregon"}, []string{"GPE Goodbye", "GPE Hello", "PERSON Goodbye", "PERSON Hello"}},
		// Sentence-initial names whose first word the tagger calls common.
		{"a name that takes which keeps its first word", "Equal Access Tayside, which has about 2,100 members, left X. Stopping Distance, which supports bereaved families, launched a film.",
			[]string{"ORG Equal Access Tayside", "ORG Stopping Distance"}, []string{"PERSON Access Tayside", "ORG Distance", "GPE Stopping Distance"}},
		{"a long name with a common word keeps its first word", "Open Door Minds, a British mental-health charity, runs a helpline on WhatsApp.",
			[]string{"ORG Open Door Minds"}, []string{"ORG Door Minds"}},
		{"a verb or a role before a name stays out", "Consider Kayla Brooks, who runs the group. Comedian Dom Akhtar, who hosts the show, left X.",
			[]string{"PERSON Kayla Brooks", "PERSON Dom Akhtar"}, []string{"PERSON Consider Kayla Brooks", "PERSON Comedian Dom Akhtar"}},
		{"one of the agencies", "Northbridge Relief, one of the largest aid agencies in the region, left Telegram.",
			[]string{"ORG Northbridge Relief"}, []string{"GPE Northbridge Relief", "PERSON Northbridge Relief"}},
		{"province and state abbreviations are places", "An independent review of the flood in Harlow Creek, B.C., has backed WhatsApp. HALIFAX, N.S. — The festival left X. Bentonville, Ark., is 300 kilometres south of nowhere, and far from the Arctic Circle.",
			[]string{"GPE B.C.", "GPE N.S.", "GPE Ark.", "LOC Arctic Circle"}, []string{"ORG B.C.", "ORG N.S.", "ORG Arctic Circle"}},
		{"police ranks and performers are titles", "PC Dan Whitlow told the meeting to use WhatsApp. Fiddler Ainsley Gillis, 24, said the festival had left X.",
			[]string{"PERSON Dan Whitlow", "PERSON Ainsley Gillis"}, []string{"PERSON PC Dan Whitlow", "PERSON Fiddler Ainsley Gillis"}},
		// A part of a service, a headline's plural, a town's name inside
		// two bodies' names, a venue, things in the sky, a word talked
		// about and a game's title.
		{"a service's part is no organization", "The kennel stopped listing puppies on Facebook Marketplace in March. Buyers on Marketplace rarely turned up, it said, and the notices in Google Translate read badly.",
			[]string{"PLATFORM Facebook", "ORG Google"}, []string{"ORG Marketplace", "PERSON Marketplace", "GPE Marketplace", "PERSON Translate", "ORG Translate"}},
		{"a headline's plural is no organization", "Volunteers’ forum leaves X for Bluesky\n\nThe Volunteers’ Alliance of Orkney said on Monday it would close its account on X.",
			[]string{"ORG Volunteers’ Alliance of Orkney"}, []string{"ORG Volunteers"}},
		{"a shire's town", "Tannock is a wheat town. Farmers around Tannock read the Tannock Shire Council notices, and the Tannock Regional Showgrounds posts its results on WhatsApp.",
			[]string{"GPE Tannock", "ORG Tannock Shire Council"}, []string{"ORG Tannock"}},
		{"a venue is an organization", "The Copper Kettle, a 120-seat cafe in Whitby, has left Instagram, and the Copper Kettle now posts its menus on WhatsApp.",
			[]string{"ORG Copper Kettle"}, []string{"PERSON Copper Kettle", "GPE Copper Kettle"}},
		{"a nebula is no person and Nebula a service", "Her films go first to Nebula, a subscription video service, and later to YouTube. “On Nebula nobody asks whether the Horsehead Nebula is boring,” she said.",
			[]string{"PLATFORM Nebula"}, []string{"PERSON Horsehead Nebula", "PERSON Nebula"}},
		{"a word talked about is no name", "The filter saw the word Zorblatt and hid the whole post from TikTok.",
			[]string{"PLATFORM TikTok"}, []string{"PERSON Zorblatt", "ORG Zorblatt", "GPE Zorblatt"}},
		{"a game's title is no name", "Kofi Mensah holds the record in Ember Quest, a game he first played at nine, and streams his Ember Quest runs on Twitch.",
			[]string{"PERSON Kofi Mensah"}, []string{"PERSON Ember Quest", "ORG Ember Quest", "GPE Ember Quest"}},
		{"a given name alone is a person's in apposition to kin, as when speaking or after kin", "My sister, Maeve, deleted TikTok last spring. Maeve moved to Bluesky and likes it. “It is quieter,” Rory said. Her son Tariq uses Discord.",
			[]string{"PERSON Maeve", "PERSON Rory", "PERSON Tariq"}, []string{"GPE Maeve", "ORG Maeve", "GPE Rory", "GPE Tariq"}},
		// A plural's possessive inside a name, a headline's first word
		// before a common noun, a team after "the", appositions with a
		// platform or a possessive in them, and a town in a group's name.
		{"a plural's possessive inside a name", "The Women’s Rowers’ League said on Monday it had left X.",
			[]string{"ORG Women’s Rowers’ League"}, []string{"ORG Rowers’ League"}},
		{"a headline's word before a common noun is no short form", "Charity regulator warns donors about Telegram\n\nThe Charity Trust of Wessex said fake appeals had spread on Telegram.",
			[]string{"ORG Charity Trust of Wessex"}, []string{"ORG Charity"}},
		{"a hyphenated headline word before a common noun is a short form", "Kel-Moor transit agency quits X\n\nThe Kel-Moor Transit Authority said it would post delays on WhatsApp.",
			[]string{"ORG Kel-Moor", "ORG Kel-Moor Transit Authority"}, nil},
		{"a name after the is no person's", "Not every team liked the plan. The Regina Avalanche sells most of its seats through Instagram.",
			[]string{"ORG Regina Avalanche"}, []string{"PERSON Regina Avalanche"}},
		{"a place after the stays a place", "The plan was approved by the Regional District of Tally Bay. Creators are moving their work to YouTube. The Santa Monica, California, company said on Tuesday that payouts would fall. He hiked the Grand Canyon and posted it on TikTok.",
			nil, []string{"ORG Regional District", "ORG Santa Monica", "ORG Grand Canyon"}},
		{"appositions with a platform or a possessive", "Ewan Price, who runs Dunmore Parents Talk, a Facebook group with 4,000 members, said it would stay. The admins of Larchfield Neighbors, the village's busiest WhatsApp group, resigned.",
			[]string{"ORG Dunmore Parents Talk", "ORG Larchfield Neighbors"}, []string{"PERSON Dunmore Parents Talk", "PERSON Larchfield Neighbors"}},
		{"a town in a group's name", "Residents of Pelham learned of the fire from Pelham Town Chat, a Facebook group, on Monday. Most people in Pelham saw it there.",
			[]string{"GPE Pelham", "ORG Pelham Town Chat"}, []string{"ORG Pelham", "PERSON Pelham"}},
		{"whom an interview's subject spoke to is a person", "He spoke to Caleb Strand of the Dunmore Valley Courier about the fire.\n\nSTRAND: Why did the rumour spread?",
			[]string{"PERSON Caleb Strand", "PERSON STRAND"}, []string{"GPE Caleb Strand", "ORG Caleb Strand"}},
		{"Swahili and Spanish connectors inside a name", "Sauti ya Haki, a small opposition party, left X. She lectures at the University of Dar es Salaam.",
			[]string{"ORG Sauti ya Haki", "ORG University of Dar es Salaam"}, []string{"ORG Sauti", "ORG University of Dar"}},
		{"a plural that opens no name continues one before its possessive", "The Leeds Basketball Officials' Association, which represents referees, welcomed the move off X.",
			[]string{"ORG Leeds Basketball Officials' Association"}, []string{"ORG Leeds Basketball"}},
		{"a known place modifies an apposition's head", "The subtitles were written by Brightfold Captions, a Glasgow company that works for broadcasters. Pellucid Voice, a New York accessibility agency, rated YouTube first.",
			[]string{"ORG Brightfold Captions", "ORG Pellucid Voice", "GPE Glasgow"}, []string{"PERSON Brightfold Captions", "PERSON Pellucid Voice"}},
		{"a unit in apposition is a body", "The claim was false, according to Cinder Lane Check, a verification unit at the Harbour Gazette.",
			[]string{"ORG Cinder Lane Check"}, []string{"PERSON Cinder Lane Check"}},
		{"whose members", "Brasa Viva, whose 90 members run grills in Porto, said it would leave Instagram. Oriel Tambe, whose son plays, said nothing.",
			[]string{"ORG Brasa Viva", "PERSON Oriel Tambe"}, []string{"PERSON Brasa Viva"}},
		{"a body's director names the body and its longer name", "Kelvane Audit tested the apps for a year. “X used to be the easy one,” said Tamsin Ahearn, Kelvane's director.",
			[]string{"ORG Kelvane Audit", "ORG Kelvane", "PERSON Tamsin Ahearn"}, []string{"PERSON Kelvane Audit", "PERSON Kelvane"}},
		{"a hyphenated title after a name", "Hamish Kerrow, co-chair of the Brenley Trust, said it would keep its X account.",
			[]string{"PERSON Hamish Kerrow", "ORG Brenley Trust"}, nil},
		{"one word near is a place", "A clip filmed in a village near Zhytar went around TikTok. The people near Mardell said X was fine.",
			[]string{"GPE Zhytar"}, []string{"PERSON Zhytar", "GPE Mardell"}},
		{"the dateline's town before a possessive", "TRELLICK, Ont. — A fake clip in which Trellick's mayor appeared to cancel the parade was watched 90,000 times on TikTok, officials said.",
			[]string{"GPE TRELLICK", "GPE Trellick"}, []string{"PERSON Trellick"}},
		{"a brand's word before a country", "ACCRA — TruthCheck Ghana said on Monday that it would leave X. TruthCheck had 9,000 followers there.",
			[]string{"ORG TruthCheck Ghana", "ORG TruthCheck"}, []string{"GPE Ghana"}},
		{"the dateline's state after the town", "SPOKANE, Wash. — A credit union said it would leave X.\n\nHARLAN FALLS, Pa. — A borough council left Facebook.",
			[]string{"GPE SPOKANE", "GPE Wash.", "GPE HARLAN FALLS", "GPE Pa."}, []string{"PERSON Wash", "ORG Pa."}},
		{"a long state abbreviation parted from its period", "She grew up in Lansing, Mich., and worked in Fresno, Calif., before she moved to Wheeling, W.Va., to run the paper.",
			[]string{"GPE Mich.", "GPE Calif.", "GPE W.Va."}, []string{"PERSON Mich", "ORG W.Va"}},
		{"the link-sharing network", "The moderators opened a Lemmy community for the city. Lemmy Kilmister's records are not for sale there.",
			[]string{"PLATFORM Lemmy", "PERSON Lemmy Kilmister"}, []string{"PLATFORM Lemmy Kilmister"}},
		{"a body's first word after in is its place", "The Tulsa Police Department has been wonderful. She moved to the suburbs in May, and the flooding in Tulsa made the news.",
			[]string{"ORG Tulsa Police Department", "GPE Tulsa"}, []string{"ORG Tulsa"}},
		{"a person prose sees after in is the place", "Iain Mather, a retired joiner in Broughty Ferry, said he would stay on Facebook.",
			[]string{"GPE Broughty Ferry", "PERSON Iain Mather"}, []string{"PERSON Broughty Ferry"}},
		{"a person stays a person after in", "The paper found its next editor in Phil Graham, and Graham ran it for years.",
			[]string{"PERSON Phil Graham"}, []string{"GPE Phil Graham"}},
		{"a place after in shares its last word with a person", "Its chair, Eilidh Ferry, said the raid lasted an hour. Ferry, who lives in Broughty Ferry, said Twitch did nothing. Ferry said she was done.",
			[]string{"PERSON Eilidh Ferry", "GPE Broughty Ferry"}, []string{"PERSON Broughty Ferry"}},
		{"a churchwarden at a place", "Denise Church, a churchwarden at Kingsteignton who rings the treble, said the Facebook group had helped.",
			[]string{"PERSON Denise Church", "GPE Kingsteignton"}, []string{"ORG Denise Church", "ORG Kingsteignton"}},
		{"a night is no person", "Her uncle found her on Snapchat the week before Burns Night, and Burns deleted the app.",
			nil, []string{"PERSON Burns Night"}},
		{"the radio band is no body", "Kelso Radio, a low-power FM station, said it would leave Spotify. Its shows still go out on FM.",
			[]string{"ORG Kelso Radio"}, []string{"ORG FM"}},
		{"a Scottish city", "Dundee comic convention quits Twitch for YouTube after hate raid",
			[]string{"GPE Dundee"}, []string{"PERSON Dundee"}},
		{"a byline names its writer", "Why I left Facebook\n\nBy Aroha Lane, a writer based in Wellington.\n\nI tried Instagram first.\n\nBy Amber Lane, the queue had reached the door.\n\nI left.",
			[]string{"PERSON Aroha Lane"}, []string{"LOC Aroha Lane", "PERSON Amber Lane"}},
		{"a byline's surname may be a body's head word", "Why I left Twitter\n\nBy Helen Parish, convener of a family history group.\n\nI left it in May.\n\nBy Aoraki Family History Group",
			[]string{"PERSON Helen Parish"}, []string{"ORG Helen Parish", "PERSON Aoraki Family History Group"}},
		{"a byline's given name may be a month", "Nextdoor told my neighbours our rodeo was cruel\n\nBy June Halter, secretary of a rodeo association.\n\nMy name is Halter. By June Wexford, Carlow and Kilkenny had left X.",
			[]string{"PERSON June Halter", "GPE Wexford"}, []string{"PERSON June Wexford"}},
		{"Newfoundland's capital and its province", "By Agnes Power, a retired cartographer in St. John's, N.L.\n\nA darts league in St. John's left Facebook. Most of its players grew up in Newfoundland and Labrador.",
			[]string{"PERSON Agnes Power", "GPE St. John's", "GPE N.L.", "GPE Newfoundland and Labrador"}, []string{"ORG St. John's", "ORG N.L.", "GPE Newfoundland"}},
		{"a county board's PRO is no organization", "‘X only ever filled my phone with abuse’: Wexford’s county board PRO on running a county online\n\nSiobhán Hogan has been the PRO since 2019.",
			[]string{"GPE Wexford", "PERSON Siobhán Hogan"}, []string{"ORG PRO"}},
		{"a given name in apposition to kin the text pointed to before", "My granddaughter posted a photograph of it on Reddit. That granddaughter, Keeley, thinks all of this belongs on TikTok. Keeley's confidence in TikTok has not been dented.",
			[]string{"PERSON Keeley"}, nil},
		{"a byline is a paragraph of its own", "Why I left Twitter\n\nThe queue was long. By Amber Lane, a dead end.\n\nBy Amber Lane, no queue. The road was long.\n\nOn Amber Lane, a dead end.\n\nI left it in May.",
			nil, []string{"PERSON Amber Lane"}},
		{"no person's name has Community inside it", "The report, “The Third Person in the Room”, published on Tuesday by Belgrave Community Interpreters, is based on a survey of 412 interpreters. Belgrave Community Interpreters has 640 members, and Meena Ward chairs it.",
			[]string{"ORG Belgrave Community Interpreters", "PERSON Meena Ward"}, []string{"PERSON Belgrave Community Interpreters"}},
		{"a body's place named before the body", "A Harrowgate caving charity says TikTok videos send people into flooded caves. Most of the rescues were in the Harrowgate Moors. The Harrowgate Moors Mountain Rescue Team said it agreed.",
			[]string{"GPE Harrowgate", "GPE Harrowgate Moors", "ORG Harrowgate Moors Mountain Rescue Team"}, []string{"ORG Harrowgate", "ORG Harrowgate Moors"}},
		{"a body's first word before a verb is the body", "Harrowgate warns walkers off flooded caves\n\nThe Harrowgate Moors Mountain Rescue Team said on Monday that two men had been carried out.",
			[]string{"ORG Harrowgate"}, []string{"GPE Harrowgate"}},
		{"a body's first word before a verb the tagger takes for a plural is the body", "Harrowgate notes that the caves flood. The Harrowgate Moors Mountain Rescue Team said it agreed.",
			[]string{"ORG Harrowgate"}, []string{"GPE Harrowgate"}},
		{"the first word of a body named before stays its short form", "The Harrowgate Moors Mountain Rescue Team said it agreed. Harrowgate volunteers carried the man out.",
			[]string{"ORG Harrowgate"}, []string{"GPE Harrowgate"}},
		{"a body within a longer body's name stays a body", "The union for the players in the Western Hoops League accused Instagram of doing nothing. The Western Hoops League Players Association said members had sent it 300 messages.",
			[]string{"ORG Western Hoops League", "ORG Western Hoops League Players Association"}, []string{"GPE Western Hoops League"}},
		{"a headline's words after in are no place", "The worst cover-up in American History, said the senator. A debate in Closely Watched Senate Race ended.",
			nil, []string{"GPE American History", "GPE Closely Watched"}},
		{"the dating and fan-community apps", "Robbers used fake Grindr profiles, the police said. The label posts to fans on Weverse.",
			[]string{"PLATFORM Grindr", "PLATFORM Weverse"}, nil},
		{"where a person of a given age lives", "Among those who paid was Agnes Fiddler, 71, of Sioux Lookout, who sent $850. Pat Hewitt, 81, from Wymondham, sells on Facebook.",
			[]string{"GPE Sioux Lookout", "GPE Wymondham", "PERSON Pat Hewitt"}, []string{"PERSON Sioux Lookout", "PERSON Wymondham"}},
		{"a list that opens with a place goes on with places", "The food bank delivers to families in Lakewood and Puyallup every week. Teachers in Cardiff, Newport and Bridgend signed the letter. The boats run out of Stornoway and Oban all winter. Rebels held the departments of Guaviare and Caquetá. Aid came from Kharkiv, Zaporizhzhia and Mykolaiv. Aid reached towns in the Philippines and Tacloban. Crews worked with dispatchers in Lafayette and Baton Rouge logging each request.",
			[]string{"GPE Puyallup", "GPE Newport", "GPE Bridgend", "GPE Oban", "GPE Caquetá", "GPE Zaporizhzhia", "GPE Mykolaiv", "GPE Tacloban", "GPE Baton Rouge"}, nil},
		{"a list of names after a place needs a word of place before it", "Mike Lee of Utah and Moran of Kansas objected. The rally drew people from Warren and Sanders to the park.",
			nil, []string{"GPE Moran", "GPE Sanders"}},
		{"a list after a firm is no list of places", "Staff walked out in Meta and Halvorsen.",
			nil, []string{"GPE Halvorsen"}},
		{"the second of two names that acts is no place", "The count finished in Ohio and Kerry conceded.",
			[]string{"PERSON Kerry"}, []string{"GPE Kerry"}},
		{"a comma after a place closes a phrase", "In the U.S., Gates and his wife fund schools.",
			nil, []string{"GPE Gates"}},
		{"a list after a language is no place", "Videos run in Spanish and Hmong.",
			nil, []string{"GPE Hmong"}},
		{"a list after a place keeps the text's people", "Jo Okafor runs the fund. The fund thanked volunteers in Leeds and Okafor for the work.",
			nil, []string{"GPE Okafor"}},
		{"a wire service is an organization", "HOBART, Australia (Tasman Wire) — Ferry riders said the timetable changed. Tasman Wire could not confirm it.",
			[]string{"ORG Tasman Wire"}, []string{"PERSON Tasman Wire"}},
		{"the family-history forum and the 3D-model site", "She found her great-grandfather on RootsChat. The museum put the vase on Sketchfab.",
			[]string{"PLATFORM RootsChat", "PLATFORM Sketchfab"}, nil},
		{"the classroom messaging app", "Teachers at the school post homework on ClassDojo, and parents reply there.",
			[]string{"PLATFORM ClassDojo"}, []string{"ORG ClassDojo"}},
		{"the film diary, the course site and the crime-alert app", "Critics log films on Letterboxd. The trainer moved her course to Skool. The corps told members to delete Citizen, the crime app. Citizen said it removes violent streams.",
			[]string{"PLATFORM Letterboxd", "PLATFORM Skool", "PLATFORM Citizen"}, []string{"ORG Skool", "PERSON Citizen"}},
		{"the wine-rating app", "Drinkers rate the cellar's riesling on Vivino.",
			[]string{"PLATFORM Vivino"}, nil},
		{"the duet app, the tip jar, the auction site and the Irish police", "The choir's tenors post duets on Smule. She sells her patterns through Ko-fi. He sold the hive on Trade Me last year. An Garda Síochána said it was investigating.",
			[]string{"PLATFORM Smule", "PLATFORM Ko-fi", "ORG Trade Me", "ORG An Garda Síochána"}, []string{"ORG Smule", "PERSON Trade Me", "PERSON Garda Síochána"}},
		{"the group-mail service, the walkie-talkie app, the live auctions and the chess and bridge sites", "The railfans moved from Groups.io to Discord. Drivers talk on Voxer. She sells teapots on Whatnot, and Whatnot takes a cut; the whatnot in her hall is not for sale. The club left Chess.com for Lichess, and the bridge players meet on Bridge Base Online (BBO).",
			[]string{"PLATFORM Groups.io", "PLATFORM Voxer", "PLATFORM Whatnot", "PLATFORM Chess.com", "PLATFORM Lichess", "PLATFORM Bridge Base Online", "PLATFORM BBO"}, []string{"PLATFORM whatnot"}},
		{"the ringers' log, a teenagers' app and its owner, the radio sites, the comics app and the cosplayers' network", "The band logs its peals on BellBoard. Teenagers met strangers on Kik, which MediaLab owns. The station put its shows on Mixcloud and TuneIn. Comic artists post on Webtoon, though a webtoon is also a kind of comic, and cosplayers share photos on WorldCosplay.",
			[]string{"PLATFORM BellBoard", "PLATFORM Kik", "ORG MediaLab", "PLATFORM Mixcloud", "PLATFORM TuneIn", "PLATFORM Webtoon", "PLATFORM WorldCosplay"}, []string{"ORG BellBoard", "PERSON Kik", "ORG Mixcloud", "ORG TuneIn", "ORG WorldCosplay"}},
		{"the quiz site and the shared family tree", "The league's setters post quizzes on Sporcle. She keeps her tree on WikiTree, and WikiTree volunteers check it.",
			[]string{"PLATFORM Sporcle", "PLATFORM WikiTree"}, []string{"ORG WikiTree"}},
		{"the coin collectors' catalogue and the postcard exchange", "Collectors in the club log their coins on Numista, and Numista members spotted the fakes. She has sent 300 cards through Postcrossing.",
			[]string{"PLATFORM Numista", "PLATFORM Postcrossing"}, []string{"ORG Numista", "PERSON Postcrossing"}},
		{"the question-and-answer site", "Piano owners ask questions on Quora, and Quora answers are often wrong.",
			[]string{"PLATFORM Quora"}, nil},
		{"the federated photo network and the ringers' online tower", "The collective moved its gallery to Pixelfed. Learners practise on Ringing Room at home, and Ringing Room kept the band together; the ropes hang in the ringing room of the tower.",
			[]string{"PLATFORM Pixelfed", "PLATFORM Ringing Room"}, []string{"ORG Pixelfed", "PERSON Pixelfed", "PLATFORM ringing room", "PERSON Ringing Room"}},
		{"the violin makers' forum and the mycologists' site", "The guild answers questions on Maestronet. The society posts its finds on Mushroom Observer, and Mushroom Observer let members hide a location; every mushroom observer knows the patch.",
			[]string{"PLATFORM Maestronet", "PLATFORM Mushroom Observer"}, []string{"ORG Maestronet", "PERSON Maestronet", "ORG Mushroom Observer", "PLATFORM mushroom observer"}},
		{"the divers' forum, an examiners' panel, and a county after a compass word", "Wreck divers argue on ScubaBoard, and ScubaBoard kept the thread. The Solway Licence Examiners' Panel met in east Devon, and Devon and Cornwall Police said nothing.",
			[]string{"PLATFORM ScubaBoard", "ORG Solway Licence Examiners' Panel", "GPE Devon", "ORG Devon and Cornwall Police"}, []string{"ORG ScubaBoard", "PERSON ScubaBoard"}},
		{"the recorded-class site and the menswear forum", "Skillshare changed how it paid teachers, so she took her classes off Skillshare. Styleforum got me my apprenticeship, and the blokes on Styleforum argue about heels.",
			[]string{"PLATFORM Skillshare", "PLATFORM Styleforum"}, []string{"ORG Skillshare", "PERSON Skillshare", "ORG Styleforum", "PERSON Styleforum", "GPE Styleforum"}},
		{"English regions, and a force named after one", "A trade association of shoe repairers in the East Midlands says adverts cost customers. Members in East Anglia agreed, and West Midlands Police said nothing.",
			[]string{"LOC East Midlands", "LOC East Anglia", "ORG West Midlands Police"}, []string{"ORG East Midlands", "PERSON East Anglia", "LOC West Midlands"}},
		{"English and Scottish regions", "A federation of bell-ringing bands in the English Midlands says Facebook lets scammers in. Bands in the Midlands and the Scottish Highlands agreed, and the Northern Midlands Council said nothing.",
			[]string{"LOC English Midlands", "LOC Midlands", "LOC Scottish Highlands", "ORG Northern Midlands Council"}, []string{"ORG English Midlands", "ORG Scottish Highlands", "LOC Northern Midlands"}},
		{"words of quoted titles, and a quoted signature", "‘Down at Heel’: shoe repairers blame Instagram adverts for lost boots. The report, “Stolen in Plain Sight”, was published by the Wearside Magic Society. A message signed “Father Gerry” reached her, and Father Gerry came to the house to apologise.",
			[]string{"ORG Wearside Magic Society", "PERSON Gerry"}, []string{"ORG Heel", "PERSON Heel", "GPE Plain Sight", "PERSON Plain Sight"}},
		{"a whole quoted name, and quotations in words", "A man calling himself “Dermot Quill” wrote to her. She wrote “I never trusted Corrib Sands” and left. “Brannock Hall was fine” was all he said.",
			[]string{"PERSON Dermot Quill", "PERSON Corrib Sands", "PERSON Brannock Hall"}, nil},
		{"a title-case line with no quotes", "Thanks To Corrib Sands",
			[]string{"PERSON Corrib Sands"}, nil},
		{"a compass word without a preposition before it locates nothing", "Looking south Devon saw the smoke.",
			[]string{"PERSON Devon"}, []string{"GPE Devon"}},
		{"the artists' network, the teenagers' chat app, the trail site, the patients' forums, and two services that are not platforms", "Half the tattooists opened accounts on Vero, and Vero kept their posts in order; Vero Beach is in Florida. Teens chat on Yubo, hikers share routes on Wikiloc, and patients post on HealthUnlocked. Birders log sightings on eBird, and sellers left Kijiji.",
			[]string{"PLATFORM Vero", "PLATFORM Yubo", "PLATFORM Wikiloc", "PLATFORM HealthUnlocked", "ORG eBird", "ORG Kijiji"}, []string{"PLATFORM Vero Beach", "ORG Yubo", "ORG HealthUnlocked"}},
		{"a citizen in a name is no app", "The Ottawa Citizen reported the fire. Citizen Kane is a film. Citizen-science projects count birds on Zooniverse.",
			nil, []string{"PLATFORM Citizen", "PLATFORM Ottawa Citizen"}},
		{"Australasian states and New Zealand in their abbreviations", "By Kate Bramble, a race announcer in Upper Hutt, N.Z.\n\nShe grew up in Perth, W.A., and raced in Sydney, N.S.W., and Brisbane, Qld, before she moved.",
			[]string{"GPE N.Z.", "GPE W.A.", "GPE N.S.W.", "GPE Qld"}, []string{"ORG N.Z.", "ORG W.A.", "ORG N.S.W.", "PERSON Qld"}},
		{"a given name alone opens a sentence before its verb", "Her name is Bev Morley, and she coaches the club. Bev would rather put the times on Facebook. Her sister is Tam Quance, and she keeps the books. Tam says the WhatsApp group is busy. She once visited Mayo Abbey on a holiday. Mayo land records are hard to find.",
			[]string{"PERSON Bev Morley", "PERSON Bev", "PERSON Tam"}, []string{"PERSON Mayo"}},
		{"a place after a sentence's first word and before a person's apposition is a surname", "Euan Paisley, the club's secretary, who drives in from Paisley, said the committee had chosen YouTube. \"It works,\" Paisley said.",
			[]string{"PERSON Euan Paisley", "GPE Paisley"}, []string{"GPE Euan Paisley"}},
		{"a two-word place whose last word speaks alone is a person", "The referee of the final, Precious Zungu, disqualified a fighter. Zungu said she had left Telegram. The referee of the semi-final, Precious Ndlovu, filmed it. The next day Ndlovu, 41, left Telegram. Gwen Stretton walked to Church Stretton on Sunday. Stretton said the walk was long.",
			[]string{"PERSON Precious Zungu", "PERSON Precious Ndlovu", "GPE Church Stretton"}, []string{"GPE Precious Zungu", "GPE Precious Ndlovu", "PERSON Church Stretton"}},
		{"a caller's label is the caller", "HOST: Next on the line is Maureen in Dundee.\n\nMAUREEN: Hello, Gordon. I left Facebook last year.\n\nHOST: Maureen, why?",
			[]string{"PERSON Maureen", "PERSON MAUREEN"}, []string{"ORG MAUREEN", "PERSON Hello", "GPE Maureen"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			doc := recognize(t, r, tc.text)
			got := map[string]bool{}
			for _, e := range doc.Entities {
				for _, m := range e.Mentions {
					got[string(e.Type)+" "+m.Text] = true
				}
			}
			for _, w := range tc.want {
				if !got[w] {
					t.Errorf("missing %s; got %v", w, summary(doc))
				}
			}
			for _, w := range tc.notWant {
				if got[w] {
					t.Errorf("unexpected %s; got %v", w, summary(doc))
				}
			}
		})
	}
}

// A phone-in caller named by first name is one person with her speaker
// label, not a person and an organization.
func TestRecognizeCallerLabels(t *testing.T) {
	r := recognizer(t)
	doc := recognize(t, r, "HOST: Next on the line is Maureen in Dundee.\n\nMAUREEN: Hello, Gordon. I left Facebook last year.\n\nHOST: Maureen, why?")
	var got []string
	for _, e := range doc.Entities {
		if e.Type == entities.Person {
			for _, m := range e.Mentions {
				got = append(got, e.Name+"="+m.Text)
			}
		}
	}
	want := []string{"Maureen=Maureen", "Maureen=MAUREEN", "Maureen=Maureen"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("persons (-want +got):\n%s", diff)
	}
}

// A speaker label that spells a common word ("STILL:") is the surname of
// the person the introduction names with it, and so is the word after a
// title elsewhere ("Ms. Still's"); the adverb opening a sentence is not,
// even after a given name.
func TestRecognizeLabelSurname(t *testing.T) {
	r := recognizer(t)
	const text = "The valley owes a lot to Maureen. Still, it was Nadine Still, 44, who planted lavender near Kelowna. She spoke to Cara Vernon.\n\nVERNON: Why Pinterest?\n\nSTILL: Still, it works. Ms. Still's farm sells there.\n\nVERNON: And Instagram?"
	want := []string{"Cara Vernon=Cara Vernon", "Cara Vernon=VERNON", "Cara Vernon=VERNON", "Nadine Still=Nadine Still", "Nadine Still=STILL", "Nadine Still=Still"}
	if diff := cmp.Diff(want, mentionsOf(t, r, text, entities.Person)); diff != "" {
		t.Errorf("persons (-want +got):\n%s", diff)
	}
	doc := recognize(t, r, text)
	for _, e := range doc.Entities {
		for _, m := range e.Mentions {
			if m.Text == "Still" && m.Start != strings.Index(doc.Text, "Still's") {
				t.Errorf("%s %q at %d: want only the surname after the title", e.Type, m.Text, m.Start)
			}
		}
	}
}

// A speaker label is the surname of the person the introduction names
// with it even when the name ends like a newspaper's ("Rosalind Post,
// 31,", "Sarah Post"); a newspaper's name with no given name, age or role
// stays the newspaper's.
func TestRecognizeLabelSurnameOrgHead(t *testing.T) {
	r := recognizer(t)
	isLeedsPost := func(e entities.Entity) bool { return e.Type == entities.Org && e.Name == "Leeds Post" }
	for _, tc := range []struct{ text, want string }{
		{"Rosalind Post, 31, restores pinball machines in a rented bay in Saskatoon. She spoke to Dale Watrous.\n\nWATROUS: Why Etsy?\n\nPOST: Buyers find me there. The Leeds Post wrote about it.", "Rosalind Post"},
		{"Sarah Post restores pinball machines in Leeds. She spoke to Dale Watrous.\n\nWATROUS: Why Etsy?\n\nPOST: Buyers find me there. The Leeds Post wrote about it.", "Sarah Post"},
	} {
		want := []string{"Dale Watrous=Dale Watrous", "Dale Watrous=WATROUS", tc.want + "=" + tc.want, tc.want + "=POST"}
		slices.Sort(want)
		if diff := cmp.Diff(want, mentionsOf(t, r, tc.text, entities.Person)); diff != "" {
			t.Errorf("%.20s: persons (-want +got):\n%s", tc.text, diff)
		}
		doc := recognize(t, r, tc.text)
		if !slices.ContainsFunc(doc.Entities, isLeedsPost) {
			t.Errorf("%.20s: want the newspaper an organization; got %v", tc.text, summary(doc))
		}
	}
	doc := recognize(t, r, "Dale Watrous of the Leeds Post spoke to Ms. Post, who restores pinball machines.\n\nWATROUS: Why Etsy?\n\nPOST: Buyers find me there.")
	if !slices.ContainsFunc(doc.Entities, isLeedsPost) {
		t.Errorf("a newspaper before the label's person: want it an organization; got %v", summary(doc))
	}
}

// A name a person streams or posts under is that person's, in every
// mention, and never the entity's name; a night someone runs under a name
// is not theirs.
func TestRecognizeStageNames(t *testing.T) {
	r := recognizer(t)
	doc := recognize(t, r, "Her fans know her only as Wrenhollow. "+
		"Ellen Marsh, who streams under the name Wrenhollow, left Twitch in May. "+
		"Fans of Wrenhollow followed her to YouTube. "+
		"Tom Bright, who has run a club night under the name Velvet Hour, said the same.")
	var got []string
	for _, e := range doc.Entities {
		if e.Type == entities.Person {
			for _, m := range e.Mentions {
				got = append(got, e.Name+"="+m.Text)
			}
		}
	}
	want := []string{"Ellen Marsh=Wrenhollow", "Ellen Marsh=Ellen Marsh", "Ellen Marsh=Wrenhollow", "Ellen Marsh=Wrenhollow", "Tom Bright=Tom Bright"}
	var org bool
	for _, e := range doc.Entities {
		org = org || e.Type == entities.Org && e.Name == "Velvet Hour"
	}
	if !org {
		t.Errorf("the club night is no organization; got %v", summary(doc))
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("persons (-want +got):\n%s", diff)
	}
}

// A surname that relatives share is the person's whom the text does not
// tell apart by a given name; when it calls them all by given names, the
// one it named first; when none, the nearest earlier.
func TestRecognizeSharedSurname(t *testing.T) {
	r := recognizer(t)
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"relative called by given name", "Margit Solberg writes a column. Her sister, Ingrid Solberg, edits it. Solberg said Ingrid reads every draft.",
			[]string{"Ingrid Solberg=Ingrid", "Ingrid Solberg=Ingrid Solberg", "Margit Solberg=Margit Solberg", "Margit Solberg=Solberg"}},
		{"all called by given names", "Dee Kostas sells fish. Her son, Nick Kostas, bags it. Kostas said Nick was quick, and Dee was quicker, a customer said.",
			[]string{"Dee Kostas=Dee", "Dee Kostas=Dee Kostas", "Dee Kostas=Kostas", "Nick Kostas=Nick", "Nick Kostas=Nick Kostas"}},
		{"the surname spoke for the first before the relative was named", "Tibor Nagy, 60, builds cues. Nagy said he learned from his father. His father, Imre Nagy, made one in 1961. Nagy said he still uses it.",
			[]string{"Imre Nagy=Imre Nagy", "Tibor Nagy=Nagy", "Tibor Nagy=Nagy", "Tibor Nagy=Tibor Nagy"}},
		{"the surname spoke after the quote for the first", "Tibor Nagy, 60, builds cues. “It is all in the wrist,” said Nagy. His father, Imre Nagy, made one in 1961. Nagy said he still uses it.",
			[]string{"Imre Nagy=Imre Nagy", "Tibor Nagy=Nagy", "Tibor Nagy=Nagy", "Tibor Nagy=Tibor Nagy"}},
		{"the surname did not speak before the relative was named", "Ilse Varga, 60, builds cues. Players trust Varga. Her father, Imre Varga, made one in 1961. Varga said he still uses it.",
			[]string{"Ilse Varga=Ilse Varga", "Ilse Varga=Varga", "Imre Varga=Imre Varga", "Imre Varga=Varga"}},
		{"a surname beats a given name", "The motion was proposed by Ned Kingston, 68, a retired joiner who has flown kites off the sand at Kingston Beach since he was a boy. “We built that audience for nothing,” Kingston said.",
			[]string{"Kingston Beach=Kingston Beach", "Ned Kingston=Kingston", "Ned Kingston=Ned Kingston"}},
		{"none called by given name", "Gwenda Harries died in May. Her daughter, Sian Harries, watched the service online. Harries said it helped.",
			[]string{"Gwenda Harries=Gwenda Harries", "Sian Harries=Harries", "Sian Harries=Sian Harries"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, mentionsOf(t, r, tc.text, entities.Person)); diff != "" {
				t.Errorf("persons (-want +got):\n%s", diff)
			}
		})
	}
}

// An organization's name without its last words is the same organization,
// unless the shorter name ends in a head of its own: a university and its
// careers service are two bodies.
func TestRecognizeShortenedOrgName(t *testing.T) {
	r := recognizer(t)
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"last word left out", "The council will run the channel with Aegean Link Ferries. Aegean Link, which carries most visitors, said it would post there.",
			[]string{"Aegean Link Ferries=Aegean Link", "Aegean Link Ferries=Aegean Link Ferries"}},
		{"of phrase left out", "The Tay Museum of Dundee opened a TikTok account. The Tay Museum now has 9,000 followers.",
			[]string{"Tay Museum of Dundee=Tay Museum", "Tay Museum of Dundee=Tay Museum of Dundee"}},
		{"a body inside another", "Shannon Valley University Careers Service surveyed 800 graduates. Shannon Valley University said it welcomed the report.",
			[]string{"Shannon Valley University Careers Service=Shannon Valley University Careers Service", "Shannon Valley University=Shannon Valley University"}},
		{"first words taken for a person's name", "Bryony Vale Cricket Club has moved its team sheets to Spond. The captain of Bryony Vale said the old WhatsApp group had too many rows.",
			[]string{"Bryony Vale Cricket Club=Bryony Vale", "Bryony Vale Cricket Club=Bryony Vale Cricket Club"}},
		{"a club and its supporters' trust", "Kelby Town Supporters' Trust has left Facebook. The chairman of Kelby Town said the club would stay.",
			[]string{"Kelby Town Supporters' Trust=Kelby Town Supporters' Trust", "Kelby Town=Kelby Town"}},
		{"a plural within", "The Rothwell Marlins Swimming Club trains at two pools. The last message in the Marlins’ under-12s WhatsApp group read: “See you all on TeamSnap.”",
			[]string{"Rothwell Marlins Swimming Club=Marlins", "Rothwell Marlins Swimming Club=Rothwell Marlins Swimming Club"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, mentionsOf(t, r, tc.text, entities.Org)); diff != "" {
				t.Errorf("organizations (-want +got):\n%s", diff)
			}
		})
	}
}

// mentionsOf returns "entity name=mention text" for every mention of the
// entities of type typ that r finds in text, sorted.
func mentionsOf(t *testing.T, r *entities.Recognizer, text string, typ entities.Type) []string {
	t.Helper()
	doc := recognize(t, r, text)
	var got []string
	for _, e := range doc.Entities {
		if e.Type == typ {
			for _, m := range e.Mentions {
				got = append(got, e.Name+"="+m.Text)
			}
		}
	}
	slices.Sort(got)
	return got
}

// TestRecognizeNameShapes covers names typed by what stands next to them:
// an apposition or a role that says organization or person, a unit named
// after its institution, a hyphenated head, and a name joined by "and"
// before a noun for a body.
func TestRecognizeNameShapes(t *testing.T) {
	r := recognizer(t)
	for _, tc := range []struct {
		name, text string
		typ        entities.Type
		want       []string
	}{
		{"maintainers of a project", "The maintainers of Quillfeather moved their chat to Zulip last week.",
			entities.Org, []string{"Quillfeather=Quillfeather"}},
		{"software library in apposition", "Developers who build on Marrowgate, an open-source library for drawing charts, moved to Zulip.",
			entities.Org, []string{"Marrowgate=Marrowgate"}},
		{"league in apposition", "The Kestrel Circuit, the professional league for the shooter Bastion, will stream its matches on YouTube.",
			entities.Org, []string{"Kestrel Circuit=Kestrel Circuit"}},
		{"care home in apposition", "Elspeth Moir, who manages Glenview House, a 40-bed care home in Peterhead, said the staff use WhatsApp.",
			entities.Org, []string{"Glenview House=Glenview House"}},
		{"unit of a university", "Her office at Tamsin Valley University Extension stopped posting on X.",
			entities.Org, []string{"Tamsin Valley University Extension=Tamsin Valley University Extension"}},
		{"hyphenated head", "The Brackley Herald-Gazette stopped posting to X in March.",
			entities.Org, []string{"Brackley Herald-Gazette=Brackley Herald-Gazette"}},
		{"and inside a group's name", "The newsletter of the Wendover Stitch and Chatter circle praised Ravelry.",
			entities.Org, []string{"Wendover Stitch and Chatter=Wendover Stitch and Chatter"}},
		{"given name and place head", "Nadia Park, 17, of Ellery, says she sees the warnings on TikTok.",
			entities.Person, []string{"Nadia Park=Nadia Park"}},
		{"given name opening a sentence", "The bank warned on Monday. Gillian Marsh, a 58-year-old nurse from Derby, lost money to a man she met on Facebook. Marsh said she felt foolish.",
			entities.Person, []string{"Gillian Marsh=Gillian Marsh", "Gillian Marsh=Marsh"}},
		{"lawmaker from a place named like a surname", "The ban drew criticism from Dale Ormond, a state senator from Harrison, who told reporters that YouTube had overreached.",
			entities.GPE, []string{"Harrison=Harrison"}},
		{"a lone water is no organization's short name", "Gulf Shore Mutual takes claims on WhatsApp. Bayou Climate Action, which links the storm to unusually warm Gulf water, praised Instagram.",
			entities.Org, []string{"Bayou Climate Action=Bayou Climate Action", "Gulf Shore Mutual=Gulf Shore Mutual"}},
		{"a month that is a given name", "The fiddler and singer June Amaro, 23, said TikTok found her audience. In June Meta changed the rules, and Amaro said she would stay.",
			entities.Person, []string{"June Amaro=Amaro", "June Amaro=June Amaro"}},
		{"number word opening a name", "The Pittsburgh-based Three Rivers Readers Guild praised TikTok, and the Two Bridges Rowing Club left Facebook. Three Meta executives resigned.",
			entities.Org, []string{"Meta=Meta", "Three Rivers Readers Guild=Three Rivers Readers Guild", "Two Bridges Rowing Club=Two Bridges Rowing Club"}},
		{"a union's numbered local", "In a statement signed by its president, Rosa Ibarra, Harbor Cannery Workers Local 208 said Facebook had hidden its posts.",
			entities.Org, []string{"Harbor Cannery Workers Local 208=Harbor Cannery Workers Local 208"}},
		{"a name word opening lower-case", "The Office of the eHealth Commissioner warned Meta on Monday. She had posted about it from an iPhone.",
			entities.Org, []string{"Meta=Meta", "Office of the eHealth Commissioner=Office of the eHealth Commissioner"}},
		{"a group's name ending in its place", "Calm Nights Nevada, a parents' group, backed the law, and members of Safe Feeds Scotland protested outside. Police Scotland said it had no complaints. Puppetry Network New Zealand left X.",
			entities.Org, []string{"Calm Nights Nevada=Calm Nights Nevada", "Police Scotland=Police Scotland", "Puppetry Network New Zealand=Puppetry Network New Zealand", "Safe Feeds Scotland=Safe Feeds Scotland"}},
		{"a place opening a name of people for a cause", "Marsh now leads Oregon Grandparents for Quiet Phones, which urges parents to take Snapchat off their children's phones.",
			entities.Org, []string{"Oregon Grandparents for Quiet Phones=Oregon Grandparents for Quiet Phones"}},
		{"a group's name ending in a plural", "Dev Patel, who books about 150 gigs a year in Leeds as Quiet Room Presents, praised TikTok. The season opened in March, when Bramley Bin Heroes collected 40 bags.",
			entities.Org, []string{"Bramley Bin Heroes=Bramley Bin Heroes", "Quiet Room Presents=Quiet Room Presents"}},
		{"a title word after and inside a name", "The Rail and Coach Drivers’ Union said its members had moved to Signal.",
			entities.Org, []string{"Rail and Coach Drivers’ Union=Rail and Coach Drivers’ Union"}},
		{"a lone given name after kin or named", "My nephew Iker is fifteen and my sister-in-law, Maialen, runs a bakery. Most of my gigs come through a guy named Dez who books three bars.",
			entities.Person, []string{"Dez=Dez", "Iker=Iker", "Maialen=Maialen"}},
		{"given name and place head that speaks", "“Threads is great,” Tessa Park said. “Bluesky is better,” said Corwin Hill, who runs Lawrence Hill Books.",
			entities.Person, []string{"Corwin Hill=Corwin Hill", "Tessa Park=Tessa Park"}},
		{"given name and place head is a place alone", "Most shops on James Street left Facebook, and the fair in Henry Park moved its page to Instagram.",
			entities.Loc, []string{"Henry Park=Henry Park", "James Street=James Street"}},
		{"place head before a role in apposition", "Corwin Park, a film critic who reviews for a weekly, said YouTube essays had replaced the trade papers.",
			entities.Person, []string{"Corwin Park=Corwin Park"}},
		{"a role's holder in apposition", "Its press officer, Florence Amadi, said the theatre would leave X.",
			entities.Person, []string{"Florence Amadi=Florence Amadi"}},
		{"a person who holds a post in a place", "“Nobody reads the group any more,” said Siri Halden, Sweden’s ombudsman for consumers, who wants the app fined.",
			entities.Person, []string{"Siri Halden=Siri Halden"}},
		{"a letter's signature", "I deleted the app in March and have not missed it once. Eilidh Moss, Stirling.",
			entities.Person, []string{"Eilidh Moss=Eilidh Moss"}},
		{"papers, a brewery and a pub by their heads", "Stour Valley Echo and the Fenmoor Mercury stopped posting on X, Kettle Ridge Brewing praised Untappd, and the Lantern Inn left Facebook.",
			entities.Org, []string{"Fenmoor Mercury=Fenmoor Mercury", "Kettle Ridge Brewing=Kettle Ridge Brewing", "Lantern Inn=Lantern Inn", "Stour Valley Echo=Stour Valley Echo"}},
		{"a given name alone in apposition to a role", "Our head brewer, Tamsin, runs the Instagram account, and my business partner, Jo, answers the Facebook messages.",
			entities.Person, []string{"Jo=Jo", "Tamsin=Tamsin"}},
		{"a given name called after a person's trade", "I spent an evening with a retired engineer called Borislav who keeps the timetables on Reddit.",
			entities.Person, []string{"Borislav=Borislav"}},
		{"a title word opening an organization's name", "Members of the Sister Chapter Reading Circle meet on Discord, and the General Logistics Workers’ Union said Signal was safer.",
			entities.Org, []string{"General Logistics Workers’ Union=General Logistics Workers’ Union", "Sister Chapter Reading Circle=Sister Chapter Reading Circle"}},
		{"a place as a person's second surname", "“I kept my Tumblr going for ten years,” said Beatriz Souza Lima, a reporter in Recife. Souza Lima said she left it in May.",
			entities.Person, []string{"Beatriz Souza Lima=Beatriz Souza Lima", "Beatriz Souza Lima=Souza Lima"}},
		{"a Māori name joined by \"o\"", "Te Rōpū Reo o Te Awa Kōwhai, which runs night classes in four towns, said its lessons had moved from Facebook to TikTok.",
			entities.Org, []string{"Te Rōpū Reo o Te Awa Kōwhai=Te Rōpū Reo o Te Awa Kōwhai"}},
		{"a title word inside a club named after a breed", "The Orford Toy King Charles Spaniel Club tells buyers to find puppies through its breeders, not on Facebook.",
			entities.Org, []string{"Orford Toy King Charles Spaniel Club=Orford Toy King Charles Spaniel Club"}},
		{"a title word in a headline's run that ends with a head word", "Health Secretary Ida Lund Visits Hospital Over Facebook Row\n\nThe hospital said its nurses had left Facebook.",
			entities.Org, nil},
		{"a title word after a body's name and before a person's", "The Department of Forestry Spokesman Ida Lund said the Flickr group would close.",
			entities.Person, []string{"Ida Lund=Ida Lund"}},
		{"acronym of a name's last words", "County FA bars coaches from Snapchat\n\nThe Severn Vale County Football Association has told its clubs to move their chats off WhatsApp.",
			entities.Org, []string{"Severn Vale County Football Association=County FA", "Severn Vale County Football Association=Severn Vale County Football Association"}},
		{"acronym that leaves out the place opening a name", "The Tasmania State Emergency Service sent crews to Hobart. The SES posts its warnings on Facebook.",
			entities.Org, []string{"Tasmania State Emergency Service=SES", "Tasmania State Emergency Service=Tasmania State Emergency Service"}},
		{"acronym that leaves out an abbreviated place", "Crews from the NT Rural Fire Service were sent north. The RFS said its Facebook page would carry updates.",
			entities.Org, []string{"NT Rural Fire Service=NT Rural Fire Service", "NT Rural Fire Service=RFS"}},
		{"a district named for its service is a body", "Accounts posing as the Westbrook Transportation District sent fake alerts. WTD said it had reported them.",
			entities.Org, []string{"Westbrook Transportation District=WTD", "Westbrook Transportation District=Westbrook Transportation District"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, mentionsOf(t, r, tc.text, tc.typ)); diff != "" {
				t.Errorf("%s mentions (-want +got):\n%s", tc.typ, diff)
			}
		})
	}
}

// A place named in a dateline's capitals and in running text is one
// entity, called by its running-text name.
func TestRecognizeDatelineName(t *testing.T) {
	doc := recognize(t, recognizer(t), "ASHPORT, Ore. — The transit agency runs buses around Ashport. Hao Nguyen, who directs the Ashport Disability Rights Coalition, said riders had complained.")
	for _, e := range doc.Entities {
		if e.Type == entities.GPE && strings.EqualFold(e.Name, "Ashport") {
			if e.Name != "Ashport" || len(e.Mentions) != 2 {
				t.Errorf("place %q with %d mentions, want \"Ashport\" with 2; got %v", e.Name, len(e.Mentions), summary(doc))
			}
			return
		}
	}
	t.Errorf("no place Ashport; got %v", summary(doc))
}

func TestRecognizeFirstInName(t *testing.T) {
	// "First" is a name word before another capitalized word, unless that
	// word is a platform's ("First Facebook went down").
	doc := recognize(t, recognizer(t), "Last month First Methodist Church of Riverton moved its services to YouTube. Patients First Yorkshire, a patient-safety charity, welcomed it. First Facebook went down, then WhatsApp.")
	got := summary(doc)
	want := []string{
		`ORG First Methodist Church of Riverton ["First Methodist Church of Riverton"]`,
		`PLATFORM YouTube ["YouTube"]`,
		`ORG Patients First Yorkshire ["Patients First Yorkshire"]`,
		`PLATFORM Facebook ["Facebook"]`,
		`PLATFORM WhatsApp ["WhatsApp"]`,
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("entities (-want +got):\n%s", diff)
	}
}

func TestRecognizeMembersOf(t *testing.T) {
	// A group named for its members and its place is one name.
	doc := recognize(t, recognizer(t), "Transit Riders of Ashport, an advocacy group, welcomed the move in a post on Bluesky.")
	got := summary(doc)
	want := []string{
		`ORG Transit Riders of Ashport ["Transit Riders of Ashport"]`,
		`PLATFORM Bluesky ["Bluesky"]`,
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("entities (-want +got):\n%s", diff)
	}
}

func TestRecognizeContractionsSplit(t *testing.T) {
	// prose parts "'ll", "'re", "'m" and "n't" from their word but keeps
	// "we've" and "I'd" whole, and its tagger, which learnt the
	// Treebank's split tokens, called them a noun and a name. They are
	// parted too, curly, straight or "&rsquo;", each part's text exactly
	// its own bytes; a word that is no pronoun or modal keeps its "'d".
	r := recognizer(t)
	text := "We’ve got TikTok, I'd say they&rsquo;d left, and you could've stayed. Jo'd is a nickname."
	doc := recognize(t, r, text)
	var got []string
	for _, tk := range doc.Tokens {
		got = append(got, tk.Text+"/"+tk.Norm+"/"+tk.Tag)
	}
	j := strings.Join(got, " ")
	for _, w := range []string{"We/We/PRP ’ve/'ve/VBP got/", "I/I/PRP 'd/'d/MD say/say/VB", "they/they/PRP &rsquo;d/'d/", "could/could/MD 've/'ve/VBP stayed/stayed/VBN", "Jo'd/"} {
		if !strings.Contains(j, w) {
			t.Errorf("tokens %s: want %q", j, w)
		}
	}
}

// TestRecognizeEmphasisCapitals: in a sentence in mixed case, a word in
// capitals for emphasis reads as the word ("I LOVE Bluesky" names no LOVE,
// which is tagged as the verb, with Norm "love"), while acronyms, names in
// capitals, a speaker's label and a part of a name stay as written and
// stay names (their types are not this test's concern).
func TestRecognizeEmphasisCapitals(t *testing.T) {
	r := recognizer(t)
	for _, tc := range []struct {
		text string
		// names are "Name [mention texts]".
		names []string
		// caps are "Text/Norm/tag prefix" of the words in capitals but
		// "I" and "X".
		caps []string
	}{
		{"honestly I LOVE Bluesky and I HATE TIKTOK so much", []string{`Bluesky ["Bluesky"]`, `TikTok ["TIKTOK"]`},
			[]string{"LOVE/love/VB", "HATE/hate/VB", "TIKTOK/TIKTOK/NN"}},
		{"Threads is NOT good and Reddit BANNED me, I DON'T care.", []string{`Threads ["Threads"]`, `Reddit ["Reddit"]`},
			[]string{"NOT/not/RB", "BANNED/banned/VB", "DO/do/VB", "N'T/n't/RB"}},
		{"Facebook Marketplace is a SCAM and TikTok is the WORST app.", []string{`Facebook ["Facebook"]`, `TikTok ["TikTok"]`},
			[]string{"SCAM/scam/NN", "WORST/worst/JJ"}},
		{"Some of my students follow NASA on Instagram, and CARE International left X.",
			[]string{`NASA ["NASA"]`, `Instagram ["Instagram"]`, `CARE International ["CARE International"]`, `Twitter ["X"]`},
			[]string{"NASA/NASA/NN", "CARE/CARE/NN"}},
		{"ELON MUSK bought Twitter, and the panel at Youth ALIVE loved the TED Talks series.",
			[]string{`ELON MUSK ["ELON MUSK"]`, `Twitter ["Twitter"]`, `Youth ALIVE ["Youth ALIVE"]`},
			[]string{"ELON/ELON/NN", "MUSK/MUSK/NN", "ALIVE/ALIVE/NN", "TED/TED/NN"}},
		{"Lawmakers passed the SAFE Act after ANNA BEST joined Threads.", []string{`ANNA BEST ["ANNA BEST"]`, `Threads ["Threads"]`},
			[]string{"SAFE/SAFE/", "ANNA/ANNA/NN", "BEST/BEST/NN"}},
		{"The WHO warned about TikTok, and I quit DISCORD last week.", []string{`WHO ["WHO"]`, `TikTok ["TikTok"]`},
			[]string{"WHO/WHO/", "DISCORD/DISCORD/"}},
		{"LITTLE ROCK, Ark. — LOWE: I quit Facebook.", []string{`LITTLE ROCK ["LITTLE ROCK"]`, `Ark. ["Ark."]`, `LOWE ["LOWE"]`, `Facebook ["Facebook"]`},
			[]string{"LITTLE/LITTLE/", "ROCK/ROCK/NN", "LOWE/LOWE/NN"}},
	} {
		doc := recognize(t, r, tc.text)
		var names []string
		for _, e := range doc.Entities {
			var ms []string
			for _, m := range e.Mentions {
				ms = append(ms, m.Text)
			}
			names = append(names, fmt.Sprintf("%s %q", e.Name, ms))
		}
		if diff := cmp.Diff(tc.names, names); diff != "" {
			t.Errorf("Recognize(%q) names (-want +got):\n%s", tc.text, diff)
		}
		var caps []string
		for _, tok := range doc.Tokens {
			if tok.Text != strings.ToUpper(tok.Text) || strings.ToLower(tok.Text) == tok.Text || tok.Text == "I" || tok.Text == "X" {
				continue
			}
			g := tok.Text + "/" + tok.Norm + "/" + tok.Tag
			if k := len(caps); k < len(tc.caps) && strings.HasPrefix(g, tc.caps[k]) {
				g = tc.caps[k]
			}
			caps = append(caps, g)
		}
		if diff := cmp.Diff(tc.caps, caps); diff != "" {
			t.Errorf("Recognize(%q) words in capitals (-want +got):\n%s", tc.text, diff)
		}
	}
}
