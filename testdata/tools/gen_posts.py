#!/usr/bin/env python3
"""Generate testdata/posts/posts.jsonl (social posts with gold stances) and
check it. Only needed when editing the posts; the JSONL file is committed and
nothing in CI runs this script.

Each post: (text, [(target, label), ...]) with labels E/C/N. Targets are
canonical names; platforms need no declaration, non-platform targets
(companies) are listed in the post's "targets" field automatically.

`--heldout` writes HELDOUT_POSTS (ids h001...) to testdata/heldout/posts.jsonl
instead: a measurement-only set, see testdata/heldout/README.md.
"""
import argparse
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, "..", "posts", "posts.jsonl"))
HELDOUT_OUT = os.path.normpath(os.path.join(HERE, "..", "heldout", "posts.jsonl"))
LABELS = {"E": "endorses", "C": "criticizes", "N": "neutral"}

# Canonical name -> surface patterns (case-insensitive unless noted) used in
# the posts. Listed in testdata/posts/README.md.
PLATFORMS = {
    "Twitter": [r"twitter", r"(?-i:X)"],
    "Bluesky": [r"bluesky", r"bsky"],
    "Threads": [r"threads"],
    "Mastodon": [r"mastodon"],
    "Facebook": [r"facebook", r"fb"],
    "Instagram": [r"instagram", r"insta", r"ig"],
    "TikTok": [r"tiktoks?"],
    "WhatsApp": [r"whatsapp"],
    "Telegram": [r"telegram"],
    "Signal": [r"signal"],
    "YouTube": [r"youtube", r"yt"],
    "Reddit": [r"reddit"],
    "Discord": [r"discord"],
    "Snapchat": [r"snapchat", r"snap"],
    "LinkedIn": [r"linkedin"],
    "Twitch": [r"twitch"],
    "Tumblr": [r"tumblr"],
    "Pinterest": [r"pinterest"],
    "Truth Social": [r"truth social"],
    "Rumble": [r"rumble"],
}
COMPANIES = {
    "Meta": [r"meta"],
    "Google": [r"google"],
    "Apple": [r"apple"],
    "Microsoft": [r"microsoft"],
    "Amazon": [r"amazon"],
    "ByteDance": [r"bytedance"],
    "Spotify": [r"spotify"],
}

