package stance

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/stancetag/stancetag/entities"
)

func TestParseHolder(t *testing.T) {
	m := parseHolder("# comment\n#author\t0.5\nnext:said\t1.25\nbroken line\nprev:x\tnan?\n")
	want := [artKinds]map[string]float64{artNamed: {"#author": 0.5}, artNext: {"said": 1.25}}
	if diff := cmp.Diff(want, m.w); diff != "" || m.n != 2 {
		t.Errorf("%d weights (-want +got):\n%s", m.n, diff)
	}
	if e := parseHolder(""); e.n != 0 {
		t.Errorf("empty table: %+v", e)
	}
}

// holdersWith judges text with a hand-made holder model and returns each
// non-neutral judgment's target and holder.
func holdersWith(t *testing.T, m *holderModel, text string) [][2]string {
	t.Helper()
	s, err := NewScorer()
	if err != nil {
		t.Fatal(err)
	}
	s.hold = m
	doc, err := testRecognizer(t).Recognize(text)
	if err != nil {
		t.Fatal(err)
	}
	var out [][2]string
	for _, j := range s.Judge(doc) {
		if j.Label != Neutral {
			out = append(out, [2]string{j.Target, j.Holder})
		}
	}
	return out
}

func TestHolderModel(t *testing.T) {
	const story = "The Harbor Teachers Union met in Portland on Monday. " +
		"Its president, Dana Whitcomb, spoke for an hour. " +
		"Members voted to leave Facebook for Discord, Whitcomb said. " +
		"The vote was 41 to 3."
	// The rules credit the speaker with the members' move.
	rules := [][2]string{{"Facebook", "Dana Whitcomb"}, {"Discord", "Dana Whitcomb"}}
	if diff := cmp.Diff(rules, holdersWith(t, &holderModel{}, story)); diff != "" {
		t.Errorf("rules (-want +got):\n%s", diff)
	}
	// A model that weighs a common-noun subject toward the author's voice
	// (an unnamed group) overrules them.
	m := &holderModel{}
	m.set("#a:nounsubj", 3)
	want := [][2]string{{"Facebook", ""}, {"Discord", ""}}
	if diff := cmp.Diff(want, holdersWith(t, m, story)); diff != "" {
		t.Errorf("model (-want +got):\n%s", diff)
	}
	// A model that weighs unnamed people as the subject toward the
	// author's voice overrules them too, but not for the organization.
	m = &holderModel{}
	m.set("#a:people", 3)
	if diff := cmp.Diff(want, holdersWith(t, m, story)); diff != "" {
		t.Errorf("unnamed people (-want +got):\n%s", diff)
	}
	const union = "The Harbor Teachers Union met in Portland on Monday. " +
		"Its president, Dana Whitcomb, spoke for an hour. " +
		"The union voted to leave Facebook for Discord, Whitcomb said."
	if diff := cmp.Diff(holdersWith(t, &holderModel{}, union), holdersWith(t, m, union)); diff != "" {
		t.Errorf("organization subject (-rules +model):\n%s", diff)
	}
	// A model that prefers the previous sentence's speaker when nobody in
	// the sentence speaks.
	m = &holderModel{}
	m.set("#lastperson", 3)
	m.set("#a:rule", -1)
	const quoted = "Dana Whitcomb leads the Harbor Teachers Union in Portland. " +
		"She has taught for thirty years. " +
		"Whitcomb said the union's members were tired of the noise. " +
		"“Nobody should have to read Facebook to find a meeting time.”"
	got := holdersWith(t, m, quoted)
	if len(got) != 1 || got[0] != [2]string{"Facebook", "Dana Whitcomb"} {
		t.Errorf("carried quote: got %v, want Facebook held by Dana Whitcomb", got)
	}
	// A post is too short for the holder model: the rules alone.
	m = &holderModel{}
	m.set("#author", 10)
	const post = "Members of the Harbor Teachers Union left Facebook for Discord."
	if diff := cmp.Diff(holdersWith(t, &holderModel{}, post), holdersWith(t, m, post)); diff != "" {
		t.Errorf("post (-rules +model):\n%s", diff)
	}
}

func TestShippedHolderModel(t *testing.T) {
	s, err := NewScorer()
	if err != nil {
		t.Fatal(err)
	}
	if s.hold.n == 0 {
		t.Error("data/holder.txt has no weights")
	}
}

// TestHolderUncued checks the rules' holder of a verdict no cue carried
// (the article model's, at the mention): the subject the sentence opens
// with acts on the platform, past the common nouns of its predicate.
func TestHolderUncued(t *testing.T) {
	s, err := NewScorer()
	if err != nil {
		t.Fatal(err)
	}
	const text = "On Tuesday night the Corliss Rowing Club voted 6-1 to stop mailing its newsletter and to publish race notices on Nextdoor."
	doc, err := testRecognizer(t).Recognize(text)
	if err != nil {
		t.Fatal(err)
	}
	d := newDocView(doc)
	v := d.sentence(0, s)
	for _, tm := range d.targetsIn(0) {
		if doc.Entities[tm.ent].Name != "Nextdoor" {
			continue
		}
		m := tm.ranges[0]
		if got := s.holder(d, v, cue{lo: m[0], hi: m[1], pos: 'O'}, tm.ent); got != "Corliss Rowing Club" {
			t.Errorf("holder %q, want Corliss Rowing Club", got)
		}
		return
	}
	t.Fatal("no Nextdoor mention")
}

