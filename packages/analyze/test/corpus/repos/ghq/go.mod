module github.com/x-motemen/ghq

go 1.26.0

require (
	github.com/Songmu/gitconfig v0.2.2
	github.com/mattn/go-isatty v0.0.22
	github.com/motemen/go-colorine v0.0.0-20180816141035-45d19169413a
	github.com/otiai10/copy v1.14.1
	github.com/saracen/walker v0.1.4
	github.com/urfave/cli/v3 v3.8.0
	golang.org/x/net v0.55.0
	golang.org/x/sync v0.20.0
)

require (
	github.com/cli/go-gh/v2 v2.13.0 // indirect
	github.com/kr/text v0.2.0 // indirect
	github.com/otiai10/mint v1.6.3 // indirect
)

require (
	github.com/cli/safeexec v1.0.1 // indirect
	github.com/daviddengcn/go-colortext v1.0.0 // indirect
	github.com/goccy/go-yaml v1.19.2 // indirect
	golang.org/x/sys v0.45.0 // indirect
	golang.org/x/text v0.37.0
	gopkg.in/yaml.v3 v3.0.1 // indirect
)
