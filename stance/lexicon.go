package stance

// The built-in platform-stance cue lexicon. Keys follow the format WithCues
// documents: a lower-case lemma ("endorse") or a space-separated phrase whose
// first word is a lemma ("rely on"); inflections of the first word match
// automatically. Weights are in [-1, 1]: positive endorses, negative
// criticizes. Verb lemmas also cover their nouns only when listed.
var builtinCues = map[string]float64{
	// endorsement
	"endorse": 0.9, "endorsement": 0.9, "praise": 0.8, "prefer": 0.7,
	"preference": 0.7, "preferred": 0.6, "favour": 0.7, "favor": 0.7,
	"favourite": 0.6, "favorite": 0.6, "embrace": 0.7, "back": 0.5,
	"support": 0.6, "supporter of": 0.5, "rely on": 0.5, "reliance on": 0.5,
	"pour money into": 0.6, "put into": 0.4, "pile into": 0.5,
	"depend on": 0.4, "recommend": 0.7, "recommendation": 0.5, "applaud": 0.8,
	"welcome": 0.6, "love": 0.7, "like": 0.5, "trust": 0.6, "appreciate": 0.6,
	"champion": 0.6, "tout": 0.6, "laud": 0.8, "hail": 0.7, "celebrate": 0.6,
	"commend": 0.8, "defend": 0.5, "thank": 0.6, "appealing": 0.6,
	"irreplaceable": 0.8, "indispensable": 0.8, "valuable": 0.6, "vital": 0.5,
	"essential": 0.5, "unique": 0.5, "useful": 0.5, "effective": 0.4,
	"benefit": 0.5, "advantage": 0.5, "popular": 0.4, "thrive": 0.4,
	"stand by": 0.5, "side with": 0.5, "in favor of": 0.6, "in favour of": 0.6,
	"switch to": 0.5, "move to": 0.45, "move onto": 0.45, "shift to": 0.45, "migrate to": 0.5, "flock to": 0.5,
	"turn to": 0.4, "return to": 0.3, "join": 0.15, "drift to": 0.4,
	"rather than": 0.4, "instead of": 0.4, "sensible": 0.5, "promote": 0.4,
	"better": 0.5, "best": 0.5, "superior": 0.6, "safer": 0.4, "freer": 0.5,
	"haven": 0.3, "refuge": 0.4, "stay on": 0.4, "grateful": 0.6,
	"enthusiasm for": 0.6, "enthusiastic about": 0.6, "fan of": 0.5, "keen on": 0.5, "fond of": 0.5,
	"fondness for": 0.6, "loyalty to": 0.6, "faith in": 0.6,
	"convinced by": 0.4, "convert to": 0.5,
	"uncensored": 0.5, "tolerant": 0.4, "in line with": 0.5, "instead": 0.4,
	">": 0.6, "beat": 0.6, "outclass": 0.6, "outperform": 0.5, "unbeatable": 0.7,
	"underrated": 0.5, "lifesaver": 0.7, "clutch": 0.5, "wholesome": 0.6,
	"choose": 0.5, "opt for": 0.5, "bet on": 0.5, "miss": 0.4,
	"stick to": 0.4, "stick with": 0.5, "go back to": 0.45, "go back on": 0.45, "come back to": 0.45, "settle on": 0.45,
	"swear by": 0.7, "insist on": 0.5, "pick": 0.5, "warm to": 0.4, "warmer to": 0.4,
	"kind to": 0.4, "kinder to": 0.4, "lifeline": 0.6, "credit": 0.6,
	"kind words for": 0.6, "warm words for": 0.6, "owe": 0.5, "actually": 0.3,
	// fighting on a service's side ("the app I would fight for", "would
	// fight to keep Snapchat"); "fight" alone is a quarrel
	"fight for": 0.5, "fight to keep": 0.6,
	// criticism
	"criticize": -0.8, "criticise": -0.8, "criticism": -0.7, "critic": -0.5,
	"critical of": -0.7, "condemn": -0.9, "condemnation": -0.9, "slam": -0.8,
	"ban": -0.6, "leave": -0.5, "abandon": -0.7, "quit": -0.6, "boycott": -0.8,
	"sue": -0.6, "lawsuit": -0.5, "accuse": -0.7, "accusation": -0.6,
	"blame": -0.7, "attack": -0.6, "denounce": -0.9, "reject": -0.7,
	"oppose": -0.7, "opposition": -0.5, "ditch": -0.6, "shun": -0.7,
	"drop": -0.5, "dump": -0.6, "swap": -0.5, "trade": -0.4, "replace": -0.4,
	"distrust": -0.6, "mistrust": -0.6, "dislike": -0.6, "hate": -0.7,
	"anger at": -0.6, "reluctance about": -0.5,
	"lawless": -0.8, "desolate": -0.6, "harmful": -0.7, "toxic": -0.7,
	"dangerous": -0.6, "censor": -0.6, "censorship": -0.6, "censorious": -0.6,
	"biased": -0.6, "bias": -0.5, "hostile": -0.6, "complain": -0.6,
	"complaint": -0.5, "flee": -0.5, "exodus": -0.5, "turn away from": -0.5,
	"move away from": -0.5, "walk away from": -0.5, "pull out of": -0.4,
	"step back from": -0.45, "step away from": -0.45, "drift away from": -0.45,
	"come off": -0.5, "get off": -0.5,
	"write off": -0.6, "give up on": -0.6, "give up": -0.5, "farewell to": -0.5, "harsh words for": -0.6,
	"bar": -0.5, "bar from": -0.6,
	// Advertisers' withdrawals ("paused advertising on X", "pulled ads
	// from Facebook").
	"pause advertising on": -0.5, "pause ads on": -0.5, "stop advertising on": -0.5,
	"halt advertising on": -0.5, "suspend advertising on": -0.5,
	"pull advertising from": -0.6, "pull ads from": -0.6, "pull advertisements from": -0.6,
	// "moved its alerts from A to B": A is left, B (after to/for) chosen.
	"move from": -0.5, "switch from": -0.5, "shift from": -0.5,
	"migrate from": -0.5, "transfer from": -0.4,
	"cut ties with": -0.7, "cut back on": -0.5, "scale back on": -0.5, "warn about": -0.5, "warn against": -0.5,
	"advise against": -0.6, "recommend against": -0.6, "caution against": -0.5, "pull the plug on": -0.6, "ban from": -0.6,
	"fed up with": -0.7, "done with": -0.6, "unhappy with": -0.6, "frustrated with": -0.6,
	"wary of": -0.5, "skeptical of": -0.5, "sceptical of": -0.5,
	"weary of": -0.5, "suspicious of": -0.5, "dismissive of": -0.6, "scathing about": -0.7, "scathing of": -0.7,
	"sour on": -0.5, "fall short": -0.5, "fell short": -0.5, "letdown": -0.6, "let-down": -0.6,
	// the words of posts: "LinkedIn is cringe", "stay away from X", "worth
	// every penny", "shoutout to Discord"
	"cringe": -0.6, "cringey": -0.6, "cringy": -0.6, "stay away from": -0.6,
	"keep away from": -0.6, "steer clear of": -0.6, "goodbye": -0.5, "goodbye to": -0.5, "breeding ground": -0.6,
	"worth every penny": 0.7, "worth it": 0.5, "worth the money": 0.5,
	"shoutout to": 0.6, "shout-out to": 0.6, "shout out to": 0.6,
	// doubt short of rejection ("He is less sure about Strava"; "sure"
	// alone is no cue, and "less convinced by" is "convinced by" negated)
	"less sure about": -0.4, "less sure of": -0.4, "unconvinced by": -0.5, "unconvinced about": -0.5,
	"turn against": -0.6, "rail against": -0.8, "lash out at": -0.8,
	"take aim at": -0.6, "call out": -0.5, "fine": -0.4, "restrict": -0.4,
	"block": -0.4, "suspend": -0.4, "remove": -0.3, "deplatform": -0.5,
	"shut down": -0.4, "crack down on": -0.5, "intolerant": -0.6,
	"worse": -0.5, "worst": -0.6, "inferior": -0.6, "unsafe": -0.6,
	"swear at": -0.5, "log off": -0.5, "dodge": -0.5, "cesspool": -0.8,
	"unkind to": -0.5, "cool on": -0.4, "cooler on": -0.4, "lukewarm on": -0.4,
	"lukewarm about": -0.4, "echo chamber": -0.5, "misinformation": -0.3,
	"disinformation": -0.3, "propaganda": -0.4, "failure": -0.5,
	"misstep": -0.4, "abuse": -0.5, "exploit": -0.4, "theft": -0.6,
	"steal": -0.6, "decline": -0.4, "collapse": -0.5, "suspension": -0.5,
	"fizzle": -0.5, "flop": -0.5, "flounder": -0.5, "falter": -0.4,
	"removal": -0.3, "delete": -0.5, "fail": -0.5, "harm": -0.6,
	"violate": -0.6, "breach": -0.5, "mislead": -0.6, "deceive": -0.7,
	"endanger": -0.6, "manipulate": -0.6, "dark pattern": -0.7,
	"neglect": -0.5, "scam": -0.5, "addictive": -0.6,
	"unusable": -0.7, "useless": -0.7, "creepy": -0.6, "spam": -0.5,
	"shameful": -0.7, "mess": -0.5, "rip off": -0.7,
	// "has done nothing to stop them", "did little to curb": the subject
	// is faulted for what it failed to do.
	"do nothing to": -0.6, "do little to": -0.5, "do too little to": -0.6,
	"do nothing about": -0.6, "do little about": -0.5,
	// "had the original for three weeks and did nothing": only where
	// the clause ends on it (see matchAt)
	"do nothing": -0.5,
	// pejorative metaphors for a service ("a ghost town", "a casino with a
	// chat window", "a spy in every pocket")
	"ghost town": -0.6, "wasteland": -0.6, "graveyard": -0.5, "casino": -0.5,
	"slot machine": -0.5, "spy": -0.6, "hellscape": -0.7, "sewer": -0.7,
	"rumor mill": -0.6, "rumour mill": -0.6, "dumpster fire": -0.8, "hellsite": -0.8,
	"time sink": -0.4, "waste of time": -0.6, "godsend": 0.8, "game changer": 0.6,
	// evaluative nouns VADER lacks ("a record-keeping nightmare", "a
	// minefield for parents", "a gold mine for small sellers")
	"nightmare": -0.7, "headache": -0.5, "minefield": -0.5, "hellhole": -0.8,
	"garbage": -0.6, "gold mine": 0.5, "goldmine": 0.5,
	"no use": -0.5, "not much use": -0.5, "of little use": -0.4, "any use": 0.3,
	"game-changer": 0.6, "breath of fresh air": 0.7, "out of hand": -0.6,
	"need to fix": -0.5, "need to do better": -0.5,
	// what nothing matches ("WhatsApp has no real rival at that scale")
	"no rival": 0.6, "no real rival": 0.6, "no serious rival": 0.6, "unrivalled": 0.6, "unrivaled": 0.6,
	"second to none": 0.7,
}