// TestHolderDescribedOrg checks the rules' holder of a headline's or a
// lede's description of an organization: the one the story calls by that
// noun ("the Alder Stitch and Chatter circle"), not the one it names first
// (the newsletter that reports it).
func TestHolderDescribedOrg(t *testing.T) {
	const report = "The Wool Shed Gazette, the newsletter of the Alder Stitch and Chatter circle, printed the report."
	for _, tc := range []struct {
		name, text string
		want       [][2]string
	}{
		{"headline", "Knitting circle quits Facebook for Ravelry\n\n" + report,
			[][2]string{{"Facebook", "Alder Stitch and Chatter"}, {"Ravelry", "Alder Stitch and Chatter"}}},
		{"lede", "Knitters speak up\n\nA Hexham knitting circle has closed the Facebook group it ran for years, according to its secretary's report. " + report,
			[][2]string{{"Facebook", "Alder Stitch and Chatter"}}},
		{"name headed by the noun", "Row on estate as tenants' association quits WhatsApp\n\nWharfside Homes, the housing association that owns the estate, is in a row with Brindle Court Tenants' Association.",
			[][2]string{{"WhatsApp", "Brindle Court Tenants' Association"}}},
		{"relative after the description", "Film club moves screenings\n\nThe Lund Film Society met on Tuesday. The society, which stopped posting on Vimeo, in 2024, announced the plan on Flickr.",
			[][2]string{{"Vimeo", "Lund Film Society"}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, holdersWith(t, &holderModel{}, tc.text)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// TestHolderAddressee checks the rules' reading of "your" in an interview:
// the interviewer's "your team" is the interviewee's organization, and the
// interviewee's "your paper" the interviewer's. The interviewer's "your
// preference for" is the interviewee's.
func TestHolderAddressee(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       [][2]string
	}{
		{"labelled turns", "Apps and the mountain: a rescue volunteer on why her team quit\n\n" +
			"Maria Ferrante, a guide, volunteers with Ampezzo Alpine Rescue in Cortina. She spoke to Kate Walsh of Summit Quarterly.\n\n" +
			"WALSH: Has the season been busy?\n\nFERRANTE: Very. We were called out every day in August.\n\n" +
			"WALSH: Do clients message you?\n\nFERRANTE: All the time, mostly at night.\n\n" +
			"WALSH: Your team stopped posting on Threads last year, didn't it?",
			[][2]string{{"Threads", "Ampezzo Alpine Rescue"}}},
		{"a nominal stance's your", "Apps and the mountain: a rescue volunteer on why her team quit\n\n" +
			"Maria Ferrante, a guide, volunteers with Ampezzo Alpine Rescue in Cortina. She spoke to Kate Walsh of Summit Quarterly.\n\n" +
			"WALSH: Has the season been busy?\n\nFERRANTE: Very. We were called out every day in August.\n\n" +
			"WALSH: Do clients message you?\n\nFERRANTE: All the time, mostly at night.\n\n" +
			"WALSH: Your preference for Signal over Telegram is unusual among guides.",
			[][2]string{{"Signal", "Maria Ferrante"}, {"Telegram", "Maria Ferrante"}}},
		{"loyalty and anger are nominal stances too", "Apps and the mountain: a rescue volunteer on why her team quit\n\n" +
			"Maria Ferrante, a guide, volunteers with Ampezzo Alpine Rescue in Cortina. She spoke to Kate Walsh of Summit Quarterly.\n\n" +
			"WALSH: Has the season been busy?\n\nFERRANTE: Very. We were called out every day in August.\n\n" +
			"WALSH: Your loyalty to Signal survived all that, then. Your anger at Telegram has been very public.",
			[][2]string{{"Signal", "Maria Ferrante"}, {"Telegram", "Maria Ferrante"}}},
		// So is a "you" the interviewer says chose or would choose,
		// wherever it stands in the question.
		{"the interviewee's choice", "Apps and the mountain: a rescue volunteer on why her team quit\n\n" +
			"Maria Ferrante, a guide, volunteers with Ampezzo Alpine Rescue in Cortina. She spoke to Kate Walsh of Summit Quarterly.\n\n" +
			"WALSH: Has the season been busy?\n\nFERRANTE: Very. We were called out every day in August.\n\n" +
			"WALSH: People are surprised you'd pick Signal over Telegram.\n\nFERRANTE: They shouldn't be. We need to know who is in a group. We learned that the hard way.\n\n" +
			"WALSH: Last winter, I hear, you abandoned Telegram.",
			[][2]string{{"Signal", "Maria Ferrante"}, {"Telegram", "Maria Ferrante"}, {"Telegram", "Maria Ferrante"}}},
		// guard: in the interviewee's own turn such a "you" is
		// generic, and the answer hers.
		{"the interviewee's generic you", "Apps and the mountain: a rescue volunteer on why her team quit\n\n" +
			"Maria Ferrante, a guide, volunteers with Ampezzo Alpine Rescue in Cortina. She spoke to Kate Walsh of Summit Quarterly.\n\n" +
			"WALSH: Has the season been busy?\n\nFERRANTE: Very. We were called out every day in August. Honestly, you'd pick Signal over Telegram too.",
			[][2]string{{"Signal", "Maria Ferrante"}, {"Telegram", "Maria Ferrante"}}},
		{"questions and answers", "A researcher on apps and migrant workers\n\n" +
			"Siti Rahmawati directs the Migrant Messaging Lab in Merriwa. She spoke to us about her work.\n\n" +
			"Q: How many women have you interviewed?\n\nA: About four hundred, in three cities.\n\n" +
			"Q: Which app do they use?\n\nA: Mostly the cheapest one.\n\n" +
			"Q: Your lab also left X last year; why?",
			[][2]string{{"Twitter", "Migrant Messaging Lab"}}},
		{"the interviewee's own your", "Apps and the mountain: a rescue volunteer on why her team quit\n\n" +
			"Maria Ferrante, a guide, volunteers with Ampezzo Alpine Rescue in Cortina. She spoke to Kate Walsh of the Dolomite Times.\n\n" +
			"WALSH: Has the season been busy?\n\nFERRANTE: Very. We were called out every day in August.\n\n" +
			"WALSH: Do clients message you?\n\nFERRANTE: All the time, mostly at night. Your paper left Threads too, I noticed.",
			[][2]string{{"Threads", "Dolomite Times"}}},
		{"letters are no interview", "Letters: apps and the village\n\n" +
			"I left the Facebook group last year and I do not miss it.\n\nMargaret Alderson, Thornsett.\n\n" +
			"Your paper was right to leave X, and I say good riddance.\n\nTom Hale, Hayfield.\n\n" +
			"I still read the parish newsletter every morning.\n\nAnn Price, Glossop.",
			[][2]string{{"Facebook", "Margaret Alderson"}, {"Twitter", "Tom Hale"}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, holdersWith(t, &holderModel{}, tc.text)); diff != "" {
				t.Errorf("rules (-want +got):\n%s", diff)
			}
		})
	}
}

// TestHolderHeadlineConjunct checks the rules' subject for a headline's
// second verb after a comma: a "warns" that acts on its object ("warns
// coaches off Snapchat") is no report with a subject of its own, so it
// shares the first verb's; so does a "credits" that prose tags a plural
// noun and no stance cue lists, not the place before the subject.
func TestHolderHeadlineConjunct(t *testing.T) {
	const club = "Rothwell Marlins Swimming Club"
	const choir = "Nidd Valley Singers"
	for _, tc := range []struct {
		text string
		want [][2]string
	}{
		{"Swimming club drops WhatsApp for TeamSnap, warns coaches off Snapchat\n\n" +
			"The Rothwell Marlins Swimming Club has moved its messages to TeamSnap.",
			[][2]string{{"WhatsApp", club}, {"TeamSnap", club}, {"Snapchat", club}, {"TeamSnap", club}}},
		{"Knaresborough choir drops Facebook ads, credits Nextdoor for a full season\n\n" +
			"A community choir in Knaresborough has stopped paying for advertisements on Facebook. The Nidd Valley Singers, which has 80 members, said most of its new singers had found it on Nextdoor.",
			[][2]string{{"Facebook", choir}, {"Nextdoor", choir}, {"Facebook", choir}}},
	} {
		if diff := cmp.Diff(tc.want, holdersWith(t, &holderModel{}, tc.text)); diff != "" {
			t.Errorf("%s: rules (-want +got):\n%s", tc.text, diff)
		}
	}
}

// TestHolderHeadlineOrgNounTaggedVerb checks the rules' subject for a
// headline whose kind of organization prose tags a verb and whose cue it
// tags a noun ("Esports league/VBP condemns/NN X"): the organization the
// story names.
func TestHolderHeadlineOrgNounTaggedVerb(t *testing.T) {
	const text = "Esports league condemns X over abuse of young players\n\n" +
		"The Harrowgate Esports League has accused X of leaving abuse of a young player online for a week."
	want := [][2]string{{"Twitter", "Harrowgate Esports League"}, {"Twitter", "Harrowgate Esports League"}}
	if diff := cmp.Diff(want, holdersWith(t, &holderModel{}, text)); diff != "" {
		t.Errorf("rules (-want +got):\n%s", diff)
	}
}

// TestHolderPlacePhrase checks that the rules look past a place in a
// phrase after the subject ("a parents' group in western Wisconsin", "a
// network that claims 9,000 members across Idaho", "funeral homes in Iowa
// and Nebraska") to the description, which a lede's later name resolves,
// or to the name before it ("The Millgate Library in central Leeds"), and
// past a town and its state inside an aside.
func TestHolderPlacePhrase(t *testing.T) {
	const group = "Slow Phones Eau Claire"
	const funeral = "Heartland Funeral Directors Association"
	for _, tc := range []struct {
		text string
		want [][2]string
	}{
		{"Parents take on Snapchat\n\nA parents' group in western Wisconsin is urging families to delete Snapchat. The group, Slow Phones Eau Claire, has 40 members.",
			[][2]string{{"Snapchat", group}}},
		{"Parents take on Snapchat\n\nA parents' group across Wisconsin is urging families to delete Snapchat. The group, Slow Phones Eau Claire, has 40 members.",
			[][2]string{{"Snapchat", group}}},
		{"Funeral homes and streaming\n\nAn association representing 300 funeral homes in Iowa and Nebraska has told its members to stream services on YouTube rather than on Facebook. The Heartland Funeral Directors Association has 40 staff.",
			[][2]string{{"YouTube", funeral}, {"Facebook", funeral}}},
		{"The Millgate Library in central Leeds moved its writing group off Instagram in 2023.",
			[][2]string{{"Instagram", "Millgate Library"}}},
		// A town and its state inside the subject's aside do not end it.
		{"Wattle Mutual Bank has 90,000 members. The bank, based in Wollongong, New South Wales, is moving its advertising budget to YouTube.",
			[][2]string{{"YouTube", "Wattle Mutual Bank"}}},
		// A place before a headline's description says where the
		// subject is; the story names the subject.
		{"Tacoma council takes bin alerts off Facebook\n\nThe Tacoma Borough Council said residents never saw the posts.",
			[][2]string{{"Facebook", "Tacoma Borough Council"}}},
		// The tagger may take the description's head for a modifier
		// ("co-op/JJ").
		{"Seattle solar co-op drops Facebook ads\n\nThe Eastgate Sun Cooperative said its panels now sell by word of mouth.",
			[][2]string{{"Facebook", "Eastgate Sun Cooperative"}}},
		// Whatever the tagger calls the word before the head, it
		// modifies it ("taxi/VBD co-operative").
		{"Timaru taxi co-operative quits Facebook for Instagram\n\nA taxi co-operative in Timaru has 30 drivers. Riverside Cabs said its Facebook page was full of fakes.",
			[][2]string{{"Facebook", "Riverside Cabs"}, {"Instagram", "Riverside Cabs"}, {"Facebook", "Riverside Cabs"}}},
		// A place that says where the people are holds no view.
		{"Dealers who sell at the summer fairs in Ardley, a village in western Cumbria, say fakes were sold through Facebook groups, and several have stopped posting their stock there and now sell on Whatnot instead.",
			[][2]string{{"Facebook", ""}, {"Whatnot", ""}}},
		// And one after adjectives ("in eastern Utah").
		{"Chemists warn of fake pharmacies\n\nPRICE, Utah (San Rafael Wire) — Independent pharmacists in eastern Utah say Instagram let fake online pharmacies advertise to parents.",
			[][2]string{{"Instagram", ""}}},
		// And one after "the" ("in the Netherlands").
		{"Viewers in the Netherlands were complaining on Reddit that clips they had reported on TikTok stayed up for hours.",
			[][2]string{{"Reddit", ""}, {"TikTok", ""}}},
		// So does one in a wire lead, after a headline and a dateline
		// that names it. (The rules alone do not pick the dateline's
		// place here, so this row does not show that the check starts
		// after the dateline; the dev set does, through the holder
		// model: Brimfield.)
		{"Fair dealers move sales to Whatnot\n\nKESWICK, Cumbria (Fell Wire) — Dealers who sell at the summer fairs in Keswick, a town of 5,000 people, say fakes were sold through Facebook groups, and several have stopped posting their stock there and now sell on Whatnot instead.",
			[][2]string{{"Facebook", ""}, {"Whatnot", ""}}},
		// A lead after a dateline with its agency in brackets, nine
		// tokens long, is described as one after a plain dateline.
		{"Choir says YouTube cut its sound\n\nNORTH ALBANY, Ore. (Willamette Valley Wire) — A community choir in western Oregon says YouTube cut the sound from its livestream and has moved its concerts to Facebook. The Calapooia Singers have 40 members.",
			[][2]string{{"YouTube", "Calapooia Singers"}, {"YouTube", "Calapooia Singers"}, {"Facebook", "Calapooia Singers"}}},
		// guard: only a word before the description's head; in "a
		// Leeds scout leader on group chats" the "on" before "group"
		// ends the description, a person whom the story names.
		{"‘You go where the parents are, and the parents are on WhatsApp’: a Leeds scout leader on group chats and camp photos\n\n" +
			"Bernadette Quayle has been a leader with the 9th Kirkstall Scout Group in Leeds for 23 years.",
			[][2]string{{"WhatsApp", "Bernadette Quayle"}}},
		// A place before the plural of people who speak describes
		// them, and holds no view.
		{"Ashby potters say fake shops sold their mugs through Facebook ads, move kiln openings to YouTube\n\n" +
			"ASHBY, Neb. (Sandhills Wire) — Potters around Ashby, a village of about 150 people, say fake shops copied their photographs, " +
			"and several have stopped announcing their kiln openings on Facebook and now stream them on YouTube instead.",
			[][2]string{{"YouTube", ""}, {"Facebook", ""}, {"YouTube", ""}}},
	} {
		if diff := cmp.Diff(tc.want, holdersWith(t, &holderModel{}, tc.text)); diff != "" {
			t.Errorf("%s: rules (-want +got):\n%s", tc.text, diff)
		}
	}
}

// TestHolderStory checks that the holder model can give a verdict to the
// organization the story is about, which the sentence does not name: a
// headline's "farm park keepers", a plural the rules take for unnamed
// people.
func TestHolderStory(t *testing.T) {
	const text = "Ludlow farm park keepers shut Facebook page after row over reviews\n\n" +
		"The Bramblewick Trust, which runs a farm park near Ludlow, has closed its Facebook page. " +
		"It will post opening times on Instagram instead. " +
		"The park has goats and a play barn."
	const trust = "Bramblewick Trust"
	m := &holderModel{}
	m.set("#story:headline", 4)
	got := holdersWith(t, m, text)
	if len(got) == 0 || got[0] != [2]string{"Facebook", trust} {
		t.Errorf("headline's verdict: got %v, want Facebook held by %s first", got, trust)
	}
	// Without the weight the story's organization is only one more
	// candidate, and the headline's verdict is not the trust's.
	if got := holdersWith(t, &holderModel{}, text); len(got) == 0 || got[0] == [2]string{"Facebook", trust} {
		t.Errorf("rules alone: got %v, want a headline verdict not held by the trust", got)
	}
}

// TestHolderTurn checks that the holder model sees whose turn a sentence of
// a transcript is: a model that weighs a first-person sentence toward the
// author's voice (a column's "I") gives a speaker's "I" to the author, and
// the turn feature gives it back to the speaker the label names.
func TestHolderTurn(t *testing.T) {
	const transcript = "A meeting in Stockport\n\n" +
		"This is an edited transcript of a meeting in Stockport.\n\n" +
		"CHAIR: Esther, you wanted to speak.\n\n" +
		"NWOSU: Thanks. I'm Esther Nwosu, and I'm 17. I love Discord for revision.\n\n" +
		"SHARIF: I'm Nadia Sharif. I worry about it."
	m := &holderModel{}
	m.set("#a:first", 3)
	author := [][2]string{{"Discord", ""}}
	if diff := cmp.Diff(author, holdersWith(t, m, transcript)); diff != "" {
		t.Errorf("first person alone (-want +got):\n%s", diff)
	}
	m.set("#turn", 4)
	speaker := [][2]string{{"Discord", "Esther Nwosu"}}
	if diff := cmp.Diff(speaker, holdersWith(t, m, transcript)); diff != "" {
		t.Errorf("with the turn (-want +got):\n%s", diff)
	}
	s, err := NewScorer()
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(speaker, holdersWith(t, s.hold, transcript)); diff != "" {
		t.Errorf("shipped model (-want +got):\n%s", diff)
	}
}

// TestHolderModifierFeature: a candidate named before a common noun
// ("Harwick Town manager Amos", "Leeds musicians' collective") carries
// #modifier, which the holder model weighs against it; one named before
// its verb does not.
func TestHolderModifierFeature(t *testing.T) {
	s, err := NewScorer()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		text, cand string
		si         int
		want       bool
	}{
		{"Harwick Town manager Amos tells his players to get off Instagram\n\nSteve Amos has managed Harwick Town since 2019.", "Harwick Town", 0, true},
		{"Harwick Town tells its players to get off Instagram\n\nSteve Amos has managed Harwick Town since 2019.", "Harwick Town", 0, false},
		// guard: a pronoun nearer the cue ("its protest") is no name.
		{"Drivers quit Facebook\n\nThe Harwick Drivers' Association tried streaming its protest on Facebook in June.", "Harwick Drivers' Association", 1, false},
	} {
		d, v := docViewAt(t, s, tc.text, tc.si)
		te := slices.IndexFunc(d.doc.Entities, func(e entities.Entity) bool { return e.Name == "Instagram" || e.Name == "Facebook" })
		if te < 0 {
			t.Fatalf("%q: no platform", tc.text)
		}
		k := max(wordIndex(v, "instagram"), wordIndex(v, "facebook"))
		got, found := false, false
		for _, c := range s.holderCands(d, v, cue{lo: k, hi: k + 1, pos: 'O'}, te, "", false) {
			if c.ent < 0 || d.doc.Entities[c.ent].Name != tc.cand {
				continue
			}
			found = true
			for _, f := range c.feats {
				got = got || f.key == "#modifier"
			}
		}
		if !found || got != tc.want {
			t.Errorf("%q: candidate %q found %v, #modifier %v, want %v", tc.text, tc.cand, found, got, tc.want)
		}
	}
}

// TestHolderSpokesperson checks that a spokesperson the text ties to no
// one else speaks for the platform she praises, or for its owner when the
// sentence before is the owner's statement, and that one tied to a body,
// a pronoun's body or an earlier introduction does not; and that a body,
// or its spokesperson, that goes on speaking in the sentence after ("It
// also said", "She said") still speaks for the body.
func TestHolderSpokesperson(t *testing.T) {
	for _, tc := range []struct {
		text string
		want [][2]string
	}{
		{"“Nextdoor is the best place for neighbours to talk about the things that matter to them,” a spokeswoman said.",
			[][2]string{{"Nextdoor", "Nextdoor"}}},
		{"A spokesperson said TikTok was “proud to be home to a welcoming community of runners”.",
			[][2]string{{"TikTok", "TikTok"}}},
		{"A spokesperson said that Snapchat was “the best way for friends to stay close”.",
			[][2]string{{"Snapchat", "Snapchat"}}},
		{"A TikTok spokesperson said the platform was “proud to be the best home for young runners”.",
			[][2]string{{"TikTok", "TikTok"}}},
		{"Meta, which owns Facebook, said it had removed the adverts. A spokesperson said Facebook was “the best place for small businesses to find customers”.",
			[][2]string{{"Facebook", "Meta"}}},
		// The platform or its owner says it.
		{"Meta says Facebook groups “are the best place for people to come together”.",
			[][2]string{{"Facebook", "Meta"}}},
		{"BRANDON: Meta, which owns Facebook, said Facebook groups were “the best place for families to find each other”.",
			[][2]string{{"Facebook", "Meta"}}},
		{"The Quiz League moved to Discord. DIGBY: TikTok told us it removes comments that share personal details, and that it is “the best place for quiz fans”. The league has 40 teams. Its final is in May.",
			[][2]string{{"Discord", "Quiz League"}, {"TikTok", "TikTok"}}},
		// The owner's spokesperson says it.
		{"The Orford Choir reported 30 posts. A Meta spokesperson said the company had removed the posts the choir reported, and that Facebook groups “are the best place for people who share a hobby”.",
			[][2]string{{"Facebook", "Meta"}}},
		{"The Orford Choir reported 30 posts. A spokesperson for Meta said the company had removed the posts the choir reported, and that Facebook groups were “the best place for people who share a hobby”.",
			[][2]string{{"Facebook", "Meta"}}},
		{"The Orford Choir sold tickets online. A spokesperson for Meta later said buyers now see a warning when a seller asks for a bank transfer, and that most people who sell tickets on Facebook are the best of neighbours.",
			[][2]string{{"Facebook", "Meta"}}},
		// The body, or its spokesperson, goes on speaking in the
		// sentence after.
		{"The Orford Choir reported 30 posts. Meta told us it removed the page. It also said Facebook was “the best place for people who share a hobby”.",
			[][2]string{{"Facebook", "Meta"}}},
		{"The Orford Choir reported 30 posts. A Meta spokeswoman said the company had removed them. She said Facebook groups were “the best place for people who share a hobby”.",
			[][2]string{{"Facebook", "Meta"}}},
		{"The Orford Choir reported 30 posts. A Meta spokeswoman said the company had removed them. “Facebook groups are the best place for people who share a hobby,” she said.",
			[][2]string{{"Facebook", "Meta"}}},
		{"The Orford Choir reported 30 videos. TikTok said it had removed them. The company said TikTok was “the best place for choirs to find new singers”.",
			[][2]string{{"TikTok", "TikTok"}}},
		{"The Orford Choir reported 30 posts. Meta, which owns Facebook, said it had removed them. A company spokeswoman said Facebook groups were “the best place for people who share a hobby”.",
			[][2]string{{"Facebook", "Meta"}}},
		{"The Orford Choir sings in the ads of Brightwater, a drinks firm. A spokeswoman for Brightwater said sales were up. She said TikTok had been “the best thing that ever happened to us”.",
			[][2]string{{"TikTok", "Brightwater"}}},
		// guards
		{"Jo Baird, the choir's secretary, reported 30 posts. Meta said it had removed them. She said Facebook groups were still “the best place for people who share a hobby”.",
			[][2]string{{"Facebook", "Jo Baird"}}},
		{"My son is 13. He chats on Yubo. Yubo says it checks ages, and maybe it does, but a 34-year-old man talked to my son on it for a week and nobody at Yubo noticed. I took his phone away.",
			[][2]string{{"Yubo", ""}}},
		{"The Orford Choir reported 30 posts. A Meta spokesperson declined to comment, but the choir said Facebook groups were “the best place for people who share a hobby”.",
			[][2]string{{"Facebook", "Orford Choir"}}},
		{"The Orford Choir reported 30 posts. A Harbour Trust spokesperson said the trust had reported the posts, and that Facebook groups “are the best place for people who share a hobby”.",
			[][2]string{{"Facebook", "Harbour Trust"}}},
		{"Instagram tells me who she messages, which is the best arrangement for a 15-year-old. My daughter likes it. She is fine. We talk.",
			[][2]string{{"Instagram", ""}}},
		{"A spokesperson said TikTok was “a mess” and that the club had left.",
			[][2]string{{"TikTok", ""}}},
		{"A spokesperson for the charity said Facebook was “the best way we have of reaching families”.",
			[][2]string{{"Facebook", ""}}},
		{"“Facebook is the best way we have of reaching families,” said a spokesperson for the charity.",
			[][2]string{{"Facebook", ""}}},
		{"The Coastal Shark Watch tracks sightings. It posts them on Facebook, and a spokesman said Facebook remained “the quickest way of reaching coastal communities”.",
			[][2]string{{"Facebook", "Coastal Shark Watch"}}},
		{"A spokesperson said Facebook was “the best way for Harbour Credit Union to reach its members”.",
			[][2]string{{"Facebook", "Harbour Credit Union"}}},
		{"A spokesperson said the service would stay on Facebook, “the best place to reach our donors”.",
			[][2]string{{"Facebook", ""}}},
		{"A spokeswoman for the Harbour Trust said it was reviewing its pages. The spokeswoman said Facebook “is still the best place to reach families”.",
			[][2]string{{"Facebook", "Harbour Trust"}}},
	} {
		if diff := cmp.Diff(tc.want, holdersWith(t, &holderModel{}, tc.text)); diff != "" {
			t.Errorf("%s: rules (-want +got):\n%s", tc.text, diff)
		}
	}
	// A person the caller names is no platform, and no spokesperson
	// speaks for her.
	s, err := NewScorer()
	if err != nil {
		t.Fatal(err)
	}
	s.hold = &holderModel{}
	doc, err := testRecognizer(t).Recognize("A spokesperson said Dana Whitcomb was “the best coach the club has ever had”.", entities.Target{Name: "Dana Whitcomb", Type: entities.Person})
	if err != nil {
		t.Fatal(err)
	}
	for _, j := range s.Judge(doc) {
		if j.Target == "Dana Whitcomb" && (j.Label != Endorses || j.Holder != "") {
			t.Errorf("caller's person: got %s held by %q, want endorses held by the author", j.Label, j.Holder)
		}
	}
}

// TestSelfStatement checks that a platform, or its owner, that states its
// own position in the story's voice ("Meta said the post did not break
// Facebook's rules") criticizes nothing of its own, while the same ruling
// reported by whoever it was told to, and a writer's answer after "but",
// still criticize.
func TestSelfStatement(t *testing.T) {
	for _, tc := range []struct {
		text string
		want [][2]string
	}{
		{"Meta said the post did not break Facebook's rules on harassment.", nil},
		{"Meta, which owns Facebook, said in a statement that the group's posts did not break its rules.", nil},
		{"TikTok says the video does not break its rules on bullying.", nil},
		// guards
		{"Rhona Keel reported the video twice. TikTok told us it did not break its rules on bullying, she said.",
			[][2]string{{"TikTok", "Rhona Keel"}}},
		{"My son is 13. He chats on Yubo. Yubo says it checks ages, and maybe it does, but a 34-year-old man talked to my son on it for a week and nobody at Yubo noticed. I took his phone away.",
			[][2]string{{"Yubo", ""}}},
	} {
		if diff := cmp.Diff(tc.want, holdersWith(t, &holderModel{}, tc.text)); diff != "" {
			t.Errorf("%s: (-want +got):\n%s", tc.text, diff)
		}
	}
}

// TestUnnamedOpener: a sentence that opens with a speaker the text does
// not name ("My granddaughter says ...") holds what it reports, up to the
// platform at; a body's voice, another verb, or the writer's own "I" in
// between does not.
func TestUnnamedOpener(t *testing.T) {
	s, err := NewScorer()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, text, platform string
		want                 bool
	}{
		{"possessive says", "My granddaughter says Snapchat is where the young archers talk.", "Snapchat", true},
		{"tells me", "Their teacher tells me Discord is the best thing for practice.", "Discord", true},
		{"indefinite told me", "A younger customer told me Bluesky was kinder.", "Bluesky", true},
		{"who aside", "My grandson, who is 16, says Snapchat is the only app he uses.", "Snapchat", true},
		{"keeps telling me", "My sister keeps telling me to join Bluesky instead.", "Bluesky", true},
		{"keeps saying", "My nephew keeps saying Discord is better for practice.", "Discord", true},
		{"from the club", "A friend from the club keeps telling me to join Bluesky instead.", "Bluesky", true},
		{"people", "People keep telling me to join Threads instead.", "Threads", true},
		{"everyone told me", "Everyone told me to put the choir on Discord.", "Discord", true},
		{"named person's", "Tessa Marwick keeps bees in Hexham. Tessa Marwick's friends say TikTok is where they learn things now.", "TikTok", true},
		// guards
		{"officer", "An officer said the alerts would go out on WhatsApp from June.", "WhatsApp", false},
		{"agency", "The city's transport agency says Facebook left fake pages up for weeks.", "Facebook", false},
		{"school", "Her school says Instagram carried the appeal further than any letter.", "Instagram", false},
		{"spokesman", "A spokesman told me Reddit takes the matter seriously.", "Reddit", false},
		{"reported", "My daughter reported the post on Instagram as well.", "Instagram", false},
		{"tells without me", "My nephew tells stories about Instagram all day.", "Instagram", false},
		{"keeps without telling", "My nephew keeps his photographs on Instagram.", "Instagram", false},
		{"keeps telling others", "My nephew keeps telling his friends about Instagram.", "Instagram", false},
		{"from the club without a report", "A friend from the club in Leeds posts on Instagram.", "Instagram", false},
		{"writer between", "My son says I should be on TikTok by now.", "TikTok", false},
		{"name alone", "Tessa Marwick", "Tessa", false},
		{"named subject", "Tessa Marwick says TikTok is where people learn things now.", "TikTok", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			text := tc.text
			si := 0
			if strings.Count(text, ". ") > 0 {
				si = 1
			}
			d, v := docViewAt(t, s, text, si)
			at := -1
			for k := 0; k < v.n; k++ {
				if v.low[k] == strings.ToLower(tc.platform) {
					at = k
					break
				}
			}
			if at < 0 {
				t.Fatalf("no %s in %q", tc.platform, text)
			}
			if got := v.unnamedOpener(d, at); got != tc.want {
				t.Errorf("unnamedOpener = %v, want %v", got, tc.want)
			}
		})
	}
}

