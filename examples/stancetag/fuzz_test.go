package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"io"
	"strings"
	"sync"
	"testing"

	"github.com/stancetag/stancetag/internal/tagtest"
	"github.com/stancetag/stancetag/tagger"
)

// taggers holds one Tagger per size limit, as run would make it: loading
// the models once per limit keeps the tests fast.
var taggers sync.Map // maxBytes int -> func() (*tagger.Tagger, error)

func taggerFor(t testing.TB, maxBytes int) *tagger.Tagger {
	t.Helper()
	load, _ := taggers.LoadOrStore(maxBytes, sync.OnceValues(func() (*tagger.Tagger, error) {
		return tagger.New(tagger.WithMaxBytes(maxBytes), tagger.WithWorkers(2))
	}))
	tg, err := load.(func() (*tagger.Tagger, error))()
	if err != nil {
		t.Fatal(err)
	}
	return tg
}

// inputLines splits JSONL input the way the command counts lines: at "\n",
// with a last line that has no newline, without the "\r" of "\r\n", and
// without a byte order mark at the start.
func inputLines(input []byte) [][]byte {
	input = bytes.TrimPrefix(input, []byte("\uFEFF"))
	if len(input) == 0 {
		return nil
	}
	lines := bytes.SplitAfter(input, []byte("\n"))
	if len(lines[len(lines)-1]) == 0 {
		lines = lines[:len(lines)-1]
	}
	for i, l := range lines {
		lines[i] = bytes.TrimSuffix(bytes.TrimSuffix(l, []byte("\n")), []byte("\r"))
	}
	return lines
}

// checkJSONL checks the command's output for input in -jsonl mode with a
// limit of maxBytes: exactly one output line per input line, each valid
// JSON; an error line names its line; a result line answers a valid record
// within the limits and passes tagtest.Check for its text; a valid record
// within the limits is never an error; the status is 1 if any line failed.
func checkJSONL(t *testing.T, input []byte, maxBytes, status int, stdout string) {
	t.Helper()
	in := inputLines(input)
	out := strings.Split(stdout, "\n")
	if out[len(out)-1] != "" {
		t.Fatalf("output does not end with a newline: %.200q", out[len(out)-1])
	}
	out = out[:len(out)-1]
	if len(out) != len(in) {
		t.Fatalf("%d output lines for %d input lines; input %.300q\noutput %.1000q", len(out), len(in), input, stdout)
	}
	maxLine := 0
	if maxBytes > 0 {
		maxLine = 6*maxBytes + 64<<10
	}
	failed := false
	for i, line := range out {
		n := i + 1
		var fields map[string]json.RawMessage
		if err := json.Unmarshal([]byte(line), &fields); err != nil {
			t.Fatalf("output line %d is not a JSON object: %v: %.200q", n, err, line)
		}
		var rec tagger.Input
		recErr := rec.UnmarshalJSON(in[i])
		good := recErr == nil && (maxBytes == 0 || len(rec.Text) <= maxBytes && len(in[i]) <= maxLine)
		if _, isErr := fields["error"]; isErr {
			failed = true
			var le struct {
				ID    *string `json:"id"`
				Line  int     `json:"line"`
				Error string  `json:"error"`
			}
			if err := json.Unmarshal([]byte(line), &le); err != nil || le.Line != n || le.Error == "" {
				t.Errorf("output line %d: bad error line %.200q (%v)", n, line, err)
			}
			if good {
				t.Errorf("output line %d: error %q for the valid record %.200q", n, le.Error, in[i])
			}
			continue
		}
		if !good {
			t.Errorf("output line %d: a result for %.200q, which is not a record within limits (%v)", n, in[i], recErr)
			continue
		}
		var res tagger.Result
		dec := json.NewDecoder(strings.NewReader(line))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&res); err != nil {
			t.Fatalf("output line %d is not a Result: %v: %.200q", n, err, line)
		}
		if res.ID != rec.ID {
			t.Errorf("output line %d: id %q, want %q", n, res.ID, rec.ID)
		}
		if err := tagtest.Check(rec.Text, &res); err != nil {
			t.Errorf("output line %d for %.200q breaks the contract:\n%v", n, in[i], err)
		}
	}
	if want := map[bool]int{false: exitOK, true: exitFailed}[failed]; status != want {
		t.Errorf("exit status %d, want %d", status, want)
	}
}

// FuzzJSONL feeds any bytes to the -jsonl mode, with no -max-bytes when
// small is false and -max-bytes 256 (lines up to 67,072 bytes) when it is
// true, and checks N lines in, N lines out with checkJSONL.
func FuzzJSONL(f *testing.F) {
	seeds := []string{
		"",
		"\n",
		`{"id":"a","text":"The Taliban praised Twitter."}` + "\n",
		"{\"id\":\"a\",\"text\":\"x\"}\r\n\r\n  \n{\"id\":\"b\",\"text\":\"Facebook is bad.\"}",
		`{"id":"t","text":"I love Gab.","targets":["Gab=gab.com|Gab AI"]}` + "\n" + `{"text":"x","targets":[""]}`,
		`{"id": "r1", "text": ` + "\n" + `not json` + "\n" + `[]` + "\n" + `42` + "\n" + `{"id":"m"}` + "\n" + `{"id":3,"text":"x"}`,
		"{\"id\":\"u\",\"text\":\"Twitter \xff\xfe is \\u0000 fine \\ud800\\udc00 \\udfff\"}\n\x00\x01\xff\n",
		`{"id":"n","text":"x","n":1e999999,"m":-123456789012345678901234567890}` + "\n" + `{"id":1e999,"text":"x"}`,
		strings.Repeat("[", 5000) + "\n" + `{"text":"` + strings.Repeat(`{\"a\":`, 100) + `"}`,
		`{"id":"cjk","text":"马斯克收购了推特。 قال ماسك إن تويتر جيد. 👨‍👩‍👧 Twitter 👍🏽"}`,
		"\ufeff" + `{"id":"bom","text":"x"}` + "\n" + `{"id":"dup","id":"dup2","text":"x","text":"Twitter."}`,
	}
	for i, s := range seeds {
		f.Add([]byte(s), i%2 == 0)
	}
	taggerFor(f, 0)
	taggerFor(f, 256)
	f.Fuzz(func(t *testing.T, input []byte, small bool) {
		cfg := config{jsonl: true}
		if small {
			cfg.maxBytes = 256
		}
		tg := taggerFor(t, cfg.maxBytes)
		var stdout bytes.Buffer
		out := bufio.NewWriter(&stdout)
		status := runJSONL(context.Background(), tg, cfg, bytes.NewReader(input), out, io.Discard)
		out.Flush()
		checkJSONL(t, input, cfg.maxBytes, status, stdout.String())
	})
}
