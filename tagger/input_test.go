package tagger_test

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stancetag/stancetag/entities"
	"github.com/stancetag/stancetag/tagger"
)

func TestInputUnmarshalJSON(t *testing.T) {
	tests := []struct {
		name, in string
		want     tagger.Input
		wantErr  bool
	}{
		{"full record", `{"id": "a", "text": "Hi.", "targets": ["Gab", "Truth Social=Truth"]}`,
			tagger.Input{ID: "a", Text: "Hi.", Targets: []entities.Target{
				{Name: "Gab", Aliases: []string{}}, {Name: "Truth Social", Aliases: []string{"Truth"}}}}, false},
		{"text only", `{"text": "Hi."}`, tagger.Input{Text: "Hi."}, false},
		{"nulls are absent", `{"id": null, "text": "Hi.", "targets": null}`, tagger.Input{Text: "Hi."}, false},
		{"unknown fields are ignored", `{"text": "Hi.", "lang": "en"}`, tagger.Input{Text: "Hi."}, false},
		{"empty text is a record", `{"id": "e", "text": ""}`, tagger.Input{ID: "e"}, false},
		{"array", `[]`, tagger.Input{}, true},
		{"number", `42`, tagger.Input{}, true},
		{"string", `"text"`, tagger.Input{}, true},
		{"text is a number", `{"text": 5}`, tagger.Input{}, true},
		{"missing text keeps the id", `{"id": "m"}`, tagger.Input{ID: "m"}, true},
		{"null text", `{"id": "n", "text": null}`, tagger.Input{ID: "n"}, true},
		{"id is a number", `{"id": 7, "text": "Hi."}`, tagger.Input{}, true},
		{"targets is a string", `{"text": "Hi.", "targets": "Gab"}`, tagger.Input{Text: "Hi."}, true},
		{"empty target", `{"text": "Hi.", "targets": [""]}`, tagger.Input{Text: "Hi."}, true},
		{"trailing garbage", `{"text": "Hi."} x`, tagger.Input{}, true},
		{"truncated", `{"text": "Hi`, tagger.Input{}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got tagger.Input
			err := got.UnmarshalJSON([]byte(tt.in))
			if tt.wantErr != (err != nil) {
				t.Fatalf("UnmarshalJSON(%s) error = %v, want error %v", tt.in, err, tt.wantErr)
			}
			if err != nil && !errors.Is(err, tagger.ErrInvalidInput) {
				t.Errorf("error %v does not wrap ErrInvalidInput", err)
			}
			if err != nil {
				if got.ID != tt.want.ID {
					t.Errorf("ID after error = %q, want %q", got.ID, tt.want.ID)
				}
				return
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("UnmarshalJSON(%s) mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestInputJSONRoundTrip(t *testing.T) {
	in := tagger.Input{ID: "x", Text: "Café “quotes”\n", Targets: []entities.Target{{Name: "Gab", Aliases: []string{"gab.com"}}}}
	b, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	var got tagger.Input
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatalf("Unmarshal(%s): %v", b, err)
	}
	if diff := cmp.Diff(in, got); diff != "" {
		t.Errorf("round trip through %s (-want +got):\n%s", b, diff)
	}
}