// TestSomeOpener: a sentence that opens with "Some" people it does not
// name as the subject holds what they do or say up to the cue at; a subject
// that names the target, a subject with no verb after it, and a new clause
// or possessor before the cue do not.
func TestSomeOpener(t *testing.T) {
	s, err := NewScorer()
	if err != nil {
		t.Fatal(err)
	}
	if (&sentView{}).someOpener(0, -1) {
		t.Error("an empty sentence opens with an unnamed group")
	}
	for _, tc := range []struct {
		name, text, target, at string
		want                   bool
	}{
		{"adverb before the verb", "Some older members still prefer Zoom to the hall.", "Zoom", "prefer", true},
		{"a named person's", "Some of Kerr's neighbours say Nextdoor is being blamed unfairly.", "Nextdoor", "blamed", true},
		{"speaker label", "DALE: Some older anglers say TikTok is ruining the sport.", "TikTok", "ruining", true},
		{"no noun", "Some said the Facebook group was the only place to find a ticket.", "Facebook", "only", true},
		{"of them", "Some of them wanted to move the club to Discord.", "Discord", "move", true},
		// guards
		{"target in the subject", "Some YouTube instructors are excellent teachers.", "YouTube", "excellent", false},
		{"no verb after the subject", "Some days, TikTok is all I watch.", "TikTok", "all", false},
		{"but", "Some members had asked for Signal, but Power said it was clumsy.", "Signal", "clumsy", false},
		{"semicolon", "Some of those shops were on Etsy; Pinterest has never answered me.", "Pinterest", "answered", false},
		{"possessor", "Some vendors said the society's preference for Discord would leave fans out.", "Discord", "preference", false},
		{"and I", "Some of them wanted Facebook back, and I told them I would rather learn Discord.", "Discord", "rather", false},
		{"quantifier other than some", "Most members still prefer Zoom to the hall.", "Zoom", "prefer", true},
		{"a few", "A few parents asked whether the club should close its account on Instagram.", "Instagram", "close", true},
		{"several of the", "Several of the older members will follow the news on WhatsApp rather than on Discord, according to Cairns.", "Discord", "rather", true},
		{"half", "Half the drivers say Telegram is where the fares get fixed.", "Telegram", "fixed", true},
		{"many", "Many of the younger players said they would rather find a team through TikTok.", "TikTok", "rather", true},
		{"the writer's relative clause", "Some designers I've spoken to say Discord is where the type world goes to complain.", "Discord", "complain", true},
		{"other opener", "These members still prefer Zoom to the hall.", "Zoom", "prefer", false},
		{"the writer's view after", "Most of my bookings come through Instagram, and I have no complaints about it.", "Instagram", "come", false},
		{"the writer after, in the same clause", "Most of my students find me through Instagram.", "Instagram", "find", false},
		{"which after", "Most bands arrange their practices on WhatsApp, which the report called a lifeline.", "WhatsApp", "arrange", false},
		{"and after", "Several members post their films on YouTube, and the guild recommends them to families.", "YouTube", "post", false},
		{"but after", "A few members argued for Signal, but the guild chose WhatsApp.", "Signal", "argued", false},
		{"semicolon after", "Most former colleagues went to Bluesky; the club did not follow them.", "Bluesky", "went", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, v := docViewAt(t, s, tc.text, 0)
			at, te := -1, -1
			for k := 0; k < v.n; k++ {
				if v.low[k] == tc.at && at < 0 {
					at = k
				}
				if v.low[k] == strings.ToLower(tc.target) && te < 0 {
					te = v.ent[k]
				}
			}
			if at < 0 || te < 0 {
				t.Fatalf("no %q or no %s entity in %q", tc.at, tc.target, tc.text)
			}
			if got := v.someOpener(at, te); got != tc.want {
				t.Errorf("someOpener = %v, want %v", got, tc.want)
			}
		})
	}
}

