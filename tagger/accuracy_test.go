package tagger_test

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestAccuracy scores the whole pipeline, recognition errors included,
// against the gold stances of testdata/articles and logs the table of the
// README (run with -v to see it):
//
//	go test ./tagger -run TestAccuracy -v
//
// A stance record matches a gold one with the same sentence and target.
// Label scores are precision, recall and F1 of endorses and criticizes
// over all records (a neutral record predicted for a gold stance is a miss,
// a record for a pair the gold lacks is a false alarm); holder accuracy is
// over the matched non-neutral gold records.
//
// The floors are the measured numbers minus about 0.02. testdata/heldout is
// measured only, never tuned on: it is the estimate for unseen text.
func TestAccuracy(t *testing.T) {
	for _, set := range []struct {
		dir                     string
		minFound, minF, minHold float64 // share of gold pairs found, F_avg, holder accuracy
	}{
		{"articles", 0.97, 0.91, 0.78}, // measured 14687/14728, 0.944, 0.868 over 8651 (session 77's holder rules (an apposed organization's "it", spokespeople for described or unnamed organizations, a list in a subject's aside, an unattributed quotation in a sentence about someone, a headline's organization noun tagged a verb, "the warning said", "the group" as a group), its entity rules (lone names typed elsewhere, service districts, one word and a town with a group's apposition) and both models retrained with them: article CV 0.701, holder CV 0.861 against the rules' 0.849); 14687/14728, 0.944, 0.868 over 8650 (session 76's holder rules (a speaker past an aside or a relative clause's apposition, "H of the O", a body "of" an organization, a place's or a role's description in a lead, an "it" that recommends, ", writing that", speakers the text does not name), its entity rule (the first words of an organization's name) and both models retrained with them: article CV 0.701, holder CV 0.860 against the rules' 0.847); 14687/14728, 0.944, 0.866 over 8651 (session 75's entity fixes, holder rules (a place before a headline's or lead's description, "in the north of England", a headline head tagged an adjective), the trade-critic rule and both models retrained with them: article CV 0.701, holder CV 0.858 against the rules' 0.843); 14687/14728, 0.944, 0.863 over 8651 (session 74's holder candidate for the story's organization, entity fixes and both models retrained with them: article CV 0.701, holder CV 0.855 against the rules' 0.840); 14687/14728, 0.944, 0.857 over 8651 (session 73's later rule fixes and both models retrained with them: article CV 0.701, holder CV 0.849 against the rules' 0.836; unchanged); 14687/14728, 0.944, 0.857 over 8651 (session 73's rule fixes and both models retrained with them: article CV 0.701, holder CV 0.848 against the rules' 0.836); 14687/14728, 0.944, 0.857 over 8650 (session 73's byline rule and the holder model retrained with it: holder CV 0.848 against the rules' 0.835); 14687/14728, 0.944, 0.853 over 8650 (492 articles: session 72's twenty-five dev29 articles, its entity fixes for them and both models retrained with them: article CV 0.700, holder CV 0.845 against the rules' 0.832 over the 492; in-sample for the models); 467 articles: 13865/13906, 0.946, 0.861 over 8184 (467 articles: session 72's twenty-five dev28 articles, its entity fixes for them and both models retrained with them: article CV 0.702, holder CV 0.854 against the rules' 0.840 over the 467; in-sample for the models); 442 articles: 13029/13065, 0.947, 0.863 over 7700 (442 articles: session 72's twenty-five dev27 articles, its entity fixes for them and both models retrained with them: article CV 0.697, holder CV 0.855 against the rules' 0.843 over the 442; in-sample for the models); 417 articles: 12180/12213, 0.947, 0.870 over 7189 (417 articles: session 72's twenty-five dev26 articles, its entity fixes for them and both models retrained with them: article CV 0.705, holder CV 0.862 against the rules' 0.849 over the 417; in-sample for the models); 392 articles: 11376/11409, 0.947, 0.880 over 6703 (392 articles: session 72's twenty-five dev25 articles, its entity fixes for them and both models retrained with them: article CV 0.700, holder CV 0.869 against the rules' 0.853 over the 392; in-sample for the models); 11376/11409, 0.929, 0.880 over 6572 (with the dev25 articles and their entity fixes, before the retraining); 367 articles: 10550/10583, 0.946, 0.884 over 6202 (367 articles: session 72's twenty-five dev24 articles, its entity fixes for them and both models retrained with them: article CV 0.698, holder CV 0.871 against the rules' 0.857 over the 367; in-sample for the models); 10550/10583, 0.925, 0.884 over 6055 (with the dev24 articles and the entity fixes, before the retraining); 10543/10583, 0.925, 0.884 over 6050 (with the dev24 articles, before the entity fixes); 342 articles: 9736/9773, 0.946, 0.886 over 5711 (session 71's later holder rules and its second holder retrain: holder CV 0.874 against the rules' 0.860, golden lines 16 to gold and 5 away; in-sample for the model); 9736/9773, 0.946, 0.882 over 5711 (session 71's first holder rules and entity fixes, with the holder model retrained on them: holder CV 0.872 against the rules' 0.856, golden lines 13 to gold and 7 away; in-sample for the model); 9735/9773, 0.946, 0.880 over 5711 (session 70's coordinated-clause rule (", and Twitch is friendly"), session 66's models: retraining on its fifteen moved rules-only dev labels (8 right, 4 wrong, 3 wrong to another wrong) gave article CV 0.694 and holder CV 0.871, within noise of 0.693 and 0.870, and moved golden lines 10 right, 16 wrong, so it was not kept); 9735/9773, 0.946, 0.880 over 5710 (session 70's "criticism from H" holder rule, session 66's models); 9735/9773, 0.946, 0.880 over 5710 (session 69's appositive rule ("Unlike Kick, a toxic mess, Twitch ..."), models not retrained: retraining on its two moved dev labels left article CV at 0.693 and lowered holder CV from 0.870 to 0.868); 9735/9773, 0.946, 0.880 over 5710 (session 68's rule ("Twitch, unlike Kick, treated me like a tenant" endorses Kick), models not retrained: no dev label moved); 9735/9773, 0.946, 0.880 over 5710 (session 67's rules ("Reddit's tools, by comparison, treat ...", "Instagram's algorithm wants ..."), models not retrained: no dev label moved); 9735/9773, 0.946, 0.880 over 5710 (session 66's rule ("Kick, by contrast, lets me keep my list") and retrained models: unchanged, also with the rule before the retraining); 9735/9773, 0.946, 0.880 over 5710 (session 65's rules ("Discord's servers treat me like a child", "Kick, by comparison, treats us like adults") and retrained models: unchanged, and over 5709 with the rules before the retraining); 9735/9773, 0.946, 0.880 (session 64's rule ("Twitch treated me like a bot"): unchanged, and retraining gave byte-identical models); 9735/9773, 0.946, 0.880 (session 63's rule ("Facebook's teams treat us like suspects"): unchanged, and retraining gave byte-identical models); 9735/9773, 0.946, 0.880 (session 62's rule ("Reddit's tools treat them as a nuisance") and retrained models: unchanged, and unchanged with the rule before the retraining); 9735/9773, 0.946, 0.880 (session 61's rules ("won't let me log in", "treated me like a tenant") and retrained models: unchanged, and unchanged with the rules before the retraining); 9735/9773, 0.946, 0.880 (session 60's rules ("won't let us", "never let us down", "the closest thing to") and retrained models: unchanged, and unchanged with the rules before the retraining); 9735/9773, 0.946, 0.880 (session 59's rules ("got us", "can't manage X", "believe nothing on X") and retrained models: unchanged, and unchanged with the rules before the retraining); 9735/9773, 0.946, 0.880 (session 58's rule ("X gets an A") and retrained article model: unchanged, and unchanged with the rule before the retraining); 9735/9773, 0.946, 0.880 (session 57's rules ("learnt X", "is hard on X") and retrained models, the holder model at L2 1, which its CV now prefers; 0.946, 0.875 with the rules before the retraining); 9735/9773, 0.946, 0.875 (session 56's rules ("X sells our N", "sells more of our N than") and retrained models; 0.946, 0.876 with the rules before the retraining); 9735/9773, 0.946, 0.876 (session 55's rules ("X brought us N customers", one gerund test after "stop") and retrained models, the holder model at L2 3, which its CV now ties with L2 1; 0.946, 0.880 with the rules before the retraining); 9735/9773, 0.946, 0.880 (session 54's rules ("not going back on X", "not afraid to say that ...", a noun-tagged gerund after "stop", "gave up X") and retrained models; 0.947, 0.880 with the rules before the retraining); 9735/9773, 0.947, 0.880 (session 53's rules (a pronoun after two names, "not on A or B", "which is A, not B", "on neither A nor B", a platform that answers none of the reports) and retrained models; 0.946, 0.881 with the rules before the retraining); 9735/9773, 0.946, 0.881 (session 52's rules (a platform that has replaced something, "owe X my rent", "sends the most readers", a list's last in a ranking) and retrained models, the holder model at L2 1 by the CV; 0.945, 0.876 with the rules before the retraining); 9735/9773, 0.945, 0.876 (session 51's rules (a wish with "would rather", "not going on X", "only use X", "no real rival", a move to an account on a platform) and retrained models; 0.945, 0.877 with the rules before the retraining); 9735/9773, 0.945, 0.877 (session 50's rules (a refusal to act on a platform, the second of two coordinated predicates) and retrained models; 0.945, 0.876 with the rules before the retraining); 9735/9773, 0.945, 0.876 (session 49's rules (cue nouns VADER lacks, insist on, a plain object swapped for a platform, a request's holder for a bare second verb and a trailing quotation) and retrained models; 0.945, 0.876 with the rules before the retraining); 9735/9773, 0.945, 0.876 (session 48's rules (reasons for a move, moves undone, out of and into, stepping back, cancelled seats, stops in its own group, names in a moved object) and retrained models; 0.945, 0.876 with the rules before the retraining); 9735/9773, 0.945, 0.875 (session 47's rules (closing accounts on a list of platforms, lists in a moved object, moves from A to things on B, more people who make a platform where they are) and retrained models; 0.876 with the rules before the retraining); 9735/9773, 0.945, 0.876 (session 46's holder rules (survey sources, people of a kind with a trailing report, organizations' plans explained after them, named officers' we-quotations) and retrained models, the holder model at L2 3 by the tie rule; 0.882 with the rules before the retraining); 9735/9773, 0.945, 0.880 (session 45's entity fixes (streets, capitalized things, organizations' words typed as people) and holder rules (bodies of a kind a speaker reports on, a speaker's own body) and retrained models; 0.879 with the entity fixes alone); 9735/9773, 0.945, 0.878 (session 44's quotation-state fixes, quotations carried after letters and framing sentences, named officers and profile headlines as holders, two constructions and retrained models; 0.945, 0.877 midway, with the holder fixes but neither construction and with session 43's models); 9735/9773, 0.945, 0.873 (session 43's constructions, holder and pronoun fixes, names with "First" and "members of", and retrained models; 0.944, 0.872 with them before the retraining); 9735/9773, 0.944, 0.871 (session 42's changes (a transcript speaker's turn as a holder-model feature, places named in datelines, roles after country-named people, moves undone) and retrained models, 0.874 with the turn feature and its retrained holder model alone; 0.944, 0.860 with session 41's constructions (went to, not on X, tried X for a week, stopped listing on X, is how, did more for, at all, meant as a compliment, turned-down trials) and retrained models, 0.942, 0.861 with the constructions before the retraining; 0.944, 0.861 with session 40's fixes (reports inside quotations, gendered nouns, organizations' acts beside a speaker's aside, acronyms and months in names) and retrained models, 0.861 with the fixes before the retraining; 0.943, 0.856 with session 39's fixes (unnamed reporters, longer things moved off a platform, lawmakers' places, greetings) and retrained models, 0.855 with the fixes before the retraining; 0.944, 0.854 with session 38's holder fixes and retrained models; 0.855 with the fixes before the retraining; 0.851 with session 37's holder fixes and retrained models; 0.839 before them; 0.831 with session 34's gender, stage-name, Cara and spokesperson fixes and retrained models; 9713, 0.943, 0.831 with the gender and stage-name fixes before the retraining; 9713, 0.943, 0.826 with session 33's entity fixes and retrained models; 9713, 0.943, 0.827 with the entity fixes before the retraining; 9710, 0.943, 0.821 with session 32's entity fixes and retrained models; 0.943, 0.820 with the entity fixes before the retraining; 0.943, 0.808 with session 31's holder rules and retrained models; 0.943, 0.806 with session 30's holder rules and retrained models; 9710, 0.943, 0.796 with session 29's tokenizer fix, sentence rules, canonical name "Facebook Messenger" and retrained models; 0.940 and 0.797 before the retraining; 9666, 0.938, 0.797 with the sentence rules alone (headlines, short quotations, quoted questions before their speaker, a.m./p.m.); 9388, 0.904, 0.792 with session 29's tokenizer fix before them; 9385, 0.904, 0.791 with session 28's rules and retrained models; 0.904 and 0.792 with session 27's; 0.903 and 0.792 with session 26's; 0.903 and 0.791 with session 25's rules, lead holders and retrained models; 0.903 and 0.786 with session 24's opening-quote split, holder rules and retrained models; 9361, 0.901 and 0.786 with session 23's; 0.899 and 0.788 with session 22's; 9360, 0.898 and 0.783 before; 342 articles; 0.783 before session 21's later rule fixes and 0.784 midway, 0.778 before its name fixes and holder retraining; 8077/8434, 0.886, 0.777 on the 302 before dev22 and dev23; 7433/7769, 0.867, 0.782 on the 282 before dev21 and session 19's retraining, 0.752, 0.781 before session 18's word-pair features; in-sample: the article and holder models are trained on these)
		{"heldout", 0.97, 0.65, 0.81},  // measured 1026/1028, 0.699, 0.851 = 389/457 (session 77's holder rules, entity rules and both models retrained with them); 1026/1028, 0.698, 0.846 = 386/456 (session 76's holder rules, entity rule and both models retrained with them); 1026/1028, 0.698, 0.842 = 384/456 (session 75's entity fixes, holder rules, trade-critic rule and both models retrained with them); 1026/1028, 0.699, 0.845 = 386/457 (session 74's holder candidate for the story's organization, entity fixes and both models retrained with them; 0.842 = 385/457 with the story candidate and only the holder model retrained); 1026/1028, 0.699, 0.847 = 387/457 (session 73's later rule fixes and both models retrained with them); 1026/1028, 0.699, 0.849 = 388/457 (session 73's rule fixes and both models retrained with them); 1026/1028, 0.695, 0.848 = 385/454 (session 73's byline rule and the holder model retrained with it; the rule alone left TestEval's held-out numbers unchanged); 1026/1028, 0.695, 0.846 = 384/454 (session 72's dev29 articles, entity fixes and both models retrained with them; unchanged at 0.701, 383/454 with the entity fixes before the retraining); 1026/1028, 0.701, 0.844 = 383/454 (session 72's dev28 articles, entity fixes and both models retrained with them; unchanged at 0.698, 379/451 with the entity fixes before the retraining); 1026/1028, 0.698, 0.840 = 379/451 (session 72's dev27 articles, entity fixes and both models retrained with them; unchanged at 0.691, 377/449 with the entity fixes before the retraining); 1026/1028, 0.691, 0.840 = 377/449 (session 72's dev26 articles, entity fixes and both models retrained with them; unchanged at 0.677, 368/440 with the entity fixes before the retraining); 1026/1028, 0.677, 0.836 = 368/440 (session 72's dev25 articles, entity fixes and both models retrained with them; unchanged at 0.702, 379/455 with the entity fixes before the retraining); 1026/1028, 0.702, 0.833 = 379/455 (session 72's dev24 articles, entity fixes and both models retrained with them); 1026/1028, 0.686, 0.833 = 370/444 (the entity fixes, before the retraining); 1024/1028, 0.687, 0.833 = 370/444 (session 71's later rules and second holder retrain, session 66's article model); 1024/1028, 0.687, 0.833 = 370/444 (session 71's first rules and entity fixes, its first retrained holder model and session 66's article model; 0.836 = 371/444 with its first three rules and session 66's models); 1024/1028, 0.687, 0.836 = 371/444 (session 70's rules, session 66's models); 1024/1028, 0.687, 0.836 = 371/444 (session 69's rule, session 66's models); 1024/1028, 0.687, 0.836 = 371/444 (session 68's rule, session 66's models); 1024/1028, 0.687, 0.836 = 371/444 (session 67's rules, session 66's models); 1024/1028, 0.687, 0.836 = 371/444 (session 66's rule and retrained models; 0.831 = 369/444 with the rule before the retraining); 1024/1028, 0.687, 0.831 = 369/444 (session 65's rules and retrained models; 0.833 = 369/443 with the rules before the retraining); 1024/1028, 0.687, 0.833 = 369/443 (session 64's rule: unchanged, and retraining gave byte-identical models); 1024/1028, 0.687, 0.833 = 369/443 (session 63's rule: unchanged, and retraining gave byte-identical models); 1024/1028, 0.687, 0.833 = 369/443 (session 62's rule and retrained models: unchanged, and unchanged with the rule before the retraining); 1024/1028, 0.687, 0.833 = 369/443 (session 61's rules and retrained models; 0.686 with the rules before the retraining); 1024/1028, 0.686, 0.833 = 369/443 (session 60's rules and retrained models: unchanged, and unchanged with the rules before the retraining); 1024/1028, 0.686, 0.833 = 369/443 (session 59's rules and retrained models: unchanged, and unchanged with the rules before the retraining); 1024/1028, 0.686, 0.833 = 369/443 (session 58's rule and retrained article model: unchanged, and unchanged with the rule before the retraining); 1024/1028, 0.686, 0.833 = 369/443 (session 57's rules and retrained models; 0.686, 0.828 = 367/443 with the rules before the retraining); 1024/1028, 0.686, 0.828 = 367/443 (session 56's rules and retrained models; 0.685, 0.828 = 366/442 with the rules before the retraining); 1024/1028, 0.685, 0.828 = 366/442 (session 55's rules and retrained models; 0.683, 0.832 = 367/441 with the rules before the retraining); 1024/1028, 0.683, 0.832 = 367/441 (session 54's rules and retrained models; 0.684, 0.833 = 368/442 with the rules before the retraining); 1024/1028, 0.684, 0.833 = 368/442 (session 53's rules and retrained models; 0.681, 0.832 = 366/440 with the rules before the retraining); 1024/1028, 0.680, 0.832 = 366/440 (session 52's rules and retrained models; 0.680, 0.828 = 365/441 with the rules before the retraining); 1024/1028, 0.680, 0.828 = 365/441 (session 51's rules and retrained models; 0.681, 0.828 = 367/443 with the rules before the retraining); 1024/1028, 0.681, 0.831 = 368/443 (session 50's rules and retrained models; 0.681, 0.830 = 367/442 with the rules before the retraining); 1024/1028, 0.681, 0.830 = 367/442 (session 49's rules and retrained models; 0.681, 0.828 = 366/442 with the rules before the retraining); 1024/1028, 0.681, 0.828 = 366/442 (session 48's rules and retrained models: unchanged; 0.681, 0.826 = 365/442 with the rules before the retraining); 1024/1028, 0.681, 0.828 = 366/442 (session 47's rules and retrained models; 0.680, 0.826 = 366/443 with the rules before the retraining); 1024/1028, 0.680, 0.826 = 366/443 (session 46's holder rules and retrained models; 0.680, 0.837 = 371/443 with the rules before the retraining, 0.842 with the first two of them (survey sources, trailing reports)); 1024/1028, 0.680, 0.842 = 373/443 (session 45's entity fixes and holder rules and retrained models: unchanged, and unchanged with the entity fixes alone); 1024/1028, 0.680, 0.842 = 373/443 (session 44's quotation-state fixes, quotations carried after letters and framing sentences, named officers and profile headlines as holders, two constructions and retrained models; 0.677, 0.830 midway, with the holder fixes but neither construction and with session 43's models); 1024/1028, 0.677, 0.830 = 365/440 (session 43's constructions, holder and pronoun fixes, names with "First" and "members of", and retrained models; 0.692, 0.832 = 377/453 with them and session 42's models, before the retraining; the F_avg floor was lowered from 0.67 to keep 0.02 of room); 1024/1028, 0.688, 0.833 = 374/449 (session 42's changes (a transcript speaker's turn as a holder-model feature, places named in datelines, roles after country-named people, moves undone) and retrained models, 0.684, 0.836 = 373/446 with the turn feature and its retrained holder model alone; 0.684, 0.839 = 374/446 with session 41's constructions and retrained models, 0.693, 0.843 with the constructions before the retraining, and 0.688, 0.846 with an article model at the settings a narrower search tied on (L2 10, min count 3; not taken); 0.696, 0.844 with session 40's fixes and retrained models, 0.698, 0.844 with the fixes before the retraining; 0.698, 0.846 with session 39's fixes and retrained models, 0.844 with the fixes before the retraining; 0.697, 0.842 with session 38's holder fixes and retrained models, 0.840 with the fixes before the retraining; 0.697, 0.840 with session 37's holder fixes and retrained models; 0.842 with the fixes before the retraining; 0.697, 0.831 before them; 0.695, 0.826 with session 34's gender, stage-name, Cara and spokesperson fixes and retrained models; 0.699, 0.829 with the gender and stage-name fixes before the retraining; 0.699, 0.827 with session 33's entity fixes and retrained models, holder unchanged by them; 0.698, 0.827 with session 32's entity fixes and retrained models; 0.699, 0.831 with the entity fixes before the retraining and with session 31's holder rules and retrained models; 0.698, 0.829 with session 30's holder rules and retrained models; 1024, 0.698, 0.818 with session 29's tokenizer fix, sentence rules, "Facebook Messenger" and retrained models; 0.697 and 0.819 before the retraining; 1020, 0.693, 0.818 with the sentence rules alone; 1004, 0.680, 0.817 with session 28's rules and retrained models; 0.681 and 0.819 with session 27's; 0.668 and 0.813 with session 26's; 0.670 and 0.817 with session 25's rules, lead holders and retrained models; 0.665 and 0.807 with session 24's opening-quote split, holder rules and retrained models; 0.667 and 0.808 with session 23's; 0.665 and 0.809 with session 22's; 0.665 and 0.811 before; batches 1 to 6; 0.664 and 0.813 before session 21's later rule fixes, 0.811 before its name fixes and holder retraining; 0.664, 0.803 with session 19's first retrained models (302 articles), 0.651, 0.804 with session 18's final models, 0.641, 0.811 before session 18's word-pair features)
	} {
		t.Run(set.dir, func(t *testing.T) {
			found, fAvg, hold := scorePipeline(t, "../testdata/"+set.dir)
			if found < set.minFound || fAvg < set.minF || hold < set.minHold {
				t.Errorf("pairs found %.3f, F_avg %.3f, holder accuracy %.3f; floors %.2f, %.2f, %.2f",
					found, fAvg, hold, set.minFound, set.minF, set.minHold)
			}
		})
	}
}

