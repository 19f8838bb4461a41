package entities

// This file holds the built-in knowledge the recognizer adds to prose's
// statistical model. The lists are compact on purpose: they name the things
// news about platforms mentions most and the words prose gets wrong most; a
// name missing here is still found by the model and the context rules.
//
// Every list is plain data, read once by NewRecognizer into immutable lookup
// tables (see lexicon); nothing here is modified at run time.

// platformEntry is a built-in platform: its canonical name, aliases that
// always mean it (matched case-insensitively, also as @name/#name), and
// ambiguous names that are also ordinary words and need context (matched
// only when capitalized and in context, see decideAmbiguous).
type platformEntry struct {
	name      string
	aliases   []string
	ambiguous []string
}

var builtinPlatforms = []platformEntry{
	{name: "Twitter", aliases: []string{"Twitter"}, ambiguous: []string{"X"}},
	{name: "Threads", ambiguous: []string{"Threads"}},
	{name: "Facebook", aliases: []string{"Facebook"}},
	{name: "Instagram", aliases: []string{"Instagram"}},
	{name: "WhatsApp", aliases: []string{"WhatsApp"}},
	// The canonical name is the fullest one, as for every entity; "Messenger"
	// alone is also a word and needs context.
	{name: "Facebook Messenger", aliases: []string{"Facebook Messenger"}, ambiguous: []string{"Messenger"}},
	{name: "TikTok", aliases: []string{"TikTok"}},
	// ByteDance's Chinese short-video app: TikTok's sister, a platform of
	// its own (its own rules, users and regulators), not another name for
	// TikTok. 抖音 is its Chinese name.
	{name: "Douyin", aliases: []string{"Douyin", "抖音"}},
	{name: "Bluesky", aliases: []string{"Bluesky"}},
	{name: "Mastodon", ambiguous: []string{"Mastodon"}},
	// The federated link-sharing network (the dev35v articles); also a
	// given name ("Lemmy Kilmister"), so it needs context.
	{name: "Lemmy", ambiguous: []string{"Lemmy"}},
	{name: "YouTube", aliases: []string{"YouTube"}},
	{name: "Reddit", aliases: []string{"Reddit"}},
	{name: "Telegram", ambiguous: []string{"Telegram"}},
	{name: "Snapchat", aliases: []string{"Snapchat"}},
	{name: "LinkedIn", aliases: []string{"LinkedIn"}},
	{name: "Pinterest", aliases: []string{"Pinterest"}},
	{name: "Tumblr", aliases: []string{"Tumblr"}},
	{name: "Discord", ambiguous: []string{"Discord"}},
	{name: "Twitch", ambiguous: []string{"Twitch"}},
	{name: "Truth Social", aliases: []string{"Truth Social"}},
	{name: "Gab", ambiguous: []string{"Gab"}},
	{name: "Parler", aliases: []string{"Parler"}},
	{name: "Rumble", ambiguous: []string{"Rumble"}},
	{name: "Weibo", aliases: []string{"Weibo", "Sina Weibo"}},
	{name: "WeChat", aliases: []string{"WeChat"}},
	{name: "VK", aliases: []string{"VK", "VKontakte"}},
	{name: "Signal", ambiguous: []string{"Signal"}},
	{name: "Kick", ambiguous: []string{"Kick"}},
	{name: "Nextdoor", aliases: []string{"Nextdoor"}},
	{name: "Patreon", aliases: []string{"Patreon"}},
	{name: "Substack", aliases: []string{"Substack"}},
	{name: "Vimeo", aliases: []string{"Vimeo"}},
	// Messaging apps popular outside the US and Europe.
	{name: "Viber", aliases: []string{"Viber"}},
	{name: "Line", ambiguous: []string{"Line"}},
	{name: "Zalo", aliases: []string{"Zalo"}},
	{name: "KakaoTalk", aliases: []string{"KakaoTalk"}},
	// China's lifestyle app, known abroad as RedNote.
	{name: "Xiaohongshu", aliases: []string{"Xiaohongshu", "RedNote"}},
	// Services the dev5 articles name: Russia's Odnoklassniki, the
	// Brazilian short-video app Kwai, the offline mesh messenger Bridgefy
	// and the workplace chat Slack ("slack" is a word: capitalized only).
	{name: "Odnoklassniki", aliases: []string{"Odnoklassniki"}},
	{name: "Kwai", aliases: []string{"Kwai"}},
	{name: "Bridgefy", aliases: []string{"Bridgefy"}},
	{name: "Slack", ambiguous: []string{"Slack"}},
	// Microsoft's workplace chat, apart from its owner Microsoft ("teams"
	// is a word: "Teams" alone needs context).
	{name: "Microsoft Teams", aliases: []string{"Microsoft Teams"}, ambiguous: []string{"Teams"}},
	// Creator and streaming services where audiences gather and creators
	// are paid (the dev10e articles); the company and the service share a
	// name.
	{name: "Spotify", aliases: []string{"Spotify"}},
	{name: "OnlyFans", aliases: []string{"OnlyFans"}},
	// Alt-tech video and social sites (the dev10x articles).
	{name: "Gettr", aliases: []string{"Gettr", "GETTR"}},
	{name: "Odysee", aliases: []string{"Odysee"}},
	// A news-reading app with social curation, and ByteDance's photo app
	// (the dev11 articles).
	{name: "Flipboard", aliases: []string{"Flipboard"}},
	{name: "Lemon8", aliases: []string{"Lemon8"}},
	// The fitness app with a feed, clubs and comments, and the video-call
	// service congregations and families meet on (the dev13 articles;
	// "zoom" is a word: "Zoom" alone needs context).
	{name: "Strava", aliases: []string{"Strava"}},
	{name: "Zoom", ambiguous: []string{"Zoom"}},
	// The push-to-talk app rescue volunteers coordinate on, the games
	// service with friends lists and chat, and two apps teenagers post and
	// chat on (the dev14 articles).
	{name: "Zello", aliases: []string{"Zello"}},
	{name: "Roblox", aliases: []string{"Roblox"}},
	{name: "BeReal", aliases: []string{"BeReal"}},
	{name: "GroupMe", aliases: []string{"GroupMe"}},
	// Video and voice calling: Microsoft's Skype, Apple's FaceTime, the
	// video-message app Marco Polo (also a man's name: it needs context)
	// and Botim, which migrant workers in the Gulf call home on (the dev15
	// articles).
	{name: "Skype", aliases: []string{"Skype"}},
	{name: "FaceTime", aliases: []string{"FaceTime"}},
	{name: "Marco Polo", ambiguous: []string{"Marco Polo"}},
	{name: "Botim", aliases: []string{"Botim"}},
	// Walkers', naturalists', anglers' and photographers' apps with
	// feeds and groups, and Google's video calls (the dev16 articles).
	{name: "Komoot", aliases: []string{"Komoot"}},
	{name: "iNaturalist", aliases: []string{"iNaturalist"}},
	{name: "Fishbrain", aliases: []string{"Fishbrain"}},
	{name: "Flickr", aliases: []string{"Flickr"}},
	{name: "Google Meet", aliases: []string{"Google Meet"}},
	// Knitters', board-gamers' and hobby groups' sites with forums,
	// groups and events (the dev17 articles).
	{name: "Ravelry", aliases: []string{"Ravelry"}},
	{name: "BoardGameGeek", aliases: []string{"BoardGameGeek"}},
	// Capitalized only: "a monthly meetup for developers" is a
	// gathering (the dev25 articles).
	{name: "Meetup", ambiguous: []string{"Meetup"}},
	// Team apps with chats, musicians' stores with comments and fan
	// feeds, a travellers' hosting network and a hiking app with reviews
	// (the dev18 articles).
	{name: "TeamSnap", aliases: []string{"TeamSnap"}},
	{name: "Spond", aliases: []string{"Spond"}},
	{name: "Bandcamp", aliases: []string{"Bandcamp"}},
	{name: "SoundCloud", aliases: []string{"SoundCloud"}},
	{name: "Couchsurfing", aliases: []string{"Couchsurfing"}},
	{name: "AllTrails", aliases: []string{"AllTrails"}},
	// Readers', local historians' and home cooks' sites with reviews,
	// groups and comments, and the old school-friends network (the dev19
	// articles).
	{name: "Goodreads", aliases: []string{"Goodreads"}},
	{name: "Historypin", aliases: []string{"Historypin"}},
	{name: "Cookpad", aliases: []string{"Cookpad"}},
	{name: "Friends Reunited", aliases: []string{"Friends Reunited"}},
	// Dating apps, where users keep profiles, match and message each
	// other, and the home-and-garden site with forums (the dev20
	// articles).
	{name: "Tinder", aliases: []string{"Tinder"}},
	{name: "Hinge", aliases: []string{"Hinge"}},
	{name: "Bumble", aliases: []string{"Bumble"}},
	// The dating app for gay and bisexual men, and the fan-community app
	// where K-pop labels post to fans (the dev36 articles).
	{name: "Grindr", aliases: []string{"Grindr"}},
	{name: "Weverse", aliases: []string{"Weverse"}},
	// The family-history forum and the site where museums share 3D
	// models of their objects (the dev37 articles).
	{name: "RootsChat", aliases: []string{"RootsChat"}},
	{name: "Sketchfab", aliases: []string{"Sketchfab"}},
	// The classroom messaging app for teachers and families (the dev38
	// articles).
	{name: "ClassDojo", aliases: []string{"ClassDojo"}},
	{name: "OkCupid", aliases: []string{"OkCupid"}},
	{name: "Match.com", aliases: []string{"Match.com"}},
	{name: "Houzz", aliases: []string{"Houzz"}},
	// The indoor-cycling service with group rides, the resale app with
	// followed shops and feeds, the parenting forum and the
	// citizen-science site with discussion boards (the dev21 articles).
	{name: "Zwift", aliases: []string{"Zwift"}},
	{name: "Depop", aliases: []string{"Depop"}},
	{name: "Mumsnet", aliases: []string{"Mumsnet"}},
	{name: "Zooniverse", aliases: []string{"Zooniverse"}},
	// The creator-owned video service ("nebula" is a word, and "the Crab
	// Nebula" a place in the sky: "Nebula" alone needs context).
	{name: "Nebula", ambiguous: []string{"Nebula"}},
	// Artists' portfolio and community sites, the meditation app with
	// live sessions and chat, the community-building service and the
	// podcast app (the dev22 articles). Cara, the artists' site, needs
	// context: "Cara" is also a given name.
	{name: "Cara", ambiguous: []string{"Cara"}},
	{name: "DeviantArt", aliases: []string{"DeviantArt"}},
	{name: "ArtStation", aliases: []string{"ArtStation"}},
	{name: "Behance", aliases: []string{"Behance"}},
	{name: "500px", aliases: []string{"500px"}},
	{name: "Insight Timer", aliases: []string{"Insight Timer"}},
	{name: "Mighty Networks", aliases: []string{"Mighty Networks"}},
	{name: "Apple Podcasts", aliases: []string{"Apple Podcasts"}},
	// The game store with reviews and forums, mod and indie-game sites,
	// the speedrun boards, developers' question and news sites, the
	// team chat service and the climbers' forum (the dev23 articles;
	// Matrix, the chat network, is left out: "The Matrix" is a film).
	{name: "Steam", ambiguous: []string{"Steam"}},
	{name: "Nexus Mods", aliases: []string{"Nexus Mods"}},
	{name: "itch.io", aliases: []string{"itch.io"}},
	{name: "speedrun.com", aliases: []string{"speedrun.com"}},
	{name: "Stack Overflow", aliases: []string{"Stack Overflow"}},
	{name: "Hacker News", aliases: []string{"Hacker News"}},
	{name: "Zulip", aliases: []string{"Zulip"}},
	{name: "UKClimbing", aliases: []string{"UKClimbing"}},
	// The frequent flyers' forum (the dev24 articles).
	{name: "FlyerTalk", aliases: []string{"FlyerTalk"}},
	// The readers' tracking site and the product launch board (the
	// dev25 articles).
	{name: "StoryGraph", aliases: []string{"StoryGraph"}},
	{name: "Product Hunt", aliases: []string{"Product Hunt"}},
	// The beer check-in app with friends' feeds (the dev26 articles).
	{name: "Untappd", aliases: []string{"Untappd"}},
	// Indian short-video and social apps (the dev29 articles).
	{name: "Moj", aliases: []string{"Moj"}},
	{name: "Koo", aliases: []string{"Koo"}},
	{name: "ShareChat", aliases: []string{"ShareChat"}},
	// Iran's state-backed messenger (the dev30 articles).
	{name: "Eitaa", aliases: []string{"Eitaa"}},
	// The film diary and review network, the course-community site, and
	// the crime-alert app with neighbours' livestreams (the dev39
	// articles; "citizen" is a word: "Citizen" alone needs context).
	{name: "Letterboxd", aliases: []string{"Letterboxd"}},
	{name: "Skool", aliases: []string{"Skool"}},
	{name: "Citizen", ambiguous: []string{"Citizen"}},
	// The wine-rating app with followers and a feed, like Untappd for
	// beer (the dev40 articles).
	{name: "Vivino", aliases: []string{"Vivino"}},
	// The karaoke and duet app where singers post recordings and
	// follow each other, like SoundCloud, and the tip-jar site where
	// makers post patterns and news for supporters, like Patreon (the
	// dev41 articles).
	{name: "Smule", aliases: []string{"Smule"}},
	{name: "Ko-fi", aliases: []string{"Ko-fi"}},
	// The group-mail service with a web archive of members' posts, the
	// push-to-talk app like Zello, the live-auction app with streams
	// and chat, and the online chess and bridge sites with members,
	// forums and chat (the dev42 articles).
	{name: "Groups.io", aliases: []string{"Groups.io"}},
	{name: "Voxer", aliases: []string{"Voxer"}},
	{name: "Whatnot", ambiguous: []string{"Whatnot"}},
	{name: "Chess.com", aliases: []string{"Chess.com"}},
	{name: "Lichess", aliases: []string{"Lichess"}},
	{name: "Bridge Base Online", aliases: []string{"Bridge Base Online", "BBO"}},
	// The artists' network with a feed and no algorithm (capitalized
	// only: "Vero Beach" and a given name), the teenagers' live-chat app,
	// the trail-sharing site with members' routes and comments, and the
	// patients' forum network (the dev43 articles).
	{name: "Vero", ambiguous: []string{"Vero"}},
	{name: "Yubo", aliases: []string{"Yubo"}},
	{name: "Wikiloc", aliases: []string{"Wikiloc"}},
	{name: "HealthUnlocked", aliases: []string{"HealthUnlocked"}},
	// The bell ringers' performance log with likes and comments, the
	// teenagers' messaging app, the DJs' and radio shows' audio site, the
	// radio directory with listeners' favourites, the comics app and the
	// cosplayers' photo network (capitalized only: "webtoon" is a kind
	// of comic) (the dev44 articles).
	{name: "BellBoard", aliases: []string{"BellBoard"}},
	{name: "Kik", aliases: []string{"Kik"}},
	{name: "Mixcloud", aliases: []string{"Mixcloud"}},
	{name: "TuneIn", aliases: []string{"TuneIn"}},
	{name: "Webtoon", ambiguous: []string{"Webtoon"}},
	{name: "WorldCosplay", aliases: []string{"WorldCosplay"}},
	// The quiz site where players make and share quizzes, and the
	// shared family tree whose members edit and discuss profiles (the
	// dev45 articles).
	{name: "Sporcle", aliases: []string{"Sporcle"}},
	{name: "WikiTree", aliases: []string{"WikiTree"}},
	// The coin collectors' catalogue whose members keep collections,
	// trade and talk in its forum, and the postcard exchange whose
	// members send cards to strangers (the dev46 articles).
	{name: "Numista", aliases: []string{"Numista"}},
	{name: "Postcrossing", aliases: []string{"Postcrossing"}},
	// The question-and-answer site whose users follow one another
	// and answer in public threads (the dev47 articles).
	{name: "Quora", aliases: []string{"Quora"}},
	// The federated photo-sharing network, Mastodon's sister for
	// pictures, and the website where bell ringers ring together online,
	// each at a keyboard in a virtual tower (capitalized only: a tower's
	// "ringing room" is where the ropes hang) (the dev49 articles).
	{name: "Pixelfed", aliases: []string{"Pixelfed"}},
	{name: "Ringing Room", ambiguous: []string{"Ringing Room"}},
	// The violin makers' and players' forum where luthiers answer
	// questions and trade tools, and the mycologists' site where members
	// post their finds for others to name (capitalized only: a "mushroom
	// observer" is anybody who watches for fungi) (the dev50 articles).
	{name: "Maestronet", aliases: []string{"Maestronet"}},
	{name: "Mushroom Observer", ambiguous: []string{"Mushroom Observer"}},
	// The divers' forum where wreck divers and instructors argue about
	// gear and sites (the dev51 articles).
	{name: "ScubaBoard", aliases: []string{"ScubaBoard"}},
	// The site where teachers sell recorded classes to its subscribers,
	// and the menswear forum where members argue about shoes and tailoring
	// (the dev52 articles).
	{name: "Skillshare", aliases: []string{"Skillshare"}},
	{name: "Styleforum", aliases: []string{"Styleforum"}},
	// The perfume databases where members review scents and argue in
	// forums, Google's and Automattic's blog hosts with readers'
	// comments (capitalized only: a "blogger" writes one), the short-video
	// app TikTok outlived, the book cataloguing site whose members
	// discuss and trade, and the fan-fiction archive (the dev55 articles).
	{name: "Fragrantica", aliases: []string{"Fragrantica"}},
	{name: "Basenotes", aliases: []string{"Basenotes"}},
	{name: "Blogger", ambiguous: []string{"Blogger"}},
	{name: "WordPress", aliases: []string{"WordPress", "WordPress.com"}},
	{name: "Triller", aliases: []string{"Triller"}},
	{name: "LibraryThing", aliases: []string{"LibraryThing"}},
	{name: "Archive of Our Own", aliases: []string{"Archive of Our Own", "AO3"}},
	// The pinball collectors' site of profiles, collections and forum
	// threads, and the folk music forum (the dev56 articles).
	{name: "Pinside", aliases: []string{"Pinside"}},
	{name: "Mudcat Café", aliases: []string{"Mudcat Café", "Mudcat Cafe", "Mudcat"}},
	// The geocachers' site of cache listings and logs (the dev57
	// articles); Groundspeak, which runs it, is an organization.
	{name: "Geocaching.com", aliases: []string{"Geocaching.com"}},
	// The chords-and-tabs site musicians learn from, and DJI's
	// community for drone photographs and videos (the dev58 articles);
	// DJI, the drone maker, is an organization.
	{name: "Ultimate Guitar", aliases: []string{"Ultimate Guitar"}},
	{name: "SkyPixel", aliases: []string{"SkyPixel"}},
	// The sheet-music site musicians share arrangements on, a
	// triathletes' forum, and the match-film and scoring apps of school
	// and youth sport (the dev59 articles).
	{name: "MuseScore", aliases: []string{"MuseScore"}},
	{name: "Slowtwitch", aliases: []string{"Slowtwitch"}},
	{name: "Hudl", aliases: []string{"Hudl"}},
	{name: "GameChanger", aliases: []string{"GameChanger"}},
	// The climbers' logbook app and the app outdoor groups organize
	// their meets on (the dev60 articles). Kaya needs context: it is a
	// given name too.
	{name: "Kaya", ambiguous: []string{"Kaya"}},
	{name: "Heylo", aliases: []string{"Heylo"}},
	// The volunteer-edited world map whose mappers edit, comment on and
	// check each other's work (the dev61 articles); its Foundation is
	// an organization, as the Signal Foundation is.
	{name: "OpenStreetMap", aliases: []string{"OpenStreetMap", "OSM"}},
}

