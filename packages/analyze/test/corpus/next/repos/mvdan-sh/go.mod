module mvdan.cc/sh/v3

go 1.15

require (
	github.com/creack/pty v1.1.11
	github.com/google/renameio v0.1.0
	github.com/kr/pretty v0.2.1
	github.com/pkg/diff v0.0.0-20210226163009-20ebb0f2a09e
	github.com/rogpeppe/go-internal v1.6.2
	golang.org/x/sync v0.0.0-20201020160332-67f06af15bc9
	golang.org/x/sys v0.0.0-20201029080932-201ba4db2418
	golang.org/x/term v0.0.0-20191110171634-ad39bd3f0407
	mvdan.cc/editorconfig v0.2.0
)