// TestSomeOpenerHolder: through the scorer and its shipped models, what
// "Some" unnamed people say or do in a column or a transcript is nobody's
// the text names: not the columnist's, not the interviewer's.
func TestSomeOpenerHolder(t *testing.T) {
	s, err := NewScorer()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ name, text string }{
		{"column", "Why our cycling club still meets on Tuesdays\n\nBy Maureen Tasker\n\n" +
			"I have run the Tuesday rides out of Keswick for eleven years. " +
			"Some of the older riders say Discord is where fun goes to die. " +
			"I have nothing more to add about the rides."},
		{"transcript", "A cobbler on the trade\n\nThis is an edited interview with Tayla Shank, a cobbler in Fremantle, by Mia Rand.\n\n" +
			"RAND: Some older cobblers say TikTok is ruining the trade.\n\n" +
			"SHANK: They would say that.\n\n" +
			"RAND: Where do you learn?\n\n" +
			"SHANK: From old films, mostly."},
		{"several in a transcript", "A breeder on the puppies\n\nThis is an edited interview with Anne Toller, a breeder in Ontario, by Mia Rand.\n\n" +
			"RAND: How do buyers find you?\n\n" +
			"TOLLER: Several of the older breeders say Reddit is where teenagers go to be rude to each other.\n\n" +
			"RAND: And you?\n\n" +
			"TOLLER: By word of mouth, mostly."},
		{"a few in a column", "Why our paddling club still meets on Sundays\n\nBy Ruth Ferry\n\n" +
			"I have run the Sunday paddles out of Kingston for nine years. " +
			"A few of the younger paddlers think Instagram has brought more people into the sport than any club. " +
			"I have nothing more to add about the paddles."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := holdersWith(t, s.hold, tc.text)
			if len(got) != 1 || got[0][1] != "" {
				t.Errorf("want one verdict held by nobody named, got %q", got)
			}
		})
	}
}