// knownName is a built-in name with its type. Names of one entry (separated
// by "|") are aliases of one real thing: the first is the canonical name.
type knownName struct {
	typ   Type
	names string
}

// builtinNames lists well-known organizations, companies, movements,
// agencies, countries, states, cities and regions. prose mistypes many of
// them (it calls the Taliban a GPE and Reuters a PERSON).
var builtinNames = []knownName{
	// Companies (the owners, not their services).
	{Org, "Meta Platforms Inc.|Meta Platforms|Meta"},
	{Org, "X Corp.|X Corp"},
	{Org, "Alphabet"}, {Org, "Google"}, {Org, "Microsoft"}, {Org, "Apple"},
	{Org, "Amazon"}, {Org, "ByteDance"}, {Org, "OpenAI"}, {Org, "Tesla"},
	{Org, "SpaceX"}, {Org, "Nvidia"}, {Org, "Netflix"}, {Org, "Samsung"},
	// Review and booking sites are companies, not platforms (the
	// articles' guide: judging them makes no stance record).
	{Org, "Tripadvisor|TripAdvisor"}, {Org, "Trustpilot"}, {Org, "Glassdoor"}, {Org, "Yelp"},
	// Property listings and crowdfunding sites, likewise.
	{Org, "Rightmove"}, {Org, "Zoopla"}, {Org, "GoFundMe"},
	// Salon booking apps, card readers, ticketing, craft shops and an
	// assistance app: services, not platforms (the dev17 articles).
	{Org, "Fresha"}, {Org, "Treatwell"}, {Org, "Booksy"}, {Org, "SumUp"},
	{Org, "Eventbrite"}, {Org, "Etsy"}, {Org, "Be My Eyes"},
	// Ticket sellers, pet listings, classifieds and a scout records
	// service (the dev18 articles).
	{Org, "Ticketmaster"}, {Org, "Petfinder"}, {Org, "Gumtree"}, {Org, "Online Scout Manager"},
	// Recipe, genealogy, job and photo-delivery sites and the jobs
	// service (the dev19 articles).
	{Org, "Allrecipes"}, {Org, "Pixieset"}, {Org, "Jobcentre Plus"},
	// Booking and training services and the dating apps' owner (the
	// dev20 articles).
	{Org, "Bookwhen"}, {Org, "TrainingPeaks"}, {Org, "Match Group"},
	// The navigation app, the listing marketplace and a citizen-science
	// project (the dev21 articles).
	{Org, "Waze"}, {Org, "Vinted"}, {Org, "Galaxy Zoo"},
	// A software maker, an image-monitoring service, property listing
	// sites, a meditation app, a magazine and a helpline (the dev22
	// articles).
	{Org, "Adobe"}, {Org, "Pixsy"}, {Org, "Zillow"}, {Org, "Daft.ie"},
	{Org, "Headspace"}, {Org, "Psychology Today"}, {Org, "Samaritans"},
	// A crowdfunding site, a game company, Slack's owner, surf forecasts,
	// payment apps and two Scottish bodies (the dev23 articles).
	{Org, "Kickstarter"}, {Org, "Valve"}, {Org, "Salesforce"}, {Org, "Surfline"},
	{Org, "Magicseaweed"}, {Org, "Venmo"}, {Org, "Cash App"},
	{Org, "Mountaineering Scotland"}, {Org, "Police Scotland"},
	// The company that runs Geocaching.com (the dev57 articles).
	{Org, "Groundspeak"},
	// The drone maker that runs SkyPixel (the dev58 articles).
	{Org, "DJI"},
	// Flight and ship trackers, a plane-photo archive, tutor
	// marketplaces, a classifieds site and the coastguard (the dev24
	// articles).
	{Org, "Flightradar24"}, {Org, "JetPhotos"}, {Org, "MarineTraffic"}, {Org, "Preply"},
	{Org, "italki"}, {Org, "Craigslist"}, {Org, "HM Coastguard|Coastguard"},
	// The cricket board's fixtures site (the dev25 articles).
	{Org, "Play-Cricket"},
	// The language course app and the food-sharing app (the dev26
	// articles).
	{Org, "Duolingo"}, {Org, "Olio"},
	// Ireland's parliament and parties (the dev27 articles).
	{Org, "Oireachtas"}, {Org, "Fianna Fáil|Fianna Fail"}, {Org, "Fine Gael"}, {Org, "Sinn Féin|Sinn Fein"},
	// Britain's workplace conciliation service (the dev29 articles).
	{Org, "Acas"},
	// New Zealand's auction site, a marketplace like Gumtree, and
	// Ireland's police (the dev40 and dev41 articles).
	{Org, "Trade Me"}, {Org, "An Garda Síochána|Garda Síochána"},
	// Britain's fraud reporting centre (the dev42 articles).
	{Org, "Action Fraud"},
	// Canada's classifieds site and the birders' sightings database
	// (the dev42 and dev43 articles).
	{Org, "Kijiji"}, {Org, "eBird"},
	{Org, "Huawei"}, {Org, "Tencent"}, {Org, "Alibaba"}, {Org, "Baidu"},
	{Org, "Snap Inc.|Snap"}, {Org, "Anthropic"}, {Org, "IBM"}, {Org, "Intel"},
	{Org, "Oracle"}, {Org, "Uber"}, {Org, "Airbnb"},
	{Org, "Disney"}, {Org, "Paramount"}, {Org, "Starlink"}, {Org, "xAI"},
	{Org, "Neuralink"}, {Org, "Yahoo"}, {Org, "eBay"}, {Org, "PayPal"},
	{Org, "Goldman Sachs"}, {Org, "JPMorgan"}, {Org, "Morgan Stanley"},
	{Org, "Boeing"}, {Org, "Ford"}, {Org, "Toyota"}, {Org, "Volkswagen"},
	{Org, "Pfizer"}, {Org, "Walmart"}, {Org, "Exxon"},
	{Org, "GitHub"}, {Org, "Rakuten Viber"}, {Org, "Kuaishou"},
	// Advertisers whose boycotts of Facebook (2020) and X (2023) made
	// the news.
	{Org, "Coca-Cola"}, {Org, "Unilever"}, {Org, "Verizon"}, {Org, "Starbucks"},
	{Org, "Comcast"}, {Org, "Lionsgate"}, {Org, "Warner Bros. Discovery|Warner Bros."},
	{Org, "Sony"}, {Org, "Nike"}, {Org, "Procter & Gamble"}, {Org, "Honda"}, {Org, "Diageo"},
	// News organizations.
	{Org, "Reuters"}, {Org, "Associated Press|AP"}, {Org, "Agence France-Presse|AFP"},
	{Org, "BBC"}, {Org, "CNN"}, {Org, "Fox News"}, {Org, "NBC"}, {Org, "CBS"},
	{Org, "ABC"}, {Org, "NPR"}, {Org, "Bloomberg"}, {Org, "Al Jazeera"},
	{Org, "New York Times"}, {Org, "Washington Post"},
	{Org, "Wall Street Journal"}, {Org, "Guardian"},
	{Org, "Financial Times"}, {Org, "Politico"}, {Org, "Axios"}, {Org, "The Verge"},
	{Org, "TechCrunch"}, {Org, "Infowars"}, {Org, "WikiLeaks"},
	// Movements, armed groups, parties.
	{Org, "Taliban"}, {Org, "Hamas"}, {Org, "Hezbollah"}, {Org, "Islamic State|ISIS|ISIL"},
	{Org, "al-Qaeda|al Qaeda|Al Qaeda"}, {Org, "Houthis"}, {Org, "Wagner Group|Wagner"},
	{Org, "Proud Boys"}, {Org, "Oath Keepers"}, {Org, "Black Lives Matter|BLM"},
	{Org, "Antifa"}, {Org, "QAnon"}, {Org, "Muslim Brotherhood"},
	{Org, "Republican Party|GOP"}, {Org, "Democratic Party"}, {Org, "Labour Party|Labour"},
	{Org, "Conservative Party|Tories"}, {Org, "Republicans"}, {Org, "Democrats"},
	{Org, "Kremlin"}, {Org, "Pentagon"}, {Org, "White House"},
	// Governments, agencies, courts, international bodies.
	{Org, "Federal Bureau of Investigation|FBI"}, {Org, "Central Intelligence Agency|CIA"},
	{Org, "National Security Agency|NSA"}, {Org, "Federal Trade Commission|FTC"},
	{Org, "Federal Communications Commission|FCC"}, {Org, "Securities and Exchange Commission|SEC"},
	{Org, "Department of Justice|Justice Department|DOJ"}, {Org, "State Department"},
	{Org, "Department of Homeland Security|DHS"}, {Org, "Congress"}, {Org, "Senate"},
	{Org, "House of Representatives"}, {Org, "Supreme Court"}, {Org, "Parliament"},
	{Org, "European Commission"}, {Org, "European Parliament"}, {Org, "European Union|EU|E.U."},
	{Org, "United Nations|UN|U.N."}, {Org, "NATO"}, {Org, "World Health Organization|WHO"},
	{Org, "World Bank"}, {Org, "International Monetary Fund|IMF"}, {Org, "Interpol"},
	{Org, "Ofcom"}, {Org, "ACLU"}, {Org, "Amnesty International"}, {Org, "Human Rights Watch"},
	{Org, "Reporters Without Borders"}, {Org, "Electronic Frontier Foundation|EFF"},
	{Org, "Center for Countering Digital Hate|CCDH"}, {Org, "Red Cross"}, {Org, "Greenpeace"},
	{Org, "Media Matters for America|Media Matters"}, {Org, "Anti-Defamation League|ADL"},
	{Org, "Mozilla"}, {Org, "Wikimedia Foundation|Wikimedia"},
	{Org, "Harvard University|Harvard"}, {Org, "Stanford University|Stanford"},
	{Org, "Oxford University|Oxford"}, {Org, "MIT"},
	// Countries and unions of them.
	{GPE, "United States|United States of America|U.S.|US|USA|U.S.A.|America"},
	{GPE, "United Kingdom|U.K.|UK|Britain|Great Britain"},
	{GPE, "Afghanistan"}, {GPE, "Albania"}, {GPE, "Algeria"}, {GPE, "Argentina"},
	{GPE, "Armenia"}, {GPE, "Australia"}, {GPE, "Austria"}, {GPE, "Azerbaijan"},
	{GPE, "Bahrain"}, {GPE, "Bangladesh"}, {GPE, "Belarus"}, {GPE, "Belgium"},
	{GPE, "Bolivia"}, {GPE, "Bosnia"}, {GPE, "Brazil"}, {GPE, "Bulgaria"},
	{GPE, "Cambodia"}, {GPE, "Cameroon"}, {GPE, "Canada"}, {GPE, "Chile"},
	{GPE, "China"}, {GPE, "Colombia"}, {GPE, "Croatia"}, {GPE, "Cuba"},
	{GPE, "Cyprus"}, {GPE, "Czech Republic|Czechia"}, {GPE, "Denmark"},
	{GPE, "Ecuador"}, {GPE, "Egypt"}, {GPE, "Estonia"}, {GPE, "Ethiopia"},
	{GPE, "Finland"}, {GPE, "France"}, {GPE, "Georgia"}, {GPE, "Germany"},
	{GPE, "Ghana"}, {GPE, "Greece"}, {GPE, "Guatemala"}, {GPE, "Haiti"},
	{GPE, "Hungary"}, {GPE, "Iceland"}, {GPE, "India"}, {GPE, "Indonesia"},
	{GPE, "Iran"}, {GPE, "Iraq"}, {GPE, "Ireland"}, {GPE, "Israel"}, {GPE, "Italy"},
	{GPE, "Jamaica"}, {GPE, "Japan"}, {GPE, "Jordan"}, {GPE, "Kazakhstan"},
	{GPE, "Kenya"}, {GPE, "Kosovo"}, {GPE, "Kuwait"}, {GPE, "Latvia"},
	{GPE, "Lebanon"}, {GPE, "Libya"}, {GPE, "Lithuania"}, {GPE, "Malaysia"},
	{GPE, "Mali"}, {GPE, "Mexico"}, {GPE, "Moldova"}, {GPE, "Mongolia"},
	{GPE, "Morocco"}, {GPE, "Myanmar|Burma"}, {GPE, "Nepal"}, {GPE, "Netherlands"},
	{GPE, "New Zealand|N.Z."}, {GPE, "Nicaragua"}, {GPE, "Niger"}, {GPE, "Nigeria"},
	{GPE, "North Korea"}, {GPE, "Norway"}, {GPE, "Oman"}, {GPE, "Pakistan"},
	{GPE, "Palestine"}, {GPE, "Panama"}, {GPE, "Paraguay"}, {GPE, "Peru"},
	{GPE, "Philippines"}, {GPE, "Poland"}, {GPE, "Portugal"}, {GPE, "Qatar"},
	{GPE, "Romania"}, {GPE, "Russia"}, {GPE, "Rwanda"}, {GPE, "Saudi Arabia"},
	{GPE, "Senegal"}, {GPE, "Serbia"}, {GPE, "Singapore"}, {GPE, "Slovakia"},
	{GPE, "Slovenia"}, {GPE, "Somalia"}, {GPE, "South Africa"}, {GPE, "South Korea"},
	{GPE, "Spain"}, {GPE, "Sri Lanka"}, {GPE, "Sudan"}, {GPE, "Sweden"},
	{GPE, "Switzerland"}, {GPE, "Syria"}, {GPE, "Taiwan"}, {GPE, "Tajikistan"},
	{GPE, "Tanzania"}, {GPE, "Thailand"}, {GPE, "Tunisia"}, {GPE, "Turkey|Türkiye"},
	{GPE, "Uganda"}, {GPE, "Ukraine"}, {GPE, "United Arab Emirates|UAE"},
	{GPE, "Uruguay"}, {GPE, "Uzbekistan"}, {GPE, "Venezuela"}, {GPE, "Vietnam"},
	{GPE, "Yemen"}, {GPE, "Zambia"}, {GPE, "Zimbabwe"}, {GPE, "Gaza"},
	{GPE, "West Bank"}, {GPE, "Crimea"}, {GPE, "Hong Kong"}, {GPE, "Scotland"},
	{GPE, "England"}, {GPE, "Wales"},
	// US states (those that are not also common words or names), with
	// the AP abbreviations that are no common word either ("Calif.",
	// "N.C."; not "Mass.", "Ill." or "Miss.").
	{GPE, "Alabama|Ala."}, {GPE, "Alaska"}, {GPE, "Arizona|Ariz."}, {GPE, "Arkansas|Ark."},
	{GPE, "California|Calif."}, {GPE, "Colorado|Colo."}, {GPE, "Connecticut|Conn."}, {GPE, "Delaware"},
	{GPE, "Florida|Fla."}, {GPE, "Hawaii"}, {GPE, "Idaho"}, {GPE, "Illinois"},
	{GPE, "Indiana"}, {GPE, "Iowa"}, {GPE, "Kansas"}, {GPE, "Kentucky|Ky."},
	{GPE, "Louisiana"}, {GPE, "Maine"}, {GPE, "Maryland|Md."}, {GPE, "Massachusetts"},
	{GPE, "Michigan|Mich."}, {GPE, "Minnesota|Minn."}, {GPE, "Mississippi"}, {GPE, "Missouri"},
	{GPE, "Montana"}, {GPE, "Nebraska|Neb."}, {GPE, "Nevada|Nev."}, {GPE, "New Hampshire|N.H."},
	{GPE, "New Jersey|N.J."}, {GPE, "New Mexico|N.M."}, {GPE, "New York"}, {GPE, "North Carolina|N.C."},
	{GPE, "North Dakota|N.D."}, {GPE, "Ohio"}, {GPE, "Oklahoma|Okla."}, {GPE, "Oregon"},
	{GPE, "Pennsylvania"}, {GPE, "Rhode Island|R.I."}, {GPE, "South Carolina|S.C."},
	{GPE, "South Dakota|S.D."}, {GPE, "Tennessee|Tenn."}, {GPE, "Texas"}, {GPE, "Utah"},
	{GPE, "Vermont|Vt."}, {GPE, "Virginia"}, {GPE, "Washington"}, {GPE, "West Virginia|W.Va."},
	{GPE, "Wisconsin|Wis."}, {GPE, "Wyoming|Wyo."},
	// Cities.
	{GPE, "Kabul"}, {GPE, "Kandahar"}, {GPE, "London"}, {GPE, "Paris"},
	{GPE, "Berlin"}, {GPE, "Brussels"}, {GPE, "Moscow"}, {GPE, "Beijing"},
	{GPE, "Shanghai"}, {GPE, "Tokyo"}, {GPE, "Seoul"}, {GPE, "New Delhi"},
	{GPE, "Delhi"}, {GPE, "Mumbai"}, {GPE, "Karachi"}, {GPE, "Islamabad"},
	{GPE, "Tehran"}, {GPE, "Baghdad"}, {GPE, "Damascus"}, {GPE, "Beirut"},
	{GPE, "Jerusalem"}, {GPE, "Tel Aviv"}, {GPE, "Cairo"}, {GPE, "Istanbul"},
	{GPE, "Ankara"}, {GPE, "Kyiv|Kiev"}, {GPE, "Warsaw"}, {GPE, "Rome"},
	{GPE, "Madrid"}, {GPE, "Lisbon"}, {GPE, "Dublin"}, {GPE, "Amsterdam"},
	{GPE, "Vienna"}, {GPE, "Geneva"}, {GPE, "Zurich"}, {GPE, "Stockholm"},
	{GPE, "Oslo"}, {GPE, "Athens"}, {GPE, "Dubai"}, {GPE, "Doha"}, {GPE, "Riyadh"},
	{GPE, "Nairobi"}, {GPE, "Lagos"}, {GPE, "Johannesburg"}, {GPE, "Sydney"},
	{GPE, "Melbourne"}, {GPE, "Toronto"}, {GPE, "Ottawa"}, {GPE, "Vancouver"},
	{GPE, "Montreal"}, {GPE, "Mexico City"}, {GPE, "Brasília|Brasilia"},
	{GPE, "São Paulo|Sao Paulo"}, {GPE, "Rio de Janeiro"}, {GPE, "Buenos Aires"},
	{GPE, "Bogotá|Bogota"}, {GPE, "Lima"}, {GPE, "Santiago"}, {GPE, "Caracas"},
	{GPE, "Bangkok"}, {GPE, "Jakarta"}, {GPE, "Manila"},
	{GPE, "Hanoi"}, {GPE, "Taipei"}, {GPE, "New York City|NYC"}, {GPE, "Los Angeles|L.A."},
	{GPE, "San Francisco"}, {GPE, "Chicago"}, {GPE, "Boston"}, {GPE, "Seattle"},
	{GPE, "Miami"}, {GPE, "Atlanta"}, {GPE, "Houston"}, {GPE, "Dallas"},
	{GPE, "Austin"}, {GPE, "Denver"}, {GPE, "Philadelphia"}, {GPE, "Detroit"},
	{GPE, "Washington, D.C.|Washington D.C.|D.C."}, {GPE, "Silicon Valley"},
	{GPE, "Menlo Park"}, {GPE, "Brooklyn"}, {GPE, "Leeds"}, {GPE, "Manchester"},
	{GPE, "Birmingham"}, {GPE, "Edinburgh"}, {GPE, "Glasgow"}, {GPE, "Munich"},
	{GPE, "Frankfurt"}, {GPE, "Hamburg"}, {GPE, "Milan"}, {GPE, "Barcelona"},
	{GPE, "Prague"}, {GPE, "Budapest"}, {GPE, "Bucharest"}, {GPE, "Minsk"},
	{GPE, "St. Petersburg|St Petersburg|Saint Petersburg"}, {GPE, "Des Moines"},
	// Regions, continents (LOC: not GPE).
	{Loc, "Europe"}, {Loc, "Asia"}, {Loc, "Africa"}, {Loc, "North America"},
	{Loc, "South America"}, {Loc, "Latin America"}, {Loc, "Middle East"},
	{Loc, "Antarctica"}, {Loc, "Arctic"}, {Loc, "Balkans"}, {Loc, "Caribbean"},
	{Loc, "Southeast Asia"}, {Loc, "Central Asia"}, {Loc, "Mediterranean"},
	{Loc, "East Midlands"}, {Loc, "West Midlands"}, {Loc, "East Anglia"},
	{Loc, "English Midlands|Midlands"}, {Loc, "Scottish Highlands"},
}

