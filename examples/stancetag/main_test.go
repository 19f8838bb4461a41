package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stancetag/stancetag/internal/tagtest"
	"github.com/stancetag/stancetag/tagger"
)

// runCmd runs the command with stdin and returns its exit status, stdout
// and stderr.
func runCmd(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := run(args, strings.NewReader(stdin), &out, &errOut)
	return code, out.String(), errOut.String()
}

// outputLine is what any -jsonl output line may hold: a result or an error.
type outputLine struct {
	ID        *string         `json:"id"`
	Line      int             `json:"line"`
	Error     string          `json:"error"`
	Sentences json.RawMessage `json:"sentences"`
}

func parseLines(t *testing.T, stdout string) []outputLine {
	t.Helper()
	var lines []outputLine
	sc := bufio.NewScanner(strings.NewReader(stdout))
	sc.Buffer(nil, 1<<30)
	for sc.Scan() {
		var l outputLine
		if err := json.Unmarshal(sc.Bytes(), &l); err != nil {
			t.Fatalf("output line %d is not JSON: %v: %.200s", len(lines)+1, err, sc.Text())
		}
		lines = append(lines, l)
	}
	return lines
}

func TestJSONLThousandWithBroken(t *testing.T) {
	var in strings.Builder
	broken := map[int]bool{}
	for i := 1; i <= 1000; i++ {
		if i%10 == 0 {
			broken[i] = true
			switch i % 40 {
			case 0:
				fmt.Fprintf(&in, "{\"id\": \"r%d\", \"text\": \n", i) // truncated JSON
			case 10:
				fmt.Fprintf(&in, "not json at all %d\n", i)
			case 20:
				fmt.Fprintf(&in, "{\"id\": \"r%d\"}\n", i) // no text
			case 30:
				in.WriteString("\n") // blank
			}
			continue
		}
		fmt.Fprintf(&in, "{\"id\": \"r%d\", \"text\": \"Record %d: Twitter is great, Facebook is not.\"}\n", i, i)
	}
	code, out, _ := runCmd(t, in.String(), "-jsonl")
	if code != 1 {
		t.Errorf("exit status %d, want 1", code)
	}
	lines := parseLines(t, out)
	if len(lines) != 1000 {
		t.Fatalf("%d output lines, want 1000", len(lines))
	}
	for i, l := range lines {
		n := i + 1
		wantID := fmt.Sprint("r", n)
		switch {
		case !broken[n]:
			if l.Error != "" || l.ID == nil || *l.ID != wantID || l.Sentences == nil {
				t.Errorf("line %d: %+v, want the result of %s", n, l, wantID)
			}
		default:
			if l.Error == "" || l.Line != n {
				t.Errorf("line %d: %+v, want an error for line %d", n, l, n)
			}
			if readable := n%40 == 0 || n%40 == 20; readable && (l.ID == nil || *l.ID != wantID) {
				t.Errorf("line %d: id %v, want %q", n, l.ID, wantID)
			}
		}
	}
}

