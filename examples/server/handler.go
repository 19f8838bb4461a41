package main

import (
	"encoding/json"
	"errors"
	"io"
	"log"
	"net/http"
	"strconv"

	"github.com/stancetag/stancetag/tagger"
)

// bodyLimit is the largest request body for documents of up to maxBytes:
// JSON escaping may make a text up to six times longer.
func bodyLimit(maxBytes int) int64 {
	return 6*int64(maxBytes) + 64<<10
}

// newHandler serves POST /tag with t, which it shares among all requests (a
// Tagger is safe for concurrent use). Bodies over maxBody bytes get 413.
func newHandler(t *tagger.Tagger, maxBody int64) http.Handler {
	mux := http.NewServeMux()
	// The method in the pattern makes the mux answer 405, with an Allow
	// header, to other methods.
	mux.HandleFunc("POST /tag", func(w http.ResponseWriter, r *http.Request) {
		body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maxBody))
		if err != nil {
			var tooBig *http.MaxBytesError
			if errors.As(err, &tooBig) {
				writeError(w, http.StatusRequestEntityTooLarge, "request body over the limit of "+strconv.FormatInt(tooBig.Limit, 10)+" bytes")
				return
			}
			writeError(w, http.StatusBadRequest, "cannot read body: "+err.Error())
			return
		}
		var in tagger.Input
		if err := in.UnmarshalJSON(body); err != nil {
			writeError(w, http.StatusBadRequest, err.Error())
			return
		}
		res, err := t.TagInput(r.Context(), in)
		switch {
		case err == nil:
		case errors.Is(err, tagger.ErrTooLarge):
			writeError(w, http.StatusRequestEntityTooLarge, err.Error())
			return
		case r.Context().Err() != nil:
			return // the client is gone; nobody reads an answer
		default:
			log.Printf("POST /tag id %q: %v", in.ID, err)
			writeError(w, http.StatusInternalServerError, err.Error())
			return
		}
		writeJSON(w, http.StatusOK, res)
	})
	return mux
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		status, b = http.StatusInternalServerError, []byte(`{"error":"cannot encode result"}`)
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	w.Write(append(b, '\n'))
}

func writeError(w http.ResponseWriter, status int, msg string) {
	writeJSON(w, status, map[string]string{"error": msg})
}
