package vaderlex

import (
	"reflect"
	"testing"
)

// TestLoad: the lexicon has VADER's words and emoji, and every call
// returns the same maps, loaded once.
func TestLoad(t *testing.T) {
	words, emoji, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	if words["love"] != 3.2 || words["hate"] != -2.7 || len(words) < 7000 {
		t.Errorf("lexicon: love %v, hate %v, %d words; want 3.2, -2.7, over 7000", words["love"], words["hate"], len(words))
	}
	if emoji["💚"] != "green heart" {
		t.Errorf("emoji 💚 = %q, want \"green heart\"", emoji["💚"])
	}
	again, _, _ := Load()
	if reflect.ValueOf(again).Pointer() != reflect.ValueOf(words).Pointer() {
		t.Error("a second Load loaded the lexicon again")
	}
}