// TestSpeakerOpens: in a column, a person who opens a sentence saying what
// a platform is or does holds the verdict, whatever weight the holder model
// gives the columnist; a body that says so, a platform later in the
// reported clause, another verb or "tells" without "me" leave it to the
// model.
func TestSpeakerOpens(t *testing.T) {
	const column = "Why our bowls club never misses a fixture\n\n" +
		"By Marian Hobbs\n\n" +
		"I have kept the greens at the Oamaru Bowling Club for twenty years. " +
		"Alison Hampden runs our roster, and Ben Ruru runs the bar. %s " +
		"I have nothing more to add."
	m := &holderModel{}
	m.set("#turn", 5) // the columnist, wherever the model decides
	for _, tc := range []struct{ sentence, want string }{
		{"Alison says WhatsApp works wonderfully for us.", "Alison Hampden"},
		{"She tells me WhatsApp is the best thing the club ever did.", "Alison Hampden"},
		{"Alison says that WhatsApp saved the club.", "Alison Hampden"},
		{"Ben Ruru says WhatsApp works wonderfully for us.", "Ben Ruru"},
		// guards
		{"Otago Bowls Association says WhatsApp is loved by clubs like ours.", "Marian Hobbs"},
		{"Alison says the club loves WhatsApp.", "Marian Hobbs"},
		{"Alison finds WhatsApp works wonderfully for us.", "Marian Hobbs"},
		{"Alison tells Ben WhatsApp works wonderfully for us.", "Marian Hobbs"},
		{"Alison says WhatsApp works wonderfully for us, according to Ben Ruru.", "Marian Hobbs"},
	} {
		got := holdersWith(t, m, fmt.Sprintf(column, tc.sentence))
		want := [][2]string{{"WhatsApp", tc.want}}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tc.sentence, diff)
		}
	}
}

