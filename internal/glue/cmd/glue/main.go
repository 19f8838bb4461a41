// Command glue runs the baseline of package glue over JSON Lines records
// ({"id", "text"}) from stdin and writes one JSON result per line. It is the
// "prose reused + VADER" process that stancetag -jsonl is timed against.
package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"

	"github.com/stancetag/stancetag/internal/glue"
)

func main() {
	g, err := glue.New()
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	in := bufio.NewReader(os.Stdin)
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	enc := json.NewEncoder(out)
	status := 0
	for n := 1; ; n++ {
		line, err := in.ReadBytes('\n')
		if len(line) > 0 {
			var rec struct{ ID, Text string }
			if jerr := json.Unmarshal(line, &rec); jerr != nil {
				enc.Encode(map[string]any{"line": n, "error": jerr.Error()})
				status = 1
			} else if res, terr := g.Tag(rec.ID, rec.Text); terr != nil {
				enc.Encode(map[string]any{"id": rec.ID, "line": n, "error": terr.Error()})
				status = 1
			} else {
				enc.Encode(res)
			}
		}
		if err != nil {
			break
		}
	}
	out.Flush()
	os.Exit(status)
}
