package main

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// buildCommand builds the command into a temporary directory and returns
// the path of the binary.
func buildCommand(t *testing.T) string {
	t.Helper()
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go tool in PATH:", err)
	}
	bin := filepath.Join(t.TempDir(), "stancetag")
	cmd := exec.Command(goTool, "build", "-o", bin, ".")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// TestBinaryHostileJSONL runs the built command on a JSONL file of broken,
// oversized, hostile, blank and CRLF lines: it must print exactly one JSON
// line per input line, each a valid result or an error naming its line,
// and exit 1.
func TestBinaryHostileJSONL(t *testing.T) {
	bin := buildCommand(t)
	const maxBytes = 100 << 10 // lines up to 6×100 KiB + 64 KiB = 664 KiB
	// ok: the line is a valid record within the limits, so it is tagged.
	cases := []struct {
		raw string
		ok  bool
	}{
		{`{"id":"ok","text":"The Taliban praised Twitter, and Anas Haqqani said he prefers it to Facebook."}`, true},
		{`{"id":"truncated","text":"Twitter is`, false},
		{`not JSON at all`, false},
		{``, false},
		{"   \t ", false},
		{"{\"id\":\"crlf\",\"text\":\"Facebook is awful.\"}\r", true},
		{`{"id":"over 64 KB","text":"` + strings.Repeat("Bluesky is fine. ", 5000) + `"}`, true},
		{`{"id":"text over max-bytes","text":"` + strings.Repeat("Twitter is bad. ", 8000) + `"}`, false},
		{`{"id":"line over the line limit","text":"` + strings.Repeat("\\u0000", 130<<10) + `"}`, false},
		{`{"id":"nul escape","text":"Twitter\u0000 is\u0001 great.\u001b[2J"}`, true},
		{"{\"id\":\"raw NUL\",\"text\":\"Twitter\x00 is great.\"}", false},
		{"{\"id\":\"raw invalid UTF-8\",\"text\":\"Twitter \xff\xfe is \xc3 great.\"}", true},
		{`{"id":"escaped surrogates","text":"Twitter \ud800 is \udfff great \ud83d\ude00."}`, true},
		{"\x00\x01\x02\xff\xfe\x80binary", false},
		{strings.Repeat("[", 20000) + strings.Repeat("]", 20000), false},
		{`{"id":"deep","text":"x","extra":` + strings.Repeat(`{"a":`, 20000) + `1` + strings.Repeat(`}`, 20000) + `}`, false},
		{`{"id":"huge numbers","text":"Twitter.","n":1e999999,"m":123456789012345678901234567890123456789}`, true},
		{`{"id":1e999999,"text":"Twitter."}`, false},
		{`[]`, false},
		{`"just a string"`, false},
		{`{"id":"no text"}`, false},
		{`{"id":"targets","text":"I love Gab.","targets":["Gab=gab.com"]}`, true},
		{`{"id":"bad target","text":"I love Gab.","targets":["=gab"]}`, false},
		{`{"id":"cjk rtl emoji","text":"马斯克收购了推特。 قال ماسك إن تويتر جيد. 👨‍👩‍👧 Twitter 👍🏽"}`, true},
		{`{"id":"last line, no newline","text":"Threads is nice."}`, true},
	}
	lines := make([]string, len(cases))
	for i, c := range cases {
		lines[i] = c.raw
	}
	input := strings.Join(lines, "\n") // the last line has no newline
	path := filepath.Join(t.TempDir(), "hostile.jsonl")
	if err := os.WriteFile(path, []byte(input), 0o644); err != nil {
		t.Fatal(err)
	}

	cmd := exec.Command(bin, "-jsonl", "-max-bytes", "102400", path)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	code := 0
	var exit *exec.ExitError
	if errors.As(err, &exit) {
		code = exit.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	if code != 1 {
		t.Errorf("exit status %d, want 1; stderr: %s", code, stderr.String())
	}
	if stderr.Len() != 0 {
		t.Errorf("stderr: %.500s", stderr.String())
	}
	if n := strings.Count(stdout.String(), "\n"); n != len(lines) {
		t.Fatalf("%d output lines for %d input lines", n, len(lines))
	}
	checkJSONL(t, []byte(input), maxBytes, code, stdout.String())

	for i, line := range strings.Split(strings.TrimSuffix(stdout.String(), "\n"), "\n") {
		if tagged := !strings.Contains(line, `"error":`); tagged != cases[i].ok {
			t.Errorf("line %d: tagged %t, want %t: %.200s", i+1, tagged, cases[i].ok, line)
		}
	}
}
