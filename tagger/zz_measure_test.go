package tagger_test

import (
	"os"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/stancetag/stancetag/tagger"
)

func TestZZMeasure(t *testing.T) {
	kind := os.Getenv("ZZKIND")
	if kind == "" {
		t.Skip()
	}
	var text string
	switch kind {
	case "prose":
		raw, _ := os.ReadFile("../testdata/articles/taliban_twitter.txt")
		one := strings.Join(strings.Fields(string(raw)), " ") + " "
		text = strings.Repeat(one, 5<<20/len(one)+1)[:5<<20]
	case "nostop":
		text = strings.Repeat("twitter is great and Facebook is bad and Elon Musk said so ", 5<<20/59+1)[:5<<20]
	case "token":
		text = strings.Repeat("a", 5<<20)
	case "caps":
		text = strings.Repeat("Twitter Facebook Elon Musk Meta ", 5<<20/32+1)[:5<<20]
	case "dots":
		text = strings.Repeat("U.S. ", 5<<20/5+1)[:5<<20]
	}
	tg, err := tagger.New(tagger.WithMaxBytes(0))
	if err != nil {
		t.Fatal(err)
	}
	runtime.GC()
	var ms0 runtime.MemStats
	runtime.ReadMemStats(&ms0)
	stop := make(chan struct{})
	peak := uint64(0)
	go func() {
		for {
			select {
			case <-stop:
				return
			case <-time.After(20 * time.Millisecond):
				var ms runtime.MemStats
				runtime.ReadMemStats(&ms)
				if ms.HeapAlloc > peak {
					peak = ms.HeapAlloc
				}
			}
		}
	}()
	start := time.Now()
	res, err := tg.Tag(ctxBackground, text)
	d := time.Since(start)
	close(stop)
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	if err != nil {
		t.Logf("err: %.300v", err)
	} else {
		t.Logf("%s: %d bytes, %v, sentences %d, entities %d, stances %d", kind, len(text), d, len(res.Sentences), len(res.Entities), len(res.Stances))
	}
	t.Logf("peak heap sampled %d MiB, total alloc %d MiB, sys %d MiB", peak>>20, (ms.TotalAlloc-ms0.TotalAlloc)>>20, ms.Sys>>20)
}