// notNames are capitalized words that are never part of a name although
// prose often labels them as one: months, weekdays, sentence openers and
// frequent headline words.
var notNames = []string{
	"January", "February", "March", "April", "May", "June", "July", "August",
	"September", "October", "November", "December", "Jan", "Feb", "Mar", "Apr",
	"Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
	"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
	"Mondays", "Tuesdays", "Wednesdays", "Thursdays", "Fridays", "Saturdays", "Sundays",
	"Today", "Tomorrow", "Yesterday", "Tonight",
	// sentence adverbs that open a post ("Honestly Threads is a mess")
	"Honestly", "Frankly", "Seriously", "Personally", "Basically", "Clearly",
	"Obviously", "Luckily", "Sadly", "Unfortunately", "Fortunately", "Thankfully",
	"Hopefully", "Apparently", "Actually", "Literally", "Genuinely", "Truly", "Really",
	"Finally", "Eventually", "Instead",
	"Due", "According", "However", "Meanwhile", "Although", "Despite", "After",
	"Before", "During", "While", "When", "Where", "Why", "What", "Who", "How",
	"Because", "Since", "Unlike", "Like", "Still", "Yet", "Also", "Even", "But",
	"And", "Or", "So", "If", "Then", "Now", "Here", "There", "This", "That",
	"These", "Those", "The", "A", "An", "It", "Its", "He", "She", "They", "We",
	"I", "You", "His", "Her", "Their", "Our", "My", "Your", "Some", "Many",
	"Most", "Several", "Others", "Other", "Analysts", "Critics", "Officials",
	// a club's or a county board's public relations officer
	"PRO",
	"Inside", "Outside", "Under", "Over", "Among", "Amid", "For", "From", "With",
	"Without", "In", "On", "At", "By", "To", "Of", "As", "Last", "Next", "First",
	"Two", "Three", "One", "Both", "Each", "Every", "All", "No", "Not", "Yes",
	// Pronouns that open a sentence and can take "who" like a name
	// ("Another, who asked not to be named, wrote").
	"Another", "Neither", "Either", "None", "Few", "Everyone", "Everybody", "Someone", "Somebody",
	"Anyone", "Anybody", "Nobody", "Whoever",
	"Asked", "Said", "Read", "Related", "More", "Update", "Updated",
	"Breaking", "Exclusive", "Opinion", "Analysis", "Note", "Photo",
	"Video", "Internet", "Web", "Online", "Wi-Fi", "WiFi", "Christmas", "Easter", "Ramadan",
	"Thanksgiving", "Halloween", "Hanukkah", "Passover", "Diwali", "Eid",
	"Grandma", "Grandpa", "Granny", "Mom", "Dad", "Mum", "Gran", "Grandad", "Granddad", "Nanna",
	// Greetings ("the fake 'Hi Gran' messages").
	"Hi", "Hey", "Hello", "Hiya", "Howdy",
	"Mr", "Mrs", "Ms", "Dr", "Sir", "Madam", "God", "Lord", "OK", "TV", "CEO",
	"AI", "AM", "PM", "GMT", "EST", "UTC", "COVID", "COVID-19", "Covid",
	"VPN", "VPNs", "URL", "GDP", "PDF", "FAQ", "DM", "DMs", "LGBT", "LGBTQ",
	"PIN", "PINs", "SMS", "ZIP", "IP", "HD", "I'm", "I've", "I'll", "I'd",
	"MP", "MPs", "IT", "HR", "API", "APIs", "IPO", "OK", "USB", "GPS", "HIV", "AIDS", "NFT", "NFTs",
	// Trade jargon and job-title acronyms, not bodies.
	"CPM", "CPMs", "CPC", "ROI", "KPI", "KPIs", "B2B", "B2C", "D2C", "DTC", "SaaS", "HVAC",
	"CFO", "CTO", "COO", "CMO", "CFOs", "CEOs", "CMOs",
	// A family doctor and a disease named after a person ("the GP",
	// "Alzheimer's").
	"GP", "GPs", "Alzheimer",
	// Things and conditions written in capitals ("her CV", "a DNA
	// test", "the CCTV footage", "the AGM"), and sign languages.
	"CV", "CVs", "DNA", "CCTV", "AGM", "AGMs", "VIP", "VIPs", "ADHD", "ASL", "BSL",
	// Treatments, conditions and kit ("started HRT at 44", "her IVF",
	// "a CPR course").
	"HRT", "IVF", "PTSD", "OCD", "MRI", "CPR", "PPE",
	// The radio band ("a low-power FM station", "went out on FM").
	"FM",
	// Exams and courses ("her GCSE English resit", "an ESOL class"),
	// and the church service ("at Mass").
	"GCSE", "GCSEs", "ESOL", "Mass",
	// Degrees, school subjects and a hashtag's community ("her PhD",
	// "PE teachers", "BookTok").
	"PhD", "PhDs", "PE", "BookTok",
	// Disc jockeys and beer styles ("two DJs", "hazy IPAs").
	"DJ", "DJs", "IPA", "IPAs",
	// Irish members of parliament ("three TDs") and a condolence.
	"TD", "TDs", "RIP",
	// Auxiliaries that open a question ("Does X still matter?"), church
	// seasons ("for Lent") and India's payment system.
	"Does", "Did", "Do", "Is", "Are", "Was", "Were", "Can", "Could", "Should", "Would",
	"Has", "Have", "Had", "Lent", "Advent", "UPI",
	// Commands that open advice ("Put Signal on your phone").
	"Put", "Use", "Download", "Install", "Delete",
}

