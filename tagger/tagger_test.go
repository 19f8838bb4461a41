package tagger_test

import (
	"context"
	"encoding/json"
	"errors"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stancetag/stancetag/entities"
	"github.com/stancetag/stancetag/tagger"
)

const sampleText = "The Taliban praised Twitter on Monday. Anas Haqqani said he prefers Twitter to Facebook, which he called censorious.\n\nElon Musk did not comment."

func TestTagInputs(t *testing.T) {
	tg := shared(t)
	tests := []struct {
		name, text string
	}{
		{"empty", ""},
		{"whitespace only", " \t\r\n\u00a0 "},
		{"plain", sampleText},
		{"invalid UTF-8", "Twitter is \xff\xfe great. Musk \xc3 said so."},
		{"NUL and controls", "Twitter\x00 is\x01 fine.\x1b[31m Facebook is not.\x7f"},
		{"binary junk", string([]byte{0x00, 0x9f, 0x92, 0x96, 0xff, 0x10, 'a', '.', 0x80, 0xc0, 0xaf})},
		{"CRLF", "Twitter is great.\r\nFacebook is bad.\r\n"},
		{"no final punctuation", "Twitter"},
		{"only punctuation", "...!?"},
		{"emoji and curly quotes", "“Twitter’s fine,” she said 👍. #Twitter @Facebook"},
		{"emoji sequences", "👨‍👩‍👧‍👦 love Twitter 👍🏽🇺🇸. Facebook 🤮!"},
		{"CJK", "马斯克收购了推特。推特很好！ Elon Musk bought Twitter. 東京のTwitterユーザー。"},
		{"right-to-left", "قال ماسك إن تويتر جيد. Twitter \u200fשלום\u200e is great. \u202eFacebook\u202c is bad."},
		{"10,000-character token", "Twitter is " + strings.Repeat("a", 10000) + " great. Facebook " + strings.Repeat("Zz", 5000) + "."},
		{"long run of NULs", strings.Repeat("\x00", 5000) + "Twitter."},
		{"surrogate and overlong bytes", "Twitter \xed\xa0\x80 is \xc0\xaf great \xf4\x90\x80\x80."},
		{"lone combining marks", "\u0301\u0301 Twitter\u0301 is great."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := tg.Tag(ctxBackground, tt.text)
			if err != nil {
				t.Fatalf("Tag: %v", err)
			}
			checkResult(t, tt.text, res)
			if _, err := json.Marshal(res); err != nil {
				t.Errorf("Marshal: %v", err)
			}
		})
	}
}

func TestTagEmptyIsEmptyLists(t *testing.T) {
	for _, text := range []string{"", "   \n\t"} {
		res, err := shared(t).TagInput(ctxBackground, tagger.Input{ID: "blank", Text: text})
		if err != nil {
			t.Fatalf("Tag(%q): %v", text, err)
		}
		b, _ := json.Marshal(res)
		const want = `{"id":"blank","sentences":[],"entities":[],"stances":[],"summary":[]}`
		if string(b) != want {
			t.Errorf("Tag(%q) = %s, want %s", text, b, want)
		}
	}
}

func TestTagErrors(t *testing.T) {
	small, err := tagger.New(tagger.WithMaxBytes(10))
	if err != nil {
		t.Fatal(err)
	}
	canceled, cancel := context.WithCancel(context.Background())
	cancel()
	tests := []struct {
		name string
		tg   *tagger.Tagger
		ctx  context.Context
		in   tagger.Input
		want error
	}{
		{"over the limit", small, ctxBackground, tagger.Input{Text: "Twitter is fine."}, tagger.ErrTooLarge},
		{"blank over the limit", small, ctxBackground, tagger.Input{Text: strings.Repeat(" ", 11)}, tagger.ErrTooLarge},
		{"empty target", shared(t), ctxBackground, tagger.Input{Text: "Hi.", Targets: []entities.Target{{Name: " "}}}, tagger.ErrInvalidTarget},
		{"canceled context", shared(t), canceled, tagger.Input{Text: "Hi."}, context.Canceled},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := tt.tg.TagInput(tt.ctx, tt.in)
			if !errors.Is(err, tt.want) {
				t.Fatalf("TagInput error = %v, want %v", err, tt.want)
			}
			if res != nil {
				t.Errorf("TagInput returned a Result with the error: %+v", res)
			}
		})
	}
	// At the limit is fine.
	if _, err := small.Tag(ctxBackground, "Twitter ok"); err != nil {
		t.Errorf("Tag at the limit: %v", err)
	}
}

func TestNewOptions(t *testing.T) {
	tests := []struct {
		name    string
		opts    []tagger.Option
		wantErr error
	}{
		{"none", nil, nil},
		{"targets", []tagger.Option{tagger.WithTargets(entities.Target{Name: "Gab", Aliases: []string{"gab.com"}})}, nil},
		{"cues", []tagger.Option{tagger.WithCues(map[string]float64{"adore": 0.9, "loathe": -0.9})}, nil},
		{"no size limit", []tagger.Option{tagger.WithMaxBytes(0)}, nil},
		{"workers", []tagger.Option{tagger.WithWorkers(3)}, nil},
		{"nonsense workers mean default", []tagger.Option{tagger.WithWorkers(-1)}, nil},
		{"empty target name", []tagger.Option{tagger.WithTargets(entities.Target{Name: ""})}, tagger.ErrInvalidTarget},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tg, err := tagger.New(tt.opts...)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("New error = %v, want %v", err, tt.wantErr)
			}
			if err != nil {
				return
			}
			res, err := tg.Tag(ctxBackground, sampleText)
			if err != nil {
				t.Fatalf("Tag: %v", err)
			}
			checkResult(t, sampleText, res)
		})
	}
}

// TestTagConcurrent shares one Tagger among many goroutines; run it with
// -race. Every goroutine must get the same result as a lone call, hostile
// inputs and per-document targets included.
func TestTagConcurrent(t *testing.T) {
	tg := shared(t)
	gab := []entities.Target{{Name: "Gab", Aliases: []string{"gab.com"}}}
	inputs := []tagger.Input{
		{Text: sampleText},
		{Text: "Facebook is terrible, said Mark."},
		{Text: ""},
		{Text: "Bluesky is growing fast and users love it."},
		{Text: "Twitter \xff\xfe is great.\x00 马斯克 likes Gab.", Targets: gab},
		{Text: strings.Repeat("twitter is fine and gab.com is better ", 40), Targets: gab},
	}
	want := make([]*tagger.Result, len(inputs))
	for i, in := range inputs {
		var err error
		if want[i], err = tg.TagInput(ctxBackground, in); err != nil {
			t.Fatal(err)
		}
	}
	var wg sync.WaitGroup
	for g := range 16 {
		wg.Go(func() {
			for r := range 5 {
				i := (g + r) % len(inputs)
				got, err := tg.TagInput(ctxBackground, inputs[i])
				if err != nil {
					t.Errorf("TagInput: %v", err)
					return
				}
				if diff := cmp.Diff(want[i], got); diff != "" {
					t.Errorf("concurrent TagInput(%.80q) differs (-want +got):\n%s", inputs[i].Text, diff)
				}
			}
		})
	}
	wg.Wait()
}