func TestJSONLInputProblems(t *testing.T) {
	long := strings.Repeat("Twitter is fine. ", 6000) // ~100 KB, over bufio.Scanner's 64 KB
	tests := []struct {
		name     string
		args     []string
		stdin    string
		wantCode int
		// want has one entry per output line: an id for a result, or
		// "error" (with the id, if any, after a colon).
		want []string
	}{
		{"ok", nil, `{"id":"a","text":"Twitter."}` + "\n", 0, []string{"a"}},
		{"no final newline", nil, `{"id":"a","text":"x"}` + "\n" + `{"id":"b","text":"y"}`, 0, []string{"a", "b"}},
		{"CRLF", nil, "{\"id\":\"a\",\"text\":\"x\"}\r\n{\"id\":\"b\",\"text\":\"y\"}\r\n", 0, []string{"a", "b"}},
		{"byte order mark", nil, "\uFEFF{\"id\":\"a\",\"text\":\"x\"}\r\n{\"id\":\"b\",\"text\":\"y\"}\r\n", 0, []string{"a", "b"}},
		{"byte order mark after the start", nil, "{\"id\":\"a\",\"text\":\"x\"}\n\uFEFF{\"id\":\"b\",\"text\":\"y\"}\n", 1, []string{"a", "error"}},
		{"blank lines are lines", nil, "\n{\"id\":\"a\",\"text\":\"x\"}\n\r\n  \n", 1, []string{"error", "a", "error", "error"}},
		{"line over 64 KB", nil, `{"id":"long","text":"` + long + `"}` + "\n" + `{"id":"b","text":"y"}` + "\n", 0, []string{"long", "b"}},
		{"line over the limit", []string{"-max-bytes", "100"},
			`{"id":"long","text":"` + strings.Repeat("x", 70000) + `"}` + "\n" + `{"id":"b","text":"y"}` + "\n", 1,
			[]string{"error:long", "b"}},
		{"text over the limit", []string{"-max-bytes", "10"}, `{"id":"t","text":"Twitter is fine."}` + "\n", 1, []string{"error:t"}},
		{"JSON but not records", nil, "[]\n42\n\"text\"\nnull\n{\"text\": 5}\n{\"id\":\"m\"}\n{\"id\": 3, \"text\": \"x\"}\n", 1,
			[]string{"error", "error", "error", "error", "error", "error:m", "error"}},
		{"bad targets", nil, `{"id":"a","text":"x","targets":[""]}` + "\n" + `{"id":"b","text":"x","targets":"Gab"}` + "\n", 1,
			[]string{"error:a", "error:b"}},
		{"good targets", nil, `{"id":"a","text":"I love Gab.","targets":["Gab=gab.com"]}` + "\n", 0, []string{"a"}},
		{"invalid UTF-8 and NUL", nil, "{\"id\":\"u\",\"text\":\"Twitter \xff\xfe is \\u0000 fine\"}\n", 0, []string{"u"}},
		{"binary junk line", nil, "\x00\x01\x02\xff\xfe\n{\"id\":\"a\",\"text\":\"x\"}\n", 1, []string{"error", "a"}},
		{"empty input", nil, "", 0, nil},
		{"empty text is a result", nil, `{"id":"e","text":""}` + "\n", 0, []string{"e"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, stderr := runCmd(t, tt.stdin, append([]string{"-jsonl"}, tt.args...)...)
			if code != tt.wantCode {
				t.Errorf("exit status %d, want %d; stderr: %s", code, tt.wantCode, stderr)
			}
			lines := parseLines(t, out)
			var got []string
			for i, l := range lines {
				id := ""
				if l.ID != nil {
					id = *l.ID
				}
				if l.Error != "" {
					if l.Line != i+1 {
						t.Errorf("error line %d says line %d", i+1, l.Line)
					}
					if id != "" {
						got = append(got, "error:"+id)
					} else {
						got = append(got, "error")
					}
					continue
				}
				got = append(got, id)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("output lines (-want +got):\n%s\nstdout:\n%.2000s", diff, out)
			}
		})
	}
}

func TestUsageErrors(t *testing.T) {
	tests := []struct {
		name string
		args []string
	}{
		{"unknown flag", []string{"-bogus"}},
		{"empty target", []string{"-target", ""}},
		{"target without name", []string{"-target", "=alias"}},
		{"missing flag value", []string{"-target"}},
		{"negative workers", []string{"-workers", "-1"}},
		{"negative max-bytes", []string{"-max-bytes", "-5"}},
		{"non-numeric max-bytes", []string{"-max-bytes", "lots"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, stderr := runCmd(t, "Twitter.", tt.args...)
			if code != 2 {
				t.Errorf("exit status %d, want 2", code)
			}
			if out != "" {
				t.Errorf("stdout %q, want nothing", out)
			}
			if stderr == "" {
				t.Error("no message on stderr")
			}
		})
	}
}

func TestTargetsFlag(t *testing.T) {
	code, out, stderr := runCmd(t, "Gab is wonderful.", "-json", "-target", "Gab=gab.com", "-target", "Truth Social=Truth")
	if code != 0 {
		t.Fatalf("exit status %d; stderr: %s", code, stderr)
	}
	var res tagger.Result
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("output is not a Result: %v: %s", err, out)
	}
}