// TestReportPronounHolder: an "It" that carries on a report ("The report
// says ... It accuses Meta of ...") is the report's, whose words are its
// owner's, not those of the organization the text named last.
func TestReportPronounHolder(t *testing.T) {
	s, err := NewScorer()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ name, text string }{
		{"the report", "Breed council report blames dealers\n\n" +
			"The Malvern Breed Council published a report on puppy sales on Tuesday. " +
			"The report draws on complaints passed on by the Hereford Dog Warden Service. " +
			"It calls the groups on WhatsApp in which breeders keep in touch with buyers “the quiet hero of responsible breeding”. " +
			"It accuses Meta of leaving dealers’ pages up on Facebook for weeks."},
		{"its report", "Breed council report blames dealers\n\n" +
			"The Malvern Breed Council published its findings on puppy sales on Tuesday. " +
			"Its report draws on complaints passed on by the Hereford Dog Warden Service. " +
			"It calls the groups on WhatsApp in which breeders keep in touch with buyers “the quiet hero of responsible breeding”. " +
			"It accuses Meta of leaving dealers’ pages up on Facebook for weeks."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			want := [][2]string{{"WhatsApp", "Malvern Breed Council"}, {"Facebook", "Malvern Breed Council"}}
			if diff := cmp.Diff(want, holdersWith(t, s.hold, tc.text)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(want, holdersWith(t, &holderModel{}, tc.text)); diff != "" {
				t.Errorf("rules alone (-want +got):\n%s", diff)
			}
		})
	}
}

