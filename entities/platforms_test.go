package entities_test

import (
	"testing"

	"github.com/stancetag/stancetag/entities"
)

func TestBuiltinPlatform(t *testing.T) {
	for name, want := range map[string]bool{
		"Twitter": true, "twitter": true, "X": true, "x": true, // canonical, alias
		"Facebook Messenger": true, "Messenger": true, "TRUTH SOCIAL": true,
		"Douyin": true, "抖音": true, "Sina Weibo": true, "VKontakte": true, "Signal": true,
		"Meta": false, "Google": false, "Truth": false, "": false,
		"@twitter": false, " Twitter": false,
	} {
		if got := entities.BuiltinPlatform(name); got != want {
			t.Errorf("BuiltinPlatform(%q) = %v, want %v", name, got, want)
		}
	}
	// Every canonical name the Recognizer gives a built-in platform is one.
	r := recognizer(t)
	doc := recognize(t, r, "She posted on Twitter, Facebook, Bluesky and Truth Social, and on X.")
	n := 0
	for _, e := range doc.Entities {
		if e.Type == entities.Platform {
			n++
			if !entities.BuiltinPlatform(e.Name) {
				t.Errorf("BuiltinPlatform(%q) = false for a recognized built-in platform", e.Name)
			}
		}
	}
	if n != 4 {
		t.Errorf("found %d platforms, want 4", n)
	}
}
