module github.com/stancetag/stancetag

go 1.26.8

require (
	github.com/google/go-cmp v0.7.0
	github.com/jdkato/prose/v2 v2.0.0
	github.com/jonreiter/govader v0.0.0-20250429093935-f6505c8d03cc
	github.com/mingrammer/commonregex v1.0.1
)

require (
	github.com/deckarep/golang-set v1.7.1 // indirect
	gonum.org/v1/gonum v0.8.2 // indirect
	gopkg.in/neurosnap/sentences.v1 v1.0.6 // indirect
)