// subjectVerbs judge their own subject: "TikTok failed to", "the app harms".
var subjectVerbs = map[string]bool{
	"fail": true, "harm": true, "violate": true, "breach": true,
	"mislead": true, "deceive": true, "endanger": true, "exploit": true,
	"neglect": true, "manipulate": true, "abuse": true, "steal": true,
	"thrive": true, "collapse": true, "decline": true, "hook": true,
	"fizzle": true, "flop": true, "flounder": true, "falter": true, "fall short": true, "fell short": true,
	"scam": true, "lie": true, "do nothing to": true, "do little to": true,
	"do too little to": true, "do nothing about": true, "do little about": true,
	"do nothing": true, "need to fix": true, "need to do better": true,
	// "TikTok was “not in line with our values”": a name is judged by
	// what it is, or is not, in line with (a quotation mark read as a
	// verb once carried this).
	"in line with": true,
}

// victimVerbs are the subjectVerbs whose object suffers the harm: "the
// app harms children", but "bots manipulated the platform" blames the
// bots.
var victimVerbs = map[string]bool{
	"harm": true, "mislead": true, "deceive": true, "endanger": true, "exploit": true,
	"manipulate": true, "abuse": true, "steal": true, "scam": true,
}

// verbOnly lists cue lemmas that are stances only as verbs: "back" and
// "like" are also adverbs and prepositions, "fine" an adjective, "credit"
// a noun ("with no credit to the archive").
var verbOnly = map[string]bool{
	"back": true, "like": true, "leave": true, "fine": true, "join": true,
	"hail": true, "choose": true, "miss": true, "stick": true, "pick": true, "dodge": true, "credit": true,
}