POSTS = [
    ("finally moved my whole feed over to @bluesky and wow. no ads, no rage bait, actual conversations 🦋", [("Bluesky", "E")]),
    ("X is unusable now. every reply is a crypto bot or a blue check yelling at me #leavingX", [("Twitter", "C")]),
    ("hot take: threads is better than X for news now, fight me", [("Threads", "E"), ("Twitter", "C")]),
    ("deleted instagram for a month and my brain feels quieter. not going back", [("Instagram", "C")]),
    ("whatsapp group chats are the only reason i still have a phone lol 💚", [("WhatsApp", "E")]),
    ("meta said \"we're looking into it\" about my hacked account THREE weeks ago. still locked out of my fb page #DeleteFacebook", [("Meta", "C"), ("Facebook", "C")]),
    ("#TikTok taught me how to fix my bike, cook dal and do my taxes. best app on my phone tbh", [("TikTok", "E")]),
    ("youtube tutorials got me through my entire plumbing disaster. bless every random uncle with a camera 🔧", [("YouTube", "E")]),
    ("psa: signal is free, open source and doesn't sell your data. move the family chat there today 🔒", [("Signal", "E")]),
    ("telegram channels in my country are like 90% scams at this point. reported five today", [("Telegram", "C")]),
    ("reddit without third party apps is just worse. rip to the good old days", [("Reddit", "C")]),
    ("discord servers > facebook groups for literally any hobby community", [("Discord", "E"), ("Facebook", "C")]),
    ("new mastodon server for birders just launched, link below 🐦", [("Mastodon", "N")]),
    ("linkedin, where people are \"humbled to announce\" things nobody asked about 🙃", [("LinkedIn", "C")]),
    ("not gonna lie, threads has gotten way better since they added custom feeds", [("Threads", "E")]),
    ("google search is all ads and ai summaries now. switched engines last week and don't miss it", [("Google", "C")]),
    ("apple's privacy labels actually helped me pick a safer chat app. good on them", [("Apple", "E")]),
    ("bluesky went down for an hour and half my timeline came back to X just to post about it 😂", [("Bluesky", "N"), ("Twitter", "N")]),
    ("snapchat streaks are honestly the only thing keeping my friend group alive", [("Snapchat", "E")]),
    ("youtube premium is worth every cent, no ads on podcasts changed my life", [("YouTube", "E")]),
    ("instagram reels are just tiktoks from three weeks ago with the watermark cropped out", [("Instagram", "C"), ("TikTok", "N")]),
    ("my city council still posts everything on facebook so i guess i'm still on facebook", [("Facebook", "N")]),
    ("twitch banned a streamer i watch for a joke that wasn't even that bad. their rules make zero sense", [("Twitch", "C")]),
    ("@Bluesky how do i add alt text to a gif? asking for our accessibility group", [("Bluesky", "N")]),
    ("X gutted its trust and safety team and it shows. reporting a post does literally nothing", [("Twitter", "C")]),
    ("ok tumblr is still the best place for fandom, no contest 💜", [("Tumblr", "E")]),
    ("pinterest is the only app that never makes me feel bad about myself 📌", [("Pinterest", "E")]),
    ("truth social is one guy yelling and everyone else clapping", [("Truth Social", "C")]),
    ("watched the whole hearing on rumble since youtube didn't have the live feed", [("Rumble", "N"), ("YouTube", "N")]),
    ("bytedance hoovers up way too much data through tiktok and nobody reads the terms 🙄", [("ByteDance", "C"), ("TikTok", "C")]),
    ("microsoft's linkedin learning courses are genuinely good and free with my library card", [("Microsoft", "E"), ("LinkedIn", "E")]),
    ("threads search still can't find a post i saw five minutes ago. come on meta", [("Threads", "C"), ("Meta", "C")]),
    ("mastodon is confusing for about a day and then it's the nicest corner of the internet", [("Mastodon", "E")]),
    ("my whole family switched from whatsapp to signal over the weekend. grandma figured it out faster than me 😂", [("WhatsApp", "C"), ("Signal", "E")]),
    ("old reddit answers for obscure bugs are still better than anything google gives me", [("Reddit", "E"), ("Google", "C")]),
    ("yt music recommendations are lowkey amazing, found three new bands this week", [("YouTube", "E")]),
    ("linkedin actually got me an interview this week so i'll stop making fun of it. for now", [("LinkedIn", "E")]),
    ("posted the fundraiser on facebook, instagram and bluesky, please share wherever you are 🙏", [("Facebook", "N"), ("Instagram", "N"), ("Bluesky", "N")]),
    ("discord stage channels made our book club actually work across three time zones", [("Discord", "E")]),
    ("telegram is still the fastest way to get news from the ground here. nothing else comes close", [("Telegram", "E")]),
    ("say what you want, X is still unbeatable for live sports chatter during a final ⚽", [("Twitter", "E")]),
    ("can't believe i'm saying this but insta dms beat whatsapp for group planning", [("Instagram", "E"), ("WhatsApp", "C")]),
    ("is threads down or is it just me?", [("Threads", "N")]),
    ("booktok on tiktok finds me better indie novels than any bookstore ever has 📚", [("TikTok", "E")]),
    ("google photos found every picture of my dog since 2014 in two seconds. witchcraft and i love it 🐶", [("Google", "E")]),
    ("meta's smart glasses look cool but i do not trust them with a camera on my face", [("Meta", "C")]),
    ("bluesky custom feeds are the best thing to happen to social media in years", [("Bluesky", "E")]),
    ("the facebook algorithm keeps showing me pages i unfollowed in 2016. incredible work 👏", [("Facebook", "C")]),
    ("apple please let us delete the preinstalled apps, my storage is full and i can't remove stocks??", [("Apple", "C")]),
    ("signal usernames mean i don't have to hand out my number anymore. great update", [("Signal", "E")]),
    ("youtube hid the dislike count and now i can't tell if a tutorial is a scam", [("YouTube", "C")]),
    ("kitchen reno pinterest board is 300 pins deep 😅", [("Pinterest", "N")]),
    ("reddit ama with the mayor starts at 3pm in r/phoenix", [("Reddit", "N")]),
    ("whatsapp channels = spam from brands i never followed", [("WhatsApp", "C")]),
    ("the new snapchat layout is a mess, where did my friends' stories go", [("Snapchat", "C")]),
    ("moved our newsroom's breaking alerts from X to bluesky and engagement tripled", [("Twitter", "C"), ("Bluesky", "E")]),
    ("tumblr in 2025 is weirdly wholesome and i'm here for it", [("Tumblr", "E")]),
    ("google maps saved my whole trip, offline download is clutch", [("Google", "E")]),
    ("amazon same-day delivery saved my kid's birthday party, no complaints here", [("Amazon", "E")]),
    ("twitch's new payout rules are actually fair to small streamers for once", [("Twitch", "E")]),
    ("threads is rolling out a desktop app this week, per their announcement", [("Threads", "N")]),
    ("ig close friends is so underrated, it's the only place i actually post", [("Instagram", "E")]),
    ("the mastodon devs shipped quote posts and didn't break anything. respect 🐘", [("Mastodon", "E")]),
    ("community notes on X caught a fake quote in under an hour today, credit where it's due", [("Twitter", "E")]),
    ("tiktok knew i was pregnant before my mom did. creepy, not cute", [("TikTok", "C")]),
    ("discord for friends, linkedin for work, never the twain shall meet", [("Discord", "N"), ("LinkedIn", "N")]),
    ("google killing yet another app i used every day. why would anyone build on their stuff", [("Google", "C")]),
    ("rumble comments are the worst i've seen anywhere online", [("Rumble", "C")]),
    ("meta ai in my instagram search bar is the most useless feature ever shipped", [("Meta", "C"), ("Instagram", "C")]),
    ("microsoft teams is fine i guess. it works", [("Microsoft", "N")]),
    ("telegram update out today, adds stories to channels", [("Telegram", "N")]),
    ("truth social parent company reports earnings after the bell today", [("Truth Social", "N")]),
    ("i'll say it: facebook groups are still the best place for local news in my small town", [("Facebook", "E")]),
    ("bluesky let a harassment account run for days after we reported it. not a great look", [("Bluesky", "C")]),
    ("whatsapp voice notes from my aunt, four minutes each, every morning ☀️", [("WhatsApp", "N")]),
    ("snapchat map is how i found my friends at the festival, lifesaver", [("Snapchat", "E")]),
    ("reddit mods doing unpaid work to keep the site usable while the company cashes in. shameful", [("Reddit", "C")]),
    ("signal or whatsapp for the school parents group? what are you all using", [("Signal", "N"), ("WhatsApp", "N")]),
    ("apple music > spotify and i will not be taking questions", [("Apple", "E"), ("Spotify", "C")]),
    ("never liked twitter, never will. glad i never made an account on X either", [("Twitter", "C")]),
]