// adjectives are capitalized words that are not names on their own but may
// begin one ("Democratic National Committee"): nationalities and the like,
// which are not annotated, and titles used alone.
var adjectives = []string{
	"American", "Americans", "Afghan", "Afghans", "British", "Brazilian",
	"Brazilians", "Chinese", "Russian", "Russians", "Ukrainian", "Ukrainians",
	"European", "Europeans", "Israeli", "Israelis", "Palestinian",
	"Palestinians", "Iranian", "Iranians", "Indian", "Indians", "Pakistani",
	"French", "German", "Germans", "Italian", "Spanish", "Japanese", "Korean",
	"Mexican", "Canadian", "Australian", "Turkish", "Syrian", "Iraqi", "Saudi",
	"Arab", "Arabs", "Muslim", "Muslims", "Christian", "Christians", "Jewish",
	"Jews", "Western", "Eastern", "Northern", "Southern", "African", "Asian",
	"Latino", "Hispanic", "Nigerian", "Kenyan", "Egyptian", "Venezuelan",
	"Cuban", "Irish", "Scottish", "English", "Dutch", "Swedish", "Polish",
	"Greek", "Islamic", "Democrat", "Democratic", "Republican", "Conservative",
	"Liberal", "Communist", "Senator", "President", "Minister", "Justice",
	"Judge", "Governor", "Secretary", "Chairman", "Director", "Spokesman",
	"Spokeswoman", "Professor", "General", "Ambassador", "Mayor",
	// More nationalities and languages ("speaking in Romanian", "said in
	// Wolof", "the Thai Ministry of Labour").
	"Portuguese", "Romanian", "Romanians", "Moldovan", "Moldovans", "Thai",
	"Burmese", "Nepali", "Nepalis", "Nepalese", "Vietnamese", "Filipino",
	"Filipinos", "Indonesian", "Malay", "Bengali", "Hindi", "Urdu", "Tamil",
	"Persian", "Pashto", "Dari", "Arabic", "Hebrew", "Mandarin", "Cantonese",
	"Swahili", "Wolof", "Tagalog", "Senegalese", "Hungarian", "Bulgarian",
	"Serbian", "Croatian", "Latvian", "Lithuanian", "Estonian", "Finnish",
	"Norwegian", "Danish", "Belgian", "Swiss", "Austrian", "Argentine",
	"Colombian", "Chilean", "Peruvian", "Ghanaian", "Ethiopian",
	"Amharic", "Tigrinya", "Farsi", "Kurdish", "Somali", "Eritrean", "Eritreans",
	"Malawian", "Zambian", "Ugandan", "Tanzanian", "Rwandan", "Zimbabwean",
	"Chichewa", "Yoruba", "Igbo", "Hausa", "Zulu", "Xhosa",
	// The languages of Britain, Ireland and Spain ("posts in Welsh", "a
	// Gaelic singer", "Latin dances").
	"Welsh", "Gaelic", "Basque", "Catalan", "Galician", "Cornish", "Manx", "Latin",
	"Sesotho", "isiZulu", "isiXhosa", "Afrikaans", "Kiswahili",
}