// actorVerbs are actions a platform takes on content or users. A target that
// is their subject acts; nobody takes a stance toward it.
var actorVerbs = map[string]bool{
	"ban": true, "ban from": true, "remove": true, "suspend": true, "block": true, "delete": true,
	"restrict": true, "label": true, "flag": true, "take down": true,
	"shut down": true, "deplatform": true, "censor": true, "moderate": true,
	"purge": true, "bar": true, "prohibit": true, "limit": true,
	"throttle": true, "demonetize": true, "crack down on": true, "fine": true,
	"take": true, "close": true, "disable": true, "terminate": true,
	"reject": true, "pull": true, "hide": true, "lock": true,
}

// departVerbs take a second object marked by "for" or "to" that receives the
// opposite stance: "left Twitter for Telegram".
var departVerbs = map[string]bool{
	"leave": true, "abandon": true, "quit": true, "ditch": true, "flee": true,
	"drop": true, "dump": true, "swap": true, "trade": true, "replace": true,
	"exodus": true, "turn away from": true, "move away from": true,
	"walk away from": true, "step back from": true, "step away from": true,
	"drift away from": true, "migrate": true, "move": true, "switch": true,
	lemmaMoveOff: true, "give up on": true, "give up": true,
	"come off": true, "get off": true,
}