# Held-out posts: for measurement only, never tune on them.
HELDOUT_POSTS = [
    ("yt cut my ad share again this month. 40k views and i made $11. love that for me 🙃 #creatorlife", [("YouTube", "C")]),
    ("say what you want about the drama, but twitch has paid me on time every single month for 3 years", [("Twitch", "E")]),
    ("whatsapp down in half of europe rn, messages stuck on one tick", [("WhatsApp", "N")]),
    ("moved the 5-a-side group chat from whatsapp to telegram, polls and pinned msgs finally make sense ⚽", [("WhatsApp", "C"), ("Telegram", "E")]),
    ("paying $8 a month so my replies get boosted above actual experts. great system X, really nailed it 👏", [("Twitter", "C")]),
    ("bsky verification with your own domain is genuinely clever, my uni's account took 2 mins to set up", [("Bluesky", "E")]),
    ("instagram moved the reels tab to where the dm button was and my thumb is in shambles. who asked for this", [("Instagram", "C")]),
    ("linkedin quietly opted everyone into ai training on their posts. sneaky af. settings > data privacy to turn it off", [("LinkedIn", "C")]),
    ("the #yt live chat during the derby was pure chaos and honestly better than the commentary 😂", [("YouTube", "E")]),
    ("streamer got banned mid-broadcast for showing a movie clip for 4 seconds. twitch moderation is a coin flip", [("Twitch", "C")]),
    ("facebook marketplace > craigslist, sold my couch in under an hour", [("Facebook", "E")]),
    ("for the family chat: signal > whatsapp, it isn't even close", [("Signal", "E"), ("WhatsApp", "C")]),
    ("does anyone know if mastodon servers can federate with bsky yet? asking for a newsroom", [("Mastodon", "N"), ("Bluesky", "N")]),
    ("tiktok's new creator rewards paid me more in one month than a whole year of the old fund. not complaining 💸", [("TikTok", "E")]),
    ("bytedance says the data never leaves the us. sure, and i'm the queen of england", [("ByteDance", "C")]),
    ("google flagged my grandma's account as suspicious and locked her out of 15 years of emails. support is a bot loop", [("Google", "C")]),
    ("the reddit app finally lets you switch off video autoplay. tiny setting, huge relief", [("Reddit", "E")]),
    ("pinterest quietly became the best place to find actual recipes without a 2000 word life story 🍝", [("Pinterest", "E")]),
    ("@threads please give us a chronological following feed by default, the for-you mess is unreadable", [("Threads", "C")]),
    ("senator's office just launched an official bluesky account, first post is a photo of a dog", [("Bluesky", "N")]),
    ("every politics account on X is either a bot farm or a guy with a flag emoji screaming. unfollowing all of it", [("Twitter", "C")]),
    ("the white house statement dropped on truth social first, then everywhere else", [("Truth Social", "N")]),
    ("spotify wrapped is the one marketing campaign i actually look forward to every year 🎧", [("Spotify", "E")]),
    ("amazon's alexa kept recordings of my kid asking for cookies for 2 years?? deleting everything", [("Amazon", "C")]),
    ("microsoft finally made outlook not look like 2009. genuinely nice redesign", [("Microsoft", "E")]),
    ("instagram is down. again. third time this week. cool cool cool", [("Instagram", "C")]),
    ("is fb down for everyone? my pages won't load", [("Facebook", "N")]),
    ("watching the cup final with 2k strangers in a discord voice channel is the closest thing to a pub without leaving my couch 🏆", [("Discord", "E")]),
    ("our club's youtube channel hit 10k subs today. only place our fans overseas can actually find us, thank you all 🙏", [("YouTube", "E")]),
    ("tumblr reblogs of my art still bring in more commissions than a month of ig posting", [("Tumblr", "E"), ("Instagram", "C")]),
    ("mastodon moderation actually worked: reported a nazi account at 9am, gone by lunch. ty admins 🐘", [("Mastodon", "E")]),
    ("bluesky's block lists are great until you realise a stranger can mass-add you and you vanish from half the site", [("Bluesky", "C")]),
    ("X premium verification: pay money, get impersonated slightly less 🤡", [("Twitter", "C")]),
    ("meta wants $14/month so my insta doesn't get randomly suspended? protection racket vibes", [("Meta", "C"), ("Instagram", "C")]),
    ("telegram rolled out paid stars for channels today, details in the pinned post", [("Telegram", "N")]),
    ("snapchat family center shows me who my kid talks to without letting me read the messages. good balance tbh", [("Snapchat", "E")]),
    ("linkedin newsletters get me more readers than my old substack ever did 📈", [("LinkedIn", "E")]),
    ("tiktok live gifting is a slot machine aimed at 14 year olds and everyone knows it", [("TikTok", "C")]),
    ("the threads 'dear algo' trick actually works?? told it i want more football and now my feed is 90% football ⚽", [("Threads", "E")]),
    ("rumble carried the whole 6-hour rally uncut when nobody else would. say what you want, it delivered", [("Rumble", "E")]),
    ("just posted the match highlights on tiktok and yt shorts, link in bio", [("TikTok", "N"), ("YouTube", "N")]),
    ("google docs offline mode saved our whole newsroom when the wifi died on election night 🗳️", [("Google", "E")]),
    ("bsky > X for election night coverage, the journalists actually post there now", [("Bluesky", "E"), ("Twitter", "C")]),
    ("twitter was better when it was twitter. that's it, that's the tweet", [("Twitter", "C")]),
    ("apple refunded an app my kid bought by accident within an hour, no questions asked. that's how you do support", [("Apple", "E")]),
    ("meta is testing paid verification for whatsapp business accounts in 3 countries, per their blog", [("Meta", "N"), ("WhatsApp", "N")]),
    ("is discord lagging for anyone else during the watch party?", [("Discord", "N")]),
    ("reddit matchday posts in r/soccer are still the best second screen on earth", [("Reddit", "E")]),
    ("facebook's new feed shows me 0 posts from friends and 40 from pages i've never heard of. what is even the point anymore", [("Facebook", "C")]),
    ("twitch drama recap: two streamers, one ban, zero apologies. thread below 🧵", [("Twitch", "N")]),
]