// personTitles are words written before a person's name that are not part
// of the name's span ("President Joe Biden", "Meta CEO Mark Zuckerberg").
var personTitles = []string{
	"Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Prof", "Prof.",
	"Sen", "Sen.", "Rep", "Rep.", "Gov", "Gov.", "Gen", "Gen.", "Lt", "Lt.",
	"Col", "Col.", "Capt", "Capt.", "Sgt", "Sgt.", "Rev", "Rev.", "Hon", "Hon.",
	"President", "Vice", "Prime", "Minister", "Senator", "Representative",
	"Governor", "General", "Secretary", "CEO", "Chief", "Executive",
	"Chairman", "Chairwoman", "Chair", "Director", "Judge", "Justice",
	"King", "Queen", "Prince", "Princess", "Pope", "Mayor", "Sheikh",
	"Officer", "Commissioner", "Ambassador", "Attorney", "Speaker", "Leader",
	"Founder", "Co-founder", "Cofounder", "Chancellor", "Premier", "Sir",
	"Dame", "Lord", "Lady", "Professor", "Spokesman", "Spokeswoman",
	"Spokesperson", "Deputy", "Foreign", "Defense", "Defence", "Interior",
	"Supreme", "Ayatollah", "Emir", "Crown", "Commander", "Councilman",
	"Councilwoman", "Congressman", "Congresswoman", "Lawmaker", "Owner",
	"Co-Founder", "President-elect", "Former", "Acting", "Senior", "Cardinal",
	"Bishop", "Rabbi", "Imam", "Mullah", "Maulvi", "Detective", "Inspector",
	"Coach", "Manager", "Editor", "Analyst", "Researcher", "Economist",
	"Adviser", "Advisor", "Aide", "Counselor", "Strategist", "Correspondent",
	"Reporter", "Host", "Anchor", "Columnist", "Author", "Writer", "Actor",
	"Actress", "Singer", "Rapper", "Star", "Candidate", "Nominee", "Activist",
	"Whistleblower", "Pastor", "Father", "Sister", "Reverend", "Sheriff", "Trooper", "Agent",
	// Roles written like titles in wire copy ("Forecaster Elena Stanciu",
	// "Striker Ruud Kampstra"): outside the name's span.
	"Forecaster", "Meteorologist", "Prosecutor", "Lawyer", "Magistrate", "Ombudsman",
	"Treasurer", "Organiser", "Organizer", "Striker", "Midfielder", "Goalkeeper",
	"Defender", "Winger", "Forward", "Captain", "Fly-half", "Scrum-half", "Skipper",
	"Investor", "Banker", "Physician", "Scientist", "Historian", "Spokesmen",
	"Negotiator", "Envoy", "Diplomat", "Consul", "Auditor", "Regulator", "Trader",
	// British police ranks ("PC Dan Whitlow", "PCSO Hannah Rowe") and
	// performers and trades named like titles ("Comedian Dom Akhtar",
	// "Fiddler Ainsley Gillis").
	"PC", "PCSO", "Comedian", "Fiddler", "Poet", "Novelist", "Illustrator", "Photographer", "Chef",
	// Online creators ("Streamer Mira Castellanos").
	"Streamer", "YouTuber", "Influencer", "Blogger", "Vlogger", "Podcaster",
	// School and town officials ("Superintendent Ana Ruiz", "City
	// Administrator Tom Hale", "Principal Joan Ives").
	"Superintendent", "Principal", "Administrator", "Clerk", "Trustee",
	"Alderman", "Alderwoman", "Selectman", "Selectwoman", "Constable",
	"Councillor", "Councilor", "Assemblyman", "Assemblywoman", "Assemblymember",
	"Councilmember", "Member",
	// Military ranks ("Lieutenant Colonel Anna Pryce", "Colonel Pryce").
	"Colonel", "Lieutenant", "Sergeant", "Corporal",
	"Brigadier", "Admiral", "Commodore", "Marshal",
}

