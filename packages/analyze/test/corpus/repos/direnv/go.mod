module github.com/direnv/direnv/v2

go 1.23.0

toolchain go1.24.1

require (
	github.com/BurntSushi/toml v1.5.0
	github.com/mattn/go-isatty v0.0.20
	golang.org/x/mod v0.24.0
	mvdan.cc/sh/v3 v3.11.1-0.20250322161411-3c81230e03ef
)

require (
	golang.org/x/sys v0.31.0 // indirect
	golang.org/x/term v0.30.0 // indirect
)