def pattern(pats):
    return re.compile(r"(?<![\w])[@#]?(?:" + "|".join(pats) + r")(?![\w])", re.IGNORECASE)


def main():
    ap = argparse.ArgumentParser(description="generate and check annotated posts")
    ap.add_argument("--heldout", action="store_true",
                    help="write the held-out set (HELDOUT_POSTS) to testdata/heldout/posts.jsonl")
    args = ap.parse_args()
    posts, prefix, want, out_path = POSTS, "p", 80, OUT
    if args.heldout:
        posts, prefix, want, out_path = HELDOUT_POSTS, "h", 50, HELDOUT_OUT
    names = {**PLATFORMS, **COMPANIES}
    out = []
    counts = Counter()
    errors = []
    for i, (text, stances) in enumerate(posts, 1):
        pid = f"{prefix}{i:03d}"
        tgts = [t for t, _ in stances]
        if len(set(tgts)) != len(tgts):
            errors.append(f"{pid}: duplicate target")
        for t, lab in stances:
            if t not in names:
                errors.append(f"{pid}: unknown target {t}")
            elif not pattern(names[t]).search(text):
                errors.append(f"{pid}: target {t} not named in text")
            if lab not in LABELS:
                errors.append(f"{pid}: bad label {lab}")
            counts[LABELS.get(lab)] += 1
        firsts = [pattern(names[t]).search(text).start() for t in tgts if t in names and pattern(names[t]).search(text)]
        if firsts != sorted(firsts):
            errors.append(f"{pid}: stances not in order of first mention")
        # every known name in the text must have a stance
        for t, pats in names.items():
            if t not in tgts and pattern(pats).search(text):
                errors.append(f"{pid}: {t} named but has no stance")
        rec = {"id": pid, "text": text}
        others = [t for t in tgts if t in COMPANIES]
        if others:
            rec["targets"] = others
        rec["stances"] = [{"target": t, "label": LABELS[l]} for t, l in stances]
        out.append(rec)
    if len(out) != want:
        errors.append(f"{len(out)} posts, want {want}")
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    with open(out_path, "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    total = sum(counts.values())
    print(f"{len(out)} posts, {total} stances: " + ", ".join(
        f"{k} {v} ({100 * v / total:.0f}%)" for k, v in sorted(counts.items())))


if __name__ == "__main__":
    main()
