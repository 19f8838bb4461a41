package prosemodel

import "testing"

func TestKnowsWord(t *testing.T) {
	m := model(t)
	for w, want := range map[string]bool{
		// Words the tagger was trained on, in any case.
		"Imagine": true, "only": true, "Former": true, "keeping": true,
		// Words it tags by their form alone: rare given names and nouns.
		"Anneliese": false, "Ottoline": false, "comedian": false,
	} {
		if got := m.KnowsWord(w); got != want {
			t.Errorf("KnowsWord(%q) = %v, want %v", w, got, want)
		}
	}
}