// reportVerbs introduce reported speech or attributed opinion; their subject
// holds the attitudes in their complement.
var reportVerbs = map[string]bool{
	"say": true, "state": true, "claim": true, "argue": true, "emphasize": true,
	"emphasise": true, "tell": true, "write": true, "assert": true, "add": true,
	"note": true, "insist": true, "explain": true, "tweet": true, "post": true,
	"announce": true, "declare": true, "warn": true, "suggest": true,
	"believe": true, "think": true, "contend": true, "maintain": true,
	"stress": true, "acknowledge": true, "admit": true, "allege": true,
	"report": true, "observe": true, "remark": true, "comment": true,
	"reply": true, "respond": true, "answer": true, "describe": true,
	"call": true, "feel": true, "told": true, "said": true, "wrote": true,
	"thought": true, "felt": true, "confirm": true, "reiterate": true,
	"highlight": true, "point out": true, "urge": true, "predict": true,
	"reckon": true,
}

// negators flip the cue that follows them in the same clause.
var negators = map[string]bool{
	"not": true, "n't": true, "never": true, "no": true, "without": true,
	"hardly": true, "nor": true, "neither": true, "absence": true,
	"lack": true, "lacks": true, "lacking": true, "lacked": true,
	"cannot": true, "barely": true, "nobody": true, "none": true,
	"nothing": true, "stopped": true, "ceased": true,
}

// deniers negate the whole complement that follows them: "denied that she
// had ever refused".
var deniers = map[string]bool{"deny": true, "denied": true, "denies": true, "denying": true}

// weakNegators make a verb cue doubtful rather than reverse it: "did not
// endorse X" is no endorsement, but no criticism either.
var weakNegators = map[string]bool{"not": true, "n't": true, "cannot": true}

// concessives open a subordinate clause that the main clause overrides.
var concessives = map[string]bool{
	"while": true, "although": true, "though": true, "whereas": true,
	"despite": true, "notwithstanding": true,
}

// contrasts open a clause that outweighs what came before.
var contrasts = map[string]bool{"but": true, "however": true, "yet": true}

// comparers between a cue and a target give the target the opposite stance.
var comparers = map[string]bool{
	"over": true, "than": true, "unlike": true, "instead": true,
	"rather": true, "versus": true, "vs": true, "vs.": true,
	"compared": true, "whereas": true,
}

// linkVerbs join a subject to a predicate adjective or noun.
var linkVerbs = map[string]bool{
	"be": true, "is": true, "are": true, "was": true, "were": true, "been": true,
	"being": true, "'s": true, "'re": true, "remain": true, "remains": true,
	"remained": true, "become": true, "becomes": true, "became": true,
	"seem": true, "seems": true, "seemed": true, "appear": true,
	"appears": true, "appeared": true, "stay": true, "stays": true,
	"stayed": true, "look": true, "looks": true, "looked": true,
	"sound": true, "sounds": true, "feel": true, "feels": true, "proved": true,
	"proves": true, "prove": true, "turned": true, "grew": true, "grows": true,
	"make": true, "makes": true, "made": true, "making": true, "find": true,
	"finds": true, "found": true, "consider": true, "considers": true,
	"considered": true, "call": true, "calls": true, "called": true,
	"deem": true, "deems": true, "deemed": true, "view": true, "views": true,
	"viewed": true, "see": true, "sees": true, "saw": true,
}