// orgHeads are words that make the capitalized name they end an
// organization ("Kabul Media Watch", "Acme Corp.", "Labour Party").
var orgHeads = []string{
	"Inc", "Inc.", "Corp", "Corp.", "Corporation", "Co", "Co.", "Company",
	"Ltd", "Ltd.", "LLC", "PLC", "Plc", "AG", "SA", "GmbH", "Group", "Holdings",
	"Party", "University", "College", "Institute", "Foundation", "Association",
	"Council", "Committee", "Commission", "Agency", "Department", "Ministry",
	"Bank", "Fund", "Union", "League", "Federation", "Organization",
	"Organisation", "Society", "Center", "Centre", "Church", "Court",
	"Times", "Post", "News", "Journal", "Press", "Network", "Media", "Watch",
	"Club", "Army", "Navy", "Police", "Board", "Bureau", "Office", "Administration",
	"Service", "Services", "Partners", "Labs", "Technologies", "Systems", "System",
	"Airlines", "Airways", "Motors", "Pharmaceuticals", "Capital", "Ventures",
	"Studios", "Records", "Alliance", "Coalition", "Movement", "Front",
	"Brigade", "Brigades", "Project", "Initiative", "Network", "Forum",
	"Parliament", "Assembly", "Senate", "Congress", "Authority", "Tribunal",
	"School", "Academy", "Hospital", "Clinic", "Library", "Hotel", "Museum", "Trust", "Guard", "Forces",
	"Hospitals", "Clinics", "Pharmacy", "Pharmacies", "Surgery", "Mart", "Co-op", "Cooperative",
	"Co-operative",
	"Command", "Council", "Cabinet", "Government", "Regime", "Caucus",
	"Herald", "Tribune", "Gazette", "Telegraph", "Chronicle", "Magazine",
	"Ledger", "Courier", "Wire", "Observer", "Examiner", "Inquirer", "Enquirer", "Sentinel",
	"Dispatch", "Bulletin", "Mirror", "Globe", "Monitor", "Mercury", "Echo", "Weekly", "Quarterly",
	"Radio", "Television", "TV", "Broadcasting", "Communications", "Telecom",
	"Energy", "Oil", "Industries", "Enterprises", "Solutions", "Software",
	"Games", "Entertainment", "Pictures", "Insurance", "Securities", "Exchange",
	"Reserve", "Treasury", "Directorate", "Secretariat", "Observatory", "Lab",
	"Laboratory", "Team", "FC", "United", "Research", "Data", "Analytics",
	"Consulting", "Strategies", "Digital", "Tech", "Labs", "Watchdog",
	"Guild", "Collective", "Cooperative", "Co-operative", "Legislature", "Inspectorate",
	"Platform", "Democrats", "Socialists", "Greens", "Liberals", "Conservatives",
	"Lines", "Shipping", "Marine", "Logistics", "Freight", "Mutual", "Railways", "Rail",
	"Transport", "Mining", "Steel", "Petroleum", "Chemicals", "Electronics",
	"Semiconductor", "Semiconductors", "Aerospace", "Construction", "Engineering",
	"Brewery", "Brewing", "Foods", "Toys", "Talent", "Inn", "Bookmakers", "Ombudsman", "Prosecutor's", "Constabulary",
	"ASA", "AS", "AB", "NV", "BV", "SpA", "S.p.A.", "Oyj", "SE", "KG", "Pty", "LLP", "LP",
	"AFC", "CF", "SC", "Rovers", "Wanderers", "Athletic", "Albion", "Hotspur",
	// Firms named after their trade ("Sorrel Asset Management", "Lehman
	// Brothers") and groups named after what they do ("Bay Community Choir").
	"Management", "Advisory", "Advisors", "Advisers", "Metrics", "Brothers",
	"Restaurant", "Restaurants", "Choir", "Orchestra", "Ensemble",
	// Agencies named after their trade ("Larkspur Marketing", "Tamsin
	// Creative").
	"Marketing", "Creative", "Advertising",
	// Schools named by level ("Lincoln Elementary").
	"Elementary",
	// Places of worship ("Kirkholme Central Mosque") and studios named
	// after their trade ("Halcyon Interactive", "Lince Gaming").
	"Mosque", "Temple", "Synagogue", "Cathedral", "Gurdwara",
	"Gaming", "Interactive", "Esports",
	// Animal and relief charities named after what they run ("Wood
	// Lane Animal Shelter", "Hollow Creek Rescue").
	"Shelter", "Rescue", "Sanctuary",
	// Transit operators, house builders and letting agents ("Northline
	// Transit", "Quayline Homes", "Harrowgate Residential"), and more
	// places of worship and shops ("Living Word Chapel", "Shiv Shakti
	// Mandir", "Sanaa Market").
	"Transit", "Homes", "Residential", "Lettings", "Chapel", "Mandir", "Parish",
	"Masjid", "Market",
	// Volunteer and campaign groups and public reviews ("Kemble Bridge
	// Flood Wardens", "Brinnington Youth Hub", "Bayou Climate Action",
	// "Merrin Valley Flood Review", "Kemble Bridge Noticeboard").
	"Wardens", "Hub", "Action", "Review", "Noticeboard",
	// Veterans' and cadet bodies ("Australian Veterans' Fellowship",
	// "Army Cadet Force"), and "Protection", which makes a district a
	// service ("Ridgeline Fire Protection District").
	"Fellowship", "Force", "Protection",
	// Doctors' surgeries and carers' groups ("Bishopstown Family
	// Practice", "North East Carers' Circle").
	"Practice", "Circle",
	// Broadband providers, bookshops and hobby groups ("Lir Broadband",
	// "Clark Fork Books", "Brisbane Valley Birdwatchers").
	"Broadband", "Books", "Bookshop", "Birdwatchers", "Chamber",
	// Resorts, ferry lines, vets' practices and junior football clubs
	// ("Biokovo Bay Resort", "Aegean Link Ferries", "Companion Vets
	// Aotearoa" aside, "Saintbridge Swifts JFC").
	"Resort", "Ferries", "Vets", "JFC",
	// Crematoria, lodges, kitchens, archives, job centres, webcasters and
	// trade groups ("Llangunnor Crematorium", "Bent Creek Lodge",
	// "Northgate Community Kitchen", "Wakefield Jobcentre", "Vigil
	// Webcasting", "Blue Ridge Wedding Pros").
	"Crematorium", "Lodge", "Kitchen", "Archives", "Jobcentre", "Webcasting", "Pros",
	// Gyms, running clubs and introduction agencies ("Foundry Gym",
	// "Hollinwood Road Runners", "Heart of Glasgow Introductions").
	"Gym", "Runners", "Introductions",
	// Cycling clubs and shops, commuter groups, hospices, theatres, puppet
	// companies and arts groups ("Airedale Velo", "Chevin Wheelers",
	// "Kirkgate Cycles", "Southside Spokes", "Cream City Bike Commuters",
	// "Larkspur Hospice", "Old Tannery Theatre", "Quantock Playhouse",
	// "Paper Lantern Puppets", "Sidestage Arts").
	"Velo", "Wheelers", "Cycles", "Spokes", "Commuters", "Hospice", "Theatre", "Theater",
	"Playhouse", "Puppets", "Arts", "Conservatoire",
	// Advice services, coach firms, therapy services, peer-support groups
	// and photo agencies ("Doorstep Housing Advice", "Pennine Crest
	// Coaches", "Douglas Valley Talking Therapies", "Brighter Days Peer
	// Support", "Southern Light Images").
	"Advice", "Coaches", "Therapies", "Support", "Images",
	// Outdoor shops and guides, walking clubs, mutual-aid groups,
	// community fridges and colleges ("Narrows Outfitters", "Ogof
	// Outdoor", "Tahoma Valley Hikers", "Marsh Lane Mutual Aid", "Cielo
	// Community Fridge", "Cascadia Polytechnic").
	"Outfitters", "Outdoor", "Hikers", "Aid", "Fridge", "Polytechnic",
	// Food businesses, bus firms, partnerships and health units
	// ("Ninebark Bakery", "Hollow Oak Creamery", "Taff Valley Buses",
	// "Northumberland Coast Tourism Partnership", "Huron Shores Health
	// Unit").
	"Bakery", "Bakehouse", "Creamery", "Dairy", "Cafe", "Café", "Bistro", "Trattoria", "Diner",
	"Motel", "Hotels", "Buses", "Partnership", "Unit", "Foodbank",
	// Boards of examiners and reviewers ("Solway Licence Examiners'
	// Panel").
	"Panel",
}

