module github.com/tomnomnom/gron

go 1.15

require (
	github.com/fatih/color v1.7.0
	github.com/mattn/go-colorable v0.0.9
	github.com/mattn/go-isatty v0.0.4 // indirect
	github.com/nwidger/jsoncolor v0.0.0-20170215171346-75a6de4340e5
	github.com/pkg/errors v0.8.0
	golang.org/x/sys v0.1.0 // indirect
)
