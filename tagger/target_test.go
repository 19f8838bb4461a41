package tagger_test

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stancetag/stancetag/entities"
	"github.com/stancetag/stancetag/tagger"
)

func TestParseTarget(t *testing.T) {
	tests := []struct {
		name, in string
		want     entities.Target
		wantErr  bool
	}{
		{"name only", "Mastodon", entities.Target{Name: "Mastodon", Aliases: []string{}}, false},
		{"aliases", "Truth Social=Truth|TruthSocial", entities.Target{Name: "Truth Social", Aliases: []string{"Truth", "TruthSocial"}}, false},
		{"spaces are trimmed", "  Gab = gab.com | Gab AI ", entities.Target{Name: "Gab", Aliases: []string{"gab.com", "Gab AI"}}, false},
		{"empty aliases are skipped", "Parler=|Parler app|", entities.Target{Name: "Parler", Aliases: []string{"Parler app"}}, false},
		{"trailing = gives no aliases", "Rumble=", entities.Target{Name: "Rumble", Aliases: []string{}}, false},
		{"duplicates are dropped", "Bluesky=Bluesky|bsky|bsky", entities.Target{Name: "Bluesky", Aliases: []string{"bsky"}}, false},
		{"only the first = splits", "A=b=c", entities.Target{Name: "A", Aliases: []string{"b=c"}}, false},
		{"empty", "", entities.Target{}, true},
		{"blank name", "   ", entities.Target{}, true},
		{"aliases without name", "=alias", entities.Target{}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tagger.ParseTarget(tt.in)
			if tt.wantErr {
				if !errors.Is(err, tagger.ErrInvalidTarget) {
					t.Fatalf("ParseTarget(%q) error = %v, want ErrInvalidTarget", tt.in, err)
				}
				return
			}
			if err != nil {
				t.Fatalf("ParseTarget(%q): %v", tt.in, err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("ParseTarget(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
			// FormatTarget is its inverse.
			back, err := tagger.ParseTarget(tagger.FormatTarget(got))
			if err != nil || !cmp.Equal(got, back) {
				t.Errorf("ParseTarget(FormatTarget(%+v)) = %+v, %v", got, back, err)
			}
		})
	}
}