// orgLeads are words that make a capitalized name they begin an
// organization ("University of Leeds", "Ministry of Information").
var orgLeads = []string{
	"University", "Ministry", "Department", "Bank", "Institute", "Council",
	"Office", "Court", "Commission", "Committee", "Board", "Bureau",
	"Federation", "Association", "Union", "Church", "Party", "House",
	"Museum", "College", "School", "Academy", "Society", "Center", "Centre",
	"Agency", "National", "Federal", "International", "Royal", "Supreme",
	"Central", "Islamic", "Democratic", "Republican", "People's",
	"Organisation", "Organization", "Inspectorate", "Directorate", "Campaign",
	"Coalition", "Alliance", "League", "Authority", "Fund", "Foundation", "Assembly",
	"Parliament", "Tribunal", "Order", "Congress", "Conference", "Confederation",
	// "Guild of Freelance Make-up Artists", "Conservatoire of Music".
	"Guild", "Conservatoire",
	// Supporters' groups and religious orders ("Friends of the Earth",
	// "Sisters of St. Brendan").
	"Friends", "Sisters",
}

// orgStarts begin an organization's name on their own, without "of"
// ("Instituto Rede Aberta").
var orgStarts = []string{
	"Instituto", "Universidad", "Universidade", "Università", "Université",
	"Fundación", "Fundação", "Ministério", "Ministerio", "Banco", "Partido",
	"Coimisiún", "Comisión", "Bundesamt", "Verein", "Associazione", "Associação",
	"Asociación", "Autorità", "Autoridad",
	// Broadcasters and congregations named first ("Radio Surma",
	// "Congregation Beth Tikvah", "Masjid Al-Falah").
	"Radio", "Congregation", "Masjid",
	// Health boards ("NHS Grampian").
	"NHS",
	// Sports club prefixes ("FC Utrecht", "AC Milan").
	"FC", "AFC", "AC", "SC", "SV", "VfB", "VfL", "CF", "KV", "RC",
}

// gpeHeads end a capitalized name that is a place ("Kings County").
var gpeHeads = []string{"City", "County", "Province", "Prefecture", "Oblast", "District", "Township", "Borough", "Governorate", "Shire"}