func TestMissingFile(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	if err := os.WriteFile(good, []byte("Twitter is fine."), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, stderr := runCmd(t, "", "-json", filepath.Join(dir, "missing.txt"), good)
	if code != 1 {
		t.Errorf("exit status %d, want 1", code)
	}
	if !strings.Contains(stderr, "missing.txt") {
		t.Errorf("stderr %q does not name the missing file", stderr)
	}
	var res tagger.Result
	if err := json.Unmarshal([]byte(out), &res); err != nil || res.ID != good {
		t.Errorf("the good file was not tagged: %v: %s", err, out)
	}
}

func TestTooLargeDocument(t *testing.T) {
	code, out, stderr := runCmd(t, strings.Repeat("x", 101), "-max-bytes", "100")
	if code != 1 || out != "" || !strings.Contains(stderr, "too large") {
		t.Errorf("got exit %d, stdout %q, stderr %q; want 1, nothing, a too-large message", code, out, stderr)
	}
}

// articles returns the shipped testdata articles, skipping the test if there
// are none yet.
func articles(t *testing.T) []string {
	t.Helper()
	paths, err := filepath.Glob("../../testdata/articles/*.txt")
	if err != nil || len(paths) == 0 {
		t.Skip("no testdata/articles/*.txt")
	}
	return paths
}

func TestJSONOutputIsExact(t *testing.T) {
	paths := articles(t)
	code, out, stderr := runCmd(t, "", append([]string{"-json"}, paths...)...)
	if code != 0 {
		t.Fatalf("exit status %d; stderr: %s", code, stderr)
	}
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(lines) != len(paths) {
		t.Fatalf("%d output lines for %d files", len(lines), len(paths))
	}
	for i, line := range lines {
		text, err := os.ReadFile(paths[i])
		if err != nil {
			t.Fatal(err)
		}
		checkJSON(t, paths[i], string(text), []byte(line))
	}
}

// checkJSON checks one contract object: no null anywhere, no unknown
// field, the id, and the promises tagtest.Check checks.
func checkJSON(t *testing.T, id, text string, line []byte) {
	t.Helper()
	for _, null := range []string{`null`} {
		if bytes.Contains(line, []byte(null)) {
			t.Errorf("%s: output contains %s", id, null)
		}
	}
	var res tagger.Result
	dec := json.NewDecoder(bytes.NewReader(line))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&res); err != nil {
		t.Fatalf("%s: not a Result: %v", id, err)
	}
	if res.ID != id {
		t.Errorf("id %q, want %q", res.ID, id)
	}
	if err := tagtest.Check(text, &res); err != nil {
		t.Errorf("%s breaks the contract:\n%v", id, err)
	}
}

func TestReadableOutput(t *testing.T) {
	paths := articles(t)
	code, out, stderr := runCmd(t, "", paths[0])
	if code != 0 {
		t.Fatalf("exit status %d; stderr: %s", code, stderr)
	}
	for _, want := range []string{"== " + paths[0], "Entities (", "Stances (", "Summary ("} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if stderr != "" {
		t.Errorf("stderr: %s", stderr)
	}
}

func TestReadableStdin(t *testing.T) {
	code, out, _ := runCmd(t, "Twitter is great.\x00\x1b[2J Facebook is bad.")
	if code != 0 {
		t.Fatalf("exit status %d", code)
	}
	if strings.ContainsAny(out, "\x00\x1b") {
		t.Errorf("control characters reach the terminal: %q", out)
	}
}

func TestOneLine(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"whitespace runs", "a \n\t b\r\nc", "a b c"},
		{"controls", "a\x00b\x1bc", "a\uFFFDb\uFFFDc"},
		{"invalid UTF-8", "a\xffb", "a\uFFFDb"},
		{"C1 control", "a\u0085b", "a b"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := oneLine(tt.in); got != tt.want {
				t.Errorf("oneLine(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestSalvageID(t *testing.T) {
	tests := []struct {
		name, in string
		want     string
		ok       bool
	}{
		{"first field", `{"id": "a", "text": `, "a", true},
		{"after text", `{"text": "x", "id": "b"`, "b", true},
		{"after truncated text", `{"text": "x`, "", false},
		{"number id", `{"id": 5}`, "", false},
		{"not an object", `["id"]`, "", false},
		{"nested id does not count", `{"meta": {"id": "n"}}`, "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := salvageID([]byte(tt.in))
			if got != tt.want || ok != tt.ok {
				t.Errorf("salvageID(%s) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
			}
		})
	}
}