// beForm reports a form of "be": the words that are both auxiliaries and
// link verbs.
func beForm(w string) bool { return auxiliaries[w] && linkVerbs[w] }

// auxiliaries are verbs that do not end a verb phrase.
var auxiliaries = map[string]bool{
	"be": true, "is": true, "are": true, "was": true, "were": true, "been": true,
	"being": true, "am": true, "'s": true, "'re": true, "'m": true,
	"have": true, "has": true, "had": true, "having": true,
	"do": true, "does": true, "did": true, "will": true, "would": true,
	"shall": true, "should": true, "can": true, "could": true, "may": true,
	"might": true, "must": true, "'ll": true, "get": true,
	"got": true, "gets": true, "continue": true, "continues": true,
	"continued": true, "begin": true, "began": true, "start": true,
	"started": true, "want": true, "wants": true, "wanted": true,
	"try": true, "tried": true, "tries": true, "seek": true, "sought": true,
	"decide": true, "decided": true, "plan": true, "plans": true,
	"planned": true, "vow": true, "vowed": true, "threaten": true,
	"threatened": true, "go": true, "going": true, "went": true,
}

// proposalNouns are what a sponsor puts forward: "a bill from Sen. Vacek
// that would bar TikTok" is the senator's stance.
var proposalNouns = map[string]bool{
	"bill": true, "proposal": true, "motion": true, "amendment": true,
	"ordinance": true, "resolution": true, "measure": true, "petition": true,
}

// institutionHeads head the names of public bodies and companies, which a
// story does not call "the group" ("Nottingham City Council", "Environment
// Agency", "Royal Mail").
var institutionHeads = map[string]bool{
	"council": true, "department": true, "agency": true, "army": true, "police": true,
	"ministry": true, "mail": true, "university": true, "college": true, "school": true,
	"court": true, "government": true, "commission": true, "authority": true, "office": true,
	"bureau": true, "inc": true, "ltd": true, "corp": true, "company": true, "bank": true,
	"service": true, "hospital": true, "district": true, "parliament": true,
}

// docNouns are documents an organization issues: "the report says", "the
// guide recommends" are the organization's words.
var docNouns = map[string]bool{
	"report": true, "guide": true, "statement": true, "memo": true,
	"guidance": true, "newsletter": true, "letter": true, "warning": true,
	"advisory": true,
}

// groupNouns refer back to the nearest organization ("the group said").
var groupNouns = map[string]bool{
	"group": true, "organization": true, "organisation": true,
	"movement": true, "militants": true, "company": true, "firm": true,
	"outfit": true, "network": true, "regime": true, "government": true,
	"administration": true, "campaign": true, "party": true, "insurgents": true,
	"union": true, "board": true, "panel": true, "court": true,
	"commission": true, "coalition": true, "agency": true, "ministry": true,
	"council": true, "committee": true, "regulator": true, "watchdog": true,
}

// roleNouns are the roles a text gives a named person ("Sheriff Wade
// Kettering", "Marisa Delacroix-Hunt, the county prosecutor") that a
// description may later, or in a headline before, stand for: "the sheriff
// said", "Prosecutor says Telegram ignored warrants".
var roleNouns = map[string]bool{
	"prosecutor": true, "sheriff": true, "minister": true, "mayor": true,
	"governor": true, "senator": true, "lawmaker": true, "legislator": true,
	"councillor": true, "councilor": true, "councilman": true,
	"councilwoman": true, "commissioner": true, "chancellor": true,
	"premier": true, "president": true, "chairman": true, "chairwoman": true,
	"chair": true, "ceo": true, "founder": true, "director": true,
	"executive": true, "spokesman": true, "spokeswoman": true,
	"spokesperson": true, "judge": true, "ambassador": true, "envoy": true,
	"superintendent": true, "principal": true, "headteacher": true,
	"pastor": true, "bishop": true, "imam": true, "rabbi": true,
	"professor": true, "researcher": true, "scientist": true,
	"economist": true, "analyst": true, "journalist": true,
	"reporter": true, "editor": true, "columnist": true, "publisher": true,
	"candidate": true, "activist": true, "campaigner": true,
	"streamer": true, "youtuber": true, "influencer": true, "creator": true,
	"podcaster": true, "host": true, "presenter": true, "moderator": true,
	"interviewer": true, "anchor": true, "singer": true, "rapper": true, "musician": true,
	"actor": true, "actress": true, "comedian": true, "star": true,
	"coach": true, "captain": true, "striker": true, "athlete": true,
	"owner": true, "landlord": true, "inspector": true, "detective": true,
	"officer": true, "chief": true, "attorney": true, "lawyer": true,
	"whistleblower": true, "doctor": true, "nurse": true, "teacher": true,
	"librarian": true, "curator": true, "conductor": true, "novelist": true,
	"author": true, "entrepreneur": true, "billionaire": true,
	"sprinter": true, "runner": true, "swimmer": true, "footballer": true,
	"referee": true, "umpire": true,
	"boxer": true, "cyclist": true, "painter": true, "artist": true,
	"drummer": true, "guitarist": true, "producer": true, "manager": true,
	"agent": true, "writer": true, "photographer": true, "designer": true,
	"dancer": true, "poet": true, "filmmaker": true, "broadcaster": true,
}