// firstNames are common given names; a capitalized pair starting with one
// is a person even when prose misses it.
var firstNames = []string{
	// Months that are given names too; monthUsed tells the date.
	"April", "June",
	"Aaron", "Adam", "Ahmed", "Alan", "Alex", "Alexander", "Alexandre", "Ali",
	"Alice", "Amanda", "Amy", "Ana", "Andrew", "Angela", "Ann", "Anna", "Anne",
	"Anthony", "Antony", "Barack", "Ben", "Benjamin", "Bernie", "Bill", "Bob",
	"Boris", "Brad", "Brian", "Carlos", "Catherine", "Charles", "Chris",
	"Christopher", "Chuck", "Claire", "Daniel", "David", "Donald", "Elizabeth",
	"Elon", "Emily", "Emma", "Emmanuel", "Eric", "Frank", "Gavin", "George",
	"Hillary", "Hunter", "Ivanka", "Jack", "James", "Jane", "Jason", "Javier",
	"Jeff", "Jennifer", "Jeremy", "Jessica", "Jim", "Joe", "John", "Jonathan",
	"Joseph", "Josh", "Juan", "Julia", "Justin", "Kamala", "Karen", "Kate",
	"Keir", "Kevin", "Kim", "Laura", "Linda", "Lisa", "Luis", "Luiz", "Marco",
	"Maria", "Mark", "Martin", "Mary", "Matt", "Matthew", "Michael", "Michelle",
	"Mike", "Mohammad", "Mohammed", "Muhammad", "Nancy", "Narendra", "Nick",
	"Nicholas", "Nicolas", "Olaf", "Olivia", "Omar", "Patrick", "Paul", "Peter",
	"Rachel", "Richard", "Rishi", "Robert", "Ron", "Ryan", "Sam", "Samuel",
	"Sarah", "Scott", "Sergei", "Sergey", "Shou", "Steve", "Steven", "Sundar",
	"Susan", "Ted", "Thomas", "Tim", "Tom", "Tony", "Ursula", "Vladimir",
	"Volodymyr", "William", "Xi", "Yaccarino", "Linda", "Jack", "Evan", "Pavel",
	"Recep", "Benjamin", "Jair", "Alexandre", "Rupert", "Sheryl", "Adam",
	"Jacinda", "Emmanuel", "Giorgia", "Viktor", "Anas", "Zabihullah", "Farida",
	"Hassan", "Hamid", "Abdul", "Ashraf", "Fatima", "Aisha", "Priya", "Raj",
	"Wei", "Li", "Zhang", "Chen", "Yuki", "Hiroshi", "Olga", "Ivan", "Dmitry",
	"Helen", "Grace", "Hannah", "Rebecca", "Sophie", "Lucy", "Megan", "Nora",
	"Oliver", "Harry", "Henry", "Jacob", "Noah", "Liam", "Ethan", "Lucas",
	"Marie", "Pierre", "Jean", "Hans", "Klaus", "Stefan", "Andrea", "Giuseppe",
	"Pedro", "Jose", "José", "Miguel", "Diego", "Fernando", "Gabriel", "Rafael",
	// More common given names across cultures (a compact, general list).
	"Abdullah", "Adrian", "Agnieszka", "Ahmad", "Aleksander", "Aleksandra", "Alejandro",
	"Alessandro", "Alexei", "Alicia", "Amal", "Amir", "Ana", "Anders", "Andrei", "Andrzej",
	"Angelica", "Anil", "Anita", "Ankit", "Antoine", "Anton", "Antonio", "Arjun", "Arnaud",
	"Astrid", "Ayesha", "Barbara", "Beatriz", "Bjorn", "Bogdan", "Brigitte", "Bruno",
	"Camila", "Carla", "Carlo", "Carmen", "Caroline", "Catalina", "Chiara", "Christian",
	"Christina", "Claudia", "Constantin", "Cristina", "Dan", "Dana", "Daria", "Deborah",
	"Dennis", "Dimitri", "Dmitri", "Dorota", "Eduardo", "Elena", "Elif", "Elisa", "Eliza",
	"Emil", "Emine", "Enrique", "Erik", "Ewa", "Fabio", "Farah", "Federico", "Felipe",
	"Filip", "Francesca", "Francesco", "Francisco", "Franz", "Fredrik", "Gareth", "Georg",
	"Gianluca", "Gonzalo", "Graham", "Gustavo", "Hamza", "Hana", "Hassan",
	"Heinz", "Helga", "Henrik", "Henryk", "Hugo", "Ibrahim", "Igor", "Ilya", "Ines",
	"Ingrid", "Ioana", "Ion", "Irina", "Isabel", "Isabella", "Ivana", "Jakub", "Jan",
	"Jaroslaw", "Javier", "Jens", "Joanna", "Johan", "Johannes", "Jorge", "Jurgen",
	"Jürgen", "Kai", "Karim", "Karin", "Karl", "Katarzyna", "Katrin", "Kenji", "Khalid",
	"Kofi", "Krzysztof", "Kwame", "Lars", "Laszlo", "Leila", "Leyla", "Leon", "Lorenzo",
	"Lucia", "Luca", "Lukas", "Magdalena", "Mahmoud", "Malik", "Manuel", "Marcel",
	"Marcin", "Marek", "Margaret", "Mariana", "Marina", "Mario", "Marta", "Martina",
	"Mateus", "Matej", "Mathieu", "Maxim", "Mehmet", "Mihai", "Mikhail", "Milan", "Miroslav",
	"Mustafa", "Nadia", "Natalia", "Nikolai", "Nikola", "Nils", "Nina", "Nour", "Oksana",
	"Olena", "Oleksandr", "Olusegun", "Oscar", "Pablo", "Paolo", "Patricia", "Petra",
	"Petr", "Piotr", "Rahul", "Ramon", "Reza", "Ricardo", "Roberto", "Rodrigo", "Roman",
	"Rosa", "Ruud", "Rustam", "Sandra", "Sanjay", "Sara", "Sebastian", "Sergio", "Simon",
	"Simone", "Sipho", "Sofia", "Sophia", "Stanislaw", "Stefano", "Svetlana",
	"Tadeusz", "Takashi", "Tamara", "Tatiana", "Teresa", "Thabo", "Tobias", "Tomas",
	"Tomasz", "Ulrich", "Valentina", "Vasile", "Vera", "Victor", "Vikram",
	"Vincent", "Wojciech", "Yaroslav", "Yasmin", "Youssef", "Yusuf", "Zainab", "Zeynep",
	"Zoltan", "Zofia", "Agnes", "Ahmet", "Ayodele", "Chidi", "Chinedu", "Emeka", "Fatou",
	"Ngozi", "Oluwaseun", "Amina", "Aminata", "Moussa", "Samir", "Tariq", "Walid", "Yasser",
	"Arash", "Dariush", "Farhad", "Mehdi", "Parisa", "Shirin", "Deepak", "Kavita", "Lakshmi",
	"Meera", "Pooja", "Ravi", "Suresh", "Vijay", "Min", "Jun", "Hao", "Ming", "Ying",
	"Haruto", "Sakura", "Minh", "Thanh", "Somchai", "Siti", "Budi", "Ruth",
	"Dorothy", "Edward", "Frances", "Gerald", "Harold", "Howard", "Jeffrey", "Joan",
	"Judith", "Keith", "Kenneth", "Larry", "Lawrence", "Louise", "Margaret", "Nathan",
	"Philip", "Raymond", "Ronald", "Russell", "Sean", "Stephen", "Timothy", "Walter",
	"Wayne", "Andreas", "Rhys", "Marco", "Priya", "Stefan", "Daniel",
	"Dale", "Gary", "Greg", "Craig", "Doug", "Douglas", "Glenn", "Bruce", "Carl", "Derek",
	"Diane", "Donna", "Janet", "Janice", "Joyce", "Julie", "Kathy", "Kurt", "Neil",
	"Pamela", "Randy", "Roger", "Sharon", "Shirley", "Stuart", "Todd", "Tracy", "Trevor",
	"Wendy", "Brenda", "Cheryl", "Colin", "Darren", "Gemma", "Nigel", "Sandeep", "Wanda",
	// Given names common in British, Irish and American news that prose
	// types as places when a comma follows ("Joanne Pryce, the matron").
	"Abigail", "Alison", "Andy", "Angus", "Ashley", "Audrey", "Barry", "Beth", "Betty",
	"Beverley", "Bethany", "Brandon", "Brendan", "Bridget", "Callum", "Carolyn", "Catriona",
	"Chloe", "Ciara", "Ciaran", "Clare", "Colette", "Connor", "Courtney", "Debbie", "Declan",
	"Deirdre", "Denise", "Destiny", "Dominic", "Doreen", "Duncan", "Eileen", "Eleanor", "Elaine",
	"Ellie", "Eoin", "Erin", "Ewan", "Fiona", "Gillian", "Gloria", "Gordon", "Hamish", "Ian",
	"Imogen", "Isla", "Jamie", "Janine", "Jasmine", "Jenny", "Jill", "Joanne", "Jodie",
	"Josephine", "Kathleen", "Katie", "Kayla", "Kelly", "Kirsty", "Kyle", "Lauren", "Leanne",
	"Lesley", "Lindsay", "Lorna", "Lorraine", "Lynne", "Maeve", "Mairead", "Malcolm", "Marcus",
	"Marion", "Martha", "Maureen", "Melissa", "Mhairi", "Molly", "Morag", "Nadine", "Naomi",
	"Natalie", "Niamh", "Nicola", "Norma", "Owen", "Paula", "Pauline", "Peggy", "Rachael",
	"Rebekah", "Rhiannon", "Rita", "Rosie", "Roisin", "Rory", "Sally", "Samantha", "Shaun",
	"Sheila", "Shona", "Sinead", "Siobhan", "Stacey", "Tanya", "Tara", "Tessa", "Theresa",
	"Vanessa", "Yvonne", "Zoe", "Zara", "Aidan", "Alistair", "Bernard", "Conor", "Dermot",
	"Fergus", "Gerard", "Gregor", "Harvey", "Isaac", "Jake", "Kieran", "Lewis", "Luke",
	"Mohamed", "Niall", "Reece", "Seamus", "Toby", "Tyler", "Priyanka", "Sunita", "Rukhsana",
	"Anjali", "Deepa", "Nisha", "Asha", "Ayaan", "Imran", "Irfan", "Nadeem", "Shabana", "Tahira",
	"Kwabena", "Adaeze", "Chioma", "Ifeoma", "Tunde", "Yetunde", "Femi", "Kemi", "Wanjiru",
	"Njeri",
}