// TestReportAuthorOpensStory: a lede that opens with a document and its
// author ("A report by Hallam Council on plans for ... says") is the
// author's story, so "the report" later is the author's, not that of the
// organization the next sentence opens with. The holder model decides
// these: the rules alone give the report's sentence no holder.
func TestReportAuthorOpensStory(t *testing.T) {
	s, err := NewScorer()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ name, lede, want string }{
		{"a report by", "A report by Hallam Council on plans for a skate park says false claims spread in groups on Nextdoor.", "Hallam Council"},
		{"a report by the", "A report by the Hallam Council on plans for a skate park says false claims spread in groups on Nextdoor.", "Hallam Council"},
		// guards: plans by the council are no document of its, and a
		// report by its chair is no report by the council. Whose the
		// report is, the text does not say.
		{"plans by", "Plans by Hallam Council for a skate park drew false claims in groups on Nextdoor.", ""},
		{"a report by its chair", "A report by the chair of Hallam Council says false claims spread in groups on Nextdoor.", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			text := "Council report credits skaters' video\n\n" + tc.lede + " " +
				"The Ridgeway Skate Club, which has 90 members, wants the park. " +
				"The report is far warmer about a video on YouTube that the club posted."
			var got [][2]string
			for _, h := range holdersWith(t, s.hold, text) {
				if h[0] == "YouTube" {
					got = append(got, h)
				}
			}
			want := [][2]string{{"YouTube", tc.want}}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// TestCleftIt: the "it" of a cleft ("It was a stranger on Reddit who ...")
// stands for nothing, so it hands the verdict to no organization named
// before it; a passive's "it" and any other verb's do.
func TestCleftIt(t *testing.T) {
	s, err := NewScorer()
	if err != nil {
		t.Fatal(err)
	}
	const column = "A stranger found my grandmother's map\n\n" +
		"By Ann Lowe, a retired map maker in Gander, N.L.\n\n" +
		"I drew maps for 34 years. The Bonavista Names Project collects the old names of the coves I grew up in. %s"
	for _, tc := range []struct{ sentence, want string }{
		{"It was a stranger on Reddit who worked out where the map came from.", "Ann Lowe"},
		{"It was not the project but a stranger on Reddit who worked out where the map came from.", "Ann Lowe"},
		// guards: a passive's "it" is the project, and so is the
		// subject of any verb but "be".
		{"It was founded in 2011 by six women who met on Reddit and loved it.", "Bonavista Names Project"},
		{"It praised a stranger on Reddit who worked out where the map came from.", "Bonavista Names Project"},
	} {
		got := holdersWith(t, s.hold, fmt.Sprintf(column, tc.sentence))
		want := [][2]string{{"Reddit", tc.want}}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tc.sentence, diff)
		}
	}
}

