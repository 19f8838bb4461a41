package main

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stancetag/stancetag/tagger"
)

func newTestServer(t *testing.T, maxBytes int) *httptest.Server {
	t.Helper()
	tg, err := tagger.New(tagger.WithMaxBytes(maxBytes))
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(newHandler(tg, bodyLimit(maxBytes))) // loopback only
	t.Cleanup(srv.Close)
	return srv
}

func TestTagHandler(t *testing.T) {
	srv := newTestServer(t, 1000)
	tests := []struct {
		name       string
		method     string
		path       string
		body       string
		wantStatus int
		wantID     string // for 200
	}{
		{"record", "POST", "/tag", `{"id": "d1", "text": "The Taliban praised Twitter."}`, 200, "d1"},
		{"with targets", "POST", "/tag", `{"id": "d2", "text": "I like Gab.", "targets": ["Gab"]}`, 200, "d2"},
		{"empty text", "POST", "/tag", `{"id": "e", "text": ""}`, 200, "e"},
		{"GET", "GET", "/tag", "", 405, ""},
		{"PUT", "PUT", "/tag", `{"text": "x"}`, 405, ""},
		{"unknown path", "POST", "/other", `{"text": "x"}`, 404, ""},
		{"empty body", "POST", "/tag", "", 400, ""},
		{"raw text", "POST", "/tag", "The Taliban praised Twitter.", 400, ""},
		{"not a record", "POST", "/tag", `[1, 2]`, 400, ""},
		{"text not a string", "POST", "/tag", `{"text": 5}`, 400, ""},
		{"bad target", "POST", "/tag", `{"text": "x", "targets": [""]}`, 400, ""},
		{"text over the limit", "POST", "/tag", `{"text": "` + strings.Repeat("a", 1001) + `"}`, 413, ""},
		{"body over the limit", "POST", "/tag", `{"text": "` + strings.Repeat("\\u0000", 20000) + `"}`, 413, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req, err := http.NewRequest(tt.method, srv.URL+tt.path, strings.NewReader(tt.body))
			if err != nil {
				t.Fatal(err)
			}
			resp, err := srv.Client().Do(req)
			if err != nil {
				t.Fatal(err)
			}
			defer resp.Body.Close()
			body, _ := io.ReadAll(resp.Body)
			if resp.StatusCode != tt.wantStatus {
				t.Fatalf("status %d, want %d; body %s", resp.StatusCode, tt.wantStatus, body)
			}
			switch {
			case tt.wantStatus == 405:
				if allow := resp.Header.Get("Allow"); !strings.Contains(allow, "POST") {
					t.Errorf("Allow %q, want POST", allow)
				}
			case tt.wantStatus == 200:
				var res tagger.Result
				if err := json.Unmarshal(body, &res); err != nil || res.ID != tt.wantID || res.Sentences == nil {
					t.Errorf("body %s is not the result of %q: %v", body, tt.wantID, err)
				}
			case tt.wantStatus != 404:
				var e struct{ Error string }
				if err := json.Unmarshal(body, &e); err != nil || e.Error == "" {
					t.Errorf("error body %s, want {\"error\": …}", body)
				}
			}
		})
	}
}

// TestTagHandlerConcurrent sends many requests at once to one handler and
// its one Tagger; run it with -race.
func TestTagHandlerConcurrent(t *testing.T) {
	srv := newTestServer(t, 1<<20)
	texts := []string{
		"The Taliban praised Twitter on Monday.",
		"Facebook is terrible, said Mark.",
		"Bluesky is growing fast and users love it.",
	}
	post := func(id, text string) (*tagger.Result, error) {
		body, _ := json.Marshal(tagger.Input{ID: id, Text: text})
		resp, err := srv.Client().Post(srv.URL+"/tag", "application/json", strings.NewReader(string(body)))
		if err != nil {
			return nil, err
		}
		defer resp.Body.Close()
		if resp.StatusCode != 200 {
			return nil, fmt.Errorf("status %s", resp.Status)
		}
		var res tagger.Result
		return &res, json.NewDecoder(resp.Body).Decode(&res)
	}
	want := make([]*tagger.Result, len(texts))
	for i, text := range texts {
		var err error
		if want[i], err = post("x", text); err != nil {
			t.Fatal(err)
		}
	}
	var wg sync.WaitGroup
	for g := range 24 {
		wg.Go(func() {
			i := g % len(texts)
			got, err := post("x", texts[i])
			if err != nil {
				t.Error(err)
				return
			}
			if diff := cmp.Diff(want[i], got); diff != "" {
				t.Errorf("concurrent result for %q differs (-want +got):\n%s", texts[i], diff)
			}
		})
	}
	wg.Wait()
}
