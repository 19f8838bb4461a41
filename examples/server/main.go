// Command server shows stancetag embedded in a service: an HTTP server whose
// POST /tag tags one document and returns the JSON result of the output
// contract. One Tagger, loaded at start, serves every request.
//
// Usage:
//
//	go run ./examples/server [-addr 127.0.0.1:8080] [-target Name[=alias|…]]...
//	curl -s localhost:8080/tag -d '{"id": "d1", "text": "The Taliban praised Twitter."}'
//
// The request body is a JSON record {"id": "…", "text": "…", "targets":
// ["Name", …]} ("text" required), the same record as a line of the
// stancetag command's -jsonl input. The answers:
//
//	200  the Result, as application/json
//	400  the body is not a valid record ({"error": "why"})
//	405  a method other than POST
//	413  the body or its text is over the size limit
//	500  an internal error
//
// SIGINT or SIGTERM shut the server down gracefully: requests in progress
// finish, new ones are refused.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/stancetag/stancetag/entities"
	"github.com/stancetag/stancetag/tagger"
)

func main() {
	addr := flag.String("addr", "127.0.0.1:8080", "address to listen on")
	maxBytes := flag.Int("max-bytes", 1<<20, "largest document text in bytes")
	var targets []entities.Target
	flag.Func("target", "an extra stance target `Name[=alias|alias…]` (repeatable)", func(s string) error {
		tg, err := tagger.ParseTarget(s)
		if err == nil {
			targets = append(targets, tg)
		}
		return err
	})
	flag.Parse()
	if flag.NArg() > 0 || *maxBytes <= 0 {
		flag.Usage()
		os.Exit(2)
	}

	t, err := tagger.New(tagger.WithTargets(targets...), tagger.WithMaxBytes(*maxBytes))
	if err != nil {
		log.Fatal(err)
	}
	srv := &http.Server{
		Addr:              *addr,
		Handler:           newHandler(t, bodyLimit(*maxBytes)),
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       time.Minute,
		WriteTimeout:      2 * time.Minute,
	}

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	errc := make(chan error, 1)
	go func() { errc <- srv.ListenAndServe() }()
	log.Printf("stancetag server listening on http://%s (POST /tag)", *addr)

	select {
	case err := <-errc:
		log.Fatal(err)
	case <-ctx.Done():
	}
	stop() // a second signal kills
	log.Print("shutting down")
	sctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	if err := <-errc; !errors.Is(err, http.ErrServerClosed) {
		log.Fatal(err)
	}
}
