package entities_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestRecognizeNewClasses covers the name classes added with the second
// set of development articles: more platforms, institutions whose names
// contain a title word, appositions, places before "City Council", head
// words and short forms of organizations.
func TestRecognizeNewClasses(t *testing.T) {
	r := recognizer(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"kick platform", "The streamer moved from Twitch to Kick. Kick pays more, she said.",
			[]string{`PLATFORM Twitch ["Twitch"]`, `PLATFORM Kick ["Kick" "Kick"]`}},
		{"kick word", "Players kick the ball. Kick-off is at noon in Leeds.",
			[]string{`GPE Leeds ["Leeds"]`}},
		{"unambiguous platforms", "She left Patreon for Substack; the city uses Nextdoor and Vimeo.",
			[]string{`PLATFORM Patreon ["Patreon"]`, `PLATFORM Substack ["Substack"]`, `PLATFORM Nextdoor ["Nextdoor"]`, `PLATFORM Vimeo ["Vimeo"]`}},
		{"stop word before ambiguous", "A Discord spokesman declined to comment.",
			[]string{`PLATFORM Discord ["Discord"]`}},
		{"title inside institution", "Lakeshore General bans TikTok\n\nLakeshore General Hospital said its IT department agreed.",
			[]string{`ORG Lakeshore General Hospital ["Lakeshore General" "Lakeshore General Hospital"]`, `PLATFORM TikTok ["TikTok"]`}},
		{"place a police force serves", "A running club in West Yorkshire says Strava maps helped strangers. West Yorkshire Police said it had 14 reports.",
			[]string{`GPE West Yorkshire ["West Yorkshire"]`, `PLATFORM Strava ["Strava"]`, `ORG West Yorkshire Police ["West Yorkshire Police"]`}},
		{"two places that are a name", "Teams train in Hull, Wakefield and Selby. One of the coaches is Jordan Wakefield, 22, who runs a Discord server. Wakefield said it works.",
			[]string{`GPE Hull ["Hull"]`, `GPE Wakefield ["Wakefield"]`, `GPE Selby ["Selby"]`, `PERSON Jordan Wakefield ["Jordan Wakefield" "Wakefield"]`, `PLATFORM Discord ["Discord"]`}},
		{"openstreetmap and its foundation", "Volunteers on OpenStreetMap fixed the road overnight. OSM editors said so. The OpenStreetMap Foundation declined to comment.",
			[]string{`PLATFORM OpenStreetMap ["OpenStreetMap" "OSM"]`, `ORG OpenStreetMap Foundation ["OpenStreetMap Foundation"]`}},
		// After "the", a name's possessive opens an organization's name;
		// a known name's possessive, or one without "the", owns it.
		{"possessive inside a name", "Members of the Gull's Rest Rowing Club voted to leave Facebook. The club said so.",
			[]string{`ORG Gull's Rest Rowing Club ["Gull's Rest Rowing Club"]`, `PLATFORM Facebook ["Facebook"]`}},
		{"possessive without the", "Ana Costa rows. Last week Costa's Harbour Rowing Club voted to leave Facebook.",
			[]string{`PERSON Ana Costa ["Ana Costa" "Costa"]`, `ORG Harbour Rowing Club ["Harbour Rowing Club"]`, `PLATFORM Facebook ["Facebook"]`}},
		{"known name's possessive", "Members of the BBC's Staff Association voted to leave Facebook.",
			[]string{`ORG BBC ["BBC"]`, `ORG Staff Association ["Staff Association"]`, `PLATFORM Facebook ["Facebook"]`}},
		// A given name the lexicon lacks before a surname that heads
		// organizations' names is a person's when what follows says so;
		// not a place's name before its council.
		{"unknown given name before a head word", "“We are leaving Facebook,” said Marnie Press, the league’s president. Press said the page would close.",
			[]string{`PLATFORM Facebook ["Facebook"]`, `PERSON Marnie Press ["Marnie Press" "Press"]`}},
		{"body before who", "I took it to the officers at Falkirk Council, who passed it to somebody else.",
			[]string{`ORG Falkirk Council ["Falkirk Council"]`}},
		{"place before a body", "At a café near Stirling University, a student who gave only her first name said she had left X.",
			[]string{`ORG Stirling University ["Stirling University"]`, `PLATFORM Twitter ["X"]`}},
		// "City of" and a place is the council; the place alone is the
		// town, even beside a body named after it.
		{"city of", "The City of Melbourne voted to leave X. Melbourne is a big city.",
			[]string{`ORG City of Melbourne ["City of Melbourne"]`, `PLATFORM Twitter ["X"]`, `GPE Melbourne ["Melbourne"]`}},
		{"city of an unknown place", "The City of Kelvale posts its notices on Facebook. Kelvale has a court, the Kelvale Magistrates' Court, and 9,000 people.",
			[]string{`ORG City of Kelvale ["City of Kelvale"]`, `PLATFORM Facebook ["Facebook"]`, `GPE Kelvale ["Kelvale"]`, `ORG Kelvale Magistrates' Court ["Kelvale Magistrates' Court"]`}},
		{"city of greater", "A City of Greater Geelong spokeswoman said the council would stay on Facebook.",
			[]string{`ORG City of Greater Geelong ["City of Greater Geelong"]`, `PLATFORM Facebook ["Facebook"]`}},
		{"city of council", "The City of Edinburgh Council said it would leave X.",
			[]string{`ORG City of Edinburgh Council ["City of Edinburgh Council"]`, `PLATFORM Twitter ["X"]`}},
		{"city of body", "City of London Police said the fraud began on Facebook.",
			[]string{`ORG City of London Police ["City of London Police"]`, `PLATFORM Facebook ["Facebook"]`}},
		// guards: the place in lower case; "City" inside a place's name.
		{"city of in lower case", "Trams run across the city of Melbourne.",
			[]string{`GPE Melbourne ["Melbourne"]`}},
		{"city inside a name", "Kansas City of the 1970s was a jazz town.",
			[]string{`GPE Kansas City ["Kansas City"]`}},
		// guard: without an age or a role after them, two places side
		// by side stay places.
		{"two places side by side", "Commuters on the Leeds Wakefield line said trains were late. Hull, Leeds and Wakefield are busy.",
			[]string{`GPE Leeds ["Leeds" "Leeds"]`, `GPE Wakefield ["Wakefield" "Wakefield"]`, `GPE Hull ["Hull"]`}},
		// A festival that acts is the body that runs it, unless the
		// text says another body runs it.
		{"festival that acts", "The Kowhai Kite Festival, which has flown kites on the beach since 2004, voted to leave Facebook.",
			[]string{`ORG Kowhai Kite Festival ["Kowhai Kite Festival"]`, `PLATFORM Facebook ["Facebook"]`}},
		{"festival run by a society", "The Kowhai Kite Festival, which has flown kites on the beach since 2004, voted to leave Facebook. The festival is run by the Hawke Bay Kite Society.",
			[]string{`PLATFORM Facebook ["Facebook"]`, `ORG Hawke Bay Kite Society ["Hawke Bay Kite Society"]`}},
		// guards: a festival that only happens is an event, and so is
		// one the text says another body runs.
		{"festival that happens", "Families flew kites at the Kowhai Kite Festival, and photos went up on Facebook.",
			[]string{`PLATFORM Facebook ["Facebook"]`}},
		{"festival which another body runs", "The Kowhai Kite Festival, which has flown kites on the beach since 2004, voted to leave Facebook. The festival, which is run by the Hawke Bay Kite Society, has 40 volunteers.",
			[]string{`PLATFORM Facebook ["Facebook"]`, `ORG Hawke Bay Kite Society ["Hawke Bay Kite Society"]`}},
		{"one word", "Festival will open on Friday with kites on the beach.",
			nil},
		// The dateline's town, though prose calls it a person.
		{"dateline town of two words", "La Crosse baker says TikTok sold out her bread\n\nLA CROSSE, Wis. (Bluff Wire) — A baker in La Crosse says a video on TikTok sold out a week of sourdough in an hour.\n\nNora Vang, 44, has baked in La Crosse since 2012.",
			[]string{`GPE La Crosse ["La Crosse" "LA CROSSE" "La Crosse" "La Crosse"]`, `PLATFORM TikTok ["TikTok" "TikTok"]`, `GPE Wis. ["Wis."]`, `ORG Bluff Wire ["Bluff Wire"]`, `PERSON Nora Vang ["Nora Vang"]`}},
		{"org apposition", "Civic Dawn, a populist party, gained. Voters backed Civic Dawn.",
			[]string{`ORG Civic Dawn ["Civic Dawn" "Civic Dawn"]`}},
		{"person apposition", "Nguyễn Thị Hoa, a lawyer who speaks for the group, agreed.",
			[]string{`PERSON Nguyễn Thị Hoa ["Nguyễn Thị Hoa"]`}},
		{"place before city council", "The Duluth City Council voted. Most of Duluth could wait.",
			[]string{`ORG Duluth City Council ["Duluth City Council"]`, `GPE Duluth ["Duluth"]`}},
		{"newspaper head", "The Sacramento Ledger quit Facebook. Readers will miss the Ledger.",
			[]string{`ORG Sacramento Ledger ["Sacramento Ledger" "Ledger"]`, `PLATFORM Facebook ["Facebook"]`}},
		{"platform after a plural possessive", "The Gem State Sentinels left Facebook in May. The Sentinels' Telegram channel grew fast.",
			[]string{`ORG Gem State Sentinels ["Gem State Sentinels" "Sentinels"]`, `PLATFORM Facebook ["Facebook"]`, `PLATFORM Telegram ["Telegram"]`}},
		{"plural-named group alone", "The Gem State Sentinels met in Boise. Meta removed pages linked to the Sentinels.",
			[]string{`ORG Gem State Sentinels ["Gem State Sentinels" "Sentinels"]`, `GPE Boise ["Boise"]`, `ORG Meta ["Meta"]`}},
		{"common plural ends a name", "The Society of Narrative Illustrators met in May. Many Illustrators now post on Cara.",
			[]string{`ORG Society of Narrative Illustrators ["Society of Narrative Illustrators"]`, `PLATFORM Cara ["Cara"]`}},
		{"plural head opens a sentence", "Bowen Funeral Services moved its streams to Zoom. Services at the crematorium now start at ten.",
			[]string{`ORG Bowen Funeral Services ["Bowen Funeral Services"]`, `PLATFORM Zoom ["Zoom"]`}},
		{"including after org noun", "Four clubs in the league, including Rosenborg, said they would stay.",
			[]string{`ORG Rosenborg ["Rosenborg"]`}},
		{"douyin is its own platform", "Brands that sell on Douyin in China rarely grow on TikTok abroad; on 抖音 the feed favours shops.",
			[]string{`PLATFORM Douyin ["Douyin" "抖音"]`, `GPE China ["China"]`, `PLATFORM TikTok ["TikTok"]`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := summary(recognize(t, r, tt.text))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Recognize(%q) (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}
