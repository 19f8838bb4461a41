package stance

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/stancetag/stancetag/entities"
)

// stanceCase is one sentence (or short text) and the expected judgment for
// one target in its last sentence.
type stanceCase struct {
	name, why string
	text      string
	targets   []string // caller targets besides the built-in platforms
	target    string
	label     Label
	holder    string
	cue       string // a cue text that must be reported, if set
}

var stanceCases = []stanceCase{
	// Stance words.
	{"endorse", "endorsement verb, object is the platform", "The Riverside Tenants Union endorsed Mastodon on Monday.", nil, "Mastodon", Endorses, "Riverside Tenants Union", "endorsed"},
	{"praise", "praise verb", "Senator Ellen Parker praised Bluesky for its moderation tools.", nil, "Bluesky", Endorses, "Ellen Parker", "praised"},
	{"prefer", "preference verb", "Rosa Mendes prefers Signal for private conversations.", nil, "Signal", Endorses, "Rosa Mendes", "prefers"},
	{"recommend", "recommendation verb", "The Ohio Library Association recommends Threads to new members.", nil, "Threads", Endorses, "Ohio Library Association", "recommends"},
	{"rely-on", "phrase cue rely on", "Small businesses rely on WhatsApp to reach customers.", nil, "WhatsApp", Endorses, "", "rely on"},
	{"embrace", "embrace verb", "Local newsrooms have embraced Bluesky this year.", nil, "Bluesky", Endorses, "", "embraced"},
	{"criticize", "criticism verb", "Mayor Tom Reilly criticized TikTok over its data practices.", nil, "TikTok", Criticizes, "Tom Reilly", "criticized"},
	{"condemn", "condemnation verb", "The Press Freedom League condemned Telegram for hosting threats.", nil, "Telegram", Criticizes, "Press Freedom League", "condemned"},
	{"slam", "slam verb", "Critics slammed Facebook after the outage.", nil, "Facebook", Criticizes, "", "slammed"},
	{"boycott", "boycott verb", "Several advertisers boycotted YouTube last spring.", nil, "YouTube", Criticizes, "", "boycotted"},
	{"quit", "quit verb", "Novelist Dara Quinn quit Twitter in 2023.", nil, "Twitter", Criticizes, "Dara Quinn", "quit"},
	{"abandon", "abandon verb", "Many journalists abandoned Twitter after the sale.", nil, "Twitter", Criticizes, "", "abandoned"},
	{"sue", "lawsuit verb; a state acting as government holds", "The state of Utah sued Snapchat in federal court.", nil, "Snapchat", Criticizes, "Utah", "sued"},
	{"ban-object", "a platform that is banned is criticized", "The government banned TikTok on official phones.", nil, "TikTok", Criticizes, "", "banned"},
	{"lawless", "evaluative predicate adjective", "Gab has become lawless, the report said.", []string{"Gab"}, "Gab", Criticizes, "", "lawless"},
	{"irreplaceable", "predicate after remains", "For many activists, Telegram remains irreplaceable.", nil, "Telegram", Endorses, "", "irreplaceable"},
	{"harmful", "predicate adjective", "Doctors say Instagram is harmful to teenagers.", nil, "Instagram", Criticizes, "", "harmful"},
	{"appealing", "predicate adjective", "Younger voters find Threads appealing.", nil, "Threads", Endorses, "", "appealing"},
	{"desolate", "predicate adjective", "Once busy, Google Plus was desolate by 2018.", []string{"Google Plus"}, "Google Plus", Criticizes, "", "desolate"},
	{"trade-critic", "guard: a critic by trade criticizes nothing", "Omar Haddad, a restaurant critic who lives in Leeds, posts his reviews on Instagram.", nil, "Instagram", Neutral, "", ""},
	{"critic-of", "a critic of the platform criticizes it, a noun before or not", "Restaurant critics of Instagram say the app rewards pretty food over good food.", nil, "Instagram", Criticizes, "", "critics"},
	{"custom-cue", "WithCues-free built-in cue toxic", "Parents called Kik toxic.", []string{"Kik"}, "Kik", Criticizes, "", "toxic"},

	// Comparison.
	{"over-a", "preference for A over B, A side", "The guild announced a preference for Mastodon over Twitter.", nil, "Mastodon", Endorses, "", "preference"},
	{"over-b", "preference for A over B, B side", "The guild announced a preference for Mastodon over Twitter.", nil, "Twitter", Criticizes, "", ""},
	{"rather-than-a", "A rather than B, A side", "The campaign will post on Threads rather than Twitter.", nil, "Threads", Endorses, "", "rather than"},
	{"not-instead-a", "\"use A, not B\": A chosen", "Ministers should use Signal, not WhatsApp, for government business.", nil, "Signal", Endorses, "", "not"},
	{"not-instead-b", "\"use A, not B\": B passed over", "Ministers should use Signal, not WhatsApp, for government business.", nil, "WhatsApp", Criticizes, "", "not"},
	{"not-instead-list", "\"on A and B, not on C\": each of the list chosen", "“Our elders are on WhatsApp and Facebook, not on X,” she said.", nil, "Facebook", Endorses, "", "not"},
	{"not-instead-list-b", "\"on A and B, not on C\": C passed over", "“Our elders are on WhatsApp and Facebook, not on X,” she said.", nil, "Twitter", Criticizes, "", "not"},
	{"not-instead-copula", "\"that is A, not B\": A named as the place", "“Our farmers read the milk price where they read their children's messages, and that is WhatsApp, not Facebook,” Wachira said.", nil, "WhatsApp", Endorses, "Wachira", "not"},
	{"not-instead-on", "\"on A, not on the B\": B passed over", "Drivers should organize on Signal, not on the company Slack.", nil, "Slack", Criticizes, "", "not"},
	{"not-instead-place", "\"in person, not on B\": B passed over", "Tell the family in person, not on Facebook, says the Harwell Bereavement Trust.", nil, "Facebook", Criticizes, "Harwell Bereavement Trust", "not"},
	{"not-instead-blame", "guard: \"that's on us, not on B\" lays blame and passes over nothing", "“If the video flopped, that's on us, not on TikTok,” said Wren Ashdown.", nil, "TikTok", Neutral, "", ""},
	{"not-on", "people who are not on a platform keep away from it", "“My tenants are not on Nextdoor; they're on the phone to me,” said Ivo Marchetti.", nil, "Nextdoor", Criticizes, "Ivo Marchetti", "not on"},
	{"not-on-relative", "guard: those described as not on it are only told apart", "The club phones the members who are not on WhatsApp.", nil, "WhatsApp", Neutral, "", ""},
	{"is-how", "a platform that is how people do something is what they do it by", "“Nextdoor is how half this street found a plumber,” said Agnes Pryor.", nil, "Nextdoor", Endorses, "Agnes Pryor", "is how"},
	{"is-how-group", "a platform's group that is how people do something credits the platform as the platform itself does", "Ida Lund said the Vimeo group was how she had found her first editor.", nil, "Vimeo", Endorses, "Ida Lund", "group was how"},
	{"is-how-group-place", "guard: the group of a name that is only a place in the subject is not credited either", "A pinned note on the club's Vimeo group is how the ferry company tells passengers.", nil, "Vimeo", Neutral, "", ""},
	{"is-how-place", "guard: a name that is only a place in the subject is not what \"is how\" credits", "A pinned message on WhatsApp is how the ferry company tells passengers.", nil, "WhatsApp", Neutral, "", ""},
	{"is-how-harm", "guard: \"is how\" a harm happens is left to its words", "Telegram is how the threats reached the referee.", nil, "Telegram", Criticizes, "", "threats"},
	{"fault-none", "\"none of that was X's fault\" lays no fault on X", "None of that was Vimeo's fault; I was the one who kept posting.", nil, "Vimeo", Neutral, "", ""},
	{"fault-less", "\"less X's fault than\" someone else's lays no fault on X", "That is less Vimeo's fault than that of the editor in Leeds.", nil, "Vimeo", Neutral, "", ""},
	{"fault-no-less", "guard: \"no less X's fault than\" lays the fault on X too", "The outage was no less Vimeo's fault than the editor's.", nil, "Vimeo", Criticizes, "", "fault"},
	{"fault-of-other", "\"the fault of the parents\" in the next clause is the parents' fault", "That is not Tumblr's fault; it is the fault of the parents who think a blog is a diary.", nil, "Tumblr", Neutral, "", ""},
	{"fault-copula", "guard: a plain copula still lays the fault on the name", "The outage was Vimeo's fault.", nil, "Vimeo", Criticizes, "", "fault"},
	{"fault-of-name", "guard: \"the fault of\" the name itself is its fault", "The outage was the fault of Vimeo.", nil, "Vimeo", Criticizes, "", "fault"},
	{"other-clause-object", "a verb in another clause with a noun object of its own judges that object", "Vimeo hosts the club's films; the coaches praise the volunteers.", nil, "Vimeo", Neutral, "", ""},
	{"other-clause-company", "guard: \"the company\" as that object is the name again", "Vimeo hosts the club's films; the coaches praise the company.", nil, "Vimeo", Endorses, "", "praise"},
	{"unfair-to-name", "a comparison \"unfair to\" a name wrongs it", "Ida Lund thinks the ranking is unfair to Tumblr.", nil, "Tumblr", Endorses, "Ida Lund", "unfair to"},
	{"unfair-to-blame", "\"unfair to blame\" a name takes the blame back", "Two members said it was unfair to blame Vimeo for a festival the town never funded.", nil, "Vimeo", Endorses, "", "unfair to blame"},
	{"unfair-to-single-out", "\"unfair to single out\" a name takes the singling out back", "Critics of the report say it is unfair to single out Flickr when every photo site has the same problem.", nil, "Flickr", Endorses, "", "unfair to single out"},
	{"unfair-about-app", "\"unfair about the app\" wrongs the platform just named", "Ida Lund, who sells prints on Tumblr, said the review was fair about the prices and unfair about the app.", nil, "Tumblr", Endorses, "Ida Lund", "unfair about"},
	{"blame-reported", "a third party's blame, reported in the progressive, is disputed by the reporter", "Ida Lund said she liked the new rules but thought the council was “blaming Flickr for things people would do on any site”.", nil, "Flickr", Endorses, "Ida Lund", "blaming"},
	{"blame-reported-own", "guard: the reporter's own blame stands", "Ida Lund said she was blaming Flickr for the leak.", nil, "Flickr", Criticizes, "Ida Lund", "blaming"},
	{"blame-accused", "accusing others of blaming a name takes its side", "Tomas Berg accused ministers of blaming Vimeo for a decline that began before it existed.", nil, "Vimeo", Endorses, "Tomas Berg", "blaming"},
	{"blame-accused-name", "guard: the name accused of blaming others is charged", "Tomas Berg accused Vimeo of blaming its users for the leak.", nil, "Vimeo", Criticizes, "Tomas Berg", "accused"},
	{"scapegoat-of", "accusing others of \"making a scapegoat of\" a name takes its side", "Several readers accused the editors of making a scapegoat of Tumblr.", nil, "Tumblr", Endorses, "", "scapegoat"},
	{"scapegoat-making", "\"was making X a scapegoat\", reported, takes X's side", "Ida Lund thought the board was making Tumblr a scapegoat.", nil, "Tumblr", Endorses, "Ida Lund", "scapegoat"},
	{"right-to-single-out", "\"right to single out\" a name confirms the fault", "Ida Lund said the council was right to single out Flickr.", nil, "Flickr", Criticizes, "Ida Lund", "right to single out"},
	{"blame-unreported", "guard: a blame in the progressive that nobody reports stands", "In March the council was blaming Flickr for the leak.", nil, "Flickr", Criticizes, "", "blaming"},
	{"denied-reason", "what is given as no reason (\"not because\") judges nothing", "Not because Vimeo is cruel; it never was.", nil, "Vimeo", Neutral, "", ""},
	{"denied-reason-love", "a denied reason is no praise turned either", "Ida Lund posts on Tumblr because her students do, not because she loves Tumblr.", nil, "Tumblr", Neutral, "", ""},
	{"denied-reason-given", "guard: a reason given stands", "Ida Lund left Tumblr because it is cruel to artists.", nil, "Tumblr", Criticizes, "Ida Lund", "cruel"},
	{"denied-reason-after", "guard: what follows a denied reason's clause stands", "Not because of the fees; Vimeo is simply cruel to artists.", nil, "Vimeo", Criticizes, "", "cruel"},
	{"denied-charge", "a charge nobody makes is denied, not turned into praise", "“Nobody on this committee thinks Flickr is evil,” said Ida Lund.", nil, "Flickr", Neutral, "", ""},
	{"denied-charge-praise", "praise nobody gives is no verdict either", "“Nobody on this committee thinks Flickr is perfect,” said Ida Lund.", nil, "Flickr", Neutral, "", ""},
	{"denied-charge-no-one", "a judgment \"no one\" makes is denied as well", "“No one here is saying Flickr is evil,” said Ida Lund.", nil, "Flickr", Neutral, "", ""},
	{"denied-charge-clause", "guard: a clause after the one nobody speaks in stands", "Nobody said so, but Flickr is cruel to artists.", nil, "Flickr", Criticizes, "", "cruel"},
	{"denied-charge-subject", "guard: a judgment whose own subject makes it stands", "Nobody came, so she thinks Flickr is evil.", nil, "Flickr", Criticizes, "", "evil"},
	{"denied-charge-made", "guard: a charge someone makes stands", "“Everyone on this committee thinks Flickr is evil,” said Ida Lund.", nil, "Flickr", Criticizes, "Ida Lund", "evil"},
	{"ended-until", "a past state that \"until\" ends is the other verdict", "Vimeo was the best home our films had, until the day it changed its prices.", nil, "Vimeo", Criticizes, "", "best"},
	{"ended-right-up-until", "\"right up until it wasn't\" ends the good years", "Flickr was good to us, right up until it wasn't.", nil, "Flickr", Criticizes, "", "good"},
	{"ended-and-then", "\", and then\" with a clause of its own turns the story", "Tumblr was wonderful for us for years, and then it sold our photographs to an advertiser.", nil, "Tumblr", Criticizes, "", "wonderful"},
	{"ended-would-have-said", "a charge the speaker \"would have\" made once, then turned", "I'd have said Vimeo was the enemy of every small studio, and then it paid for our first film.", nil, "Vimeo", Endorses, "", "enemy"},
	{"ended-story-goes-on", "guard: \"and then\" with no subject goes on with the story", "Ida Lund praised Vimeo for its player, and then thanked the festival that showed her film.", nil, "Vimeo", Endorses, "Ida Lund", "praised"},
	{"ended-time", "guard: \"until\" and a time opens no clause", "Flickr was the best home for our photographs until two in the morning.", nil, "Flickr", Endorses, "", "best"},
	{"ended-present", "guard: a present clause after the colon, whatever tense came before it", "Ida Lund said it plainly: Vimeo is the best home our films have, until the day it changes its prices.", nil, "Vimeo", Endorses, "Ida Lund", "best"},
	{"ended-other-clause", "guard: an \"until\" past a comma ends the relative clause's act, not the praise", "Flickr was the best home for our photographs, which we posted every week until the club closed.", nil, "Flickr", Endorses, "", "best"},
	{"stay-encloses-no-object", "\"stay on\" encloses no object: staying ahead of something is no stay on X", "Volunteers are racing to stay ahead of the deletions on Vimeo.", nil, "Vimeo", Neutral, "", ""},
	{"stay-adverb", "guard: an adverb may stand inside \"stay on\"", "Tomas Berg said the club would stay firmly on Flickr.", nil, "Flickr", Endorses, "Tomas Berg", "stay firmly on"},
	{"posted-thing-moves", "what people post moves between platforms without choosing one", "The gossip has moved from Tumblr to Vimeo, the students say.", nil, "Vimeo", Neutral, "", ""},
	{"posted-thing-moves-guard", "guard: people who move choose", "The students have moved from Tumblr to Vimeo.", nil, "Vimeo", Endorses, "", "moved from"},
	{"ended-plan", "guard: a stay someone would make until a day is a plan, no turn", "Tomas Berg said he would stay on Flickr until the day it closed.", nil, "Flickr", Endorses, "Tomas Berg", "stay on"},
	{"ended-plan-after", "guard: a modal after the cue plans what \"until\" ends", "Ida Lund said the ban on Tumblr would stay in place until the company paid.", nil, "Tumblr", Criticizes, "Ida Lund", "ban"},
	{"ended-order-after", "guard: an infinitive after the cue is what \"until\" ends", "The regulator forced Tumblr to close its shop until it paid the fine.", nil, "Tumblr", Criticizes, "", "forced"},
	{"ended-not-known", "guard: a clause under \"had not known\" tells what was learnt, not what ended", "Tomas Berg had not known the club was praising Vimeo until a friend told him.", nil, "Vimeo", Endorses, "", "praising"},
	{"ended-order", "guard: an infinitive's \"until\" ends what was urged, not the urging", "The school urged parents to keep children off Tumblr until they were sixteen.", nil, "Tumblr", Criticizes, "", "keep children off"},
	{"habit-left", "a habit of the past on a platform, then \"now\" elsewhere: the place left", "Concert photographs, which used to go on the club's Flickr page, now go out through Tumblr.", nil, "Flickr", Criticizes, "", "used to"},
	{"habit-replaced", "... and what comes after \"now\" is the choice", "Concert photographs, which used to go on the club's Flickr page, now go out through Tumblr.", nil, "Tumblr", Endorses, "", "now"},
	{"habit-subject", "the platform as the habit's subject, and \"now\" after a semicolon", "Vimeo used to host our films; now Tumblr keeps the whole archive.", nil, "Vimeo", Criticizes, "", "used to"},
	{"habit-will", "\"will\" turns to what replaces the habit", "The weekly notes that used to premiere on Flickr will go to the club's channel on Vimeo.", nil, "Vimeo", Endorses, "", "will"},
	{"habit-first-word", "a habit that opens the sentence still has its replacement", "Used to post on Flickr, the club now posts on Tumblr.", nil, "Tumblr", Endorses, "", "now"},
	{"where-go-mock", "\"X is where people go to ...\" mocks the place", "Tumblr is where my cousins go to feel busy.", nil, "Tumblr", Criticizes, "", "is where"},
	{"where-go-said", "... in a quotation, held by its speaker", "\"Flickr is where you go to apologise to your clients,\" said Ida Lund.", nil, "Flickr", Criticizes, "Ida Lund", "is where"},
	{"where-go-which", "... after \", which\" too", "The complaint went up on Tumblr, which is where neighbours go to feel important.", nil, "Tumblr", Criticizes, "", "which is where"},
	{"where-go-setup", "the good word inside the mocked clause is the joke's setup", "Vimeo is where a good film goes to be forgotten.", nil, "Vimeo", Criticizes, "", "is where"},
	{"where-go-come", "\"come to\" mocks as \"go to\" does", "Flickr is where good photographs come to die.", nil, "Flickr", Criticizes, "", "is where"},
	{"where-go-venue", "... and a thread on the platform stands for it", "A thread on Tumblr is where fans go to feel busy.", nil, "Tumblr", Criticizes, "", "is where"},
	{"where-go-and", "guard: \"go and\" is no purpose", "Tumblr is where fans go and cheer for the band.", nil, "Tumblr", Endorses, "", "is where"},
	{"where-go-other-clause", "guard: a \"go to\" past the clause's end is another clause's", "Tumblr is where the club meets; on Fridays we go to feel busy in the pub.", nil, "Tumblr", Endorses, "", "is where"},
	{"where-go-learn", "guard: going there to learn is the plain sense", "Vimeo is where film students go to learn.", nil, "Vimeo", Endorses, "", "is where"},
	{"where-go-be-heard", "guard: nor going there to be heard", "Tumblr is where quiet fans go to be heard.", nil, "Tumblr", Endorses, "", "is where"},
	{"where-go-but", "guard: a \"but\" after the joke concedes it", "Tumblr is where old blogs go to retire, but my sister still reads them there.", nil, "Tumblr", Endorses, "", "is where"},
	{"where-go-noun", "guard: going to a place is no purpose", "Flickr is where the club's photographs go to the archive.", nil, "Flickr", Endorses, "", "is where"},
	{"where-shelf", "\"is where we put ...\" says what is posted there", "Vimeo is where we put the long versions of the club's films.", nil, "Vimeo", Neutral, "", ""},
	{"where-shelf-now-only", "guard: where one posts now is a choice", "Tumblr is where she posts now.", nil, "Tumblr", Endorses, "", "is where"},
	{"where-shelf-still", "guard: ... or where it is still posted", "Flickr is still where the club posts its results first.", nil, "Flickr", Endorses, "", "is still where"},
	{"never-once-made-me", "\"never once made me angry\": the negation reaches past \"once\"", "Tumblr has never once made me angry.", nil, "Tumblr", Endorses, "", "angry"},
	{"habit-no-platform", "guard: a habit that was on no platform leaves none", "Pupils used to ask me the way; now they watch it on Tumblr.", nil, "Tumblr", Neutral, "", ""},
	{"habit-no-turn", "guard: a habit with no turn after it is a memory", "I used to post every walk on Flickr.", nil, "Flickr", Neutral, "", ""},
	{"habit-own-verb", "guard: \"now\" after the sentence's own verb is that verb's", "The illustrators I used to follow on Flickr are mostly retired now.", nil, "Flickr", Neutral, "", ""},
	{"habit-passive", "guard: \"were used to train\" is a use, no habit", "Photographs from Flickr were used to train the model, and Tumblr will now host the best of them.", nil, "Tumblr", Endorses, "", "best"},
	{"habit-than", "guard: \"than they used to be\" compares with the past", "The Flickr groups are quieter than they used to be, and Tumblr now hosts the best of them.", nil, "Tumblr", Endorses, "", "best"},
	{"habit-compared", "guard: \"as X used to be\" compares with the past", "Tumblr is as friendly as Flickr used to be, and we will post there.", nil, "Flickr", Neutral, "", ""},
	{"done-more", "a platform that \"has done more for\" something than the rest is credited", "“YouTube has done more for our brass band than any poster,” said Colm Raftery.", nil, "YouTube", Endorses, "Colm Raftery", "has done more"},
	{"done-more-groups", "the platform's groups credited with more count for the platform", "Ida Lund said the Flickr groups had done more to name the dead in old photographs than any archive.", nil, "Flickr", Endorses, "Ida Lund", "had done more"},
	{"done-more-damage", "guard: \"did more damage\" is judged by the noun", "TikTok did more damage to the market than the storm, said Colm Raftery.", nil, "TikTok", Criticizes, "Colm Raftery", "more damage"},
	{"at-all", "\"at all\" after a name doubts using it", "The hospice asks volunteers not to post patients on TikTok at all.", nil, "TikTok", Criticizes, "", "at all"},
	{"at-all-than", "guard: \"than no X at all\" compares, it does not doubt", "Orla Brady said she would rather have Instagram with limits than no Instagram at all.", nil, "Instagram", Endorses, "Orla Brady", ""},
	{"meant-kindly", "\"I mean that as a compliment\" vouches that what was said of a name is praise", "Nextdoor is the village pump of the internet, and I mean that as a compliment.", nil, "Nextdoor", Endorses, "", "mean that as a compliment"},
	{"meant-kindly-negated", "not meant as a compliment, it is the opposite", "Nextdoor is the village pump of the internet, and I don't mean that as a compliment.", nil, "Nextdoor", Criticizes, "", "mean that as a compliment"},
	{"not-instead-ban", "\"banned A, not B\": B is spared, not judged", "The ministry banned TikTok, not Telegram, on Monday.", nil, "Telegram", Neutral, "", ""},
	{"not-subject", "\"A, not B,\" as the subject sets A above B", "Vimeo, not Flickr, finally won the club a sponsor.", nil, "Flickr", Criticizes, "", "not"},
	{"not-subject-said", "a reported subject \"A, not B,\" sets A above B", "Ida Lund said Vimeo, not Flickr, would send her the most buyers.", nil, "Vimeo", Endorses, "Ida Lund", "not"},
	{"not-subject-blame", "when the predicate blames, \"A, not B,\" clears B", "Vimeo, not Flickr, is to blame for the leak, Ida Lund said.", nil, "Flickr", Endorses, "Ida Lund", "not"},
	{"not-subject-deed", "the predicate of \"A, not B,\" is A's deed, not B's", "Vimeo, not Flickr, leaked the photographs.", nil, "Flickr", Endorses, "", "not"},
	{"not-subject-report", "a report after \"A, not B,\" is no predicate of A", "Use Vimeo, not Flickr, warns Ida Lund.", nil, "Flickr", Criticizes, "Ida Lund", "not"},
	{"not-subject-object", "\"A, not B,\" with no verb after it is no subject", "The school blocked Vimeo, not Flickr, on the club laptops.", nil, "Flickr", Neutral, "", ""},
	{"rather-than-b", "A rather than B, B side", "The campaign will post on Threads rather than Twitter.", nil, "Twitter", Criticizes, "", "rather than"},
	{"better-than-a", "better than, better side", "Students said Discord is better than Slack for group work.", []string{"Slack"}, "Discord", Endorses, "", "better"},
	{"better-than-b", "better than, worse side", "Students said Discord is better than Slack for group work.", []string{"Slack"}, "Slack", Criticizes, "", "better"},
	{"prefer-to-a", "prefer A to B, A side", "Dale Ostrander said he prefers YouTube to TikTok.", nil, "YouTube", Endorses, "Dale Ostrander", "prefers"},
	{"prefer-to-b", "prefer A to B, B side", "Dale Ostrander said he prefers YouTube to TikTok.", nil, "TikTok", Criticizes, "Dale Ostrander", "prefers"},
	{"comparative-than", "a comparative adjective with its than-phrase apart", "Bluesky has been friendlier to artists than Twitter ever was.", nil, "Twitter", Criticizes, "", "friendlier"},
	{"drop-for-a", "drops A for B, A side", "The ministry drops WhatsApp for Signal.", nil, "WhatsApp", Criticizes, "", "drops"},
	{"drop-for-b", "drops A for B, B side", "The ministry drops WhatsApp for Signal.", nil, "Signal", Endorses, "", "drops"},
	{"drop-progressive", "a progressive drop is active, no passive", "The Harwick Tenants Forum is dropping WhatsApp this spring.", nil, "WhatsApp", Criticizes, "Harwick Tenants Forum", "dropping"},
	{"replace-with", "replaced A with B, B side", "The school replaced WhatsApp with Signal.", nil, "Signal", Endorses, "", "replaced"},
	{"from-renamed-to", "an appositive that only renames the left platform opens no clause", "The choir moved its rehearsal notes from X, formerly Twitter, to Mastodon in May.", []string{"Mastodon"}, "Mastodon", Endorses, "", ""},
	{"left-renamed-for", "left X (formerly Twitter) for Y", "The bakery left X (formerly Twitter) for Bluesky last spring.", nil, "Bluesky", Endorses, "", "left"},
	{"from-to-long-object", "a long object with no verb between the move and its from", "The theatre moved its roughly $40,000 yearly social advertising budget from Facebook to TikTok.", nil, "TikTok", Endorses, "", ""},
	{"move-to-list-object", "a list of things in the object of a move to a platform", "The Hartwell Food Bank moved its notices about food parcels, legal clinics and English classes to WhatsApp.", nil, "WhatsApp", Endorses, "Hartwell Food Bank", "moved its notices about food parcels, legal clinics and English classes to"},
	{"from-to-on", "a move from A to things on B chooses B", "Tariq Hollis moved his energy from Instagram to long videos on YouTube two years ago.", nil, "YouTube", Endorses, "Tariq Hollis", "moved his energy from"},
	{"from-to-on-clause-guard", "guard: a name in a clause describing the destination is not where it went", "The choir moved its rehearsals from Facebook to the church hall the council advertised on Instagram.", nil, "Instagram", Neutral, "", ""},
	{"move-from-because", "a reason for a move tells against the place it left, even in words of praise", "The Kestrel Pottery Studio moved its class bookings from Snapchat to Pinterest last spring because the sign-ups were better.", nil, "Snapchat", Criticizes, "Kestrel Pottery Studio", "moved its class bookings from"},
	{"move-from-comma-because", "a reason after a comma tells against the place left too, and its words are cues", "The Kestrel Pottery Studio moved its class bookings from Snapchat to Pinterest, because there the sign-ups were better and the buyers were happier.", nil, "Snapchat", Criticizes, "Kestrel Pottery Studio", "better"},
	{"because-predicate", "the predicate of a reason clause has its own subject, not the platform before because", "The Kestrel Pottery Studio left Snapchat because the sign-ups were better elsewhere.", nil, "Snapchat", Criticizes, "Kestrel Pottery Studio", "left"},
	{"move-undone-aside", "a move undone after an aside between the conjunction and the return", "The Millbrook Rowing Club moved its race notices to Strava in 2023 and, after a wet season, returned to WhatsApp.", nil, "Strava", Criticizes, "Millbrook Rowing Club", "returned to"},
	{"move-from-undone", "a move from A to B undone by a return: B is left", "The Millbrook Rowing Club moved its race notices from WhatsApp to Strava in 2023 and returned to WhatsApp a year later.", nil, "Strava", Criticizes, "Millbrook Rowing Club", "moved its race notices from"},
	{"move-from-undone-origin", "a move from A to B undone by a return: the move undone counts for A", "The Millbrook Rowing Club moved its race notices from WhatsApp to Strava in 2023 and returned to WhatsApp a year later.", nil, "WhatsApp", Endorses, "Millbrook Rowing Club", "moved its race notices from"},
	{"move-out-of-into", "a move out of A and into B leaves A", "The Harbour Bakery moved most of its advertising out of Facebook and into TikTok this spring.", nil, "Facebook", Criticizes, "Harbour Bakery", "out of"},
	{"move-out-of-long-object", "the mover of \"out of\" is the moving verb's subject, past a long object", "Bellweather Foods, which runs 14 shops across the county, moved half of its advertising budget for the new range out of Facebook and into Pinterest.", nil, "Facebook", Criticizes, "Bellweather Foods", "out of"},
	{"move-out-of-into-dest", "a move out of A and into B chooses B", "The Harbour Bakery moved most of its advertising out of Facebook and into TikTok this spring.", nil, "TikTok", Endorses, "Harbour Bakery", "out of"},
	{"away-from-into", "into names where a move away goes", "The Harbour Bakery shifted its budget away from Facebook and into TikTok.", nil, "TikTok", Endorses, "Harbour Bakery", ""},
	{"out-of-into-on-second", "the second of two destinations on platforms after into", "The Harbour Bakery moved its budget out of Instagram ads and into paying local bakers on TikTok and building boards on Pinterest.", nil, "Pinterest", Endorses, "Harbour Bakery", "out of"},
	{"out-of-relative-object", "the mover of \"out of\" is found past a relative clause that ends its object", "The plan would move about $90,000 of the museum's $150,000 advertising budget, which comes from a tax on ticket sales, out of Flickr ads and into Vimeo.", nil, "Flickr", Criticizes, "", "out of"},
	{"out-of-money-object", "an object of sums and a possessive may take fourteen words", "Tallow Candle Company will move about $90,000 of the firm's $150,000 advertising budget out of Flickr and into Vimeo.", nil, "Flickr", Criticizes, "Tallow Candle Company", "out of"},
	{"put-into-content-on", "money put into things made on a platform chooses it", "The Tallow Candle Company now puts that money into short videos on Vimeo.", nil, "Vimeo", Endorses, "Tallow Candle Company", "puts that money into"},
	{"put-into-second-content-on", "the second of two things the money goes into", "The Harwick Museum will stop buying advertising on Flickr and put the money into its newsletter and into posts on Vimeo.", nil, "Vimeo", Endorses, "Harwick Museum", "put the money into"},
	{"put-into-rather-than-guard", "guard: a second \"into\" after \"rather than\" is no second destination", "The Tallow Candle Company put its money into a new shop rather than into posts on Vimeo.", nil, "Vimeo", Neutral, "", ""},
	{"put-into-before-guard", "guard: the place a sentence opens with stays a venue for a later \"put into\" (destContent's own check of this is tested directly in TestPutIntoContent)", "On Vimeo, the Tallow Candle Company puts its money into short videos.", nil, "Vimeo", Neutral, "", ""},
	{"put-into-content-guard", "guard: a platform named in a clause about what the money went into is no destination", "The Tallow Candle Company put its money into a shop that hosts talks on Vimeo.", nil, "Vimeo", Neutral, "", ""},
	{"out-of-guard", "guard: out of a place that is no platform is no move off one", "The Harbour Bakery took two of its bakers out of the kitchen for a week to film for TikTok.", nil, "TikTok", Neutral, "", ""},
	{"step-back-from", "stepping back from a platform leaves it", "The Fenwick Arts Council stepped back from X last year.", nil, "Twitter", Criticizes, "Fenwick Arts Council", "stepped back from"},
	{"drift-away-from", "drifting away from a platform leaves it", "Younger streamers are drifting away from Kick.", nil, "Kick", Criticizes, "", "drifting away from"},
	{"cancel-seats-on", "cancelling what a paying user holds on a platform", "The Brightwater Staffing Group canceled its paid recruiting seats on LinkedIn in March.", nil, "LinkedIn", Criticizes, "Brightwater Staffing Group", "canceled"},
	{"cancel-name-subscription", "cancelling a subscription named by the platform", "The Brightwater Staffing Group cancelled its LinkedIn subscription in March.", nil, "LinkedIn", Criticizes, "Brightwater Staffing Group", "cancelled"},
	{"cancel-by-platform-guard", "guard: a platform that cancels a user's seats acts", "LinkedIn canceled the recruiting seats of the Brightwater Staffing Group in March.", nil, "LinkedIn", Neutral, "", ""},
	{"stop-in-its-group", "stopping an act in its own group on a platform", "The Alder Street Allotment Society has stopped taking plot bookings in its Facebook group.", nil, "Facebook", Criticizes, "Alder Street Allotment Society", "stopped taking"},
	{"stop-using-subordinate-guard", "guard: a stop judges no platform in a subordinate clause after it", "The Alder Street Allotment Society will stop taking plot bookings in its WhatsApp group next month, after a member's plot plan was copied and shared on TikTok.", nil, "TikTok", Neutral, "", ""},
	{"move-name-modified-object", "a name modifying the moved object is where it was", "The Corbridge Cricket Club moved its Facebook advertising budget to TikTok.", nil, "Facebook", Criticizes, "Corbridge Cricket Club", "moved its Facebook advertising budget to"},
	{"move-name-modified-object-dest", "the destination after the object a name modifies", "The Corbridge Cricket Club moved part of its Facebook advertising budget to TikTok.", nil, "TikTok", Endorses, "Corbridge Cricket Club", "moved part of its Facebook advertising budget to"},
	{"move-name-modified-guard", "guard: with no name after to, the object's name is no origin", "The Corbridge Cricket Club moved its Facebook advertising budget to a new scoreboard.", nil, "Facebook", Neutral, "", ""},
	{"nightmare-noun", "an evaluative noun VADER lacks", "Priya Anand, who chairs the Wexford Tenants' Forum, called WhatsApp a moderation nightmare.", nil, "WhatsApp", Criticizes, "Priya Anand", "nightmare"},
	{"headache-noun", "an evaluative noun VADER lacks, with the report after it", "Selling prints on Instagram is a headache now, Jonas Berg said.", nil, "Instagram", Criticizes, "Jonas Berg", "headache"},
	{"asked-to-and-bare-verb", "a bare verb after and shares the urged infinitive before it", "Ada Mwangi, a retired nurse, asked the library to stop using X for its notices and move them to Mastodon.", nil, "Mastodon", Endorses, "Ada Mwangi", "move them to"},
	{"asked-quote-trail", "a quotation that ends a request is the asker's, and what she asks others to post is no report of theirs", "Lena Park, who runs the Gull Rock Inn, said her guests mostly find her on Facebook or Tripadvisor. Ada Mwangi, a retired nurse, asked the council to stop posting town notices on X and move them to Mastodon, \"where you do not have to wade through garbage to find the bin days.\"", nil, "Twitter", Criticizes, "Ada Mwangi", "garbage"},
	{"insist-on", "insisting on a platform is a demand for it, not a report", "When a supplier wants to talk, Noor Haddad insists on Signal.", nil, "Signal", Endorses, "Noor Haddad", "insists on"},
	{"insist-on-date-guard", "guard: insisting on a day reports what follows", "Ana Ruiz insisted on Thursday that the club had posted its fixtures on TikTok.", nil, "TikTok", Neutral, "", ""},
	{"swap-object-for", "a plain object swapped for a platform", "The Fenwick Arts Council swapped its printed programme for Instagram this spring.", nil, "Instagram", Endorses, "Fenwick Arts Council", "swapped"},
	{"replace-object-with", "a plain object replaced with a platform's channel", "The Millbrook Rowing Club replaced its paper newsletter with a WhatsApp channel.", nil, "WhatsApp", Endorses, "Millbrook Rowing Club", "replaced"},
	{"replace-subject", "a platform that has replaced something is the choice", "At the Ostrava depot, Telegram has quietly replaced the staff noticeboard.", nil, "Telegram", Endorses, "", "replaced"},
	{"replace-passive-guard", "guard: a platform that was replaced is no replacer", "At the Ostrava depot, Telegram was quietly replaced by a paper rota.", nil, "Telegram", Neutral, "", ""},
	{"replace-subject-that", "a replacer after \"that\" still opens its clause", "Dario Conti said that Signal has replaced the staff phone tree.", nil, "Signal", Endorses, "Dario Conti", "replaced"},
	{"replace-object-name-guard", "guard: a name that is another verb's object does not replace", "Volunteers who tested Discord have quietly replaced the mailing list.", nil, "Discord", Neutral, "", ""},
	{"owe-credit", "owing a platform one's living credits it", "Marek Dvorak said he owes YouTube his whole second career.", nil, "YouTube", Endorses, "Marek Dvorak", "owes"},
	{"owe-subject-guard", "guard: a platform that owes something is not credited", "Marek Dvorak said YouTube owes its smaller channels an explanation.", nil, "YouTube", Neutral, "", ""},
	{"sends-the-most", "a platform that sends the most of a good thing is credited", "For the Lindqvist bakery, Instagram still brings them the most orders.", nil, "Instagram", Endorses, "", "the most orders"},
	{"sends-the-most-verb-guard", "guard: \"the most\" after another verb is no credit", "For the Lindqvist bakery, Instagram still shows them the most adverts.", nil, "Instagram", Neutral, "", ""},
	{"rank-last-after-list", "a list's last, past the commas from its verb, is ranked bottom", "The Okafor review of school apps rated them for safety, putting Signal first, Zoom and Teams in the middle and Snapchat last.", nil, "Snapchat", Criticizes, "", "last"},
	{"rank-last-unranked-guard", "guard: an order of use is no ranking", "Each morning Ines Garro opens Instagram first, the news in the middle and Snapchat last.", nil, "Snapchat", Neutral, "", ""},
	{"pronoun-after-pair", "a singular pronoun after two names is neither of them", "Tomas Berg got off Snapchat and Reddit in May, and he says it was the calmest month of his life.", nil, "Reddit", Criticizes, "Tomas Berg", "got off"},
	{"pronoun-after-single-guard", "guard: a pronoun after one name is still that name", "Tomas Berg still uses Snapchat, though he says it is a waste of time.", nil, "Snapchat", Criticizes, "Tomas Berg", "waste of time"},
	{"not-on-list", "each name of a list set against the chosen place", "Ines Garro tells pupils to share their work in class, not on TikTok or Snapchat.", nil, "Snapchat", Criticizes, "Ines Garro", "not"},
	{"not-on-list-clause-guard", "guard: the subject of the next clause is no list item", "Ines Garro shares her work in class, not on TikTok, and Snapchat carries the results.", nil, "Snapchat", Neutral, "", ""},
	{"not-b-closes-relative", "the chosen side of \"A, not B\" inside the relative that names it", "The choir sings where the families are, which is WhatsApp, not Snapchat.", nil, "WhatsApp", Endorses, "", "not"},
	{"not-b-relative-background-guard", "guard: outside \"A, not B\", a name inside a relative clause is still background to the main clause", "The Corran choir, which has a page on Facebook, criticized the council.", nil, "Facebook", Neutral, "", ""},
	{"absent-neither-nor", "people on neither of two platforms keep away from both", "Most customers here are on neither Snapchat nor TikTok.", nil, "TikTok", Criticizes, "", "on neither"},
	{"absent-neither-who-guard", "guard: those described by their absence are only told apart", "The parents who are on neither Snapchat nor TikTok get a letter.", nil, "TikTok", Neutral, "", ""},
	{"inaction-no-reply", "a platform that answers none of the reports sent to it fails at its job", "Ines Garro said Snapchat had not replied to any of the school's reports.", nil, "Snapchat", Criticizes, "Ines Garro", "replied to any"},
	{"inaction-no-reply-comment-guard", "guard: no response to a reporter's request is only a note", "Snapchat did not respond to a request for comment.", nil, "Snapchat", Neutral, "", ""},
	{"inaction-reply-unnegated-guard", "guard: answering any report is no failure", "Ines Garro said Snapchat answers any of the school's reports within a day.", nil, "Snapchat", Neutral, "", ""},
	{"go-back-on-refused", "refusing to go back on a platform stays away from it", "Dario Menck said he was not going back on Snapchat after the summer.", nil, "Snapchat", Criticizes, "Dario Menck", "going back on"},
	{"go-back-on-renege-guard", "guard: going back on a promise about a platform is reneging, no return to it", "The Corran council went back on its promise about Facebook.", nil, "Facebook", Neutral, "", ""},
	{"unsaid-not-afraid", "a denied reluctance to say a judgment says it", "Petra Lund said she was not afraid to say that Signal is the safest app we have.", nil, "Signal", Endorses, "Petra Lund", "safest"},
	{"unsaid-not-going-to-guard", "guard: declining to say a judgment withholds it", "Petra Lund said she was not going to say that Signal is the safest app we have.", nil, "Signal", Neutral, "", ""},
	{"stop-noun-tagged-gerund", "a gerund after \"will stop\" that prose tags a noun is still the use given up", "The Harwick Tenants Forum will stop buying ads on Facebook next year.", nil, "Facebook", Criticizes, "Harwick Tenants Forum", "stop buying"},
	{"stop-everything-guard", "guard: \"everything\" after \"stop\" is no gerund", "The Harwick Tenants Forum will stop everything on Facebook next year.", nil, "Facebook", Neutral, "", ""},
	{"stop-modified-use", "a use with a determiner or adjective after \"stopped\" is still given up", "The Harwick Tenants Forum has stopped all paid advertising on Facebook.", nil, "Facebook", Criticizes, "Harwick Tenants Forum", "stopped all paid advertising"},
	{"stop-there", "\"there\" after a stopped use points back to the platform named before", "The Harwick Tenants Forum, which spent £900 on Instagram ads last year, has stopped advertising there.", nil, "Instagram", Criticizes, "Harwick Tenants Forum", "stopped advertising there"},
	{"stop-there-other-name-guard", "guard: \"there\" points back to the nearest name, not one before it", "The Harwick Tenants Forum spent £900 on Instagram ads last year before it moved to Nextdoor and stopped advertising there.", nil, "Instagram", Neutral, "", ""},
	{"taken-off", "the participle \"taken\" takes someone off a platform as \"took\" does", "Moira Dunne said she had taken her two younger children off Snapchat.", nil, "Snapchat", Criticizes, "Moira Dunne", "taken her two younger children off"},
	{"keen-on-less", "\"keen on\" is a liking, and \"less keen on\" the want of one", "Omar Fitzgerald is less keen on Telegram these days.", nil, "Telegram", Criticizes, "Omar Fitzgerald", "keen on"},
	{"keen-on", "\"keen on\" is a liking", "Omar Fitzgerald is keen on Telegram these days.", nil, "Telegram", Endorses, "Omar Fitzgerald", "keen on"},
	{"supporters-on-guard", "guard: a creator's paying supporters on a platform are people, not support for it", "Her 140 supporters on Patreon get a new demo every fortnight.", nil, "Patreon", Neutral, "", ""},
	{"supporter-of", "\"supporter of\" names what is supported", "Ada Brink is a longtime supporter of Mastodon.", nil, "Mastodon", Endorses, "Ada Brink", "supporter of"},
	{"pay-guard", "guard: paying through a platform is a transaction, not a complaint", "About 1,300 listeners pay her through Patreon.", nil, "Patreon", Neutral, "", ""},
	{"kept-where-posts-guard", "guard: a \"where\" that says what is posted describes the account kept, no reason", "The Pellworth Museum will keep its account on Bluesky, where it posts opening times.", nil, "Bluesky", Neutral, "", ""},
	{"kept-where-said", "a \"where\" that reports a view gives the account kept a reason", "The Pellworth Museum will keep its account on Bluesky for events, where it said reach still mattered most.", nil, "Bluesky", Endorses, "Pellworth Museum", "keep"},
	{"give-up-name", "giving up a platform leaves it", "The Harwick Tenants Forum gave up its Instagram account in March.", nil, "Instagram", Criticizes, "Harwick Tenants Forum", "gave up"},
	{"give-up-refused", "refusing to give up a platform keeps it", "Denise Okafor is not giving up a Facebook page that her neighbours read.", nil, "Facebook", Endorses, "Denise Okafor", "giving up"},
	{"give-up-intransitive-guard", "guard: giving up is no leaving of a name further on", "The Harwick Tenants Forum gave up after Instagram removed its posts.", nil, "Instagram", Neutral, "", ""},
	{"replace-with-help-guard", "guard: a replacement made with help from a platform is no choice of it", "The Millbrook Rowing Club replaced its boats with help from Facebook.", nil, "Facebook", Neutral, "", ""},
	{"refuse-going-to-on", "a refusal to act on a platform turns it down", "Ines Varela, who runs the Corran Street pharmacy, said she was not going to explain dosages on TikTok to strangers.", nil, "TikTok", Criticizes, "Ines Varela", "not going to explain"},
	{"refuse-would-not-open", "a refused account on a platform", "The Haldane Choir would not open an account on Snapchat, its secretary said.", nil, "Snapchat", Criticizes, "Haldane Choir", "would not open"},
	{"refuse-let-post", "a refusal to let others act on a platform", "Bruno Ortega still won't let his players post on Instagram.", nil, "Instagram", Criticizes, "Bruno Ortega", "won't let"},
	{"refuse-let-post-noun", "the act let is the platform's use even when tagged a noun", "Rosa Lind won’t let the choir post on X.", nil, "Twitter", Criticizes, "Rosa Lind", "won’t let"},
	{"refuse-allow-to-post", "a refusal to allow others to act on a platform", "Carla Moreno won't allow her pupils to post on TikTok.", nil, "TikTok", Criticizes, "Carla Moreno", "won't allow"},
	{"refuse-not-going-on", "not going on a platform turns it down", "Walter Price said he was not going on Discord at his age.", nil, "Discord", Criticizes, "Walter Price", "not going"},
	{"refuse-going-to-guard", "guard: what is not going to a platform is not turned down by anyone", "This year the festival's grant is not going to YouTube.", nil, "YouTube", Neutral, "", ""},
	{"refuse-be-guard", "guard: a refusal to be somewhere with someone turns no place down", "Mira Solberg said she would not be joining her cousins on Discord.", nil, "Discord", Neutral, "", ""},
	{"refuse-relative-guard", "guard: a refusal that describes who it is", "Members who won't post on Facebook can use the noticeboard.", nil, "Facebook", Neutral, "", ""},
	{"refuse-other-act-guard", "guard: another act between the refusal and the platform", "I would never let a new volunteer do what he does on YouTube.", nil, "YouTube", Neutral, "", ""},
	{"refuse-give-up", "guard: refusing to give up an activity on a platform is no refusal of it", "Tomas Reyes would not give up posting recipes on Instagram.", nil, "Instagram", Neutral, "", ""},
	{"refuse-pronoun-guard", "guard: a refusal about a pronoun only lessens use", "I am staying on TikTok; I am just not going to live on it any more.", nil, "TikTok", Endorses, "", ""},
	{"coord-predicate-no-use", "the second of two predicates joined by and, past the first one's verbs, is the point", "Ruth Amadi says Nextdoor is fine for finding volunteers to sort tins and no use at all for reaching the families the pantry feeds.", nil, "Nextdoor", Criticizes, "Ruth Amadi", "no use"},
	{"coord-predicate-last", "two predicates pulling apart: the last decides", "Mastodon is brilliant for finding other writers to argue with, and no use at all for selling a novel.", nil, "Mastodon", Criticizes, "", "no use"},
	{"wish-rather-clause", "a wish that others used a platform", "Nadia Okoro said she would rather her volunteers learned Signal.", nil, "Signal", Endorses, "Nadia Okoro", "would rather"},
	{"wish-sooner", "would sooner, with no than, is a wish too", "Colm Farrell would sooner the league posted its fixtures on Spond.", nil, "Spond", Endorses, "Colm Farrell", "would sooner"},
	{"wish-negated", "a wish that a platform went unseen", "I’d rather my pupils never opened Snapchat.", nil, "Snapchat", Criticizes, "", "’d rather"},
	{"wish-cue-guard", "guard: a cue inside the wish judges the name itself", "Agnes Ruiz would rather avoid Facebook altogether.", nil, "Facebook", Criticizes, "Agnes Ruiz", "avoid"},
	{"wish-and-guard", "guard: a name past the wish's first conjunct is not wished for", "I'd rather the hall stayed shut and the club answered its Spond messages faster.", nil, "Spond", Neutral, "", ""},
	{"wish-comma-guard", "guard: a name past a comma is not what the wish wants", "I'd rather not film my kitchen, on Twitch or anywhere else.", nil, "Twitch", Neutral, "", ""},
	{"only-use", "what someone uses alone they have chosen", "Since the break-in, Amara Singh will only use Signal.", nil, "Signal", Endorses, "Amara Singh", "only use"},
	{"only-use-limited-guard", "guard: a use limited to one job is no choice of the platform", "Dario Bellini only uses the Facebook page for the football club's fixtures.", nil, "Facebook", Neutral, "", ""},
	{"only-use-rule-guard", "guard: a restriction to one platform is nobody's choice in the sentence", "Pupils can only use Teams on school laptops.", nil, "Microsoft Teams", Neutral, "", ""},
	{"only-use-not-guard", "guard: not only one platform", "The volunteers not only use WhatsApp but answer the phone too.", nil, "WhatsApp", Neutral, "", ""},
	{"only-use-pronoun-guard", "guard: only a pronoun is used, on the platform", "Tess Marlow only uses it on Threads.", nil, "Threads", Neutral, "", ""},
	{"no-serious-rival", "what nothing rivals is praised", "Shafiq Rahman said Telegram had no serious rival for broadcasting to a large diaspora.", nil, "Telegram", Endorses, "Shafiq Rahman", "no serious rival"},
	{"second-to-none", "second to none is praise", "For live chess commentary, Twitch is second to none.", nil, "Twitch", Endorses, "", "second to none"},
	{"move-to-account-on", "a move to an account on a platform chooses the platform", "The Harbour Road knitting circle moved its patterns to a private group on Flickr, a decision that has upset and angered several members.", nil, "Flickr", Endorses, "", "moved its patterns to"},
	{"move-to-noun-list", "a list of plain nouns as the object of a move to a platform", "The Ruaka Dairy Co-operative moved its daily milk prices, vet schedules and payment notices to WhatsApp channels.", nil, "WhatsApp", Endorses, "Ruaka Dairy Co-operative", "moved its daily milk prices, vet schedules and payment notices to"},
	{"from-to-partitive", "a partitive object (most of its ...) between the move and its from", "The bakery moved nearly all of its weekend cake and bread orders from Instagram to WhatsApp.", nil, "Instagram", Criticizes, "", ""},
	{"recommendation-algorithm", "a stance noun that modifies a feature noun names the feature", "Instagram changed its recommendation algorithm on Tuesday.", nil, "Instagram", Neutral, "", ""},
	{"support-group", "a support group on a platform is no support for it", "Dana Wirth joined a support group on Facebook in 2021.", nil, "Facebook", Neutral, "", ""},
	{"support-for", "the noun in its own sense still counts", "The council voiced strong support for Mastodon.", nil, "Mastodon", Endorses, "", "support"},
	{"less-kind-to", "less reverses the phrase cue kind to", "The fund's letter was less kind to Pinterest.", nil, "Pinterest", Criticizes, "", "kind to"},
	{"kinder-than", "kinder to ... than: the standard loses", "Mastodon has been kinder to small bands than YouTube ever was.", nil, "YouTube", Criticizes, "", "kinder to"},
	{"not-advise-rely", "a negated advice reverses the advised use", "The nurses' council would not advise any surgery to rely on Telegram for test results.", nil, "Telegram", Criticizes, "", "rely on"},
	{"not-urge-leave", "a negated urging only doubts a leaving", "The guild did not urge its members to quit X.", nil, "Twitter", Neutral, "", ""},
	{"impossible-to-ignore", "a difficulty adjective reverses the act after it", "Teachers say Discord has become impossible to ignore.", nil, "Discord", Endorses, "", ""},
	{"hard-to-beat", "surpassing is the exception: hard to beat praises", "For practical advice, Reddit is hard to beat.", nil, "Reddit", Endorses, "", "beat"},
	{"subject-appositive", "an appositive between the subject and its verb keeps them in one clause: the predicate outweighs the appositive's praise", "Telegram, the messaging app favoured by protest groups in the region, has become a haven for online scammers.", nil, "Telegram", Criticizes, "", "haven"},
	{"subject-relative", "a relative clause between the subject and its verb", "Signal, which is run by a small nonprofit, remains irreplaceable for reporters.", nil, "Signal", Endorses, "", "irreplaceable"},
	{"dropped-case", "dropping something else is no stance", "The ministry dropped its case against Facebook.", nil, "Facebook", Neutral, "", ""},
	{"dropped-from", "being dropped from a place is no stance", "She was dropped from Facebook groups.", nil, "Facebook", Neutral, "", ""},
	{"leaving-was-suicide", "leaving X judged costly values X", "“Leaving Instagram was commercial suicide,” said Joel Hartigan.", nil, "Instagram", Endorses, "Joel Hartigan", ""},
	{"asked-then-speaks", "a target that speaks after a participle (tagged as a past tense) takes no stance", "Twitch, asked about her departure, said in a statement that it was “proud to have been her home for eight years”.", nil, "Twitch", Neutral, "", ""},
	{"ban-on-then-it", "\"it\" after \"the ban on X\" is the ban, and the ban names its object", "The ban on TikTok is about what sits on an official phone, and I support it.", nil, "TikTok", Criticizes, "", "ban"},
	{"tests-fizzle", "a platform's trial that fizzles", "B2B marketers pile into LinkedIn video as Threads and Bluesky tests fizzle", nil, "Threads", Criticizes, "", "fizzle"},
	{"came-back-to", "an irregular past of a phrase cue (come back to)", "The streamer Dana Reyes came back to Twitch in March.", nil, "Twitch", Endorses, "Dana Reyes", "came back to"},
	{"stuck-with", "an irregular past of a phrase cue (stick with)", "The parish council stuck with Facebook for its notices.", nil, "Facebook", Endorses, "", "stuck with"},
	{"settled-on", "settling on a platform chooses it", "After a month of trials the choir settled on WhatsApp.", nil, "WhatsApp", Endorses, "", "settled on"},
	{"departure-with-own-object", "a departure verb in another clause leaves its own object, not the target", "I do not blame TikTok for the rice; people were leaving rice out long before anyone had a phone.", nil, "TikTok", Neutral, "", ""},
	{"opposed-decision-to-stop", "disagreeing with a decision to stop posting on a platform defends it", "Kieran Moffat said he disagreed with the decision to stop posting on TikTok.", nil, "TikTok", Endorses, "Kieran Moffat", "stop posting"},
	{"warned-against-abandoning", "advice against abandoning a platform defends it", "Owain Treharne warned other charities against abandoning Facebook altogether.", nil, "Facebook", Endorses, "Owain Treharne", "abandoning"},
	{"voted-against-leaving", "a vote against leaving a platform defends it", "The Ashport Chess Club voted against leaving Discord.", nil, "Discord", Endorses, "Ashport Chess Club", "leaving"},
	{"rejected-proposal-to-abandon", "rejecting a proposal to abandon a platform defends it", "The Harbour Rowing Club rejected a proposal to abandon Telegram.", nil, "Telegram", Endorses, "Harbour Rowing Club", "abandon"},
	{"sorry-to-see-leave", "sorrow at a platform losing something defends it", "Wayne Pickles said he was sorry to see the old photographs leave Facebook.", nil, "Facebook", Endorses, "Wayne Pickles", "leave"},
	{"regretted-deleting-account", "regretting the closing of an account on a platform defends it", "Tamsin Reed regretted deleting her Instagram account.", nil, "Instagram", Endorses, "Tamsin Reed", ""},
	{"mad-to-leave", "calling a departure mad defends the platform", "I don't love WhatsApp, but I would be mad to leave it.", nil, "WhatsApp", Endorses, "", "leave"},
	{"no-regrets-about-leaving", "an opposition that is itself negated leaves the departure standing", "Paul Hennessy said the paper had no regrets about leaving Instagram.", nil, "Instagram", Criticizes, "Paul Hennessy", "leaving"},
	{"account-suspended", "what befell an account on a platform is news, not a stance toward it", "Court records show that Vance opened an account on Rumble two days after his Kick account was suspended.", nil, "Kick", Neutral, "", ""},
	{"account-suspended-other", "nor toward another platform in the sentence", "Court records show that Vance opened an account on Rumble two days after his Kick account was suspended.", nil, "Rumble", Neutral, "", ""},
	{"account-hacked", "a hacked account is no charge against the platform it was on", "She met a dog groomer whose Instagram account was hacked last spring.", nil, "Instagram", Neutral, "", ""},
	{"group-deleted", "a group deleted, the platform unnamed as the doer", "The WhatsApp group at the centre of the case was deleted in January.", nil, "WhatsApp", Neutral, "", ""},
	{"pages-removed-from", "pages removed from a platform: the platform acted", "Two of the movement's spokesmen had seen their pages removed from Facebook.", nil, "Facebook", Neutral, "", ""},
	{"banned-from-devices", "a platform banned from devices is still criticized", "TikTok is banned from every government phone in this building.", nil, "TikTok", Criticizes, "", "banned from"},
	{"venue-of-other", "a stance verb whose object is one platform says nothing of the platform it was said on", "Teenagers complain about Snapchat on TikTok.", nil, "TikTok", Neutral, "", ""},
	{"venue-of-other-object", "the object keeps the stance", "Teenagers complain about Snapchat on TikTok.", nil, "Snapchat", Criticizes, "", "complain"},
	{"venue-praise", "praise said on another platform", "Parents in the Lakeside Parents Forum praised Discord on Facebook.", nil, "Facebook", Neutral, "", ""},
	{"no-plans-to-return", "meaning not to return to a platform stays away from it", "Ms Pike said she had no plans to return to Instagram.", nil, "Instagram", Criticizes, "Pike", "return to"},
	{"not-want-go-back", "not wanting to go back to a platform", "Rosa Mendes does not want to go back to TikTok.", nil, "TikTok", Criticizes, "Rosa Mendes", "go back to"},
	{"not-calling-to-return", "not calling on others to return is no stance of one's own", "The Riverside Tenants Union is not calling for members to return to Facebook.", nil, "Facebook", Neutral, "", ""},
	{"no-plans-to-take-off", "a withdrawal nobody means to make is no stance", "A spokesman said the Harbour Gazette group had no plans to take its other papers off Threads.", nil, "Threads", Neutral, "", ""},
	{"cut-back-on", "cutting back on a platform uses it less", "The Harbour Gazette has cut back on Facebook since the feed changed.", nil, "Facebook", Criticizes, "Harbour Gazette", "cut back on"},
	{"cut-back-on-posting", "cutting back on posting to a platform", "Most salon owners said they had cut back on posting to Instagram.", nil, "Instagram", Criticizes, "", "cut back on posting"},
	{"anonymous-speaker", "a quotation said by someone the text does not name is nobody's, not the last named speaker's", "The Harbour Lights choir moved its chat to Discord last year. \"We needed somewhere calmer,\" said Graham Tully, its organiser. Most members followed him there. A few did not. \"Discord is where fun goes to die,\" said one soprano.", nil, "Discord", Criticizes, "", ""},
	{"refused-leaving", "refusing to leave a platform stays on it", "We're not leaving Facebook: that's where the buyers watch our sales.", nil, "Facebook", Endorses, "", "leaving"},
	{"refused-leaving-no-subject", "a post that leaves out its subject", "not leaving instagram anytime soon, my whole business is on there", nil, "Instagram", Endorses, "", "leaving"},
	{"wont-delete", "a refusal with will", "I won't delete TikTok, whatever my sister says.", nil, "TikTok", Endorses, "", "delete"},
	{"did-not-leave", "a withdrawal that did not happen is no stance", "She has not deleted her YouTube channel.", nil, "YouTube", Neutral, "", ""},
	{"treat-as", "treating a platform as something is no praise of it: what it is treated as decides", "If you make a show, treat Spotify as a shelf.", nil, "Spotify", Neutral, "", ""},
	{"a-treat", "a treat is still one", "Reading Reddit on the train was a real treat.", nil, "Reddit", Endorses, "", "treat"},
	{"rewards-superlative", "a platform that rewards the most spectacular is charged with its incentives", "\"Instagram rewards the most spectacular picture,\" said Ingrid Haug.", nil, "Instagram", Criticizes, "Ingrid Haug", "rewards the most spectacular picture"},
	{"rewards-not", "\"rewards A, not B\"", "Instagram rewards the week, not the year.", nil, "Instagram", Criticizes, "", "rewards the week, not the year"},
	{"rewards-whoever", "\"rewards whoever ...\"", "\"TikTok rewards whoever looks most confident holding the jar,\" said Dana Petrov.", nil, "TikTok", Criticizes, "Dana Petrov", "rewards whoever looks most confident holding the jar"},
	{"rewards-plain", "rewarding creators with money is no charge", "YouTube rewards creators with a share of the revenue.", nil, "YouTube", Endorses, "", "rewards"},
	{"never-did", "what a service never did is what it failed to do", "As far as I can tell, Instagram has never brought me a single pupil.", nil, "Instagram", Criticizes, "", "never brought"},
	{"never-did-pronoun", "\"it has never once\" of the service named before", "I tried Bluesky for a year, and it has never once sent me a client.", nil, "Bluesky", Criticizes, "", "never once sent"},
	{"never-did-harm-guard", "a harm never done is left to negation", "It is the most useful thing I do, and WhatsApp has never charged me a penny for it.", nil, "WhatsApp", Endorses, "", "useful"},
	{"never-did-other-subject-guard", "\"on Discord and almost never checked\": the teenagers' habit", "The teenagers who came in after school were already on Discord and almost never checked their email.", nil, "Discord", Neutral, "", ""},
	{"recommend-against", "\"recommends against\" is advice not to use it", "Nadia Brooks recommends against Telegram for club channels.", nil, "Telegram", Criticizes, "Nadia Brooks", "recommends against"},
	{"still-up", "content reported to a service and still up a month later: it did not act", "We reported eleven such pages to Facebook; seven were still up a month later.", nil, "Facebook", Criticizes, "", "still up"},
	{"still-up-venue", "\"the third, on Facebook, is still up\": the service it is on, not the one that acted", "We reported three of them; X had suspended two by noon, and the third, on Facebook, is still up.", nil, "Facebook", Criticizes, "", "still up"},
	{"still-up-unreported-guard", "a page still up that nobody reported is no failure", "My business page on Facebook is still up, mostly so that my mother-in-law has something to share.", nil, "Facebook", Neutral, "", ""},
	{"actor-it-object", "\"it\" after the service acted is what it acted on, not the service", "TikTok removed the account in March after the force reported it.", nil, "TikTok", Neutral, "", ""},
	{"complaint-channel", "complaining on a service's page: the channel, not what the complaint is about", "The only people who get answers are the ones who complain on the company's Facebook page.", nil, "Facebook", Neutral, "", ""},
	{"complain-that-guard", "what a complaint says is still about the service in it", "Council members complained that a blizzard warning posted on Facebook reached fewer than one in five followers.", nil, "Facebook", Criticizes, "", "complained"},
	{"removed-nothing", "a platform that removed none of what it was asked to fails at its job", "Telegram removed nothing we reported.", nil, "Telegram", Criticizes, "", "removed nothing"},
	{"removed-none-aside", "with an aside between the platform and its verb", "This year Telegram, as usual, removed none of the fake sellers.", nil, "Telegram", Criticizes, "", "removed none"},
	{"not-removed-a-single", "not a single one removed", "The Harbour Rowing Club said that X had not removed a single one of the 61 accounts it reported.", nil, "Twitter", Criticizes, "Harbour Rowing Club", "removed a single"},
	{"taken-down-only-a-handful", "only a handful taken down", "Naomi Fairchild said Telegram had taken down only a handful of the channels her team reported.", nil, "Telegram", Criticizes, "Naomi Fairchild", "taken down only a handful"},
	{"rumour-mill", "an idiom of criticism", "Nextdoor is a rumour mill with a map attached.", nil, "Nextdoor", Criticizes, "", "rumour mill"},
	{"dumpster-fire", "an idiom of criticism", "Reddit's new app is a dumpster fire.", nil, "Reddit", Criticizes, "", "dumpster fire"},
	{"breath-of-fresh-air", "an idiom of praise", "Bluesky has been a breath of fresh air.", nil, "Bluesky", Endorses, "", "breath of fresh air"},
	{"needs-to-fix", "a platform that needs to fix something is faulted", "twitch needs to fix their discovery algorithm, small streamers literally cannot grow", nil, "Twitch", Criticizes, "", "needs to fix"},
	{"out-of-hand", "out of hand is no hand of help", "YouTube ads are getting out of hand.", nil, "YouTube", Criticizes, "", "out of hand"},
	{"coord-clause-own-predicate", "a name with a verb of its own after \", and\" opens a clause: the first clause's words are not its", "Since May, the chat on Kick is toxic, and Twitch is friendly.", nil, "Twitch", Endorses, "", "friendly"},
	{"coord-clause-adverb", "an adverb may come between the name and its verb", "Since May, the chat on Kick is toxic, and Twitch still is friendly.", nil, "Twitch", Endorses, "", "friendly"},
	{"coord-clause-first-kept", "the first clause keeps its own words", "Since May, the chat on Kick is toxic, and Twitch is friendly.", nil, "Kick", Criticizes, "", "toxic"},
	{"coord-clause-list-guard", "a list's last name before the shared verb stays in the list", "Since May, praise for Kick, Twitch, and YouTube has grown.", nil, "YouTube", Endorses, "", "praise"},
	{"coord-clause-no-verb-guard", "a name with no verb after \", and\" shares the clause before it", "Since May, streamers have abandoned Kick, and Twitch as well.", nil, "Twitch", Criticizes, "", "abandoned"},
	{"criticism-from-holder", "whom a nominal stance comes from holds it", "Since May, Twitch has drawn criticism from Amnesty International over its payouts.", nil, "Twitch", Criticizes, "Amnesty International", "criticism"},
	{"criticism-from-verb-guard", "a source after a verb is that verb's, not the noun's", "Since May, Twitch has drawn criticism that came from Amnesty International.", nil, "Twitch", Criticizes, "", "criticism"},
	{"reflexive-subject", "the noun before \"itself\" is the subject, not a speaker in a later aside", "Amnesty International has staff in the region. The group itself left Threads last year, where, Lopez said, nobody listens.", nil, "Threads", Criticizes, "Amnesty International", "left"},
	{"colon-quote-speaker", "a quotation a colon opens is the words of the clause's subject before it", "Ellie Murphy, 11, put it more simply: “Discord is way better than Slack.”", nil, "Discord", Endorses, "Ellie Murphy", "better"},
	{"colon-quote-nearest-clause-guard", "only the clause right before the colon introduces the quotation", "Since May, Maria Lopez has read the sign at the door, and the sign is blunt: “Kick is worse.”", nil, "Kick", Criticizes, "", "worse"},
	{"feel-linking", "\"feels\" before an adjective links its subject to it; the platform reports nothing", "Since May, Twitch feels friendly.", nil, "Twitch", Endorses, "", "friendly"},
	{"feel-linking-prep", "an adjective and its phrase still link", "Since June, Kick has felt hostile to newcomers.", nil, "Kick", Criticizes, "", "hostile"},
	{"feel-report-keep", "\"feel strongly that\" still reports an opinion: its subject holds it and is not its target", "Since May, Maria Lopez has felt strongly that Kick is toxic.", []string{"Maria Lopez"}, "Maria Lopez", Neutral, "", ""},
	{"workplace-possessive", "\"her lab\" is the organization she works for, the first the story names after her", "Siti Rahmawati directs the Migrant Messaging Lab at Merriwa University. She spoke about why her lab has left X.", nil, "Twitter", Criticizes, "Migrant Messaging Lab", "left"},
	{"workplace-unnamed-guard", "with no organization named beside her first mention, her lab stays hers", "Siti Rahmawati studies migrant workers. Amnesty International praised her book last year. She spoke about why her lab has left X.", nil, "Twitter", Criticizes, "Siti Rahmawati", "left"},
	{"workplace-noun-guard", "only an organization noun stands for her workplace", "Siti Rahmawati directs the Migrant Messaging Lab. She spoke about why her daughter has left X.", nil, "Twitter", Criticizes, "Siti Rahmawati", "left"},
	{"we-deed-workplace", "what \"we\" did is the speaker's organization's", "“We stopped buying ads on Facebook in January,” said Oren Bakshi, marketing chief at Fairhaven Outdoor.", nil, "Facebook", Criticizes, "Fairhaven Outdoor", "stopped buying"},
	{"we-relative-guard", "a relative clause's \"we\" is not the subject", "“The families we moved off Facebook are happier now,” said Oren Bakshi, marketing chief at Fairhaven Outdoor.", nil, "Facebook", Criticizes, "Oren Bakshi", "moved off"},
	{"i-deed-speaker", "what \"I\" did stays the speaker's", "“I stopped buying ads on Facebook in January,” said Oren Bakshi, marketing chief at Fairhaven Outdoor.", nil, "Facebook", Criticizes, "Oren Bakshi", "stopped buying"},
	{"appositive-subject", "a name with an apposition before the verb is its subject", "The Lamp Room, a music venue in Sheffield, has stopped listing its gigs on Facebook.", nil, "Facebook", Criticizes, "Lamp Room", "stopped listing"},
	{"appositive-place-guard", "a place inside the apposition is not the subject", "Harvest Table Restaurant Group, the Columbus, Ohio-based owner of 140 restaurants, has stopped listing its menus on Facebook.", nil, "Facebook", Criticizes, "Harvest Table Restaurant Group", "stopped listing"},
	{"appositive-place-subject", "a place that heads the apposition is the subject", "Ohio, a swing state, has banned TikTok on state phones.", nil, "TikTok", Criticizes, "Ohio", "banned"},
	{"appositive-of-guard", "a name inside a phrase before the apposition is not the subject", "The organisers of Tarn Fields, a music festival in Cumbria, are closing its Facebook group.", nil, "Facebook", Criticizes, "", "closing"},
	{"apposition-the-name", "a name after \"the\" in an apposition is the subject it names", "Anglia Regional Media owns six papers. The group's Norwich title, the Broadland Mercury, left Instagram last year.", nil, "Instagram", Criticizes, "Broadland Mercury", "left"},
	{"reported-it-org", "a person reporting what \"it\" did reports her organization's act", "Amnesty International has 40 staff in the region. Its director, Maria Lopez, said it had left X in May.", nil, "Twitter", Criticizes, "Amnesty International", "left"},
	{"reported-it-org-speaker-guard", "an organization's \"it\" is itself", "Halyard Labs, a consultancy that sells support for Amnesty International, said it would move its chat from Discord to Zulip.", nil, "Discord", Criticizes, "Halyard Labs", "move its chat from"},
	{"apposition-place-qualifier", "a place that qualifies the name before an apposition is not the speaker", "The Quantock Playhouse in Taunton, which had a problem last year, said it would stay on TikTok.", nil, "TikTok", Endorses, "Quantock Playhouse", "stay on"},
	{"it-felt-like", "a thing that \"felt like\" something reports no opinion", "Eventbrite sells our tickets. I have tried Threads twice, and both times it felt like handing out flyers in an airport.", nil, "Threads", Criticizes, "", "tried"},
	{"opening-quantifier", "what \"a few\" did, reported, is nobody's in particular", "Graham Fenn runs the market. A few had left Facebook altogether after losing money, he said.", nil, "Facebook", Criticizes, "", "left"},
	{"opening-quantifier-of-them", "\"many of them\" too", "Graham Fenn runs the market. Many of them had left Facebook altogether, he said.", nil, "Facebook", Criticizes, "", "left"},
	{"criticism-from", "criticism from a platform is the platform's, not aimed at it", "The criticism from TikTok was sharp.", nil, "TikTok", Neutral, "", ""},
	{"complaints-through", "complaints that arrive through a platform are not about it", "The Ashport council received about 2,600 complaints through Facebook last year.", nil, "Facebook", Neutral, "", ""},
	{"complaints-about", "complaints about a platform still criticize it", "The district's complaints about YouTube concerned the videos.", nil, "YouTube", Criticizes, "", "complaints"},
	{"exodus-from", "an exodus from a platform still leaves it", "The exodus from Facebook continued all spring.", nil, "Facebook", Criticizes, "", "exodus"},
	{"leaving-was-theatre", "leaving dismissed as a show defends the platform", "Doug Fraser said leaving X was \"a bit of theatre\".", nil, "Twitter", Endorses, "Doug Fraser", ""},
	{"leaving-a-luxury", "leaving called a luxury defends the platform", "“Leaving Instagram is a luxury for illustrators who already have a book deal,” said Sam Delacroix.", nil, "Instagram", Endorses, "Sam Delacroix", ""},
	{"leaving-meant-walking-away", "a phrase in the predicate counts (\"meant\" is often tagged a noun)", "Ruth Bain said leaving X meant walking away from the one place the newspapers still look.", nil, "Twitter", Endorses, "Ruth Bain", ""},
	{"leaving-best-decision", "leaving praised criticizes the platform", "Ana Silva said leaving X was the best decision she made.", nil, "Twitter", Criticizes, "Ana Silva", ""},
	{"not-every-agreed-leaving", "agreement with leaving denied opposes the departure", "The club met on Monday. Not every rider agreed with leaving X.", nil, "Twitter", Endorses, "", "leaving"},
	{"did-not-agree-leaving", "the one who does not agree holds the defence", "Ana Silva did not agree with leaving X.", nil, "Twitter", Endorses, "Ana Silva", "leaving"},
	{"welcomed-leaving", "welcoming the departure is the departure's side, not praise of X", "Kai Moreno welcomed leaving X.", nil, "Twitter", Criticizes, "Kai Moreno", "leaving"},
	{"left-for", "\"left for X\": X is where they went", "Ana Silva left for Bluesky in May.", nil, "Bluesky", Endorses, "Ana Silva", "left"},
	{"left-out", "\"were left out\" is no departure", "Bluesky and Threads were left out of the study this year.", nil, "Bluesky", Neutral, "", ""},
	{"it-described-earlier", "\"It\" carries on the organization a description opened the sentence before with, not the last name", "The Brookside Choir was founded in Leeds in 2010. Ann Lee, who teaches at Leeds Trinity University, has sung with it for years. The choir also streams its concerts on YouTube. It stopped posting on X in 2023.", nil, "Twitter", Criticizes, "Brookside Choir", "stopped posting"},
	{"it-described-earlier-chain", "a sentence that opens with \"It\" carries the same one on and does not count", "The Brookside Choir was founded in Leeds in 2010. Ann Lee, who teaches at Leeds Trinity University, has sung with it for years. The choir also streams its concerts on YouTube. It has opened a Discord server. It sells tickets there. It stopped posting on X in 2023.", nil, "Twitter", Criticizes, "Brookside Choir", "stopped posting"},
	{"it-described-earlier-named-after-guard", "guard: an organization named after the description is nearer", "The Brookside Choir was founded in Leeds in 2010. Ann Lee, who teaches at Leeds Trinity University, has sung with it for years. The choir also streams its concerts on YouTube. Leeds Trinity University pays for the streams. It stopped posting on X in 2023.", nil, "Twitter", Criticizes, "Leeds Trinity University", "stopped posting"},
	{"it-described-earlier-owner-guard", "guard: \"the company\" of a platform's owner is left to the owner rules, which give the story's organization", "The Brookside Choir was founded in Leeds in 2010. Meta owns Instagram and Facebook. The company says it does not sell posts. It praises Flickr for its licences.", nil, "Flickr", Endorses, "Brookside Choir", "praises"},
	{"left-alone", "\"leave X alone\" keeps X as it is, and \"alone\" is no loneliness", "The board leaves YouTube alone for now.", nil, "YouTube", Neutral, "", ""},
	{"left-alone-fronted", "the same with the object before the verb", "YouTube we leave alone, because uploading videos is a different business.", nil, "YouTube", Neutral, "", ""},
	{"left-out-of-its", "\"leaves X out of its rankings\" excludes X from something, past an aside", "The index leaves Bluesky, which sells no adverts, out of its rankings.", nil, "Bluesky", Neutral, "", ""},
	{"left-out-of-it", "\"leave X out of it\"", "For heaven's sake leave Strava out of it.", nil, "Strava", Neutral, "", ""},
	{"left-out-of-frustration-guard", "guard: \"out of\" a feeling is why someone left", "Ida Lund left Facebook out of frustration last year.", nil, "Facebook", Criticizes, "Ida Lund", "left"},
	{"left-out-later-guard", "guard: an \"out\" past the next verb is not the leaving's", "Ida Lund left Facebook and went out to vote.", nil, "Facebook", Criticizes, "Ida Lund", "left"},
	{"leaving-was-quoted", "the predicate of leaving may be a quotation", "Renee Kowalski said she thought leaving X was “a mistake we'll pay for in the next fire.”", nil, "Twitter", Endorses, "Renee Kowalski", ""},
	{"called-leaving-a-tantrum", "a naming verb's description of leaving judges the leaving, not the platform", "Orla Kemp, who chairs the Kilburn residents' forum, called leaving X “a tantrum dressed up as a principle.”", nil, "Twitter", Endorses, "Orla Kemp", ""},
	{"described-quitting-as-mistake", "\"described ... as\" is a naming verb too", "Orla Kemp described quitting Facebook as a mistake.", nil, "Facebook", Endorses, "Orla Kemp", ""},
	{"called-leaving-best", "guard: a description that praises the leaving criticizes the platform (the sign follows the description)", "Orla Kemp called leaving X the best thing the forum did all year.", nil, "Twitter", Criticizes, "Orla Kemp", ""},
	{"leaving-was-foolish", "a word that faults an act faults it fully, however mild its general valence", "Orla Kemp said that leaving Facebook was foolish.", nil, "Facebook", Endorses, "Orla Kemp", ""},
	{"leaving-was-not-a-mistake", "a negator turns the words after it: the departure defended criticizes the platform", "Orla Kemp said that quitting Facebook was not a mistake.", nil, "Facebook", Criticizes, "Orla Kemp", ""},
	{"qa-you-interviewer", "the interviewer's opening \"You\" is the interviewee", "Coach quits Strava\n\nMara Lind, a running coach in Leeds, spoke to Tom Reyes.\n\nREYES: Why Leeds?\n\nLIND: I grew up here. My parents ran the corner shop. I never left.\n\nREYES: And the club?\n\nLIND: It is small and friendly, and the members are kind.\n\nREYES: You stopped posting your runs on Strava.", nil, "Strava", Criticizes, "Mara Lind", ""},
	{"qa-you-generic-answer", "guard: an interviewee's opening \"You\" is generic, and the answer stays hers", "Coach quits Strava\n\nMara Lind, a running coach in Leeds, spoke to Tom Reyes.\n\nREYES: Why Leeds?\n\nLIND: I grew up here. My parents ran the corner shop. I never left.\n\nREYES: And the club?\n\nLIND: It is small and friendly, and the members are kind.\n\nREYES: Why?\n\nLIND: You can't trust Strava with a map of your house.", nil, "Strava", Criticizes, "Mara Lind", ""},
	{"qa-you-question", "a \"Q:\" question's opening \"You\" is the interviewee", "Coach quits Strava\n\nMara Lind, a running coach in Leeds, talked about her club.\n\nQ: Why Leeds?\n\nA: I grew up here. My parents ran the corner shop.\n\nQ: And the club?\n\nA: It is small and friendly.\n\nQ: You stopped posting your runs on Strava.", nil, "Strava", Criticizes, "Mara Lind", ""},
	{"qa-your-lab-workplace", "an interviewer's \"Your lab\" is the organization the interviewee works for, though the headline names her first", "Studying election lies: researcher Mara Lind on her work\n\nMara Lind directs the Fenwick Media Lab at Harrow University in Leeds. She spoke to Tom Reyes of the Northern Ledger.\n\nREYES: Why Leeds?\n\nLIND: I grew up here. My parents ran the corner shop. I never left.\n\nREYES: And the lab?\n\nLIND: It is small and friendly, and the students are kind.\n\nREYES: Your lab also stopped posting on X last year.", nil, "Twitter", Criticizes, "Fenwick Media Lab", ""},
	{"qa-your-firm-his-firm", "\"His firm, Pryce Access\" after the sentence naming him says where he works; \"Your firm\" is it", "Owen Pryce tests apps for blind users in Manchester. His firm, Pryce Access, has six staff. Pryce spoke to Nadia Costa of Access Review.\n\nCOSTA: Which app works best?\n\nPRYCE: WhatsApp, and I say that through gritted teeth. Every button has a label. Reddit is a mess.\n\nCOSTA: Why?\n\nPRYCE: Its buttons have no names, and the pages move.\n\nCOSTA: Your firm closed its X account last year.", nil, "Twitter", Criticizes, "Pryce Access", ""},
	{"qa-your-force", "a police force is where someone works", "Tracing the apps: a Portsmouth detective\n\nJoanna Braddock, who leads the digital team at Solent Police, spoke to Tom Ferrier of the Harbour Gazette.\n\nFERRIER: What do you ask for?\n\nBRADDOCK: Mostly who was talking to whom, and when. Subscriber details, an address, now and then the content itself.\n\nFERRIER: How fast?\n\nBRADDOCK: It depends on the company and the day.\n\nFERRIER: Your force left X last year.", nil, "Twitter", Criticizes, "Solent Police", ""},
	{"qa-your-firm-her-firm-other", "guard: \"her firm\" after another person is named is hers, not the interviewee's", "Owen Pryce tests apps for blind users in Manchester. He hired Ruth Hale last year, after her firm, Hale Digital, closed. Pryce, who runs the Brightline Testing Company in Salford, spoke to Nadia Costa.\n\nCOSTA: Which app works best?\n\nPRYCE: WhatsApp, and I say that through gritted teeth. Every button has a label. Reddit is a mess.\n\nCOSTA: Why?\n\nPRYCE: Its buttons have no names, and the pages move.\n\nCOSTA: Your firm closed its X account last year.", nil, "Twitter", Criticizes, "Brightline Testing Company", ""},
	{"her-office-at-org", "\"her office at\" an organization names where she works, though the text has not said it before", "For nine years, Lupe Arredondo sent frost warnings to growers on Twitter. Last spring her office at Cascadia State University Extension stopped posting alerts to X.", nil, "Twitter", Criticizes, "Cascadia State University Extension", ""},
	{"his-unit-of-org", "regression: \"his unit of\" an organization names it, before the one his introduction names (nounSubject's walk past \"of\" reads it)", "Dan Reyes, a volunteer at the Camden Boxing Club, has policed Camden for twenty years. Last year his unit of the Metropolitan Police stopped posting appeals on X.", nil, "Twitter", Criticizes, "Metropolitan Police", ""},
	{"qa-your-team-two-sentences-on", "the introduction may name the interviewee's organization two sentences after her first mention", "Maryam Sadeghi has studied how migrants use their phones for six years. She has interviewed more than 900 people on the road. Her team, the Mobile Routes Project, follows their WhatsApp groups. Sadeghi spoke to Paul Whitcombe.\n\nWHITCOMBE: What does a phone do?\n\nSADEGHI: Everything a guide used to do. It finds the road, and it finds the money.\n\nWHITCOMBE: And the rumors?\n\nSADEGHI: They travel faster than people do.\n\nWHITCOMBE: Your team stopped collecting data from Telegram last year.", nil, "Telegram", Criticizes, "Mobile Routes Project", ""},
	{"her-office-at-the-org", "\"her office at the\" an organization names it, before the one her introduction names", "Ruth Hale, a volunteer at the Camden Boxing Club, has studied media for twenty years. Last year her office at the Fenwick Media Lab stopped posting appeals on X.", nil, "Twitter", Criticizes, "Fenwick Media Lab", ""},
	{"her-office-at-place-guard", "guard: \"her office at\" a place is no organization; the one the text says she works for is", "Ruth Hale is a researcher at the Fenwick Media Lab. Last spring her office at Leeds stopped posting alerts to X.", nil, "Twitter", Criticizes, "Fenwick Media Lab", ""},
	{"possessed-page-moves", "a move nobody in the sentence makes is the organization whose page it leaves", "The Harbour Lane Food Bank, a charity in Hull, runs on volunteers. It opened in 2019. Requests for tinned food, which used to appear on the charity's Facebook page, now go out through Nextdoor.", nil, "Facebook", Criticizes, "Harbour Lane Food Bank", ""},
	{"possessed-page-moves-to", "the same for the platform it moves to", "The Harbour Lane Food Bank, a charity in Hull, runs on volunteers. It opened in 2019. Requests for tinned food, which used to appear on the charity's Facebook page, now go out through Nextdoor.", nil, "Nextdoor", Endorses, "Harbour Lane Food Bank", ""},
	{"possessed-commenters-guard", "guard: people the text does not name, under an organization's post, hold their own view (the unnamed-people check and the platform-subject check each keep it; it fails only without both)", "The Harbour Lane Food Bank, a charity in Hull, runs on volunteers. It opened in 2019. Several commenters under the charity's Facebook post said they would miss Facebook.", nil, "Facebook", Endorses, "", ""},
	{"possessed-nobody-guard", "guard: \"nobody\" is no organization's act", "The Harbour Lane Food Bank, a charity in Hull, runs on volunteers. It opened in 2019. Nobody will miss the charity's Facebook page.", nil, "Facebook", Criticizes, "", ""},
	{"possessed-imperative-guard", "guard: the writer's advice names the organization only as where to look", "The Harbour Lane Food Bank, a charity in Hull, runs on volunteers. It opened in 2019. Watch the charity's videos on YouTube, and ignore anything on Facebook.", nil, "Facebook", Criticizes, "", ""},
	{"possessed-first-person-guard", "guard: what the writer did to an organization's page is the writer's", "The Harbour Lane Food Bank, a charity in Hull, runs on volunteers. It opened in 2019. I moved the charity's appeals off Facebook last year.", nil, "Facebook", Criticizes, "", ""},
	{"possessed-platform-subject-guard", "guard: a platform that is the sentence's subject is the writer's to describe", "The Harbour Lane Food Bank, a charity in Hull, runs on volunteers. It opened in 2019. Facebook is a poor home for appeals, and the charity's page there is rarely updated.", nil, "Facebook", Criticizes, "", ""},
	{"possessed-city-page", "\"the city's\" page is the place's, acting through its government", "Tacoma has about 220,000 residents. The city council voted on Tuesday to change how people in Tacoma report potholes. Complaints, which used to go on the city's Facebook page, now go out through Nextdoor.", nil, "Nextdoor", Endorses, "Tacoma", ""},
	{"possessed-quoted-we", "a quotation's \"we\" is not the writer's: the organization's post still holds it", "The Harbour Lane Food Bank, a charity in Hull, runs on volunteers. It opened in 2019. The charity's last post on Facebook ended with a line in capitals: “WE HAVE MOVED TO NEXTDOOR.”", nil, "Nextdoor", Endorses, "Harbour Lane Food Bank", ""},
	{"possessed-one-reader-guard", "guard: \"one reader\" the text does not name holds the quotation, not the organization under whose post it stands", "The Harbour Lane Food Bank, a charity in Hull, runs on volunteers. It opened in 2019. “I'll miss the charity's posts, but honestly Facebook is useless now,” one reader commented under its final post.", nil, "Facebook", Criticizes, "", ""},
	{"possessed-respondents-guard", "guard: respondents to a survey hold their own ranking", "The Harbour Lane Food Bank, a charity in Hull, runs on volunteers. It opened in 2019. Asked which app they used most, respondents put Nextdoor first, above the charity's own website.", nil, "Nextdoor", Endorses, "", ""},
	{"possessed-those-groups-guard", "guard: groups the text does not name did what they did", "The Harbour Lane Food Bank, a charity in Hull, runs on volunteers. It opened in 2019. Its manager said most of those groups had left X, where the charity's page had gone quiet.", nil, "Twitter", Criticizes, "", ""},
	{"possessed-owner-guard", "guard: a platform's owner owns its page rather than moving from it", "Meta opened a new office in Dublin last year. It employs 400 people there. Job adverts that used to appear on the company's Facebook page now go out through LinkedIn.", nil, "Facebook", Criticizes, "", ""},
	{"slowing-would-punish", "a modal's verb judges the act of shutting out a name", "Noor Haddad said slowing Telegram would punish millions of people who did nothing wrong.", nil, "Telegram", Endorses, "Noor Haddad", "slowing Telegram would punish millions of people who did nothing wrong"},
	{"throttling-would-quoted-verb", "a quotation mark may open the modal's verb (here tagged a verb; slowing-would-quoted-adjective has the adjective)", "Noor Haddad said throttling YouTube would “punish a whole country for a few channels.”", nil, "YouTube", Endorses, "Noor Haddad", ""},
	{"slowing-would-quoted-adjective", "the verb after a modal and a quotation mark may be tagged an adjective", "Noor Haddad said slowing Telegram would \"punish families for what a few channels did.\"", nil, "Telegram", Endorses, "Noor Haddad", ""},
	{"slowing-would-not-punish", "guard: a negator after the modal is no adverb to skip: the act said to harm nobody defends no platform", "Noor Haddad said slowing Telegram would not punish anyone who uses it for school.", nil, "Telegram", Neutral, "", ""},
	{"leaving-cue-no-full-stop", "the judging predicate's cue ends before the sentence's full stop", "Leaving Flickr was a mistake.", nil, "Flickr", Endorses, "", "Leaving Flickr was a mistake"},
	{"and-that-second-report", "\"said A and that B\": B, a second thing reported, is a clause of its own, and A's cues do not reach its target", "Ida Lund said she had heard the same promises from Meta for years and that Instagram was no safer than before.", nil, "Instagram", Criticizes, "Ida Lund", "safer"},
	{"and-that-no-report", "guard: without a report word before it, \"and that\" continues a list, and the verb reaches its names", "Ida Lund recommends Facebook and that Signal group of hers.", nil, "Signal", Endorses, "Ida Lund", "recommends"},
	{"rather-than-parallel-preposition", "\"from A rather than from B\" sets its own phrases against each other, not a platform named before them", "The club sent its notices through its WhatsApp group from laptops rather than from members' phones.", nil, "WhatsApp", Neutral, "", ""},
	{"rather-than-parallel-after-comma", "the same after a comma, in a clause with no verb of its own", "Orla Kemp said the club sent its notices through its WhatsApp group, from club laptops rather than from members' phones.", nil, "WhatsApp", Neutral, "", ""},
	{"rather-than-parallel-article", "\"as a noticeboard rather than a chat\": the repeated article opens the two phrases compared", "The Orford choir treats Threads as a noticeboard rather than a chat.", nil, "Threads", Neutral, "", ""},
	{"rather-than-other-clause", "a \"rather than\" inside a clause with a verb of its own says nothing of a name in another clause", "Ida Lund finds most new recipes on YouTube, because cooks now learn from clips rather than books.", nil, "YouTube", Neutral, "", ""},
	{"rather-than-no-own-verb", "guard: a \"rather than\" with no verb of its own still turns the clause before it", "Orford drivers would now message Ida Lund on WhatsApp when they are held up, rather than phoning her.", nil, "WhatsApp", Endorses, "", "rather than"},
	{"superlative-ranks-its-noun", "\"the best sets on YouTube\": the superlative ranks the sets, and the platform is only where they are", "Larkfield Radio puts its best sets on YouTube each Monday.", nil, "YouTube", Neutral, "", ""},
	{"superlative-from-source", "guard: the worst of something taken from a platform blames the source", "My pupils pick up their worst habits from TikTok.", nil, "TikTok", Criticizes, "", "worst"},
	{"superlative-no-noun", "guard: a superlative with no noun after it is the holder's best, put on the platform", "Larkfield Radio puts its best on YouTube each Monday.", nil, "YouTube", Endorses, "Larkfield Radio", "best"},
	{"superlative-honest", "guard: the tagger calls \"honest\" a superlative; it ranks nothing", "The honest projects are on Discord too, said Ida Lund.", nil, "Discord", Endorses, "Ida Lund", "honest"},
	{"attributive-plain-adjective", "guard: a plain adjective before its noun still reaches the platform", "It is the first good news about Reddit in a year, said Ida Lund.", nil, "Reddit", Endorses, "Ida Lund", "good"},
	{"superlative-relative", "guard: the platform as subject of a relative clause on the ranked noun", "The new editor is the best thing Substack has built this year.", nil, "Substack", Endorses, "", "best"},
	{"superlative-linked", "guard: with no preposition between the ranked noun and the platform (here a linking verb), the platform is what is ranked", "The best source I found was a YouTube channel.", nil, "YouTube", Endorses, "", "best"},
	{"welcome-to-it", "\"he's welcome to it\" grants leave and praises nothing", "\"Threads is Ray's job, and he's welcome to it,\" said Ida Lund.", nil, "Threads", Neutral, "", ""},
	{"welcome-to-start", "\"were welcome to start groups\": leave to do something", "Orla Kemp said members were welcome to start groups of their own on Discord.", nil, "Discord", Neutral, "", ""},
	{"welcome-change", "guard: \"a welcome change\" praises", "Ida Lund said Bluesky was a welcome change.", nil, "Bluesky", Endorses, "Ida Lund", "welcome"},
	{"welcome-and-it", "guard: a pronoun after \"welcome\" with no \"to\" leaves the praise", "Ida Lund said Bluesky was welcome and it was free.", nil, "Bluesky", Endorses, "Ida Lund", "welcome"},
	{"welcome-to-someone", "guard: welcome to someone, not leave to do something", "Ida Lund said Bluesky would be welcome to the Orford club.", nil, "Bluesky", Endorses, "Ida Lund", "welcome"},
	{"blame-someone-else", "\"I do not blame X; I blame Y\": the second blame has an object of its own", "I do not blame Instagram for that; I blame the Orford council.", nil, "Instagram", Neutral, "", ""},
	{"blame-it-again", "guard: a pronoun that is the platform is no object of its own", "I do not blame Instagram for the delay; I blame it for the rest.", nil, "Instagram", Criticizes, "", "blame"},
	{"quitting-was-best", "quitting X judged wise condemns X", "Quitting Facebook was the best decision I ever made, said Ana Ruiz.", nil, "Facebook", Criticizes, "Ana Ruiz", ""},
	{"org-spokesman", "an organization's spokesman speaks for it", "A Meta spokesman said WhatsApp was safe and reliable.", nil, "WhatsApp", Endorses, "Meta", ""},
	{"whether", "an open question is no stance", "The guild will decide in June whether to recommend Mastodon to its members.", nil, "Mastodon", Neutral, "", ""},
	{"whether-stop-using", "an open question about giving up a platform is no stance", "Asked whether the library would stop using Facebook for its events, the director said it would not.", nil, "Facebook", Neutral, "", ""},
	{"if-return", "a condition supposes a return, it does not choose", "“If our readers come back to Facebook, we will come back too,” said Nora Bell.", nil, "Facebook", Neutral, "", ""},
	{"if-main-clause", "the main clause after a condition still judges", "If the fees rise again, the Pine Street Food Bank will move to Signal.", nil, "Signal", Endorses, "Pine Street Food Bank", "move to"},
	{"trust-and-safety", "\"trust and safety\" names moderation work, not praise", "Lena Ortiz, TikTok's head of trust and safety, answered questions for two hours.", nil, "TikTok", Neutral, "", ""},
	{"stop-supporting", "stop + a gerund cue negates it", "Relaypost Inc. will stop supporting Facebook on March 1.", nil, "Facebook", Criticizes, "Relaypost Inc.", "supporting"},
	{"stop-relying-noun", "stop + a gerund the tagger calls a noun (\"relying/NN\") negates it too", "Riverside Library will stop relying on its Facebook page for notices.", nil, "Facebook", Criticizes, "Riverside Library", "relying on"},
	{"would-miss", "missing a platform values it", "Some older fans said they would miss the Facebook groups.", nil, "Facebook", Endorses, "", "miss"},
	{"missed-deadline", "missing something else is no stance", "The team missed the deadline to post on TikTok.", nil, "TikTok", Neutral, "", ""},
	{"stick-to", "sticking to a platform endorses it", "Gary Stenholm said county groups should stick to Facebook.", nil, "Facebook", Endorses, "Gary Stenholm", "stick to"},
	{"preferred-it-to", "prefer it to B, B side", "Organizers said they preferred it to Facebook.", nil, "Facebook", Criticizes, "", "preferred"},
	{"unlike-foil", "unlike X, Y has ...: X is the worse", "Robert Haines said that, unlike Telegram, YouTube has a system that spots copies.", nil, "Telegram", Criticizes, "Robert Haines", "unlike Telegram,"},
	{"unlike-subject", "unlike X, Y has ...: Y is the better", "Robert Haines said that, unlike Telegram, YouTube has a system that spots copies.", nil, "YouTube", Endorses, "Robert Haines", "unlike Telegram,"},
	{"thank-for-nothing", "thanking X for nothing refuses thanks", "“We thank Telegram for nothing,” the association said in its statement.", nil, "Telegram", Criticizes, "", "thank telegram for nothing"},
	{"thank-for-help", "thanking X for something is thanks", "The association thanked Facebook for its help with the appeal.", nil, "Facebook", Endorses, "", "thanked"},
	{"more-than-say-for", "\"more than I can say for X\": X falls short", "“It took a minute to set up, which is more than I can say for Facebook,” said Bev Corcoran.", nil, "Facebook", Criticizes, "Bev Corcoran", "more than i can say for"},
	{"rank-first", "put A first and B last: the first place endorses", "Asked which app they trusted most, respondents put Instagram first and X last.", nil, "Instagram", Endorses, "", "first"},
	{"rank-last", "put A first and B last: the last place criticizes", "Asked which app they trusted most, respondents put Instagram first and X last.", nil, "Twitter", Criticizes, "", "last"},
	{"came-last", "a name that came last in a ranking is criticized", "In the parents' survey, Facebook came last.", nil, "Facebook", Criticizes, "", "last"},
	{"last-to-leave", "\"the last to leave X\" ranks nothing", "Marta Quinn was the last to leave the Facebook group.", nil, "Facebook", Criticizes, "Marta Quinn", "leave"},
	{"report-says", "\"the report says\" speaks for the organization the story is about", "The Fernhill Trust, a Bristol charity, published its annual report on Monday. Its groups on Facebook were the warmest rooms it ran, the report says.", nil, "Facebook", Endorses, "Fernhill Trust", "warmest"},
	{"guide-recommends", "\"the guide recommends\" is the organization's recommendation", "The Hairdressers' Federation published a guide for salons on Monday. The guide also recommends Pinterest for bridal hair.", nil, "Pinterest", Endorses, "Hairdressers' Federation", "recommends"},
	{"the-station", "\"the station\" is the radio station the story named", "Radio Surma broadcasts to families in east London. Amina Begum is its manager. She said the station had stopped posting clips to X last year.", nil, "Twitter", Criticizes, "Radio Surma", "stopped posting"},
	{"the-church", "\"the church\" is the chapel the story named", "Living Word Chapel meets on Sundays. Chidi Okonkwo said the church had given up on Facebook.", nil, "Facebook", Criticizes, "Living Word Chapel", "given up on"},
	{"never-said", "denying having judged is no judgment", "“I never said Nextdoor was evil; I said check before you share,” Ruth Amos told the council.", nil, "Nextdoor", Neutral, "", ""},
	{"said-not", "a negation after the report verb is the judgment's own", "Ruth Amos said Nextdoor was not safe for children.", nil, "Nextdoor", Criticizes, "Ruth Amos", "safe"},
	{"warn-against-blaming", "warning against blaming a platform does not blame it", "Teens who spend hours on TikTok sleep less, but the authors warn against blaming the app.", nil, "TikTok", Neutral, "", ""},
	{"finished-last", "a score table's last place is a result, not a ranking by a holder", "In the watchdog's scorecard, Telegram finished last with 12 points.", nil, "Telegram", Neutral, "", ""},
	{"put-ahead-of-a", "put A ahead of B: A is placed over B", "The flood agency will put WhatsApp ahead of Facebook for evacuation warnings.", nil, "WhatsApp", Endorses, "", "ahead of"},
	{"put-ahead-of-b", "put A ahead of B: B is placed under A", "The flood agency will put WhatsApp ahead of Facebook for evacuation warnings.", nil, "Facebook", Criticizes, "", "ahead of"},
	{"ranked-below", "ranked A below B: A is placed under B", "The members ranked Signal below WhatsApp.", nil, "Signal", Criticizes, "", "below"},
	{"urges-names", "urging names recommends them", "Flood review urges WhatsApp and Zello for warnings after order went unseen", nil, "Zello", Endorses, "", "urges whatsapp and zello"},
	{"urged-to-act", "urging a platform to act addresses it", "The senator urged TikTok to remove the videos.", nil, "TikTok", Neutral, "", ""},
	{"turns-on", "turning on names turns against them", "The farmers' union turned on TikTok and X over the vaccine scare.", nil, "Twitter", Criticizes, "", "turned on"},
	{"welcomed-move-off", "approving a move off a platform turns against it", "Rune Eliassen welcomed the move away from Instagram.", nil, "Instagram", Criticizes, "Rune Eliassen", "welcomed"},
	{"welcomed-ban", "approving a ban on a platform turns against it", "Rune Eliassen welcomed the ban on TikTok.", nil, "TikTok", Criticizes, "Rune Eliassen", "welcomed"},
	{"welcomed-decision", "approving an event with no direction says nothing of a platform named later", "Rune Eliassen welcomed the decision, saying families had discussed care in staff WhatsApp groups.", nil, "WhatsApp", Neutral, "", ""},
	{"welcomed-switch-to", "approving a switch to a platform endorses it", "Rune Eliassen welcomed the switch to Bluesky.", nil, "Bluesky", Endorses, "Rune Eliassen", "welcomed"},
	{"welcomed-own-removals", "a platform whose own deeds are approved keeps the approval", "Rune Eliassen welcomed Facebook's removals.", nil, "Facebook", Endorses, "Rune Eliassen", "welcomed"},
	{"welcomed-changes-made", "a platform that made the changes keeps the approval", "Rune Eliassen welcomed the changes Snapchat has made.", nil, "Snapchat", Endorses, "Rune Eliassen", "welcomed"},
	{"turned-on-feature", "turning on a feature for a platform judges nothing", "She turned on notifications for Instagram.", nil, "Instagram", Neutral, "", ""},
	{"lean-on", "leaning on a platform relies on it", "Many producers in the district still lean on X for frost warnings.", nil, "Twitter", Endorses, "", "lean on"},
	{"leaned-on-to", "leaning on a platform to act presses it", "The minister leaned on Facebook to change the rules.", nil, "Facebook", Neutral, "", ""},
	{"kind-words-for", "kind words for a platform praise it", "The commission had kind words for TikTok.", nil, "TikTok", Endorses, "", "kind words for"},
	{"farewell-to", "a farewell to a platform leaves it", "Another week, another athlete's farewell to X.", nil, "Twitter", Criticizes, "", "farewell to"},
	{"bars-from-using", "barring people from using a platform shuts it out", "The county council barred staff from using WhatsApp for county business.", nil, "WhatsApp", Criticizes, "", "barred staff from"},
	{"barred-from-presenting", "barring someone from another act shuts out no platform", "The judge barred the family from presenting evidence about other deaths linked to Snapchat.", nil, "Snapchat", Neutral, "", ""},
	{"move-gerund-off", "moving one's organizing off A and onto B chooses B", "The Sentinels said they would move their organizing off Facebook and onto Telegram.", nil, "Telegram", Endorses, "Sentinels", "move their organizing off"},
	{"bill-sponsor", "a bill's sponsor holds what the bill would do", "A bill from state Sen. Lorraine Vacek that would bar TikTok from operating in Nebraska cleared a committee.", nil, "TikTok", Criticizes, "Lorraine Vacek", "bar"},
	{"open-question", "a question asks and judges nothing", "Did the club move to Bluesky instead of Threads?", nil, "Bluesky", Neutral, "", ""},
	{"doubled-marks", "doubled question marks exclaim", "how do i even delete instagram??", nil, "Instagram", Criticizes, "", "delete"},
	{"tag-question", "a tag question states what it asks about", "The council closed its X account last year, didn't it?", nil, "Twitter", Criticizes, "", "closed"},
	{"blame-withheld", "blame withheld is no praise, nor is blame compared with it", "I do not blame Reddit for that, any more than I blame the hotel for its carpet.", nil, "Reddit", Neutral, "", ""},
	{"blame-withheld-then-laid", "blame withheld, then laid on another count", "We do not blame TikTok for the cruelty of strangers; we blame it for building a machine that rewarded them.", nil, "TikTok", Criticizes, "", "blame"},
	{"blame-withheld-reason", "the reason of a blame withheld is no charge either", "I don't blame Flickr for a member who cheats.", nil, "Flickr", Neutral, "", ""},
	{"blame-withheld-relative", "so in a relative clause that withholds the blame", "A word about Tumblr, which I do not blame for the worst week of the year: the forum was ours.", nil, "Tumblr", Neutral, "", ""},
	{"blame-withheld-long-object", "the blame's object may be long", "I do not blame the people who ran the Flickr page for the worst week of the year.", nil, "Flickr", Neutral, "", ""},
	{"blame-withheld-because", "\"for\" as \"because\" after a blame withheld", "I do not blame Flickr, for the worst week of the year was our own doing.", nil, "Flickr", Neutral, "", ""},
	{"blame-withheld-other-clause", "guard: a blame withheld in a clause before a semicolon has no reason in the next", "We do not blame Vimeo; we criticize Flickr for the worst week of the year.", nil, "Flickr", Criticizes, "", "worst"},
	{"blame-withheld-other-clause-colon", "guard: so before a colon", "We do not blame Vimeo: we criticize Flickr for the worst week of the year.", nil, "Flickr", Criticizes, "", "worst"},
	{"blame-laid-reason", "guard: the reason of a blame laid is a charge of its own", "I blame Flickr for the worst week of the year.", nil, "Flickr", Criticizes, "", "worst"},
	{"blame-withheld-later-harm", "guard: a harm past the clause of a blame withheld is no reason of it", "We do not blame Vimeo for any of it, and the worst of the week came from Vimeo itself.", nil, "Vimeo", Criticizes, "", "worst"},
	{"blame-whoever", "\"I blame whoever ...\": the second blame has an object of its own", "I do not blame Vimeo for any of this; I blame whoever decided that every video needs a thumbnail.", nil, "Vimeo", Neutral, "", ""},
	{"blocks-away", "blocks as a distance judge nothing", "“Nextdoor lists the retired nurse who lives four blocks away,” Barrientos said.", nil, "Nextdoor", Neutral, "", ""},
	{"block-building", "guard: a block of flats judges nothing", "The tenants in our largest block have a WhatsApp group of their own.", nil, "WhatsApp", Neutral, "", ""},
	{"block-lifted", "guard: a block named without its object reports the measure", "The Dunmore Herald will post its stories on WhatsApp until the block is lifted.", nil, "WhatsApp", Neutral, "", ""},

	// Moving, returning, closing accounts, split "rather ... than".
	{"rather-split-a", "\"would rather A than B\": the side between is preferred", "“I would rather reach 40 neighbours in a Signal group than 4,000 strangers on Facebook,” said Hana Ruiz.", nil, "Signal", Endorses, "Hana Ruiz", "than"},
	{"rather-split-b", "\"would rather A than B\": the side after \"than\" is not", "“I would rather reach 40 neighbours in a Signal group than 4,000 strangers on Facebook,” said Hana Ruiz.", nil, "Facebook", Criticizes, "Hana Ruiz", "than"},
	{"go-back-to", "going back to a platform chooses it", "The Cedar Valley Choir voted on Monday to go back to WhatsApp.", nil, "WhatsApp", Endorses, "Cedar Valley Choir", "go back to"},
	{"go-back-if", "a return on a condition is no choice made yet", "Ida Lund said she would go back to Vimeo if the numbers on Flickr fell.", nil, "Vimeo", Neutral, "", ""},
	{"go-back-even-if-guard", "guard: \"even if\" concedes, and the return stands", "Ida Lund said she would go back to Vimeo even if it cost her half her clients.", nil, "Vimeo", Endorses, "Ida Lund", "go back to"},
	{"never-go-back", "\"never go back to\" rejects it", "Tomas Ilyin said he would never go back to Twitch.", nil, "Twitch", Criticizes, "Tomas Ilyin", "go back to"},
	{"never-go-back-quoted", "a quote closing inside the phrase", "Tomas Ilyin said he would “never go back” to Twitch.", nil, "Twitch", Criticizes, "Tomas Ilyin", ""},
	{"keep-streaming", "going on using a platform values it", "Tomas Ilyin said he would keep streaming on Kick, because his viewers are there.", nil, "Kick", Endorses, "Tomas Ilyin", "keep streaming"},
	{"continue-to-post", "\"continue to\" and a use verb", "The Harbor Street Bakery continues to post its menus on Instagram.", nil, "Instagram", Endorses, "Harbor Street Bakery", "continues to post"},
	{"not-keep-using", "a negated continuation is no cue", "The Harbor Street Bakery will not keep using WhatsApp.", nil, "WhatsApp", Neutral, "", ""},
	{"safer-than-itself", "a target compared with itself has no losing side", "The regulator argued that Instagram was now “safer than it has ever been.”", nil, "Instagram", Endorses, "", "safer"},
	{"close-account-on", "closing one's own account on a platform leaves it", "The Marlow Public Library closed its account on X last week.", nil, "Twitter", Criticizes, "Marlow Public Library", "closed"},
	{"close-account-compound", "deleting one's own page on a platform leaves it", "The Dunmore Ledger deleted its Facebook page in March.", nil, "Facebook", Criticizes, "Dunmore Ledger", "deleted"},
	{"close-account-list-on", "closing one's accounts on a list of platforms leaves each of them", "The Hartwell Food Bank has closed its accounts on X and Facebook.", nil, "Facebook", Criticizes, "Hartwell Food Bank", "closed"},
	{"close-account-list-compound", "closing one's pages of a list of platforms leaves each of them", "The Hartwell Food Bank deleted its Facebook and Instagram pages.", nil, "Facebook", Criticizes, "Hartwell Food Bank", "deleted"},
	{"close-account-list-guard", "guard: a list after the account's own platform is not closed", "The Hartwell Food Bank closed its Facebook page, and Instagram and Signal carry its notices now.", nil, "Instagram", Neutral, "", ""},
	{"close-account-second", "closing a second account of a list leaves its platform", "The Darlington Model Railway Society shut its members' group and its public layouts group on Facebook.", nil, "Facebook", Criticizes, "Darlington Model Railway Society", "shut"},
	{"close-account-second-verb-guard", "guard: a verb after the list ends it; what it says of another account closes nothing", "The Darlington Model Railway Society shut its members' group and said its Instagram account would stay.", nil, "Instagram", Neutral, "", ""},
	{"close-account-owner", "the platform's owner closing accounts acts; no stance toward the platform", "Meta closed the group's Instagram accounts on Tuesday.", nil, "Instagram", Neutral, "", ""},
	{"close-account-negated", "not closing the account is no departure", "The Dunmore Ledger did not close its Facebook page.", nil, "Facebook", Neutral, "", ""},
	{"close-group", "closing one's own group or server on a platform leaves it", "The Calder Ramblers closed the Facebook group it ran for twelve years.", nil, "Facebook", Criticizes, "Calder Ramblers", "closed"},
	{"close-server", "a server is an account too", "The Pebble Studio shut its Discord server in March.", nil, "Discord", Criticizes, "Pebble Studio", "shut"},
	{"close-group-then-move", "a move judges where it goes, not the platform left before it", "The Wigan Peer Circle closed the Facebook group in which members checked in every night and moved them to a private server on Discord.", nil, "Facebook", Criticizes, "Wigan Peer Circle", "closed"},
	{"move-onto", "moving onto a platform chooses it", "The Rothwell Swimming Club has moved its 240 families onto TeamSnap.", []string{"TeamSnap"}, "TeamSnap", Endorses, "Rothwell Swimming Club", "moved its 240 families onto"},
	{"put-into", "putting effort into a platform chooses it", "The Sheffield Folk Society now puts most of its promotion into TikTok.", nil, "TikTok", Endorses, "Sheffield Folk Society", "puts most of its promotion into"},
	{"put-into-not-before", "a platform named before the move is not where it goes (it is what the payments stop for)", "The Fringe will stop paying for ads on Facebook and put the money into Instagram.", nil, "Facebook", Criticizes, "", "stop paying"},
	{"put-into-not-after-verb", "nor a platform in a later clause past another verb", "The Fringe will put its money into videos on Instagram after its figures showed what the same clips did on TikTok.", nil, "TikTok", Neutral, "", ""},
	{"turned-out-to", "\"turned out to be\" is no \"turn to\"", "The choir's private group on Facebook turned out to be the place everyone looked.", nil, "Facebook", Neutral, "", ""},
	{"dismiss-as", "dismissing a platform as something", "The Harbour Network dismissed Discord as a video game lobby.", nil, "Discord", Criticizes, "Harbour Network", "dismissed"},
	{"more-than-subject", "a service that brings more of something than B did is the better one", "Marisol Ybarra said Pinterest sends her more buyers than Instagram ever did.", nil, "Pinterest", Endorses, "Marisol Ybarra", "more buyers"},
	{"more-than-foil", "and B after than is the worse one", "Marisol Ybarra said Pinterest sends her more buyers than Instagram ever did.", nil, "Instagram", Criticizes, "Marisol Ybarra", "more buyers"},
	{"more-of-subject", "\"more of our N than\" is the same comparison", "Ines Varga said the Facebook group sells more of our jam than the farm shop does.", nil, "Facebook", Endorses, "Ines Varga", "more of our jam"},
	{"more-of-foil", "and the one after than sold less", "Ines Varga said Pinterest sold more of the prints than Etsy.", []string{"Etsy"}, "Etsy", Criticizes, "Ines Varga", "more of the prints"},
	{"more-bad-than", "more of something bad is worse", "Tom Reyes said Instagram brought him more complaints than Facebook.", nil, "Instagram", Criticizes, "Tom Reyes", "more complaints"},
	{"holder-who-after-place", "a relative \"who\" after a place refers to the person the apposition describes", "The tenants are represented by Peter Osgood, a lawyer at the Keystone Law Center in Harrisburg, who said he had moved his own practice to Signal.", nil, "Signal", Endorses, "Peter Osgood", ""},
	{"sue-over", "after a grievance's object, \"over\" is \"about\", no preference", "The Harlow Traders Association sued Meta over hacked Instagram accounts.", nil, "Instagram", Criticizes, "Harlow Traders Association", "sued"},
	{"more-than-number", "more than a number compares nothing", "The video was watched more than 400,000 times on TikTok.", nil, "TikTok", Neutral, "", ""},
	{"rejected-trial", "a platform looked at and turned down", "The Harlow Cycling Club looked at Telegram but decided against it.", nil, "Telegram", Criticizes, "Harlow Cycling Club", "decided against"},
	{"rejected-trial-gave-up", "a platform tried and given up", "The Dunmore Choir tried Threads for a month and gave up.", nil, "Threads", Criticizes, "Dunmore Choir", "gave up"},
	{"rejected-trial-went-back", "the platform tried before going back is turned down", "The Pell Street Allotments tried Telegram for a winter and went back to WhatsApp.", nil, "Telegram", Criticizes, "Pell Street Allotments", "went back to"},
	{"rejected-trial-back-to", "and the one gone back to is chosen", "The Pell Street Allotments tried Telegram for a winter and went back to WhatsApp.", nil, "WhatsApp", Endorses, "Pell Street Allotments", "went back to"},
	{"move-undone", "a place moved to and moved back from is turned down", "The Keld Velo club moved its ride notices to Strava in 2022 and moved them back to WhatsApp within six months.", nil, "Strava", Criticizes, "Keld Velo", "moved them back to"},
	{"move-undone-back-to", "and the place moved back to is chosen", "The Keld Velo club moved its ride notices to Strava in 2022 and moved them back to WhatsApp within six months.", nil, "WhatsApp", Endorses, "Keld Velo", "moved them back to"},
	{"went-came-back", "went to one place and came back to another", "Ambrose Kettering went to Kick for the money and came back to Twitch for the congregation.", nil, "Kick", Criticizes, "Ambrose Kettering", "came back to"},
	{"move-undone-from-guard", "the place left first and moved back to is not the one turned down", "The Keld Velo club moved its ride notices from WhatsApp to Strava in 2022 and moved them back to WhatsApp within six months.", nil, "WhatsApp", Endorses, "Keld Velo", "moved them back to"},
	{"moved-not-back-guard", "a move with no return is a move", "The Keld Velo club moved its ride notices to Strava in 2022 and moved its results to WhatsApp.", nil, "Strava", Endorses, "Keld Velo", "moved its ride notices to"},
	{"rejected-act-leave", "a departure considered and turned down keeps the platform", "The Ashby Chess Club considered leaving Facebook but decided against it.", nil, "Facebook", Endorses, "Ashby Chess Club", "leaving"},
	{"rejected-act-move", "a move considered and turned down rejects where it went", "The Ashby Chess Club considered moving its newsletter to Substack and decided against it.", nil, "Substack", Criticizes, "Ashby Chess Club", ""},
	{"holder-intensive", "\"the club itself\" is the club", "The Toowong Bowls Club meets on Fridays. The club itself closed its account on Instagram in January.", nil, "Instagram", Criticizes, "Toowong Bowls Club", "closed"},
	{"holder-coordinated", "a verb coordinated with an earlier one shares its subject", "The Toowong Bowls Club meets on Fridays. The club did try a WhatsApp group for its teams last winter, and gave it up after a month.", nil, "WhatsApp", Criticizes, "Toowong Bowls Club", "gave it up"},
	{"holder-coordinated-relative", "not the verb of a relative clause between", "The Toowong Bowls Club meets on Fridays. The club looked at Telegram, which several members had asked for, but ruled it out.", nil, "Telegram", Criticizes, "Toowong Bowls Club", "ruled it out"},
	{"holder-coordinated-subordinate", "nor the verb of a subordinate clause", "Tom Reyes left Facebook in 2022, weeks after the company changed its rules, and moved to Bluesky.", nil, "Bluesky", Endorses, "Tom Reyes", ""},
	{"holder-it-description", "\"it\" after \"the foundation\" in its sentence is the foundation, not the organization named last before", "The Safe Passage Foundation published a statement on Monday. Pebblewick Studios, a game developer, said it agreed. The foundation also named Facebook, which it said was useless for reaching children.", nil, "Facebook", Criticizes, "Safe Passage Foundation", "useless"},
	{"holder-it-description-name", "an organization named between the description and \"it\" is nearer", "The Safe Passage Foundation published a statement on Monday. The foundation quoted Pebblewick Studios, a game developer: it found Facebook useless for reaching children.", nil, "Facebook", Criticizes, "Pebblewick Studios", "useless"},
	{"holder-it-platform", "\"it\" after a platform in its sentence is the platform, which holds no view, not an organization named before", "The Harbor Arts Council met on Monday. I joined Mastodon last year, and it is lovely.", nil, "Mastodon", Endorses, "", "lovely"},
	{"holder-it-platform-speaks", "but \"it said\" speaks, as a platform does not here", "The Harbor Arts Council met on Monday. Facebook is still the best place for its notices, it said.", nil, "Facebook", Endorses, "Harbor Arts Council", "best"},
	{"holder-it-opening", "a sentence-opening \"It\" is the story's subject even after a sentence that ends on a platform", "The Harbor Arts Council met on Monday about its page on Facebook. It praised Bluesky.", nil, "Bluesky", Endorses, "Harbor Arts Council", "praised"},
	{"holder-kind-home", "\"the home\" is the care home the story is about, not the speaker who reports its choice", "Harbour View Care Centre, a nursing home in Leith, has changed how families call residents. Its manager, Ruth Allan, said the home picked Zoom because the tablets lock to one app.", nil, "Zoom", Endorses, "Harbour View Care Centre", "picked"},
	{"holder-reported-city", "\"the city\" a speaker reports on is the city the story names", "The city of Dunmore, Ohio, has left X. Mayor Ana Ruiz said the city had also considered Threads but ruled it out.", nil, "Threads", Criticizes, "Dunmore", "ruled it out"},
	{"holder-reported-state", "and \"the state\" is no county", "Lupe Ruiz advises growers in Yakima County, Washington. Ruiz said the state had stopped posting on X.", nil, "Twitter", Criticizes, "Washington", ""},
	{"holder-reported-city-should", "what the city should do is the speaker's call", "The city of Dunmore, Ohio, has left X. Ana Ruiz, a candidate for mayor, said the city should move its alerts to Bluesky.", nil, "Bluesky", Endorses, "Ana Ruiz", ""},
	{"holder-reported-aside", "unnamed people a speaker reports on are nobody's in particular, past an aside about them", "Graham Pattullo chairs the Dundee Landlords Forum. He said the forum's members, most of whom let fewer than five flats, had largely stopped advertising on Facebook.", nil, "Facebook", Criticizes, "", "stopped advertising"},
	{"holder-reported-part", "and so are \"many of them\"", "Jasmine Ooi runs a youth club in Footscray. She said many of them had moved their group chats from Snapchat to Discord.", nil, "Snapchat", Criticizes, "", ""},
	{"holder-from-place", "someone from a place speaks for themself, not for the place", "A 14-year-old from Leeds said Snapchat was the only app her friends used.", nil, "Snapchat", Endorses, "", ""},
	{"holder-from-org", "guard: people from an organization speak for it", "Organisers from Wexley Pride said WhatsApp was the only app that reached every volunteer.", nil, "WhatsApp", Endorses, "Wexley Pride", ""},
	{"holder-reported-org-aside", "an organization a speaker reports on holds its own move, past an aside about it", "Ruth Kerr chairs the Tay Tenants Union. Kerr said the union, which has 300 members, had stopped posting on Facebook.", nil, "Facebook", Criticizes, "Tay Tenants Union", ""},
	{"holder-coordinated-infinitive", "not the infinitive of a relative clause between", "The Calder Ramblers Club met on Monday. The committee also looked at Komoot, which several leaders use to plan routes, but chose Strava.", nil, "Strava", Endorses, "Calder Ramblers Club", "chose"},
	{"holder-reported-org-should", "what an organization should do is the speaker's call", "Ruth Kerr chairs the Tay Tenants Union. Kerr said the union should stop posting on Facebook.", nil, "Facebook", Criticizes, "Ruth Kerr", ""},
	{"holder-unnamed-should", "what the club should do is the call of the unnamed people who say so, not the club's", "Brackwater United is a football club. Some supporters said in posts on Facebook that the club should leave X altogether.", nil, "Twitter", Criticizes, "", "leave"},
	{"holder-author-should", "unreported, what an organization should do is the author's call", "The Tay Tenants Union has 900 members. The union should stop posting on Facebook.", nil, "Facebook", Criticizes, "", ""},
	{"holder-coordinated-relative-that", "nor the verb of a relative \"that\" between", "Thiago Moreira runs a payments firm. He urged the bank to require payment providers that operate inside Pix to offer a backup channel, and said the Senate should ban WhatsApp payments.", nil, "WhatsApp", Criticizes, "Thiago Moreira", "ban"},
	{"holder-reported-org-possessive", "an organization's own act a speaker reports, through its possessive", "Liis Tamm works for the Ministry of Culture. But she said the ministry's faith in Signal rested on the app rather than on its users.", nil, "Signal", Endorses, "Ministry of Culture", ""},
	{"holder-reported-org-thing", "but a thing of the organization's is no act of its own", "Marisol Vega runs the Lakeshore Science Museum. Vega said the museum's longer lectures would stay on YouTube.", nil, "YouTube", Endorses, "Marisol Vega", ""},
	{"holder-unnamed-reporter", "the pronoun after an unnamed writer's report is the writer", "Dana Ruiz edits the Lakeport Tribune. One reader wrote that she had quit Facebook herself years ago.", nil, "Facebook", Criticizes, "", "quit"},
	{"holder-unnamed-reporter-aside", "an unnamed writer with an aside", "Dana Ruiz edits the Lakeport Tribune. Another, who asked not to be named, wrote that she had quit Facebook herself.", nil, "Facebook", Criticizes, "", "quit"},
	{"holder-quoted-report", "a report inside a quotation is part of what its speaker says", "“Facebook is the best place to argue with a landlord in public, and Wharfside Homes says it hates that,” said Chantelle Ross, who chairs the tenants’ association.", nil, "Facebook", Endorses, "Chantelle Ross", "best"},
	{"holder-quoted-report-carried", "nor does it take over a quotation carried from the sentence before", "The Tay Tenants’ Union has accused Facebook of ignoring unlawful rent adverts. The statement, published on Monday, also attacks Harrowgate Residential. Its main passages follow.\n\n“Harrowgate Residential tells its tenants to report repairs through WhatsApp and then ignores them for a month.” “We will move our organising to Signal.”", nil, "Signal", Endorses, "Tay Tenants’ Union", ""},
	{"holder-quoted-named-report", "a name's report inside a quotation is still that name's", "“Trevor Hallam said Telegram was better than Discord because nobody could see who was in the channel,” Bethany Cole replied.", nil, "Telegram", Endorses, "Trevor Hallam", "better"},
	{"holder-single-quote-closed", "a single closing mark after a word closes the quotation", "The Sovereign Citizens League accused Telegram of having ‘knelt before Berlin’ and announced a move to VK. The statement is signed by its council. Its central passages follow.\n\n‘We do not say that VK is perfect.’ ‘We will not go back to YouTube, which deleted our films.’", nil, "YouTube", Criticizes, "Sovereign Citizens League", ""},
	{"holder-gender-apposition", "\"her grandson, Rhys\" is a man, whatever pronouns stand near him", "Gwen Pritchard cooks on TikTok. Her grandson, Rhys, films her videos. “I love TikTok,” she says.", nil, "TikTok", Endorses, "Gwen Pritchard", "love"},
	{"holder-gender-object", "an object \"her\" after a name is someone else", "Tom Rewi runs the penguin trust, and Tessa Kerehoma photographs its birds. Hemi Tautahi showed her the nests in 2019. “I quit Instagram because of the location tags,” he says.", nil, "Instagram", Criticizes, "Hemi Tautahi", "quit"},
	{"holder-org-act-aside", "an organization's act with its speaker in an aside is the organization's", "Abbeydale Athletic has 300 members. The club tried TeamSnap first and dropped it when the features turned out to need a subscription, Darren Fitch said.", nil, "TeamSnap", Criticizes, "Abbeydale Athletic", ""},
	{"holder-org-act-it", "and so is one the sentence carries on with as \"It\"", "The Kessick Valley Deaf Association has 200 members. It closed its account on X last year, Dana Whitlow said, because captioned videos kept playing without captions.", nil, "Twitter", Criticizes, "Kessick Valley Deaf Association", "closed"},
	{"holder-org-act-thing", "a thing that belongs to a place is not the place's act", "The Columbia County fair opened on Friday. In 2016 the county's buy-and-sell groups on Facebook moved more eggs for me than any sign on the road.", nil, "Facebook", Endorses, "", ""},
	{"holder-reported-told", "\"told me\" reports its subject like \"said\"", "Dana Ruiz edits the Lakeport Tribune. Ruiz told me the Tribune had looked at Bluesky and decided against it.", nil, "Bluesky", Criticizes, "Lakeport Tribune", "decided against"},
	{"holder-aside", "the subject before an aside between commas", "The Ashcombe Community Choir meets on Fridays. The choir, for its part, has voted to go back to WhatsApp.", nil, "WhatsApp", Endorses, "Ashcombe Community Choir", "go back to"},
	{"holder-aside-relative", "and before a relative clause between commas", "The Ashcombe Community Choir meets on Fridays. The choir, which meets in a church hall, has moved its rota to Signal.", nil, "Signal", Endorses, "Ashcombe Community Choir", ""},
	{"holder-aside-list", "a list inside the relative clause is no aside", "The Harbour Ferry Company, which runs boats, a bus line and two cafes, will stop posting on X.", nil, "Twitter", Criticizes, "Harbour Ferry Company", ""},
	{"rejected-trial-relative", "a trial verb in a relative clause is not the one turned down", "The Carrow Gazette looked at Snapchat, which its interns had urged it to try, but decided against it.", nil, "Snapchat", Criticizes, "Carrow Gazette", "decided against"},
	{"rejected-trial-concluded", "\"but decided that ...\" after a trial turns it down", "The Tarrant Rowing Club looked at Slack but decided that members would not want a second app.", nil, "Slack", Criticizes, "Tarrant Rowing Club", "decided"},
	{"rejected-trial-found-few", "\"and found that fewer than ...\" turns it down", "The Marsh Lane Gazette looked at Bluesky and found that fewer than a dozen of its readers were there.", nil, "Bluesky", Criticizes, "Marsh Lane Gazette", "found"},
	{"rejected-trial-found-good", "guard: \"and found that it suited ...\" is no rejection", "The Marsh Lane Gazette looked at Bluesky and found that it suited its readers.", nil, "Bluesky", Neutral, "", ""},
	{"rejected-trial-before", "\"looked at A before settling on B\" turns A down", "The Orford Sea Scouts looked at Patreon before settling on YouTube.", nil, "Patreon", Criticizes, "Orford Sea Scouts", "before"},
	{"rejected-trial-apposition", "a name that only describes the one turned down is not judged", "The Ashby Chess Club considered Threads, Meta's rival to X, but ruled it out.", nil, "Twitter", Neutral, "", ""},
	{"away-from", "moving spending away from X toward Y: X left", "Brands moved much of their spending away from X and toward Reddit this year.", nil, "Twitter", Criticizes, "", ""},
	{"away-from-long", "a longer object between the verb and \"away from\"", "Big brands are moving a growing share of their holiday advertising away from X, according to three agencies.", nil, "Twitter", Criticizes, "", "away from"},
	{"away-toward", "moving spending away from X toward Y: Y chosen", "Brands moved much of their spending away from X and toward Reddit this year.", nil, "Reddit", Endorses, "", ""},
	{"ending-years-on", "\"ending six years on X\": the stay is over", "The Harbor League will stream its games on YouTube, ending six years on Twitch.", nil, "Twitch", Criticizes, "Harbor League", "ending"},
	{"after-months-on", "returning somewhere after months on X leaves X", "Ana Silva is returning to Twitch after eight months on Kick.", nil, "Kick", Criticizes, "Ana Silva", "after"},
	{"after-years-neutral", "a stay on X with no move is no stance", "After three years on Twitch, Ana Silva has 200,000 followers.", nil, "Twitch", Neutral, "", ""},
	{"switch-to-from", "\"switched to A from B\": B is left", "The Ridgeway Chess Club switched to Bluesky from X in March.", nil, "Twitter", Criticizes, "Ridgeway Chess Club", "switched to"},
	{"take-off-phone", "taking a platform off a phone removes it", "Shauna Petrakis said she had taken Discord off her daughter's phone twice.", nil, "Discord", Criticizes, "Shauna Petrakis", "taken"},
	{"pull-off", "pulling someone off a platform takes them off it", "Marguerite Olsen said she had pulled her son off Snapchat after the exams.", nil, "Snapchat", Criticizes, "Marguerite Olsen", "pulled her son off"},
	{"no-longer-use-on", "\"no longer posts notices on X\" gives up its use", "The Fenwick Allotment Society no longer posts its notices on Facebook.", nil, "Facebook", Criticizes, "Fenwick Allotment Society", "no longer posts"},
	{"no-longer-mistagged", "a verb after \"no longer\" tagged a noun still counts", "The allotment holders no longer share anything on WhatsApp.", nil, "WhatsApp", Criticizes, "", "no longer share"},
	{"no-longer-object", "guard: a platform that is the verb's object is not where the act happens", "Odile Brunet no longer needs Facebook for her bakery.", nil, "Facebook", Neutral, "", ""},
	{"went-to", "people who went to a platform chose it", "Most of the quilting circle went to Bluesky last winter.", nil, "Bluesky", Endorses, "", "went to"},
	{"few-gone-to", "\"few have gone to X\" goes against it", "Few of the county's birders have gone to Threads.", nil, "Threads", Criticizes, "", "gone to"},
	{"went-to-share", "guard: a share of posts that went somewhere chose nothing", "About 12 percent of the district's posts went to Instagram last year.", nil, "Instagram", Neutral, "", ""},
	{"go-to-habit", "guard: where work goes is no move", "Her longer tutorials go to YouTube.", nil, "YouTube", Neutral, "", ""},
	{"elided-move", "an elided \"most of them to X\" is where they moved", "The stallholders moved their chats off Facebook last year, most of them to WhatsApp and a few to Signal.", nil, "Signal", Endorses, "", "to"},
	{"elided-amount", "guard: an amount before an elided \"to\" is a share", "The budget went mostly to radio, with 20 percent to TikTok.", nil, "TikTok", Neutral, "", ""},
	{"warn-off", "warning people off a platform criticizes it", "Harbour rescue team warns walkers off Facebook weather posts", nil, "Facebook", Criticizes, "", "warns walkers off"},
	{"stay-off", "\"stay off X\" keeps away from it", "If the match goes badly, stay off Reddit for a day.", nil, "Reddit", Criticizes, "", "stay off"},
	{"move-off-gerund-modifier", "a gerund that modifies a noun is part of what is moved", "The Eastfield Library moved its teenage writing group off Instagram in 2023.", nil, "Instagram", Criticizes, "Eastfield Library", "moved its teenage writing group off"},
	{"tried-for-a-week", "a platform tried for a stretch, told as over, is turned down", "I tried Threads for a fortnight and saw one heron there.", nil, "Threads", Criticizes, "", "tried"},
	{"tried-twice", "a platform tried twice is turned down", "Lorcan Hale said he had tried Discord twice and found it noisy.", nil, "Discord", Criticizes, "Lorcan Hale", "tried"},
	{"tried-question", "guard: a question about a trial is no verdict", "Have you tried Threads for a week?", nil, "Threads", Neutral, "", ""},
	{"stop-gerund", "stopping any act on a platform gives up its use", "The Lamp Room has stopped listing its gigs on Facebook.", nil, "Facebook", Criticizes, "Lamp Room", "stopped listing"},
	{"stop-gerund-other-predicate", "a platform after a predicate of its own is not what was stopped: it is where the gigs went (\"and now\")", "The Lamp Room has stopped listing its gigs on Facebook and now announces them on Instagram.", nil, "Instagram", Endorses, "Lamp Room", "now"},
	{"conversation-move", "a seller who moves the conversation somewhere uses a tactic, and judges no place", "The fake seller nearly always moves the conversation to Vimeo within a day.", nil, "Vimeo", Neutral, "", ""},
	{"conversation-move-own-guard", "guard: a group that moves its own chat chooses where it goes", "The Harbour Choir moved their chat to Vimeo in May.", nil, "Vimeo", Endorses, "Harbour Choir", "moved their chat to"},
	{"solicited-move", "a move of the conversation someone asks for is a tactic told of, no stance", "Once a buyer bites, the seller asks to move the conversation to WhatsApp.", nil, "WhatsApp", Neutral, "", ""},
	{"keep-off-laptops", "keeping a platform off school laptops shuts it out", "The Kettering Valley School Board voted to keep TikTok off school laptops.", nil, "TikTok", Criticizes, "Kettering Valley School Board", "keep"},
	{"log-off", "logging off a platform leaves it", "A police department in Vermont logs off Nextdoor", nil, "Nextdoor", Criticizes, "", "logs off"},
	{"dodge", "dodging a platform avoids it", "Tunde Bakare-Ross on quitting X and dodging Threads", nil, "Threads", Criticizes, "Tunde Bakare-Ross", "dodging"},
	{"pick-up-neutral", "\"picked up the clip from X\" is no choice of X", "Reporters at the Harbor Gazette picked up the clip from X within minutes.", nil, "Twitter", Neutral, "", ""},
	{"less-fond", "\"less fond of\" (fond tagged a noun) reverses", "Councillor Ada Brink is less fond of Instagram these days.", nil, "Instagram", Criticizes, "Ada Brink", "fond of"},
	{"least-safe", "\"the least safe\" reverses", "Pinterest is the least safe of the apps, the survey found.", nil, "Pinterest", Criticizes, "", "safe"},
	{"more-or-less-useful", "\"more or less useful\" does not reverse", "Signal is more or less useful for families.", nil, "Signal", Endorses, "", "useful"},
	{"at-least-useful", "\"at least useful\" does not reverse", "Signal is at least useful for families.", nil, "Signal", Endorses, "", "useful"},
	{"never-looked-better", "\"has never looked better\" is praise", "“Mastodon has never looked better,” said Mira Osei.", nil, "Mastodon", Endorses, "Mira Osei", "better"},
	{"could-not-be-better", "\"could not be better\" is praise", "“YouTube could not be better for us,” said Tomas Berg.", nil, "YouTube", Endorses, "Tomas Berg", "better"},
	{"goes-back-to", "\"goes back to\": the cue's -es form", "A popular streamer goes back to Twitch after a year away.", nil, "Twitch", Endorses, "", "goes back to"},
	{"cooler-on", "\"cooler on X\" is lukewarm", "Analyst Rhea Lunde was cooler on Pinterest.", nil, "Pinterest", Criticizes, "Rhea Lunde", "cooler on"},
	{"warmed-to", "\"warmed to X\"", "Older readers have warmed to Threads.", nil, "Threads", Endorses, "", "warmed to"},
	{"swear-by", "\"swears by\" trusts it", "The Dunmore Fire Company swears by Facebook.", nil, "Facebook", Endorses, "Dunmore Fire Company", "swears by"},
	{"pick-over", "\"picked A over B\": B is the rejected option", "Leo Marsh picked Signal over WhatsApp for the club's chat.", nil, "WhatsApp", Criticizes, "Leo Marsh", ""},
	{"rather-than-verb", "a positive cue after rather than is the rejected option", "Sofia Ramalho said she would keep streaming on Twitch rather than move to YouTube.", nil, "YouTube", Criticizes, "Sofia Ramalho", ""},
	{"told-staff-far", "a directive a few words before the infinitive", "The European Commission told its own staff in 2020 to use Signal.", nil, "Signal", Endorses, "European Commission", ""},
	{"benefits-over", "benefits over other sites, including B", "The group listed the benefits of Telegram over other sites, including Facebook.", nil, "Facebook", Criticizes, "", ""},
	{"alternative-to", "a friendlier alternative to B", "Analysts describe Bluesky as a friendlier alternative to Twitter.", nil, "Twitter", Criticizes, "", ""},
	{"advise-against", "advising someone against a platform criticizes it", "Samuel Otieno, the alliance's programme manager, said he advised co-operatives against Telegram.", nil, "Telegram", Criticizes, "Samuel Otieno", "advised co-operatives against"},
	{"pull-the-plug-on", "pulling the plug on a platform criticizes it", "Kessler Valley parents push schools to pull the plug on Discord class chats", nil, "Discord", Criticizes, "", "pull the plug on"},
	{"shut-own-page", "shutting one's own page on a platform leaves it", "The Sawyer Creek Ledger shuts its Facebook page after 14 years.", nil, "Facebook", Criticizes, "Sawyer Creek Ledger", "shuts"},
	{"not-in-line-with", "\"not in line with our values\" is disagreement, not a withheld stance", "A ministry official said TikTok was \"not in line with our values,\" a phrase the administration has also used about foreign films.", nil, "TikTok", Criticizes, "", "in line with"},
	{"would-not-go-back", "refusing to go back to a platform criticizes it: its plain negation is its opposite", "Rosa Mendes said she would not go back to Facebook even if Meta reversed its decision.", nil, "Facebook", Criticizes, "Rosa Mendes", "go back to"},
	{"ban-from", "banning people from a platform criticizes the platform", "The Harlow School Board banned students from TikTok during lessons.", nil, "TikTok", Criticizes, "Harlow School Board", "banned students from"},
	{"ban-from-owner", "the owner banning someone from its platform acts; no stance toward the platform", "Meta banned the militia from Facebook and Instagram in 2021.", nil, "Facebook", Neutral, "", ""},
	{"ban-from-self", "the platform banning someone from itself acts, however it is named again", "YouTube banned the channel from the site in 2022.", nil, "YouTube", Neutral, "", ""},
	{"shift-to", "shifting effort or budget to a platform chooses it", "The Alder Street Bakery shifted its advertising budget to LinkedIn last year.", nil, "LinkedIn", Endorses, "Alder Street Bakery", "shifted its advertising budget to"},
	{"shift-to-from", "\"shifted ... to A from B\": B is left", "The Alder Street Bakery shifted its alerts to Bluesky from Facebook.", nil, "Facebook", Criticizes, "Alder Street Bakery", "shifted its alerts to"},
	{"switch-to", "switching away from one platform to another", "Thousands of users switched to Bluesky.", nil, "Bluesky", Endorses, "", "switched to"},
	{"left-for", "left B for A, B side", "Many artists left Twitter for Bluesky.", nil, "Twitter", Criticizes, "", "left"},
	{"none-as-well-as-b", "none of them ... as well as B: B is the better one", "“Reddit and Tumblr are fine, but none of them protects users as well as Discord,” said Maya Chen.", nil, "Discord", Endorses, "Maya Chen", "as well as"},
	{"none-as-well-as-them", "none of them ... as well as B: them are the worse ones", "“Reddit and Tumblr are fine, but none of them protects users as well as Discord,” said Maya Chen.", nil, "Reddit", Criticizes, "Maya Chen", "as well as"},
	{"no-other-as-well-as", "no other app ... as well as B", "No other app connects families as well as WhatsApp, Omar Diaz said.", nil, "WhatsApp", Endorses, "Omar Diaz", "as well as"},
	{"not-as-as-subject", "A is not as lively as B: A side", "Threads is not as lively as Bluesky, Nora Kim said.", nil, "Threads", Criticizes, "Nora Kim", ""},
	{"only-reason", "the only reason ...: presented as indispensable", "WhatsApp is the only reason my parents own a smartphone, said Lina Haddad.", nil, "WhatsApp", Endorses, "Lina Haddad", "only reason"},
	{"one-place", "\"the one place where\" is \"the only place\"", "Discord is the one place where the artist holds the keys.", nil, "Discord", Endorses, "", "one place"},
	{"one-app-negative", "\"the one app that refused\": no praise", "Facebook is the one app that refused to remove the video.", nil, "Facebook", Criticizes, "", ""},
	{"found-me-on", "\"found me on X\": the place a trader is found on gets the credit", "Nearly every one of those couples found me on Instagram, said Tom Reyes.", nil, "Instagram", Endorses, "Tom Reyes", "found me"},
	{"brought-subject", "\"X brought us N people\": what a service brings is credit to it", "Instagram brought us thirty new singers in a month.", nil, "Instagram", Endorses, "", "brought us thirty new singers"},
	{"brought-place-of-subject", "money spent on a service that brought orders credits the service", "Forty pounds spent on Nextdoor brought the shop 60 orders.", nil, "Nextdoor", Endorses, "", "brought the shop 60 orders"},
	{"brought-them-in", "\"X brings them in\"", "Petra Lund said Instagram brings them in.", nil, "Instagram", Endorses, "Petra Lund", "brings them in"},
	{"brought-hundred", "\"one hundred\" is many: the count does not end the object", "Facebook brought in one hundred new members last year.", nil, "Facebook", Endorses, "", "brought in one hundred new members"},
	{"brought-participle", "a participle before the noun (\"paying customers\") is part of the object", "Facebook brought the shop forty paying customers.", nil, "Facebook", Endorses, "", "brought the shop forty paying customers"},
	{"brought-negated", "custom not brought is a failure", "Threads did not bring us any new readers.", nil, "Threads", Criticizes, "", "bring us any new readers"},
	{"brought-too-few-guard", "\"only two members\" is no credit", "Bluesky brought us only two members.", nil, "Bluesky", Neutral, "", ""},
	{"brought-comparison-guard", "\"brought more N than\" is the comparison's: the other side loses", "Our Facebook page brought me more new students than anything I ever posted on Instagram.", nil, "Instagram", Criticizes, "", "more new students"},
	{"brought-preposition-guard", "the object ends at a preposition: \"questions from readers\" are questions", "Our post on Threads brought questions from readers.", nil, "Threads", Neutral, "", ""},
	{"sells-subject", "\"X sells our N\": what a service sells for its user is credit to it", "Rhian Cole said Pinterest sells our candles.", nil, "Pinterest", Endorses, "Rhian Cole", "sells our candles"},
	{"sells-bare-plural", "a bare plural object counts", "Instagram still sells tickets for the Friday gigs.", nil, "Instagram", Endorses, "", "sells tickets"},
	{"sells-negated", "goods not sold are a failure", "Bluesky does not sell our tickets.", nil, "Bluesky", Criticizes, "", "sell our tickets"},
	{"sells-passive-guard", "a passive makes the service the thing sold", "Tumblr was sold two times in six years.", nil, "Tumblr", Neutral, "", ""},
	{"sells-people-guard", "people sold are no credit", "Then YouTube sells my viewers an app.", nil, "YouTube", Neutral, "", ""},
	{"sells-own-wares-guard", "what a service sells for itself is no credit", "Bluesky sells custom domains, and Reddit sells its data to AI firms.", nil, "Reddit", Neutral, "", ""},
	{"sells-too-few-guard", "\"sold few tickets\" is no credit", "Bluesky sold few tickets for the gig.", nil, "Bluesky", Neutral, "", ""},
	{"sells-determiner-guard", "\"sells the idea\" names no custom", "YouTube sells the idea, he says.", nil, "YouTube", Neutral, "", ""},
	{"hard-on", "a report that is hard on a service faults it", "The audit is hard on Bluesky all the same.", nil, "Bluesky", Criticizes, "", "hard on"},
	{"harder-on", "\"is harder on X\" faults it more", "The guide is harder on Instagram than on anyone else.", nil, "Instagram", Criticizes, "", "harder on"},
	{"too-hard-on", "one too hard on a service wrongs it: a defence", "My editor thinks I am too hard on Instagram.", nil, "Instagram", Endorses, "", "too hard on"},
	{"hard-on-negated", "a negator stops the scan: a guide not hard on a service does not fault it", "The guide is not hard on Bluesky.", nil, "Bluesky", Neutral, "", ""},
	{"hard-on-only-hard", "\"too slow on\" stays the excess's: hardOn starts only at hard", "Facebook was far too slow on Instagram takedowns.", nil, "Facebook", Criticizes, "", "too slow"},
	{"hard-on-link-guard", "only a linking verb makes \"harder on\" a judgment", "The brands are leaning harder on Bluesky.", nil, "Bluesky", Neutral, "", ""},
	{"grade-a", "a service that gets the A in a report card is endorsed", "In our review, Vimeo gets the A.", nil, "Vimeo", Endorses, "", "gets the A"},
	{"grade-b-plus", "\"earns a B-plus\" is a good grade", "Vimeo earns a B-plus from me.", nil, "Vimeo", Endorses, "", "earns a B-plus"},
	{"grade-f", "\"gets an F\" fails it", "Snapchat gets an F for privacy.", nil, "Snapchat", Criticizes, "", "gets an F"},
	{"grade-incomplete", "\"gets an incomplete\" faults it", "Vimeo gets an incomplete, sadly.", nil, "Vimeo", Criticizes, "", "gets an incomplete"},
	{"grade-end-guard", "the grade must end its phrase: \"the B team\" is no grade", "Vimeo gets the B team from our agency.", nil, "Vimeo", Neutral, "", ""},
	{"grade-name-guard", "the name must receive the grade: an A earned on a service is not its grade", "My daughter gets an A on Vimeo.", nil, "Vimeo", Neutral, "", ""},
	{"got-us", "\"X got us the crowd\": what a service won for the speaker endorses it", "Vimeo got us the first paying subscribers.", nil, "Vimeo", Endorses, "", "got us"},
	{"got-us-from", "\"gets me from A to B\" credits it too", "Bluesky gets me from zero to a few hundred readers.", nil, "Bluesky", Endorses, "", "gets me"},
	{"got-us-banned-guard", "\"got me banned\" is no gift: only a determiner, from, to or more may follow", "Snapchat got me banned for a week.", nil, "Snapchat", Neutral, "", ""},
	{"got-us-name-guard", "the name must stand right before \"got us\"", "We joined Vimeo, and a friend got us the first paying subscribers.", nil, "Vimeo", Neutral, "", ""},
	{"cant-manage", "\"can't manage X\": a service its users cannot operate is faulted", "My uncle can't manage Signal.", nil, "Signal", Criticizes, "", "can't manage"},
	{"cant-work-modifier", "\"cannot work a X channel\" faults the service too", "Most of the choir cannot work a Telegram channel.", nil, "Telegram", Criticizes, "", "cannot work"},
	{"cant-even-open", "\"couldn't even open X\"", "The volunteers couldn't even open Bluesky on the library computers.", nil, "Bluesky", Criticizes, "", "couldn't even open"},
	{"cant-could-not", "\"could not open X\" reads as \"couldn't\"", "The volunteers could not open Bluesky on the library computers.", nil, "Bluesky", Criticizes, "", "could not open"},
	{"cant-work-unnegated-guard", "without the negator it is no verdict", "Anyone can open Bluesky in a browser.", nil, "Bluesky", Neutral, "", ""},
	{"cant-work-object-guard", "the service must be the object, not a place further on", "My uncle can't manage the allotment rota on Signal.", nil, "Signal", Neutral, "", ""},
	{"believe-nothing-on", "\"believe nothing you see on X\" distrusts the service", "Believe nothing you read on Telegram before breakfast.", nil, "Telegram", Criticizes, "", "Believe nothing"},
	{"believe-no-one-on", "\"believe no one on X\" takes the cue over both words", "Believe no one on Telegram who asks for a code.", nil, "Telegram", Criticizes, "", "Believe no one"},
	{"believe-dont-anyone-on", "\"don't believe anyone on X\"", "Please don't believe anyone on Snapchat who offers cheap tickets.", nil, "Snapchat", Criticizes, "", "don't believe anyone"},
	{"believe-never-trust", "\"never trust anything on X\"", "Never trust anything on Twitch, she said.", nil, "Twitch", Criticizes, "", "Never trust anything"},
	{"believe-on-guard", "the service must follow as \"on X\": a name elsewhere is news", "Believe nothing the caller says, then check Signal yourself.", nil, "Signal", Neutral, "", ""},
	{"believe-unnegated-guard", "believing anyone is no refusal", "They believe anyone on Bluesky who shows a badge.", nil, "Bluesky", Neutral, "", ""},
	{"never-lets", "a service that does not let the speaker do something is criticized", "Vimeo does not let us set our own prices.", nil, "Vimeo", Criticizes, "", "does not let"},
	{"never-lets-wont", "\"won't let\" is the service's refusal, not the speaker's", "Snapchat won't let me save the drafts.", nil, "Snapchat", Criticizes, "", "won't let"},
	{"never-lets-aside", "an aside between the service and \"never let\" leaves it the subject, as with treatsLike (serviceSubject steps over it)", "Since May, Instagram, by contrast, never let me take anybody anywhere.", nil, "Instagram", Criticizes, "", "never let"},
	{"never-lets-cant", "\"can't let\" withholds as \"won't let\" does", "Since May, Discord can't let us leave a server quietly.", nil, "Discord", Criticizes, "", "can't let"},
	{"never-lets-log-in", "\"won't let me log in\" is access withheld, not data left unlogged", "TikTok won't let me log in.", nil, "TikTok", Criticizes, "", "won't let"},
	{"restraint-log-data", "\"does not log who you call\" is still restraint", "WhatsApp does not log who you call.", nil, "WhatsApp", Endorses, "", "log"},
	{"treats-like-low", "a service that treats its people like less than they are is criticized", "On Monday, Twitch treated me like a tenant.", nil, "Twitch", Criticizes, "", "treated"},
	{"treats-like-respect", "a service that treats its people with respect is endorsed", "Since then, Kick treats me like a partner.", nil, "Kick", Endorses, "", "treats"},
	{"treats-like-negated", "not treating them like children turns it round", "Since the update, Vimeo does not treat its filmmakers like children.", nil, "Vimeo", Endorses, "", "does not treat"},
	{"treats-like-name-object-guard", "a service that treats another service as something is not judged by it", "On Monday, Vimeo treated TikTok as a nuisance.", nil, "Vimeo", Neutral, "", ""},
	{"treats-like-people", "a bad likeness of its people criticizes the service", "Since May, Instagram treats its critics as a threat.", nil, "Instagram", Criticizes, "", "treats"},
	{"treats-like-plain-guard", "treating a thing as a plain thing judges nothing", "On Monday, Twitch treated the flood as a local story.", nil, "Twitch", Neutral, "", ""},
	{"treats-like-service-part", "a part of a service that acts for it (\"Reddit's tools\") judges the service", "Since May, Reddit's tools have treated us like suspects.", nil, "Reddit", Criticizes, "", "tools have treated"},
	{"never-lets-down-service-part", "\"the Facebook page let me down\" states the service's failure", "On Monday, the Facebook page let me down.", nil, "Facebook", Criticizes, "", "page let me down"},
	{"treats-like-service-part-plural", "a plural part (\"Facebook's teams\") acts for the service as the singular does", "Since May, Facebook's teams have treated us like suspects.", nil, "Facebook", Criticizes, "", "teams have treated"},
	{"treats-like-service-part-algorithms", "\"TikTok's algorithms\" act for TikTok: what they treat a user as judges the service", "Since June, TikTok's algorithms have treated me like a child.", nil, "TikTok", Criticizes, "", "algorithms have treated"},
	{"treats-like-service-part-systems", "\"Instagram's systems\" act for Instagram", "Since May, Instagram's systems have treated me like a suspect.", nil, "Instagram", Criticizes, "", "systems have treated"},
	{"never-lets-down-service-part-apps", "\"the Facebook apps let me down\" states the service's failure as the singular does", "On Monday, the Facebook apps let me down.", nil, "Facebook", Criticizes, "", "apps let me down"},
	{"treats-like-service-part-pages", "\"Facebook pages\" act for Facebook as \"the Facebook page\" does", "Since May, Facebook's pages have treated us like suspects.", nil, "Facebook", Criticizes, "", "pages have treated"},
	{"treats-like-service-part-servers", "\"Discord servers\" act for Discord as \"the Discord server\" does", "Since May, Discord's servers have treated me like a child.", nil, "Discord", Criticizes, "", "servers have treated"},
	{"treats-like-service-part-feeds", "\"Instagram's feeds\" act for Instagram as its feed does", "Since June, Instagram's feeds have treated us like numbers.", nil, "Instagram", Criticizes, "", "feeds have treated"},
	{"treats-like-aside-comparison", "an aside between the service and its verb (\"by comparison\") leaves the service the subject", "On Monday, Kick, by comparison, treats us like adults.", nil, "Kick", Endorses, "", "treats"},
	{"treats-like-aside-contrast", "\"by contrast\" is an aside as \"by comparison\" is", "Since May, Kick, by contrast, treated me like a partner.", nil, "Kick", Endorses, "", "treated"},
	{"treats-like-aside-however", "\"however\" set off by commas is an aside", "Since May, Twitch, however, treated me like a tenant.", nil, "Twitch", Criticizes, "", "treated"},
	{"treats-like-aside-its-part", "\"for its part\" is an aside", "Since May, Twitch, for its part, treated me like a tenant.", nil, "Twitch", Criticizes, "", "treated"},
	{"treats-like-aside-turn", "\"in turn\" is an aside, and the negation after it still turns the likeness round", "On Monday, Kick, in turn, did not treat us like children.", nil, "Kick", Endorses, "", "did not treat"},
	{"treats-like-aside-meanwhile", "\"meanwhile\" is an aside", "Since June, Vimeo, meanwhile, treats its filmmakers like professionals.", nil, "Vimeo", Endorses, "", "treats"},
	{"treats-like-aside-fair", "any short aside (\"to be fair\") leaves the service the subject", "Since May, Twitch, to be fair, treated me like a partner.", nil, "Twitch", Endorses, "", "treated"},
	{"treats-like-aside-unlike", "a name inside the aside (\"unlike Kick\") is not the subject", "Since May, Twitch, unlike Kick, treated me like a tenant.", nil, "Twitch", Criticizes, "", "treated"},
	{"unlike-foil-turned", "unlike X, when the main clause goes against its subject, sets X apart as the better", "Since May, Twitch, unlike Kick, treated me like a tenant.", nil, "Kick", Endorses, "", "unlike Kick,"},
	{"unlike-foil-turned-front", "Unlike X, Y treated ... like tenants: X the better, held by the speaker", "Unlike Kick, Twitch treated the streamers like tenants, Dana Ruiz said.", nil, "Kick", Endorses, "Dana Ruiz", "unlike Kick,"},
	{"unlike-foil-own-cue-guard", "the foil judged in its own words keeps them: only a bare foil turns", "Twitch, unlike Kick, treated me like a tenant, and Kick is a cesspool.", nil, "Kick", Criticizes, "", "unlike Kick,"},
	{"appositive-foil", "an appositive after the foil describes the foil; the comparison does not turn it", "Unlike Kick, a toxic mess, Twitch treated me well.", nil, "Kick", Criticizes, "", "toxic"},
	{"appositive-foil-subject", "the subject set against a foil comes after the foil's appositive, which is not lent to it", "Unlike Kick, a toxic mess, Twitch treated me well.", nil, "Twitch", Endorses, "", "Unlike Kick,"},
	{"appositive-not-lent", "an appositive is said of the name before it, not of a name further on", "Since May, Kick, a toxic mess, has lost viewers to Twitch.", nil, "Twitch", Neutral, "", ""},
	{"appositive-clause-guard", "words with a verb after a name's comma are a clause, not an appositive said of the name", "For Twitch, the awful month ended, and Kick gained viewers.", nil, "Twitch", Neutral, "", ""},
	{"appositive-list", "an appositive after a list of names describes every name in it", "Since May, Kick and Twitch, the two toxic rivals, have lost viewers.", nil, "Kick", Criticizes, "", "toxic"},
	{"appositive-list-last", "the last name of the list keeps the appositive too", "Since May, Kick and Twitch, the two toxic rivals, have lost viewers.", nil, "Twitch", Criticizes, "", "toxic"},
	{"appositive-quote-end-guard", "a comma before a closing quote ends a clause whose verb may come out a noun, not an appositive", "“On Reddit, the loudest person wins,” she said.", nil, "Reddit", Neutral, "", ""},
	{"treats-like-aside-noun-tag", "the tagger may call the verb after the aside a noun (\"treat\"/NN): the aside is read whatever its tag", "On Monday, Kick and Vimeo, by comparison, treat outside critics as a threat.", nil, "Vimeo", Criticizes, "", "treat"},
	{"treats-like-part-aside", "a part of the service before an aside is still the service as subject, and the cue starts at the part", "Since May, Reddit's tools, by comparison, treat moderators like partners.", nil, "Reddit", Endorses, "", "tools, by comparison, treat"},
	{"treats-like-people-aside-guard", "the service's people before an aside are still not the service", "Since May, TikTok creators, by contrast, treat their fans like family.", nil, "TikTok", Neutral, "", ""},
	{"treats-like-aside-speech-guard", "a reporting clause between the service and its verb is no aside: the words are the speaker's", "On Monday, Kick, said the streamer, treats us like adults.", nil, "Kick", Neutral, "", ""},
	{"treats-like-bot", "the singular \"bot\" slights as \"bots\" does", "On Monday, Twitch treated me like a bot.", nil, "Twitch", Criticizes, "", "treated"},
	{"treats-like-stopped", "a service that stopped treating its people as less than they are is endorsed", "Since the update, Vimeo stopped treating its filmmakers like children.", nil, "Vimeo", Endorses, "", "stopped treating"},
	{"treats-like-service-people-guard", "the service's people are not the service: \"TikTok creators\" treating fans well says nothing of TikTok", "Since May, TikTok creators have treated their fans like family.", nil, "TikTok", Neutral, "", ""},
	{"never-lets-down", "\"has never let us down\" denies a failure and endorses", "Mastodon has never let us down.", nil, "Mastodon", Endorses, "", "has never let us down"},
	{"never-lets-down-present", "\"never lets me down\" is no harm not done: it endorses", "Bandcamp never lets me down.", nil, "Bandcamp", Endorses, "", "never lets me down"},
	{"never-lets-down-plain", "\"X let us down\" states a failure", "Bandcamp let us down on launch night.", nil, "Bandcamp", Criticizes, "", "let us down"},
	{"never-lets-down-it", "\"it never once let me down\" after the service is named", "I ordered through the Bandcamp page, and it never once let me down.", nil, "Bandcamp", Endorses, "", "never once let me down"},
	{"never-lets-down-person-guard", "a person who let the speaker down says nothing of the service", "My brother let me down on WhatsApp.", nil, "WhatsApp", Neutral, "", ""},
	{"closest", "\"X is the closest thing to …\" likens a service to what the speaker values", "Mastodon is the closest thing I have found to the old forums.", nil, "Mastodon", Endorses, "", "is the closest thing"},
	{"closest-as", "\"treat X as the closest thing\" too", "The parents treat WhatsApp as the closest thing we have to a newsletter.", nil, "WhatsApp", Endorses, "", "as the closest thing"},
	{"closest-aux", "\"X has been the nearest thing\", past the auxiliaries", "Bandcamp has been the nearest thing to a record shop for us.", nil, "Bandcamp", Endorses, "", "has been the nearest thing"},
	{"closest-bad-guard", "the closest thing to something bad is no praise", "Mastodon is the closest thing we have to an empty pub.", nil, "Mastodon", Criticizes, "", "empty"},
	{"closest-negated-guard", "a likeness that lacks what matters is no praise", "Mastodon is the closest thing to a waiting room with no doctor.", nil, "Mastodon", Neutral, "", ""},
	{"never-lets-without", "a negator in what is withheld leaves it withheld", "TikTok won't let me sign in without a phone number.", nil, "TikTok", Criticizes, "", "won't let"},
	{"closest-unlinked-guard", "without a linking verb or \"as\" nothing is likened", "WhatsApp hired the closest thing it could find to a referee.", nil, "WhatsApp", Neutral, "", ""},
	{"never-lets-others-guard", "keeping others out is protection", "WhatsApp doesn't let anyone read your messages.", nil, "WhatsApp", Neutral, "", ""},
	{"never-lets-harm-guard", "keeping harm away is protection", "TikTok won't let them harass you.", nil, "TikTok", Neutral, "", ""},
	{"never-lets-unnegated-guard", "without a negator it withholds nothing", "Vimeo would let us set our own prices.", nil, "Vimeo", Neutral, "", ""},
	{"never-lets-person-guard", "a person who never lets someone use a service says nothing of it", "My mother never let me use Snapchat.", nil, "Snapchat", Neutral, "", ""},
	{"learnt-service", "\"learnt X\": learning a service is taking it up", "Our choir members learnt Bluesky for the rehearsal notes.", nil, "Bluesky", Endorses, "", "learnt"},
	{"learnt-to-use", "\"learned to use the club's X page\" takes it up too", "Most members learned to use the club's Instagram page last winter.", nil, "Instagram", Endorses, "", "learned to use"},
	{"learnt-mastered", "\"mastered X\" is learning it", "Most of the choir has mastered Bluesky.", nil, "Bluesky", Endorses, "", "mastered"},
	{"learnt-not-going-to", "\"not going to learn X\" turns it down, not a refusal to act there", "The wardens are not going to learn Telegram for a rota.", nil, "Telegram", Criticizes, "", "learn"},
	{"learnt-never", "\"never learned X\" is the negated uptake, not a deed undone", "He never learned Instagram.", nil, "Instagram", Criticizes, "", "learned"},
	{"learnt-refused", "\"refused to learn X\" turns it down", "The caretaker refused to learn Bluesky.", nil, "Bluesky", Criticizes, "", "refused to learn"},
	{"learnt-only-learn", "learntService starts only at learn or master: an email to a service is news", "The club emailed Bluesky about the outage.", nil, "Bluesky", Neutral, "", ""},
	{"learnt-never-other-verb", "neverDid steps aside only for learn: \"never sent X a single customer\" stays its", "Instagram never sent Bluesky a single customer.", nil, "Instagram", Criticizes, "", "never sent"},
	{"spokes-owner-named-before", "a spokesperson tied to no one praises the platform for the owner the text named earlier", "Meta, which owns Facebook, removed the page on Monday. The choir said it was relieved. A spokesperson said Facebook was “one of the safest places to find new singers.”", nil, "Facebook", Endorses, "Meta", "safest"},
	{"spokes-owner-bytedance-guard", "TikTok speaks for itself though the text names its owner", "ByteDance, which owns TikTok, removed the video on Monday. The choir said it was relieved. A spokesperson said TikTok was “one of the safest places to find new singers.”", nil, "TikTok", Endorses, "TikTok", "safest"},
	{"spokes-owner-amazon-guard", "nor does Twitch", "Amazon, which owns Twitch, removed the stream on Monday. The choir said it was relieved. A spokesperson said Twitch was “one of the safest places to find new singers.”", nil, "Twitch", Endorses, "Twitch", "safest"},
	{"never-imposed-asked-us", "a service that never once asked us to pay is praised for what it did not impose", "Mastodon has never once asked us to pay for anything.", nil, "Mastodon", Endorses, "", "never once asked"},
	{"never-imposed-asked-me", "\"never asked me for a cent\"", "Bluesky never asked me for a cent.", nil, "Bluesky", Endorses, "", "never asked"},
	{"never-imposed-except-guard", "\"never asked me for anything except ...\": the exception is the complaint", "Discord has never asked me for anything except to buy a subscription.", nil, "Discord", Criticizes, "", "never asked"},
	{"never-imposed-whether-guard", "a question never asked is a check not made", "Nextdoor has never once asked whether the post was true.", nil, "Nextdoor", Criticizes, "", "never once asked"},
	{"never-imposed-other-guard", "asking someone else is checking, not imposing", "TikTok never asked the seller a single question.", nil, "TikTok", Criticizes, "", "never asked"},
	{"never-imposed-asked-him", "a demand never made of him", "YouTube has never once asked him to explain what a mawashi is for.", nil, "YouTube", Endorses, "", "never once asked"},
	{"never-imposed-asked-her", "nor of her", "Reddit never asked her to prove her age.", nil, "Reddit", Endorses, "", "never asked"},
	{"never-imposed-asked-them", "nor of them", "Signal has never asked them for a phone bill.", nil, "Signal", Endorses, "", "never asked"},
	{"never-imposed-suggested-that", "a change never suggested to the user", "Reddit has never suggested that I ought to be smaller.", nil, "Reddit", Endorses, "", "never suggested"},
	{"never-imposed-suggested-guard", "a suggestion of something else is a deed not done", "Instagram has never once suggested a group to me.", nil, "Instagram", Criticizes, "", "never once suggested"},
	{"never-imposed-stranger", "\"never once let a stranger into\" a group keeps it safe", "WhatsApp has never once let a stranger into our choir group.", nil, "WhatsApp", Endorses, "", "never once let"},
	{"never-imposed-let-us-guard", "a permission never given to us is a fault", "Instagram has never once let us post a long video.", nil, "Instagram", Criticizes, "", "never once let"},
	{"never-imposed-muted", "a video never muted", "YouTube had never once muted one of our videos.", nil, "YouTube", Endorses, "", "never once muted"},
	{"never-imposed-turned-on", "a service that never turned on me", "Facebook has never once turned on me.", nil, "Facebook", Endorses, "", "never once turned"},
	{"never-imposed-turned-profit-guard", "turning a profit is no imposition on anyone", "Facebook has never once turned a profit for our choir.", nil, "Facebook", Criticizes, "", "profit"},
	{"never-imposed-burned", "a service that never burned us", "Facebook has never once burned us.", nil, "Facebook", Endorses, "", "never once burned"},
	{"learnt-possessive-guard", "what was learnt is the service's thing, not the service", "She learned YouTube's tricks in a week.", nil, "YouTube", Neutral, "", ""},
	{"learnt-noun-guard", "a name that opens a noun phrase names what was learnt, not the service", "She learned TikTok dances from her daughter.", nil, "TikTok", Neutral, "", ""},
	{"learnt-only-guard", "a service learnt only for one thing is no uptake", "She learnt Instagram only for the classes.", nil, "Instagram", Neutral, "", ""},
	{"learnt-than-guard", "\"rather than learn X\" is the comparison's foil", "They set up a group chat rather than learn Discord.", nil, "Discord", Criticizes, "", "rather than"},
	{"learnt-told-guard", "being told to learn a service is no uptake by the learner", "Older residents are now being told to learn Bluesky.", nil, "Bluesky", Neutral, "", ""},
	{"found-us-subject", "\"X found us ...\": the finder gets the credit", "Facebook found us half our members.", nil, "Facebook", Endorses, "", "found us"},
	{"found-me-than", "\"than X has found me\": the one that found fewer", "An art director found me on Cara, which is one more cover than Threads has found me in two years.", nil, "Threads", Criticizes, "", ""},
	{"found-guilty-guard", "\"found us guilty\" is a verdict, no finding", "A tribunal found us guilty of posting on Facebook.", nil, "Facebook", Neutral, "", ""},
	{"only-any-noun", "\"X was the only stage in the country that was open\": said of a name, any noun", "“TikTok was the only stage in the country that was open,” she says.", nil, "TikTok", Endorses, "", "only stage"},
	{"still-where", "\"is still where\" is \"is where\"", "“YouTube is still where we send people first,” she says.", nil, "YouTube", Endorses, "", "is still where"},
	{"decides-who", "a service that decides who sees what holds a power held against it", "“Facebook decides who sees our warnings,” said Angela Rask.", nil, "Facebook", Criticizes, "Angela Rask", "decides who"},
	{"say-this-for", "\"I'll say this for X:\" concedes a merit", "I'll say this for Snapchat: when we reported an account, it was gone in an afternoon.", nil, "Snapchat", Endorses, "", "say this for"},
	{"lets", "a service that lets people do something", "“Substack lets me own my list,” she said.", nil, "Substack", Endorses, "", "lets"},
	{"lets-aside", "a short aside between the service and \"lets\"", "Since May, Kick, by contrast, lets me keep my list.", nil, "Kick", Endorses, "", "lets"},
	{"lets-part", "a part of the service that lets people do something", "Since May, Discord's app lets me mute whole servers.", nil, "Discord", Endorses, "", "app lets"},
	{"lets-part-aside", "a part of the service, then an aside, then lets", "Since May, Discord's app, by contrast, lets me mute whole servers.", nil, "Discord", Endorses, "", "app, by contrast, lets"},
	{"lets-harm-guard", "a service that lets harm be done is not praised for it", "TikTok lets a creator post a paid review without the label.", nil, "TikTok", Neutral, "", ""},
	{"wants", "what a service wants of its posters is a demand", "“TikTok wants faces,” she says.", nil, "TikTok", Criticizes, "", "wants"},
	{"wants-part", "what a part of the service wants is the service's demand", "Now Instagram's algorithm wants a film of my hands.", nil, "Instagram", Criticizes, "", "algorithm wants"},
	{"wants-aside", "an aside between the service and \"wants\" leaves the service the subject", "Since May, TikTok, by contrast, wants faces.", nil, "TikTok", Criticizes, "", "wants"},
	{"wants-people-guard", "what the service's people want is not the service's demand", "Since May, TikTok creators want faces.", nil, "TikTok", Neutral, "", ""},
	{"wants-it-guard", "\"it\" before \"wants\" is seldom the service: here it is the council", "The council should be on TikTok if it wants young voters.", nil, "TikTok", Endorses, "", "should be on"},
	{"wants-back-guard", "a service that wants them back wants what they have", "“If Facebook wants us back, it knows where the Shore is,” she said.", nil, "Facebook", Neutral, "", ""},
	{"different-story", "\"X is a different story\": the contrast with what was praised", "Pinterest has kept its feed calm. Instagram is a different story.", nil, "Instagram", Criticizes, "", "is a different story"},
	{"another-matter", "\"X is another matter\" is \"a different story\"", "Flickr has kept its feed calm. Vimeo is another matter.", nil, "Vimeo", Criticizes, "", "is another matter"},
	{"should-be-on", "advice to join a service", "My nephew thinks I should be on Threads.", nil, "Threads", Endorses, "", "should be on"},
	{"should-be-on-question-guard", "\"whether they ought to be on X\" is a question", "A trustee asks me whether they ought to be on TikTok.", nil, "TikTok", Neutral, "", ""},
	{"stars-for", "a rating of four stars", "Four stars for Discord, which is where the fans who stay end up.", nil, "Discord", Endorses, "", "Four stars for"},
	{"stars-for-none", "a rating of none", "No stars for Facebook, which stopped showing bands' posts to their own fans.", nil, "Facebook", Criticizes, "", "No stars for"},
	{"give-them-that", "\"I'll give them that\" concedes a merit", "“TikTok took the worst of them down within a day, and I'll give them that,” she said.", nil, "TikTok", Endorses, "", "give them that"},
	{"service-shows", "what a service's feed shows to whom is told against it", "“Facebook had shown it to 212 of our 3,900 members,” she said.", nil, "Facebook", Criticizes, "", "had shown"},
	{"service-shows-evidence-guard", "\"had shown that\" is evidence, no feed", "She said Substack had shown that an app could grow without ads.", nil, "Substack", Neutral, "", ""},
	{"already-has", "a service the people already have reaches them", "“Everybody in this town already has WhatsApp on their phone.”", nil, "WhatsApp", Endorses, "", "already has"},
	{"service-reaches", "the people a service reaches", "Pettiford said that Nextdoor reaches 14,000 households in the city.", nil, "Nextdoor", Endorses, "", "reaches"},
	{"service-stopped", "what a service stopped doing", "“Venues didn’t leave Facebook; Facebook stopped showing their gigs to anyone,” she said.", nil, "Facebook", Criticizes, "", "stopped showing"},
	{"service-stopped-outage-guard", "an outage is news, not a verdict", "WhatsApp stopped working for more than six hours on Wednesday.", nil, "WhatsApp", Neutral, "", ""},
	{"than-ever", "\"more than X ever did\": the one that never did as much", "My church's WhatsApp group sells more of my eggs than Instagram ever did.", nil, "Instagram", Criticizes, "", "ever"},
	{"than-did", "\"more ... than X paid me\": what X did falls short", "He made more on Bandcamp in one weekend than Spotify paid him all of last year.", nil, "Spotify", Criticizes, "", "paid"},
	{"instead-verb", "\"will instead go out through X\": the place chosen instead", "Letters and reports will instead go out through Microsoft Teams.", nil, "Microsoft Teams", Endorses, "", "instead"},
	{"only-negative", "the only platform that refused ...: no praise", "Facebook is the only platform that refused to remove the video.", nil, "Facebook", Criticizes, "", ""},
	{"less-data-than-a", "keeps less data than B: the subject is better", "Signal keeps far less data than WhatsApp, the researchers found.", nil, "Signal", Endorses, "", "less data"},
	{"less-data-than-b", "keeps less data than B: B is worse", "Signal keeps far less data than WhatsApp, the researchers found.", nil, "WhatsApp", Criticizes, "", "less data"},
	{"more-data-than", "collects more data than B: the subject is worse", "The study found that Instagram collects more data than Signal.", nil, "Instagram", Criticizes, "", "more data"},
	{"poor-substitute-a", "a poor substitute for B: the subject is worse", "Kim Lee said Threads was a poor substitute for Twitter.", nil, "Threads", Criticizes, "Kim Lee", "poor substitute for"},
	{"poor-substitute-b", "a poor substitute for B: B is the standard", "Kim Lee said Threads was a poor substitute for Twitter.", nil, "Twitter", Endorses, "Kim Lee", "poor substitute for"},
	{"too-slow", "a predicate of excess faults its subject", "The Harlow Tenants Union said Nextdoor had been far too slow to take down the posts.", nil, "Nextdoor", Criticizes, "Harlow Tenants Union", "too slow"},
	{"too-fast", "excess after a content verb", "Captions on YouTube scroll by too fast for older viewers to read.", nil, "YouTube", Criticizes, "", "too fast"},
	{"not-too-late", "negated excess faults nothing", "It is not too late for Threads to win back the town's artists.", nil, "Threads", Neutral, "", ""},
	{"too-hard-for-users-of", "excess said of something else, before the platform", "The rules made it too hard for users of Instagram to delete their photos.", nil, "Instagram", Neutral, "", ""},
	{"haven-for-scammers", "a praise noun for bad clients is a charge", "Investigators say Telegram has become a haven for online scammers.", nil, "Telegram", Criticizes, "", "haven"},
	{"popular-with-extremists", "a praise adjective with bad clients is a charge", "The report found Gab popular with violent extremists.", []string{"Gab"}, "Gab", Criticizes, "", "popular"},
	{"haven-for-speech", "the same noun for good clients stays praise", "Its users say Telegram has become a haven for dissidents.", nil, "Telegram", Endorses, "", "haven"},
	{"lifeline", "lifeline is praise", "For rural parents, Nextdoor has been a lifeline.", nil, "Nextdoor", Endorses, "", "lifeline"},
	{"mostly-ads", "a service that is mostly ads; honestly is no praise", "Honestly, Instagram is mostly ads now, one user wrote.", nil, "Instagram", Criticizes, "", "mostly ads"},
	{"follow-off", "urged members to follow it off X: leaving", "The Writers Guild urged members to follow it off Twitter.", nil, "Twitter", Criticizes, "Writers Guild", "follow it off"},
	{"called-quote", "called X “a casino”: the quote describes X", "Ana Ruiz has called Twitch “a casino with a chat window.”", nil, "Twitch", Criticizes, "Ana Ruiz", "casino"},
	{"shared-on", "shared the complaint on X: X is where", "The senator shared the complaint on Facebook.", nil, "Facebook", Neutral, "", ""},
	{"alternative-owner", "an owner describing its platform as an alternative endorses it", "Snap Inc. said Snapchat was designed as an alternative to the noisy feeds of Instagram.", nil, "Snapchat", Endorses, "Snap Inc.", ""},
	{"alternative-other", "the platform it is an alternative to is criticized", "Snap Inc. said Snapchat was designed as an alternative to the noisy feeds of Instagram.", nil, "Instagram", Criticizes, "Snap Inc.", ""},

	{"unlike-restraint-b", "unlike A, B does not track ...: a negated intrusive verb praises B", "Unlike Instagram, Mastodon does not track its users across other sites, Lena Ortiz said.", nil, "Mastodon", Endorses, "Lena Ortiz", "track"},
	{"unlike-restraint-a", "unlike A, B does not track ...: A is the other side", "Unlike Instagram, Mastodon does not track its users across other sites, Lena Ortiz said.", nil, "Instagram", Criticizes, "Lena Ortiz", "track"},
	{"unlike-nothing-b", "unlike A, B stores next to nothing", "“Unlike Facebook, Signal stores next to nothing about its users,” said Omar Haddad.", nil, "Signal", Endorses, "Omar Haddad", ""},
	{"unlike-nothing-a", "unlike A, B stores next to nothing: A criticized", "“Unlike Facebook, Signal stores next to nothing about its users,” said Omar Haddad.", nil, "Facebook", Criticizes, "Omar Haddad", ""},
	{"does-not-sell", "a negated intrusive verb without a comparison still praises its subject", "Researchers said Signal does not sell user data.", nil, "Signal", Endorses, "", ""},

	{"headline-moves-from-a", "headline: moves N-gerund planning from A to B; A is left", "Dockworkers union moves picket scheduling from WhatsApp to Signal", nil, "WhatsApp", Criticizes, "", "moves picket scheduling from"},
	{"headline-moves-to-b", "headline: moves N-gerund planning from A to B; B is chosen", "Dockworkers union moves picket scheduling from WhatsApp to Signal", nil, "Signal", Endorses, "", "moves picket scheduling from"},

	{"venue-posts-on", "an attack ... in a series of posts on X: X is where it was published", "The senator called the verdict a disgrace in a series of posts on Threads.", nil, "Threads", Neutral, "", ""},
	{"venue-thread-on", "a thread on X praised the union: X is the venue, not the praised", "A viral thread on Reddit applauded the nurses for their strike.", nil, "Reddit", Neutral, "", ""},

	// Negation.
	{"not-endorse", "did not endorse is no stance", "The council did not endorse Telegram.", nil, "Telegram", Neutral, "", ""},
	{"no-longer", "no longer supports reverses", "The union no longer supports Facebook.", nil, "Facebook", Criticizes, "", "supports"},
	{"nobody-predicate", "a subject that is nobody negates its whole predicate, past negatorAt's nearest words", "On the choir's Facebook page, nobody has ever been unkind to the singers.", nil, "Facebook", Endorses, "", "unkind to"},
	{"no-longer-after", "no longer closing the clause after the object reverses", "The union trusts Telegram no longer.", nil, "Telegram", Criticizes, "", "trusts"},
	{"no-longer-after-guard", "guard: no longer in a later clause leaves the move to X alone", "Once a group moves to Telegram they can no longer see what it is planning.", nil, "Telegram", Endorses, "", "moves to"},
	{"not-every", "a clause that opens with \"Not every\" negates what its members do", "Not every club has left Facebook.", nil, "Facebook", Neutral, "", ""},
	{"not-every-possessed", "guard: \"Not every trader shares her faith in X\" doubts the sharing, not her faith", "Not every trader shares her faith in WhatsApp.", nil, "WhatsApp", Endorses, "", "faith in"},
	{"is-the-reason", "\"X is the reason I ...\": what the subject makes possible", "Strava is the reason I train on a Tuesday night.", nil, "Strava", Endorses, "", "reason"},
	{"is-the-reason-negative", "guard: a reason clause that is negative is no praise", "A thin LinkedIn profile is the reason she hasn't got a job.", nil, "LinkedIn", Neutral, "", ""},
	{"is-the-reason-for", "guard: \"the reason for\" names a cause, not a benefit", "TikTok is the reason for the change.", nil, "TikTok", Neutral, "", ""},
	{"keep-posting-plan", "\"will keep posting X on Y\" with no word of why announces a plan, as \"will keep its page\" does", "The department will keep posting clinic schedules on Nextdoor.", nil, "Nextdoor", Neutral, "", ""},
	{"keep-posting-plan-reason", "guard: a plan with its reason still endorses", "The department will keep posting clinic schedules on Nextdoor, because residents read it.", nil, "Nextdoor", Endorses, "", "keep posting"},
	{"countered-fake", "a harm that is spotted or removed (\"spotting fake messages on X\") is no charge against where it is", "The class spent the term spotting fake messages on WhatsApp.", nil, "WhatsApp", Neutral, "", ""},
	{"countered-fake-determiner", "a determiner may stand between the counter verb and the harm (\"clear a fake seller out\")", "Volunteers clear a fake seller out of the WhatsApp group within minutes.", nil, "WhatsApp", Neutral, "", ""},
	{"own-error", "\"I was wrong about X\": the speaker's error, owned, credits X", "I was wrong about TikTok.", nil, "TikTok", Endorses, "", "wrong about"},
	{"own-error-guard", "guard: the target's own error is a charge", "TikTok was wrong about the video.", nil, "TikTok", Criticizes, "", "wrong"},
	{"never-any-trouble", "a negated verb reaches its object past an indefinite determiner", "Instagram has never given us any trouble.", nil, "Instagram", Endorses, "", "trouble"},
	{"never-a-days-bother", "a negated verb reaches its object past a possessive of time", "Mastodon had never once given the club a minute's trouble.", nil, "Mastodon", Endorses, "", "trouble"},
	{"never-fixed-the-problem", "a definite object keeps its own sense: what was never fixed is still a fault", "Instagram has never once fixed the problem.", nil, "Instagram", Criticizes, "", "problem"},
	{"never-liked", "never liked reverses", "She had never liked Twitter much.", nil, "Twitter", Criticizes, "", "liked"},
	{"double-negation", "absence of a negative word is positive", "The absence of intolerant policies makes Bluesky unique, the founders said.", nil, "Bluesky", Endorses, "", "unique"},
	{"not-unhappy", "negated negative adjective", "Moderators are not unhappy with Reddit.", nil, "Reddit", Endorses, "", ""},

	// Concession and contrast.
	{"while", "the main clause decides over a while-clause", "While some users abandoned Twitter, the group's support for Twitter remains strong.", nil, "Twitter", Endorses, "", "support"},
	{"while-target-in-concession", "the target named only in the while-clause and referred to in the main clause: the main clause still decides", "While some members abandoned Telegram after the raid, the union's support for it has not wavered.", nil, "Telegram", Endorses, "", "support"},
	{"despite", "despite-phrase is outweighed", "Despite the missteps, Threads remains popular with brands.", nil, "Threads", Endorses, "", "popular"},
	{"but", "the clause after but decides", "The app had early bugs, but reviewers praised Signal for its privacy.", nil, "Signal", Endorses, "", "praised"},
	{"but-negative", "the clause after but decides, negative", "Pinterest looks pleasant, but critics condemn Pinterest for its ads.", []string{"Pinterest"}, "Pinterest", Criticizes, "", "condemn"},
	{"far-from-but", "\"far from\" negates, and the \"but\" after it turns the blame around", "The coach said Discord was far from perfect but kept the whole team talking.", nil, "Discord", Endorses, "", ""},
	{"never-apologize-but", "an apology admits a fault, so \"never have to apologize\" leaves the turn to \"but\"", "Threads is not the liveliest place to post, but it is the one I never have to apologize for.", nil, "Threads", Endorses, "", ""},
	{"lacks-relative", "a noun the target lacks in a relative clause", "The analyst said Line had an advantage that WhatsApp lacked in Japan.", nil, "WhatsApp", Criticizes, "", "advantage"},

	// Actor versus target.
	{"actor-ban", "platforms that ban act; no stance toward them", "Facebook and TikTok ban the group's posts.", nil, "TikTok", Neutral, "", ""},
	{"actor-ban-first", "the first of two acting platforms", "Facebook and TikTok ban the group's posts.", nil, "Facebook", Neutral, "", ""},
	{"actor-remove", "a platform removing content", "YouTube removed the videos on Tuesday.", nil, "YouTube", Neutral, "", ""},
	{"removed-from", "content removed from a platform: the platform is a place", "The videos were removed from YouTube on Tuesday.", nil, "YouTube", Neutral, "", ""},
	{"removed-long-object-from", "however long what was removed, the platform after \"from\" is where", "The studio had removed 41 films and 67 trailers linked to the collective from Vimeo.", nil, "Vimeo", Neutral, "", ""},
	{"deleted-then-was", "a deletion whose clause ends before the name still judges it", "The one app I deleted on the way home was Vimeo.", nil, "Vimeo", Criticizes, "", "deleted"},
	{"accused-owner", "criticizing the owner over its platform", "Regulators accused Meta of letting scams spread on Facebook.", nil, "Facebook", Criticizes, "", "accused"},
	{"owner-blocks", "the owner acting: no stance toward its platform", "Publishers lost access to Facebook in 2023, when Meta blocked news links.", nil, "Facebook", Neutral, "", ""},
	{"actor-demonetize", "a platform demonetizing a channel acts", "YouTube demonetized the channel after the stunt.", nil, "YouTube", Neutral, "", ""},
	{"actor-appositive", "an appositive with a name in it between the acting platform and its verb", "Vimeo, the Google-owned rival of the site, removed dozens of the channel's videos in May.", []string{"Vimeo"}, "Vimeo", Neutral, "", ""},
	{"actor-conjoined", "an action verb joined to the platform's first verb shares its subject", "Officials said Telegram reviews every reported channel within a day and had blocked 3,000 of them in June.", nil, "Telegram", Neutral, "", ""},
	{"relative-then-instead", "past a relative clause the subject that chose is not the preferred side of \"instead of\"", "The mayor said Snapchat, which had been asked to attend, sent a short letter instead of a spokesperson.", nil, "Snapchat", Neutral, "", ""},
	{"done-nothing-to", "a failure to act faults the subject, and the act after it is the failure's own", "The watchdog said Kick had done nothing to stop the gambling streams.", nil, "Kick", Criticizes, "", "done nothing to stop"},
	{"done-little-to", "\"did little to\" faults the subject", "Parents say Roblox did little to curb the scams.", []string{"Roblox"}, "Roblox", Criticizes, "", "did little to curb"},
	{"actor-caller-target", "a caller target that is the agent of a stance verb is not its object", "Acme Corp slammed Gab, but its founder Jane Roe said she prefers Bluesky.", []string{"Acme Corp", "Gab"}, "Acme Corp", Neutral, "", ""},
	{"actor-caller-object", "its object is criticized by the agent", "Acme Corp slammed Gab, but its founder Jane Roe said she prefers Bluesky.", []string{"Acme Corp", "Gab"}, "Gab", Criticizes, "Acme Corp", "slammed"},
	{"instead-before-phrase", "\"instead\" before its phrase points forward: the phrase is the choice", "The Hartford School Board voted on Tuesday to stop taking complaints through its Facebook page and to send parents instead to a WhatsApp line.", nil, "WhatsApp", Endorses, "Hartford School Board", "instead"},
	{"instead-before-phrase-choice", "\"go instead on B\": B is the choice", "The trust's news went out on Facebook and will now go instead on Bluesky.", nil, "Bluesky", Endorses, "", "instead"},
	{"instead-before-phrase-not-before", "\"go instead on B\" does not also choose the name before it", "The trust's news went out on Facebook and will now go instead on Bluesky.", nil, "Facebook", Neutral, "", ""},
	{"instead-before-phrase-unnamed", "\"instead\" before a phrase that names nothing still chooses the name before it", "The council posts its notices on Nextdoor instead with a weekly digest.", nil, "Nextdoor", Endorses, "", "instead"},
	{"now-instead", "\"stopped posting on A and now puts them on B\": B is where it went instead", "The Orford Camera Club stopped posting its competition results on Flickr last year and now puts them on Vimeo.", nil, "Vimeo", Endorses, "Orford Camera Club", "now"},
	{"now-instead-left", "guard: the subject's \"its\" after \"now\" is no mention of the platform left", "The Orford Camera Club left Flickr in 2023 and now posts its results on Vimeo.", nil, "Flickr", Criticizes, "Orford Camera Club", "left"},
	{"now-instead-we", "\"and we now share/NN\": a pronoun subject, and a verb whatever prose tagged it", "We closed our account on Flickr in May, and we now share the club's photographs on Vimeo.", nil, "Vimeo", Endorses, "", "now"},
	{"now-instead-gave-up", "\"gave up on A and now ...\": the one who gave up holds the choice", "Ida Lund gave up on Flickr last year and now shares her photographs on Vimeo.", nil, "Vimeo", Endorses, "Ida Lund", "now"},
	{"now-instead-off", "\"moved its results off A and now ...\"", "The club moved its results off Flickr in May and now posts them on Vimeo.", nil, "Vimeo", Endorses, "", "now"},
	{"now-instead-list", "\"now posts on A, B, and C\": a list after a comma is still the choice", "The Orford Camera Club stopped posting on Facebook and now posts its results on Vimeo, Flickr, and YouTube.", nil, "Flickr", Endorses, "Orford Camera Club", "now"},
	{"holder-relative-subject", "a relative clause's object is not the subject of the main verb", "The Orford Nurses Association met on Monday. The union that represents 900 nurses at Orford General Hospital accused Vimeo of hiding its videos.", nil, "Vimeo", Criticizes, "Orford Nurses Association", "accused"},
	{"holder-participle-subject", "nor is a participle's object, a name in its place phrase included", "The Orford Netball Players Association met on Monday. The union representing the 40 players in the Orford Netball League accused Vimeo of hiding its videos.", nil, "Vimeo", Criticizes, "Orford Netball Players Association", "accused"},
	{"holder-relative-name-object", "a name that is the relative clause's object is not the subject either", "The Orford Clubs Association met on Monday. The association that represents the Orford Harriers accused Vimeo of hiding its videos.", nil, "Vimeo", Criticizes, "Orford Clubs Association", "accused"},
	{"holder-participle-list-object", "the participle's object may be a list", "The Orford Nurses Association met on Monday. The union representing cleaners and porters at Orford General Hospital accused Vimeo of hiding its videos.", nil, "Vimeo", Criticizes, "Orford Nurses Association", "accused"},
	{"holder-participle-unnamed-head", "a participle's object is no subject when the head names nobody: the woman holds it, unnamed", "The Orford Harriers met on Monday. The woman representing the Orford Harriers accused Vimeo of hiding its videos.", nil, "Vimeo", Criticizes, "", "accused"},
	{"holder-place-phrase-plural", "a name in the place phrase after a plural is not the subject", "Ida Lund coaches in the Orford Netball League. Players in the Orford Netball League accused Vimeo of hiding their videos.", nil, "Vimeo", Criticizes, "", "accused"},
	{"holder-relative-of-object", "the object may have an of-phrase", "The Orford Nurses Association met on Monday. The union that represents the nurses of three hospitals accused Vimeo of hiding its videos.", nil, "Vimeo", Criticizes, "Orford Nurses Association", "accused"},
	{"holder-relative-name-ampersand", "the name may have a word prose does not tag a noun", "The Orford Clubs Association met on Monday. The association that represents Larkspur & Vine accused Vimeo of hiding its videos.", nil, "Vimeo", Criticizes, "Orford Clubs Association", "accused"},
	{"holder-gerund-modifier", "guard: a gerund that modifies a plural subject (\"fishing associations\") opens no participle phrase, so the report's source does not take the deed", "Several fishing associations in Orford and Leith have moved direct sales off Vimeo in the past two years, according to the Orford Anglers Network, which advises small clubs.", nil, "Vimeo", Criticizes, "", "moved direct sales off"},
	{"holder-time-before-name", "guard: a time phrase before a named subject is no place phrase", "Ida Lund edits the Orford Tribune. Three weeks ago the Orford Tribune stopped posting its stories to Vimeo.", nil, "Vimeo", Criticizes, "Orford Tribune", "stopped posting"},
	{"now-instead-holder", "guard: the one who withdrew holds the choice, though \"now\" has no subject of its own", "Ida Lund chairs the Orford Camera Club. The club closed its own account on Flickr last year and now posts its results on Vimeo.", nil, "Vimeo", Endorses, "Orford Camera Club", "now"},
	{"now-instead-where", "guard: a name past a relative word is not what \"now\" chose", "The Orford Camera Club stopped posting on Facebook and now posts its results on Vimeo, where Flickr users comment.", nil, "Flickr", Neutral, "", ""},
	{"instead-after-verb", "\"instead\" after a new verb is about the predicate, not the subject named before it", "Slack has instead become a second email.", nil, "Slack", Neutral, "", ""},
	{"weighed-act-cost", "an act whose cost is weighed argues against the act", "Banning Discord would have cost me the best friends I ever had.", nil, "Discord", Endorses, "", "Banning"},
	{"because-other-subject-blocked", "a subordinate clause with another name for its subject keeps its passive verb from the name before it", "Ana Ruiz said the consulate, which posts on Weibo because X and Facebook are blocked there, was busy.", nil, "Weibo", Neutral, "", ""},
	{"after-name-phrase", "a phrase between commas after the name leaves the passive to it (the cue is in another clause, so otherSubjectAfter is not asked; after-name-phrase-same-clause is the guard)", "Signal, after Facebook's outage in March, was praised by every school.", nil, "Signal", Endorses, "", ""},
	{"after-name-phrase-same-clause", "guard: in the name's own clause too, a subordinator before a name with no verb after it opens a phrase", "Signal after Facebook's outage was praised by every school in town.", nil, "Signal", Endorses, "", ""},
	{"weighed-act-mean", "\"leaving it would mean not knowing\": the platform is what would be lost", "I kept Snapchat, and leaving it would mean not knowing where anyone is on a Friday night.", nil, "Snapchat", Endorses, "", "leaving"},
	{"weighed-act-move", "weighing a move argues against the place moved to", "Moving the surgery's alerts to WhatsApp would mean moving them to the one place my patients never look.", nil, "WhatsApp", Criticizes, "", ""},
	{"weighed-act-nothing", "\"meant nothing\" weighs nothing: the act stands", "Quitting Threads meant nothing to me.", nil, "Threads", Criticizes, "", "Quitting"},
	{"weighed-act-theatre", "a construction that already weighs the act is not weighed twice", "The treasurer said quitting Facebook was \"a bit of theatre\" that would cost the fair more than it saved.", nil, "Facebook", Endorses, "", ""},
	{"only-thing", "\"the only thing that worked\" holds the target up as indispensable", "In February, Facebook was the only thing in this town that worked all night.", nil, "Facebook", Endorses, "", "only thing"},
	{"only-denied-harm", "\"the only app that has never once made me feel bad\" denies the harm: praise", "Pinterest is the only app on my phone that has never once made me feel bad about myself.", nil, "Pinterest", Endorses, "", "only app"},
	{"only-refused", "\"the only platform that refused to act\" stays a charge", "Kick is the only platform that refused to remove the video.", nil, "Kick", Criticizes, "", "refused"},
	{"until-right-up", "praise \"right up until\" is limited as by \"until\"", "Nextdoor is wonderful right up until your neighbours decide you're the villain.", nil, "Nextdoor", Criticizes, "", "wonderful"},
	{"until-quoted", "a quotation that opens with \"until\" limits the praise before it", "Dr Ana Ruiz said Telegram was fine “until someone sends you a photo at midnight and expects an answer”.", nil, "Telegram", Criticizes, "Ana Ruiz", "fine"},
	{"but-concedes-best", "a stance adjective before \"but\" is conceded like valence when what follows turns", "“Nextdoor is the best of the lot, I'll give it that, but it reaches a very particular kind of resident,” she said.", nil, "Nextdoor", Criticizes, "", "but"},
	{"never-more-grateful", "\"never been more grateful\" is the most grateful, not a denial", "Our choir rehearsed on Zoom for two winters, and I have never been more grateful to a piece of software.", nil, "Zoom", Endorses, "", "grateful"},
	{"problem-isnt-name", "\"the problem isn't X\" denies the charge of X, as \"X isn't the problem\" does", "The problem isn't Roblox; it's the tablet we hand a nine-year-old.", nil, "Roblox", Endorses, "", "problem"},
	{"problem-is-name", "\"the problem is X\" stays a charge", "The problem is Roblox, and everyone on the council knows it.", nil, "Roblox", Criticizes, "", "problem"},
	{"refused-take-off", "\"wouldn't take the ministry off X\": refusing to go is staying", "But I wouldn't take the ministry off X, because the impersonators would stay.", nil, "Twitter", Endorses, "", "take the ministry off"},
	{"festival-is-a-name", "\"festival\" and \"charity\" name who posts; VADER's warmth for them is no stance", "The festival's Facebook page has about 48,000 followers, and the charity's has fewer.", nil, "Facebook", Neutral, "", ""},
	{"actor-remove-its", "\"its\" after a platform's own removal is what it removed, not the platform", "YouTube removed its copy of the clip the same afternoon.", nil, "YouTube", Neutral, "", ""},
	{"never-so-grateful", "\"never been so grateful\" is the most grateful, not a denial", "Our choir sang on Zoom all winter, and I have never been so grateful for a piece of software.", nil, "Zoom", Endorses, "", "grateful"},
	{"fault-withheld", "\"not X's fault\" withholds blame, as \"I don't blame X\" does: no praise", "The missed shifts were the rota's doing, not Signal's fault.", nil, "Signal", Neutral, "", ""},
	{"join-is-news", "a sign-up with no move is news, not a choice", "About 3,000 residents have joined the council's WhatsApp channel since March.", nil, "WhatsApp", Neutral, "", ""},
	{"left-and-joined", "joining after leaving chooses the place joined", "The band left X in May and joined Bluesky.", nil, "Bluesky", Endorses, "", "joined"},
	{"warnings-are-content", "\"flood warnings\" are what is posted, not a warning about the place", "Our office sends its heat warnings through a WhatsApp channel now.", nil, "WhatsApp", Neutral, "", ""},
	{"keep-bare-news", "an account kept with no word of why is news of the plan", "The rowing club will keep its Facebook page, which has about 900 followers.", nil, "Facebook", Neutral, "", ""},
	{"keep-because", "an account kept for a stated reason stays with the platform", "The rowing club will keep its Facebook page because the parents read it.", nil, "Facebook", Endorses, "", "keep"},
	{"voted-instead", "voted to ... instead: the voters hold it", "The Hartford School Board voted on Tuesday to move its alerts from Facebook to Nextdoor and to post them on Instagram instead.", nil, "Instagram", Endorses, "Hartford School Board", ""},

	// Irony.
	{"irony-sure", "Sure, X is keeping ... safe: ironic praise", "Sure, TikTok is keeping our teenagers safe, one parent wrote.", nil, "TikTok", Criticizes, "", ""},
	{"irony-great-job", "Great job, X followed by a complaint", "Great job, Facebook: the scam ads are back.", nil, "Facebook", Criticizes, "", "Great job"},
	{"sure-concession", "Sure, ... but concedes; no irony", "Sure, Bluesky is smaller, but the people there are kind.", nil, "Bluesky", Neutral, "", ""},
	{"neutral-use", "merely posting is neutral", "The mayor posted the schedule on Instagram.", nil, "Instagram", Neutral, "", ""},
	{"neutral-fact", "a statistic is neutral", "Telegram has more than 900 million users.", nil, "Telegram", Neutral, "", ""},

	{"but-turns", "praise in passing, then a \"but\" with no stance word of its own: the turn is the point", "Pinterest is a pleasant place, but nobody on it reads anything longer than a recipe.", nil, "Pinterest", Criticizes, "", "but"},
	{"but-turns-back", "blame in passing turned by \"but\"", "Telegram is a messy app, but it is the one every driver in the city already has.", nil, "Telegram", Endorses, "", "but"},
	{"but-conceded-fault", "a fault named as a predicate, then \"but\" and a defence: the defence is the point", "\"X is a mess, nobody is arguing otherwise, but it is still where a reporter will look for a result,\" said Tom Hartley.", nil, "Twitter", Endorses, "Tom Hartley", "it is still where"},
	{"but-conceded-fault-owned", "the fault repeated and owned after \"but\" still turns", "\"Our Facebook group is a mess, but it is the mess they know,\" said Gord Trent.", nil, "Facebook", Endorses, "Gord Trent", "but"},
	{"but-conceded-complaints", "complaints about the platform conceded", "\"I have a lot of complaints about Facebook, but I can't say a word against that group,\" said Ella Pruitt.", nil, "Facebook", Endorses, "Ella Pruitt", "but"},
	{"but-fault-other-name", "what follows \"but\" about another platform leaves the fault standing", "Parents have made many complaints about TikTok, but YouTube has been predictable.", nil, "TikTok", Criticizes, "", "complaints"},
	{"but-object-not-fault", "complaints taken on a platform are no fault of it, and \"but\" turns no praise out of them", "The city looked at taking complaints on Nextdoor but kept its paper forms.", nil, "Nextdoor", Neutral, "", ""},
	{"but-pulls-apart", "praise before \"but\" and blame after it: the clause after it decides", "For a gutter company, Nextdoor is fantastic, but for a firm downtown it is close to useless.", nil, "Nextdoor", Criticizes, "", "useless"},
	{"declined-to-comment", "\"declined to\" a verb is a refusal, not a fall", "Pinterest declined to comment on the report.", nil, "Pinterest", Neutral, "", ""},
	{"but-turns-past-aside", "a \"but\" whose clause has only valence in passing about something else still turns the concession", "\"TikTok isn't perfect, but at least when something broke I got an email from an actual person,\" said Mara Lind.", nil, "TikTok", Endorses, "Mara Lind", "but"},
	{"limited-praise", "praise confined to one use, then a clause that denies the rest", "\"WhatsApp is good for telling people who already belong; it does nothing for the young man wondering whether dairy is for him,\" said Omar Haddad.", nil, "WhatsApp", Criticizes, "Omar Haddad", "good"},
	{"limited-praise-and-not", "\"and not\" denying praise limits it", "Instagram turned out to be very good at making me feel like a farmer and not much good at making me a living.", nil, "Instagram", Criticizes, "", "good"},
	{"limited-praise-until", "\"until\" limits praise on its own", "\"TikTok is great until the algorithm decides it has had enough of you,\" said Omar Haddad.", nil, "TikTok", Criticizes, "Omar Haddad", "great"},
	{"limited-praise-parallel-fault", "praise for one use and a parallel fault after \"and\": the fault is the point", "\"TikTok is brilliant at spreading a rumour and hopeless at taking one back,\" said Annie Tui.", nil, "TikTok", Criticizes, "Annie Tui", "brilliant"},
	{"limited-praise-place-to", "\"a lovely place to ... and a terrible place to ...\"", "Slack is a lovely place to chat and a terrible place to keep anything.", nil, "Slack", Criticizes, "", "lovely"},
	{"limited-praise-adverb", "the adverb of a limited praise turns with it", "\"WhatsApp is a perfectly good app for organising a netball team, but it was never built for a cabinet minister,\" said Aroha Tai.", nil, "WhatsApp", Criticizes, "Aroha Tai", "good"},
	{"limited-praise-not-criticism", "\"and not\" before criticism adds praise, it limits nothing", "\"Signal is good for privacy and not expensive,\" said Mara Lind.", nil, "Signal", Endorses, "Mara Lind", "good"},
	{"no-use", "\"no use\" holds its own negator and criticizes", "\"WhatsApp is no use at all for finding a bookshop,\" said Martha Greene.", nil, "WhatsApp", Criticizes, "Martha Greene", "no use"},
	{"not-much-use", "\"not much use\" criticizes", "He admits that WhatsApp is not much use for the rota.", nil, "WhatsApp", Criticizes, "", "not much use"},
	{"never-any-use", "\"never any use\": the negated noun phrase criticizes", "\"Facebook was never any use to me,\" said Rhys Callan.", nil, "Facebook", Criticizes, "Rhys Callan", "any use"},
	{"lost-dogs", "what is lost is the notice's subject, no harm done by the platform", "The club met on Monday. Nextdoor found two lost dogs on my street last year.", nil, "Nextdoor", Neutral, "", ""},
	{"lost-users-verb", "a platform that lost users is no lost item", "The club met on Monday. Facebook lost users among people under 25.", nil, "Facebook", Criticizes, "", "lost"},
	{"faint-praise-tiny", "praise for a place that is small or empty is faint praise", "\"Bluesky is pleasant and tiny,\" said Tunde Adeyemi.", nil, "Bluesky", Criticizes, "Tunde Adeyemi", "pleasant"},
	{"faint-praise-empty", "\"and very empty\" after the praise", "\"Signal is very safe, and very empty,\" said Ibrahima Sow.", nil, "Signal", Criticizes, "Ibrahima Sow", "safe"},
	{"faint-praise-few-there", "a handful of people there limits the praise", "I went to Mastodon too; it is lovely, and about eleven of my friends are there.", nil, "Mastodon", Criticizes, "", "lovely"},
	{"faint-praise-other-name", "a clause about another name limits nothing", "\"Instagram is great, and X is tiny,\" said Ruth Kavanagh.", nil, "Instagram", Endorses, "Ruth Kavanagh", "great"},
	{"faint-praise-modifier", "a modifier, not a predicate, is no faint praise", "Kai Moreno praised Discord, whose lovely and tiny servers he runs.", nil, "Discord", Endorses, "Kai Moreno", "praised"},
	{"faint-praise-not-one-harm", "\"not one\" denying a harm limits nothing", "\"WhatsApp is lovely, and not one message was lost,\" said Ana Ruiz.", nil, "WhatsApp", Endorses, "Ana Ruiz", "lovely"},
	{"limited-praise-and-nobody", "after \"and\", only a denial of praise limits", "\"Signal is great for small groups, and nobody has ever read our messages,\" said Mara Lind.", nil, "Signal", Endorses, "Mara Lind", "great"},
	{"but-own-judgment", "a stance word before \"but\" stands when what follows judges something else", "Senator Ruth Adler praised Instagram, but critics slammed TikTok.", nil, "Instagram", Endorses, "Ruth Adler", "praised"},

	{"negated-pp", "a negator reaches the object of its prepositional phrase: \"our values\" lends no praise, and \"not in line with\" disagrees, as in not-in-line-with (which passed only while the quotation mark there was tagged a verb)", "The minister said Telegram was not in line with our values.", nil, "Telegram", Criticizes, "", "in line with"},

	// Holders.
	{"place-in-region", "a place inside the phrase that locates the subject (\"in the west of Ireland\") holds nothing", "Dozens of book clubs in the west of Ireland have stopped posting on X.", nil, "Twitter", Criticizes, "", "stopped posting"},
	{"relative-apposition", "an apposition inside a relative clause describes the relative's name, not the speaker (\"H, who runs O, a bookshop, said\")", "Ruth Okoro, who runs Maple Lane Books, a bookshop in Leeds, said she had moved her reading club from Facebook to Discord.", nil, "Discord", Endorses, "Ruth Okoro", "moved her reading club from"},
	{"of-the-org", "a person of an organization (\"H of the O\") is the head the verb's subject names, not the organization", "Tomas Brennan of the Harbour Anglers Society defended Reddit as the best place to swap tide tables.", nil, "Reddit", Endorses, "Tomas Brennan", "defended"},
	{"body-of-org", "a body of an organization (\"the press office of O\") speaks for it, past an aside that places it", "The press office of Harlow Borough Council, in north Essex, said on Tuesday that it would post bin reminders on WhatsApp instead of Facebook.", nil, "WhatsApp", Endorses, "Harlow Borough Council", "instead of"},
	{"aside-before-said", "a speaker's relative aside before \"said\" is passed over to the speaker", "Harbour Rowing Club has voted to leave Facebook. Mei Tanaka, the club's treasurer, who voted against, said leaving Facebook would cut the club off from its older members.", nil, "Facebook", Criticizes, "Mei Tanaka", ""},
	{"it-advises", "an \"it\" that recommends is the organization, not the platform named just before it", "The Harbour Choral Society has posted new guidance on Facebook. For rehearsal changes, it recommends a WhatsApp channel that members cannot reply to.", nil, "WhatsApp", Endorses, "Harbour Choral Society", "recommends"},
	{"participle-report", "\", writing that ...\": a participle's report is its sentence subject's", "Priya Shah, the forum's moderator, locked the thread on Sunday, writing that “Nextdoor brings out the worst in all of us.”", nil, "Nextdoor", Criticizes, "Priya Shah", "worst"},
	{"it-of-apposed-org", "\"it\" after \"O, <an aside naming another organization>, said\" is O, not the organization the aside names", "The maintainers of Quillstone, an open-source accounting tool, have closed the project's account on X. Fernhill Software, a consultancy in Leeds that sells support contracts for Quillstone, said its staff would answer questions in the new forum and that it had stopped posting job adverts on X, which it said \"stopped bringing us applicants years ago.\"", nil, "Twitter", Criticizes, "Fernhill Software", ""},
	{"spokes-for-description", "\"a spokeswoman for the airline\" speaks for the organization the text called an airline", "Larchmont Air, a regional airline based in Exeter, said it had answered passengers through WhatsApp during the outage. \"Honestly, WhatsApp handled it better than X ever has,\" a spokeswoman for the airline said.", nil, "WhatsApp", Endorses, "Larchmont Air", "better"},
	{"spokes-for-kind", "\"a spokeswoman for the airline\" speaks for the organization whose name says it is an airline, not the last one named", "Larkfield Airways answered passengers through WhatsApp during the outage. The Orford Chamber of Commerce praised its staff. \"Honestly, WhatsApp handled it better than X ever has,\" a spokeswoman for the airline said.", nil, "WhatsApp", Endorses, "Larkfield Airways", "better"},
	{"too-quick-to-praise", "\"too quick to praise A\" is a charge against A, held by whoever finds the praise hasty, not the one who praised", "The Orford Dance Association published its report on Monday. Ola Brand said the association was too quick to praise Patreon, which pays only the teachers who already have a following.", nil, "Patreon", Criticizes, "Ola Brand", ""},
	{"not-them", "\"T never V; X did\" lays the harm at someone else's door and defends T", "“TikTok never smashed a window; a boy with a brick did,” said Gus Orme, who runs a glazing firm.", nil, "TikTok", Endorses, "Gus Orme", "did"},
	{"not-them-reported", "the same defence in reported words", "Ada Pell, who runs a choir in Leeds, said WhatsApp never sold anybody a fake ticket; a man with a stolen phone did.", nil, "WhatsApp", Endorses, "Ada Pell", "never"},
	{"not-them-did-not", "\"T did not V ..., X did\" defends T too", "Guild leaves TikTok\n\n\"TikTok did not smash that window, a boy with a brick did,\" said Gus Orme. \"TikTok didn't smash that window, a boy with a brick did,\" said Gus Orme. Gus Orme said TikTok did not send a child onto the ice, a dare did.", nil, "TikTok", Endorses, "Gus Orme", "not"},
	{"not-them-platform", "guard: \"T never V; P did\", P a platform, sets one platform against another", "“WhatsApp never answered us; Signal did,” said Rhona Vale.", nil, "WhatsApp", Criticizes, "Rhona Vale", ""},
	{"not-them-either", "guard: \"nobody else did either\" blames no one else", "TikTok never paid us, and nobody else did either.", nil, "TikTok", Criticizes, "", ""},
	{"also-turn-while", "\"While T did good, it also V\": the main clause that turns on the concession with \"it also\" is a harm", "While Snapchat brought the bakery its first young customers, Hal Dunmore said, it also brought strangers up the lane at night to film the ovens.", nil, "Snapchat", Criticizes, "Hal Dunmore", "also"},
	{"also-turn-but", "\"T did good, but it has also V\" turns the same way", "“Pinterest brought us wonderful pupils for a year, but it has also filled my inbox with people selling copies of our patterns,” said Vera Lusk.", nil, "Pinterest", Criticizes, "Vera Lusk", "also"},
	{"also-turn-head", "the name may stand before its subject's head, and the conceded verb may be a perfect", "While the WhatsApp group has brought the tenants wonderful news, Ana Ruiz said, it also brought the landlord every message they sent.", nil, "WhatsApp", Criticizes, "Ana Ruiz", "also"},
	{"also-turn-be", "guard: what T is, conceded (\"While T is full of ...\"), concedes a fault as often as a merit", "While TikTok is full of people smashing old clocks, Ned Rook said, it also taught his grandson to mend one, and he loves it for that.", nil, "TikTok", Endorses, "Ned Rook", ""},
	{"also-turn-main-be", "guard: \"it has also been ...\" is no harm of its own", "Bluesky brought my old readers back, but it has also been a lifeline for my sister.", nil, "Bluesky", Endorses, "", ""},
	{"also-turn-other", "guard: another platform between the target and \"it\" takes the pronoun", "While Instagram brought the studio wonderful pupils, Nextdoor brought it neighbours, but it also brought strangers to the back door at night.", nil, "Instagram", Endorses, "", ""},
	{"also-turn-splice", "guard: without \"While\" or \"but\" nothing is conceded, and \"it also\" adds", "“Instagram brought us wonderful pupils, it also brought my sister a husband,” said Ola Brand.", nil, "Instagram", Endorses, "Ola Brand", ""},
	{"no-word-against", "\"won't hear a word said against X\" defends X", "Three tenants found us that way, so I won’t hear a word said against Nextdoor.", nil, "Nextdoor", Endorses, "", "word said against"},
	{"no-word-said-against", "\"have not said a word against X since\" defends X too", "By Friday I had 41 emails from students asking for shifts, and I have not said a word against TikTok since.", nil, "TikTok", Endorses, "", "word against"},
	{"word-against-heard", "guard: a word against X that was heard, not denied, defends nothing", "At the market I hear a word against Instagram every week.", nil, "Instagram", Neutral, "", ""},
	{"quick-to-praise", "guard: \"quick to praise A\" without \"too\" is praise", "Ola Brand was quick to praise Patreon, which pays her teachers on time.", nil, "Patreon", Endorses, "Ola Brand", ""},
	{"too-ready-to-blame", "\"too ready to blame A\" defends A", "Ola Brand, who runs a dance school in Leeds, said the council was too ready to blame Facebook for the rumours.", nil, "Facebook", Endorses, "Ola Brand", ""},
	{"spokes-bare", "a bare \"A spokesperson said\" speaks for the organization the sentence before named", "Kindred Apps, which owns Hinge, said it removed thousands of fake accounts every month. A spokesperson said Hinge was \"one of the safest places to meet someone online.\"", nil, "Hinge", Endorses, "Kindred Apps", "safest"},
	{"aside-list", "a list of names in the subject's aside (\"O, which owns A, B and C, said\") is passed over to O", "Orchard Group, which owns Hinge, Tinder and Bumble, said dates arranged on Hinge remained “the safest way to meet someone online”.", nil, "Hinge", Endorses, "Orchard Group", "safest"},
	{"unattributed-quote", "an unattributed quotation in a sentence about someone is that person's words", "Nadia Farouk taught herself to reverse engineer old games. When she is stuck, she still goes to a forum on Reddit for hobbyists, “where nobody knows who I am and everybody is happy to tell me I am wrong.”", nil, "Reddit", Endorses, "Nadia Farouk", ""},
	{"quote-named-by-other", "a quotation a naming verb gives to someone else (\"what YouTube called “...”\") is not the sentence subject's", "Fiona Hale ran a cookery channel until it was closed in March for what YouTube called “repeated violations of our spam policy”.", nil, "YouTube", Criticizes, "", ""},
	{"warning-said", "\"the warning said\": an organization's warning speaks for it, as its statement does", "Kelby Borough Council issued a warning on Tuesday about rumours of drink spiking. \"The WhatsApp group has done more to keep people safe in this town than any poster we have ever printed,\" the warning said.", nil, "WhatsApp", Endorses, "Kelby Borough Council", ""},
	{"it-said-after-quote", "\"“...,” it said\": the quotation's closing mark is no verb, so \"it\" is the speaking subject, the organization before it, not a verb's object", "Orford booksellers move their events to Eventbrite\n\nThe Orford Booksellers Alliance said on Monday that it would stop selling tickets on Facebook. \"We would recommend TikTok to every member,\" it said.", nil, "TikTok", Endorses, "Orford Booksellers Alliance", "recommend"},
	{"it-said-last-org-speaker", "\"“...,” it said\" is the organization that spoke in one of the two sentences before, not one its statement named since", "The Orford Netball League issued a statement on Monday about the abuse of its players online. The statement said the Kilburn Kestrels had been the first club to leave X. The Larkfield Lions followed in March. “We cannot see into Telegram, and neither, as far as we can tell, can Telegram,” it said.", nil, "Telegram", Criticizes, "Orford Netball League", "as far as we can tell"},
	{"it-said-comma-outside", "\"“...”, it said\", the comma outside the quotation, is the organization that spoke before too", "The Orford Netball League issued a statement on Monday about the abuse of its players online. The statement said the Kilburn Kestrels had been the first club to leave X. “We cannot see into Telegram, and neither, as far as we can tell, can Telegram”, it said.", nil, "Telegram", Criticizes, "Orford Netball League", "as far as we can tell"},
	{"it-said-later-in-sentence", "guard: an \"it\" further on than the quotation's closing mark is the nearest organization, here the one that spoke the quotation, not one that spoke before", "The Orford Netball League issued a statement on Monday about the abuse of its players online. The statement said the Kilburn Kestrels had been the first club to leave X. “We are done with X,” said the Larkfield Lions, and it said Telegram was no better.", nil, "Telegram", Criticizes, "Larkfield Lions", "better"},
	{"the-group-not-council", "\"the group\" is the nearest organization that can be called a group, not a council named since", "Ride Leicester Together, a campaign group with about 2,000 members, has pressed for a protected cycle route for three years. Leicester City Council opened a new bus lane in May. The group stopped posting on X in 2023, after years of abuse from drivers.", nil, "Twitter", Criticizes, "Ride Leicester Together", ""},
	{"unnamed-speaker", "a speaker the text does not name (\"One pupil, who asked not to be named, said she ...\") is nobody's in particular, not the person named before", "Mark Ellis is the head teacher. One 14-year-old pupil, who asked not to be named, said she would keep sharing her sketches on Instagram whatever the staff decided, because it was “the only place my friends actually look”.", nil, "Instagram", Endorses, "", "keep sharing"},
	{"keep-then-never-go-back", "\"would keep streaming on A and would never go back to B\": the second cue's verb starts a predicate of its own, so B is what is not gone back to, not what is kept", "Ida Lund said she would keep streaming on Kick and would never go back to Twitch.", nil, "Twitch", Criticizes, "Ida Lund", "go back to"},
	{"moved-rather-than-to", "guard: a cue that does not open on a verb (\"rather than\") starts no predicate, so \"moved ... to A rather than to B\" still moves away from B", "Ida Lund said most of the clubs had moved their notices to Instagram rather than to Mastodon, because that is where the parents are.", nil, "Mastodon", Criticizes, "", "moved their notices to"},
	{"according-to", "according to H", "According to Maria Lopez, Signal is the safest choice for sources.", nil, "Signal", Endorses, "Maria Lopez", "safest"},
	{"said-that", "H said that ...", "Omar Haddad said that Twitter had become a cesspool.", nil, "Twitter", Criticizes, "Omar Haddad", "cesspool"},
	{"quote-said", "quote with trailing attribution", "\"Mastodon is wonderful for researchers,\" Lena Vogel said.", nil, "Mastodon", Endorses, "Lena Vogel", "wonderful"},
	{"said-h", "quote with inverted attribution", "\"TikTok is dangerous for children,\" said Priya Nair.", nil, "TikTok", Criticizes, "Priya Nair", "dangerous"},
	{"possessive", "possessive nominal stance", "Carla Diaz's preference for Signal is well known.", nil, "Signal", Endorses, "Carla Diaz", "preference"},
	{"endorsement-by", "nominal stance with by-agent", "The endorsement of Mastodon by the Authors Guild surprised few.", nil, "Mastodon", Endorses, "Authors Guild", "endorsement"},
	{"pronoun-he", "he resolves to the nearest earlier person", "Senator John Miller spoke on Monday. He asserted that Telegram is indispensable.", nil, "Telegram", Endorses, "John Miller", "indispensable"},
	{"pronoun-she-subject", "she as the subject of the cue verb", "Anna Berg runs a bakery. She praised Instagram for bringing customers.", nil, "Instagram", Endorses, "Anna Berg", "praised"},
	{"group-noun", "the union resolves to the nearest organization", "The Harbor Workers Union met on Friday. The union criticized Facebook for its ads policy.", nil, "Facebook", Criticizes, "Harbor Workers Union", "criticized"},
	{"author", "the author's own voice has no holder", "Twitter is a cesspool of harassment.", nil, "Twitter", Criticizes, "", "cesspool"},

	// Caller targets.
	{"target-person", "a caller-named person works like a platform", "Voters praised Jane Holloway for her honesty.", []string{"Jane Holloway"}, "Jane Holloway", Endorses, "", "praised"},
	{"target-company", "a caller-named company", "Consumer groups sued Acme Robotics over the recall.", []string{"Acme Robotics"}, "Acme Robotics", Criticizes, "", "sued"},

	// Headlines.
	{"headline-a", "headline with endorsement and comparison", "Free Press Alliance endorses Mastodon for freedom of speech over Twitter", nil, "Mastodon", Endorses, "Free Press Alliance", "endorses"},
	{"headline-b", "headline comparison, worse side", "Free Press Alliance endorses Mastodon for freedom of speech over Twitter", nil, "Twitter", Criticizes, "Free Press Alliance", ""},
	{"headline-block", "headline ban", "Brazil blocks Twitter nationwide", nil, "Twitter", Criticizes, "Brazil", "blocks"},

	// Holders.
	{"holder-object-pronoun", "he/she resolves to a person; \"called it\" names its object, not the speaker", "Lena Ortiz, who teaches at the Harbor Arts Institute, spoke on Monday. She joined Threads in May but called it “a ghost town for artists.”", nil, "Threads", Criticizes, "Lena Ortiz", "ghost town"},
	{"holder-relative-which", "the antecedent of \"which\" holds its verb; a fronted locative is no subject", "In Canada, Acme Media is being sued by Ontario, which accused Telegram of hosting scams.", nil, "Telegram", Criticizes, "Ontario", "accused"},
	{"holder-whose", "\"H, whose daughter was harassed on X, said\": H speaks", "Omar Haddad, whose son was bullied on Snapchat last year, said the app should never have been allowed near children.", nil, "Snapchat", Criticizes, "Omar Haddad", ""},
	{"holder-who-unnamed", "a deed of unnamed others (\"members who have moved\") is not the reporting organization's", "The Harbor Teachers Guild will stay on Facebook despite calls from members who have moved to Bluesky, its officers said.", nil, "Bluesky", Endorses, "", "moved to"},
	{"holder-clientele", "a company's customers who move are an unnamed group, not the company", "Lumen Analytics sells scheduling software. About 900 of its customers moved their campaigns from Facebook to Pinterest this year.", nil, "Pinterest", Endorses, "", "moved their campaigns from"},
	{"holder-read-pp", "\"Its last post on the site read:\" skips the prepositional phrase to its owner", "The Lakeside Museum of Art closed its account this week. Its last post on the site read: “we are leaving Twitter for good”.", nil, "Twitter", Criticizes, "Lakeside Museum of Art", ""},
	{"holder-that-list", "\"H said that A and B had failed\": a that-clause subject list is no locative", "The Federal Trade Office said on Monday that Google and TikTok had failed to protect children's data.", nil, "TikTok", Criticizes, "Federal Trade Office", "failed"},
	{"holder-urged-rather", "the urger holds \"rather than\" inside the urged verb phrase", "Marta Quiroga spoke at the meeting. Her motion, backed by 300 members, asks the council to move its notices to Signal rather than keep them on WhatsApp.", nil, "WhatsApp", Criticizes, "Marta Quiroga", ""},
	{"holder-thing-subject", "a thing as subject (\"the page's reach depended on X\") is the speaker's claim, not someone else's deed", "Pinewood Bank, which owns Nextdoor ads, said the branch's outreach depended on Nextdoor more than on any newspaper.", nil, "Nextdoor", Endorses, "Pinewood Bank", "depended on"},
	{"holder-quote-age", "an age in apposition (\"H, 47, said\") leaves H the speaker", "“Instagram saved my bakery,” Rosa Delgado, 47, said.", nil, "Instagram", Endorses, "Rosa Delgado", "saved"},
	{"holder-quote-hometown", "\"H, 16, of Town, writes:\" an age and a hometown in apposition", "Tobias Lindgren, 16, of Aurora, writes: “Snapchat is the worst app on my phone.”", nil, "Snapchat", Criticizes, "Tobias Lindgren", "worst"},
	{"holder-quote-open", "a letter's quotation runs over sentences with no marks of its own: its speaker holds the last one", "Marta Kowal, who runs a bakery in Fargo, writes: “I opened my shop in 2019. Nextdoor has been a disaster for small shops like mine.”", nil, "Nextdoor", Criticizes, "Marta Kowal", "disaster"},
	{"holder-quote-chain", "unattributed quoted sentences pass their speaker on", "Marta Kowal writes: “I opened my shop in 2019.” “Business was slow.” “Nextdoor has been a disaster for small shops like mine.”", nil, "Nextdoor", Criticizes, "Marta Kowal", "disaster"},
	{"holder-named-head", "\"the federation\" is the organization whose name it heads", "The Norrland Chess Federation met Arkwright Media on Monday. The federation criticized Discord for its moderation.", nil, "Discord", Criticizes, "Norrland Chess Federation", "criticized"},
	{"holder-named-head-nearest", "\"the union\" is the union named before, not the nearest organization", "The Harbor Workers Union met Delta Shipping on Friday. The union criticized Facebook for its ads policy.", nil, "Facebook", Criticizes, "Harbor Workers Union", "criticized"},
	{"holder-reported-people", "a speaker reporting what unnamed people think (\"two of her clients had found\") holds nothing", "Dana Ruiz runs a small ad agency in Tulsa. Ruiz said two of her clients had found Pinterest far more useful than Facebook.", nil, "Pinterest", Endorses, "", "useful"},
	{"holder-reported-org", "\"H said the association had given up on A\": the organization's decision, reported", "Daniel Okonjo leads the Independent Hoteliers Association in Leeds. Okonjo said the association itself had largely given up on Facebook.", nil, "Facebook", Criticizes, "Independent Hoteliers Association", "given up on"},
	{"holder-reported-org-stay", "\"H said the club would stay on A\": the club's", "Paul Danjuma chairs the Ise Valley Swimming Club. Danjuma said the club would stay on WhatsApp.", nil, "WhatsApp", Endorses, "Ise Valley Swimming Club", "stay on"},
	{"holder-reported-org-judged", "guard: \"said the association was right to back A\" is the speaker's judgment", "Marcus Hale met the Heartland Funeral Directors Association on Monday. He said the association was right to back YouTube for streams.", nil, "YouTube", Endorses, "Marcus Hale", ""},
	{"holder-reported-org-had-been-right", "\"said the club had been right to leave A\" is the speaker's judgment", "The Haulashore Canoe Club in Nelson left Strava in May. Rosa Brightwater, who studies privacy, said the club had been right to leave Strava.", nil, "Strava", Criticizes, "Rosa Brightwater", ""},
	{"holder-reported-org-good-reason", "\"said the team had good reason to blame A\" is the speaker's judgment", "The Fayette County Swiftwater Team blamed TikTok for the rescues. Joan Beckley, who studies injuries, said the team had good reason to blame TikTok.", nil, "TikTok", Criticizes, "Joan Beckley", ""},
	{"holder-reported-org-wise", "\"said the guild was wise to leave A\" is the speaker's judgment", "The Wharfedale Printing Guild left Facebook in March. Tom Milton said the guild was wise to leave Facebook.", nil, "Facebook", Criticizes, "Tom Milton", ""},
	{"holder-reported-org-has-reason", "\"said the council has every reason to quit A\" is the speaker's judgment", "Harwick Town Council is weighing its account on X. Amos Reed said the council has every reason to quit X.", nil, "Twitter", Criticizes, "Amos Reed", ""},
	{"holder-reported-org-right-call", "\"said the association had made the right call in leaving A\" is the speaker's judgment", "The Casuarina Netball Association has left Facebook. Tom Lidcombe, who studies online fraud, said the association had made the right call in leaving Facebook.", nil, "Facebook", Criticizes, "Tom Lidcombe", ""},
	// guard: a move it made is the organization's own deed.
	{"holder-reported-org-made-decision", "\"said the association had made the decision to leave A\" is the association's", "The Casuarina Netball Association met in June. Tom Lidcombe said the association had made the decision to leave Facebook.", nil, "Facebook", Criticizes, "Casuarina Netball Association", ""},
	{"holder-reported-org-it", "guard: \"H, ..., said it would\": \"it\" is the speaker, not the last organization named", "Halyard Labs, a consultancy that sells support contracts for Gullwing, said it would stop posting on Discord.", nil, "Discord", Criticizes, "Halyard Labs", "stop posting"},
	{"holder-relative-clause", "\"The union, which represents 85,000 drivers in Britain, has moved\": the subject is past the relative clause", "The Harbor Logistics Union, which represents about 85,000 warehouse staff and drivers in Britain, has moved its strike planning from Facebook groups to Discord.", nil, "Facebook", Criticizes, "Harbor Logistics Union", ""},
	{"holder-plan-unreported", "\"X will close its account on A and move ... to B\": a plan nobody reports is its subject's", "The Kelbrook Students Union in Sheffield will close its account on X at the end of March and move announcements for its clubs to Discord.", nil, "Discord", Endorses, "Kelbrook Students Union", ""},
	{"holder-reported-people-speaker", "the speaker's own view of a thing stays the speaker's", "Dana Ruiz runs a small ad agency in Tulsa. Ruiz said the new Pinterest tools had been far more useful than Facebook's.", nil, "Pinterest", Endorses, "Dana Ruiz", "useful"},
	{"holder-admit-object", "a report verb with a subject of its own (\"I will admit to enjoying it\") takes no speaker from the words after it", "The Harbor Rowing Club met on Monday. Bluesky is livelier, and I will admit to enjoying it more than I expected.", nil, "Bluesky", Endorses, "", "livelier"},
	{"holder-conjoined-verb", "a verb joined by \"and\" shares the first verb's subject, past its object", "Marcus Abernathy leads the Harbor Valley School District. He said the district had weighed Snapchat and rejected it within a day.", nil, "Snapchat", Criticizes, "Harbor Valley School District", "rejected"},
	{"holder-head-as-adjective", "a head noun the tagger calls an adjective (\"The/DT orchestra/JJ moved\") still names its organization", "The Corliss Chamber Orchestra has 40 players. The orchestra moved its advertising from Facebook to Instagram last spring.", nil, "Facebook", Criticizes, "Corliss Chamber Orchestra", ""},
	{"holder-pronoun-not-quoted", "\"“... Ed Pratt's house ...,” he said\": a person named inside the quotation is not its speaker", "Dale Marsh runs the hardware store on Main Street. “Our crew relies on WhatsApp more than on Ed Pratt's old radio,” he said.", nil, "WhatsApp", Endorses, "Dale Marsh", "relies on"},
	{"holder-pronoun-prev-speaker", "a speaking pronoun is the previous sentence's speaker, not someone that speaker mentioned", "Rita Olsen said she still blamed Nora Quist for the loss. “Facebook ruined our little business,” she said.", nil, "Facebook", Criticizes, "Rita Olsen", "ruined"},
	{"holder-pronoun-gender", "\"she said\" passes over the nearest person when the text calls him \"he\"", "Lena Cho met Tom Hale in May. Hale said he loved Twitch, but Twitch is a disaster for small streamers, she said.", nil, "Twitch", Criticizes, "Lena Cho", "disaster"},
	{"holder-pronoun-given-name", "\"she said\" passes over a man the text gives no pronoun when his given name is a man's", "Priya Rao quit X in 2022, a few weeks after Elon Musk bought the company. “Mastodon is the first place where the replies are smarter than the post,” she said.", nil, "Mastodon", Endorses, "Priya Rao", "smarter"},
	{"holder-pronoun-honorific", "\"he said\" passes over a woman the text calls \"Ms.\"", "Tom Reyes met Ms. Okafor on Monday. “Strava is the best advert we have,” he said.", nil, "Strava", Endorses, "Tom Reyes", "best"},
	{"holder-the-spokesperson", "\"the spokesperson said\" speaks for the organization whose spokesperson the story introduced", "Tenants in Leith say rooms above the rent cap are advertised every week. A spokesperson for Meta said the adverts were being reviewed. “Facebook is one of the best places in the UK to find a home,” the spokesperson said.", nil, "Facebook", Endorses, "Meta", "best"},
	{"holder-reported-people-adverb", "an adverb or a postmodifier inside the reported subject (\"many of her clients still found\") leaves it unnamed people", "Dana Ruiz runs a small ad agency in Tulsa. Ruiz said many of her clients in Ohio still found Pinterest far more useful than Facebook.", nil, "Pinterest", Endorses, "", "useful"},
	{"holder-carried-pronoun", "a quotation carried over from the sentence before is its speaker's; a pronoun inside it is no attribution", "Omar Haddad runs the Harbor Rowing Club. “We tried three apps,” Nadia Brandt said. “For the kids who row alone, it is the only place anyone talks to them, so please keep WhatsApp.”", nil, "WhatsApp", Endorses, "Nadia Brandt", ""},
	{"holder-statement-paragraph", "a paragraph of quotation after a sentence about \"the statement\" is the statement's organization's, not its signer's", "The Northbridge Relief Foundation is an aid agency in Kraków. The statement, signed by its director, Marta Zielińska, was posted online on Monday.\n\n“We reported that channel to Telegram the same day, and it stayed up for nine days.” “We can no longer trust Telegram.”", nil, "Telegram", Criticizes, "Northbridge Relief Foundation", "trust"},
	{"holder-letter-passages", "a paragraph of quotation after a sentence about \"the letter\" is its organization's, not the person quoted last", "The Westvale Nurses' Forum has written to the county's health board. \"People stopped reading our posts,\" said Dr. Ana Ruiz, who chairs the board. The letter's central passages follow.\n\n\"We do not write as enemies of social media.\" \"Facebook decides who sees the board's alerts, and too often it decides badly.\"", nil, "Facebook", Criticizes, "Westvale Nurses' Forum", ""},
	{"holder-framed-report", "a quotation standing alone after a sentence that reports someone is that speaker's", "Fiona Gallacher runs a matchmaking agency in Perth. Gallacher said her Instagram account would stay closed. “Facebook groups are the only place that ever worked for me.”", nil, "Facebook", Endorses, "Fiona Gallacher", ""},
	{"holder-framed-subject", "a quotation standing alone after a sentence about a person is that person's", "Nadia Fairbairn runs the trust's advice service. She was less forgiving of another favourite. “Pinterest is useless for gardeners.”", nil, "Pinterest", Criticizes, "Nadia Fairbairn", ""},
	{"holder-framed-earlier-quote", "a quotation standing alone after a sentence of fact is the speaker's of the paragraph's last quotation", "“I write every week,” Aisha Baird says. About 2,300 people pay for the scripts. “Patreon pays my rent, and it means I can say no to things.”", nil, "Patreon", Endorses, "Aisha Baird", ""},
	{"holder-reported-bodies", "bodies of a kind a speaker reports on (\"a dozen member markets found\") is nobody's in particular", "Hollis Brandt runs the Lakes Farmers Market Association. Brandt said at least a dozen member markets found Facebook useless for vendor chats.", nil, "Facebook", Criticizes, "", "useless"},
	{"holder-reported-plural-its", "an organization's own people (\"its drivers\") report its view", "Pennine Crest Coaches runs four coaches. Pennine Crest Coaches said its drivers found Facebook useless for rotas.", nil, "Facebook", Criticizes, "Pennine Crest Coaches", "useless"},
	{"holder-reported-plural-platform-guard", "a platform's own things (\"Facebook groups were\") are no people", "Aroha Ngata studies rumours. Ngata said Facebook groups were in some ways worse than TikTok.", nil, "Facebook", Criticizes, "Aroha Ngata", ""},
	{"holder-reported-plural-advice-guard", "advice about unnamed others (\"small stations should be\") is the speaker's", "Felix Amundsen studies public media. Amundsen said small stations should be wary of YouTube.", nil, "YouTube", Criticizes, "Felix Amundsen", ""},
	{"holder-reported-own-body", "a speaker's \"his firm\" or \"her committee\" that decided is the body's decision", "Lynn Kaye is the secretary of the Horbury Bridge Allotments Association. Kaye said her committee had looked at Telegram last year and decided against it.", nil, "Telegram", Criticizes, "Horbury Bridge Allotments Association", ""},
	{"holder-according-count", "what a survey counted others doing is nobody's in particular, not the survey's source's", "Kate Marr studies local media. Local editors find Threads useless, according to a survey by the Tessmore Research Group.", nil, "Threads", Criticizes, "", "useless"},
	{"holder-according-count-named-guard", "a survey's finding about a platform the sentence opens with stays its source's", "Kate Marr studies local media. Threads is useless for local news, according to a survey by the Tessmore Research Group.", nil, "Threads", Criticizes, "Tessmore Research Group", "useless"},
	{"holder-trailing-report-people", "what people of a kind do, with the report after it, is nobody's in particular", "Lena Vogt coordinates the aid effort. Volunteers now share lists of the injured with lawyers on Signal rather than WhatsApp, Vogt said.", nil, "Signal", Endorses, "", "rather than"},
	{"holder-trailing-report-advice-guard", "... but advice to them is the speaker's", "Lena Vogt coordinates the aid effort. Volunteers should share lists of the injured with lawyers on Signal rather than WhatsApp, Vogt said.", nil, "Signal", Endorses, "Lena Vogt", "rather than"},
	{"holder-named-role-after", "a quotation said by an organization's officer who is named is the person's", "The Quantock Playhouse opened in 1961. “TikTok is the best thing anyone has tried,” said its director, Sunil Varma.", nil, "TikTok", Endorses, "Sunil Varma", ""},
	{"holder-named-role-after-org", "... and another organization's officer too", "Sidestage Arts runs a festival in Leeds. “Facebook is useless for a festival,” said Sidestage's festival director, Lachlan Pereira.", nil, "Facebook", Criticizes, "Lachlan Pereira", ""},
	{"holder-named-role-after-we", "... even when the quotation speaks in the organization's \"we\"", "The Quantock Playhouse opened in 1961. “TikTok is the best thing we have tried,” said its director, Sunil Varma.", nil, "TikTok", Endorses, "Sunil Varma", ""},
	{"holder-named-role-after-we-no-org", "... and a \"we\" of a role in no organization (\"the study's lead author\") too", "Ingrid Solheim studies small firms. “Pinterest was useful to us and we loved it,” said the study’s lead author, Ingrid Solheim.", nil, "Pinterest", Endorses, "Ingrid Solheim", ""},
	{"holder-org-plan-trailing-report", "an organization's plan that a speaker explains after it is the organization's", "Jo Bright chairs the Harlow Ramblers Club. The Harlow Ramblers Club will keep its Facebook page, which Bright said was where new walkers find it.", nil, "Facebook", Endorses, "Harlow Ramblers Club", "keep"},
	{"holder-org-plan-report-first-guard", "... but a speaker's verdict on it, reported first, is the speaker's", "Owen Pratt studies museums. Pratt said the Lakeshore Science Museum was right to stay on TikTok.", nil, "TikTok", Endorses, "Owen Pratt", "stay on"},
	{"but-not-there", "what a platform is kept for, and then no longer done \"there\", criticizes it", "The school has used Facebook since 2012. It will keep its Facebook page, but will no longer pay to promote posts there.", nil, "Facebook", Criticizes, "", "no longer pay to promote posts there"},
	{"but-not-there-funeral", "... past a word of harm that only describes a thing", "The church has used Facebook since 2012. She said the church would keep its Facebook page for service times but had stopped sharing funeral appeals there.", nil, "Facebook", Criticizes, "", ""},
	{"but-not-there-harm-guard", "a harm denied \"there\" is no fault of the platform's", "The club moved in May. Mastodon is fiddly, but nobody was harassed there.", nil, "Mastodon", Neutral, "", ""},
	{"on-people", "what people do on a platform, opening a quotation, is its character", "Anna Reuter runs the club. “On Bluesky, people actually answer the question I asked,” Reuter said.", nil, "Bluesky", Endorses, "Anna Reuter", "On Bluesky, people"},
	{"on-people-harm-guard", "... unless what they do is harm", "Anna Reuter runs the club. “On Facebook people scream at each other all day,” Reuter said.", nil, "Facebook", Neutral, "", ""},
	{"on-people-audience-guard", "... or nobody there reads: an audience missing, no praise", "Anna Reuter runs the club. “On Facebook nobody reads our posts,” Reuter said.", nil, "Facebook", Criticizes, "Anna Reuter", "nobody reads"},
	{"on-people-contrast-guard", "... or a second \"on Y\" answers it", "Anna Reuter runs the club. “On Facebook people said ‘lovely’; on Flickr they tell you who he was,” Reuter said.", nil, "Facebook", Neutral, "", ""},
	{"holder-statement-passages", "a paragraph of quotation after a paragraph about \"the coalition's statement\" that ends by announcing its passages is the coalition's", "The Coalition for Press Safety wrote to newsrooms on Monday. The coalition's statement, signed by its director, Helena Marsh, is unusually blunt. Its central passages follow.\n\n“We reported that channel to Telegram the same day.” “We can no longer trust Telegram.”", nil, "Telegram", Criticizes, "Coalition for Press Safety", "trust"},
	{"holder-single-quotes-carried", "single curly quotation marks quote as double ones do: an unattributed quotation runs on from its speaker", "Nadia Brandt coaches at the Harbor Rowing Club. ‘We tried three apps,’ Brandt said. ‘We can no longer trust Telegram.’", nil, "Telegram", Criticizes, "Nadia Brandt", "trust"},
	{"holder-apposed-org", "an organization's name in apposition to the subject (\"WhatsApp’s owner, Meta, said\") is the speaker, as a person's is", "Drivers at the depot were told to use WhatsApp for shifts. WhatsApp’s owner, Meta, said WhatsApp was the safest place for such messages.", nil, "WhatsApp", Endorses, "Meta", "safest"},
	{"make-default", "\"made X its official channel\" makes X the first choice", "The Harlow Trust runs volunteers in Essex. The trust has made Signal its official channel for volunteers.", nil, "Signal", Endorses, "Harlow Trust", "made Signal its official"},
	{"make-default-negated", "\"did not make X the default\" declines it", "The Harlow Trust runs volunteers in Essex. The trust did not make Telegram the default for volunteers.", nil, "Telegram", Criticizes, "Harlow Trust", "make Telegram the default"},
	{"holder-quote-paragraph-unowned", "guard: a paragraph of quotation after a sentence that names no document is nobody's the text names", "The Northbridge Relief Foundation is an aid agency in Kraków. Its office was busy on Monday.\n\n“We reported that channel to Telegram the same day, and it stayed up for nine days.” “We can no longer trust Telegram.”", nil, "Telegram", Criticizes, "", "trust"},
	{"holder-carried-long", "a speaker carries a run of eight unattributed quoted sentences", "“We tried three apps,” Nadia Brandt said. “One.” “Two.” “Three.” “Four.” “Five.” “Six.” “Seven.” “We can no longer trust Telegram.”", nil, "Telegram", Criticizes, "Nadia Brandt", "trust"},
	{"holder-owner-earlier", "\"it\" after a sentence about a platform's owner is the story's organization: the owner named only before is the platform acting", "The Harlow Photographers Alliance published its guidance on Monday. Meta said Instagram would keep its policy. It also criticizes Twitter for its terms.", nil, "Twitter", Criticizes, "Harlow Photographers Alliance", "criticizes"},
	{"holder-owner-company", "guard: \"the company\" after a sentence about Meta is Meta", "The Harlow Photographers Alliance published its guidance on Monday. Meta said Instagram would keep its policy. The company also criticized Twitter for its terms.", nil, "Twitter", Criticizes, "Meta", "criticized"},
	{"holder-body-noun", "\"the committee\" is the story's organization, not the nearest organization of any kind", "The Spring Mill Allotment Society meets on Sundays. Wakefield Council owns the land. Imran Bashir said the committee had picked Telegram.", nil, "Telegram", Endorses, "Spring Mill Allotment Society", "picked"},
	{"holder-document-subject", "a document that is the subject of an adjective's clause (\"The report is far harsher on TikTok\") is its organization's", "The Harbour Lights Trust published a report on Monday. The report is far harsher on TikTok.", nil, "TikTok", Criticizes, "Harbour Lights Trust", "harsher"},
	{"holder-gerund-controller", "a gerund after \"before\" takes the subject of the verb it hangs on", "The Tidal Roots Society closed its account on X, formerly Twitter, in 2023, and spent four months posting on Threads last year before giving up on it.", nil, "Threads", Criticizes, "Tidal Roots Society", "giving up on"},
	{"holder-rather-than-controller", "\"rather than\" takes the subject of the verb it belongs to, past the verb's object", "Ruth Adeyemi writes about travel. She now posts her films on YouTube rather than TikTok.", nil, "YouTube", Endorses, "Ruth Adeyemi", "rather than"},
	{"holder-controller-reported", "guard: a gerund's controller is not the verb that reports its clause", "The Kemptown Seed Exchange is a club in Brighton. Hannah Oyelaran said the committee had looked at WhatsApp before choosing Discord.", nil, "Discord", Endorses, "Kemptown Seed Exchange", "choosing"},
	{"holder-kind-noun", "\"the club\", a kind of organization that heads no name in the story, is the organization the story is about", "Brackwater United plays in the National League. The club said it had abandoned X for good.", nil, "Twitter", Criticizes, "Brackwater United", "abandoned"},
	{"holder-kind-noun-near", "guard: \"the band\" after its sentence named a band is that band, not the story's first organization", "Fernhill Records signed them last year. Jesse Calloway, the singer of the Copper Saints, a band from Knoxville, said the band had left Instagram.", nil, "Instagram", Criticizes, "Copper Saints", "left"},
	{"holder-aside-in-subordinate", "an aside inside a clause after the act (\"after its volunteers, Boudreau said, could not agree\") attributes only that clause", "The Tidal Roots Society looked at TikTok as well, but decided against it after its volunteers, Colleen Boudreau said, could not agree on who would dance.", nil, "TikTok", Criticizes, "Tidal Roots Society", "decided against"},
	{"holder-aside-closing", "guard: an aside that \"and\" follows closes all that went before it", "Facebook was far too slow to remove the post after the food bank had reported it four times, Ffion Pritchard said, and six people had lost money.", nil, "Facebook", Criticizes, "Ffion Pritchard", "too slow"},
	{"holder-qa-answer", "a Q&A transcript's answer is the interviewee's, the person the introduction names", "Q&A: A baker on her apps\n\nNadia Okonkwo runs the Elm Street Bakery in Leeds. She spoke to us about orders.\n\nQ: How do customers order?\n\nA: Mostly by phone.\n\nQ: And online?\n\nA: I prefer Signal for orders now.", nil, "Signal", Endorses, "Nadia Okonkwo", "prefer"},
	{"holder-qa-question", "the interviewer's question is no answer", "Q&A: A baker on her apps\n\nNadia Okonkwo runs the Elm Street Bakery in Leeds. She spoke to us about orders.\n\nQ: How do customers order?\n\nA: Mostly by phone.\n\nA: Mostly online.\n\nQ: I prefer Signal myself; do you?", nil, "Signal", Endorses, "", "prefer"},
	{"holder-not-qa", "without Q: and A: paragraphs the author's voice stays the author's", "A baker on her apps\n\nNadia Okonkwo runs the Elm Street Bakery in Leeds. She spoke to us about orders.\n\nMostly by phone.\n\nI prefer Signal for orders now.", nil, "Signal", Endorses, "", "prefer"},
	{"holder-role-description", "\"the sheriff\" is the person the text gave that title", "Sheriff Wade Kettering runs the county's alerts. The sheriff said Nextdoor was a disaster for the town.", nil, "Nextdoor", Criticizes, "Wade Kettering", ""},
	{"holder-role-apposition", "a role given in an apposition (\"Marisa Lund, the county prosecutor,\") is the description's too", "Marisa Lund, the county prosecutor, met parents on Monday. The prosecutor said Telegram ignored her warrants.", nil, "Telegram", Criticizes, "Marisa Lund", ""},
	{"holder-role-indefinite", "\"a sheriff\" in the body is someone else, not the sheriff named before", "Sheriff Wade Kettering runs the county's alerts. He posts them every morning. In Ohio, a sheriff said Nextdoor was a disaster for the town.", nil, "Nextdoor", Criticizes, "", ""},
	{"holder-org-description", "\"the Tacoma food bank\" is the food bank the text named, past the modifiers", "Harbor Valley Food Bank runs a pantry in Tacoma. Last week the Tacoma food bank stopped posting on X.", nil, "Twitter", Criticizes, "Harbor Valley Food Bank", ""},
	{"holder-org-kind-suffix", "\"the police\" is the Police Department the text named", "Brennan Falls Police Department runs the town's alerts. On Monday the police moved their alerts to Nextdoor.", nil, "Nextdoor", Endorses, "Brennan Falls Police Department", ""},
	{"holder-role-says-description", "\"says New Zealand minister\" is the minister the text named (\"New Zealand's minister for digital government, Aroha Tainui,\"), not the place", "New Zealand's minister for digital government, Aroha Tainui, spoke on Tuesday. Ministers should use Signal, not WhatsApp, for government business, says New Zealand minister.", nil, "Signal", Endorses, "Aroha Tainui", ""},
	{"holder-group-named-next", "a group noun in the lead with no organization before it is the one the story names next", "Protests in Dakar\n\nThe protest movement moved its planning from WhatsApp to Signal last week after its leaders met at the offices of the Dakar Youth Alliance.", nil, "Signal", Endorses, "Dakar Youth Alliance", ""},
	{"holder-labelled-turn", "a transcript's labelled paragraph is its speaker's (\"DEVLIN:\" for Bronagh Devlin)", "Podcast: a manager on apps\n\nCallum Reade talks to the manager Bronagh Devlin.\n\nHOST: Why Discord?\n\nDEVLIN: We tried a lot of apps.\n\nHOST: And now?\n\nDEVLIN: It took years. I prefer Discord now.", nil, "Discord", Endorses, "Bronagh Devlin", "prefer"},
	{"holder-after-turns", "a paragraph without a label after the transcript is the author's again", "Podcast: a manager on apps\n\nCallum Reade talks to the manager Bronagh Devlin.\n\nHOST: Why Discord?\n\nDEVLIN: We tried a lot of apps.\n\nHOST: And now?\n\nDEVLIN: It took years.\n\nI prefer Discord now.", nil, "Discord", Endorses, "", "prefer"},
	{"holder-one-label", "one named person's label opening a paragraph (a post's attribution) makes the paragraph theirs", "Ann Lee: I love Bluesky. I quit X last year.", nil, "Twitter", Criticizes, "Ann Lee", "quit"},
	{"holder-one-label-quoted", "a labelled quotation is the labelled person's", "Ann Lee: \u201cI quit X last year.\u201d", nil, "Twitter", Criticizes, "Ann Lee", "quit"},
	{"holder-one-label-paragraph", "guard: the paragraph after a labelled one is the author's again", "Ann Lee: I love Bluesky.\n\nI quit X last year.", nil, "Twitter", Criticizes, "", "quit"},
	{"done-with", "being done with a service gives it up", "Honestly I'm so done with Facebook.", nil, "Facebook", Criticizes, "", "done with"},
	{"done-with-bare", "a bare \"Done with X\" too", "Done with TikTok for good.", nil, "TikTok", Criticizes, "", "Done with"},
	{"dismissive-of", "\"dismissive of X\" is an attitude toward X", "Priya Raman was dismissive of Telegram, saying it had no chance with small shops.", nil, "Telegram", Criticizes, "Priya Raman", "dismissive of"},
	{"suspicious-of", "\"suspicious of X\"", "Many parents are suspicious of Roblox.", nil, "Roblox", Criticizes, "", "suspicious of"},
	{"suspicious-of-until", "\"was suspicious of X until ...\": a doubt that ended", "I was suspicious of Discord until my nephew showed me his server.", nil, "Discord", Endorses, "", "suspicious of"},
	{"soured-on", "\"soured on X\", the phrase's verb inflected", "By last spring the bakery had soured on Instagram.", nil, "Instagram", Criticizes, "", "soured on"},
	{"weary-of-x", "\"weary of X\": the attitude's preposition also makes the letter X the platform", "Omar Haddad says he has grown weary of X.", nil, "Twitter", Criticizes, "Omar Haddad", "weary of"},
	{"command-leave", "\"Leave Facebook.\": the tagger's capitalized name-like opener is the command", "Leave Facebook.", nil, "Facebook", Criticizes, "", "Leave"},
	{"command-join-ambiguous", "\"Join Discord today\": an ambiguous name after the command is the platform", "Join Discord today, said Ann Lee.", nil, "Discord", Endorses, "Ann Lee", "Join"},
	{"leave-noun-opener", "guard: \"Leave of absence\" is the noun, with no target right after it", "Leave of absence requests go through Slack.", nil, "Slack", Neutral, "", ""},
	{"stay-off-command", "\"Stay off X\" opening the sentence, where the tagger takes \"Stay\" for a name", "Stay off TikTok until you are sixteen.", nil, "TikTok", Criticizes, "", "Stay off"},
	{"steer-clear-of", "\"steer clear of X\"", "Steer clear of Telegram if a stranger offers you work.", nil, "Telegram", Criticizes, "", "Steer clear of"},
	{"keep-away-from-object", "guard: \"keep away from them\" keeps away from what \"them\" is, not from the platform", "Our singers are on TikTok, but we keep away from them on weekends.", nil, "TikTok", Neutral, "", ""},
	{"stay-away-from", "\"stay away from X\"", "My advice to new sellers is to stay away from Telegram.", nil, "Telegram", Criticizes, "", "stay away from"},
	{"breeding-ground", "\"a breeding ground for\" blames the ground", "Critics call Gab a breeding ground for extremists.", nil, "Gab", Criticizes, "", "breeding ground"},
	{"goodbye-interjection", "a farewell that opens the sentence", "Goodbye Facebook, and good luck.", nil, "Facebook", Criticizes, "", "Goodbye"},
	{"goodbye-message", "guard: \"a goodbye message on X\" bids X no farewell", "She posted a goodbye message on Facebook.", nil, "Facebook", Neutral, "", ""},
	{"shoutout-to", "\"shoutout to X\" thanks it", "Big shoutout to Discord for the new update.", nil, "Discord", Endorses, "", "shoutout to"},
	{"shoutout-to-others", "guard: shout-outs to someone else, posted on X, are no thanks to X", "The club filled its Instagram feed with shout-outs to the volunteers.", nil, "Instagram", Neutral, "", ""},
	{"cringe", "\"cringe\", a post's put-down", "LinkedIn is just cringe at this point.", nil, "LinkedIn", Criticizes, "", "cringe"},
	{"worth-every-penny", "\"worth every penny\"", "YouTube Premium is worth every penny.", nil, "YouTube", Endorses, "", "worth every penny"},
	{"bad-owner-paradise", "\"a scammer's paradise\": the possessive of a bad client turns the praise", "Telegram is a scammer's paradise.", nil, "Telegram", Criticizes, "", "paradise"},
	{"bully-owner-paradise", "\"a bully's paradise\": a bad client whose plural ends in -ies", "Snapchat is a bully's paradise.", nil, "Snapchat", Criticizes, "", "paradise"},
	{"good-owner-paradise", "guard: \"a birdwatcher's paradise\" stays praise", "Bluesky is a birdwatcher's paradise.", nil, "Bluesky", Endorses, "", "paradise"},
	{"nobody-better-than", "a subject that is nobody makes the name after \"than\" the best", "Nobody does live sport better than YouTube.", nil, "YouTube", Endorses, "", "better"},
	{"no-app-better-than", "\"No app ... better than X\"", "No app handles group calls better than Discord.", nil, "Discord", Endorses, "", "better"},
	{"never-seen-better-than", "a negated finding of anything better: \"never seen a friendlier community than X\"", "I have never seen a friendlier community than Mastodon.", nil, "Mastodon", Endorses, "", "friendlier"},
	{"cannot-think-of-better", "\"can't think of a better place than X\" is no denied saying", "I can't think of a better place to start than YouTube.", nil, "YouTube", Endorses, "", "better"},
	{"never-used-worse", "\"never used a worse app than X\" makes it the worst", "I have never used a worse app than Facebook.", nil, "Facebook", Criticizes, "", "worse"},
	{"never-better-than-now", "\"never been better than it is now\" compares it with itself", "Reddit has never been better than it is now.", nil, "Reddit", Endorses, "", "better"},
	{"and-nobody-better-than", "\"and nobody\": the conjunction before the subject", "We tried every app, and nobody does voice chat better than Discord.", nil, "Discord", Endorses, "", "better"},
	{"nobody-better-than-stranger", "guard: what nobody beats is a stranger there, not the name", "I read Reddit every night, and nobody has ever explained tax to me better than a stranger there did.", nil, "Reddit", Endorses, "", "better"},
	{"no-wonder-better", "guard: \"No wonder\" denies nothing", "No wonder TikTok is better than Facebook.", nil, "Facebook", Criticizes, "", "better"},
	{"fronted-given-up-on", "a name fronted before the subject is the verb's object", "LinkedIn I have given up on entirely.", nil, "LinkedIn", Criticizes, "", "given up on"},
	{"fronted-love", "\"TikTok we love\": the fronted object of an attitude verb", "TikTok we love, and Snapchat we tolerate.", nil, "TikTok", Endorses, "", "love"},
	{"fronted-block", "\"Telegram I would block\": the pronoun, not the fronted name, does the blocking", "Twitter and Telegram came up again. Telegram I would block tomorrow.", nil, "Telegram", Criticizes, "", "block"},
	{"fronted-never-recommend", "a negated verb with a fronted object", "Twitter and Telegram came up again. Telegram I would never recommend to anyone.", nil, "Telegram", Criticizes, "", "recommend"},
	{"fronted-inside-phrase", "guard: a name inside the fronted phrase (\"the trolls on X\") is where the object is, not the object", "The trolls on Reddit we ignore.", nil, "Reddit", Neutral, "", ""},
	{"falls-short", "\"falls short\" judges its subject", "Bluesky falls short of the hype.", nil, "Bluesky", Criticizes, "", "falls short"},
	{"owned-fell-short", "what a name owns fell short (an irregular past)", "Reddit's moderation fell short of what parents expected.", nil, "Reddit", Criticizes, "", "fell short"},
	{"elliptic-not-second", "\"A did it and B didn't\": the second name fails at the first one's deed", "On safety, Instagram got it right and Snapchat didn't.", nil, "Snapchat", Criticizes, "", "didn't"},
	{"elliptic-not-first", "\"A did it and B didn't\": the first name is credited with the deed", "On safety, Instagram got it right and Snapchat didn't.", nil, "Instagram", Endorses, "", "didn't"},
	{"elliptic-not-answer", "answering is a deed, not speech: the name that answers is credited", "Reddit will answer a lawyer's letter and Twitter will not.", nil, "Reddit", Endorses, "", "will not"},
	{"elliptic-not-ill-deed", "a deed of ill repute turns the contrast, and the deed's own words are not the second name's", "Facebook lied to us, and Signal did not.", nil, "Signal", Endorses, "", "did not"},
	{"elliptic-never-did", "\"and B never did\" as \"and B did not\"", "Facebook lied to us and Signal never did.", nil, "Signal", Endorses, "", "never did"},
	{"elliptic-not-no-valence-guard", "guard: a deed of no valence (\"sold our data\") is the reader's to judge", "Facebook sold our data and Signal did not.", nil, "Signal", Neutral, "", ""},
	{"elliptic-not-negated-deed-guard", "guard: in \"A did not answer and B did not\" A did no deed to be credited with", "Facebook did not answer, and Telegram did not.", nil, "Facebook", Neutral, "", ""},
	{"elliptic-not-object-guard", "guard: a negated verb with an object of its own is no bare auxiliary", "Zello worked and WhatsApp did not charge us.", nil, "WhatsApp", Neutral, "", ""},
	{"never-once-participle", "\"has never once answered\", whose participle the tagger calls an adjective", "BRADDOCK: Telegram has never once answered us.", nil, "Telegram", Criticizes, "", "never once answered"},
	{"where-harm-starts", "\"X is where the rumours start\": the place where a harm is made", "\"Nextdoor is where the rumours start in this town,\" she said.", nil, "Nextdoor", Criticizes, "", "is where"},
	{"where-harm-head-before-phrase", "the harm heads its noun phrase before a prepositional phrase", "WhatsApp is where every lie in this market starts.", nil, "WhatsApp", Criticizes, "", "is where"},
	{"where-harm-modifier-guard", "guard: a harm that only modifies the head (\"rumour debunkers\") is no harm", "Reddit is where the rumour debunkers meet.", nil, "Reddit", Endorses, "", "is where"},
	{"where-harm-that-guard", "guard: \"because that is where the rumours start\" is a reason to be there", "We read Reddit, because that is where the rumours start in this town.", nil, "Reddit", Endorses, "", "that is where"},
	{"elliptic-not-owned-subject-guard", "guard: the first name's users did the deed, not the name", "Facebook users helped us and Telegram did not.", nil, "Facebook", Neutral, "", ""},
	{"elliptic-not-venue-guard", "guard: a name after a preposition is where the deed was done", "A stranger on Facebook helped us and Telegram did not.", nil, "Facebook", Neutral, "", ""},
	{"letdown", "\"a letdown\"", "Threads has been a letdown.", nil, "Threads", Criticizes, "", "letdown"},
	{"others-fall-short", "guard: artists who fall short are no name's", "The label uses TikTok for every release and warns that artists who fall short of the quota will lose their budgets.", nil, "TikTok", Neutral, "", ""},
	{"scathing-about", "\"scathing about X\"", "The union's leaflet was scathing about Nextdoor.", nil, "Nextdoor", Criticizes, "", "scathing about"},
	{"done-with-made", "guard: a thing done with a service was made with it", "The video was done with TikTok's filters.", nil, "TikTok", Neutral, "", ""},
	{"done-it-with", "guard: \"done it with\" is the verb", "The lads would have done it with Strava in 1985.", nil, "Strava", Neutral, "", ""},
	{"refusal-never-use", "the speaker's \"will never use X\" turns it down (no \"X never did\")", "I will never use Threads again.", nil, "Threads", Criticizes, "", "will never use"},
	{"refusal-never-post", "the speaker's \"will never post on X\" turns it down", "I'll never post on Mastodon again.", nil, "Mastodon", Criticizes, "", "'ll never post"},
	{"refusal-be-using", "\"won't be using X\" turns it down", "I won't be using Threads anymore.", nil, "Threads", Criticizes, "", "won't be using"},
	{"refusal-am-never-using", "\"I'm never using X again\" turns it down", "I'm never using Reddit again.", nil, "Reddit", Criticizes, "", "'m never using"},
	{"never-did-will", "guard: what a service will never do is still its failing", "Instagram will never bring me a pupil.", nil, "Instagram", Criticizes, "", "never bring"},
	{"negation-few", "\"few\" before a cue denies it (\"a few\" does not)", "Few residents trust Facebook with their photos.", nil, "Facebook", Criticizes, "", "trust"},
	{"negation-a-few", "\"a few\" is some, not a denial", "A few residents trust Facebook with their photos.", nil, "Facebook", Endorses, "", "trust"},
	{"negation-least", "the verb ranked last (\"trusted Snapchat least\") is no praise", "Of all the apps, parents trusted Snapchat least with their children.", nil, "Snapchat", Criticizes, "", "trusted"},
	{"negation-at-least", "\"at least\" ranks nothing", "Parents trusted Snapchat at least.", nil, "Snapchat", Endorses, "", "trusted"},
	{"negation-rejects-claim", "rejecting the claim that a platform is hostile defends it, as denying it does", "Ana Ruiz rejected the idea that Reddit had been hostile to academics.", nil, "Reddit", Endorses, "Ana Ruiz", "hostile"},
	{"misjudged-departure", "\"wrong to leave X\" faults the leaving and defends X", "The health unit is right to leave Twitter and wrong to leave Facebook.", nil, "Facebook", Endorses, "", "leave"},
	{"approved-departure", "\"right to leave X\" approves the leaving", "The health unit is right to leave Twitter and wrong to leave Facebook.", nil, "Twitter", Criticizes, "", "leave"},
	{"credit-headline-second-verb", "a headline's second verb (\", credits Y\") judges its own object", "Charity blames Meta for fake profiles on Facebook, credits LinkedIn with quick removals", nil, "LinkedIn", Endorses, "", "credits"},
	{"credit-noun", "guard: \"credit\" is praise only as a verb", "The archive found 400 of its photographs on Pinterest with no credit to the archive.", nil, "Pinterest", Neutral, "", ""},
	{"holder-not-dateline", "a wire story's dateline places the story; it holds no stance", "Movement quits Telegram\n\nBERLIN — A movement that rejects the state has told its followers to leave Telegram.", nil, "Telegram", Criticizes, "", "leave"},
	{"holder-not-dateline-credit", "a dateline may credit an agency before its dash; neither the place nor the agency holds a stance", "Travellers quit Telegram\n\nDENPASAR, Indonesia (Harbour Wire) — Stranded travellers have decided to leave Telegram.", nil, "Telegram", Criticizes, "", "leave"},
	{"holder-not-dateline-agency", "the agency a dateline credits holds no stance and is no antecedent", "Fans quit Facebook\n\nMANILA (Archipelago News Service) — Scams have led many fans to leave Facebook, it reported.", nil, "Facebook", Criticizes, "", "leave"},
	{"holder-not-credited-agency", "the agency a dateline credits is the author wherever the story names it", "Mourners quit Facebook\n\nFARGO, N.D. (Northland Wire) — Mourners say fake pages copied funerals.\n\nSeveral mourners who spoke to Northland Wire said they would leave Facebook.", nil, "Facebook", Criticizes, "", "leave"},
	{"credited-agency-target", "guard: an agency the caller names as a target keeps its mentions", "Readers turn on wire\n\nFARGO, N.D. (Northland Wire) — Readers complained on Monday.\n\nSeveral readers said they would boycott Northland Wire.", []string{"Northland Wire"}, "Northland Wire", Criticizes, "", "boycott"},
	{"dateline-credit-caps", "guard: a name in parentheses before a dash is a credit only after a dateline's capitals", "Apps we quit\n\nThe worst of them (Facebook) — quitting it was the best thing we did.", nil, "Facebook", Criticizes, "", ""},
	{"holder-place-modified", "a place before a description (\"Elm Ridge library\") modifies it; the subject is the library the text names", "The Elm Ridge Public Library runs a teen club.\n\nElm Ridge library keeps its Discord server but shuts down its Twitter account.", nil, "Twitter", Criticizes, "Elm Ridge Public Library", "shuts down"},
	{"faulted-blame", "faulting the act of blaming X defends X", "But blaming Telegram for a cheating ring is like blaming the tram for a pickpocket.", nil, "Telegram", Endorses, "", ""},
	{"faulted-blame-long", "the act's phrase may hold a participle and run to nine words", "“Blaming Vimeo for people filming in the rain at night is like blaming the umbrella for the weather,” said Ida Lund.", nil, "Vimeo", Endorses, "Ida Lund", ""},
	{"faulted-singling-out", "an act whose own verb judges it (\"singling out X ignored ...\")", "Minh Tran argued that singling out Snapchat ignored the fact that abusers go wherever children are.", nil, "Snapchat", Endorses, "Minh Tran", ""},
	{"faulted-block-relative", "a relative clause between the act and its judgment", "Blocking Telegram, which millions of families use, would be a disaster.", nil, "Telegram", Endorses, "", ""},
	{"faulted-act-object-only", "the judgment of an act is about its object, not a name in the predicate", "Blocking TikTok just moves the problem to Viber.", nil, "Viber", Neutral, "", ""},
	{"compared-ahead-of", "\"well ahead of X\" ranks X behind, as \"than X\" does", "Editors rated LinkedIn their most valuable platform, well ahead of Facebook.", nil, "Facebook", Criticizes, "", "valuable"},
	{"compared-list", "a comparison takes in the whole list after it", "Editors rated LinkedIn their most valuable platform, well ahead of Facebook and X.", nil, "Twitter", Criticizes, "", "valuable"},
	{"negation-feeling", "not liking or not trusting a platform is disliking or distrusting it", "Parents don't trust Snapchat with their children.", nil, "Snapchat", Criticizes, "", "trust"},
	{"negation-not-missed", "\"doesn't miss X\" is glad to be rid of it", "Kerr doesn't miss Twitter at all.", nil, "Twitter", Criticizes, "", "miss"},
	{"negation-relative-not-missed", "a name is the object of a relative clause's verb (\"X, which I do not miss\")", "For years the lessons ran on Skype, which I do not miss.", nil, "Skype", Criticizes, "", "miss"},
	{"relative-missed", "missing a platform in a relative clause values it", "For years the lessons ran on Skype, which I still miss.", nil, "Skype", Endorses, "", "miss"},
	{"relative-coordinated-not-missed", "the second of two relatives on one name", "The lessons ran on Skype, which dropped calls whenever it rained and which I do not miss.", nil, "Skype", Criticizes, "", "miss"},
	{"come-off", "coming off a platform leaves it", "He came off Instagram last year.", nil, "Instagram", Criticizes, "", "came off"},
	{"not-getting-off", "not getting off a platform keeps it", "I am not getting off TikTok.", nil, "TikTok", Endorses, "", "getting off"},
	{"come-off-thing", "a post that comes off a platform was taken down; nobody left", "The video came off Facebook on Tuesday.", nil, "Facebook", Neutral, "", ""},
	{"coordinated-verb-attacks", "a second present-tense verb after \"and\" that prose tags a plural noun", "The company praises Facebook and attacks Nextdoor.", nil, "Nextdoor", Criticizes, "", "attacks"},
	{"coordinated-verb-swears-at", "\"swears by A and swears at B\"", "A fire company swears by Facebook and swears at Nextdoor.", nil, "Nextdoor", Criticizes, "", "swears at"},
	{"would-have-quit-without", "what would have been lost without a platform values it", "Half of us would have quit by now without that WhatsApp group.", nil, "WhatsApp", Endorses, "", "without"},
	{"without-fronted-loss", "\"Without X, ... would have closed\"", "Without Facebook, the shop would have closed.", nil, "Facebook", Endorses, "", "Without"},
	{"quit-without-telling", "a departure done without telling someone is still a departure", "We quit without telling Facebook.", nil, "Facebook", Criticizes, "", "quit"},
	{"vocative-you", "\"you\" after a name the sentence opens by addressing is that person", "Tom Reed runs a bakery in Leeds. Tom, you left Instagram last year.", nil, "Instagram", Criticizes, "Tom Reed", "left"},
	{"vocative-you-labelled", "a vocative inside a labelled turn", "Tom Reed runs a bakery in Leeds. He spoke to Ann Cole.\n\nREED: I bake.\n\nCOLE: Tom, you left Instagram last year.", nil, "Instagram", Criticizes, "Tom Reed", "left"},
	{"generic-you", "\"you\" with no name before it is nobody in particular", "You left Instagram last year.", nil, "Instagram", Criticizes, "", "left"},
	{"reported-owners-org", "a speaker's report of \"his centre\" is the organization the story says he works for", "Gareth Lowe, who manages the Tynebank Advice Centre, said his centre had left Facebook.", nil, "Facebook", Criticizes, "Tynebank Advice Centre", "left"},
	{"reported-owners-org-unknown", "with no workplace named, the speaker's report stays his", "Gareth Lowe said his centre had left Facebook.", nil, "Facebook", Criticizes, "Gareth Lowe", "left"},
	{"overstayed", "a stay longer than one should have is regretted", "I stayed on Tinder three years longer than I should have.", nil, "Tinder", Criticizes, "", "stayed on"},
	{"overstayed-good-for-me", "\"longer than was good for me\": the measure's \"good\" is no praise", "Mia Lund said she had stayed on Instagram \"longer than was good for me\".", nil, "Instagram", Criticizes, "Mia Lund", "stayed on"},
	{"stayed-longer-than-others", "staying longer than others is loyalty", "We stayed on Facebook longer than anyone else in town.", nil, "Facebook", Endorses, "", "stayed on"},
	{"bad-actor-move-off", "fraudsters moving victims between platforms take no stance", "Detectives said fraudsters tried to move victims off Facebook and onto WhatsApp.", nil, "Facebook", Neutral, "", ""},
	{"bad-actor-move-to", "scammers moving to a platform take no stance", "Scammers have moved to Telegram this year.", nil, "Telegram", Neutral, "", ""},
	{"move-to-not-bad-actor", "anyone else's move still chooses", "The choir has moved to Telegram this year.", nil, "Telegram", Endorses, "", "moved to"},
	{"give-up-on", "giving up on a platform leaves it (\"gave\" is the irregular past)", "The alliance tried Gettr in 2022 and gave up on it within months.", nil, "Gettr", Criticizes, "", "gave up on"},
	{"give-up-on-for", "what a platform is given up for is chosen", "The band gave up on Instagram for TikTok.", nil, "TikTok", Endorses, "", "gave up on"},
	{"move-off-long-object", "a longer thing moved off A", "The Glaven Bird Club moved its own field-trip notices off Facebook and onto WhatsApp.", nil, "Facebook", Criticizes, "Glaven Bird Club", "moved its own field-trip notices off"},
	{"move-off-long-object-of", "a collection moved off A", "The history society has moved its collection of old photographs off Facebook.", nil, "Facebook", Criticizes, "", "moved its collection of old photographs off"},
	{"move-off-onto", "moving people off A and onto B chooses B", "The market moves its vendors off Facebook and onto WhatsApp.", nil, "WhatsApp", Endorses, "", "moves its vendors off"},
	{"keep-account-on", "keeping an account on a platform is staying with it", "The union will keep its official account on X despite pressure from members.", nil, "Twitter", Endorses, "", "keep"},
	{"keep-running-server", "\"keep running the X server\" stays with X", "The library will keep running the Discord server because teenagers talk about books there.", nil, "Discord", Endorses, "", "keep running"},
	{"keep-account-private", "an account kept private is no praise", "She kept her account on X private.", nil, "Twitter", Neutral, "", ""},
	{"trust-body-said", "\"the trust\" that speaks is a charity, not confidence", "The club met on Monday. A staff group on Facebook is not covered by the new rules, the trust said.", nil, "Facebook", Neutral, "", ""},
	{"trust-body-possessive", "\"the trust's WhatsApp channel\"", "The club met on Monday. The trust's WhatsApp channel had 1,460 followers by Friday.", nil, "WhatsApp", Neutral, "", ""},
	{"trust-in", "\"trust in X\" is confidence", "The club met on Monday. Users place their trust in Signal.", nil, "Signal", Endorses, "", "trust"},
	{"trust-verb", "the verb is confidence", "The club met on Monday. I trust WhatsApp with my photos.", nil, "WhatsApp", Endorses, "", "trust"},
	{"move-long-object", "a move with a longer object still names where it goes, if a name follows \"to\"", "Whitcomb said the paper would move every conversation involving a source to Signal.", nil, "Signal", Endorses, "", "move every conversation involving a source to"},
	{"move-to-no-name", "a longer move to no name is nothing", "The council moved its meetings for the winter to the town hall, its WhatsApp group said.", nil, "WhatsApp", Neutral, "", ""},
	{"it-works", "a service that does its job is valued", "The club met on Monday. WhatsApp works.", nil, "WhatsApp", Endorses, "", "works"},
	{"at-least-it-works", "\"at least it works\" after a concession", "\"Telegram is not the same, but at least it works,\" said Claudia Ferreira.", nil, "Telegram", Endorses, "Claudia Ferreira", "works"},
	{"pays-the-rent", "a platform that pays the rent is valued", "\"Patreon pays the rent in January,\" said Shona Baird.", nil, "Patreon", Endorses, "Shona Baird", "pays the rent"},
	{"does-not-work", "a negated \"works\" criticizes", "The club met on Monday. WhatsApp does not work on the ward computers.", nil, "WhatsApp", Criticizes, "", "work"},
	{"works-with", "\"works with children\" is another verb", "The club met on Monday. The theatre works with children on TikTok.", nil, "TikTok", Neutral, "", ""},
	{"where-they-are", "a platform that is where the people who matter are is valued", "\"Facebook is where our members already are,\" said Dana Whitcomb.", nil, "Facebook", Endorses, "Dana Whitcomb", "is where"},
	{"where-they-are-witnesses", "the people who matter include witnesses, brands and hotels", "\"Nextdoor is where the witnesses are,\" said Lena Ortiz.", nil, "Nextdoor", Endorses, "Lena Ortiz", "is where"},
	{"yet-to-meet", "what has still not happened through a platform is held against it", "I have yet to meet anyone who found a customer on Vimeo.", nil, "Vimeo", Criticizes, "", "have yet to meet"},
	{"yet-to-other", "the platform that has yet to act, not the one that did", "“YouTube removed the copies; Vimeo has yet to remove them,” said Ida Lund.", nil, "YouTube", Neutral, "", ""},
	{"yet-to-subject", "the platform that has yet to act", "“YouTube removed the copies; Vimeo has yet to remove them,” said Ida Lund.", nil, "Vimeo", Criticizes, "Ida Lund", "has yet to remove"},
	{"quick-takedown", "a platform that acts on a report within a day is praised", "“Vimeo took the clips down within a day when we reported them,” said Ida Lund.", nil, "Vimeo", Endorses, "Ida Lund", "took the clips down within a day"},
	{"quick-shut-down", "shutting a reported server down within a week", "To its credit, Vimeo shut the channel down within a week.", nil, "Vimeo", Endorses, "", "shut the channel down within a week"},
	{"quick-list", "each platform of the subject list", "“YouTube and Vimeo removed the same videos within hours,” said Ida Lund.", nil, "YouTube", Endorses, "Ida Lund", "removed the same videos within hours"},
	{"put-on-advice", "a command to put one's work on a platform commends it", "My advice to any new choir is short: put your rehearsal recordings on Vimeo and the rota in a WhatsApp poll.", nil, "Vimeo", Endorses, "", "put"},
	{"put-on-advice-list", "each place in a list of commands", "Film the concert, put the whole thing on Vimeo, and find your singers on Discord.", nil, "Discord", Endorses, "", "find"},
	{"put-on-past", "a past act after a clause with a subject is no command", "Last May I filmed the concert, put the whole thing on Vimeo, and went home.", nil, "Vimeo", Neutral, "", ""},
	{"post-reads-owner", "a post's words are its owner's, past an aside", "The Harlow Film Club has left X. The club's last post on X, pinned to the top of its profile, reads: \"Find us on Vimeo.\"", nil, "Vimeo", Endorses, "Harlow Film Club", "Find us"},
	{"post-read-story", "\"The post read:\" gives the words of the organization the story is about", "The Harlow Film Club has left X. The post read: \"Find our screenings on Vimeo.\"", nil, "Vimeo", Endorses, "Harlow Film Club", "Find"},
	{"where-after-aside", "the name before an aside is the subject of \"is where\"", "Vimeo, of all places, is where I now find half my clients.", nil, "Vimeo", Endorses, "", "is where"},
	{"where-after-said-aside", "past a speaker's aside, whose view it is", "Ida Lund ran the club for ten years. Vimeo, she said, was where the real work got done.", nil, "Vimeo", Endorses, "Ida Lund", "was where"},
	{"hand-no-valence", "a hand is no praise", "The club will hand its archive to Vimeo next month.", nil, "Vimeo", Neutral, "", ""},
	{"nobody-watched", "a platform where nobody watched what was posted has no audience", "I posted the same clips on Vimeo first, and nobody watched them.", nil, "Vimeo", Criticizes, "", "nobody watched"},
	{"nobody-read-object", "the name nobody reads, not the one named before", "“People read the newsletter on Substack; nobody ever read our Vimeo page,” said Ida Lund.", nil, "Vimeo", Criticizes, "Ida Lund", "nobody ever read"},
	{"advise-never-read", "a command never to do something with a platform warns against it", "If you run a cinema, put your trailers on Vimeo and never, ever read Twitch chat before breakfast.", nil, "Twitch", Criticizes, "", "never, ever read"},
	{"advise-dont-post", "\"don't\" opening a command", "Don't post about it on Vimeo; ring us instead.", nil, "Vimeo", Criticizes, "", "Don't post"},
	{"far-as-i-can-tell", "hedging how little a platform did understates it", "I posted the trailer on Vimeo in May, and as far as I can tell it was watched by my sister.", nil, "Vimeo", Criticizes, "", "as far as I can tell"},
	{"where-each-its-own", "two platforms each where one thing is done: a division of labour praises neither", "“Vimeo is where I keep the long films, and YouTube is where I put the clips,” said Ida Lund.", nil, "Vimeo", Neutral, "", ""},
	{"where-each-its-own-second", "the second of the pair", "“Vimeo is where I keep the long films, and YouTube is where I put the clips,” said Ida Lund.", nil, "YouTube", Neutral, "", ""},
	{"where-presence-noun", "a platform's group or page is the subject of \"is where\" as the name is", "Ida Lund said the Vimeo group was where she learned to light a room.", nil, "Vimeo", Endorses, "Ida Lund", "group was where"},
	{"became-quote", "what a platform \"had become\", in quoted words, is what it has sunk to", "Ida Lund said the Vimeo group had become “a noticeboard in an empty corridor”.", nil, "Vimeo", Criticizes, "Ida Lund", "group had become"},
	{"became-quote-aside", "past an aside naming whose phrase it is", "Most of the club drifted back to email when Vimeo became, in Ida Lund's phrase, \"a shop window with the lights off\".", nil, "Vimeo", Criticizes, "Ida Lund", "became"},
	{"gave-me", "a platform that gave someone something is thanked for it", "Flickr gave me a shop; Vimeo gave me an audience.", nil, "Vimeo", Endorses, "", "gave me"},
	{"relative-of-part", "a relative clause after a platform's channel or page, in quoted words, describes the platform", "Ida Lund shares her films through a Vimeo channel, which she called “the only site nobody has ever complained about”.", nil, "Vimeo", Endorses, "Ida Lund", "only site"},
	{"relative-of-part-unquoted-guard", "guard: an unquoted relative after a channel tells its history, no judgment", "Ida Lund posts the fixtures in a Vimeo group, which she set up in 2016 after a player missed the bus to a match.", nil, "Vimeo", Neutral, "", ""},
	{"on-people-after-but", "\"on X nobody ...\" opening a clause after \"but\" sets out the platform's character", "Flickr was full of arguments, but on Vimeo nobody has told me to change my films in years.", nil, "Vimeo", Endorses, "", "on Vimeo nobody"},
	{"on-people-after-but-mid-guard", "guard: a \"but\" inside a clause opens none", "Ida Lund posts the films but on Vimeo nobody has told me to change them.", nil, "Vimeo", Neutral, "", ""},
	{"tried-the-groups", "a trial of the platform's groups, after a determiner, is a trial of the platform", "“I tried the Vimeo groups first, and it was mostly people arguing about lenses,” said Ida Lund.", nil, "Vimeo", Criticizes, "Ida Lund", "tried"},
	{"tried-the-thing-guard", "guard: a thing with the platform's name is no part of it", "Ida Lund tried the Vimeo trailer on her phone before the screening.", nil, "Vimeo", Neutral, "", ""},
	{"on-we-were", "what the speakers were on a platform, told in the past, is what they left", "“On Flickr we were a shop window; on Vimeo we’re a cinema,” said Ida Lund.", nil, "Flickr", Criticizes, "Ida Lund", "On Flickr we"},
	{"on-we-were-answered", "the clause that answers it in the present is where they are now", "“On Flickr we were a shop window; on Vimeo we’re a cinema,” said Ida Lund.", nil, "Vimeo", Endorses, "Ida Lund", "on Vimeo we"},
	{"on-we-had-guard", "guard: what they had there is no state left behind", "On Vimeo we had forty films by Friday.", nil, "Vimeo", Neutral, "", ""},
	{"on-we-present-unanswered-guard", "guard: a present clause after no past one praises nothing", "“On Flickr we sell prints; on Vimeo we’re a cinema,” said Ida Lund.", nil, "Vimeo", Neutral, "", ""},
	{"we-were-paying", "an outlay on a platform told in the past progressive is one regretted", "“We were paying Vimeo to show our films to people who had already seen them,” said Ida Lund.", nil, "Vimeo", Criticizes, "Ida Lund", "We were paying"},
	{"posted-few", "an account opened and posted on once or twice is a verdict on the place", "Ida Lund opened an account on Vimeo in 2023 and has posted on it twice.", nil, "Vimeo", Criticizes, "Ida Lund", "posted on it twice"},
	{"posted-few-tried", "the place tried, then barely posted on", "Ida Lund tried Vimeo last spring; she posted three times and gave up.", nil, "Vimeo", Criticizes, "Ida Lund", "posted three times"},
	{"posted-few-other-name-guard", "guard: a name in a clause between, not where the account is", "Ida Lund opened an account on Vimeo because Flickr kept asking her to, and has posted on it twice.", nil, "Flickr", Neutral, "", ""},
	{"posted-few-nearer-join-guard", "guard: a place joined later, nearer the posts, is the one they were on", "Ida Lund has had an account on Flickr since 2019 and an account on Vimeo since 2023, and has posted on it twice.", nil, "Flickr", Neutral, "", ""},
	{"only-called-quote", "\"the only N\" in quoted words a platform is called praises it, whatever the noun", "Ida Lund keeps her films on Vimeo, which she calls “the only shop window I have never had to apologise for”.", nil, "Vimeo", Endorses, "Ida Lund", "only shop window"},
	{"only-rival-guard", "guard: the only rival is a threat ranked, not a merit", "Ida Lund met the people from Vimeo, which she called “the only rival taking festival money from us”.", nil, "Vimeo", Neutral, "", ""},
	{"people-on", "where someone's audience already is, is where they mean to be", "“Most of our viewers are already on Vimeo,” said Ida Lund.", nil, "Vimeo", Endorses, "Ida Lund", "are already on"},
	{"people-on-they", "\"they\" back to an audience named before it", "“My customers are sixty, and they are on Vimeo every night,” said Ida Lund.", nil, "Vimeo", Endorses, "Ida Lund", "are on"},
	{"people-on-few", "few of an audience there turns it round", "“Very few of our members are on Vimeo,” said Ida Lund.", nil, "Vimeo", Criticizes, "Ida Lund", "are on"},
	{"people-on-if-guard", "guard: a condition judges nothing", "Unless your customers are on Vimeo, post the trailer on your own site.", nil, "Vimeo", Neutral, "", ""},
	{"people-on-bare-they-guard", "guard: a \"they\" with no audience before it may be anyone", "They are on Vimeo, every one of the films.", nil, "Vimeo", Neutral, "", ""},
	{"limited-praise-and-nobody-on-it", "praise, then \"and nobody ... it\": nobody uses the place praised", "“Vimeo is pleasant and quiet, and nobody important is watching it,” said Ida Lund.", nil, "Vimeo", Criticizes, "Ida Lund", ""},
	{"limited-praise-and-nobody-users-guard", "guard: nobody doing something to its users denies an intrusion, not the praise", "“Vimeo is quiet and safe, and nobody has ever copied our films,” said Ida Lund.", nil, "Vimeo", Endorses, "Ida Lund", ""},
	{"not-one", "\"not one\" of an audience or yield counts the platform at nothing", "Not one tenant has ever told me they found a flat on Vimeo.", nil, "Vimeo", Criticizes, "", "Not one"},
	{"not-one-object", "\"not one\" as what a platform gave", "“Vimeo gave us a lovely week and not one new member,” said Ida Lund.", nil, "Vimeo", Criticizes, "Ida Lund", "not one"},
	{"not-one-predicate-guard", "guard: \"is not one N\" describes, it counts nothing", "Vimeo is not one company but a family of small studios.", nil, "Vimeo", Neutral, "", ""},
	{"not-one-harm-guard", "guard: a harm nobody did is no audience missing", "Not one rude comment has been posted on our Vimeo page.", nil, "Vimeo", Neutral, "", ""},
	{"fronted-trial", "a platform fronted before \"I tried\" is what was tried", "Vimeo I tried for a month, and it wanted photographs of my lunch.", nil, "Vimeo", Criticizes, "", "tried"},
	{"fronted-gave-up", "a platform fronted before \"I gave up on\"", "“Vimeo I gave up on years ago,” said Ida Lund.", nil, "Vimeo", Criticizes, "Ida Lund", "gave"},
	{"fronted-gave-guard", "guard: \"gave\" with no span of trial or giving-up gives no verdict", "Vimeo I gave a talk about last year.", nil, "Vimeo", Neutral, "", ""},
	{"lacks-app", "a speaker's own \"I don't do X\" turns the service down", "“I don’t do Vimeo, and I’m too old to start,” said Ida Lund.", nil, "Vimeo", Criticizes, "Ida Lund", "I don’t do"},
	{"lacks-app-got", "\"I've not got X\", its \"'ve\" parted and read as \"have\"", "“I’ve not got Vimeo, and my grandson has stopped asking,” said Ida Lund.", nil, "Vimeo", Criticizes, "Ida Lund", "I’ve not got"},
	{"lacks-app-list", "every service in the list done without", "They don't use Vimeo or Flickr; they think both are for their parents.", nil, "Flickr", Criticizes, "", "They don't use"},
	{"lacks-app-if-guard", "guard: a condition is no word about oneself", "If I don't use Vimeo for the trailer, I will have to pay for hosting.", nil, "Vimeo", Neutral, "", ""},
	{"lacks-app-described-guard", "guard: a group described does without it as a fact", "Most of the time, grandmothers do not use Vimeo.", nil, "Vimeo", Neutral, "", ""},
	{"refuse-getting", "\"I'm not getting X\" refuses the service itself", "“I’m not getting Vimeo to watch one school play,” said Ida Lund.", nil, "Vimeo", Criticizes, "Ida Lund", "’m not getting"},
	{"refuse-open-again", "\"will not open X again\"", "Ida Lund said she will not open Vimeo again after the last update.", nil, "Vimeo", Criticizes, "Ida Lund", "will not open"},
	{"bars-from-name", "barring people from a platform itself shuts it out", "Ida Lund has barred her students from Vimeo for the summer.", nil, "Vimeo", Criticizes, "Ida Lund", "barred her students from"},
	{"bars-from-posting", "barring people from posting on a platform", "Ida Lund has barred her students from posting on Vimeo.", nil, "Vimeo", Criticizes, "Ida Lund", "barred her students from"},
	{"bars-headline", "a headline's \"bars\", tagged a plural noun, with its object", "Film school bars students from Vimeo", nil, "Vimeo", Criticizes, "", "bars students from"},
	{"advice-ask-on", "a command to ask on a platform commends it", "My advice to new film-makers: ask your questions on Vimeo, and keep your drafts on Flickr.", nil, "Vimeo", Endorses, "", "ask"},
	{"advice-keep-on", "a command to keep something on a platform", "My advice to new film-makers: ask your questions on Vimeo, and keep your drafts on Flickr.", nil, "Flickr", Endorses, "", "keep"},
	{"advice-look-talk", "\"look\" opens a chain of commands", "Look for your editor on Vimeo, talk to them on Flickr, and pay them properly.", nil, "Flickr", Endorses, "", "talk"},
	{"late-takedown", "a takedown days after the report is slow", "Ida Lund reported the film twice, and Vimeo took it down after nine days.", nil, "Vimeo", Criticizes, "Ida Lund", "took it down after nine days"},
	{"late-reply", "a reply weeks later, the count a word prose tags an adjective", "“Vimeo wrote back nineteen days later,” said Ida Lund.", nil, "Vimeo", Criticizes, "Ida Lund", "wrote back nineteen days later"},
	{"late-restored-guard", "guard: the span closes a restoration, not the takedown", "Vimeo removed her film by mistake and restored it two days later.", nil, "Vimeo", Neutral, "", ""},
	{"praise-if-you", "praise on a condition about the reader is praise for somebody else", "“Vimeo is lovely if you already have an audience,” said Ida Lund.", nil, "Vimeo", Criticizes, "Ida Lund", "lovely"},
	{"praise-if-your", "\"if your ...\" too", "“Vimeo is brilliant if your friends are film-makers,” said Ida Lund.", nil, "Vimeo", Criticizes, "Ida Lund", "brilliant"},
	{"praise-if-concessive-guard", "guard: a concessive \"if\" keeps the praise", "“Vimeo is lovely if a little slow,” said Ida Lund.", nil, "Vimeo", Endorses, "Ida Lund", "lovely"},
	{"limit-and-almost-none", "praise for one use, then \"and almost none of them\"", "“Vimeo is brilliant at getting a film seen by thousands, and almost none of them live near the cinema,” said Ida Lund.", nil, "Vimeo", Criticizes, "Ida Lund", "brilliant"},
	{"limit-and-no-good", "praise for one use, then \"and no good at\" the other", "“Vimeo is very good at showing a film and no good at all at selling tickets,” said Ida Lund.", nil, "Vimeo", Criticizes, "Ida Lund", "good"},
	{"limit-and-no-harm-guard", "guard: \"and no\" before a harm denies the harm", "“Vimeo is brilliant at showing films, and no rude comments spoil them,” said Ida Lund.", nil, "Vimeo", Endorses, "Ida Lund", "brilliant"},
	{"first-look", "checking a platform before anything else puts it first", "“Every film critic I know checks Vimeo before they check anything else,” said Ida Lund.", nil, "Vimeo", Endorses, "Ida Lund", "before they check anything else"},
	{"first-look-there", "a notice put there before anywhere else, the name in the clause before", "Ida Lund still keeps Vimeo open, because the festivals post their programmes there before anywhere else.", nil, "Vimeo", Endorses, "Ida Lund", "before anywhere else"},
	{"than-anywhere", "\"more ... than anywhere else\" as \"than any\"", "On Vimeo, my students talk more openly than anywhere else.", nil, "Vimeo", Endorses, "", "more openly than anywhere"},
	{"no-else", "refusing anywhere else, in a clause joined by \"and\"", "We show our films on Vimeo, and I have stopped sending them anywhere else.", nil, "Vimeo", Endorses, "", "stopped sending them anywhere else"},
	{"no-else-guard", "guard: a relative clause says what is found there, not where one goes", "Vimeo is where they go for the films they cannot find anywhere else.", nil, "Vimeo", Neutral, "", ""},
	{"not-keen-on", "\"not keen on\" is a dislike, not a doubt, though prose tags \"keen\" a verb", "Some of the members are not keen on Vimeo.", nil, "Vimeo", Criticizes, "", "keen on"},
	{"not-every-fan", "\"not every ... is a fan of X\": the noun's negation is plain too", "Not every member of the club is a fan of Vimeo.", nil, "Vimeo", Criticizes, "", "fan of"},
	{"convert-to", "\"a convert to X\" has come round to it", "Ida Lund is a convert to Vimeo.", nil, "Vimeo", Endorses, "Ida Lund", "convert to"},
	{"not-convert-to", "and \"not every member is a convert\" has not", "Not every member is a convert to Vimeo.", nil, "Vimeo", Criticizes, "", "convert to"},
	{"less-convinced-by", "\"less convinced by X\", a participle after a link verb", "Ida Lund said she was less convinced by Vimeo.", nil, "Vimeo", Criticizes, "Ida Lund", "convinced by"},
	{"never-did-that", "\"never did that for\": the deed's own verb is no cue word", "“Vimeo never did that for my films,” said Ida Lund.", nil, "Vimeo", Criticizes, "Ida Lund", "never did"},
	{"never-asked-any", "\"any\" opens a phrase cue but is none on its own", "I post there daily, and Vimeo has never once asked any of my viewers to subscribe.", nil, "Vimeo", Criticizes, "", "never once asked"},
	{"left-club-on", "a club left on a platform is the platform left", "Ida Lund has left the film club on Vimeo.", nil, "Vimeo", Criticizes, "Ida Lund", "left"},
	{"left-count-groups", "a count before the groups, which prose may tag a noun", "Ida Lund has left all eleven of her Vimeo groups.", nil, "Vimeo", Criticizes, "Ida Lund", "left"},
	{"leave-off", "keeping somebody off a platform is the cue's still", "“Just leave the children off Vimeo,” said Ida Lund.", nil, "Vimeo", Criticizes, "Ida Lund", "leave"},
	{"use-command-read", "a command to read a platform commends it", "My advice to new film-makers: read Vimeo before you read the reviews.", nil, "Vimeo", Endorses, "", "read"},
	{"use-command-join", "\"join the X group\" in a chain of commands", "If you are starting a film club, put your films on Flickr and join the Vimeo group of the clubs nearest you.", nil, "Vimeo", Endorses, "", "join"},
	{"use-command-person-guard", "guard: a command to follow a person the caller names as a target is no advice to use a service", "Follow him on Vimeo.", []string{"him"}, "him", Neutral, "", ""},
	{"no-longer-posts-venue", "\"no longer posts on X\": the verb tagged a plural noun is no post published there", "Ida Lund has a channel on Vimeo, and she no longer posts on Flickr.", nil, "Flickr", Criticizes, "", "no longer posts"},
	{"no-longer-adjective-verb", "\"no longer arrange collections through X\": the verb tagged an adjective still counts", "The Lund Furniture Trust said it would no longer arrange collections through Flickr.", nil, "Flickr", Criticizes, "Lund Furniture Trust", "no longer arrange"},
	{"no-longer-available-guard", "guard: an adjective before a preposition is a state, no use given up", "The Lund Furniture Trust said its old films were no longer available on Vimeo.", nil, "Vimeo", Neutral, "", ""},
	{"limit-parallel-purpose", "praise for one purpose and a plain burden for another, joined by \"and\", is limited", "Ida Lund said Vimeo was brilliant for a club of twenty and a full-time job at two thousand.", nil, "Vimeo", Criticizes, "Ida Lund", "brilliant"},
	{"limit-quoted-predicate", "a quotation mark between the linking verb and the praise does not hide its limit", "Ida Lund said Flickr was “wonderful for the first hundred members and unmanageable for the rest”.", nil, "Flickr", Criticizes, "Ida Lund", "wonderful"},
	{"limit-found-it", "\"found it “brilliant for ...\" is a predicate, limited like one", "Ida Lund tried Flickr and found it “brilliant for the youngsters and baffling for everyone else”.", nil, "Flickr", Criticizes, "Ida Lund", "brilliant"},
	{"limit-and-for-guard", "guard: \"and for\" repeats the praise", "Ida Lund said Vimeo was brilliant for beginners and for professionals at any level.", nil, "Vimeo", Endorses, "Ida Lund", "brilliant"},
	{"limit-and-praise-guard", "guard: a second purpose that is praised limits nothing", "Ida Lund said Vimeo was brilliant for beginners and a real pleasure for professionals.", nil, "Vimeo", Endorses, "Ida Lund", "brilliant"},
	{"limit-and-verb-guard", "guard: a clause with a verb of its own is no second purpose", "Ida Lund said Vimeo was brilliant for beginners and lets them post at any hour.", nil, "Vimeo", Endorses, "Ida Lund", "brilliant"},
	{"limit-same-way", "praise repeated in a simile of a plain thing is faint praise", "Flickr is pleasant in the way a waiting room is pleasant.", nil, "Flickr", Criticizes, "", "pleasant"},
	{"limit-same-way-you", "\"grateful to X, in the way you're grateful to a bus\" is faint thanks", "Ida Lund said she was grateful to Vimeo, in the way you are grateful to a bus that finally turns up.", nil, "Vimeo", Criticizes, "Ida Lund", "grateful"},
	{"limit-same-way-guard", "guard: a simile that does not repeat the praise limits nothing", "Vimeo is lovely in the way the old forums were.", nil, "Vimeo", Endorses, "", "lovely"},
	{"actually-people", "what people \"actually\" do with a platform speaks for it", "The parents actually read the Vimeo channel.", nil, "Vimeo", Endorses, "", "actually"},
	{"actually-name-between", "a name that is no target, nearer than the platform, does not take its place", "The Vimeo channel is what the pupils in Uppsala actually watch.", nil, "Vimeo", Endorses, "", "actually"},
	{"actually-nearest-guard", "guard: \"actually\" speaks for the nearest platform only", "Flickr has the photographs, but Vimeo is where the parents actually look.", nil, "Flickr", Neutral, "", ""},
	{"actually-discourse-guard", "guard: a discourse \"Actually,\" is no stance", "Actually, Ida Lund never used Vimeo.", nil, "Vimeo", Neutral, "", ""},
	{"actually-actor-guard", "guard: a platform's own act stressed by \"actually\" is no stance", "Vimeo actually removed the group's films.", nil, "Vimeo", Neutral, "", ""},
	{"closest-quoted-as", "\"as ‘the closest thing ...’\": a quotation mark may open the likeness", "The members treat Vimeo as ‘the closest thing we have to a town square’.", nil, "Vimeo", Endorses, "", "as ‘the closest thing"},
	{"closest-channel", "a platform's channel may be the one likened", "A Vimeo channel is the closest thing we have to a cinema.", nil, "Vimeo", Endorses, "", "is the closest thing"},
	{"closest-which-calls", "\"which she calls “the closest thing ...”\" likens the name the relative follows", "Ida Lund writes about Vimeo, which she calls “the closest thing we have to a film club”.", nil, "Vimeo", Endorses, "Ida Lund", "calls “the closest thing"},
	{"rejected-trial-chose", "\"looked at A and chose B instead\" turns A down", "The Orford Sea Scouts looked at a WhatsApp number for bookings and chose Signal instead.", nil, "WhatsApp", Criticizes, "Orford Sea Scouts", "chose"},
	{"rejected-trial-chose-chosen", "the name chosen over the one tried is chosen", "The Orford Sea Scouts looked at a WhatsApp number for bookings and chose Signal instead.", nil, "Signal", Endorses, "Orford Sea Scouts", "chose"},
	{"rejected-trial-went-with", "\"went with B\" after a trial is a choice", "The Orford Sea Scouts tried Telegram for a month and then went with a Signal group.", nil, "Telegram", Criticizes, "Orford Sea Scouts", "went with"},
	{"rejected-trial-went-with-chosen", "the name chosen after a determiner is chosen", "The Orford Sea Scouts tried Telegram for a month and then went with a Signal group.", nil, "Signal", Endorses, "Orford Sea Scouts", "went with"},
	{"rejected-trial-went-through", "a verb of choice without its own preposition chooses nothing", "The Orford Sailing Club tried Telegram for a month and went through Signal's settings too.", nil, "Signal", Neutral, "", ""},
	{"rejected-trial-before-it", "\"before it settled on B\" turns the tried A down", "The Orford Sailing Club tried a Telegram channel before it settled on Signal.", nil, "Telegram", Criticizes, "Orford Sailing Club", "before"},
	{"rejected-trial-but-that", "a reported \"but that\" conclusion after a trial turns it down", "The Orford Sea Scouts said they had looked at Vimeo and Flickr but that neither was worth the fee.", nil, "Flickr", Criticizes, "Orford Sea Scouts", "but that"},
	{"rejected-trial-venue", "a trial of posts on a platform turned down judges the platform", "The Orford Sea Scouts looked at paying for sponsored posts on Flickr but found they reached far fewer people.", nil, "Flickr", Criticizes, "Orford Sea Scouts", "found"},
	{"say-for-which-sentence", "\"which is more than I can say for B\" after a whole clause ranks the target before it above B", "Vimeo sent the files back within a day, and its staff signed the note, which is more than I can say for any other service.", nil, "Vimeo", Endorses, "", "more than I can say for"},
	{"say-for-venue", "the comments on a platform that fall short are the platform's", "Ida Lund said Vimeo was full of people who know what a codec is, which is more than she could say for most of the comments on Flickr.", nil, "Flickr", Criticizes, "Ida Lund", "more than she could say for"},
	{"say-for-long-object", "the platform at the end of a longer object falls short", "Vimeo is full of people who know what a codec is, which is more than I can say for most of the comments I ever got on Flickr.", nil, "Flickr", Criticizes, "", "more than I can say for"},
	{"say-for-which-after-name", "\"X, which is more than I can say for\" praises X, it does not say X falls short", "After years on Flickr, Ida Lund keeps her portfolio on Vimeo, which is more than I can say for her old website.", nil, "Vimeo", Endorses, "", "more than I can say for"},
	{"say-for-earlier-target", "guard: only the last target before the \"which\" is ranked", "After years on Flickr, Ida Lund keeps her portfolio on Vimeo, which is more than I can say for her old website.", nil, "Flickr", Neutral, "", ""},
	{"say-for-would", "\"more than I would say for\" as \"can\"", "Vimeo keeps its servers running, which is more than I would say for Flickr.", nil, "Flickr", Criticizes, "", "more than I would say for"},
	{"say-for-fused", "\"more than I’d say for\", its \"’d\" parted and read as \"would\"", "Vimeo keeps its servers running, which is more than I’d say for Flickr.", nil, "Flickr", Criticizes, "", "more than I’d say for"},
	{"say-for-name-between", "a person named before the \"which\" does not stop the ranking of the target", "Vimeo took the video down once Ida Lund flagged it, which is more than I can say for Flickr.", nil, "Vimeo", Endorses, "", "more than I can say for"},
	{"say-for-next-clause", "guard: a target in the next clause is not what falls short", "Vimeo keeps its servers running, which is more than I can say for my old host, though Flickr hosts it too.", nil, "Flickr", Neutral, "", ""},
	{"remove-content", "what a company removes from a platform is its act, no stance toward the platform", "The company said it had removed the groups the researchers had flagged on Vimeo.", nil, "Vimeo", Neutral, "", ""},
	{"remove-content-passive", "content on a platform that was removed judges no platform", "A copy on Vimeo was removed last week.", nil, "Vimeo", Neutral, "", ""},
	{"remove-object-list", "the names removed, in a list, are each removed", "Ida Lund will remove Flickr, Vimeo and Tumblr from every phone her office issues.", nil, "Tumblr", Criticizes, "Ida Lund", "remove"},
	{"remove-object-app", "a platform's app removed is the platform removed", "Ida Lund removed the Flickr app.", nil, "Flickr", Criticizes, "Ida Lund", "removed"},
	{"none-of-which-makes", "\"none of which makes X trustworthy\" denies the praise", "None of which makes Vimeo trustworthy.", nil, "Vimeo", Criticizes, "", "trustworthy"},
	{"all-of-which-makes", "guard: \"all of which makes X trustworthy\" is praise", "All of which makes Vimeo trustworthy.", nil, "Vimeo", Endorses, "", "trustworthy"},
	{"no-longer-go-up", "\"will no longer go up on X\" gives up a use of the platform", "Ida Lund said the concerts will no longer go up on Vimeo.", nil, "Vimeo", Criticizes, "Ida Lund", "no longer go"},
	{"no-longer-find", "\"will no longer find the rota on X\" gives up a use of the platform", "Ida Lund said singers will no longer find the rota on Flickr.", nil, "Flickr", Criticizes, "Ida Lund", "no longer find"},
	{"no-longer-be-done", "a passive use given up: \"must no longer be done in X groups\"", "Ida Lund said the booking must no longer be done in Vimeo groups.", nil, "Vimeo", Criticizes, "Ida Lund", "no longer be"},
	{"no-longer-be-found", "guard: \"can no longer be found on X\" reports a removal, no use given up", "Ida Lund said the film can no longer be found on Vimeo.", nil, "Vimeo", Neutral, "", ""},
	{"no-longer-go-back-to", "guard: \"no longer go back to X\" is the lexicon's \"go back to\", negated", "Ida Lund will no longer go back to Vimeo.", nil, "Vimeo", Criticizes, "Ida Lund", "go back to"},
	{"but-there-after-report", "a speaker's reporting clause before the \"but\" does not stand between \"there\" and the platform", "The Vimeo channel will stay open, Ida Lund said, but the choir will no longer post rehearsal notes there.", nil, "Vimeo", Criticizes, "Ida Lund", "no longer post rehearsal notes there"},
	{"ignored-requests", "a platform that ignored requests to act fails at its job", "Ida Lund said Vimeo had ignored three requests to remove the films.", nil, "Vimeo", Criticizes, "Ida Lund", "ignored three requests"},
	{"ignored-written-requests", "the asks may follow a participle (\"three written requests\")", "Ida Lund said Vimeo had ignored three written requests to remove the films.", nil, "Vimeo", Criticizes, "Ida Lund", "ignored three written requests"},
	{"not-removed-either", "\"had not removed either of them\" is inaction, as \"a single one\" is", "Ida Lund said Vimeo had not removed either of them.", nil, "Vimeo", Criticizes, "Ida Lund", "removed either"},
	{"removed-either-fast", "guard: \"either\" without a negator is no inaction", "Ida Lund said Vimeo removed either of them within a day.", nil, "Vimeo", Endorses, "Ida Lund", "removed either of them within a day"},
	{"support-him-on", "\"support him on X\": the person is supported, the platform is only where", "About 300 people support him on Vimeo.", nil, "Vimeo", Neutral, "", ""},
	{"support-films-on", "\"support the films on X\": the films are supported, the platform is only where", "Ida Lund said 300 people pay to support the films on Vimeo.", nil, "Vimeo", Neutral, "", ""},
	{"thanked-followers-on", "\"thanked her followers on X\" thanks the followers", "Ida Lund thanked her followers on Flickr.", nil, "Flickr", Neutral, "", ""},
	{"recommends-forum-on", "guard: a forum on a platform recommended is the platform recommended", "Ida Lund recommends the forum on Flickr for camp questions.", nil, "Flickr", Endorses, "Ida Lund", "recommends"},
	{"no-longer-recommends-on", "guard: a negated stance verb keeps its reach past its object (dev: \"stopped paying to promote its shows on X\" criticizes X)", "Ida Lund no longer recommends the films on Vimeo.", nil, "Vimeo", Criticizes, "Ida Lund", "recommends"},
	{"recommends-forum-on-the", "guard: the object is found past a \"the\" before the name, as placeBefore finds it", "Ida Lund recommends the forum on the Flickr site.", nil, "Flickr", Endorses, "Ida Lund", "recommends"},
	{"recommends-group-on", "guard: a group on a platform recommended is the platform recommended", "Ida Lund recommends the group on Flickr for camp questions.", nil, "Flickr", Endorses, "Ida Lund", "recommends"},
	{"money-into-films-on", "guard: money put into films on a platform goes to the platform", "The Orford Sea Scouts put their money into films on Vimeo.", nil, "Vimeo", Endorses, "Orford Sea Scouts", "put their money into"},
	{"recommends-over-messages-on", "guard: past four words the object is no longer the verb's own, and a comparison reaches the platform", "Ida Lund recommends Flickr over direct messages on Vimeo.", nil, "Vimeo", Criticizes, "Ida Lund", "recommends"},
	{"moved-from-comments-on", "guard: a move from something on a platform leaves the platform", "Ida Lund moved discussion of the camp from her comments on Vimeo to Flickr.", nil, "Vimeo", Criticizes, "Ida Lund", "moved discussion of the camp from"},
	{"support-agents", "\"support agents\" name a part of a service, no support given", "Fake support agents approached the choir on Vimeo.", nil, "Vimeo", Neutral, "", ""},
	{"take-off-list", "a list taken off a device loses every name in it", "Ida Lund said she had taken Vimeo, Flickr and Discord off her son's laptop.", nil, "Flickr", Criticizes, "Ida Lund", "taken"},
	{"stop-picking-on", "a stance verb whose object is no name is an act given up on the platform", "The Orford Sea Scouts told the crews to stop picking their teams on Flickr.", nil, "Flickr", Criticizes, "Orford Sea Scouts", "stop picking"},
	{"only-place-argue", "a sour word in what the only place allows is no fault of it", "Ida Lund said Flickr is the only place where photographers still argue about light.", nil, "Flickr", Endorses, "Ida Lund", "only place"},
	{"only-app-miserable", "a fault said of the only app outweighs the praise", "Ida Lund said Flickr is the only app that ever made her miserable.", nil, "Flickr", Criticizes, "Ida Lund", "miserable"},
	{"moved-passive-to", "people moved in the passive made no choice of the place they were moved to", "Ida Lund said most of the buyers were moved off Flickr to Vimeo within an hour.", nil, "Vimeo", Neutral, "", ""},
	{"moved-passive-off", "nor of the place they were moved off", "Ida Lund said most of the buyers had been quickly moved from Flickr to Vimeo.", nil, "Flickr", Neutral, "", ""},
	{"not-ask-leave", "a leaving nobody asks for is no stance", "The Orford Sea Scouts' guidance does not ask anyone to leave Flickr.", nil, "Flickr", Neutral, "", ""},
	{"never-wanted-keep-off", "keeping people off a platform nobody wanted is no stance either", "Ida Lund said she never wanted to keep the scouts off Flickr.", nil, "Flickr", Neutral, "", ""},
	{"not-asked-join", "being asked to join is no one's choice of the platform, and not being asked is less", "Ida Lund said she had not been asked to join the Flickr group.", nil, "Flickr", Neutral, "", ""},
	{"kept-for-quoted-purpose", "a quotation that only names whom an account is kept for gives no reason to value it", "Ida Lund said the scouts would keep their Flickr group for camp photographs, “for the parents”.", nil, "Flickr", Neutral, "", ""},
	{"kept-quoted-reason", "a quoted reason that opens with no \"for\" still makes the keeping a judgment", "Ida Lund said the scouts would keep their Flickr group, “since the parents all look there”.", nil, "Flickr", Endorses, "Ida Lund", "keep"},
	{"abandoned-passive", "a platform abandoned in the passive is still left: only a moving verb's passive moves people who made no choice", "Ida Lund said Flickr was abandoned by most of the scouts last year.", nil, "Flickr", Criticizes, "Ida Lund", "abandoned"},
	{"never-wanted-boycott", "a boycott nobody wanted is no stance, not a defence", "Ida Lund said she never wanted a boycott of Flickr.", nil, "Flickr", Neutral, "", ""},
	{"works-for-us", "a platform that works for its users is valued", "“Vimeo works for us because the scouts can find every film,” said Ida Lund.", nil, "Vimeo", Endorses, "Ida Lund", "works for"},
	{"works-because", "a platform that works because of what it is is valued", "“Flickr works because it is ours,” said Ida Lund.", nil, "Flickr", Endorses, "Ida Lund", "works because"},
	{"works-if", "a platform supposed to work is not yet one that does", "“If Flickr works, the films go to the scouts and the photographs stay in Orford,” said Ida Lund.", nil, "Flickr", Neutral, "", ""},
	{"works-reported-relative", "a report between the relative and its verb leaves the verb the platform's", "The scouts still share their films through a group on Vimeo, which Ida Lund said “works, so nobody touches it”.", nil, "Vimeo", Endorses, "Ida Lund", "works"},
	{"faint-lovely-but", "praise the speaker turns from with a bare \"but\" is faint praise", "“Vimeo is lovely, but the parents we need to reach are on Facebook, so that is where I spend my evenings now,” said Ida Lund.", nil, "Vimeo", Criticizes, "Ida Lund", "lovely"},
	{"faint-because-but", "praise inside a reason the speaker wishes were true is no faint praise", "“I’d love to tell you it’s because Vimeo is lovely, but the parents we need to reach are on Facebook, so that is where I spend my evenings now,” said Ida Lund.", nil, "Vimeo", Endorses, "Ida Lund", "lovely"},
	{"faint-adverb-but", "an adverb between the verb and the praise changes nothing", "“Vimeo is really lovely, but the parents we need to reach are on Facebook, so that is where I spend my evenings now,” said Ida Lund.", nil, "Vimeo", Criticizes, "Ida Lund", "lovely"},
	{"faint-no-comma", "a \"but\" right after the praise turns it as a comma and \"but\" do", "“Vimeo is lovely but the parents we need to reach are on Facebook, so that is where I spend my evenings now,” said Ida Lund.", nil, "Vimeo", Criticizes, "Ida Lund", "lovely"},
	{"learned-more-from", "where the speaker learned more than elsewhere is credited", "“I learned more from the films on Vimeo than from any book,” said Ida Lund.", nil, "Vimeo", Endorses, "Ida Lund", "learned more"},
	{"learned-more-on-place", "a source on the platform is the platform's credit", "“The scouts learned more knots from Vimeo in a week than I taught them in a year,” said Ida Lund.", nil, "Vimeo", Endorses, "Ida Lund", "learned more"},
	{"learn-more-than-from", "what one learns less from is the loser of the comparison", "“You’ll learn more in an hour at the harbour than from a year of our Flickr,” said Ida Lund.", nil, "Flickr", Criticizes, "Ida Lund", "learn more"},
	{"learned-more-about", "what one learned more about is the topic, not the source", "“I learned more about Vimeo from the scouts than from the manual,” said Ida Lund.", nil, "Vimeo", Neutral, "", ""},
	{"learn-more-no-than", "learning more with nothing compared is a pointer, no credit", "Parents can learn more from the club’s page on Vimeo.", nil, "Vimeo", Neutral, "", ""},
	{"learned-more-in-place", "a place on the platform where more was learned is the platform's credit", "“The scouts learned more in a week of films on Vimeo than in a year of lessons,” said Ida Lund.", nil, "Vimeo", Endorses, "Ida Lund", "learned more"},
	{"learned-less-from", "where the speaker learned less than elsewhere loses", "“I learned less from the films on Vimeo than from any book,” said Ida Lund.", nil, "Vimeo", Criticizes, "Ida Lund", "learned less"},
	{"learned-more-from-poster", "what one learned from someone who posts on the platform credits that someone", "“I learned more about knots from a scout in Orford who posts on Vimeo than from any book,” said Ida Lund.", nil, "Vimeo", Neutral, "", ""},
	{"not-here-to-tell", "a saying the speaker is not there to make is no judgment", "“I’m not standing here to tell anyone that Vimeo is evil,” said Ida Lund.", nil, "Vimeo", Neutral, "", ""},
	{"not-long-before-said", "a negation that is no part of the saying leaves it said", "It was not long before Ida Lund said Vimeo was evil.", nil, "Vimeo", Criticizes, "Ida Lund", "evil"},
	{"kept-not-post-on-it", "an account kept but no longer posted on, named by \"it\", is given up", "Ida Lund will keep her account on Vimeo but will not post on it again.", nil, "Vimeo", Criticizes, "Ida Lund", "not post on it"},
	{"kept-not-post-anything-on-it", "an object between the verb and \"on it\" changes nothing", "Ida Lund will keep her account on Vimeo but will not post anything on it again.", nil, "Vimeo", Criticizes, "Ida Lund", "not post anything on it"},
	{"kept-undecided-with-it", "\"it\" that no preposition of place governs is no place given up", "Ida Lund will keep her account on Vimeo but has not decided what to do with it.", nil, "Vimeo", Neutral, "", ""},
	{"never-had-from", "a source that never gave is criticized", "Ida Lund said the club had never had a single booking from Vimeo or Flickr.", nil, "Flickr", Criticizes, "Ida Lund", "never had"},
	{"never-had-from-verb", "a source behind a verb of its own is no source of the deed", "Ida Lund said the club had never had a booking that came from Flickr.", nil, "Flickr", Neutral, "", ""},
	{"not-a-single-sold", "an emphatic none from a service is its failure", "“Vimeo has not sold us a single ticket,” said Ida Lund.", nil, "Vimeo", Criticizes, "Ida Lund", "not sold"},
	{"not-a-single-lost", "a harm not done is left to negation", "“Vimeo has not lost a single film of ours,” said Ida Lund.", nil, "Vimeo", Neutral, "", ""},
	{"not-a-single-expect", "an expectation is no deed", "“Vimeo does not expect a single scout to pay for it,” said Ida Lund.", nil, "Vimeo", Neutral, "", ""},
	{"never-had-from-clause", "a source in another clause is no source of the deed", "Ida Lund has never had a single booking; from Flickr she gets only questions.", nil, "Flickr", Neutral, "", ""},
	{"not-a-single-relative-open", "a relative clause with a subject of its own keeps its deed", "The scouts joined Vimeo, where Ida Lund has not made a single film yet.", nil, "Vimeo", Neutral, "", ""},
	{"not-a-single-answered", "a reply not given stays inaction", "“Flickr has not answered a single one of our letters,” said Ida Lund.", nil, "Flickr", Criticizes, "Ida Lund", "answered a single"},
	{"not-a-single-advice", "a command not to spend time on the platform is advice against it", "Post your films on Flickr, and do not spend a single minute on Vimeo.", nil, "Vimeo", Criticizes, "", "do not spend"},
	{"not-a-single-relative", "a relative clause between the subject and its deed is stepped over", "“Vimeo, where the scouts post their films, has not sold us a single ticket,” said Ida Lund.", nil, "Vimeo", Criticizes, "Ida Lund", "not sold"},
	{"not-a-single-relative-name", "a name inside the relative clause leaves the subject its deed", "“Vimeo, which bought Flickr last year, has not sold us a single ticket,” said Ida Lund.", nil, "Vimeo", Criticizes, "Ida Lund", "not sold"},
	{"relative-report-closed", "a report inside a closed relative clause is not the sentence's speaker", "Ida Lund runs the Orford Sea Scouts. They post films every week. Vimeo, where a film agency told me to post our films, is useless.", nil, "Vimeo", Criticizes, "", "useless"},
	{"manner-best-run", "a manner adverb joined to a participle praises", "“Vimeo is the best-run site we have used,” said Ida Lund.", nil, "Vimeo", Endorses, "Ida Lund", "best-run"},
	{"manner-well-organised", "well- carries good's valence", "Ida Lund called Vimeo “a well-organised home for our films”.", nil, "Vimeo", Endorses, "Ida Lund", "well-organised"},
	{"manner-badly-moderated", "a bad manner condemns", "“Flickr is a badly-moderated site,” said Ida Lund.", nil, "Flickr", Criticizes, "Ida Lund", "badly-moderated"},
	{"manner-ly", "an adverb in -ly outside the lexicon weighs like its adjective", "“Vimeo is a cleanly-designed archive,” said Ida Lund.", nil, "Vimeo", Endorses, "Ida Lund", "cleanly-designed"},
	{"manner-best-selling", "sales are no judgment", "“Vimeo is the best-selling site for films,” said Ida Lund.", nil, "Vimeo", Neutral, "", ""},
	{"manner-noun-opener", "a noun before the participle is no manner", "“Vimeo is a spam-filtered site,” said Ida Lund.", nil, "Vimeo", Neutral, "", ""},
	{"manner-not-participle", "a manner adverb before a noun is no participle", "“Flickr is the worst-case plan for our films,” said Ida Lund.", nil, "Flickr", Neutral, "", ""},
	{"only-place-leave-note", "leaving a note behind is no criticism in the praise's clause", "“Vimeo is the only place where strangers leave a note under our films,” said Ida Lund.", nil, "Vimeo", Endorses, "Ida Lund", "only place"},
	{"only-site-left", "a platform left in the praise's clause is no praise", "“Vimeo is the only site that all our members have left,” said Ida Lund.", nil, "Vimeo", Neutral, "", ""},
	{"where-who-never", "what the people found there never did is no harm of the place", "“Vimeo is where people who have never heard of the scouts find our films,” said Ida Lund.", nil, "Vimeo", Endorses, "Ida Lund", "is where"},
	{"where-never", "a place where things never happen is no praise", "“Vimeo is where people never find our films,” said Ida Lund.", nil, "Vimeo", Neutral, "", ""},
	{"superlative-comparative", "a superlative outside the lexicon weighs like its comparative", "“The chat on Vimeo is the kindest corner of the internet I have found,” said Ida Lund.", nil, "Vimeo", Endorses, "Ida Lund", "kindest"},
	{"superlative-adjective", "or like its adjective", "“Vimeo is the fairest deal our scouts have had,” said Ida Lund.", nil, "Vimeo", Endorses, "Ida Lund", "fairest"},
	{"superlative-tagged-jj", "a superlative the tagger calls a plain adjective weighs the same", "“Vimeo is the cleanest place we have found,” said Ida Lund.", nil, "Vimeo", Endorses, "Ida Lund", "cleanest"},
	{"superlative-hard", "the hardest place to use is criticized", "Ida Lund said Flickr was the hardest site for the scouts to use.", nil, "Flickr", Criticizes, "Ida Lund", "hardest"},
	{"do-nothing", "a platform that did nothing is faulted", "The scouts reported the account to Flickr. Ida Lund said Flickr had the photographs for three weeks and did nothing.", nil, "Flickr", Criticizes, "Ida Lund", "did nothing"},
	{"do-nothing-but", "doing nothing but something else is no failure", "The scouts post on Vimeo. Ida Lund said the accounts on Flickr do nothing but post photographs of boats.", nil, "Flickr", Neutral, "", ""},
	{"first-place", "the first place a clause describes praises as the only place does", "“Vimeo was the first place on the internet that ever paid the scouts back,” said Ida Lund.", nil, "Vimeo", Endorses, "Ida Lund", "first place"},
	{"first-place-still", "“still” may stand after the link verb", "“Vimeo is still the first place our parents look when a camp is cancelled,” said Ida Lund.", nil, "Vimeo", Endorses, "Ida Lund", "first place"},
	{"first-rank", "the first to do something is a rank, not praise", "Ida Lund said Flickr was the first site to show films in colour.", nil, "Flickr", Neutral, "", ""},
	{"first-place-subject", "the first place as the subject of the link is no praise of it", "Ida Lund said the first place the scouts posted their films was Flickr.", nil, "Flickr", Neutral, "", ""},
	{"first-place-no-clause", "the first site with no clause to describe it is a rank", "The scouts post on Vimeo. Flickr was “the first site”, said Ida Lund.", nil, "Flickr", Neutral, "", ""},
	{"complaint-topic-named", "a complaint about a name faults it", "The scouts post on Vimeo. Ida Lund said she had heard the same complaint about Flickr from several parents.", nil, "Flickr", Criticizes, "Ida Lund", "complaint"},
	{"complaint-filed", "a complaint as a filing faults nothing named", "The scouts post on Vimeo. The complaint, filed on Tuesday, lists nine films on Flickr.", nil, "Flickr", Neutral, "", ""},
	{"complaint-other-topic", "a complaint about something else does not fault the name", "The scouts post on Vimeo. Ida Lund said complaints about the car park rose after the scouts posted on Flickr.", nil, "Flickr", Neutral, "", ""},
	{"complaint-vader-written", "nor does VADER's valence of the noun where the complaints are only written there", "The scouts post on Vimeo. The parents wrote their complaints on Flickr, Ida Lund said.", nil, "Flickr", Neutral, "", ""},
	{"owner-harms", "a company that owns the platform reporting the harms it removes does not fault its own platform", "The scouts post on Vimeo. A spokesperson for Meta said the company had removed thousands of fake accounts from Instagram last month.", nil, "Instagram", Neutral, "", ""},
	{"owner-spokeswoman", "nor does its spokeswoman", "The scouts post on Vimeo. A Meta spokeswoman said fake accounts were rare on Instagram.", nil, "Instagram", Neutral, "", ""},
	{"owner-and-called", "a second reporting verb of the same company is still its words", "The scouts post on Vimeo. Meta said it had removed the fake accounts from Instagram and called the reports misleading.", nil, "Instagram", Neutral, "", ""},
	{"owner-praise", "the owner's praise of its platform still counts", "The scouts post on Vimeo. A spokesperson for Meta said Instagram was a safe place for teenagers.", nil, "Instagram", Endorses, "Meta", "safe"},
	{"owner-goes-on", "nor when the owner's spokeswoman goes on speaking in the sentence after", "The scouts reported 30 listings to the police. A Meta spokeswoman said the company had removed them. She said the sellers had been banned from Facebook.", nil, "Facebook", Neutral, "", ""},
	{"owner-goes-on-other", "but the owner may fault a platform it does not own", "The scouts reported 30 listings to the police. A Meta spokeswoman said the company had removed them. She said the sellers had first posted on Telegram, which ignored every report.", nil, "Telegram", Criticizes, "Meta", "ignored every report"},
	{"owner-then-critic", "a critic reported after the owner speaks for herself", "The scouts post on Vimeo. Meta said it removes fake accounts every day, but Ida Lund says Instagram is still dangerous for teenagers.", nil, "Instagram", Criticizes, "Ida Lund", "dangerous"},
	{"owner-other-platform", "a company faulting a platform it does not own is criticism", "The scouts post on Vimeo. Meta said fake accounts were rampant on TikTok.", nil, "TikTok", Criticizes, "Meta", "fake"},
	{"less-sure-about", "doubt short of rejection is criticism, though \"sure\" alone is no cue", "The scouts post on Vimeo. Ida Lund is less sure about Flickr.", nil, "Flickr", Criticizes, "Ida Lund", "less sure about"},
	{"less-sure-part", "doubt about a part of the platform is doubt about the platform", "The scouts post on Vimeo. Ida Lund was less sure about the captions on Flickr.", nil, "Flickr", Criticizes, "Ida Lund", "less sure about"},
	{"unconvinced-by", "\"unconvinced by\" is doubt too", "The scouts post on Vimeo. Ida Lund remains unconvinced by Flickr.", nil, "Flickr", Criticizes, "Ida Lund", "unconvinced by"},
	{"ahead-survey-named", "the name a survey's respondents chose, well ahead of another, is ranked over it", "The scouts post on Vimeo. Asked which site had brought them the most new members, 52 per cent named Vimeo, well ahead of Flickr on 21 per cent.", nil, "Vimeo", Endorses, "", "ahead of"},
	{"ahead-survey-behind", "and the other is ranked under it", "The scouts post on Vimeo. Asked which site had brought them the most new members, 52 per cent named Vimeo, well ahead of Flickr on 21 per cent.", nil, "Flickr", Criticizes, "", "ahead of"},
	{"ahead-far-rated", "a rating \"far ahead of\" ranks as \"ahead of\" does", "The scouts post on Vimeo. Most scouts rated Vimeo far ahead of Flickr.", nil, "Flickr", Criticizes, "", "ahead of"},
	{"ahead-no-ranking", "\"well ahead of\" in time ranks nothing", "The scouts post on Vimeo. In May the scouts uploaded their films to Vimeo, well ahead of Flickr.", nil, "Flickr", Neutral, "", ""},
	{"cleft-miss", "the object a pseudo-cleft's verb lacks is the name after its copula", "The site I would honestly miss is Vimeo, and not for the films.", nil, "Vimeo", Endorses, "", "miss"},
	{"cleft-pick-first", "an adverb may follow the cleft's verb, and a name be its subject", "The one Ida Lund would pick first is Vimeo.", nil, "Vimeo", Endorses, "Ida Lund", "pick"},
	{"cleft-wanted-to", "\"wanted to\" before the verb, \"the\" before the name", "What the scouts wanted to pick was the Vimeo group.", nil, "Vimeo", Endorses, "", "pick"},
	{"cleft-name-elsewhere", "the cleft's complement is no name: the verb judges nothing named", "The one I would drop is the one Ida uses on Flickr.", nil, "Flickr", Neutral, "", ""},
	{"cleft-do-miss", "prose tags the verb after the cleft's \"do\" a determiner; it is the verb", "What I do miss is the Vimeo of 2014, when a film got a hundred comments.", nil, "Vimeo", Endorses, "", "miss"},
	{"cleft-do-like", "prose tags the verb after the cleft's \"do\" a preposition too; it is the verb", "What I do like is the Vimeo of 2014.", nil, "Vimeo", Endorses, "", "like"},
	{"cleft-do-best", "guard: an adverb after the cleft's \"does\" stays one, and \"does\" is the verb", "What Vimeo does best is hosting films.", nil, "Vimeo", Endorses, "", "best"},
	{"cleft-not-recommend", "a cleft singles its name out as the one not recommended: advice against it, not advice withheld", "What I do not recommend is Vimeo.", nil, "Vimeo", Criticizes, "", "recommend"},
	{"cleft-can-not-forgive", "\"can not\" before the cleft's verb refuses the name as \"cannot\" does", "What I can not forgive is Tumblr.", nil, "Tumblr", Criticizes, "", "forgive"},
	{"contact-clause-object", "a relative clause without its pronoun judges the noun before it, not the name further back", "Flickr, which has turned the photographers I most admire into salesmen, is busy.", nil, "Flickr", Neutral, "", ""},
	{"contact-clause-copula", "after a copula the noun is what the name is, and the clause judges the name", "We use Vimeo, which is the service we recommend.", nil, "Vimeo", Endorses, "", "recommend"},
	{"fight-for", "fighting for a service takes its side", "The app I would gladly fight for is Vimeo.", nil, "Vimeo", Endorses, "", "fight for"},
	{"fight-to-keep", "fighting to keep a service takes its side", "Ida Lund said she would fight to keep Vimeo.", nil, "Vimeo", Endorses, "Ida Lund", "fight to keep"},
	{"absent-but-on", "a presence set against an absence is where the speaker's people are", "“The woman who runs the bakery is not on Flickr, but she is on Vimeo every single day,” said Ida Lund.", nil, "Vimeo", Endorses, "Ida Lund", "is on"},
	{"absent-our-scouts", "a plural subject's presence set against its absence", "“Our scouts are on Vimeo every evening; they are not on Flickr,” said Ida Lund.", nil, "Vimeo", Endorses, "Ida Lund", "are on"},
	{"presence-alone", "a presence with no absence set against it only places someone", "“She is on Vimeo every single day,” said Ida Lund.", nil, "Vimeo", Neutral, "", ""},
	{"absent-thing-on", "a thing on a platform is no audience, even beside an absence", "“The club is not on Flickr, and the film is on Vimeo,” said Ida Lund.", nil, "Vimeo", Neutral, "", ""},
	{"write-off", "writing a service off gives up on it", "The scouts had written off Flickr years ago.", nil, "Flickr", Criticizes, "", "written off"},
	{"write-off-wrong", "wrong to write a service off defends it", "Ida Lund said the scouts were wrong to write off Vimeo.", nil, "Vimeo", Endorses, "Ida Lund", "write off"},
	{"warned-about", "a warning reported is no cue of its own", "Ida Lund warned the scouts about the prices on Flickr.", nil, "Flickr", Neutral, "", ""},
	{"popular-with", "a site popular with an audience is described, not praised", "Vimeo, the video site popular with film students, scored 19.", nil, "Vimeo", Neutral, "", ""},
	{"popular-among", "\"popular among\" describes too", "Ida Lund said Flickr remains popular among older photographers.", nil, "Flickr", Neutral, "", ""},
	{"popular-own-film", "one's own most popular film says nothing of the site it is on", "Her most popular film has been watched 40,000 times on Vimeo.", nil, "Vimeo", Neutral, "", ""},
	{"popular-name-own", "a name's possessive before \"most popular\" describes its own post", "The scouts post on Vimeo. Ida Lund's most popular film is still on Vimeo.", nil, "Vimeo", Neutral, "", ""},
	{"popular-site", "a site called the most popular is still praised", "Ida Lund said Vimeo is the most popular site for short films.", nil, "Vimeo", Endorses, "Ida Lund", "popular"},
	{"popular-with-scammers", "popular with bad clients is still a charge", "Ida Lund said Flickr had become popular with scammers.", nil, "Flickr", Criticizes, "Ida Lund", "popular"},
	{"support-questions", "support as a help desk (\"support questions\") takes no side", "Ida Lund answers support questions on Vimeo.", nil, "Vimeo", Neutral, "", ""},
	{"support-possessive", "a body's own support work takes no side", "Until May, most of the club's support happened on a Vimeo forum.", nil, "Vimeo", Neutral, "", ""},
	{"supported-by", "being supported by a group takes no side toward a platform named later", "The scouts are supported by the Orford Trust, and most of their films are on Vimeo.", nil, "Vimeo", Neutral, "", ""},
	{"support-for-possessive", "a possessive's support for a platform is still a stance", "The club's support for Vimeo is well known.", nil, "Vimeo", Endorses, "", "support"},
	{"support-desks", "fake support desks on a platform are no praise of it", "The report also describes fake support desks on Vimeo, where strangers ask for passwords.", nil, "Vimeo", Neutral, "", ""},
	{"support-their", "a possessive pronoun's own support work takes no side", "Until May, most of their support happened on a Vimeo forum.", nil, "Vimeo", Neutral, "", ""},
	{"support-of-possessive", "a possessive's support of a platform is still a stance", "The club's support of Vimeo is well known.", nil, "Vimeo", Endorses, "", "support"},
	{"have-supported", "an auxiliary before \"supported\" with an object is active backing", "The scouts have supported Vimeo since 2015.", nil, "Vimeo", Endorses, "", "supported"},
	{"supported-by-reduced", "a platform supported by a group, with no auxiliary, is backed", "Vimeo, supported by the Orford Sea Scouts since 2015, hosts all their films.", nil, "Vimeo", Endorses, "", "supported"},
	{"which-is-where", "a platform that is \"where\" people are, in a relative clause, is praised", "The scouts post their notices on Vimeo, which is where the parents look.", nil, "Vimeo", Endorses, "", "which is where"},
	{"which-is-where-other", "the relative clause is about the name right before it", "The scouts post their films on Vimeo and on the club's website, which is where the parents look.", nil, "Vimeo", Neutral, "", ""},
	{"venue-thats-where", "a platform posted on \"because that's where\" people are is praised", "Ida Lund said she posts workout videos on Vimeo, because that's where new clients find her.", nil, "Vimeo", Endorses, "Ida Lund", "that's where"},
	{"not-since", "a platform not posted on since a date has been given up", "Ida Lund has not posted on Flickr, formerly her home, since 2022.", nil, "Flickr", Criticizes, "Ida Lund", "has not posted"},
	{"not-since-there", "\"there\" after the lapse points back to the platform", "Ida Lund closed her account on Flickr in May and has not posted there since.", nil, "Flickr", Criticizes, "Ida Lund", "has not posted"},
	{"not-since-other", "the lapse is of the platform it names, not of one before it", "Ida Lund still posts films on Vimeo, though she has not opened Flickr since May.", nil, "Vimeo", Neutral, "", ""},
	{"not-since-none", "a lapse with no \"since\" is no verdict", "Ida Lund opened an account on Flickr in May and has not posted there this week.", nil, "Flickr", Neutral, "", ""},
	{"not-since-clause", "a \"since\" past the end of the clause is not the lapse's", "Ida Lund has not posted on Flickr, but the club has since.", nil, "Flickr", Neutral, "", ""},
	{"not-since-aux", "a negated passive is no lapse", "The films were not uploaded to Flickr since the club had no account there.", nil, "Flickr", Neutral, "", ""},
	{"not-since-even", "an adverb may stand between the negator and the lapse verb", "Ida Lund has not even opened Flickr since May.", nil, "Flickr", Criticizes, "Ida Lund", "has not even opened"},
	{"not-since-after", "a platform named after \"since\" is not what was left unused", "Ida Lund has not posted since the scouts set up a page on Vimeo.", nil, "Vimeo", Neutral, "", ""},
	{"not-since-posted", "a perfect that is not negated is no lapse", "Ida Lund has often posted on Flickr since 2022.", nil, "Flickr", Neutral, "", ""},
	{"lost-by-people", "what people have lost does not spoil the place they remember it in", "Ida Lund said Vimeo is where families keep films of the people they have lost.", nil, "Vimeo", Endorses, "Ida Lund", "is where"},
	{"lost-who", "a group for people who had lost something is no loss to the platform", "The scouts post on Vimeo. For Ida Lund, the place was a Vimeo group for people who had lost a boat.", nil, "Vimeo", Neutral, "", ""},
	{"lost-to", "time lost to a platform is still a charge", "Anyone who has ever lost an evening to Flickr's menus knows the feeling.", nil, "Flickr", Criticizes, "", "lost"},
	{"lost-where", "a loss at a platform, with no relative subject, is still a charge", "Ida Lund said Flickr is where she lost every film from 2019.", nil, "Flickr", Criticizes, "Ida Lund", "lost"},
	{"rewards-the", "a platform that rewards a kind of thing is faulted for its incentives", "Ida Lund said Flickr rewards the photograph that looks expensive.", nil, "Flickr", Criticizes, "Ida Lund", "rewards the photograph that looks expensive"},
	{"rewards-exactly", "\"rewards exactly\" the wrong thing is a charge", "Ida Lund said Flickr rewards exactly the pictures the club does not want.", nil, "Flickr", Criticizes, "Ida Lund", "rewards exactly the pictures the club does not want"},
	{"rewards-with", "a reward given \"with\" something is praise", "Ida Lund said Vimeo rewards the film makers with a bigger audience.", nil, "Vimeo", Endorses, "Ida Lund", "rewards"},
	{"rewards-paid", "a reward paid is praise", "Ida Lund said Vimeo rewards the film makers in cash.", nil, "Vimeo", Endorses, "Ida Lund", "rewards"},
	{"rewards-pay-later", "a payment in another clause does not make the reward one", "Ida Lund said Flickr rewards the loudest picture; Vimeo pays in cash.", nil, "Flickr", Criticizes, "Ida Lund", "rewards the loudest picture"},
	{"winning-film", "a winning entry posted on a platform is no praise of it", "The scouts post each month's winning film on Vimeo.", nil, "Vimeo", Neutral, "", ""},
	{"biggest-winner", "a platform called the winner of a contest or a market is described", "The scouts post on Vimeo. The biggest winner this year may be Vimeo.", nil, "Vimeo", Neutral, "", ""},
	{"big-winners", "platforms called winners are described", "The scouts post on Vimeo. The big winners this year were Vimeo and Flickr.", nil, "Flickr", Neutral, "", ""},
	{"winner-person", "a caller's target who is the winner is still praised", "Ida Lund was the big winner of the election.", []string{"Ida Lund"}, "Ida Lund", Endorses, "", "winner"},
	{"not-since-nt", "a contracted negator makes the same lapse", "Ida Lund hasn't opened Flickr since May.", nil, "Flickr", Criticizes, "Ida Lund", "hasn't opened"},
	{"not-since-curly", "a contracted negator with a curly apostrophe makes the same lapse", "Ida Lund hasn’t opened Flickr since May.", nil, "Flickr", Criticizes, "Ida Lund", "hasn’t opened"},
	{"not-since-ive", "\"'ve\" before the negator is the perfect's auxiliary", "“I've not opened Flickr since May,” Ida Lund said.", nil, "Flickr", Criticizes, "Ida Lund", "'ve not opened"},
	{"contraction-verb-after", "\"they’ve come off\": with \"'ve\" its own word, the word after it is tagged a verb, not left to a noun \"they've\"", "“I’m glad they’ve come off Snapchat, and I wish they’d done it sooner,” Ida Lund said.", nil, "Snapchat", Criticizes, "Ida Lund", "come off"},
	{"contrast-other-subject", "praise or blame in a clause of its own, of another platform as its subject, turns on a platform set beside it", "Flickr and Vimeo were our whole club, and Tumblr was our worst year.", nil, "Flickr", Endorses, "", "worst"},
	{"contrast-reported-that", "\"but that\" sets a second reported clause beside the first", "Ida Lund said Flickr had kept the club's photographs, but that Vimeo was the best host she had found.", nil, "Flickr", Criticizes, "Ida Lund", "best"},
	{"contrast-subordinate", "a platform in a subordinate clause is the background, not the other side", "When Flickr closed, Vimeo was the best place we had.", nil, "Flickr", Neutral, "", ""},
	{"that-subject-valence", "the subject of a that-clause is no prepositional object: the clause's words judge it", "Ida Lund said that Flickr had a real problem with fake accounts.", nil, "Flickr", Criticizes, "Ida Lund", "problem"},
	{"contrast-actor", "a platform's act judges what it acts on, not the platform, so there is nothing to turn on another", "“Vimeo took the same clip down within a day of our first report and has blocked every copy since; from Flickr we got an automated reply.”", nil, "Flickr", Neutral, "", ""},
	{"contrast-subordinate-cue", "words in a subordinate clause set the scene and turn nothing in the main clause", "When the members of the Vimeo group agreed to log off for a week, the planning happened on Flickr.", nil, "Flickr", Neutral, "", ""},
	{"contrast-subordinate-and", "a conjunction before the subordinator still opens a subordinate clause", "Flickr kept our prints, and when Vimeo failed us, the club stayed.", nil, "Flickr", Neutral, "", ""},
	{"possessed-subject-instead", "a subject an organization owns (\"the playhouse's trailers\") makes the move the owner's", "The Orford Playhouse will stop posting on Flickr. From next month the playhouse’s trailers will go on Vimeo instead.", nil, "Vimeo", Endorses, "Orford Playhouse", "instead"},
	{"participle-report-deed", "a participle's report without \"that\" is still the sentence subject's, not a name in the object", "Ida Lund, who runs a bakery in Orford, sued Flickr and a neighbour, Tom Reed, last spring, saying the post had cost her thirty orders.", nil, "Flickr", Criticizes, "Ida Lund", "sued"},
	{"participle-reason-unnamed", "what a subject's reason says of unnamed people (\", saying players get better answers\") is its own claim", "Kestrel Games has left Flickr, saying players get better answers on Tumblr.", nil, "Tumblr", Endorses, "Kestrel Games", "better"},
	{"participle-unnamed-deed", "what unnamed people did, given as the reason, is still their deed", "Kestrel Games has left Flickr, saying players had moved to Tumblr.", nil, "Tumblr", Endorses, "", "moved to"},
	{"said-aside-unnamed", "a report verb after an apposition's comma is no participle: unnamed people's answers stay theirs", "Ida Lund, a baker, said players get better answers on Tumblr.", nil, "Tumblr", Endorses, "", "better"},
	{"saying-unnamed-better", "nor is a participle with no comma before it (\"keeps saying\")", "Ida Lund keeps saying players get better answers on Tumblr.", nil, "Tumblr", Endorses, "", "better"},
	{"said-unnamed-better", "a speaker who reports what unnamed people get holds no view of it", "Ida Lund said players get better answers on Tumblr.", nil, "Tumblr", Endorses, "", "better"},
	{"lost-theyve", "\"they've lost\" is people's own loss too", "Ida Lund said Vimeo is where families keep films of the people they've lost.", nil, "Vimeo", Endorses, "Ida Lund", "is where"},
	{"miss-it", "missing a platform named before, by a pronoun, is fondness for it", "The scouts kept their photographs on Flickr for ten years, and Ida Lund says she will miss it.", nil, "Flickr", Endorses, "Ida Lund", "will miss"},
	{"miss-either", "not missing either of two platforms faults both", "Vimeo and Flickr stayed closed, and I have not missed either of them.", nil, "Vimeo", Criticizes, "", "have not missed"},
	{"miss-object-name", "a platform named in what is missed is missed too", "Ida Lund said she would miss the club's posts on Vimeo.", nil, "Vimeo", Endorses, "Ida Lund", "would miss the club's posts on"},
	{"miss-object-bad", "a bad word in what is missed is no charge of its own", "Ida Lund said she would miss the long arguments on Flickr.", nil, "Flickr", Endorses, "Ida Lund", "would miss the long arguments on"},
	{"miss-object-other", "what is missed on one platform says nothing of one named before", "Ida Lund keeps photographs on Flickr, and she would miss the club's posts on Vimeo.", nil, "Flickr", Neutral, "", ""},
	{"miss-nobody-to", "nobody there to miss a platform faults it", "“On Flickr there's nobody to miss it,” said Ida Lund.", nil, "Flickr", Criticizes, "Ida Lund", "miss"},
	{"misses-it", "\"misses\" is the same fondness", "The scouts post on Vimeo, and Ida Lund still misses it.", nil, "Vimeo", Endorses, "Ida Lund", "still misses"},
	{"miss-comma", "a name past the end of what is missed is not missed", "Ida Lund will miss the camp, so she films for Vimeo.", nil, "Vimeo", Neutral, "", ""},
	{"miss-moved-list", "nor does it point to a list where the move went", "The club left Tumblr last year, moved its photographs to Flickr and a Vimeo channel, and has not missed it.", nil, "Vimeo", Endorses, "", "moved its photographs to"},
	{"miss-nobody", "nobody missing a platform faults it", "Nobody in Orford will miss the club's Flickr account.", nil, "Flickr", Criticizes, "", "will miss the club's"},
	{"miss-there", "\"there\" in what is missed points back to the platform", "Ida Lund said the scouts post on Flickr and that she would miss their photographs there.", nil, "Flickr", Endorses, "Ida Lund", "would miss"},
	{"miss-moved-to", "a pronoun after a move does not point to where the move went", "The club left Flickr last year, moved its photographs to Vimeo, and has not missed it.", nil, "Vimeo", Endorses, "", "moved its photographs to"},
	{"missed-failure", "a plain past \"missed\" is a failure to see, not fondness", "The scouts post on Vimeo. Ida Lund missed the club's posts on Vimeo last week.", nil, "Vimeo", Neutral, "", ""},
	{"miss-about", "what is missed about a platform is a part, weighed after", "The scouts post on Vimeo. The only thing Ida Lund misses about Flickr is the arguments.", nil, "Flickr", Criticizes, "Ida Lund", ""},
	{"last-place", "the last place the speaker would send anyone is criticized", "“Flickr is the last place I'd send a beginner,” said Ida Lund.", nil, "Flickr", Criticizes, "Ida Lund", "last place"},
	{"last-place-would", "the chooser and the modal may be two words", "Ida Lund said Flickr was the last place she would look for a badge.", nil, "Flickr", Criticizes, "Ida Lund", "last place"},
	{"last-place-looked", "the last place someone looked is no choice", "Ida Lund said Flickr was the last place she looked before she found the badge.", nil, "Flickr", Neutral, "", ""},
	{"last-club", "any last thing someone would choose is the same verdict", "Ida Lund said Flickr was the last club she would join.", nil, "Flickr", Criticizes, "Ida Lund", "last club"},
	{"last-place-theyd", "\"they'd\", its \"'d\" parted and read as \"would\", like \"I'd\"", "Ida Lund said Flickr was the last place they'd send a beginner.", nil, "Flickr", Criticizes, "Ida Lund", "last place"},
	{"last-place-youll", "\"you'll\" is a chooser and a modal", "Flickr is the last place you'll find a scout.", nil, "Flickr", Criticizes, "", "last place"},
	{"last-place-where", "the last place where something still happens says what is lost", "Ida Lund said Flickr was the last place where scouts still argued in public.", nil, "Flickr", Neutral, "", ""},
	{"last-place-link", "a last place not said of the platform is none of its", "Ida Lund posted the photographs on Flickr from the last place we would stop.", nil, "Flickr", Neutral, "", ""},
	{"right-about", "someone right about a platform was right to fault it; the one who says so holds it", "Ida Lund said Orford Council was right about Flickr.", nil, "Flickr", Criticizes, "Ida Lund", "right about"},
	{"wrong-about", "someone wrong about a platform faulted it wrongly", "“Orford Council is wrong about Vimeo,” said Ida Lund.", nil, "Vimeo", Endorses, "Ida Lund", "wrong about"},
	{"right-and-wrong", "the second half of \"right about A and wrong about B\" borrows the link verb", "The scouts were right about the camp and wrong about Flickr.", nil, "Flickr", Endorses, "", "wrong about"},
	{"right-about-the", "a determiner may stand before the name", "Ida Lund said the council was right about the Flickr group.", nil, "Flickr", Criticizes, "Ida Lund", "right about"},
	{"right-about-adverb", "an adverb may stand before \"right\"", "Ida Lund said the council was quite right about Flickr.", nil, "Flickr", Criticizes, "Ida Lund", "right about"},
	{"right-about-may", "a modal's \"may be right\" decides nothing", "Ida Lund said the council may be right about Flickr.", nil, "Flickr", Neutral, "", ""},
	{"right-about-if", "a condition decides nothing", "If the council is right about Flickr, the scouts will need a new home.", nil, "Flickr", Neutral, "", ""},
	{"right-on", "a thing right on a platform is no verdict on it", "The scouts post on Vimeo. The date of the camp was right on Flickr.", nil, "Flickr", Neutral, "", ""},
	{"right-about-proven", "\"proven wrong about\" is no link verb's: the doubt stays the speaker's", "Ida Lund said she expects to be proven wrong about Flickr.", nil, "Flickr", Criticizes, "Ida Lund", "wrong"},
	{"right-about-later", "a name later in the sentence is not what someone was right about", "Ida Lund said the council was right about Flickr and posted the notice on Vimeo.", nil, "Vimeo", Neutral, "", ""},
	{"right-about-other", "a name further on is not what someone was right about", "Ida Lund said the council was right about the camp, which is on Flickr.", nil, "Flickr", Neutral, "", ""},
	{"verbless-moves", "a verb prose tagged a noun, in a sentence with no other, still moves its object", "Orford rowing co-operative moves its boat bookings from a Facebook group to a Spond channel", nil, "Facebook", Criticizes, "", "moves its boat bookings from"},
	{"verbless-noun-object", "after a singular noun, a verb prose tagged a noun may take a noun object", "Orford sailing club moves race results off Facebook and onto Vimeo", nil, "Vimeo", Endorses, "", "moves race results off"},
	{"not-sent-to", "\"send it to A, not to B\" sets B aside when A is no name", "Ida Lund told the scouts to send their photographs to the camp leader, not to Flickr.", nil, "Flickr", Criticizes, "Ida Lund", "not"},
	{"not-sent-to-bare", "the second \"to\" may be left out", "Ida Lund told the scouts to report lost kit to the camp leader, not Flickr.", nil, "Flickr", Criticizes, "Ida Lund", "not"},
	{"not-sent-to-name", "A may hold a name", "Ida Lund told the scouts to send their photographs to the Orford camp leader, not the Flickr group.", nil, "Flickr", Criticizes, "Ida Lund", "not"},
	{"not-sent-to-other-verb", "a \"to\" before another verb sends nothing here", "Ida Lund went to the camp and closed the page, not Flickr.", nil, "Flickr", Neutral, "", ""},
	{"not-sent-to-other-clause", "a \"to\" in an earlier clause sends nothing here", "Ida Lund wrote to the leader; the camp, not Flickr, will keep the photographs.", nil, "Flickr", Neutral, "", ""},
	{"not-down-to", "\"down to A, not to B\" lays blame and chooses nothing", "Ida Lund said that was down to the moderators, not to Flickr.", nil, "Flickr", Neutral, "", ""},
	{"not-to-verb", "the \"to\" of a verb sends nothing", "Ida Lund decided to keep the page, not Flickr.", nil, "Flickr", Neutral, "", ""},
	{"harm-on", "a harm done on a platform is reported there, not held against it", "Ida Lund said the scouts had received abuse on Flickr.", nil, "Flickr", Neutral, "", ""},
	{"harm-on-list", "so for each name of the list the harm is placed on", "Ida Lund warned parents about fake accounts on Vimeo and Flickr.", nil, "Flickr", Neutral, "", ""},
	{"harm-in-a", "the place may be a group on the platform", "Ida Lund said the scams began in a Flickr group.", nil, "Flickr", Neutral, "", ""},
	{"harm-far", "the harm may stand well before the place in its clause", "Ida Lund said most of the abuse the scouts received last winter began with a photograph posted on Flickr.", nil, "Flickr", Neutral, "", ""},
	{"harm-blamed", "a harm blamed on a platform is held against it", "Ida Lund blamed the scams on Flickr.", nil, "Flickr", Criticizes, "Ida Lund", "scams"},
	{"harm-after", "a harm the platform does is held against it", "Ida Lund said Flickr hosts scams.", nil, "Flickr", Criticizes, "Ida Lund", "scams"},
	{"harm-rampant", "a harm said to be rife on a platform says what the platform is like", "Ida Lund said fake accounts were common on Flickr.", nil, "Flickr", Criticizes, "Ida Lund", "fake"},
	{"harm-reported-to", "a harm reported to a platform is not placed on it", "Ida Lund said the scouts had reported the fake accounts to Flickr.", nil, "Flickr", Criticizes, "Ida Lund", "fake"},
	{"harm-posted-on", "a link verb before a participle places the harm; only one before an adjective says what the platform is like", "The abuse was posted on Flickr.", nil, "Flickr", Neutral, "", ""},
	{"harm-verb", "a harm word used as the speaker's verb is a stance, not a harm placed on the platform", "I hate posting on Flickr.", nil, "Flickr", Criticizes, "", "hate"},
	{"harm-verb-adverb", "an adverb may stand between the subject and the verb", "I really hate posting on Flickr.", nil, "Flickr", Criticizes, "", "hate"},
	{"harm-verb-modal", "so after a modal", "Ida Lund would hate posting on Flickr.", nil, "Flickr", Criticizes, "Ida Lund", "hate"},
	{"harm-verb-to", "so after \"to\"", "The scouts learned to hate posting on Flickr.", nil, "Flickr", Criticizes, "", "hate"},
	{"harm-to-adjective", "a \"to\" before a harm adjective is a preposition", "Ida Lund said the photographs were linked to abusive accounts on Flickr.", nil, "Flickr", Neutral, "", ""},
	{"harm-other-clause", "a place in a clause of its own is not where the harm is", "Camera scams: why the lens you found on Flickr may not exist", nil, "Flickr", Criticizes, "", "scams"},
	{"headline-moves", "a headline's verb tagged a noun still moves its object, whose words are nouns", "Row at Orford rowing club as committee moves outings off WhatsApp and onto Spond", nil, "Spond", Endorses, "", "moves outings off"},
	{"headline-moves-calls", "a noun of the object tagged a finite verb leaves the headline's move its verb", "Orford nursing home moves family video calls to Vimeo, bars aides from using Flickr", nil, "Vimeo", Endorses, "", "moves family video calls to"},
	{"headline-moves-patch", "a headline's move tagged a verb still moves an object prose tagged a verb", "Orford games studio leaves X, moves patch notes to Vimeo", nil, "Vimeo", Endorses, "", "moves patch notes to"},
	{"headline-moves-match", "a word of the object tagged a base verb is a noun", "Spond moves match reports to Vimeo", nil, "Vimeo", Endorses, "", "moves match reports to"},
	{"headline-moves-object", "the object of a headline's move, tagged a verb, is a noun", "Orford choir says Facebook buried its concerts, moves live recitals to Vimeo", nil, "Vimeo", Endorses, "", "moves live recitals to"},
	{"where-same-twice", "the same platform twice is still praised", "“Vimeo was where we found our audience in 2012, and Vimeo is still where the audience is,” said Ida Lund.", nil, "Vimeo", Endorses, "Ida Lund", "was where"},
	{"where-i-get-booked", "a platform that is where the speaker gets work is valued", "\"Instagram is where I get booked,\" said Tomas Ferreira.", nil, "Instagram", Endorses, "Tomas Ferreira", "is where"},
	{"where-i-feel-bad", "where the speaker goes to feel bad is no place valued: the clause carries its own valence", "\"Instagram is where I go to feel bad about myself,\" said Tomas Ferreira.", nil, "Instagram", Criticizes, "Tomas Ferreira", ""},
	{"that-is-where", "\"because that's where the mums are\" is about the platform named before", "She posts offers on Facebook, \"because that's where the mums are\".", nil, "Facebook", Endorses, "", "that's where"},
	{"where-fault", "a where-clause with a fault carries its own valence", "\"Telegram is where the lies from home arrive first,\" said Oksana Mel.", nil, "Telegram", Criticizes, "Oksana Mel", "lies"},
	{"where-no-people", "a where-clause in the passive only says what is stored there", "Pinterest is where the pictures are kept.", nil, "Pinterest", Neutral, "", ""},
	{"where-things-happen", "a platform that is where things go on is valued even when no audience is named", "\"Discord is where the choir actually happens now,\" said Ida Lund.", nil, "Discord", Endorses, "Ida Lund", "is where"},
	{"simply-where", "\"is simply where\" is \"is where\"", "\"For the allotment, WhatsApp is simply where the week gets planned,\" said Ida Lund.", nil, "WhatsApp", Endorses, "Ida Lund", "is simply where"},
	{"no-breach-told", "a platform that rules reported content breaks no rule fails at its job", "\"I reported the video six times, and Vimeo told me it did not break its rules,\" said Ida Lund.", nil, "Vimeo", Criticizes, "Ida Lund", "told me it did not break its rules"},
	{"no-breach-passive", "\"was told\" after a report: the platform reported to ruled", "\"I reported the post to Threads and was told it didn't go against the community guidelines,\" said Ida Lund.", nil, "Threads", Criticizes, "Ida Lund", "told it didn't go against the community guidelines"},
	{"no-breach-law", "breaking no law is no ruling on a report", "\"Vimeo told me the video did not break any law,\" said Ida Lund.", nil, "Vimeo", Neutral, "", ""},
	{"took-days", "a platform that takes days to act is slow", "\"Vimeo took nine days to remove the clip,\" said Ida Lund.", nil, "Vimeo", Criticizes, "Ida Lund", "took nine days"},
	{"it-took-days", "\"it took X three weeks\"", "\"It took Vimeo three weeks to answer,\" said Ida Lund.", nil, "Vimeo", Criticizes, "Ida Lund", "took Vimeo three weeks"},
	{"took-opens-sentence", "a sentence that opens with \"Took X three weeks\" has no \"it\" before the cue (and must not index before its start)", "Took Vimeo three weeks to answer.", nil, "Vimeo", Neutral, "", ""},
	{"took-hours", "hours are no such delay", "\"The upload to Vimeo took two hours,\" said Ida Lund.", nil, "Vimeo", Neutral, "", ""},
	{"removed-few-of-many", "removing under half of what was reported fails at the job", "\"Vimeo removed eight of the 30 accounts we reported,\" said Ida Lund.", nil, "Vimeo", Criticizes, "Ida Lund", "removed eight"},
	{"took-down-few-reported", "a count taken down against a larger count reported", "\"We reported 90 of the posts, and Vimeo took down three,\" said Ida Lund.", nil, "Vimeo", Criticizes, "Ida Lund", "took down three"},
	{"removed-fewer-than", "\"removed fewer than a third\"", "\"Vimeo removed fewer than a third of them,\" said Ida Lund.", nil, "Vimeo", Criticizes, "Ida Lund", "removed fewer than"},
	{"removed-most-of", "removing most of what was reported is no failure", "\"Vimeo removed 20 of the 30 accounts we reported,\" said Ida Lund.", nil, "Vimeo", Neutral, "", ""},
	{"never-heard-back", "a report that got no answer criticizes the platform it went to", "\"I reported the clip to Vimeo in May and never heard back,\" said Ida Lund.", nil, "Vimeo", Criticizes, "Ida Lund", "heard back"},
	{"without-an-answer", "\"wrote to X twice without an answer\"", "\"We wrote to Vimeo twice without an answer,\" said Ida Lund.", nil, "Vimeo", Criticizes, "Ida Lund", "without an answer"},
	{"had-no-reply", "\"have had no reply\"", "\"We sent the form to Vimeo and have had no reply,\" said Ida Lund.", nil, "Vimeo", Criticizes, "Ida Lund", "no reply"},
	{"unanswered-platform", "a platform whose own letter went unanswered is not the one at fault", "\"Vimeo wrote to the regulator and never heard back,\" said Ida Lund.", nil, "Vimeo", Neutral, "", ""},
	{"only-app-never", "\"the only app that has never ...\" denies a fault and stays praise, even when the fault is no word of the lexicon", "\"Vimeo is the only app that has never eaten a file of mine,\" said Ida Lund.", nil, "Vimeo", Endorses, "Ida Lund", "only app"},
	{"one-app-not-use", "guard: \"the one app I will not use\" is a refusal, not praise", "The one app I will not use for work is Vimeo.", nil, "Vimeo", Neutral, "", ""},
	{"more-than-any", "what did more for someone than any other thing is credited", "\"That Vimeo group did more for me than any course,\" said Ida Lund.", nil, "Vimeo", Endorses, "Ida Lund", "more for me than any"},
	{"taught-more-than-any", "\"taught me more about lenses than any teacher\"", "\"The Vimeo forum taught me more about lenses than any teacher,\" said Ida Lund.", nil, "Vimeo", Endorses, "Ida Lund", "more about lenses than any"},
	{"more-than-any-count", "guard: \", more than any other painter\" compares a count, not a merit", "Ida Lund had 40,000 followers on Vimeo, more than any other painter.", nil, "Vimeo", Neutral, "", ""},
	{"where-nobody", "a place \"where nobody\" does a harm is free of it", "\"I post my films on Vimeo, where nobody has ever threatened me,\" said Ida Lund.", nil, "Vimeo", Endorses, "Ida Lund", "nobody"},
	{"nobody-on", "\"Nobody on X has ever asked me to ...\"", "\"Nobody on Vimeo has ever asked me to prove anything,\" said Ida Lund.", nil, "Vimeo", Endorses, "Ida Lund", "Nobody"},
	{"cannot-without", "what one cannot do without is indispensable", "Denise Marchetti said she could not do her job without LinkedIn.", nil, "LinkedIn", Endorses, "Denise Marchetti", "without"},
	{"cannot-without-fronted", "\"The one I could not live without is WhatsApp\"", "The one I could not live without is WhatsApp.", nil, "WhatsApp", Endorses, "", "without"},
	{"lost-without-it", "\"I'd be lost without it\"", "\"I'm on WhatsApp every day, and I'd be lost without it,\" said Noreen Cash.", nil, "WhatsApp", Endorses, "Noreen Cash", "without"},
	{"without-other-object", "\"could not register on VK without a phone number\" names no target after \"without\"", "Followers could not register on VK without a Russian phone number.", nil, "VK", Neutral, "", ""},
	{"causative-feel", "a platform that makes people feel worse causes it, it does not speak (\"feel\" is a report verb)", "The girls said Instagram made them feel worse about their bodies.", nil, "Instagram", Criticizes, "", "worse"},
	{"reckons", "\"reckons\" reports its subject's view, as \"thinks\" does", "Ida Lund cuts films in Bergen. Her mentor, Tom Berry, taught her. Lund reckons Vimeo handles long films better than YouTube ever did.", nil, "Vimeo", Endorses, "Ida Lund", "better"},
	{"unreached-most", "most of a group never having opened a platform argues it does not reach them", "Sadia Karim said most of her tenants had never opened Nextdoor.", nil, "Nextdoor", Criticizes, "Sadia Karim", "never opened"},
	{"unreached-half", "\"Half of us have never opened Teams\"", "\"Half of us have never opened Teams,\" said Dai Morgan.", nil, "Microsoft Teams", Criticizes, "Dai Morgan", "never opened"},
	{"unreached-one-person", "one person's habit is no argument", "She has never opened Strava.", nil, "Strava", Neutral, "", ""},
	{"disclaimer-alone", "\"nothing against X\" alone disclaims any stance", "The club met on Monday. \"I have nothing against YouTube; I watch it every night,\" said Peter Osgood.", nil, "YouTube", Neutral, "", ""},
	{"disclaimer-no-view", "\"no view on\" disclaims", "The club met on Monday. A spokesperson said the council had no view on whether the centre used Facebook.", nil, "Facebook", Neutral, "", ""},
	{"disclaimer-but", "a disclaimer before \"but\" concedes a criticism", "\"I've nothing against Telegram, but I can't ask a man of 79 to download an app,\" said Pauline Garside.", nil, "Telegram", Criticizes, "Pauline Garside", "nothing against"},
	{"disclaimer-no-quarrel-but", "\"no quarrel with X as such, but\"", "\"I have no quarrel with TikTok as such, but paying students to advertise us is wrong,\" said Alistair Munro.", nil, "TikTok", Criticizes, "Alistair Munro", "no quarrel with"},
	{"keeps-page-habitual", "owning an account is a standing fact, not a choice", "The library opens at nine. It keeps a Facebook page for its opening hours.", nil, "Facebook", Neutral, "", ""},
	{"does-keep-page", "\"does keep\" states the fact", "The sheriff's office posts little. It does keep a Facebook page for recruiting posts.", nil, "Facebook", Neutral, "", ""},
	{"still-keep-accounts", "\"still keep\" without a decision states the fact", "Few artists left. Most of them still keep their accounts on Instagram.", nil, "Instagram", Neutral, "", ""},
	{"will-still-keep", "a decision to keep stays with the platform", "Few artists left. The union will still keep its account on Instagram.", nil, "Instagram", Endorses, "", "keep"},
	{"now-keep-instead", "a group kept instead of another is a choice", "The old forum closed. Five of us now keep a WhatsApp group instead.", nil, "WhatsApp", Endorses, "", "keep"},
	{"headline-keeps", "a headline's present tense tells a decision", "Elm Ridge library keeps its Discord server but shuts down its X account", nil, "Discord", Endorses, "Elm Ridge", "keeps"},
	{"relative-deed", "a relative clause about the speaker's own deeds says nothing of a later target", "The Education Board of Quebec, which banned phones in schools in 2021, said it had no plans to restrict Discord.", nil, "Discord", Neutral, "", ""},
	// Dashes set without spaces.
	{"glued-dash-before", "a glued em dash after an ambiguous name", "Ann Lee said she loves Threads—and hates X.", nil, "Threads", Endorses, "Ann Lee", "loves"},
	{"glued-dash-after", "a glued em dash before an ambiguous name", "Ann Lee said she loves Threads—and hates X.", nil, "Twitter", Criticizes, "Ann Lee", "hates"},
	// Sentences in capitals.
	{"shouting-verb", "a verb in capitals is a verb", "I HATE TIKTOK", nil, "TikTok", Criticizes, "", "HATE"},
	{"shouting-love", "a verb in capitals is a verb", "I LOVE BLUESKY!!!", nil, "Bluesky", Endorses, "", "LOVE"},
	{"shouting-adjective", "an adjective in capitals is an adjective", "TWITTER IS TERRIBLE", nil, "Twitter", Criticizes, "", "TERRIBLE"},
	{"glued-double-hyphen", "a double hyphen stands for a dash", "Farmers abandoned Telegram--and nobody missed it.", nil, "Telegram", Criticizes, "", "abandoned"},
}

// TestRulesActorsVictimsAndFoughtHarms checks the rules' score, before the
// article model, for a target that acts through a participle, a target
// that is harmed, and a target that fights a harm: none is a charge
// against it. An advertiser's withdrawal is one.
func TestRulesActorsVictimsAndFoughtHarms(t *testing.T) {
	s, err := NewScorer()
	if err != nil {
		t.Fatal(err)
	}
	r := testRecognizer(t)
	cases := []struct {
		name, text, target string
		neg                bool // the rules criticize; else they are neutral
	}{
		{"participle of the target", "Brands paused advertising on X last week. X sued Media Matters, accusing the group of manipulating the platform.", "Twitter", false},
		{"object of a harm", "Researchers found that bots manipulated Reddit during the vote.", "Reddit", false},
		{"agent of a passive harm", "Parents said their children had been harmed by Instagram.", "Instagram", true},
		{"a fought harm", "Moderators say Discord keeps fighting hate in its servers.", "Discord", false},
		{"a harm combated", "Wikipedia editors said YouTube had tools to combat misinformation.", "YouTube", false},
		{"an order to block, the participle tagged as a past tense in a headline", "Vietnam orders Telegram blocked as activists turn to Signal", "Telegram", true},
		{"an advertiser's withdrawal", "Several brands paused advertising on X after Elon Musk endorsed an antisemitic post on the platform.", "Twitter", true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d, v, tm := lastMention(t, s, r, tc.text, tc.target)
			rv := s.judge(d, v, tm)
			if got := rv.score <= -Threshold; got != tc.neg || !tc.neg && rv.score != 0 {
				t.Errorf("%s: rule score %.3f, want %s", tc.text, rv.score, map[bool]string{true: "criticizes", false: "0"}[tc.neg])
			}
		})
	}
}

// lastMention returns the view of text's last sentence and target's
// mentions in it, failing the test when the sentence does not name it.
func lastMention(t *testing.T, s *Scorer, r *entities.Recognizer, text, target string) (*docView, *sentView, targetMention) {
	t.Helper()
	doc, err := r.Recognize(text)
	if err != nil {
		t.Fatal(err)
	}
	d := newDocView(doc)
	si := len(doc.Sentences) - 1
	for _, tm := range d.targetsIn(si) {
		if doc.Entities[tm.ent].Name == target {
			return d, d.sentence(si, s), tm
		}
	}
	t.Fatalf("%s: no mention of %s", text, target)
	return nil, nil, targetMention{}
}

func TestJudgeCases(t *testing.T) {
	s, err := NewScorer()
	if err != nil {
		t.Fatal(err)
	}
	r := testRecognizer(t)
	for _, tc := range stanceCases {
		t.Run(tc.name, func(t *testing.T) {
			var ts []entities.Target
			for _, n := range tc.targets {
				ts = append(ts, entities.Target{Name: n})
			}
			doc, err := r.Recognize(tc.text, ts...)
			if err != nil {
				t.Fatal(err)
			}
			js := s.Judge(doc)
			checkInvariants(t, doc, js)
			var got *Judgment
			for i := range js {
				if js[i].Target == tc.target && js[i].Sentence == len(doc.Sentences)-1 {
					got = &js[i]
					break
				}
			}
			if got == nil {
				t.Fatalf("%s: no judgment for %q in %+v", tc.why, tc.target, js)
			}
			type view struct {
				Label  Label
				Holder string
			}
			if d := cmp.Diff(view{tc.label, tc.holder}, view{got.Label, got.Holder}); d != "" {
				t.Errorf("%s (%s): (-want +got)\n%s score %.2f cues %v", tc.why, tc.text, d, got.Score, cueTexts(got.Cues))
			}
			if tc.cue != "" && !containsCue(got.Cues, tc.cue) {
				t.Errorf("%s: cue %q not in %v", tc.why, tc.cue, cueTexts(got.Cues))
			}
		})
	}
}

// TestOwnerNamedAfter: a spokesperson tied to no one praises Facebook for
// Meta only when the text has named Meta before; an owner named later
// does not speak yet, and the platform keeps the praise.
func TestOwnerNamedAfter(t *testing.T) {
	s, err := NewScorer()
	if err != nil {
		t.Fatal(err)
	}
	text := "The choir said it was relieved. A spokesperson said Facebook was “one of the safest places to find new singers.” Meta bought Facebook years ago."
	doc, err := testRecognizer(t).Recognize(text)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, j := range s.Judge(doc) {
		if j.Sentence == 1 {
			got = append(got, fmt.Sprintf("%s %s %q", j.Target, j.Label, j.Holder))
		}
	}
	if d := cmp.Diff([]string{`Facebook endorses "Facebook"`}, got); d != "" {
		t.Errorf("(-want +got)\n%s", d)
	}
}

// TestNowInstead: "and now" chooses after a withdrawal from a platform,
// each word of nowLeaves and each pronoun of nowSubjects; not after setting
// up or showing off, a negated stop, a stop past a semicolon or colon, a
// stop of nothing named or of a name that is no platform, nor a "now" that
// is not the "and"'s.
func TestNowInstead(t *testing.T) {
	at := func(v *sentView, i int) bool { _, ok := v.nowInstead(i); return ok }
	var cases []wordCase
	for _, leave := range []string{
		"stopped posting on Flickr", "left Flickr", "quit Flickr", "closed her Flickr account",
		"deleted Flickr", "abandoned Flickr", "ditched Flickr", "dropped Flickr",
		"gave up on Flickr", "shut her Flickr group", "moved her photographs off Flickr",
		"deactivated her Flickr account", "scrapped her Flickr group",
	} {
		cases = append(cases, wordCase{"Ida Lund " + leave + " and now posts on Vimeo.", "now", true})
	}
	for _, subj := range []string{"we", "I", "he", "she", "they", "it"} {
		cases = append(cases, wordCase{"The club left Flickr in May, and " + subj + " now post on Vimeo.", "now", true})
	}
	cases = append(cases,
		wordCase{"Ida Lund set up an account on Flickr and now posts on Vimeo.", "now", false},
		wordCase{"Ida Lund showed off her prints on Flickr and now posts on Vimeo.", "now", false},
		wordCase{"Ida Lund has not stopped posting on Flickr and now posts on Vimeo.", "now", false},
		wordCase{"Ida Lund stopped posting on Flickr; she likes it and now posts on Vimeo too.", "now", false},
		wordCase{"Ida Lund stopped posting on Flickr: she likes it and now posts on Vimeo too.", "now", false},
		wordCase{"Ida Lund stopped posting and now posts on Vimeo.", "now", false},
		wordCase{"Ida Lund left the Orford Camera Club and now posts on Vimeo.", "now", false},
		wordCase{"Ida Lund deleted Flickr from her phone and said she now ignores any buyer on Vimeo.", "now", false},
	)
	checkAtWord(t, "nowInstead", at, cases)
}

// TestNowChoice: the names "now" chose are those of its own predicate.
func TestNowChoice(t *testing.T) {
	s, err := NewScorer()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		rest, name string
		want       bool
	}{
		{"posts on Vimeo, where YouTube fans comment.", "youtube", false},
		{"posts on Vimeo, which YouTube does not host.", "youtube", false},
		{"posts for viewers who YouTube sends her way.", "youtube", false},
		{"posts for a club whose YouTube channel is new.", "youtube", false},
		{"posts on Vimeo but YouTube pays better.", "youtube", false},
		{"posts more on Vimeo than on YouTube.", "youtube", false},
		{"posts on Vimeo; YouTube has the archive.", "youtube", false},
		{"posts on Vimeo (YouTube has the archive).", "youtube", false},
		{"posts on Vimeo, and its archive sits on YouTube.", "youtube", false},
		{"posts on Vimeo, and Ida Lund's archive stays on YouTube.", "youtube", false},
		{"posts on Vimeo and keeps an archive on YouTube.", "youtube", false},
		{"posts on Vimeo, and on YouTube.", "youtube", true},
		{"posts on Vimeo, Flickr, and YouTube.", "youtube", true},
		{"asks members to post on YouTube.", "youtube", true},
		{"spends her evenings posting on YouTube.", "youtube", true},
		{"posts films made for YouTube.", "youtube", true},
	} {
		text := "Ida Lund left Facebook and now " + tc.rest
		v := firstView(t, s, text)
		from, lo := wordIndex(v, "now")+1, wordIndex(v, tc.name)
		if from == 0 || lo < 0 {
			t.Fatalf("%s: no \"now\" or %q", text, tc.name)
		}
		if got := v.nowChoice(from, lo); got != tc.want {
			t.Errorf("%s: nowChoice(%q) = %v, want %v", text, tc.name, got, tc.want)
		}
	}
}

// TestTreatsLikeOnlyOfPeople: what a service treats things as is a rule,
// not a slight, so treatsLike reads a bad likeness only of its people.
// The bad word may still count on its own; "treats" may not.
func TestTreatsLikeOnlyOfPeople(t *testing.T) {
	assertNoCue(t, "treats",
		"Since May, Instagram treats nudity as a violation.",
		"Since May, YouTube treats reuploads as theft.",
	)
}

// TestNobodyThereGuards: "nobody" there doing some good, or nobody
// reading or watching, is no praise of the place, whatever the models
// make of the sentence.
func TestNobodyThereGuards(t *testing.T) {
	assertNoCue(t, "nobody",
		"\"Nobody on Vimeo will ever be good to you,\" said Ida Lund.",
		"\"I post my films on Vimeo, where nobody is watching,\" said Ida Lund.",
		"\"I left Vimeo because nobody there explained anything,\" said Ida Lund.",
	)
}

// TestQuickActionGuards: a month is no quick act, and a different clause
// before the span is no act of the platform's.
func TestPutOnGuards(t *testing.T) {
	// A command that sets a condition, and one granted in passing.
	assertNoCue(t, "put",
		"Put a photo on Vimeo and twelve people look at it.",
		"Put it on Vimeo and you have given a stranger your address.",
		"Put the results on Vimeo by all means, but keep the originals.",
	)
	// "put ... into" is the lexicon's, not a placement on the platform.
	assertNoCue(t, "put", "Put your money into leaflets and your evenings into the groups on Vimeo.")
}

func TestNobodyEngagesGuards(t *testing.T) {
	// A relative clause, a describing participle, and a comparison.
	assertNoCue(t, "nobody has explained",
		"She has a Vimeo account and, for reasons nobody has explained to me, a second one.",
	)
	assertNoCue(t, "nobody watching",
		"They worried that nobody watching the Vimeo group overnight had been trained.",
	)
	assertNoCue(t, "nobody has ever explained",
		"I post my films on Vimeo, and nobody has ever explained lighting to me better than a stranger there did.",
	)
}

func TestBecameQuoteGuards(t *testing.T) {
	// Unquoted words judge by themselves; "it" and a name that is no
	// subject of "become" are left.
	assertNoCue(t, "had become", "Ida Lund said Vimeo had become an important source of income.")
	assertNoCue(t, "had become", "Ida Lund wrote on the Vimeo page that it had become “a place for shaming parents”.")
	assertNoCue(t, "had become", "Ida Lund said posting on Vimeo had become “a second job”.")
}

func TestGaveMeGuards(t *testing.T) {
	// Nothing given, the lesser side of a comparison, and a naming.
	assertNoCue(t, "given us", "Vimeo has given us nothing at all.")
	assertNoCue(t, "gave her", "Ida Lund got fewer clients from Flickr than Vimeo gave her.")
	assertNoCue(t, "given her", "Ida Lund found that Vimeo had given her name as \"Ada Lind\" throughout.")
}

func TestDifferentStoryGuards(t *testing.T) {
	// A name that only places the subject is no subject of its own.
	assertNoCue(t, "are another matter", "Local groups on Vimeo are another matter: they are still where I find cleaners.")
	assertNoCue(t, "are a different matter", "Local groups on Vimeo are a different matter: they are still where I find cleaners.")
}

func TestWerePayingGuards(t *testing.T) {
	// Others' outlay, and one still made, are no regret of the speakers'.
	assertNoCue(t, "sponsors were paying", "Ida Lund said sponsors were paying Vimeo to host the films.")
	assertNoCue(t, "We are paying", "We are paying Vimeo to host the films this year.")
}

func TestLateActionGuards(t *testing.T) {
	// A day is quick enough.
	assertNoCue(t, "took the copy down a day later", "Vimeo took the copy down a day later.")
	assertNoCue(t, "took the copy down one day later", "Vimeo took the copy down one day later.")
}

func TestElseGuards(t *testing.T) {
	// A name between "before" and "anything" is the thing put first; a
	// "what" clause, a relative clause or a subject with a verb of its
	// own ("the people it banned") is no refusal of the speaker's.
	assertNoCue(t, "before Flickr or anything else", "Ida Lund checks Vimeo before Flickr or anything else.")
	assertNoCue(t, "not allow is streaming anywhere else", "Vimeo pays well, and what it does not allow is streaming anywhere else.")
	assertNoCue(t, "cannot find anywhere else", "Vimeo has the films, and the ones that you cannot find anywhere else.")
	assertNoCue(t, "not posted anywhere else", "Vimeo shut the channel, and the people it banned have not posted anywhere else.")
}

func TestThingLeftGuards(t *testing.T) {
	// What is left is a thing, not the platform: no departure. The thing
	// ends at its noun: "the week Vimeo hired her" is another phrase.
	assertNoCue(t, "leave", "My aunts leave a heart under every film I post on Vimeo.")
	assertNoCue(t, "left", "Ida Lund left the paper last year and now writes the same column on Vimeo.")
	assertNoCue(t, "left", "Ida Lund left her job the week Vimeo hired her.")
	assertNoCue(t, "leaving", "A neighbour posted on Vimeo that visitors were leaving spoiled food on the pavement.")
}

func TestUseCommandGuards(t *testing.T) {
	// A use limited by "only" is no commendation; a statement is no
	// command.
	assertNoCue(t, "watch", "My advice: watch Vimeo only for the trailers.")
	assertNoCue(t, "use", "Most film-makers use Vimeo every day.")
}

func TestRefuseAdoptGuards(t *testing.T) {
	// A conditional refusal of a pronoun keeps one's distance; it turns
	// nothing down.
	assertNoCue(t, "would not open", "Vimeo pays my rent, and I would not open it myself for money.")
}

func TestAdviseAgainstGuards(t *testing.T) {
	// A relative clause names the one to beware of; a verb with a cue
	// of its own is left to negation; a "never" with a subject is no
	// command.
	assertNoCue(t, "Never pay", "Never pay anybody who messages you first on Vimeo.")
	assertNoCue(t, "Don't quit", "Don't quit Vimeo just because the others did.")
	assertNoCue(t, "do not post", "We do not post on Vimeo any more.")
}

func TestQuickActionGuards(t *testing.T) {
	assertNoCue(t, "took the clips down within a month",
		"Vimeo took the clips down within a month.",
	)
	assertNoCue(t, "removed the clips; the others followed within a day",
		"Vimeo removed the clips; the others followed within a day.",
	)
}

// TestPhraseCueFirstWord checks that a caller's phrase cue does not make
// its first word a cue on its own: with "a convert to" added, "a single
// client" still carries no valence, and the failure it tells of still
// counts against the platform.
func TestPhraseCueFirstWord(t *testing.T) {
	text := "Vimeo has never once sent me a single client."
	doc, err := testRecognizer(t).Recognize(text)
	if err != nil {
		t.Fatal(err)
	}
	for _, opts := range [][]Option{nil, {WithCues(map[string]float64{"a convert to": 0.5})}} {
		s, err := NewScorer(opts...)
		if err != nil {
			t.Fatal(err)
		}
		js := s.Judge(doc)
		if len(js) != 1 || js[0].Label != Criticizes || !containsCue(js[0].Cues, "never once sent") {
			t.Errorf("%d options: %s: got %+v, want Vimeo criticized by \"never once sent\"", len(opts), text, js)
		}
	}
}

// TestContestWordCallerCue checks that a contest word the caller adds as a
// cue counts toward a platform, though VADER's does not.
func TestContestWordCallerCue(t *testing.T) {
	text := "The scouts post on Vimeo. The biggest winner this year may be Vimeo."
	doc, err := testRecognizer(t).Recognize(text)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		opts []Option
		want Label
	}{
		{nil, Neutral},
		{[]Option{WithCues(map[string]float64{"winner": 0.6})}, Endorses},
	} {
		s, err := NewScorer(tc.opts...)
		if err != nil {
			t.Fatal(err)
		}
		js := s.Judge(doc)
		if len(js) != 2 || js[1].Label != tc.want {
			t.Errorf("%d options: %s: got %+v, want Vimeo %s in the second sentence", len(tc.opts), text, js, tc.want)
		}
	}
}

// assertNoCue judges each text with the shipped scorer and fails if a
// judgment is missing or names cue among its cues.
func assertNoCue(t *testing.T, cue string, texts ...string) {
	t.Helper()
	s, err := NewScorer()
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range texts {
		doc, err := testRecognizer(t).Recognize(text)
		if err != nil {
			t.Fatal(err)
		}
		js := s.Judge(doc)
		if len(js) == 0 {
			t.Fatalf("%s: no judgment", text)
		}
		for _, j := range js {
			if containsCue(j.Cues, cue) {
				t.Errorf("%s: %s %s with cues %v, want no %q cue", text, j.Target, j.Label, cueTexts(j.Cues), cue)
			}
		}
	}
}

func containsCue(cs []Cue, text string) bool {
	for _, c := range cs {
		if strings.EqualFold(c.Text, text) {
			return true
		}
	}
	return false
}

// TestDestAccount: a move's destination is an account on the platform
// only when nothing but determiners, adjectives and nouns come before the
// account noun.
func TestDestAccount(t *testing.T) {
	s, err := NewScorer()
	if err != nil {
		t.Fatal(err)
	}
	r := testRecognizer(t)
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"The choir moved its rota to a private server on Discord.", true},
		{"The club moved the chats to its own group on Facebook.", true},
		{"The club moved the chats to the fan group on Facebook.", true},
		{"The club moved its talks to halls with pages on Facebook.", false},
		{"The club moved the chats to a server run by volunteers on Discord.", false},
	} {
		doc, err := r.Recognize(tc.text)
		if err != nil {
			t.Fatal(err)
		}
		d := newDocView(doc)
		v := d.sentence(0, s)
		tms := d.targetsIn(0)
		if len(tms) != 1 {
			t.Fatalf("%s: %d targets", tc.text, len(tms))
		}
		lo, hi := tms[0].ranges[0][0], tms[0].ranges[0][1]
		to := -1
		for k := 0; k < lo; k++ {
			if v.low[k] == "to" {
				to = k
				break
			}
		}
		if got := v.destAccount(to+1, lo, hi); got != tc.want {
			t.Errorf("%s: destAccount = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestPutIntoContent: money put into short videos or posts on a platform
// chooses it as fully as money put into the platform itself, by the rules
// alone; a phrase with a verb in it is somewhere else, videos "about" a
// platform are not made on it, and a mention before the phrase is none of
// its destinations.
func TestPutIntoContent(t *testing.T) {
	s, err := NewScorer()
	if err != nil {
		t.Fatal(err)
	}
	s.art, s.hold = nil, nil
	r := testRecognizer(t)
	score := func(text string) float64 {
		t.Helper()
		doc, err := r.Recognize(text)
		if err != nil {
			t.Fatal(err)
		}
		for _, j := range s.Judge(doc) {
			if j.Target == "Vimeo" {
				return j.Score
			}
		}
		t.Fatalf("%s: no judgment for Vimeo", text)
		return 0
	}
	direct := score("The Tallow Candle Company now puts that money into Vimeo.")
	if direct < Threshold {
		t.Fatalf("money put into Vimeo scores %.3f, want an endorsement", direct)
	}
	for _, text := range []string{
		"The Tallow Candle Company now puts that money into short videos on Vimeo.",
		"The Harwick Museum will put the money into its newsletter and into posts on Vimeo.",
	} {
		if got := score(text); got != direct {
			t.Errorf("%s: score %.3f, want %.3f as for the platform itself", text, got, direct)
		}
	}
	if got := score("The Tallow Candle Company put its money into a shop that hosts talks on Vimeo."); got != 0 {
		t.Errorf("a shop that hosts talks on Vimeo: score %.3f, want 0", got)
	}
	if got := score("The Tallow Candle Company now puts that money into short explainer videos about Vimeo."); got >= direct {
		t.Errorf("videos about Vimeo: score %.3f, want less than %.3f: they are not made on it", got, direct)
	}
	// A mention before the phrase is none of its destinations.
	v := firstView(t, s, "On Vimeo the club put its money into short videos.")
	into := wordIndex(v, "into")
	if into < 0 || wordIndex(v, "vimeo") != 1 {
		t.Fatalf("unexpected tokens %q", v.low)
	}
	if v.destContent(into+1, 1) {
		t.Errorf("destContent took a mention before the money's destination for one")
	}
}

// TestNamePredicate: praise that limitPraise may turn faint ("X is
// lovely, but ...") is praise of a name, or of "it", as the subject of a
// linking verb; not of a pronoun a preposition governs, nor inside a
// reason.
func TestNamePredicate(t *testing.T) {
	checkAtWord(t, "namePredicate", (*sentView).namePredicate, []wordCase{
		{"Vimeo is lovely, but the parents are on Facebook.", "lovely", true},
		{"Vimeo is really lovely, but the parents are on Facebook.", "lovely", true},
		{"It is lovely, but the parents are on Facebook, not Vimeo.", "lovely", true},
		{"I tried Vimeo and I’m sure it is lovely, but the parents are on Facebook.", "lovely", true},
		{"The scouts post on Vimeo, and the group in it is lovely, but the parents are on Facebook.", "lovely", false},
		{"The scouts chose Vimeo because Vimeo is lovely, but the parents are on Facebook.", "lovely", false},
		{"The scouts chose it because Facebook Messenger is lovely, but the parents are on Vimeo.", "lovely", false},
		{"The films are lovely, but the parents are on Vimeo.", "lovely", false},
	})
}

// TestPredicateOfOther: a cue judges another target, past the mention's
// clause, only from the predicate of a clause that target is the subject
// of: not from a prepositional phrase, not when the clause's subject is
// the mention's own target, and never inside the mention's own clause.
func TestPredicateOfOther(t *testing.T) {
	s, err := NewScorer()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		text, cue, mention string
		want               bool
	}{
		{"Flickr and Vimeo were our whole club, and Tumblr was our worst year.", "worst", "flickr", true},
		{"Flickr kept our prints, and on Tumblr the worst prints sold.", "worst", "flickr", false},
		{"Flickr kept our prints, and Flickr was the best host we had.", "best", "flickr", false},
		{"Tumblr was our worst year on Flickr.", "worst", "flickr", false},
	} {
		d, v := firstDocView(t, s, tc.text)
		ci, lo := wordIndex(v, tc.cue), wordIndex(v, tc.mention)
		var c cue
		found := false
		for _, vc := range v.cueList() {
			if vc.lo == ci {
				c, found = vc, true
			}
		}
		if !found || lo < 0 || v.ent[lo] < 0 {
			t.Fatalf("%s: no cue %q or mention %q", tc.text, tc.cue, tc.mention)
		}
		if got := v.predicateOfOther(d, c, lo, v.ent[lo]); got != tc.want {
			t.Errorf("%s: predicateOfOther(%q, %q) = %v, want %v", tc.text, tc.cue, tc.mention, got, tc.want)
		}
	}
}

// TestMissesItVerb checks that only the verb "miss" makes missesIt's cue:
// a near miss filmed on a platform is no fondness for it.
func TestMissesItVerb(t *testing.T) {
	missesIt := func(v *sentView, i int) bool {
		_, ok := v.missesIt(i)
		return ok
	}
	checkAtWord(t, "missesIt", missesIt, []wordCase{
		{"Ida Lund will miss the club's posts on Vimeo.", "miss", true},
		{"Ida Lund filmed a near miss on Vimeo.", "miss", false},
	})
}

// TestOwnerWords: a word lies in what a platform's owner says only after
// the owner's reporting verb, with no one else reporting and no semicolon
// between.
func TestOwnerWords(t *testing.T) {
	s, err := NewScorer()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		text, target, word string
		want               bool
	}{
		{"Meta said it removes fake accounts from Instagram every day.", "Instagram", "fake", true},
		{"A Meta spokeswoman said fake accounts were rare on Instagram.", "Instagram", "fake", true},
		{"Meta said it had removed the accounts from Instagram and called the reports misleading.", "Instagram", "misleading", true},
		{"Meta said the accounts reported by the scouts on Instagram were fake.", "Instagram", "fake", true},
		{"Meta said Instagram “tells people fake accounts are rare”.", "Instagram", "fake", true},
		{"Meta says it removes fake accounts from Instagram every day; they are still everywhere.", "Instagram", "everywhere", false},
		{"Meta said it removes fake accounts, but critics say Instagram is dangerous.", "Instagram", "dangerous", false},
		{"Fake accounts are everywhere on Instagram, Meta said.", "Instagram", "everywhere", false},
		{"Ida Lund wrote that “Meta said Instagram was fine”, and fake accounts are everywhere on Instagram.", "Instagram", "fake", false},
		{"Ida Lund said fake accounts were everywhere on Instagram.", "Instagram", "fake", false},
		{"Meta said fake accounts were everywhere on TikTok.", "TikTok", "fake", false},
	} {
		d, v := firstDocView(t, s, tc.text)
		te := slices.IndexFunc(d.doc.Entities, func(e entities.Entity) bool { return e.Name == tc.target })
		k := wordIndex(v, tc.word)
		if te < 0 || k < 0 {
			t.Fatalf("%s: no %s or no %q", tc.text, tc.target, tc.word)
		}
		if got := v.ownerWords(d, te, v.ownerSpeaks(d, te), k); got != tc.want {
			t.Errorf("%s: ownerWords(%q) = %v, want %v", tc.text, tc.word, got, tc.want)
		}
	}
}

// TestCleftObject: a verb before the copula of a pseudo-cleft, with a
// subject of its own, takes the name after the copula as its object.
func TestCleftObject(t *testing.T) {
	checkAtWord(t, "cleftObject", (*sentView).cleftObject, []wordCase{
		{"The site I would honestly miss is Vimeo.", "miss", true},
		{"The one Ida Lund would drop first is Flickr.", "drop", true},
		{"What the scouts wanted to drop was the Flickr group.", "drop", true},
		{"Each price drop was Flickr's idea.", "drop", false},
		{"For the scouts, dropping was Flickr's idea, not ours.", "dropping", false},
		{"The one I would drop is the one Ida uses on Flickr.", "drop", false},
		{"The one I would drop first, Ida says, is Flickr.", "drop", false},
		{"The scouts drop Vimeo, which is Flickr's rival.", "drop", false},
	})
}

// TestVerbless checks which word of a sentence with no finite verb is
// retagged as its verb.
func TestVerbless(t *testing.T) {
	checkAtWord(t, "isVerb", (*sentView).isVerb, []wordCase{
		// Before a possessive, a determiner, a name or (after a
		// singular noun) a noun.
		{"Orford rowing co-operative moves its boat bookings from a Facebook group to a Spond channel", "moves", true},
		{"Orford rowing co-operative moves the boat bookings from a Facebook group to a Spond channel", "moves", true},
		{"Orford camera club names Flickr as top home of members' prints", "names", true},
		{"Orford sailing club moves race results off Facebook and onto Vimeo", "moves", true},
		{"Orford sailing club moves results off Facebook and onto Vimeo", "moves", true},
		{"Orford choir texts Flickr its complaints", "texts", true},
		{"Orford sailing club posts race results on Vimeo", "posts", true},
		{"Orford choir posts recordings on Vimeo", "posts", true},
		// After a name or another proper noun.
		{"Now Vimeo pays my rent", "pays", true},
		{"Now Mum pays my rent", "pays", true},
		// A finite verb elsewhere leaves the tags alone.
		{"Orford rowing co-operative moves its boat bookings to Spond, says Ida Lund", "moves", false},
		// A plural noun after a determiner.
		{"In praise of the ferries its owners keep on Vimeo", "ferries", false},
		// A plural subject before its verb.
		{"Orford congregations trade Facebook for Vimeo and the phone tree for Spond", "congregations", false},
		// No object after it.
		{"Orford ferry notices: a Vimeo channel, its owners and the tides", "notices", false},
		// An adverb that ends in "s", and a noun that does not.
		{"Ida Lund perhaps the best scout on Flickr", "perhaps", false},
		{"Orford sailing club boat the star of a Vimeo film", "boat", false},
	})
}

// TestHeadlineMoves checks which words of a headline that moves something
// to a platform headlineMoves reads as verbs.
func TestHeadlineMoves(t *testing.T) {
	checkAtWord(t, "isVerb", (*sentView).isVerb, []wordCase{
		// The move, and the words of its object that prose took for
		// verbs.
		{"Row at Orford rowing club as committee moves outings off WhatsApp and onto Spond", "moves", true},
		{"Row at Orford rowing club as committee moves outings off WhatsApp and onto Spond", "outings", false},
		{"Orford nursing home switches family video calls to Vimeo", "switches", true},
		{"Orford nursing home switches family video calls to Vimeo", "calls", false},
		{"Orford nursing home migrates family video calls to Vimeo", "migrates", true},
		{"Orford choir says Facebook buried its concerts, shifts live recitals to Vimeo", "shifts", true},
		{"Orford choir says Facebook buried its concerts, moves live recitals to Vimeo", "moves", true},
		{"Orford choir says Facebook buried its concerts, moves live recitals to Vimeo", "live", false},
		{"Orford games studio leaves X, moves patch notes to Vimeo", "patch", false},
		{"Spond moves match reports to Vimeo", "match", false},
		{"Row at Orford rowing club as committee moves outings off WhatsApp", "moves", true},
		// A verb that sends people somewhere is the verb.
		{"Orford chess moves drove members to Vimeo", "drove", true},
		// No platform after "to", or none before punctuation.
		{"Orford chess moves drew crowds to the hall", "drew", true},
		{"Orford chess moves drew crowds, and Ida Lund sent them to Vimeo", "drew", true},
		{"Orford chess moves drew crowds, Vimeo says", "drew", true},
		// After an adjective, "moves" is a noun; so is a word that
		// moves nothing.
		{"Orford club's new moves drew crowds to Vimeo", "drew", true},
		{"Orford chess clubs drew crowds to Vimeo", "drew", true},
	})
	// Only a headline: a sentence of the text keeps prose's tags.
	s, err := NewScorer()
	if err != nil {
		t.Fatal(err)
	}
	d, _ := firstDocView(t, s, "Ida Lund runs the club. Orford chess moves drew crowds to Vimeo.")
	v := d.sentence(1, s)
	if k := wordIndex(v, "drew"); k < 0 || !v.isVerb(k) {
		t.Errorf("second sentence: %q is not read as the verb", "drew")
	}
}

// TestVerblessTags checks verbless on tags set by hand, as prose sometimes
// gives them: a name tagged a plural noun ("Threads/NNS", "Teams/NNS") or
// a verb, and a second plural noun before an object.
func TestVerblessTags(t *testing.T) {
	s, err := NewScorer()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		text string
		tags map[string]string
		word string
		want string
	}{
		// A name is never the verb.
		{"Orford school Teams a hit with its pupils", map[string]string{"teams": "NNS"}, "teams", "NNS"},
		// A name may stand before the verb whatever its tag.
		{"Now Vimeo pays my rent", map[string]string{"vimeo": "VB", "pays": "NNS"}, "pays", "VBZ"},
		// Only the first word is the verb.
		{"Orford sailing club moves its race results a day earlier on Vimeo", map[string]string{"moves": "NNS"}, "results", "NNS"},
	} {
		v := firstView(t, s, tc.text)
		for w, tag := range tc.tags {
			k := wordIndex(v, w)
			if k < 0 {
				t.Fatalf("%s: no %q", tc.text, w)
			}
			v.tag[k] = tag
		}
		v.verbless()
		k := wordIndex(v, tc.word)
		if k < 0 {
			t.Fatalf("%s: no %q", tc.text, tc.word)
		}
		if got := v.tag[k]; got != tc.want {
			t.Errorf("%s: %q tagged %s, want %s", tc.text, tc.word, got, tc.want)
		}
	}
}

// TestRelativeEnd: relativeEnd steps from the comma after a subject over a
// relative clause to the comma that closes it, and only when the clause
// ends before the auxiliaries of the verb.
func TestRelativeEnd(t *testing.T) {
	s, err := NewScorer()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Vimeo, where the scouts post their films, has not sold us a single ticket.", true},
		{"Vimeo, which bought Flickr last year, has not sold us a single ticket.", true},
		{"Vimeo, who the scouts chose, has never once sold us a single ticket.", true},
		{"Vimeo, where the club has not made a single film yet.", false},
		{"Vimeo, the scouts say, has not sold us a single ticket.", false},
		{"Vimeo, which the scouts chose, told us it has not sold a single ticket.", false},
		{"Vimeo, where the scouts post “films”, has not sold us a single ticket.", false},
	} {
		v := firstView(t, s, tc.text)
		i, lo := wordIndex(v, ","), wordIndex(v, "not")
		if lo < 0 {
			lo = wordIndex(v, "never")
		}
		if i < 0 || lo < 0 {
			t.Fatalf("%s: no comma or negator", tc.text)
		}
		got := v.relativeEnd(i, lo)
		if stepped := got > i && v.low[got] == ","; stepped != tc.want || !tc.want && got != i {
			t.Errorf("%s: relativeEnd(%d, %d) = %d, want a closing comma: %v", tc.text, i, lo, got, tc.want)
		}
	}
}

// TestClosedRelative: a report verb inside a relative clause reports the
// rest of the sentence only when the clause does not close before it.
func TestClosedRelative(t *testing.T) {
	s, err := NewScorer()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		text, report, at string
		want             bool
	}{
		{"Vimeo, where an agency told me to post our films, has not sold us a single ticket.", "told", "not", true},
		{"Vimeo, which the scouts say is slow, has lost our films.", "say", "lost", true},
		{"Vimeo, which the scouts say will carry films about knots, sails and boats, is free.", "say", "sails", false},
		{"Vimeo, which the scouts say will carry films about knots, sails and boats, is free.", "say", "boats", false},
		{"Vimeo has not sold us a single ticket, the scouts say, so we are leaving.", "say", "leaving", false},
		{"Ida Lund, the scout leader, says Vimeo has not sold us a single ticket.", "says", "not", false},
		{"The scouts who say Vimeo is slow, have left it for Flickr.", "say", "left", true},
		{"Ida Lund says Vimeo is slow, has lost our films and costs too much.", "says", "lost", false},
		{"The scouts who post on Vimeo, Ida Lund says, have left it for Flickr.", "says", "left", false},
		{"Vimeo, which the scouts say has not sold us a single ticket.", "say", "not", false},
	} {
		v := firstView(t, s, tc.text)
		k, i := wordIndex(v, tc.report), wordIndex(v, tc.at)
		if k < 0 || i < 0 {
			t.Fatalf("%s: no %q or %q", tc.text, tc.report, tc.at)
		}
		if got := v.closedRelative(k, i); got != tc.want {
			t.Errorf("%s: closedRelative(%q, %q) = %v, want %v", tc.text, tc.report, tc.at, got, tc.want)
		}
	}
}

// TestWishLeavesThanAlone: a "would rather" that a "than" closes is one
// comparison, listed once, at "than"; the wish does not count it twice.
func TestWishLeavesThanAlone(t *testing.T) {
	s, err := NewScorer()
	if err != nil {
		t.Fatal(err)
	}
	doc, err := testRecognizer(t).Recognize("Lena Brandt would rather post her drawings on Mastodon than on Threads.")
	if err != nil {
		t.Fatal(err)
	}
	js := s.Judge(doc)
	if len(js) != 2 {
		t.Fatalf("%d judgments, want one each for Mastodon and Threads: %+v", len(js), js)
	}
	for _, j := range js {
		if d := cmp.Diff([]string{"than"}, cueTexts(j.Cues)); d != "" {
			t.Errorf("%s (%s): cues (-want +got)\n%s", j.Target, j.Label, d)
		}
	}
}

// checkInvariants asserts the contract: one judgment per (sentence, target
// entity) pair in order, scores in range, spans that match the text.
func checkInvariants(t *testing.T, doc *entities.Document, js []Judgment) {
	t.Helper()
	type key struct {
		s int
		t string
	}
	want := map[key]bool{}
	for _, e := range doc.Entities {
		if !e.Target {
			continue
		}
		for _, m := range e.Mentions {
			want[key{m.Sentence, e.Name}] = true
		}
	}
	if len(js) != len(want) {
		t.Errorf("got %d judgments, want %d", len(js), len(want))
	}
	prev := -1
	for _, j := range js {
		if !want[key{j.Sentence, j.Target}] {
			t.Errorf("unexpected judgment %+v", j)
		}
		if j.Sentence < prev {
			t.Errorf("judgments out of sentence order")
		}
		prev = j.Sentence
		if j.Score < -1 || j.Score > 1 || j.Cues == nil {
			t.Errorf("bad judgment %+v", j)
		}
		if (j.Label == Neutral) != (j.Score > -Threshold && j.Score < Threshold) {
			t.Errorf("label %s does not match score %.3f", j.Label, j.Score)
		}
		for _, c := range j.Cues {
			if c.Start < 0 || c.End > len(doc.Text) || c.Start >= c.End || doc.Text[c.Start:c.End] != c.Text {
				t.Errorf("bad cue span %+v", c)
			}
		}
	}
}

func TestHeadlineHolder(t *testing.T) {
	s, err := NewScorer()
	if err != nil {
		t.Fatal(err)
	}
	rules, err := NewScorer()
	if err != nil {
		t.Fatal(err)
	}
	rules.art, rules.hold = nil, nil
	r := testRecognizer(t)
	for _, tc := range []struct {
		name, text, target, holder string
	}{
		// A headline's common-noun subject is the organization the
		// story names first.
		{"described org", "Fire service drops X for WhatsApp channels\n\nThe Ridgeline Fire Protection District will close its account on X at the end of the month.", "Twitter", "Ridgeline Fire Protection District"},
		{"report verb", "Child-safety charity says Roblox is dangerous for children\n\nThe Safe Passage Children's Foundation published its figures on Monday.", "Roblox", "Safe Passage Children's Foundation"},
		// ... but not a platform's owner the lead names before it.
		{"owner skipped", "Veterans' group says Facebook is failing families of the fallen\n\nAfter Meta removed 40 pages, the Australian Veterans' Fellowship wrote to its members.", "Facebook", "Australian Veterans' Fellowship"},
		// A place before the description modifies it, past a plural
		// possessive.
		{"place modifier", "Dundee tenants' union puts Signal ahead of Facebook\n\nThe Tay Tenants' Union voted in Dundee on Monday to close its page.", "Facebook", "Tay Tenants' Union"},
		// Plural people are unnamed.
		{"plural people", "Parents quit Snapchat over streaks\n\nThe Eau Claire Parents' Forum met on Monday.", "Snapchat", ""},
		// A description with no stance verb of its own, or whose verb is
		// no strong one, still names its organization.
		{"org description", "Aid agency stops announcing cash help on Telegram after fake channels cheat refugees\n\nNorthbridge Relief, a charity in Leeds, said on Monday that it would post its notices by text message.", "Telegram", "Northbridge Relief"},
		// (This one the place rule already read.)
		{"place and description", "Duluth nursing home drops FaceTime for family calls\n\nLakeside Pines Care Center will book every family call through a web page.", "FaceTime", "Lakeside Pines Care Center"},
		// A description of a person is the person the story names
		// first; so is a profile's, after its quotation.
		{"person description", "Matchmaker drops Instagram\n\nFiona Gallacher, who runs an introduction agency in Perth, has closed her account.", "Instagram", "Fiona Gallacher"},
		{"profile quotation", "‘LinkedIn made us lazy’: a recruiter on why her firm hires elsewhere\n\nMarisol Ortega has placed engineers in Austin for twenty years.", "LinkedIn", "Marisol Ortega"},
		{"profile place and whose", "‘YouTube pays the mortgage’: the Wrexley bus driver whose fan podcast outdraws the club’s own channel\n\nMarcus Oyelaran drives the number 9 bus in Wrexley.", "YouTube", "Marcus Oyelaran"},
		{"profile street", "‘TikTok pays the rent’: a Grafton Street busker on where his money comes from\n\nRuairí Kehoe has played on Grafton Street for eleven years.", "TikTok", "Ruairí Kehoe"},
		{"plural is unnamed", "Marketers shift budgets away from Facebook\n\nTallis Metrics, which tracks advertising, counted 400 campaigns.", "Facebook", ""},
		// A verb prose tags a singular noun ("condemns/NN"), and a
		// second verb after a comma, which shares the first one's
		// subject; a report verb there has its own after it.
		{"verb tagged noun", "Mountain rescue team condemns TikTok hiking clips\n\nThe Ogwen Valley Rescue Team said it had been called out nine times since May.", "TikTok", "Ogwen Valley Rescue Team"},
		{"second verb", "Rowing club quits Facebook groups, backs WhatsApp for race days\n\nThe Dee Valley Rowing Club said members had asked for it.", "WhatsApp", "Dee Valley Rowing Club"},
		// prose tags the gerund of "sailing school" a verb; "splits"
		// after a singular head, before "over" or "as", is the verb.
		{"gerund modifier", "Harrogate sailing school drops Facebook ads, credits Instagram for record summer\n\nThe Nidd Valley Sailing School will spend its budget on posters instead.", "Instagram", "Nidd Valley Sailing School"},
		{"splits over", "Spokane hiking club splits over moving its hikes off Meetup\n\nA club that has posted its hikes on Meetup for ten years will list them on its own website from June. The committee of the Cedar Ridge Hiking Club voted 6 to 3 on Monday.", "Meetup", "Cedar Ridge Hiking Club"},
		// A plural description whose modifier is a word of the name
		// the story gives next is that organization.
		{"plural namesake", "Wharfedale river volunteers move flood reports off Facebook\n\nThe Lower Wharfe River Wardens said on Monday that members would post their readings on a website.", "Facebook", "Lower Wharfe River Wardens"},
		// A place modifies the plural too, when the name also has the
		// plural's own word.
		{"plural namesake place", "Kilburn traders move their orders to WhatsApp\n\nShops in Kilburn will stop taking orders on Facebook from June. The Traders' Association of Kilburn said on Monday that members had voted for the change.", "WhatsApp", "Traders' Association of Kilburn"},
		// guard: not when only the place is a word of the name.
		{"plural place other name", "Kilburn nurses move their rotas to WhatsApp\n\nNurses in Kilburn will stop posting rotas on Facebook from June. The Chess Club of Kilburn said on Monday that it would do the same.", "WhatsApp", ""},
		{"plural other name", "Wharfedale dairy farmers move milk prices off Facebook\n\nThe Lower Wharfe River Wardens said on Monday that members would post their readings on a website.", "Facebook", ""},
		// A plural's verb in the base form, which prose tags a
		// noun ("drop/NN").
		{"plural base verb", "Tasmania independents drop Facebook ads\n\nCommunity Independents Tasmania, which backs six candidates, said on Monday that it would stop buying ads on Facebook.", "Facebook", "Community Independents Tasmania"},
		// guard: a plural stands for several organizations when the
		// story names two of the kind its namesake is.
		{"plural several of a kind", "Methodist congregations drop Facebook for YouTube\n\nThe First Methodist Church of Hobart said on Monday that it would stream its services on YouTube. Wesley Church in Launceston will do the same.", "Facebook", ""},
		// A plural whose lead describes one organization ("A guild of
		// ... makers") is that organization, the one the story names
		// next, whatever prose tags the plural; guard: not when the
		// lead describes a person.
		{"plural lead org", "Tasmanian luthiers quit Instagram for Mastodon\n\nA Hobart guild of guitar and violin makers has closed its Instagram account. Members of the Derwent Luthiers Guild voted on Saturday to leave.", "Instagram", "Derwent Luthiers Guild"},
		{"plural tagged verb lead org", "Aberdeenshire taxidermists quit Instagram for Flickr after 'graphic content' bans\n\nINVERURIE, Scotland — A small society of taxidermists in Aberdeenshire has closed its Instagram account. The Bennachie Taxidermy Society voted on Thursday to delete it.", "Instagram", "Bennachie Taxidermy Society"},
		{"plural lead hiking club", "Spokane hikers quit Meetup for WhatsApp\n\nA hiking club in Spokane has stopped posting its hikes on Meetup. The Cedar Ridge Hiking Club voted on Monday.", "Meetup", "Cedar Ridge Hiking Club"},
		{"plural lead every", "Tasmanian luthiers quit Instagram for Mastodon\n\nEvery guild in Tasmania has closed its Instagram account. Members of the Derwent Luthiers Guild voted on Saturday to leave.", "Instagram", ""},
		{"plural lead few", "Lodi grape pickers quit Facebook for WhatsApp\n\nA few pickers in Lodi said the groups were full of scams. The Lodi Growers Association did not comment.", "Facebook", ""},
		{"plural headline alone", "Tasmanian luthiers quit Instagram for Mastodon", "Instagram", ""},
		{"plural lead person", "Lodi grape pickers quit Facebook for WhatsApp\n\nA picker in Lodi said the groups were full of scams. The Lodi Growers Association did not comment.", "Facebook", ""},
		{"report after comma", "Threads is failing, says analyst\n\nMira Solberg, an analyst at Fjord Research, said the app had lost half its users.", "Threads", "Mira Solberg"},
		// A group noun is the organization whose name says its kind
		// ("union" for an association, a union's local), not the
		// employer the story names first.
		{"union is association", "Nurses' union condemns TikTok over ward videos\n\nNurses at Orford General Hospital have complained since May. The Orford Nurses Association said on Monday that the videos must stop.", "TikTok", "Orford Nurses Association"},
		{"local is no union", "Porters union quits Facebook over hidden posts\n\nThe Orford Local History Society met on Monday. Hospital Porters Local 88 said its page had been hidden.", "Facebook", "Hospital Porters Local 88"},
		// A person's description is the person the story names, not an
		// organization or a race it names first or that the sentence
		// resolves to, past a modifier prose tags a verb and a word for
		// kin it tags a pronoun.
		{"person over club", "Orford snooker player says a Facebook group let a thief sell his cue\n\nORFORD, Ohio (Lakeshore Wire) — A snooker player whose late father's cue was stolen from a club in Orford says a Facebook group let the thief sell it. Dale Kettering, 41, plays for the Orford Cue Club, and the cue was taken from its rack in May.", "Facebook", "Dale Kettering"},
		{"person over race", "Louisville hatter blames Instagram for taking down her Derby hats\n\nA hat maker in Louisville says Instagram removed her feathered hats before the Kentucky Derby. Dana Fitch, 52, has made hats for the race for twenty years.", "Instagram", "Dana Fitch"},
		{"person modifier tagged verb", "Tennessee cave rescuer says Facebook livestream endangered a student\n\nGLASGOW, Ky. (Barren Wire) — The volunteer who led the rescue of a student trapped in a cave says a livestream on Facebook brought hundreds of onlookers to the farm road above him. Marla Pruitt, 44, a nurse from Bowling Green, has led the Pennyrile Cave Rescue Team since 2015.", "Facebook", "Marla Pruitt"},
		{"kin tagged pronoun", "Sheboygan mother blames X for warnings that never reached the beach\n\nA mother whose son was pulled from the lake says the city's warnings on X never reached the beach. Renata Cole, 39, lives three streets from the shore in Sheboygan.", "Twitter", "Renata Cole"},
		{"profile quotation over the centre", "‘A Facebook group can poison you; a photo sent on Signal can save you’: a Hobart mycologist on death caps and foragers\n\nThe Tasmanian Poisons Information Centre takes forty calls a year about wild mushrooms. Anouk Fairley, a mycologist in Hobart, helps it name them.", "Facebook", "Anouk Fairley"},
		{"kin without a suffix", "Sheboygan widow blames X for warnings that never reached the beach\n\nA widow whose husband was pulled from the lake says the city's warnings on X never reached the beach. Renata Cole, 39, lives three streets from the shore in Sheboygan.", "Twitter", "Renata Cole"},
		{"secretary over league", "Toledo dart league secretary condemns Facebook group that branded a player a cheat\n\nThe Maumee Valley Dart League has 30 teams. Its secretary, Lorna Pike, said the group had refused to take the posts down.", "Facebook", "Lorna Pike"},
		{"person in -ist", "Bristol florist blames Instagram for copies of her wedding bouquets\n\nA florist at the Clifton Flower Company in Bristol says Instagram let a rival copy her bouquets. Mira Holt, 36, has worked there since 2015.", "Instagram", "Mira Holt"},
		{"person in -or", "Halifax surveyor blames Facebook for fake boundary maps\n\nA land surveyor at the Halifax Land Registry Office says Facebook let strangers sell fake maps of his work. Colin Marsh, 58, has worked there since 1990.", "Facebook", "Colin Marsh"},
		{"role tagged adjective", "Toledo nurse blames TikTok for video of her night shift\n\nA nurse at Swan Creek Medical Center in Toledo says TikTok left a video of her night shift up for nine days. Gail Harmon, 44, has worked on the ward since 2010.", "TikTok", "Gail Harmon"},
		{"regulator is a body", "Irish regulator blames TikTok for harmful videos\n\nThe Online Safety Commission said on Monday that TikTok had ignored its warnings. Its chair, Niamh Byrne, said the company had until June.", "TikTok", "Online Safety Commission"},
		{"center is no person", "Tacoma youth center quits Facebook for Discord after its page is hacked\n\nThe Hilltop Youth Center will close its Facebook page on Friday. Its director, Anna Reyes, said the page had been hacked twice.", "Facebook", "Hilltop Youth Center"},
		{"newsletter is no person", "Orford parish newsletter quits Facebook for WhatsApp\n\nThe newsletter of St. Anne's Church in Orford will go out on WhatsApp from June. Its editor, Joan Pryor, said Facebook had hidden its posts.", "Facebook", "St. Anne's Church"},
		// A report's words, under its title if it has one, are its
		// owner's: the organization before it, or the one whose name
		// shares a word with the plural whose report it is; a title may
		// open the headline.
		{"owner's report", "Tacoma hikers' club's report blames TikTok for crowds on closed trails\n\nDana Holm counted 400 walkers on two closed trails in May. She is the secretary of the Puyallup Ridge Hiking Club, which published the report.", "TikTok", "Puyallup Ridge Hiking Club"},
		{"titled report", "Beekeepers' guild report ‘Stung Twice’ blames Facebook for fake honey sellers\n\nRuth Amos found 60 fake honey pages in a year. She chairs the Severn Guild of Beekeepers, which published the report.", "Facebook", "Severn Guild of Beekeepers"},
		{"report of a plural", "Dorset bell ringers' report ‘Rung Out’ blames Facebook for fake tower pages\n\nRuth Amos counted 30 fake pages for Dorset towers. She is the secretary of the Wessex Bell Ringers' Association, which published the report.", "Facebook", "Wessex Bell Ringers' Association"},
		{"title before the headline", "‘Rung Out’: Dorset bell ringing society's report blames Facebook for fake tower pages, credits WhatsApp with finding ringers\n\nRuth Amos counted 30 fake pages for Dorset towers. She is the secretary of the Wessex Bell Ringing Society, which published the report.", "WhatsApp", "Wessex Bell Ringing Society"},
		{"title before a plural", "‘Rung Out’: Dorset bell ringers blame Facebook for fake tower pages, credit WhatsApp with finding ringers\n\nRuth Amos counted 30 fake pages for Dorset towers. She is the secretary of the Wessex Bell Ringers' Association, which published a report on Monday.", "WhatsApp", "Wessex Bell Ringers' Association"},
		// guards: an organization the headline names keeps its own
		// deed; a shelter is no person; a profile's "why her union
		// left", past the quotation, is the union's.
		{"compound in -man", "Lake Placid bobsled brakeman says TikTok turned his crash into a punchline\n\nLAKE PLACID, N.Y. (Ausable Wire) — A bobsled brakeman whose sled flipped on a training run says a clip of the crash on TikTok made him a national joke. Marcus Brake, 29, a former sprinter from Albany, has pushed sleds for the North Elba Push Club since 2021.", "TikTok", "Marcus Brake"},
		{"named subject stays", "Toledo dart league secretary says Maumee Valley Dart League will quit Facebook\n\nThe Maumee Valley Dart League has 30 teams. Its secretary, Lorna Pike, said the group had refused to take the posts down.", "Facebook", "Maumee Valley Dart League"},
		{"shelter is no person", "Ellery County shelter moves its adoption appeals to TikTok, leaves Facebook to the lost dogs\n\nEllery County Animal Services will post its adoption appeals on TikTok from Monday. Its director, Renata Solis, said the appeals had reached few people on Facebook.", "Facebook", "Ellery County Animal Services"},
		{"profile her union", "'Signal is where we plan': a Hamilton tenant organizer on rent strikes and why her union left Discord\n\nDana Kilbride has organized tenants in Hamilton for nine years. She chairs the Limeridge Tenants Union, which has 400 members.", "Discord", "Limeridge Tenants Union"},
		{"union is local", "Porters' union quits Facebook over hidden posts\n\nPorters at Orford General Hospital voted on Monday. Hospital Porters Local 88 said its page had been hidden.", "Facebook", "Hospital Porters Local 88"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := judgmentAt(t, s, r, tc.text, 0, tc.target)
			if got == nil || got.Label == Neutral {
				t.Fatalf("no headline verdict for %s: %+v", tc.target, got)
			}
			if got.Holder != tc.holder {
				t.Errorf("holder %q, want %q (%s, cues %v)", got.Holder, tc.holder, got.Label, cueTexts(got.Cues))
			}
			got = judgmentAt(t, rules, r, tc.text, 0, tc.target)
			if got == nil || got.Holder != tc.holder {
				t.Errorf("rules alone: %+v, want holder %q", got, tc.holder)
			}
		})
	}
}

// TestPersonNoun: the words that describe a person in a headline.
func TestPersonNoun(t *testing.T) {
	for w, want := range map[string]bool{
		"milliner": true, "secretary": true, "brakeman": true, "fisherwoman": true,
		"human": false, "shelter": false, "union": false,
	} {
		if got := personNoun(w); got != want {
			t.Errorf("personNoun(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestKindOfHead: the common noun a story uses for an organization whose
// name says its kind in another word.
func TestKindOfHead(t *testing.T) {
	for name, want := range map[string]string{
		"Radio Orford":                "station",
		"Orford Tribune":              "paper",
		"Orford Nurses Association":   "union",
		"Hospital Porters Local 88":   "union",
		"Local Heroes Trust":          "",
		"Larkfield Airways":           "airline",
		"Larkfield Regional Airlines": "airline",
		"Larkfield Air Quality Group": "",
	} {
		if got := kindOfHead(name); got != want {
			t.Errorf("kindOfHead(%q) = %q, want %q", name, got, want)
		}
	}
}

// TestHeadlineNamedSubject: headlineHolder on its own. A name between a
// headline's description and its predicate ("Columbus grocer Fairgrove
// pauses ...") is the headline's subject; a name that modifies another
// noun, a place, or a name that stands first is not.
func TestHeadlineNamedSubject(t *testing.T) {
	s, err := NewScorer()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ name, text, want string }{
		{"org after description", "Orford bakery Crumbwell pauses Instagram ads\n\nCrumbwell Bakery, a family firm in Orford, said on Monday it would stop paying for posts.", "Crumbwell Bakery"},
		{"person before colon", "Orford bakery owner Ida Lund: 'I am done with Instagram'\n\nIda Lund has run a bakery in Orford for nine years.", "Ida Lund"},
		{"org before on", "Orford bakery Crumbwell on why Instagram is a waste of money\n\nCrumbwell Bakery, a family firm in Orford, said on Monday it would stop paying for posts.", "Crumbwell Bakery"},
		// Whatever opens the predicate: "to", a modal, "with", "who";
		// guard: a verb prose tags a noun (after a description with no
		// name, which headlinePredicate serves too).
		{"to", "Orford bakery Crumbwell to quit Instagram\n\nCrumbwell Bakery, a family firm in Orford, said on Monday it would stop posting.", "Crumbwell Bakery"},
		{"modal", "Orford bakery Crumbwell will quit Instagram\n\nCrumbwell Bakery, a family firm in Orford, said on Monday it would stop posting.", "Crumbwell Bakery"},
		{"with", "Orford bakery owner Ida Lund with a word for Instagram: enough\n\nIda Lund has run a bakery in Orford for nine years.", "Ida Lund"},
		{"who", "Orford bakery owner Ida Lund who quit Instagram for good\n\nIda Lund has run a bakery in Orford for nine years.", "Ida Lund"},
		{"verb tagged plural noun", "Aid agency stops announcing cash help on Telegram\n\nNorthbridge Relief, a charity in Leeds, said on Monday that it would post its notices by text message.", "Northbridge Relief"},
		{"plural possessive", "Leeds musicians' collective backs Bandcamp over TikTok\n\nThe Kirkgate Sound Collective, a group of 40 bands, told members on Monday to sell their records there.", "Kirkgate Sound Collective"},
		// prose tags "Kingston netball/MD coach/VB says" anything: a
		// word before a person's noun that the predicate follows is
		// the description's.
		{"person noun tagged a verb", "Kingston netball coach says fake scouts on Instagram preyed on her players\n\nMarcia Holt, 49, has coached netball at a girls' school in Kingston for 16 years.", "Marcia Holt"},
		// So is a word prose tags a verb before two nouns ("axe/VBZ
		// bar owner says"); guard: not before "who", where the verb
		// is the headline's own.
		{"verb-tagged modifier", "Kingston axe bar owner says fake reviews on Yelp cost her a month\n\nMarcia Holt, 49, has run an axe bar in Kingston since 2019.", "Marcia Holt"},
		{"verb before who", "Kingston bans bar owner who filmed on TikTok\n\nMarcia Holt, 49, has run a bar in Kingston since 2019.", ""},
		// guard: nor before nouns that are no one's description.
		{"verb before a thing", "Kingston axe bar policy sparks TikTok row\n\nMarcia Holt, 49, has run an axe bar in Kingston since 2019.", ""},
		// guard: the name modifies the subject's head.
		{"name as modifier", "Orford bakery Crumbwell's owner quits Instagram\n\nIda Lund has run Crumbwell Bakery in Orford for nine years.", ""},
		// guard: a place after the description is no subject.
		{"place after description", "Hospital trust Leeds drops Facebook ads\n\nThe trust runs four hospitals in the city.", ""},
		// guard: a headline that ends at the name has no predicate.
		{"name ends headline", "Orford bakery Crumbwell\n\nCrumbwell Bakery, a family firm in Orford, quit Instagram on Monday.", ""},
		// guard: a named subject is the rules' own business.
		{"name first", "Crumbwell Bakery pauses Instagram ads\n\nThe family firm in Orford said on Monday it would stop paying for posts.", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, v := firstDocView(t, s, tc.text)
			got := ""
			if ei := v.headlineHolder(d); ei >= 0 {
				got = d.doc.Entities[ei].Name
			}
			if got != tc.want {
				t.Errorf("headlineHolder = %q, want %q", got, tc.want)
			}
		})
	}
}

// TestLedeHolder: a lede's description ("A walking group in Leeds") is
// the organization the story names within the three sentences after the
// headline.
func TestLedeHolder(t *testing.T) {
	s, err := NewScorer()
	if err != nil {
		t.Fatal(err)
	}
	r := testRecognizer(t)
	text := "Walking group leaves Facebook\n\nA walking group in Leeds has abandoned Facebook. About 40 of its members have stayed behind. The Meanwood Striders was started in 2009."
	got := judgmentAt(t, s, r, text, 1, "Facebook")
	if got == nil || got.Label != Criticizes || got.Holder != "Meanwood Striders" {
		t.Fatalf("got %+v, want Meanwood Striders criticizing Facebook", got)
	}
}

// judgmentAt recognizes and judges text and returns the judgment of
// target in sentence si, or nil.
func judgmentAt(t *testing.T, s *Scorer, r *entities.Recognizer, text string, si int, target string) *Judgment {
	t.Helper()
	doc, err := r.Recognize(text)
	if err != nil {
		t.Fatal(err)
	}
	for _, j := range s.Judge(doc) {
		if j.Sentence == si && j.Target == target {
			return &j
		}
	}
	return nil
}

// TestUncuedHolder: the holder of a verdict no cue carried (the article
// model's), which belongs to whoever speaks where the target is named. An
// owner that "told me", "wrote to say" or whose "statement said" speaks for
// the platform it praises; a second report ("..., and that Instagram ...")
// has its own subject.
func TestUncuedHolder(t *testing.T) {
	s, err := NewScorer()
	if err != nil {
		t.Fatal(err)
	}
	const column = "By Nuala Brennan\n\nI run a walking club in Kerry, the Kerry Ramblers. The Kerry Ramblers reported the fake page twice. "
	for _, tc := range []struct {
		name, text, target, holder string
	}{
		{"told me that", column + "Meta told me that Instagram “helps people share the places they love.”", "Instagram", "Meta"},
		{"second report", column + "Our secretary, Ines Marlow, said that people can turn the location off on their posts, and that Instagram “helps people share the places they love.”", "Instagram", "Ines Marlow"},
		{"wrote to say", column + "Meta eventually wrote to say that the page had been removed, and that Facebook ‘has teams working around the clock’.", "Facebook", "Meta"},
		{"statement said", column + "Meta’s statement said that Facebook ‘helps small clubs reach their communities’.", "Facebook", "Meta"},
		{"it goes on", column + "Meta told me it had looked at the post again. It also told me that Facebook “helps people share the moments that matter.”", "Facebook", "Meta"},
		{"spokesman told me", column + "A spokesman told me Reddit “takes the work of its volunteers seriously.”", "Reddit", "Reddit"},
		// guard: "tells me" and a question is no statement.
		{"tells me who", column + "Instagram tells me who my neighbours follow, and I have never asked.", "Instagram", "Nuala Brennan"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, v, tm := lastMention(t, s, testRecognizer(t), tc.text, tc.target)
			got := s.speaksFor(d, v, tm.ent, tm.ranges, Endorses, s.verdictHolder(d, v, targetCue(tm.ranges), tm.ent, false))
			if got != tc.holder {
				t.Errorf("holder %q, want %q", got, tc.holder)
			}
		})
	}
}

// TestSelfPraise: a platform, its owner or their spokesperson describing
// the platform at its best endorses it, whatever the models make of the
// words; the same words in anyone else's mouth, or about something other
// than the platform, are no such praise.
func TestSelfPraise(t *testing.T) {
	s, err := NewScorer()
	if err != nil {
		t.Fatal(err)
	}
	r := testRecognizer(t)
	const lead = "The Orford Quilters' Guild closed its page after fake sellers copied its quilts. "
	for _, tc := range []struct {
		name, text, target, holder string
		word                       string // the praise word, "" for none
	}{
		{"helps", lead + "Pinterest said it had removed the pins the guild reported, and that Pinterest “helps millions of people find ideas for their homes.”", "Pinterest", "Pinterest", "helps"},
		{"groups help", lead + "Meta, which owns Facebook, said Facebook groups “help neighbours swap what they make.”", "Facebook", "Meta", "help"},
		{"is home to", lead + "A Twitch spokesperson said Twitch “is home to millions of makers who stream their work.”", "Twitch", "Twitch", "home"},
		{"has helped", lead + "A Tumblr spokesperson said Tumblr “has helped quilters find one another for fifteen years.”", "Tumblr", "Tumblr", "helped"},
		{"is a place", lead + "Flickr said the photographs had been removed and that Flickr “is a place where makers show what they make.”", "Flickr", "Flickr", "place"},
		{"takes seriously", lead + "A spokesman told me Reddit “takes copyright very seriously.”", "Reddit", "Reddit", "seriously"},
		// guards: someone else's praise; the platform's words about
		// something else.
		{"another's praise", lead + "Its chair, Ruth Amos, said Facebook groups help quilters swap fabric.", "Facebook", "", ""},
		{"a rival's spokesperson", lead + "A Google spokesperson said TikTok “gives creators a fraction of what YouTube pays them.”", "TikTok", "", ""},
		{"not the subject", lead + "Pinterest said the pins had been removed and that its rules help nobody who copies a quilt.", "Pinterest", "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, v, tm := lastMention(t, s, r, tc.text, tc.target)
			k := v.selfPraise(d, tm.ent, tm.ranges)
			if tc.word == "" {
				if k >= 0 {
					t.Fatalf("selfPraise found %q", v.low[k])
				}
				return
			}
			if k < 0 || v.low[k] != tc.word {
				t.Fatalf("selfPraise at %d, want %q", k, tc.word)
			}
			got := judgmentAt(t, s, r, tc.text, v.idx, tc.target)
			if got == nil || got.Label != Endorses || got.Holder != tc.holder {
				t.Errorf("got %+v, want endorses held by %q", got, tc.holder)
			}
		})
	}
}

// TestSpokespersonHolder: a spokesperson who answers the columnist's call
// to a body, or whom the text introduced as a body's, speaks for that
// body; one tied to no body speaks for the platform's owner when her
// words name it. None of them speaks for the columnist she told.
func TestSpokespersonHolder(t *testing.T) {
	s, err := NewScorer()
	if err != nil {
		t.Fatal(err)
	}
	r := testRecognizer(t)
	const col = "By Jo Penn\n\nFake sellers copied our guild's quilts on Facebook and Instagram, and I reported every one of them. "
	const council = "Orford Borough Council"
	for _, tc := range []struct {
		name, text, target string
		holder, not        string // the holder, or one it must not be
	}{
		{"a call to the body", col + "When I rang Meta myself, a press officer told me Instagram had “clear rules against fraud” and “tools that help people stay safe”.", "Instagram", "Meta", ""},
		{"our call to the body", col + "When we asked Meta why, the press officer told us that Facebook groups “help quilters across the country find one another”.", "Facebook", "Meta", ""},
		{"the spokesperson introduced before", col + "A Meta spokesperson told me the adverts had been removed. I asked why it had taken a month.\n\nThe spokesperson said Facebook “works hard to protect people from fraud and helps millions of people buy and sell the things they love.”", "Facebook", "Meta", ""},
		{"the owner in her words", col + "A spokesperson told me that Instagram “helps millions of small businesses find new customers” and that Meta “continually invests in tools to protect them.”", "Instagram", "Meta", ""},
		{"the first body called", col + "When I asked Meta about " + council + "'s page, a press officer told me that Facebook groups “help quilters across the country find one another”.", "Facebook", "Meta", ""},
		// guards: a place is no body; a neighbour is nobody's
		// spokesperson; a spokesperson for another body speaks for it.
		{"a place", col + "When I was in Leeds last week, a press officer told me that Facebook was “the best thing that ever happened to the city”.", "Facebook", "", "Leeds"},
		{"a neighbour", col + "When I wrote to " + council + ", a neighbour told me that Facebook was “the best thing that ever happened to the borough”.", "Facebook", "", council},
		{"another body's spokesperson", col + "When I wrote to " + council + ", a spokesperson for the Orford Quilters' Guild told me that Facebook was “the best thing that ever happened to the borough”.", "Facebook", "Orford Quilters' Guild", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, v, _ := lastMention(t, s, r, tc.text, tc.target)
			got := judgmentAt(t, s, r, tc.text, v.idx, tc.target)
			switch {
			case got == nil || got.Label != Endorses:
				t.Errorf("got %+v, want endorses", got)
			case tc.not != "" && got.Holder == tc.not:
				t.Errorf("held by %q, want anyone else", got.Holder)
			case tc.not == "" && got.Holder != tc.holder:
				t.Errorf("held by %q, want %q", got.Holder, tc.holder)
			}
		})
	}
}

// TestLeadHolder checks the holder of a news lead whose subject is an
// indefinite description: the story names it in the sentences after.
func TestLeadHolder(t *testing.T) {
	s, err := NewScorer()
	if err != nil {
		t.Fatal(err)
	}
	r := testRecognizer(t)
	for _, tc := range []struct {
		name, text, target string
		label              Label
		holder             string
	}{
		// A kind of organization is the first organization named after.
		{"org description", "Walkers close their Facebook group\n\nA Darlington walking club has closed the Facebook group it ran for a decade.\n\nThe Tees Valley Ramblers' Society said its members had stopped reading it.", "Facebook", Criticizes, "Tees Valley Ramblers' Society"},
		// A dateline comes first; prose's tag for "running" is a verb's.
		{"dateline", "Club drops Strava\n\nOLDHAM — A running club has moved its weekly notices to WhatsApp.\n\nThe Hollinwood Road Runners Club said the leaderboard had caused rows.", "WhatsApp", Endorses, "Hollinwood Road Runners Club"},
		// A dateline is no subject, nor a place in a list a
		// preposition governs.
		{"dateline and relative clause", "Transit authority quits X\n\nASHPORT, Ore. — The Tri-Cove Transit Authority, which runs buses around Ashport, will stop posting service alerts on X.\n\nIt will use WhatsApp instead.", "Twitter", Criticizes, "Tri-Cove Transit Authority"},
		{"dateline and place list", "Militia praises Telegram\n\nLITTLE ROCK, Ark. — A militia network with chapters in Arkansas, Missouri and Oklahoma praised Telegram this week.\n\nThe Ozark Ridge Militia Network said so.", "Telegram", Endorses, "Ozark Ridge Militia Network"},
		// A place's description names nobody either.
		{"place's description", "Vets warn owners off TikTok\n\nWales's largest association of farm vets has told farmers to stop taking advice from TikTok.\n\nVets Cymru, which speaks for 900 farm vets, said the videos had cost lambs.", "TikTok", Criticizes, "Vets Cymru"},
		// A role is a person's, not an organization's the story names
		// before the person.
		{"role description", "State sues over Snapchat\n\nOregon's attorney general has accused Snapchat of hiding its dangers from parents.\n\nThe suit, filed in Marion County Circuit Court, was announced by Attorney General Lena Ostrow.", "Snapchat", Criticizes, "Lena Ostrow"},
		// Any other description is the first person or organization.
		{"person description", "Matchmaker quits Instagram\n\nA matchmaker in Edinburgh has closed her Instagram account.\n\nFiona Gallacher said two years of posting had brought her no clients.", "Instagram", Criticizes, "Fiona Gallacher"},
		// A plural noun before the head modifies it: "a high school
		// physics teacher" is a person, not the school's club.
		{"plural noun before the head", "Balloon scare in Bozeman\n\nA high school physics teacher in Bozeman says Facebook turned her class weather balloon into a spy scare and let strangers threaten her students.\n\nNora Quill, 38, who runs the Gallatin Valley Radio Club, said the posts brought threats.", "Facebook", Criticizes, "Nora Quill"},
		// A person's role in an indefinite organization is the person
		// the story names next, not the organization.
		{"role of an organization", "Ukulele club founder says Nextdoor nearly ended her strum-along\n\nMOBILE, Ala. (Dog River Wire) — The founder of a ukulele club in Mobile says Nextdoor is a hateful place for anyone over sixty.\n\nLorna Daley, 68, started the Bayside Ukulele Club in 2016.", "Nextdoor", Criticizes, "Lorna Daley"},
		{"role of an organization, said", "Bridal shop owner says TikTok ruined her busiest month\n\nSPOKANE, Wash. — The owner of an old bridal shop in Spokane says TikTok ruined her busiest month.\n\nDana Riddock opened the Lilac City Bridal Shop in 2019.", "TikTok", Criticizes, "Dana Riddock"},
		// prose tags a word it does not know a determiner: "A high
		// school netball/DT coach" is the coach.
		{"word tagged a determiner", "Coach says fake scouts on Instagram preyed on her players\n\nKINGSTON, Jamaica — A high school netball coach in Kingston says Instagram failed her players and their families.\n\nMarcia Holt, 49, has coached at St. Andrew Girls' High School for 16 years.", "Instagram", Criticizes, "Marcia Holt"},
		// A role the story never gives its person by that word ("now
		// coaches", not "coach Rosa Lindqvist") is still a person's,
		// not the organization the story names first.
		{"role the story gives nobody", "Judo coach praises YouTube\n\nDENVER (Front Range Wire) — A judo coach in Denver says that a single video she posted on YouTube did more to change minds than five years of letters.\n\nRosa Lindqvist, 36, founded the Mile High Judo Academy in 2017.", "YouTube", Endorses, "Rosa Lindqvist"},
		// So is any noun for someone by what she does ("potter"), and a
		// referee.
		{"agent noun", "Potter praises Reddit\n\nOMAHA, Neb. (Platte Wire) — A potter in Omaha says copies of her mugs sold on TikTok for weeks, and that a forum on Reddit did more to find the seller than the police.\n\nLena Brandt, 52, runs the Platte Pottery Works and has taught at the Omaha Clay Guild since 2004.", "Reddit", Endorses, "Lena Brandt"},
		{"referee", "Referee praises Reddit\n\nDULUTH, Minn. (Lakewalk Wire) — A youth soccer referee in Duluth says a clip of one of his calls on TikTok brought him threats, and that referees on Reddit did more to show the call was right than the league.\n\nOwen Tarr, 58, has refereed for the Lakeside Youth Soccer Association since 1999.", "Reddit", Endorses, "Owen Tarr"},
		// guard: a true determiner ends the description.
		{"determiner after the head", "Prosecutor accuses Instagram\n\nA federal prosecutor this week accused Instagram of hiding scams from its users.\n\nThe Orford Consumer League backed the suit, which was filed by Lena Ostrow.", "Instagram", Criticizes, "Lena Ostrow"},
		// "a union" is the one the story names, not the employer its
		// own description names first.
		{"union description", "Porters turn on Facebook\n\nA union representing about 400 porters, cleaners and cooks in Orford said on Tuesday that it would stop posting on Facebook, accusing the site of hiding its posts before a strike vote at Orford General Hospital.\n\nHospital Porters Local 88 said its page had been hidden.", "Facebook", Criticizes, "Hospital Porters Local 88"},
		// A word the lead quotes is still the description's.
		{"quoted word", "Mayors turn on X\n\nA league of mayors in the Orford region said on Monday that X had been “useless” during the floods.\n\nThe League of Orford Mayors said 61 towns had used Viber instead.", "Twitter", Criticizes, "League of Orford Mayors"},
		// A kind of organization the story never calls by that word is
		// the organization named next, past a place that locates it.
		{"kind named next", "Orford studio leaves Flickr\n\nA games studio in Orford has closed its Flickr group and moved its player community to Tumblr.\n\nKestrel Games, which employs nine people, announced the move on Monday.", "Tumblr", Endorses, "Kestrel Games"},
		{"kind named next, its reason", "Orford studio leaves Flickr\n\nA games studio in Orford has left Flickr, saying players get better answers on Tumblr.\n\nKestrel Games, which employs nine people, announced the move on Monday.", "Tumblr", Endorses, "Kestrel Games"},
		// A court rules on others' stances: its judge holds none.
		{"judge", "Businesses may sue Meta\n\nA federal judge in San Jose has allowed a class action accusing Instagram of ignoring hacked businesses.\n\nJudge Alicia Moore wrote that the claims could proceed.", "Instagram", Criticizes, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := judgmentAt(t, s, r, tc.text, 1, tc.target)
			if got == nil || got.Label != tc.label {
				t.Fatalf("lead verdict for %s: %+v, want %s", tc.target, got, tc.label)
			}
			if got.Holder != tc.holder {
				t.Errorf("holder %q, want %q (%s, cues %v)", got.Holder, tc.holder, got.Label, cueTexts(got.Cues))
			}
		})
	}
}

// TestDescriptionSharesName: a headline's or lede's description of a group
// ("A transit riders' group") is the organization whose name shares a word
// with it, not the one the lede names first ("accounts posing as the
// Westfield Transit Authority"); and the organization a story is about is
// the first that opens a sentence of it, so "the board" is that one's.
func TestDescriptionSharesName(t *testing.T) {
	s, err := NewScorer()
	if err != nil {
		t.Fatal(err)
	}
	r := testRecognizer(t)
	const story = "Riders' group quits X for Bluesky\n\nA transit riders' group in Aurora, Colorado, said Tuesday that it had closed its account on X after accounts posing as the Westfield Transit Authority sent riders to a fake refund site. The Aurora Riders Alliance has about 3,100 members.\n\n\"We could not stay,\" said Ines Marlow, its secretary.\n\nMarlow said the board had looked at Mastodon, but chose Bluesky."
	// A platform's owner that opens the lede is the platform acting, not
	// the story's organization.
	const ownerFirst = "Riders' group quits X for Bluesky\n\nMeta said on Monday that it had removed fake transit accounts from Facebook. The Aurora Riders Alliance said it would stop posting on X.\n\nInes Marlow said the board had looked at Mastodon, but chose Bluesky."
	for _, tc := range []struct {
		name, text string
		si         int
		target     string
		label      Label
		holder     string
	}{
		{"headline", story, 0, "Bluesky", Endorses, "Aurora Riders Alliance"},
		{"lede", story, 1, "Twitter", Criticizes, "Aurora Riders Alliance"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := judgmentAt(t, s, r, tc.text, tc.si, tc.target)
			if got == nil || got.Label != tc.label || got.Holder != tc.holder {
				t.Fatalf("got %+v, want %s %s by %q", got, tc.label, tc.target, tc.holder)
			}
		})
	}
	// "the board" refers to the story's organization. Whether it or the
	// speaker holds "Marlow said the board ... chose Bluesky" is the
	// holder model's to weigh; the rules must offer the organization.
	for _, tc := range []struct {
		name, text string
		si         int
	}{
		{"the board", story, 4},
		{"the board, after the owner", ownerFirst, 3},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, v := docViewAt(t, s, tc.text, tc.si)
			k := wordIndex(v, "board")
			if k < 0 {
				t.Fatalf("no \"board\" in sentence %d", tc.si)
			}
			if ei := v.refAt(d, k); ei < 0 || d.doc.Entities[ei].Name != "Aurora Riders Alliance" {
				t.Fatalf("refAt(board) = %d, want Aurora Riders Alliance", ei)
			}
		})
	}
}

// checkCriticized judges text and checks that target is criticized in
// sentence si and held by holder.
func checkCriticized(t *testing.T, s *Scorer, r *entities.Recognizer, text, target string, si int, holder string) {
	t.Helper()
	doc, err := r.Recognize(text)
	if err != nil {
		t.Fatal(err)
	}
	js := s.Judge(doc)
	checkInvariants(t, doc, js)
	for _, j := range js {
		if j.Target == target && j.Sentence == si {
			if j.Label != Criticizes || j.Holder != holder {
				t.Errorf("sentence %d: got %s held by %q, want criticizes held by %q", si, j.Label, j.Holder, holder)
			}
			return
		}
	}
	t.Fatalf("no judgment of %s in sentence %d: %+v", target, si, js)
}

// TestSignedLetters: on a page of readers' letters, each signed below in a
// paragraph of its own, the paragraph above a signature is its signer's;
// an advice column's answer after the signature is the author's again,
// and one signature alone makes no letters page.
func TestSignedLetters(t *testing.T) {
	s, err := NewScorer()
	if err != nil {
		t.Fatal(err)
	}
	r := testRecognizer(t)
	const page = "Letters: the council's new channel\n\n" +
		"Last week we reported on the council's WhatsApp channel. Here is a selection of your letters.\n\n" +
		"I joined the WhatsApp channel the day it opened. I am glad of it.\n\n" +
		"Margaret Alderson, Thornsett.\n\n" +
		"I closed my own Twitter account in 2023 and have not missed it.\n\n" +
		"Peter Ogden, Kirkby Harrow.\n\n" +
		"You are right, Peter, and I left Twitter too."
	const single = "Letters: the council's new channel\n\n" +
		"I closed my own Twitter account in 2023 and have not missed it.\n\n" +
		"Peter Ogden, Kirkby Harrow.\n\n" +
		"I left Twitter too."
	for _, tc := range []struct {
		name, text, target string
		sentence           int
		holder             string
	}{
		{"first-letter", page, "Twitter", 6, "Peter Ogden"},
		{"answer", page, "Twitter", 8, ""},
		{"single-signature", single, "Twitter", 1, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkCriticized(t, s, r, tc.text, tc.target, tc.sentence, tc.holder)
		})
	}
}

// TestBylines: an op-ed under a byline ("By NAME, who ...") in a paragraph
// of its own, written in the first person, is its writer's: the headline
// above the byline and the sentences after it; in a point-counterpoint a
// subhead right above the second byline is the second writer's. A news
// report's byline over a piece with no "I" of its own, and a paragraph
// that opens "By Tuesday", leave the author's voice as it is.
func TestBylines(t *testing.T) {
	s, err := NewScorer()
	if err != nil {
		t.Fatal(err)
	}
	r := testRecognizer(t)
	const oped = "I quit Twitter, and so should every teacher\n\n" +
		"By Helen Marchetti, who teaches chemistry at a school in Leeds.\n\n" +
		"I taught for twenty years before I opened an account anywhere.\n\n" +
		"I left Twitter last spring and I do not miss it."
	const pair = "Two teachers on phones in class\n\n" +
		"Yes: let them in.\n\n" +
		"By Helen Marchetti, who teaches chemistry in Leeds.\n\n" +
		"I have taught with phones on the desk for a decade.\n\n" +
		"No: Twitter ruined my classroom.\n\n" +
		"By Owen Pryce, a history teacher in Cardiff.\n\n" +
		"I left Twitter last spring and I do not miss it."
	const report = "School drops Twitter\n\n" +
		"By Helen Marchetti.\n\n" +
		"A school in Leeds has left Twitter, saying the site failed its pupils.\n\n" +
		"The head teacher said parents had asked for the change."
	const tuesday = "School drops Twitter\n\n" +
		"By Tuesday, the school had closed its account.\n\n" +
		"I left Twitter last spring and I do not miss it."
	for _, tc := range []struct {
		name, text string
		sentence   int
		holder     string
	}{
		{"headline", oped, 0, "Helen Marchetti"},
		{"body", oped, 3, "Helen Marchetti"},
		{"second-subhead", pair, 4, "Owen Pryce"},
		{"second-body", pair, 6, "Owen Pryce"},
		{"news-report", report, 2, ""},
		{"by-tuesday", tuesday, 2, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkCriticized(t, s, r, tc.text, "Twitter", tc.sentence, tc.holder)
		})
	}
}

// TestSingleQuotes: single curly marks open and close a quotation where no
// double one is open, and an apostrophe stays one; a curly mark opens or
// closes whatever state the sentences before left.
func TestSingleQuotes(t *testing.T) {
	r := testRecognizer(t)
	s, err := NewScorer()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, text string
		quoted     []string // words inside a quotation
		plain      []string // words outside
	}{
		{"british", "‘We left Telegram,’ Jo Marsh said.", []string{"left"}, []string{"said"}},
		{"apostrophe", "The app stayed up. ‘The members’ page on Telegram is gone now,’ she said.", []string{"page", "gone"}, []string{"stayed", "said"}},
		{"scare-plural", "Sellers recruit ‘reviewers’ in Discord servers. “Telegram removed none of them,” the report says.", []string{"removed"}, []string{"recruit", "says"}},
		{"stray-straight", "Fans typed \"lol and moved on. “Telegram failed us,” she said.", []string{"failed"}, []string{"typed", "said"}},
		{"nested-double", "‘I put “cash only” on Instagram, where my regulars look,’ she said.", []string{"cash", "regulars"}, []string{"said"}},
		{"nested", "“Nobody called it ‘a lifeboat’ until we left,” she said.", []string{"called", "lifeboat", "until", "left"}, []string{"said"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := r.Recognize(tc.text)
			if err != nil {
				t.Fatal(err)
			}
			d := newDocView(doc)
			in := map[string]bool{}
			for si := range doc.Sentences {
				v := d.sentence(si, s)
				for k := 0; k < v.n; k++ {
					in[v.low[k]] = v.quoted[k]
				}
			}
			for _, w := range tc.quoted {
				if !in[w] {
					t.Errorf("%q not quoted in %q", w, tc.text)
				}
			}
			for _, w := range tc.plain {
				if in[w] {
					t.Errorf("%q quoted in %q", w, tc.text)
				}
			}
		})
	}
}

// TestPlatformOwner: a platform's owner is one under its legal suffixes
// too, so that "ByteDance Ltd." named in a headline is not taken for the
// organization whose letter the story quotes.
func TestPlatformOwner(t *testing.T) {
	for name, want := range map[string]bool{
		"ByteDance": true, "ByteDance Ltd.": true, "Snap Inc.": true, "Meta Platforms, Inc.": true,
		"Alphabet Inc": true, "Calloway Ridge Capital": false, "Acme Ltd.": false, "Ltd.": false,
	} {
		if got := platformOwner(name); got != want {
			t.Errorf("platformOwner(%q) = %v, want %v", name, got, want)
		}
	}
}

// TestOwns: an owner runs its own platforms under any of its legal
// suffixes, and no other company's.
func TestOwns(t *testing.T) {
	for _, c := range []struct {
		owner, platform string
		want            bool
	}{
		{"Meta", "Instagram", true}, {"Meta Platforms, Inc.", "WhatsApp", true},
		{"Alphabet Inc.", "YouTube", true}, {"Snap Inc.", "Snapchat", true}, {"Google", "Blogger", true},
		{"Meta", "YouTube", false}, {"Google", "Instagram", false},
		{"Acme Ltd.", "Instagram", false}, {"Instagram", "Instagram", false},
	} {
		if got := owns(c.owner, c.platform); got != c.want {
			t.Errorf("owns(%q, %q) = %v, want %v", c.owner, c.platform, got, c.want)
		}
	}
}

// TestUnlikeTurnKeepsModelScore: unlikeTurn turns a foil whose only cue is
// the negative "unlike" cue when its subject ends up negative, but a
// caller-named foil that the valence model already scored positive
// (targetValence) keeps that score; turning it would make it negative.
func TestUnlikeTurnKeepsModelScore(t *testing.T) {
	unlike := []cue{{lemma: lemmaUnlike, weight: -0.3, strong: true, pos: 'O'}}
	verdicts := func(foil float64) []ruleVerdict {
		return []ruleVerdict{
			{cues: unlike, contrib: []float64{0.3}, score: -0.6},
			{cues: unlike, contrib: []float64{-0.3}, score: foil},
		}
	}
	for _, tc := range []struct {
		name        string
		foil, want  float64
		wantContrib float64
	}{
		{"rule-score-turned", -0.29, 0.29, 0.3},
		{"model-score-kept", 0.4, 0.4, -0.3},
	} {
		rvs := verdicts(tc.foil)
		unlikeTurn(rvs)
		got := []float64{rvs[1].score, rvs[1].contrib[0], rvs[0].score}
		want := []float64{tc.want, tc.wantContrib, -0.6}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s: foil score, foil contrib, subject score (-want +got):\n%s", tc.name, diff)
		}
	}
}

// TestDatelineView: a wire story's dateline place and the agency it credits
// are left out of the stance view (no token of theirs is an entity's),
// whatever markup stands between the words ("NEW <a>YORK</a>") and past
// a credit in parentheses; a name in parentheses after words in lower case
// is no credit.
func TestDatelineView(t *testing.T) {
	r := testRecognizer(t)
	for _, tc := range []struct {
		text, word string
		out        bool // the word's token is out of the view
	}{
		{"<h1>Fans quit X</h1><p>NEW <a href=\"https://example.com/ny\">YORK</a> — Fans have decided to leave Facebook.</p>", "YORK", true},
		{"Fans quit X\n\nNEW YORK — Fans have decided to leave Facebook.", "YORK", true},
		{"Fans quit X\n\nDENPASAR, Indonesia (Austral Wire) — Fans have decided to leave Facebook.", "DENPASAR", true},
		{"Fans quit X\n\nDENPASAR, Indonesia (Austral Wire) — Fans have decided to leave Facebook.", "Wire", true},
		{"Fans quit X\n\nThe worst of them (Facebook) — quitting it was the best thing we did.", "Facebook", false},
		// Markdown emphasis, or a Markdown link, may open the dateline's line.
		{"Fans quit X\n\n**ROCKPORT, Maine** (Coast Wire) — Fans have decided to leave Facebook.", "ROCKPORT", true},
		{"Fans quit X\n\n**ROCKPORT, Maine** (Coast Wire) — Fans have decided to leave Facebook.", "Wire", true},
		{"Fans quit X\n\n_ROCKPORT_ — Fans have decided to leave Facebook.", "ROCKPORT", true},
		{"Fans quit X\n\n[GLASGOW,](https://example.com/g) Ky. (Barren River Wire) — Fans have decided to leave Facebook.", "Wire", true},
		// So may inline HTML, which blanks to spaces after the paragraph's
		// line break.
		{"<h1>Fans quit X</h1><p><em>DAYTON,</em> Ohio (Miami Wire) &mdash; Fans have decided to leave Facebook.</p>", "DAYTON", true},
		{"<h1>Fans quit X</h1><p><a href=\"https://example.com/t\">TOLEDO,</a> Ohio (Maumee Wire) &mdash; Fans have decided to leave Facebook.</p>", "Wire", true},
	} {
		doc, err := r.Recognize(tc.text)
		if err != nil {
			t.Fatal(err)
		}
		d := newDocView(doc)
		k := slices.IndexFunc(doc.Tokens, func(tok entities.Token) bool { return tok.Text == tc.word })
		if k < 0 {
			t.Fatalf("%q: no token %q", tc.text, tc.word)
		}
		if out := d.entOf[k] < 0; out != tc.out {
			t.Errorf("%q: %q out of the view %v, want %v", tc.text, tc.word, out, tc.out)
		}
	}
}

// TestInterviewerHearsay checks that an interviewer who reports what
// unnamed people say of the answerer's choice ("Some members say the club's
// preference for WhatsApp ...") takes no stance toward the platform chosen,
// while the same words in a news story's own voice, and people's words
// about the platform itself, still do. Each case judges the target in the
// sentence with "say".
func TestInterviewerHearsay(t *testing.T) {
	const intro = "Bees and apps: a club secretary on the outbreak\n\n" +
		"Gwen Harrow is secretary of the Lakeside Beekeepers' Club. She spoke to Tom Beck of the Valley Post.\n\n" +
		"BECK: How did the outbreak start?\n\n" +
		"HARROW: In a yard near the river, in May. We told our members first and then the ministry. " +
		"Members had to check their own hives that week before anybody else could help.\n\n"
	for _, tc := range []struct {
		name, text, target string
		want               Label
	}{
		{"preference", intro + "BECK: Some members say the club's preference for WhatsApp kept the news among its own members.\n\n" +
			"HARROW: That's fair, and we will change it.", "WhatsApp", Neutral},
		{"reliance", intro + "BECK: A lot of owners say the council's reliance on Facebook left the older ones out.\n\n" +
			"HARROW: They are right, and we told the council so.", "Facebook", Neutral},
		{"in the story's voice", "Lakeside Beekeepers' Club defends its news rota\n\n" +
			"The Lakeside Beekeepers' Club sends its outbreak notices to members first. " +
			"Analysts say the club's enthusiasm for WhatsApp is practical rather than loyal.", "WhatsApp", Endorses},
		{"the platform itself", intro + "BECK: Some members say WhatsApp is where the club hides its bad news.\n\n" +
			"HARROW: That's not fair.", "WhatsApp", Criticizes},
		{"the answerer's page", intro + "BECK: Some members say the club's page on Facebook is dead and useless.\n\n" +
			"HARROW: That's not fair.", "Facebook", Criticizes},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, err := NewScorer()
			if err != nil {
				t.Fatal(err)
			}
			doc, err := testRecognizer(t).Recognize(tc.text)
			if err != nil {
				t.Fatal(err)
			}
			found := false
			for _, j := range s.Judge(doc) {
				sent := doc.Sentences[j.Sentence]
				if j.Target != tc.target || !strings.Contains(tc.text[sent.Start:sent.End], " say ") {
					continue
				}
				found = true
				if j.Label != tc.want {
					t.Errorf("%s in %q: got %s (%q, cues %v), want %s", j.Target, tc.text[sent.Start:sent.End], j.Label, j.Holder, j.Cues, tc.want)
				}
			}
			if !found {
				t.Errorf("no judgment of %s in the sentence with \"say\"", tc.target)
			}
		})
	}
}