// scorePipeline tags every article of dir and returns the share of gold
// (sentence, target) pairs found, F_avg over endorses and criticizes, and
// the holder accuracy over correctly labelled stances.
func scorePipeline(t *testing.T, dir string) (found, fAvg, hold float64) {
	t.Helper()
	paths, _ := filepath.Glob(dir + "/*.txt")
	if len(paths) == 0 {
		t.Skipf("no %s/*.txt", dir)
	}
	type key struct {
		sentence int
		target   string
	}
	type gold struct {
		Stances []struct {
			Sentence int    `json:"sentence"`
			Target   string `json:"target"`
			Label    string `json:"label"`
			Holder   string `json:"holder"`
		} `json:"stances"`
	}
	type counts struct{ tp, pred, gold int }
	byLabel := map[string]*counts{"endorses": {}, "criticizes": {}}
	var holderOK, holderN, pairs, pairsFound int
	tg := shared(t)
	for _, path := range paths {
		b, err := os.ReadFile(strings.TrimSuffix(path, ".txt") + ".gold.json")
		if err != nil {
			continue
		}
		var g gold
		if err := json.Unmarshal(b, &g); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		text, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		res, err := tg.Tag(ctxBackground, string(text))
		if err != nil {
			t.Fatal(err)
		}
		type rec struct{ label, holder string }
		got := map[key]rec{}
		for _, s := range res.Stances {
			got[key{s.Sentence, s.Target}] = rec{s.Label, s.Holder}
			if c := byLabel[s.Label]; c != nil {
				c.pred++
			}
		}
		for _, gs := range g.Stances {
			pairs++
			p, found := got[key{gs.Sentence, gs.Target}]
			if found {
				pairsFound++
			}
			c := byLabel[gs.Label]
			if c == nil {
				continue
			}
			c.gold++
			if found && p.label == gs.Label {
				c.tp++
				holderN++
				if p.holder == gs.Holder {
					holderOK++
				}
			}
		}
	}
	f1 := func(c *counts) (float64, string) {
		p := float64(c.tp) / max(1, float64(c.pred))
		r := float64(c.tp) / max(1, float64(c.gold))
		f := 0.0
		if p+r > 0 {
			f = 2 * p * r / (p + r)
		}
		return f, fmt.Sprintf("P %.3f R %.3f F1 %.3f (tp %d pred %d gold %d)", p, r, f, c.tp, c.pred, c.gold)
	}
	fe, se := f1(byLabel["endorses"])
	fc, sc := f1(byLabel["criticizes"])
	hold = float64(holderOK) / max(1, float64(holderN))
	t.Logf("%d articles, %d gold (sentence, target) pairs, %d found", len(paths), pairs, pairsFound)
	t.Logf("endorses   %s", se)
	t.Logf("criticizes %s", sc)
	t.Logf("F_avg      %.3f", (fe+fc)/2)
	t.Logf("holder     accuracy %.3f over %d correctly labelled stances", hold, holderN)
	return float64(pairsFound) / max(1, float64(pairs)), (fe + fc) / 2, hold
}