// TestPersonOfGroup: a person noun or a name before "of" and a group ("one
// member of the society wrote", "Lt. Dana Holm of the sheriff's office
// said") is whom the subject names, not the group; a thing's noun is not:
// "The newsletter of a ukulele club" speaks for the club.
func TestPersonOfGroup(t *testing.T) {
	for _, tc := range []struct {
		text string
		want [][2]string
	}{
		{"The Bayside Choral Society posted its concert on Facebook. \"YouTube is a terrible place for choirs,\" one member of the society wrote under the post.",
			[][2]string{{"YouTube", ""}}},
		// So is a name before "of": the person, not her office.
		{"The Buncombe County Sheriff's Office has 400 staff. Lt. Dana Holm of the sheriff's office said Facebook was a disgrace to its own users.",
			[][2]string{{"Facebook", "Dana Holm"}}},
		// guard: a newsletter is no person.
		{"Club newsletter turns on Nextdoor\n\nMOBILE, Ala. — The newsletter of a ukulele club in Mobile says Nextdoor is a hateful place for anyone over sixty.\n\nThe Bayside Ukulele Club has 90 members.",
			[][2]string{{"Nextdoor", "Bayside Ukulele Club"}, {"Nextdoor", "Bayside Ukulele Club"}}},
	} {
		if diff := cmp.Diff(tc.want, holdersWith(t, &holderModel{}, tc.text)); diff != "" {
			t.Errorf("%s: rules (-want +got):\n%s", tc.text, diff)
		}
	}
}

// TestTellAfterUsedTo: "I used to tell the choir that ..." has its teller
// before the verb the infinitive completes; whom it tells is no speaker
// named after the verb.
func TestTellAfterUsedTo(t *testing.T) {
	const text = "An organist changes her mind\n\nBy Deirdre Bassett\n\n" +
		"I play the organ for the Abbey River Singers in Limerick. " +
		"I used to tell the choir that Twitter was the best way to reach people who would never set foot in a church. Now I know better."
	if diff := cmp.Diff([][2]string{{"Twitter", "Deirdre Bassett"}}, holdersWith(t, &holderModel{}, text)); diff != "" {
		t.Errorf("rules (-want +got):\n%s", diff)
	}
}

// TestHolderGroupPossessor: a nominal stance whose possessor is a plural
// common noun ("My athletes' fondness for Snapchat") is held by a group
// the text does not name, not by the columnist whose athletes they are;
// the columnist's own ("My fondness for Twitch") stays hers.
func TestHolderGroupPossessor(t *testing.T) {
	const column = "Why my sliders live on their phones\n\n" +
		"By Hazel Paddle, a luge coach in Calgary.\n\n" +
		"My athletes' fondness for Snapchat is something I have stopped trying to understand.\n\n" +
		"My own fondness for Twitch is no secret.\n\n" +
		"Our parents’ faith in WhatsApp is complete."
	want := [][2]string{{"Snapchat", ""}, {"Twitch", "Hazel Paddle"}, {"WhatsApp", ""}}
	if diff := cmp.Diff(want, holdersWith(t, &holderModel{}, column)); diff != "" {
		t.Errorf("rules (-want +got):\n%s", diff)
	}
	s, err := NewScorer()
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, holdersWith(t, s.hold, column)); diff != "" {
		t.Errorf("shipped model (-want +got):\n%s", diff)
	}
	// A verdict that is no noun after a group's possessive is not the
	// group's: "Halifax cobblers’ co-op quits Nextdoor" is the co-op's.
	const story = "Halifax cobblers’ co-op quits Nextdoor\n\n" +
		"The Gottingen Street Cobblers’ Co-operative has left Nextdoor."
	if got := holdersWith(t, &holderModel{}, story); len(got) == 0 || got[0] != [2]string{"Nextdoor", "Gottingen Street Cobblers’ Co-operative"} {
		t.Errorf("headline: got %v, want Nextdoor held by the co-op first", got)
	}
	// A singular noun that ends in "s" names a body ("The corps’
	// preference"), and a name is no unnamed group.
	s2, err := NewScorer()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"My athletes' fondness for Snapchat is no secret.", true},
		{"Our parents’ total faith in WhatsApp is complete.", true},
		{"The corps’ preference for Zello came down to its drivers.", false},
		{"Marcus Jones' fondness for Twitch is no secret.", false},
		{"The sports clubs preference survey named Facebook first.", false},
	} {
		_, v := docViewAt(t, s2, tc.text, 0)
		at := -1
		for k := 0; k < v.n; k++ {
			if v.low[k] == "fondness" || v.low[k] == "faith" || v.low[k] == "preference" {
				at = k
				break
			}
		}
		if at < 0 {
			t.Fatalf("no cue noun in %q", tc.text)
		}
		if got := v.groupPossessor(at); got != tc.want {
			t.Errorf("groupPossessor(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestHolderJudgedAct: whoever says someone was right or wrong to act holds
// the verdict the act carries, not the one who acted; with nobody saying
// it, the author does.
func TestHolderJudgedAct(t *testing.T) {
	const story = "Jakarta students quit Instagram\n\n" +
		"The Jakarta Student Solidarity Alliance has left Instagram after its members were harassed there. " +
		"Ruang Aman Digital, a digital-rights group in Jakarta, said the alliance was right to leave Instagram. " +
		"Dr Kirsty Morningside, who studies safety at the University of Edinburgh, said Snapchat was a bigger worry. " +
		"She said clubs were right to worry about Strava.\n\n" +
		"The Harbor Teachers Union is right to leave Facebook."
	got := holdersWith(t, &holderModel{}, story)
	want := map[string]string{"Instagram": "Ruang Aman Digital", "Strava": "Kirsty Morningside", "Facebook": ""}
	seen := map[string]bool{}
	for _, h := range got {
		if w, ok := want[h[0]]; ok && h[1] == w {
			seen[h[0]] = true
		}
	}
	for p, w := range want {
		if !seen[p] {
			t.Errorf("no verdict on %s held by %s; got %v", p, w, got)
		}
	}
	s, err := NewScorer()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		text, word string
		want       bool
	}{
		{"She said the alliance was right to leave Instagram.", "leave", true},
		{"He said the club had been wrong to put its faith in WhatsApp.", "faith", true},
		{"He said the artists were right to trade names in a Discord server rather than wait.", "rather", true},
		{"She said the club is wise to keep its page.", "keep", true},
		{"She said the alliance seemed right to leave Instagram.", "leave", false},
		{"She said the alliance was ready to leave Instagram.", "leave", false},
		{"She said the alliance was right, and went on to leave Instagram.", "leave", false},
		{"She said it was right to go to the meeting and leave Instagram.", "leave", false},
		{"She said they were right to think that in a year or two or three the club would leave Instagram.", "leave", false},
	} {
		_, v := docViewAt(t, s, tc.text, 0)
		at := -1
		for k := 0; k < v.n; k++ {
			if v.low[k] == tc.word {
				at = k
				break
			}
		}
		if at < 0 {
			t.Fatalf("no %q in %q", tc.word, tc.text)
		}
		if got := v.judgedAct(at); got != tc.want {
			t.Errorf("judgedAct(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}