// clienteleNouns name the people an organization or person serves, not the
// organization itself: "its customers moved their marketing from X" is the
// customers' deed, an unnamed group's, not the company's.
var clienteleNouns = map[string]bool{
	"customer": true, "customers": true, "client": true, "clients": true,
	"user": true, "users": true, "reader": true, "readers": true,
	"viewer": true, "viewers": true, "listener": true, "listeners": true,
	"follower": true, "followers": true, "fan": true, "fans": true,
	"subscriber": true, "subscribers": true, "member": true, "members": true,
	"audience": true, "audiences": true, "shopper": true, "shoppers": true,
	"buyer": true, "buyers": true, "advertiser": true, "advertisers": true,
	"brand": true, "brands": true, "parent": true, "parents": true,
	"student": true, "students": true, "supporter": true, "supporters": true,
}

// contestWords are VADER entries that describe a contest, not a stance
// toward a platform ("the biggest winner may be Viber", "posts each
// month's winning photographs on Instagram"); a candidate who is the
// winner is still praised, so they stay cues for other targets.
var contestWords = map[string]bool{"winner": true, "winners": true, "winning": true}

// vaderStop lists VADER entries that mislead in news text: function words,
// names of things, and words whose lexicon sense is rare.
var vaderStop = map[string]bool{
	"no": true, "like": true, "united": true, "party": true, "parties": true,
	"please": true, "yes": true, "ok": true, "okay": true, "well": true,
	"pretty": true, "want": true, "wants": true, "want to": true,
	"share": true, "shares": true, "shared": true, "sharing": true,
	"interest": true, "interests": true, "interested": true,
	"care": true, "matter": true, "matters": true, "justice": true,
	"intelligence": true, "security": true, "god": true, "pray": true,
	"kind": true, "play": true, "plays": true, "played": true, "fun": true,
	"true": true, "truth": true, "ready": true, "sure": true, "clear": true,
	"clearly": true, "certain": true, "certainly": true, "chance": true,
	"chances": true, "grant": true, "granted": true, "reach": true,
	"hope": true, "hopes": true, "save": true, "free": true, "help": true,
	"helps": true, "helped": true, "helping": true, "agree": true,
	"agreed": true, "agreement": true, "major": true, "worth": true,
	"yeah": true, "dear": true,
	"fire": true, "fired": true, "charges": true, "charged": true,
	"charge": true,
	// an apology admits a fault; VADER scores its politeness
	"apologize": true, "apologized": true, "apologizes": true, "apologizing": true,
	"apologise": true, "apologised": true, "apologises": true, "apologising": true,
	"apology": true,
	// growth, launches and rankings are reported facts, not stances
	"gain": true, "gains": true, "gained": true, "launch": true,
	"launched": true, "launches": true, "top": true, "honestly": true,
	"restored": true, "allow": true, "allowed": true, "allows": true,
	// names of things, not judgments of them
	"festival": true, "festivals": true, "charity": true, "charities": true,
	"warnings": true, "hand": true, // "on the other hand", "hand over"
	// a club's or a creator's paying followers, not their support of a
	// platform ("2,300 supporters on Patreon"); "supporter of" is a cue
	"supporter": true, "supporters": true,
	// paying for a service is a transaction ("pay for it on Patreon",
	// "if they can pay there"), not a complaint
	"pay": true,
}
